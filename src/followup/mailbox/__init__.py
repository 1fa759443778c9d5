"""Mail stores: IMAP and Maildir behind one protocol.

``followup.backends.open_mailbox(config)`` builds the configured one from plain values.
"""

from __future__ import annotations

from followup.mailbox.base import KEY_HEADER, Mailbox, ScannedMessage

__all__ = ["KEY_HEADER", "Mailbox", "ScannedMessage"]
