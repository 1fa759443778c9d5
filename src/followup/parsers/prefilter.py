"""Cheap first look at a message's headers: does its body need fetching?

Runs on ENVELOPE/BODYSTRUCTURE data before any body is downloaded, so it must be fast
and generous: a false "yes" costs one fetch, a false "no" loses an interview.
"""

from __future__ import annotations

import re

from followup.parsers import words
from followup.parsers.model import MailMeta

_SUBJECT_HINT = re.compile("|".join(dict.fromkeys(words.merged("SUBJECT_HINTS"))), re.IGNORECASE)


def wants_body(meta: MailMeta, has_calendar_part: bool) -> bool:
    """True when the message may be interview mail or a reply that matters.

    Any message with a text/calendar part or .ics attachment is fetched; otherwise the
    subject decides. Replies (In-Reply-To set) are fetched too, since a recruiter's
    answer in a thread can state the time or the follow-up date.
    """
    if has_calendar_part:
        return True
    if meta.in_reply_to:
        return True
    return bool(_SUBJECT_HINT.search(meta.subject or ""))
