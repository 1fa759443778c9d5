"""The time expressions a follow-up timeline is read from ("in four days", "by Friday", "end of
next week", "12/3"), each a pattern with the resolver that turns a match into a day, built
from the words of every language. ``timeline.find_timeline`` scans sentences with ``_RULES``."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import date, timedelta

from followup.parsers import words
from followup.workdays import Workdays

# ---------------------------------------------------------------- vocabulary


def _words(key: str) -> str:
    """The merged table ``key`` as one alternation (each entry once, in language order)."""
    return "|".join(dict.fromkeys(words.merged(key)))


_NUMBERS: dict[str, int] = dict(words.merged("NUMBERS"))
_NUM = (
    "(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_NUMBERS, key=len, reverse=True))
    + r"|\d{1,3})"
    + r"(?:[ \t]*\(\d{1,3}\))?"  # "five (5) working days": the figure repeated in brackets
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


_PREP = "(?:" + _words("DATE_PREPS") + ")"


_WS_RE = re.compile(r"\s+")
_BRACKETED = re.compile(r"[ \t]*\(\d{1,3}\)$")


# ---------------------------------------------------------------- resolvers


Resolver = Callable[["re.Match[str]", date, Workdays], "tuple[date, bool] | None"]


def _num(word: str) -> int | None:
    w = _WS_RE.sub(" ", _BRACKETED.sub("", word.lower()))
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


# Fixed offsets: days after the reference date (and whether that is imminent), or days after
# the reference week's Monday (never imminent).
_DAYS_FROM_REF = {"today": (0, True), "tomorrow": (1, True), "day_after": (2, False)}
_DAYS_FROM_MONDAY = {"next_week": 7, "mid_next_week": 9, "end_next_week": 11, "week_after_next": 14}


def _const(kind: str) -> Resolver:
    def resolve(_m: re.Match[str], ref: date, _days: Workdays) -> tuple[date, bool]:
        week = _monday(ref)
        this_friday = week + timedelta(days=4)
        if kind in _DAYS_FROM_REF:
            days, imminent = _DAYS_FROM_REF[kind]
            return ref + timedelta(days=days), imminent
        if kind in _DAYS_FROM_MONDAY:
            return week + timedelta(days=_DAYS_FROM_MONDAY[kind]), False
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
    if groups.get("wna"):
        a, b, y = int(groups["wna"]), int(groups["wnb"]), _year(groups.get("wny"))
        readings = [r for r in (_make(ref, y, a, b), _make(ref, y, b, a)) if r is not None and r >= ref]
        on_weekday = [r for r in readings if r.weekday() == wd]
        return (min(on_weekday or readings), False) if readings else None
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


# A date written without its year is read up to about eleven months ahead.
_MAX_YEARLESS_AHEAD = 330


def _make(ref: date, y: int | None, mo: int, d: int) -> date | None:
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    years = [y] if y is not None else [ref.year, ref.year + 1]
    for yy in years:
        try:
            cand = date(yy, mo, d)
        except ValueError:
            continue
        if y is not None:
            return cand
        if cand >= ref:
            # (not "our office reopens on 4 January" said of the 5th: a day just gone, not next year's)
            return cand if cand - ref <= timedelta(days=_MAX_YEARLESS_AHEAD) else None
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
_AFTER_EVENT = "(?:" + "|".join(words.merged("AFTER_EVENT")) + ")"
_AFTER_EVENT_GUARD = re.compile(_AFTER_EVENT, re.I)
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
        _c(rf"(?P<n>{_NUM})\s+{_UNIT}\s+{_AFTER_EVENT}"),
        _relative,
        _AFTER_EVENT_GUARD,
    ),
    (_c(_words("TIMELINE_DAY_AFTER")), _const("day_after"), None),
    # ("by EOD Friday 12/11" is the end of that Friday, read by the weekday rule)
    (_c(rf"(?:{_words('TIMELINE_TODAY')})(?!\s+(?:on\s+)?(?:{_WEEKDAY}|\d))"), _const("today"), None),
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
            # "Friday 12/11": the reading that falls on that weekday
            rf"(?:,?\s+(?P<wna>\d{{1,2}})/(?P<wnb>\d{{1,2}})(?:/(?P<wny>\d{{4}}|\d{{2}}))?(?![\d/])"
            rf"|,?\s+{_ARTICLE}(?P<wdd>\d{{1,2}})(?:{_SUFFIX})?"
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

