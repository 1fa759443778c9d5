"""Durations and times written as words, and a weekday followed by its date in a timeline."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from followup.parsers.timeline import find_timeline
from followup.parsers.when import find_dates
from followup.parsers.when_times import find_duration, find_times


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("Planen Sie bitte etwa zwei Stunden ein", 120),
        ("durará media hora", 30),
        ("un entretien d'une trentaine de minutes", 30),
        ("une demi-heure", 30),
        ("half an hour", 30),
        ("eine halbe Stunde", 30),
        ("a 45-minute chat", 45),
        ("about an hour", 60),
    ],
)
def test_durations_in_words(text: str, minutes: int) -> None:
    assert find_duration(text) == timedelta(minutes=minutes)


def test_noon_is_a_time_with_its_zone() -> None:
    (hit,) = find_times("your interview is tomorrow at noon CST (60 minutes)")
    assert hit.start == time(12, 0) and hit.zone is not None
    assert [h.start for h in find_times("à midi")] == [time(12, 0)]
    assert [h.start for h in find_times("cet après-midi à 15h")] == [time(15, 0)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("We hope to make a decision by Friday, December 4.", date(2026, 12, 4)),
        ("Te diremos algo antes del viernes 11 de diciembre.", date(2026, 12, 11)),
        ("You'll hear from me by Wednesday 16th at the latest.", date(2026, 12, 16)),
        ("We'll get back to you by Friday.", date(2026, 12, 4)),
    ],
)
def test_weekday_followed_by_its_date(text: str, want: date) -> None:
    anchor = datetime(2026, 12, 1, 18, 0, tzinfo=UTC)
    assert find_timeline(text, anchor, UTC, datetime(2026, 11, 25, tzinfo=UTC)).follow_up_after == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Te llamo el lunes 14 a las 17:30", date(2026, 12, 14)),
        ("on Monday the 14th at 10", date(2026, 12, 14)),
        ("am Montag, den 14. um 9 Uhr", date(2026, 12, 14)),
    ],
)
def test_weekday_with_a_day_of_the_month(text: str, want: date) -> None:
    hits = find_dates(text, date(2026, 12, 10))
    assert [h.value for h in hits][:1] == [want]


def test_weekday_then_a_clock_time_is_not_a_day_of_the_month() -> None:
    hits = find_dates("Friday 3pm works, or Tuesday 12/8", date(2026, 11, 25))
    assert [h.value for h in hits] == [date(2026, 11, 27), date(2026, 12, 8)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("am Donnerstag um halb 3 Uhr nachmittags", time(14, 30)),  # half an hour before 3
        ("om half 2 uur bij ons op kantoor", time(13, 30)),
        ("um 3 Uhr in unserem Büro", time(15, 0)),  # nobody is interviewed at 3 at night
        ("um 09:30 Uhr", time(9, 30)),
        ("at half 3 on Friday", None),  # British "half 3" is 3:30: not the Dutch/German reading
    ],
)
def test_half_before_a_written_hour(text: str, want: time | None) -> None:
    starts = [h.start for h in find_times(text)]
    if want is None:
        assert time(14, 30) not in starts
    else:
        assert starts == [want]
