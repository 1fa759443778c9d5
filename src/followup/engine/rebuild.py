"""``followup state rebuild``: re-learn a lost or damaged state file from what is outside it.

The damaged file (and its -wal/-shm) is moved aside to ``state.db.damaged-<UTC time>``, never
deleted. A fresh store then re-reads the mailbox (the lookback window: interviews, replies, and
the owner's sent mail in Sent) and the calendar, and marks as done every due action whose
side effect is found:

- a draft: in Drafts by its ``X-Followup-Key`` header, or by a Message-ID made by
  ``mailbox.draft_ids.message_id_for_key`` (in Drafts, or its sent copy anywhere the scan looked);
- an event: ``Calendar.get_event(key)`` (our private marker / UID).

All thank-you drafts of an interview are written in one cycle, so when any of an interview's
drafts or events is found, its other due drafts count as done too: the user deleted (or sent)
them, and a rebuild must not bring them back. Nothing is written to the mailbox or calendar.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from followup.backends import open_calendar, open_mailbox
from followup.config import Config
from followup.engine import statefile
from followup.engine.ingest import ingest_calendar, ingest_mail
from followup.engine.planner import Rules, configured_owner, plan
from followup.engine.service import CycleReport
from followup.engine.tracker import Tracker
from followup.errors import StateError, UserError
from followup.mailbox.draft_ids import key_token, token_of_message_id

log = logging.getLogger(__name__)

ROUNDS = 5  # plan → find → record, until nothing new is found (calls follow drafts)


@dataclass
class RebuildReport:
    moved_to: Path | None = None
    scanned: int = 0
    interviews: int = 0
    found: list[str] = field(default_factory=list)  # action keys found outside the state
    assumed: list[str] = field(default_factory=list)  # drafts counted done (deleted or sent)


def _healthy(path: Path) -> bool:
    if not path.exists():
        return False
    try:
        Tracker(path).close()
    except StateError:
        return False
    return True


def rebuild(config: Config, now: datetime, *, force: bool = False) -> RebuildReport:
    path = config.state.path
    report = RebuildReport()
    with statefile.hold(path, "rebuild"):
        if _healthy(path) and not force:
            raise UserError(f"state file {path} is healthy; nothing to rebuild "
                            "(use --force to rebuild it anyway; the old file is kept)")
        if path.exists():
            report.moved_to = statefile.move_aside(path)
            log.warning("moved the old state file to %s", report.moved_to)
        owner = configured_owner(config)
        cycle = CycleReport(now=now)
        with Tracker(path) as tracker:
            mailbox = open_mailbox(config)
            calendar = None
            try:
                calendar = open_calendar(config)
                ingest_mail(tracker, mailbox, config, owner, now, cycle)
                if calendar is not None:
                    ingest_calendar(tracker, calendar, config, owner, now, cycle)
                keys: set[str] = set()
                tokens: set[str] = set()
                markers = getattr(mailbox, "draft_markers", None)
                index = markers() if callable(markers) else None
                for key, mid in index or []:
                    if key:
                        keys.add(key)
                    if (tok := token_of_message_id(mid)) is not None:
                        tokens.add(tok)
                for (mkey,) in tracker.db.execute("SELECT mkey FROM messages WHERE mkey LIKE 'fu-%'"):
                    if (tok := token_of_message_id(f"<{mkey}>")) is not None:
                        tokens.add(tok)  # a sent copy of one of our drafts
                rules = Rules.from_config(config)
                evidence: set[str] = set()  # interviews with any of our side effects found
                for _ in range(ROUNDS):
                    new = False
                    for iid in tracker.interview_ids():
                        for a in plan(tracker.snapshot(iid), rules, now).actions:
                            if a.kind == "draft":
                                hit = a.key in keys or key_token(a.key) in tokens or (
                                    index is None and mailbox.has_draft(a.key))
                                if hit:
                                    tracker.record_action(a.key, iid, "draft", "done", now,
                                                          detail=a.recipient)
                            elif a.kind == "event" and calendar is not None:
                                ev = calendar.get_event(a.key)
                                hit = ev is not None
                                if ev is not None:
                                    tracker.record_action(a.key, iid, "event", "done", now,
                                                          start=ev.start, detail="rebuilt")
                            else:
                                continue
                            if hit:
                                report.found.append(a.key)
                                evidence.add(iid)
                                new = True
                    for iid in sorted(evidence):
                        for a in plan(tracker.snapshot(iid), rules, now).actions:
                            if a.kind == "draft" and a.due <= now:
                                tracker.record_action(a.key, iid, "draft", "done", now,
                                                      detail=f"{a.recipient} (rebuilt: not in Drafts)")
                                report.assumed.append(a.key)
                                new = True
                    if not new:
                        break
                report.scanned = cycle.scanned
                report.interviews = len(tracker.interview_ids())
            finally:
                mailbox.close()
                if calendar is not None:
                    calendar.close()
    return report
