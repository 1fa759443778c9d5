"""Bodies of the commands run / status / timeline / journal / stats (cli.py only wires them)."""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

import click

from followup.config import Config, load_config
from followup.engine.planner import Action, InterviewState, Plan, Rules, describe
from followup.engine.service import CycleReport, parse_now, plan_all, run_cycle
from followup.engine.tracker import OUTCOMES, Tracker
from followup.errors import UserError


def _local(t: datetime | None, tz: tzinfo) -> str:
    return t.astimezone(tz).strftime("%a %Y-%m-%d %H:%M") if t else "-"


def _iso(t: datetime | None) -> str | None:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if t else None


def _open_tracker(config: Config, *, write: bool) -> Tracker:
    """The store; reading a missing one is empty, and owner input needs an existing one
    (``journal``/``timeline`` before any ``run`` create no state file)."""
    if not config.state.path.exists():
        if write:
            raise UserError(f"no interviews yet (no state file {config.state.path}); "
                            "run `followup run` first")
        return Tracker(":memory:")
    return Tracker(config.state.path)


def _action_line(a: Action, tz: tzinfo, verb: str) -> str:
    when = ""
    if a.event is not None:
        when = f" for {_local(a.event.start, tz)}"
    return f"  {verb} {a.title}{when}  [{a.key}]"


# ---------------------------------------------------------------- run

def cmd_run(config_path: Path | None, *, once: bool, now: str | None, dry_run: bool) -> int:
    if not once and not dry_run and now is None:
        from followup.daemon.service import serve

        return serve(config_path)
    config = load_config(config_path)
    tz = config.owner.zone
    report = run_cycle(config, now=parse_now(now, tz), dry_run=dry_run)
    print_report(report, tz)
    return 1 if report.failed else 0


def print_report(report: CycleReport, tz: tzinfo) -> None:
    head = "dry run (nothing changed)" if report.dry_run else "cycle"
    click.echo(f"{head} at {_local(report.now, tz)}: {report.summary()}")
    for key, reason in report.skipped:
        click.echo(f"  skipped message {key[:120]}: {reason[:200]}")
    verb = "would:" if report.dry_run else "done:"
    for a in report.applied:
        click.echo(_action_line(a, tz, verb))
    for a, why in report.failed:
        click.echo(_action_line(a, tz, f"FAILED ({why}):"))
    for a in report.planned:
        click.echo(_action_line(a, tz, f"planned {_local(a.due, tz)}:"))


# ---------------------------------------------------------------- status

def stage(st: InterviewState, p: Plan, now: datetime) -> str:
    if st.status == "cancelled":
        return "cancelled"
    if st.status == "closed":
        return f"closed: {st.outcome or 'no-response'}"
    if now < st.start:
        return "upcoming"
    if now < st.end:
        return "in progress"
    if any(r >= st.end for r in st.replies):
        return "replied"
    if p.missed:
        return "missed while followup was not running"
    done = {k for k, d in st.done.items() if d.status == "done"}
    if any(k.startswith(f"call:{st.id}:2") for k in done):
        return "waiting after the callback"
    if any(k.startswith(f"call:{st.id}:1") for k in done):
        return "follow-up call planned"
    return "thank-you notes due"


