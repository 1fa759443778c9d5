"""Is this a job interview for the mailbox owner? When, with whom, and what comes next?

Pure: takes parsed content (MailContent / CalEvent), the owner and ``now``; returns a
Detection. The rules, in order:

1. The owner's own mail is never an invite (it is what the owner sent).
2. A calendar event (in the mail or on its own) is an interview when its text names a job
   interview, no other kind of interview (press, exit, webinar …) dominates, and the owner
   is an attendee on the candidate side: the organiser's company is not the owner's, or the
   text speaks to the candidate ("your interview"), and nothing speaks to an interviewer
   about a candidate ("the candidate", "scorecard", "feedback").
3. Plain mail is an interview when it names one, speaks to the candidate, and fixes a date
   (and usually a time) in a sentence that is not a question, a proposal, travel or a
   deadline. Cold outreach asking for availability fixes no time, so it is not one yet.
4. People: the organiser / sender is the recruiter when human; attendees, CC'd colleagues
   of the company and interviewers named in the text (joined to addresses by name) are the
   interviewers. Rooms, resources, groups, lists and machine senders are never people.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo

from followup.parsers import lexicon as lx
from followup.parsers.addresses import (
    Owner,
    base_domain,
    domain_of,
    is_machine,
    looks_like_room,
    strip_plus,
)
from followup.parsers.mime import MailContent
from followup.parsers.model import Attendee, CalEvent, Detection, Kind, MailMeta, Person
from followup.parsers.people_text import find_named_people
from followup.parsers.signature import find_phone, find_title, split_signature
from followup.parsers.timeline import find_timeline
from followup.parsers.when import DateHit, TimeHit, find_dates, find_duration, find_times, zone_from_text

_MAX_TEXT = 60_000  # characters of body text analysed
_DEFAULT_LENGTH = timedelta(hours=1)


# ---------------------------------------------------------------------------------------------
# Entry points


def detect_email(
    content: MailContent, owner: Owner | None, now: datetime, tz: tzinfo | None = None
) -> Detection:
    """Judge one parsed message."""
    meta = content.meta
    owner = _effective_owner(owner, meta)
    sender = meta.sender.email if meta.sender else None

    # Forwards the owner sent to themselves: the forwarded message is the real one.
    if sender and owner.is_me(sender) and content.forwarded:
        for fwd in content.forwarded:
            if fwd.meta.sender and not owner.is_me(fwd.meta.sender.email):
                aliases = {a.email for a in fwd.meta.to} if meta.to else set()
                widened = Owner(owner.addresses | {strip_plus(a) for a in aliases}, owner.name)
                inner = detect_email(fwd, widened, now, tz)
                if inner.is_interview:
                    return replace(inner, meta=meta, reasons=(*inner.reasons, "forwarded by the owner"))
        return Detection(False, meta=meta, reasons=("the owner's own mail",))
    if sender and owner.is_me(sender):
        return Detection(False, meta=meta, reasons=("the owner's own mail",))
    det = _detect_other(content, owner, now, tz)
    if not det.is_interview and meta.date and sender and not is_machine(sender):
        tl = find_timeline(
            content.own_text[:_MAX_TEXT], meta.date, tz or _date_zone(meta.date) or UTC, meta.date
        )
        if tl.follow_up_after:
            det = replace(det, follow_up_after=tl.follow_up_after, decision_imminent=tl.decision_imminent)
    return det


def _detect_other(content: MailContent, owner: Owner, now: datetime, tz: tzinfo | None) -> Detection:
    meta = content.meta

    text = content.own_text[:_MAX_TEXT]
    subject = meta.subject or ""
    full = f"{subject}\n{text}"
    zone = tz or _date_zone(meta.date) or UTC

    events = [e for e in content.calendars if e.followup_key is None]
    if events:
        ev = _pick_event(events, owner)
        if ev is not None:
            det = _judge_event(ev, owner, now, zone, context=full, meta=meta, content=content)
            return det

    return _judge_text(content, owner, now, zone, tz is not None)


def detect_event(ev: CalEvent, owner: Owner | None, now: datetime, tz: tzinfo | None = None) -> Detection:
    """Judge one calendar event (from a .ics file, Google or CalDAV)."""
    owner = owner or Owner(frozenset())
    return _judge_event(ev, owner, now, tz or UTC, context="", meta=None, content=None)


def detect_calendar(
    events: Iterable[CalEvent], owner: Owner | None, now: datetime, tz: tzinfo | None = None
) -> Detection:
    """Judge a whole .ics file: the interview event in it, else the first event."""
    evs = [e for e in events if e.followup_key is None]
    owner = owner or Owner(frozenset())
    if not evs:
        return Detection(False, reasons=("no events",))
    best: Detection | None = None
    for ev in evs:
        det = detect_event(ev, owner, now, tz)
        if det.is_interview:
            return det
        best = best or det
    assert best is not None
    return best


# ---------------------------------------------------------------------------------------------
# Owner and zones


def _effective_owner(owner: Owner | None, meta: MailMeta) -> Owner:
    """The given owner, or, when none is known, the message's addressees (To, else Cc)."""
    if owner is not None and owner.addresses:
        return owner
    addrs = meta.to or meta.cc
    return Owner(frozenset(strip_plus(a.email) for a in addrs), owner.name if owner else None)


