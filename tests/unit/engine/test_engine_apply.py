"""engine/apply.py: one handler per action kind, working from the planned state."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import get_args
from zoneinfo import ZoneInfo

from followup.config import OwnerConfig
from followup.engine.apply import HANDLERS, Applier
from followup.engine.drafts import DraftWriter
from followup.engine.planner import Action, ActionKind, InterviewState
from followup.engine.tracker import Tracker

from .test_engine_service import FakeMailbox

T0 = datetime(2026, 3, 3, 19, 0, tzinfo=UTC)


def test_every_action_kind_has_its_handler() -> None:
    assert set(HANDLERS) == set(get_args(ActionKind))


def test_a_draft_is_built_from_the_planned_state(tmp_path: Path) -> None:
    # the state the plan was made from; the store has no row for it: nothing is read back
    st = InterviewState(id="iv-1", start=T0, end=T0 + timedelta(hours=1), company="Acme Robotics",
                        position="Platform Engineer", recruiter_email="dana@acme.example",
                        recruiter_thread=("<r1@acme.example>",))
    a = Action(key="thanks:iv-1:dana@acme.example", interview_id="iv-1", kind="draft",
               due=T0 + timedelta(hours=2), title="thank-you draft to Dana", recipient="dana@acme.example",
               recipient_name="Dana Lee")
    mb = FakeMailbox([])
    writer = DraftWriter(OwnerConfig(name="Alex", email="alex@mailbox.example"), ZoneInfo("UTC"))
    with Tracker(tmp_path / "state.db") as t:
        Applier(t, mb, None, writer, T0 + timedelta(hours=2)).apply(a, st)
        Applier(t, mb, None, writer, T0 + timedelta(hours=3)).apply(a, st)  # again: no second draft
        done = t.db.execute("SELECT status FROM actions WHERE key = ?", (a.key,)).fetchone()
    msg = mb.drafts[a.key]
    assert msg["To"].addresses[0].addr_spec == "dana@acme.example"
    assert msg["In-Reply-To"] == "<r1@acme.example>"  # the recruiter's thread, from the state too
    body = msg.get_body(("plain",))
    assert body is not None and "Platform Engineer" in body.get_content()
    assert mb.appends == 1 and done["status"] == "done"
