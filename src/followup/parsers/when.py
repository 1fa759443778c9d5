"""Dates, times and time zones written in mail text, in every language of ``parsers/words``.

The words come from the language modules (months, weekdays, relative days, noon, time-range
connectors, clock and at-hour words, date articles and suffixes): a new language is one file
in ``parsers/words`` plus its tests, nothing here.

Pure: every relative expression ("Friday", "tomorrow") is resolved against a reference
date passed in. Results carry their character positions so the detector can judge the
context they appear in (a question, an availability request, a schedule line).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from followup.parsers import words

MONTHS: dict[str, int] = words.month_numbers()
WEEKDAYS: dict[str, int] = words.weekday_numbers()

# Abbreviations that are also ordinary words are only accepted in their long form.
_LONG_MONTHS = sorted(
    (m for m in MONTHS if len(m) >= 3 and m not in {"mar", "mai", "jun", "jul"}), key=len, reverse=True
)
_LONG_WEEKDAYS = sorted(
    (w for w in WEEKDAYS if len(w) >= 5 or w in {"mon", "tue", "wed", "thu", "fri", "sat", "sun"}),
    key=len,
    reverse=True,
)
_MON = r"(?P<mon>" + "|".join(re.escape(m) for m in [*_LONG_MONTHS, "mar", "mai", "jun", "jul"]) + r")\.?"
_WD = r"(?P<wd>" + "|".join(re.escape(w) for w in _LONG_WEEKDAYS) + r")\.?"



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
    re.compile(rf"(?:{_WD},?\s+(?:the\s+)?)?{_MON}\s+{_DAY}(?!\d)(?:,?\s+{_YEAR})?", re.I),
    # Tuesday 5 February 2002 / 3 de diciembre de 2026 / 3. Dezember 2026 / mardi 3 décembre
    re.compile(
        rf"(?:{_WD},?\s+{_ARTICLE})?{_DAY}\s+{_OF}{_MON}(?:,?\s+{_OF}{_YEAR})?",
        re.I,
    ),
    # 2026-12-06
    re.compile(r"(?<![\d/.-])(?P<iy>20\d\d)-(?P<im>[01]?\d)-(?P<id>[0-3]?\d)(?![\d])"),
    # 12/6, 12/06/2026, 06.12.2026, 6/12/26
    re.compile(
        rf"(?:{_WD},?\s+)?(?<![\d/.:+-])(?P<a>[0-3]?\d)(?P<sep>[/.]|-(?=[0-3]?\d-20\d\d))(?P<b>[0-3]?\d)"
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
]

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


@dataclass(frozen=True)
class TimeHit:
    pos: int
    end: int
    start: time
    end_time: time | None
    zone: tzinfo | None
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


def _day_of_month(ref: date, day: int, wd: int | None) -> date | None:
    """The next ``day`` of a month on/after ``ref`` (a day back allowed), on weekday ``wd`` if one is."""
    days = [d for d in (ref + timedelta(days=i) for i in range(-1, 75)) if d.day == day]
    on_weekday = [d for d in days if wd is None or d.weekday() == wd]
    found = on_weekday or days
    return found[0] if found else None


def _next_weekday(ref: date, wd: int) -> date:
    delta = (wd - ref.weekday()) % 7
    return ref + timedelta(days=delta or 7)


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
                    if sep == "." and not g.get("y") and not g.get("wd") and not trailing_dot:
                        continue  # "2.30" is a time, "1.5" a number; "15.12." is a German date
                    first_is_day = day_first or sep in (".", "-") or a > 12
                    if b > 12 and a <= 12:
                        first_is_day = False
                    readings = [(a, b), (b, a)] if first_is_day else [(b, a), (a, b)]
                    if a > 12 or b > 12 or sep in (".", "-"):
                        readings = readings[:1]
                    wd_written = WEEKDAYS.get(g["wd"].lower().rstrip(".")) if g.get("wd") else None
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
                elif g.get("wday"):
                    wd = WEEKDAYS.get(g["wd"].lower().rstrip("."))
                    value = _day_of_month(ref, int(g["wday"]), wd)
                elif g.get("wd"):
                    wd = WEEKDAYS.get(g["wd"].lower().rstrip("."))
                    if wd is None:
                        continue
                    value = _next_weekday(ref, wd)
                    explicit = False
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
    return hits


def _is_spanish_morning(text: str, pos: int) -> bool:
    """ "por la mañana" / "de la mañana" is "in the morning", not "tomorrow"."""
    before = text[max(0, pos - 8) : pos].lower()
    return "la " in before


_AMPM = r"(?P<ampm{n}>a\.?\s?m\.?|p\.?\s?m\.?)"
_T = (
    r"(?P<h{n}>[0-2]?\d)(?:(?P<sep{n}>[:.u]|[ \t]?h[ \t]?)(?P<m{n}>[0-5]\d))?\s*"  # "u": Flemish 14u30
    + _AMPM
    + r"?(?:\s*(?P<uhr{n}>"
    + _words("CLOCK_WORDS").replace("{", "{{").replace("}", "}}")
    + r"))?"
)
_TIME_RE = re.compile(
    r"(?<![\d:.$€£/-])"
    + _T.format(n=1)
    + r"(?:\s*(?:-|–|—|"
    + _words("TIME_RANGE")
    + r")\s*"
    + r"(?:ca\.?\s*|circa\s+|approx\.?\s*|about\s+|vers\s+)?"
    + _T.format(n=2)
    + r")?(?![\d%/])",
    re.I,
)

ZONE_WORDS: dict[str, str] = {
    "pt": "America/Los_Angeles",
    "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles",
    "pacific": "America/Los_Angeles",
    "california": "America/Los_Angeles",
    "et": "America/New_York",
    "est": "America/New_York",
    "edt": "America/New_York",
    "eastern": "America/New_York",
    "new york": "America/New_York",
    "ct": "America/Chicago",
    "cst": "America/Chicago",
    "cdt": "America/Chicago",
    "central": "America/Chicago",
    "houston": "America/Chicago",
    "chicago": "America/Chicago",
    "texas": "America/Chicago",
    "mt": "America/Denver",
    "mst": "America/Denver",
    "mdt": "America/Denver",
    "mountain": "America/Denver",
    "cet": "Europe/Berlin",
    "cest": "Europe/Berlin",
    "mez": "Europe/Berlin",
    "mesz": "Europe/Berlin",
    "berlin": "Europe/Berlin",
    "paris": "Europe/Paris",
    "madrid": "Europe/Madrid",
    "peninsular": "Europe/Madrid",
    "bst": "Europe/London",
    "london": "Europe/London",
    "uk": "Europe/London",
    "ist": "Asia/Kolkata",
    "utc": "UTC",
    "gmt": "UTC",
    "zurich": "Europe/Zurich",
    "amsterdam": "Europe/Amsterdam",
    "méxico": "America/Mexico_City",
    "mexico": "America/Mexico_City",
    "bogotá": "America/Bogota",
    "bogota": "America/Bogota",
    "buenos aires": "America/Argentina/Buenos_Aires",
    "sydney": "Australia/Sydney",
    "central european": "Europe/Berlin",
    "eastern european": "Europe/Athens",
    "western european": "Europe/Lisbon",
    "greenwich mean": "Europe/London",
    "british summer": "Europe/London",
    "india": "Asia/Kolkata",
    "indian": "Asia/Kolkata",
    "singapore": "Asia/Singapore",
    "japan": "Asia/Tokyo",
    "korea": "Asia/Seoul",
    "china": "Asia/Shanghai",
    "hong kong": "Asia/Hong_Kong",
    "australian eastern": "Australia/Sydney",
    "atlantic": "America/Halifax",
    "alaska": "America/Anchorage",
    "hawaii": "Pacific/Honolulu",
    "arizona": "America/Phoenix",
    "los angeles": "America/Los_Angeles",
    "toronto": "America/Toronto",
    "vancouver": "America/Vancouver",
    "dubai": "Asia/Dubai",
    "são paulo": "America/Sao_Paulo",
    "sao paulo": "America/Sao_Paulo",
    "brasília": "America/Sao_Paulo",
    "brasilia": "America/Sao_Paulo",
    "lisbon": "Europe/Lisbon",
    "dublin": "Europe/Dublin",
    "oslo": "Europe/Oslo",
    "stockholm": "Europe/Stockholm",
    "copenhagen": "Europe/Copenhagen",
    "rome": "Europe/Rome",
    "warsaw": "Europe/Warsaw",
    "mumbai": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata",
    "bengaluru": "Asia/Kolkata",
    "tokyo": "Asia/Tokyo",
    "seoul": "Asia/Seoul",
    "melbourne": "Australia/Melbourne",
    "auckland": "Pacific/Auckland",
    "denver": "America/Denver",
    "phoenix": "America/Phoenix",
    "seattle": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles",
    "boston": "America/New_York",
    "atlanta": "America/New_York",
    "dallas": "America/Chicago",
    "montreal": "America/Toronto",
    "montréal": "America/Toronto",
    "de l'est": "America/Toronto",
    "de l’est": "America/Toronto",
    "pacifique": "America/Vancouver",
    "du centre": "America/Winnipeg",
    "rocheuses": "America/Edmonton",
    "atlantique": "America/Halifax",
    "gulf": "Asia/Dubai",
    "sgt": "Asia/Singapore",
    "jst": "Asia/Tokyo",
    "aest": "Etc/GMT-10",
    "aedt": "Etc/GMT-11",
    "eet": "Europe/Athens",
    "eest": "Europe/Athens",
    "hkt": "Asia/Hong_Kong",
    "nzst": "Pacific/Auckland",
    "nzdt": "Pacific/Auckland",
    "akst": "America/Anchorage",
    "hst": "Pacific/Honolulu",
    "roma": "Europe/Rome",
    "milano": "Europe/Rome",
    "milan": "Europe/Rome",
    "lisboa": "Europe/Lisbon",
    "brussels": "Europe/Brussels",
    "brussel": "Europe/Brussels",
    "bruxelles": "Europe/Brussels",
    "bruselas": "Europe/Brussels",
    "ireland": "Europe/Dublin",
    "portugal": "Europe/Lisbon",
    "brasil": "America/Sao_Paulo",
    "brazil": "America/Sao_Paulo",
    "belgium": "Europe/Brussels",
    "belgique": "Europe/Brussels",
    "italy": "Europe/Rome",
    "italia": "Europe/Rome",
    "netherlands": "Europe/Amsterdam",
    "nederland": "Europe/Amsterdam",
}
# Adjectives that name a country's time with a word for "time" in any language ("ora italiana",
# "Belgische tijd", "Irish time", "hora portuguesa"): read only next to that word.
ZONE_ADJECTIVES: dict[str, str] = {
    "italiana": "Europe/Rome",
    "italian": "Europe/Rome",
    "italienische": "Europe/Rome",
    "belgische": "Europe/Brussels",
    "belgian": "Europe/Brussels",
    "belge": "Europe/Brussels",
    "nederlandse": "Europe/Amsterdam",
    "dutch": "Europe/Amsterdam",
    "irish": "Europe/Dublin",
    "portuguesa": "Europe/Lisbon",
    "portuguese": "Europe/Lisbon",
    "brasileira": "America/Sao_Paulo",
    "brazilian": "America/Sao_Paulo",
    "española": "Europe/Madrid",
    "spanish": "Europe/Madrid",
    "française": "Europe/Paris",
    "french": "Europe/Paris",
    "german": "Europe/Berlin",
    "deutsche": "Europe/Berlin",
    "deutscher": "Europe/Berlin",
    "british": "Europe/London",
    "midden-europese": "Europe/Amsterdam",
    "mitteleuropäische": "Europe/Berlin",
    "mitteleuropäischer": "Europe/Berlin",
}
_ZONE_RE = re.compile(
    r"\(?\s*(?:(?P<gmt>(?:GMT|UTC)\s*(?P<sign>[+-−])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d\d))?)\)?"
    r"(?:\s*(?P<after>[A-Z][A-Za-z .&()]{2,40}?)\s*(?:time|\(US))?"
    r"|(?P<abbr>\b(?:PT|PST|PDT|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|CET|CEST|MEZ|MESZ|BST|IST|UTC|GMT|SGT|JST|AEST|"
    r"AEDT|EET|EEST|HKT|NZST|NZDT|AKST|HST)\b)"
    r"|(?P<named>(?i:\b(?:(?:Central|Eastern|Western)\s+European|Greenwich\s+Mean|British\s+Summer|"
    r"Australian\s+Eastern|India|Indian|Singapore|Japan|Korea|China|Hong\s+Kong|Atlantic|Alaska|Hawaii|"
    r"Arizona|Los\s+Angeles|Toronto|Vancouver|Dubai|Gulf|"
    r"Pacific|Eastern|Central|Mountain|Houston|Chicago|New\s+York|California|"
    r"Texas|London|UK|Paris|Berlin|Madrid|Zurich|Amsterdam|Sydney|S[ãa]o\s+Paulo|Bras[íi]lia|Lisbon|Dublin|"
    r"Oslo|Stockholm|Copenhagen|Rome|Warsaw|Mumbai|Bangalore|Bengaluru|Tokyo|Seoul|Melbourne|Auckland|"
    r"Denver|Phoenix|Seattle|San\s+Francisco|Boston|Atlanta|Dallas|Montr[ée]al)"
    r"\s+(?:Standard\s+|Daylight\s+|Summer\s+)?"
    r"time\b))"
    r"|(?P<lang>(?:hora\s+(?:de\s+)?(?:Madrid|peninsular|México|Mexico|Bogotá|Buenos\s+Aires)"
    r"|heure\s+de\s+Paris|(?:Berliner|deutscher|MEZ)\s+Zeit"
    r"|(?i:heure\s+(?:normale\s+|avanc[ée]e\s+)?(?:de\s+l['’]est|du\s+pacifique|du\s+centre|des\s+rocheuses|"
    r"de\s+l['’]atlantique)))))"
    # a place or a country's adjective with the word for "time" of any language: "horário de Brasília",
    # "ora italiana", "ora di Roma", "hora de Lisboa", "Belgische tijd", "Irish time", "heure de Bruxelles"
    r"|(?i:\b(?:hor[áa]rio|hora|heure|ora)\s+(?:(?:oficial|legal|locale?)\s+)?(?:(?:de|do|da|di|del|du|d['’])\s*)?"
    r"(?P<place>[^\W\d_][\w-]+(?:\s+[A-ZÀ-Ý][\w-]+)?))"
    r"|(?P<adj>\b[A-ZÀ-Ýa-zà-ÿ][\w-]+)\s+(?i:tijd|zeit|time)\b"
    # an IANA zone name as calendars and ATS mail print it: "13:00 – 13:30 (Europe/Amsterdam)"
    r"|(?P<iana>\b(?:Europe|America|Asia|Africa|Australia|Pacific|Atlantic|Indian)/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?)",
)


# A region or city right after a clock time, without the word "time": "2:30 PM Eastern",
# "noon Pacific", "10:00 São Paulo". Only read at the head of a time's tail (alone in running text,
# "Central" or "London" says nothing about a zone).
_LONG_ZONE_WORDS = sorted((w for w in ZONE_WORDS if len(w) > 3), key=len, reverse=True)
_BARE_ZONE = re.compile(
    r"\s*[(\[]?\s*(?P<w>"
    + "|".join(re.escape(w).replace("\\ ", r"\s+") for w in _LONG_ZONE_WORDS)
    + r")\b(?![ \t]+(?:european|europe|standard|daylight|summer|street|st\b|ave|avenue|road|station|park|"
    r"office|campus|store|branch|building|square|plaza|line|university|college|bank|high|school))",
    re.IGNORECASE,
)


def bare_zone(tail: str) -> tzinfo | None:
    """The zone named by a region or city word at the head of ``tail`` ("Eastern (30 minutes)")."""
    m = _BARE_ZONE.match(tail)
    if not m:
        return None
    word = " ".join(m.group("w").lower().split())
    name = ZONE_WORDS.get(word)
    return ZoneInfo(name) if name else None


def zone_from_text(snippet: str) -> tzinfo | None:
    """A time zone named in a snippet such as "1:00 PM Houston time" or "(GMT-06:00)"."""
    for m in _ZONE_RE.finditer(snippet):
        zone = _zone_of(m)
        if zone is not None:
            return zone
    return None


def _place_zone(word: str) -> tzinfo | None:
    """The zone of a place or a country's adjective ("Brasília", "italiana"), if known."""
    key = " ".join(word.lower().split())
    for cand in (key, key.split(" ", 1)[0]):
        name = ZONE_WORDS.get(cand) if len(cand) > 3 or cand == "uk" else None
        name = name or ZONE_ADJECTIVES.get(cand)
        if name:
            return ZoneInfo(name)
    return None


