"""German words: dates, clock times, zones, lengths and follow-up timelines."""

from __future__ import annotations

WHEN_LABELS = (r"beginn", r"startzeit", r"anfang", r"datum", r"uhrzeit", r"zeit", r"wann", r"termin", r"tag")
END_LABELS = (r"ende", r"endzeit", r"endet(?:\s+um)?", r"bis(?:\s+(?:ca\.|etwa))?")
CHOSEN_OPTION = (
    r"\b(?:erste|zweite|dritte|vierte|letzte)[nr]?\s+(?:termin|option|vorschlag)\b",
    r"\b(?:termin|option|vorschlag)\s+[1-4]\b",
)
ORDINALS = (
    "erste ersten erster", "zweite zweiten zweiter", "dritte dritten dritter", "vierte vierten vierter",
    "letzte letzten letzter",
)
MONTHS = (
    "januar jänner jan", "februar febr", "märz maerz mär", "april", "mai", "juni", "juli", "august",
    "september", "oktober okt", "november", "dezember dez",
)
WEEKDAYS = (
    "montag mo", "dienstag di", "mittwoch mi", "donnerstag do", "freitag fr", "samstag sonnabend sa",
    "sonntag so",
)
# Short weekdays of a quick reply, only right before a time ("Dann Mo um halb elf", "Do um 14 Uhr")
WEEKDAYS_BEFORE_TIME = (("mo", 0), ("di", 1), ("mi", 2), ("do", 3), ("fr", 4))
RELATIVE_DAYS = ((r"heute", 0), (r"morgen", 1), (r"übermorgen", 2))
TOMORROW_IS_MORNING: tuple[str, ...] = ()
NOON: tuple[str, ...] = ()
COMMON_WORDS = ("der", "die", "und", "sie", "ich", "wir", "ihnen", "mit", "für", "nicht", "bitte", "das")
# The zone a mail in this language means when it names none and its Date says UTC
# (Germany, Austria, Switzerland: one zone).
HOME_ZONE: tuple[str, ...] = ("Europe/Berlin",)
ZONE_TIME = (r"zeit", r"zeitzone", r"uhrzeit")
TIME_RANGE = ("bis",)
CLOCK_WORDS = ("uhr",)
CLOCK_HOURS = (
    ("eins", 1), ("zwei", 2), ("drei", 3), ("vier", 4), ("fünf", 5), ("sechs", 6), ("sieben", 7), ("acht", 8),
    ("neun", 9), ("zehn", 10), ("elf", 11), ("zwölf", 12),
)
CLOCK_HALF_BEFORE = ("halb",)
CLOCK_HALF_PAST: tuple[str, ...] = ()
CLOCK_QUARTER_PAST = (r"viertel\s+nach",)
# Austrian and eastern German: "viertel zehn" is 9:15, "dreiviertel zehn" 9:45 (the next hour's quarters)
CLOCK_QUARTER_BEFORE = (r"(?<!drei)(?<!drei\s)viertel",)
CLOCK_QUARTER_TO = (r"viertel\s+vor", r"drei\s*viertel")
CLOCK_AFTER = ((r"uhr\s+drei(?:ß|ss)ig", 30), (r"uhr\s+f[üu]nfzehn", 15), (r"uhr", 0))
AT_HOUR = ("um",)
TIME_FROM: tuple[str, ...] = ()
DAY_ARTICLES = ("den",)
DAY_OF_MONTH = (r"am(?=\s+[0-3]?\d\.\s+um\b)",)  # "am 10. um 16 Uhr"
DATE_OF: tuple[str, ...] = ()
DAY_SUFFIXES = (r"\.",)
OR_WORDS = ("oder", "bzw")
NUMBERS = (
    ("eins", 1), ("zwei", 2), ("drei", 3), ("vier", 4), ("fünf", 5), ("sechs", 6), ("sieben", 7),
    ("acht", 8), ("neun", 9), ("zehn", 10), ("elf", 11), ("zwölf", 12), ("dreizehn", 13),
    ("vierzehn", 14), ("fünfzehn", 15), ("sechzehn", 16), ("siebzehn", 17), ("achtzehn", 18),
    ("neunzehn", 19), ("zwanzig", 20), ("ein", 1), ("eine", 1), ("einem", 1), ("einer", 1),
    ("einen", 1), ("ein paar", 3), ("einigen", 3), ("wenigen", 3),
)
UNITS = (
    (r"werktagen?|werktage|arbeitstagen?|arbeitstage", "bday"), (r"tagen?|tage", "day"), (r"wochen?", "week"),
    (r"monate?n?", "month"), (r"stunden?", "hour"),
)
NEXT_WEEK = (r"(?:der\s+)?(?:nächste[nr]?|kommende[nr]?)\s+woche",)
THIS_WEEK = (r"(?:dieser|der|diese)\s+woche",)
WEEK_OF = (r"woche\s+(?:vom|ab\s+dem|ab)", r"kw\s+ab")
PLAN_LENGTH = (r"planen\s+sie", r"plane", r"rechnen\s+sie\s+mit", r"reservieren\s+sie")
AFTER_EVENT = (
    r"nach\s+(?:dem|unserem|ihrem|deinem)\s+(?:gespräch|termin|interview|hearing|assessment(?:-center)?|probearbeiten)",
)
WITHIN = (r"innerhalb(?:\s+von)?", "binnen", "in")
COUNT_WORDS = ("der", "den", "nächsten", "kommenden", "etwa", "ungefähr", "circa")
DATE_PREPS = (
    r"bis\s+(?:zum|spätestens)?", r"spätestens\s+(?:am|bis)?", r"vor\s+dem", "am", "zum", "innerhalb",
    "binnen",
)
DEADLINE_PREPS = (r"bis(?:\s+zum)?", r"spätestens(?:\s+am)?")
BY_PREPS = (
    r"\bbis(?:\s+zum)?", r"\bspätestens(?:\s+am)?", r"\bvor\s+dem", r"\binnerhalb", r"\bbinnen", r"\bam",
)
TIMELINE_TODAY = (r"noch\s+heute", "heute", "tagesende", "feierabend")
TIMELINE_TOMORROW = (
    r"(?<!guten\s)(?<!am\s)(?<!heute\s)(?<!jeden\s)(?<!den\s)(?<!einen\s)(?<!schönen\s)morgen",
)
TIMELINE_DAY_AFTER = (
    "übermorgen",
)
END_OF = ("ende", r"zum\s+ende", r"bis\s+ende")
SCHEDULING_TALK = (
    "verfügbar", r"bestätig\w*", r"zeit\s+haben", r"haben\s+sie\s+zeit", r"gespräch\s+(?:ist|findet)",
    r"termin\s+(?:ist|am)", "fragen",
)
CUE_FOLLOW = (
    r"rufen\s+sie\s+(?:mich|uns)|ruf\s+(?:mich|uns)|anrufen|melden\s+sie\s+sich|meld\s+dich|kontaktieren\s+sie\s+(?:mich|uns)|nachfragen|nachhaken",
)
CUE_DECIDE = (
    r"entscheid\w*|entschied\w*|rückmeldung|bescheid|melden\s+(?:uns|wir\s+uns)|von\s+uns\s+hören"
    r"|nächsten\s+schritte|hören|feedback|informieren\s+(?:wir\s+)?(?:sie|dich)|ergebnis|hörst\s+du|melde\s+(?:mich|ich\s+mich)",
)
LENGTH_CUE = (r"\bdauer\w*",)
LENGTH_AFTER = (r"dauern",)
LENGTH_MORE = (r"weitere", r"dann")
LENGTH_LABELS = (r"dauer",)
EARLY = (r"vorher", r"fr[üu]her", r"vor\s+beginn")
LENGTH_NUMBERS = (
    ("eine", 1), ("ein", 1), ("zwei", 2), ("drei", 3), ("vier", 4), ("halbe", 0.5), ("eineinhalb", 1.5),
    ("anderthalb", 1.5), ("fünfzehn", 15), ("zwanzig", 20), ("dreißig", 30), ("paar", 2),
)
HOUR_UNITS = (r"stunden?",)
MINUTE_UNITS = (r"minuten",)
QUARTER_UNITS = (r"viertelstunden?",)
HOUR_AND_HALF: tuple[tuple[str, str], ...] = ()
