"""The etiquette planner: a pure function of one interview's state, the rules and ``now``.

``plan(state, rules, now)`` returns every action still to take for the interview (some due
later) plus notes for the status (who gets no draft and why, guessed addresses). Each action
has a deterministic key, so applying a plan twice, or after a crash, creates nothing twice:

- ``thanks:<interview>:<email>``  one thank-you draft per recipient
- ``call:<interview>:1`` / ``call:<interview>:2``  the follow-up call and the one callback
- ``moveon:<interview>``  the "move on" marker; ``close:<interview>`` closes as no-response
- ``note:<interview>:<email>``  handwritten-note reminder; ``prep:<interview>``  checklist

Calls are calendar events. The first call's event is written when the interview ends; the
callback's only once the first call's time has passed with no reply; the move-on marker once
the last call's time has passed. A reply (company side, after the interview) or a
cancellation deletes the events of calls not made yet and stops the chain.

Catching up (first run on an old mailbox, a laptop that was off): a thank-you draft is written
only within ``thank_you_window`` of the interview's end; an event is never written with a
start that has already passed. A step whose time passed unwritten moves to the next call slot
ahead while that is still before the time the step after it was due (the first call: before
the move-on time of the original chain; the callback: before its own move-on time), else it
is dropped: a dropped first call leaves the interview "missed" (no events, not closed; the
owner resumes it with ``followup resume``), a dropped callback lets the move-on follow. An
event the owner moved in their calendar keeps the owner's time, and the chain follows it.
Calls of several interviews on one morning are staggered (``busy``, see ``plan_many``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Literal
from zoneinfo import ZoneInfo

from followup.config import Config, FollowupConfig, Span
from followup.engine.events import FollowupEvent
from followup.engine.guess import detect_pattern, guess_address
from followup.parsers.addresses import Owner
from followup.workdays import WEEKENDS_ONLY, Workdays, workdays_for

ActionKind = Literal["draft", "event", "delete_event", "mark_sent", "close"]
Status = Literal["scheduled", "cancelled", "closed"]

THANK_YOU_ROLES = ("recruiter", "interviewer", "hiring_manager")
MAX_CALLS = 2
UTC = ZoneInfo("UTC")
_D = FollowupConfig()
VOICEMAIL_TIP = ("If nobody answers: leave a brief message and your phone number{phone}. "
                 "Talk slowly and repeat your number.")


def config_workdays(config: Config, year: int | None = None) -> Workdays:
    """The business days of the owner's country (``[owner] country``, by default the country of
    their zone) around ``year`` (this year)."""
    year = year if year is not None else date.today().year
    return workdays_for(config.owner.country, range(year - 2, year + 4))


def configured_owner(config: Config) -> Owner:
    """The owner every command reads mail for: their addresses, name and business days (so "within
    3 working days" skips their country's holidays in a run, a rebuild and a `track` alike)."""
    return Owner.of(config.owner.addresses, config.owner.name or None, config_workdays(config))


@dataclass(frozen=True)
class Rules:
    """The [followup] settings plus the owner's zone and phone."""

    tz: tzinfo = UTC
    tz_name: str = "UTC"
    thank_you_delay: Span = _D.thank_you_delay
    thank_you_window: Span = _D.thank_you_window
    first_call_after: Span = _D.first_call_after
    callback_after: Span = _D.callback_after
    move_on_after: Span = _D.move_on_after
    call_time: time = time(10, 0)
    call_minutes: int = 15
    handwritten_note: bool = False
    prep_reminder: bool = False
    owner_phone: str = ""
    workdays: Workdays = WEEKENDS_ONLY
    stagger_minutes: int = 30  # calls of several interviews on one morning: this far apart

    @classmethod
    def from_config(cls, config: Config) -> Rules:
        f = config.followup
        year = date.today().year
        return cls(tz=config.owner.zone, tz_name=config.owner.timezone,
                   thank_you_delay=f.thank_you_delay, thank_you_window=f.thank_you_window,
                   workdays=config_workdays(config, year),
                   first_call_after=f.first_call_after,
                   callback_after=f.callback_after, move_on_after=f.move_on_after,
                   call_time=f.call_time, call_minutes=f.call_minutes,
                   handwritten_note=f.handwritten_note, prep_reminder=f.prep_reminder,
                   owner_phone=config.owner.phone)


@dataclass(frozen=True)
class PersonState:
    email: str | None
    name: str | None
    role: str
    phone: str | None = None
    title: str | None = None
    recipient: bool = False  # the parsers named them a thank-you recipient
    guessed: bool = False  # the address came from the company's pattern


@dataclass(frozen=True)
class Done:
    """An action already applied: ``status`` done | deleted | sent; ``start`` for events (as
    written); ``moved``: where the owner moved that event in their calendar."""

    key: str
    status: str
    at: datetime
    start: datetime | None = None
    moved: datetime | None = None

    @property
    def effective(self) -> datetime | None:
        return self.moved or self.start


@dataclass(frozen=True)
class InterviewState:
    id: str
    start: datetime
    end: datetime
    company: str | None = None
    position: str | None = None
    domain: str | None = None
    status: Status = "scheduled"
    outcome: str | None = None
    people: tuple[PersonState, ...] = ()
    recruiter_email: str | None = None
    recruiter_thread: tuple[str, ...] = ()  # the recruiter's Message-IDs: a draft to them replies to these
    follow_up_after: date | None = None
    decision_imminent: bool = False
    replies: tuple[datetime, ...] = ()  # company-side mail after the interview's end
    sent_thanks: Mapping[str, datetime] = field(default_factory=dict)  # email → when sent
    done: Mapping[str, Done] = field(default_factory=dict)


@dataclass(frozen=True)
class Action:
    key: str
    interview_id: str
    kind: ActionKind
    due: datetime
    title: str
    recipient: str | None = None
    recipient_name: str | None = None
    guessed: bool = False
    urgent: bool = False
    event: FollowupEvent | None = None


@dataclass(frozen=True)
class Recipient:
    email: str
    name: str | None
    role: str
    guessed: bool


@dataclass(frozen=True)
class Plan:
    actions: tuple[Action, ...]
    recipients: tuple[Recipient, ...]
    notes: tuple[str, ...]  # why someone gets no draft, guessed addresses
    missed: bool = False  # the follow-up time passed while followup was not running


# ---------------------------------------------------------------- dates

def _at_call_time(d: date, rules: Rules) -> datetime:
    local = datetime.combine(rules.workdays.next_business(d), rules.call_time, tzinfo=rules.tz)
    return local.astimezone(UTC)


def _call_after(anchor: datetime, span: Span, rules: Rules) -> datetime:
    """The call slot ``span`` after ``anchor``: call_time on a business day."""
    local = anchor.astimezone(rules.tz).date()
    d = rules.workdays.add(local, span.business_days) if span.business_days else (
        (anchor + span.delta).astimezone(rules.tz).date())
    slot = _at_call_time(d, rules)
    while slot <= anchor:
        slot = _at_call_time(slot.astimezone(rules.tz).date() + timedelta(days=1), rules)
    return slot


def next_call_slot(now: datetime, rules: Rules) -> datetime:
    """The first call slot (call_time on a business day) strictly after ``now``."""
    return _call_after(now, Span(), rules)


def _stagger(start: datetime, busy: Sequence[tuple[datetime, datetime]], rules: Rules,
             written: datetime | None) -> datetime:
    """``start``, or the first time ``stagger_minutes`` steps later that overlaps no busy
    interval; an event already written keeps its time while that is still free and on the
    same day, not earlier, so re-planning never shuffles written events."""
    length = timedelta(minutes=rules.call_minutes)

    def clash(t: datetime) -> bool:
        return any(t < e and b < t + length for b, e in busy)

    if written is not None and written >= start and not clash(written) and \
            written.astimezone(rules.tz).date() == start.astimezone(rules.tz).date():
        return written
    t = start
    for _ in range(48):
        if not clash(t):
            return t
        t += timedelta(minutes=max(rules.stagger_minutes, 1))
    return start


def _after(anchor: datetime, span: Span, rules: Rules) -> datetime:
    """``span`` after ``anchor``; whole days count on the owner's wall clock (a week later is
    the same local time, also across a DST change)."""
    if span.business_days:
        local = anchor.astimezone(rules.tz)
        d = rules.workdays.add(local.date(), span.business_days)
        return datetime.combine(d, local.timetz()).astimezone(UTC)
    if span.delta and span.delta % timedelta(days=1) == timedelta(0):
        return (anchor.astimezone(rules.tz) + span.delta).astimezone(UTC)  # aware + delta: wall time
    return anchor + span.delta


def first_call_time(st: InterviewState, rules: Rules) -> tuple[datetime, str]:
    """When the first follow-up call is, and why."""
    if st.follow_up_after is not None:
        slot = _at_call_time(st.follow_up_after, rules)
        if slot > st.end:
            return slot, f"the stated timeline ({st.follow_up_after.isoformat()})"
        if st.follow_up_after >= st.end.astimezone(rules.tz).date() and not st.decision_imminent:
            # "by today": that slot has passed by the end, so the first one after it
            return (_call_after(st.end, Span(business_days=1), rules),
                    f"the stated timeline ({st.follow_up_after.isoformat()}): the next business day")
    if st.decision_imminent:
        soon = st.end + timedelta(hours=1)
        local = soon.astimezone(rules.tz)
        same_day = local.date() == st.end.astimezone(rules.tz).date()
        if rules.workdays.is_business(local.date()) and local.hour < 17 and same_day:
            return soon, "decision imminent: same day"
        return _call_after(st.end, Span(business_days=1), rules), "decision imminent: next business day"
    return _call_after(st.end, rules.first_call_after, rules), f"{rules.first_call_after} after the interview"


def thanked(st: InterviewState, email: str) -> datetime | None:
    """When the owner's own mail to ``email`` counts as the thank-you: sent after the interview's
    midpoint (a "can't join the call" mail at the start is not one; an interview that ends early
    and a note written right away is)."""
    sent = st.sent_thanks.get(email)
    if sent is None or sent < st.start + (st.end - st.start) / 2:
        return None
    return sent


# ---------------------------------------------------------------- recipients

def recipients(st: InterviewState) -> tuple[tuple[Recipient, ...], tuple[str, ...]]:
    """Who gets a thank-you draft (one each), and notes about who does not."""
    out: list[Recipient] = []
    notes: list[str] = []
    seen: set[str] = set()
    known = [(p.name, p.email) for p in st.people if p.email and not p.guessed
             and st.domain and p.email.endswith("@" + st.domain)]
    pattern = detect_pattern(known) if known else None
    for p in st.people:
        label = p.name or p.email or "someone"
        if p.email:
            if p.email in seen:
                continue
            if p.recipient or p.guessed:
                seen.add(p.email)
                out.append(Recipient(p.email, p.name, p.role, p.guessed))
                if p.guessed:
                    notes.append(f"{label}: address {p.email} is GUESSED from the company's pattern; "
                                 "check it before sending")
            continue
        if p.role not in THANK_YOU_ROLES:
            continue
        guess = guess_address(p.name, st.domain or "", pattern) if pattern else None
        if guess and guess not in seen:
            seen.add(guess)
            out.append(Recipient(guess, p.name, p.role, True))
            notes.append(f"{label}: no address known; draft to {guess}, GUESSED from colleagues' "
                         f"pattern {pattern}@{st.domain}; check it before sending")
        else:
            how = f"phone {p.phone}" if p.phone else "name"
            notes.append(f"{label}: no draft, known only by {how} (thank-you notes go by email only; "
                         "ask for the address or send a handwritten note)")
    return tuple(out), tuple(notes)


# ---------------------------------------------------------------- events

def _call_contact(st: InterviewState) -> PersonState | None:
    order = {"recruiter": 0, "hiring_manager": 1, "coordinator": 2, "interviewer": 3, "contact": 4}
    people = sorted(st.people, key=lambda p: (order.get(p.role, 9), p.phone is None))
    if st.recruiter_email:
        for p in st.people:
            if p.email == st.recruiter_email:
                return p
    return people[0] if people else None


def _about(st: InterviewState) -> str:
    what = st.position or "the position"
    return f"{what} at {st.company}" if st.company else what


def _call_event(st: InterviewState, rules: Rules, n: int, start: datetime, why: str) -> FollowupEvent:
    who = _call_contact(st)
    name = (who.name or who.email) if who else None
    title = ("Follow-up call" if n == 1 else "Callback") + (f": {name}" if name else "") + \
        (f" ({st.company})" if st.company else "")
    lines = [f"{'Follow-up call' if n == 1 else 'Second and last call'} about {_about(st)}."]
    if who:
        lines.append(f"Call: {who.name or ''} {('<' + who.email + '>') if who.email else ''}".rstrip())
        lines.append(f"Phone: {who.phone or 'unknown (look it up in their mail signature)'}")
    lines.append(f"Why now: {why}.")
    lines += ["Talking points:",
              "- thank them again for the interview",
              "- remind them why you are a great fit (one or two concrete strengths)",
              "- ask about next steps: the next interview, or the job",
              VOICEMAIL_TIP.format(phone=f" ({rules.owner_phone})" if rules.owner_phone else "")]
    if n == MAX_CALLS:
        lines.append("This is the last call: calling more than twice is overkill.")
    return FollowupEvent(key=f"call:{st.id}:{n}", title=title[:200], start=start,
                         end=start + timedelta(minutes=rules.call_minutes), timezone=rules.tz_name,
                         description="\n".join(lines))


def _moveon_event(st: InterviewState, rules: Rules, at: datetime) -> FollowupEvent:
    return FollowupEvent(
        key=f"moveon:{st.id}", title=f"Move on: no answer about {_about(st)}"[:200], start=at,
        end=at + timedelta(minutes=15), timezone=rules.tz_name,
        description=("No reply a week after the last call: time to move on. Be proud of getting this far; "
                     "note what you learned with `followup journal`."))


def _prep_event(st: InterviewState, rules: Rules, names: list[str]) -> FollowupEvent:
    at = st.start - timedelta(hours=2)
    lines = [f"Before the interview for {_about(st)}:",
             "- get every interviewer's business card or email address"
             + (f" ({', '.join(names)})" if names else ""),
             "- last question to ask: \"When can I follow up with you?\" "
             "(or \"When do you see yourself making a decision?\")",
             "- note who interviewed you, so each gets a personal thank-you"]
    return FollowupEvent(key=f"prep:{st.id}", title=f"Interview prep: {_about(st)}"[:200], start=at,
                         end=at + timedelta(minutes=15), timezone=rules.tz_name,
                         description="\n".join(lines), reminder_minutes=30)


def _note_event(st: InterviewState, rules: Rules, r: Recipient) -> FollowupEvent:
    deadline = st.end + timedelta(hours=48)
    at = _call_after(st.end, Span(delta=timedelta(days=1)), rules)
    if at > deadline - timedelta(minutes=30):
        at = deadline - timedelta(hours=1)
    who = r.name or r.email
    return FollowupEvent(
        key=f"note:{st.id}:{r.email}", title=f"Mail handwritten note to {who}"[:200], start=at,
        end=at + timedelta(minutes=30), timezone=rules.tz_name,
        description=(f"Hand-write a thank-you note to {who} about {_about(st)} and mail it no more than "
                     f"48 hours after the interview: by {deadline.astimezone(rules.tz):%a %d %b %H:%M}."))


# ---------------------------------------------------------------- the plan

Busy = Sequence[tuple[datetime, datetime]]


def plan(st: InterviewState, rules: Rules, now: datetime, busy: Busy = ()) -> Plan:
    """Every action still to take for one interview (due now or later).

    ``busy``: the calls of other interviews (start, end), which this one's calls avoid.
    """
    actions: list[Action] = []
    recips, notes_t = recipients(st)
    notes = list(notes_t)
    done = st.done

    def exists(key: str) -> Done | None:
        d = done.get(key)
        return d if d is not None and d.status == "done" else None

    def put(ev: FollowupEvent, due: datetime, title: str) -> None:
        d = exists(ev.key)
        if d is not None and (d.moved is not None or d.start == ev.start
                              or (d.start is not None and d.start <= now)):
            return  # the owner moved it (theirs wins), or written and unchanged, or behind us
        if ev.start <= now:
            return  # never write an event whose time has already passed
        actions.append(Action(ev.key, st.id, "event", due, title, event=ev))

    def drop(key: str, title: str, not_before: datetime | None = None) -> None:
        d = exists(key)
        if d is not None and (not_before is None or d.effective is None or d.effective > not_before):
            actions.append(Action(key, st.id, "delete_event", now, title))

    def result(missed: bool = False) -> Plan:
        return Plan(tuple(actions), recips, tuple(notes), missed)

    event_keys = [k for k in done if k.split(":", 1)[0] in ("call", "moveon", "prep", "note")]

    if st.status == "cancelled" or (st.status == "closed" and exists(f"close:{st.id}") is None
                                    and st.outcome is not None):
        for k in event_keys:
            drop(k, f"delete {k.split(':', 1)[0]} event (interview {st.status})", not_before=now)
        return result()
    if st.status == "closed":
        return Plan((), recips, tuple(notes))

    # before the interview: only the prep reminder
    names = [p.name or p.email or "" for p in st.people if p.role in THANK_YOU_ROLES]
    if rules.prep_reminder and (now < st.start or exists(f"prep:{st.id}")):
        prep = _prep_event(st, rules, [n for n in names if n])
        if prep.start > now or exists(prep.key):
            put(prep, min(now, prep.start), "prep reminder")

    # thank-you drafts: only while they still make sense
    urgent = st.decision_imminent
    draft_due = st.end if urgent else st.end + rules.thank_you_delay.delta
    if rules.thank_you_delay.business_days:
        draft_due = _after(st.end, rules.thank_you_delay, rules)
    too_late = now > _after(st.end, rules.thank_you_window, rules)
    for r in recips:
        key = f"thanks:{st.id}:{r.email}"
        sent = thanked(st, r.email)
        if key in done:
            if done[key].status == "done" and sent is not None:
                # the owner sent it (from our draft or not): the status says so
                actions.append(Action(key, st.id, "mark_sent", max(sent, st.end), f"thank-you to {r.email} "
                                      "sent by you", recipient=r.email, recipient_name=r.name))
            continue
        if sent is not None:
            actions.append(Action(key, st.id, "mark_sent", max(sent, st.end), f"thank-you to {r.email} "
                                  "already sent by you", recipient=r.email, recipient_name=r.name))
            continue
        if too_late:
            notes.append(f"{r.name or r.email}: no thank-you draft: the interview ended more than "
                         f"{rules.thank_you_window} before followup saw it (thank-you notes go out promptly)")
            continue
        actions.append(Action(key, st.id, "draft", draft_due,
                              f"thank-you draft to {r.name or r.email}" + (" (GUESSED address)"
                                                                          if r.guessed else ""),
                              recipient=r.email, recipient_name=r.name, guessed=r.guessed, urgent=urgent))
    if rules.handwritten_note:
        for r in recips:
            put(_note_event(st, rules, r), st.end, f"handwritten-note reminder for {r.name or r.email}")

    # calls
    replies = sorted(t for t in st.replies if t >= st.end)
    reply = replies[0] if replies else None
    nominal1, why = first_call_time(st, rules)
    d1 = exists(f"call:{st.id}:1")
    call1_at = nominal1
    if d1 is not None and d1.effective is not None and (d1.moved is not None or d1.effective <= now):
        call1_at = d1.effective  # moved by the owner, or behind us: the chain follows it
    elif nominal1 <= now:
        if d1 is not None and d1.start is not None and d1.start > now:
            call1_at = d1.start  # placed ahead in an earlier cycle
        elif reply is None:
            # its time passed while followup was not running: the next slot ahead, if the
            # follow-up still makes sense then (before the original chain's move-on time)
            deadline = _after(_call_after(nominal1, rules.callback_after, rules), rules.move_on_after, rules)
            slot = next_call_slot(now, rules)
            if slot >= deadline:
                notes.append(f"missed while followup was not running: the follow-up call was due "
                             f"{nominal1.astimezone(rules.tz):%a %d %b %H:%M}; run `followup resume {st.id}` "
                             f"to follow up now, or `followup journal {st.id} --outcome ...` to close it")
                return result(missed=True)
            call1_at = slot
            why = f"{why}; that time passed while followup was not running, so the next call time"
    if reply is not None:
        for k in (f"call:{st.id}:1", f"call:{st.id}:2", f"moveon:{st.id}"):
            drop(k, f"delete {k.split(':', 1)[0]} event: a reply came", not_before=reply)
        return result()
    if d1 is None or d1.moved is None:
        call1_at = _stagger(call1_at, busy, rules, d1.start if d1 else None)

    # Each later step is due only once the previous call's time has passed (with no reply).
    put(_call_event(st, rules, 1, call1_at, why), st.end, "follow-up call event")
    call2_at = _call_after(call1_at, rules.callback_after, rules)
    why2 = f"no reply {rules.callback_after} after the first call"
    d2 = exists(f"call:{st.id}:2")
    skip2 = False
    if d2 is not None and d2.effective is not None and (d2.moved is not None or d2.effective <= now):
        call2_at = d2.effective
    elif call2_at <= now:
        if d2 is not None and d2.start is not None and d2.start > now:
            call2_at = d2.start
        else:
            slot = next_call_slot(now, rules)
            if slot < _after(call2_at, rules.move_on_after, rules):
                call2_at, why2 = slot, f"{why2}; its time passed while followup was not running"
            else:
                skip2 = True
                notes.append("the callback was due while followup was not running; skipped")
    if not skip2 and (d2 is None or d2.moved is None):
        call2_at = _stagger(call2_at, busy, rules, d2.start if d2 else None)
    if not skip2:
        put(_call_event(st, rules, MAX_CALLS, call2_at, why2), call1_at, "callback event")
    moveon_at = _after(call2_at, rules.move_on_after, rules)
    d3 = exists(f"moveon:{st.id}")
    if d3 is not None and d3.moved is not None:
        moveon_at = d3.moved
    put(_moveon_event(st, rules, moveon_at), call2_at, "move-on marker")
    if f"close:{st.id}" not in done:
        actions.append(Action(f"close:{st.id}", st.id, "close", moveon_at,
                              "close the interview as no-response"))
    return result()


CALL_KINDS = ("call", "moveon")


def _intervals(st: InterviewState, rules: Rules) -> list[tuple[datetime, datetime]]:
    length = timedelta(minutes=rules.call_minutes)
    return [(t, t + length) for k, d in st.done.items()
            if k.split(":", 1)[0] in CALL_KINDS and d.status == "done" and (t := d.effective) is not None]


def plan_many(states: Sequence[InterviewState], rules: Rules, now: datetime) -> dict[str, Plan]:
    """Plans for every interview, in the given order (the tracker's: by start), each one's
    calls avoiding the others' written events and the calls planned before it in this pass;
    the same state and ``now`` give the same plans."""
    written = {st.id: _intervals(st, rules) for st in states}
    planned: list[tuple[datetime, datetime]] = []
    out: dict[str, Plan] = {}
    for st in states:
        busy = [iv for other, ivs in written.items() if other != st.id for iv in ivs] + planned
        p = plan(st, rules, now, busy)
        out[st.id] = p
        planned += [(a.event.start, a.event.end) for a in p.actions
                    if a.event is not None and a.key.split(":", 1)[0] in CALL_KINDS]
    return out


def describe(key: str, st: InterviewState, tz: tzinfo, start: datetime | None = None) -> str:
    """An action key in words: ``call:iv-…:1`` → "follow-up call to Dana Lee, Tue 8 Dec 10:00"."""
    kind, _, rest = key.partition(":")
    when = ""
    if start is not None:
        t = start.astimezone(tz)
        when = f", {t:%a} {t.day} {t:%b %H:%M}"
    who = _call_contact(st)
    name = (who.name or who.email) if who else None
    to = f" to {name}" if name else ""
    if kind == "thanks" or kind == "note":
        email = rest.split(":", 1)[1] if ":" in rest else rest
        person = next((p for p in st.people if p.email == email), None)
        label = person.name if person and person.name else email
        if kind == "thanks":
            return f"thank-you draft to {label}"
        return f"handwritten-note reminder for {label}{when}"
    if kind == "call":
        return ("follow-up call" if rest.endswith(":1") else "callback") + f"{to}{when}"
    if kind == "moveon":
        return f"move-on reminder{when}"
    if kind == "prep":
        return f"interview prep reminder{when}"
    if kind == "close":
        return "close the interview as no-response"
    return key


def due_actions(p: Plan, now: datetime) -> list[Action]:
    return [a for a in p.actions if a.due <= now]
