"""Find a stated follow-up or decision timeline in mail text ("call me in four days").

Pure: the caller passes the interview's end (``anchor``), the mail's Date and the owner's
zone; nothing here reads a clock.

Rules (documented choices):

- **Reference date.** Relative phrases ("in four days", "by Friday", "tomorrow") are resolved
  against ``anchor`` (the interview's end, in ``tz``), unless the mail was written after the
  interview (``mail_date > anchor``): then against ``mail_date``. A note written before the
  interview ("we'll decide within a week after the interview") thus counts from the
  interview; a thank-you reply written two days later counts from that reply.
- **Only follow-up/decision talk counts.** A time expression is used only when its sentence
  holds a cue about calling/following up/reaching out (category "follow-up") or about a
  decision/hearing back/next steps (category "decision"). Scheduling text ("Your interview is
  on Friday", "Are you available tomorrow?", "If you have questions before Friday...") and
  reply-by deadlines for the candidate ("Please confirm by Friday", "let us know by...") are
  rejected: a deadline for the candidate is not a date to call the company.
- **Weak expressions** (a bare "today"/"tomorrow"/weekday) must share a comma-separated part
  of the sentence with the cue; expressions with a preposition ("by Friday", "within two
  weeks") may stand anywhere in the sentence.
- **Choice.** A follow-up phrase wins over a decision phrase; within a category the earliest
  date wins. ``decision_imminent`` is True when any accepted phrase says today / end of day /
  tomorrow (the drafts and the call become urgent).
- **Calendar words.** A weekday is the NEXT such day strictly after the reference date ("by
  Friday" said on a Friday = a week later; "next Friday" is read the same way). "next week" =
  Monday of next week; "end of next week" = Friday of next week; "end of the week" / "this
  week" = Friday of this week (next Friday when already past); "end of the month" = the
  month's last day; "in N business days" skips Saturdays and Sundays; "a couple" = 2,
  "a few" / "several" = 3; "in N hours" = ceil(N/24) days.
- **Dates.** "November 30", "30 de noviembre", "30. November", "by 11/30", "by 30/11",
  "bis 30.11." — without a year the next occurrence on/after the reference date; ambiguous
  numeric dates (both parts <= 12) take the reading nearest in the future. Results outside
  [anchor's date, anchor's date + 400 days] are dropped.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from followup.parsers import words
from followup.parsers.model import Timeline
from followup.workdays import WEEKENDS_ONLY, Workdays

MAX_DAYS_AHEAD = 400
_WINDOW = 400  # max characters scanned on each side of a cue for the sentence bounds
_MAX_PHRASE = 200

# ---------------------------------------------------------------- vocabulary



def _words(key: str) -> str:
    """The merged table ``key`` as one alternation (each entry once, in language order)."""
    return "|".join(dict.fromkeys(words.merged(key)))


_NUMBERS: dict[str, int] = dict(words.merged("NUMBERS"))
_NUM = (
    "(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_NUMBERS, key=len, reverse=True))
    + r"|\d{1,3})"
)

_UNIT_PATTERNS: dict[str, list[str]] = {}
for _pattern, _kind in words.merged("UNITS"):
    _UNIT_PATTERNS.setdefault(_kind, []).append(_pattern)
_UNITS: tuple[tuple[str, str], ...] = tuple(("|".join(ps), k) for k, ps in _UNIT_PATTERNS.items())
_UNIT = "(?:" + "|".join(f"(?P<u_{k}>{p})" for p, k in _UNITS) + ")"

_WD_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4}
# Full weekday names (abbreviations are read by their own rule, guarded by _WD_ABBR).
_WEEKDAYS = {w: n for w, n in words.weekday_numbers().items() if len(w) >= 5 and w not in _WD_ABBR}
_WEEKDAY = "(?:" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + ")"

_MONTHS = words.month_numbers()
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"

_SUFFIX = _words("DAY_SUFFIXES")  # 1st, 1er, 1º, 3.
_ARTICLE = r"(?:(?:" + _words("DAY_ARTICLES") + r")\s+)?"  # Friday the 4th
_OF = r"(?:(?:" + _words("DATE_OF") + r")\s+)?"  # 4 de diciembre de 2026

_WB = r"(?<![\w-])"  # word start
_WE = r"(?![\w-])"  # word end

# Cues. "follow-up": the candidate is told to call / follow up. "decision": the company
# will decide / get back.
_CUE_FOLLOW = "|".join(words.merged("CUE_FOLLOW"))
_CUE_DECIDE = "|".join(words.merged("CUE_DECIDE"))
_CUE_RE = re.compile(rf"{_WB}(?:(?P<f>{_CUE_FOLLOW})|(?P<d>{_CUE_DECIDE}))", re.I)

# Scheduling / reply-by talk: rejects a time expression it precedes (same sentence part).
_NEG_RE = re.compile(rf"{_WB}(?:" + _words("SCHEDULING_TALK") + ")" + _WE, re.I)

_PREP = "(?:" + _words("DATE_PREPS") + ")"
_STRONG_BEFORE_RE = re.compile("(?:" + _words("BY_PREPS") + r")\s*$", re.I)
# The first word of a time expression that makes it a deadline by itself ("within a week").
_STRONG_FIRST = frozenset(
    {"in", "within", "by", "dentro", "innerhalb", "binnen", "dans", "sous", "d'ici", "d’ici"}
    | {"entro", "até", "ate", "uiterlijk", "voor", "vóór"}
)

_BOUNDARY_RE = re.compile(
    r"[!?;]|\n[ \t]*\n|\n[ \t]*(?:[-*•>]|\d+[.)])\s|(?<!\d)(?<!\b\w)(?<![A-Z][a-z])(?<![A-Z][a-z]{2})"
    r"(?<![A-Z][a-z]{3})\.(?=\s)"
)
_SPLIT_PART_RE = re.compile(r",|\s(?:and|but|y|pero|und|aber|et|mais)\s", re.I)
_WS_RE = re.compile(r"\s+")


# ---------------------------------------------------------------- resolvers


@dataclass(frozen=True)
class _Hit:
    day: date
    imminent: bool
    start: int
    end: int


Resolver = Callable[["re.Match[str]", date, Workdays], "tuple[date, bool] | None"]


def _num(word: str) -> int | None:
    w = _WS_RE.sub(" ", word.lower())
    if w.isdigit():
        return int(w)
    return _NUMBERS.get(w)


def _add_months(start: date, n: int) -> date:
    m0 = start.month - 1 + n
    y, m = start.year + m0 // 12, m0 % 12 + 1
    for day in (start.day, 30, 29, 28):
        try:
            return date(y, m, day)
        except ValueError:
            continue
    return date(y, m, 28)


def _monday(d: date) -> date:
    return d - timedelta(days=d.weekday())


def _next_weekday(ref: date, wd: int) -> date:
    return ref + timedelta(days=(wd - ref.weekday() - 1) % 7 + 1)


def _month_end(y: int, m: int) -> date:
    first_next = date(y + (m == 12), m % 12 + 1, 1)
    return first_next - timedelta(days=1)


def _relative(m: re.Match[str], ref: date, workdays: Workdays) -> tuple[date, bool] | None:
    n = _num(m.group("n"))
    if n is None or n > 400:
        return None
    if m.group("u_bday"):
        return workdays.add(ref, n), False
    if m.group("u_day"):
        return ref + timedelta(days=n), False
    if m.group("u_week"):
        return ref + timedelta(weeks=n), False
    if m.group("u_month"):
        return _add_months(ref, n), False
    days = math.ceil(n / 24)
    return ref + timedelta(days=days), days <= 1


def _const(kind: str) -> Resolver:
    def resolve(_m: re.Match[str], ref: date, _days: Workdays) -> tuple[date, bool]:
        week = _monday(ref)
        this_friday = week + timedelta(days=4)
        if kind == "today":
            return ref, True
        if kind == "tomorrow":
            return ref + timedelta(days=1), True
        if kind == "day_after":
            return ref + timedelta(days=2), False
        if kind == "next_week":
            return week + timedelta(days=7), False
        if kind == "mid_next_week":
            return week + timedelta(days=9), False
        if kind == "end_next_week":
            return week + timedelta(days=11), False
        if kind == "week_after_next":
            return week + timedelta(days=14), False
        if kind == "end_this_week":
            return (this_friday if this_friday >= ref else this_friday + timedelta(days=7)), False
        if kind == "end_month":
            return _month_end(ref.year, ref.month), False
        if kind == "next_month":
            nxt = _add_months(ref.replace(day=1), 1)
            return nxt, False
        if kind == "end_next_month":
            nxt = _add_months(ref.replace(day=1), 1)
            return _month_end(nxt.year, nxt.month), False
        raise AssertionError(kind)

    return resolve


_RANGE_BEFORE_RE = re.compile(
    rf"(?:{_WEEKDAY}|mon|tues?|wed|thu(?:rs?)?|fri)\.?\s*(?:-|–|to|through|thru|a|al|bis|à|au)\s*$", re.I
)


def _weekday(m: re.Match[str], ref: date, workdays: Workdays) -> tuple[date, bool] | None:
    if _RANGE_BEFORE_RE.search(m.string, max(0, m.start() - 30), m.start()):
        return None  # the end of a range ("Monday to Friday"): office hours, not a date
    word = m.group("wd").lower().rstrip(".")
    wd = _WEEKDAYS.get(word, _WD_ABBR.get(word))
    if wd is None:
        return None
    groups = m.groupdict()
    day_text = groups.get("wdd") or groups.get("wdd2")
    if day_text:
        mon_text = groups.get("wdm") or groups.get("wdm2")
        mo = _MONTHS.get(mon_text.lower()) if mon_text else None
        if mo is not None:
            written = _make(ref, None, mo, int(day_text))
            return None if written is None else (written, False)
        # "Wednesday 16th": the next 16th of a month that falls on a Wednesday (else the next 16th)
        firsts = [d for d in (ref + timedelta(days=i) for i in range(75)) if d.day == int(day_text)]
        if firsts:
            on_weekday = [d for d in firsts if d.weekday() == wd]
            return (on_weekday or firsts)[0], False
    return _next_weekday(ref, wd), False


def _year(text: str | None) -> int | None:
    if not text:
        return None
    y = int(text)
    return y + 2000 if y < 100 else y


def _make(ref: date, y: int | None, mo: int, d: int) -> date | None:
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    years = [y] if y is not None else [ref.year, ref.year + 1]
    for yy in years:
        try:
            cand = date(yy, mo, d)
        except ValueError:
            continue
        if y is not None or cand >= ref:
            return cand
    return None


def _month_date(m: re.Match[str], ref: date, workdays: Workdays) -> tuple[date, bool] | None:
    mo = _MONTHS.get(m.group("mon").lower())
    if mo is None:
        return None
    day = _make(ref, _year(m.group("y")), mo, int(m.group("day")))
    return None if day is None else (day, False)


def _named_month_end(m: re.Match[str], ref: date, workdays: Workdays) -> tuple[date, bool] | None:
    mo = _MONTHS.get(m.group("mon").lower())
    if mo is None:
        return None
    year = ref.year if mo >= ref.month else ref.year + 1
    return _month_end(year, mo), False


def _ordinal_day(m: re.Match[str], ref: date, workdays: Workdays) -> tuple[date, bool] | None:
    n = int(m.group("od"))
    day = next((d for d in (ref + timedelta(days=i) for i in range(62)) if d.day == n), None)
    if day is None:
        return None
    return (day + timedelta(days=1) if m.group(0).lower().startswith("after") else day), False


def _numeric_date(m: re.Match[str], ref: date, workdays: Workdays) -> tuple[date, bool] | None:
    a, b, y = int(m.group("a")), int(m.group("b")), _year(m.group("y"))
    readings = [r for r in (_make(ref, y, a, b), _make(ref, y, b, a)) if r is not None]
    future = [r for r in readings if r >= ref]
    if not future:
        return None
    return min(future), False


def _dotted_date(m: re.Match[str], ref: date, workdays: Workdays) -> tuple[date, bool] | None:
    day = _make(ref, _year(m.group("y")), int(m.group("b")), int(m.group("a")))
    return None if day is None else (day, False)


def _iso_date(m: re.Match[str], ref: date, workdays: Workdays) -> tuple[date, bool] | None:
    day = _make(ref, int(m.group("y")), int(m.group("b")), int(m.group("a")))
    return None if day is None else (day, False)


# ---------------------------------------------------------------- time expressions


def _c(pattern: str) -> re.Pattern[str]:
    return re.compile(_WB + "(?:" + pattern + ")" + _WE, re.I)


_END = "(?:" + _words("END_OF") + ")"
_NEXT_WEEK_ES = "|".join(words.es.NEXT_WEEK)
_NEXT_WEEK = "(?:" + "|".join(words.merged("NEXT_WEEK")) + ")"
_THIS_WEEK = "|".join(words.merged("THIS_WEEK"))

# Cheap guards: a rule runs on a sentence only when its guard finds something (speed).
_HAS_DIGIT = re.compile(r"\d")
_FROM_NOW = re.compile(r"from\s+(?:now|today)|after\s+the\s+interview", re.I)
_WD_ABBR_GUARD = re.compile(r"\b(?:mon|tue|wed|thu|fri)", re.I)
_WD_GUARD = re.compile(_WEEKDAY, re.I)

_RULES: tuple[tuple[re.Pattern[str], Resolver, re.Pattern[str] | None], ...] = (
    (
        _c(
            rf"(?:{_words('WITHIN')})\s+(?:(?:{_words('COUNT_WORDS')})\s+){{0,3}}(?P<n>{_NUM})"
            rf"(?:\s*(?:-|–|to|or|a|o|bis|oder|à|ou|tot)\s*{_NUM})?\s+{_UNIT}"
        ),
        _relative,
        None,
    ),
    (
        _c(rf"(?P<n>{_NUM})\s+{_UNIT}\s+(?:from\s+(?:now|today)|after\s+the\s+interview)"),
        _relative,
        _FROM_NOW,
    ),
    (_c(_words("TIMELINE_DAY_AFTER")), _const("day_after"), None),
    (_c(_words("TIMELINE_TODAY")), _const("today"), None),
    (_c(_words("TIMELINE_TOMORROW")), _const("tomorrow"), None),
    (_c(r"the\s+week\s+after\s+next|übernächste[nr]?\s+woche"), _const("week_after_next"), None),
    (_c(rf"{_END}\s+(?:de\s+)?(?:la\s+)?(?:{_NEXT_WEEK})"), _const("end_next_week"), None),
    (
        _c(
            rf"(?:mid|the\s+middle\s+of|middle\s+of|mitte)\s+(?:{_NEXT_WEEK})"
            rf"|(?:à\s+la\s+|en\s+)?mi-semaine\s+prochaine|a\s+mediados\s+de\s+(?:{_NEXT_WEEK_ES})"
        ),
        _const("mid_next_week"),
        None,
    ),
    (
        _c(
            rf"{_END}\s+(?:de\s+)?(?:{_THIS_WEEK})|later\s+this\s+week|this\s+week|esta\s+semana|diese\s+woche"
            r"|cette\s+semaine|(?:en\s+)?fin\s+de\s+semaine(?!\s+prochaine)"
        ),
        _const("end_this_week"),
        None,
    ),
    (
        _c(
            rf"(?:early|(?:the\s+)?beginning\s+of|(?:the\s+)?start\s+of|a\s+principios\s+de|anfang|"
            rf"(?:au\s+|en\s+)?début\s+de)?\s*(?:{_NEXT_WEEK})"
        ),
        _const("next_week"),
        None,
    ),
    (
        _c(
            rf"{_END}\s+(?:of\s+)?(?:the\s+|this\s+|del\s+|de\s+|des\s+|dieses\s+|du\s+)?(?:month|mes|monats"
            r"|mois)|monatsende|fin\s+de\s+mois|finales\s+de\s+mes"
        ),
        _const("end_month"),
        None,
    ),
    (
        _c(
            rf"{_END}\s+(?:of\s+)?(?:next\s+month|del\s+(?:próximo|proximo)\s+mes|des\s+nächsten\s+monats"
            r"|du\s+mois\s+prochain)"
        ),
        _const("end_next_month"),
        None,
    ),
    (
        _c(
            r"next\s+month|el\s+(?:próximo|proximo)\s+mes|el\s+mes\s+que\s+viene|(?:im\s+)?nächsten\s+monat"
            r"|le\s+mois\s+prochain"
        ),
        _const("next_month"),
        None,
    ),
    (
        _c(r"(?:(?:by|before|until|on|this|next)\s+)(?P<wd>mon|tues?|wed|thu(?:rs?)?|fri)\.?"),
        _weekday,
        _WD_ABBR_GUARD,
    ),
    (
        _c(
            rf"(?:(?:next|this|coming|el\s+(?:próximo\s+)?|este\s+|(?:am\s+)?(?:nächsten|kommenden)\s+"
            rf"|(?:ce\s+)?)\s*)?(?P<wd>{_WEEKDAY})(?:\s+(?:prochain|próximo|que\s+viene))?"
            # "Friday, December 4" / "Wednesday 16th" / "viernes 11 de diciembre": the written date decides
            rf"(?:,?\s+{_ARTICLE}(?P<wdd>\d{{1,2}})(?:{_SUFFIX})?"
            rf"(?!\s*(?::|h\b|uhr\b|am\b|pm\b|a\.m|p\.m|\d))(?:\s+{_OF}(?P<wdm>{_MONTH}))?"
            rf"|,?\s+(?P<wdm2>{_MONTH})\.?\s+(?P<wdd2>\d{{1,2}})(?:st|nd|rd|th)?(?!\d))?"
            rf"(?!\s*(?:-|–|to|through|thru|a|al|bis|à|au)\s*{_WEEKDAY})"
        ),
        _weekday,
        _WD_GUARD,
    ),
    (
        _c(rf"(?P<mon>{_MONTH})\.?\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?(?!\d)"),
        _month_date,
        _HAS_DIGIT,
    ),
    (
        _c(
            rf"(?P<day>\d{{1,2}})(?:{_SUFFIX})?\s+{_OF}(?P<mon>{_MONTH})\.?"
            rf"(?:,?\s+{_OF}(?P<y>\d{{4}}))?(?!\d)"
        ),
        _month_date,
        _HAS_DIGIT,
    ),
    (_c(r"(?<=\s)(?P<y>\d{4})-(?P<b>\d{2})-(?P<a>\d{2})(?![\d-])"), _iso_date, _HAS_DIGIT),
    # "by the end of December", "a finales de enero", "bis Ende Januar", "d'ici la fin de janvier"
    (_c(rf"{_END}\s+(?:of\s+)?(?P<mon>{_MONTH})(?![\s.]*\d)"), _named_month_end, None),
    # "check in after the 15th": the next such day of a month
    (
        _c(r"(?:by|before|after|on|until|from)\s+the\s+(?P<od>\d{1,2})(?:st|nd|rd|th)(?=\s*(?:[.,;:!?)]|$|and\b|or\b|if\b))"),
        _ordinal_day,
        _HAS_DIGIT,
    ),
    (
        _c(rf"(?:{_PREP})\s+(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})(?:/(?P<y>\d{{4}}|\d{{2}}))?(?![\d/])"),
        _numeric_date,
        _HAS_DIGIT,
    ),
    (
        _c(rf"(?:{_PREP})\s+(?P<a>\d{{1,2}})\.(?P<b>\d{{1,2}})\.(?P<y>\d{{4}}|\d{{2}})?(?![\d.]\d)"),
        _dotted_date,
        _HAS_DIGIT,
    ),
)


# ---------------------------------------------------------------- scanning


@dataclass(frozen=True)
class _Candidate:
    day: date
    follow: bool
    imminent: bool
    position: int
    phrase: str


def _lowered(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` compiled case-sensitively, for the lower-cased text (several times faster than
    IGNORECASE over long alternations); ``rx`` itself when it spells an upper-case letter."""
    return re.compile(rx.pattern) if rx.pattern.replace("(?P<", "").islower() else rx


