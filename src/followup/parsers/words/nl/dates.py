"""Dutch words: dates, clock times, zones, lengths and follow-up timelines."""

from __future__ import annotations

WHEN_LABELS = (r"aanvang", r"begintijd", r"start", r"datum", r"tijd", r"tijdstip", r"wanneer", r"dag", r"uur")
END_LABELS = (r"eindtijd", r"einde", r"tot", r"eindigt\s+om")
CHOSEN_OPTION = (
    r"\b(?:eerste|tweede|derde|vierde|laatste)\s+(?:optie|voorstel|moment|tijdslot)\b",
    r"\boptie\s+[1-4]\b",
)
ORDINALS = ("eerste", "tweede", "derde", "vierde", "laatste")
MONTHS = (
    "januari", "februari", "maart mrt", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober okt", "november", "december",
)
WEEKDAYS = (
    "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
)
WEEKDAYS_BEFORE_TIME: tuple[tuple[str, int], ...] = ()
RELATIVE_DAYS = (
    (r"vandaag", 0), (r"vanmiddag", 0), (r"vanavond", 0), (r"morgen", 1), (r"overmorgen", 2),
)
TOMORROW_IS_MORNING: tuple[str, ...] = ()
NOON: tuple[str, ...] = ()
COMMON_WORDS = ("het", "een", "voor", "niet", "wij", "jouw", "uw", "graag")
# The zone a mail in this language means when it names none and its Date says UTC
# (the Netherlands and Flanders: one zone).
HOME_ZONE: tuple[str, ...] = ("Europe/Amsterdam",)
ZONE_TIME = (r"tijd", r"tijdzone")
TIME_RANGE = ("tot",)
CLOCK_WORDS = ("uur", r"u\b")  # "om 10 uur", Flemish "om 10u"
CLOCK_HOURS = (
    ("één", 1), ("een", 1), ("twee", 2), ("drie", 3), ("vier", 4), ("vijf", 5), ("zes", 6), ("zeven", 7),
    ("acht", 8), ("negen", 9), ("tien", 10), ("elf", 11), ("twaalf", 12),
)
CLOCK_HALF_BEFORE = ("half",)
CLOCK_HALF_PAST: tuple[str, ...] = ()
CLOCK_QUARTER_PAST = (r"kwart\s+over",)
CLOCK_QUARTER_BEFORE: tuple[str, ...] = ()
CLOCK_QUARTER_TO = (r"kwart\s+voor",)
CLOCK_AFTER = ((r"uur", 0),)
AT_HOUR = ("om",)
TIME_FROM = ("van",)
DAY_ARTICLES: tuple[str, ...] = ()
DAY_OF_MONTH: tuple[str, ...] = ()
DATE_OF: tuple[str, ...] = ()
DAY_SUFFIXES: tuple[str, ...] = ()
OR_WORDS = ("of", "ofwel")
NUMBERS = (
    ("één", 1), ("een", 1), ("twee", 2), ("drie", 3), ("vier", 4), ("vijf", 5), ("zes", 6),
    ("zeven", 7), ("acht", 8), ("negen", 9), ("tien", 10), ("elf", 11), ("twaalf", 12),
    ("veertien", 14), ("vijftien", 15), ("twintig", 20), ("een paar", 3), ("enkele", 3),
)
UNITS = (
    (r"werkdagen|werkdag", "bday"), (r"dagen|dag", "day"), (r"weken|week", "week"),
    (r"maanden|maand", "month"), (r"uur", "hour"),
)
NEXT_WEEK = (r"volgende\s+week|komende\s+week",)
THIS_WEEK = (r"(?:deze\s+)?week",)
WEEK_OF = (r"week\s+van",)
PLAN_LENGTH = (r"reken\s+op", r"trek", r"houd\s+rekening\s+met", r"plan")
AFTER_EVENT = (r"na\s+(?:het|ons|jullie|je|uw)\s+(?:gesprek|assessment|interview|sollicitatiegesprek)",)
WITHIN = ("binnen", "over", "na")
COUNT_WORDS = ("de", "komende", "volgende", "ongeveer", "circa")
DATE_PREPS = ("voor", "vóór", "uiterlijk", r"uiterlijk\s+op", "op", r"tot\s+en\s+met")
DEADLINE_PREPS = (r"uiterlijk(?:\s+op)?", r"vóór")
BY_PREPS = (r"\bvoor", r"\bvóór", r"\buiterlijk(?:\s+op)?", r"\bbinnen", r"\btot\s+en\s+met")
TIMELINE_TODAY = ("vandaag", "vanavond", r"(?:aan\s+het\s+)?eind(?:e)?\s+van\s+de\s+dag")
# Dutch "morgen" is read by German's entry, with its guards ("'s morgens" is not tomorrow).
TIMELINE_TOMORROW: tuple[str, ...] = ()
TIMELINE_DAY_AFTER = (
    "overmorgen",
)
END_OF = (
    r"(?:aan\s+het\s+|tegen\s+het\s+)?eind(?:e)?(?:\s+van)?",
)
SCHEDULING_TALK = (
    r"beschikba\w*", r"bevestig\w*", r"(?:gesprek|afspraak)\s+(?:is|vindt)", "vragen",
    r"laat\s+(?:het\s+)?(?:ons|me|mij)\s+(?:\w+\s+){0,3}weten", r"reageer\w*",
)
CUE_FOLLOW = (
    r"bel\s+(?:mij|me|ons)|neem\s+(?:gerust\s+)?contact\s+(?:met\s+(?:mij|ons)\s+)?op|mail\s+(?:mij|me|ons)",
)
CUE_DECIDE = (
    r"beslis\w*|besluit|beslissing|(?:we|wij)\s+laten\s+(?:het\s+)?(?:(?:je|u|jou)\s+)?(?:\w+\s+){0,7}weten|terugkoppeling|uitslag|horen|(?:je|u)\s+(?:hoort|ontvangt)\b|(?:we|wij)\s+nemen\s+contact"
    r"|volgende\s+stap(?:pen)?|feedback|terug\s+te\s+koppelen|terugkoppel\w*|uitkomst|hoor\s+(?:je|jij)|hoort\s+u",
)
LENGTH_CUE = (r"\bduur\w*",)
LENGTH_AFTER = (r"duren",)
LENGTH_MORE = (r"nog", r"daarna")
LENGTH_LABELS = (r"duur",)
EARLY = (r"eerder", r"van\s+tevoren", r"vooraf")
LENGTH_NUMBERS = (("een", 1), ("twee", 2), ("drie", 3), ("anderhalf", 1.5), ("half", 0.5), ("paar", 2))
HOUR_UNITS = (r"uur\b", r"uurtje\b")
MINUTE_UNITS = (r"minuten",)
QUARTER_UNITS = (r"kwartier",)
HOUR_AND_HALF = ((r"uur", r"en\s+een\s+half"),)
