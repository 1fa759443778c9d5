"""Deterministic Message-IDs for our drafts, derived from the action key.

A draft carries ``Message-ID: <fu-{token}@{owner's domain}>``, where ``token`` is the first 26
characters of the lower-case base32 SHA-256 of the action key (130 bits). Nothing
tool-specific leaves with the mail when the user sends it, yet our drafts (and their sent
copies) are found again: by the key (``matches_key``, any domain, so a changed owner domain
does not matter), or — ``followup state rebuild``, which has no keys to start from — by
comparing the token with the tokens of the keys the planner would produce.
"""

from __future__ import annotations

import base64
import contextlib
import hashlib
import re
from collections.abc import Iterable

PREFIX = "fu-"
TOKEN_LEN = 26
_MID = re.compile(r"^<?fu-([a-z2-7]{26})@[^<>@\s]+>?$")


def key_token(key: str) -> str:
    """The 26-character token of an action key (lower-case base32 of SHA-256)."""
    digest = base64.b32encode(hashlib.sha256(key.encode("utf-8")).digest()).decode("ascii")
    return digest.lower()[:TOKEN_LEN]


def message_id_local(key: str) -> str:
    """``fu-`` + the key's token: the local part of its draft's Message-ID."""
    return PREFIX + key_token(key)


def message_id_for_key(key: str, domain: str) -> str:
    """``<fu-{token}@{domain}>``; domain: the owner's mail domain."""
    domain = domain.strip().strip("<>@")
    with contextlib.suppress(UnicodeError):  # an internationalised domain: its A-label
        domain = domain.encode("idna").decode("ascii")
    domain = "".join(c for c in domain if 0x21 <= ord(c) < 0x7F and c not in "<>@[]\\\"")
    return f"<{message_id_local(key)}@{domain or 'followup.invalid'}>"


def token_of_message_id(message_id: str | None) -> str | None:
    """The token of a Message-ID made by ``message_id_for_key``, else None."""
    if not message_id:
        return None
    m = _MID.match(message_id.strip().lower())
    return m.group(1) if m else None


def matches_key(message_id: str | None, key: str) -> bool:
    """True when ``message_id`` is the id of the draft for ``key`` (any domain)."""
    return token_of_message_id(message_id) == key_token(key)


def is_ours(message_id: str | None) -> bool:
    """True when ``message_id`` looks like one of our draft ids."""
    return token_of_message_id(message_id) is not None


def action_key_from_message_id(message_id: str | None, candidates: Iterable[str]) -> str | None:
    """The one of ``candidates`` (action keys) whose draft has this Message-ID, if any.

    A hash cannot be reversed, so the caller passes the keys it expects (the planner's).
    """
    token = token_of_message_id(message_id)
    if token is None:
        return None
    return next((key for key in candidates if key_token(key) == token), None)
