"""Plain mail: does it name a job interview, speak to the candidate, and fix a time?"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta, tzinfo
from functools import cache

from followup.parsers import lexicon as lx
from followup.parsers import vendors, words
from followup.parsers.addresses import Owner, base_domain, domain_of, is_machine
from followup.parsers.detect_sentences import _sentence_bounds
from followup.parsers.detect_slot import _find_slot, confirmed_in_thread
from followup.parsers.go_between import addressed_to_owner_only, go_between, handed_on, has_clock_time
from followup.parsers.judging import (
    MAX_TEXT,
    count,
    is_person,
    negative,
    offer_only,
    other_topic,
    writer_zone,
)
from followup.parsers.judging_company import _spelled_domain
from followup.parsers.judging_finish import finish
from followup.parsers.judging_people import name_spelled
from followup.parsers.mime import MailContent
from followup.parsers.model import Address, Detection, Kind, MailMeta, Person
from followup.parsers.moves import happened as _happened
from followup.parsers.moves import only_old_slot_cancelled as _only_old_slot_cancelled
from followup.parsers.quoting import QUOTE_MARKS, quoted_after
from followup.parsers.signature import split_signature
from followup.parsers.slot_parts import _MEETING_WORD, _calendar_link_slot, _Slot
from followup.parsers.when import find_dates
from followup.parsers.when_times import find_times
from followup.parsers.when_zones import unstated_zone, zone_from_text


def judge_text(
    content: MailContent, owner: Owner, now: datetime, zone: tzinfo, zone_given: bool
) -> Detection:
    meta = content.meta
    subject = meta.subject or ""
    text = content.own_text[:MAX_TEXT]
    full = f"{subject}\n{text}"
    job_thread = _job_thread_fixes_time(content, subject, text, owner, now)
    # (read only when the cheaper signs above it have not decided: it reads every meeting sentence)
    recruiter_meeting = cache(
        lambda: recruiter_sets_meeting(text, (meta.date or now).date())
        or _confirms_recruiters_meeting(content, subject, text, (meta.date or now).date())
    )
    if not (
        lx.INTERVIEW.search(lx.INTERVIEW_ELSEWHERE.sub(" ", full))  # not "prepare for your interviews"
        or lx.JOB_CALL.search(subject)
        or lx.JOB_NEXT_STEP.search(subject)
        or lx.JOB_MEETING.search(full[:3000])
        or (lx.NEXT_STEP.search(subject) and _recruiter_signs(text))
        or _thread_settles(content, subject, text)
        or job_thread
        or recruiter_meeting()
        or handed_on(content, owner, subject, text)
    ):
        # A forwarded message may carry the invite ("FW: Interview"); quoted reply history does not.
        forward = lx.FORWARD_SUBJECT.match(subject)
        for fwd in content.forwarded if forward else ():
            if lx.INTERVIEW.search(f"{fwd.meta.subject}\n{fwd.own_text[:MAX_TEXT]}"):
                inner = judge_text(fwd, owner, now, zone, zone_given)
                return (
                    replace(inner, meta=meta)
                    if inner.is_interview
                    else negative(meta, None, inner.reasons[0] if inner.reasons else "forwarded", None)
                )
        return negative(meta, None, "no job interview named", None)
    if meta.auto_submitted and meta.list_id:
        return negative(meta, None, "mailing list / bulk mail", None)
    topic = other_topic(full)
    if topic:
        return negative(meta, None, topic, None)
    if lx.found(lx.APPLICATION_ACK, full) and not has_clock_time(text):
        return negative(meta, None, "application acknowledgement, no interview yet", None)
    if offer_only(text[:3000], full[:3000]):
        return negative(meta, None, "a job offer, not an interview", None)
    if (
        _rejects(text[:3000])
        and not lx.found(lx.RESCHEDULE, full[:3000])
        and not lx.found(lx.CANCEL, full[:3000])
    ):
        return negative(meta, None, "rejection", None)

    # A forward is read with what it forwards ("FW: Interview panel …": "thanks for joining the panel").
    framed = full
    if lx.FORWARD_SUBJECT.match(subject):
        framed = "\n".join([full, *(f.own_text[:MAX_TEXT] for f in content.forwarded)])
    cand = count(lx.CANDIDATE_FRAMING, framed)
    intv = count(lx.INTERVIEWER_FRAMING, framed)
    if (
        framed is not full  # (the forward's own words: its subject is the forwarded message's)
        and count(lx.CANDIDATE_FRAMING, text)
        and not count(lx.INTERVIEWER_FRAMING, text)
        and addressed_to_owner_only(meta, owner)
    ):
        intv = 0  # "Le inoltro l'invito …": the forward speaks to the candidate the note was about
    if intv > cand or (intv and not cand):
        return negative(meta, None, "hiring side: the text is about a candidate", None, side="interviewer")
    if not cand and not addressed_to_owner_only(meta, owner):
        return negative(meta, None, "nothing speaks to the candidate", None)
    replied = (
        bool(meta.in_reply_to)
        or bool(re.match(r"\s*(?:re|aw|rv|sv|antw)\s*:", subject, re.I))
        or bool(lx.FORWARD_SUBJECT.match(subject))  # "Fwd: …" with "so it's settled: Friday at 10"
    )
    subject_fixes_time = bool(find_times(subject)) and bool(find_dates(subject, (meta.date or now).date()))
    if not subject_fixes_time and lx.INTERVIEW.search(subject):
        # "Entrevista en Ombú Health – jueves 7/1" above "Te espero el jueves 7 de enero a las 11 hs": the
        # subject's interview day, its hour given in a sentence of the text
        subject_fixes_time = _subject_day_timed(subject, text, (meta.date or now).date())
    if (
        not cand
        and not lx.INTERVIEW.search(text)
        and not lx.JOB_MEETING.search(text[:3000])
        and not (
            replied and (confirmed_in_thread(text, content.text) or _happened(lx.RESCHEDULE, text[:600]))
        )
        and not job_thread
        and not recruiter_meeting()
        and not subject_fixes_time  # "Interview – Mon 16 Nov, 4pm AEDT" says it all
        and not (  # "I: Conferma colloquio": the forwarded confirmation names it (as a whole message)
            lx.FORWARD_SUBJECT.match(subject)
            and any(lx.INTERVIEW.search(f"{f.meta.subject or ''}\n{f.own_text[:MAX_TEXT]}")
                    for f in content.forwarded)
        )
        and not (replied and _answers_own_invite(content, owner))
    ):
        return negative(meta, None, "only the subject names an interview", None)
    if _internal_group_mail(meta, owner, text) and not _STRONG_CANDIDATE.search(full):
        return negative(meta, None, "hiring side: a mail to a group of colleagues", None, side="interviewer")

    sender = meta.sender.email if meta.sender else None
    company_domains: set[str] = set()
    relay = go_between(content, subject, text)
    if relay is not None:
        sender = relay.meta.sender.email if relay.meta.sender else None  # (the company's own writer)
    if sender and not is_machine(sender) and domain_of(sender) not in vendors.FREE_MAIL:
        company_domains.add(base_domain(domain_of(sender)))
    kind: Kind = "invite"
    moved = _happened(lx.RESCHEDULE, full[:3000])
    cancelled = _happened(lx.CANCEL, subject) or _happened(lx.CANCEL, text[:3000])
    if cancelled and moved and _only_old_slot_cancelled(text[:3000]):
        cancelled = False  # "your previous time … has been cancelled": the move, told twice
    if cancelled and not (moved and lx.RESCHEDULE.search(subject)):
        kind = "cancellation"  # (a "rescheduled" notice lists the old slot as cancelled)
    elif moved or (
        replied
        and confirmed_in_thread(text, content.text)
        # "Fica então confirmada … quarta-feira às 14h30" under "teremos de remarcar a sua entrevista
        # para quarta-feira": the confirmation settles the move the message it answers made
        and _happened(lx.RESCHEDULE, quoted_after(content.text, text, 1500), asked=True)
    ):
        kind = "reschedule"

    # A zone the text names ("all times below are Eastern Time") is the slot's, even for an owner
    # whose own zone is known; with no owner's zone, where the text was written is the next guess.
    said = zone_from_text(full[:5000])
    if zone_given:
        zone = said or zone
    else:
        # (no writer's offset in the Date header: where the text was written is the next guess)
        utc_date = writer_zone(meta.date, sender) is None
        zone = said or (unstated_zone(content.text[:MAX_TEXT]) if utc_date else None) or zone
    ref = (meta.date or now).astimezone(zone).date()
    history = content.text[:MAX_TEXT] if content.text != content.own_text else ""
    slot: _Slot | None = None
    source: MailContent | None = None
    is_forward = bool(content.forwarded) and bool(lx.FORWARD_SUBJECT.match(subject))

    meets = bool(lx.JOB_MEETING.search(text[:3000])) or recruiter_meeting()

    def newest(thread: str) -> _Slot | None:  # the newest message's slot, read with ``thread``
        moved = kind == "reschedule"
        found = _find_slot(
            subject, text, ref, zone, moved=moved, history=thread, about_job=job_thread,
            meeting_is_interview=meets,
        )
        return found or _calendar_link_slot(text)

    if is_forward and relay is not None:
        # a go-between's forward: the company's message fixes the time ("Je peux le recevoir mercredi
        # 2 décembre à 17h30" under "je lui ai confirmé pour 17h30"), the friend's note only echoes it
        slot, source = _forwarded_slot(content, ref, zone, kind)
    if is_forward and slot is None:
        # A forward's own slot first, then the forwarded message's (its people confirm it), and
        # only then what the rest of the thread settled.
        slot = newest("")
        if slot is None or _whole_day(slot):
            # ("see you on the 17th" above the note booking "Thursday 17 December from 4pm to 5pm")
            fwd_slot, fwd_source = _forwarded_slot(content, ref, zone, kind)
            if fwd_slot is not None and (slot is None or _same_day(fwd_slot, slot, zone)):
                slot, source = fwd_slot, fwd_source
    if slot is None:
        slot = newest(history)
    if slot is None and not is_forward:  # (Outlook's "From: … Sent: …" blocks are read as forwards)
        slot, source = _forwarded_slot(content, ref, zone, kind)
    if slot is None and kind != "cancellation":
        return negative(meta, None, "no fixed interview time", None)
    return finish(
        kind=kind,
        start=slot.start if slot else None,
        end=slot.end if slot else None,
        people=(
            _confirmers(source, owner, _mail_people(content, owner, company_domains, relay))
            if source is not None
            else _mail_people(content, owner, company_domains, relay)
        ),
        owner=owner,
        meta=meta,
        uid=None,
        sequence=0,
        # (a go-between's forward: the company's message is what states the people and the timeline)
        text=full if relay is None else f"{full}\n{relay.own_text[:MAX_TEXT]}",
        timeline_text=text if relay is None else f"{text}\n{relay.own_text[:MAX_TEXT]}",
        now=now,
        zone=zone,
        reasons=["mail fixing an interview time" if slot else "cancellation of an interview"],
        company_domains=company_domains,
        content=content,
    )


def _whole_day(slot: _Slot) -> bool:
    """A day without its time (a date alone read as the whole day)."""
    return slot.end - slot.start == timedelta(days=1)


def _same_day(a: _Slot, b: _Slot, zone: tzinfo) -> bool:
    return a.start.astimezone(zone).date() == b.start.astimezone(zone).date()


_REPLY_SUBJECT = lx.REPLY_SUBJECT
_JOB_SUBJECT = re.compile(r"\b(?:" + "|".join(words.merged("JOB_WORDS")) + r")\b", re.I)


def _forwarded_slot(
    content: MailContent, ref: date, zone: tzinfo, kind: Kind
) -> tuple[_Slot | None, MailContent | None]:
    """ "I'm forwarding the client's confirmation": the slot the forwarded message fixes, when the
    newest text (which named the interview) fixes none; and that message."""
    for fwd in content.forwarded:
        fwd_ref = fwd.meta.date.astimezone(zone).date() if fwd.meta.date else ref
        moved = kind == "reschedule"
        # (the newest text named the interview, so a day and time the forward fixes are its slot:
        # "Je peux recevoir Mme Garnier le lundi 7 décembre à 16h00")
        slot = _find_slot(
            fwd.meta.subject or "", fwd.own_text[:MAX_TEXT], fwd_ref, zone, moved, about_job=True
        )
        if slot is not None:
            return slot, fwd
    return None, None


def _confirmers(fwd: MailContent, owner: Owner, people: list[Person]) -> list[Person]:
    """The people of a forwarded confirmation: its writer and those copied (the client's side)."""
    meta = fwd.meta
    out = list(people)
    for a in (*([meta.sender] if meta.sender else []), *meta.cc):
        if is_person(a.email, a.name, owner) and not any(p.email == a.email for p in out):
            out.append(Person(a.email, a.name, "interviewer"))
    return out


def _subject_day_timed(subject: str, text: str, ref: date) -> bool:
    """The day the subject names is written again in a sentence of the text with a clock time."""
    days = {d.value for d in find_dates(subject, ref) if d.explicit}
    if not days:
        return False
    head = text[:3000]
    for d in find_dates(head, ref):
        if d.value in days:
            s, e = _sentence_bounds(head, d.pos)
            if find_times(head[s:e]):
                return True
    return False


def _answers_own_invite(content: MailContent, owner: Owner) -> bool:
    """A company person adds to the invite they sent earlier in the thread ("Quick one - the panel will
    give you feedback by Friday 18th December" above their "Confirming your interview …"): the
    message the reply quotes is theirs (same company) and names the interview."""
    sender = content.meta.sender
    if sender is None or owner.is_me(sender.email) or is_machine(sender.email) or not content.forwarded:
        return False
    first = content.forwarded[0]
    quoted = first.meta.sender
    return (
        quoted is not None
        and base_domain(domain_of(quoted.email)) == base_domain(domain_of(sender.email))
        and domain_of(sender.email) not in vendors.FREE_MAIL
        and bool(lx.INTERVIEW.search(first.own_text[:MAX_TEXT]))
    )


def _recruiter_signs(text: str) -> bool:
    """The newest message is signed by a recruiter ("Nora Quinlan / Technical Recruiter"), or headed
    with one as messaging sites print it ("Ruben Smits / Talent Acquisition Specialist at …")."""
    _, sig = split_signature(text)
    if not sig:  # a short sign-off ("Nora Quinn / Technical Recruiter | Bluewater") with no phone
        sig = "\n".join([line for line in text.splitlines() if line.strip()][-4:])
    # (a title line among the first few: "Pau Vidal le ha enviado un mensaje nuevo / Pau Vidal / Talent
    # Partner en Poblenou Labs")
    first = [line.strip() for line in text[:400].splitlines() if line.strip()][:4]
    head = "\n".join(line for line in first if len(line) <= 60)
    return bool(lx.RECRUITER_TITLE.search(sig[:400]) or lx.RECRUITER_TITLE.search(head))


def _confirms_recruiters_meeting(content: MailContent, subject: str, text: str, ref: date) -> bool:
    """A reply that confirms ("Combinado, até quinta às 10h.") the meeting a recruiter proposed in the
    message it quotes ("Proponho a nossa conversa para quinta-feira, 26 de novembro, às 10h …
    Talent Acquisition | Miradouro Media")."""
    if not (content.meta.in_reply_to or _REPLY_SUBJECT.match(subject)) or content.text == content.own_text:
        return False
    if not lx.CONFIRM_REPLY.search(text[:600]):
        return False
    quoted = quoted_after(content.text, content.own_text) or QUOTE_MARKS.sub("", content.text)
    return recruiter_sets_meeting(quoted, ref, proposed=True)


def recruiter_sets_meeting(text: str, ref: date, proposed: bool = False) -> bool:
    """A recruiter fixes a meeting with the candidate ("Dan staat onze videocall op maandag 30 november
    om 16.00 uur"): a sentence naming a meeting gives a day and a clock time, and a recruiter signs.
    ``proposed``: the candidate's answer confirmed it, so a proposal or question counts."""
    head = text[:3000]
    for m in _MEETING_WORD.finditer(head):
        s, e = _sentence_bounds(head, m.start())
        sentence = head[s:e]
        if not proposed and ("?" in sentence or lx.NOT_THE_TIME.search(sentence)):
            continue  # "Tuesday at 4 might work": not fixed yet
        if find_times(sentence) and find_dates(sentence, ref):
            return _recruiter_signs(text)
    return False


def _rejects(text: str) -> bool:
    """A decision against the candidate: a rejection phrase, or "unfortunately" in a sentence about
    the application or the job (not "unfortunately Kevin is held up, so we move your interview")."""
    if lx.found(lx.REJECTION, text):
        return True
    for m in lx.REJECTION_SOFT.finditer(text):
        s, e = _sentence_bounds(text, m.start())
        if _JOB_SUBJECT.search(text, s, e) or lx.REJECTION_ABOUT.search(text, s, e):
            return True
    return False


def _thread_settles(content: MailContent, subject: str, text: str) -> bool:
    """A reply in a thread about a job that settles the time ("Dann halten wir fest: Mittwoch, 16.
    Dezember, 15:30", "fechado: te espero quinta às 17h"): the thread names the interview or the
    job (the subject or the quoted history), and the newest message confirms or moves it."""
    if not (content.meta.in_reply_to or _REPLY_SUBJECT.match(subject) or lx.FORWARD_SUBJECT.match(subject)):
        return False
    if not (lx.CONFIRM_REPLY.search(text[:600]) or lx.RESCHEDULE.search(text[:600])):
        return False  # (or moves it: "something came up - I've moved us to Friday, same time")
    # (quote marks out: "a 1-hour technical\n>> deep dive" is one phrase)
    thread = QUOTE_MARKS.sub("", content.text[:MAX_TEXT])
    return bool(_JOB_SUBJECT.search(subject) or lx.INTERVIEW.search(thread) or lx.JOB_MEETING.search(thread))


def _job_thread_fixes_time(
    content: MailContent, subject: str, text: str, owner: Owner, now: datetime
) -> bool:
    """A company person's reply, to the owner alone, in a thread about a job, that names a day and a
    clock time ("Hi Oliver - 10am Tuesday 1 Dec works, I'll ring you", "Prima Tom, dan zie ik je
    donderdag 26/11 om 17u30"): the job conversation the thread was about, by whatever name."""
    meta = content.meta
    if not (meta.in_reply_to or _REPLY_SUBJECT.match(subject)) or not addressed_to_owner_only(meta, owner):
        return False
    sender = meta.sender
    if sender is None or not is_person(sender.email, sender.name, owner) or is_machine(sender.email):
        return False
    head = text[:600]
    if not (find_times(head) and find_dates(head, (meta.date or now).date())):
        return False
    thread = QUOTE_MARKS.sub("", content.text[:MAX_TEXT])
    return bool(_JOB_SUBJECT.search(subject) or _JOB_SUBJECT.search(thread) or lx.INTERVIEW.search(thread))


_STRONG_CANDIDATE = re.compile(r"\b(?:" + "|".join(words.merged("CANDIDATE_STRONG")) + r")\b", re.IGNORECASE)
_GROUP_GREETING = re.compile(
    # (a greeting ends the line or is set off: "All," but not "All confirmed for Thurs")
    r"^\W*(?:all|hi\s+all|hello\s+all|dear\s+all|team|hi\s+team|everyone|hi\s+everyone)"
    r"[ \t]*(?:[,:;!\n–—-]|$)",
    re.IGNORECASE,
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


def _named_in(a: Address, text: str) -> bool:
    """The text names the person: by the header's display name, or, for a bare address, by the name
    it spells ("Case discussion with Joost Bakker" for a Cc of joost.bakker@…)."""
    if domain_of(a.email) in vendors.FREE_MAIL:
        return False
    if not a.name:
        return name_spelled(a.email, text)
    return re.search(rf"\b{re.escape(a.name)}\b", text[:20_000], re.IGNORECASE) is not None


def _mail_people(
    content: MailContent, owner: Owner, company_domains: set[str], relay: MailContent | None
) -> list[Person]:
    """``relay``: the company's message a go-between forwarded (``go_between``), read in its place."""
    meta = content.meta
    people: list[Person] = []
    sender = meta.sender
    if relay is not None:
        meta, sender = relay.meta, relay.meta.sender  # (the friend who forwards is nobody to thank)
    if sender and is_person(sender.email, sender.name, owner):
        people.append(Person(sender.email, sender.name, "recruiter"))
    elif sender:
        for r in meta.reply_to:
            if is_person(r.email, r.name, owner):
                people.append(Person(r.email, r.name, "recruiter"))
                company_domains.add(base_domain(domain_of(r.email)))
                break
    # CC'd colleagues of the company (hiring managers, interviewers), and To when several.
    for a in (*meta.cc, *(meta.to if relay is None else ())):
        if not is_person(a.email, a.name, owner) or any(p.email == a.email for p in people):
            continue
        if not company_domains and not _named_in(a, content.own_text):
            continue  # (a recruiter writing from free mail copies the company's people by name)
        if (
            company_domains
            and base_domain(domain_of(a.email)) not in company_domains
            and not _named_in(a, content.own_text)
            and not _named_with_company(a, content.own_text)
        ):
            continue  # another company's address, unless the text names the person (an agency's client)
        people.append(Person(a.email, a.name, "interviewer"))
    # A colleague's note forwarded to the candidate ("see Marcelo's confirmation below"): its writer,
    # of the company and named in the text, is on the interview side.
    # An agency's client forwarded with its people ("see Eva's confirmation below … Ruben de Boer is
    # their Group Controller"): of another company, but named with it in the newest text.
    for fwd in content.forwarded:
        for a in (*([fwd.meta.sender] if fwd.meta.sender else []), *fwd.meta.cc):
            if any(p.email == a.email for p in people) or not is_person(a.email, a.name, owner):
                continue
            text = content.own_text
            ours = base_domain(domain_of(a.email)) in company_domains or _named_with_company(a, text)
            if ours and _first_name_in(a, text):
                people.append(Person(a.email, a.name, "interviewer"))
    return people


def _named_with_company(a: Address, text: str) -> bool:
    """The text names the person by first name and spells their company from their address
    ("Femke van Polder Energy" for femke.smit@polderenergy.example): an agency's client."""
    dom = domain_of(a.email)
    if dom in vendors.FREE_MAIL or not _first_name_in(a, text):
        return False
    return _spelled_domain(text, {base_domain(dom)}) is not None


def _first_name_in(a: Address, text: str) -> bool:
    """The text names the person by first name, or by surname after a title ("la confirmación del Ing.
    Mena", "Dr. Ibarra")."""
    parts = (a.name or "").split()
    if not parts:
        return False
    first, last = parts[0], parts[-1]
    if len(first) > 2 and re.search(rf"\b{re.escape(first)}\b", text[:20_000]):
        return True
    titled = re.search(rf"{_HONORIFIC}\s*{re.escape(last)}\b", text[:20_000])
    return len(parts) > 1 and len(last) > 2 and titled is not None


# Titles written before a surname ("Ing. Mena", "Dr. Ibarra", "Frau Gasser", "Mr Pike").
_HONORIFIC = r"\b(?i:" + "|".join(re.escape(w) for w in dict.fromkeys(words.merged("HONORIFICS"))) + r")\.?"
