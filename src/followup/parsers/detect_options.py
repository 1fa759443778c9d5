"""Days offered as choices rather than fixed: a list of options, or two days joined by "or" in one
sentence. Their positions are skipped when the slot is chosen (detect_slot)."""

from __future__ import annotations

import re
from itertools import pairwise

from followup.parsers import lexicon as lx
from followup.parsers import words
from followup.parsers.detect_sentences import _sentence_bounds
from followup.parsers.when import DateHit


def _without_not_yet(text: str) -> str:
    """The text without interviews that are not arranged yet ("to arrange an interview")."""
    if lx.INTERVIEW.search(text):
        return lx.NOT_YET.sub(" ", text)
    return text


def _line_before(text: str, pos: int) -> str:
    return text[text.rfind("\n", 0, pos) + 1 : pos]


# A list item: a bullet, "1)", "2.", "(3)", "Option 2:" before the text on its line.
# (a bullet or a number, then perhaps the weekday: "- Mo., 30.11., 14:00 Uhr")
_LIST_ITEM = re.compile(
    r"\s*(?:[-*•·]|\(?\d{1,2}[.)]|[A-Za-z]{3,8}\s+\d{1,2}\s*[:.)-])?\s*(?:(?<=[-*•·.)]\s)[A-Za-zÀ-ÿ]{2,10}\.?,?\s*)?$"
)


def _offered_options(blob: str, dates: list[DateHit]) -> set[int]:
    """Dates written as a list of choices ("Which of these works? 1) Mon … 2) Tue …"): the
    positions of those dates. Two or more list lines with different days, with words of choice
    (lexicon NOT_THE_TIME: availability, options, "which … works best") just before or after."""
    items = [d for d in dates if (lead := _line_before(blob, d.pos)).strip() and _LIST_ITEM.fullmatch(lead)]
    if len({d.value for d in items}) < 2:
        # no bullets: three or more lines that each start with a different day ("  Mon, Nov 30  10-12")
        items = [d for d in dates if not _line_before(blob, d.pos).strip()]
        if len({d.value for d in items}) < 3:
            return set()
    first, last = items[0], items[-1]
    around = blob[max(0, first.pos - 300) : first.pos] + "\n" + blob[last.end : last.end + 200]
    if not lx.NOT_THE_TIME.search(around) or lx.CONFIRMED.search(_without_not_yet(around)):
        return set()  # ("…once your interview is scheduled" confirms nothing yet)
    return {d.pos for d in items}


_OR = re.compile(rf"\b(?:{'|'.join(words.merged('OR_WORDS'))})\b", re.IGNORECASE)
# Days listed side by side: only commas and "and" words between them ("Tuesday 12, Wednesday 13 and …").
_LISTED = re.compile(rf"(?:\s|,|;|\b(?:{'|'.join(words.merged('AND_WORDS'))})\b)*", re.IGNORECASE)


def _inline_options(blob: str, dates: list[DateHit]) -> set[int]:
    """Days offered side by side in one sentence ("je peux vous proposer mardi 8 décembre à 10h ou
    jeudi 10 décembre à 14h"): two different days with an "or" word (lexicon OR_WORDS) between
    them, or listed with commas and "and" ("on Tuesday 12, Wednesday 13 and Thursday 14 January")
    when words of choice (NOT_THE_TIME: "choose your preferred date") follow, in a sentence that
    confirms nothing. The positions of those dates."""
    out: set[int] = set()
    for a, b in pairwise(dates):
        gap = blob[a.end : b.pos]
        if a.value == b.value or len(gap) > 40 or "\n\n" in gap:
            continue
        s, e = _sentence_bounds(blob, a.pos)
        if b.pos >= e or lx.CONFIRMED.search(blob[s:e]):
            continue
        if _OR.search(gap) or (_LISTED.fullmatch(gap) and lx.NOT_THE_TIME.search(blob, s, e + 300)):
            out |= {a.pos, b.pos}
    return out
