"""Mail stores: IMAP and Maildir behind one protocol."""

from followup.mailbox.base import KEY_HEADER, Mailbox, ScannedMessage

__all__ = ["KEY_HEADER", "Mailbox", "ScannedMessage"]
