"""Spanish words: who is who (people, agencies, signatures, shared mailboxes)."""

from __future__ import annotations

BOT_SELF = (
    r"\basistente\s+(?:de\s+(?:reclutamiento|selecci[óo]n)\s+)?(?:virtual|automatizad[oa]|digital)\b",
)
AGENCY_NAME = (
    r"\b(?:selecci[óo]n|reclutamiento|talento|headhunters?)\b",
)
AGENCY_CLIENT = (
    r"\bnuestro\s+cliente,?\s+{CO}",
    r"{CO}\s+(?:quiere|desea|le\s+gustar[íi]a)\s+(?:conocer|entrevistar)",
    r"\bel\s+cliente\s+es\s+{CO}",
)
GROUP_NAME = (r"equipo", r"comit[ée]", r"entrevistadores")
ROOM_NAMES = (r"sala\b(?=\s*\w)", r"sal[óo]n\s+de\s+(?:reuniones|actos)\b")
REFERRAL = (r"\breferid[oa]s?\b", r"\brecomendaci[óo]n\b", r"\bme\s+(?:lo|la)\s+recomend")
CLIENT = (r"\bclientes?\b",)
ASSISTANT = (r"(?:mi|nuestr[oa]|su)\s+(?:asistente|secretari[oa])",)
CLOSINGS = (
    r"(?:un\s+)?(?:cordial\s+)?saludos?(?:\s+cordiales)?", "atentamente", "cordialmente", r"un\s+abrazo",
    "gracias",
)
PEOPLE_INLINE = (
    r"te\s+reunirás\s+con", r"se\s+reunirá\s+con", r"te\s+entrevistarán", r"te\s+entrevistará",
    r"hablarás\s+con", r"conocerás\s+a", r"tu\s+entrevistador(?:a)?\s+será", r"con\s+quien(?:es)?\s+hablarás",
)
PEOPLE_LIST = ("entrevistadores", "entrevistador(?:a)?", "participantes", "panel", "agenda", r"con")
AND_WORDS = (
    "y",
)
HONORIFICS = ("sr", "sra", "srta", "dr", "dra", "lic", "ing")
TITLE_WORDS = (
    r"reclutador\w*|gerente|directora?|jef[ae]|responsable|ingenier[oa]|técnic[oa]|analista|coordinador\w*",
    r"selección|recursos\s+humanos|consultor\w*|desarrollador\w*|encargad[oa]",
)
YOUR_PAST = (
    r"\b(?:su|tu|sus|tus)\s+(?:\w+\s+){0,2}(?:experiencia|trayectoria|paso|etapa|puesto\s+actual)",
    r"\bactualmente",
)
AT_EMPLOYER = ("en",)
