"""parse_calendar on small invites as Google, Outlook/Teams, Zoom and Apple send them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from followup.parsers.ics import parse_calendar
from followup.parsers.model import Attendee

Load = Callable[[str], bytes]


def _utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def test_google_invite(ics: Load) -> None:
    (event,) = parse_calendar(ics("google_invite"))
    assert event.uid == "5u4vjq1m0h3k2l9p8o7i6u5y4t@google.com"
    assert event.summary == "Interview: Alex Rivera / Initech"
    assert event.method == "REQUEST"
    assert event.status == "CONFIRMED"
    assert event.start == _utc(2026, 10, 15, 21, 0)  # 14:00 PDT
    assert event.end == _utc(2026, 10, 15, 22, 0)
    assert event.dtstamp == _utc(2026, 10, 8, 17, 12, 3)
    assert not event.all_day and not event.floating and not event.recurring
    assert event.conference_url == "https://meet.google.com/abc-defg-hij"
    assert event.organizer == Attendee(email="jordan.lee@initech.example", name="Jordan Lee")
    assert "Senior Engineer role" in event.description
    emails = [a.email for a in event.attendees]
    assert emails == ["jordan.lee@initech.example", "sam.lee@initech.example", "alex.rivera@mailbox.example"]


def test_attendee_cn_quoted_with_comma_is_unquoted(ics: Load) -> None:
    (event,) = parse_calendar(ics("google_invite"))
    sam = event.attendees[1]
    assert sam.name == "Lee, Sam (Eng)"
    assert sam.email == "sam.lee@initech.example"  # lower-cased, mailto: removed
    assert (sam.role, sam.cutype, sam.partstat) == ("REQ-PARTICIPANT", "INDIVIDUAL", "NEEDS-ACTION")


def test_cn_that_is_just_the_address_gives_no_name(ics: Load) -> None:
    (event,) = parse_calendar(ics("google_invite"))
    assert event.attendees[2] == Attendee(
        email="alex.rivera@mailbox.example",
        name=None,
        role="REQ-PARTICIPANT",
        cutype="INDIVIDUAL",
        partstat="NEEDS-ACTION",
    )


def test_outlook_teams_windows_zone_with_vtimezone(ics: Load) -> None:
    (event,) = parse_calendar(ics("outlook_teams"))
    assert event.start == _utc(2026, 7, 15, 8, 0)  # 10:00 CEST
    assert event.end == _utc(2026, 7, 15, 9, 0)
    assert event.summary == "Vorstellungsgespräch Softwareentwicklung"
    assert event.conference_url is not None
    assert event.conference_url.startswith("https://teams.microsoft.com/l/meetup-join/19%3ameeting_")
    assert event.conference_url.endswith("%22abc%22%7d")


def test_umlauts_commas_and_blanks_in_cn(ics: Load) -> None:
    (event,) = parse_calendar(ics("outlook_teams"))
    assert event.organizer is not None
    assert event.organizer.name == "Müller, Jürgen"
    by_email = {a.email: a for a in event.attendees}
    assert by_email["juergen.mueller@beispiel-gmbh.example"].name == "Müller, Jürgen"
    assert by_email["zoe.weiss@beispiel-gmbh.example"].name == "Zoë Weiß"  # quoted, blanks stripped
    assert by_email["zoe.weiss@beispiel-gmbh.example"].role == "OPT-PARTICIPANT"
    assert "alex.rivera@mailbox.example" in by_email  # MAILTO: upper-case address lower-cased


def test_room_attendee_keeps_cutype(ics: Load) -> None:
    (event,) = parse_calendar(ics("outlook_teams"))
    room = event.attendees[-1]
    assert room.cutype == "ROOM"
    assert room.email == "raum-314@beispiel-gmbh.example"
    assert room.name == "Besprechungsraum 3.14"


def test_zoom_link_in_location_and_description(ics: Load) -> None:
    (event,) = parse_calendar(ics("zoom_invite"))
    assert event.conference_url == "https://globex.zoom.us/j/85012345678?pwd=aBcDeFgHiJkLmNoP.1"
    assert event.start == _utc(2026, 12, 1, 15, 30)  # 10:30 EST
    assert event.end - event.start == timedelta(minutes=45)  # type: ignore[operator]
    assert event.method == "PUBLISH"
    assert event.attendees == ()


def test_apple_invite_email_param_and_resource(ics: Load) -> None:
    (event,) = parse_calendar(ics("apple_invite"))
    assert event.start == _utc(2026, 5, 5, 10, 0)  # 11:00 BST
    assert event.location == "Hooli HQ, 1 Hacker Way, London"
    alex = event.attendees[1]
    assert alex.email == "alex.rivera@mailbox.example"  # from EMAIL=, the value is a urn:uuid
    assert alex.name == "Alex Rivera"
    cart = event.attendees[2]
    assert (cart.cutype, cart.role) == ("RESOURCE", "NON-PARTICIPANT")
    assert event.attendees[0].role == "CHAIR"
    assert event.conference_url is None


def test_floating_time_uses_default_tz(ics: Load) -> None:
    plain, unknown = parse_calendar(ics("floating"))
    assert unknown.floating and unknown.start == _utc(2026, 3, 11, 14, 0)
    assert plain.floating and plain.start == _utc(2026, 3, 10, 9, 30)
    ny = ZoneInfo("America/New_York")
    plain_ny, unknown_ny = parse_calendar(ics("floating"), default_tz=ny)
    assert unknown_ny.start == _utc(2026, 3, 11, 18, 0)  # 14:00 EDT
    assert plain_ny.floating
    assert plain_ny.start == _utc(2026, 3, 10, 13, 30)  # 09:30 EDT
    assert plain_ny.end == _utc(2026, 3, 10, 14, 30)


def test_unknown_tzid_without_vtimezone_is_floating(ics: Load) -> None:
    _, unknown = parse_calendar(ics("floating"), default_tz=timezone(timedelta(hours=2)))
    assert unknown.floating
    assert unknown.start == _utc(2026, 3, 11, 12, 0)


def test_all_day_events(ics: Load) -> None:
    span, single, no_end = parse_calendar(ics("all_day"), default_tz=ZoneInfo("Asia/Tokyo"))
    assert span.all_day and not span.floating
    assert span.start == _utc(2026, 3, 20)  # midnight UTC of the date, whatever default_tz
    assert span.end == _utc(2026, 3, 22)  # DTEND date is exclusive
    assert single.all_day
    assert (single.start, single.end) == (_utc(2026, 3, 25), _utc(2026, 3, 26))
    assert not no_end.all_day
    assert no_end.start == no_end.end == _utc(2026, 3, 26, 16, 0)


def test_duration(ics: Load) -> None:
    timed, days = parse_calendar(ics("duration"))
    assert timed.start == _utc(2026, 3, 29, 0, 30)  # 01:30 CET
    assert timed.end == _utc(2026, 3, 29, 1, 15)  # exact 45 minutes across the DST jump
    assert days.all_day
    assert (days.start, days.end) == (_utc(2026, 4, 1), _utc(2026, 4, 3))


def test_cancel_preserved(ics: Load) -> None:
    (event,) = parse_calendar(ics("cancel"))
    assert event.method == "CANCEL"
    assert event.status == "CANCELLED"
    assert event.sequence == 2
    assert event.start == _utc(2026, 10, 15, 21, 0)


def test_rrule_and_recurrence_id(ics: Load) -> None:
    master, moved = parse_calendar(ics("recurrence_id"))
    assert master.recurring and master.recurrence_id is None
    assert master.start == _utc(2026, 3, 2, 15, 0)  # first instance: 09:00 CST
    assert master.end == _utc(2026, 3, 2, 15, 30)
    assert master.uid == moved.uid
    assert not moved.recurring
    assert moved.recurrence_id == _utc(2026, 3, 16, 14, 0)  # 09:00 CDT
    assert moved.start == _utc(2026, 3, 16, 16, 0)
    assert moved.sequence == 2


def test_followup_key_and_bogus_sequence() -> None:
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//followup//EN\r\nBEGIN:VEVENT\r\n"
        "UID:call-1@followup\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:20260105T150000Z\r\n"
        "SEQUENCE:many\r\nX-FOLLOWUP-KEY:call:abc123\r\nSUMMARY:Call Initech\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (event,) = parse_calendar(data)
    assert event.followup_key == "call:abc123"
    assert event.sequence == 0
    assert event.method is None


def test_several_vcalendars_in_one_input(ics: Load) -> None:
    events = parse_calendar(ics("cancel") + b"\r\n" + ics("zoom_invite"))
    assert [e.method for e in events] == ["CANCEL", "PUBLISH"]


def test_cn_escapes_and_whitespace() -> None:
    data = (
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART:20260101T100000Z\r\n"
        "ATTENDEE;CN=\"Jo ^'JJ^' Smith^n  Jr.\":mailto:jo@x.example\r\n"
        "ATTENDEE;CN=Lee\\, Sam:MAILTO:S.Lee@X.example\r\n"
        'ATTENDEE;CN="":mailto:\r\n'
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (event,) = parse_calendar(data)
    assert [(a.email, a.name) for a in event.attendees] == [
        ("jo@x.example", 'Jo "JJ" Smith Jr.'),  # RFC 6868 caret escapes, blanks collapsed
        ("s.lee@x.example", "Lee, Sam"),
    ]  # the attendee with neither address nor name is dropped
