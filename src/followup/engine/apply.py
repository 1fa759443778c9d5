"""Applying: one handler per action kind, each working from the interview's state the plan was
made from (``planner.InterviewState``), never from the store's raw rows.

Every side effect is found again by its key in the backend, so a crash between the side
effect and recording it creates nothing twice: a draft's Message-ID derives from the key, and
``Mailbox.append_draft`` looks for it (once) and writes nothing when it is there; an event's
UID/id derives from the key, and ``Calendar.put_event`` updates ours in place.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from followup.calendar_sync.base import Calendar
from followup.engine.drafts import DraftInput, DraftWriter
from followup.engine.planner import Action, ActionKind, InterviewState
from followup.engine.tracker import Tracker
from followup.errors import InterviewError
from followup.mailbox.base import Mailbox


class Applier:
    """Applies due actions through the backends and records each one as done."""

    def __init__(self, tracker: Tracker, mailbox: Mailbox | None, calendar: Calendar | None,
                 writer: DraftWriter, now: datetime) -> None:
        self.tracker, self.mailbox, self.calendar, self.writer, self.now = (
            tracker, mailbox, calendar, writer, now)

    def apply(self, a: Action, st: InterviewState) -> None:
        """Apply ``a``, planned from ``st``, and record it."""
        HANDLERS[a.kind](self, a, st)

    def _draft(self, a: Action, st: InterviewState) -> None:
        if self.mailbox is None:
            raise InterviewError("no mailbox to write drafts to")
        assert a.recipient is not None
        thread = st.recruiter_thread if a.recipient == st.recruiter_email else ()
        msg = self.writer.build(DraftInput(a.key, a.recipient, a.recipient_name, st.company,
                                           st.position, st.start, thread), self.now)
        self.mailbox.append_draft(msg, a.key)  # none when the key's draft is there already
        self.tracker.record_action(a.key, a.interview_id, "draft", "done", self.now, detail=a.recipient)

    def _event(self, a: Action, st: InterviewState) -> None:
        assert a.event is not None
        detail = None
        if self.calendar is not None:
            self.calendar.put_event(a.event)
        else:
            detail = "no calendar backend"
        self.tracker.record_action(a.key, a.interview_id, "event", "done", self.now, start=a.event.start,
                                   detail=detail)

    def _delete_event(self, a: Action, st: InterviewState) -> None:
        if self.calendar is not None:
            self.calendar.delete_event(a.key)
        self.tracker.record_action(a.key, a.interview_id, "event", "deleted", self.now)

    def _mark_sent(self, a: Action, st: InterviewState) -> None:
        self.tracker.record_action(a.key, a.interview_id, "draft", "sent", self.now, detail=a.recipient)

    def _close(self, a: Action, st: InterviewState) -> None:
        self.tracker.record_action(a.key, a.interview_id, "close", "done", self.now)


HANDLERS: dict[ActionKind, Callable[[Applier, Action, InterviewState], None]] = {
    "draft": Applier._draft,
    "event": Applier._event,
    "delete_event": Applier._delete_event,
    "mark_sent": Applier._mark_sent,
    "close": Applier._close,
}
