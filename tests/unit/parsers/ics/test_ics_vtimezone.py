"""The VTIMEZONE arithmetic against the IANA database, on real vendors' definitions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from followup.parsers import ics_zones
from followup.parsers.ics_zones import VTimezone, build_vtimezone

Load = Callable[[str], bytes]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _vtimezone(data: bytes, tzid: str) -> VTimezone:
    for component in Calendar.from_ical(data).walk("VTIMEZONE"):
        if str(component["TZID"]) == tzid:
            zone = build_vtimezone(component)
            assert zone is not None
            return zone
    raise AssertionError(tzid)


_CASES = [
    ("google_invite", "America/Los_Angeles", "America/Los_Angeles"),
    ("zoom_invite", "America/New_York", "America/New_York"),
    ("apple_invite", "Europe/London", "Europe/London"),
    ("outlook_teams", "W. Europe Standard Time", "Europe/Berlin"),
    ("custom_tz_pacific", "Customized Time Zone", "America/Los_Angeles"),
]
_local = st.datetimes(min_value=datetime(2008, 1, 1), max_value=datetime(2035, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)


def _unambiguous(local: datetime, iana: ZoneInfo) -> bool:
    """Not in a DST gap or overlap (where wall time alone cannot say which offset is meant)."""
    first = local.replace(tzinfo=iana, fold=0)
    second = local.replace(tzinfo=iana, fold=1)
    round_trip = first.astimezone(UTC).astimezone(iana).replace(tzinfo=None)
    return first.utcoffset() == second.utcoffset() and round_trip == local


@pytest.mark.parametrize(("fixture", "tzid", "iana"), _CASES)
@settings(max_examples=60, deadline=None)
@given(local=_local)
def test_vtimezone_matches_iana(fixture: str, tzid: str, iana: str, local: datetime) -> None:
    zone, real = _vtimezone((FIXTURES / f"{fixture}.ics").read_bytes(), tzid), ZoneInfo(iana)
    if _unambiguous(local, real):
        assert local.replace(tzinfo=zone).utcoffset() == local.replace(tzinfo=real).utcoffset()


@pytest.mark.parametrize(("fixture", "tzid", "iana"), _CASES)
def test_fast_rule_path_agrees_with_dateutil(
    ics: Load, fixture: str, tzid: str, iana: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    samples = [datetime(2026, 1, 1) + timedelta(hours=7 * i) for i in range(1300)]
    fast = _vtimezone(ics(fixture), tzid)
    expected = [s.replace(tzinfo=fast).utcoffset() for s in samples]

    def no_fast_path(rule_text: str) -> Any:
        return None

    monkeypatch.setattr(ics_zones, "_simple_yearly", no_fast_path)
    slow = _vtimezone(ics(fixture), tzid)
    assert [s.replace(tzinfo=slow).utcoffset() for s in samples] == expected
    assert len(set(expected)) == 2  # both observances were exercised


def test_before_the_first_onset_uses_tzoffsetfrom(ics: Load) -> None:
    zone = _vtimezone(ics("google_invite"), "America/Los_Angeles")  # first onset 1970-03-08
    assert datetime(1960, 6, 1, 12, 0, tzinfo=zone).utcoffset() == timedelta(hours=-8)
