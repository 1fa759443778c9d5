"""Assembling the Detection both detectors return: names in the text, recruiter, company,
position, timeline (people from ``judging_people``, company and position from ``judging_company``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, tzinfo

from followup.parsers.addresses import Owner
from followup.parsers.judging import MAX_TEXT
from followup.parsers.judging_company import _company, _position, _position_in_title
from followup.parsers.judging_people import (
    _body_addresses,
    _join_named,
    _recruiter,
    _self_described_bots,
    _thread_addresses,
    assistants,
)
from followup.parsers.mime import MailContent
from followup.parsers.model import Detection, Kind, MailMeta, Person
from followup.parsers.timeline import find_timeline


def finish(
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
    people = _body_addresses(people, text, owner, company_domains)
    if content is not None and content.forwarded:
        people = _thread_addresses(people, content, owner)
    bots = _self_described_bots(content)
    if bots:
        people = [p for p in people if p.email not in bots]
    helpers = assistants(people, timeline_text or text, meta)
    people = [p for p in people if p.email not in helpers]
    recruiter = _recruiter(people, content)
    if recruiter is not None:
        people = [recruiter if p.email == recruiter.email and p.email else p for p in people]
    company = _company(text, meta, company_domains, people, content.text[:MAX_TEXT] if content else "")
    position = _position(text) or _position_in_title(
        "\n".join(x for x in (meta.subject if meta else "", text.partition("\n")[0]) if x), company)
    anchor = end or (meta.date if meta and meta.date else now)
    tl = find_timeline(timeline_text[:MAX_TEXT], anchor, zone, meta.date if meta else None,
                       owner.workdays)
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

