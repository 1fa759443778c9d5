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

from collections.abc import Iterable
from dataclasses import replace
from datetime import UTC, datetime, tzinfo

from followup.parsers.addresses import (
    Owner,
    is_machine,
    strip_plus,
)
from followup.parsers.detect_event import judge_event, pick_event
from followup.parsers.detect_text import judge_text
from followup.parsers.judging import (
    MAX_TEXT,
    date_zone,
)
from followup.parsers.mime import MailContent
from followup.parsers.model import CalEvent, Detection, MailMeta
from followup.parsers.timeline import find_timeline

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
            content.own_text[:MAX_TEXT], meta.date, tz or date_zone(meta.date) or UTC, meta.date
        )
        if tl.follow_up_after:
            det = replace(det, follow_up_after=tl.follow_up_after, decision_imminent=tl.decision_imminent)
    return det


def _detect_other(content: MailContent, owner: Owner, now: datetime, tz: tzinfo | None) -> Detection:
    meta = content.meta

    text = content.own_text[:MAX_TEXT]
    subject = meta.subject or ""
    full = f"{subject}\n{text}"
    zone = tz or date_zone(meta.date) or UTC

    events = [e for e in content.calendars if e.followup_key is None]
    if events:
        ev = pick_event(events, owner)
        if ev is not None:
            det = judge_event(ev, owner, now, zone, context=full, meta=meta, content=content)
            return det

    return judge_text(content, owner, now, zone, tz is not None)


def detect_event(ev: CalEvent, owner: Owner | None, now: datetime, tz: tzinfo | None = None) -> Detection:
    """Judge one calendar event (from a .ics file, Google or CalDAV)."""
    owner = owner or Owner(frozenset())
    return judge_event(ev, owner, now, tz or UTC, context="", meta=None, content=None)


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
