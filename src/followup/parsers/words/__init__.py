"""The words of each language the detector reads, one module per language.

Every module has the same names (a test checks it), so adding a language is one file here
plus its tests. ``merged(NAME)`` is the table for all languages, in the order of
``LANGUAGES``; the rules (lexicon, when, timeline, …) only ever use merged tables.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from followup.parsers.words import de, en, es, fr, it, nl, pt

LANGUAGES: tuple[ModuleType, ...] = (en, es, de, fr, pt, it, nl)
KEYS: tuple[str, ...] = tuple(sorted(n for n in vars(en) if n.isupper()))


def merged(key: str) -> tuple[Any, ...]:
    """One tuple of every language's entries for ``key``."""
    return tuple(item for lang in LANGUAGES for item in getattr(lang, key))

# Tables whose entries are plain words or (word, value) pairs rather than patterns.
PLAIN_WORDS = frozenset(
    {
        "INTERVIEW_STEMS", "MONTHS", "WEEKDAYS", "WEEKDAYS_BEFORE_TIME", "NUMBERS", "TOMORROW_IS_MORNING",
        "HOME_ZONE", "ORDINALS", "CLOCK_HOURS", "CLOCK_HALF_BEFORE",
        "CLOCK_HALF_PAST", "HONORIFICS",
    }
)


def month_numbers() -> dict[str, int]:
    """Every language's month names and abbreviations → 1..12."""
    return {w: i for lang in LANGUAGES for i, names in enumerate(lang.MONTHS, 1) for w in names.split()}


def weekday_numbers() -> dict[str, int]:
    """Every language's weekday names and abbreviations → 0 (Monday)..6."""
    out: dict[str, int] = {}
    for lang in LANGUAGES:
        for i, names in enumerate(lang.WEEKDAYS):
            for w in names.split():
                out.setdefault(w, i)
    return out


def ordinal_numbers() -> dict[str, int]:
    """Every language's ordinal words → 1..4, and -1 for "last"."""
    out: dict[str, int] = {}
    for lang in LANGUAGES:
        for i, names in enumerate(lang.ORDINALS, 1):
            for w in names.split():
                out.setdefault(w, -1 if i == 5 else i)
    return out