def _date_zone(d: datetime | None) -> tzinfo | None:
    if d is None or d.utcoffset() is None:
        return None
    off = d.utcoffset()
    assert off is not None
    return timezone(off)


# ---------------------------------------------------------------------------------------------
# Calendar events


def _pick_event(events: list[CalEvent], owner: Owner) -> CalEvent | None:
    scored = sorted(
        events,
        key=lambda e: (
            not lx.INTERVIEW.search(f"{e.summary} {e.description[:2000]}"),
            e.recurrence_id is not None,
            -(e.sequence or 0),
        ),
    )
    return scored[0] if scored else None


def _judge_event(
    ev: CalEvent,
    owner: Owner,
    now: datetime,
    zone: tzinfo,
    *,
    context: str,
    meta: MailMeta | None,
    content: MailContent | None,
) -> Detection:
    reasons: list[str] = []
    summary = ev.summary or ""
    desc = (ev.description or "")[:_MAX_TEXT]
    text = f"{summary}\n{desc}\n{context}"
    method = (ev.method or "").upper()
    if method == "REPLY":
        return Detection(False, meta=meta, uid=ev.uid, reasons=("a reply to an invitation",))

    if not owner.addresses:
        owner = _guess_owner_from_event(ev, summary)

    organizer = ev.organizer.email if ev.organizer else None
    if organizer and owner.is_me(organizer):
        return Detection(False, meta=meta, uid=ev.uid, reasons=("the owner organised this event",))

    named = (
        bool(lx.INTERVIEW.search(summary))
        or bool(lx.INTERVIEW.search(desc[:4000]))
        or (bool(context) and bool(lx.INTERVIEW.search(context[:4000])))
    )
    ats = _is_ats(organizer) or bool(meta and meta.sender and _is_ats(meta.sender.email))
    if not named:
        return _negative(meta, ev.uid, "no job interview named", ev)

    topic = _other_topic(text)
    if topic:
        return _negative(meta, ev.uid, topic, ev)

    # Side: candidate or interviewer?
    company_domains = _company_domains_event(ev, owner, meta)
    external = bool(company_domains) and not (company_domains & {base_domain(d) for d in owner.domains})
    cand = _count(lx.CANDIDATE_FRAMING, text)
    intv = _count(lx.INTERVIEWER_FRAMING, text)
    owner_named = _owner_named(owner, ev, summary)
    other_named = _other_candidate_named(summary, owner, ev)
    if intv > cand and not owner_named:
        return _negative(meta, ev.uid, "hiring side: the text is about a candidate", ev, side="interviewer")
    if other_named and not owner_named and not external:
        return _negative(
            meta, ev.uid, "hiring side: the event names another candidate", ev, side="interviewer"
        )
    if not (external or cand or owner_named or ats):
        return _negative(
            meta, ev.uid, "internal meeting, nothing speaks to the candidate", ev, side="interviewer"
        )
    if owner.addresses and not _owner_attends(owner, ev, meta):
        return _negative(meta, ev.uid, "the owner is not among the attendees", ev)

    kind = _event_kind(ev, f"{(meta.subject if meta else '')}\n{summary}")
    people = _event_people(ev, owner, meta, content, company_domains)
    start, end = ev.start, ev.end
    if start is not None and (end is None or end <= start):
        end = start + _DEFAULT_LENGTH if not ev.all_day else start + timedelta(days=1)
    reasons.append("calendar event naming an interview")
    body_for_timeline = context or desc
    return _finish(
        kind=kind,
        start=start,
        end=end,
        people=people,
        owner=owner,
        meta=meta,
        uid=ev.uid,
        sequence=ev.sequence,
        text=text,
        timeline_text=body_for_timeline,
        now=now,
        zone=zone,
        reasons=reasons,
        company_domains=company_domains,
        content=content,
    )


