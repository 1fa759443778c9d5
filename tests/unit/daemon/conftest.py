"""Fixtures for the daemon's unit tests; the fakes live in daemon_fakes.py."""

from .daemon_fakes import harness_factory

__all__ = ["harness_factory"]
