"""Shared builders for the engine's unit tests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from followup.calendar_sync.base import CalendarChange
from followup.engine.events import FollowupEvent
from followup.engine.planner import InterviewState, PersonState, Rules
from followup.state import StateStore

NY = ZoneInfo("America/New_York")
# Tuesday 2026-03-03, 14:00-15:00 in New York (19:00-20:00 UTC)
START = datetime(2026, 3, 3, 19, 0, tzinfo=UTC)
END = START + timedelta(hours=1)
RULES = Rules(tz=NY, tz_name="America/New_York", owner_phone="+1 555 0100")

JANE = PersonState("jane.doe@acme.com", "Jane Doe", "recruiter", "+1 555 0111", recipient=True)
BOB = PersonState("bob.smith@acme.com", "Bob Smith", "interviewer", recipient=True)


def ny(y: int, m: int, d: int, hh: int = 10, mm: int = 0) -> datetime:
    return datetime(y, m, d, hh, mm, tzinfo=NY).astimezone(UTC)


def state(**kw: object) -> InterviewState:
    base: dict[str, object] = dict(
        id="iv-1",
        start=START,
        end=END,
        company="Acme",
        position="Data Engineer",
        domain="acme.com",
        people=(JANE, BOB),
        recruiter_email=JANE.email,
    )
    base.update(kw)
    return InterviewState(**base)  # type: ignore[arg-type]


class FakeCalendar:
    """The Calendar protocol in memory: our events by key, foreign changes handed out once."""

    def __init__(self, changes: list[CalendarChange] | None = None) -> None:
        self.events: dict[str, FollowupEvent] = {}
        self.pending = changes or []

    def changes(self, state: StateStore) -> Iterator[CalendarChange]:
        out, self.pending = self.pending, []
        return iter(out)

    def put_event(self, event: FollowupEvent) -> None:
        self.events[event.key] = event

    def get_event(self, key: str) -> FollowupEvent | None:
        return self.events.get(key)

    def delete_event(self, key: str) -> bool:
        return self.events.pop(key, None) is not None

    def close(self) -> None:
        pass
