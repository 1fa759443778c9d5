"""Catalan words: dates, clock times, zones, lengths and follow-up timelines."""

from __future__ import annotations

WHEN_LABELS = (r"inici", r"hora\s+d[\'’]inici", r"data", r"hora", r"dia", r"quan", r"horari", r"data i hora")
END_LABELS = (r"hora\s+de\s+finalitzaci[óo]", r"fi", r"fins\s+a\s+les", r"acaba\s+a\s+les")
CHOSEN_OPTION = (
    r"\b(?:primera|segona|tercera|quarta|[úu]ltima)\s+(?:opci[óo]|proposta|data)\b",
    r"\bopci[óo]\s+[1-4]\b",
)
ORDINALS = ("primera primer", "segona segon", "tercera tercer", "quarta", "última ultima darrera")
# Months before a vowel are written elided after "de" ("3 d'octubre"): those forms are listed too.
MONTHS = (
    "gener gen", "febrer febr", "març", "abril abr d'abril d’abril", "maig", "juny", "juliol jul",
    "agost d'agost d’agost", "setembre", "octubre oct d'octubre d’octubre", "novembre nov", "desembre",
)
# (dl. dt. dc. dj. dv. ds. dg.: read in quoted headers; too short for the date patterns in running text)
WEEKDAYS = (
    "dilluns dl", "dimarts dt", "dimecres dc", "dijous dj", "divendres dv", "dissabte ds", "diumenge dg",
)
WEEKDAYS_BEFORE_TIME: tuple[tuple[str, int], ...] = ()
RELATIVE_DAYS = (
    (r"avui", 0), (r"aquesta\s+tarda", 0), (r"aquest\s+mat[íi]", 0), (r"dem[àa](?!\s+passat)", 1),
    (r"dem[àa]\s+passat", 2), (r"passat\s+dem[àa]", 2),
)
TOMORROW_IS_MORNING: tuple[str, ...] = ()
NOON = (r"migdia",)
COMMON_WORDS = (
    "amb", "els", "dels", "nosaltres", "vostra", "teva", "gràcies", "salutacions", "aquest", "aquesta",
    "també", "perquè",
)
# The zone a mail in this language means when it names none and its Date says UTC (Catalonia,
# Valencia, the Balearics, Andorra, Roussillon and Alghero all keep Central European time).
HOME_ZONE: tuple[str, ...] = ("Europe/Madrid",)
ZONE_TIME = (r"hora", r"horari", r"zona\s+hor[àa]ria")
TIME_RANGE = ("a", r"a\s+les", r"fins\s+a(?:\s+les)?")
CLOCK_WORDS = (r"hores", r"h\b")
# (Hours after an elided "de": "dos quarts d'onze" 10:30, "tres quarts d'una" 12:45.)
CLOCK_HOURS = (
    ("una", 1), ("dues", 2), ("tres", 3), ("quatre", 4), ("cinc", 5), ("sis", 6), ("set", 7), ("vuit", 8),
    ("nou", 9), ("deu", 10), ("onze", 11), ("dotze", 12), ("d'una", 1), ("d’una", 1), ("d'onze", 11),
    ("d’onze", 11),
)
# "dos quarts de deu": half an hour before ten (9:30). (Patterns: "de" or an elided hour follows.)
CLOCK_HALF_BEFORE = (r"dos\s+quarts\s+de", r"dos\s+quarts")
CLOCK_HALF_PAST: tuple[str, ...] = ()
CLOCK_QUARTER_PAST: tuple[str, ...] = ()
CLOCK_QUARTER_BEFORE = (r"un\s+quart\s+de", r"un\s+quart")  # "un quart de deu": 9:15
CLOCK_QUARTER_TO = (r"tres\s+quarts\s+de", r"tres\s+quarts")  # "tres quarts de deu": 9:45
CLOCK_AFTER = (
    (r"i\s+mitja", 30), (r"i\s+quart", 15), (r"menys\s+quart", -15), (r"en\s+punt", 0),
    (r"del\s+mat[íi]|de\s+la\s+tarda", 0),
)
AT_HOUR = (r"a\s+les", r"a\s+la", r"cap\s+a\s+les")
# "de les 10 a les 11", and "de 10 a 11" when the range ends the phrase or a clock word follows it
# (not "de 2 a 3 setmanes").
TIME_FROM = (
    r"de\s+les",
    r"de(?=\s+\d{1,2}(?:[:.h]\d\d)?\s*(?:-|a)\s*\d{1,2}(?:[:.h]\d\d)?\s*(?:h\b|hores\b|[,.;:)\n]|$))",
)
DAY_ARTICLES = ("el", "dia")  # dijous dia 3
DAY_OF_MONTH = (r"el\s+dia", r"dia")  # "el dia 10 a les 16"
DATE_OF = ("de", "del")  # 3 de desembre del 2026
DAY_SUFFIXES: tuple[str, ...] = ()
OR_WORDS = ("o",)
NUMBERS = (
    ("un", 1), ("una", 1), ("dos", 2), ("dues", 2), ("tres", 3), ("quatre", 4), ("cinc", 5), ("sis", 6),
    ("set", 7), ("vuit", 8), ("nou", 9), ("deu", 10), ("onze", 11), ("dotze", 12), ("tretze", 13),
    ("catorze", 14), ("quinze", 15), ("setze", 16), ("disset", 17), ("divuit", 18), ("dinou", 19),
    ("vint", 20), ("un parell de", 2), ("uns", 3), ("unes", 3), ("alguns", 3), ("algunes", 3),
)
UNITS = (
    (r"dies\s+(?:laborables|h[àa]bils|feiners)", "bday"), (r"dies|dia", "day"),
    (r"setmanes|setmana", "week"), (r"mesos|mes", "month"), (r"hores|hora", "hour"),
)
NEXT_WEEK = (r"la\s+(?:pr[òo]xima|propera)\s+setmana|la\s+setmana\s+(?:que\s+ve|vinent|pr[òo]xima|entrant)",)
THIS_WEEK = (r"(?:la|aquesta)\s+setmana", r"d['’]aquesta\s+setmana")
WEEK_OF = (r"setmana\s+del?",)
PLAN_LENGTH = (r"reserva['’]t", r"reserveu", r"compta\s+amb", r"compteu\s+amb", r"preveu")
AFTER_EVENT = (r"(?:despr[ée]s\s+de|des\s+de)\s+(?:l['’]\s*|la\s+)(?:entrevista|reuni[óo])",)
WITHIN = (r"dins\s+de", "dins", r"en\s+un\s+termini\s+(?:m[àa]xim\s+)?de", r"en\s+el\s+termini\s+de", "en",
          r"d['’]aqu[íi]\s+a")
