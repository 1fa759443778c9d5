"""Calendar events: is this event a job interview for the owner, on the candidate side?"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, tzinfo

from followup.parsers import lexicon as lx
from followup.parsers import vendors
from followup.parsers.addresses import (
    Owner,
    base_domain,
    domain_of,
    is_machine,
    looks_like_room,
    strip_plus,
)
from followup.parsers.judging import (
    DEFAULT_LENGTH,
    JOBBY,
    MAX_TEXT,
    count,
    is_ats,
    is_person,
    negative,
    offer_only,
    other_topic,
)
from followup.parsers.judging_finish import finish
from followup.parsers.mime import MailContent
from followup.parsers.model import Attendee, CalEvent, Detection, Kind, MailMeta, Person
from followup.parsers.signature import is_title


def pick_event(events: list[CalEvent], owner: Owner) -> list[CalEvent]:
    """Events in the order to judge them: those naming an interview first, masters before
    overridden instances, newer sequences first."""
    return sorted(
        events,
        key=lambda e: (
            not lx.INTERVIEW.search(f"{e.summary} {e.description[:2000]}"),
            e.recurrence_id is not None,
            -(e.sequence or 0),
        ),
    )


def judge_event(
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
    desc = (ev.description or "")[:MAX_TEXT]
    text = f"{summary}\n{desc}\n{context}"
    method = (ev.method or "").upper()
    if method == "REPLY":
        return Detection(False, meta=meta, uid=ev.uid, reasons=("a reply to an invitation",))

    if not owner.addresses:
        owner = _guess_owner_from_event(ev, summary)

    organizer = ev.organizer.email if ev.organizer else None
    if organizer and owner.is_me(organizer):
        return Detection(False, meta=meta, uid=ev.uid, reasons=("the owner organised this event",))

    # In the description and the mail around it, an interview named as a point of reference
    # ("Coffee: Chris + Mateo … before your onsite") is another event's.
    desc_named = lx.INTERVIEW_ELSEWHERE.sub(" ", desc[:4000])
    context_named = lx.INTERVIEW_ELSEWHERE.sub(" ", context[:4000]) if context else ""
    named = (
        bool(lx.INTERVIEW.search(summary))
        or bool(lx.INTERVIEW.search(desc_named))
        or (bool(context_named) and bool(lx.INTERVIEW.search(context_named)))
        or bool(lx.JOB_MEETING.search(desc[:3000]))
        or (bool(context) and bool(lx.JOB_MEETING.search(context[:3000])))
    )
    ats = is_ats(organizer) or bool(meta and meta.sender and is_ats(meta.sender.email))
    if not named:
        return negative(meta, ev.uid, "no job interview named", ev)
    if (
        not lx.INTERVIEW.search(summary)
        and not (meta and lx.INTERVIEW.search(meta.subject or ""))
        and not count(lx.CANDIDATE_FRAMING, text)
        and not ats
        and not JOBBY.search(text)
    ):
        # "Sprint retro … how the interview rotation went": named only in passing
        return negative(meta, ev.uid, "an interview is only mentioned in passing", ev)

    if len(ev.attendees) > 25:
        return negative(meta, ev.uid, "a large meeting (an interview has a handful of people)", ev)
    if ev.recurring and ev.recurrence_id is None:
        return negative(meta, ev.uid, "a recurring event (an interview happens once)", ev)

    topic = other_topic(text)
    if topic:
        return negative(meta, ev.uid, topic, ev)
    offer_text = f"{summary}\n{desc[:3000]}\n{context[:3000]}"
    if offer_only(offer_text, offer_text) and not lx.INTERVIEW.search(summary):
        return negative(meta, ev.uid, "a job offer, not an interview", ev)  # "Offer discussion"

    # Side: candidate or interviewer?
    company_domains = _company_domains_event(ev, owner, meta)
    external = bool(company_domains) and not (company_domains & {base_domain(d) for d in owner.domains})
    cand = count(lx.CANDIDATE_FRAMING, text)
    intv = count(lx.INTERVIEWER_FRAMING, text)
    owner_named = _owner_named(owner, ev, summary)
    other_named = _other_candidate_named(summary, owner, ev)
    if intv > cand and not owner_named:
        return negative(meta, ev.uid, "hiring side: the text is about a candidate", ev, side="interviewer")
    if other_named and not owner_named and not external:
        return negative(
            meta, ev.uid, "hiring side: the event names another candidate", ev, side="interviewer"
        )
    if not (external or cand or owner_named or ats):
        return negative(
            meta, ev.uid, "internal meeting, nothing speaks to the candidate", ev, side="interviewer"
        )
    if owner.addresses and not _owner_attends(owner, ev, meta):
        return negative(meta, ev.uid, "the owner is not among the attendees", ev)

    kind = _event_kind(ev, f"{(meta.subject if meta else '')}\n{summary}")
    people = _event_people(ev, owner, meta, content, company_domains)
    start, end = ev.start, ev.end
    if start is not None and (end is None or end <= start):
        end = start + DEFAULT_LENGTH if not ev.all_day else start + timedelta(days=1)
    reasons.append("calendar event naming an interview")
    body_for_timeline = context or desc
    return finish(
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
    letters = re.sub(r"[^a-z]", "", low)
    for addr in owner.addresses:  # "meilin.tan@" ↔ "Mei Lin Tan"
        local = re.sub(r"[^a-z]", "", addr.split("@", 1)[0].split("+", 1)[0].lower())
        if len(local) >= 6 and local in letters:
            return True
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
    if is_title(name):
        return False  # "Phone interview: Managing Editor, Audiobooks": the role, not a person
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
        if is_ats(a.email) or dom in vendors.FREE_MAIL or (is_machine(a.email) and not is_ats(a.email)):
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
    if org and org.email and is_person(org.email, org.name, owner):
        people.append(Person(org.email, org.name, "recruiter"))
    if (
        meta is not None
        and meta.sender
        and is_person(meta.sender.email, meta.sender.name, owner)
        and not any(p.email == meta.sender.email for p in people)
    ):
        people.insert(0, Person(meta.sender.email, meta.sender.name, "recruiter"))
    if meta is not None and meta.sender and not is_person(meta.sender.email, None, owner):
        for r in meta.reply_to:
            if is_person(r.email, r.name, owner) and not any(p.email == r.email for p in people):
                people.insert(0, Person(r.email, r.name, "recruiter"))
    for a in ev.attendees:
        if not a.email or not is_person(a.email, a.name, owner):
            continue
        if (a.cutype or "INDIVIDUAL").upper() not in ("INDIVIDUAL", "UNKNOWN"):
            continue
        if (a.role or "").upper() == "NON-PARTICIPANT" or (a.partstat or "").upper() == "DECLINED":
            continue
        if any(p.email == a.email for p in people):
            continue
        people.append(Person(a.email, a.name, "interviewer"))
    if meta is not None and content is not None:
        # Interviewers copied on the invitation mail but not on the calendar hold ("You'll be meeting
        # Arjun Mehta and Lisa Tran, both copied here"): the company's people whom the mail or the
        # event's own title names ("2nd round (Greg Ahlstrom / Nora Whitman)").
        named_text = f"{ev.summary or ''}\n{ev.description or ''}\n{content.own_text}"
        for c in meta.cc:
            if any(p.email == c.email for p in people) or not is_person(c.email, c.name, owner):
                continue
            if base_domain(domain_of(c.email)) in company_domains and _cc_named(c.name, named_text):
                people.append(Person(c.email, c.name, "interviewer"))
    return people


def _cc_named(name: str | None, text: str) -> bool:
    """The mail names this person in full ("Lisa Tran")."""
    if not name or len(name.split()) < 2:
        return False
    return re.search(rf"\b{re.escape(name)}\b", text[:20_000], re.IGNORECASE) is not None


# ---------------------------------------------------------------------------------------------
# Plain mail
