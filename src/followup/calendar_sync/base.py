"""The calendar protocol: read interview events, write our follow-up events.

Backends: ``google`` (google-api-python-client), ``caldav`` (caldav), ``ics`` (a local
file). All pass the shared contract suite in tests/integration/calendar/. An event is
ours when it carries our private marker (Google ``extendedProperties.private.followupKey``,
ICS/CalDAV ``X-FOLLOWUP-KEY``); never modify or delete an event that is not ours.
"""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from followup.engine.events import FollowupEvent
from followup.errors import CalendarMissing, NotOursError

__all__ = ["CalendarMissing", "NotOursError"]  # re-exported: the calendar backends' errors
from followup.parsers.model import CalEvent
from followup.state import StateStore

MARKER = "X-FOLLOWUP-KEY"  # ICS/CalDAV property naming the action key of our events
GOOGLE_MARKER = "followupKey"  # Google extendedProperties.private key
UID_SUFFIX = "@followup"


def event_id(key: str) -> str:
    """The deterministic Google event id of an action key.

    Lower-case base32hex (a-v, 0-9) of SHA-256(key), padding stripped: 52 characters,
    inside Google's 5-1024 limit.
    """
    digest = hashlib.sha256(key.encode("utf-8")).digest()
    return base64.b32hexencode(digest).decode("ascii").rstrip("=").lower()


def is_ours(ev: CalEvent) -> bool:
    """An event followup wrote: it carries our private key property, or our UID suffix."""
    return ev.followup_key is not None or (ev.uid or "").endswith(UID_SUFFIX)


def event_uid(key: str) -> str:
    """The deterministic iCalendar UID of an action key (CalDAV, .ics file, Google iCalUID)."""
    return event_id(key) + UID_SUFFIX


@dataclass(frozen=True)
class CalendarChange:
    """An event that changed since the last read. ``event`` None means deleted."""

    uid: str
    event: CalEvent | None


class Calendar(Protocol):
    def changes(self, state: StateStore) -> Iterator[CalendarChange]:
        """Events added, changed or removed since the last call (a full read the first time).

        Our own events are not reported. Sync state lives in ``state``.
        """
        ...

    def put_event(self, event: FollowupEvent) -> None:
        """Create the event, or update ours with the same key; idempotent."""
        ...

    def get_event(self, key: str) -> FollowupEvent | None: ...

    def delete_event(self, key: str) -> bool:
        """Delete our event with this key; False when there was none."""
        ...

    def close(self) -> None: ...


def load_state(text: str | None) -> dict[str, Any]:
    """A backend's sync state from its JSON string; {} when missing or unreadable."""
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}
