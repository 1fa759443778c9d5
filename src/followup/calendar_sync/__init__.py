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
    """``FOLLOWUP_TEST_GOOGLE_ENDPOINT=http://127.0.0.1:PORT`` (tests only, see test_hooks)
    points the Google backend at a local Calendar v3 emulator: ``PORT/calendar/v3/`` for the
    API, ``PORT/token`` for token refresh."""
    from followup.test_hooks import loopback_endpoint

    base = loopback_endpoint(TEST_GOOGLE_ENDPOINT_ENV)
    if base is None:
        return None, None
    return f"{base}/calendar/v3/", f"{base}/token"


def google_token_provider(state_dir: Path) -> Callable[[], str]:
    """A function returning a fresh Google access token (IMAP XOAUTH2 uses it)."""
    from followup.calendar_sync.google_auth import google_token_provider as provider

    return provider(state_dir)
