"""Dates as written in the inline header blocks of forwarded and quoted mail ("Sent:",
"Date:", "Gesendet:", "Envoyé :" lines), in the formats of common clients and every language
of ``parsers/words``: ``parse_loose_date``, used by ``quoting`` for each block's MailMeta."""

from __future__ import annotations

import re
import warnings
from datetime import UTC, datetime, tzinfo
from email.utils import parsedate_to_datetime

from dateutil import parser as dateparser

from followup.parsers.words import en as en_words
from followup.parsers.words import month_numbers, weekday_numbers

# Month and weekday names of every language the detector reads (parsers/words): a month becomes its
# English name for dateutil; weekdays and connectors ("de", "um", "alle", "om", "às") are dropped.
_ENGLISH_MONTHS = tuple(names.split()[0].capitalize() for names in en_words.MONTHS)
_MONTHS = {word: _ENGLISH_MONTHS[n - 1] for word, n in month_numbers().items()}
_NOISE = frozenset(
    {"de", "del", "um", "uhr", "à", "a", "las", "la", "le", "at", "alle", "om", "às", "h"}
    | set(weekday_numbers())
)
_WORD = re.compile(r"[^\s,]+")
_GMT_OFFSET = re.compile(r"\b(?:GMT|UTC)(?=[+-]\d)", re.IGNORECASE)
_FR_TIME = re.compile(r"\b(\d{1,2})\s?h\s?(\d{2})\b")
_SENTINEL = datetime(1900, 1, 1)
_TZ_ABBREVIATIONS = {
    name: hours * 3600
    for name, hours in {
        "UTC": 0,
        "GMT": 0,
        "Z": 0,
        "WET": 0,
        "BST": 1,
        "CET": 1,
        "CEST": 2,
        "MEZ": 1,
        "MESZ": 2,
        "EET": 2,
        "EEST": 3,
        "EST": -5,
        "EDT": -4,
        "CST": -6,
        "CDT": -5,
        "MST": -7,
        "MDT": -6,
        "PST": -8,
        "PDT": -7,
        "AKST": -9,
        "AKDT": -8,
        "HST": -10,
        "JST": 9,
        "AEST": 10,
        "AEDT": 11,
    }.items()
}
_AMPM = re.compile(r"\d\s*[AaPp]\.?[Mm]\b")


def parse_loose_date(
    value: str | None, english: bool = True, default_tz: tzinfo | None = None
) -> datetime | None:
    """A date as written in an inline header block, in any common client's format.

    Returns an aware datetime keeping the written UTC offset (like the Date header); a date
    without a zone is read in ``default_tz`` (else UTC); None when
    nothing date-like can be read or the year is missing.
    """
    if not value:
        return None
    v = value.strip()[:200].replace("*", "")
    try:
        # RFC 5322 first, except for 12-hour clocks, which parsedate silently misreads.
        dt = None if _AMPM.search(v) else parsedate_to_datetime(v)
        if dt is not None:
            if dt.tzinfo is None:
                dt = dt.replace(tzinfo=default_tz or UTC)
            dt.astimezone(UTC)  # out-of-range values fail here
            return dt
    except Exception:
        pass
    v = _GMT_OFFSET.sub("", v)
    v = _FR_TIME.sub(r"\1:\2", v)
    words = []
    for k, w in enumerate(_WORD.findall(v)):
        lw = w.lower().rstrip(".")
        if english:
            if lw == "at":
                continue
            words.append(w)
            continue
        if lw == "mar":  # "5 mar 2015": March; a leading "mar" ("mar. 17 nov. 2026") is a weekday
            if k > 0:
                words.append("March")
        elif lw in _MONTHS or w.lower() in _MONTHS:
            words.append(_MONTHS.get(w.lower(), _MONTHS.get(lw, w)))
        elif lw in _NOISE:
            continue
        else:
            words.append(w.rstrip(".") if w.endswith(".") and w[:-1].isdigit() else w)
    cleaned = " ".join(words)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            dt = dateparser.parse(
                cleaned, fuzzy=True, dayfirst=not english, default=_SENTINEL, tzinfos=_TZ_ABBREVIATIONS
            )
    except (ValueError, OverflowError, TypeError, dateparser.ParserError):
        return None
    if dt is None or dt.year == 1900:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=default_tz or UTC)
    try:
        dt.astimezone(UTC)
        return dt
    except (OverflowError, ValueError):
        return None

