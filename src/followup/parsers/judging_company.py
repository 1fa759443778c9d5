"""The company and the position of an interview mail: from the text, the sender's display name,
the domains, a legal-name line, or the subject ("Backend Engineer - onsite").

``judging.finish`` uses these to assemble the Detection."""

from __future__ import annotations

import re

from followup.parsers import lexicon as lx
from followup.parsers import vendors, words
from followup.parsers.addresses import base_domain, domain_of, is_machine
from followup.parsers.judging import is_ats
from followup.parsers.judging_people import _plain
from followup.parsers.model import MailMeta, Person
from followup.parsers.signature import is_title


def _company(
    text: str, meta: MailMeta | None, domains: set[str], people: list[Person], history: str = ""
) -> str | None:
    """The hiring company's name. ``history``: the whole thread, where a name may get its title."""
    # Everyone a name could belong to: the people found, the names in the headers (the owner's
    # among them) and the people the text names ("interview with Greg Lawson, Manager of …").
    headers = (meta.sender, *meta.to, *meta.cc, *meta.reply_to) if meta else ()
    persons = [
        *people,
        *(Person(None, a.name, "contact") for a in headers if a and a.name and not is_machine(a.email)),
    ]
    name = _company_raw(text, meta, domains, persons, history)
    if name and _titled_person(name, history or text):
        name = _company_raw(text, meta, domains, [*persons, Person(None, name, "contact")], history)
    if name and lx.AGENCY_NAME.search(name):
        name = _agency_client(text, name, people) or _client_named(text, name) or name
    return _strip_legal(name) if name else None


def _titled_person(name: str, text: str) -> bool:
    """The text gives ``name`` a job title ("with Greg Lawson, Manager of Grid Analytics"): a person."""
    for m in re.finditer(re.escape(name) + r"\s*[,(]\s*([^,()\n]{3,60})", text[:20_000]):
        if is_title(m.group(1).strip()):
            return True
    return False


# A company's name where the words name an agency's client: capitalised words, "&" allowed.
_CLIENT_NAME = r"(?P<c>(?-i:[A-Z][\w&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'’.-]*){0,3}))"
_CLIENT = [re.compile(p.replace("{CO}", _CLIENT_NAME), re.IGNORECASE) for p in words.merged("AGENCY_CLIENT")]


def _client_named(text: str, agency: str) -> str | None:
    """The client an agency's mail names in words ("on behalf of our client, Nimbus Retail")."""
    own = _plain(agency)
    for rx in _CLIENT:
        for m in rx.finditer(text[:8000]):
            name = _strip_legal(m.group("c").strip(" .,'’"))
            if len(name) > 2 and _plain(name) not in own and not lx.AGENCY_NAME.search(name):
                return name
    return None


def _agency_client(text: str, agency: str, people: list[Person]) -> str | None:
    """The client of a recruiting agency: the company of a person of another domain the text
    names ("Talentbridge Recruitment" writes; "With: Sanne de Wit (sanne.dewit@meridianlogistics…)"
    → "Meridian Logistics")."""
    own = _plain(agency)
    others = {
        base_domain(domain_of(p.email))
        for p in people
        if p.email and domain_of(p.email) not in vendors.FREE_MAIL and not is_machine(p.email)
    }
    client = _spelled_domain(text, {d for d in others if _plain(d.split(".")[0]) not in own})
    return client if client and not lx.AGENCY_NAME.search(client) else None


