"""The words of each language the detector reads, one package per language.

Every language splits its words into the same ``PARTS`` (what a mail is, when, who) and has the
same names in each part (a test checks it), so adding a language is one package here plus its
tests. The parts keep each module short; the package re-exports them, so ``en.CANCEL`` is
English's table wherever it lives. ``merged(NAME)`` is the table for all languages, in the order of
``LANGUAGES``; the rules (lexicon, when, timeline, …) only ever use merged tables.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

from followup.parsers.words import ca, de, en, es, fr, it, nl, pt

# (Catalan after Spanish, its closest sibling.)
LANGUAGES: tuple[ModuleType, ...] = (en, es, ca, de, fr, pt, it, nl)
KEYS: tuple[str, ...] = tuple(sorted(n for n in vars(en) if n.isupper()))
PARTS: tuple[str, ...] = ("cues", "dates", "people")


def merged(key: str) -> tuple[Any, ...]:
    """One tuple of every language's entries for ``key``."""
    return tuple(item for lang in LANGUAGES for item in getattr(lang, key))

# Tables whose entries are plain words or (word, value) pairs rather than patterns.
PLAIN_WORDS = frozenset(
    {
        "INTERVIEW_STEMS", "MONTHS", "WEEKDAYS", "WEEKDAYS_BEFORE_TIME", "NUMBERS", "TOMORROW_IS_MORNING",
        "HOME_ZONE", "ORDINALS", "CLOCK_HOURS", "CLOCK_HALF_BEFORE", "LENGTH_NUMBERS", "AT_EMPLOYER",
        "MOVED_FROM", "REPLY_PREFIXES",
        "CLOCK_HALF_PAST", "HONORIFICS",
    }
)

