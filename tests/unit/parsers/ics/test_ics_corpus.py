"""Every real-world .ics in the shared corpus (used in place): no crash, most give events, known times."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from followup.errors import ParseError
from followup.parsers.ics import parse_calendar
from followup.parsers.model import CalEvent

CORPUS = Path(__file__).resolve().parents[4].parent / "shared" / "corpus" / "ics"
FILES = sorted(CORPUS.glob("*.ics")) if CORPUS.is_dir() else []

pytestmark = pytest.mark.skipif(not FILES, reason=f"shared corpus not found at {CORPUS}")


def _events(name: str) -> tuple[CalEvent, ...]:
    return parse_calendar((CORPUS / name).read_bytes())


def _utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def test_whole_corpus_parses_without_unexpected_errors() -> None:
    with_events = 0
    for path in FILES:
        try:
            events = parse_calendar(path.read_bytes())
        except ParseError:
            continue
        for event in events:
            for value in (event.start, event.end, event.dtstamp, event.recurrence_id):
                assert value is None or value.utcoffset() == UTC.utcoffset(None), path.name
        if events:
            with_events += 1
    assert len(FILES) >= 50
    assert with_events >= 0.9 * len(FILES), f"{with_events} of {len(FILES)} files gave events"


def test_windows_zone_name_with_nonsense_vtimezone() -> None:
    # "New Zealand Standard Time" with a VTIMEZONE whose offsets contradict each other:
    # the Windows name wins (Pacific/Auckland, NZDT +13:00 in November).
    (event,) = _events("khal__tz_windows_format.ics")
    assert event.start == _utc(2019, 11, 20, 0, 0)
    assert event.end == _utc(2019, 11, 20, 1, 30)


def test_exchange_windows_zones() -> None:
    by_summary = {e.summary: e for e in _events("nodeical__ms_timezones.ics")}
    assert by_summary["test"].start == _utc(2020, 9, 10, 7, 0)  # W. Europe, CEST
    # DTSTART;TZID="W. Europe Standard Time:20200609T090000" (value inside the quotes) is repaired
    jira = by_summary["Log Yesterday's Jira time"]
    assert (jira.start, jira.end) == (_utc(2020, 6, 9, 7, 0), _utc(2020, 6, 9, 7, 30))
    assert jira.recurring
    assert by_summary["Not the actual summary 1"].start == _utc(2020, 9, 15, 15, 30)  # PDT
    assert by_summary["Not the actual summary either"].conference_url == "https://bluejeans.com/7999979999"


def test_outlook_display_name_tzid_with_escaped_comma() -> None:
    # TZID="Pacific Time (US & Canada), Tijuana" against TZID:Pacific Time (US & Canada)\, Tijuana
    (event,) = _events("ical4j__tmeher.ics")
    assert event.start == _utc(2004, 10, 12, 5, 30)  # 22:30 PDT
    assert event.end == _utc(2004, 10, 12, 7, 0)
    assert event.method == "REQUEST"
    assert event.organizer is not None and event.organizer.name == "Meher Tendjoukian"
    assert [a.email for a in event.attendees] == ["tendjoukian@yahoo.de", "meher.t@gmail.com"]


def test_outlook_prefixed_zone_names() -> None:
    (event,) = _events("nodeical__exchange-custom-tz.ics")
    assert event.start == _utc(2019, 4, 30, 2, 0)  # (UTC+07:00) Bangkok, Hanoi, Jakarta
    starts = [e.start for e in _events("nodeical__Office-2012-owa.ics")]
    assert _utc(2020, 10, 28, 2, 30) in starts  # (GMT+10:00) Canberra, Melbourne, Sydney (AEDT)
    assert _utc(2020, 10, 28, 17, 30) in starts  # (UTC-05:00) Eastern Time, still EDT


def test_vendor_prefixed_iana_name() -> None:
    (event,) = _events("ical4j__evolution.ics")
    assert event.start == _utc(2008, 6, 24, 18, 0)  # /softwarestudio.org/Tzfile/America/Chicago, CDT


def test_customized_time_zone_from_its_vtimezone() -> None:
    (event,) = _events("nodeical__bad_ms_tz.ics")
    assert event.start == _utc(2020, 8, 25, 14, 35)  # US Eastern rules, EDT


def test_real_teams_cancel_and_google_meet() -> None:
    (cancel,) = _events("maillist_openbmc__exchange_teams_cancel_series.ics")
    assert cancel.method == "CANCEL"
    assert cancel.status == "CANCELLED"
    assert cancel.start == _utc(2020, 1, 14, 20, 30)
    (meet,) = _events("maillist_openbmc__google_invitation_meet.ics")
    assert meet.conference_url is not None and meet.conference_url.startswith("https://meet.google.com/")
