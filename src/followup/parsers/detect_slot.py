"""Choosing the interview's slot in a mail's text: the dates and times written, the sentence
each sits in (a question, an availability request, an old slot given up, a schedule line), and
the one that states when the interview is. ``detect_text.judge_text`` calls ``_find_slot``."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from followup.parsers import lexicon as lx
from followup.parsers import words
from followup.parsers.detect_options import _inline_options, _line_before, _offered_options, _without_not_yet
from followup.parsers.detect_sentences import _in_header_block, _sentence_bounds
from followup.parsers.judging import DEFAULT_LENGTH
from followup.parsers.lexicon import _rx
from followup.parsers.moves import OLD_COL as _OLD_COL
from followup.parsers.quoting import QUOTE_MARKS, answered_message, quoted_after
from followup.parsers.slot_history import (
    _chosen_option,
    _dated_from_history,
    _length_in_history,
    _range_in_history,
    _slot_at,
    _time_in_history,
)
from followup.parsers.slot_parts import (
    _MEETING_WORD,
    _day_first,
    _schedule_span,
    _Slot,
    _stated_length,
)
from followup.parsers.timeline import _CUE_RE
from followup.parsers.when import DateHit, find_dates
from followup.parsers.when_times import TimeHit, find_duration, find_times, labelled_end_time


def _names_interview(text: str) -> bool:
    """The text names an interview that is being fixed (not one still to be arranged)."""
    return bool(lx.INTERVIEW.search(text)) and bool(lx.INTERVIEW.search(_without_not_yet(text)))


_MONDAYS = "|".join(w for lang in words.LANGUAGES for w in lang.WEEKDAYS[0].split())
_WEEK_OF = re.compile(
    r"(?<!\w)(?:" + "|".join(words.merged("WEEK_OF")) + r")\s+(?:(?:" + "|".join(words.merged("DAY_ARTICLES"))
    + r"|" + _MONDAYS + r"),?\s+)?$",
    re.IGNORECASE,
)


def _find_slot(
    subject: str,
    text: str,
    ref: date,
    zone: tzinfo,
    moved: bool = False,
    history: str = "",
    about_job: bool = False,
    meeting_is_interview: bool = False,
) -> _Slot | None:
    """The interview's start and end, when the text fixes them. ``history``: the thread's quoted
    messages, whose full dates settle a bare weekday of the newest one ("Tuesday at 4 works").
    ``meeting_is_interview``: the text names a meeting about the job ("Thanks for applying … our
    chat"), so a sentence naming a meeting names the interview."""
    blob = f"{subject}\n{text}"
    dates = find_dates(blob, ref, day_first=_day_first(blob, zone, ref))
    thread_zones: dict[int, tzinfo] = {}
    if any(not d.explicit for d in dates):
        # "Probearbeiten Mo. 7.12." over "am Montag von 7 bis 15 Uhr": the mail's own full date of
        # that weekday, when it gives exactly one
        dates, _ = _dated_from_history(dates, blob, ref, found=dates)
    if history and any(not d.explicit for d in dates):
        dates, thread_zones = _dated_from_history(dates, history, ref)
    times = [t for t in find_times(blob) if not any(d.pos <= t.pos < d.end for d in dates)]
    best: tuple[int, DateHit] | None = None
    offered = _offered_options(blob, dates) | _inline_options(blob, dates)
    job_call = bool(lx.JOB_CALL.search(subject))
    for d in dates:
        if d.pos in offered:
            continue
        s, e = _sentence_bounds(blob, d.pos)
        sentence = blob[s:e]
        asked = _TAG_QUESTION.sub("", blob[d.end : e + 1])  # "…a las 16h te llamo, ¿ok?" confirms
        if "?" in asked and not lx.SET_UNLESS_TOLD.search(blob, e, e + 240):
            continue  # (not "… Monday, 8:30am? I've pencilled you in": set unless she objects)
        if (
            lx.NOT_THE_TIME.search(_ASIDE.sub(" ", sentence))  # (not in brackets: "… Airport Road")
            and not lx.CONFIRMED.search(sentence)
            and not lx.CONFIRM_REPLY.search(sentence)  # "Let's do the second option (Thursday)."
            and not (moved and lx.NEW_TIME.search(sentence))  # "move it to Monday 7 Dec, … if you prefer"
        ):
            continue
        # (or a sentence just before it that ends in a colon: "The new time is:\n\nFriday, January 15 …")
        intro = blob[max(0, s - 120) : s]
        intro = intro[max(intro.rfind(". "), intro.rfind("\n\n", 0, len(intro.rstrip()))) + 1 :]
        # (or a line that ends in the new-time words: "… findet Ihr Vorstellungsgespräch nun am\nMontag, …")
        label_line = intro.rstrip().endswith(":")  # ("New date and time:", "Previous date and time:")
        new_words = bool(lx.NEW_TIME.search(intro)) and (
            label_line or any(not intro[m.end() :].strip() for m in lx.NEW_TIME.finditer(intro))
        )
        new_intro = new_words or bool(label_line and _NEW_COL.search(intro) and not _OLD_COL.search(sentence))
        old_intro = label_line and not new_intro and bool(_OLD_COL.search(intro))
        new_here = _NEW_COL.search(sentence) or lx.NEW_TIME.search(sentence) or new_intro
        if moved and (_OLD_COL.search(sentence) or _WAS_SET.search(sentence) or old_intro) and not new_here:
            continue  # "your previous time (Thursday at 4 PM) has been cancelled"
        if _in_header_block(blob, d.pos):
            continue  # "Date: ..." of a quoted or forwarded message
        if _INSTEAD_OF.search(blob, max(0, d.pos - 30), d.pos):
            continue  # "(statt Freitag, 4. Dezember, 10:00 Uhr)": the slot given up
        if (
            moved
            and _MOVED_FROM.search(blob, max(0, d.pos - 12), d.pos)
            and any(d.end < o.pos <= e + 200 and o.value != d.value for o in dates)
        ):
            continue  # "move your interview … from Tuesday 8th December at 10.00am to: Wednesday 9th …"
        if d.value < ref - timedelta(days=1) or d.value > ref + timedelta(days=200):
            continue
        timed = any(s <= t.pos < e for t in times)
        if _hear_back_only(sentence, timed):
            continue  # "we'll get back to you by Friday 18 December": when to hear back, not the slot
        if not timed and _DEADLINE_BEFORE.search(blob, max(0, d.pos - 24), d.pos):
            continue  # "Bitte teilen Sie mir bis Freitag, 27.11., mit …": when to answer
        if _WEEK_OF.search(blob, max(0, d.pos - 24), d.pos):
            continue  # "the week of March 4th": a week, not the day of the interview
        score = 0
        in_subject = d.pos < len(subject)
        window = blob[max(0, s - 250) : s]
        line_start = blob.rfind("\n", 0, d.pos) + 1
        line_end = blob.find("\n", d.end)
        alone = not _WORDY.search(blob[line_start : d.pos]) and not blob[
            d.end : line_end if line_end >= 0 else len(blob)
        ].strip(" \t.,|")
        label = bool(_LABEL.match(blob[line_start : d.pos])) or alone
        column = _column_header(blob, d.pos)
        if column == "old":
            continue  # "Old time | New time": the left column is the slot that was given up
        named_here = _names_interview(sentence) or (
            meeting_is_interview and bool(_MEETING_WORD.search(sentence) or lx.JOB_MEETING.search(sentence))
        )
        if named_here:
            score += 3
        elif (
            _names_interview(window)
            or (job_call and lx.CALL.search(sentence))
            or about_job
            # ("una platica para contarte del equipo … Te agendamos el jueves 3 de diciembre")
            or (meeting_is_interview and _MEETING_WORD.search(window))
        ):
            score += 2  # (a call, in a thread about a call on a role: "I'll give you a call on …";
            # any day, in a short reply of a thread about a job: "dan zie ik je donderdag 26/11")
        scheduled = (
            bool(lx.SCHEDULED.search(_without_not_yet(sentence)))
            or label
            or bool(lx.CONFIRM_REPLY.search(sentence))  # "Let's lock in Thursday 19 November at 4pm"
            or (moved and bool(lx.NEW_TIME.search(sentence)))  # "New schedule is Monday, same time 11 AM"
        )
        if scheduled:
            score += 2
        if in_subject and not (lx.REPLY_SUBJECT.match(subject) and d.end <= len(subject) and not any(
            t.pos < len(subject) for t in times
        )):
            score += 2  # (a reply's subject carries the thread's first day: "RE: interview Thu 10 Dec" above
            # "that's confirmed - Fri 11 Dec, 2:30pm" gets no bonus unless it also gives the time)
        if score == 0:
            continue  # a date and a time alone, nothing about an interview around them
        if d.explicit:
            score += 1
        line_times = [t for t in times if s <= t.pos < e]
        if not line_times and label:
            line_times = [
                t
                for t in times
                if e <= t.pos < e + 120
                and (_LABEL.match(_line_before(blob, t.pos)) or _bare_prefix(_line_before(blob, t.pos)))
            ]
        if line_times:
            score += 2
            if any(0 <= t.pos - d.end <= 12 for t in line_times):
                score += 1  # "… lundi, … en visio après-demain à 17h": the day its time follows
        if column == "new":
            score += 4
        if lx.NEW_TIME.search(sentence) or new_intro:
            score += 4  # "the new time is …", "nueva hora", "neuer Termin"
        if score < 3:
            continue
        # A moved interview is usually written "from <old> to <new>": on a tie the later one wins.
        if best is None or score > best[0] or (moved and score == best[0]):
            best = (score, d)
    if best is None:
        if not history:
            return None
        return _chosen_option(blob, history, ref, zone) or _settled_by_reply(blob, history, ref, zone)
    d = best[1]
    s, e = _sentence_bounds(blob, d.pos)
    chosen: TimeHit | None = None
    anchor = d  # the writing of the day whose sentence gives the time
    labelled = [
        t
        for t in times
        if e <= t.pos < e + 120
        and (_LABEL.match(_line_before(blob, t.pos)) or _bare_prefix(_line_before(blob, t.pos)))
    ]
    # (not "Reporting time: 8.00am" above "Test time: 8.30am to 11.30am": when to arrive)
    same = [t for t in times if s <= t.pos < e] or [
        t for t in labelled if not lx.NOT_THE_TIME.search(_line_before(blob, t.pos))
    ] or labelled
    if not same:
        # The same day written again elsewhere with its time ("… am 04.12." in the subject,
        # "Freitag, 4. Dezember 2026, 9:00 bis 9:30 Uhr" in the body).
        for other in dates:
            if other is d or other.value != d.value:
                continue
            os_, oe = _sentence_bounds(blob, other.pos)
            same = [t for t in times if os_ <= t.pos < oe] or [
                t  # the day on a line of its own, its time on the next ("7:00 - 8:30 AM Pacific")
                for t in times
                if oe <= t.pos < oe + 120 and _bare_prefix(_line_before(blob, t.pos))
            ]
            if same:
                s, e, anchor = os_, oe, other
                break
    if not same and history:
        # "we need to cancel your final round on Thursday, December 17": the time is in the quoted
        # confirmation of that day ("Thursday, December 17, 9:00-11:00 AM PT").
        held = _time_in_history(d.value, history, ref)
        if held is not None:
            return _slot_at(d.value, held, zone, best[0])
    if same:
        # In a table row, the time in the date's own cell ("… | Wednesday 02/12/2026, 15:00–16:00").
        same = [t for t in same if "|" not in blob[min(t.pos, d.pos) : max(t.pos, d.pos)]] or same
        marker = lx.NEW_TIME.search(blob, s, e)
        after = [t for t in same if marker and t.pos > marker.start()]
        # The time written right after the day is its own ("… to Monday 12/14 at 2:00pm"), even
        # when the old slot's time stands nearer before it ("from Thursday 12/10 at 10am to …").
        own = [t for t in (after or same) if 0 <= t.pos - anchor.end <= 25]
        chosen = own[0] if own else min(after or same, key=lambda t: abs(t.pos - anchor.pos))
    else:
        for t in times:
            ts, te = _sentence_bounds(blob, t.pos)
            sent = blob[ts:te]
            if lx.NOT_THE_TIME.search(sent) or "?" in sent:
                continue
            if lx.INTERVIEW.search(sent) or lx.SCHEDULED.search(sent):
                chosen = t
                break
    schedule = _schedule_span(text, times, len(subject) + 1)
    if chosen is not None and chosen.end_time is None:
        # The same start written elsewhere as a range ("@ 3:00pm" in the subject,
        # "3:00pm - 3:45pm" in the body): take its end.
        ranged = next((t for t in times if t.start == chosen.start and t.end_time), None)
        if ranged is not None:
            chosen = (
                ranged
                if chosen.zone is None or ranged.zone is not None
                else replace(ranged, zone=chosen.zone)
            )
    if chosen is None and schedule is not None:
        # A schedule table under the date line ("10:00 – 10:45  Arjun Mehta …"): first to last slot.
        first = next(t for t in times if t.start == schedule[0])
        chosen = replace(first, end_time=schedule[2])
    tz = (chosen.zone if chosen and chosen.zone else None) or thread_zones.get(d.pos) or zone
    if chosen is None:
        if not d.explicit or best[0] < 5:
            return None
        start = datetime.combine(d.value, time(0), tz).astimezone(UTC)
        return _Slot(start, start + timedelta(days=1), best[0])
    start_local = datetime.combine(d.value, chosen.start, tz)
    stated_end = bool(chosen.end_time and chosen.end_time > chosen.start)
    labelled_end = None if stated_end else labelled_end_time(blob, times, chosen)
    if chosen.end_time and stated_end:
        end_local = datetime.combine(d.value, chosen.end_time, tz)
    elif labelled_end is not None:
        end_local = datetime.combine(d.value, labelled_end, tz)
    else:
        near = blob[max(0, chosen.pos - 300) : chosen.end + 300]
        length = (
            find_duration(near, named_only=True)
            # "avrà 30 minuti per prepararlo … Complessivamente l'incontro durerà circa 2 ore": the
            # length the mail names as the meeting's, wherever it stands, over a bare one nearby
            or find_duration(blob[:8000], named_only=True)
            or find_duration(near)
            or _stated_length(blob)
            # "Termin: Mittwoch, 09.12.2026, 11:00 – 11:45 Uhr" quoted under "den für den 09.12. um 11:00
            # Uhr vereinbarten Termin müssen wir absagen": the thread's range for that start
            or _range_in_history(d.value, chosen.start, history, ref)
            or _length_in_history(d.value, history, ref)  # "45-minute conversation … Wednesday, Dec 2"
            # "duration remains the same"; "Mercredi 15h parfait" above "une entrevue vidéo de 30 minutes"
            or (_stated_length(QUOTE_MARKS.sub("", history)) if history else None)
            or DEFAULT_LENGTH
        )
        end_local = start_local + length
    # (a day's programme under "von 9:30 bis 17:00 Uhr" ends when that range says, not at its last
    # item's guessed end: a stated end that reaches the last item's start covers the table)
    if schedule is not None and schedule[0] == chosen.start and schedule[2] > end_local.time():
        covered = stated_end and chosen.end_time is not None and chosen.end_time >= schedule[1]
        if not covered:
            end_local = datetime.combine(d.value, schedule[2], tz)
    return _Slot(start_local.astimezone(UTC), end_local.astimezone(UTC), best[0])


# An aside in brackets ("(Islas Freight, near the Airport Road corner)"): not what the sentence says.
_ASIDE = re.compile(r"\([^()\n]{0,200}\)")


def _hear_back_only(sentence: str, has_time: bool) -> bool:
    """A sentence that dates only when they will come back ("nous reviendrons vers vous d'ici le
    vendredi 18 décembre"): a hear-back cue, no clock time and no interview named."""
    return not has_time and bool(_CUE_RE.search(sentence)) and not _names_interview(sentence)


def confirmed_in_thread(text: str, history: str) -> bool:
    """The newest message confirms ("Obrigada pela confirmação!"), or the message it answers does
    ("Top, ik ben erbij!" quoted under "we'll let you know by Friday 18 December")."""
    if lx.CONFIRM_REPLY.search(text[:600]):
        return True
    return bool(lx.CONFIRM_REPLY.search(quoted_after(history, text, 700)))


def _settled_by_reply(blob: str, history: str, ref: date, zone: tzinfo) -> _Slot | None:
    """ "Obrigada pela confirmação, Beatriz! Até lá.": a reply that settles the one slot the thread
    gave (one future day written in full), read from the thread as if it were the newest message."""
    if not confirmed_in_thread(blob.split("\n", 1)[-1], history):
        return None
    # (read without the quote marks: "alle tre del\n>> pomeriggio" is one clock time, and ">>> - Wed,
    # Dec 16 at 2:00pm" one of a list of options)
    unquoted = QUOTE_MARKS.sub("", history)
    found = find_dates(unquoted, ref, day_first=_day_first(unquoted))
    offered = _offered_options(unquoted, found)  # "which of these suits? · Tue 8 Dec · Thu 10 Dec …"
    days = {
        d.value
        for d in found
        if d.explicit
        and d.value >= ref
        and d.pos not in offered
        and not _in_header_block(unquoted, d.pos)
        and not _hear_back_only(unquoted[slice(*_sentence_bounds(unquoted, d.pos))], False)
        and not _DEADLINE_BEFORE.search(unquoted, max(0, d.pos - 24), d.pos)  # "até 18/12": hear back by
    }
    if len(days) != 1:
        return None
    found_slot = _find_slot("", unquoted, ref, zone)
    if found_slot is not None:
        return found_slot
    # "me funciona a las 12:30" answered "quiere entrevistarte el martes 1 de diciembre … ¿qué hora te
    # funciona?": the one day, at the one clock time the message the newest answers gives
    answered = answered_message(history, blob.split("\n", 1)[-1])[:600]
    times = find_times(answered)
    if len(times) == 1 and not find_dates(answered, ref):
        day = next(iter(days))
        # ("Great, confirmed tmr 3pm. … on Teams, 30 mins": the length the thread states)
        length = _stated_length(blob) or _stated_length(unquoted)
        return _slot_at(day, times[0], zone, 5, length)
    return None


_TAG_QUESTION = re.compile(
    r"[,;\s]*¿?\s*(?:ok|okay|vale|right|d'accord|oui|ja|oder|no|sí|si)\s*\?+\s*", re.IGNORECASE
)

_WORDY = re.compile(r"[^\W_]")  # a letter or digit (bullets, emoji and pipes are not)


def _bare_prefix(line_start: str) -> bool:
    """Nothing but bullets, emoji or a short word ("🕘 De ", "- from ") before a time on its line."""
    return len(re.findall(r"[^\W\d_]", line_start)) <= 4 and not re.search(r"\d", line_start)


_WHEN_LABELS = sorted({w.replace(" ", r"\s+") for w in words.merged("WHEN_LABELS")}, key=len, reverse=True)
# "Time:", "Revised Time :", "Interview Date |": a label, perhaps after one word, then the value
_LABEL = re.compile(
    r"^\s*[-*•]?\s*(?:[^\W\d_]+\s+)?(?:" + "|".join(_WHEN_LABELS) + r")\s*(?:[:|\-–]|\s\|)\s*", re.IGNORECASE
)


_INSTEAD_OF = re.compile(r"\b(?:" + "|".join(words.merged("INSTEAD_OF")) + r")\s*[(:,]?\s*$", re.IGNORECASE)
_MOVED_FROM = re.compile(
    r"(?<![\w'’])(?:" + "|".join(dict.fromkeys(words.merged("MOVED_FROM"))) + r")\s+$", re.IGNORECASE
)
_DEADLINE_BEFORE = re.compile(
    r"(?<![\w'’])(?:" + "|".join(words.merged("DEADLINE_PREPS")) + r")\s+(?:the\s+)?$", re.IGNORECASE
)
_WAS_SET = _rx(*words.merged("WAS_SET"))  # "your interview was booked for Thursday …"
_NEW_COL = re.compile(r"\b(?:" + "|".join(words.merged("NEW_COL")) + r")\b", re.IGNORECASE)


def _column_header(blob: str, pos: int) -> str | None:
    """In a two-column table ("Old time | New time"), which header sits above this position."""
    line_start = blob.rfind("\n", 0, pos) + 1
    if "|" not in blob[line_start : blob.find("\n", pos) if blob.find("\n", pos) >= 0 else len(blob)]:
        return None
    prev_end = line_start - 1
    prev_start = blob.rfind("\n", 0, max(prev_end, 0)) + 1
    header = blob[prev_start:prev_end]
    if "|" not in header:
        return None
    col = blob[line_start:pos].count("|")
    cells = header.split("|")
    if col >= len(cells):
        return None
    cell = cells[col]
    if _OLD_COL.search(cell):
        return "old"
    if _NEW_COL.search(cell):
        return "new"
    return None
