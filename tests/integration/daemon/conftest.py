"""Fixtures for the daemon's integration tests; the helpers live in daemon_proc.py."""

from .daemon_proc import account, dovecot, service

__all__ = ["account", "dovecot", "service"]
