"""What the event and the mail detectors share: the limits, who is a person (not an ATS, a
room or a group), and the topics that make "interview" something else. The people, recruiter,
company and position are read in ``judging_people`` and ``judging_company``; ``judging_finish``
assembles the Detection."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone, tzinfo
from typing import Any

from followup.parsers import lexicon as lx
from followup.parsers import vendors, words
from followup.parsers.addresses import Owner, domain_of, is_machine, looks_like_room
from followup.parsers.model import CalEvent, Detection, MailMeta

MAX_TEXT = 20_000  # characters of body text analysed (an invite says what matters early)
DEFAULT_LENGTH = timedelta(hours=1)


def date_zone(d: datetime | None) -> tzinfo | None:
    """The fixed zone of a Date header's own UTC offset."""
    if d is None or d.utcoffset() is None:
        return None
    off = d.utcoffset()
    assert off is not None
    return timezone(off)


def writer_zone(d: datetime | None, sender: str | None) -> tzinfo | None:
    """Where the writer is, by the Date header's own offset: None when there is no date, when it is
    UTC (it says nothing), or when a machine sent the mail (its server's offset, not the writer's:
    a Workday relay in California for a Zürich employer's German mail)."""
    if d is None or not d.utcoffset() or (sender and is_machine(sender)):
        return None
    return date_zone(d)


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


def negative(
    meta: MailMeta | None, uid: str | None, reason: str, ev: CalEvent | None, side: str | None = None
) -> Detection:
    return Detection(
        False, meta=meta, uid=uid, side="interviewer" if side == "interviewer" else None, reasons=(reason,)
    )


