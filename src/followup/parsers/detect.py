"""Is this a job interview for the mailbox owner? When, with whom, and what comes next?

Pure: takes parsed content (MailContent / CalEvent), the owner and ``now``; returns a
Detection. The rules, in order:

1. The owner's own mail is never an invite (it is what the owner sent), except a reply that
   confirms the slot the message it answers proposed ("Perfect, see you Thursday at 10"): the
   thread is read as if the person answered had confirmed it.
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
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import UTC, datetime, timedelta, tzinfo

from followup.parsers import lexicon as lx
from followup.parsers import vendors
from followup.parsers.addresses import (
    Owner,
    base_domain,
    domain_of,
    is_machine,
    strip_plus,
)
from followup.parsers.detect_event import judge_event, pick_event
from followup.parsers.detect_text import _REPLY_SUBJECT, judge_text, recruiter_sets_meeting
from followup.parsers.go_between import go_between
from followup.parsers.judging import (
    DEFAULT_LENGTH,
    MAX_TEXT,
    date_zone,
    writer_zone,
)
from followup.parsers.mime import MailContent
from followup.parsers.model import Address, CalEvent, Detection, MailMeta, Person
from followup.parsers.quoting import QUOTE_MARKS, answered_message, quoted_after
from followup.parsers.timeline import find_timeline
from followup.parsers.when_times import find_duration, find_times
from followup.parsers.when_zones import unstated_zone, zone_from_text

# ---------------------------------------------------------------------------------------------
# Entry points


def detect_email(
    content: MailContent, owner: Owner | None, now: datetime, tz: tzinfo | None = None
) -> Detection:
    """Judge one parsed message."""
    meta = content.meta
    owner = _effective_owner(owner, meta)
    sender = meta.sender.email if meta.sender else None

    if sender and owner.is_me(sender):
        # Forwards the owner sent to themselves: the forwarded message is the real one, and its
        # To was the owner's too.
        inner = _forwarded_interview(
            content,
            owner,
            lambda fwd: {a.email for a in fwd.meta.to} if meta.to else set(),
            "forwarded by the owner",
            now,
            tz,
        )
        return (
            inner
            or _owner_confirms(content, owner, now, tz)
            or _note_to_self(content, owner, now, tz)
            or Detection(False, meta=meta, reasons=("the owner's own mail",))
        )
    if sender and is_machine(sender) and any(n.lower().endswith(".eml") for n in content.attachment_names):
        # A certified-mail envelope ("Il messaggio originale è incluso in allegato": postacert.eml) or
        # a message sent on as an attachment: the attached message is the real one.
        inner = _forwarded_interview(content, owner, lambda fwd: set(), "relayed as an attachment", now, tz)
        if inner is not None:
            return inner
    forwarded = bool(lx.FORWARD_SUBJECT.match(meta.subject or ""))
    if forwarded and content.forwarded and _someone_elses_invite(content, owner):
        return Detection(False, meta=meta, reasons=("someone else's own invitation, forwarded",))
    if forwarded and content.forwarded and not lx.INTERVIEW.search(content.own_text[:4000]):
        # "Fwd: Interview confirmed" sent on from another of the owner's accounts: the forwarded
        # message is the invite, and the forwarder's address was the owner's there.
        inner = _forwarded_interview(
            content,
            owner,
            lambda fwd: (
                {sender}
                if sender
                and any(a.email == sender for a in (*fwd.meta.to, *fwd.meta.cc))
                and not _someone_else(meta.sender, owner, meta)  # not an agency passing a client's note on
                else set()
            ),
            "forwarded",
            now,
            tz,
        )
        if inner is not None:
            return inner
    det = _detect_other(content, owner, now, tz)
    if not det.is_interview and meta.date and sender and not is_machine(sender):
        tl = find_timeline(
            content.own_text[:MAX_TEXT], meta.date, tz or date_zone(meta.date) or UTC, meta.date,
            owner.workdays,
        )
        if tl.follow_up_after:
            det = replace(det, follow_up_after=tl.follow_up_after, decision_imminent=tl.decision_imminent)
    return det


def _forwarded_interview(
    content: MailContent,
    owner: Owner,
    also_owner: Callable[[MailContent], set[str]],
    label: str,
    now: datetime,
    tz: tzinfo | None,
) -> Detection | None:
    """The first forwarded message (not the owner's own) that is an interview, judged with the
    owner widened by ``also_owner(forwarded)``; None when there is none."""
    for fwd in content.forwarded:
        if not fwd.meta.sender or owner.is_me(fwd.meta.sender.email):
            continue
        widened = replace(owner, addresses=owner.addresses | {strip_plus(a) for a in also_owner(fwd)})
        inner = detect_email(fwd, widened, now, tz)
        if inner.is_interview:
            inner = _with_forwarder(inner, content, fwd, owner, tz)
            return replace(inner, meta=content.meta, reasons=(*inner.reasons, label))
    return None


def _owner_confirms(
    content: MailContent, owner: Owner, now: datetime, tz: tzinfo | None
) -> Detection | None:
    """The owner's short reply that settles the slot the other side proposed ("Perfecto, nos vemos el
    jueves a las 10" above "¿te vendría bien el jueves 26 a las 10:00?"): the thread read as if the
    person she answers had confirmed it, so that person is the one to thank. None otherwise."""
    meta = content.meta
    replied = bool(meta.in_reply_to) or bool(_REPLY_SUBJECT.match(meta.subject or ""))
    if not replied or meta.sender is None or not lx.CONFIRM_REPLY.search(content.own_text[:600]):
        return None
    others = [a for a in meta.to if not owner.is_me(a.email) and not is_machine(a.email)]
    if len(others) != 1:
        return None
    # the message answered (its text, or its subject) proposed it, not the owner telling a friend "I
    # have my interview on …"
    forwarded = "\n".join(f.own_text for f in content.forwarded[:1])
    answered = (quoted_after(content.text, content.own_text) or QUOTE_MARKS.sub("", forwarded))[:MAX_TEXT]
    if not (
        lx.INTERVIEW.search(f"{meta.subject or ''}\n{answered}")
        or lx.JOB_MEETING.search(answered)
        or recruiter_sets_meeting(answered, (meta.date or now).date(), proposed=True)
    ):
        return None
    swapped = replace(meta, sender=others[0], to=(meta.sender,), reply_to=())
    # (the reply and the message it answers, read as one: "Got it, thanks Tyler! Talk to Nina then." above
    # "You're all set … with Nina Park (nina.park@…)" names its people there)
    answer = answered_message(content.text, content.own_text)
    own = f"{content.own_text}\n\n{answer}" if answer else content.own_text
    det = _detect_other(replace(content, meta=swapped, own_text=own), owner, now, tz)
    if not det.is_interview:
        return None
    # (the mail stays the owner's: it is not the recruiter writing back)
    return replace(det, meta=meta, reasons=(*det.reasons, "the owner confirmed the slot proposed"))


def _note_to_self(content: MailContent, owner: Owner, now: datetime, tz: tzinfo | None) -> Detection | None:
    """A mail the owner sent only to herself ("For record." above a pasted chat with the recruiter)
    is her note of the interview: read like mail she received. None otherwise."""
    meta = content.meta
    recipients = (*meta.to, *meta.cc)
    if not recipients or not all(owner.is_me(a.email) for a in recipients):
        return None
    # (read without its writer: the people and the company are the ones the note names)
    det = _detect_other(replace(content, meta=replace(meta, sender=None)), owner, now, tz)
    if not det.is_interview:
        return None
    return replace(det, meta=meta, reasons=(*det.reasons, "the owner's note to herself"))


def _with_forwarder(
    inner: Detection, content: MailContent, fwd: MailContent, owner: Owner, tz: tzinfo | None
) -> Detection:
    """A colleague of the interviewers who forwards their note ("Forwarding Charlotte's note below
    … we're aiming to decide by Friday 22 January") is the recruiter, and their text may give the
    follow-up date: the forwarder of the same company as the forwarded message's sender."""
    sender = content.meta.sender
    inner_sender = fwd.meta.sender
    if sender is None or inner_sender is None or owner.is_me(sender.email) or is_machine(sender.email):
        return inner
    if go_between(content, content.meta.subject or "", content.own_text[:MAX_TEXT]) is fwd:
        # a friend, or the colleague who referred the owner, passing the company's message on: nobody
        # to thank, at this address or at the one the message was sent to ("To: Nicolás Pardo <npardo@…>")
        name = _name_key(sender.name)
        gone = {sender.email.lower()} | {
            a.email.lower() for a in (*fwd.meta.to, *fwd.meta.cc) if " " in name and _name_key(a.name) == name
        }
        return _without(inner, gone)
    if base_domain(domain_of(sender.email)) != base_domain(domain_of(inner_sender.email)):
        return inner
    if domain_of(sender.email) in vendors.FREE_MAIL or sender.email in inner.thank_you_recipients:
        return inner
    forwarder = Person(sender.email, sender.name, "recruiter")
    people = tuple(replace(p, role="interviewer") if p.role == "recruiter" else p for p in inner.people)
    det = replace(
        inner,
        people=(forwarder, *people),
        thank_you_recipients=(sender.email, *inner.thank_you_recipients),
        recruiter=forwarder,
    )
    if det.follow_up_after is None and content.meta.date is not None:
        zone = tz or date_zone(content.meta.date) or UTC
        tl = find_timeline(
            content.own_text[:MAX_TEXT], det.end or content.meta.date, zone, content.meta.date, owner.workdays
        )
        if tl.follow_up_after:
            det = replace(det, follow_up_after=tl.follow_up_after, decision_imminent=tl.decision_imminent)
    return det


def _detect_other(content: MailContent, owner: Owner, now: datetime, tz: tzinfo | None) -> Detection:
    meta = content.meta
    if _copied_on_someone_else(meta, owner):
        return Detection(False, meta=meta, reasons=("the owner is copied on someone else's interview",))

    text = content.own_text[:MAX_TEXT]
    subject = meta.subject or ""
    full = f"{subject}\n{text}"
    zone = tz or date_zone(meta.date) or UTC

    written_in = writer_zone(meta.date, meta.sender.email if meta.sender else None)
    events = [_settle(e, tz, full, written_in) for e in content.calendars if e.followup_key is None]
    if events:
        ordered = pick_event(events, owner)
        judged = [
            judge_event(ev, owner, now, zone, context=full, meta=meta, content=content)
            for ev in ordered[:_MAX_EVENTS]
        ]
        return merge_sessions(judged)

    return judge_text(content, owner, now, zone, tz is not None)


def detect_event(ev: CalEvent, owner: Owner | None, now: datetime, tz: tzinfo | None = None) -> Detection:
    """Judge one calendar event (from a .ics file, Google or CalDAV)."""
    owner = owner or Owner(frozenset())
    return judge_event(_settle(ev, tz, ""), owner, now, tz or UTC, context="", meta=None, content=None)


def detect_calendar(
    events: Iterable[CalEvent], owner: Owner | None, now: datetime, tz: tzinfo | None = None
) -> Detection:
    """Judge a whole .ics file: the interview event in it, else the first event."""
    evs = [e for e in events if e.followup_key is None]
    owner = owner or Owner(frozenset())
    if not evs:
        return Detection(False, reasons=("no events",))
    ordered = pick_event(evs, owner)
    return merge_sessions([detect_event(ev, owner, now, tz) for ev in ordered[:_MAX_EVENTS]])


def _settle(ev: CalEvent, tz: tzinfo | None, context: str, written_in: tzinfo | None = None) -> CalEvent:
    """An event whose time only its text gives: a floating time read in the zone the text names
    ("Interview time: 2:00 PM Eastern Time"), an all-day placeholder whose real time the title or
    description gives ("the actual interview is 10:30-11:30 AM Pacific").

    With no zone named and no owner's zone, a floating time is read where it was written: the
    language's one zone, the place in its location or text ("3455 Ringsby Ct, Denver, CO 80216"),
    else ``written_in`` (the covering mail's Date offset)."""
    if ev.start is None or not (ev.floating or ev.all_day):
        return ev
    own = f"{ev.summary}\n{ev.description}"
    if ev.floating:
        named = zone_from_text(own[:5000]) or zone_from_text(context[:5000])
        if named is None and tz is None:
            named = unstated_zone(f"{own}\n{ev.location}\n{context}") or written_in
        if named is None:
            return ev
        parsed_in = tz or UTC  # parse_calendar read the wall time in this zone
        start = ev.start.astimezone(parsed_in).replace(tzinfo=named).astimezone(UTC)
        end = ev.end.astimezone(parsed_in).replace(tzinfo=named).astimezone(UTC) if ev.end else None
        return replace(ev, start=start, end=end, floating=False)
    hits = [h for h in find_times(own[:5000]) if h.start is not None]
    if not hits:
        return ev
    hit = hits[0]
    zone = (
        hit.zone
        or zone_from_text(own[:5000])
        or zone_from_text(context[:5000])
        or tz
        or unstated_zone(f"{own}\n{context}")
        or UTC
    )
    day = ev.start.date()
    start = datetime.combine(day, hit.start, zone)
    if hit.end_time is not None and hit.end_time > hit.start:
        end = datetime.combine(day, hit.end_time, zone)
    else:
        end = start + (find_duration(own[:5000]) or DEFAULT_LENGTH)
    return replace(ev, start=start.astimezone(UTC), end=end.astimezone(UTC), all_day=False)


_MAX_EVENTS = 50  # VEVENTs judged per message or file
_SAME_LOOP = timedelta(hours=16)


def merge_sessions(dets: list[Detection]) -> Detection:
    """Several interview events in one invite (an onsite loop booked as sessions): one interview.

    Sessions starting within 16 hours of the first one merge: the earliest start, the latest
    end, everyone who interviews in any session. Other events in the file are ignored.
    With no interview among them, the first (most interview-like) judgement is returned.
    """
    positives = [d for d in dets if d.is_interview]
    if not positives:
        return dets[0] if dets else Detection(False, reasons=("no events",))
    timed = sorted((d for d in positives if d.start is not None), key=lambda d: d.start or datetime.min)
    if len(timed) < 2:
        return positives[0]
    first = timed[0]
    assert first.start is not None
    loop = [d for d in timed if d.start is not None and d.start - first.start <= _SAME_LOOP]
    if len(loop) < 2:
        return first
    people: list[Person] = []
    for d in loop:
        for p in d.people:
            same = (
                q for q in people if (p.email and q.email == p.email) or (not p.email and q.name == p.name)
            )
            if next(same, None) is None:
                people.append(p)
    recipients: list[str] = []
    for d in loop:
        recipients.extend(r for r in d.thank_you_recipients if r not in recipients)
    ends = [d.end for d in loop if d.end is not None]
    return replace(
        first,
        end=max(ends) if ends else first.end,
        people=tuple(people),
        thank_you_recipients=tuple(recipients),
        recruiter=first.recruiter or next((d.recruiter for d in loop if d.recruiter), None),
        follow_up_after=next((d.follow_up_after for d in loop if d.follow_up_after), None),
        decision_imminent=any(d.decision_imminent for d in loop),
        sequence=max(d.sequence for d in loop),
        reasons=(*first.reasons, f"{len(loop)} sessions merged"),
    )


def _copied_on_someone_else(meta: MailMeta, owner: Owner) -> bool:
    """The owner is only in Cc, and the mail is addressed to someone outside the sender's company
    (another candidate the owner referred, say)."""
    if not meta.to or not meta.sender or any(owner.is_me(a.email) for a in meta.to):
        return False
    if not any(owner.is_me(a.email) for a in meta.cc):
        return False
    company = base_domain(domain_of(meta.sender.email))
    return any(base_domain(domain_of(a.email)) != company and not is_machine(a.email) for a in meta.to)


# ---------------------------------------------------------------------------------------------
# Owner and zones


def _effective_owner(owner: Owner | None, meta: MailMeta) -> Owner:
    """The given owner, or, when none is known, the message's addressees (To, else Cc)."""
    if owner is not None and owner.addresses:
        return _with_namesakes(owner, meta)
    addrs = meta.to or meta.cc
    found = frozenset(strip_plus(a.email) for a in addrs)
    return replace(owner, addresses=found) if owner is not None else Owner(found)


def _without(det: Detection, gone: set[str]) -> Detection:
    """``det`` without the people at the ``gone`` addresses (lower case)."""
    people = tuple(p for p in det.people if (p.email or "").lower() not in gone)
    recruiter = det.recruiter
    if recruiter is not None and (recruiter.email or "").lower() in gone:
        recruiter = next((p for p in people if p.role == "recruiter"), None)
    return replace(
        det,
        people=people,
        thank_you_recipients=tuple(a for a in det.thank_you_recipients if a.lower() not in gone),
        recruiter=recruiter,
    )


def _someone_else(who: Address | None, owner: Owner, meta: MailMeta) -> bool:
    """``who`` carries a full name that is not the owner's ("Alessandro Bruno" forwarding to "Sam
    Okafor"): another person, not the owner at another mailbox."""
    key = _name_key(who.name if who else None)
    mine = _name_key(_owner_name(owner, meta))
    return " " in key and " " in mine and key != mine


def _someone_elses_invite(content: MailContent, owner: Owner) -> bool:
    """A friend forwards her own invitation ("Regarde, j'ai enfin décroché un entretien …"): the
    forwarded message was sent to the forwarder, a person who is not the owner, by another domain;
    it greets her by her first name, and it does not name the owner (an agency passing a client's
    note on does)."""
    meta = content.meta
    sender, fwd = meta.sender, content.forwarded[0]
    if sender is None or not sender.name or not _someone_else(sender, owner, meta):
        return False
    if not any(a.email == sender.email for a in fwd.meta.to) or fwd.meta.sender is None:
        return False
    if base_domain(domain_of(fwd.meta.sender.email)) == base_domain(domain_of(sender.email)):
        return False  # a colleague's note passed on by the recruiter ("Vikram has confirmed …")
    if any(owner.is_me(a.email) for a in (*fwd.meta.to, *fwd.meta.cc)):
        return False
    mine = _name_key(_owner_name(owner, meta)).split()
    first = _name_key(sender.name).split()[0]
    head = _name_key(fwd.own_text[:200])
    if lx.CANDIDATE_FRAMING.search(content.own_text[:2000]):
        return False  # "Your interview at Amstel Mobility is set for …": the owner's, passed on
    body = _name_key(f"{fwd.meta.subject or ''}\n{fwd.own_text[:MAX_TEXT]}")
    return bool(mine) and re.search(rf"\b{re.escape(first)}\b", head) is not None and not any(
        re.search(rf"\b{re.escape(w)}\b", body) for w in mine if len(w) > 2
    )


def _owner_name(owner: Owner, meta: MailMeta) -> str | None:
    """The configured name, else the one the owner's own address carries in this message."""
    people = [a for a in (*([meta.sender] if meta.sender else []), *meta.to, *meta.cc) if a.email]
    return owner.name or next((a.name for a in people if a.name and owner.is_me(a.email)), None)


def _with_namesakes(owner: Owner, meta: MailMeta) -> Owner:
    """The owner widened by their other addresses in this message: an address under the owner's
    own full name ("Ana Kovač <ana.kovac@work.example>" forwarding to "Ana Kovač
    <ana.kovac@home.example>") is the owner at another mailbox, never a person to thank. The
    name is the configured one, else the one the owner's own address carries here."""
    people = [a for a in (*([meta.sender] if meta.sender else []), *meta.to, *meta.cc) if a.email]
    key = _name_key(_owner_name(owner, meta))
    if not key or " " not in key:
        return owner
    more = {strip_plus(a.email) for a in people if not owner.is_me(a.email) and _name_key(a.name) == key}
    return replace(owner, addresses=owner.addresses | more) if more else owner


def _name_key(name: str | None) -> str:
    """A name compared as people read it: case, accents and spacing aside."""
    if not name:
        return ""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return " ".join(plain.lower().replace(",", " ").split())
