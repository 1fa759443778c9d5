"""The owner corrects the detector: possible interviews, ``track``, ``ignore``, marks.

- **Possible interviews**: mail the detector rejected although it names an interview or a
  job call (its vocabulary matched: any reason but "no job interview named") AND a date and
  a clock time are written in it. Kept in the ``candidates`` table, newest ``MAX_POSSIBLE``
  within the look-back, never the owner's own mail; ``status`` lists them with the reason and
  the command to track one.
- **Track**: a mail (or .ics) becomes a tracked interview with the detector's fields when it
  accepted it, else with fields read without its judgement (``extract``); flags override.
  Its message row says ``tracked``, so no later scan re-judges it.
- **Ignore**: the interview leaves planning (``Tracker.interview_ids`` skips the ``ignored``
  table), our unsent drafts leave Drafts (key header AND our Message-ID AND \\Draft, checked
  by the mailbox), our future events leave the calendar; past ones stay. A later scan of the
  same mail or a calendar update of the same UID joins the same (still ignored) interview.
- **Marks**: a mail with the ``[mailbox] track_keyword`` keyword (Gmail: label) or in
  ``[mailbox] track_folder`` is tracked on the next scan; without a time it is listed as a
  possible interview "marked by you, but no time found".
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

from followup.calendar_sync.base import Calendar
from followup.config import MailboxConfig
from followup.engine.tracker import Tracker, _iso, _msg_key
from followup.errors import UserError
from followup.mailbox.base import Mailbox, ScannedMessage
from followup.parsers import vendors
from followup.parsers.addresses import Owner, base_domain, domain_of
from followup.parsers.model import CalEvent, Detection, MailMeta, Person

log = logging.getLogger(__name__)

MAX_POSSIBLE = 50
NOT_NAMED = "no job interview named"  # the detector's reason when its vocabulary did not match
MARKED_NO_TIME = "marked by you, but no time found"
DEFAULT_LENGTH = timedelta(hours=1)


# ---------------------------------------------------------------- reading without judging

def _zone_of(hit_zone: tzinfo | None, text: str, tz: tzinfo) -> tzinfo:
    from followup.parsers.when_zones import zone_from_text

    return hit_zone or zone_from_text(text[:5000]) or tz


def _first_slot(text: str, ref: datetime, tz: tzinfo) -> tuple[datetime, datetime] | None:
    """The first written date (explicit ones first) at the first clock time, or None."""
    from followup.parsers.when import find_dates
    from followup.parsers.when_times import find_duration, find_times

    dates = find_dates(text, ref.astimezone(tz).date())
    times = find_times(text)
    if not dates or not times:
        return None
    d = next((h for h in dates if h.explicit), dates[0])
    t = min(times, key=lambda h: abs(h.pos - d.pos))
    zone = _zone_of(t.zone, text, tz)
    start = datetime.combine(d.value, t.start, tzinfo=zone)
    if t.end_time is not None and t.end_time > t.start:
        end = datetime.combine(d.value, t.end_time, tzinfo=zone)
    else:
        end = start + (find_duration(text) or DEFAULT_LENGTH)
    return start.astimezone(UTC), end.astimezone(UTC)


def _people(addrs: list[tuple[str | None, str | None]], owner: Owner) -> list[Person]:
    from followup.parsers.judging import is_person

    out: list[Person] = []
    for i, (email, name) in enumerate(addrs):
        if email and is_person(email, name, owner) and all(p.email != email.lower() for p in out):
            out.append(Person(email.lower(), name, "recruiter" if i == 0 else "interviewer"))
    return out


def _finish(start: datetime | None, end: datetime | None, people: list[Person], owner: Owner,
            meta: MailMeta | None, uid: str | None, text: str, now: datetime, tz: tzinfo) -> Detection:
    from followup.parsers.judging_finish import finish

    domains = {base_domain(domain_of(p.email)) for p in people[:1] if p.email}
    domains -= set(vendors.FREE_MAIL)
    return finish(kind="invite", start=start, end=end, people=people, owner=owner, meta=meta, uid=uid,
                  sequence=0, text=text, timeline_text=text, now=now, zone=tz,
                  reasons=["tracked by you"], company_domains=domains, content=None)


def _from_event(ev: CalEvent, owner: Owner, meta: MailMeta | None, now: datetime, tz: tzinfo) -> Detection:
    addrs: list[tuple[str | None, str | None]] = []
    if ev.organizer is not None:
        addrs.append((ev.organizer.email, ev.organizer.name))
    addrs += [(a.email, a.name) for a in ev.attendees if a.cutype not in ("ROOM", "RESOURCE")]
    text = f"{ev.summary}\n{ev.description}"
    return _finish(ev.start, ev.end or (ev.start + DEFAULT_LENGTH if ev.start else None),
                   _people(addrs, owner), owner, meta, ev.uid, text, now, tz)


def extract_email(raw: bytes, owner: Owner, now: datetime, tz: tzinfo) -> Detection:
    """The detector's result when it sees an interview with a time; else the fields read
    without its judgement (first date and time, sender and copied people). May lack a start."""
    from followup.parsers import analyze_email
    from followup.parsers.mime import read_message

    det = analyze_email(raw, owner, now, tz)
    if det.is_interview and det.start is not None and det.kind != "cancellation":
        return det
    content = read_message(raw, default_tz=tz)
    meta = content.meta
    for ev in content.calendars:
        if ev.start is not None:
            return _from_event(ev, owner, meta, now, tz)
    text = f"{meta.subject}\n{content.own_text[:20_000]}"
    slot = _first_slot(text, meta.date or now, tz)
    addrs = [(a.email, a.name) for a in (*((meta.sender,) if meta.sender else ()), *meta.reply_to,
                                          *meta.cc, *meta.to)]
    return _finish(slot[0] if slot else None, slot[1] if slot else None, _people(addrs, owner), owner,
                   meta, None, text, now, tz)


def extract_ics(data: bytes, owner: Owner, now: datetime, tz: tzinfo) -> Detection:
    from followup.parsers import analyze_ics
    from followup.parsers.ics import parse_calendar

    det = analyze_ics(data, owner, now, tz)
    if det.is_interview and det.start is not None and det.kind != "cancellation":
        return det
    for ev in parse_calendar(data, default_tz=tz):
        if ev.start is not None:
            return _from_event(ev, owner, None, now, tz)
    return replace(det, is_interview=True, start=None, end=None)


@dataclass(frozen=True)
class Overrides:
    """``followup track`` flags: each set one field of the tracked interview."""

    start: datetime | None = None
    end: datetime | None = None
    duration: timedelta | None = None
    with_: tuple[str, ...] = ()
    company: str | None = None
    recruiter: str | None = None


def apply_overrides(det: Detection, ov: Overrides) -> Detection:
    start = ov.start or det.start
    end = ov.end
    if end is None and ov.duration is not None and start is not None:
        end = start + ov.duration
    if end is None:
        end = det.end if (det.end and start == det.start) else (start + DEFAULT_LENGTH if start else None)
    if start is not None and end is not None and end <= start:
        raise UserError(f"--end {end.isoformat()} is not after the start {start.isoformat()}")
    people = list(det.people)
    recips = list(det.thank_you_recipients)
    recruiter = det.recruiter
    if ov.recruiter:
        recruiter = Person(ov.recruiter.lower(), None, "recruiter")
        people = [p for p in people if p.email != recruiter.email] + [recruiter]
        if ov.recruiter.lower() not in recips:
            recips.append(ov.recruiter.lower())
    for addr in ov.with_:
        a = addr.lower()
        if all(p.email != a for p in people):
            people.append(Person(a, None, "interviewer"))
        if a not in recips:
            recips.append(a)
    return replace(det, is_interview=True, kind="invite", start=start, end=end, people=tuple(people),
                   thank_you_recipients=tuple(recips), recruiter=recruiter,
                   company=ov.company or det.company, side="candidate")


# ---------------------------------------------------------------- store

def track_detection(tracker: Tracker, det: Detection, now: datetime, *, mkey: str | None = None,
                    folder: str | None = None, uid: str | None = None, what_if_missing: str = "") -> str:
    """Record ``det`` as a tracked interview (it must have a start); returns its id. The mail's
    row says ``tracked`` from now on, it leaves the possible interviews, and the interview is
    no longer ignored."""
    if det.start is None or det.end is None:
        raise UserError("no interview time found: give --start ISO (and --end ISO or --duration 45m)")
    with tracker.tx() as db:
        iid = tracker.record_detection(replace(det, is_interview=True), now)
        if iid is None:
            raise UserError("could not record the interview")
        if mkey is not None:
            db.execute("INSERT INTO messages(mkey, folder, uid, interview_id, what, sender, date, seen) "
                       "VALUES (?,?,?,?, 'tracked', ?, ?, ?) ON CONFLICT(mkey) DO UPDATE SET "
                       "what = 'tracked', interview_id = excluded.interview_id",
                       (mkey, folder, uid, iid,
                        det.meta.sender.email if det.meta and det.meta.sender else None,
                        _iso(det.meta.date) if det.meta else None, _iso(now)))
            db.execute("DELETE FROM candidates WHERE mkey = ?", (mkey,))
        db.execute("DELETE FROM ignored WHERE interview_id = ?", (iid,))
    log.info("interview %s tracked by the owner", iid)
    return iid


def _add_candidate(tracker: Tracker, sm: ScannedMessage, mkey: str, reason: str, marked: bool,
                   now: datetime) -> None:
    meta = sm.meta
    with tracker.tx() as db:
        db.execute("INSERT INTO candidates(mkey, folder, uid, message_id, subject, sender, date, reason, "
                   "marked, seen) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(mkey) DO UPDATE SET "
                   "reason = excluded.reason, marked = max(marked, excluded.marked)",
                   (mkey, sm.folder, sm.uid, meta.message_id.strip().strip("<>") if meta.message_id else None,
                    (meta.subject or "")[:300],
                    meta.sender.email if meta.sender else None, _iso(meta.date or now), reason[:200],
                    int(marked), _iso(now)))
        # bounded: the newest MAX_POSSIBLE (marked ones are the owner's and always kept)
        db.execute("DELETE FROM candidates WHERE marked = 0 AND mkey NOT IN (SELECT mkey FROM candidates "
                   "WHERE marked = 0 ORDER BY date DESC LIMIT ?)", (MAX_POSSIBLE,))


def note_rejected(tracker: Tracker, sm: ScannedMessage, det: Detection, mkey: str, now: datetime,
                  tz: tzinfo) -> bool:
    """Keep a rejected mail as a possible interview when it names an interview or job call and
    writes a date and a time. The caller passes only mail not from the owner."""
    if det.is_interview or sm.raw is None or not det.reasons or det.reasons[0] == NOT_NAMED:
        return False
    from followup.parsers.mime import read_message

    try:
        content = read_message(sm.raw, default_tz=tz)
    except Exception:  # the detector read it already; be quiet about a second failure
        return False
    text = f"{content.meta.subject}\n{content.own_text[:20_000]}"
    if _first_slot(text, content.meta.date or now, tz) is None:
        return False
    _add_candidate(tracker, sm, mkey, det.reasons[0], False, now)
    return True


def forget_candidate(tracker: Tracker, mkey: str) -> None:
    """A rejected mail that turned out to be a reply to a known interview is no possible
    interview (a mail the owner marked stays listed)."""
    tracker.db.execute("DELETE FROM candidates WHERE mkey = ? AND marked = 0", (mkey,))


def is_marked(sm: ScannedMessage, cfg: MailboxConfig) -> bool:
    return bool(cfg.track_folder and sm.folder == cfg.track_folder) or bool(
        cfg.track_keyword and cfg.track_keyword.lower() in sm.keywords)


def mark_handled(tracker: Tracker, sm: ScannedMessage) -> bool:
    """True when this marked mail was tracked, detected or listed already."""
    mkey = _msg_key(sm.meta, sm.folder, sm.uid)
    row = tracker.db.execute("SELECT what FROM messages WHERE mkey = ?", (mkey,)).fetchone()
    if row is not None and row["what"] in ("interview", "tracked"):
        return True
    return tracker.db.execute("SELECT 1 FROM candidates WHERE mkey = ? AND marked = 1",
                              (mkey,)).fetchone() is not None


def ingest_marked(tracker: Tracker, sm: ScannedMessage, owner: Owner, now: datetime,
                  tz: tzinfo) -> str | None:
    """A mail the owner marked: tracked when a time can be read, else a possible interview."""
    mkey = _msg_key(sm.meta, sm.folder, sm.uid)
    if sm.raw is None:
        return None
    det = extract_email(sm.raw, owner, now, tz)
    if det.start is None:
        _add_candidate(tracker, sm, mkey, MARKED_NO_TIME, True, now)
        with tracker.tx() as db:
            db.execute("INSERT OR IGNORE INTO messages(mkey, folder, uid, interview_id, what, sender, date, "
                       "seen) VALUES (?,?,?,NULL,'other',?,?,?)",
                       (mkey, sm.folder, sm.uid, sm.meta.sender.email if sm.meta.sender else None,
                        _iso(sm.meta.date), _iso(now)))
        return None
    return track_detection(tracker, det, now, mkey=mkey, folder=sm.folder, uid=sm.uid)


def possible_interviews(tracker: Tracker, now: datetime, lookback_days: int) -> list[dict[str, Any]]:
    since = _iso(now - timedelta(days=lookback_days))
    rows = tracker.db.execute(
        "SELECT c.* FROM candidates c LEFT JOIN messages m ON m.mkey = c.mkey "
        "WHERE (m.what IS NULL OR m.what NOT IN ('tracked', 'interview')) AND (c.marked = 1 OR c.date >= ?) "
        "ORDER BY c.marked DESC, c.date DESC LIMIT ?", (since, MAX_POSSIBLE)).fetchall()
    out = []
    for r in rows:
        ref = r["message_id"] or r["mkey"]
        cmd = f"followup track '{ref}'" + (" --start …" if r["marked"] else "")
        out.append({"message_id": r["message_id"], "subject": r["subject"], "sender": r["sender"],
                    "date": r["date"], "folder": r["folder"], "reason": r["reason"],
                    "marked": bool(r["marked"]), "track": cmd})
    return out


def find_seen(tracker: Tracker, ref: str) -> tuple[str, str | None, str | None, str | None]:
    """A mail the scan has seen, by Message-ID (with or without <>): (mkey, folder, uid, id)."""
    key = ref.strip().strip("<>").lower()
    row = tracker.db.execute("SELECT mkey, folder, uid, message_id FROM candidates WHERE mkey = ?",
                             (key,)).fetchone()
    if row is not None:
        return row["mkey"], row["folder"], row["uid"], row["message_id"]
    row = tracker.db.execute("SELECT mkey, folder, uid FROM messages WHERE mkey = ?", (key,)).fetchone()
    if row is None:
        raise UserError(f"no mail with Message-ID {ref!r} was seen by a scan "
                        "(give a .eml path, or run `followup run` first)")
    return row["mkey"], row["folder"], row["uid"], None if "/" in key and "@" not in key else key


# ---------------------------------------------------------------- ignore

def ignored_ids(tracker: Tracker) -> list[str]:
    return [str(r[0]) for r in tracker.db.execute("SELECT interview_id FROM ignored ORDER BY at")]


def ignore(tracker: Tracker, iid: str, mailbox: Mailbox | None, calendar: Calendar | None,
           now: datetime) -> tuple[int, int]:
    """Ignore ``iid``: out of planning first (so nothing new is written), then our unsent
    drafts and future events removed, each forgotten once gone (``--undo`` plans them again).
    Returns (drafts removed, events removed)."""
    with tracker.tx() as db:
        db.execute("INSERT OR IGNORE INTO ignored(interview_id, at) VALUES (?, ?)", (iid, _iso(now)))
    drafts = events = 0
    rows = tracker.db.execute("SELECT key, kind, start FROM actions WHERE interview_id = ? AND "
                              "status = 'done' ORDER BY key", (iid,)).fetchall()
    for r in rows:
        if r["kind"] == "draft" and mailbox is not None and mailbox.delete_our_draft(r["key"]):
            drafts += 1
        elif r["kind"] == "event" and r["start"] and datetime.fromisoformat(r["start"]) > now \
                and calendar is not None:
            calendar.delete_event(r["key"])
            events += 1
        else:
            continue  # sent (or removed by the owner) drafts, past events: left as they are
        with tracker.tx() as db:
            db.execute("DELETE FROM actions WHERE key = ?", (r["key"],))
    return drafts, events


def unignore(tracker: Tracker, iid: str) -> bool:
    with tracker.tx() as db:
        return db.execute("DELETE FROM ignored WHERE interview_id = ?", (iid,)).rowcount > 0
