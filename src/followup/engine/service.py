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
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo

from followup.backends import open_calendar, open_mailbox
from followup.calendar_sync.base import Calendar
from followup.config import Config, MailboxConfig
from followup.engine import corrections, statefile
from followup.engine.drafts import DraftInput, DraftWriter
from followup.engine.planner import Action, Plan, Rules, plan_many
from followup.engine.tracker import PendingMail, Tracker, _msg_key
from followup.errors import AccountError, Error, FatalError, InterviewError, MessageError, ParseError
from followup.mailbox.base import Mailbox, Prefilter
from followup.parsers import analyze_email, analyze_event
from followup.parsers.addresses import Owner
from followup.parsers.model import Detection, MailMeta
from followup.parsers.prefilter import wants_body

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


def _log_interview(iid: str, det: Detection, where: str) -> None:
    """One INFO line per interview found: what, when, who (addresses, never text)."""
    who = det.recruiter.email if det.recruiter and det.recruiter.email else "-"
    log.info("interview %s (%s): %s at %s, %s, from %s; contact %s", iid, det.kind,
             det.position or "position unknown", det.company or "company unknown",
             det.start.isoformat() if det.start else "time unknown", where, who)


def _ingest_mail(tracker: Tracker, mailbox: Mailbox, config: Config, owner: Owner, now: datetime,
                 report: CycleReport) -> None:
    """Record what the scan finds. Each batch's findings — interviews, skipped messages, and the
    replies and sent mail kept in the ``pending`` table until the scan's end — are committed
    with the folder's mark (``Tracker.scanning``), so an interrupted scan loses nothing: the
    next cycle handles the pending mail left over."""
    since = now - timedelta(days=config.mailbox.lookback_days)
    with tracker.scanning():
        _scan_mail(tracker, mailbox, config, owner, now, since, report)
    # replies and sent mail after every invite of this scan, whatever the folder order
    for p in tracker.pending():
        with tracker.tx():
            _handle_later(tracker, p, owner, now, report)
            tracker.drop_pending(p.mkey)


def scan_prefilter(cfg: MailboxConfig) -> Prefilter:
    """What a scan reads the text of: what ``parsers.prefilter.wants_body`` asks for, and all
    mail the owner marked (the track folder or keyword), which is tracked whatever it says."""
    folder_mark, keyword = cfg.track_folder, cfg.track_keyword.lower()

    def wants(folder: str, meta: MailMeta, keywords: frozenset[str], has_calendar_part: bool) -> bool:
        return (wants_body(meta, has_calendar_part) or bool(folder_mark and folder == folder_mark)
                or bool(keyword and keyword in keywords))
    return wants


def _scan_mail(tracker: Tracker, mailbox: Mailbox, config: Config, owner: Owner, now: datetime,
               since: datetime, report: CycleReport) -> None:
    tz = config.owner.zone
    for sm in mailbox.scan(tracker, since, scan_prefilter(config.mailbox)):
        report.scanned += 1
        if corrections.is_marked(sm, config.mailbox) and not corrections.mark_handled(tracker, sm):
            try:  # the owner marked it (keyword / track folder): tracked whatever the detector says
                iid = corrections.ingest_marked(tracker, sm, owner, now, tz)
            except ParseError as exc:
                log.warning("marked message %s skipped: %s", _msg_key(sm.meta, sm.folder, sm.uid)[:200], exc)
                iid = None
            if iid:
                report.interviews.add(iid)
            continue
        if tracker.seen_message(sm.meta, sm.folder, sm.uid):
            continue
        mkey = _msg_key(sm.meta, sm.folder, sm.uid)
        # the owner's own mail: in Sent, or sent from one of their addresses (decided here only)
        if sm.in_sent or owner.is_me(sm.meta.sender.email if sm.meta.sender else None):
            tracker.add_pending(mkey, sm.folder, sm.uid, is_sent=True, meta=sm.meta, det_meta=None,
                                follow_up_after=None, decision_imminent=False)
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
                _log_interview(iid, det, f"mail in {sm.folder}")
            tracker.record_message(sm.meta, sm.folder, sm.uid, what="interview", interview_id=iid, now=now)
        else:
            if det is not None and not owner.is_me(sm.meta.sender.email if sm.meta.sender else None):
                # a possible interview for `status`, unless it turns out to be a reply (below)
                corrections.note_rejected(tracker, sm, det, mkey, now, tz)
            tracker.add_pending(mkey, sm.folder, sm.uid, is_sent=False, meta=sm.meta,
                                det_meta=det.meta if det else None,
                                follow_up_after=det.follow_up_after if det else None,
                                decision_imminent=det.decision_imminent if det else False)


def _handle_later(tracker: Tracker, p: PendingMail, owner: Owner, now: datetime,
                  report: CycleReport) -> None:
    meta = p.meta
    iid = None
    if p.is_sent:
        found = tracker.record_sent(meta, p.mkey, now)
        report.sent_seen += bool(found)
        iid = found[0] if found else None
        what = "sent"
    else:
        iid = tracker.record_reply(p.det_meta or meta, follow_up_after=p.follow_up_after,
                                   decision_imminent=p.decision_imminent, mkey=p.mkey, now=now)
        report.replies += iid is not None
        what = "reply" if iid else "other"
        if iid is not None:
            corrections.forget_candidate(tracker, p.mkey)
    if iid:
        report.interviews.add(iid)
    tracker.record_message(meta, p.folder, p.uid, what=what, interview_id=iid, now=now)


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
                _log_interview(iid, det, "calendar")
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
    return plan_many([tracker.snapshot(iid) for iid in tracker.interview_ids()], rules, now)


def _read_back(tracker: Tracker, calendar: Calendar, now: datetime) -> None:
    """Where the owner moved our call and move-on events in their calendar: recorded, so the
    planner follows the owner's time (open interviews only)."""
    for iid in tracker.interview_ids():
        st = tracker.snapshot(iid)
        if st.status != "scheduled":
            continue
        for d in st.done.values():
            if d.status != "done" or d.start is None or d.key.split(":", 1)[0] not in ("call", "moveon"):
                continue
            ev = calendar.get_event(d.key)
            if ev is not None and ev.start != d.effective:
                tracker.record_moved(d.key, ev.start)
                log.info("you moved %s to %s; the follow-ups after it follow", d.key, ev.start.isoformat())


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
    owner = Owner.of(config.owner.addresses, config.owner.name or None, rules.workdays)
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
        _ingest_mail(tracker, mailbox, config, owner, now, report)
        if calendar is not None:
            _ingest_calendar(tracker, calendar, config, owner, now, report)
            _read_back(tracker, calendar, now)
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
                if calendar_down is not None and a.kind in ("event", "delete_event"):
                    report.failed.append((a, f"calendar unavailable: {calendar_down}"))
                    continue  # not recorded: written when the calendar is back
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