def _zone_of(m: re.Match[str]) -> tzinfo | None:
    if m.group("iana"):
        try:
            return ZoneInfo(m.group("iana"))
        except (ZoneInfoNotFoundError, ValueError):
            return None
    if m.group("place") or m.group("adj"):
        return _place_zone(m.group("place") or m.group("adj"))
    if m.group("gmt"):
        after = (m.group("after") or "").lower()
        for word, name in sorted(ZONE_WORDS.items(), key=lambda kv: -len(kv[0])):
            if len(word) > 3 and word in after:
                return ZoneInfo(name)
        sign = -1 if m.group("sign") in "-−" else 1
        hours = int(m.group("oh"))
        minutes = int(m.group("om") or 0)
        if hours > 14:
            return None
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    word = (m.group("abbr") or m.group("named") or m.group("lang") or "").lower()
    for key, name in sorted(ZONE_WORDS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{re.escape(key)}\b", word):
            return ZoneInfo(name)
    if "zeit" in word:
        return ZoneInfo("Europe/Berlin")
    return None


def _to_time(
    h: str | None, mnt: str | None, ampm: str | None, uhr: str | None, sep: str | None
) -> time | None:
    if h is None:
        return None
    hour = int(h)
    minute = int(mnt) if mnt else 0
    if ampm:
        a = ampm.lower().replace(".", "").replace(" ", "")
        if hour < 1 or hour > 12:
            return None
        if a == "pm" and hour != 12:
            hour += 12
        elif a == "am" and hour == 12:
            hour = 0
    elif not (mnt or uhr):
        return None  # a bare number is not a time
    elif not uhr and 1 <= hour <= 6 and not h.startswith("0"):
        hour += 12  # "Friday 12/4 at 4:30": nobody is interviewed at 4:30 at night ("04:30" is)
    if hour > 23:
        return None
    return time(hour, minute)


def find_times(text: str) -> list[TimeHit]:
    """Every clock time (or time range) written in ``text``."""
    hits: list[TimeHit] = []
    pos = 0
    while True:
        m = _TIME_RE.search(text, pos)
        if m is None:
            break
        pos = m.end()
        g = m.groupdict()
        t1 = _to_time(g["h1"], g["m1"], g["ampm1"], g["uhr1"], g["sep1"])
        t2 = _to_time(g["h2"], g["m2"], g["ampm2"], g["uhr2"], g["sep2"]) if g["h2"] else None
        if t1 is None and g["h2"] and g["ampm2"] and t2 is not None:
            # "9-10 am": the first hour takes the second's am/pm
            t1 = _to_time(g["h1"], g["m1"], g["ampm2"], None, g["sep1"])
            if t1 is not None and t1 >= t2:
                t1 = None
        if t1 is None:
            if g["h2"]:
                pos = m.start("h2")  # "December 6 - 1:00 PM": retry at the second number
            continue
        if g["h1"] and not g["ampm1"] and g["ampm2"] and t2 is not None:
            # "1:00-2:00 pm": share the meridiem
            alt = _to_time(g["h1"], g["m1"], g["ampm2"], None, g["sep1"])
            if alt is not None and alt <= t2:
                t1 = alt
        tail = text[m.end() : m.end() + 60]
        zone = zone_from_text(tail[:50]) if tail.strip() else None
        if zone is not None and not re.match(
            r"\s*\(?\s*(?:GMT|UTC|[A-Z]{2,4}\b|\w+\s+(?:standard\s+)?time"
            r"|hor[áa]rio|hora|heure|ora\b|Zeit|[\w-]+\s+tijd|\(?[A-Z])",
            tail,
            re.I,
        ):
            zone = None
        if zone is None:
            zone = bare_zone(tail)
        hits.append(TimeHit(m.start(), m.end(), t1, t2, zone, m.group(0)))
    for m in _HOUR_RANGE_RE.finditer(text):
        # "11 uur" inside "van 10 tot 11 uur": the range replaces it.
        inside = [h for h in hits if m.start() <= h.pos and h.end <= m.end()]
        if any(m.start() < h.end and h.pos < m.end() for h in hits if h not in inside):
            continue
        first = _office_hour(m.group("h1"), m.group("m1"))
        last = _office_hour(m.group("h2"), m.group("m2"))
        if first is not None and last is not None and first < last:
            hits = [h for h in hits if h not in inside]
            hits.append(TimeHit(m.start(), m.end(), first, last, None, m.group(0)))
    for rx, convert, anchor, both_ways, tail_zone in _WRITTEN_TIMES:
        for m in rx.finditer(text):
            start = m.start(anchor) if anchor else m.start()
            if any(h.pos <= start < h.end or (both_ways and start <= h.pos < m.end()) for h in hits):
                continue
            t = convert(m)
            if t is None:
                continue
            tail = text[m.end() : m.end() + 50]
            zone = (zone_from_text(tail) if tail_zone.match(tail) else None) or bare_zone(tail)
            hits.append(TimeHit(m.start(), m.end(), t, None, zone, m.group(0)))
    hits.sort(key=lambda h: h.pos)
    return hits


# Spoken clock times: "at 9", "half past two", "quarter to ten", "a las 9", "um 9", "à 9".
# Without am/pm a bare hour is read in office hours: 7–11 morning, 12 noon, 1–6 afternoon.
_HOUR_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
}
_SPOKEN_RE = re.compile(
    r"(?:(?P<frac>half|quarter)\s+(?P<dir>past|to)\s+"
    r"|\b(?:" + _words("AT_HOUR") + r")\s+)"
    r"(?P<h>[1-9]|1\d|2[0-3]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
    r"(?![:.,]\d|\s*(?:%|days?|weeks?|months?|hours?|h\b|minutes?|mins?|people|persons?|years?|"
    r"[ap]\.?\s?m\b|uhr|heures?|horas?|of\b|o'clock\s+\w+\s+day))",
    re.IGNORECASE,
)


