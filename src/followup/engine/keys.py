"""Deterministic Message-IDs of our drafts, derived from their action keys.

A draft carries ``Message-ID: <fu-{token}@{domain}>`` where ``token`` is the first 26
characters of the lower-case base32 SHA-256 of the action key. Nothing tool-specific is in
it, yet ``followup state rebuild`` can tell our drafts (and their sent copies) apart: the
token is compared with the tokens of the action keys the planner would produce.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Iterable

TOKEN_LEN = 26
_MID = re.compile(r"^<?fu-([a-z2-7]{26})@[^<>@\s]+>?$")


def key_token(key: str) -> str:
    """The 26-character token of an action key (lower-case base32 of SHA-256, 130 bits)."""
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return base64.b32encode(digest).decode("ascii").lower()[:TOKEN_LEN]


def message_id_for_key(key: str, domain: str) -> str:
    """``<fu-{token}@{domain}>``: the Message-ID of the draft for action ``key``."""
    return f"<fu-{key_token(key)}@{domain}>"


def token_of_message_id(message_id: str | None) -> str | None:
    """The token of a Message-ID made by ``message_id_for_key``, else None."""
    if not message_id:
        return None
    m = _MID.match(message_id.strip().lower())
    return m.group(1) if m else None


def action_key_from_message_id(message_id: str | None, candidates: Iterable[str]) -> str | None:
    """The one of ``candidates`` (action keys) whose draft has this Message-ID, if any.

    A hash cannot be reversed, so the caller passes the keys it expects (the planner's).
    """
    token = token_of_message_id(message_id)
    if token is None:
        return None
    for key in candidates:
        if key_token(key) == token:
            return key
    return None