def _guess_owner_from_event(ev: CalEvent, summary: str) -> Owner:
    """No owner given (a bare .ics): the candidate is the attendee from outside the organiser's company."""
    org_dom = base_domain(domain_of(ev.organizer.email)) if ev.organizer and ev.organizer.email else None
    outsiders = [
        a
        for a in ev.attendees
        if a.email
        and not looks_like_room(a.name, a.email)
        and base_domain(domain_of(a.email)) != org_dom
        and not is_machine(a.email)
    ]
    if len(outsiders) == 1 and outsiders[0].email:
        return Owner(frozenset({strip_plus(outsiders[0].email)}), outsiders[0].name)
    named = [a for a in ev.attendees if a.email and a.name and a.name.lower() in summary.lower()]
    if len(named) == 1 and named[0].email:
        return Owner(frozenset({strip_plus(named[0].email)}), named[0].name)
    return Owner(frozenset())


def _is_ats(addr: str | None) -> bool:
    if not addr:
        return False
    dom = domain_of(addr)
    return any(dom == d or dom.endswith("." + d) for d in _ATS_DOMAINS)


_ATS_DOMAINS = (
    "greenhouse.io",
    "greenhouse-mail.io",
    "lever.co",
    "ashbyhq.com",
    "myworkday.com",
    "myworkdayjobs.com",
    "icims.com",
    "goodtime.io",
    "modernloop.io",
    "calendly.com",
    "smartrecruiters.com",
    "jobvite.com",
    "workable.com",
    "teamtailor.com",
    "recruitee.com",
    "bamboohr.com",
    "personio.de",
    "successfactors.com",
    "taleo.net",
    "gem.com",
    "rippling.com",
)


def _owner_attends(owner: Owner, ev: CalEvent, meta: MailMeta | None) -> bool:
    if any(a.email and owner.is_me(a.email) for a in ev.attendees):
        return True
    if meta and any(owner.is_me(a.email) for a in (*meta.to, *meta.cc)):
        return True  # invites often list the candidate only in the mail's To
    return not ev.attendees


def _owner_named(owner: Owner, ev: CalEvent | None, summary: str) -> bool:
    """The summary names the owner (by configured name, attendee CN, or address like first.last@)."""
    names = set()
    if owner.name:
        names.add(owner.name)
    if ev is not None:
        names.update(a.name for a in ev.attendees if a.name and a.email and owner.is_me(a.email))
    for addr in owner.addresses:
        tokens = [t for t in re.split(r"[._-]+", addr.split("@", 1)[0]) if len(t) > 1 and t.isalpha()]
        if len(tokens) >= 2:
            names.add(" ".join(tokens[:2]))
    low = summary.lower()
    for n in names:
        parts = [p for p in re.split(r"\s+", n.lower()) if len(p) > 1]
        if parts and (n.lower() in low or (len(parts) >= 2 and parts[0] in low and parts[-1] in low)):
            return True
    return False


_SUMMARY_PERSON = re.compile(
    r"(?:interview(?:\s+with)?|screen(?:ing)?(?:\s+with)?|onsite(?:\s+with)?)\s*[:\-–]?\s*"
    r"(?P<n>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\b"
    r"|(?P<m>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s*[-–:(]\s*(?:[\w ]+\s)?(?:interview|screen|onsite)",
)


def _other_candidate_named(summary: str, owner: Owner, ev: CalEvent) -> bool:
    """The summary names a person who is not the owner ("Interview: Jane Candidate")."""
    m = _SUMMARY_PERSON.search(summary)
    if not m:
        return False
    name = (m.group("n") or m.group("m") or "").strip()
    attendee_names = {(a.name or "").lower() for a in ev.attendees}
    org = (ev.organizer.name or "").lower() if ev.organizer else ""
    lname = name.lower()
    if lname in attendee_names or lname == org:
        # "Interview with Jane Doe" where Jane is an attendee: an interviewer, fine for the
        # candidate unless Jane is an outsider in an internal event.
        return False
    return not (owner.name and owner.name.lower() in lname)


def _event_kind(ev: CalEvent, subject: str) -> Kind:
    if (ev.method or "").upper() == "CANCEL" or (ev.status or "").upper() == "CANCELLED":
        return "cancellation"
    if re.match(r"\s*(?:cancel+ed|canceled event|abgesagt|annul[ée]|cancelad[oa])\b", subject, re.I):
        return "cancellation"
    if ev.sequence > 0 or lx.RESCHEDULE.search(subject):
        return "reschedule"
    return "invite"