COUNT_WORDS = (
    "els", "les", "dels", "propers", "properes", "pròxims", "proxims", "pròximes", "proximes", "uns", "unes",
    "aproximadament",
)
DATE_PREPS = (
    r"abans\s+del?", r"per\s+al", r"fins\s+al?", "el", r"dins\s+de", r"com\s+a\s+molt\s+tard\s+el",
    r"com\s+a\s+m[àa]xim\s+el",
)
DEADLINE_PREPS = (r"abans\s+del?", r"fins\s+al?", r"com\s+a\s+(?:molt\s+tard|m[àa]xim)(?:\s+el)?")
BY_PREPS = (r"\babans\s+del?", r"\bfins\s+al?", r"\bper\s+al", r"\bdins\s+de", r"\bel")
TIMELINE_TODAY = ("avui", r"(?:a\s+)?final\s+del\s+dia", r"aquesta\s+tarda")
TIMELINE_TOMORROW = (
    r"dem[àa](?!\s+passat)",
)
TIMELINE_DAY_AFTER = (
    r"dem[àa]\s+passat", r"passat\s+dem[àa]",
)
END_OF = (r"a\s+finals\s+de", r"a\s+finals", r"al\s+final\s+de")
SCHEDULING_TALK = (
    r"disponib\w*", r"(?:confirm(?:ar|i|eu|a|en|ada|at|aci[óo])|confirmeu)\b",
    r"entrevista\s+(?:és|serà|està)", "preguntes", r"fes-nos\s+saber",
    r"feu-nos\s+saber", r"avisa['’]ns", r"aviseu-nos",
)
CUE_FOLLOW = (
    r"truca['’](?:m|ns)|truqueu-(?:me|nos)|contacta['’](?:m|ns)|contacteu-(?:me|nos)|escriu-me|escriviu-me|fer\s+seguiment|seguiment",
)
CUE_DECIDE = (
    r"decid\w*|decisi[óo]|resposta|not[íi]cies|(?:et|us|li)\s+(?:direm|avisarem|contactarem|informarem|escriu"
    r"rem|trucarem|donarem|comunicarem|farem\s+saber)|ens\s+posarem\s+en\s+contacte|(?:propers|pr[òo]xims)\s+passos",
)
LENGTH_CUE = (r"\bdura\w*",)
LENGTH_AFTER = (r"de\s+durada",)
LENGTH_MORE = (r"altres", r"despr[ée]s")
LENGTH_LABELS = (r"durada",)
EARLY = (r"abans", r"d['’]antelaci[óo]", r"d['’]anticipaci[óo]")
LENGTH_NUMBERS = (
    ("una", 1), ("un", 1), ("dues", 2), ("dos", 2), ("tres", 3), ("mitja", 0.5), ("quinze", 15), ("vint", 20),
    ("trenta", 30), ("quaranta-cinc", 45), ("noranta", 90),
)
HOUR_UNITS = (r"hores\b", r"hora\b")
MINUTE_UNITS = (r"minuts?\b",)
QUARTER_UNITS = (r"quarts?\s+d['’]hora",)
HOUR_AND_HALF = ((r"hora", r"i\s+mitja"),)
