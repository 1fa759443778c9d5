"""What the event and the mail detectors share: people, recruiter, company, position,
the topics that make "interview" something else, and assembling the Detection."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any

from followup.parsers import lexicon as lx
from followup.parsers import vendors, words
from followup.parsers.addresses import (
    Owner,
    base_domain,
    domain_of,
    is_machine,
    looks_like_room,
)
from followup.parsers.mime import MailContent
from followup.parsers.model import CalEvent, Detection, Kind, MailMeta, Person
from followup.parsers.people_text import find_named_people
from followup.parsers.signature import find_phone, find_title, is_title, split_signature
from followup.parsers.timeline import find_timeline

MAX_TEXT = 20_000  # characters of body text analysed (an invite says what matters early)
DEFAULT_LENGTH = timedelta(hours=1)


def date_zone(d: datetime | None) -> tzinfo | None:
    """The fixed zone of a Date header's own UTC offset."""
    if d is None or d.utcoffset() is None:
        return None
    off = d.utcoffset()
    assert off is not None
    return timezone(off)


def is_ats(addr: str | None) -> bool:
    if not addr:
        return False
    dom = domain_of(addr)
    return any(dom == d or dom.endswith("." + d) for d in vendors.ATS_DOMAINS)




def is_person(email: str | None, name: str | None, owner: Owner) -> bool:
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
    recruiter = _recruiter(people, content)
    if recruiter is not None:
        people = [recruiter if p.email == recruiter.email and p.email else p for p in people]
    company = _company(text, meta, company_domains, people)
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


def negative(
    meta: MailMeta | None, uid: str | None, reason: str, ev: CalEvent | None, side: str | None = None
) -> Detection:
    return Detection(
        False, meta=meta, uid=uid, side="interviewer" if side == "interviewer" else None, reasons=(reason,)
    )


def count(rx: re.Pattern[str], text: str) -> int:
    return len(_findall(rx, text[:MAX_TEXT]))


def _findall(rx: re.Pattern[str], text: str, low: str | None = None) -> list[Any]:
    """``rx.findall(text)``, on the lower-cased text when the pattern allows (lexicon.lowered)."""
    fast = lx.lowered(rx)
    return fast.findall(low if low is not None else text.lower()) if fast else rx.findall(text)


def _search(rx: re.Pattern[str], text: str, low: str) -> re.Match[str] | None:
    """``rx.search(text)``, on the lower-cased ``low`` when the pattern allows; test, don't slice."""
    fast = lx.lowered(rx)
    return fast.search(low) if fast else rx.search(text)


JOBBY = re.compile(
    r"\b(?:position|role|resume|cv|candidat\w*|hiring|recruit\w*|job|career|offer|"
    r"application|puesto|stelle|poste|bewerbung|talent|take-home|engineering\s+manager|"
    r"team\s+lead|vacante|selecci[óo]n|personalreferent\w*|recrutement|(?:interview|hiring|recruiting)\s+process|"
    r"onsite|on-site|" + "|".join(words.merged("JOB_WORDS")) + r")\b",
    re.IGNORECASE,
)


def other_topic(text: str) -> str | None:
    """The topic that makes "interview" something other than a job interview, if any.

    A cue counts only where it is about the meeting: not inside a name ("Larkspur Media", "The
    Daily News" as a company), not in an aside in brackets ("lunch with the team (not an
    interview)"), not in the footer under a "--" line ("unsubscribe", "sent by … on behalf of").
    """
    sample = text[:10_000]
    low = sample.lower()
    press = len(_findall(lx.PRESS, sample, low))
    jobby = len(_findall(JOBBY, sample, low))
    first = 0
    if (press >= 2 and press > jobby) or (press and not jobby):  # only then can the cues veto: scope them
        body = sample[: _footer_start(sample)]
        hits = [m.start() for m in lx.PRESS.finditer(body)]
        roles = _role_spans(body)
        hits = [p for p in hits if not (_in_name(body, p) or _aside(body, p) or _inside(roles, p))]
        press = len(hits)
        first = hits[0] if hits else len(sample)
    if press >= 2 and press > jobby:
        return "press or media interview"
    if press >= 1 and jobby == 0 and first < 400:
        return "press or media interview"
    if _search(lx.ACADEMIC, sample, low) and jobby <= 1:
        return "academic interview"
    if _search(lx.OTHER_INTERVIEWS, sample, low) is None:
        return None
    footer = _footer_start(sample)
    last_interview: int | None = None
    for m in lx.OTHER_INTERVIEWS.finditer(sample):
        if _aside(sample, m.start()) or (m.start() >= footer and jobby):
            continue
        if jobby and _BOILERPLATE.search(m.group(0)):
            last_interview = _last_interview(sample) if last_interview is None else last_interview
            if m.start() > last_interview:
                continue  # "reply UNSUBSCRIBE" under the invite: about the mailing, not the meeting
        if jobby <= 2 or not _WEAK_OTHER.search(m.group(0)):
            return f"not a job interview ({m.group(0).strip().lower()})"
    return None


