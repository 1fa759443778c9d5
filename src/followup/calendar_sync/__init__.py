"""Calendars: Google Calendar, CalDAV and a local .ics file behind one protocol."""

from followup.calendar_sync.base import Calendar, CalendarChange, FollowupEvent

__all__ = ["Calendar", "CalendarChange", "FollowupEvent"]