_NUM_WORDS = {
    # es
    "una": 1,
    "dos": 2,
    "tres": 3,
    "cuatro": 4,
    "cinco": 5,
    "seis": 6,
    "siete": 7,
    "ocho": 8,
    "nueve": 9,
    "diez": 10,
    "once": 11,
    "doce": 12,
    # fr
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
    "dix": 10,
    "onze": 11,
    "douze": 12,
    "midi": 12,
    # de
    "eins": 1,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "fünf": 5,
    "sechs": 6,
    "sieben": 7,
    "acht": 8,
    "neun": 9,
    "zehn": 10,
    "elf": 11,
    "zwölf": 12,
}
_NUM = "|".join(sorted(_NUM_WORDS, key=len, reverse=True))
# "a las diez y media", "las nueve y cuarto", "a las once menos cuarto", "à dix heures trente",
# "à neuf heures et demie", "um zehn Uhr", "halb elf" (10:30), "Viertel nach zehn".
_WORD_TIME_RE = re.compile(
    rf"\b(?:a\s+las?|las?|à|um|gegen)\s+(?P<h>{_NUM})\b"
    rf"(?:\s+(?:y\s+(?P<es_frac>media|cuarto)|menos\s+(?P<es_minus>cuarto)|heures?(?:\s+(?:et\s+)?"
    rf"(?P<fr_frac>demie|quart|trente|quinze|quarante-cinq))?|uhr(?:\s+(?P<de_min>dreißig|fünfzehn))?))?"
    rf"|\bhalb\s+(?P<halb>{_NUM})\b|\bviertel\s+(?P<vdir>nach|vor)\s+(?P<vh>{_NUM})\b",
    re.IGNORECASE,
)


