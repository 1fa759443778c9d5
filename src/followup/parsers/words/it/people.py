"""Italian words: who is who (people, agencies, signatures, shared mailboxes)."""

from __future__ import annotations

BOT_SELF = (
    r"\bassistente\s+(?:di\s+selezione\s+)?(?:virtuale|automatic[oa]|digitale)\b",
)
AGENCY_NAME = (
    r"\b(?:selezione|reclutamento|head\s?hunting)\b",
)
AGENCY_CLIENT = (
    r"\bnostro\s+cliente,?\s+{CO}", r"{CO}\s+(?:vorrebbe|desidera)\s+(?:conoscer|incontrar)",
    r"\bil\s+cliente\s+[èe]\s+{CO}",
)
GROUP_NAME = (r"squadra", r"comitato", r"commissione")
ROOM_NAMES = (r"sala\b(?=\s*\w)",)
REFERRAL = (r"\bsegnalazione\b", r"\braccomandazione\b", r"\bsegnalat[oa]\b")
CLIENT = (r"\bclient[ei]\b",)
ASSISTANT = (
    r"(?:la\s+mia|il\s+mio|la\s+nostra|il\s+nostro|la\s+sua|il\s+suo)\s+(?:assistente|segretari[ao])",
)
CLOSINGS = (
    r"cordiali\s+saluti", r"distinti\s+saluti", r"(?:un\s+)?cordiale\s+saluto", r"un\s+saluto", "saluti",
    r"grazie(?:\s+mille)?", r"a\s+presto", r"buona\s+giornata",
)
PEOPLE_INLINE = (
    "incontrerai", "incontrerà", r"parlerai\s+con", r"(?:avrai|sosterrai)\s+(?:il\s+|un\s+)?colloquio\s+con",
    r"colloquio\s+con", r"(?:i\s+tuoi|i\s+suoi)\s+interlocutori\s+saranno", r"sarai\s+intervistat[oa]\s+da",
)
PEOPLE_LIST = ("intervistatori", "partecipanti", "interlocutori", "programma", r"con")
AND_WORDS = (
    "e",
)
HONORIFICS = ("sig", "sig.ra", "dott", "dott.ssa", "ing", "avv", "prof")
TITLE_WORDS = (
    r"responsabile|direttore|direttrice|ingegnere|sviluppat(?:ore|rice)\w*|selezionat(?:ore|rice)",
    r"risorse\s+umane|referente|tecnico|consulente|amministrat(?:ore|rice)\w*|coordinat(?:ore|rice)",
)
YOUR_PAST = (
    r"\b(?:sua|tua|suo|tuo|sue|tue)\s+(?:\w+\s+){0,2}(?:esperienz[ae]|percorso|ruolo\s+attuale)",
    r"\battualmente",
)
AT_EMPLOYER = ("presso",)