_CUE_LOW = _lowered(_CUE_RE)
_NEG_LOW = _lowered(_NEG_RE)
_RULES_LOW = tuple((_lowered(pattern), resolve, guard) for pattern, resolve, guard in _RULES)


def _lower(text: str) -> str | None:
    """The lower-cased text when lower-casing keeps every offset, else None."""
    low = text.lower()
    return low if len(low) == len(text) else None


def _sentences(text: str, low: str | None = None) -> Iterator[tuple[int, str]]:
    """Yield (start offset, sentence text) for every sentence holding a cue, each once, in order."""
    covered = 0  # end of the last sentence yielded: cues before it were scanned with it
    for cue in _CUE_LOW.finditer(low) if low is not None else _CUE_RE.finditer(text):
        if cue.start() < covered:
            continue
        lo = max(covered, cue.start() - _WINDOW)
        start = lo
        for b in _BOUNDARY_RE.finditer(text, lo, cue.start()):
            start = b.end()
        hi = min(len(text), cue.end() + _WINDOW)
        b2 = _BOUNDARY_RE.search(text, cue.end(), hi)
        end = b2.start() if b2 else hi
        covered = end
        yield start, text[start:end]


def _scan_sentence(sentence: str, ref: date, days: Workdays) -> Iterator[tuple[_Hit, bool]]:
    """Yield (hit, follow-up?) for every accepted time expression in one sentence."""
    s = _WS_RE.sub(" ", sentence)
    low = _lower(s)
    fast = low is not None
    src = low if low is not None else s
    cue_rx, neg_rx, rules = (_CUE_LOW, _NEG_LOW, _RULES_LOW) if fast else (_CUE_RE, _NEG_RE, _RULES)
    cues = [(m.start(), m.end(), m.group("f") is not None) for m in cue_rx.finditer(src)]
    if not cues:
        return
    parts = [0, *(m.end() for m in _SPLIT_PART_RE.finditer(s)), len(s) + 1]
    negs = [m.start() for m in neg_rx.finditer(src)]

    def part_of(pos: int) -> int:
        return max(i for i, p in enumerate(parts) if p <= pos)

    hits: list[_Hit] = []
    for pattern, resolve, guard in rules:
        if guard is not None and guard.search(src) is None:
            continue
        for m in pattern.finditer(src):
            if any(h.start <= m.start() and m.end() <= h.end for h in hits):
                continue
            got = resolve(m, ref, days)
            if got is None:
                continue
            hits.append(_Hit(got[0], got[1], m.start(), m.end()))
    for hit in hits:
        if any(o is not hit and o.start <= hit.start and hit.end <= o.end for o in hits):
            continue
        part = part_of(hit.start)
        strong = (
            bool(_STRONG_BEFORE_RE.search(s[max(0, hit.start - 30) : hit.start]))
            or bool(_STRONG_BEFORE_RE.match(s, hit.start))
            or s[hit.start : hit.end].split(" ", 1)[0].lower() in _STRONG_FIRST
        )
        usable = [c for c in cues if part_of(c[0]) == part or (strong and c[0] < len(s))]
        if not usable:
            continue
        # A scheduling/reply-by word shortly before the expression, in the same part of the
        # sentence, rejects it ("Please confirm by Friday", "questions before Friday").
        if any(parts[part] <= n < hit.start and n >= hit.start - 60 for n in negs):
            continue
        same = [c for c in usable if part_of(c[0]) == part]
        nearest = min(usable, key=lambda c: abs(c[0] - hit.start))
        follow = any(c[2] for c in same) if same else nearest[2]
        yield hit, follow


