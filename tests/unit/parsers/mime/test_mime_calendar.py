from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from followup.parsers.mime import read_message

Load = Callable[[str], bytes]


def test_inline_calendar_and_ics_attachment_are_deduplicated(eml: Load) -> None:
    content = read_message(eml("calendar_inline_and_attachment.eml"))
    assert content.has_calendar_part is True
    assert content.attachment_names == ("invite.ics",)
    (event,) = content.calendars
    assert event.uid == "interview-42@acme.example"
    assert event.start == datetime(2026, 3, 10, 15, 0, tzinfo=UTC)
    assert event.method == "REQUEST"
    assert {a.email for a in event.attendees} >= {"sam@mailbox.example", "tom.lee@acme.example"}
    # The body is the plain alternative, not the calendar text.
    assert content.text == "You have been invited to Interview: Sam Candidate / Acme."


def test_latin1_calendar_parts_octet_stream_and_attachment(eml: Load) -> None:
    content = read_message(eml("calendar_latin1.eml"))
    assert content.has_calendar_part is True
    assert content.attachment_names == ("einladung.ics", "second.ics")
    (event,) = content.calendars  # same UID and sequence twice: one event
    assert event.summary == "Vorstellungsgespräch mit Jürgen Weber"
    assert event.location == "Besprechungsraum Übersee"
    assert event.organizer is not None and event.organizer.name == "Jürgen Weber"


def test_garbage_calendar_part_is_skipped_and_logged(eml: Load, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="followup.parsers.mime"):
        content = read_message(eml("calendar_garbage.eml"))
    assert content.has_calendar_part is True
    assert content.calendars == ()
    assert content.text == "Body still readable."
    assert any("calendar part skipped" in r.getMessage() for r in caplog.records)


def test_calendar_inside_forwarded_message_is_found(eml: Load) -> None:
    invite = eml("calendar_inline_and_attachment.eml")
    raw = (
        b"From: sam@mailbox.example\r\nSubject: Fwd: invite\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=zz\r\n\r\n"
        b"--zz\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n"
        b"--zz\r\nContent-Type: message/rfc822\r\n\r\n" + invite + b"\r\n--zz--\r\n"
    )
    content = read_message(raw)
    assert content.has_calendar_part is True
    assert [e.uid for e in content.calendars] == ["interview-42@acme.example"]
    (fwd,) = content.forwarded
    assert [e.uid for e in fwd.calendars] == ["interview-42@acme.example"]
    assert fwd.meta.sender is not None and fwd.meta.sender.email == "priya.natarajan@acme.example"


@pytest.mark.parametrize(
    "name", ["openbmc__google_invitation.eml", "nylas__icloud_invite_fr_with_text_calendar.eml"])
def test_corpus_invites_yield_one_event(corpus_dir: Path, name: str) -> None:
    content = read_message((corpus_dir / "eml" / "calendar_invites" / name).read_bytes())
    assert content.has_calendar_part is True
    assert len(content.calendars) == 1
    assert content.calendars[0].uid