def _company_domains_event(ev: CalEvent, owner: Owner, meta: MailMeta | None) -> set[str]:
    doms: set[str] = set()
    cands = [ev.organizer] if ev.organizer else []
    if meta and meta.sender:
        cands.append(Attendee(meta.sender.email, meta.sender.name))
    cands.extend(ev.attendees)
    for a in cands:
        if not a or not a.email or owner.is_me(a.email) or looks_like_room(a.name, a.email):
            continue
        dom = domain_of(a.email)
        if _is_ats(a.email) or dom in lx.FREE_MAIL or (is_machine(a.email) and not _is_ats(a.email)):
            continue
        doms.add(base_domain(dom))
        if a is ev.organizer or (meta and meta.sender and a.email == meta.sender.email):
            break  # the organiser's company decides
    return doms


def _event_people(
    ev: CalEvent, owner: Owner, meta: MailMeta | None, content: MailContent | None, company_domains: set[str]
) -> list[Person]:
    people: list[Person] = []
    org = ev.organizer
    if org and org.email and _is_person(org.email, org.name, owner):
        people.append(Person(org.email, org.name, "recruiter"))
    if (
        meta is not None
        and meta.sender
        and _is_person(meta.sender.email, meta.sender.name, owner)
        and not any(p.email == meta.sender.email for p in people)
    ):
        people.insert(0, Person(meta.sender.email, meta.sender.name, "recruiter"))
    if meta is not None and meta.sender and not _is_person(meta.sender.email, None, owner):
        for r in meta.reply_to:
            if _is_person(r.email, r.name, owner) and not any(p.email == r.email for p in people):
                people.insert(0, Person(r.email, r.name, "recruiter"))
    for a in ev.attendees:
        if not a.email or not _is_person(a.email, a.name, owner):
            continue
        if (a.cutype or "INDIVIDUAL").upper() not in ("INDIVIDUAL", "UNKNOWN"):
            continue
        if (a.role or "").upper() == "NON-PARTICIPANT" or (a.partstat or "").upper() == "DECLINED":
            continue
        if any(p.email == a.email for p in people):
            continue
        people.append(Person(a.email, a.name, "interviewer"))
    return people


# ---------------------------------------------------------------------------------------------
# Plain mail


@dataclass
class _Slot:
    start: datetime
    end: datetime
    score: int


def _judge_text(
    content: MailContent, owner: Owner, now: datetime, zone: tzinfo, zone_given: bool
) -> Detection:
    meta = content.meta
    subject = meta.subject or ""
    text = content.own_text[:_MAX_TEXT]
    full = f"{subject}\n{text}"
    if not lx.INTERVIEW.search(full):
        # A forwarded message may carry the invite ("FW: Interview").
        for fwd in content.forwarded:
            if lx.INTERVIEW.search(f"{fwd.meta.subject}\n{fwd.own_text[:_MAX_TEXT]}"):
                inner = _judge_text(fwd, owner, now, zone, zone_given)
                return (
                    replace(inner, meta=meta)
                    if inner.is_interview
                    else _negative(meta, None, inner.reasons[0] if inner.reasons else "forwarded", None)
                )
        return _negative(meta, None, "no job interview named", None)
    if meta.auto_submitted and meta.list_id:
        return _negative(meta, None, "mailing list / bulk mail", None)
    topic = _other_topic(full)
    if topic:
        return _negative(meta, None, topic, None)
    if lx.APPLICATION_ACK.search(full) and not _has_clock_time(text):
        return _negative(meta, None, "application acknowledgement, no interview yet", None)
    if lx.REJECTION.search(text[:3000]) and not lx.RESCHEDULE.search(full):
        return _negative(meta, None, "rejection", None)

    cand = _count(lx.CANDIDATE_FRAMING, full)
    intv = _count(lx.INTERVIEWER_FRAMING, full)
    if intv > cand or (intv and not cand):
        return _negative(meta, None, "hiring side: the text is about a candidate", None, side="interviewer")
    if not cand and not _addressed_to_owner_only(meta, owner):
        return _negative(meta, None, "nothing speaks to the candidate", None)
    if not cand and not lx.INTERVIEW.search(text):
        return _negative(meta, None, "only the subject names an interview", None)
    if _internal_group_mail(meta, owner, text) and not _STRONG_CANDIDATE.search(full):
        return _negative(meta, None, "hiring side: a mail to a group of colleagues", None, side="interviewer")

    sender = meta.sender.email if meta.sender else None
    company_domains: set[str] = set()
    if sender and not is_machine(sender) and domain_of(sender) not in lx.FREE_MAIL:
        company_domains.add(base_domain(domain_of(sender)))
    kind: Kind = "invite"
    cancel_words = lx.CANCEL.search(subject) or lx.CANCEL.search(text[:3000])
    if cancel_words:
        kind = "cancellation"
    elif lx.RESCHEDULE.search(full[:3000]):
        kind = "reschedule"

    if not zone_given:
        zone = zone_from_text(full[:5000]) or zone
    ref = (meta.date or now).astimezone(zone).date()
    slot = _find_slot(subject, text, ref, zone)
    if slot is None:
        if kind == "cancellation":
            people = _mail_people(content, owner, company_domains)
            return _finish(
                kind=kind,
                start=None,
                end=None,
                people=people,
                owner=owner,
                meta=meta,
                uid=None,
                sequence=0,
                text=full,
                timeline_text=text,
                now=now,
                zone=zone,
                reasons=["cancellation of an interview"],
                company_domains=company_domains,
                content=content,
            )
        return _negative(meta, None, "no fixed interview time", None)
    people = _mail_people(content, owner, company_domains)
    return _finish(
        kind=kind,
        start=slot.start,
        end=slot.end,
        people=people,
        owner=owner,
        meta=meta,
        uid=None,
        sequence=0,
        text=full,
        timeline_text=text,
        now=now,
        zone=zone,
        reasons=["mail fixing an interview time"],
        company_domains=company_domains,
        content=content,
    )


