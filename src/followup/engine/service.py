"""One cycle: scan mail and calendar, record, plan, then apply the due actions.

``run_cycle`` is what ``followup run --once`` and the daemon's loop call. Plan first, then
apply; every side effect is checked by key in the backend (a draft's Message-ID derived from
the key, event UID/id), so a crash between the side effect and recording it creates nothing
twice. One action that fails (a draft that cannot be built, …) is logged with its interview
and counted as failed; the other actions go on. A dry
run works on an in-memory copy of the store and touches neither mailbox nor calendar.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo

from followup.calendar_sync.base import Calendar
from followup.config import Config
from followup.engine.drafts import DraftInput, DraftWriter
from followup.engine.planner import Action, Plan, Rules, plan
from followup.engine.tracker import Tracker, _msg_key
from followup.errors import AccountError, Error, FatalError, InterviewError, MessageError, ParseError
from followup.mailbox.base import Mailbox, ScannedMessage
from followup.parsers.addresses import Owner
from followup.parsers.model import CalEvent, Detection

log = logging.getLogger(__name__)


def analyze_email(raw: bytes, owner: Owner, now: datetime, tz: tzinfo) -> Detection:
    from followup.parsers import analyze_email as impl

    return impl(raw, owner, now, tz)


def analyze_event(ev: CalEvent, owner: Owner, now: datetime, tz: tzinfo) -> Detection:
    from followup.parsers import analyze_event as impl

    return impl(ev, owner, now, tz)


def open_mailbox(config: Config) -> Mailbox:
    from followup.mailbox import open_mailbox as impl
    from followup.secrets import mailbox_login

    login = mailbox_login(config)  # the secret is fetched once, here
    return impl(config.mailbox, config.owner.addresses, login.token_provider, password=login.password)


def open_calendar(config: Config, *, create: bool = True) -> Calendar | None:
    from followup.calendar_sync import open_calendar as impl

    return impl(config.calendar, config.state.path.parent, config.owner.timezone, create=create)


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


@dataclass
class _Pending:
    msg: ScannedMessage
    det: Detection | None
    mkey: str


def _ingest_mail(tracker: Tracker, mailbox: Mailbox, config: Config, owner: Owner, now: datetime,
                 report: CycleReport) -> None:
    tz = config.owner.zone
    since = now - timedelta(days=config.mailbox.lookback_days)
    later: list[_Pending] = []
    for sm in mailbox.scan(tracker, since):
        report.scanned += 1
        if tracker.seen_message(sm.meta, sm.folder, sm.uid):
            continue
        mkey = _msg_key(sm.meta, sm.folder, sm.uid)
        if sm.is_sent:
            later.append(_Pending(sm, None, mkey))
            continue
        det: Detection | None = None
        if sm.raw is not None:
            try:
                det = analyze_email(sm.raw, owner, now, tz)
            except ParseError as exc:
                log.warning("message %s skipped: %s", mkey[:200], exc)
                report.skipped.append((mkey, str(exc)))
                tracker.record_message(sm.meta, sm.folder, sm.uid, what="unreadable", interview_id=None,
                                       now=now)
                continue
        if det is not None and det.is_interview:
            iid = tracker.record_detection(det, now)
            if iid:
                report.interviews.add(iid)
            tracker.record_message(sm.meta, sm.folder, sm.uid, what="interview", interview_id=iid, now=now)
        else:
            later.append(_Pending(sm, det, mkey))
    # replies and sent mail after every invite of this scan, whatever the folder order
    for p in later:
        meta = p.msg.meta
        iid = None
        if p.msg.is_sent or owner.is_me(meta.sender.email if meta.sender else None):
            found = tracker.record_sent(meta, p.mkey, now)
            report.sent_seen += bool(found)
            iid = found[0] if found else None
            what = "sent"
        else:
            det = p.det
            iid = tracker.record_reply(det.meta if det and det.meta else meta,
                                       follow_up_after=det.follow_up_after if det else None,
                                       decision_imminent=det.decision_imminent if det else False,
                                       mkey=p.mkey, now=now)
            report.replies += iid is not None
            what = "reply" if iid else "other"
        if iid:
            report.interviews.add(iid)
        tracker.record_message(meta, p.msg.folder, p.msg.uid, what=what, interview_id=iid, now=now)


def _ingest_calendar(tracker: Tracker, calendar: Calendar, config: Config, owner: Owner, now: datetime,
                     report: CycleReport) -> None:
    for ch in calendar.changes(tracker):
        report.calendar_changes += 1
        if ch.event is None:
            iid = tracker.record_calendar_removed(ch.uid, now)
        elif ch.event.followup_key:
            continue
        else:
            try:
                det = analyze_event(ch.event, owner, now, config.owner.zone)
            except ParseError as exc:
                log.warning("calendar event %s skipped: %s", ch.uid[:200], exc)
                report.skipped.append((f"event:{ch.uid}", str(exc)))
                continue
            iid = tracker.record_detection(det, now)
        if iid:
            report.interviews.add(iid)


class Applier:
    """Applies due actions through the backends and records each one as done."""

    def __init__(self, tracker: Tracker, mailbox: Mailbox | None, calendar: Calendar | None,
                 writer: DraftWriter, now: datetime) -> None:
        self.tracker, self.mailbox, self.calendar, self.writer, self.now = (
            tracker, mailbox, calendar, writer, now)

    def apply(self, a: Action) -> None:
        t = self.tracker
        if a.kind == "draft":
            if self.mailbox is None:
                raise InterviewError("no mailbox to write drafts to")
            assert a.recipient is not None
            st = t.row(a.interview_id)
            thread = t.recruiter_thread(a.interview_id) if a.recipient == st["recruiter_email"] else []
            start = datetime.fromisoformat(st["start"])
            msg = self.writer.build(DraftInput(a.key, a.recipient, a.recipient_name, st["company"],
                                               st["position"], start, tuple(thread)), self.now)
            if not self.mailbox.has_draft(a.key):
                self.mailbox.append_draft(msg, a.key)
            t.record_action(a.key, a.interview_id, "draft", "done", self.now, detail=a.recipient)
        elif a.kind == "event":
            assert a.event is not None
            detail = None
            if self.calendar is not None:
                self.calendar.put_event(a.event)
            else:
                detail = "no calendar backend"
            t.record_action(a.key, a.interview_id, "event", "done", self.now, start=a.event.start,
                            detail=detail)
        elif a.kind == "delete_event":
            if self.calendar is not None:
                self.calendar.delete_event(a.key)
            t.record_action(a.key, a.interview_id, "event", "deleted", self.now)
        elif a.kind == "mark_sent":
            t.record_action(a.key, a.interview_id, "draft", "sent", self.now, detail=a.recipient)
        elif a.kind == "close":
            t.record_action(a.key, a.interview_id, "close", "done", self.now)


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
    return {iid: plan(tracker.snapshot(iid), rules, now) for iid in tracker.interview_ids()}


def run_cycle(config: Config, *, now: datetime | None = None, dry_run: bool = False,
              mailbox: Mailbox | None = None, calendar: Calendar | None = None) -> CycleReport:
    """Scan, record, plan and apply once. ``dry_run`` changes nothing anywhere."""
    tz = config.owner.zone
    now = _aware(now, tz)
    report = CycleReport(now=now, dry_run=dry_run)
    owner = Owner.of(config.owner.addresses, config.owner.name or None)
    own_mailbox = mailbox is None
    own_calendar = calendar is None
    tracker = Tracker.overlay(config.state.path) if dry_run else Tracker(config.state.path)
    try:
        if mailbox is None:
            mailbox = open_mailbox(config)
        if calendar is None:
            calendar = _open_calendar_for(config, dry_run)
        _ingest_mail(tracker, mailbox, config, owner, now, report)
        if calendar is not None:
            _ingest_calendar(tracker, calendar, config, owner, now, report)
        rules = Rules.from_config(config)
        report.plans = plan_all(tracker, rules, now)
        applier = Applier(tracker, mailbox, calendar, DraftWriter.from_config(config), now)
        for p in report.plans.values():
            for a in p.actions:
                if a.due > now:
                    report.planned.append(a)
                    continue
                if dry_run:
                    report.applied.append(a)
                    continue
                try:
                    applier.apply(a)
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
