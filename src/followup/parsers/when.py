"""Dates written in mail text, in every language of ``parsers/words`` (clock times and lengths
are read in ``when_times``, time zones in ``when_zones``).

The words come from the language modules (months, weekdays, relative days, noon, time-range
connectors, clock and at-hour words, date articles and suffixes): a new language is one file
in ``parsers/words`` plus its tests, nothing here.

Pure: every relative expression ("Friday", "tomorrow") is resolved against a reference
date passed in. Results carry their character positions so the detector can judge the
context they appear in (a question, an availability request, a schedule line).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from followup.parsers import words
from followup.parsers.word_trie import trie

MONTHS: dict[str, int] = words.month_numbers()
WEEKDAYS: dict[str, int] = words.weekday_numbers()

# Abbreviations that are also ordinary words are only accepted in their long form.
_LONG_MONTHS = sorted(
    (m for m in MONTHS if len(m) >= 3 and m not in {"mar", "mai", "jun", "jul"}), key=len, reverse=True
)
_LONG_WEEKDAYS = sorted(
    (w for w in WEEKDAYS if len(w) >= 4 or w in {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}),
    key=len,
    reverse=True,
)
# (a whole word: "1204 Genève" holds no "Gen", Italian for January)
_MON = r"(?P<mon>" + trie([*_LONG_MONTHS, "mar", "mai", "jun", "jul"]) + r")\b\.?"
_WD = r"(?P<wd>" + trie(_LONG_WEEKDAYS) + r")\.?"


def _words(key: str) -> str:
    """The merged table ``key`` as one alternation (each entry once, in language order)."""
    return "|".join(dict.fromkeys(words.merged(key)))


_SUFFIX = _words("DAY_SUFFIXES")  # 1st, 1er, 1º, 3.
_ARTICLE = r"(?:(?:" + _words("DAY_ARTICLES") + r")\s+)?"  # Monday the 14th, el lunes 14
_OF = r"(?:(?:" + _words("DATE_OF") + r")\s+)?"  # 3 de diciembre de 2026
_DAY = rf"(?P<day>[0-3]?\d)(?:{_SUFFIX})?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

_DATE_PATTERNS = [
    # Tuesday, February 5, 2001 / Feb. 7 / December 6th
    # (not "December\n14:30": a day line, then its time)
    # (not "mar 22/12": a weekday before a numeric date)
    re.compile(rf"(?:{_WD},?\s+(?:the\s+)?)?{_MON}\s+{_DAY}(?!\d|[:.h/]\d)(?:,?\s+{_YEAR})?", re.I),
    # Tuesday 5 February 2002 / 3 de diciembre de 2026 / 3. Dezember 2026 / mardi 3 décembre
    re.compile(
        rf"(?:{_WD},?\s+{_ARTICLE})?(?<![\d.:/])(?<!\d-){_DAY}\s+{_OF}{_MON}(?:,?\s+{_OF}{_YEAR})?",
        re.I,
    ),
    # 09-Dec-2026 (Workday, Indian and banking mail)
    re.compile(rf"(?<![\w-]){_DAY}-{_MON}-{_YEAR}(?![\w-])", re.I),
    # 2026-12-06, and year first with slashes or dots as East Asia writes it: 2026/12/03, 2026.12.03
    re.compile(r"(?<![\d/.-])(?P<iy>20\d\d)(?P<isep>[-/.])(?P<im>[01]?\d)(?P=isep)(?P<id>[0-3]?\d)(?![\d])"),
    # 12/6, 12/06/2026, 06.12.2026, 6/12/26
    re.compile(
        rf"(?:{_WD},?\s+)?(?<![\d/.:+\-–—])(?P<a>[0-3]?\d)(?P<sep>[/.]|-(?=[0-3]?\d-20\d\d))(?P<b>[0-3]?\d)"
        r"(?:(?P=sep)(?P<y>(?:19|20)?\d\d))?(?![\d/]|\.\d)",
        re.I,
    ),
    # el lunes 14 / Monday the 14th / am Montag, den 14.: a weekday and a day of the month
    re.compile(
        rf"\b{_WD},?\s+{_ARTICLE}(?P<wday>[0-3]?\d)(?:{_SUFFIX})?"
        r"(?!\s*(?:[:.h]\d|uhr\b|h\b|am\b|pm\b|a\.m|p\.m|[/\d]))",
        re.I,
    ),
    # Friday / el viernes / am Freitag / vendredi prochain
    # ("Monday 9:30 it is": a clock time after the weekday is not a day of the month)
    re.compile(
        rf"\b{_WD}\b(?!\s*[,]?\s*(?:[0-3]?\d\b(?!\s*(?:[:h]\d|uhr\b|uur\b|h\b|am\b|pm\b|a\.m|p\.m))|{_MON}))",
        re.I,
    ),
    # "dia 10 às 16h", "el día 10", "on the 10th": a day of the month alone (its month the next with it)
    re.compile(
        r"\b(?:" + _words("DAY_OF_MONTH") + rf")\s+(?P<dom>[0-3]?\d)(?:{_SUFFIX})?\b"
        r"(?![/.\-]\d|\s*(?:de|of)\s)",
        re.I,
    ),
    # "Quinta às 15h": a weekday name that is also an ordinal, right before a clock time
    re.compile(
        r"\b(?P<wd>" + "|".join(re.escape(w) for w, _ in words.merged("WEEKDAYS_BEFORE_TIME")) + r")\b"
        r"(?=[ \t]*,?[ \t]*(?:" + _words("AT_HOUR") + "|" + _words("TIME_FROM") + r")[ \t]+"
        # (a digit, or an hour in words: "Mo um halb elf")
        r"(?:\d|(?:" + "|".join([*words.merged("CLOCK_HALF_BEFORE"), *words.merged("CLOCK_QUARTER_PAST"),
                                 *words.merged("CLOCK_QUARTER_TO"), *words.merged("CLOCK_QUARTER_BEFORE")])
        + r")\s))",
        re.I,
    ) if words.merged("WEEKDAYS_BEFORE_TIME") else re.compile(r"(?!)"),
]
# (after the patterns: the short names must not join the long weekday alternation)
WEEKDAYS.update({w: n for w, n in words.merged("WEEKDAYS_BEFORE_TIME") if w not in WEEKDAYS})

# The same patterns compiled case-sensitively, run on the lower-cased text when lower-casing keeps
# every offset (several times faster than IGNORECASE over the long month/weekday alternations).
_DATE_PATTERNS_LOW = [re.compile(p.pattern) for p in _DATE_PATTERNS]

_RELATIVE_DAYS: dict[int, list[str]] = {}
for _pattern, _days in words.merged("RELATIVE_DAYS"):
    _RELATIVE_DAYS.setdefault(_days, []).append(_pattern)
_RELATIVE = re.compile(
    r"\b(?:" + "|".join(f"(?P<d{n}>{'|'.join(ps)})" for n, ps in sorted(_RELATIVE_DAYS.items())) + r")\b",
    re.I,
)
_TOMORROW_IS_MORNING = words.merged("TOMORROW_IS_MORNING")


@dataclass(frozen=True)
class DateHit:
    pos: int
    end: int
    value: date
    explicit: bool  # a month/day was written (not just a weekday or "tomorrow")
    text: str


def _resolve_year(month: int, day: int, ref: date) -> date | None:
    """The month/day nearest to ``ref`` going forward (allowing a month back)."""
    for year in (ref.year, ref.year + 1, ref.year - 1):
        try:
            d = date(year, month, day)
        except ValueError:
            continue
        if ref - timedelta(days=45) <= d <= ref + timedelta(days=320):
            return d
    try:
        return date(ref.year, month, day)
    except ValueError:
        return None


# The word right before a day of the month written alone ("quarta dia 6", "quarta-feira, dia 6").
_WORD_BEFORE = re.compile(r"([^\W\d_]+(?:-[^\W\d_]+)?)\.?,?[ \t]+$")


def _day_of_month(ref: date, day: int, wd: int | None) -> date | None:
    """The next ``day`` of a month on/after ``ref`` (a day back allowed), on weekday ``wd`` if one is."""
    days = [d for d in (ref + timedelta(days=i) for i in range(-1, 75)) if d.day == day]
    on_weekday = [d for d in days if wd is None or d.weekday() == wd]
    found = on_weekday or days
    return found[0] if found else None


def _next_weekday(ref: date, wd: int) -> date:
    delta = (wd - ref.weekday()) % 7
    return ref + timedelta(days=delta or 7)


_NEXT_WEEK = "(?:" + _words("NEXT_WEEK") + ")"
_NEXT_WEEK_BEFORE = re.compile(_NEXT_WEEK + r"[ \t,]+(?:(?:am|on|le|el|il|op|na|no)[ \t]+)?$", re.IGNORECASE)
_NEXT_WEEK_AFTER = re.compile(
    r"[ \t,]+(?:(?:of|de|der|della|van|da)[ \t]+)?(?:la[ \t]+)?" + _NEXT_WEEK, re.IGNORECASE
)


# A clock time right after a day.month ("interview 14.12, 9:30 Warsaw time"): the pair is a date.
_CLOCK_AFTER_DATE = re.compile(
    r"(?:,|\s)\s*(?:(?:" + _words("AT_HOUR") + r")\s+)?(?:[01]?\d|2[0-3])[:h]\d\d\b", re.IGNORECASE
)
# A weekday written right after a numeric date ("12/8 (Tue)", "3/12, Thursday"): it picks the reading.
_WD_AFTER_NUMERIC = re.compile(r"[ \t]*(?:[(（][ \t]*|,?[ \t]+)" + _WD + r"(?!\w)", re.IGNORECASE)
# The word before a clock time ("ore 9.30.", "um 9.30."): what follows is a time, not a date.
_AT_HOUR_BEFORE = re.compile(r"\b(?:" + _words("AT_HOUR") + r")\s*$", re.IGNORECASE)


def find_dates(text: str, ref: date, day_first: bool = False) -> list[DateHit]:
    """Every date written in ``text``, resolved against ``ref`` (the mail's date)."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []

    def free(a: int, b: int) -> bool:
        return all(b <= s or a >= e for s, e in taken)

    low = text.lower()
    subject, patterns = (low, _DATE_PATTERNS_LOW) if len(low) == len(text) else (text, _DATE_PATTERNS)
    for idx, pat in enumerate(patterns):
        for m in pat.finditer(subject):
            if not free(m.start(), m.end()):
                continue
            g = m.groupdict()
            value: date | None = None
            explicit = True
            try:
                if g.get("mon") is not None and g.get("day") is not None:
                    month = MONTHS.get(g["mon"].lower().rstrip("."))
                    day = int(g["day"])
                    if not month:
                        continue
                    if g.get("year"):
                        value = date(int(g["year"]), month, day)
                    else:
                        value = _resolve_year(month, day, ref)
                elif g.get("iy"):
                    value = date(int(g["iy"]), int(g["im"]), int(g["id"]))
                elif g.get("a"):
                    a, b = int(g["a"]), int(g["b"])
                    sep = g["sep"]
                    trailing_dot = (
                        text[m.end() : m.end() + 1] == "." and not text[m.end() + 1 : m.end() + 2].isdigit()
                    )
                    at_hour = _AT_HOUR_BEFORE.search(text, max(0, m.start() - 12), m.start())
                    timed_after = _CLOCK_AFTER_DATE.match(text, m.end()) is not None  # "14.12, 9:30"
                    if (
                        sep == "."
                        and not g.get("y")
                        and not g.get("wd")
                        and (not (trailing_dot or timed_after) or at_hour)
                    ):
                        continue  # "2.30" is a time, "1.5" a number, "ore 9.30." a time; "15.12." a date
                    first_is_day = day_first or sep in (".", "-") or a > 12
                    if b > 12 and a <= 12:
                        first_is_day = False
                    readings = [(a, b), (b, a)] if first_is_day else [(b, a), (a, b)]
                    if a > 12 or b > 12 or sep in (".", "-"):
                        readings = readings[:1]
                    wd_text = g.get("wd")
                    if wd_text is None and (after := _WD_AFTER_NUMERIC.match(text, m.end())):
                        wd_text = after.group("wd")
                    wd_written = WEEKDAYS.get(wd_text.lower().rstrip(".")) if wd_text else None
                    candidates: list[date] = []
                    for day, month in readings:
                        if not (1 <= month <= 12 and 1 <= day <= 31):
                            continue
                        try:
                            if g.get("y"):
                                y = int(g["y"])
                                candidates.append(date(y + 2000 if y < 100 else y, month, day))
                            else:
                                got = _resolve_year(month, day, ref)
                                if got is not None:
                                    candidates.append(got)
                        except ValueError:
                            continue
                    if not candidates:
                        continue
                    # "Thurs 3/12": the reading that falls on the written weekday; otherwise an
                    # ambiguous date ("03/12/2026" in an English mail) is the one soon after the mail.
                    matching = [c for c in candidates if wd_written is None or c.weekday() == wd_written]
                    soon = [c for c in matching if ref - timedelta(days=2) <= c <= ref + timedelta(days=120)]
                    value = (soon or matching or candidates)[0]
                elif g.get("dom"):
                    # ("quarta dia 6", "el miércoles día 6": the month whose 6th is that weekday)
                    prev = _WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())
                    wd_before = WEEKDAYS.get(prev.group(1).lower()) if prev else None
                    value = _day_of_month(ref, int(g["dom"]), wd_before)
                elif g.get("wday"):
                    wd = WEEKDAYS.get(g["wd"].lower().rstrip("."))
                    value = _day_of_month(ref, int(g["wday"]), wd)
                elif g.get("wd"):
                    wd = WEEKDAYS.get(g["wd"].lower().rstrip("."))
                    if wd is None:
                        continue
                    value = _next_weekday(ref, wd)
                    explicit = False
                    before = _NEXT_WEEK_BEFORE.search(text, max(0, m.start() - 40), m.start())
                    if before or _NEXT_WEEK_AFTER.match(text, m.end()):
                        # "nächste Woche Dienstag", "Tuesday next week": that weekday of next week
                        value = ref - timedelta(days=ref.weekday()) + timedelta(days=7 + wd)
            except ValueError:
                continue
            if value is None:
                continue
            taken.append((m.start(), m.end()))
            hits.append(DateHit(m.start(), m.end(), value, explicit, text[m.start() : m.end()]))
        del idx
    for m in _RELATIVE.finditer(text):
        if not free(m.start(), m.end()):
            continue
        days = next(int(name[1:]) for name, v in m.groupdict().items() if v)
        if days == 1 and m.group(0).lower().startswith(_TOMORROW_IS_MORNING) and _is_spanish_morning(
            text, m.start()
        ):
            days = 0
        value = ref + timedelta(days=days)
        hits.append(DateHit(m.start(), m.end(), value, False, m.group(0)))
    hits.sort(key=lambda h: h.pos)
    hits = _days_of_week_of(text, hits)
    # "Monday through Friday", "lunes a viernes": a span of weekdays (office hours), not a day
    span = {
        k
        for k in range(len(hits) - 1)
        if not hits[k].explicit
        and not hits[k + 1].explicit
        and _WEEKDAY_SPAN.fullmatch(text, hits[k].end, hits[k + 1].pos)
    }
    span |= {k + 1 for k in span}
    # "16/12/2026 (Wednesday)": a weekday right after a written date names that date's day
    return [
        h
        for k, h in enumerate(hits)
        if k not in span
        and (
            h.explicit
            or k == 0
            or not hits[k - 1].explicit
            or not _WEEKDAY_AFTER.fullmatch(text, hits[k - 1].end, h.pos)
        )
    ]


