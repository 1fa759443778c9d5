"""The mailbox protocol: what the engine needs from a mail store.

Backends: ``imap`` (imapclient) and ``maildir`` (stdlib mailbox). Both pass the shared
contract suite in tests/integration/mailbox/. Rules every backend keeps: never set or
change a flag on the user's messages, never delete or move one, never send mail.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP, EmailPolicy
from typing import Any, Protocol

from followup.mailbox.draft_ids import matches_key, message_id_for_key
from followup.parsers.model import MailMeta
from followup.state import StateStore

# Drafts written before 2026-12 carried the action key in this header; it left with the mail
# when the user sent the draft. Now a draft is known by its Message-ID (mailbox/draft_ids.py); the
# header is still searched so an old draft is never written twice, but never written again.
KEY_HEADER = "X-Followup-Key"
_ID_HEADERS = frozenset({"message-id", "in-reply-to", "references"})


class _DraftPolicy(EmailPolicy):
    """SMTP policy that writes Message-ID/In-Reply-To/References verbatim: RFC 2047 §5 forbids
    encoded words in them, and the stdlib encodes any id longer than a line. They are folded
    only between ids."""

    def _ids(self, name: str, value: Any) -> str:
        ids = str(value).split()
        lines, line = [], f"{name}:"
        for i in ids:
            if len(line) + 1 + len(i) > (self.max_line_length or 998) and line != f"{name}:":
                lines.append(line)
                line = ""
            line += f" {i}"
        lines.append(line)
        return self.linesep.join(lines) + self.linesep

    def fold(self, name: str, value: Any) -> str:
        if name.lower() in _ID_HEADERS and str(value).isascii():
            return self._ids(name, value)
        return str(super().fold(name, value))

    def fold_binary(self, name: str, value: Any) -> bytes:
        if name.lower() in _ID_HEADERS and str(value).isascii():
            return self._ids(name, value).encode("ascii")
        return super().fold_binary(name, value)


DRAFT_POLICY = _DraftPolicy() + SMTP
DRAFT_POLICY_UTF8 = DRAFT_POLICY.clone(utf8=True)


def _utf8_address(message: EmailMessage) -> bool:
    for name in ("From", "To", "Cc", "Reply-To"):
        header = message.get(name)
        for addr in getattr(header, "addresses", ()):
            if not addr.addr_spec.isascii():
                return True
    return False


def draft_bytes(message: EmailMessage) -> bytes:
    """The draft as stored: CRLF, ids verbatim; an internationalised address (RFC 6531) is
    written as UTF-8 (RFC 6532), since RFC 2047 may not encode an addr-spec."""
    return message.as_bytes(policy=DRAFT_POLICY_UTF8 if _utf8_address(message) else DRAFT_POLICY)


def prepare_draft(message: EmailMessage, key: str) -> str:
    """Give ``message`` the Message-ID for ``key`` (keeping its domain when it already has the
    right one) and drop any old key header; returns the Message-ID."""
    if not key or "\r" in key or "\n" in key:
        raise ValueError("draft key must be one non-empty line")
    del message[KEY_HEADER]
    current = str(message.get("Message-ID") or "")
    if matches_key(current, key):
        return current.strip()
    sender = getattr(message.get("From"), "addresses", ())
    domain = sender[0].domain if sender else ""
    mid = message_id_for_key(key, domain)
    del message["Message-ID"]
    message["Message-ID"] = mid
    return mid


Prefilter = Callable[[str, MailMeta, frozenset[str], bool], bool]
"""What the engine passes to :meth:`Mailbox.scan`: (folder, meta, keywords, has a calendar
part) → is the message's text worth reading? The backend decides nothing about it."""


@dataclass(frozen=True)
class ScannedMessage:
    """One message seen by a scan.

    ``raw`` holds the full message when the scan's prefilter asked for it, else None.
    """

    folder: str
    uid: str  # stable id within the backend: "UIDVALIDITY:UID" for IMAP, the key for Maildir
    meta: MailMeta
    raw: bytes | None
    in_sent: bool = False  # found in the Sent folder (the engine decides what the owner sent)
    keywords: frozenset[str] = frozenset()  # IMAP keywords (and Gmail labels), lower-case


def _legacy_id_local(key: str) -> str:
    """The Message-ID local part drafts had before ids were derived by ``mailbox.draft_ids``
    (``<followup.<sha256(key)[:24]>@domain>``, written together with ``X-Followup-Key``)."""
    return "followup." + hashlib.sha256(key.encode()).hexdigest()[:24]


def is_our_draft(key: str, key_header: str | None, message_id: str | None) -> bool:
    """Our draft for ``key``, which ``followup ignore`` may remove (the caller checks the
    \\Draft flag): its Message-ID is the key's (``mailbox.draft_ids``, any domain), or — a draft from
    an earlier version — our key header AND that version's Message-ID. Anything else in Drafts
    is the user's and is never touched."""
    if matches_key(message_id, key):
        return True
    if key_header is None or key_header.strip() != key or not message_id:
        return False
    return message_id.strip().strip("<>").lower().startswith(_legacy_id_local(key) + "@")


class Mailbox(Protocol):
    def scan(self, state: StateStore, since: datetime, wants_body: Prefilter) -> Iterator[ScannedMessage]:
        """Yield messages not seen before (per ``state``) in the watched folders and Sent,
        with the text of those ``wants_body`` asks for.

        A first run looks back to ``since``. State is saved as the scan goes, so a crash
        re-yields at most the last batch (the engine is idempotent on ``uid``).
        """
        ...

    def has_draft(self, key: str) -> bool:
        """True when a draft for ``key`` exists in Drafts: its Message-ID is the key's
        (``followup.mailbox.draft_ids``), or it is an old draft carrying ``X-Followup-Key: key``."""
        ...

    def append_draft(self, message: EmailMessage, key: str) -> str | None:
        """Store ``message`` in Drafts with \\Draft and \\Seen (as mail clients store drafts)
        unless one for ``key`` exists.

        Sets the key's Message-ID on ``message`` itself (``prepare_draft``). Returns the
        draft's id ("UIDVALIDITY:UID" for IMAP when the server has UIDPLUS, the Maildir key) —
        the existing draft's id when one for ``key`` was found, None when the server does not
        say.
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