def status_data(config: Config, tracker: Tracker, now: datetime) -> list[dict[str, Any]]:
    rules = Rules.from_config(config)
    out: list[dict[str, Any]] = []
    plans = plan_all(tracker, rules, now)
    for iid in tracker.interview_ids():
        st = tracker.snapshot(iid)
        p = plans[iid]
        tz = config.owner.zone
        fua, imminent, phrase = tracker.timeline(iid)
        out.append({
            "id": iid, "company": st.company, "position": st.position,
            "start": _iso(st.start), "end": _iso(st.end), "status": st.status, "outcome": st.outcome,
            "stage": stage(st, p, now),
            "timeline": {"follow_up_after": fua.isoformat() if fua else None,
                         "decision_imminent": imminent, "phrase": phrase},
            "people": [{"name": x.name, "email": x.email, "role": x.role, "phone": x.phone,
                        "thank_you": any(r.email == x.email for r in p.recipients) if x.email else False,
                        "guessed": x.guessed} for x in st.people],
            "recipients": [{"email": r.email, "name": r.name, "guessed": r.guessed} for r in p.recipients],
            "notes": list(p.notes),
            "done": [{"key": d.key, "status": d.status, "at": _iso(d.at), "start": _iso(d.effective),
                      "what": describe(d.key, st, tz, d.effective)}
                     for d in sorted(st.done.values(), key=lambda d: d.at)],
            "missed": p.missed,
            "planned": [{"key": a.key, "kind": a.kind, "title": a.title, "due": _iso(a.due),
                         "what": a.title if a.kind in ("draft", "mark_sent") else (
                             describe(a.key, st, tz, a.event.start if a.event else None)),
                         "start": _iso(a.event.start) if a.event else None, "guessed": a.guessed,
                         "urgent": a.urgent} for a in sorted(p.actions, key=lambda a: a.due)],
            "replies": [_iso(r) for r in sorted(st.replies)],
        })
    return out


def corrections_data(config: Config, tracker: Tracker, now: datetime) -> dict[str, Any]:
    """What the owner may want to correct: possible interviews and ignored interviews."""
    from followup.engine.corrections import ignored_ids, possible_interviews

    ignored = []
    for iid in ignored_ids(tracker):
        r = tracker.row(iid)
        ignored.append({"id": iid, "company": r["company"], "start": _iso(datetime.fromisoformat(r["start"])),
                        "undo": f"followup ignore --undo {iid}"})
    return {"possible_interviews": possible_interviews(tracker, now, config.mailbox.lookback_days),
            "ignored": ignored}


def cmd_status(config_path: Path | None, *, as_json: bool, now: str | None = None,
               possible: bool = False) -> int:
    config = load_config(config_path)
    tz = config.owner.zone
    at = parse_now(now, tz) or datetime.now(UTC)
    with _open_tracker(config, write=False) as tracker:
        data = status_data(config, tracker, at)
        extra = corrections_data(config, tracker, at)
    if as_json:
        # the interviews stay a bare list (consumers index it); --possible gives the rest
        click.echo(json.dumps(extra if possible else data, indent=2, ensure_ascii=False))
        return 0
    if not possible:
        _print_interviews(data, tz, at)
    _print_corrections(extra, tz, say_none=possible)
    return 0


def _print_corrections(extra: dict[str, Any], tz: tzinfo, *, say_none: bool = False) -> None:
    if say_none and not extra["possible_interviews"] and not extra["ignored"]:
        click.echo("no possible interviews")
    if extra["possible_interviews"]:
        click.echo("possible interviews (the detector said no; track one if it is):")
    for c in extra["possible_interviews"]:
        when = _local(datetime.fromisoformat(c["date"]), tz) if c["date"] else "-"
        click.echo(f"  {when}  {c['sender'] or '-'}  {c['subject'] or '(no subject)'}")
        click.echo(f"    why not: {c['reason']}; to track: {c['track']}")
    for iv in extra["ignored"]:
        click.echo(f"ignored: {iv['id']}  {iv['company'] or '(unknown company)'}  ({iv['undo']})")


def _print_interviews(data: list[dict[str, Any]], tz: tzinfo, at: datetime) -> None:
    if not data:
        click.echo("no interviews yet")
        return
    for iv in data:
        title = " — ".join(x for x in (iv["company"], iv["position"]) if x) or "(unknown company)"
        click.echo(f"{iv['id']}  {title}")
        click.echo(f"  when:  {_local(datetime.fromisoformat(iv['start']), tz)}   stage: {iv['stage']}")
        tl = iv["timeline"]
        if tl["follow_up_after"] or tl["decision_imminent"]:
            click.echo(f"  timeline: follow up after {tl['follow_up_after'] or '-'}"
                       + ("  (decision imminent)" if tl["decision_imminent"] else ""))
        for person in iv["people"]:
            bits = [person["name"] or "", f"<{person['email']}>" if person["email"] else "",
                    person["role"], person["phone"] or ""]
            click.echo("  person: " + "  ".join(b for b in bits if b))
        for note in iv["notes"]:
            click.echo(f"  note:  {note}")
        for d in iv["done"]:
            when = _local(datetime.fromisoformat(d["at"]), tz)
            if d["key"].startswith("close:"):
                click.echo(f"  done:  closed as no-response ({when})")
                continue
            click.echo(f"  done:  {d['what']} ({_DONE_WORDS.get(d['status'], d['status'])} {when})")
        for a in iv["planned"]:
            due = datetime.fromisoformat(a["due"])
            when = "now" if due <= at else _local(due, tz)
            click.echo(f"  next:  {a['what']} — due {when}")