_STRONG_CANDIDATE = re.compile(
    r"\byour\s+(?:\w+\s+){0,3}interview\b|\byou(?:'ll|\s+will)\s+(?:be\s+)?(?:meet|speak|interview)(?:ing)?\s+with\b|"
    r"\binterview(?:ing)?\s+with\s+you\b|\binvite\s+you\b|\btu\s+entrevista\b|\bsu\s+entrevista\b|"
    r"\bihr\w*\s+\w*gespr[äa]ch\b|\bvotre\s+entretien\b",
    re.IGNORECASE,
)
_GROUP_GREETING = re.compile(
    r"^\W*(?:all|hi\s+all|hello\s+all|dear\s+all|team|hi\s+team|everyone|hi\s+everyone)\b", re.IGNORECASE
)


def _internal_group_mail(meta: MailMeta, owner: Owner, text: str) -> bool:
    """A mail from a colleague to several colleagues (the owner among them): the hiring side."""
    if _GROUP_GREETING.match(text[:200]):
        return True
    if not meta.sender:
        return False
    dom = base_domain(domain_of(meta.sender.email))
    if dom not in {base_domain(d) for d in owner.domains}:
        return False
    same = [a for a in (*meta.to, *meta.cc) if base_domain(domain_of(a.email)) == dom]
    return len(same) >= 3


def _addressed_to_owner_only(meta: MailMeta, owner: Owner) -> bool:
    """A one-to-one mail to the owner (no framing needed: "your" is implied)."""
    to = [a for a in meta.to if not owner.is_me(a.email)]
    return bool(meta.to) and not to and len(meta.cc) <= 3


def _has_clock_time(text: str) -> bool:
    return bool(find_times(text[:5000]))


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    start = max(
        text.rfind("\n", 0, pos),
        max(text.rfind(". ", 0, pos), text.rfind("? ", 0, pos), text.rfind("! ", 0, pos)),
    )
    ends = [
        i
        for i in (text.find("\n", pos), text.find(". ", pos), text.find("? ", pos), text.find("?\n", pos))
        if i != -1
    ]
    end = min(ends) if ends else len(text)
    return start + 1, end + 1


