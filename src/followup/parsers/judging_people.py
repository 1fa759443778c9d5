"""The people of an interview mail: who is a person (not an ATS or a room), names joined to
addresses found in the text and the thread, the recruiter, the author of the mail.

``judging.finish`` uses these to assemble the Detection."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace

from followup.parsers import lexicon as lx
from followup.parsers import vendors
from followup.parsers.addresses import Owner, base_domain, domain_of
from followup.parsers.judging import MAX_TEXT, is_ats, is_person
from followup.parsers.mime import MailContent
from followup.parsers.model import MailMeta, Person
from followup.parsers.people_text import HONORIFICS, find_named_people
from followup.parsers.signature import find_phone, find_title, split_signature


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
        if company_domains and dom not in company_domains and not name_spelled(email, text):
            continue  # another company's address, unless its person is named (an agency's client)
        local = email.split("@", 1)[0]
        nameless = [p for p in out if not p.email and p.name]
        match = _match_address(local, nameless)
        if match is not None:
            out[out.index(match)] = replace(match, email=email)
            seen.add(email)
            continue
        tokens = [t for t in re.split(r"[._-]+", local) if t]
        first = local if tokens and len(tokens[0]) == 1 else (tokens[0] if tokens else "")  # ("t.wurster")
        written = _NAME_BEFORE.search(text[max(0, m.start() - 60) : m.start()])
        if written and tokens and _spells(tokens[0], written.group("name")):
            # "Hannah Pryce - hannah@…", "Karthik Subramanian, Lead Data Engineer (karthik.s@…)"
            out.append(Person(email, written.group("name"), "interviewer"))
            seen.add(email)
        elif tokens and (spelled := _spelled_near(first, text, m.start(), 200)):
            # "Greg Whitfield / Talent Acquisition Partner / gwhitfield@…": the name a few lines up,
            # "con la Lic. Mariana Treviño … escríbenos a mtrevino@…": earlier in the paragraph; "Herr Tobias
            # Wurster (Recruiting), t.wurster@…": an initial and the surname
            out.append(Person(email, spelled, "interviewer"))
            seen.add(email)
        elif len(tokens) == 2 and all(len(t) >= 2 and t.isalpha() for t in tokens):
            out.append(Person(email, " ".join(t.capitalize() for t in tokens), "interviewer"))
            seen.add(email)
    return out


_CAPITAL_NAME = re.compile(r"(?<![\w'’])[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,2}")


def _spelled_near(local: str, text: str, pos: int, after: int = 0) -> str | None:
    """The nearest capitalised name in the 400 characters before ``pos`` that the address spells,
    else the first in the ``after`` characters after it ("… escríbeme a cpena@… Saludos,
    Constanza Peña")."""
    if len(_plain(local)) < 4:
        return None
    names = [m.group(0) for m in _CAPITAL_NAME.finditer(text, max(0, pos - 400), pos)]
    found = next((n for n in reversed(names) if _spells(local, n)), None)
    if found is None and after:
        found = next((m.group(0) for m in _CAPITAL_NAME.finditer(text, pos, pos + after)
                      if _spells(local, m.group(0), exactly=True)), None)
    return found


def _spells(local: str, name: str, exactly: bool = False) -> bool:
    """The address's first token spells the name: "hannah" in Hannah Pryce, or first initial and
    surname, either way round ("bcollins", "collinsb" for Brenda Collins). ``exactly``: the whole
    local part is the first name, the surname, or both run together (not "lumenpharmarecrutement"
    in "Lumen Pharma Recrutement")."""
    plain = _plain(local)
    words = [_plain(w) for w in name.split() if w[:1].isalpha() and w.lower() not in HONORIFICS]
    if len(words) >= 2 and plain in {words[0][:1] + words[-1], words[-1] + words[0][:1]}:
        return True
    if exactly:
        return len(words) in (2, 3) and plain in {words[0], words[-1], words[0] + words[-1]}
    return plain in "".join(words)


# A name written just before an address on the same line (title and punctuation allowed between).
_NAME_BEFORE = re.compile(
    r"(?:^|\n|[|:•·,]\s*|\b(?i:by|with|from|contact|to|and|reach|email|write\s+to)\s+)\s*(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,2})"
    # then a title, perhaps wrapped onto the next line, and "at" ("Mariela Soto, Talent Acquisition
    # Coordinator, at msoto@…")
    r"(?:\s*[,–—-]\s*[^@\n]{0,50}(?:\n[^@\n]{0,30})?)?\s*(?:[-–—:(<,]|\b(?:at|à|en|em|unter|op)\b)?\s*$"
)


def name_spelled(email: str, text: str) -> bool:
    """The text names the person whose address this is ("Con: Elena Soto" for elena.soto@…,
    "Constanza Peña" for cpena@…)."""
    local = email.split("@", 1)[0]
    tokens = [t for t in re.split(r"[._-]+", local) if t.isalpha() and len(t) >= 2]
    if len(tokens) != 2:
        return len(tokens) == 1 and len(_plain(local)) >= 4 and any(
            _spells(local, n.group(0), exactly=True) for n in _CAPITAL_NAME.finditer(text[:20_000])
        )
    pattern = rf"\b{re.escape(tokens[0])}\s+{re.escape(tokens[1])}\b"
    # (without accents: "Karine Dubé" for karine.dube@…)
    folded = "".join(c for c in unicodedata.normalize("NFKD", text[:20_000]) if not unicodedata.combining(c))
    return re.search(pattern, folded, re.IGNORECASE) is not None


def assistants(people: list[Person], text: str, meta: MailMeta | None) -> set[str]:
    """Addresses of copied people the text calls someone's assistant (lexicon ASSISTANT: "Olivia, my
    PA (copied), has booked a room", "my assistant Olivia"): they arrange, they do not interview.
    Not the mail's writer (a coordinator who writes is the one to thank)."""
    writer = meta.sender.email.lower() if meta and meta.sender else None
    out: set[str] = set()
    for p in people:
        if not p.email or not p.name or p.email.lower() == writer:
            continue
        first = re.escape(p.name.split()[0].strip(",")) if p.name.split() else ""
        if len(first) < 2:
            continue
        near = rf"(?-i:\b{first}\b)[^.\n]{{0,25}}?\b{lx.ASSISTANT}\b|\b{lx.ASSISTANT}\W{{1,3}}(?-i:{first})\b"
        if re.search(near, text[:MAX_TEXT], re.IGNORECASE):
            out.add(p.email)
    return out


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


def _plain(word: str) -> str:
    """Lower-case ASCII letters and digits only ("Numérique" → "numerique")."""
    folded = unicodedata.normalize("NFKD", word.lower())
    return re.sub(r"[^a-z0-9]", "", folded)

