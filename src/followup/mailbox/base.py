"""The mailbox protocol: what the engine needs from a mail store.

Backends: ``imap`` (imapclient) and ``maildir`` (stdlib mailbox). Both pass the shared
contract suite in tests/integration/mailbox/. Rules every backend keeps: never set or
change a flag on the user's messages, never delete or move one, never send mail.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from typing import Protocol

from followup.parsers.model import MailMeta
from followup.state import StateStore

KEY_HEADER = "X-Followup-Key"


@dataclass(frozen=True)
class ScannedMessage:
    """One message seen by a scan.

    ``raw`` holds the full message when the prefilter
    (``followup.parsers.prefilter.wants_body``) asked for it, else None.
    """

    folder: str
    uid: str  # stable id within the backend: "UIDVALIDITY:UID" for IMAP, the key for Maildir
    meta: MailMeta
    raw: bytes | None
    is_sent: bool = False  # found in the Sent folder (the owner's own mail)
    keywords: frozenset[str] = frozenset()  # IMAP keywords (and Gmail labels), lower-case


def draft_id_token(key: str) -> str:
    """The local part of the Message-ID our draft for ``key`` carries (engine/drafts.py
    builds ``<followup.<sha256(key)[:24]>@domain>``); a test keeps the two in step."""
    return "followup." + hashlib.sha256(key.encode()).hexdigest()[:24]


def is_our_draft(key: str, key_header: str | None, message_id: str | None) -> bool:
    """Our unsent draft for ``key``: our key header AND our Message-ID (the caller checks
    the \\Draft flag). Anything else in Drafts is the user's and is never touched."""
    if key_header is None or key_header.strip() != key or not message_id:
        return False
    return message_id.strip().strip("<>").lower().startswith(draft_id_token(key) + "@")


class Mailbox(Protocol):
    def scan(self, state: StateStore, since: datetime) -> Iterator[ScannedMessage]:
        """Yield messages not seen before (per ``state``) in the watched folders and Sent.

        A first run looks back to ``since``. State is saved as the scan goes, so a crash
        re-yields at most the last batch (the engine is idempotent on ``uid``).
        """
        ...

    def has_draft(self, key: str) -> bool:
        """True when a draft carrying ``X-Followup-Key: key`` exists in Drafts."""
        ...

    def append_draft(self, message: EmailMessage, key: str) -> str | None:
        """Store ``message`` in Drafts with the \\Draft flag unless one with ``key`` exists.

        Sets the key header on ``message`` itself. Returns the draft's id ("UIDVALIDITY:UID"
        for IMAP when the server has UIDPLUS, the Maildir key) — the existing draft's id when
        one with ``key`` was found, None when the server does not say.
        """
        ...

    def delete_our_draft(self, key: str) -> bool:
        """Remove our unsent draft for ``key`` from Drafts: only a message with the \\Draft
        flag, ``X-Followup-Key: key`` and our Message-ID for it. True when one was removed."""
        ...

    def fetch_message(self, folder: str, uid: str, message_id: str | None) -> bytes | None:
        """The whole message a scan yielded as (``folder``, ``uid``), read without changing
        a flag; found again by ``message_id`` when the uid is stale. None when gone."""
        ...

    def wait_for_mail(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds; True when new mail may have arrived.

        Also True after the backend had to reconnect (mail may have arrived meanwhile);
        raises ConnectionFailed when it could not reconnect within the timeout (≥ 5 s).
        """
        ...

    def close(self) -> None: ...