def _find_slot(subject: str, text: str, ref: date, zone: tzinfo) -> _Slot | None:
    """The interview's start and end, when the text fixes them."""
    blob = f"{subject}\n{text}"
    dates = find_dates(blob, ref, day_first=_day_first(blob))
    times = [t for t in find_times(blob) if not any(d.pos <= t.pos < d.end for d in dates)]
    best: tuple[int, DateHit] | None = None
    for d in dates:
        s, e = _sentence_bounds(blob, d.pos)
        sentence = blob[s:e]
        if sentence.rstrip().endswith("?") or "?" in blob[d.end : e + 1]:
            continue
        if lx.NOT_THE_TIME.search(sentence) and not lx.CONFIRMED.search(sentence):
            continue
        if d.value < ref - timedelta(days=1) or d.value > ref + timedelta(days=200):
            continue
        score = 0
        in_subject = d.pos < len(subject)
        window = blob[max(0, s - 250) : s]
        line_start = blob.rfind("\n", 0, d.pos) + 1
        label = bool(_LABEL.match(blob[line_start : d.pos]))
        if lx.INTERVIEW.search(sentence):
            score += 3
        elif lx.INTERVIEW.search(window):
            score += 2
        if lx.SCHEDULED.search(sentence) or label:
            score += 2
        if in_subject:
            score += 2
        if d.explicit:
            score += 1
        line_times = [t for t in times if s <= t.pos < e]
        if not line_times and label:
            line_times = [
                t for t in times if e <= t.pos < e + 120 and _LABEL.match(_line_before(blob, t.pos))
            ]
        if line_times:
            score += 2
        if score < 3:
            continue
        if best is None or score > best[0]:
            best = (score, d)
    if best is None:
        return None
    d = best[1]
    s, e = _sentence_bounds(blob, d.pos)
    chosen: TimeHit | None = None
    same = [t for t in times if s <= t.pos < e] or [
        t for t in times if e <= t.pos < e + 120 and _LABEL.match(_line_before(blob, t.pos))
    ]
    if same:
        chosen = min(same, key=lambda t: abs(t.pos - d.pos))
    else:
        for t in times:
            ts, te = _sentence_bounds(blob, t.pos)
            sent = blob[ts:te]
            if lx.NOT_THE_TIME.search(sent) or "?" in sent:
                continue
            if lx.INTERVIEW.search(sent) or lx.SCHEDULED.search(sent):
                chosen = t
                break
    schedule = _schedule_span(text, times, len(subject) + 1)
    tz = (chosen.zone if chosen and chosen.zone else None) or zone
    if chosen is None:
        if not d.explicit or best[0] < 5:
            return None
        start = datetime.combine(d.value, time(0), tz).astimezone(UTC)
        return _Slot(start, start + timedelta(days=1), best[0])
    start_local = datetime.combine(d.value, chosen.start, tz)
    if chosen.end_time and chosen.end_time > chosen.start:
        end_local = datetime.combine(d.value, chosen.end_time, tz)
    else:
        length = find_duration(blob[max(0, chosen.pos - 300) : chosen.end + 300]) or _DEFAULT_LENGTH
        end_local = start_local + length
    if schedule is not None and schedule[0] == chosen.start and schedule[1] > end_local.time():
        end_local = datetime.combine(d.value, schedule[1], tz)
    return _Slot(start_local.astimezone(UTC), end_local.astimezone(UTC), best[0])


_LABEL = re.compile(
    r"^\s*[-*•]?\s*(?:date|when|time|day|fecha|hora|d[íi]a|cu[áa]ndo|datum|uhrzeit|zeit|wann|termin|tag|"
    r"heure|quand|jour|date\s+et\s+heure|horario)\s*(?:[:|\-–]|\s\|)\s*",
    re.IGNORECASE,
)


def _line_before(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1 : pos]


def _schedule_span(text: str, times: list[TimeHit], offset: int) -> tuple[time, time] | None:
    """A schedule table (three or more lines starting with a time): its first and last slot."""
    starts: list[TimeHit] = []
    for t in times:
        p = t.pos - offset
        if p < 0:
            continue
        line_start = text.rfind("\n", 0, p) + 1
        if not text[line_start:p].strip():
            starts.append(t)
    if len(starts) < 3:
        return None
    first = starts[0].start
    last = starts[-1]
    end = last.end_time or (datetime.combine(date(2000, 1, 1), last.start) + timedelta(minutes=45)).time()
    return (first, end) if end > first else None


def _day_first(text: str) -> bool:
    """Numeric dates read day-first unless the text is English."""
    sample = text[:3000].lower()
    english = len(re.findall(r"\b(?:the|and|you|your|with|will|please)\b", sample))
    other = len(re.findall(r"\b(?:der|die|und|sie|el|la|los|usted|le|les|vous|avec)\b", sample))
    return other > english


def _mail_people(content: MailContent, owner: Owner, company_domains: set[str]) -> list[Person]:
    meta = content.meta
    people: list[Person] = []
    sender = meta.sender
    if sender and _is_person(sender.email, sender.name, owner):
        people.append(Person(sender.email, sender.name, "recruiter"))
    elif sender:
        for r in meta.reply_to:
            if _is_person(r.email, r.name, owner):
                people.append(Person(r.email, r.name, "recruiter"))
                company_domains.add(base_domain(domain_of(r.email)))
                break
    # CC'd colleagues of the company (hiring managers, interviewers), and To when several.
    for a in (*meta.cc, *meta.to):
        if not _is_person(a.email, a.name, owner) or any(p.email == a.email for p in people):
            continue
        if company_domains and base_domain(domain_of(a.email)) not in company_domains:
            continue
        if not company_domains:
            continue
        people.append(Person(a.email, a.name, "interviewer"))
    return people


