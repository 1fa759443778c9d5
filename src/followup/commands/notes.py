"""What the owner tells followup about an interview: ``timeline``, ``resume``, ``journal``."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from followup.commands.util import local, open_tracker
from followup.config import load_config
from followup.engine.planner import Rules, describe, first_call_time
from followup.engine.service import parse_now, plan_all
from followup.errors import UserError


def timeline(config_path: Path | None, ref: str, phrase: str) -> str:
    """Record a follow-up date stated in words; returns the line saying when the first call is."""
    from followup.parsers.timeline import find_timeline

    config = load_config(config_path)
    tz = config.owner.zone
    with open_tracker(config, write=True) as tracker:
        iid = tracker.find_interview(ref)
        st = tracker.snapshot(iid)
        tl = find_timeline(phrase, st.end, tz, None, Rules.from_config(config).workdays)
        if tl.follow_up_after is None and not tl.decision_imminent:
            raise UserError(f"no follow-up date found in {phrase!r} (try e.g. \"call me in four days\")")
        tracker.add_timeline(iid, tl.follow_up_after, tl.decision_imminent, phrase[:200], "owner",
                             datetime.now(UTC))
        st = tracker.snapshot(iid)
    at, why = first_call_time(st, Rules.from_config(config))
    return (f"{iid}: follow up after {tl.follow_up_after or 'soon'}"
            + (" (decision imminent)" if tl.decision_imminent else "")
            + f"; first call {local(at, tz)} ({why})")


def resume(config_path: Path | None, ref: str, now: str | None = None) -> str:
    """Follow up now on an interview missed while followup was not running: the first call
    at the next call time ahead, then the callback and move-on as usual."""
    config = load_config(config_path)
    tz = config.owner.zone
    at = parse_now(now, tz) or datetime.now(UTC)
    rules = Rules.from_config(config)
    with open_tracker(config, write=True) as tracker:
        iid = tracker.find_interview(ref)
        if not plan_all(tracker, rules, at)[iid].missed:
            raise UserError(f"{iid}: not missed, nothing to resume (see `followup status`)")
        tracker.add_timeline(iid, at.astimezone(tz).date(), False, "resume", "owner", at)
        p = plan_all(tracker, rules, at)[iid]
        st = tracker.snapshot(iid)
    call = next((a for a in p.actions if a.key == f"call:{iid}:1" and a.event is not None), None)
    if call is None or call.event is None:
        raise UserError(f"{iid}: no follow-up call could be planned (see `followup status`)")
    return (f"{iid}: resumed; {describe(call.key, st, tz, call.event.start)} "
            "(written at the next `followup run`)")


def journal(config_path: Path | None, ref: str, text: str | None, outcome: str | None) -> list[str]:
    """Add a note and/or an outcome; without either, the interview's journal as rows."""
    config = load_config(config_path)
    tz = config.owner.zone
    with open_tracker(config, write=True) as tracker:
        iid = tracker.find_interview(ref)
        if text or outcome:
            tracker.add_journal(iid, text, outcome, datetime.now(UTC))
            return [f"{iid}: noted" + (f"; outcome {outcome}" if outcome else "")]
        entries = tracker.journal(iid)
        row = tracker.row(iid)
    out = [f"{iid}  {row['company'] or ''} {row['position'] or ''}".rstrip()
           + f"  (outcome: {row['outcome'] or 'open'})"]
    if not entries:
        out.append("  (no journal entries)")
    out += [f"  {local(e.at, tz)}  " + (f"[{e.outcome}] " if e.outcome else "") + (e.text or "")
            for e in entries]
    return out
