"""English words: who is who (people, agencies, signatures, shared mailboxes)."""

from __future__ import annotations

BOT_SELF = (
    r"\b(?:virtual|automated|digital|ai)\s+(?:recruiting\s+|recruitment\s+|hiring\s+|scheduling\s+)?assistant\b",
    r"\b(?:i(?:'m|\s+am)\s+an?\s+(?:automated|virtual)\b|(?:recruiting\s+|scheduling\s+)?chatbot\b)",
)
AGENCY_NAME = (
    r"\b(?:recruitment|recruiting|staffing|talent|search|headhunt\w*|resourcing|personnel)\b",
)
AGENCY_CLIENT = (
    r"\b(?:our|my|the)\s+client,?\s+{CO}",
    r"(?:^|\n)[ \t]*client\s*:\s*{CO}",
    r"{CO}\s+(?:would\s+like|wants?|is\s+keen|are\s+keen|have\s+asked)\s+to\s+(?:meet|move\s+forward|invite|interview|speak)",
    r"\b(?:the|my|our)\s+client\s+is\s+{CO}",  # "For reference the client is Harbour & Finch"
)
GROUP_NAME = (
    r"team", r"panel", r"group", r"committee", r"list", r"everyone", r"all\s+hands", r"interviewers",
)
ROOM_NAMES = (
    r"room\b", r"conference\b", r"meeting\s*room\b", r"boardroom\b", r"resource\b", r"zoom\s*room\b",
    r"huddle\b", r"floor\b", r"bldg\b", r"building\b",
)
REFERRAL = (r"\breferr(?:al|ing|ed)\b", r"\bsending\s+(?:\w+\s+){1,2}my\s+way\b")
CLIENT = (r"\bclients?\b",)
ASSISTANT = (r"(?:my|our|his|her|the)\s+(?:personal\s+|executive\s+|team\s+)?(?:pa|ea|assistant|secretary)",)
CLOSINGS = (
    r"(?:best|kind|warm|warmest|many|with\s+best)?\s*(?:regards|wishes)", "best", "cheers",
    r"thanks?(?:\s+you)?(?:\s+(?:again|so\s+much))?", r"many\s+thanks", "thx", r"sincerely(?:\s+yours)?",
    r"yours(?:\s+(?:truly|sincerely))?", r"all\s+the\s+best", r"talk\s+soon", "respectfully", r"take\s+care",
)
PEOPLE_INLINE = (
    r"you(?:'|’)?ll\s+(?:be\s+)?(?:meet(?:ing)?|speak(?:ing)?|talk(?:ing)?|chat(?:ting)?|interview(?:ing)?|connect(?:ing)?)(?:\s+(?:with|to))?",
    r"you\s+will\s+(?:be\s+)?(?:meet(?:ing)?|speak(?:ing)?|talk(?:ing)?|chat(?:ting)?|interview(?:ing)?|connect(?:ing)?)(?:\s+(?:with|to))?",
    r"(?:interview(?:ing)?|meeting|speaking|chatting)\s+with",
    r"interviewed\s+by",
    r"joined\s+by",
    r"you(?:'|’)?re\s+(?:meeting|speaking|interviewing)\s+with",
    r"your\s+interviewers?\s+(?:will\s+be|is|are)",
)
PEOPLE_LIST = (
    "interviewers?", r"interview\s+panel", "panel(?:ists)?", "attendees", "participants",
    r"who\s+you(?:'|’)?ll\s+meet", "schedule", "agenda", "itinerary", r"with",
)
AND_WORDS = (
    "and",
)
HONORIFICS = ("mr", "mrs", "ms", "mx", "dr", "prof")
TITLE_WORDS = (
    r"recruit\w*|sourc(?:er|ing)|talent|acquisition|engineer\w*|manager|management|director|head",
    r"lead|leader|president|vp|svp|evp|avp|officer|ceo|cto|cfo|coo|cio|cpo|chro|founder|co-founder|partner",
    r"specialist|coordinator|consultant|analyst|associate|counsel|attorney|lawyer|designer|developer",
    r"scientist|architect|hr|human\s+resources?|people|administrator|assistant|executive|chief|principal",
    r"staff|senior|sr|junior|jr|intern|advis[oe]r|representative|supervisor|owner|chairman|chair",
    r"professor|fellow|producer|journalist|geologist|generalist|business\s+partner|programmer|researcher",
    r"em|pm|tpm|swe|sre|sde|hrbp|ta|ic",
    r"editor|writer|copywriter|strategist|marketer|accountant|controller|planner|technician|nurse",
)
YOUR_PAST = (
    r"\byour\s+(?:\w+\s+){0,2}(?:experience|time|work|background|role|years?|tenure|job)",
    r"\bcurrently",
)
AT_EMPLOYER = ("at", "@")
