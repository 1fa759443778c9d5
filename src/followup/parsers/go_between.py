"""Who forwarded a message, and for whom: a go-between (a friend, or a colleague who made a
referral) passing the company's message on to the owner, and the one-to-one mail that needs no
framing. Used by detect_text."""

from __future__ import annotations

from followup.parsers import lexicon as lx
from followup.parsers.addresses import Owner, base_domain, domain_of, is_machine
from followup.parsers.judging import MAX_TEXT, count
from followup.parsers.mime import MailContent
from followup.parsers.model import MailMeta
from followup.parsers.when_times import find_times


def go_between(content: MailContent, subject: str, text: str) -> MailContent | None:
    """The company's message a go-between forwards ("Voilà la réponse de Thomas", a friend who
    referred the owner): it was addressed to the forwarder, who writes from another domain (or is a
    colleague who made a referral, lexicon REFERRAL), and who neither signs as a recruiter, speaks
    of a client (lexicon CLIENT) nor restates the time (an agency forwarding its client's
    confirmation does). The forwarder is nobody to thank; the forwarded message's writer is the
    company's side."""
    sender = content.meta.sender
    if sender is None or not content.forwarded or not lx.FORWARD_SUBJECT.match(subject):
        return None
    fwd = content.forwarded[0]
    writer = fwd.meta.sender
    referral = bool(lx.REFERRAL.search(f"{fwd.meta.subject or ''}\n{fwd.own_text[:3000]}"))
    if (
        writer is None
        or is_machine(writer.email)
        or (base_domain(domain_of(writer.email)) == base_domain(domain_of(sender.email)) and not referral)
        # (to them: their address, or their name at another address, a friend's work mailbox)
        or not any(
            a.email.lower() == sender.email.lower()
            or bool(a.name and sender.name and a.name.lower() == sender.name.lower())
            for a in fwd.meta.to
        )
        # (a title on a signature line: not "ti giro la mail di Sonia dell'HR" in the note)
        or any(lx.RECRUITER_TITLE.search(line) for line in text.splitlines()[-8:] if len(line.strip()) <= 60)
        or lx.CLIENT.search(text)  # ("ti inoltro la conferma del cliente": an agency)
        # ("Your interview at Amstel Mobility is set for … 11:00-12:00": its lead; but a friend who
        # made the referral may restate the time too: "je lui ai confirmé pour 17h30")
        or (has_clock_time(text) and not referral)
    ):
        return None
    return fwd


def handed_on(content: MailContent, owner: Owner, subject: str, text: str) -> bool:
    """A friend forwards to the owner alone, speaking to them ("See below … Good luck!"), a message
    that names an interview with them in the third person ("I'd like to do a phone interview with
    him"), or a meeting about the job (lexicon JOB_MEETING): read it with the note, as an invite
    handed on to the candidate."""
    return bool(
        content.forwarded
        and lx.FORWARD_SUBJECT.match(subject)
        and count(lx.CANDIDATE_FRAMING, text)
        and not count(lx.INTERVIEWER_FRAMING, text)
        and addressed_to_owner_only(content.meta, owner)
        and any(
            lx.INTERVIEW.search(f"{f.meta.subject or ''}\n{f.own_text[:MAX_TEXT]}")
            or lx.JOB_MEETING.search(f.own_text[:3000])  # ("… interessante per il ruolo … Confermo lunedì")
            for f in content.forwarded
        )
    )


def addressed_to_owner_only(meta: MailMeta, owner: Owner) -> bool:
    """A one-to-one mail to the owner (no framing needed: "your" is implied)."""
    to = [a for a in meta.to if not owner.is_me(a.email)]
    return bool(meta.to) and not to and len(meta.cc) <= 3


def has_clock_time(text: str) -> bool:
    return bool(find_times(text[:5000]))