# "1430hrs", "1430 hours", "0900h": 24-hour times without a separator.
_MILITARY_RE = re.compile(r"(?<![\d:.])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?:hrs|hours|h)\b", re.IGNORECASE)


def _word_time(m: re.Match[str]) -> time | None:
    g = m.groupdict()
    minute = 0
    if g["halb"]:
        hour, minute = _NUM_WORDS[g["halb"].lower()] - 1, 30
    elif g["vh"]:
        hour = _NUM_WORDS[g["vh"].lower()]
        hour, minute = (hour, 15) if g["vdir"].lower() == "nach" else (hour - 1, 45)
    else:
        hour = _NUM_WORDS[g["h"].lower()]
        frac = (g["es_frac"] or g["fr_frac"] or g["de_min"] or "").lower()
        minute = {
            "media": 30,
            "demie": 30,
            "trente": 30,
            "dreißig": 30,
            "cuarto": 15,
            "quart": 15,
            "quinze": 15,
            "fünfzehn": 15,
            "quarante-cinq": 45,
        }.get(frac, 0)
        if g["es_minus"]:
            hour, minute = hour - 1, 45
        spoken = m.group(0).lower()
        if not (frac or g["es_minus"] or "heure" in spoken or "uhr" in spoken or spoken.startswith("a la")):
            return None  # "à deux", "um drei", "las dos (partes)" alone are too vague
    if hour < 7:
        hour += 12
    if not 7 <= hour <= 21:
        return None
    return time(hour, minute)


