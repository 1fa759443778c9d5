"""`followup inspect`: parse .eml/.ics files and print what was detected."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from followup.config import load_config
from followup.errors import ConfigError, ParseError, UserError
from followup.parsers import analyze_email, analyze_ics
from followup.parsers.addresses import Owner, normalize
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


def _summary(path: Path, det: Detection) -> str:
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


def run_inspect(
    paths: list[Path], *, as_json: bool, me: list[str], now: str | None, config_path: Path | None
) -> int:
    owner_addrs = [a for a in (normalize(x) for x in me) if a]
    bad_me = [x for x in me if not normalize(x)]
    if bad_me:
        raise UserError(f"--me: not an email address: {bad_me[0]!r}")
    name: str | None = None
    tz: tzinfo | None = None
    if config_path is not None or not owner_addrs:
        try:
            cfg = load_config(config_path)
        except ConfigError:
            if config_path is not None:
                raise
            cfg = None
        if cfg is not None and cfg.source is not None:
            if not owner_addrs:
                owner_addrs = list(cfg.owner.addresses)
            name = cfg.owner.name or None
            tz = ZoneInfo(cfg.owner.timezone)
    owner = Owner.of(owner_addrs, name) if owner_addrs else None
    if now:
        try:
            ref = datetime.fromisoformat(now.replace("Z", "+00:00"))
        except ValueError as exc:
            raise UserError(f"--now: not an ISO 8601 time: {now!r}") from exc
        if ref.tzinfo is None:
            ref = ref.replace(tzinfo=UTC)
    else:
        ref = datetime.now(UTC)

    results: list[dict[str, Any]] = []
    failed = False
    for path in paths:
        try:
            det = inspect_file(path, owner, ref, tz)
        except ParseError as exc:
            failed = True
            msg = " ".join(str(exc).split()) or "cannot parse"
            results.append({"path": str(path), "error": msg})
            if not as_json:
                print(f"{path}: error: {msg}")
            continue
        obj = detection_json(det)
        results.append({"path": str(path), **obj})
        if not as_json:
            print(_summary(path, det))
    if as_json:
        out: Any = results[0] if len(paths) == 1 else results
        json.dump(out, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    return 1 if failed else 0
