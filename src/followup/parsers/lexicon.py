"""Word lists for the detector, by language (English, Spanish, German, French).

Kept apart from the logic so the rules read as rules. Every pattern is compiled once.
"""

from __future__ import annotations

import functools
import re


def _rx(*parts: str) -> re.Pattern[str]:
    """One case-insensitive alternation. The word boundary most parts start with is tested once
    per position (``\b(?:a|b)``), which is several times faster than ``\ba|\bb`` on long mail."""
    bounded = [p[2:] for p in parts if p.startswith("\\b") and "|" not in p]
    rest = [p for p in parts if not (p.startswith("\\b") and "|" not in p)]
    alts = []
    if bounded:
        alts.append("\\b(?:" + "|".join(f"(?:{p})" for p in bounded) + ")")
    alts.extend(f"(?:{p})" for p in rest)
    return re.compile("|".join(alts), re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def lowered(rx: re.Pattern[str]) -> re.Pattern[str] | None:
    """The same pattern compiled case-sensitively, for running on lower-cased text, when it is all
    lower case (several times faster than IGNORECASE over a long alternation); else None."""
    return re.compile(rx.pattern) if rx.pattern == rx.pattern.lower() else None


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
_INTERVIEW = _rx(
    r"\binterview(?:s|ing|ed)?\b(?![-‐](?:style|like|ready|proof))",
    r"\binterivew",
    r"\bphone[\s-]?screen",
    r"\btech(?:nical)?[\s-]screen",
    r"\bscreening\s+call\b",
    r"\brecruiter\s+(?:call|screen|chat)\b",
    r"\bhiring\s+manager\s+(?:call|chat|screen)",
    r"\bon-?site\s+(?:loop|visit|round)\b",
    r"\b(?:virtual|final|remote)\s+on-?site\b",
    r"\b(?:final|second|2nd|third|3rd|first|1st|next)\s+(?:round|stage)\b",
    r"\b(?:technical|tech|coding|onsite|on-site|panel|behaviou?ral|culture|values|case|hiring[\s-]manager)\s+"
    r"(?:round|session|loop)\b",
    r"\bround\s+[1-9]\b",
    r"\b(?:first|1st|second|2nd|final)[\s-]round\s+(?:calls?|chats?|conversations?)\b",
    r"\binterview(?:termin|gespr[äa]ch|einladung|tag)\w*",
    r"\bpanel\s+(?:interview|loop)\b",
    r"\bcoding\s+(?:challenge\s+review|session|exercise\s+review)\b",
    r"\bsystem\s+design\s+(?:session|round)\b",
    r"\bcase\s+interview\b",
    r"\bentrevistas?\b",
    r"\bentrevista\s+de\s+trabajo\b",
    r"\bvorstellungsgespr[äa]chs?\b",
    r"\bbewerbungsgespr[äa]chs?\b",
    r"\bkennenlerngespr[äa]chs?\b",
    r"\b(?:pers[öo]nliche[ns]?|telefonische[ns]?|erste[ns]?|zweite[ns]?)\s+(?:kennenlern)?gespr[äa]chs?\b",
    r"\b(?:telefon|video|online|bewerber|vorstellungs|job|einstellungs|auswahl|kennenlern)interviews?\b",
    r"\b(?:zweit|dritt|final|abschluss|fach|auswahl)gespr[äa]chs?\b",
    r"^\s*on-?site\s*[:\-–]",
    r"\b(?:your|the)\s+on-?site\s+(?:schedule|day|agenda|visit|interviews?)\b",
    r"\bentretiens?\b",
    r"\bentrevues?\b",
    r"\bjornada\s+de\s+prueba\b",
    r"\bportfolio\s+(?:review|presentation|walkthrough)\b",
    r"\bpair(?:ing)?[\s-]programming\s+(?:session|interview|exercise)\b",
    r"\bpairing\s+(?:session|interview|exercise)\b",
    r"\b(?:onsite|on-site)\s+panel\b",
    r"\b(?:analytics|technical|tech|hiring|interview|design|engineering|leadership|final)\s+panel\b",
    r"\bpanel\s+for\s+the\s+[\w\s/&-]{2,40}\s+(?:role|position)\b",
    r"\bprobe(?:arbeit(?:en|stag)?|tag)\b",
    r"\btrial\s+(?:day|shift)\b",
    r"\bjourn[ée]e\s+d['’]essai\b",
    r"\bassessment\s+(?:centre|center|day)\b",
    r"\bentretien\s+d'embauche\b",
)
INTERVIEW = Guarded(
    _INTERVIEW,
    (
        "interv",
        "interiv",
        "screen",
        "round",
        "onsite",
        "on-site",
        "stage",
        "loop",
        "session",
        "gespr",
        "entrev",
        "entretien",
        "recruiter",
        "hiring",
        "coding",
        "prueba",
        "probe",
        "trial",
        "essai",
        "assessment",
        "panel",
        "portfolio",
    ),
)

# A subject about a call on a role ("Operations Analyst role - quick call"): a screening call.
_JOB = (
    r"(?:role|position|opportunity|application|job|vacancy|opening|puesto|vacante|candidatura|stelle|"
    r"bewerbung|poste|candidature|offre)"
)
_CALL = r"(?:call|chat|conversation|llamada|videollamada|anruf|telefonat|appel|[ée]change)"
_TITLE = (
    r"(?:engineer|developer|designer|researcher|manager|analyst|scientist|lead|director|consultant|"
    r"specialist|coordinator|associate|intern|architect|owner|administrator|accountant|controller|"
    r"recruiter|writer|editor|marketer|representative|officer|head\s+of\s+\w+)"
)
JOB_NEXT_STEP = re.compile(
    rf"\b{_TITLE}\b.{{0,40}}\bnext\s+steps?\b|\bnext\s+steps?\b.{{0,40}}\b{_TITLE}\b", re.IGNORECASE
)
JOB_CALL = re.compile(rf"\b{_JOB}\b.{{0,60}}\b{_CALL}\b|\b{_CALL}\b.{{0,60}}\b{_JOB}\b", re.IGNORECASE)

# The message speaks to the candidate.
CANDIDATE_FRAMING = _rx(
    r"\byour\s+(?:upcoming\s+|scheduled\s+|phone\s+|video\s+|virtual\s+|on-?site\s+|technical\s+|final\s+|"
    r"first\s+|second\s+|next\s+)*(?:interview|screen|call\s+with|conversation\s+with|meeting\s+with)",
    r"\binterview(?:ing)?\s+with\s+you\b",
    r"\binvite\s+you\s+(?:to|for)\b",
    r"\binviting\s+you\b",
    r"\byou(?:'ll|\s+will)\s+(?:be\s+)?(?:meet(?:ing)?|speak(?:ing)?|interview(?:ing)?|talk(?:ing)?|chat(?:ting)?)\s+with\b",
    r"\byou(?:'re|\s+are)\s+scheduled\b",
    r"\bscheduled\s+to\s+begin\s+with\s+us\b",
    r"\b(?:like|love|want)\s+to\s+(?:invite|schedule|set\s+up|arrange|conduct)\s+(?:you|an?\s+(?:\w+\s+)?interview)",
    r"\blook(?:ing)?\s+forward\s+to\s+(?:meeting|speaking\s+with|talking\s+(?:to|with)|seeing)\s+you\b",
    r"\bconfirm(?:ing|ation)?\s+(?:of\s+)?(?:your\s+)?interview\b",
    r"\byour\s+application\b",
    r"\bthe\s+interview\s+will\s+be\b",
    r"\bwe\s+will\s+call\s+you\b",
    r"\bcall\s+you\s+at\b",
    r"\bcongratulations\b",
    r"\bthanks?\s+(?:you\s+)?for\s+your\s+interest\b",
    r"\bmoved\s+your\b",
    r"\binterview\s+for\s+the\s+[\w\s/&-]{2,50}\s+(?:position|role)\b",
    r"\btu\s+entrevista\b",
    r"\bsu\s+entrevista\b",
    r"\bte\s+(?:invitamos|reunir[áa]s)\b",
    r"\b(?:le|te)\s+(?:queremos\s+)?invitar\b",
    r"\bsu\s+candidatura\b",
    r"\btu\s+candidatura\b",
    r"\bihr(?:em|en)?\s+(?:vorstellungs|bewerbungs|kennenlern)?gespr[äa]ch\b",
    r"\bladen\s+(?:wir\s+)?sie\b",
    r"\bihre\s+bewerbung\b",
    r"\bihr(?:e[mnr]?)?\s+(?:\w+)?termin\b",
    r"\bsie\s+sprechen\s+mit\b",
    r"\bm[öo]chten\s+sie\s+(?:gerne\s+)?einladen\b",
    r"\bvotre\s+entretien\b",
    r"\bje\s+vous\s+confirme\b",
    r"\bte\s+confirmo\b",
    r"\bsie\s+(?:\w+\s+){0,8}einzuladen\b",
    r"\bfreuen\s+uns,?\s+sie\b",
    r"\b(?:i(?:'ve|\s+have)|we(?:'ve|\s+have))\s+(?:booked|scheduled|set\s+up|got)\s+(?:you|your)\b",
    r"\b(?:would\s+)?(?:like|love)\s+to\s+meet\s+you\b",
    r"\bmove\s+you\s+forward\b",
    r"\b(?:we(?:'re|\s+are)|you(?:'re|\s+are))\s+all\s+set\s+for\b",
    r"\bsee\s+you\s+(?:then|on\s+(?:mon|tue|wed|thu|fri))",
    r"\blocked\s+in\b",
    r"\bvous\s+inviter\b",
    r"\bvotre\s+candidature\b",
    r"\bvous\s+rencontrerez\b",
    r"\bnous\s+avons\s+le\s+plaisir\b",
    r"\byour\s+(?:[\w-]+\s+){0,3}(?:interview|on-?site|screen|loop)\b",
    r"\bhere\s+is\s+your\s+schedule\b",
    r"\byour\s+recruiter\b",
    r"\byou(?:'re|\s+are)\s+(?:booked|all\s+set|confirmed)\b",
    r"\bbooked\s+you\s+in\b",
    r"\bas\s+agreed\b",
    r"\b(?:best\s+of|good)\s+luck\b",
)

# The message speaks to an interviewer about a candidate.
INTERVIEWER_FRAMING = _rx(
    r"\bthe\s+candidates?\b",
    r"\b(?:these|our|your|external|internal|all)\s+candidates\b",
    r"\b(?:as|the|our|more|additional|other|\d+|all|fellow)\s+interviewers\b",
    r"\binterviewers\s+(?:needed|for\s+the|will|are|please|should|must)\b",
    r"\bas\s+(?:an\s+)?interviewers?\b",
    r"\b(?:please\s+)?(?:provide|send|submit)\s+(?:me\s+|us\s+)?(?:your\s+)?feedback\b",
    r"\bneed\s+your\s+feedback\b",
    r"\byour\s+feedback\s+on\s+(?:the\s+)?candidates?\b",
    r"\bscorecards?\b",
    r"\binterview\s+kit\b",
    r"\bevaluation\s+forms?\b",
    r"\bdebrief\s+(?:afterwards|will\s+follow|session|meeting|room|at\s+\d)\b",
    r"\bde-brief\b",
    r"\b(?:with|and)\s+a\s+debrief\b",
    r"\b(?:debrief|calibration|hiring\s+committee)\s*:",
    r"\bhire\s*/\s*no[\s-]hire\b",
    r"\b(?:your|their)\s+interview\s+notes\b",
    r"\b(?:his|her|their)\s+resume\b",
    r"\bresumes?\s+(?:attached|will\s+be\s+(?:sent|forwarded|delivered))\b",
    r"\battached\s+(?:is\s+)?(?:the\s+)?resume",
    r"\bplease\s+interview\b",
    r"\binterview\s+(?:list|packets?|participants)\b",
    r"\bbring\s+\w+(?:\s+\w+)?\s+(?:in|down|to\s+\w+)\s+for\s+(?:an?\s+)?interview",
    r"\bcandidate's\b",
    r"\bvolunteers?\b",
    r"\bto\s+interview\s+(?:him|her|them|candidates)\b",
    r"\binterview\s+schedule\s+for\s+(?-i:[A-Z])",
    r"\b(?:phone\s+|telephone\s+|video\s+)?interview\s+for\s+(?-i:(?:Mr\.?\s+|Ms\.?\s+|Dr\.?\s+)?[A-Z][a-z]+\s+[A-Z][a-z]+)",
    r"\byou\s+(?:to\s+)?interview\s+(?-i:[A-Z][a-z])",
    r"\bresumes\b",
    r"\bcandidate\s+(?:packet|profile|summary)\b",
    r"\b(?:el|la|los)\s+candidatos?\b",
    r"\bder\s+kandidat|die\s+kandidatin\b",
    r"\ble\s+candidat\b|\bla\s+candidate\b",
    r"\bhiring\s+team\s+(?:sync|debrief)\b",
)

# Topics that make "interview" something other than a job interview for the owner.
PRESS = _rx(
    r"\bjournalists?\b",
    r"\breporters?\b",
    r"\bmagazine\b",
    r"\bnewspaper\b",
    r"\beditor(?:ial)?\b",
    r"\barticle\b",
    r"\bpodcast\b",
    r"\bradio\b",
    r"\btelevision\b",
    r"\bTV\b",
    r"\bbroadcast\b",
    r"\bmedia\b",
    r"\bpress\b",
    r"\bpublication\b",
    r"\bcolumn(?:ist)?\b",
    r"\bnews(?:cast|room|paper|desk|letter\s+editor)\b",
    r"\bnews\s+(?:site|outlet|story|segment|program|anchor)\b",
    r"\b(?:staff|senior|freelance|contributing|tech|science|features?)\s+(?:writer|editor|reporter)\b",
    r"\bwriter\b",
    r"\bcorrespondent\b",
    r"\bepisode\b",
    r"\bon\s+the\s+record\b",
    r"\b(?:january|february|march|april|may|june|july|september|october|november|december|spring|summer|"
    r"fall|autumn|winter|holiday)\s+issue\b",
    r"\bcover\s+story\b",
    r"\bepisode\b",
    r"\bour\s+guest\b",
    r"\blisteners?\b",
    r"\b(?:the|our)\s+show\b",
    r"\bsound\s+check\b",
    r"\bstory\b",
    r"\b(?:august|next|upcoming|this\s+month's)\s+issue\b",
    r"\bCNBC\b|\bCNN\b|\bCNNfn\b|\bBloomberg\b|\bReuters\b|\bChronicle\b|\bEconomist\b|\bFortune\b|\bForbes\b|\bWSJ\b",
    r"\bperiodista\b",
    r"\bprensa\b",
    r"\bzeitung\b",
    r"\bpresse\b",
    r"\bjournaliste\b",
)
ACADEMIC = _rx(
    r"\bclass\s+(?:paper|project|assignment)\b",
    r"\b(?:graduate|term|research)\s+paper\b",
    r"\bthesis\b",
    r"\bdissertation\b",
    r"\bfor\s+(?:a|my)\s+(?:class|paper|course)\b",
)
OTHER_INTERVIEWS = _rx(
    r"\bexit\s+interviews?\b",
    r"\bFBI\b",
    r"\binvestigat",
    r"\bdue\s+diligence\b",
    r"\bdata\s+room\b",
    r"\binterview(?:er|ing)?\s+training\b",
    r"\bspeakers?\s*:",
    r"\bmic\s+check\b",
    r"\badmissions?\b",
    r"\bmba\s+(?:program|interview)\b",
    r"\binterview\S*training\b",
    r"\bschulung\b",
    r"\bcapacitaci[óo]n\b",
    r"\bformation\s+(?:aux|sur)\b",
    r"\breference\s+(?:check|call)\b",
    r"\bsteuerberat\w*",
    r"\btax\s+(?:advisor|adviser|return|appointment)\b",
    r"\binfo(?:rmation(?:al)?)?\s+session\b",
    r"\b(?:isn't|is\s+not|not|never)\s+(?:a\s+|an\s+)?(?:formal\s+|job\s+)?interview\b",
    r"\bno\s+es\s+una\s+entrevista\b",
    r"\bkein(?:e)?\s+(?:vorstellungs|bewerbungs)?(?:gespr[äa]ch|interview)\b",
    r"\bpas\s+(?:un\s+)?entretien\b",
    r"\bregistrants\b",
    r"\bopen\s+house\b",
    r"\bcareer\s+(?:day|event|night|evening)\b",
    r"\bpromotion\s+(?:panel|committee|case|packet|interview)\b",
    r"\binternal\s+promotion\b",
    r"\binterview\s+(?:has\s+been|was)\s+completed\b",
    r"\btell\s+us\s+how\s+(?:it|your\s+interview)\s+went\b",
    r"\bhow\s+did\s+(?:it|your\s+interview)\s+go\b",
    r"\brate\s+your\s+(?:interview|experience)\b",
    r"\bone[-\s]way\s+(?:video\s+)?interview\b",
    r"\bon[-\s]demand\s+(?:video\s+)?interview\b",
    r"\basync(?:hronous)?\s+(?:video\s+)?interview\b",
    r"\brecord\s+your\s+(?:answers?|responses?)\b",
    r"\bat\s+a\s+time\s+that\s+suits\s+you\b",
    r"\bas\s+a\s+reference\b",
    r"\bkeynote\b",
    r"\bcall\s+for\s+(?:papers|proposals|speakers)\b",
    r"\binterviewing\s+skills\b",
    r"\b(?:job|career)\s+(?:fair|expo)\b",
    r"\bworkshop\b",
    r"\bwebinar\b",
    r"\bseminar\b",
    r"\bmasterclass\b",
    r"\binterview\s+(?:tips|skills|questions\s+to)\b",
    r"\btips\s+(?:on|for)\s+interview",
    r"\bhow\s+to\s+(?:ace|prepare|nail)\b",
    r"\bunsubscribe\b",
    r"\b(?:newsletter\s+)?(?:abbestellen|abmelden)\b",
    r"\bd(?:a|á)te\s+de\s+baja\b|\bdarte\s+de\s+baja\b|\bcancelar\s+(?:la\s+)?suscripci[óo]n\b",
    r"\bse\s+d[ée]sabonner\b|\bd[ée]sinscri\w+",
    r"\bblog(?:beitrag|post|artikel)?\b",
    r"\bim\s+interview\b",
    r"\bview\s+(?:this\s+email\s+)?in\s+(?:your\s+)?browser\b",
    r"\b(?:mock|practice)\s+(?:\w+\s+)?interviews?\b",
    r"\bcareer\s+(?:coach(?:ing)?|services|cent(?:er|re))\b",
    r"\bthank\s+you\s+for\s+registering\b",
    r"\byou(?:'re|\s+are)\s+(?:now\s+)?registered\b",
    r"\bregistration\s+(?:confirm\w*|is\s+confirmed)\b",
    r"\b(?:cracking|acing|mastering|nailing|crack|master)\s+(?:the\s+|your\s+)?(?:\w+\s+){0,3}interviews?\b",
    r"\bvisa\s+(?:interview|appointment)\b",
    r"\b(?:consulate|embassy)\b",
    r"\bentrevista\s+(?:consular|de\s+visado)\b",
    r"\binformational\s+interview\b",
    r"\buser\s+(?:interview|research)\b",
    r"\bcustomer\s+interview\b",
    r"\bresearch\s+(?:study|participant|session)\b",
    r"\bfocus\s+group\b",
    r"\bsurvey\b",
    r"\bappointment\s+reminder\b",
    r"\byour\s+appointment\b",
    r"\bdentist\b",
    r"\bdoctor\b",
    r"\bpatient\b",
    r"\bbaja\s+voluntaria\b",
    r"\baustrittsgespr[äa]ch\b",
    r"\bentretien\s+de\s+sortie\b",
    r"\bentretien\s+annuel\b",
    r"\bmitarbeitergespr[äa]ch\b",
    r"\bjahresgespr[äa]ch\b",
)
APPLICATION_ACK = _rx(
    r"\bthank\s+you\s+for\s+(?:applying|your\s+application)\b",
    r"\b(?:we(?:'ve|\s+have)\s+)?received\s+your\s+application\b",
    r"\bif\s+(?:you\s+are\s+)?selected\b",
    r"\bapplication\s+(?:received|confirmation)\b",
    r"\bwill\s+(?:be\s+in\s+touch|contact\s+you)\s+(?:if|should)\b",
    r"\bshortlisted\b.*\bwill\s+contact\b",
    r"\bhemos\s+recibido\s+tu\s+(?:solicitud|candidatura)\b",
    r"\bvielen\s+dank\s+f[üu]r\s+ihre\s+bewerbung\b",
    r"\bnous\s+avons\s+bien\s+re[çc]u\s+votre\s+candidature\b",
)
REJECTION = _rx(
    r"\bunfortunately\b",
    r"\bnot\s+(?:to\s+)?(?:be\s+)?mov(?:e|ing)\s+forward\b",
    r"\bdecided\s+to\s+(?:move\s+forward|proceed|pursue)\s+with\s+other\b",
    r"\bother\s+candidates\s+whose\b",
    r"\bno\s+longer\s+(?:under\s+consideration|being\s+considered)\b",
    r"\bwe\s+regret\b",
    r"\bposition\s+has\s+been\s+filled\b",
    r"\blamentablemente\b",
    r"\bleider\b",
    r"\bmalheureusement\b",
    r"\bnous\s+sommes\s+au\s+regret\b",
    r"\bno\s+continuar\b",
    r"\b(?:chosen|decided|elected)\s+to\s+(?:pursue|go\s+with|proceed\s+with)\s+(?:other|another|a\s+different)\b",
    r"\bnot\s+(?:be\s+)?(?:selected|progressing|proceeding)\b",
    r"\bcontinuar\s+con\s+otr[oa]s\s+(?:candidat|perfil)",
    r"\bf[üu]r\s+(?:eine?n?\s+)?andere[n]?\s+(?:kandidat|bewerber)",
    r"\bne\s+pas\s+donner\s+suite\b",
    r"\bretenu\s+une?\s+autre\s+(?:candidat|profil)",
)
CANCEL = _rx(
    r"\bcancel(?:l?ed|l?ation|ling|ing)?\b",
    r"\bpostponed\b",
    r"\bcalled\s+off\b",
    r"\bwill\s+not\s+take\s+place\b",
    r"\bcancelad[oa]\b",
    r"\bsuspendid[oa]\b",
    r"\babgesagt\b",
    r"\babsagen\b",
    r"\bentf[äa]llt\b",
    r"\bfindet\s+(?:\w+\s+)?nicht\s+statt\b",
    r"\bcancel(?:ar|amos|ada|ado)\b",
    r"\banulad[oa]\b",
    r"\b(?:annuler|annulation|anular|anulaci[óo]n|cancelaci[óo]n|stornierung|stornieren)\b",
    r"\bn'aura\s+pas\s+lieu\b",
    r"\bne\s+pourra\s+pas\s+avoir\s+lieu\b",
    r"\bno\s+(?:se\s+)?(?:podr[áa]|va\s+a|podremos)\s+(?:celebrar|realizar|tener\s+lugar|mantener)",
    r"\bstorniert\b",
    r"\bf[äa]llt\s+aus\b",
    r"\bannul[ée]e?s?\b",
    r"\breport[ée]e?\s+(?:à\s+une\s+date|sine)\b",
)
RESCHEDULE = _rx(
    r"\breschedul",
    r"\bmoved\s+(?:to|the|your|it\s+to|ur|you\s+to)\b",
    r"\b(?:is|are)\s+now\s+(?:on\b|at\b|tomorrow|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
    r"\bupdated\s+the\s+(?:calendar\s+)?invit(?:e|ation)\b",
    r"\b(?:gotta|have\s+to|need\s+to|must)\s+move\s+(?:ur|your|the)\b",
    r"\b(?:move|moving|shift|shifting|push|pushing)\s+(?:your|the|our)\s+(?:\w+\s+){0,2}(?:interview|call|chat|meeting|"
    r"conversation|screen)\b",
    r"\bnew\s+(?:time|date|slot)\b",
    r"\bupdated\s+invitation\b",
    r"^\s*updated:",
    r"\bchanged?\s+(?:the\s+)?(?:time|date)\b",
    r"\btime\s+change\b",
    r"\bpushed\s+(?:back|to)\b",
    r"\breprogramad[oa]\b",
    r"\bnueva\s+(?:fecha|hora)\b",
    r"\bverschoben\b",
    r"\bverlegt\b",
    r"\bverschieben\b",
    r"\bhemos\s+(?:tenido\s+que\s+)?(?:cambiar|mover|aplazar|reprogramar|trasladar)\b",
    r"\bcambi(?:ar|o|amos)\s+(?:de\s+|la\s+)?(?:fecha|hora)\b",
    r"\baplazad[oa]\b",
    r"\bpasa\s+al?\s+(?:lunes|martes|mi[ée]rcoles|jueves|viernes|d[íi]a)\b",
    r"\bd[ée]cal[ée]e?\b",
    r"\breprogramm[ée]e?\b",
    r"\bwe(?:'ve|\s+have)\s+(?:had\s+to\s+)?(?:move|shift|push)(?:ed)?\b",
    r"\bneuer\s+termin\b",
    r"\breport[ée]e?\b",
    r"\bnouvelle\s+(?:date|heure)\b",
    r"\bd[ée]plac[ée]e?\b",
)
# Words around a date that make it a proposal, a deadline or travel, not the interview's time.
NOT_THE_TIME = _rx(
    r"\bavailab",
    r"\bwould\s+(?:\w+\s+)?work\b",
    r"\bconvenien",
    r"\bprefer",
    r"\boptions?\b",
    r"\bslots\b",
    r"\bwhen\s+(?:are\s+)?you\b",
    r"\blet\s+(?:me|us)\s+know\s+(?:which|what|when)\b",
    r"\bsuggest",
    r"\bflights?\b",
    r"\bfly(?:ing)?\b",
    r"\bairport\b",
    r"\barriv",
    r"\bdepart",
    r"\bhotel\b",
    r"\btravel\b",
    r"\bviaje\b",
    r"\breise\w*\b",
    r"\bvoyage\b",
    r"\bcheck-?in\b",
    r"\bdeadline\b",
    r"\breply\s+by\b",
    r"\brespond\s+by\b",
    r"\bconfirm\s+by\b",
    r"\bno\s+later\s+than\b",
    r"\b(?:complete|submit|finish|return|sign|send|upload)\s+(?:\w+\s+){0,4}by\b",
    r"\bassessment\b",
    r"\bdue\b",
    r"\bexpires?\b",
    r"\bfirst\s+day\b",
    r"\bstart(?:ing)?\s+date\b",
    r"\bonboarding\b",
    r"\bprimer\s+d[íi]a\b",
    r"\berster\s+arbeitstag\b",
    r"\bpremier\s+jour\b",
    r"\bdisponib",
    r"\bhuecos?\b",
    r"\ba\s+partir\s+de\b",
    r"\bcr[ée]neaux\b",
    r"\bzeitfenster\b",
    r"\bslots?\s+(?:on|for)\b",
    r"\belegir\b",
    r"\bchoisir\b",
    r"\bw[äa]hlen\b",
    r"\bpick\s+a\s+(?:time|slot)\b",
    r"\bbook\s+a\s+(?:time|slot)\b",
    r"\bverf[üu]gbar\b",
    r"\bvorschl",
    r"\bpropon",
    r"\bpropos",
    r"\bsent:",
    r"\bwrote:",
    r"\bout\s+(?:of\s+(?:the\s+)?office|until)\b",
    r"\bvacation\b",
    r"\bwon't\s+be\b",
    r"\bdecision\b",
    r"\bhear\s+(?:back|from)\b",
    r"\bfollow[\s-]?up\b",
    r"\bget\s+back\s+to\s+you\b",
)
# An interview named as not arranged yet ("will be in touch to arrange an interview", "before we
# can schedule an interview"): it gives a nearby date no interview context.
NOT_YET = _rx(
    r"\b(?:to|can|could|will|would|we'll|i'll)\s+(?:arrange|schedule|set\s+up|book|organi[sz]e)\s+"
    r"(?:an?\s+|the\s+|your\s+)?(?:\w+\s+)?interviews?\b",
    r"\bif\s+(?:you(?:'re|\s+are)|they|we)\s+(?:\w+\s+){0,4}(?:interview|proceed)",
    r"\bpara\s+(?:organizar|programar|agendar)\s+(?:una\s+)?entrevista\b",
    r"\bum\s+(?:ein(?:en)?\s+)?(?:\w+\s+)?(?:gespr[äa]ch|interview|termin)\w*\s+zu\s+vereinbaren\b",
    r"\bpour\s+(?:organiser|planifier|fixer)\s+un\s+entretien\b",
)
# A job offer (after the interviews): its dates are start dates, not interviews.
OFFER = _rx(
    r"\b(?:like|pleased|delighted|happy|excited|thrilled)\s+to\s+(?:extend\s+(?:to\s+you\s+)?|formally\s+)?"
    r"(?:an?\s+)?offer(?:\s+you)?\b(?!\s+(?:an?\s+)?(?:\w+\s+)?(?:interview|call|chat|conversation))",
    r"\boffer\s+letter\b",
    r"\b(?:verbal|formal|written)\s+offer\b",
    r"\bcarta\s+(?:de\s+)?oferta\b",
    r"\bofrecerte\s+el\s+puesto\b",
    r"\bvertragsangebot\b",
    r"\barbeitsvertrag\b",
    r"\bpromesse\s+d'embauche\b",
    r"\bproposition\s+d'embauche\b",
)
# A sentence that gives the NEW time of a moved interview.
NEW_TIME = _rx(
    r"\bnew\s+(?:time|date|slot)\s+(?:is|will\s+be)\b",
    r"\b(?:moved|rescheduled|changed|pushed)\s+(?:it\s+)?to\b",
    r"\bnow\s+(?:at|on|be\s+at)\b",
    r"\binstead\b(?!\s+of)",
    r"\b(?:la\s+)?nuev[oa]\s+(?:hora|fecha|horario)\b",
    r"\bahora\s+(?:ser[áa]|es)\b",
    r"\ben\s+su\s+lugar\b",
    r"\bneue[rn]?\s+(?:termin|uhrzeit|zeit|datum)\b",
    r"\bverschoben\s+auf\b",
    r"\bstattdessen\b",
    r"\bnouve(?:l|au|lle)\s+(?:horaire|cr[ée]neau|date|heure)\b",
    r"\bd[ée]cal[ée]e?\s+(?:au|à)\b",
    r"\bà\s+la\s+place\b",
    r"\breport[ée]e?\s+(?:au|à)\b",
    r"\bd[ée]plac[ée]e?\s+(?:au|à)\b",
    r"\b(?:movid[oa]|cambiad[oa]|trasladad[oa]|pasad[oa])\s+al?\b",
    r"\bverlegt\s+auf\b",
)

# Subject prefixes of a forwarded message (en/de/fr/es/pt/nl).
FORWARD_SUBJECT = re.compile(r"\s*(?:fwd?|fw|wg|tr|rv|enc|doorst)\s*:", re.IGNORECASE)

# A short reply that settles the time proposed in the thread ("Works for me — see you Thu 3pm").
CONFIRM_REPLY = _rx(
    r"\bworks\s+for\s+me\b",
    r"\block\s+(?:it\s+)?in\b",
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+it\s+is\b",
    r"\bsee\s+you\s+(?:then|on|at|mon|tue|wed|thu|fri|tomorrow|next)",
    r"\bconfirmed\b",
    r"\bsounds\s+(?:good|great)\b",
    r"\bperfect\b",
    r"\ball\s+set\b",
    r"\bnos\s+vemos\b",
    r"\bperfecto\b",
    r"\bconfirmad[oa]\b",
    r"\bpasst\b",
    r"\bbis\s+(?:dann|morgen|montag|dienstag|mittwoch|donnerstag|freitag)\b",
    r"\bbest[äa]tigt\b",
    r"\bparfait\b",
    r"\bc'est\s+not[ée]\b",
    r"\bconfirm[ée]\b",
    r"\bà\s+(?:demain|lundi|mardi|mercredi|jeudi|vendredi)\b",
)

# Words that make a sentence state the fixed time even when it mentions travel or follow-ups.
CONFIRMED = _rx(
    r"\b(?:is|has\s+been|have\s+been|was)\s+(?:now\s+)?(?:confirmed|scheduled|booked|set|moved|rescheduled)\b",
    r"\bwill\s+(?:be\s+held|take\s+place)\b",
    r"\byour\s+(?:\w+\s+){0,2}interview\s+(?:is|will\s+be)\b",
    r"\bqueda\s+(?:confirmad|programad)",
    r"\bist\s+(?:best[äa]tigt|geplant|angesetzt)\b",
    r"\best\s+(?:confirm[ée]|pr[ée]vu|programm[ée])",
)
SCHEDULED = _rx(
    r"\bscheduled\b",
    r"\bconfirm(?:ed|ation|ing)\b",
    r"\bwill\s+be\s+(?:held|on|at)\b",
    r"\bbegin\b",
    r"\bstart\b",
    r"\binterview\b",
    r"\binterviews\b",
    r"\bmeet(?:ing)?\s+you\b",
    r"\bcall\s+you\b",
    r"\bset\s+(?:up|for)\b",
    r"\bbooked\b",
    r"\bwhen:",
    r"\bdate:",
    r"\btime:",
    r"\bfecha\b",
    r"\bhora\b",
    r"\btermin\b",
    r"\bdatum\b",
    r"\buhrzeit\b",
    r"\bheure\b",
    r"\bprogramad[oa]\b",
    r"\bconfirmad[oa]\b",
    r"\bbest[äa]tig",
    r"\bpr[ée]vu\b",
    r"\bconfirm[ée]\b",
    r"\bplanifi[ée]\b",
    r"\bmoved\b",
    r"\brescheduled\b",
    r"\bwe\s+look\s+forward\b",
    r"\b(?:zoom|teams|meet|webex)\b",
    r"\bjoin\b",
)
POSITION = re.compile(
    r"(?:for\s+(?:the|our|a|an)\s+(?P<p1>[A-Z][\w/&+.,' -]{2,60}?)\s+(?:position|role|opening|job)\b"
    r"|\b(?:position|role|job\s+title|puesto|stelle|poste)\s*[:\-–]\s*(?P<p2>[^\n,;]{3,60})"
    r"|\binterview(?:ing)?\s+for\s+(?:the\s+|our\s+|a\s+|an\s+)?(?P<p3>[A-Z][\w/&+.' -]{2,60}?)"
    r"(?:\s+(?:position|role)|\s+at\b|\s+with\b|[.,;\n]|$)"
    r"|\bpara\s+el\s+puesto\s+de\s+(?P<p4>[^\n,.;]{3,60})"
    r"|\bals\s+(?P<p5>[A-Z][\w/&+. -]{2,60}?)(?:\s+bei\b|[.,;\n])"
    r"|\bpour\s+le\s+poste\s+de\s+(?P<p6>[^\n,.;]{3,60}))",
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
    rf"|\bchez\s+(?P<c8>{_CO2}))",
)
# Words that end a company-name match (the regex is greedy on capitalised words).
COMPANY_STOP = {
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

FREE_MAIL = frozenset(
    {
        "gmail.com",
        "googlemail.com",
        "yahoo.com",
        "yahoo.fr",
        "yahoo.es",
        "yahoo.de",
        "hotmail.com",
        "hotmail.fr",
        "hotmail.es",
        "outlook.com",
        "live.com",
        "msn.com",
        "aol.com",
        "icloud.com",
        "me.com",
        "mac.com",
        "gmx.de",
        "gmx.net",
        "web.de",
        "t-online.de",
        "orange.fr",
        "free.fr",
        "laposte.net",
        "protonmail.com",
        "proton.me",
        "yandex.ru",
        "mail.ru",
        "qq.com",
        "163.com",
        "comcast.net",
        "verizon.net",
        "att.net",
        "fastmail.com",
        "hey.com",
        "zoho.com",
    }
)

# Group / list addresses: not a person to thank.
GROUP_LOCAL = re.compile(
    r"^(?:all|everyone|staff|team|group|list|recruiting|recruitment|recruiters?|talent|hr|people|jobs|careers|"
    r"hiring|interviews?|scheduling|coordinator|office|admin|contact|sales|marketing|engineering|dev|"
    r"blog|newsletters?|events?|webinars?|campus|press|media|visitors?|reception|front-?desk|frontoffice|"
    r"lobby|security|facilities|it-?help|helpdesk|welcome|empfang|accueil|recepcion|"
    r"bewerber\w*|bewerbungen?|karriere|personal|stellen|jobs?-\w+|rh|recrutement|emploi|candidatures?|"
    r"empleo|seleccion|talento|entrevistas?|rrhh|candidaturas?|"
    r"[\w.-]*[-_.](?:team|group|list|all|staff|panel|interviewers|recruiting|recruitment|hiring|committee|"
    r"scheduling|careers|jobs|talent|hr|admissions|office|people|noreply|notifications?))$|"
    r"^(?:ta|hr|tas|rh)[-_.][\w.-]+$",
    re.IGNORECASE,
)

GROUP_NAME = re.compile(r"\b(?:team|panel|group|committee|list|everyone|all\s+hands|interviewers)\b", re.I)

RECRUITER_TITLE = re.compile(
    r"recruit|talent|sourc|human\s+resources|\bHR\b|people\s+(?:ops|operations|partner)|hiring\s+coordinator|"
    r"reclut|selecci[óo]n|personal(?:abteilung|referent)|recrut|ressources\s+humaines|\bRH\b",
    re.IGNORECASE,
)
