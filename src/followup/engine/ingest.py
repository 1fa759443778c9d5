"""Ingestion: what a cycle learns from the mailbox and the calendar, recorded in the tracker.

``ingest_mail`` runs the scan with the engine's prefilter (``scan_prefilter``) and decides
once, here, which mail is the owner's own (in Sent, or from one of their addresses);
``ingest_calendar`` reads the calendar's changes; ``read_back`` records where the owner moved
our events. Nothing here writes to a mailbox or a calendar.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from followup.calendar_sync.base import Calendar
from followup.config import Config, MailboxConfig
from followup.engine import corrections
from followup.engine.tracker import PendingMail, Tracker, _msg_key
from followup.errors import ParseError
from followup.mailbox.base import Mailbox, Prefilter, ScannedMessage
from followup.parsers import analyze_email, analyze_event
from followup.parsers.addresses import Owner
from followup.parsers.model import Detection, MailMeta
from followup.parsers.prefilter import wants_body

if TYPE_CHECKING:
    from followup.engine.service import CycleReport

log = logging.getLogger(__name__)


def scan_prefilter(cfg: MailboxConfig) -> Prefilter:
    """What a scan reads the text of: what ``parsers.prefilter.wants_body`` asks for, and all
    mail the owner marked (the track folder or keyword), which is tracked whatever it says."""
    folder_mark, keyword = cfg.track_folder, cfg.track_keyword.lower()

    def wants(folder: str, meta: MailMeta, keywords: frozenset[str], has_calendar_part: bool) -> bool:
        return (wants_body(meta, has_calendar_part) or bool(folder_mark and folder == folder_mark)
                or bool(keyword and keyword in keywords))
    return wants


def log_interview(iid: str, det: Detection, where: str) -> None:
    """One INFO line per interview found: what, when, who (addresses, never text)."""
    who = det.recruiter.email if det.recruiter and det.recruiter.email else "-"
    log.info("interview %s (%s): %s at %s, %s, from %s; contact %s", iid, det.kind,
             det.position or "position unknown", det.company or "company unknown",
             det.start.isoformat() if det.start else "time unknown", where, who)


def ingest_mail(tracker: Tracker, mailbox: Mailbox, config: Config, owner: Owner, now: datetime,
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
            _own_confirmation(tracker, sm, owner, now, tz, report)
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
                log_interview(iid, det, f"mail in {sm.folder}")
            tracker.record_message(sm.meta, sm.folder, sm.uid, what="interview", interview_id=iid, now=now)
        else:
            if det is not None and not owner.is_me(sm.meta.sender.email if sm.meta.sender else None):
                # a possible interview for `status`, unless it turns out to be a reply (below)
                corrections.note_rejected(tracker, sm, det, mkey, now, tz)
            tracker.add_pending(mkey, sm.folder, sm.uid, is_sent=False, meta=sm.meta,
                                det_meta=det.meta if det else None,
                                follow_up_after=det.follow_up_after if det else None,
                                decision_imminent=det.decision_imminent if det else False)


def _own_confirmation(tracker: Tracker, sm: ScannedMessage, owner: Owner, now: datetime, tz: tzinfo,
                      report: CycleReport) -> None:
    """The owner's reply settling a slot the other side proposed ("Perfect, see you Thursday at 10"),
    or an invite she forwarded to herself: a new interview when no mail of its thread made one
    already (the thread's own invite keeps its time; her words never move it)."""
    if sm.raw is None or not owner.is_me(sm.meta.sender.email if sm.meta.sender else None):
        return
    try:
        det = analyze_email(sm.raw, owner, now, tz)
    except ParseError:
        return  # (logged by nobody: the owner's own mail, read only for this)
    if det.is_interview:
        iid = tracker.record_detection(det, now, owner_reply=True)
        if iid:
            report.interviews.add(iid)
            log_interview(iid, det, f"the owner's mail in {sm.folder}")


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


def ingest_calendar(tracker: Tracker, calendar: Calendar, config: Config, owner: Owner, now: datetime,
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
                log_interview(iid, det, "calendar")
        if iid:
            report.interviews.add(iid)


def read_back(tracker: Tracker, calendar: Calendar, now: datetime) -> None:
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
