"""Test-only endpoints, never user settings: an environment variable may point a Google or
Microsoft client at a local emulator so that end-to-end tests run the real CLI against it.
Only loopback addresses are accepted; anything else is a one-line ConfigError."""

from __future__ import annotations

import os
from urllib.parse import urlsplit

from followup.config import is_loopback
from followup.errors import ConfigError


def loopback_endpoint(env: str) -> str | None:
    """The base URL in ``env`` (without a trailing /), or None when it is unset."""
    base = os.environ.get(env, "").strip().rstrip("/")
    if not base:
        return None
    host = urlsplit(base).hostname or ""
    if not is_loopback(host):
        raise ConfigError(f"{env}: test-only, loopback hosts only (got {host!r})")
    return base