_DONE_WORDS = {"done": "written", "deleted": "deleted", "sent": "sent by you"}


# ---------------------------------------------------------------- timeline / journal / resume

def cmd_timeline(config_path: Path | None, ref: str, phrase: str) -> int:
    from followup.parsers.timeline import find_timeline

    config = load_config(config_path)
    tz = config.owner.zone
    with _open_tracker(config, write=True) as tracker:
        iid = tracker.find_interview(ref)
        st = tracker.snapshot(iid)
        tl = find_timeline(phrase, st.end, tz, None, Rules.from_config(config).workdays)
        if tl.follow_up_after is None and not tl.decision_imminent:
            raise UserError(f"no follow-up date found in {phrase!r} (try e.g. \"call me in four days\")")
        tracker.add_timeline(iid, tl.follow_up_after, tl.decision_imminent, phrase[:200], "owner",
                             datetime.now(UTC))
        st = tracker.snapshot(iid)
    from followup.engine.planner import first_call_time

    at, why = first_call_time(st, Rules.from_config(config))
    click.echo(f"{iid}: follow up after {tl.follow_up_after or 'soon'}"
               + (" (decision imminent)" if tl.decision_imminent else "")
               + f"; first call {_local(at, tz)} ({why})")
    return 0


def cmd_resume(config_path: Path | None, ref: str, now: str | None = None) -> int:
    """Follow up now on an interview missed while followup was not running: the first call
    at the next call time ahead, then the callback and move-on as usual."""
    config = load_config(config_path)
    tz = config.owner.zone
    at = parse_now(now, tz) or datetime.now(UTC)
    rules = Rules.from_config(config)
    with _open_tracker(config, write=True) as tracker:
        iid = tracker.find_interview(ref)
        if not plan_all(tracker, rules, at)[iid].missed:
            raise UserError(f"{iid}: not missed, nothing to resume (see `followup status`)")
        tracker.add_timeline(iid, at.astimezone(tz).date(), False, "resume", "owner", at)
        p = plan_all(tracker, rules, at)[iid]
        st = tracker.snapshot(iid)
    call = next((a for a in p.actions if a.key == f"call:{iid}:1" and a.event is not None), None)
    if call is None or call.event is None:
        raise UserError(f"{iid}: no follow-up call could be planned (see `followup status`)")
    click.echo(f"{iid}: resumed; {describe(call.key, st, tz, call.event.start)} "
               "(written at the next `followup run`)")
    return 0


def cmd_journal(config_path: Path | None, ref: str, text: str | None, outcome: str | None) -> int:
    config = load_config(config_path)
    tz = config.owner.zone
    with _open_tracker(config, write=True) as tracker:
        iid = tracker.find_interview(ref)
        if text or outcome:
            tracker.add_journal(iid, text, outcome, datetime.now(UTC))
            click.echo(f"{iid}: noted" + (f"; outcome {outcome}" if outcome else ""))
            return 0
        entries = tracker.journal(iid)
        row = tracker.row(iid)
    click.echo(f"{iid}  {row['company'] or ''} {row['position'] or ''}".rstrip()
               + f"  (outcome: {row['outcome'] or 'open'})")
    if not entries:
        click.echo("  (no journal entries)")
    for e in entries:
        click.echo(f"  {_local(e.at, tz)}  " + (f"[{e.outcome}] " if e.outcome else "") + (e.text or ""))
    return 0


# ---------------------------------------------------------------- stats

@dataclass
class _Month:
    interviews: int = 0
    responded: int = 0
    ended: int = 0