_WEEK_OF_BEFORE = re.compile(r"(?<!\w)(?:" + _words("WEEK_OF") + r")[ \t]*$", re.IGNORECASE)


def _days_of_week_of(text: str, hits: list[DateHit]) -> list[DateHit]:
    """ "w/c 14th December … booked you in for the Wednesday at 10:00": a weekday written after the
    first day of a week (lexicon WEEK_OF), in the same sentence, is that week's day; the week's
    date itself is then no day of its own."""
    out: list[DateHit] = []
    k = 0
    while k < len(hits):
        h = hits[k]
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        if (
            nxt is not None
            and h.explicit
            and not nxt.explicit
            and nxt.text.split()[0].lower().rstrip(".,") in WEEKDAYS
            and nxt.pos - h.end < 150
            and not re.search(r"[.!?]\s|\n\s*\n", text[h.end : nxt.pos])
            and _WEEK_OF_BEFORE.search(text, max(0, h.pos - 30), h.pos)
        ):
            day = h.value - timedelta(days=h.value.weekday() - nxt.value.weekday())
            out.append(DateHit(nxt.pos, nxt.end, day, True, nxt.text))
            k += 2
            continue
        out.append(h)
        k += 1
    return out


_WEEKDAY_AFTER = re.compile(r"[ \t]*[(,][ \t]*")
_WEEKDAY_SPAN = re.compile(
    r"\.?\s*(?:-|–|—|to|through|thru|a|al|bis|à|au|tot|até|a\s+la)\s*", re.IGNORECASE
)


def _is_spanish_morning(text: str, pos: int) -> bool:
    """ "por la mañana" / "de la mañana" is "in the morning", not "tomorrow"."""
    before = text[max(0, pos - 8) : pos].lower()
    return "la " in before


