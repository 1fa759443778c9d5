"""Time-zone resolution: each calendar's own VTIMEZONE, never icalendar's process-wide cache."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from icalendar.timezone import tzp as icalendar_tzp

from followup.parsers.ics import parse_calendar
from followup.parsers.model import CalEvent

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


def _one(tzid: str, local: str = "20260715T100000", vtimezone: str = "", header: str = "") -> CalEvent:
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + header + vtimezone + "BEGIN:VEVENT\r\n"
        "UID:tz-test\r\nDTSTAMP:20260101T000000Z\r\n"
        f"DTSTART;TZID={tzid}:{local}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (event,) = parse_calendar(data)
    return event


@pytest.mark.parametrize(
    ("tzid", "expected_hour"),
    [
        ("America/Los_Angeles", 17),  # IANA, PDT
        ("Pacific Standard Time", 17),  # Windows name, no VTIMEZONE
        ('"W. Europe Standard Time"', 8),
        ("Romance Standard Time", 8),
        ("/softwarestudio.org/Tzfile/America/Chicago", 15),
        ("/mozilla.org/20050126_1/Europe/Berlin", 8),
        ('"(UTC-08:00) Pacific Time (US & Canada)"', 17),  # display name: DST from the real zone
        ("(UTC-08:00) Pacific Time (US & Canada)", 17),  # the same, unquoted colon repaired
        ('"(GMT+01.00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna"', 8),
        ('"(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi"', 4),  # 04:30Z
        ('"(UTC+03:00) Somewhere Unlisted"', 7),  # only the prefix: a fixed offset
        ('"Kuala Lumpur, Singapore"', 2),
        ("UTC", 10),
        ("europe/berlin", 8),  # wrong case
        ("Etc/GMT-2", 8),
    ],
)
def test_zone_names_without_vtimezone(tzid: str, expected_hour: int) -> None:
    event = _one(tzid)
    assert event.start is not None and event.start.hour == expected_hour, event.start
    assert not event.floating


@pytest.mark.parametrize(
    "tzid", ["Customized Time Zone", "tzone://Microsoft/Custom", '""', "Nowhere/Special"]
)
def test_unknown_zone_without_vtimezone_is_floating(tzid: str) -> None:
    event = _one(tzid)
    assert event.floating
    assert event.start == datetime(2026, 7, 15, 10, 0, tzinfo=UTC)


_CUSTOM_EU = (
    "BEGIN:VTIMEZONE\r\nTZID:Customized Time Zone\r\n"
    "BEGIN:STANDARD\r\nDTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
    "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\n"
    "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r\nEND:DAYLIGHT\r\nEND:VTIMEZONE\r\n"
)


@pytest.mark.parametrize(
    ("local", "expected"),
    [
        ("20260115T100000", datetime(2026, 1, 15, 9, 0, tzinfo=UTC)),  # winter +01:00
        ("20260715T100000", datetime(2026, 7, 15, 8, 0, tzinfo=UTC)),  # summer +02:00
        ("20260329T013000", datetime(2026, 3, 29, 0, 30, tzinfo=UTC)),  # just before the switch
        ("20260329T033000", datetime(2026, 3, 29, 1, 30, tzinfo=UTC)),  # just after
        ("20261025T040000", datetime(2026, 10, 25, 3, 0, tzinfo=UTC)),  # after the switch back
        ("20991231T235900", datetime(2099, 12, 31, 22, 59, tzinfo=UTC)),
    ],
)
def test_vtimezone_rules_give_the_offset_of_the_date(local: str, expected: datetime) -> None:
    event = _one("Customized Time Zone", local, _CUSTOM_EU)
    assert event.start == expected
    assert not event.floating


def test_vtimezone_with_rdate_and_no_rrule() -> None:
    vtz = (
        "BEGIN:VTIMEZONE\r\nTZID:Old Style\r\n"
        "BEGIN:STANDARD\r\nDTSTART:20251026T030000\r\nRDATE:20261025T030000\r\n"
        "TZOFFSETFROM:+0300\r\nTZOFFSETTO:+0200\r\nEND:STANDARD\r\n"
        "BEGIN:DAYLIGHT\r\nDTSTART:20260329T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0300\r\nEND:DAYLIGHT\r\n"
        "END:VTIMEZONE\r\n"
    )
    assert _one("Old Style", "20260715T100000", vtz).start == datetime(2026, 7, 15, 7, 0, tzinfo=UTC)
    assert _one("Old Style", "20261115T100000", vtz).start == datetime(2026, 11, 15, 8, 0, tzinfo=UTC)
    assert _one("Old Style", "20260215T100000", vtz).start == datetime(2026, 2, 15, 8, 0, tzinfo=UTC)


def test_x_wr_timezone_gives_floating_times_a_zone() -> None:
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nX-WR-TIMEZONE:Europe/Berlin\r\nBEGIN:VEVENT\r\nUID:w\r\n"
        "DTSTART:20260715T100000\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (event,) = parse_calendar(data, default_tz=ZoneInfo("America/New_York"))
    assert event.start == datetime(2026, 7, 15, 8, 0, tzinfo=UTC)
    assert not event.floating


def test_own_definitions_do_not_leak_into_icalendar_cache() -> None:
    vtz = _CUSTOM_EU.replace("Customized Time Zone", "Followup Test Zone 7f3a")
    assert _one("Followup Test Zone 7f3a", "20260715T100000", vtz).start == datetime(
        2026, 7, 15, 8, 0, tzinfo=UTC
    )
    assert icalendar_tzp.timezone("Followup Test Zone 7f3a") is None
    # and the zone is not remembered for a later calendar that lacks the definition
    assert _one("Followup Test Zone 7f3a").floating


def test_iana_named_vtimezone_keeps_only_its_name_before_parsing() -> None:
    """Its written rules are never used for an exact IANA TZID, so they are not parsed at all."""
    from followup.parsers.ics_text import _keep, _unfold

    berlin = _CUSTOM_EU.replace("Customized Time Zone", "Europe/Berlin")
    text = f"BEGIN:VCALENDAR\r\n{berlin}{_CUSTOM_EU}END:VCALENDAR\r\n"
    kept = _keep(_unfold(text))
    assert kept[:4] == ["BEGIN:VCALENDAR", "BEGIN:VTIMEZONE", "TZID:Europe/Berlin", "END:VTIMEZONE"]
    assert kept[4:6] == ["BEGIN:VTIMEZONE", "TZID:Customized Time Zone"]
    assert kept.count("BEGIN:STANDARD") == 1 and kept.count("BEGIN:DAYLIGHT") == 1  # the custom zone's
    event = _one("Europe/Berlin", "20260715T100000", berlin)
    assert event.start == datetime(2026, 7, 15, 8, 0, tzinfo=UTC)
