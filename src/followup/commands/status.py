"""``followup status`` and ``followup stats``: what the state file knows, as data and as rows."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

from followup.commands.util import iso, local, open_tracker
from followup.config import Config, load_config
from followup.engine.planner import InterviewState, Plan, Rules, describe
from followup.engine.service import parse_now, plan_all
from followup.engine.tracker import OUTCOMES, Tracker

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
            "start": iso(st.start), "end": iso(st.end), "status": st.status, "outcome": st.outcome,
            "stage": stage(st, p, now),
            "timeline": {"follow_up_after": fua.isoformat() if fua else None,
                         "decision_imminent": imminent, "phrase": phrase},
            "people": [{"name": x.name, "email": x.email, "role": x.role, "phone": x.phone,
                        "thank_you": any(r.email == x.email for r in p.recipients) if x.email else False,
                        "guessed": x.guessed} for x in st.people],
            "recipients": [{"email": r.email, "name": r.name, "guessed": r.guessed} for r in p.recipients],
            "notes": list(p.notes),
            "done": [{"key": d.key, "status": d.status, "at": iso(d.at), "start": iso(d.effective),
                      "what": describe(d.key, st, tz, d.effective)}
                     for d in sorted(st.done.values(), key=lambda d: d.at)],
            "missed": p.missed,
            "planned": [{"key": a.key, "kind": a.kind, "title": a.title, "due": iso(a.due),
                         "what": a.title if a.kind in ("draft", "mark_sent") else (
                             describe(a.key, st, tz, a.event.start if a.event else None)),
                         "start": iso(a.event.start) if a.event else None, "guessed": a.guessed,
                         "urgent": a.urgent} for a in sorted(p.actions, key=lambda a: a.due)],
            "replies": [iso(r) for r in sorted(st.replies)],
        })
    return out


def corrections_data(config: Config, tracker: Tracker, now: datetime) -> dict[str, Any]:
    """What the owner may want to correct: possible interviews and ignored interviews."""
    from followup.engine.corrections import ignored_ids, possible_interviews

    ignored = []
    for iid in ignored_ids(tracker):
        r = tracker.row(iid)
        ignored.append({"id": iid, "company": r["company"], "start": iso(datetime.fromisoformat(r["start"])),
                        "undo": f"followup ignore --undo {iid}"})
    return {"possible_interviews": possible_interviews(tracker, now, config.mailbox.lookback_days),
            "ignored": ignored}


@dataclass(frozen=True)
class Status:
    """``followup status``: the interviews, and what the owner may want to correct."""

    interviews: list[dict[str, Any]]
    corrections: dict[str, Any]
    tz: tzinfo
    at: datetime
    possible: bool  # --possible: only the corrections

    def json(self) -> Any:
        # the interviews stay a bare list (consumers index it); --possible gives the rest
        return self.corrections if self.possible else self.interviews

    def lines(self) -> list[str]:
        out = [] if self.possible else _interview_lines(self.interviews, self.tz, self.at)
        return out + _correction_lines(self.corrections, self.tz, say_none=self.possible)


def status(config_path: Path | None, *, now: str | None = None, possible: bool = False) -> Status:
    config = load_config(config_path)
    tz = config.owner.zone
    at = parse_now(now, tz) or datetime.now(UTC)
    with open_tracker(config, write=False) as tracker:
        data = status_data(config, tracker, at)
        extra = corrections_data(config, tracker, at)
    return Status(data, extra, tz, at, possible)


def _correction_lines(extra: dict[str, Any], tz: tzinfo, *, say_none: bool = False) -> list[str]:
    out = []
    if say_none and not extra["possible_interviews"] and not extra["ignored"]:
        out.append("no possible interviews")
    if extra["possible_interviews"]:
        out.append("possible interviews (the detector said no; track one if it is):")
    for c in extra["possible_interviews"]:
        when = local(datetime.fromisoformat(c["date"]), tz) if c["date"] else "-"
        out.append(f"  {when}  {c['sender'] or '-'}  {c['subject'] or '(no subject)'}")
        out.append(f"    why not: {c['reason']}; to track: {c['track']}")
    for iv in extra["ignored"]:
        out.append(f"ignored: {iv['id']}  {iv['company'] or '(unknown company)'}  ({iv['undo']})")
    return out


def _interview_lines(data: list[dict[str, Any]], tz: tzinfo, at: datetime) -> list[str]:
    if not data:
        return ["no interviews yet"]
    out = []
    for iv in data:
        title = " — ".join(x for x in (iv["company"], iv["position"]) if x) or "(unknown company)"
        out.append(f"{iv['id']}  {title}")
        out.append(f"  when:  {local(datetime.fromisoformat(iv['start']), tz)}   stage: {iv['stage']}")
        tl = iv["timeline"]
        if tl["follow_up_after"] or tl["decision_imminent"]:
            out.append(f"  timeline: follow up after {tl['follow_up_after'] or '-'}"
                       + ("  (decision imminent)" if tl["decision_imminent"] else ""))
        for person in iv["people"]:
            bits = [person["name"] or "", f"<{person['email']}>" if person["email"] else "",
                    person["role"], person["phone"] or ""]
            out.append("  person: " + "  ".join(b for b in bits if b))
        out += [f"  note:  {note}" for note in iv["notes"]]
        for d in iv["done"]:
            when = local(datetime.fromisoformat(d["at"]), tz)
            if d["key"].startswith("close:"):
                out.append(f"  done:  closed as no-response ({when})")
                continue
            out.append(f"  done:  {d['what']} ({_DONE_WORDS.get(d['status'], d['status'])} {when})")
        for a in iv["planned"]:
            due = datetime.fromisoformat(a["due"])
            when = "now" if due <= at else local(due, tz)
            out.append(f"  next:  {a['what']} — due {when}")
    return out


_DONE_WORDS = {"done": "written", "deleted": "deleted", "sent": "sent by you"}


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


@dataclass(frozen=True)
class Stats:
    data: dict[str, Any]

    def lines(self) -> list[str]:
        data = self.data
        rr = data["response_rate"]
        out = [f"{data['interviews']} interviews; response rate "
               f"{'-' if rr is None else f'{rr:.0%}'}; outcomes: "
               + ", ".join(f"{k} {v}" for k, v in data["outcomes"].items())]
        for m in data["months"]:
            r = m["response_rate"]
            out.append(f"  {m['month']}: {m['interviews']} interviews, {m['responded']} responded "
                       f"({'-' if r is None else f'{r:.0%}'}), "
                       + ", ".join(f"{k} {v}" for k, v in sorted(m["outcomes"].items())))
        return out


def stats(config_path: Path | None) -> Stats:
    config = load_config(config_path)
    with open_tracker(config, write=False) as tracker:
        return Stats(stats_data(tracker, datetime.now(UTC), config.owner.zone))
