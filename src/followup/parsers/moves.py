"""Whether a move or a cancellation happened, or was only offered ("Need to reschedule?",
"Reschedule or cancel: https://…", the "Reagendar" button), and whether a cancellation is only
of the slot a move gave up."""

from __future__ import annotations

import re

from followup.parsers import lexicon as lx
from followup.parsers import words
from followup.parsers.detect_sentences import _sentence_bounds
from followup.parsers.lexicon import _rx

# The old slot's column or label ("old time", "previous", "ursprünglich").
OLD_COL = re.compile(r"\b(?:" + "|".join(words.merged("OLD_COL")) + r")\b", re.IGNORECASE)

# "Need to reschedule? …", "if you need to cancel, …": an option offered, not something done.
_OPTION_BEFORE = _rx(*words.merged("OFFER_BEFORE"))
# A chat bot's command word: "text RESCHEDULE to …", "reply YES to confirm, or RESCHEDULE".
_COMMAND_BEFORE = re.compile(
    r"\b(?:text|reply(?:\s+with)?|type|send|or)\s+(?:[A-Z]+\s+)?$",
    re.IGNORECASE,
)

# A sentence that opens with a condition ("If for any reason you can't make it, … we'll reschedule").
_IF_CLAUSE = re.compile(r"[\s>*\-–—]*(?:" + "|".join(words.merged("IF_CLAUSE")) + ")", re.IGNORECASE)

# Asking for it (lexicon ASK_BEFORE): "would it be possible to", "could we", "könnten wir".
_REQUEST_BEFORE = _rx(*words.merged("ASK_BEFORE"))

# The same word in quotes after a verb of sending: 'reply to this message with "reschedule"'.
_QUOTED_COMMAND = re.compile(r"\b(?:text|reply|type|send|write)\b[^.!?\n]{0,30}[\"“'‘]\s*$", re.IGNORECASE)


def happened(rx: re.Pattern[str], text: str, asked: bool = False) -> bool:
    """A reschedule/cancellation stated as done, not offered ("Need to reschedule?").

    ``asked``: a request for it counts too ("would it be possible to move Friday's interview?"), as
    in the thread under a reply that gives the new time."""
    for m in rx.finditer(text):
        before = text[max(0, m.start() - 30) : m.start()]
        after = text[m.end() : m.end() + 40]  # (room for "e or cancel here: https://")
        question = re.match(r"[\w ]{0,20}\?", after) and not (asked and _REQUEST_BEFORE.search(before))
        if (
            _OPTION_BEFORE.search(before)
            or (m.group(0).isupper() and _COMMAND_BEFORE.search(before))
            or _QUOTED_COMMAND.search(before)  # 'just reply to this message with "reschedule"'
            or re.search(r"(?:https?://|www\.)\S*$|/$", before)  # a link's path ("…/reschedule/8f2e")
            or question
            # "Reschedule: https://…", "Reschedule or cancel: https://…", "Cancelar inscrição: https://…", and
            # a link's label ("Cancel (https://…) or Reschedule (https://…)", "Absagen (https://…)")
            or re.match(r"\w*\s*(?:link|button)|[\w ]{0,20}(?::|\s?\()\s*<?https?://", after)
            or _IF_CLAUSE.match(text, _sentence_bounds(text, m.start())[0])
        ):
            continue
        return True
    return False


def only_old_slot_cancelled(text: str) -> bool:
    """Every cancellation stated in the text is of the old / previous / original slot."""
    hits = [m for m in lx.CANCEL.finditer(text) if happened(lx.CANCEL, text[m.start() : m.end() + 25])]
    for m in hits:
        s, e = _sentence_bounds(text, m.start())
        if not OLD_COL.search(text[s:e]):
            return False
    return bool(hits)
