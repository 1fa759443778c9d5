"""Classes of failure seen on unseen mail, round 23 (Lyon, Mexico City, Seattle), and on the path a
configured user runs (the owner's zone known): each fixed by a general mechanism (own examples, not
copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from followup.parsers import analyze_email
from tests.unit.parsers.detect.test_unseen_classes6 import ME, NOW


def _mail(body: str, subject: str, sender: str, date_header: str, tz: str | None):  # type: ignore[no-untyped-def]
    raw = (
        f"From: {sender}\nTo: Mila Novak <mila.novak@mailbox.example>\nSubject: {subject}\n"
        f"Date: {date_header}\nMessage-ID: <t13@example.test>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + body
    )
    return analyze_email(raw.encode(), ME, NOW, ZoneInfo(tz) if tz else None)


def test_a_zone_the_text_names_wins_over_the_owners_own() -> None:
    body = (
        "Hi Mila,\n\nHere is your interview schedule. All sessions are on Zoom and all times below are "
        "Eastern Time (ET).\n\nThursday, December 10, 2026\n\n10:00 AM - 10:45 AM  Coding with Priya\n"
        "10:45 AM - 11:30 AM  System design with Tom\n\nBest,\nJo Park\nRecruiting Coordinator\n"
        "jo.park@harbor.example\n"
    )
    for tz in ("America/Los_Angeles", None):
        d = _mail(body, "Your interview schedule", "Jo Park <jo.park@harbor.example>",
                  "Mon, 23 Nov 2026 12:00:00 +0000", tz)
        assert d.is_interview, d.reasons
        assert d.start == datetime(2026, 12, 10, 15, 0, tzinfo=UTC), tz
    # with no zone named, the owner's zone is the slot's
    d = _mail(body.replace(" and all times below are Eastern Time (ET)", ""), "Your interview schedule",
              "Jo Park <jo.park@harbor.example>", "Mon, 23 Nov 2026 12:00:00 +0000", "America/Los_Angeles")
    assert d.start == datetime(2026, 12, 10, 18, 0, tzinfo=UTC)
