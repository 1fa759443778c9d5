"""English words: dates, clock times, zones, lengths and follow-up timelines."""

from __future__ import annotations

WHEN_LABELS = (
    r"start(?:\s+time)?",
    r"date", r"when", r"time", r"day", r"date and time", r"date & time",
    r"(?:your\s+|time\s+)?slot", r"timings?",  # "Your slot : 10:30 AM - 11:30 AM IST"
)
END_LABELS = (
    r"end\s+time", r"until", r"till",
    r"(?:ends?|finish(?:es)?)(?:\s+(?:at|by|time))?(?:\s+(?:approximately|approx\.?|about|around))?",
)
CHOSEN_OPTION = (
    r"\b(?:first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?:option|slot|one|time)\b",
    r"\b(?:option|slot)\s+(?:#\s*)?[1-4]\b",
)
ORDINALS = ("first 1st", "second 2nd", "third 3rd", "fourth 4th", "last")
MONTHS = (
    "january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
    "august aug", "september sep sept", "october oct", "november nov", "december dec",
)
WEEKDAYS = (
    "monday mon", "tuesday tue tues", "wednesday wed weds", "thursday thu thur thurs", "friday fri",
    "saturday sat", "sunday sun",
)
WEEKDAYS_BEFORE_TIME: tuple[tuple[str, int], ...] = ()
RELATIVE_DAYS = (
    (r"today", 0), (r"tonight", 0), (r"this\s+(?:morning|afternoon|evening)", 0), (r"tomorrow", 1),
    (r"(?:the\s+)?day\s+after\s+tomorrow", 2),
)
TOMORROW_IS_MORNING: tuple[str, ...] = ()
NOON = (r"noon", r"midday")
COMMON_WORDS = ("the", "and", "you", "your", "with", "will", "please")
HOME_ZONE: tuple[str, ...] = ()
ZONE_TIME = (r"times?", r"zone")
TIME_RANGE = ("to", "until", "till", "and")
CLOCK_WORDS = (r"hrs?",)
CLOCK_HOURS = (
    ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7), ("eight", 8),
    ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12),
)
CLOCK_HALF_BEFORE: tuple[str, ...] = ()
CLOCK_HALF_PAST = ("half",)  # British "at half two" (14:30)
CLOCK_QUARTER_PAST: tuple[str, ...] = ()
CLOCK_QUARTER_BEFORE: tuple[str, ...] = ()
CLOCK_QUARTER_TO: tuple[str, ...] = ()
CLOCK_AFTER: tuple[tuple[str, int], ...] = ()  # (English spoken times are read by their own rule)
AT_HOUR = ("at",)
TIME_FROM: tuple[str, ...] = ()
DAY_ARTICLES = ("the",)
DAY_OF_MONTH = (r"on\s+the(?=\s+[0-3]?\d(?:st|nd|rd|th)\b)",)  # "on the 10th at 4pm"
DATE_OF = ("of",)
DAY_SUFFIXES = ("st", "nd", "rd", "th")
OR_WORDS = ("or", "either")
NUMBERS = (
    ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("five", 5), ("six", 6), ("seven", 7),
    ("eight", 8), ("nine", 9), ("ten", 10), ("eleven", 11), ("twelve", 12), ("thirteen", 13),
    ("fourteen", 14), ("fifteen", 15), ("sixteen", 16), ("seventeen", 17), ("eighteen", 18),
    ("nineteen", 19), ("twenty", 20), ("a", 1), ("an", 1), ("a couple of", 2), ("a couple", 2),
    ("couple of", 2), ("a few", 3), ("few", 3), ("several", 3),
)
UNITS = (
    (r"business\s+days?|working\s+days?", "bday"), (r"days?", "day"), (r"weeks?", "week"),
    (r"months?", "month"), (r"hours?", "hour"),
)
NEXT_WEEK = (r"next\s+week|the\s+following\s+week",)
THIS_WEEK = (r"(?:the|this)\s+week",)
WEEK_OF = (r"w/c", r"w\.c\.", r"week\s+(?:of|beginning|starting|commencing)")
PLAN_LENGTH = (
    r"(?:please\s+)?allow", r"(?:please\s+)?(?:set|put)\s+aside", r"(?:please\s+)?block\s+(?:out\s+)?",
    r"plan\s+(?:for|on)",
)
AFTER_EVENT = (
    r"(?:after|following|of)\s+(?:the|your|our)\s+(?:interview|call|conversation|meeting|onsite|on-site|assessment|visit|presentation|final\s+round)",
    r"from\s+(?:now|today)",
)
WITHIN = ("in", "within", "after", "over")
COUNT_WORDS = ("the", "next", "coming", "about", "around", "roughly", "approximately")
DATE_PREPS = (
    "by", "before", "until", "till", "til", r"no\s+later\s+than", "within", "in", "after", "on", "around",
    "for", "the",
)
DEADLINE_PREPS = (r"by", r"before", r"until", r"till", r"no\s+later\s+than")
BY_PREPS = (
    r"\bby", r"\bbefore", r"\buntil", r"\btill", r"\bwithin", r"\bin", r"\bno\s+later\s+than", r"\bon",
)
TIMELINE_TODAY = (
    r"(?:the\s+)?end\s+of\s+(?:the\s+)?(?:business\s+)?day", "eod", "cob", r"close\s+of\s+business", "today",
    "tonight",
)
TIMELINE_TOMORROW = (
    "tomorrow",
)
TIMELINE_DAY_AFTER = (
    r"day\s+after\s+tomorrow",
)
END_OF = (
    r"(?:the\s+)?end\s+of",
)
SCHEDULING_TALK = (
    r"(?:interview|call|meeting|chat|session|conversation|appointment)\s+(?:is|will\s+be|has\s+been|was)\b",
    # (not the company's "we will confirm the outcome")
    "available", "availability", r"(?<!\bwe\s)(?<!\bwill\s)(?<!\bwe'll\s)confirm\w*", "rsvp",
    r"let\s+(?:us|me)\s+know",
    r"get\s+back\s+to\s+(?:us|me)", "reply", r"respond(?!\s+to\s+you)", "submit", "complete", "return",
    r"sign\s+up", "register", "questions?", "webinar",
)
CUE_FOLLOW = (
    r"call\s+(?:me|us|back)|give\s+(?:me|us)\s+a\s+(?:call|ring|shout)|ring\s+me|follow(?:\s+|-)?up"
    r"|reach\s+out|check\s+(?:back|in)|touch\s+base|ping\s+(?:me|us)|contact\s+(?:me|us)|(?:e-?mail|text|phone)\s+(?:me|us)|get\s+in\s+touch\s+with\s+(?:me|us)|circle\s+back",
)
CUE_DECIDE = (
    r"decid\w*|decision|hear\s+(?:back|from\s+(?:us|me|them))|let\s+you\s+know"
    r"|get\s+back\s+to\s+(?!us\b|me\b)\w+|come\s+back\s+to\s+you|be\s+in\s+touch|get\s+in\s+touch\s+with\s+you|reach\s+out\s+to\s+you|contact\s+you"
    r"|next\s+steps?|feedback|update\s+you|an\s+update|outcome|respond\s+to\s+you|news\s+for\s+you|inform\s+you\s+(?:of|about)\s+(?:the\s+|our\s+)?(?:results?|decision)|notify\s+you",
    r"let\s+(?:everyone|all\s+(?:the\s+)?candidates|candidates|each\s+candidate)\s+know",
)
LENGTH_CUE = (r"\bduration\w*", r"(?<!\bthe\s)\blast(?:s|ing)?\b", r"\btakes?\b", r"\blength\b")
LENGTH_AFTER: tuple[str, ...] = ()
LENGTH_MORE = (r"another", r"a\s+further", r"then")
LENGTH_LABELS = (r"duration", r"length")
EARLY = (
    r"early", r"earlier", r"before", r"beforehand", r"prior", r"ahead", r"in\s+advance",
    r"to\s+(?:check|sign)", r"grace", r"buffer", r"late",
)
LENGTH_NUMBERS = (
    ("one", 1), ("two", 2), ("three", 3), ("four", 4), ("a", 1), ("an", 1), ("half", 0.5), ("half-an", 0.5),
    ("half an", 0.5), ("fifteen", 15), ("twenty", 20), ("thirty", 30), ("forty-five", 45), ("sixty", 60),
    ("ninety", 90), ("couple of", 2),
)
HOUR_UNITS = (r"hours?", r"hrs?")
MINUTE_UNITS = (r"minutes?", r"mins?\b")
QUARTER_UNITS = (r"quarters?\s+of\s+an\s+hour",)
HOUR_AND_HALF = ((r"hour", r"and\s+a\s+half"),)
