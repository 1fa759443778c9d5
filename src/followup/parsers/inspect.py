"""What the parser sees in one .eml/.ics file: the detection, as the ``inspect --json`` object
and as a few lines of text. Pure apart from reading the file: the owner, the zone and ``now``
are passed in (``followup.commands.inspect`` takes them from the config and the flags)."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

from followup.errors import ParseError
from followup.parsers import analyze_email, analyze_ics
from followup.parsers.addresses import Owner
from followup.parsers.model import Detection

_MAX_FILE = 50 * 1024 * 1024


def _iso(d: datetime | None) -> str | None:
    if d is None:
        return None
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def detection_json(det: Detection) -> dict[str, Any]:
    """The `inspect --json` contract (DESIGN.md)."""
    return {
        "is_interview": det.is_interview,
        "kind": det.kind if det.is_interview else None,
        "start": _iso(det.start) if det.is_interview else None,
        "end": _iso(det.end) if det.is_interview else None,
        "company": det.company if det.is_interview else None,
        "thank_you_recipients": list(det.thank_you_recipients) if det.is_interview else [],
        "recruiter_email": det.recruiter_email if det.is_interview else None,
        "follow_up_after": det.follow_up_after.isoformat()
        if det.is_interview and det.follow_up_after
        else None,
        "position": det.position if det.is_interview else None,
        "people": [
            {"email": p.email, "name": p.name, "role": p.role, "phone": p.phone, "title": p.title}
            for p in det.people
        ]
        if det.is_interview
        else [],
        "decision_imminent": det.decision_imminent if det.is_interview else False,
        "uid": det.uid,
        "reasons": list(det.reasons),
    }


def inspect_file(path: Path, owner: Owner | None, now: datetime, tz: tzinfo | None) -> Detection:
    try:
        size = path.stat().st_size
        if size > _MAX_FILE:
            raise ParseError(f"file too large ({size} bytes)")
        data = path.read_bytes()
    except OSError as exc:
        raise ParseError(f"cannot read: {exc.strerror or exc}") from exc
    is_ics = path.suffix.lower() in (".ics", ".ical", ".ifb", ".icalendar") or (
        data.lstrip(b"\xef\xbb\xbf \r\n\t")[:15].upper().startswith(b"BEGIN:VCALENDAR")
    )
    if is_ics:
        return analyze_ics(data, owner, now, tz)
    return analyze_email(data, owner, now, tz)


def summary(path: Path, det: Detection) -> str:
    """A few lines for a person: what was detected, when, who gets a thank-you."""
    if not det.is_interview:
        why = det.reasons[0] if det.reasons else "not an interview"
        return f"{path}: not an interview ({why})"
    lines = [f"{path}: interview ({det.kind})"]
    if det.start:
        end = f" – {_iso(det.end)}" if det.end else ""
        lines.append(f"  when:      {_iso(det.start)}{end}")
    if det.company or det.position:
        lines.append(
            f"  company:   {det.company or '?'}" + (f", position: {det.position}" if det.position else "")
        )
    if det.recruiter:
        r = det.recruiter
        lines.append(f"  recruiter: {r.name or ''} <{r.email}>" + (f", phone {r.phone}" if r.phone else ""))
    for p in det.people:
        if p is det.recruiter or (det.recruiter and p.email == det.recruiter.email):
            continue
        addr = f"<{p.email}>" if p.email else "(no address: no draft)"
        lines.append(f"  {p.role}: {p.name or ''} {addr}".rstrip())
    lines.append(f"  thank-you drafts to: {', '.join(det.thank_you_recipients) or 'nobody'}")
    if det.follow_up_after:
        urgent = " (decision imminent)" if det.decision_imminent else ""
        lines.append(f"  follow up after: {det.follow_up_after.isoformat()}{urgent}")
    return "\n".join(lines)
