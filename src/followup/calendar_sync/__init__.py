"""Calendars: Google Calendar, CalDAV and a local .ics file behind one protocol.

``open_calendar(cfg, state_dir, default_tz)`` is the one entry point the engine uses; it
returns None for ``backend = "none"``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from followup.calendar_sync.base import (
    Calendar,
    CalendarChange,
    CalendarMissing,
    FollowupEvent,
    NotOursError,
    event_id,
    event_uid,
)
from followup.config import CalendarConfig, default_data_dir

__all__ = [
    "Calendar",
    "CalendarChange",
    "CalendarMissing",
    "FollowupEvent",
    "NotOursError",
    "event_id",
    "event_uid",
    "google_token_provider",
    "open_calendar",
]


def open_calendar(
    cfg: CalendarConfig, state_dir: Path, default_tz: str, *, create: bool = True
) -> Calendar | None:
    """The configured calendar backend, connected; None for ``backend = "none"``.

    ``create=False`` (dry runs) never creates a missing CalDAV calendar: CalendarMissing instead.

    Raises AuthError / ConnectionFailed / AccountError / ConfigError as one-line errors.
    """
    if cfg.backend == "none":
        return None
    if cfg.backend == "ics":
        from followup.calendar_sync.ics_file import IcsFileCalendar

        return IcsFileCalendar(cfg.path or default_data_dir() / "followup.ics", default_tz)
    if cfg.backend == "caldav":
        from followup.calendar_sync.dav import CalDavCalendar
        from followup.secrets import calendar_password

        password = calendar_password(cfg)
        return CalDavCalendar(cfg.url, cfg.username, password, cfg.calendar, default_tz, create=create)
    if cfg.backend == "google":
        from followup.calendar_sync.google import GoogleCalendar

        endpoint, token_uri = _test_google_endpoint()
        return GoogleCalendar(
            cfg.calendar_id,
            state_dir=state_dir,
            default_tz=default_tz,
            api_endpoint=endpoint,
            token_uri=token_uri,
        )
    raise ValueError(f"unknown calendar backend {cfg.backend!r}")


TEST_GOOGLE_ENDPOINT_ENV = "FOLLOWUP_TEST_GOOGLE_ENDPOINT"


def _test_google_endpoint() -> tuple[str | None, str | None]:
    """Test-only hook, not a user setting: ``FOLLOWUP_TEST_GOOGLE_ENDPOINT=http://127.0.0.1:PORT``
    points the Google backend at a local Calendar v3 emulator (``PORT/calendar/v3/`` for the API,
    ``PORT/token`` for token refresh), so end-to-end tests can run the real CLI against it.
    Only loopback addresses are accepted; anything else is a ConfigError.
    """
    import os
    from urllib.parse import urlsplit

    from followup.errors import ConfigError

    base = os.environ.get(TEST_GOOGLE_ENDPOINT_ENV, "").strip().rstrip("/")
    if not base:
        return None, None
    host = urlsplit(base).hostname or ""
    if host not in ("127.0.0.1", "::1", "localhost"):
        raise ConfigError(f"{TEST_GOOGLE_ENDPOINT_ENV}: test-only, loopback hosts only (got {host!r})")
    return f"{base}/calendar/v3/", f"{base}/token"


def google_token_provider(state_dir: Path) -> Callable[[], str]:
    """A function returning a fresh Google access token (IMAP XOAUTH2 uses it)."""
    from followup.calendar_sync.google_auth import google_token_provider as provider

    return provider(state_dir)
