"""Time-zone resolution: each calendar's own VTIMEZONE, never icalendar's process-wide cache."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from followup.parsers.ics import parse_calendar

Load = Callable[[str], bytes]


@pytest.mark.parametrize(
    "order",
    [("custom_tz_india", "custom_tz_pacific"), ("custom_tz_pacific", "custom_tz_india")],
)
def test_same_custom_tzid_defined_differently_in_one_process(ics: Load, order: tuple[str, str]) -> None:
    expected = {
        "custom_tz_india": datetime(2026, 11, 3, 3, 30, tzinfo=UTC),  # 09:00 +05:30
        "custom_tz_pacific": datetime(2026, 11, 10, 17, 0, tzinfo=UTC),  # 09:00 -08:00 (PST)
    }
    for _ in range(2):  # and again, after both definitions have been seen
        for name in order:
            (event,) = parse_calendar(ics(name))
            assert event.start == expected[name], name
