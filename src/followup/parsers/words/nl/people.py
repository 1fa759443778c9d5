"""Dutch words: who is who (people, agencies, signatures, shared mailboxes)."""

from __future__ import annotations

BOT_SELF = (
    r"\b(?:virtuele|digitale|geautomatiseerde)\s+(?:recruitment-?\s*)?assistent\b",
)
AGENCY_NAME = (
    r"\b(?:werving|selectie|uitzend\w*)\b",
)
AGENCY_CLIENT = (
    r"\bonze\s+(?:klant|opdrachtgever),?\s+{CO}",
    r"{CO}\s+(?:wil|zou)\s+(?:graag\s+)?(?:kennismaken|je\s+(?:graag\s+)?(?:ontmoeten|spreken))",
    r"\bde\s+(?:klant|opdrachtgever)\s+is\s+{CO}",
)
GROUP_NAME = (r"commissie", r"sollicitatiecommissie")
ROOM_NAMES = (r"\w+zaal\b", r"vergaderruimte\b", r"overlegruimte\b", r"\w*vergaderkamer\b")
REFERRAL = (r"\bdoorverwijzing\b", r"\baanbeveling\b", r"\bvoorgedragen\b")
CLIENT = (r"\b(?:klant(?:en)?|opdrachtgever)\b",)
ASSISTANT = (r"(?:mijn|onze|zijn|haar)\s+(?:assistente?|secretaresse|managementassistente?)",)
CLOSINGS = (
    r"(?:met\s+)?vriendelijke\s+groet(?:en)?", r"(?:hartelijke|beste|vriendelijke)\s+groet(?:en)?",
    "groet(?:en|jes)?", "mvg", "bedankt", r"dank\s+(?:je|u)(?:\s+wel)?", r"tot\s+snel",
)
PEOPLE_INLINE = (
    r"(?:je|u)\s+spreekt\s+met", r"(?:je|u)\s+maakt\s+kennis\s+met", r"gesprek\s+met",
    r"(?:je|uw)\s+gesprekspartners?\s+(?:is|zijn)", r"(?:je|u)\s+wordt\s+ontvangen\s+door",
)
PEOPLE_LIST = ("gesprekspartners?", "deelnemers", "programma", r"met")
AND_WORDS = (
    "en",
)
HONORIFICS = ("dhr", "mevr", "mw", "ir", "drs", "dr")
TITLE_WORDS = (
    r"\w*adviseur\w*|teamlead\w*|ontwikkelaar\w*|\w*medewerker\w*|hoofd|eigenaar|directeur|\w*specialist",
)
YOUR_PAST = (
    r"\b(?:je|jouw|uw)\s+(?:\w+\s+){0,2}(?:ervaring|tijd|loopbaan|huidige\s+functie)",
    r"\bmomenteel|\bhuidig",
)
AT_EMPLOYER = ("bij",)