# A range of bare hours opened by a word ("dalle 10 alle 11", "das 14 às 15h", "van 10 tot 11").
_HOUR = r"(?P<h{n}>[0-2]?\d)(?:[:.h](?P<m{n}>[0-5]\d))?"
_HOUR_RANGE_RE = re.compile(
    r"\b(?:" + _words("TIME_FROM") + r")\s+" + _HOUR.format(n=1)
    + r"\s*(?:-|–|" + _words("TIME_RANGE") + r")\s*" + _HOUR.format(n=2)
    + r"(?:\s*(?:" + _words("CLOCK_WORDS") + r"))?(?![\d:.,]\d|\s*(?:%|[ap]\.?\s?m\b))",
    re.IGNORECASE,
) if words.merged("TIME_FROM") else re.compile(r"(?!)")


def _office_hour(h: str, mnt: str | None) -> time | None:
    """A bare hour read in office hours (7–11 morning, 12 noon, 1–6 afternoon), or a 24-hour one."""
    hour = int(h)
    if hour < 7:
        hour += 12
    if not 7 <= hour <= 21:
        return None
    return time(hour, int(mnt) if mnt else 0)


def _spoken_time(m: re.Match[str]) -> time | None:
    word = m.group("h").lower()
    hour = _HOUR_WORDS.get(word) or int(word)
    minute = 0
    if m.group("frac"):
        minute = 30 if m.group("frac").lower() == "half" else 15
        if m.group("dir").lower() == "to":
            if m.group("frac").lower() == "half":
                return None  # "half to" is not English
            hour, minute = hour - 1, 45
    if hour < 7:
        hour += 12
    if not 7 <= hour <= 20:
        return None
    return time(hour, minute)


