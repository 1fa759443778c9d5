"""What the engine asks a calendar to write: the planner makes these, the calendar backends
(``calendar_sync/``) store them. A leaf module: the adapters import it, it imports nothing of
ours."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class FollowupEvent:
    """An event this program writes (a call, a callback, a reminder, a move-on marker)."""

    key: str  # the planner's action key; the event's id/UID derives from it
    title: str
    start: datetime  # aware
    end: datetime  # aware
    timezone: str  # IANA name of the owner's zone
    description: str = ""
    reminder_minutes: int = 10
