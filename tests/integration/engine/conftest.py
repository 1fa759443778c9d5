"""Reuse the mailbox tests' fixtures (one private Dovecot per session, a harness per backend)
and the calendar tests' servers (a real Radicale, the Google Calendar emulator)."""

from __future__ import annotations

from ..calendar.conftest import google_emu, radicale
from ..mailbox.conftest import account, dovecot, harness

__all__ = ["account", "dovecot", "google_emu", "harness", "radicale"]
