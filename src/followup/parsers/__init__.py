"""Pure parsers: bytes in, frozen dataclasses out. No network, no clock, no config.

Public entry points (all take ``now`` and the owner explicitly):

- ``analyze_email(raw, owner, now, tz)`` → Detection for one RFC 5322 message
- ``analyze_ics(data, owner, now, tz)`` → Detection for one .ics file
- ``analyze_event(event, owner, now, tz)`` → Detection for one calendar event (CalEvent)

Only ``followup.errors.ParseError`` escapes them.
"""

from __future__ import annotations

import logging
from datetime import datetime, tzinfo

from followup.errors import ParseError
from followup.parsers.addresses import Owner
from followup.parsers.model import CalEvent, Detection

log = logging.getLogger(__name__)

__all__ = ["Owner", "analyze_email", "analyze_event", "analyze_ics"]


def analyze_email(raw: bytes, owner: Owner | None, now: datetime, tz: tzinfo | None = None) -> Detection:
    from followup.parsers.detect import detect_email
    from followup.parsers.mime import read_message

    content = read_message(raw, default_tz=tz)
    try:
        return detect_email(content, owner, now, tz)
    except ParseError:
        raise
    except Exception as exc:  # the detector must never take the service down
        log.warning("detector failed on message %s: %s: %s", content.meta.message_id, type(exc).__name__, exc)
        raise ParseError(f"detector failed: {type(exc).__name__}: {exc}") from exc


def analyze_ics(data: bytes, owner: Owner | None, now: datetime, tz: tzinfo | None = None) -> Detection:
    from followup.parsers.detect import detect_calendar
    from followup.parsers.ics import parse_calendar

    events = parse_calendar(data, default_tz=tz)
    try:
        return detect_calendar(events, owner, now, tz)
    except Exception as exc:
        raise ParseError(f"detector failed: {type(exc).__name__}: {exc}") from exc


def analyze_event(event: CalEvent, owner: Owner | None, now: datetime, tz: tzinfo | None = None) -> Detection:
    from followup.parsers.detect import detect_event

    try:
        return detect_event(event, owner, now, tz)
    except Exception as exc:
        raise ParseError(f"detector failed: {type(exc).__name__}: {exc}") from exc
