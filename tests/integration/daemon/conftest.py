"""Fixtures for the daemon's integration tests: the private Dovecot and its users come from the
mailbox tests (one server per session); the service helpers live in daemon_proc.py."""

from ..mailbox.conftest import account, dovecot
from .daemon_proc import service

__all__ = ["account", "dovecot", "service"]
