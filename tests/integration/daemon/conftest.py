"""Fixtures for the daemon's integration tests; the helpers live in daemon_proc.py."""

from daemon_proc import service

__all__ = ["service"]
