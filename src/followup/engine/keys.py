"""Deterministic Message-IDs for our drafts, derived from the action key.

A draft is recognised by its Message-ID alone (``<fu-…@owner's domain>``), so nothing
tool-specific leaves with the mail when the user sends it. The local part depends only on
the key, so a draft is found again even if the owner's domain changed (``is_ours``).
"""

from __future__ import annotations

import base64
import contextlib
import hashlib

PREFIX = "fu-"
_LOCAL_LEN = 26


def message_id_local(key: str) -> str:
    """``fu-`` + the first 26 characters of base32(sha256(key)), lower-case."""
    digest = base64.b32encode(hashlib.sha256(key.encode("utf-8")).digest()).decode("ascii")
    return PREFIX + digest.lower()[:_LOCAL_LEN]


def message_id_for_key(key: str, domain: str) -> str:
    """``<fu-{base32(sha256(key)) lower, first 26}@{domain}>``; domain: the owner's mail domain."""
    domain = domain.strip().strip("<>@")
    with contextlib.suppress(UnicodeError):  # an internationalised domain: its A-label
        domain = domain.encode("idna").decode("ascii")
    domain = "".join(c for c in domain if 0x21 <= ord(c) < 0x7F and c not in "<>@[]\\\"")
    return f"<{message_id_local(key)}@{domain or 'followup.invalid'}>"


def matches_key(message_id: str | None, key: str) -> bool:
    """True when ``message_id`` is the id of the draft for ``key`` (any domain)."""
    if not message_id:
        return False
    local = message_id.strip().strip("<>").partition("@")[0]
    return local.lower() == message_id_local(key)


def is_ours(message_id: str | None) -> bool:
    """True when ``message_id`` looks like one of our draft ids."""
    if not message_id:
        return False
    local = message_id.strip().strip("<>").partition("@")[0].lower()
    return local.startswith(PREFIX) and len(local) == len(PREFIX) + _LOCAL_LEN