def stats_data(tracker: Tracker, now: datetime, tz: tzinfo = UTC) -> dict[str, Any]:
    """Outcomes and response rates, overall and per month (of the owner's calendar, ``tz``)."""
    months: dict[str, _Month] = defaultdict(_Month)
    outcomes: Counter[str] = Counter()
    per_month_outcomes: dict[str, Counter[str]] = defaultdict(Counter)
    total = _Month()
    for iid in tracker.interview_ids():
        st = tracker.snapshot(iid)
        if st.status == "cancelled":
            continue
        m = st.start.astimezone(tz).strftime("%Y-%m")
        responded = bool(st.replies) or st.outcome in ("offer", "rejected")
        for bucket in (months[m], total):
            bucket.interviews += 1
            bucket.ended += st.end <= now
            bucket.responded += responded
        outcome = st.outcome or ("open" if st.status != "closed" else "no-response")
        outcomes[outcome] += 1
        per_month_outcomes[m][outcome] += 1

    def rate(b: _Month) -> float | None:
        return round(b.responded / b.ended, 3) if b.ended else None

    return {
        "interviews": total.interviews,
        "outcomes": {k: outcomes.get(k, 0) for k in (*OUTCOMES, "open")},
        "response_rate": rate(total),
        "months": [{"month": m, "interviews": b.interviews, "ended": b.ended, "responded": b.responded,
                    "response_rate": rate(b), "outcomes": dict(per_month_outcomes[m])}
                   for m, b in sorted(months.items())],
    }


def cmd_stats(config_path: Path | None, *, as_json: bool) -> int:
    config = load_config(config_path)
    with _open_tracker(config, write=False) as tracker:
        data = stats_data(tracker, datetime.now(UTC), config.owner.zone)
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return 0
    rr = data["response_rate"]
    click.echo(f"{data['interviews']} interviews; response rate "
               f"{'-' if rr is None else f'{rr:.0%}'}; outcomes: "
               + ", ".join(f"{k} {v}" for k, v in data["outcomes"].items()))
    for m in data["months"]:
        r = m["response_rate"]
        click.echo(f"  {m['month']}: {m['interviews']} interviews, {m['responded']} responded "
                   f"({'-' if r is None else f'{r:.0%}'}), "
                   + ", ".join(f"{k} {v}" for k, v in sorted(m["outcomes"].items())))
    return 0


# ---------------------------------------------------------------- corrections: track / ignore

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


def cmd_track(config_path: Path | None, ref: str, *, start: str | None, end: str | None,
              duration: str | None, with_: tuple[str, ...], company: str | None,
              recruiter: str | None, now: str | None = None) -> int:
    """``followup track PATH|MESSAGE-ID``: make a mail (or .ics) a tracked interview."""
    from followup.backends import open_mailbox
    from followup.config import parse_span
    from followup.engine import corrections as corr
    from followup.errors import ParseError
    from followup.parsers.addresses import Owner

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
    owner = Owner.of(config.owner.addresses, config.owner.name or None)
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
    click.echo(f"{iid}: tracking {st.company or '(unknown company)'} at {_local(st.start, tz)}; "
               f"people: {who}")
    return 0


def cmd_ignore(config_path: Path | None, ref: str, *, undo: bool, now: str | None = None) -> int:
    """``followup ignore [--undo] INTERVIEW``."""
    from followup.backends import open_calendar, open_mailbox
    from followup.calendar_sync import CalendarMissing
    from followup.engine import corrections as corr

    config = load_config(config_path)
    tz = config.owner.zone
    at = parse_now(now, tz) or datetime.now(UTC)
    with _open_tracker(config, write=True) as tracker:
        iid = tracker.find_interview(ref)
        row = tracker.row(iid)
        title = row["company"] or "(unknown company)"
        if undo:
            if not corr.unignore(tracker, iid):
                click.echo(f"{iid} ({title}) was not ignored")
                return 0
            click.echo(f"{iid} ({title}) is tracked again; the next run plans it")
            return 0
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
    click.echo(f"{iid} ({title}) ignored: {drafts} unsent draft(s) and {events} future event(s) "
               f"removed; `followup ignore --undo {iid}` brings it back")
    return 0
