"""One cycle: scan mail and calendar, record, plan, then apply the due actions.

``run_cycle`` is what ``followup run --once`` and the daemon's loop call. Ingest
(``engine/ingest.py``), plan (``engine/planner.py``), then apply (``engine/apply.py``); every
side effect is checked by key in the backend (a draft's Message-ID derived from the key,
event UID/id), so a crash between the side effect and recording it creates nothing twice.
One action that fails (a draft that cannot be built, …) is logged with its interview and
counted as failed; the other actions go on. A dry run works on an in-memory copy of the
store and touches neither mailbox nor calendar.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo

from followup.backends import open_calendar, open_mailbox
from followup.calendar_sync.base import Calendar
from followup.config import Config
from followup.engine import statefile
from followup.engine.apply import Applier
from followup.engine.drafts import DraftWriter
from followup.engine.ingest import ingest_calendar, ingest_mail, read_back
from followup.engine.planner import Action, Plan, Rules, configured_owner, plan_many
from followup.engine.tracker import Tracker
from followup.errors import AccountError, Error, FatalError, InterviewError, MessageError
from followup.mailbox.base import Mailbox

log = logging.getLogger(__name__)


@dataclass
class CycleReport:
    now: datetime
    dry_run: bool = False
    scanned: int = 0
    interviews: set[str] = field(default_factory=set)  # touched by this cycle's mail/calendar
    replies: int = 0
    sent_seen: int = 0
    calendar_changes: int = 0
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (message id, reason)
    applied: list[Action] = field(default_factory=list)  # done (or, dry run: would be done)
    failed: list[tuple[Action, str]] = field(default_factory=list)
    planned: list[Action] = field(default_factory=list)  # due later
    plans: dict[str, Plan] = field(default_factory=dict)

    def next_due(self) -> datetime | None:
        return min((a.due for a in self.planned), default=None)

    def summary(self) -> str:
        verb = "would apply" if self.dry_run else "applied"
        return (f"scanned {self.scanned} messages, {self.calendar_changes} calendar changes; "
                f"{verb} {len(self.applied)} actions, {len(self.planned)} planned, "
                f"{len(self.skipped)} skipped, {len(self.failed)} failed")


def _aware(now: datetime | None, tz: tzinfo) -> datetime:
    if now is None:
        return datetime.now(UTC)
    if now.tzinfo is None:
        now = now.replace(tzinfo=tz)
    return now.astimezone(UTC)


def _open_calendar_for(config: Config, dry_run: bool) -> Calendar | None:
    """The calendar; a dry run creates no missing calendar and plans as if it were empty."""
    if not dry_run:
        return open_calendar(config)
    from followup.calendar_sync import CalendarMissing

    try:
        return open_calendar(config, create=False)
    except CalendarMissing as exc:
        log.info("dry run: %s; planning without it", exc)
        return None


def plan_all(tracker: Tracker, rules: Rules, now: datetime) -> dict[str, Plan]:
    return plan_many([tracker.snapshot(iid) for iid in tracker.interview_ids()], rules, now)


def run_cycle(config: Config, *, now: datetime | None = None, dry_run: bool = False,
              mailbox: Mailbox | None = None, calendar: Calendar | None = None) -> CycleReport:
    """Scan, record, plan and apply once. ``dry_run`` changes nothing anywhere.

    A real cycle holds the state's single-instance lock (``statefile.hold``; the service
    already holds it for its whole life) and removes temporary files a killed run left;
    SQLite errors (disk full, read-only, damaged) become one-line StateErrors.
    """
    path = config.state.path
    try:
        if dry_run:
            return _run_cycle(config, now=now, dry_run=True, mailbox=mailbox, calendar=calendar)
        with statefile.hold(path, "once") as since:
            return _run_cycle(config, now=now, mailbox=mailbox, calendar=calendar, lock_since=since)
    except sqlite3.Error as exc:
        raise statefile.sqlite_error(path, exc) from exc


def _run_cycle(config: Config, *, now: datetime | None = None, dry_run: bool = False,
               mailbox: Mailbox | None = None, calendar: Calendar | None = None,
               lock_since: float | None = None) -> CycleReport:
    tz = config.owner.zone
    now = _aware(now, tz)
    report = CycleReport(now=now, dry_run=dry_run)
    rules = Rules.from_config(config)
    owner = configured_owner(config)
    own_mailbox = mailbox is None
    own_calendar = calendar is None
    tracker = Tracker.overlay(config.state.path) if dry_run else Tracker(config.state.path)
    try:
        if mailbox is None:
            mailbox = open_mailbox(config)
        calendar_down: AccountError | None = None
        if calendar is None:
            try:
                calendar = _open_calendar_for(config, dry_run)
            except AccountError as exc:  # the drafts need no calendar: they go out; events wait
                calendar_down = exc
                log.warning("calendar unavailable (%s); drafts are written, events wait for the next "
                            "cycle", exc)
        clean = getattr(calendar, "clean_stale_temp", None)
        if lock_since is not None and callable(clean):
            clean(lock_since)
        ingest_mail(tracker, mailbox, config, owner, now, report)
        if calendar is not None:
            ingest_calendar(tracker, calendar, config, owner, now, report)
            read_back(tracker, calendar, now)
        states = {iid: tracker.snapshot(iid) for iid in tracker.interview_ids()}
        report.plans = plan_many(list(states.values()), rules, now)
        applier = Applier(tracker, mailbox, calendar, DraftWriter.from_config(config), now)
        for iid, p in report.plans.items():
            for a in p.actions:
                if a.due > now:
                    report.planned.append(a)
                    continue
                if dry_run:
                    report.applied.append(a)
                    continue
                if calendar_down is not None and a.kind in ("event", "delete_event"):
                    report.failed.append((a, f"calendar unavailable: {calendar_down}"))
                    continue  # not recorded: written when the calendar is back
                try:
                    applier.apply(a, states[iid])
                except (AccountError, FatalError):
                    raise  # the whole account (or everything) is unusable: no point going on
                except Exception as exc:  # one action's failure never stops the others
                    why = str(exc) if isinstance(exc, (MessageError, InterviewError)) else \
                        f"{type(exc).__name__}: {exc}"
                    log.warning("interview %s: action %s failed (skipped): %s", a.interview_id,
                                a.key, why[:300], exc_info=not isinstance(exc, Error))
                    report.failed.append((a, why))
                else:
                    report.applied.append(a)
                    log.info("done: %s (%s)", a.title, a.key)
        if calendar_down is not None:
            raise calendar_down  # after the drafts: the run still says the calendar failed
    finally:
        if own_mailbox and mailbox is not None:
            mailbox.close()
        if own_calendar and calendar is not None:
            calendar.close()
        tracker.close()
    report.planned.sort(key=lambda a: a.due)
    return report


def parse_now(text: str | None, tz: tzinfo) -> datetime | None:
    """``--now``: ISO 8601; a bare date means midnight, a naive time is in the owner's zone."""
    if not text:
        return None
    from followup.errors import UserError

    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        try:
            d = date.fromisoformat(text.strip())
        except ValueError as exc:
            raise UserError(f"--now: not an ISO 8601 time: {text!r}") from exc
        value = datetime(d.year, d.month, d.day)
    return _aware(value, tz)