# Legal forms dropped from a company's name ("Albrecht Feinkost GmbH & Co. KG" → "Albrecht Feinkost").
_LEGAL = (
    r"(?:GmbH\s*&\s*Co\.?\s*KG(?:aA)?|GmbH|gGmbH|AG|KGaA|KG|SE|e\.\s?V\.|S\.\s?L\.(?:U\.)?|S\.\s?A\.(?:U\.)?|"
    r"S\.?A\.?S\.?|SARL|SAS|SA|SL|S\.\s?p\.\s?A\.|Inc\.?|Incorporated|LLC|L\.L\.C\.|Ltd\.?|Limited|PLC|plc|"
    r"B\.\s?V\.|BV|N\.\s?V\.|NV|AS|ASA|Lda\.?|N\.\s?A\.|Pty\.?\s+Ltd\.?|Pvt\.?\s+Ltd\.?|Pvt\.?|Pte\.?\s+Ltd\.?|Pte\.?|Co\.?|Oy|AB|ApS|A/S|"
    r"S\.?r\.?l\.?|SRL|PJSC|FZE|FZ-?LLC|FZCO|W\.?L\.?L\.?|S\.R\.L\.|Ltda\.?|SpA|S\.?\s?A\.?\s+de\s+C\.?\s?V\.?|Lt[ée]e\.?|LLP|BVBA|SPRL|"
    r"Sdn\.?\s+Bhd\.?|Bhd\.?|Tbk\.?|Sp\.\s?z\s?o\.\s?o\.|s\.\s?r\.\s?o\.|Kft\.?|inc\.)"
)
_LEGAL_END = re.compile(rf",?\s+{_LEGAL}\s*$")
_LEGAL_LINE = re.compile(rf"^[ \t]*(?P<name>[A-ZÀ-Þ][\w&'’.\- ]{{1,60}}?),?\s+{_LEGAL}(?=[\s,.·|]|$)", re.M)


def _strip_legal(name: str) -> str:
    out = _LEGAL_END.sub("", name).strip(" ,.")
    out = re.sub(r"\s+(?:[A-Z]|Sp)$", "", out)  # "Andina Finanzas S", "Baltic Grid Sp" (cut at a first dot)
    return out or name


def _company_raw(
    text: str, meta: MailMeta | None, domains: set[str], people: list[Person], history: str = ""
) -> str | None:
    for m in lx.COMPANY.finditer(text[:8000]):
        raw = next((g for g in m.groups() if g), None)
        if not raw or lx.YOUR_PAST.search(text, max(0, m.start() - 60), m.start()):
            continue  # "votre parcours chez Rhodanie": where the candidate works
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
    spelled = _spelled_domain(text, domains) or (_spelled_domain(history, domains) if history else None)
    # ("Neue Nachricht von Alpenblick Reisen GmbH": the name after the preposition)
    legal = [_AFTER_PREP.sub("", m.group("name").strip()) for m in _LEGAL_LINE.finditer(text[:12000])]
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
    via = _VIA.match(meta.sender.name) if meta and meta.sender and meta.sender.name else None
    if via and not _looks_like_person(via.group(1), people) and via.group(1) in text[:8000]:
        return via.group(1)  # "Logivia via Welcome to the Jungle": the sender acts for the company
    if meta and meta.sender and meta.sender.name:
        m2 = re.search(
            r"\b(?:at|@|from|via|de|bei|von|chez|da)\s+([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\s*$",
            meta.sender.name,
        )
        if m2 and not _looks_like_person(m2.group(1), people):
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
    """The name is a person's — or a vendor's ("LinkedIn", "Indeed Ireland Operations", "Workable
    Software": the service that relayed the mail is not the employer either)."""
    if _plain(name.split()[0] if name.split() else name) in vendors.MACHINE_LABELS:
        return True
    low = name.lower()
    return any(
        p.name and (p.name.lower() == low or (p.name.split() or [""])[0].lower() == low) for p in people
    )


_AFTER_PREP = re.compile(r"^.*\b(?:von|from|at|bei|chez|de|di|da|van)\s+(?=[A-ZÀ-Þ])")
_VIA = re.compile(r"^\s*([A-ZÀ-Þ][\w&.'’-]*(?:\s+[A-ZÀ-Þ][\w&.'’-]*){0,3})\s+via\s+\S")
# "Northwind Recruiting", "Contoso Careers", "Hooli Recruiting Coordinator": the company before the words.
_ATS_DISPLAY = re.compile(
    r"^\s*([A-ZÀ-Þ][\w&.'-]*(?:\s+[A-ZÀ-Þ][\w&.'-]*){0,2}?)(?:\s+|\s*[-–|:]\s*)(?i:recruiting|recruitment|careers|talent|hiring|"
    r"jobs|people|hr|interviews?|scheduling|recrutement|recrutamento|reclutamento|selezione|selecci[óo]n|"
    r"werving|rh|karriere|empleos?|emplois|carri[èe]res?)\b",
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

