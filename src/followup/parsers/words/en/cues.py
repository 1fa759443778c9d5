"""English words: what a mail is (an interview, a look-alike, a move, a cancellation)."""

from __future__ import annotations

INTERVIEW = (
    # an assessment set for a time ("complete our Excel modelling assessment. It is scheduled for: …")
    r"\bassessment\b[^.?\n]{0,10}[.:]?\s*(?:it|this)\s+(?:is|has\s+been)\s+scheduled\b",
    # "Your technical assessment with Orbital Skyworks has been scheduled"
    r"\byour\s+(?:technical\s+|skills\s+|coding\s+|live\s+)?assessment\b[^.?\n]{0,60}?\b(?:has\s+been|is)\s+(?:scheduled|confirmed|booked)\b",
    r"\b(?:interview(?:s|ing|ed)?\b(?![-‐](?:style|like|ready|proof))|interivew|phone[\s-]?screen)",
    r"\b(?:tech(?:nical)?[\s-]screen|screening\s+call\b|recruiter\s+(?:call|screen|chat|intro(?:duction)?)\b)",
    r"\binitial\s+(?:screening\s+)?(?:call|chat|conversation|screen)\b",
    r"\b(?:hiring\s+manager\s+(?:call|chat|screen)|on-?site\s+(?:loop|visit|round)\b)",
    r"\b(?:virtual|final|remote)\s+on-?site\b",
    r"\b(?:final|second|2nd|third|3rd|first|1st|next)\s+(?:round|stage)\b",
    r"\b(?:technical|tech|coding|onsite|on-site|panel|behaviou?ral|culture|values|case|hiring[\s-]manager)\s+(?:round|session|loop)\b",
    r"\b(?:round\s+[1-9]\b|(?:first|1st|second|2nd|final)[\s-]round\s+(?:calls?|chats?|conversations?)\b)",
    r"\b(?:panel\s+(?:interview|loop)\b|coding\s+(?:challenge\s+review|session|exercise\s+review)\b)",
    r"\b(?:system\s+design\s+(?:session|round|conversation|discussion|chat)\b|case\s+interview\b)",
    r"^\s*on-?site\s*[:\-–]",
    # "Ethan Valdez - onsite Thursday 12/10" (an onsite on a day; not "onsite Monday to Thursday")
    r"(?<!\bwork\s)(?<!\bdays\s)\bon-?site\s+(?:on\s+)?(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri)(?:day)?\b"
    r"(?!\s*(?:-|–|to|through|thru|and)\s*(?:mon|tue|wed|thu|fri|sat|sun))",
    r"\b(?:your|the)\s+on-?site\s+(?:schedule|day|agenda|visit|interviews?)\b",
    r"\b(?:portfolio\s+(?:review|presentation|walkthrough)\b|technical\s+deep[\s-]?dive\b)",
    r"\bpair(?:ing)?[\s-]programming\s+(?:session|interview|exercise)\b",
    r"\b(?:pairing\s+(?:session|interview|exercise)\b|(?:onsite|on-site)\s+panel\b)",
    r"\b(?:analytics|technical|tech|hiring|interview|design|engineering|leadership|final)\s+panel\b",
    r"\b(?:panel\s+for\s+the\s+[\w\s/&-]{2,40}\s+(?:role|position)\b|trial\s+(?:day|shift)\b|\bimmersion\s+day\b|\bwork\s+trial\b)",
    r"\b(?:assessment[\s-](?:centre|center|day)\b|intro(?:ductory)?\s+(?:chat|call|conversation)\b)",
    r"\b(?:your\s+on-?site\b(?!\s+(?:parking|lunch|gym|cafeteria|canteen))|telephone[\s-]?screen)",
    r"\bwhiteboard(?:ing)?\s+(?:session|exercise|interview|challenge)\b",
    r"\b(?:design|take[\s-]?home|technical|case|coding)\s+(?:task|exercise|assignment|challenge)\s+(?:review|presentation|debrief|walk-?through)\b",
    r"\breview\s+call\s+to\s+(?:talk|walk)\s+(?:us|me)\s+through\b",
    r"\b(?:final|virtual)\s+loop\b(?!\s+(?:of|around)\b)|\bsuper\s?day\b",
    r"\b(?:sales\s+)?role[\s-]?play\s+(?:exercise|interview|round|session)\b",
    r"\bcase\s+(?:study\s+)?presentation\b|\bpresentation\s+(?:round|interview)\b",
    r"\b(?:conversation|chat|call|meeting)\s+with\s+(?:the|our)\s+hiring\s+manager\b",
    r"\btake[\s-]?home\s+review\b",
    # Indian recruiting's rounds ("Managerial round", "L2 round", "HR round", "F2F discussion")
    r"\b(?:managerial|techno[\s-]?managerial|hr|l[1-4]|director|client|bar[\s-]raiser)\s+(?:round|interview)\b",
    r"\bf2f\s+(?:round|interview|discussion|meeting)\b|\btechnical\s+(?:discussion|conversation)\b",
    r"\btr[\s-]?[1-4]\b",  # technical round 1, 2 … ("your TR2 (design + coding)", "tomorrow's TR1")
    r"\bround\s+with\s+(?-i:[A-Z][a-z])|\byour\s+(?:[\w-]+\s+)?loop\b",
    r"\b(?:in[\s-]person|on-?site)\s+(?:technical\s+|coding\s+|skills\s+)?(?:test|assessment|exercise)\b",
    r"\blive\s+(?:[\w-]+\s+)?(?:test|exercise|challenge|assessment|case(?:\s+study)?)\b|\b(?:technical|coding)\s+(?:test|challenge)\s+session\b",
    r"\bwritten\s+(?:test|exam|assessment|exercise)\b",
    # a test the candidate sits at a fixed time ("take our online coding test at the fixed time below",
    # "invited to sit the computer-based reasoning tests")
    r"\b(?:coding|aptitude|psychometric|computer[\s-]based|reasoning)\s+(?:[\w-]+\s+)?tests?\b",
    r"\b(?:proctored|supervised|invigilated)\s+(?:online\s+)?(?:technical\s+|coding\s+)?(?:assessment|test|exam|session)\b",
    # invited to an assessment as a stage ("we would like to invite you to an online technical assessment")
    r"\binvit(?:e|ed|ing)\s+you\s+to\s+(?:an?|the|our)\s+(?:online\s+|on-?site\s+|in-person\s+)?(?:technical\s+|skills?\s+|coding\s+)?assessment\b(?!\s+(?:link|platform|portal))",
    r"\bpresent\s+your\s+(?:solution|take[\s-]?home|case\s+study|assignment)\b",
    # invited to a technical test ("we would like to invite you to the online technical test")
    r"\binvit(?:e|ed|ing)\s+you\s+to\s+(?:take\s+|sit\s+)?(?:an?|the|our)\s+(?:online\s+|on-?site\s+|in-person\s+)?(?:technical|coding|skills?)\s+(?:test|exercise|challenge)\b",
)
CANDIDATE_FRAMING = (
    r"\bfingers\s+crossed\b|\bkeeping\s+(?:my|our)\s+fingers\s+crossed\b",  # a friend's wish to the candidate
    r"\byour\s+(?:upcoming\s+|scheduled\s+|phone\s+|video\s+|virtual\s+|on-?site\s+|technical\s+|final\s+|"
    r"first\s+|second\s+|next\s+)*(?:interview|screen|call\s+with|conversation\s+with|meeting\s+with)",
    r"\b(?:interview(?:ing)?\s+with\s+you\b|invite\s+you\s+(?:to|for)\b|inviting\s+you\b)",
    r"\byou(?:'ll|\s+will)\s+(?:be\s+)?(?:meet(?:ing)?|speak(?:ing)?|interview(?:ing)?|talk(?:ing)?|chat(?:ting)?)\s+with\b",
    r"\b(?:you(?:'re|\s+are)\s+scheduled\b|scheduled\s+to\s+begin\s+with\s+us\b)",
    r"\b(?:like|love|want)\s+to\s+(?:invite|schedule|set\s+up|arrange|conduct)\s+(?:you|an?\s+(?:\w+\s+)?interview)",
    r"\blook(?:ing)?\s+forward\s+to\s+(?:meeting|speaking\s+with|talking\s+(?:to|with)|seeing)\s+you\b",
    r"\b(?:confirm(?:ing|ation)?\s+(?:of\s+)?(?:your\s+)?interview\b|your\s+application\b)",
    r"\b(?:the\s+interview\s+will\s+be\b|we\s+will\s+call\s+you\b|call\s+you\s+at\b|congratulations\b)",
    r"\b(?:thanks?\s+(?:you\s+)?for\s+your\s+interest\b|moved\s+your\b)",
    r"\binterview\s+for\s+the\s+[\w\s/&-]{2,50}\s+(?:position|role)\b",
    r"\b(?:i(?:'ve|\s+have)|we(?:'ve|\s+have))\s+(?:booked|scheduled|set\s+up|got)\s+(?:you|your)\b",
    r"\b(?:(?:would\s+)?(?:like|love)\s+to\s+meet\s+you\b|move\s+you\s+forward\b)",
    r"\b(?:we(?:'re|\s+are)|you(?:'re|\s+are))\s+all\s+set\s+for\b",
    r"\b(?:see\s+you\s+(?:then|on\s+(?:mon|tue|wed|thu|fri))|locked\s+in\b)",
    r"\b(?:your\s+(?:[\w-]+\s+){0,3}(?:interview|on-?site|screen|loop)\b|here\s+is\s+your\s+schedule\b)",
    r"\b(?:your\s+recruiter\b|you(?:'re|\s+are)\s+(?:booked|all\s+set|confirmed)\b|booked\s+you\s+in\b)",
    r"\b(?:as\s+agreed\b|(?:best\s+of|good)\s+luck\b)",
    r"\bforwarding\s+you\s+(?:the|your)\s+(?:invite|invitation)\b",
    r"\bdear\s+(?:all\s+)?candidates\b",
    r"\byour\s+(?:[\w-]+\s+){0,2}(?:technical|coding)\s+(?:test|challenge|assessment|exercise)\b",
    r"\b(?:wants?|is\s+keen|are\s+keen)\s+to\s+meet\s+you\b",
    r"\b(?:bring|have)\s+you\s+in\s+(?:for\b|to\s+meet\b|!)|\bwants?\s+to\s+bring\s+you\s+in\b",
    r"\bcop(?:y|ies)\s+of\s+your\s+(?:resume|résumé|cv)\b",
    r"\byou\s+have\s+been\s+(?:shortlisted|selected|invited)\b",
    r"\bthank(?:s|\s+you)\s+(?:very\s+much\s+)?for\s+applying\b",
    r"\b(?:would|'d)\s+like\s+you\s+to\s+(?:take|sit|attend|join|complete)\b",
)
CANDIDATE_STRONG = (
    r"your\s+(?:\w+\s+){0,3}interview",
    r"you(?:'ll|\s+will)\s+(?:be\s+)?(?:meet|speak|interview)(?:ing)?\s+with",
    r"interview(?:ing)?\s+with\s+you", r"invite\s+you",
)
MEETING_WORDS = (
    "interview", "conversation", "call", "chat", "session", "meeting", "screen", r"video\s+call",
)
# The last word of a job title ("Product Designer", "Store Manager"): never a person's surname.
_job_title = (
    r"(?:engineer|developer|designer|producer|researcher|manager|analyst|scientist|lead|director|consultant|"
    r"specialist|coordinator|associate|intern|architect|administrator|accountant|controller|recruiter|"
    r"writer|editor|marketer|representative|officer|supervisor|assistant|technician|nurse|teacher|strategist|planner|advisor|adviser|agent|clerk|cashier|operator|partner|executive|head)s?"
)
INTERVIEWER_FRAMING = (
    r"\b(?:the\s+candidates?\b|(?:these|our|your|external|internal|all)\s+candidates\b)",
    r"\b(?:as|the|our|more|additional|other|\d+|all|fellow)\s+interviewers\b",
    r"\binterviewers\s+(?:needed|for\s+the|will|are|please|should|must)\b",
    r"\bas\s+(?:an\s+)?interviewers?\b",
    r"\b(?:please\s+)?(?:provide|send|submit)\s+(?:me\s+|us\s+)?(?:your\s+)?feedback\b",
    r"\b(?:need\s+your\s+feedback\b|your\s+feedback\s+on\s+(?:the\s+)?candidates?\b|"
    # (not a business's: "carrier scorecards", "a balanced scorecard")
    r"(?<!carrier\s)(?<!vendor\s)(?<!supplier\s)(?<!balanced\s)(?<!customer\s)(?<!kpi\s)scorecards?\b)",
    r"\b(?:interview\s+kit\b|evaluation\s+forms?\b)",
    r"\b(?:debrief\s+(?:afterwards|will\s+follow|session|meeting|room|at\s+\d)\b|de-brief\b)",
    r"\b(?:(?:with|and)\s+a\s+debrief\b|(?:debrief|calibration|hiring\s+committee)\s*:)",
    r"\b(?:hire\s*/\s*no[\s-]hire\b|(?:your|their)\s+interview\s+notes\b|(?:his|her|their)\s+resume\b)",
    r"\bresumes?\s+(?:attached|will\s+be\s+(?:sent|forwarded|delivered))\b",
    r"\b(?:attached\s+(?:is\s+)?(?:the\s+)?resume|please\s+interview\b)",
    r"\binterview\s+(?:list|packets?|participants)\b",
    r"\b(?:bring\s+\w+(?:\s+\w+)?\s+(?:in|down|to\s+\w+)\s+for\s+(?:an?\s+)?interview|candidate's\b)",
    r"\b(?:volunteers?\b|to\s+interview\s+(?:him|her|them|candidates)\b)",
    r"\binterview\s+schedule\s+for\s+(?-i:[A-Z])",
    # "interview for Jane Doe" (a person), not "your interview for Product Designer" (a job title)
    r"(?<!\byour\s)\b(?:phone\s+|telephone\s+|video\s+)?interview\s+for\s+"
    r"(?!(?-i:(?:[A-Z][\w/&-]*\s+){0,3})" + _job_title + r"\b)"
    r"(?-i:(?:Mr\.?\s+|Ms\.?\s+|Dr\.?\s+)?[A-Z][a-z]+\s+[A-Z][a-z]+)",
    r"\byou\s+(?:to\s+)?interview\s+(?-i:[A-Z][a-z])",
    r"\b(?:resumes\b|candidate\s+(?:packet|profile|summary)\b|hiring\s+team\s+(?:sync|debrief)\b)",
    r"\bour\s+candidate\b",
    r"\bcandidate\s*:\s*(?-i:[A-Z])",
    r"\b(?:the\s+)?candidate\s+is\s+(?-i:[A-Z])",
    r"\bjoin\s+(?:the|our|my)\s+(?:interview(?:ing)?\s+|hiring\s+)?panel\b",
    r"\b(?:attached|enclosed)\s+(?:is\s+|please\s+find\s+)?my\s+(?:updated\s+)?(?:cv|resume|résumé)\b",
    r"\b(?:my\s+(?:updated\s+)?(?:cv|resume)\s+(?:is\s+)?attached\b|cvs\b)",
    r"\b(?:evaluation|feedback|assessment)\s+(?:sheet|grid|rubric)\b",
)
PRESS = (
    r"\brecording\s+session\b|\bstudio\s+link\b",
    # a podcast's booking
    r"\bguest\s+link\b|\b(?:episode|show)\s+(?:should\s+|will\s+)?go(?:es)?\s+live\b|\bproducer\b",
    r"\b(?:journalists?\b|reporters?\b|magazine\b|newspaper\b|editor(?:ial)?\b|article\b|podcast\b)",
    r"\b(?:radio\b|television\b|tv\b|broadcast\b)",
    r"\bmedia\b(?<!\by\smedia)",  # (not Spanish "una hora y media": half an hour)
    r"\b(?:press\b|publication\b|column(?:ist)?\b|news(?:cast|room|paper|desk|letter\s+editor)\b)",
    r"\bnews\s+(?:site|outlet|story|segment|program|anchor)\b",
    r"\b(?:staff|senior|freelance|contributing|tech|science|features?)\s+(?:writer|editor|reporter)\b",
    r"\b(?:writer\b|correspondent\b|episode\b|on\s+the\s+record\b)",
    r"\b(?:january|february|march|april|may|june|july|september|october|november|december|spring|summer|fall|autumn|winter|holiday)\s+issue\b",
    r"\b(?:cover\s+story\b|(?:for|as)\s+(?:a\s+)?quotes?\b)",
    r"\b(?:piece|story|article|feature)\s+(?:is\s+)?(?:slated|scheduled|set|due|going)\s+to\s+(?:run|publish|air|go\s+live)\b",
    r"\b(?:episode\b|our\s+guest\b|listeners?\b|(?:the|our)\s+show\b|sound\s+check\b|story\b)",
    r"\b(?:august|next|upcoming|this\s+month's)\s+issue\b",
    # (lower case: the table runs case-insensitively, and on lower-cased text when all of it is lower case)
    r"\bcnbc\b|\bcnn\b|\bcnnfn\b|\bbloomberg\b|\breuters\b|\bchronicle\b|\beconomist\b|\bfortune\b|\bforbes\b|\bwsj\b",
    r"\b(?:presenters?|on\s+air|\d{2,3}(?:[.,]\d)?\s?fm)\b",
)
ACADEMIC = (
    r"\b(?:class\s+(?:paper|project|assignment)\b|(?:graduate|term|research)\s+paper\b|thesis\b)",
    r"\b(?:dissertation\b|for\s+(?:a|my)\s+(?:class|paper|course)\b)",
)
OTHER_INTERVIEWS = (
    r"\b(?:update|change)\s+your\s+rsvp\b|\blightning\s+talks?\b",  # a meetup
    r"\b(?:mortgage|home\s+loan|loan\s+application|financial\s+(?:advisor|adviser|planner)|(?:bank|branch)\s+appointment)\b",
    r"\b(?:isn't|is\s+not|not)\s+(?:part\s+of\s+)?(?:a|an|any)\s+(?:formal\s+|job\s+)?interview",
    r"\b(?:exit\s+interviews?\b|fbi\b|investigat|due\s+diligence\b|data\s+room\b)",
    r"\b(?:interview(?:er|ing)?\s+training\b|speakers?\s*:|mic\s+check\b|admissions?\b)",
    r"\b(?:mba\s+(?:program|interview)\b|interview[^\s]*training\b|reference\s+(?:checks?|calls?)\b)",
    r"\b(?:tax\s+(?:advisor|adviser|return|appointment)\b|info(?:rmation(?:al)?)?\s+session\b)",
    r"\b(?:(?:isn't|is\s+not|not|never)\s+(?:a\s+|an\s+)?(?:formal\s+|job\s+)?interview\b|registrants\b)",
    r"\b(?:open\s+house\b|career\s+(?:day|event|night|evening)\b)",
    r"\b(?:promotion\s+(?:panel|committee|case|packet|interview)\b|internal\s+promotion\b)",
    r"\binterview\s+(?:has\s+been|was)\s+completed\b",
    r"\b(?:tell\s+us\s+how\s+(?:it|your\s+interview)\s+went\b|how\s+did\s+(?:it|your\s+interview)\s+go\b)",
    r"\b(?:rate\s+your\s+(?:interview|experience)\b|one[-\s]way\s+(?:video\s+)?interview\b)",
    r"\b(?:on[-\s]demand\s+(?:video\s+)?interview\b|async(?:hronous)?\s+(?:video\s+)?interview\b)",
    r"\b(?:record\s+your\s+(?:answers?|responses?)\b|at\s+a\s+time\s+that\s+suits\s+you\b)",
    r"\b(?:(?:as|be|being)\s+a\s+reference\b|keynote\b|call\s+for\s+(?:papers|proposals|speakers)\b)",
    r"\b(?:interviewing\s+skills\b|(?:jobs?|careers?|recruitment|hiring|talent)\s+(?:fair|expo)\b|workshop\b|webinar\b|seminar\b)",
    r"\bfirst[\s-]come,?\s+first[\s-]serve[ds]?\b",  # interviews or places for whoever comes first
    r"\b(?:masterclass\b|interview\s+(?:tips|skills|questions\s+to)\b|tips\s+(?:on|for)\s+interview)",
    r"\b(?:how\s+to\s+(?:ace|prepare|nail|pass|crack)\b|unsubscribe\b|blog(?:beitrag|post|artikel)?\b)",
    # job-alert digests ("12 new jobs for Backend Developer", "jobs matching your profile")
    r"\b\d+\s+new\s+jobs?\s+(?:for|matching)\b|\bjobs?\s+matching\s+your\s+profile\b|\brecommended\s+jobs\b",
    # advice and events about interviews in general ("Ace your data interview", "Interview Prep Weekly")
    r"\b(?:ac(?:e|ing)|nail(?:ing)?|crack(?:ing)?)\s+(?:your|the|any)\s+(?:[\w-]+\s+){0,2}interviews?\b|\binterview\s+prep\b",
    r"\bview\s+(?:this\s+email\s+)?in\s+(?:your\s+)?browser\b",
    r"\b(?:mock|practice)\s+(?:[\w-]+\s+){0,3}interviews?\b",
    r"\b(?:career\s+(?:coach(?:ing)?|services|cent(?:er|re))\b|thank\s+you\s+for\s+registering\b)",
    r"\b(?:you(?:'re|\s+are)\s+(?:now\s+)?registered\b|registration\s+(?:confirm\w*|is\s+confirmed)\b)",
    r"\b(?:cracking|acing|mastering|nailing|crack|master)\s+(?:the\s+|your\s+)?(?:\w+\s+){0,3}interviews?\b",
    r"\b(?:visa\s+(?:interview|appointment)\b|(?:consulate|embassy)\b|informational\s+interview\b)",
    r"\bbiometrics?\s+(?:appointment|collection|enrol?ment)\b|\b(?:immigration|citizenship|passport)\s+(?:appointment|interview|office|test)\b",
    r"\b(?:user\s+(?:interview|research)\b|customer\s+interview\b)",
    r"\b(?:research\s+(?:study|participant|session)\b|focus\s+group\b|survey\b|appointment\s+reminder\b)",
    r"\b(?:your\s+appointment\b|dentist\b|doctor\b|patient\b|gift\s+card\b)",
    r"\b(?:no\s+right\s+or\s+wrong\s+answers?\b|research\s+interview\b)",
    r"\b(?:usability\s+(?:test|study|session)\b|job\s+alerts?\b|new\s+jobs\s+(?:for\s+you|matching)\b)",
    r"\b(?:saved\s+search\b|parent[-\s]teacher\b|parents'?\s+evening\b)",
    r"\b(?:annual|mid-?year|year-?end)\s+(?:performance\s+)?review\b|\bperformance\s+(?:review|appraisal)\b",
    r"\b(?:open\s+day\b|rsvp\s+for\s+this\s+event\b|before\s+interviews\b)",
    r"\bdemo\s+day\b",
    r"\bjobcentre\s+plus\b|\bwork\s+coach\b|\bunemployment\s+(?:office|benefits?\s+appointment)\b",
    # an agency's registration call about the CV in general ("this isn't for a specific role yet")
    r"\bregistration\s+(?:call|meeting|chat|interview)\b|\b(?:isn't|is\s+not|not)\s+(?:yet\s+)?(?:for|about)\s+(?:a|any)\s+(?:specific|particular)\s+(?:role|job|position|vacancy)\b",
    r"\bno\s+(?:prior\s+)?(?:appointment|registration|booking)\s+(?:is\s+)?(?:needed|required|necessary)\b|\bjust\s+walk\s+in\b",
    r"\bno\s+need\s+to\s+(?:register|book)\b|\bdrop\s+in\s+(?:any\s*time|at\s+any\s+(?:time|point))\b|\bon-the-spot\s+interviews\b",
    r"\b(?:free\s+(?:entry|admission)|\d+\+?[ \t]+(?:exhibitors|recruiters|employers\s+hiring))\b",  # a fair
    r"\bnetworking\s+(?:event|evening|night|drinks|mixer|reception|breakfast)\b",
)
ROLE_PLAY = (r"role[\s-]?play(?:ing)?", r"simulat(?:ed|ion)")
WEAK_OTHER = (
    r"investigat", r"doctor", r"patient", r"survey", r"workshop", r"seminar", r"blog",
    r"registering", r"registered\b",  # (a drive one registered for)
    # (a task on usability; the craft a designer's interview is about)
    r"usabil", r"user\s+(?:interview|research)", r"customer\s+interview",
    r"research\s+(?:study|interview|session)",
    r"your\s+appointment",  # (a booking tool's word for any booking: "Join your appointment")
)
APPLICATION_ACK = (
    r"\bthank\s+you\s+for\s+(?:applying|your\s+application)\b",
    r"\b(?:(?:we(?:'ve|\s+have)\s+)?received\s+your\s+application\b|if\s+(?:you\s+are\s+)?selected\b)",
    r"\bapplication\s+(?:received|confirmation)\b",
    r"\b(?:will\s+(?:be\s+in\s+touch|contact\s+you)\s+(?:if|should)\b|shortlisted\b.*\bwill\s+contact\b)",
)
REJECTION = (
    r"\bnot\s+(?:to\s+)?(?:be\s+)?mov(?:e|ing)\s+forward\b",
    r"\b(?:decided\s+to\s+(?:move\s+forward|proceed|pursue)\s+with\s+other\b|other\s+candidates\s+whose\b)",
    r"\b(?:no\s+longer\s+(?:under\s+consideration|being\s+considered)\b|we\s+regret\b)",
    r"\bposition\s+has\s+been\s+filled\b",
    r"\b(?:chosen|decided|elected)\s+to\s+(?:pursue|go\s+with|proceed\s+with)\s+(?:other|another|a\s+different)\b",
    r"\bnot\s+(?:be\s+)?(?:selected|progressing|proceeding)\b",
)
REJECTION_SOFT = (
    r"\bunfortunately\b",
)
REJECTION_ABOUT = (
    r"\b(?:decid|decision|candida|profile|proceed|move\s+forward|moving\s+forward|offer\s+you|next\s+(?:round|stage|step)|applied|applying|hired|filled)",
)
CANCEL = (
    r"\b(?:cancel(?:l?ed|l?ation|ling|ing)?\b|postponed\b(?!\s+(?:to|till|until)\b)|called\s+off\b|will\s+not\s+take\s+place\b)",
    r"\b(?:won't|will\s+not|is\s+not|isn't)\s+(?:be\s+)?go(?:ing)?\s+ahead\b",
)
RESCHEDULE = (
    r"\b(?:postponed|preponed?|pushed\s+back|advanced)\s+(?:\w+\s+){0,2}?(?:to|till|until)\b|\bprepone[sd]?\b",
    r"\b(?:reschedul|moved\s+(?:to|the|your|our|it\s+to|ur|(?:you|us)\s+to)\b)",
    r"\b(?:is|are)\s+now\s+(?:on\b|at\b|tomorrow|today|(?:mon|tues|wednes|thurs|fri|satur|sun)day)",
    r"\bupdated\s+the\s+(?:calendar\s+)?invit(?:e|ation)\b",
    r"\b(?:gotta|have\s+to|need\s+to|must)\s+move\s+(?:ur|your|the|you\s+to)\b",
    # "pushed your interview with Dr. Ng's team from …", "move Friday's interview"
    r"\b(?:move|moving|shift(?:ed|ing)?|push(?:ed|ing)?|bump(?:ed|ing)?)\s+(?:your|the|our|my|\w+['’]s)\s+(?:\w+\s+){0,2}(?:interview|call|chat|meeting|conversation|screen)\b",
    r"\b(?:new\s+(?:time|date|slot)\b|updated\s+invitation\b)",
    r"^\s*updated:",
    r"\b(?:changed?\s+(?:the\s+)?(?:time|date)\b|time\s+change\b|pushed\s+(?:back|to)\b)",
    r"\bwe(?:'ve|\s+have)\s+(?:had\s+to\s+)?(?:move|shift|push)(?:ed)?\b",
    r"\bbrought\s+forward\b|\bmoved\s+up\s+to\b",
    # "Change of interview date: 12/8 -> 12/9", "we have rearranged your interview"
    # (not "for any change in schedule, please contact …")
    r"(?<!any\s)\bchange\s+of\s+(?:the\s+|your\s+)?(?:interview\s+)?(?:date|time|schedule)\b|\brearrang(?:ed|ing)\b",
)
NOT_THE_TIME = (
    r"\b(?:availab|would\s+(?:\w+\s+)?work\b|convenien|prefer|options?\b|slots\b|when\s+(?:are\s+)?you\b)",
    r"\b(?:let\s+(?:me|us)\s+know\s+(?:which|what|when)\b|suggest|flights?\b|fly(?:ing)?\b|airport\b)",
    r"\b(?:arriv|depart|hotel\b|travel\b|check-?in\b|deadline\b|reply\s+by\b|respond\s+by\b)",
    r"\breporting\s+time\b",  # "Reporting time: 8.00am / Test time: 8.30am to 11.30am"
    r"\b(?:confirm\s+by\b|no\s+later\s+than\b)",
    # (not "due to a shift in our panel chair's travel", not "une demi-journée d'assessment (centre …)")
    r"\b(?:(?:complete|submit|finish|return|sign|send|upload)\s+(?:\w+\s+){0,4}by\b|(?<!d['’])assessment\b(?!\s*\(?(?:interview|cent(?:re|er)|day|session|on|op|am|at|om|um|le)\b)|due\b(?!\s+to\b))",
    r"\b(?:expires?\b|first\s+day\b|start(?:ing)?\s+date\b|onboarding\b|slots?\s+(?:on|for)\b)",
    r"\b(?:pick\s+a\s+(?:time|slot)\b|book\s+a\s+(?:time|slot)\b|sent:|wrote:)",
    r"\b(?:out\s+(?:of\s+(?:the\s+)?office|until)\b|vacation\b|won't\s+be\b|decision\b)",
    r"\b(?:hear\s+(?:back|from)\b|follow[\s-]?up\b|get\s+back\s+to\s+you\b)",
    r"\bwhich\s+(?:of\s+)?(?:these\s+|the\s+)?(?:\w+\s+)?(?:times?|slots?|days?|dates?|options?)\b",
    r"\b(?:works?\s+best\b|reply\s+(?:with\s+)?(?:\d|one\s+of)\b|openings?\b|each\s+day\b)",
    r"\b(?:might|may|could)\s+(?:\w+\s+)?work\b",
    r"\b(?:one|any)\s+of\s+these\s+(?:\w+\s+)?(?:times|slots|dates|days|options)\b|\bsuits\s+you\s+best\b",
    # "Would any of these suit?", "If none of those work, …", "Once you've picked one I'll send the invite"
    r"\b(?:any|either)\s+of\s+(?:these|those|the\s+following)\s+(?:\w+\s+)?(?:suit|work)\b|\bif\s+none\s+of\s+(?:these|those|them)\b",
    r"\bonce\s+you(?:'ve|\s+have)\s+(?:picked|chosen|selected)\b",
)
NOT_YET = (
    r"\b(?:to|can|could|will|would|we'll|i'll)\s+(?:arrange|schedule|set\s+up|book|organi[sz]e)\s+(?:an?\s+|the\s+|your\s+)?(?:\w+\s+)?interviews?\b",
    r"\bif\s+(?:you(?:'re|\s+are)|they|we)\s+(?:\w+\s+){0,4}(?:interview|proceed)",
    r"\b(?:once|when|after|as\s+soon\s+as)\s+(?:your|the)\s+(?:\w+\s+)?interview\s+(?:is|has\s+been)\s+(?:scheduled|booked|confirmed|set)\b",
)
OFFER = (
    r"\b(?:like|pleased|delighted|happy|excited|thrilled)\s+to\s+(?:extend\s+(?:to\s+)?(?:you\s+)?|formally\s+)"
    r"?(?:an?\s+)?offer(?:\s+you)?\b(?!\s+(?:an?\s+)?(?:\w+\s+)?(?:interview|call|chat|conversation))",
    r"\b(?:offer\s+letter\b|(?:verbal|formal|written)\s+offer\b)",
    r"\b(?:your|the)\s+employment\s+(?:contract|agreement)\s+(?:is\s+)?(?:attached|for\s+(?:your\s+)?signature)\b",
)
NEW_TIME = (
    r"\bnew\s+(?:time|date|slot|schedule|timing)\s+(?:is|will\s+be)\b",
    r"\b(?:(?:moved|rescheduled|changed|pushed|postponed|preponed|advanced)\s+(?:it\s+)?to\b|now\s+(?:at|on|be\s+at)\b)",
    # "We have moved your interview to 12/16 (Wed) 18:00"
    r"\b(?:moved|rescheduled|pushed|postponed)\s+(?:your|the|our)\s+(?:[\w-]+\s+){0,2}?(?:interview|meeting|call|conversation|chat|session)\s+to\b",
    r"\b(?:instead\b(?!\s+of)|(?:brought\s+forward|moved\s+up)\s+to\b)",
    r"\b(?:move|reschedule|shift)\s+(?:the|your|our)\s+(?:interview|meeting|call|conversation)\s+to\b",
    r"\b(?:move|moving|shift)\s+you\s+to\b",  # "we'll need to move you to Friday 11th December"
    # "we need to move your interview from Tuesday 8 December at 11:00 to Friday 11 December at 14:00"
    r"\b(?:move|moving|shift|reschedul\w*)\s+(?:the|your|our)\s+(?:[\w-]+\s+){0,2}?(?:interview|meeting|call|conversation|chat)\s+from\b",
    r"\bnew\s+(?:time|date|slot|timing)\s+(?:on|at|of)\b",  # "updated to the new slot on 8th Dec"
)
WAS_SET = (
    r"\bwas\s+(?:originally\s+|initially\s+)?(?:booked|scheduled|set|planned|arranged|confirmed)\s+(?:for|on)\b",
    r"\b(?:originally|initially)\b",
    # "your original slot on …"
    r"\b(?:original|previous|old|earlier)\s+(?:slot|time|date|booking|appointment)\b",
)
INSTEAD_OF = (
    r"instead\s+of", r"rather\s+than", r"in\s+place\s+of", r"(?:moved|changed)\s+from", r"previously",
)
CONFIRM_REPLY = (
    # "Thursday at 4pm works perfectly"
    r"\b(?:works|suits)\s+(?:perfectly|great|fine|well)\b(?!\s+for\s+you)",
    r"\b(?:we(?:'ll|\s+will)|i(?:'ll|\s+will)|let'?s)\s+go\s+with\b|\b(?:we|i)\s+have\s+(?:chosen|selected|picked)\b",
    r"\b(?:noted|got\s+it|received)[,.!\s-]+(?:thanks|thank\s+you|many\s+thanks)\b",
    r"\b(?:works\s+for\s+me\b|lock(?:ed)?\s+(?:it\s+)?in\b)",
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\s+it\s+is\b",
    r"\b(?:see\s+you\s+(?:then|on|at|mon|tue|wed|thu|fri|tomorrow|next)|confirmed\b)",
    r"\b(?:thanks?\s+(?:you\s+)?for\s+confirming\b|(?:that'?s\s+)?(?:all\s+)?booked\s+in\b)",
    r"\b(?:sounds\s+(?:good|great)\b|perfect\b|all\s+set\b)",
    r"\b(?:happy|glad|great)\s+to\s+see\s+(?:you|him|her|them|\w+)\s+on\b",
    r"\b(?:mon|tues|wednes|thurs|fri)day(?:\s+(?:at\s+)?[\d:.]+\s*(?:am|pm)?)?(?:\s+(?:your|my)\s+time)?\s+works\b",
    r"\blet'?s\s+(?:do|go\s+with)\s+(?:the\s+)?(?:first|second|third|1st|2nd|3rd|last)\s+(?:option|slot|one)\b",
    r"\b(?:let'?s\s+(?:do|go\s+with)|i'?ll\s+take)\s+(?:option|slot)\s+(?:#\s*)?[1-4]\b",
    r"\b(?:mon|tues|wednes|thurs|fri)day\s+(?:at\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm)?\s+it\s+is\b",
    r"\b(?:(?:mon|tues|wednes|thurs|fri)day|mon|tues?|wed|thu(?:rs?)?|fri)\b\.?[^.\n?]{0,30}\bworks\b(?!\s+for\s+you)",
    # "yes Monday 30th at 11am is fine" (not "Is Monday fine?")
    r"\b(?:yes|yep|sure|ok(?:ay)?),?\s+(?:[\w:.]+\s+){0,5}(?:is|are)\s+(?:fine|ok(?:ay)?|good|great)\b(?!\s*\?)",
    # "Thursday 10th at 9am Irish time (10am CET) suits perfectly" (not "if Thursday suits you")
    r"\b(?:suits\s+(?:me\s+)?(?:perfectly|fine|well|great)|(?:that|this|it)\s+suits\s+me)\b",
    r"\bi(?:\'ll|\s+will)\s+be\s+there\b|\bcount\s+me\s+in\b",
    r"\b(?:i\s+)?confirm(?:ing)?\s+(?:that\s+)?(?:i(?:'ll|\s+will)\s+(?:join|attend|be)|my\s+(?:attendance|availability))\b",
    r"\b(?:i\s+)?confirm(?:ing)?\s+(?:for\s+)?(?:mon|tues|wednes|thurs|fri)day\b",
)
SET_UNLESS_TOLD = (
    r"\b(?:i(?:'ve|\s+have)|we(?:'ve|\s+have))\s+(?:already\s+)?(?:pencil+ed|booked|put|slotted)\s+you\s+(?:in|down)\b",
    r"\bunless\s+(?:i|we)\s+hear\s+otherwise\b",
    r"\b(?:reply|let\s+(?:me|us)\s+know)\s+(?:here\s+)?(?:only\s+)?if\s+(?:that|this|the)\s+(?:time\s+|slot\s+)?(?:doesn't|does\s+not|won't)\s+(?:work|suit)\b",
)
CONFIRMED = (
    r"\b(?:is|has\s+been|have\s+been|was)\s+(?:now\s+)?(?:confirmed|scheduled|booked|set|moved|rescheduled"
    r")\b", r"\b(?:will\s+(?:be\s+held|take\s+place)\b|your\s+(?:\w+\s+){0,2}interview\s+(?:is|will\s+be)\b)",
)
SCHEDULED = (
    r"\b(?:scheduled\b|confirm(?:ed|ation|ing)\b|will\s+be\s+(?:held|on|at)\b|begin\b|start\b|interview\b)",
    r"\b(?:interviews\b|meet(?:ing)?\s+you\b|call\s+you\b|set\s+(?:up|for)\b|booked\b|when:|date:|time:)",
    r"\b(?:moved\b|rescheduled\b|we\s+look\s+forward\b|(?:zoom|teams|meet|webex)\b|join\b)",
)
INTERVIEW_STEMS = (
    "tr1", "tr2", "tr3", "tr4", "tr 1", "tr 2", "tr 3", "tr-1", "tr-2", "tr-3",
    "f2f", "technical", "in-person", "in person", "live", "coding", "system design",
    "interv", "interiv", "screen", "round", "onsite", "on-site", "stage", "loop", "session",
    "recruiter", "hiring", "coding", "trial", "immersion", "initial",
    "assessment", "panel", "portfolio", "intro", "deep",
    "telephone", "whiteboard", "review", "super", "play", "presentation", "written", "proctored",
    "supervised", "invigilated", "present your", "aptitude", "psychometric", "computer", "reasoning",
)
JOB_WORDS = (
    "role", "position", "opportunity", "application", "job", "vacancy", "opening", "cv", "r[ée]sum[ée]",
    "candidacy", r"hiring\s+process", r"recruitment\s+process",
)
CALL_WORDS = ("call", "chat", "conversation")
JOB_MEETING = (
    # meeting someone by their role ("You're confirmed to meet Brian Kowalski, our Head of Data")
    r"\bmeet(?:ing)?\s+(?:with\s+)?\w+(?:\s+\w+)?,\s+(?:our|the|their)\s+(?:head\s+of|director|vp|chief|cto|ceo|coo|cfo|founder|co-?founder|hiring\s+manager|[\w-]+\s+(?:manager|lead))\b",
    # "next step: a call with our Head of …"
    r"\bnext\s+step\b[^.?]{0,80}\b(?:call|chat|conversation|meeting)\s+with\b",
    # "we'd love to meet you"
    r"\b(?:thanks?\s+(?:you\s+)?for\s+(?:applying|your\s+application)|(?:enjoyed|liked|loved|read|reviewed)\s+"
    r"(?:reading\s+)?your\s+(?:application|cv|resume|profile))\b[\s\S]{0,300}?\b(?:love|like)\s+to\s+(?:meet|see)\s+you\b",
    r"\b(?:conversation|chat|call|meeting|meet)\b[^.?]{0,80}\b(?:for|about|regarding)\s+(?:the|our|your|this)\s+[^.\n?]{0,60}?\b(?:role|position|opening|vacancy)\b",
    r"\bmeet(?:ing)?\b[^.?]{0,80}\bfor\s+the\s+[^.\n?]{0,60}?\bsearch\b",
    r"\b(?:speak|talk|chat)\s+(?:with|to)\s+you\s+(?:about|regarding)\s+(?:the|our|this)\s+[^.\n?]{0,60}?\b(?:role|position|opening|vacancy)\b",
    r"\bthanks?\s+(?:you\s+)?for\s+(?:applying|your\s+application)\b[\s\S]{0,300}?\b(?:our|the|a)\s+(?:[\w-]+\s+){0,3}(?:call|chat|conversation|video\s+call|meeting)\b",
    r"\bwe(?:'re|\s+are)\s+(?:looking\s+for|searching\s+for)\b[\s\S]{0,400}?\b(?:our|a|the)\s+(?:chat|call|video\s+call)\b",
    # "thanks for applying … let's talk on Wednesday at 11"
    r"\bthanks?\s+(?:you\s+)?for\s+(?:applying|your\s+application)\b[\s\S]{0,300}?\blet['’]?s\s+(?:[\w-]+\s+){0,2}?(?:talk|chat|speak|meet)\b",
    # an agency's client asking to meet the candidate ("my client want to meet you Tues 8th Dec at 10")
    r"\b(?:my|our|the)\s+client(?:s)?\b[\s\S]{0,250}?\b(?:(?:has|have)\s+(?:come\s+back\s+and\s+)?)?(?:would\s+(?:love|like)|wants?|(?:is|are)\s+keen|(?:has|have)\s+asked)\s+to\s+(?:meet|see|speak\s+(?:to|with))\s+you\b",
    r"\b(?:regarding|following|further\s+to|in\s+connection\s+with)\s+your\s+application\b[\s\S]{0,200}?\b(?:meet|chat|call|conversation|meeting)\b",
)
INTERVIEW_ELSEWHERE = (
    r"\b(?:before|after|ahead\s+of|prior\s+to|prep(?:are|ping)?\s+for)\s+(?:your|the|his|her)\s+(?:[\w-]+\s+){0,2}(?:interviews?|on-?sites?|final\s+rounds?)\b",
    r"\b(?:you're|you\s+are|you've\s+been)\s+interviewing\s+(?:around|elsewhere|with\s+other)\b",
)
NEXT_STEP = (
    r"\bnext\s+steps?\b",
)
IF_CLAUSE = (
    r"(?:if|should\s+(?:you|anything|something)|in\s+(?:the\s+)?(?:case|event)\s+(?:that|of|you))\b",
)
ASK_BEFORE = (r"\b(?:possible|able)\s+to\s*$", r"\b(?:could|can|may|might)\s+(?:we|i|you)\s*$")
OFFER_BEFORE = (
    r"\b(?:button|link)\s*[\"“'‘]?\s*$",  # the "Reschedule" button
    r"\b(?:if\s+(?:you\s+)?(?:\w+\s+){0,3}$|should\s+you\s+(?:\w+\s+){0,2}$|in\s+case\s+(?:\w+\s+){0,3}$)",
    r"\b(?:(?:here|link|button|below|click(?:\s+\w+)?|use\s+this)\s+to\s*$|can\s+(?:i|you)\s*$)",
    r"\b(?:find|pick|choose|select)\s+(?:you\s+)?(?:an?\s+)?$",
    r"\b(?:or|you)\s+(?:ever\s+)?need\s+to\s*$",  # "questions, or need to change the time"
    # a move ruled out: "it is not possible to change the time", "we cannot reschedule"
    r"\b(?:not\s+(?:be\s+)?(?:possible|able)\s+to|cannot|can['’]?t|unable\s+to)\s*$",
)
FORWARD_PREFIXES = (r"fwd?", "fw")
REPLY_PREFIXES = ("re", "sv")  # ("SV:": Nordic clients, in English mail)
SUBJECT_HINTS = (
    "interv", "invitation", "invite", r"\bcall\b", r"\bchat\b", r"phone\s*screen", r"screen(?:ing)?\b",
    r"meet(?:ing)?\b", "schedul", "reschedul", "cancel", "confirm", "itinerary", "onsite", "on-site",
    "next steps?", "availability", "application", "candidat", "recruit", "hiring", "position", r"role\b",
    "opportunit", "offer", "thank", "updated", "accepted", "declined", "fwd?:", r"\bre:",
)
NEGATIONS = ("not", "isn't", "never", "nor")
# Mailing boilerplate and moved-slot tables (see words.KEY_DOCS).
BOILERPLATE = (r"subscri", r"browser")
OPT_OUT = (r"(?:stop|no\s+longer)\s+receiv",)
OLD_COL = (r"old", r"former", r"previous", r"original")
NEW_COL = (r"new", r"updated", r"revised")
MOVED_FROM = ("from",)
