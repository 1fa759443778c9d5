"""Guess a colleague's address from the company's address pattern (pure).

Only used when the pattern is unambiguous and seen in at least two colleagues' addresses
(name and address both known), and only for a real person's name: two to four words of
letters, none of them a street, building, room, team or job-title word ("1 Liberty Plaza",
"Recruiting Team" get nothing). A guessed address is always marked as such (status, never
silent).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

from followup.engine.names import parse_name
from followup.parsers.addresses import looks_like_room
from followup.parsers.signature import is_title

MIN_SUPPORT = 2  # colleagues whose address shows the pattern
# words that make a "name" a place, a thing or a group, not a person
_NOT_PERSON = frozenset({
    "plaza", "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "lane", "drive",
    "square", "place", "park", "tower", "towers", "center", "centre", "building", "bldg", "floor",
    "suite", "room", "hall", "campus", "office", "offices", "hq", "headquarters", "house", "court",
    "team", "group", "department", "dept", "recruiting", "recruitment", "talent", "hiring", "hr",
    "careers", "jobs", "people", "staff", "support", "admin", "desk", "services", "calendar",
    "inc", "llc", "ltd", "gmbh", "corp", "company", "straße", "strasse", "calle", "rue", "platz",
})
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:['’.-][^\W\d_]+)*\.?")


def is_person_name(name: str | None) -> bool:
    """Two to four words made of letters (no digits), none a place, building, room, team or
    company word, and not a job title."""
    if not name:
        return False
    words = re.split(r"[\s,]+", name.strip())
    words = [w for w in words if w]
    if not 2 <= len(words) <= 4:
        return False
    if not all(_NAME_WORD.fullmatch(w) for w in words):
        return False
    if any(w.lower().strip(".") in _NOT_PERSON for w in words):
        return False
    return not looks_like_room(name, None) and not is_title(name)


_Pattern = Callable[[str, str], str]

PATTERNS: dict[str, _Pattern] = {
    "first.last": lambda f, la: f"{f}.{la}",
    "first_last": lambda f, la: f"{f}_{la}",
    "first-last": lambda f, la: f"{f}-{la}",
    "firstlast": lambda f, la: f"{f}{la}",
    "flast": lambda f, la: f"{f[0]}{la}",
    "f.last": lambda f, la: f"{f[0]}.{la}",
    "firstl": lambda f, la: f"{f}{la[0]}",
    "first.l": lambda f, la: f"{f}.{la[0]}",
    "first": lambda f, la: f,
    "last.first": lambda f, la: f"{la}.{f}",
    "lastf": lambda f, la: f"{la}{f[0]}",
    "last": lambda f, la: la,
}


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z]", "", decomposed.encode("ascii", "ignore").decode().lower())


def name_parts(name: str | None) -> tuple[str, str] | None:
    """(first, last) in lower-case ASCII, or None when the name has no two usable parts."""
    if not name:
        return None
    parsed = parse_name(name)  # "Ünal, Ayşe" is Ayşe Ünal; "Dr." is no first name
    words = [_ascii(w) for w in re.split(r"[\s,]+", parsed.full) if w]
    words = [w for w in words if w]
    if len(words) < 2:
        return None
    return words[0], words[-1]


def detect_pattern(known: Iterable[tuple[str | None, str]]) -> str | None:
    """The one pattern every (name, address) pair agrees on, or None.

    Pairs whose name has no first and last part are ignored; at least MIN_SUPPORT pairs must
    match,
    and the surviving candidates must all produce the same local part for every pair
    (e.g. "first" and "first.last" can't both survive unless a colleague has a one-word
    local part that both explain).
    """
    candidates: set[str] | None = None
    support = 0
    for name, email in known:
        parts = name_parts(name)
        if parts is None or "@" not in email:
            continue
        local = email.split("@", 1)[0].lower().split("+", 1)[0]
        matching = {p for p, fn in PATTERNS.items() if fn(*parts) == local}
        candidates = matching if candidates is None else candidates & matching
        if not candidates:
            return None
        support += 1
    if not candidates or support < MIN_SUPPORT:
        return None
    # "first" and "last" are weak: prefer any richer pattern that also fits.
    ordered = [p for p in PATTERNS if p in candidates]
    return ordered[0]


def guess_address(name: str | None, domain: str, pattern: str) -> str | None:
    """The address ``pattern`` gives for ``name`` at ``domain``; None unless ``name`` is a
    person's (``is_person_name``)."""
    if not is_person_name(name):
        return None
    parts = name_parts(name)
    if parts is None or pattern not in PATTERNS or not domain:
        return None
    return f"{PATTERNS[pattern](*parts)}@{domain}"
