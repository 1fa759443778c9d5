"""French words: who is who (people, agencies, signatures, shared mailboxes)."""

from __future__ import annotations

BOT_SELF = (
    r"\b(?:assistante?|agent)\s+(?:de\s+recrutement\s+)?(?:virtuel(?:le)?|automatis[ée]e?|num[ée]rique)\b",
)
AGENCY_NAME = (
    r"\b(?:conseil|recrutement|talents|int[ée]rim)\b",
)
AGENCY_CLIENT = (
    r"\bnotre\s+client,?\s+{CO}",
    r"{CO}\s+(?:souhaite|aimerait|voudrait)\s+vous\s+rencontrer",
    r"\ble\s+client\s+est\s+{CO}",
)
GROUP_NAME = (r"[ée]quipe", r"comit[ée]", r"jury")
ROOM_NAMES = (r"salle\b(?=\s*\w)",)
REFERRAL = (r"\brecommandation\b", r"\bcooptation\b", r"\brecommand[ée]e?\b")
CLIENT = (r"\bclient(?:e|s|es)?\b",)
ASSISTANT = (r"(?:mon|ma|notre|son|sa)\s+(?:assistante?|secr[ée]taire)",)
CLOSINGS = (
    r"(?:bien\s+)?cordialement", r"bien\s+à\s+(?:vous|toi)", r"salutations(?:\s+distinguées)?",
    r"merci(?:\s+beaucoup)?", r"bonne\s+(?:journée|soirée)", r"à\s+bientôt",
)
PEOPLE_INLINE = (
    r"vous\s+rencontrerez", r"vous\s+allez\s+rencontrer", r"vous\s+échangerez\s+avec",
    r"vous\s+serez\s+reçue?s?\s+par", r"vous\s+allez\s+échanger\s+avec", r"entretien\s+avec",
)
PEOPLE_LIST = (
    "intervenants", "participants", "recruteurs", "jury", "interlocuteurs", "programme", "planning", r"avec",
)
AND_WORDS = (
    "et",
)
HONORIFICS = ("m", "mme", "mlle", "me", "dr", "pr")
TITLE_WORDS = (
    r"chargée?|recrut\w*|directeur|directrice|ingénieure?|chef|gestionnaire|consultante?|développeur\w*",
    r"rh|drh|responsable",
)
YOUR_PAST = (
    r"\b(?:votre|vos|ton|tes)\s+(?:\w+\s+){0,2}(?:parcours|exp[ée]riences?|poste\s+actuel|travail|ann[ée]es|mission)",
    r"\bactuellement",
)
AT_EMPLOYER = ("chez",)
