"""Email addresses: normalising, the owner's identity, and machine senders."""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.headerregistry import Address as _HAddress
from email.utils import getaddresses

from followup.parsers import vendors, words
from followup.parsers.model import Address
from followup.workdays import WEEKENDS_ONLY, Workdays

_ADDR_RE = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$")



# A room's name in every language ("Boardroom 4", "Sala Tevere", "Vergaderzaal Zenne"), or a
# capacity or a building-floor-room code ("Atlas (8)", "LON-3-Thames").
_ROOM_NAME = re.compile(
    r"\b(?:" + "|".join(words.merged("ROOM_NAMES")) + r")|\(\d+\)|^\w+-\d+-", re.IGNORECASE
)


def normalize(addr: str | None) -> str | None:
    """Lower-case an address and strip mailto:/brackets; None when it is not an address."""
    if not addr:
        return None
    a = addr.strip().strip("<>").strip()
    if a.lower().startswith("mailto:"):
        a = a[7:]
    a = a.strip().strip("'\"").lower()
    if "\r" in a or "\n" in a or len(a) > 254:
        return None
    return a if _ADDR_RE.match(a) else None


def domain_of(addr: str) -> str:
    return addr.rsplit("@", 1)[-1].lower()


def base_domain(domain: str) -> str:
    """Registrable-ish domain: the last two labels, three for co.uk-style suffixes."""
    parts = domain.lower().strip(".").split(".")
    if (
        len(parts) >= 3
        and len(parts[-1]) == 2
        and parts[-2] in {"co", "com", "ac", "org", "net", "gov", "edu", "ne"}
    ):
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def strip_plus(addr: str) -> str:
    local, _, domain = addr.partition("@")
    return f"{local.split('+', 1)[0]}@{domain}"


@dataclass(frozen=True)
class Owner:
    """The mailbox owner: every address that counts as "me" (plus-addressing included)."""

    addresses: frozenset[str]
    name: str | None = None
    workdays: Workdays = WEEKENDS_ONLY  # the owner's business days ("in 3 business days")

    @classmethod
    def of(cls, addresses: list[str] | tuple[str, ...], name: str | None = None,
           workdays: Workdays = WEEKENDS_ONLY) -> Owner:
        norm = {strip_plus(n) for a in addresses if (n := normalize(a))}
        return cls(frozenset(norm), name, workdays)

    def is_me(self, addr: str | None) -> bool:
        a = normalize(addr)
        return bool(a) and strip_plus(a or "") in self.addresses

    @property
    def domains(self) -> frozenset[str]:
        return frozenset(domain_of(a) for a in self.addresses)


def is_machine(addr: str) -> bool:
    """True for no-reply, notification, ATS, list and bot addresses."""
    local, _, domain = addr.lower().partition("@")
    if vendors.MACHINE_LOCAL.match(local.split("+", 1)[0]):
        return True
    if any(domain == d or domain.endswith("." + d) for d in vendors.MACHINE_DOMAINS):
        return True
    # The same products under another top-level domain or a regional host (eu.greenhouse-mail…).
    labels = set(domain.split(".")[:-1])
    labels |= {part for label in labels for part in label.split("-")}  # "myworkday-mail", "icims-mail"
    labels |= {label[:-4] for label in labels if label.endswith("mail")}  # "candidates.workablemail"
    labels |= {label[:-5] for label in labels if label.endswith("email")}  # "reply-…@indeedemail"
    return bool(labels & vendors.MACHINE_LABELS)




def looks_like_room(name: str | None, addr: str | None) -> bool:
    if addr and ("resource.calendar.google.com" in addr or addr.startswith(("room", "conf"))):
        return True
    return bool(name and _ROOM_NAME.search(name))


def parse_address_list(values: list[str]) -> tuple[Address, ...]:
    """Parse header values into Addresses, dropping what is not an address."""
    out: list[Address] = []
    seen: set[str] = set()
    for name, raw in getaddresses([v for v in values if v]):
        email = normalize(raw)
        if not email or email in seen:
            continue
        seen.add(email)
        out.append(Address(email, clean_name(name)))
    return tuple(out)


def clean_name(name: str | None) -> str | None:
    """A display name without quotes, control characters or address-like junk."""
    if not name:
        return None
    n = re.sub(r"[\x00-\x1f\x7f]+", " ", name)
    n = n.strip().strip("'\"").strip()
    if "@" in n or not n:
        return None
    if "," in n:
        # "Doe, Jane" → "Jane Doe"
        last, _, first = n.partition(",")
        if first.strip() and " " not in last.strip():
            n = f"{first.strip()} {last.strip()}"
    return re.sub(r"\s+", " ", n)[:200]


def format_address(addr: Address) -> str:
    """Render an address for a header without allowing injection."""
    name = clean_name(addr.name) or ""
    try:
        return str(_HAddress(display_name=name, addr_spec=addr.email))
    except (ValueError, IndexError):
        return addr.email
