"""French words: dates, clock times, zones, lengths and follow-up timelines."""

from __future__ import annotations

WHEN_LABELS = (
    r"d[ée]but", r"heure\s+de\s+d[ée]but", r"date", r"heure", r"quand", r"jour", r"date et heure", r"horaire",
)
END_LABELS = (r"fin", r"heure\s+de\s+fin", r"jusqu['’](?:à|a)", r"se\s+termine\s+(?:à|a|vers)")
CHOSEN_OPTION = (
    r"\b(?:premi[eè]re?|deuxi[eè]me|seconde?|troisi[eè]me|quatri[eè]me|derni[eè]re?)\s+(?:option|proposition|cr[ée]neau|date)\b",
    r"\b(?:option|cr[ée]neau|proposition)\s+[1-4]\b",
)
ORDINALS = (
    "premier première premiere", "deuxième deuxieme second seconde", "troisième troisieme",
    "quatrième quatrieme", "dernier dernière derniere",
)
MONTHS = (
    "janvier janv", "février févr fév fevrier fev", "mars", "avril avr", "mai", "juin", "juillet juil",
    "août aout", "septembre", "octobre", "novembre", "décembre decembre déc",
)
WEEKDAYS = (
    "lundi", "mardi", "mercredi mer", "jeudi jeu", "vendredi ven", "samedi sam", "dimanche dim",
)
WEEKDAYS_BEFORE_TIME: tuple[tuple[str, int], ...] = ()
RELATIVE_DAYS = (
    (r"aujourd'hui", 0), (r"aujourd’hui", 0), (r"cet\s+après-midi", 0), (r"demain", 1),
    (r"après-demain", 2),
)
TOMORROW_IS_MORNING: tuple[str, ...] = ()
NOON = (r"midi",)
COMMON_WORDS = ("le", "les", "vous", "avec", "nous", "votre", "pour", "une", "merci", "bonjour", "est")
# The zone a mail in this language means when it names none and its Date says UTC (France, Canada, Africa).
HOME_ZONE: tuple[str, ...] = ()
ZONE_TIME = (r"heure", r"fuseau")
TIME_RANGE = ("à", "au")
CLOCK_WORDS = (r"heures?", r"h\b")
CLOCK_HOURS = (
    ("une", 1), ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5), ("sept", 7), ("huit", 8), ("neuf", 9),
    ("dix", 10), ("onze", 11), ("douze", 12), ("midi", 12),
)
CLOCK_HALF_BEFORE: tuple[str, ...] = ()
CLOCK_HALF_PAST: tuple[str, ...] = ()
CLOCK_QUARTER_PAST: tuple[str, ...] = ()
CLOCK_QUARTER_BEFORE: tuple[str, ...] = ()
CLOCK_QUARTER_TO: tuple[str, ...] = ()
CLOCK_AFTER = (
    (r"heures?\s+et\s+demie", 30), (r"heures?\s+et\s+quart", 15), (r"heures?\s+moins\s+le\s+quart", -15),
    (r"heures?\s+trente", 30), (r"heures?\s+quinze", 15), (r"heures?\s+quarante-cinq", 45), (r"heures?", 0),
    (r"(?:du\s+matin|de\s+l['’]apr[èe]s-midi)", 0),
)
AT_HOUR = ("à",)
TIME_FROM: tuple[str, ...] = ()
DAY_ARTICLES = ("le", "prochain")  # mardi le 8, mardi prochain 8
DAY_OF_MONTH = (r"le(?=\s+[0-3]?\d\s+[àa]\s+\d)",)  # "le 10 à 16h"
DATE_OF: tuple[str, ...] = ()
DAY_SUFFIXES = ("er",)
OR_WORDS = ("ou",)
NUMBERS = (
    ("un", 1), ("deux", 2), ("trois", 3), ("quatre", 4), ("cinq", 5), ("six", 6), ("sept", 7),
    ("huit", 8), ("neuf", 9), ("dix", 10), ("onze", 11), ("douze", 12), ("treize", 13),
    ("quatorze", 14), ("quinze", 15), ("seize", 16), ("dix-sept", 17), ("dix-huit", 18),
    ("dix-neuf", 19), ("vingt", 20), ("une", 1), ("quelques", 3), ("plusieurs", 3),
)
UNITS = (
    (r"jours\s+ouvr(?:é|e|able)s?", "bday"), (r"jours?", "day"), (r"semaines?", "week"), (r"mois", "month"),
    (r"heures?", "hour"),
)
NEXT_WEEK = (r"(?:la\s+)?semaine\s+prochaine",)
THIS_WEEK = (r"(?:la|cette)\s+semaine",)
WEEK_OF = (r"semaine\s+du",)
PLAN_LENGTH = (
    r"pr[ée]voy(?:ez|ons)", r"pr[ée]vois", r"comptez", r"bloquez", r"pr[ée]voir", r"compter", r"bloquer",
)
AFTER_EVENT = (
    r"(?:apr[èe]s|suivant)\s+(?:l['’]\s*|votre\s+|notre\s+|cet\s+|cette\s+)(?:entretien|entrevue|rencontre|assessment)",
)
WITHIN = ("dans", "sous", r"d[\'’]ici", r"dans\s+un\s+d[ée]lai\s+(?:maximum\s+)?de")
COUNT_WORDS = ("les", "prochains", "prochaines", "environ")
DATE_PREPS = (
    r"d[\'’]ici(?:\s+le)?", r"avant\s+le", "le", r"jusqu[\'’]au", r"au\s+plus\s+tard\s+le", "dans", "sous",
)
DEADLINE_PREPS = (r"d['’]ici(?:\s+(?:le|à))?", r"avant\s+le", r"jusqu['’]au")
BY_PREPS = (r"d[\'’]ici(?:\s+le)?", r"\bavant\s+le", r"\bjusqu[\'’]au", r"\bdans", r"\bsous", r"\ble")
TIMELINE_TODAY = ("aujourd['’]hui", r"ce\s+soir", r"(?:en\s+)?fin\s+de\s+(?:la\s+)?journée")
TIMELINE_TOMORROW = (
    "demain",
)
TIMELINE_DAY_AFTER = (
    "après-demain",
)
END_OF = (
    r"(?:à\s+la\s+|d['’]ici\s+la\s+|la\s+|en\s+)?fin\s+de",
)
SCHEDULING_TALK = (r"entretien\s+(?:est|aura)", r"êtes-vous\s+disponible", r"merci\s+de\s+confirmer")
CUE_FOLLOW = (
    r"appelez(?:-|\s+)(?:moi|nous)|appelle(?:-|\s+)moi|rappelez(?:-|\s+)(?:moi|nous)|m['’]appeler"
    r"|me\s+rappeler|contactez(?:-|\s+)(?:moi|nous)|me\s+contacter|nous\s+contacter|relancez(?:-|\s+)(?:moi|nous)|me\s+relancer|revenez\s+vers\s+(?:moi|nous)",
)
CUE_DECIDE = (
    r"décid\w*|decid\w*|décision|réponse|nouvelles|retour(?!\s+sur\b)|reviendr\w*\s+vers|recontacter\w*"
    r"|prochaines\s+étapes|tiendr\w*\s+au\s+courant|tenir\s+au\s+courant|vous\s+(?:dirons|ferons\s+signe)|communiquer\w*\s+avec\s+vous",
)
LENGTH_CUE = (r"\bdur[ée]\w*",)
LENGTH_AFTER = (r"durer",)
LENGTH_MORE = (r"encore", r"puis")
LENGTH_LABELS = (r"dur[ée]e",)
EARLY = (r"en\s+avance", r"avant")
LENGTH_NUMBERS = (
    ("une", 1), ("un", 1), ("deux", 2), ("trois", 3), ("demi", 0.5), ("quinze", 15), ("vingt", 20),
    ("trente", 30), ("vingtaine", 20), ("trentaine", 30), ("quarantaine", 40),
    ("quarante-cinq", 45), ("soixante", 60), ("septante", 70), ("nonante", 90),
)
HOUR_UNITS = (r"heures?",)
MINUTE_UNITS = (r"minutes?",)
QUARTER_UNITS = (r"quarts?\s+d['’]heure",)
HOUR_AND_HALF = ((r"heure", r"et\s+demie"),)
