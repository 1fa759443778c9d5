"""Italian words: dates, clock times, zones, lengths and follow-up timelines."""

from __future__ import annotations

WHEN_LABELS = (
    r"inizio", r"ora\s+di\s+inizio", r"data", r"ora", r"orario", r"quando", r"giorno", r"data e ora",
)
END_LABELS = (r"ora\s+di\s+fine", r"fine", r"termina\s+alle", r"fino\s+alle")
CHOSEN_OPTION = (
    r"\b(?:prima|seconda|terza|quarta|ultima)\s+(?:opzione|proposta|data)\b",
    r"\bopzione\s+[1-4]\b",
)
ORDINALS = ("prima", "seconda", "terza", "quarta", "ultima")
# Calendar words (plain, lower case): twelve months, seven weekdays (Monday first). Short forms
# that are also ordinary words ("set", "ago", "mag") are left out.
MONTHS = (
    "gennaio gen", "febbraio feb", "marzo", "aprile", "maggio", "giugno giu", "luglio lug", "agosto",
    "settembre sett", "ottobre ott", "novembre", "dicembre dic",
)
WEEKDAYS = (
    "lunedì lunedi", "martedì martedi", "mercoledì mercoledi", "giovedì giovedi", "venerdì venerdi",
    "sabato", "domenica",
)
WEEKDAYS_BEFORE_TIME: tuple[tuple[str, int], ...] = ()
RELATIVE_DAYS = (
    (r"oggi", 0), (r"stamattina", 0), (r"oggi\s+pomeriggio", 0), (r"domani", 1), (r"dopodomani", 2),
)
TOMORROW_IS_MORNING: tuple[str, ...] = ()
NOON = (r"mezzogiorno",)
COMMON_WORDS = (
    "il", "della", "che", "sono", "gli", "con", "alle", "grazie", "di", "per", "nella", "nostra",
    "questo", "anche", "ciao", "cordiali", "saluti", "gentile",
)
# The zone a mail in this language means when it names none and its Date says UTC
# (Italy and Ticino: one zone).
HOME_ZONE: tuple[str, ...] = ("Europe/Rome",)
ZONE_TIME = (r"ora", r"orario", r"fuso")
TIME_RANGE = (r"alle\s+ore", "alle", "a")
CLOCK_WORDS: tuple[str, ...] = ()
CLOCK_HOURS = (
    ("due", 2), ("tre", 3), ("quattro", 4), ("cinque", 5), ("sei", 6), ("sette", 7), ("otto", 8), ("nove", 9),
    ("dieci", 10), ("undici", 11), ("dodici", 12),
)
CLOCK_HALF_BEFORE: tuple[str, ...] = ()
CLOCK_HALF_PAST: tuple[str, ...] = ()
CLOCK_QUARTER_PAST: tuple[str, ...] = ()
CLOCK_QUARTER_BEFORE: tuple[str, ...] = ()
CLOCK_QUARTER_TO: tuple[str, ...] = ()
CLOCK_AFTER = (
    (r"e\s+mezz[ao]", 30), (r"e\s+trenta", 30), (r"e\s+un\s+quarto", 15), (r"e\s+quindici", 15),
    (r"meno\s+un\s+quarto", -15), (r"in\s+punto", 0),
    (r"(?:del|di)\s+pomeriggio|(?:del|di)\s+mattin[oa]|della\s+mattina", 0),
)
AT_HOUR = (r"alle\s+ore", "alle", "ore", r"h\.?")  # "giovedì 17 dic. h 15"
TIME_FROM = (r"dalle\s+ore", "dalle")
DAY_ARTICLES = ("il", "prossimo")  # martedì prossimo 8
DAY_OF_MONTH = (r"il\s+giorno", r"giorno")  # "il giorno 10 alle 16"
DATE_OF = ("di", "del")
DAY_SUFFIXES = ("°", "º")
OR_WORDS = ("o", "oppure", "od")
NUMBERS = (
    ("uno", 1), ("una", 1), ("un", 1), ("due", 2), ("tre", 3), ("quattro", 4), ("cinque", 5),
    ("sei", 6), ("sette", 7), ("otto", 8), ("nove", 9), ("dieci", 10), ("undici", 11), ("dodici", 12),
    ("quindici", 15), ("venti", 20), ("un paio di", 2), ("qualche", 3),
)
UNITS = (
    (r"giorni\s+lavorativi|giorno\s+lavorativo", "bday"), (r"giorni|giorno", "day"),
    (r"settimane|settimana", "week"), (r"mesi|mese", "month"), (r"ore|ora", "hour"),
)
NEXT_WEEK = (r"(?:la\s+)?(?:prossima\s+settimana|settimana\s+prossima)",)
THIS_WEEK = (r"(?:questa\s+|la\s+)?settimana",)
WEEK_OF = (r"settimana\s+del",)
PLAN_LENGTH = (r"prevedi", r"preveda", r"calcola", r"calcoli", r"riserva(?:ti)?", r"prevedere", r"calcolare")
AFTER_EVENT = (
    r"(?:dopo|dal(?:la)?)\s+(?:il\s+|lo\s+|l['’]\s*|la\s+|nostro\s+)?(?:colloquio|incontro|prova)",
)
WITHIN = ("entro", "tra", "fra", "nei", "nelle", r"entro\s+(?:un\s+massimo\s+di|il\s+termine\s+di)")
COUNT_WORDS = ("i", "le", "prossimi", "prossime", "circa")
DATE_PREPS = (r"entro(?:\s+(?:il|l[\'’]))?", r"prima\s+d(?:i|el)", r"non\s+oltre\s+il", "il")
DEADLINE_PREPS = (r"entro(?:\s+(?:il|l['’]))?", r"prima\s+d(?:i|el)", r"non\s+oltre(?:\s+il)?")
BY_PREPS = (r"\bentro(?:\s+(?:il|l[\'’]))?", r"\bprima\s+d(?:i|el)", r"\bnon\s+oltre(?:\s+il)?")
TIMELINE_TODAY = ("oggi", "stasera", r"(?:entro\s+)?(?:la\s+)?fine\s+(?:della\s+)?giornata")
TIMELINE_TOMORROW = (
    "domani",
)
TIMELINE_DAY_AFTER = (
    "dopodomani",
)
END_OF = (
    r"(?:alla\s+|entro\s+la\s+|entro\s+il\s+)?fine\s+(?:della|del|di)",
)
SCHEDULING_TALK = (
    r"disponibil\w*", r"conferm\w*", r"colloquio\s+(?:è|sarà)", "domande",
    r"(?:mi|ci)\s+faccia\s+sapere|fammi\s+sapere|facci\s+sapere", r"rispond\w*",
)
CUE_FOLLOW = (
    r"chiam(?:ami|aci|armi|arci)|contatt(?:ami|aci|armi|arci)|mi\s+contatti|ci\s+contatti|scriv(?:imi|ici)|ricontatt(?:ami|aci)|fare\s+(?:un\s+)?follow-up|sollecit\w*",
)
CUE_DECIDE = (
    r"decision[ei]|decider\w*|riscontro|(?:le|ti)\s+(?:daremo|faremo\s+sapere|comunicheremo|ricontatteremo|scriveremo)|vi\s+faremo\s+sapere|esito|graduatoria|prossimi\s+passi|aggiornamento|feedback",
)
LENGTH_CUE = (r"\bdura\w*", r"\bdurer\w*")
LENGTH_AFTER = (r"durare",)
LENGTH_MORE = (r"altri", r"altre", r"ulteriori", r"poi")
LENGTH_LABELS = (r"durata",)
EARLY = (r"prima", r"in\s+anticipo")
LENGTH_NUMBERS = (
    ("una", 1), ("un", 1), ("due", 2), ("tre", 3), ("mezza", 0.5), ("mezz", 0.5), ("paio", 2),
    ("quindicina", 15), ("ventina", 20), ("trentina", 30), ("quarantina", 40),
)
HOUR_UNITS = (r"ore\b", r"ora\b")
MINUTE_UNITS = (r"minuti",)
QUARTER_UNITS = (r"quart[oi]\s+d['’]ora",)
HOUR_AND_HALF = ((r"ora", r"e\s+mezza"),)
