"""Reuse the mailbox tests' fixtures (one private Dovecot per session, a harness per backend)
and the calendar tests' servers (a real Radicale, the Google Calendar emulator)."""

from __future__ import annotations

from ..calendar.conftest import google_emu, radicale
from ..mailbox.conftest import account, dovecot, harness
from .test_engine_calendar_backends import cal, mail  # an IMAP mailbox beside a server calendar

__all__ = ["account", "cal", "dovecot", "google_emu", "harness", "mail", "radicale"]
