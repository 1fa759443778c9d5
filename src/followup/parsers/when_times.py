"""Clock times, time ranges and meeting lengths written in mail text, in every language of
``parsers/words``. Dates are read in ``when``, the zone written after a time in ``when_zones``.

Pure: results carry their character positions so the detector can judge the context they
appear in (a question, an availability request, a schedule line).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import time, timedelta, tzinfo

from followup.parsers import words
from followup.parsers.when import _words
from followup.parsers.when_zones import bare_zone, zone_at_head


@dataclass(frozen=True)
class TimeHit:
    pos: int
    end: int
    start: time
    end_time: time | None
    zone: tzinfo | None
    text: str


_AMPM = r"(?P<ampm{n}>(?:a\.?\s?m|p\.?\s?m)(?![^\W\d_])\.?)"  # (not the "Am" of "16:00 Amsterdam")
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
    elif 1 <= hour <= 6 and not h.startswith("0"):
        hour += 12  # "Friday 12/4 at 4:30", "um 3 Uhr": nobody is interviewed at night ("04:30" is)
    if hour > 23:
        return None
    return time(hour, minute)


# The words before a day of the month written alone ("dia 10", "el día 10", "le 10 à 16h").
_DAY_BEFORE = re.compile(r"\b(?:" + _words("DAY_OF_MONTH") + r")\s+", re.IGNORECASE)


def _day_before(text: str, pos: int) -> bool:
    """A day-of-month word ends right at ``pos``: the number there is a day, not an hour."""
    return any(d.end() == pos for d in _DAY_BEFORE.finditer(text, max(0, pos - 20), pos + 12))


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
        bare = not (g["m1"] or g["ampm1"] or g["uhr1"] or g["sep1"])
        if t1 is not None and g["h2"] and bare and _day_before(text, m.start()):
            t1 = None  # "dia 10 às 16h", "le 10 à 16h": a day of the month, then the time; not 10 to 16
        if (
            t1 is not None and not g["h2"] and not g["ampm1"] and (g["sep1"] or "").strip().lower() == "h"
            and len(g["h1"]) == 1 and int(g["h1"]) <= 6
            and not _AT_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
        ):
            t1 = None  # "prévoyez 1h30", "dura 2h00": a length (a clock says 13h30), unless "à 2h30"
        start = m.start()
        bare_hour = not (g["h2"] or g["m1"] or g["ampm1"])
        half = _HALF_BEFORE_RE.search(text, max(0, start - 30), start) if bare_hour else None
        if t1 is not None and half:  # "um halb 3 Uhr": half an hour before 3
            t1, start = _office_hour(str(int(g["h1"]) - 1), "30"), half.start()
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
        zone = zone_at_head(tail[:50]) if tail.strip() else None
        word = re.search(r"[^\W\d_]+$", m.group(0))
        if zone is None and word:  # "17h00 à 18h00 heure" + " de Paris": the clock word starts it
            zone = zone_at_head(word.group(0) + tail[:50])
        if zone is not None and not re.match(
            r"\s*,?\s*\(?\s*(?:GMT|UTC|[A-Z]{2,4}\b|\w+\s+(?:standard\s+)?time"
            r"|hor[áa]rio|hora|heure|ora\b|Zeit|[\w-]+\s+tijd|\(?[A-Z])",
            tail,
            re.I,
        ):
            zone = None
        if zone is None:
            zone = bare_zone(tail)
        hits.append(TimeHit(start, m.end(), t1, t2, zone, text[start : m.end()]))
    for m in (*_HOUR_RANGE_RE.finditer(text), *_UNIT_RANGE_RE.finditer(text)):
        # "11 uur" inside "van 10 tot 11 uur": the range replaces it.
        # (a hit's text may end in the space after it: "15:30 " in "dalle 14 alle 15:30 presso")
        if _day_before(text, m.start()):
            continue
        inside = [h for h in hits if m.start() <= h.pos and h.pos + len(h.text.rstrip()) <= m.end()]
        if any(m.start() < h.end and h.pos < m.end() for h in hits if h not in inside):
            continue
        if any(h.end_time is not None for h in inside):
            continue  # "17h00 à 18h00 heure de Paris": read whole already, with its zone
        first = _office_hour(m.group("h1"), m.group("m1"))
        last = _office_hour(m.group("h2"), m.group("m2"))
        if first is not None and last is not None and first < last:
            hits = [h for h in hits if h not in inside]
            hits.append(TimeHit(m.start(), m.end(), first, last, None, m.group(0)))
    for m in _MILITARY_RANGE_RE.finditer(text):
        # "0900-1030 CST", "1300–1430": four-digit clock times (hospitals, the forces, schedules)
        if any(m.start() < h.end and h.pos < m.end() for h in hits):
            continue
        first = time(int(m.group("h1")), int(m.group("m1")))
        last = time(int(m.group("h2")), int(m.group("m2")))
        if first >= last or all(1900 <= int(m.group(g)) <= 2099 for g in ("y1", "y2")):
            continue  # "2025-2026" is years
        tail = text[m.end() : m.end() + 50]
        zone = zone_at_head(tail) or bare_zone(tail)
        hits.append(TimeHit(m.start(), m.end(), first, last, zone, m.group(0)))
    for rx, convert, anchor, both_ways, tail_zone in _WRITTEN_TIMES:
        for m in rx.finditer(text):
            start = m.start(anchor) if anchor else m.start()
            if any(h.pos <= start < h.end or (both_ways and start <= h.pos < m.end()) for h in hits):
                continue
            t = convert(m)
            if t is None:
                continue
            tail = text[m.end() : m.end() + 50]
            zone = (zone_at_head(tail) if tail_zone.match(tail) else None) or bare_zone(tail)
            hits.append(TimeHit(m.start(), m.end(), t, None, zone, m.group(0)))
    hits.sort(key=lambda h: h.pos)
    return hits


# Spoken clock times: "at 9", "half past two", "quarter to ten", "a las 9", "um 9", "à 9".
# Without am/pm a bare hour is read in office hours: 7–11 morning, 12 noon, 1–6 afternoon.
_HOUR_WORDS = dict(words.en.CLOCK_HOURS)
_SPOKEN_RE = re.compile(
    r"(?:(?P<frac>half|quarter)\s+(?P<dir>past|to)\s+"
    r"|\b(?:" + _words("AT_HOUR") + r")\s+"
    # "Time: 10 o'clock sharp": an hour before "o'clock" needs no "at"
    r"|(?<![\d:.,])(?=(?:[1-9]|1[0-2]|" + "|".join(_HOUR_WORDS) + r")\s+o['’]clock\b))"
    r"(?P<h>[1-9]|1\d|2[0-3]|" + "|".join(_HOUR_WORDS) + r")\b"
    r"(?![:.,]\d|\s*(?:%|days?|weeks?|months?|hours?|h\b|minutes?|mins?|people|persons?|years?|"
    r"[ap]\.?\s?m\b|uhr|heures?|horas?|of\b|o'clock\s+\w+\s+day))",
    re.IGNORECASE,
)


_NUM_WORDS = {w: n for w, n in words.merged("CLOCK_HOURS") if w not in _HOUR_WORDS}
_NUM = "|".join(sorted(_NUM_WORDS, key=len, reverse=True))
_HALF = "|".join(words.merged("CLOCK_HALF_BEFORE"))
_QUARTER_PAST = "|".join(words.merged("CLOCK_QUARTER_PAST"))
_QUARTER_TO = "|".join(words.merged("CLOCK_QUARTER_TO"))
_QUARTER_BEFORE = "|".join(words.merged("CLOCK_QUARTER_BEFORE"))
# "half two" (British, 14:30): each language's half-past words with its own hour words.
_HALF_PAST_HOURS = {w: n for lang in words.LANGUAGES if lang.CLOCK_HALF_PAST for w, n in lang.CLOCK_HOURS}
_HALF_PAST = "|".join(
    rf"(?:{'|'.join(lang.CLOCK_HALF_PAST)})\s+(?:{'|'.join(w for w, _ in lang.CLOCK_HOURS)})"
    for lang in words.LANGUAGES
    if lang.CLOCK_HALF_PAST
)
# Words after an hour word that make it a clock time ("y media", "heures et demie", "del pomeriggio"):
# longest first, so "heures et demie" is not read as "heures".
_AFTER = sorted(words.merged("CLOCK_AFTER"), key=lambda a: len(a[0]), reverse=True)
_AFTER_RE = [(re.compile(r"\s+(?:" + rx + r")\b", re.IGNORECASE), minutes) for rx, minutes in _AFTER]
_AFTER_ALT = "|".join(rx for rx, _ in _AFTER)
# Words before a spoken hour: each language's AT_HOUR ("a las", "à", "alle", "um") and the bare article.
_AT_WORDS = {w for w in words.merged("AT_HOUR") if w not in words.en.AT_HOUR} | {r"las?", "gegen"}
_WORD_AT = "|".join(sorted(_AT_WORDS, key=len, reverse=True))
# An "at" word right before a number ("à 2h30", "às 3h00", "a las 4h").
_AT_BEFORE_RE = re.compile(rf"\b(?:{_WORD_AT}|at)\s+$", re.IGNORECASE)
# "um halb 3 (Uhr)", "om half 2": a half-before word between "at" and a written hour.
_HALF_BEFORE_RE = re.compile(rf"\b(?:{_WORD_AT})\s+(?:{_HALF})\s+$", re.IGNORECASE)
# "a las diez y media", "las nueve y cuarto", "a las once menos cuarto", "à dix heures trente",
# "à neuf heures et demie", "um zehn Uhr", "alle tre del pomeriggio", "halb elf" (10:30), "Viertel nach zehn".
_WORD_TIME_RE = re.compile(
    rf"\b(?:{_WORD_AT})\s+(?P<h>{_NUM})\b(?P<after>(?:\s+(?:{_AFTER_ALT})\b){{0,2}})"
    # a written digit with the words after it: "alle 9 e mezza", "a las 9 y media", "às 9 e meia"
    rf"|\b(?:{_WORD_AT})\s+(?P<hd>1[0-2]|[1-9])(?P<afterd>(?:\s+(?:{_AFTER_ALT})\b){{1,2}})"
    rf"|\b(?:{_HALF})\s*(?P<halb>{_NUM})\b"  # ("halftwee": Flemish writes it as one word)
    # "om half 2" (13:30), "um halb 3"
    rf"|\b(?:{_WORD_AT})\s+(?:{_HALF})\s+(?P<halbd>1[0-2]|[1-9])\b(?![:.,]\d)"
    rf"|\b(?:(?P<past>{_QUARTER_PAST})|{_QUARTER_TO})\s+(?P<vh>{_NUM})\b"
    rf"|\b(?:{_QUARTER_BEFORE})\s+(?P<qb>{_NUM})\b"  # "viertel zehn" (9:15)
    rf"|\b(?P<hp>{_HALF_PAST})\b",
    re.IGNORECASE,
)


# "1430hrs", "1430 hours", "0900h": 24-hour times without a separator.
_MILITARY_RE = re.compile(
    r"(?<![\d:.])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s*(?:hrs|hours|h)\b"
    # "at 0700", "1500 CST": four digits read as a clock only after "at" or before a zone
    r"|(?:\b(?:at|@)\s+)(?P<h_at>[01]\d|2[0-3])(?P<m_at>[0-5]\d)(?!\d|[:.,/-]\d)"
    r"|(?<![\d:.,/+-])(?P<h_z>[01]\d|2[0-3])(?P<m_z>[0-5]\d)(?=\s*\(?(?-i:[CEMP][SD]?T|UTC|GMT)\b)",
    re.IGNORECASE,
)
_MILITARY_RANGE_RE = re.compile(
    r"(?<![\d:.,/+-])(?P<y1>(?P<h1>[01]\d|2[0-3])(?P<m1>[0-5]\d))\s*(?:-|–|to)\s*"
    r"(?P<y2>(?P<h2>[01]\d|2[0-3])(?P<m2>[0-5]\d))(?![\d:.,/-])"
)


def _military(m: re.Match[str]) -> time | None:
    h = m.group("h") or m.group("h_at") or m.group("h_z")
    mnt = m.group("m") or m.group("m_at") or m.group("m_z")
    if m.group("h_z") and 1950 <= int(h + mnt) <= 2099:
        return None  # "in 2026 CST": a year before a zone, not 20:26
    return time(int(h), int(mnt))


def _after_minutes(after: str) -> int:
    """The minutes the words after a spoken hour add ("y media": 30, "menos cuarto": -15)."""
    total, pos = 0, 0
    while pos < len(after):
        for rx, minutes in _AFTER_RE:
            m = rx.match(after, pos)
            if m:
                total, pos = total + minutes, m.end()
                break
        else:
            break
    return total


def _word_time(m: re.Match[str]) -> time | None:
    g = m.groupdict()
    minute = 0
    if g["hd"]:
        hour, minute = divmod(int(g["hd"]) * 60 + _after_minutes(g["afterd"]), 60)
    elif g["halb"]:
        hour, minute = _NUM_WORDS[g["halb"].lower()] - 1, 30
    elif g["halbd"]:
        hour, minute = int(g["halbd"]) - 1, 30
    elif g["hp"]:
        hour, minute = _HALF_PAST_HOURS[g["hp"].split()[-1].lower()], 30
    elif g["qb"]:
        hour, minute = _NUM_WORDS[g["qb"].lower()] - 1, 15
    elif g["vh"]:
        hour = _NUM_WORDS[g["vh"].lower()]
        hour, minute = (hour, 15) if g["past"] else (hour - 1, 45)
    else:
        if not (g["after"] or m.group(0).lower().startswith("a la")):
            return None  # "à deux", "um drei", "alle due", "las dos (partes)" alone are too vague
        hour, minute = divmod(_NUM_WORDS[g["h"].lower()] * 60 + _after_minutes(g["after"]), 60)
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


# A range of hours closed by a clock word ("14–15 Uhr", "10 bis 11:30 Uhr", "9 - 10 uur", "14-15h").
_UNIT_RANGE_RE = re.compile(
    r"(?<![\d:.,/])" + _HOUR.format(n=1)
    + r"\s*(?:-|–|" + _words("TIME_RANGE") + r")\s*" + _HOUR.format(n=2)
    # (not English "hrs": "3-4 hrs" is a length)
    + r"\s*(?:" + "|".join(w for w in words.merged("CLOCK_WORDS") if w not in words.en.CLOCK_WORDS)
    + r")(?![\d:.,]\d)",
    re.IGNORECASE,
)


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


# Number words before a length's unit ("an hour", "anderhalf uur"), from every language.
_WORD_NUM: dict[str, float] = dict(words.merged("LENGTH_NUMBERS"))
# "an hour and a half", "una hora y media", "uma hora e meia", "un'ora e mezza", "une heure et demie":
# each language's hour word with its "and a half"
_HOUR_AND_HALF: tuple[tuple[str, str], ...] = words.merged("HOUR_AND_HALF")
# (longest first: "Minuten" before "Minute", so what follows the unit is read after all of it)
_MINUTE_UNITS = "|".join(sorted(words.merged("MINUTE_UNITS"), key=len, reverse=True))
_DURATION_RE = re.compile(
    r"(?<![\w.,-])(?P<n>\d{1,3}(?:[.,]5)?|"
    + "|".join(sorted((re.escape(w) for w in _WORD_NUM), key=len, reverse=True))
    + r")(?:[\s-]*|['’])(?:de\s+|di\s+|d['’])?(?P<unit>(?P<quarter>" + "|".join(words.merged("QUARTER_UNITS"))
    + r")|(?P<minute>" + _MINUTE_UNITS + r")|"
    + "|".join(sorted(words.merged("HOUR_UNITS"), key=len, reverse=True))
    + r"|h\b)"
    + r"(?P<half>\s+(?:" + "|".join(half for _, half in _HOUR_AND_HALF) + r")\b)?"
    # "1 hora y 30 minutos", "1 hour and 15 minutes", "1 Stunde 30 Minuten"
    r"(?:[ \t]*,?[ \t]*(?:" + "|".join(words.merged("AND_WORDS")) + r")?[ \t]*(?P<mins>[0-5]?\d)[ \t]*"
    r"(?:" + _MINUTE_UNITS + r"))?",
    re.I,
)
# ("hora y media" without its "una", after a length cue)
_BARE_HOUR_AND_HALF = re.compile(
    r"(?<![\w'’])(?:" + "|".join(rf"{hour}\s+{half}" for hour, half in _HOUR_AND_HALF) + r")\b", re.I
)
# Words that say a number is the meeting's length ("Duration: 1 hour", "durerà circa 2 ore",
# "Duur: anderhalf uur", "het gesprek duurt een uur", "dauert etwa 60 Minuten"; not "the last 30 minutes").
_LENGTH_CUE = re.compile(
    r"(?:" + "|".join(words.merged("LENGTH_CUE"))
    # words asking to keep time free ("Prévoyez environ 1 h 30 : une heure d'échange …")
    + "".join(rf"|\b{w}\b" for w in words.merged("PLAN_LENGTH"))
    # (an abbreviation's dot right before the number: "Dauer: ca. 45 Minuten", "approx. 30 min")
    + r")(?:[^.\n]{0,25}|[^.\n]{0,20}\.[ \t]?)$",
    re.I,
)
_AT_CLOCK = re.compile(r"\b(?:[àa]s?|at|alle|om|um|vers|ore|las|dalle|das|from|de|tot|until|bis)\s*$", re.I)
_HM_LENGTH = re.compile(r"(?<![\d:.])([1-8])\s?h\s?([0-5]\d)\b", re.I)
_AT_HOUR = re.compile(r"\b(?:[àa]s?|at|alle|om|um|vers|ore|las|dalle|tot|until|bis)\s*$", re.I)
_LENGTH_AFTER = re.compile(r"\s+(?:" + "|".join(words.merged("LENGTH_AFTER")) + r")\b", re.I)


def find_duration(text: str, cued: bool = False, named_only: bool = False) -> timedelta | None:
    """A meeting length such as "45 minutes", "approximately 1 hour", "30-minute". A length that
    words name as the meeting's ("Duration: 2 hours", "durerà circa 2 ore") wins over another
    number of minutes ("30 minutes to prepare"). ``cued``: the text follows such words already
    ("Prévoyez" + " 1h30"). ``named_only``: only such a named length, None for a bare one."""
    for m in _HM_LENGTH.finditer(text):
        if cued or _LENGTH_CUE.search(text, max(0, m.start() - 40), m.start()):
            return timedelta(hours=int(m.group(1)), minutes=int(m.group(2)))  # "deve durar 1h30"
    first: timedelta | None = None
    for m in _DURATION_RE.finditer(text):
        n_text = m.group("n").lower()
        number = n_text.replace(",", ".")  # "ca. 1,5 Stunden"
        n = float(number) if number.replace(".", "", 1).isdigit() else _WORD_NUM.get(n_text, 0)
        unit = m.group("unit").lower()
        in_minutes = m.group("minute") is not None or m.group("quarter") is not None
        if not n:
            continue
        delta = timedelta(minutes=n * (15 if m.group("quarter") else 1)) if in_minutes else timedelta(hours=n)
        if m.group("half") and not in_minutes:
            delta += timedelta(minutes=30)
        if m.group("mins") and not in_minutes:
            delta += timedelta(minutes=int(m.group("mins")))
        if _EARLY.match(text, m.end()):
            continue  # "arrive 10 minutes early", "10 minutes en avance": not the length
        more = _MORE_MINUTES.match(text, m.end()) if in_minutes else None
        if more:  # "30 min presentation + 30 min Q&A", "20 minutos para presentar y otros 40 de preguntas"
            delta += timedelta(minutes=int(more.group("more")))
        # (a compound adjective is a length: "planned as a two-hour visit", "a 2-hour session")
        compound = text[m.start("n") + len(n_text) : m.start("unit")].strip() == "-"
        if not in_minutes and " " not in n_text and not compound and (  # ("um par de horas" is a length)
            (_AT_CLOCK if unit == "h" else _AT_HOUR).search(text, max(0, m.start() - 8), m.start())
        ):
            continue  # "às 8h", "à 14h", "om 9 uur", "um 10 Uhr": a clock time
        if timedelta(minutes=10) <= delta <= timedelta(hours=9):
            named = _LENGTH_CUE.search(text, max(0, m.start() - 40), m.start())
            if named or _LENGTH_AFTER.match(text, m.end()):
                return delta
            first = first or delta
    if first is None:
        # "Duración: aproximadamente hora y media": the hour and a half without its "one"
        for m in _BARE_HOUR_AND_HALF.finditer(text):
            if cued or _LENGTH_CUE.search(text, max(0, m.start() - 40), m.start()):
                return timedelta(minutes=90)
    return None if named_only else first


_EARLY = re.compile(r"\s*(?:" + "|".join(words.merged("EARLY")) + r")\b", re.IGNORECASE)
# A second number of minutes in the same sentence that adds to the first: "+ 30 min", "and another 40".
_MORE_MINUTES = re.compile(
    r"[^.\n+]{0,40}?(?:\+|\b(?:" + "|".join(words.merged("LENGTH_MORE")) + r")\b)[ \t]*(?P<more>[1-9]\d?)\b"
    r"(?![.,:h]\d|[ \t]*(?:" + "|".join(words.merged("HOUR_UNITS")) + r"|h\b|uhr\b|[ap]\.?m\b))",
    re.IGNORECASE,
)


# The clock times written without digits-and-colon, after the numeric ones: (pattern, reader,
# group the overlap test starts at, test overlap both ways, what may follow to name the zone).
_TAIL_ZONE = re.compile(r"\s*\(?\s*(?:GMT|UTC|[A-Z]{2,4}\b)")
# "sempre ore 10,30", "às 9,45": minutes after a comma, only right after an at-hour word (a comma
# elsewhere is a decimal: "1,5 Stunden", "10,5 million").
_COMMA_TIME_RE = re.compile(
    r"\b(?:" + _words("AT_HOUR") + r")\s+(?P<h>[01]?\d|2[0-3]),(?P<m>[0-5]\d)\b(?!,\d)", re.IGNORECASE
)
_WRITTEN_TIMES: list[
    tuple[re.Pattern[str], Callable[[re.Match[str]], time | None], str | None, bool, re.Pattern[str]]
] = [
    (_NOON_RE, lambda m: time(12, 0), None, True, _TAIL_ZONE),
    (_MILITARY_RE, _military, None, False, _TAIL_ZONE),
    (
        _WORD_TIME_RE,
        _word_time,
        None,
        True,
        re.compile(r"\s*\(?\s*(?:GMT|UTC|[A-Z]{2,4}\b|hora|heure|\w+\s+zeit)", re.I),
    ),
    (_SPOKEN_RE, _spoken_time, "h", False, re.compile(r"\s*\(?\s*(?:GMT|UTC|[A-Z]{2,4}\b|\w+\s+time)", re.I)),
    (_COMMA_TIME_RE, lambda m: time(int(m.group("h")), int(m.group("m"))), "h", False, _TAIL_ZONE),
]


END_LABEL = re.compile(r"\b(?:" + _words("END_LABELS") + r")[\s:|\-–]*$", re.IGNORECASE)


def labelled_end_time(text: str, times: list[TimeHit], start: TimeHit) -> time | None:
    """A later time labelled as the end, shortly after ``start`` ("Start Time 1:30 PM · End Time
    3:00 PM", "please plan to be available till 4:30 PM")."""
    for t in times:
        if not start.end <= t.pos <= start.end + 400 or t.end_time is not None or t.start <= start.start:
            continue
        if END_LABEL.search(text, max(0, t.pos - 30), t.pos):
            return t.start
    return None