def find_timeline(text: str, anchor: datetime, tz: tzinfo, mail_date: datetime | None = None,
                  workdays: Workdays = WEEKENDS_ONLY) -> Timeline:
    """The follow-up or decision date stated in ``text``, resolved in ``tz`` (see module doc);
    business days skip weekends and the holidays in ``workdays``."""
    ref_dt = mail_date if mail_date is not None and mail_date > anchor else anchor
    ref = ref_dt.astimezone(tz).date()
    low = anchor.astimezone(tz).date()
    high = low + timedelta(days=MAX_DAYS_AHEAD)
    candidates: list[_Candidate] = []
    folded = _lower(text)
    if not (_CUE_LOW.search(folded) if folded is not None else _CUE_RE.search(text)):
        return Timeline(None)  # no follow-up or decision words at all: nothing to read
    for offset, sentence in _sentences(text, folded):
        for hit, follow in _scan_sentence(sentence, ref, workdays):
            if low <= hit.day <= high:
                phrase = _WS_RE.sub(" ", sentence).strip()
                if len(phrase) > _MAX_PHRASE:
                    phrase = phrase[: _MAX_PHRASE - 1].rstrip() + "…"
                candidates.append(_Candidate(hit.day, follow, hit.imminent, offset + hit.start, phrase))
    if not candidates:
        return Timeline(follow_up_after=None)
    pool = [c for c in candidates if c.follow] or candidates
    best = min(pool, key=lambda c: (c.day, c.position))
    imminent = any(c.imminent for c in candidates)
    return Timeline(follow_up_after=best.day, decision_imminent=imminent, phrase=best.phrase)


__all__ = ["MAX_DAYS_AHEAD", "find_timeline"]
