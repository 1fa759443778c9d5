"""Sentence bounds in mail text as the slot finder needs them: where the sentence around a
position starts and ends (abbreviations, wrapped lines, list lines), and whether a position
lies in a quoted header block ("From: … Sent: …")."""

from __future__ import annotations

import re

from followup.parsers.quoting import in_attribution
from followup.parsers.words import month_numbers


def _sentence_bounds(text: str, pos: int) -> tuple[int, int]:
    """The sentence around ``pos``: from after the previous boundary to the next one (inclusive).

    Boundaries are ". ", "? ", "! " and line ends, except where mail text is merely wrapped
    (a long line without closing punctuation, continued on the next line), after an ordinal
    ("am 3. Dezember") or an abbreviation ("Dr. Brandt", "a.m. PT").
    """
    lo = max(0, pos - _SENTENCE_WINDOW)
    start = lo - 1 if lo else -1
    for m in _BOUNDARY.finditer(text, lo, pos):
        if _is_boundary(text, m.start()):
            start = m.start()
    end = len(text) - 1
    for m in _BOUNDARY.finditer(text, pos, min(len(text), pos + _SENTENCE_WINDOW)):
        if _is_boundary(text, m.start()):
            end = m.start()
            break
    else:
        end = min(len(text), pos + _SENTENCE_WINDOW) - 1
    return start + 1, end + 1


_HEADER_LINE = re.compile(
    r"^\s*[>*]*\s*(?:from|to|cc|subject|sent|de|para|asunto|enviado|von|an|betreff|gesendet|objet|envoy[ée]|[àa])\s*:",
    re.IGNORECASE | re.MULTILINE,
)


def _in_header_block(text: str, pos: int) -> bool:
    """The position is in a "Date:" line next to From:/To:/Subject: lines (a quoted message's headers),
    in a reply attribution, or in a chat export's stamp ("[20/11/2026, 3:02 pm] Aisyah: …")."""
    line_start = text.rfind("\n", 0, pos) + 1
    stamp = _CHAT_STAMP.match(text, line_start)
    if stamp and pos < stamp.end():
        return True
    if not re.match(
        r"\s*[>*]*\s*(?:date|sent|fecha|enviado|datum|gesendet|date\s+d'envoi|envoy[ée])\s*:",
        text[line_start:pos],
        re.IGNORECASE,
    ):
        return in_attribution(text, pos)  # "On Tue, 24 Nov 2026 at 14:58, Ana <…> wrote:"
    lo = line_start
    for _ in range(3):
        lo = text.rfind("\n", 0, max(0, lo - 1)) + 1
    hi = pos
    for _ in range(3):
        nxt = text.find("\n", hi + 1)
        hi = len(text) if nxt == -1 else nxt
    return bool(_HEADER_LINE.search(text, lo, hi))


# A chat export's line: "[20/11/2026, 3:02 pm] Name:" (WhatsApp), "[3:02 PM, 20/11/2026] Name:".
_CHAT_STAMP = re.compile(
    r"[ \t>]*\[[\d/.,:\- ]{8,24}(?:[ap]\.?m\.?)?[\d/.,:\- ]{0,12}\][ \t]*[^:\n]{1,60}:", re.IGNORECASE
)
_SENTENCE_WINDOW = 600
_BOUNDARY = re.compile(r"[.!?](?=\s)|\n")
_ABBREV = frozenset(
    re.split(
        r"\s+",
        "dr mr mrs ms mx st sr jr prof hr fr frau herr mme mlle sra srta dra ca approx no nr tel ext "
        "inc corp ltd co vs z.b e.g i.e a.m p.m kl p.v c.a u.s",  # (Italian "p.v.": the coming one)
    )
)
_WRAPPED_MIN = 45  # a line at least this long, without closing punctuation, is wrapped text
_DAY_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2})?")
_QUOTE_PREFIX = re.compile(r"[ \t]*(?:>[ \t]?)+")
_LIST_LINE = re.compile(r"\s*(?:[-*•>|]|\d{1,2}[.)]\s|[\w ]{1,24}:\s)")


def _is_boundary(text: str, i: int) -> bool:
    ch = text[i]
    if ch == "\n":
        line_start = text.rfind("\n", 0, i) + 1
        line = text[line_start:i].strip()
        nxt_end = text.find("\n", i + 1)
        nxt = text[i + 1 : nxt_end if nxt_end != -1 else len(text)]
        quoted = _QUOTE_PREFIX.match(nxt)
        if quoted and line.startswith(">"):
            # quoted text wraps the same way: read both lines without their "> " marks
            line, nxt = _QUOTE_PREFIX.sub("", line).strip(), nxt[quoted.end() :]
        if not line or not nxt.strip():
            return True
        # A wrapped line continues the sentence; short, closed or list lines end it.
        return len(line) < _WRAPPED_MIN or line[-1] in ".?!:;" or _LIST_LINE.match(nxt) is not None
    if ch != ".":
        return True
    word_start = i
    while word_start > 0 and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:i].lower().strip("(\"'")
    if word in _ABBREV or (len(word) == 1 and word.isalpha()):
        return False
    if word in _MONTH_WORDS:  # "al 15 dic. alle 10", "Dec. 15": an abbreviated month, the sentence goes on
        after = text[i + 1 : i + 20].lstrip()
        if after[:1].islower() or after[:1].isdigit():
            return False
    if _DAY_NUMBER.fullmatch(word):  # "am 3. Dezember", "am 10.12. um 14 Uhr"
        after = text[i + 1 : i + 20].lstrip()
        if after[:1].islower() or _MONTH_START.match(after):
            return False  # "am 3. Dezember", "le 1. mai"
    return True


# A month's name in any language the detector reads ("Dezember", "Jänner", "dic."): the words' one list.
_MONTH_WORDS = frozenset(m.lower() for m in month_numbers())
_MONTH_START = re.compile(
    r"(?:" + "|".join(re.escape(m) for m in sorted(month_numbers(), key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)