# What each table holds (the language modules carry only their entries, and notes of their own).
KEY_DOCS: dict[str, str] = {
    "INTERVIEW": "A job interview is named.",
    "CANDIDATE_FRAMING": "The message speaks to the candidate.",
    "CANDIDATE_STRONG": (
        "CANDIDATE_STRONG: phrases that make a mail speak to the candidate even when colleagues are "
        "copied (\"your interview\"); MEETING_WORDS: nouns for the meeting whose length a sentence "
        "may state."
    ),
    "INTERVIEWER_FRAMING": "The message speaks to an interviewer about a candidate.",
    "PRESS": "Press and media: an interview for a publication, not a job.",
    "ACADEMIC": "Interviews for a class or a paper.",
    "OTHER_INTERVIEWS": (
        "Other kinds of interview and look-alikes (exit, visa, research, training, newsletters)."
    ),
    "BOILERPLATE": (
        "Words of a mailing's own boilerplate (unsubscribe, view in browser): below the last mention of an "
        "interview, a look-alike cue there is about the mailing, not the meeting. Fragments, no word bounds."
    ),
    "OPT_OUT": "Opting out of a mailing (\"stop receiving job alerts\"): the same, as a phrase.",
    "LENGTH_CUE": (
        "Words naming a meeting's length just before it (\"Duration: 2 hours\", \"durerà circa 2 ore\"): "
        "that length wins over another number of minutes."
    ),
    "LENGTH_AFTER": "A verb after a length saying it is the meeting's (\"90 Minuten dauern\").",
    "MOVED_FROM": (
        "Plain words right before the slot given up in a move written \"from <old> to <new>\" (\"move your "
        "interview from Tuesday 8th December at 10.00am to: Wednesday …\")."
    ),
    "AT_EMPLOYER": (
        "Plain words between a recruiter's title and her employer in a profile line (\"Talent Partner at "
        "Faro Labs\", \"Talent Partner en Faro Labs\")."
    ),
    "LENGTH_NUMBERS": (
        "Number words before a meeting length's unit (plain, lower case): (word, value) — \"an hour\", "
        "\"half an hour\", \"anderhalf uur\", \"une trentaine de minutes\"."
    ),
    "HOUR_UNITS": "Words for hours in a meeting length (\"2 hours\", \"1,5 Stunden\"); \"h\" is everyone's.",
    "MINUTE_UNITS": "Words for minutes in a meeting length (\"45 minutes\", \"30 Minuten\").",
    "QUARTER_UNITS": (
        "Words for a quarter of an hour in a meeting length, counted with LENGTH_NUMBERS (\"drie kwartier\": "
        "45 minutes, \"eine Viertelstunde\", \"trois quarts d'heure\")."
    ),
    "HOUR_AND_HALF": (
        "(hour word, its 'and a half') pairs: \"an hour and a half\", \"una hora y media\"; the pair alone "
        "after a length cue is 90 minutes."
    ),
    "LENGTH_MORE": (
        "Words before a second number of minutes that adds to the first (\"20 minutes to present and another "
        "40 of questions\"); \"+\" is everyone's."
    ),
    "LENGTH_LABELS": "Labels of a line giving the length (\"Duration: approximately 45 minutes\").",
    "EARLY": (
        "Words after a number of minutes that make it a margin, not the length (\"arrive 10 minutes early\", "
        "\"10 minutes en avance\")."
    ),
    "OLD_COL": (
        "Header words of the column with the slot given up in an old/new table (\"Old time | New time\")."
    ),
    "NEW_COL": "Header words of the column with the new slot in such a table.",
    "WEAK_OTHER": (
        "Look-alike cues (a part of an OTHER_INTERVIEWS match) that a real invite may also contain — a "
        "footer, a signature, the craft the role is about (\"your approach to user research\"): they "
        "decide only when the mail says little about a job."
    ),
    "ROLE_PLAY": (
        "Words right before a look-alike cue that make it an exercise of the assessment (\"13.30 "
        "Rollenspiel Mitarbeitergespräch\", \"a role play of a customer call\", \"mise en situation\"), not "
        "the meeting's topic."
    ),
    "APPLICATION_ACK": "An application was received; nothing is scheduled.",
    "REJECTION": "The process ended.",
    "REJECTION_SOFT": (
        "\"Unfortunately\": a rejection only in a sentence about the application or the job (not "
        "\"unfortunately Kevin is held up at a client, so we move your interview\")."
    ),
    "REJECTION_ABOUT": (
        "What makes an \"unfortunately\" sentence a rejection: the decision, the candidacy, the "
        "process."
    ),
    "CANCEL": "The interview is cancelled.",
    "RESCHEDULE": "The interview moved.",
    "NOT_THE_TIME": (
        "Words around a date that make it a proposal, a deadline or travel, not the interview's time."
    ),
    "NOT_YET": "An interview named as not arranged yet.",
    "OFFER": "A job offer (after the interviews): its dates are start dates, not interviews.",
    "NEW_TIME": "A sentence that gives the NEW time of a moved interview.",
    "WAS_SET": "The slot given up, in a move: \"your interview was booked for Thursday\", \"originally\".",
    "INSTEAD_OF": (
        "Words just before a date that make it the slot given up (\"statt Freitag, 4. Dezember\", "
        "\"instead of Monday\", \"in plaats van woensdag\"): the old time of a moved interview."
    ),
    "CONFIRM_REPLY": "A short reply that settles the time proposed in the thread.",
    "SET_UNLESS_TOLD": (
        "A time asked as a question but already set unless the candidate objects (\"can you come in "
        "Monday at 8:30? I've pencilled you in\"): the question does not make it a proposal."
    ),
    "CONFIRMED": (
        "Words that make a sentence state the fixed time even when it mentions travel or follow-ups."
    ),
    "SCHEDULED": "Words that mark a scheduled time.",
    "INTERVIEW_STEMS": (
        "Literal stems, one of which every INTERVIEW pattern contains (a cheap guard before the "
        "regex)."
    ),
    "JOB_WORDS": (
        "A call about a job (\"Operations Analyst role - quick call\"): the job words and the call "
        "words."
    ),
    "JOB_MEETING": (
        "A meeting about a job in one sentence (\"your conversation with Daniel for the Head of "
        "Design role\"), or thanks for applying (or \"we're looking for\") and then the meeting a few "
        "lines on: an interview by another name."
    ),
    "BOT_SELF": (
        "The sender says it is a program (\"This is Ava, the virtual recruiting assistant\"): not a "
        "person to thank."
    ),
    "INTERVIEW_ELSEWHERE": (
        "An interview named as another event's point of reference (\"happy to share what I know "
        "before your onsite\"): not the event at hand."
    ),
    "NEXT_STEP": (
        "\"Next step\": in a subject from a recruiter (their signature says so), the process moving "
        "to an interview."
    ),
    "AGENCY_NAME": (
        "Words in a recruiting agency's name (\"Talentbridge Recruitment\", \"Oranje Werving\", "
        "\"Talentis Conseil\"): the hiring company is their client."
    ),
    "AGENCY_CLIENT": (
        "Where an agency names its client (\"on behalf of our client, Nimbus Retail\", \"Halcyon Bank "
        "would like to meet you\"); {CO} stands for the capitalised name, filled in by the company "
        "rules."
    ),
    "IF_CLAUSE": (
        "The opening of a sentence that sets a condition (\"If for any reason you can't make it, let me "
        "know and we'll reschedule\", \"Si no podés, avisame y lo reprogramamos\"): a move or a "
        "cancellation in that sentence is offered, not done. Matched at the sentence's start."
    ),
    "GROUP_NAME": (
        "Words in a display name that make the address a group, not a person (\"Equipo Producto\", "
        "\"Hiring Panel\", \"Comité de sélection\"): nobody to thank."
    ),
    "ROOM_NAMES": (
        "Words in an attendee's display name that make it a room, not a person (\"Boardroom 4\", \"Salle "
        "Léman\", \"Sitzungszimmer Zürichsee\", \"Vergaderzaal Zenne\"): nobody to thank. Words that are "
        "also surnames (\"Sala\", \"Raum\") only before another word."
    ),
    "REFERRAL": (
        "A referral (\"Thanks again for referring Katharina\", \"merci pour la recommandation\"): a "
        "colleague who forwards the company's message to the person they referred passes it on; "
        "they are nobody to thank."
    ),
    "CLIENT": (
        "The word a recruiting agency uses for the employer it recruits for (\"ti inoltro la conferma del "
        "cliente\"): an agency forwarding its client's message is the process's lead, not a go-between."
    ),
    "ASSISTANT": (
        "Someone's assistant, written next to their name (\"Olivia, my PA (copied), has booked a room\", "
        "\"meine Assistentin Frau Huber\"): copied to arrange things, not an interviewer to thank."
    ),
    "OFFER_BEFORE": (
        "Words just before \"reschedule\"/\"cancel\" that make it an offer, not a move (\"if you need "
        "to reschedule\", \"nel caso avesse bisogno di spostare\"), or rule the move out (\"não é possível "
        "alterar a hora\"); each ends where the move word starts."
    ),
    "WHEN_LABELS": (
        "A reply choosing one of the options the thread offered (\"let's do the second option\", "
        "\"option 2\"); ORDINALS: the words for the 1st … 4th and the last (plain words, space- "
        "separated synonyms). Field labels before a date or time in a mail's details block "
        "(\"Date:\", \"Horaire :\", \"Wann:\")."
    ),
    "END_LABELS": (
        "Words right before a clock time that make it the meeting's end (\"End Time: 3:00 PM\", "
        "\"available till 4:30 PM\", \"Ende: 16:00\", \"fino alle 17\"); each ends where the time starts."
    ),
    "FORWARD_PREFIXES": "Subject prefixes of a forwarded message (\"Fwd:\"), without the colon.",
    "REPLY_PREFIXES": "Subject prefixes of a reply (\"Re:\", \"AW:\", \"R:\"), plain, before the colon.",
    "SUBJECT_HINTS": (
        "Subject words that make a message worth fetching before its body is read (prefilter: "
        "generous)."
    ),
    "CLOSINGS": (
        "Signatures and people. CLOSINGS: a line closing a mail before the signature (\"Best "
        "regards,\"); PEOPLE_INLINE: words introducing the people the candidate meets (\"you'll "
        "meet\"); PEOPLE_LIST: a heading followed by \":\" and a list of them (\"Interviewers:\"); "
        "AND_WORDS: \"and\" between names."
    ),
    "HONORIFICS": (
        "Titles written before a name (\"Dr. Ibarra\", \"Ing. Mena\", \"Frau Gasser\"), without their "
        "dot."
    ),
    "TITLE_WORDS": (
        "Words that make a signature line a job title (\"Senior Recruiter\", \"Responsabile "
        "Tecnico\")."
    ),
    "MONTHS": (
        "Calendar words (plain, lower case). MONTHS: twelve entries, each the month's names and "
        "abbreviations; WEEKDAYS: seven, Monday first."
    ),
    "RELATIVE_DAYS": "Days named relative to the mail's date: (pattern, days after it).",
    "TOMORROW_IS_MORNING": (
        "Words that, after a \"tomorrow\" word, make it \"in the morning\" (Spanish \"por la "
        "mañana\")."
    ),
    "NOON": "Midday as a word.",
    "COMMON_WORDS": (
        "Frequent words that tell the language: numeric dates (\"01/12\") are read day-first unless "
        "the text has more English ones than others'."
    ),
    "ZONE_TIME": (
        "Words for time or a time zone, as before a zone's abbreviation (\"Times in EST\", \"hora del "
        "Atlántico (AST)\", \"heure de Paris\", \"fuseau : CET\")."
    ),
    "ASK_BEFORE": (
        "Words right before a move that ask for it (\"would it be possible to move Friday's interview?\"): "
        "in the thread under a reply giving the new time, the request shows the time was moved. "
        "Patterns anchored at the end ($)."
    ),
    "HOME_ZONE": (
        "The zone a mail in this language means when it names none and its Date says UTC (spoken on "
        "every continent)."
    ),
    "TIME_RANGE": (
        "Clock times. TIME_RANGE: words joining two clock times (\"9:00 to 10:00\"); CLOCK_WORDS: a "
        "unit written after a clock time (\"14 Uhr\", \"10 h\"); AT_HOUR: words before a bare hour "
        "(\"at 9\"); TIME_FROM: words opening a range of bare hours (\"dalle 10 alle 11\": TIME_FROM, "
        "TIME_RANGE)."
    ),
    "CLOCK_HOURS": (
        "Clock times in words: CLOCK_HOURS the hours 1–12 (\"at two\", \"um zehn Uhr\"); "
        "CLOCK_HALF_BEFORE: half an hour before the hour that follows (German \"halb drei\", Dutch "
        "\"half drie\": 2:30); CLOCK_HALF_PAST: half an hour after the hour, read with the same "
        "language's hour words; CLOCK_QUARTER_PAST / _TO: a quarter after / before it (\"Viertel nach "
        "zehn\", \"kwart voor drie\"). (English \"half past two\" and \"quarter to three\" are read "
        "with the hours.)"
    ),
    "DAY_ARTICLES": (
        "Written dates. DAY_ARTICLES: between a weekday and the day (\"Monday the 14th\"); DATE_OF: "
        "between the day and the month, or the month and the year (\"3 de diciembre de 2026\"); "
        "DAY_SUFFIXES: after the day number (\"1st\", \"1er\", \"1º\", \"3.\")."
    ),
    "DAY_OF_MONTH": (
        "Words before a day of the month written alone, the month being the next one with that day "
        "(\"fica confirmado então dia 10 às 16h\", \"el día 10\"); a lookahead where the word is common."
    ),
    "OR_WORDS": (
        "Words joining alternatives: two days in one sentence with one of these between them are "
        "options offered, not the slot (\"Tuesday 8 December at 10 or Thursday 10 December at 2\")."
    ),
    "NEGATIONS": (
        "Negations: a look-alike cue right after one is denied (\"it is not a recorded on-demand "
        "interview\")."
    ),
    "YOUR_PAST": (
        "The candidate's own background, right before \"at <Company>\": \"your experience at\", "
        "\"your role at\", \"currently at\" — the company named there is where the candidate works, "
        "not the one hiring."
    ),
    "NUMBERS": "Counting words (plain, lower case): (word, value); spaces inside match any whitespace.",
    "UNITS": "Units of a stated delay, by kind: bday (business days), day, week, month, hour.",
    "WEEK_OF": (
        "Words before a date naming the week it starts (\"w/c 14th December … the Wednesday at "
        "10:00\")."
    ),
    "PLAN_LENGTH": (
        "Words opening a sentence that asks to keep time free (\"Allow an hour and a half\"): the "
        "meeting's length."
    ),
    "AFTER_EVENT": (
        "After the interview, as a count of days is measured from it (\"three working days after the "
        "interview\", \"drei Arbeitstage nach dem Gespräch\", \"5 días hábiles tras la dinámica\")."
    ),
    "WITHIN": (
        "Follow-up timelines. WITHIN: before a count of days/weeks (\"within 5 business days\"); "
        "COUNT_WORDS: articles, \"next\" and \"about\" words that may stand between it and the number "
        "(\"in the next couple of days\"); DATE_PREPS: before a date in a timeline (\"by 11/30\"); "
        "BY_PREPS: before a date or weekday, make it a deadline that needs no cue in the same part of "
        "the sentence (\"by Friday\")."
    ),
    "DEADLINE_PREPS": (
        "Words that make the date after them a deadline (\"by Friday 27 November\", \"bis Freitag, "
        "27.11.\"): with no clock time in its sentence, that date is when to answer, not the "
        "interview."
    ),
    "TIMELINE_TODAY": (
        "Timeline days: TIMELINE_TODAY (\"today\", \"end of day\"), TIMELINE_TOMORROW, "
        "TIMELINE_DAY_AFTER (\"the day after tomorrow\"); END_OF: \"end of\", before a week or a "
        "month (\"end of next week\")."
    ),
    "SCHEDULING_TALK": (
        "Scheduling or reply-by talk: a time expression it precedes is not a follow-up date (\"please "
        "confirm by Friday\", \"questions before Friday\")."
    ),
    "CUE_FOLLOW": "Follow-up cues: the candidate is told to call / follow up.",
    "CUE_DECIDE": "Decision cues: the company will decide / get back.",
    "CALL_WORDS": "Words for a call, read with JOB_WORDS in a subject (\"Analyst role - quick call\").",
    "CHOSEN_OPTION": "A reply choosing one of the options offered (\"let's do the second option\").",
    "CLOCK_QUARTER_PAST": "A quarter after the hour (\"Viertel nach zehn\"), with the language's hours.",
    "CLOCK_QUARTER_TO": "A quarter before the hour (\"kwart voor drie\"), with the language's hours.",
    "CLOCK_QUARTER_BEFORE": (
        "A quarter into the hour before, counted toward the next (Austrian \"viertel zehn\" and "
        "Catalan \"un quart de deu\": 9:15), with the language's hours."
    ),
    "CLOCK_AFTER": (
        "Words after an hour word that make it a clock time, with the minutes they add (\"alle tre e "
        "mezza\": 30; \"a las once menos cuarto\": -15; \"alle tre del pomeriggio\", \"um zehn Uhr\": 0)."
    ),
    "NEXT_WEEK": "The week after the mail's (\"next week\"): a weekday written with it is that week's.",
    "THIS_WEEK": "The mail's own week (\"this week\"), in timelines (\"by the end of this week\").",
    "TIMELINE_TOMORROW": "\"Tomorrow\" in a timeline sentence (see TIMELINE_TODAY).",
    "TIMELINE_DAY_AFTER": "\"The day after tomorrow\" in a timeline sentence (see TIMELINE_TODAY).",
    "WEEKDAYS_BEFORE_TIME": (
        "Weekday names that are also ordinals (Portuguese \"segunda\", \"quinta\"): (name, weekday), "
        "a day only right before a clock time (\"quinta às 15h\")."
    ),
}


def month_numbers() -> dict[str, int]:
    """Every language's month names and abbreviations → 1..12."""
    return {w: i for lang in LANGUAGES for i, names in enumerate(lang.MONTHS, 1) for w in names.split()}


def weekday_numbers() -> dict[str, int]:
    """Every language's weekday names and abbreviations → 0 (Monday)..6."""
    out: dict[str, int] = {}
    for lang in LANGUAGES:
        for i, names in enumerate(lang.WEEKDAYS):
            for w in names.split():
                out.setdefault(w, i)
    return out


def ordinal_numbers() -> dict[str, int]:
    """Every language's ordinal words → 1..4, and -1 for "last"."""
    out: dict[str, int] = {}
    for lang in LANGUAGES:
        for i, names in enumerate(lang.ORDINALS, 1):
            for w in names.split():
                out.setdefault(w, -1 if i == 5 else i)
    return out