# A footer rule ("--", "----", "____") after the body's first lines: below it, boilerplate.
_FOOTER_RULE = re.compile(r"^[ \t]*(?:--|-{3,}|_{3,}|={3,})[ \t]*$", re.MULTILINE)
# A capitalised word (not a sentence's first article) just before: the cue is part of a name.
_NAME_BEFORE_CUE = re.compile(r"(?-i:[A-Z][\w&'’.-]*)[ \t]+$")
# Press cues that also end organisations' names.
_ORG_CUES = ("media", "press", "news", "radio", "magazine", "tv", "television", "broadcast", "publication")
_ARTICLES = frozenset({"the", "a", "an", "our", "your", "this", "that", "my", "for", "with", "to", "by"})


def _footer_start(text: str) -> int:
    m = _FOOTER_RULE.search(text, min(200, len(text) // 2))
    return m.start() if m else len(text)


def _role_spans(text: str) -> list[tuple[int, int]]:
    """Where the text names the role ("interview for Podcast Editor", "Position: Staff Writer"):
    press words there are the job, not the topic."""
    spans = []
    for m in lx.POSITION.finditer(text):
        g = next((i for i in range(1, (m.lastindex or 0) + 1) if m.group(i)), None)
        if g is not None:
            spans.append(m.span(g))
    return spans


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


def _in_name(text: str, pos: int) -> bool:
    """The word at ``pos`` is capitalised and follows another capitalised word on its line: part of
    a proper name ("Larkspur Media", "Northside Press"), not a topic."""
    if not text[pos : pos + 1].isupper() or not text[pos:].lower().startswith(_ORG_CUES):
        return False  # ("Business Reporter" is a person's title, and a press cue)
    before = _NAME_BEFORE_CUE.search(text, max(0, pos - 40), pos)
    if before is None:
        return False
    word = before.group(0).strip().lower()
    sentence_start = text[max(0, before.start() - 2) : before.start()].rstrip(" \t").endswith((".", "!", "?"))
    return word not in _ARTICLES and not sentence_start


def _aside(text: str, pos: int) -> bool:
    """``pos`` is inside brackets on its line: an aside about something else."""
    line_start = text.rfind("\n", 0, pos) + 1
    opened = text.rfind("(", line_start, pos)
    line_end = text.find("\n", pos)
    rest = text[pos : line_end if line_end >= 0 else len(text)]
    return opened >= 0 and ")" not in text[opened:pos] and ")" in rest


# Cues about the mailing itself (an unsubscribe line, a "view in browser" link), in every language
# the detector reads: below the last mention of an interview they are the sender's boilerplate.
_BOILERPLATE = re.compile(
    r"subscri|browser|abbestell|abmeld|baja|d[ée]sabonn|d[ée]sinscri|descadastr|inscri[çc]|assinatura|"
    r"iscrizione|disiscriv|afmeld|uitschrijv",
    re.I,
)


def _last_interview(text: str) -> int:
    """Where the last mention of an interview starts (-1 when there is none)."""
    last = -1
    if lx.INTERVIEW.search(text) is not None:
        for m in lx.INTERVIEW.rx.finditer(text):
            last = m.start()
    return last


# Topic words that a real invite may also contain (a footer, a signature): they decide only when
# the mail says little about a job.
_WEAK_OTHER = re.compile(
    r"investigat|doctor|patient|survey|workshop|seminar|blog|abbestell|abmeld|baja|d[ée]sabonn|d[ée]sinscri|"
    r"im\s+interview",
    re.I,
)


def _join_named(people: list[Person], text: str, owner: Owner, company_domains: set[str]) -> list[Person]:
    """Give names from the text ("You'll meet Jane Doe, EM") their addresses from the invite."""
    out = list(people)
    try:
        named = find_named_people(text[:20_000])
    except Exception:  # a helper's bug must not lose the interview
        named = ()
    companies = {
        " ".join(g.split()).lower() for m in lx.COMPANY.finditer(text[:8000]) for g in m.groups() if g
    }
    for n in named:
        if owner.name and n.name.lower() == owner.name.lower():
            continue
        if any(c.startswith(n.name.lower()) for c in companies):
            continue  # "interview with Ardent Medical": a company, not a person
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


def _thread_addresses(people: list[Person], content: MailContent, owner: Owner) -> list[Person]:
    """A person the text names without an address ("With: Aoife Byrne, Head of Credit Risk") gets
    the address a forwarded message of the thread gives under the same name (its From, To or Cc)."""
    nameless = [p for p in people if not p.email and p.name]
    if not nameless:
        return people
    out = list(people)
    taken = {p.email for p in out if p.email}
    for fwd in content.forwarded:
        m = fwd.meta
        for a in (*([m.sender] if m.sender else []), *m.to, *m.cc):
            if not a.name or a.email in taken or not is_person(a.email, a.name, owner):
                continue
            key = " ".join(a.name.split()).lower()
            match = next((p for p in nameless if p.name and " ".join(p.name.split()).lower() == key), None)
            if match is not None and match in out:
                out[out.index(match)] = replace(match, email=a.email)
                taken.add(a.email)
    return out


_ADDRESS = re.compile(r"(?<![\w.+-])[A-Za-z0-9][\w.+-]{0,63}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def _body_addresses(people: list[Person], text: str, owner: Owner, company_domains: set[str]) -> list[Person]:
    """Addresses written in the text ("contact Lisa Moore at lisa.moore@contoso.com", "Victor Nguyen
    (victor.nguyen@globex.com)"): a named person without an address gets the one that spells their
    name; a person-shaped address (first.last@) of the company's domain is a company-side person.
    With no company domain known (an ATS sent the mail), any non-free-mail domain other than the
    owner's counts as the company's."""
    out = list(people)
    seen = {p.email for p in out if p.email}
    owner_domains = {base_domain(d) for d in owner.domains}
    for m in _ADDRESS.finditer(text[:20_000]):
        email = m.group(0).rstrip(".").lower()
        if email in seen or not is_person(email, None, owner) or is_ats(email):
            continue
        dom = base_domain(domain_of(email))
        if dom in owner_domains or domain_of(email) in vendors.FREE_MAIL:
            continue
        if company_domains and dom not in company_domains and not _name_spelled(email, text):
            continue  # another company's address, unless its person is named (an agency's client)
        local = email.split("@", 1)[0]
        nameless = [p for p in out if not p.email and p.name]
        match = _match_address(local, nameless)
        if match is not None:
            out[out.index(match)] = replace(match, email=email)
            seen.add(email)
            continue
        tokens = [t for t in re.split(r"[._-]+", local) if t]
        written = _NAME_BEFORE.search(text[max(0, m.start() - 60) : m.start()])
        if written and tokens and _plain(tokens[0]) in _plain(written.group("name")):
            # "Hannah Pryce - hannah@…", "Karthik Subramanian, Lead Data Engineer (karthik.s@…)"
            out.append(Person(email, written.group("name"), "interviewer"))
            seen.add(email)
        elif len(tokens) == 2 and all(len(t) >= 2 and t.isalpha() for t in tokens):
            out.append(Person(email, " ".join(t.capitalize() for t in tokens), "interviewer"))
            seen.add(email)
    return out


# A name written just before an address on the same line (title and punctuation allowed between).
_NAME_BEFORE = re.compile(
    r"(?:^|\n|[|:•·]\s*)\s*(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,2})"
    r"(?:\s*[,–—-]\s*[^\n@]{0,40})?\s*[-–—:(<,]?\s*$"
)


def _name_spelled(email: str, text: str) -> bool:
    """The text names the person whose address this is ("Con: Elena Soto" for elena.soto@…)."""
    tokens = [t for t in re.split(r"[._-]+", email.split("@", 1)[0]) if t.isalpha() and len(t) >= 2]
    if len(tokens) != 2:
        return False
    pattern = rf"\b{re.escape(tokens[0])}\s+{re.escape(tokens[1])}\b"
    return re.search(pattern, text[:20_000], re.IGNORECASE) is not None


def _match_address(local: str, people: list[Person]) -> Person | None:
    """The person whose name the address's local part spells (jane.doe, jdoe, janedoe, doej)."""
    tokens = [t for t in re.split(r"[._-]+", local.lower()) if t]
    for p in people:
        parts = [x for x in re.split(r"[\s.'’-]+", (p.name or "").lower()) if x]
        if len(parts) < 2:
            continue
        first, last = parts[0], parts[-1]
        if (first in tokens and last in tokens) or local.lower() in {
            first + last,
            first[0] + last,
            last + first[0],
            first + "." + last,
        }:
            return p
    return None


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


def _self_described_bots(content: MailContent | None) -> set[str]:
    """The sender's addresses when the mail says its writer is a program ("This is Ava, the virtual
    recruiting assistant for …"): a scheduling bot on a domain no vendor list knows."""
    if content is None or not lx.BOT_SELF.search(content.own_text[:MAX_TEXT]):
        return set()
    meta = content.meta
    return {a.email for a in (meta.sender, *meta.reply_to) if a is not None and a.email}


def _recruiter(people: list[Person], content: MailContent | None) -> Person | None:
    recs = [p for p in people if p.role == "recruiter"]
    titled = [p for p in people if p.email and p.title and lx.RECRUITER_TITLE.search(p.title)]
    text = content.own_text[:MAX_TEXT] if content is not None else ""
    mentioned = _mentioned(people, text, lx.RECRUITER_TITLE)
    if recs and not (recs[0].title and lx.RECRUITER_TITLE.search(recs[0].title)):
        # The organiser or sender is a hiring manager; a talent partner named in the text leads.
        better = next((p for p in (*titled, *mentioned) if p.email and p.email != recs[0].email), None)
        if better is not None and not _is_recruiter_sender(recs[0], content):
            recs = [better]
    if not recs:
        recs = titled or mentioned or _mentioned(people, text, _CONTACT_WORDS)
    if not recs:
        return None
    rec = recs[0]
    if content is not None and _wrote_this_mail(rec, content.meta):
        text = content.own_text[:MAX_TEXT]
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


_CONTACT_WORDS = re.compile(
    r"\b(?:contact|questions?|reply\s+(?:directly\s+)?to|reach\s+out\s+to|get\s+in\s+touch|your\s+contact|"
    r"contacter|pour\s+toute\s+question|kontakt|ansprechpartner(?:in)?|fragen|dudas|preguntas|escr[íi]beme|"
    r"contacta(?:r)?)\b",
    re.IGNORECASE,
)


def _mentioned(people: list[Person], text: str, near: re.Pattern[str]) -> list[Person]:
    """People (with an address) named in the text within a few words of ``near``."""
    out: list[Person] = []
    firsts = {p.name.split()[0] for p in people if p.name}
    for p in people:
        if not p.email:
            continue
        keys = [p.email]
        if p.name:
            keys.append(p.name.split()[0])
        others = [f for f in firsts if not p.name or f != p.name.split()[0]]
        for key in keys:
            for m in re.finditer(rf"\b{re.escape(key)}\b", text[:20_000]):
                before = text[max(0, m.start() - 45) : m.start()]
                after = text[m.end() : m.end() + 50]
                for other in others:  # the words must be about this person, not the next one named
                    i = after.find(other)
                    if i >= 0:
                        after = after[:i]
                    j = before.rfind(other)
                    if j >= 0:
                        before = before[j + len(other) :]
                if near.search(before) or near.search(after):
                    out.append(p)
                    break
            if out and out[-1] is p:
                break
    return out


def _is_recruiter_sender(p: Person, content: MailContent | None) -> bool:
    """The person wrote this mail and their signature says they recruit."""
    if content is None or not _wrote_this_mail(p, content.meta):
        return False
    _, sig = split_signature(content.own_text[:MAX_TEXT])
    return bool(sig and lx.RECRUITER_TITLE.search(sig[:400]))


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
    name = _company_raw(text, meta, domains, people)
    return _strip_legal(name) if name else None


# Legal forms dropped from a company's name ("Albrecht Feinkost GmbH & Co. KG" → "Albrecht Feinkost").
_LEGAL = (
    r"(?:GmbH\s*&\s*Co\.?\s*KG(?:aA)?|GmbH|gGmbH|AG|KGaA|KG|SE|e\.\s?V\.|S\.\s?L\.(?:U\.)?|S\.\s?A\.(?:U\.)?|"
    r"S\.?A\.?S\.?|SARL|SAS|SA|SL|S\.\s?p\.\s?A\.|Inc\.?|Incorporated|LLC|L\.L\.C\.|Ltd\.?|Limited|PLC|plc|"
    r"B\.\s?V\.|BV|N\.\s?V\.|NV|AS|ASA|Lda\.?|N\.\s?A\.|Pty\.?\s+Ltd\.?|Pvt\.?\s+Ltd\.?|Pvt\.?|Pte\.?\s+Ltd\.?|Pte\.?|Co\.?|Oy|AB|ApS|A/S|"
    r"S\.?r\.?l\.?)"
)
_LEGAL_END = re.compile(rf",?\s+{_LEGAL}\s*$")
_LEGAL_LINE = re.compile(rf"^[ \t]*(?P<name>[A-ZÀ-Þ][\w&'’.\- ]{{1,60}}?),?\s+{_LEGAL}(?=[\s,.·|]|$)", re.M)


def _strip_legal(name: str) -> str:
    out = _LEGAL_END.sub("", name).strip(" ,.")
    out = re.sub(r"\s+[A-Z]$", "", out)  # "Andina Finanzas S" (from "S.A.S." cut at its first dot)
    return out or name


def _company_raw(text: str, meta: MailMeta | None, domains: set[str], people: list[Person]) -> str | None:
    for m in lx.COMPANY.finditer(text[:8000]):
        raw = next((g for g in m.groups() if g), None)
        if not raw:
            continue
        words = []
        for w in raw.split():
            if w.lower().strip(".,") in lx.COMPANY_STOP:
                break
            words.append(w.strip(".,"))
            if w.endswith((".", ",")) and not re.fullmatch(r"(?:[A-Z]\.)+|Inc\.|Co\.|Corp\.", w):
                break  # "position at Solvane. Sent …": the sentence ended
        name = " ".join(words).strip(" .,'-")
        if len(name) >= 2 and not _looks_like_person(name, people):
            return name
    spelled = _spelled_domain(text, domains)
    legal = [m.group("name").strip() for m in _LEGAL_LINE.finditer(text[:12000])]
    legal = [n for n in legal if n.split()[0].lower() not in _NOT_COMPANY_START]
    for name in legal:  # a signature line "Laboratorios Velarde, S.A." names the company outright
        if spelled and _plain(spelled) in _plain(name):
            return name
    if spelled:
        return spelled
    if legal and not _looks_like_person(legal[-1], people):
        return legal[-1]
    if meta and meta.sender and meta.sender.name and is_ats(meta.sender.email):
        m3 = _ATS_DISPLAY.match(meta.sender.name)
        if m3 and not _looks_like_person(m3.group(1), people):
            return m3.group(1)
        if _plain(meta.sender.name) == _plain(meta.sender.email.split("@", 1)[0]):
            return meta.sender.name.strip()  # "Initrode <initrode@myworkday.com>"
    if meta and meta.sender and meta.sender.name:
        m2 = re.search(
            r"\b(?:at|@|from|via|de|bei)\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s*$", meta.sender.name
        )
        if m2 and m2.group(1).lower() not in {"greenhouse", "lever", "ashby", "workday"}:
            return m2.group(1)
    machine_name = _machine_sender_company(text, meta, people)
    if machine_name:
        return machine_name
    for d in sorted(domains):
        label = d.split(".")[0]
        if label and label not in {"mail", "email", "corp"}:
            return " ".join(w.capitalize() for w in re.split(r"[-_]", label) if w)
    return None


def _machine_sender_company(text: str, meta: MailMeta | None, people: list[Person]) -> str | None:
    """ "Larkspur Media <noreply@…>": a machine sender's display name, when the text names the
    company the same way (not a vendor's name, a group or a person)."""
    if not (meta and meta.sender and meta.sender.name and is_machine(meta.sender.email)):
        return None
    name = meta.sender.name.strip()
    m = _ATS_DISPLAY.match(name)
    name = (m.group(1) if m else name).strip(" ,")
    if (
        len(name) < 3
        or _plain(name) in vendors.MACHINE_LABELS
        or lx.GROUP_NAME.search(name)
        or _looks_like_person(name, people)
        or not name[:1].isupper()
        or re.search(rf"(?<![\w&]){re.escape(name)}(?![\w&])", text[:8000]) is None
    ):
        return None
    return name


def _looks_like_person(name: str, people: list[Person]) -> bool:
    low = name.lower()
    return any(
        p.name and (p.name.lower() == low or (p.name.split() or [""])[0].lower() == low) for p in people
    )


# "Northwind Recruiting", "Contoso Careers", "Hooli Recruiting Coordinator": the company before the words.
_ATS_DISPLAY = re.compile(
    r"^\s*([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,2}?)\s+(?:recruiting|recruitment|careers|talent|hiring|"
    r"jobs|people|hr|interviews?|scheduling)\b",
)
_COMPANY_SUFFIX = frozenset(
    re.split(
        r"\s+",
        "ai inc labs lab industries group software systems technologies technology robotics corp gmbh ag sa "
        "ltd llc io health bank capital conseil consulting studios games media digital",
    )
)


def _spelled_domain(text: str, domains: set[str]) -> str | None:
    """The company's name as the text spells its domain: "Wingtip Toys" for wingtiptoys.com,
    "Pinecrest AI" for pinecrest.ai (one known suffix word may follow the domain's name)."""
    found: list[str] = []
    for d in sorted(domains):
        label = _plain(d.split(".")[0])
        if len(label) < 3:
            continue
        for m in _CAPS_RUN.finditer(text[:8000]):
            words = m.group(0).split()
            for i in range(len(words)):
                acc = ""
                for j in range(i, min(len(words), i + 3)):
                    acc += _plain(words[j])
                    if acc == label:
                        extra: list[str] = []
                        for nxt in words[j + 1 : j + 4]:  # "Pinegrove Analytics", "Corbel Insurance Group"
                            low = nxt.lower().strip(".,")
                            if low in lx.COMPANY_STOP or low in _NOT_NAME_WORDS or not nxt[:1].isupper():
                                break
                            extra.append(nxt)
                        found.append(" ".join([*words[i : j + 1], *extra]).strip(" .,"))
                    if not label.startswith(acc):
                        break
    if found:
        return max(found, key=len)  # "Vandelay Industries" over "Vandelay"
    for d in sorted(domains):  # else a domain that abbreviates the name: "redwoodcu", "kestrelsec"
        label = _plain(d.split(".")[0])
        for m in _CAPS_RUN.finditer(text[:8000]) if len(label) >= 5 else ():
            words = m.group(0).split()
            for i in range(len(words)):
                n = _abbreviated(label, words[i:])
                if n:
                    found.append(" ".join(words[i : i + n]).strip(" .,"))
    return max(found, key=len) if found else None


def _abbreviated(label: str, words: list[str]) -> int:
    """How many leading words spell ``label`` when the first is written out and each next one is
    written out, cut to its first three or more letters, or reduced to its initial ("redwoodcu" for
    Redwood Credit Union, "kestrelsec" for Kestrel Security; "&", "and", "of" may stand between);
    0 when they do not."""
    head = _plain(words[0]) if words else ""
    if len(head) < 3 or not label.startswith(head) or label == head:
        return 0

    def rest(pos: int, i: int) -> int:
        if pos == len(label):
            return i
        if i >= len(words) or i > 5:
            return 0
        w = _plain(words[i])
        if not w or words[i] in ("and", "of"):
            return rest(pos, i + 1)
        for cut in (len(w), *range(len(w) - 1, 2, -1), 1):
            if label.startswith(w[:cut], pos):
                got = rest(pos + cut, i + 1)
                if got:
                    return got
        return 0

    return rest(len(head), 1)


# Capitalised words that follow a company's name without being part of it.
_NOT_NAME_WORDS = frozenset(
    re.split(
        r"\s+",
        "recruiting recruitment careers career talent hiring jobs people hr team interview interviews "
        "scheduling zoom teams google meet microsoft calendar invitation invite update updated canceled "
        "cancelled office offices hq headquarters building campus i we you the a an dear hi hello "
        "phone screen "
        "screening technical tech final round call video virtual onsite on-site chat meeting session panel "
        "coding "
        "system design intro introductory recruiter hiring manager loop "
        "entrevista einladung termin entretien "
        "invitación gespräch",
    )
)


_NOT_COMPANY_START = frozenset(
    re.split(r"\s+", "ihr ihre your votre su tu dein euer team the our notre nuestro unser")
)


def _plain(word: str) -> str:
    """Lower-case ASCII letters and digits only ("Numérique" → "numerique")."""
    folded = unicodedata.normalize("NFKD", word.lower())
    return re.sub(r"[^a-z0-9]", "", folded)


_CAPS_RUN = re.compile(r"[A-Z][\w&'-]*(?:[ \t]+(?:&[ \t]+|and[ \t]+|of[ \t]+)?[A-Z][\w&'-]*)*")


_POSITION_CUT = re.compile(
    r"\s(?:on|at|in|le|el|la|am|um|à|a\s+las|en|this|next|starting|with|con|avec|mit|bei|chez|"
    r"na|no|em|às|com|presso|alle|il|op|om|bij|met|"
    r"(?:monday|tuesday|wednesday|thursday|friday|lunes|martes|mi[ée]rcoles|jueves|viernes|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi|segunda|terça|terca|quarta|quinta|sexta"
    r"|luned|marted|mercoled|gioved|venerd|maandag|dinsdag|woensdag|donderdag|vrijdag)\w*)\b|\s*[(\d]",
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


# A subject or event summary: "Interview: Senior Data Engineer – Datos Ibéricos",
# "Globex on-site interview - Platform Engineer - Alex Rivera"
_TITLE_SPLIT = re.compile(r"\s+[-–—|/]\s+|\s*[|:()\[\]\n]\s*|,\s+")
_NOT_ROLE = re.compile(
    r"\b(?:re|aw|fwd?|wg|tr|invitation|invite|einladung|convocation|confirmed|confirmation|confirm[ée]|"
    r"reminder|update[ds]?|scheduled?|booked|schedule)\b",
    re.IGNORECASE,
)
# a segment naming the kind of interview ("Recruiter Phone Screen", "Hiring Manager Interview")
_INTERVIEW_KIND = re.compile(
    r"\b(?:interview\w*|entrevista|\w*gespr[äa]ch|entretien|screen(?:ing)?|call|round|meeting|"
    r"on-?site|your|ihr|votre|su)\b",
    re.IGNORECASE,
)


def _position_in_title(title: str, company: str | None) -> str | None:
    """The role named in a subject/summary segment that reads like a job title, else None."""
    for seg in _TITLE_SPLIT.split(title[:300]):
        seg = _POSITION_CUT.split(_NOT_ROLE.sub(" ", seg), maxsplit=1)[0]
        seg = re.sub(r"\s+", " ", seg).strip(" .,:;-–—'\"")
        if not seg or len(seg) > 60 or (company and company.lower() in seg.lower()):
            continue
        if _INTERVIEW_KIND.search(seg):
            continue
        if is_title(seg):
            return seg
    return None
