"""Parts of a slot that need no sentence reading: the slot type, a calendar link's slot, the stated
length of the meeting, a schedule table's span, and whether numeric dates read day-first
(``detect_slot`` chooses the slot with them)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from followup.parsers import words
from followup.parsers.detect_sentences import _sentence_bounds
from followup.parsers.judging import DEFAULT_LENGTH
from followup.parsers.when_times import TimeHit, find_duration


@dataclass
class _Slot:
    start: datetime
    end: datetime
    score: int


# An "Add to Google Calendar" link carries the slot: …&dates=20261210T150000Z/20261210T160000Z
_GCAL_DATES = re.compile(r"[?&]dates=(\d{8}T\d{6}Z?)(?:/|%2F)(\d{8}T\d{6}Z?)", re.IGNORECASE)


def _calendar_link_slot(text: str) -> _Slot | None:
    m = _GCAL_DATES.search(text[:20_000])
    if m is None:
        return None
    try:
        start, end = (datetime.strptime(v.rstrip("Zz"), "%Y%m%dT%H%M%S") for v in m.groups())
    except ValueError:
        return None
    if not m.group(1).upper().endswith("Z"):
        return None  # a floating link time: no zone to read it in
    start_utc, end_utc = start.replace(tzinfo=UTC), end.replace(tzinfo=UTC)
    if end_utc <= start_utc:
        end_utc = start_utc + DEFAULT_LENGTH
    return _Slot(start_utc, end_utc, 3)


_MEETING_WORD = re.compile(r"\b(?:" + "|".join(words.merged("MEETING_WORDS")) + r")\w*", re.IGNORECASE)


def _stated_length(blob: str) -> timedelta | None:
    """ "It's a 45-minute conversation" anywhere in the mail, in a sentence about the meeting."""
    for m in _MEETING_WORD.finditer(blob[:8000]):
        s, e = _sentence_bounds(blob, m.start())
        length = find_duration(blob[s:e])
        if length is not None:
            return length
    for m in _LENGTH_LINE.finditer(blob[:8000]):  # "Duration: approximately 45 minutes"
        length = find_duration(m.group(0))
        if length is not None:
            return length
    for m in _PLAN_LENGTH.finditer(blob[:8000]):  # "Allow an hour and a half - the last 30 minutes …"
        length = find_duration(blob[m.end() : m.end() + 60], cued=True)
        if length is not None and length >= timedelta(minutes=30):
            return length
    return None


# A sentence opening with words that ask to keep time free ("Allow an hour and a half", "Prévoyez 1h30").
_PLAN_LENGTH = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\n))[ \t]*(?:" + "|".join(words.merged("PLAN_LENGTH")) + r")\b", re.IGNORECASE
)


_LENGTH_LINE = re.compile(
    r"^[ \t>*•-]*(?:" + "|".join(words.merged("LENGTH_LABELS")) + r")[ \t]*:.*$", re.IGNORECASE | re.MULTILINE
)


def _schedule_span(text: str, times: list[TimeHit], offset: int) -> tuple[time, time, time] | None:
    """A schedule table (three or more lines starting with a time, after a list bullet or not): its
    first slot's start, its last slot's start and that slot's end (stated, or 45 minutes on)."""
    starts: list[TimeHit] = []
    for t in times:
        p = t.pos - offset
        if p < 0:
            continue
        line_start = text.rfind("\n", 0, p) + 1
        if not text[line_start:p].strip(" \t-*•·"):
            starts.append(t)
    if len(starts) < 3:
        return None
    first = starts[0].start
    last = starts[-1]
    end = last.end_time or (datetime.combine(date(2000, 1, 1), last.start) + timedelta(minutes=45)).time()
    return (first, last.start, end) if end > first else None


def _day_first(text: str, zone: tzinfo | None = None, day: date | None = None) -> bool:
    """Numeric dates read day-first unless the text is English; English too when it was written
    east of Greenwich ("Tue 1/12" from Sydney, Singapore or Berlin is the 1st of December): the
    zone the mail's Date header, its text or the owner gives, an hour or more ahead of UTC."""
    sample = text[:3000].lower()
    english = len(_ENGLISH_WORDS.findall(sample))
    other = len(_OTHER_WORDS.findall(sample))
    if other > english:
        return True
    if zone is None or day is None:
        return False
    offset = datetime.combine(day, time(12), zone).utcoffset()
    return offset is not None and offset >= timedelta(hours=1)


_ENGLISH_WORDS = re.compile(r"\b(?:" + "|".join(words.en.COMMON_WORDS) + r")\b")
_OTHER = (w for lang in words.LANGUAGES if lang is not words.en for w in lang.COMMON_WORDS)
_OTHER_WORDS = re.compile(r"\b(?:" + "|".join(_OTHER) + r")\b")
