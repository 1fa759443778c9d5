"""People named in a mail body as interviewers / participants.

Looks only where text introduces people: "You'll meet Jane Doe, Engineering Manager, and John
Smith (Staff Engineer)", "You will be interviewing with ...", "Interviewers: ...", "Panel: ...",
schedule lines "10:00 - 10:45  Jane Doe, Engineering Manager", and the same in Spanish ("te
reunirás con", "entrevistadores:"), German ("Sie sprechen mit", "Gesprächspartner:"), French
("vous rencontrerez", "vous échangerez avec"), Portuguese ("você conversará com"), Italian
("incontrerai") and Dutch ("je spreekt met"): the trigger words come from ``parsers/words``.
A name is 2-4 capitalised words (particles such as de/van/von/da allowed between them, any
script's letters); weekday/month names, meeting
products, company words and bare job titles are rejected. Results are in order of appearance,
deduplicated by name (case-insensitive); the first mention's details win, later mentions fill gaps.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from followup.parsers import words
from followup.parsers.signature import is_title, phones_in


@dataclass(frozen=True)
class NamedPerson:
    name: str
    title: str | None
    email: str | None  # when written next to the name in the text
    phone: str | None


_MAX_INLINE = 400  # characters after an inline trigger ("you'll meet ...")
_MAX_LIST = 1200  # characters after a list trigger ("Interviewers:")

_INLINE_TRIGGER = "|".join(words.merged("PEOPLE_INLINE"))
_LIST_TRIGGER = "|".join(words.merged("PEOPLE_LIST"))
_TRIGGER_RE = re.compile(
    rf"(?<![\w])(?:(?P<inline>{_INLINE_TRIGGER})(?![\w])|(?P<list>{_LIST_TRIGGER})\s*:)", re.I
)
_TIME = r"\d{1,2}(?:[:.h]\d{2})?\s*(?:[ap]\.?\s?m\.?)?"
_SCHEDULE_RE = re.compile(
    rf"^[ \t]*[-*•]?[ \t]*{_TIME}\s*(?:(?:-|–|—|to|bis|à|a)\s*{_TIME})?\s*(?:[A-Z]{{2,4}}\s*)?[:|\-–—]?[ \t]*"
    r"(?P<rest>\S[^\n]*)$",
    re.M,
)
_SENTENCE_END_RE = re.compile(r"[.!?](?=\s+[A-ZÀ-Þ¿¡]|\s*$)|\n[ \t]*\n")
_WORD_RE = re.compile(r"[^\W\d_](?:[^\W\d_]|['’\-](?=[^\W\d_]))*\.?")
_EMAIL_RE = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+", re.I)
_ARTICLE_RE = re.compile(r"^(?:our|the|nuestr[oa]|unser(?:e[rnm]?)?|notre|la|le|el)\s+", re.I)
_AND = "|".join(dict.fromkeys(words.merged("AND_WORDS")))
_SPLIT_RE = re.compile(rf"\s*(?:[,;()|/]|\s[-–—]\s|\b(?:{_AND})\b)\s*", re.I)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_PARTICLES = _words("de del della der den van von da di du dos das la le zu ten ter bin ibn al el y")
# Titles before a name ("Herr", "Dott.ssa"), with and without their dot.
HONORIFICS = frozenset(w + dot for w in words.merged("HONORIFICS") for dot in ("", "."))
_STOP = _words(
    """
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december lunes martes miércoles jueves viernes sábado domingo enero
    febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre montag dienstag
    mittwoch donnerstag freitag samstag sonntag januar februar märz juni juli oktober dezember lundi mardi
    mercredi jeudi vendredi samedi dimanche janvier février avril mai juin juillet août septembre octobre
    novembre décembre google meet zoom microsoft teams webex skype slack hangouts gotomeeting bluejeans
    whereby jitsi chime amazon apple meta linkedin inc inc. llc ltd ltd. gmbh corp corp. company group
    labs team teams hiring interview interviews entrevista gespräch entretien room office building floor
    conference call video phone lunch break onsite on-site virtual round technical behavioral behavioural
    system design coding session tour the our we you your please thanks thank hi hello dear best regards
    welcome introduction intro wrap wrap-up q&a debrief presentation panel schedule agenda time location
    address zoom. meet. recruiting recruiter recruitment talent people hr engineering product data sales
    marketing finance operations department dept dept. university street avenue road suite pm am est pst
    cet utc gmt pdt edt cest bst ist interviewer interviewers entrevistadores entrevistador entrevistadora
    participantes participants attendees panelists panelist gesprächspartner gesprächspartnerin teilnehmer
    intervenants recruteurs jury interlocuteurs itinerary programme planning zeitplan ablauf
    te se sie ihr du vous nous je il elle ils i he she they it this that there here tu usted ustedes
    """
)


# Month and weekday names of every language (parsers/words): full forms of five letters or more
# ("Jan", "Mei" are given names).
_STOP |= frozenset(
    word
    for lang in words.LANGUAGES
    for names in (*lang.MONTHS, *lang.WEEKDAYS)
    if len(word := names.split()[0]) >= 5
) | _words("entrevistadores intervistatori gesprekspartners gesprekspartner partecipanti deelnemers")


_CONTRACTION_RE = re.compile(r"['’](?:ll|re|ve|s|d|m|t)$", re.I)


def _is_name_word(tok: str) -> bool:
    core = tok.rstrip(".")
    if _CONTRACTION_RE.search(core):
        return False  # "You'll", "We're", "Acme's"
    if len(core) == 1:
        return core.isupper()
    return bool(core) and core[0].isupper() and not core.isupper()


def _names_in(chunk: str) -> list[tuple[int, int, str, str | None]]:
    """(start, end, name, title written before it) for runs of 2-4 capitalised words in ``chunk``."""
    out: list[tuple[int, int, str, str | None]] = []
    toks = list(_WORD_RE.finditer(chunk))
    i = 0
    while i < len(toks):
        tok = toks[i].group()
        if tok.lower() in HONORIFICS or not _is_name_word(tok) or tok.lower().rstrip(".") in _STOP:
            i += 1
            continue
        run = [toks[i]]
        j = i + 1
        while j < len(toks):
            gap = chunk[run[-1].end() : toks[j].start()]
            if gap.strip() or "\n" in gap:
                break
            t = toks[j].group()
            k = j
            while k < len(toks) and toks[k].group().lower() in _PARTICLES and k - j < 3:
                k += 1
            if (
                k > j
                and k < len(toks)
                and _is_name_word(toks[k].group())
                and not chunk[toks[j].start() : toks[k].start()].count("\n")
            ):
                run.extend(toks[j:k])
                j = k
                continue
            if not _is_name_word(t) or t.lower().rstrip(".") in _STOP:
                break
            if any(t.lower() == r.group().lower() for r in run):
                break  # "Jane Doe Jane Doe": a repeated word starts the next name
            run.append(toks[j])
            j += 1
            if run[-1].group().endswith(".") and len(run[-1].group()) > 2:
                break  # "Smith." ends the sentence
        start_all = run[0].start()
        prefix: str | None = None
        # a job title written before the name: "Personalreferentin Petra Lang"
        while (
            len(run) > 2 and is_title(run[0].group()) and not is_title(chunk[run[1].start() : run[-1].end()])
        ):
            prefix = (prefix + " " if prefix else "") + run[0].group()
            run = run[1:]
        while run and run[-1].group().lower() in _PARTICLES:
            run.pop()
        caps = [t for t in run if t.group().lower() not in _PARTICLES]
        text = chunk[run[0].start() : run[-1].end()].rstrip(".") if run else ""
        full_words = [t for t in caps if len(t.group().rstrip(".")) > 1]
        if (
            2 <= len(caps) <= 5
            and 2 <= len(full_words) <= 4
            and not is_title(text)
            and not _title_of(chunk, start_all)
        ):
            out.append((start_all, run[-1].end(), text, prefix))
        i = j if j > i else i + 1
    return out


# "Head of Credit Risk", "VP of Product Marketing", "Director for Data Science": the words after a
# title's "of" are the title's, not a person.
_TITLE_OF_RE = re.compile(r"(?P<t>[\w.-]+(?:\s+[\w.-]+)?)\s+(?:of|for|de|di|du|des|der|van|voor)\s+$", re.I)


def _title_of(chunk: str, start: int) -> bool:
    m = _TITLE_OF_RE.search(chunk[max(0, start - 40) : start])
    return m is not None and is_title(m.group("t"))


def _details(tail: str) -> tuple[str | None, str | None, str | None]:
    """(title, email, phone) written right after a name."""
    email_m = _EMAIL_RE.search(tail)
    email = email_m.group().lower().rstrip(".") if email_m else None
    phones = phones_in(tail)
    phone = phones[0] if phones else None
    stripped = _EMAIL_RE.sub(" ", tail)
    for p in phones:
        stripped = stripped.replace(p, " ")
    title = None
    for part in _SPLIT_RE.split(stripped):
        part = part.strip(" \t.:-–—*<>[]\"'")
        if not part:
            continue
        if is_title(part) and len(part) <= 60:
            title = _ARTICLE_RE.sub("", part)
            break
    return title, email, phone


def _people_in(segment: str) -> list[NamedPerson]:
    found = _names_in(segment)
    people: list[NamedPerson] = []
    for k, (_s, end, name, prefix) in enumerate(found):
        nxt = found[k + 1][0] if k + 1 < len(found) else len(segment)
        tail = segment[end:nxt].split("\n", 1)[0]
        title, email, phone = _details(tail[:200])
        people.append(NamedPerson(name=name, title=prefix or title, email=email, phone=phone))
    return people


def _segments(text: str) -> list[tuple[int, str]]:
    segs: list[tuple[int, str]] = []
    for m in _TRIGGER_RE.finditer(text):
        if m.group("inline"):
            stop = _SENTENCE_END_RE.search(text, m.end(), m.end() + _MAX_INLINE)
            end = stop.start() if stop else min(len(text), m.end() + _MAX_INLINE)
        else:
            blank = re.compile(r"\n[ \t]*\n(?=[ \t]*\S[^\n]*\S[ \t]*\n?)").search(text, m.end() + 2)
            end = (
                blank.start()
                if blank and blank.start() < m.end() + _MAX_LIST
                else min(len(text), m.end() + _MAX_LIST)
            )
            # a list may start on the next line after a blank one: "Interviewers:\n\n- Jane Doe"
            if text[m.end() : end].strip() == "" and blank:
                nxt = re.compile(r"\n[ \t]*\n").search(text, blank.end())
                end = nxt.start() if nxt else min(len(text), blank.end() + _MAX_LIST)
        nxt = _TRIGGER_RE.search(text, m.end(), end)
        if nxt:
            end = nxt.start()  # the next introduction starts its own segment
        segs.append((m.end(), text[m.end() : end]))
    for m in _SCHEDULE_RE.finditer(text):
        segs.append((m.start("rest"), m.group("rest")))
    segs.sort(key=lambda s: s[0])
    return segs


def find_named_people(text: str) -> tuple[NamedPerson, ...]:
    """People introduced in ``text`` as interviewers or participants, in order of appearance."""
    order: list[str] = []
    by_key: dict[str, NamedPerson] = {}
    for _pos, seg in _segments(text):
        for person in _people_in(seg):
            key = person.name.casefold()
            old = by_key.get(key)
            if old is None:
                order.append(key)
                by_key[key] = person
            else:
                by_key[key] = replace(
                    old,
                    title=old.title or person.title,
                    email=old.email or person.email,
                    phone=old.phone or person.phone,
                )
    return tuple(by_key[k] for k in order)


__all__ = ["NamedPerson", "find_named_people"]