# Midday written as a word: "at noon", "12 noon", "a mediodía", "à midi".
_NOON_RE = re.compile(
    r"(?<!-)\b(?:12(?::00)?\s*)?(?:" + "|".join(words.merged("NOON")) + r")\b", re.IGNORECASE
)


_WORD_NUM: dict[str, float] = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "a": 1,
    "an": 1,
    "una": 1,
    "un": 1,
    "eine": 1,
    "ein": 1,
    "une": 1,
    "half": 0.5,
    "half-an": 0.5,
    "half an": 0.5,
    "dos": 2,
    "tres": 3,
    "zwei": 2,
    "drei": 3,
    "vier": 4,
    "deux": 2,
    "trois": 3,
    "media": 0.5,
    "halbe": 0.5,
    "demi": 0.5,
    "eineinhalb": 1.5,
    "anderthalb": 1.5,
    "fifteen": 15,
    "twenty": 20,
    "thirty": 30,
    "forty-five": 45,
    "sixty": 60,
    "ninety": 90,
    "quince": 15,
    "veinte": 20,
    "treinta": 30,
    "dreißig": 30,
    "fünfzehn": 15,
    "zwanzig": 20,
    "quinze": 15,
    "vingt": 20,
    "trente": 30,
    "vingtaine": 20,
    # pt / it / nl
    "um": 1,
    "uma": 1,
    "dois": 2,
    "duas": 2,
    "meia": 0.5,
    "due": 2,
    "tre": 3,
    "mezza": 0.5,
    "een": 1,
    "twee": 2,
    "drie": 3,
    "trentaine": 30,
    "quarantaine": 40,
    "anderhalf": 1.5,
    "mezz": 0.5,
}
_DURATION_RE = re.compile(
    r"(?<![\w-])(?P<n>\d{1,3}|"
    + "|".join(sorted((re.escape(w) for w in _WORD_NUM), key=len, reverse=True))
    + r")(?:[\s-]*|['’])(?:de\s+|d['’])?(?P<unit>minutes?|mins?\b|minuti|hours?|hrs?|minutos?|horas?|minuten|"
    r"stunden?|heures?|ore\b|ora\b|uur\b|h\b)"
    # "an hour and a half", "una hora y media", "uma hora e meia", "un'ora e mezza", "une heure et demie"
    r"(?P<half>\s+(?:and\s+a\s+half|y\s+media|e\s+meia|e\s+mezza|et\s+demie|en\s+een\s+half)\b)?",
    re.I,
)
# Words that say a number is the meeting's length ("Duration: 1 hour", "durerà circa 2 ore",
# "Duur: anderhalf uur", "het gesprek duurt een uur", "dauert etwa 60 Minuten").
_LENGTH_CUE = re.compile(
    r"(?:\bdur[aée]\w*|\bduur\w*|\bdauer\w*|\blast(?:s|ing)?\b|\btakes?\b|\blength\b|\bduraç\w*|"
    r"\bdurer\w*)[^.\n]{0,25}$",
    re.I,
)
_AT_CLOCK = re.compile(r"\b(?:[àa]s?|at|alle|om|um|vers|ore|las|dalle|das|from|de|tot|until|bis)\s*$", re.I)
_HM_LENGTH = re.compile(r"(?<![\d:.])([1-8])\s?h\s?([0-5]\d)\b", re.I)
_AT_HOUR = re.compile(r"\b(?:[àa]s?|at|alle|om|um|vers|ore|las|dalle|tot|until|bis)\s*$", re.I)
_LENGTH_AFTER = re.compile(r"\s+(?:duren|dauern|durer|durare|durar)\b", re.I)


