"""Catalan words: who is who (people, agencies, signatures, shared mailboxes)."""

from __future__ import annotations

BOT_SELF = (
    r"\bassistent\s+(?:de\s+(?:selecci[óo]|contractaci[óo])\s+)?(?:virtual|automatitzat|digital)\b",
)
AGENCY_NAME = (
    r"\b(?:selecci[óo]|headhunters?)\b",
)
AGENCY_CLIENT = (
    r"\bel\s+nostre\s+client,?\s+{CO}",
    r"{CO}\s+(?:vol|voldria|li\s+agradaria)\s+(?:con[èe]ixer|entrevistar)",
    r"\bel\s+client\s+[ée]s\s+{CO}",
)
GROUP_NAME = (r"equip", r"comit[èe]")
ROOM_NAMES = (r"sala\b(?=\s*\w)",)
REFERRAL = (r"\brecomanaci[óo]\b", r"\brecomanad[ae]\b")
CLIENT = (r"\bclients?\b",)
ASSISTANT = (r"(?:la\s+meva|el\s+meu|la\s+nostra|el\s+nostre)\s+(?:assistent[a]?|secret[àa]ri[a]?)",)
CLOSINGS = (
    r"(?:moltes\s+)?salutacions(?:\s+cordials)?", r"(?:ben\s+)?cordialment",
    r"una\s+(?:forta\s+)?abra[çc]ada", r"(?:moltes\s+)?gr[àa]cies", r"atentament", r"fins\s+aviat",
    r"(?:rep|rebeu)\s+una\s+cordial\s+salutaci[óo]", r"una\s+salutaci[óo](?:\s+cordial)?",
)
PEOPLE_INLINE = (
    r"et\s+reunir[àa]s\s+amb", r"parlar[àa]s\s+amb", r"parlareu\s+amb", r"us\s+reunireu\s+amb",
    r"t['’]entrevistar[àa]n?", r"coneixer[àa]s\s+(?:a\s+)?", r"el\s+teu\s+entrevistador\s+ser[àa]",
    r"la\s+teva\s+entrevistadora\s+ser[àa]",
)
PEOPLE_LIST = ("entrevistadors", "entrevistador(?:a)?", "participants", "panel", "agenda", r"amb")
AND_WORDS = (
    "i",
)
HONORIFICS = ("sr", "sra", "srta", "dr", "dra")
TITLE_WORDS = (
    r"reclutador\w*|gerent|director(?:a)?|cap\s+de|responsable|enginyer(?:a)?|t[èe]cnic(?:a)?|analista|coordinador\w*",
    r"selecci[óo]|recursos\s+humans|consultor\w*|desenvolupador\w*|encarregad[ae]",
)
YOUR_PAST = (
    r"\b(?:teva|vostra|seva|teu|vostre|seu|teves|teus)\s+(?:\w+\s+){0,2}(?:experi[èe]ncia|traject[òo]ria|etapa|feina\s+actual|lloc\s+actual)",
    r"\bactualment",
)
AT_EMPLOYER = ("a", "en")
