"""Calendars: Google Calendar, CalDAV and a local .ics file behind one protocol.

The engine opens the configured one through ``followup.backends.open_calendar``, which
resolves the secrets and passes each adapter plain values.
"""

from __future__ import annotations

from followup.calendar_sync.base import (
    Calendar,
    CalendarChange,
    CalendarMissing,
    NotOursError,
    event_id,
    event_uid,
)

__all__ = [
    "Calendar",
    "CalendarChange",
    "CalendarMissing",
    "NotOursError",
    "event_id",
    "event_uid",
]
