"""Reuse the mailbox tests' fixtures (one private Dovecot per session, a harness per backend)."""

from __future__ import annotations

from ..mailbox.conftest import account, dovecot, harness

__all__ = ["account", "dovecot", "harness"]
