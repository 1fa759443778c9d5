"""What real mailers get wrong: charsets, line ends, folding, junk, missing END lines."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from followup.errors import ParseError
from followup.parsers.ics import parse_calendar

Load = Callable[[str], bytes]
TEAMS_START = datetime(2026, 7, 15, 8, 0, tzinfo=UTC)


def _teams(ics: Load) -> str:
    """The Outlook/Teams invite with CRLF line ends, as Exchange sends it."""
    return ics("outlook_teams").decode("utf-8").replace("\r\n", "\n").replace("\n", "\r\n")


def _sub(text: str, old: str, new: str) -> str:
    """``text.replace(old, new)``, insisting that ``old`` is there (no vacuous mutations)."""
    assert old in text, old
    return text.replace(old, new)


def _check_teams(data: bytes | str) -> None:
    (event,) = parse_calendar(data)
    assert event.start == TEAMS_START
    assert event.summary == "Vorstellungsgespräch Softwareentwicklung"
    assert event.organizer is not None and event.organizer.name == "Müller, Jürgen"
    assert any(a.cutype == "ROOM" for a in event.attendees)


def test_utf8_bom_is_stripped(ics: Load) -> None:
    _check_teams(b"\xef\xbb\xbf" + ics("outlook_teams"))
    _check_teams("\ufeff" + _teams(ics))


def test_cp1252_bytes_fall_back(ics: Load) -> None:
    _check_teams(_teams(ics).encode("cp1252"))


def test_latin1_only_bytes_fall_back(ics: Load) -> None:
    data = _teams(ics).encode("latin-1") + b"X-JUNK:\x81\x8d\x8f\x90\x9d\r\n"  # not cp1252 either
    (event,) = parse_calendar(data)
    assert event.start == TEAMS_START


def test_lf_and_cr_line_ends(ics: Load) -> None:
    _check_teams(_teams(ics).replace("\r\n", "\n"))
    _check_teams(_teams(ics).replace("\r\n", "\r"))


def test_lowercase_property_and_component_names(ics: Load) -> None:
    lines = []
    for line in _teams(ics).replace("\r\n", "\n").split("\n"):
        name, sep, rest = line.partition(":")
        lines.append(name.lower() + sep + rest if sep and not line.startswith(" ") else line)
    (event,) = parse_calendar("\n".join(lines))
    assert event.start == TEAMS_START
    assert event.uid and event.uid.startswith("040000008200E00074C5B7101A82E008")


def test_folding_without_leading_blank_in_text(ics: Load) -> None:
    # a description continued on a line without the folding blank
    broken = _sub(_teams(ics), "Gespräch.\r\n \\n", "Gespräch.\r\nNoch eine Zeile\\n")
    (event,) = parse_calendar(broken)
    assert event.start == TEAMS_START
    assert "Noch eine Zeile" in event.description


def test_junk_lines_are_dropped(ics: Load) -> None:
    junk = _sub(_teams(ics), "SUMMARY;", "this line is junk\r\n<html><body>\r\n%%%\r\nSUMMARY;")
    junk = _sub(junk, "BEGIN:VTIMEZONE", "BEGIN:VTIMEZONE\r\n--- more junk ---")
    _check_teams(junk)


def test_missing_end_lines(ics: Load) -> None:
    text = _teams(ics)
    _check_teams(_sub(text, "END:VCALENDAR\r\n", ""))
    _check_teams(_sub(_sub(text, "END:VEVENT\r\n", ""), "END:VCALENDAR\r\n", ""))
    _check_teams(_sub(text, "END:STANDARD\r\n", ""))


def test_stray_end_and_property_before_begin(ics: Load) -> None:
    _check_teams("END:VEVENT\r\nSUMMARY:nothing\r\n" + _teams(ics))


def test_broken_values_in_strict_components(ics: Load) -> None:
    text = _teams(ics)
    _check_teams(_sub(text, "VERSION:2.0", "VERSION:2.0\r\nLAST-MODIFIED:yesterday"))
    _check_teams(_sub(text, "TZOFFSETTO:+0100", "TZOFFSETTO:one hour"))
    google = _sub(ics("google_invite").decode(), "TRIGGER:-P0DT0H10M0S", "TRIGGER:soon")
    (event,) = parse_calendar(google)
    assert event.start == datetime(2026, 10, 15, 21, 0, tzinfo=UTC)


def test_broken_dtstart_keeps_the_event(ics: Load) -> None:
    text = _sub(ics("cancel").decode(), "DTSTART:20261015T210000Z", "DTSTART:2026-10-15 21:00")
    (event,) = parse_calendar(text)
    assert event.start is None and event.end is None
    assert event.uid == "5u4vjq1m0h3k2l9p8o7i6u5y4t@google.com"
    assert event.method == "CANCEL"


def test_vtimezone_after_the_event(ics: Load) -> None:
    text = _teams(ics)
    head, _, rest = text.partition("BEGIN:VTIMEZONE")
    vtz, _, tail = rest.partition("END:VTIMEZONE\r\n")
    assert vtz and tail
    moved = head + _sub(tail, "END:VCALENDAR", "BEGIN:VTIMEZONE" + vtz + "END:VTIMEZONE\r\nEND:VCALENDAR")
    _check_teams(moved)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"   \r\n",
        b"\x00\x01\x02garbage\xff",
        "Hello, this is a plain e-mail body.\n",
        b"<html><body>Calendar</body></html>",
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jordan Lee\r\nEND:VCARD\r\n",
        "BEGIN:VEVENT\r\nUID:bare\r\nDTSTART:20260101T100000Z\r\nEND:VEVENT\r\n",
    ],
)
def test_not_icalendar_raises_parse_error(data: bytes | str) -> None:
    with pytest.raises(ParseError):
        parse_calendar(data)


def test_calendar_without_events_is_empty() -> None:
    assert parse_calendar("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n") == ()
    todo = "BEGIN:VCALENDAR\r\nBEGIN:VTODO\r\nUID:t\r\nSUMMARY:x\r\nEND:VTODO\r\nEND:VCALENDAR\r\n"
    assert parse_calendar(todo) == ()


def test_wrong_type_raises_parse_error() -> None:
    with pytest.raises(ParseError):
        parse_calendar(12345)  # type: ignore[arg-type]


def test_vcalendar_only_mentioned_in_text_raises_parse_error() -> None:
    with pytest.raises(ParseError):
        parse_calendar("<html><pre>BEGIN:VCALENDAR ... END:VCALENDAR</pre></html>")
    with pytest.raises(ParseError):
        parse_calendar("To add it, paste BEGIN:VCALENDAR into your calendar.\r\n")
