"""Guess a colleague's address from the company's address pattern (pure).

Only used when the pattern is unambiguous from colleagues whose name and address are both
known; a guessed address is always marked as such (status, never silent).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable

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
    words = [_ascii(w) for w in re.split(r"[\s,]+", name.strip()) if w]
    words = [w for w in words if w]
    if len(words) < 2:
        return None
    return words[0], words[-1]


def detect_pattern(known: Iterable[tuple[str | None, str]]) -> str | None:
    """The one pattern every (name, address) pair agrees on, or None.

    Pairs whose name has no first and last part are ignored; at least one pair must match,
    and the surviving candidates must all produce the same local part for every pair
    (e.g. "first" and "first.last" can't both survive unless a colleague has a one-word
    local part that both explain).
    """
    candidates: set[str] | None = None
    for name, email in known:
        parts = name_parts(name)
        if parts is None or "@" not in email:
            continue
        local = email.split("@", 1)[0].lower().split("+", 1)[0]
        matching = {p for p, fn in PATTERNS.items() if fn(*parts) == local}
        candidates = matching if candidates is None else candidates & matching
        if not candidates:
            return None
    if not candidates:
        return None
    # "first" and "last" are weak: prefer any richer pattern that also fits.
    ordered = [p for p in PATTERNS if p in candidates]
    return ordered[0]


def guess_address(name: str | None, domain: str, pattern: str) -> str | None:
    parts = name_parts(name)
    if parts is None or pattern not in PATTERNS or not domain:
        return None
    return f"{PATTERNS[pattern](*parts)}@{domain}"