def _is_person(email: str | None, name: str | None, owner: Owner) -> bool:
    if not email or owner.is_me(email):
        return False
    if is_machine(email) or looks_like_room(name, email):
        return False
    local = email.split("@", 1)[0]
    if name and lx.GROUP_NAME.search(name):
        return False
    return not lx.GROUP_LOCAL.match(local.split("+", 1)[0])


# ---------------------------------------------------------------------------------------------
# Shared finishing: names in the text, recruiter, company, position, timeline


def _finish(
    *,
    kind: Kind,
    start: datetime | None,
    end: datetime | None,
    people: list[Person],
    owner: Owner,
    meta: MailMeta | None,
    uid: str | None,
    sequence: int,
    text: str,
    timeline_text: str,
    now: datetime,
    zone: tzinfo,
    reasons: list[str],
    company_domains: set[str],
    content: MailContent | None,
) -> Detection:
    people = _join_named(people, timeline_text or text, owner, company_domains)
    recruiter = _recruiter(people, content)
    if recruiter is not None:
        people = [recruiter if p.email == recruiter.email and p.email else p for p in people]
    company = _company(text, meta, company_domains, people)
    position = _position(text)
    anchor = end or (meta.date if meta and meta.date else now)
    tl = find_timeline(timeline_text[:_MAX_TEXT], anchor, zone, meta.date if meta else None)
    if kind == "cancellation":
        tl = replace(tl, follow_up_after=None, decision_imminent=False)
    recipients: list[str] = []
    for p in people:
        if p.email and not p.guessed_email and p.email not in recipients:
            recipients.append(p.email)
    return Detection(
        is_interview=True,
        kind=kind,
        start=start,
        end=end,
        company=company,
        position=position,
        people=tuple(people),
        thank_you_recipients=tuple(recipients),
        recruiter=recruiter,
        follow_up_after=tl.follow_up_after,
        decision_imminent=tl.decision_imminent,
        uid=uid,
        sequence=sequence,
        side="candidate",
        meta=meta,
        reasons=tuple(reasons),
    )


def _negative(
    meta: MailMeta | None, uid: str | None, reason: str, ev: CalEvent | None, side: str | None = None
) -> Detection:
    return Detection(
        False, meta=meta, uid=uid, side="interviewer" if side == "interviewer" else None, reasons=(reason,)
    )


def _count(rx: re.Pattern[str], text: str) -> int:
    return len(rx.findall(text[:_MAX_TEXT]))


def _other_topic(text: str) -> str | None:
    sample = text[:_MAX_TEXT]
    press = len(lx.PRESS.findall(sample))
    jobby = len(
        re.findall(
            r"\b(?:position|role|resume|cv|candidat\w*|hiring|recruit\w*|job|career|offer|"
            r"application|puesto|stelle|poste|bewerbung)\b",
            sample,
            re.I,
        )
    )
    if press >= 2 and press > jobby:
        return "press or media interview"
    if press >= 1 and jobby == 0 and lx.PRESS.search(sample[:400]):
        return "press or media interview"
    if lx.ACADEMIC.search(sample) and jobby <= 1:
        return "academic interview"
    m = lx.OTHER_INTERVIEWS.search(sample)
    if m and (jobby <= 2 or not _WEAK_OTHER.search(m.group(0))):
        return f"not a job interview ({m.group(0).strip().lower()})"
    return None


_WEAK_OTHER = re.compile(r"investigat|doctor|patient|survey|workshop|seminar", re.I)


def _join_named(people: list[Person], text: str, owner: Owner, company_domains: set[str]) -> list[Person]:
    """Give names from the text ("You'll meet Jane Doe, EM") their addresses from the invite."""
    out = list(people)
    try:
        named = find_named_people(text[:20_000])
    except Exception:  # a helper's bug must not lose the interview
        named = ()
    for n in named:
        if owner.name and n.name.lower() == owner.name.lower():
            continue
        match = _match_name(n.name, out)
        if match is not None:
            i = out.index(match)
            out[i] = replace(
                match, name=match.name or n.name, title=match.title or n.title, phone=match.phone or n.phone
            )
            continue
        email = n.email.lower() if n.email else None
        if email and owner.is_me(email):
            continue
        out.append(Person(email, n.name, "interviewer", phone=n.phone, title=n.title))
    return out


def _match_name(name: str, people: list[Person]) -> Person | None:
    parts = [p for p in re.split(r"[\s.'’-]+", name.lower()) if p]
    if not parts:
        return None
    first, last = parts[0], parts[-1]
    for p in people:
        if p.name and p.name.lower() == name.lower():
            return p
    for p in people:
        if p.name:
            pn = [x for x in re.split(r"[\s.,'’-]+", p.name.lower()) if x]
            if pn and pn[0] == first and pn[-1] == last:
                return p
    for p in people:
        if not p.email:
            continue
        local = p.email.split("@", 1)[0].lower()
        tokens = [t for t in re.split(r"[._-]+", local) if t]
        if (first in tokens and last in tokens) or local in {
            first + last,
            first[0] + last,
            first + "." + last,
            last + first[0],
            first + last[0],
        }:
            return p
    return None


