"""Video-call links: vendor properties first, then well-known meeting URLs in the text."""

from __future__ import annotations

import pytest

from followup.parsers.ics import parse_calendar


def _event(*props: str) -> str | None:
    body = "".join(p + "\r\n" for p in props)
    data = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:c\r\nDTSTART:20260101T100000Z\r\n"
        + body
        + "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    (event,) = parse_calendar(data)
    return event.conference_url


@pytest.mark.parametrize(
    ("props", "expected"),
    [
        (
            ["X-GOOGLE-CONFERENCE:https://meet.google.com/xyz-abcd-efg"],
            "https://meet.google.com/xyz-abcd-efg",
        ),
        (
            [
                "X-MICROSOFT-SKYPETEAMSMEETINGURL:https://teams.microsoft.com/l/meetup-join/19%3ameeting_A%40thread.v2/0"
            ],
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_A%40thread.v2/0",
        ),
        (["CONFERENCE;VALUE=URI;FEATURE=VIDEO:https://whereby.com/initech"], "https://whereby.com/initech"),
        (
            ["LOCATION:https://us02web.zoom.us/j/81234567890?pwd=abc"],
            "https://us02web.zoom.us/j/81234567890?pwd=abc",
        ),
        (
            ["DESCRIPTION:Join: https://initech.webex.com/initech/j.php?MTID=m1234abcd. See you!"],
            "https://initech.webex.com/initech/j.php?MTID=m1234abcd",
        ),
        (
            [
                "DESCRIPTION:Click here<https://teams.microsoft.com/l/meetup-join/19%3ameeting_B%40thread.v2/0>"
            ],
            "https://teams.microsoft.com/l/meetup-join/19%3ameeting_B%40thread.v2/0",
        ),
        (
            ["DESCRIPTION:Call via (https://meet.google.com/abc-defg-hij)."],
            "https://meet.google.com/abc-defg-hij",
        ),
        (["DESCRIPTION:Help: https://support.zoom.us/hc/en-us and https://example.com/x"], None),
        (["LOCATION:Room 4.01\\, Building B"], None),
        (
            [
                "LOCATION:Zoom",
                "DESCRIPTION:https://zoom.us/j/999?pwd=x",
                "X-GOOGLE-CONFERENCE:https://meet.google.com/a",
            ],
            "https://meet.google.com/a",
        ),
    ],
)
def test_conference_url(props: list[str], expected: str | None) -> None:
    assert _event(*props) == expected
