"""What the quoted thread says about a slot the newest message gives only in part: the option a
reply picks ("let's do the second option"), the full date of a bare weekday, and the clock time,
range or length the thread wrote for a day. ``detect_slot`` reads them."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from followup.parsers import lexicon as lx
from followup.parsers.detect_options import _offered_options
from followup.parsers.detect_sentences import _in_header_block, _sentence_bounds
from followup.parsers.judging import DEFAULT_LENGTH
from followup.parsers.quoting import QUOTE_MARKS, in_attribution
from followup.parsers.slot_parts import _day_first, _Slot
from followup.parsers.when import DateHit, find_dates
from followup.parsers.when_times import TimeHit, find_duration, find_times
from followup.parsers.words import ordinal_numbers, weekday_numbers

_ORDINALS = ordinal_numbers()


def _chosen_option(blob: str, history: str, ref: date, zone: tzinfo) -> _Slot | None:
    """ "Let's do the second option": the newest message picks one of the slots the quoted thread
    listed ("1) Wed, Dec 2, 9:00-10:00 AM PT / 2) Thu, Dec 3, 1:00-2:00 PM PT …")."""
    m = lx.CHOSEN_OPTION.search(blob)
    if m is None or "?" in blob[m.end() : m.end() + 40].split("\n", 1)[0]:
        return None
    token = next((w for w in re.findall(r"\w+", m.group(0).lower()) if w in _ORDINALS or w.isdigit()), None)
    if token is None:
        return None
    n = int(token) if token.isdigit() else _ORDINALS[token]
    history = QUOTE_MARKS.sub("", history)  # ">>   2) Thu, Dec 3, 1:00-2:00 PM PT": a list line
    dates = find_dates(history, ref, day_first=_day_first(history))
    listed = sorted(_offered_options(history, dates))
    options = [d for d in dates if d.pos in listed and d.value >= ref]
    if not 1 <= abs(n) <= len(options):
        return None
    pick = options[n - 1] if n > 0 else options[-1]
    line_end = history.find("\n", pick.end)
    times = find_times(history[pick.end : line_end if line_end >= 0 else len(history)])
    if not times:
        return None
    return _slot_at(pick.value, times[0], zone, 3)


def _slot_at(day: date, t: TimeHit, zone: tzinfo, score: int, length: timedelta | None = None) -> _Slot:
    """The slot of a clock time (its own zone, else ``zone``) on ``day``; ``length`` (else an hour)
    when no end."""
    tz = t.zone or zone
    start = datetime.combine(day, t.start, tz)
    ends = t.end_time is not None and t.end_time > t.start
    end = datetime.combine(day, t.end_time, tz) if ends and t.end_time else start + (length or DEFAULT_LENGTH)
    return _Slot(start.astimezone(UTC), end.astimezone(UTC), score)


def _time_in_history(day: date, history: str, ref: date) -> TimeHit | None:
    """The clock time the quoted thread gives for ``day`` (in the same sentence as that date)."""
    times = find_times(history)
    for other in find_dates(history, ref, day_first=_day_first(history)):
        if other.value != day:
            continue
        s, e = _sentence_bounds(history, other.pos)
        near = [t for t in times if s <= t.pos < e and not (other.pos <= t.pos < other.end)]
        if near:
            return min(near, key=lambda t: abs(t.pos - other.pos))
    return None


def _range_in_history(day: date, start: time, history: str, ref: date) -> timedelta | None:
    """The length of a range the quoted thread gives for ``day`` that starts at ``start`` (on the
    date's line or right after it)."""
    if not history:
        return None
    for other in find_dates(history, ref, day_first=_day_first(history)):
        if other.value != day:
            continue
        for t in find_times(history[other.end : other.end + 120]):
            if t.start == start and t.end_time is not None and t.end_time > start:
                return datetime.combine(day, t.end_time) - datetime.combine(day, start)
    return None


def _length_in_history(day: date, history: str, ref: date) -> timedelta | None:
    """The length the quoted thread states for ``day`` (in the sentence of that date or the next:
    "Thursday at 3 work for you? It would be online, 40 minutes")."""
    if not history:
        return None
    for other in find_dates(history, ref, day_first=_day_first(history)):
        if other.value == day:
            s, e = _sentence_bounds(history, other.pos)
            length = find_duration(history[s:e])
            if length is None and e < len(history):
                s2, e2 = _sentence_bounds(history, min(len(history) - 1, e + 1))
                length = find_duration(history[max(e, s2):e2])
            if length is not None:
                return length
    return None


_WEEKDAY_WORDS = frozenset(weekday_numbers())


def _dated_from_history(
    dates: list[DateHit], history: str, ref: date, found: list[DateHit] | None = None
) -> tuple[list[DateHit], dict[int, tzinfo]]:
    """A bare weekday ("Tuesday at 4 works") takes the full date the quoted thread gave that weekday
    ("Tuesday Dec 1 at 4:00 PM Central"), when the thread gives exactly one; and the zone written
    on that line of the thread, for a time the newest message gives without one. ``found``: the
    dates of ``history`` when the caller has read them already (the mail's own text)."""
    if found is None:
        found = find_dates(history, ref, day_first=_day_first(history))
    # (not the dates of the thread's "Il giorno mar 24 nov 2026 … ha scritto:" lines, nor of its
    # quoted "Sent: Tuesday, November 24, 2026 12:31 PM" header blocks)
    written = [
        h for h in found
        if h.explicit and h.value >= ref and not in_attribution(history, h.pos)
        and not _in_header_block(history, h.pos)
    ]
    out = []
    zones: dict[int, tzinfo] = {}
    for d in dates:
        words_here = set(re.findall(r"[^\W\d_]+", d.text.lower()))
        if not d.explicit and words_here & _WEEKDAY_WORDS:
            same = [h for h in written if h.value.weekday() == d.value.weekday()]
            if len({h.value for h in same}) == 1:
                d = replace(d, value=same[0].value, explicit=True)
                line_end = history.find("\n", same[0].end)
                line = history[same[0].end : line_end if line_end >= 0 else len(history)]
                zone = next((t.zone for t in find_times(line) if t.zone is not None), None)
                if zone is not None:
                    zones[d.pos] = zone
        out.append(d)
    return out, zones