def _recruiter(people: list[Person], content: MailContent | None) -> Person | None:
    recs = [p for p in people if p.role == "recruiter"]
    if not recs:
        titled = [p for p in people if p.title and lx.RECRUITER_TITLE.search(p.title)]
        recs = titled
    if not recs:
        return None
    rec = recs[0]
    if content is not None and _wrote_this_mail(rec, content.meta):
        text = content.own_text[:_MAX_TEXT]
        _, sig = split_signature(text)
        m = _CALL_ME.search(text[:6000])
        phone = (
            (m.group("phone").strip() if m else None)
            or (find_phone(sig, rec.name, rec.email) if sig else None)
            or find_phone(text[-4000:], rec.name, rec.email)
        )
        title = find_title(sig, rec.name) if sig else None
        name = rec.name or _name_from_signature(sig, rec.email)
        rec = replace(rec, phone=rec.phone or phone, title=rec.title or title, name=name)
    return replace(rec, role="recruiter")


_CALL_ME = re.compile(
    r"\b(?:contact|reach|call|ring|phone|text|llámame|llamarme|rufen\s+sie\s+mich|appelez-moi|joindre)\s+"
    r"(?:me\s+)?(?:at|on|al|unter|au)\s+(?P<phone>\+?\(?\d[\d\s().\-/]{6,18}\d)",
    re.IGNORECASE,
)


def _wrote_this_mail(p: Person, meta: MailMeta) -> bool:
    """The person is the mail's sender, or its Reply-To behind an ATS no-reply sender."""
    if meta.sender and meta.sender.email == p.email:
        return True
    return any(r.email == p.email for r in meta.reply_to)


def _name_from_signature(sig: str, email: str | None) -> str | None:
    """ "Shirley Crenshaw" from a signature whose address is shirley.crenshaw@…"""
    if not sig or not email:
        return None
    tokens = [t for t in re.split(r"[._-]+", email.split("@", 1)[0].lower()) if len(t) > 1]
    for line in sig.splitlines():
        words = line.strip().split()
        if 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
            low = [w.lower().strip(",.") for w in words]
            if tokens and all(t in low for t in tokens[:2]):
                return " ".join(w.strip(",") for w in words)
    return None


def _company(text: str, meta: MailMeta | None, domains: set[str], people: list[Person]) -> str | None:
    for m in lx.COMPANY.finditer(text[:8000]):
        raw = next((g for g in m.groups() if g), None)
        if not raw:
            continue
        words = []
        for w in raw.split():
            if w.lower().strip(".,") in lx.COMPANY_STOP:
                break
            words.append(w.strip(".,"))
        name = " ".join(words).strip(" .,'-")
        if len(name) >= 2 and not _looks_like_person(name, people):
            return name
    if meta and meta.sender and meta.sender.name:
        m2 = re.search(
            r"\b(?:at|@|from|via|de|bei)\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s*$", meta.sender.name
        )
        if m2 and m2.group(1).lower() not in {"greenhouse", "lever", "ashby", "workday"}:
            return m2.group(1)
    for d in sorted(domains):
        label = d.split(".")[0]
        if label and label not in {"mail", "email", "corp"}:
            return " ".join(w.capitalize() for w in re.split(r"[-_]", label) if w)
    return None


def _looks_like_person(name: str, people: list[Person]) -> bool:
    low = name.lower()
    return any(p.name and p.name.lower() == low for p in people)


_POSITION_CUT = re.compile(
    r"\s(?:on|at|in|le|el|la|am|um|à|a\s+las|en|this|next|starting|with|con|avec|mit|bei|chez|"
    r"(?:monday|tuesday|wednesday|thursday|friday|lunes|martes|mi[ée]rcoles|jueves|viernes|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi)\w*)\b|\s*[(\d]",
    re.IGNORECASE,
)


def _position(text: str) -> str | None:
    m = lx.POSITION.search(text[:8000])
    if not m:
        return None
    raw = next((g for g in m.groups() if g), "")
    raw = _POSITION_CUT.split(re.sub(r"\s+", " ", raw), maxsplit=1)[0]
    raw = raw.strip(" .,:;-–'\"")
    if not raw or len(raw) > 60 or raw.lower() in {"position", "role", "job", "interview"}:
        return None
    return raw
