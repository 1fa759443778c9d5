"""Portuguese words: who is who (people, agencies, signatures, shared mailboxes)."""

from __future__ import annotations

BOT_SELF = (
    r"\bassistente\s+(?:de\s+recrutamento\s+)?(?:virtual|automatizad[oa]|digital)\b",
)
AGENCY_NAME = (
    r"\b(?:recrutamento|talentos|sele[çc][ãa]o)\b",
)
AGENCY_CLIENT = (
    r"\bnosso\s+cliente,?\s+{CO}",
    r"{CO}\s+(?:gostaria\s+de|quer)\s+(?:te\s+|a\s+|o\s+)?(?:conhecer|entrevistar)",
    r"\bo\s+cliente\s+[ée]\s+(?:a\s+|o\s+)?{CO}",
)
GROUP_NAME = (r"equipe", r"equipa", r"comit[êe]")
ROOM_NAMES = (r"sala\b(?=\s*\w)",)
REFERRAL = (r"\bindica[çc][ãa]o\b", r"\bindicad[oa]\b")
CLIENT = (r"\bclientes?\b",)
ASSISTANT = (r"(?:a\s+minha|o\s+meu|minha|meu|nossa|nosso)\s+(?:assistente|secret[áa]ri[ao])",)
CLOSINGS = (
    "atenciosamente", r"att\.?", "cordialmente", r"(?:um\s+)?abra[çc]os?",
    r"(?:com\s+os\s+)?(?:melhores\s+)?cumprimentos", "sauda[çc][õo]es", r"(?:muito\s+)?obrigad[oa]",
    r"at[ée]\s+breve",
)
PEOPLE_INLINE = (
    r"voc[êe]\s+(?:conversar[áa]|falar[áa]|ser[áa]\s+entrevistad[oa](?:\s+por)?)(?:\s+com)?",
    r"(?:vai|ir[áa])\s+conversar\s+com",
    r"conhecer[áa]s?\s+(?:o|a)",
    r"entrevista\s+com",
    r"(?:o|a|seu|sua)\s+entrevistador(?:a)?\s+ser[áa]",
    r"(?:os|seus)\s+entrevistadores\s+ser[ãa]o",
)
PEOPLE_LIST = ("entrevistadores", "entrevistador(?:a)?", "participantes", "programa", "cronograma", r"com")
AND_WORDS = (
    "e",
)
HONORIFICS = ("sr", "sra", "dr", "dra", "eng", "exma", "exmo")
TITLE_WORDS = (
    r"recrutador\w*|recrutamento|gerente|diretor\w*|coordenador\w*|engenheir[oa]\w*|desenvolvedor\w*",
    r"cientista|especialista|consultor\w*|técnic[oa]|gestor\w*|estagiári[oa]|recursos\s+humanos|rh",
)
YOUR_PAST = (
    r"\b(?:sua|suas|tua|tuas)\s+(?:\w+\s+){0,2}(?:experi[êe]ncias?|trajet[óo]ria|passagem)",
    r"\batualmente",
)
AT_EMPLOYER = ("na", "no", "em")
