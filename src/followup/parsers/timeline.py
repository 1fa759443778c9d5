"""Find a stated follow-up or decision timeline in mail text ("call me in four days").

Pure: the caller passes the interview's end (``anchor``), the mail's Date and the owner's
zone; nothing here reads a clock.

Rules (documented choices):

- **Reference date.** Relative phrases ("in four days", "by Friday", "tomorrow") are resolved
  against ``anchor`` (the interview's end, in ``tz``), unless the mail was written after the
  interview (``mail_date > anchor``): then against ``mail_date``. A note written before the
  interview ("we'll decide within a week after the interview") thus counts from the
  interview; a thank-you reply written two days later counts from that reply.
- **Only follow-up/decision talk counts.** A time expression is used only when its sentence
  holds a cue about calling/following up/reaching out (category "follow-up") or about a
  decision/hearing back/next steps (category "decision"). Scheduling text ("Your interview is
  on Friday", "Are you available tomorrow?", "If you have questions before Friday...") and
  reply-by deadlines for the candidate ("Please confirm by Friday", "let us know by...") are
  rejected: a deadline for the candidate is not a date to call the company.
- **Weak expressions** (a bare "today"/"tomorrow"/weekday) must share a comma-separated part
  of the sentence with the cue; expressions with a preposition ("by Friday", "within two
  weeks") may stand anywhere in the sentence.
- **Choice.** A follow-up phrase wins over a decision phrase; within a category the earliest
  date wins. ``decision_imminent`` is True when any accepted phrase says today / end of day /
  tomorrow (the drafts and the call become urgent).
- **Calendar words.** A weekday is the NEXT such day strictly after the reference date ("by
  Friday" said on a Friday = a week later; "next Friday" is read the same way). "next week" =
  Monday of next week; "end of next week" = Friday of next week; "end of the week" / "this
  week" = Friday of this week (next Friday when already past); "end of the month" = the
  month's last day; "in N business days" skips Saturdays and Sundays; "a couple" = 2,
  "a few" / "several" = 3; "in N hours" = ceil(N/24) days.
- **Dates.** "November 30", "30 de noviembre", "30. November", "by 11/30", "by 30/11",
  "bis 30.11." — without a year the next occurrence on/after the reference date; ambiguous
  numeric dates (both parts <= 12) take the reading nearest in the future. Results outside
  [anchor's date, anchor's date + 400 days] are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from followup.parsers import words
from followup.parsers.model import Timeline
from followup.parsers.timeline_rules import _RULES, _WB, _WE, _WS_RE, _words
from followup.workdays import WEEKENDS_ONLY, Workdays

MAX_DAYS_AHEAD = 400
_WINDOW = 400  # max characters scanned on each side of a cue for the sentence bounds
_MAX_PHRASE = 200

# ---------------------------------------------------------------- cues


# Cues. "follow-up": the candidate is told to call / follow up. "decision": the company
# will decide / get back.
_CUE_FOLLOW = "|".join(words.merged("CUE_FOLLOW"))
_CUE_DECIDE = "|".join(words.merged("CUE_DECIDE"))
_CUE_RE = re.compile(rf"{_WB}(?:(?P<f>{_CUE_FOLLOW})|(?P<d>{_CUE_DECIDE}))", re.I)

# Scheduling / reply-by talk: rejects a time expression it precedes (same sentence part).
_NEG_RE = re.compile(rf"{_WB}(?:" + _words("SCHEDULING_TALK") + ")" + _WE, re.I)

_STRONG_BEFORE_RE = re.compile("(?:" + _words("BY_PREPS") + r")\s*$", re.I)
# The first word of a time expression that makes it a deadline by itself ("within a week").
_STRONG_FIRST = frozenset(
    {"in", "within", "by", "dentro", "innerhalb", "binnen", "dans", "sous", "d'ici", "d’ici"}
    | {"entro", "até", "ate", "uiterlijk", "voor", "vóór"}
)

_BOUNDARY_RE = re.compile(
    r"[!?;]|\n[ \t]*\n|\n[ \t]*(?:[-*•>]|\d+[.)])\s|(?<!\d)(?<!\b\w)(?<![A-Z][a-z])(?<![A-Z][a-z]{2})"
    r"(?<![A-Z][a-z]{3})\.(?=\s)"
)
_SPLIT_PART_RE = re.compile(r",|\s(?:and|but|y|pero|und|aber|et|mais)\s", re.I)


@dataclass(frozen=True)
class _Hit:
    day: date
    imminent: bool
    start: int
    end: int


# ---------------------------------------------------------------- scanning


@dataclass(frozen=True)
class _Candidate:
    day: date
    follow: bool
    imminent: bool
    position: int
    phrase: str


def _lowered(rx: re.Pattern[str]) -> re.Pattern[str]:
    """``rx`` compiled case-sensitively, for the lower-cased text (several times faster than
    IGNORECASE over long alternations); ``rx`` itself when it spells an upper-case letter."""
    return re.compile(rx.pattern) if rx.pattern.replace("(?P<", "").islower() else rx


_CUE_LOW = _lowered(_CUE_RE)
_NEG_LOW = _lowered(_NEG_RE)
_RULES_LOW = tuple((_lowered(pattern), resolve, guard) for pattern, resolve, guard in _RULES)


def _lower(text: str) -> str | None:
    """The lower-cased text when lower-casing keeps every offset, else None."""
    low = text.lower()
    return low if len(low) == len(text) else None


def _sentences(text: str, low: str | None = None) -> Iterator[tuple[int, str]]:
    """Yield (start offset, sentence text) for every sentence holding a cue, each once, in order."""
    covered = 0  # end of the last sentence yielded: cues before it were scanned with it
    for cue in _CUE_LOW.finditer(low) if low is not None else _CUE_RE.finditer(text):
        if cue.start() < covered:
            continue
        lo = max(covered, cue.start() - _WINDOW)
        start = lo
        for b in _BOUNDARY_RE.finditer(text, lo, cue.start()):
            start = b.end()
        hi = min(len(text), cue.end() + _WINDOW)
        b2 = _BOUNDARY_RE.search(text, cue.end(), hi)
        end = b2.start() if b2 else hi
        covered = end
        yield start, text[start:end]


def _scan_sentence(sentence: str, ref: date, days: Workdays) -> Iterator[tuple[_Hit, bool]]:
    """Yield (hit, follow-up?) for every accepted time expression in one sentence."""
    s = _WS_RE.sub(" ", sentence)
    low = _lower(s)
    fast = low is not None
    src = low if low is not None else s
    cue_rx, neg_rx, rules = (_CUE_LOW, _NEG_LOW, _RULES_LOW) if fast else (_CUE_RE, _NEG_RE, _RULES)
    cues = [(m.start(), m.end(), m.group("f") is not None) for m in cue_rx.finditer(src)]
    if not cues:
        return
    parts = [0, *(m.end() for m in _SPLIT_PART_RE.finditer(s)), len(s) + 1]
    negs = [m.start() for m in neg_rx.finditer(src)]

    def part_of(pos: int) -> int:
        return max(i for i, p in enumerate(parts) if p <= pos)

    hits: list[_Hit] = []
    for pattern, resolve, guard in rules:
        if guard is not None and guard.search(src) is None:
            continue
        for m in pattern.finditer(src):
            if any(h.start <= m.start() and m.end() <= h.end for h in hits):
                continue
            got = resolve(m, ref, days)
            if got is None:
                continue
            hits.append(_Hit(got[0], got[1], m.start(), m.end()))
    for hit in hits:
        if any(o is not hit and o.start <= hit.start and hit.end <= o.end for o in hits):
            continue
        part = part_of(hit.start)
        strong = (
            bool(_STRONG_BEFORE_RE.search(s[max(0, hit.start - 30) : hit.start]))
            or bool(_STRONG_BEFORE_RE.match(s, hit.start))
            or s[hit.start : hit.end].split(" ", 1)[0].lower() in _STRONG_FIRST
        )
        usable = [c for c in cues if part_of(c[0]) == part or (strong and c[0] < len(s))]
        if not usable:
            continue
        # A scheduling/reply-by word shortly before the expression, in the same part of the
        # sentence, rejects it ("Please confirm by Friday", "questions before Friday").
        if any(parts[part] <= n < hit.start and n >= hit.start - 60 for n in negs):
            continue
        same = [c for c in usable if part_of(c[0]) == part]
        nearest = min(usable, key=lambda c: abs(c[0] - hit.start))
        follow = any(c[2] for c in same) if same else nearest[2]
        yield hit, follow


def find_timeline(text: str, anchor: datetime, tz: tzinfo, mail_date: datetime | None = None,
                  workdays: Workdays = WEEKENDS_ONLY) -> Timeline:
    """The follow-up or decision date stated in ``text``, resolved in ``tz`` (see module doc);
    business days skip weekends and the holidays in ``workdays``."""
    ref_dt = mail_date if mail_date is not None and mail_date > anchor else anchor
    ref = ref_dt.astimezone(tz).date()
    low = anchor.astimezone(tz).date()
    high = low + timedelta(days=MAX_DAYS_AHEAD)
    candidates: list[_Candidate] = []
    folded = _lower(text)
    if not (_CUE_LOW.search(folded) if folded is not None else _CUE_RE.search(text)):
        return Timeline(None)  # no follow-up or decision words at all: nothing to read
    for offset, sentence in _sentences(text, folded):
        for hit, follow in _scan_sentence(sentence, ref, workdays):
            if low <= hit.day <= high:
                phrase = _WS_RE.sub(" ", sentence).strip()
                if len(phrase) > _MAX_PHRASE:
                    phrase = phrase[: _MAX_PHRASE - 1].rstrip() + "…"
                candidates.append(_Candidate(hit.day, follow, hit.imminent, offset + hit.start, phrase))
    if not candidates:
        return Timeline(follow_up_after=None)
    pool = [c for c in candidates if c.follow] or candidates
    best = min(pool, key=lambda c: (c.day, c.position))
    imminent = any(c.imminent for c in candidates)
    return Timeline(follow_up_after=best.day, decision_imminent=imminent, phrase=best.phrase)


__all__ = ["MAX_DAYS_AHEAD", "find_timeline"]
