"""The owner's corrections of the detector: ``track`` (a miss) and ``ignore`` (a false one)."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from pathlib import Path

from followup.backends import open_calendar, open_mailbox
from followup.commands.util import local, open_tracker
from followup.config import load_config, parse_span
from followup.engine import corrections as corr
from followup.engine.planner import configured_owner
from followup.engine.service import parse_now
from followup.engine.tracker import Tracker
from followup.errors import ParseError, UserError


def _when(flag: str, text: str | None, tz: tzinfo) -> datetime | None:
    if not text:
        return None
    try:
        value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise UserError(f"{flag}: not an ISO 8601 time: {text!r} (e.g. 2026-03-03T14:00)") from exc
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.astimezone(UTC)


def track(config_path: Path | None, ref: str, *, start: str | None, end: str | None,
          duration: str | None, with_: tuple[str, ...], company: str | None,
          recruiter: str | None, now: str | None = None) -> str:
    """``followup track PATH|MESSAGE-ID``: make a mail (or .ics) a tracked interview."""
    config = load_config(config_path)
    tz = config.owner.zone
    at = parse_now(now, tz) or datetime.now(UTC)
    span = None
    if duration:
        try:
            span = parse_span(duration)
        except ValueError as exc:
            raise UserError(f"--duration: {exc}") from exc
        if span.business_days:
            raise UserError(f"--duration: business days are not an interview length: {duration!r}")
    for flag, addr in [*(("--with", a) for a in with_), ("--recruiter", recruiter or "")]:
        if addr and ("@" not in addr or any(c.isspace() for c in addr)):
            raise UserError(f"{flag}: not a mail address: {addr!r}")
    ov = corr.Overrides(start=_when("--start", start, tz), end=_when("--end", end, tz),
                        duration=span.delta if span else None, with_=tuple(with_), company=company,
                        recruiter=recruiter)
    owner = configured_owner(config)
    path = Path(ref).expanduser()
    mkey = folder = uid = None
    with Tracker(config.state.path) as tracker:  # tracking a file needs no earlier run
        if path.is_file():
            data = path.read_bytes()
            try:
                if path.suffix.lower() == ".ics":
                    det = corr.extract_ics(data, owner, at, tz)
                else:
                    det = corr.extract_email(data, owner, at, tz)
                    if det.meta is not None and det.meta.message_id:
                        mkey = det.meta.message_id.strip().strip("<>").lower()
            except ParseError as exc:
                raise UserError(f"{path}: cannot read: {exc}") from exc
        elif "@" not in ref and "/" not in ref:
            raise UserError(f"{ref}: no such file, and not a Message-ID")
        else:
            mkey, folder, uid, message_id = corr.find_seen(tracker, ref)
            if folder is None or uid is None:
                raise UserError(f"{ref}: the scan did not keep where this mail is")
            mailbox = open_mailbox(config)
            try:
                raw = mailbox.fetch_message(folder, uid, message_id)
            finally:
                mailbox.close()
            if raw is None:
                raise UserError(f"{ref}: the mail is no longer in {folder}")
            try:
                det = corr.extract_email(raw, owner, at, tz)
            except ParseError as exc:
                raise UserError(f"{ref}: cannot read: {exc}") from exc
        det = corr.apply_overrides(det, ov)
        if det.start is None:
            raise UserError(f"{ref}: no interview time found in it: give --start ISO "
                            "(and --end ISO or --duration 45m)")
        iid = corr.track_detection(tracker, det, at, mkey=mkey, folder=folder, uid=uid)
        st = tracker.snapshot(iid)
    who = ", ".join(p.email or p.name or "" for p in st.people) or "nobody yet (add --with ADDRESS)"
    return (f"{iid}: tracking {st.company or '(unknown company)'} at {local(st.start, tz)}; "
            f"people: {who}")


def ignore(config_path: Path | None, ref: str, *, undo: bool, now: str | None = None) -> str:
    """``followup ignore [--undo] INTERVIEW``: our unsent drafts and future events go."""
    from followup.calendar_sync import CalendarMissing

    config = load_config(config_path)
    tz = config.owner.zone
    at = parse_now(now, tz) or datetime.now(UTC)
    with open_tracker(config, write=True) as tracker:
        iid = tracker.find_interview(ref)
        row = tracker.row(iid)
        title = row["company"] or "(unknown company)"
        if undo:
            if not corr.unignore(tracker, iid):
                return f"{iid} ({title}) was not ignored"
            return f"{iid} ({title}) is tracked again; the next run plans it"
        mailbox = open_mailbox(config)
        try:
            try:
                calendar = open_calendar(config, create=False)
            except CalendarMissing:
                calendar = None
            try:
                drafts, events = corr.ignore(tracker, iid, mailbox, calendar, at)
            finally:
                if calendar is not None:
                    calendar.close()
        finally:
            mailbox.close()
    return (f"{iid} ({title}) ignored: {drafts} unsent draft(s) and {events} future event(s) "
            f"removed; `followup ignore --undo {iid}` brings it back")
