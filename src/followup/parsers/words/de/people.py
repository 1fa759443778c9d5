"""German words: who is who (people, agencies, signatures, shared mailboxes)."""

from __future__ import annotations

BOT_SELF = (
    r"\b(?:virtuelle[rn]?|digitale[rn]?|automatisierte[rn]?)\s+(?:recruiting-?\s*)?assistent(?:in)?\b",
)
AGENCY_NAME = (
    r"\b(?:personalberatung|personaldienst\w*|personalvermittlung|personalservice)\b",
)
AGENCY_CLIENT = (
    r"\bunser(?:em|en)?\s+(?:kunden|mandanten|auftraggeber)\s*,?\s+{CO}",
    r"{CO}\s+(?:möchte|würde)\s+(?:Sie|dich)\s+(?:gerne\s+)?kennenlernen",
    r"\b(?:der|unser)\s+(?:kunde|mandant)\s+ist\s+{CO}",
)
GROUP_NAME = (r"gremium", r"ausschuss", r"kommission", r"verteiler")
ROOM_NAMES = (
    r"besprechungsraum\b", r"raum\b(?=\s*\w)", r"\w+zimmer\b", r"konferenzraum\b", r"sitzungssaal\b",
)
REFERRAL = (r"\b(?:mitarbeiter)?empfehlung\b", r"\bempfohlen\b")
CLIENT = (r"\b(?:kunden?|kundin|mandant(?:in|en)?|klient(?:in|en)?|auftraggeber(?:in)?)\b",)
ASSISTANT = (r"(?:meine|unsere|seine|ihre|mein|unser)\s+(?:assistentin|assistent|sekret[äa]rin|sekret[äa]r)",)
CLOSINGS = (
    r"(?:mit\s+)?(?:freundlichen|besten|vielen|herzlichen|liebe|viele|beste|schöne)?\s*grü(?:ß|ss)en?",
    r"(?:viele|beste|liebe|herzliche)\s+grü(?:ß|ss)e", "mfg", "lg", "vg", r"danke(?:\s+schön)?",
)
PEOPLE_INLINE = (
    r"sie\s+sprechen\s+mit", r"sie\s+treffen(?:\s+sich\s+mit)?", r"sie\s+lernen\s+.{0,20}?kennen",
    r"gespräch\s+mit", r"ihre\s+gesprächspartner(?:in)?\s+(?:sind|ist|werden)", r"du\s+sprichst\s+mit",
    r"du\s+triffst",
)
PEOPLE_LIST = (
    "gesprächspartner(?:in|innen)?", "teilnehmer(?:innen)?", "interviewer(?:in|innen)?", "ablauf", "zeitplan",
    r"mit",
)
AND_WORDS = (
    "und",
)
HONORIFICS = ("herr", "frau", "dr", "prof", "mag", "dipl.-ing")
TITLE_WORDS = (
    r"\w*referent\w*|\w*leiter\w*|geschäftsführer\w*|\w*ingenieur\w*|entwickler\w*|sachbearbeiter\w*",
    r"berater\w*|personal\w*|recruiter\w*|inhaber\w*|vorstand\w*",
)
YOUR_PAST = (
    r"\b(?:ihre[mnr]?|deine[mnr]?)\s+(?:\w+\s+){0,2}(?:erfahrung(?:en)?|zeit|t[äa]tigkeit|werdegang|station)",
    r"\bderzeit|\baktuell",
)
AT_EMPLOYER = ("bei",)