def find_duration(text: str) -> timedelta | None:
    """A meeting length such as "45 minutes", "approximately 1 hour", "30-minute". A length that
    words name as the meeting's ("Duration: 2 hours", "durerà circa 2 ore") wins over another
    number of minutes ("30 minutes to prepare")."""
    for m in _HM_LENGTH.finditer(text):
        if _LENGTH_CUE.search(text, max(0, m.start() - 40), m.start()):
            return timedelta(hours=int(m.group(1)), minutes=int(m.group(2)))  # "deve durar 1h30"
    first: timedelta | None = None
    for m in _DURATION_RE.finditer(text):
        n_text = m.group("n").lower()
        n = float(n_text) if n_text.isdigit() else _WORD_NUM.get(n_text, 0)
        unit = m.group("unit").lower()
        if not n:
            continue
        delta = timedelta(minutes=n) if unit.startswith("min") else timedelta(hours=n)
        if m.group("half") and not unit.startswith("min"):
            delta += timedelta(minutes=30)
        if _EARLY.match(text, m.end()):
            continue  # "arrive 10 minutes early", "10 minutes en avance": not the length
        if not unit.startswith("min") and (
            (_AT_CLOCK if unit == "h" else _AT_HOUR).search(text, max(0, m.start() - 8), m.start())
        ):
            continue  # "às 8h", "à 14h", "om 9 uur", "um 10 Uhr": a clock time
        if timedelta(minutes=10) <= delta <= timedelta(hours=9):
            cued = _LENGTH_CUE.search(text, max(0, m.start() - 40), m.start())
            if cued or _LENGTH_AFTER.match(text, m.end()):
                return delta
            first = first or delta
    return first