def offer_only(offer_text: str, move_text: str) -> bool:
    """A job offer (lexicon OFFER) in ``offer_text``, and no interview moved or cancelled in
    ``move_text``: an offer call, not an interview."""
    return bool(lx.found(lx.OFFER, offer_text)) and not (
        lx.found(lx.CANCEL, move_text) or lx.found(lx.RESCHEDULE, move_text)
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
        hits = [a for a, _ in lx.spans(lx.PRESS, body)]
        roles = _role_spans(body)
        named = (_in_name, _aside, _in_address)
        hits = [p for p in hits if not (any(f(body, p) for f in named) or _inside(roles, p))]
        press = len(hits)
        first = hits[0] if hits else len(sample)
    if press >= 2 and press > jobby:
        return "press or media interview"
    if press >= 1 and jobby == 0 and first < 400:
        return "press or media interview"
    if _search(lx.ACADEMIC, sample, low) and jobby <= 1:
        return "academic interview"
    cues = lx.spans(lx.OTHER_INTERVIEWS, sample, low)  # (one scan: most mail has none)
    if not cues:
        return None
    footer = _footer_start(sample)
    last_interview: int | None = None
    for start, end in cues:
        cue = sample[start:end]
        if _aside(sample, start) or _in_address(sample, start) or (start >= footer and jobby):
            continue  # (".../blog/consejos-entrevista": a link's words are not the topic)
        lead = sample[max(sample.rfind("\n", 0, start) + 1, start - 40) : start]  # the cue's line, up to it
        if _NEGATED.search(lead):
            continue  # "It is not a recorded on-demand interview": the look-alike denied
        if _ROLE_PLAY.search(lead):
            continue  # "13.30 Rollenspiel Mitarbeitergespräch": an exercise of the assessment
        if _listed_after_interview(sample, start):
            continue  # "to complete interviews and reference checks by …": a later step of the process
        if cue.strip().isalpha() and _HONORIFIC.match(sample, end):
            continue  # "el doctor Mauricio Zuluaga": a title before a name, not a doctor's appointment
        if _titled(sample, start, end):
            continue  # "Health Services Manager, Patient Flow", "Head of User Research": a name
        # "To unsubscribe from job alerts and updates": the cue is what the mailing list is about
        about_job = jobby or lx.INTERVIEW.search(sample[:start])  # (an interview named above it)
        if about_job and (_BOILERPLATE.search(cue) or _BOILERPLATE.search(lead) or _OPT_OUT.search(lead)):
            last_interview = _last_interview(sample) if last_interview is None else last_interview
            if start > last_interview:
                continue  # "reply UNSUBSCRIBE" under the invite: about the mailing, not the meeting
        # (a weak cue yields to a mail that speaks to a candidate about a job: "Merci pour votre
        # candidature … quelques questions sur votre démarche de recherche utilisateur")
        weak = _WEAK_OTHER.search(cue)
        # (a job interview named above the cue, in mail with a job word, is enough: "Technical
        # Interview … Senior Technical Recruiter … Join your appointment")
        if not weak or (
            jobby <= 2
            and not (jobby and (count(lx.CANDIDATE_FRAMING, sample) or lx.INTERVIEW.search(sample[:start])))
        ):
            return f"not a job interview ({cue.strip().lower()})"
    return None


# A negation a few words before a cue (lexicon NEGATIONS): "not a recorded on-demand interview".
_NEGATION = "|".join(map(re.escape, words.merged("NEGATIONS")))
_NEGATED = re.compile(rf"(?<![\w'’])(?:{_NEGATION})(?![\w'’])(?:\W+\w+){{0,3}}\W+$", re.IGNORECASE)


# An exercise of the assessment right before a cue (lexicon ROLE_PLAY): "Rollenspiel Mitarbeitergespräch".
_ROLE_PLAY = re.compile(
    r"(?<![\w'’])(?:" + "|".join(words.merged("ROLE_PLAY")) + r")(?:\s+\w+)?\W*$",
    re.IGNORECASE,
)


# Only a comma or an "and" word (lexicon AND_WORDS) between an interview and the cue.
_AND_ONLY = re.compile(
    r"\w*[ \t]*(?:,[ \t]*)?(?:\b(?:" + "|".join(words.merged("AND_WORDS")) + r")\b[ \t]*)?", re.IGNORECASE
)


def _listed_after_interview(text: str, start: int) -> bool:
    """The cue follows an interview in a list of the process's steps ("we expect to complete
    interviews and reference checks by 18 December"): the steps to come, not this meeting's topic."""
    lead = text[max(0, start - 60) : start]
    ends = [m.end() for m in lx.INTERVIEW.rx.finditer(lead)]
    return bool(ends) and _AND_ONLY.fullmatch(lead, ends[-1]) is not None


def _titled(text: str, start: int, end: int) -> bool:
    """The cue is part of a job title in Title Case ("Health Services Manager, Patient Flow",
    "Head of User Research"): the role, not what the mail is about."""
    words = text[start:end].split()
    if not words or not all(w[:1].isupper() for w in words):
        return False
    return bool(_TITLE_BEFORE.search(text, max(0, start - 60), start))


_TITLE_BEFORE = re.compile(
    rf"\b(?:{lx.TITLE_WORD}|head)\b(?:\s+of)?[ \t,]*(?:(?-i:[A-Z])[\w&'-]*[ \t]+)*$", re.IGNORECASE
)


# A capitalised name right after the cue: the cue was a title ("doctor Mauricio Zuluaga").
_HONORIFIC = re.compile(r"\.?[ \t]+(?-i:[A-ZÀ-Þ][a-zà-ÿ]+[ \t]+[A-ZÀ-Þ][a-zà-ÿ]+)")


# A footer rule ("--", "----", "____") after the body's first lines: below it, boilerplate.
_FOOTER_RULE = re.compile(r"^[ \t]*(?:--|-{3,}|_{3,}|={3,})[ \t]*$", re.MULTILINE)
# A capitalised word (not a sentence's first article) just before: the cue is part of a name.
_NAME_BEFORE_CUE = re.compile(r"(?-i:[A-Z][\w&'’.-]*)[ \t]+$")
# Press cues that also end organisations' names.
_ORG_CUES = (
    "media", "press", "news", "radio", "magazine", "tv", "television", "broadcast", "publication",
    "editorial", "verlag", "edizioni", "editora", "éditions", "editions", "uitgeverij", "publishing",
)
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


def _in_address(text: str, pos: int) -> bool:
    """``pos`` is inside an e-mail address or a link ("lena@salzach-media.example"): a name, not a topic."""
    start = max(text.rfind(c, 0, pos) for c in " \t\n<(") + 1
    ends = [e for e in (text.find(c, pos) for c in " \t\n>)") if e >= 0]
    token = text[start : min(ends) if ends else len(text)]
    return "@" in token or "://" in token or token.lower().startswith("www.")


def _aside(text: str, pos: int) -> bool:
    """``pos`` is inside brackets on its line: an aside about something else."""
    line_start = text.rfind("\n", 0, pos) + 1
    opened = text.rfind("(", line_start, pos)
    line_end = text.find("\n", pos)
    rest = text[pos : line_end if line_end >= 0 else len(text)]
    return opened >= 0 and ")" not in text[opened:pos] and ")" in rest


# Cues about the mailing itself (an unsubscribe line, a "view in browser" link), in every language
# the detector reads: below the last mention of an interview they are the sender's boilerplate.
_BOILERPLATE = re.compile("|".join(words.merged("BOILERPLATE")), re.I)
# Opting out of a mailing, in every language the detector reads: "stop receiving job alerts".
_OPT_OUT = re.compile("|".join(words.merged("OPT_OUT")), re.I)


def _last_interview(text: str) -> int:
    """Where the last mention of an interview starts (-1 when there is none)."""
    last = -1
    if lx.INTERVIEW.search(text) is not None:
        for m in lx.INTERVIEW.rx.finditer(text):
            last = m.start()
    return last


# Topic words that a real invite may also contain (a footer, a signature): they decide only when
# the mail says little about a job.
_WEAK_OTHER = re.compile("|".join(words.merged("WEAK_OTHER")), re.I)


