"""Shared builders for the engine's unit tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from followup.engine.planner import InterviewState, PersonState, Rules

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
    base: dict[str, object] = dict(id="iv-1", start=START, end=END, company="Acme", position="Data Engineer",
                                   domain="acme.com", people=(JANE, BOB), recruiter_email=JANE.email)
    base.update(kw)
    return InterviewState(**base)  # type: ignore[arg-type]