_EARLY = re.compile(
    r"\s*(?:early|earlier|before|beforehand|prior|ahead|in\s+advance|en\s+avance|avant|antes|de\s+antelaci[óo]n|"
    r"vorher|fr[üu]her|vor\s+beginn|to\s+(?:check|sign)|grace|buffer|late)\b",
    re.IGNORECASE,
)


# The clock times written without digits-and-colon, after the numeric ones: (pattern, reader,
# group the overlap test starts at, test overlap both ways, what may follow to name the zone).
_TAIL_ZONE = re.compile(r"\s*\(?\s*(?:GMT|UTC|[A-Z]{2,4}\b)")
_WRITTEN_TIMES: list[
    tuple[re.Pattern[str], Callable[[re.Match[str]], time | None], str | None, bool, re.Pattern[str]]
] = [
    (_NOON_RE, lambda m: time(12, 0), None, True, _TAIL_ZONE),
    (_MILITARY_RE, lambda m: time(int(m.group("h")), int(m.group("m"))), None, False, _TAIL_ZONE),
    (
        _WORD_TIME_RE,
        _word_time,
        None,
        True,
        re.compile(r"\s*\(?\s*(?:GMT|UTC|[A-Z]{2,4}\b|hora|heure|\w+\s+zeit)", re.I),
    ),
    (_SPOKEN_RE, _spoken_time, "h", False, re.compile(r"\s*\(?\s*(?:GMT|UTC|[A-Z]{2,4}\b|\w+\s+time)", re.I)),
]
