"""The detector's patterns, compiled once from the words of every language (`parsers/words`).

Kept apart from the logic so the rules read as rules. Every pattern is compiled once.

Adding a language: write the package ``parsers/words/<lang>/`` with every name ``words/en/`` has,
in the same part (``words.KEY_DOCS`` says what each table is for; tests/unit/parsers/words checks
the names), add it to ``words.LANGUAGES``, and add its tests (dates, times, cues, interview words,
a few whole mails).
Nothing here changes: every table below is the merge of all languages.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from followup.parsers import words

# What shapes a pattern: its "(", ")" and "|" outside escapes ("\\(") and character classes ("[|]";
# a "]" right after "[" or "[^" is a member).
_SHAPE = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|[()|]", re.DOTALL)


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """The pattern's "(", ")" and "|" outside escapes and character classes, each with its index
    and its group depth (a group's "(" and ")" count as outside it)."""
    depth = 0
    for m in _SHAPE.finditer(pattern):
        c = m.group()
        if c in ("(", ")", "|"):
            depth -= c == ")"
            yield m.start(), c, depth
            depth += c == "("


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern (its "|" outside groups and character classes)."""
    cuts = [i for i, c, depth in _structure(pattern) if c == "|" and depth == 0]
    return [pattern[a + 1 : b] for a, b in zip([-1, *cuts], [*cuts, len(pattern)], strict=True)]


def _starts(alt: str) -> set[str] | None:
    r"""The characters (as members of a character class) one of which every match of ``alt``
    starts with, when that is plain to see (a letter or digit, ``\w``, ``[ée]``, a group of such,
    an optional head and what follows it); else None."""
    if alt.startswith("\\b"):
        return _starts(alt[2:])
    if alt[:2] in ("\\w", "\\d", "\\s"):
        starts, rest = {alt[:2]}, alt[2:]
    elif alt[:1].isalnum():
        starts, rest = {alt[:1]}, alt[1:]
    elif klass := re.match(r"\[(\w+)\]", alt):
        starts, rest = set(klass.group(1)), alt[klass.end() :]
    elif alt.startswith("(?:"):
        end = next(i for i, c, depth in _structure(alt) if c == ")" and depth == 0)
        starts, rest = set(), alt[end + 1 :]
        for inner in _alternatives(alt[3:end]):
            known = _starts(inner)
            if known is None:
                return None
            starts |= known
    else:
        return None
    if rest[:1] in ("?", "*"):  # the head may be left out: then what follows starts the match
        after = _starts(rest[1:])
        return None if after is None else starts | after
    return None if rest[:1] == "{" else starts


def _screened(alts: list[str]) -> list[str]:
    """Runs of alternatives whose first characters are known behind one look at the next
    character (``(?=[cd])(?:c(?:all|v)|(?:dog))``): one test per position instead of one per
    alternative. The alternatives and their order stay."""
    out: list[str] = []
    run: list[str] = []
    starts: set[str] = set()
    for alt in [*alts, ""]:  # ("" ends the last run)
        known = _starts(alt) if alt else None
        if known is not None:
            run.append(alt)
            starts |= known
            continue
        if len(run) > 1:
            out.append("(?=[" + "".join(sorted(starts)) + "])(?:" + "|".join(run) + ")")
        else:
            out.extend(run)
        run, starts = [], set()
        if alt:
            out.append(alt)
    return out


def _bounded(pattern: str) -> str | None:
    r"""The pattern without the word boundary every alternative of it starts with, else None."""
    alts = _alternatives(pattern)
    if not all(a.startswith("\\b") for a in alts):
        return None
    return "|".join(a[2:] for a in alts)


def _rx(*parts: str) -> re.Pattern[str]:
    r"""One case-insensitive alternation. The word boundary most parts start with is tested once
    per position (``\b(?:a|b)``), which is several times faster than ``\ba|\bb`` on long mail.

    Parts without "|" come first, then the others, each in its table's order; a run of parts whose
    alternatives all start with ``\b`` shares one boundary (``_by_letter``). The alternatives that
    can match at a position are tried in the same order as in ``\ba|\bb|c``: every match is the
    same."""
    ordered = [p for p in parts if p.startswith("\\b") and "|" not in p]
    ordered += [p for p in parts if not (p.startswith("\\b") and "|" not in p)]
    alts: list[str] = []
    run: list[str] = []
    for p in ordered:
        inner = _bounded(p)
        if inner is not None:
            run.extend(head for alt in _alternatives(inner) for head in _expanded(alt))
            continue
        if run:
            alts.append("\\b(?:" + "|".join(_screened(_by_letter(run))) + ")")
            run = []
        alts.append(f"(?:{p})")
    if run:
        alts.append("\\b(?:" + "|".join(_screened(_by_letter(run))) + ")")
    return re.compile("|".join(alts), re.IGNORECASE)


def _expanded(alt: str, limit: int = 8) -> list[str]:
    r"""``alt`` with a leading group spelled out (``(?:a|the)\s+x`` → ``a\s+x``, ``the\s+x``;
    ``(?:toma\s+)?datos`` → ``toma\s+datos``, ``datos``), again while the result starts with a
    group, as long as that makes at most ``limit`` alternatives: then their heads are letters
    ``_by_letter`` can share. Tried in this order they match exactly as ``alt`` does (a group's
    alternatives in turn, an optional group before its absence)."""
    if not alt.startswith("(?:"):
        return [alt]
    end = next(i for i, c, depth in _structure(alt) if c == ")" and depth == 0)
    rest = alt[end + 1 :]
    optional = rest[:1] == "?"
    if optional:
        rest = rest[1:]
    if rest[:1] in ("?", "*", "+", "{"):  # (a lazy or repeated group stays as it is)
        return [alt]
    spelled = [inner + rest for inner in _alternatives(alt[3:end])] + ([rest] if optional else [])
    out: list[str] = []
    for one in spelled:
        out.extend(_expanded(one, limit))
        if len(out) > limit:
            return [alt]
    return out


def _by_letter(alts: list[str]) -> list[str]:
    r"""The alternatives with those that start with the same letter behind it (``c(?:all|v)`` for
    ``call|cv``), so the matcher tries each letter once per position, not each word.

    An alternative joins an earlier one of its letter only when none between them can start with
    that letter (``_starts``; an unknown start, ``\w``, "" or "C" for "c" keep the order), and
    among those of a letter the order stays: alternatives of two lower-case ASCII letters can never
    both match at one position (not even ignoring case), so the first that matches there is the
    same one. The same holds behind the letter, so what follows it is regrouped by its next letter
    in turn (``c(?:a(?:ll|t)|v)``): a trie of the literal heads."""
    slots: list[tuple[str, list[str], set[str] | None]] = []  # (letter or "", alternatives, starts)
    for alt in alts:
        head = alt[:1]
        if not ("a" <= head <= "z" and alt[1:2] not in ("?", "*", "+", "{")):
            known = _starts(alt) if alt else None
            slots.append(("", [alt], None if known is None else {c.lower() for c in known}))
            continue
        for letter, group, starts in reversed(slots):
            if letter == head:
                group.append(alt)
                break
            if not letter and (starts is None or "\\w" in starts or head in starts):
                slots.append((head, [alt], None))
                break
        else:
            slots.append((head, [alt], None))
    out: list[str] = []
    for letter, group, _ in slots:
        if len(group) == 1:
            out.append(f"(?:{group[0]})")
        else:
            out.append(letter + "(?:" + "|".join(_by_letter([a[1:] for a in group])) + ")")
    return out


def lowered(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """The same pattern compiled case-sensitively, for running on lower-cased text, when it is all
    lower case (several times faster than IGNORECASE over a long alternation); else None."""
    return _lowered(rx.pattern)  # (keyed by the text: hashing a compiled pattern hashes its code)


@functools.lru_cache(maxsize=128)
def _lowered(pattern: str) -> re.Pattern[str] | None:
    return re.compile(pattern) if pattern == pattern.lower() else None


def found(rx: re.Pattern[str], text: str) -> bool:
    """Whether ``rx`` matches somewhere in ``text``: on the lower-cased text when the pattern is all
    lower case (``lowered``). For yes/no tests only; a match's offsets would be the lower text's."""
    fast = lowered(rx)
    return (fast.search(text.lower()) if fast is not None else rx.search(text)) is not None


def spans(rx: re.Pattern[str], text: str, low: str | None = None) -> list[tuple[int, int]]:
    """Where ``rx`` matches in ``text``, as ``finditer`` finds them: on the lower-cased text
    (``low``, when given) when the pattern allows it and lowering kept every offset (a
    character that lowers to two, "İ", shifts them: then on ``text`` itself)."""
    fast = lowered(rx)
    low = text.lower() if fast is not None and low is None else low
    if fast is not None and low is not None and len(low) == len(text):
        return [m.span() for m in fast.finditer(low)]
    return [m.span() for m in rx.finditer(text)]


class Guarded:
    """A pattern that only runs when one of its literal stems occurs in the text.

    Most mail names no interview; a few ``in`` tests on the lower-cased text (C speed) spare
    the full alternation scan there. Every alternative of the pattern must contain a stem.
    """

    def __init__(self, rx: re.Pattern[str], stems: tuple[str, ...]) -> None:
        self.rx = rx
        self.stems = stems
        # A lower-case pattern can run case-sensitively on the lower-cased text: much faster than
        # IGNORECASE over a long alternation. (Used for yes/no answers, where offsets don't matter.)
        self.lower_rx = lowered(rx)

    def search(self, text: str) -> re.Match[str] | None:
        """A match (on the lower-cased text when that is faster: test it, don't slice with it)."""
        low = text.lower()
        if not any(stem in low for stem in self.stems):
            return None
        return self.lower_rx.search(low) if self.lower_rx is not None else self.rx.search(text)


# A job interview is named.
_INTERVIEW = _rx(*words.merged("INTERVIEW"))
INTERVIEW = Guarded(_INTERVIEW, words.merged("INTERVIEW_STEMS"))

# A subject about a call on a role ("Operations Analyst role - quick call"): a screening call.
_JOB = "(?:" + "|".join(words.merged("JOB_WORDS")) + ")"
_CALL = "(?:" + "|".join(words.merged("CALL_WORDS")) + ")"
_TITLE = (
    r"(?:engineer|developer|designer|researcher|manager|analyst|scientist|lead|director|consultant|"
    r"specialist|coordinator|associate|intern|architect|owner|administrator|accountant|controller|"
    r"recruiter|writer|editor|marketer|representative|officer|planner|buyer|head\s+of\s+\w+)"
)
# A job title's head word ("Manager", "Head of", "Engineer").
TITLE_WORD = _TITLE
JOB_NEXT_STEP = re.compile(
    rf"\b{_TITLE}\b.{{0,40}}\bnext\s+steps?\b|\bnext\s+steps?\b.{{0,40}}\b{_TITLE}\b", re.IGNORECASE
)
JOB_CALL = re.compile(
    rf"\b(?:{_JOB}|{_TITLE})\b.{{0,60}}\b{_CALL}\b|\b{_CALL}\b.{{0,60}}\b(?:{_JOB}|{_TITLE})\b", re.IGNORECASE
)
# A call word ("call", "llamada", "Telefonat").
CALL = re.compile(rf"\b{_CALL}\b", re.IGNORECASE)
# A meeting about a job in the text ("coordinating your conversation with him for the … role").
JOB_MEETING = _rx(*words.merged("JOB_MEETING"))
# The sender says it is a program.
BOT_SELF = _rx(*words.merged("BOT_SELF"))
# An interview named as another event's point of reference.
INTERVIEW_ELSEWHERE = _rx(*words.merged("INTERVIEW_ELSEWHERE"))
NEXT_STEP = _rx(*words.merged("NEXT_STEP"))
AGENCY_NAME = _rx(*words.merged("AGENCY_NAME"))
CHOSEN_OPTION = _rx(*words.merged("CHOSEN_OPTION"))

# The message speaks to the candidate.
CANDIDATE_FRAMING = _rx(*words.merged("CANDIDATE_FRAMING"))

# The message speaks to an interviewer about a candidate.
INTERVIEWER_FRAMING = _rx(*words.merged("INTERVIEWER_FRAMING"))

# Topics that make "interview" something other than a job interview for the owner.
PRESS = _rx(*words.merged("PRESS"))
ACADEMIC = _rx(*words.merged("ACADEMIC"))
OTHER_INTERVIEWS = _rx(*words.merged("OTHER_INTERVIEWS"))
APPLICATION_ACK = _rx(*words.merged("APPLICATION_ACK"))
REJECTION = _rx(*words.merged("REJECTION"))
REJECTION_SOFT = _rx(*words.merged("REJECTION_SOFT"))
REJECTION_ABOUT = _rx(*words.merged("REJECTION_ABOUT"))
CANCEL = _rx(*words.merged("CANCEL"))
RESCHEDULE = _rx(*words.merged("RESCHEDULE"))
# Words around a date that make it a proposal, a deadline or travel, not the interview's time.
NOT_THE_TIME = _rx(*words.merged("NOT_THE_TIME"))
# An interview named as not arranged yet ("will be in touch to arrange an interview", "before we
# can schedule an interview"): it gives a nearby date no interview context.
NOT_YET = _rx(*words.merged("NOT_YET"))
# A job offer (after the interviews): its dates are start dates, not interviews.
OFFER = _rx(*words.merged("OFFER"))
# A sentence that gives the NEW time of a moved interview.
NEW_TIME = _rx(*words.merged("NEW_TIME"))
# A time asked as a question but already booked unless the candidate objects.
SET_UNLESS_TOLD = _rx(*words.merged("SET_UNLESS_TOLD"))

# Subject prefixes of a forwarded message ("Fwd:", "WG:", "Enc:", "I:", "Doorst:").
FORWARD_SUBJECT = re.compile(r"\s*(?:" + "|".join(words.merged("FORWARD_PREFIXES")) + r")\s*:", re.IGNORECASE)
REPLY_SUBJECT = re.compile(
    r"\s*(?:" + "|".join(dict.fromkeys(words.merged("REPLY_PREFIXES"))) + r")\s*:", re.IGNORECASE
)

# A short reply that settles the time proposed in the thread ("Works for me — see you Thu 3pm").
CONFIRM_REPLY = _rx(*words.merged("CONFIRM_REPLY"))

# Words that make a sentence state the fixed time even when it mentions travel or follow-ups.
CONFIRMED = _rx(*words.merged("CONFIRMED"))
SCHEDULED = _rx(*words.merged("SCHEDULED"))
POSITION = re.compile(
    r"(?:for\s+(?:the|our|a|an)\s+(?P<p1>[A-Z][\w/&+.,' -]{2,60}?)\s+(?:position|role|opening|job)\b"
    r"|\b(?:position|role|job\s+title|puesto|stelle|poste)\s*[:\-–]\s*(?P<p2>[^\n,;]{3,60})"
    r"|\b[Ii]nterview(?:ing)?\s+for\s+(?:the\s+|our\s+|a\s+|an\s+)?(?P<p3>[A-Z][\w/&+.' -]{2,60}?)"
    r"(?:\s+(?:position|role)|\s+at\b|\s+with\b|[.,;\n]|$)"
    r"|\bpara\s+el\s+puesto\s+de\s+(?P<p4>[^\n,.;]{3,60})"
    r"|\bals\s+(?P<p5>[A-Z][\w/&+. -]{2,60}?)(?:\s+bei\b|[.,;\n])"
    r"|\bpour\s+le\s+poste\s+de\s+(?P<p6>[^\n,.;]{3,60})"
    r"|\b(?:para\s+a\s+vaga\s+de|(?:na|à)\s+vaga\s+de|per\s+la\s+posizione\s+di|per\s+il\s+ruolo\s+di"
    r"|voor\s+de\s+(?:functie|vacature)\s+(?:van|als))\s+(?P<p7>[^\n,.;]{3,60}))",
)
# A capitalised company name of up to 4 / 3 words on one line.
_CO3 = r"[A-Z][\w&.'-]*(?:[ \t]+[A-Z][\w&.'-]*){0,3}"
_CO2 = r"[A-Z][\w&.'-]*(?:[ \t]+[A-Z][\w&.'-]*){0,2}"
COMPANY = re.compile(
    rf"(?:\binterview(?:ing)?\s+(?:with|at)\s+(?P<c1>{_CO3})"
    rf"|\b(?:position|role|opportunity|job|career)s?\s+(?:at|with)\s+(?P<c2>{_CO3})"
    rf"|\binterest\s+in\s+(?:joining\s+)?(?P<c3>{_CO3})"
    rf"|\bapplication\s+(?:to|at|with)\s+(?P<c4>{_CO3})"
    rf"|\b(?:the\s+)?(?P<c5>{_CO2})\s+(?:recruiting|talent(?:\s+acquisition)?|"
    rf"hiring|people)\s+team\b"
    rf"|\bentrevista\s+con\s+(?P<c6>{_CO3})"
    rf"|\bbei\s+(?P<c7>{_CO2})(?=\s+(?:ein|zu|am|f[üu]r)\b)"
    rf"|\bchez\s+(?P<c8>{_CO2})"
    # a recruiter's title and employer in a relayed profile ("Talent Partner en Poblenou Labs")
    rf"|\b(?i:talent|recruit\w*|sourc\w*|hr|people|human\s+resources)(?:[ \t]+[\w-]+){{0,2}}[ \t]+"
    rf"(?:{'|'.join(map(re.escape, dict.fromkeys(words.merged('AT_EMPLOYER'))))})[ \t]+(?P<c9>{_CO3}))",
)
# The candidate's own background right before a company's name ("votre parcours chez …").
YOUR_PAST = re.compile(r"(?:" + "|".join(words.merged("YOUR_PAST")) + r")\s*$", re.IGNORECASE)
# Words that end a company-name match (the regex is greedy on capitalised words).
COMPANY_STOP = {
    # company registration numbers after a name ("Meridian Super Pty Ltd ABN 12 …", "RCS Lyon", "KvK")
    "abn", "acn", "ein", "siret", "siren", "rcs", "cif", "nif", "kvk", "vat", "cnpj", "hrb", "hra", "p.iva",
    "on",
    "for",
    "the",
    "at",
    "in",
    "and",
    "to",
    "is",
    "has",
    "team",
    "recruiting",
    "talent",
    "hiring",
    "interview",
    "interviews",
    "position",
    "role",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "tomorrow",
    "today",
    "next",
    "this",
    "our",
    "your",
    "you",
    "us",
    "we",
    "i",
    "me",
    "him",
    "her",
    "them",
    "de",
    "la",
    "el",
    "le",
    "am",
    "um",
    "der",
    "die",
    "das",
}


# Group / list addresses: not a person to thank.
GROUP_LOCAL = re.compile(
    r"^(?:all|everyone|staff|team|group|list|recruit|recruiting|recruitment|recruiters?|talent|talent[-_.]?acquisition|"
    r"hr|people|jobs|careers|"
    r"hiring|resourcing|interviews?|scheduling|planning|coordinator|office|admin|contact|sales|marketing|engineering|dev|"
    # scheduling mailboxes (a booking tool's calendar: "TalentBookings@"); Japanese employers'
    # recruiting and HR mailboxes (採用, 人事)
    r"agenda|calendario|agendamento|termine|saiyo|jinji|[\w.-]*bookings?|"
    r"blog|newsletters?|events?|webinars?|campus|press|media|visitors?|reception|front-?desk|frontoffice|"
    r"lobby|security|facilities|it-?help|helpdesk|welcome|empfang|accueil|recepcion|"
    r"bewerber\w*|bewerbung(?:en)?|karriere|personal|stellen|personalabteilung|candidats?|jobs?-\w+|rh|recrutement|emploi|candidatures?|"
    r"empleo|seleccion|reclutamiento|talentos?|talenti|entrevistas?|rrhh|candidaturas?|busquedas|"
    r"mensajes|avisos|notificaciones|berichten|meldingen|messaggi|mensagens|notificacoes|"
    r"recrutamento|vagas|carreiras|selecao|selezione|lavoraconnoi|lavora-con-noi|werving|vacatures?|"
    r"sollicitaties?|solliciteren|werkenbij|risorse[-_.]?umane|ufficio[-_.]?personale|personale|recursos[-_.]?humanos|"
    r"ressources[-_.]?humaines|gente|pessoas|"
    # greeting mailboxes ("ola@", "ciao@", "hallo@")
    r"ola|olá|hola|ciao|hallo|bonjour|hej|hoi|hi|hey|research|nachrichten|messages?|messaging|mailrobot|recruitermail|"
    # (recruiting words as a part are the next alternative's)
    r"[\w.-]*[-_.](?:team|group|list|all|staff|panel|interviewers|committee|"
    r"scheduling|jobs|talent|hr|admissions|office|people|noreply|notifications?|messages?|"
    r"planning|planung|planificacion|sourcing))$|"
    # a recruiting word as one part of the local part ("nc-ux-recruitment-recrutement-ux-gd@",
    # "seleccion.valencia@", "citz.sdhiring@")
    r"^(?:[\w.-]*[-_.])?(?:recruit(?:ing|ment|ers)|recrut(?:ement|amento)|\w*hiring|careers?|seleccio\w*|selecao|selezion[ei]|selections?|werving|rrhh)"
    r"(?:[-_.][\w.-]*)?$|"
    # the same run into the company's name ("termoflexreclutamiento@", "pastificioroveraselezione@")
    r"^[\w.-]*(?:reclutamiento|reclutamento|recrutement|recrutamento|recruitment|recruiting|selezione|seleccion|selecao)"
    r"(?:[-_.][\w.-]*)?$|"
    # a committee's mailbox ("comite.seleccion@", "comitato-selezione@", "commissie@")
    r"^(?:comit[ée]|comitato|commissione|commissie|kommission|ausschuss)(?:[-_.][\w.-]+)?$|"
    r"^(?:ta|hr|tas|rh)[-_.][\w.-]+$",
    re.IGNORECASE,
)

REFERRAL = _rx(*words.merged("REFERRAL"))
CLIENT = _rx(*words.merged("CLIENT"))
ASSISTANT = "(?:" + "|".join(words.merged("ASSISTANT")) + ")"
GROUP_NAME = re.compile(r"\b(?:" + "|".join(words.merged("GROUP_NAME")) + r")\b", re.I)

RECRUITER_TITLE = re.compile(
    r"recruit|talent|sourc|human\s+resources|\bHR\b|people\s+(?:ops|operations|partner)|head\s+of\s+people|people\s*(?:&|and|y|e)\s*culture|"
    r"hiring\s+coordinator|"
    r"reclut|selecci[óo]n|personal(?:abteilung|referent)|recrut|ressources\s+humaines|\bRH\b|"
    r"selezione|risorse\s+umane|werving|recursos\s+humanos",
    re.IGNORECASE,
)
