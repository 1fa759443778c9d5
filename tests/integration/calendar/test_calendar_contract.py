"""The one contract every calendar backend passes (Google emulator, Radicale, a real file)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from followup.calendar_sync.base import CalendarChange, NotOursError
from followup.engine.events import FollowupEvent
from followup.state import MemoryState

from .conftest import Harness

pytestmark = pytest.mark.integration

NY = ZoneInfo("America/New_York")
T0 = datetime(2026, 12, 8, 10, 0, tzinfo=NY)


def call_event(key: str = "call:acme-42:1", start: datetime = T0, minutes: int = 15,
               title: str = "Call Rita Recruiter (Acme) about the interview") -> FollowupEvent:
    return FollowupEvent(key=key, title=title, start=start, end=start + timedelta(minutes=minutes),
                         timezone="America/New_York",
                         description="Rita Recruiter, +1 555 0199\nAsk about next steps.",
                         reminder_minutes=10)


def by_uid(changes: list[CalendarChange]) -> dict[str, CalendarChange]:
    return {c.uid: c for c in changes}


class TestCalendarContract:
    def test_put_twice_gives_one_event(self, harness: Harness) -> None:
        ev = call_event()
        harness.cal.put_event(ev)
        harness.cal.put_event(ev)
        assert harness.count_ours(ev.key) == 1
        got = harness.cal.get_event(ev.key)
        assert got == ev
        assert got is not None and got.start.utcoffset() == timedelta(hours=-5)

    def test_update_moves_the_event(self, harness: Harness) -> None:
        ev = call_event()
        harness.cal.put_event(ev)
        moved = call_event(start=T0 + timedelta(days=2, hours=3))
        harness.cal.put_event(moved)
        assert harness.count_ours(ev.key) == 1
        got = harness.cal.get_event(ev.key)
        assert got is not None
        assert got.start == datetime(2026, 12, 10, 18, 0, tzinfo=UTC)
        assert got == moved

    def test_delete_removes_ours(self, harness: Harness) -> None:
        ev = call_event()
        harness.cal.put_event(ev)
        assert harness.cal.delete_event(ev.key) is True
        assert harness.cal.get_event(ev.key) is None
        assert harness.count_ours(ev.key) == 0
        assert harness.cal.delete_event(ev.key) is False

    def test_put_after_delete_recreates(self, harness: Harness) -> None:
        ev = call_event()
        harness.cal.put_event(ev)
        harness.cal.delete_event(ev.key)
        harness.cal.put_event(ev)
        assert harness.cal.get_event(ev.key) == ev
        assert harness.count_ours(ev.key) == 1

    def test_get_unknown_is_none(self, harness: Harness) -> None:
        assert harness.cal.get_event("call:nobody:1") is None
        assert harness.cal.delete_event("call:nobody:1") is False

    def test_two_keys_two_events(self, harness: Harness) -> None:
        a, b = call_event("call:a:1"), call_event("callback:a:2", start=T0 + timedelta(days=3))
        harness.cal.put_event(a)
        harness.cal.put_event(b)
        assert harness.cal.get_event(a.key) == a
        assert harness.cal.get_event(b.key) == b
        harness.cal.delete_event(a.key)
        assert harness.cal.get_event(b.key) == b

    def test_foreign_events_untouched(self, harness: Harness) -> None:
        harness.add_foreign("interview-1@acme.example", "Interview: Acme", T0, T0 + timedelta(hours=1))
        before = harness.foreign_snapshot()
        assert len(before) == 1
        ev = call_event()
        harness.cal.put_event(ev)
        harness.cal.put_event(call_event(start=T0 + timedelta(days=1)))
        harness.cal.delete_event(ev.key)
        assert harness.foreign_snapshot() == before

    def test_never_touches_an_event_without_our_marker(self, harness: Harness) -> None:
        ev = call_event()
        harness.add_impostor(ev.key, T0, T0 + timedelta(hours=1))
        before = harness.foreign_snapshot()
        with pytest.raises(NotOursError):
            harness.cal.put_event(ev)
        assert harness.cal.get_event(ev.key) is None
        assert harness.cal.delete_event(ev.key) is False
        assert harness.foreign_snapshot() == before

    def test_changes_reports_foreign_not_ours(self, harness: Harness) -> None:
        state = MemoryState()
        harness.add_foreign("interview-1@acme.example", "Interview: Acme", T0, T0 + timedelta(hours=1))
        harness.cal.put_event(call_event())
        first = by_uid(list(harness.cal.changes(state)))
        assert set(first) == {"interview-1@acme.example"}
        ev = first["interview-1@acme.example"].event
        assert ev is not None
        assert ev.start == T0.astimezone(UTC)
        assert ev.end == T0.astimezone(UTC) + timedelta(hours=1)
        assert "dana@acme.example" in {a.email for a in ev.attendees}
        assert ev.organizer is not None and ev.organizer.email == "rita@acme.example"
        # nothing new → nothing reported
        assert list(harness.cal.changes(state)) == []

    def test_changes_incremental_add_move_delete(self, harness: Harness) -> None:
        state = MemoryState()
        harness.add_foreign("keep@acme.example", "Interview: keep", T0, T0 + timedelta(hours=1))
        harness.add_foreign("move@acme.example", "Interview: move", T0, T0 + timedelta(hours=1))
        harness.add_foreign("gone@acme.example", "Interview: gone", T0, T0 + timedelta(hours=1))
        assert set(by_uid(list(harness.cal.changes(state)))) == {
            "keep@acme.example", "move@acme.example", "gone@acme.example"}

        new_start = T0 + timedelta(days=1, hours=2)
        harness.add_foreign("new@acme.example", "Interview: new", T0, T0 + timedelta(minutes=45))
        harness.move_foreign("move@acme.example", new_start, new_start + timedelta(hours=1))
        harness.delete_foreign("gone@acme.example")
        ours = call_event()
        harness.cal.put_event(ours)
        harness.cal.put_event(call_event(start=T0 + timedelta(days=4)))
        harness.cal.put_event(call_event("tmp:1"))
        harness.cal.delete_event("tmp:1")

        changes = by_uid(list(harness.cal.changes(state)))
        assert set(changes) == {"new@acme.example", "move@acme.example", "gone@acme.example"}
        moved = changes["move@acme.example"].event
        assert moved is not None and moved.start == new_start.astimezone(UTC)
        gone = changes["gone@acme.example"].event
        assert gone is None or gone.status == "CANCELLED"
        new = changes["new@acme.example"].event
        assert new is not None and new.end == (T0 + timedelta(minutes=45)).astimezone(UTC)
        assert list(harness.cal.changes(state)) == []
        # our own deletion is not reported either
        harness.cal.delete_event(ours.key)
        assert list(harness.cal.changes(state)) == []

    def test_state_survives_a_new_instance_of_the_store(self, harness: Harness) -> None:
        """Sync state is in the StateStore only: a second pass with the same state is quiet."""
        state = MemoryState()
        harness.add_foreign("one@acme.example", "Interview: one", T0, T0 + timedelta(hours=1))
        assert len(list(harness.cal.changes(state))) == 1
        copy = MemoryState()
        for scope, value in state._data.items():
            copy.set_state(scope, value)
        assert list(harness.cal.changes(copy)) == []
