"""Mail stores: IMAP and Maildir behind one protocol.

``open_mailbox(cfg, owner_addresses)`` is what the rest of the program calls.
"""

from __future__ import annotations

from collections.abc import Callable

from followup.config import MailboxConfig
from followup.mailbox.base import KEY_HEADER, Mailbox, ScannedMessage


def open_mailbox(cfg: MailboxConfig, owner_addresses: tuple[str, ...] = (),
                 token_provider: Callable[[], str] | None = None, *,
                 password: str | None = None) -> Mailbox:
    """The backend for ``cfg.backend``. Nothing connects until the first call.

    ``token_provider`` returns an OAuth2 access token (``auth = "oauth2-google"`` or
    ``"oauth2-microsoft"``); ``password`` is the IMAP password already fetched by
    ``followup.secrets`` (None: fetched from ``cfg`` at the first login).
    Raises ConfigError for an unusable configuration.
    """
    if cfg.backend == "imap":
        from followup.mailbox.imap import ImapMailbox

        return ImapMailbox(cfg, owner_addresses, token_provider, password=password)
    from followup.mailbox.maildir import MaildirMailbox

    return MaildirMailbox(cfg, owner_addresses)


__all__ = ["KEY_HEADER", "Mailbox", "ScannedMessage", "open_mailbox"]
