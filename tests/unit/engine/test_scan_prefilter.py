"""The engine's scan prefilter: the adapters read a message's text only when it says so."""

from __future__ import annotations

from followup.config import MailboxConfig
from followup.engine.ingest import scan_prefilter
from followup.parsers.mime_headers import read_meta

PLAIN = read_meta(b"From: a@corp.example\r\nSubject: Lunch photos\r\nMessage-ID: <p@x>\r\n\r\n")
HINT = read_meta(b"From: a@corp.example\r\nSubject: Phone screen next steps\r\nMessage-ID: <h@x>\r\n\r\n")


def test_wants_what_the_parsers_prefilter_wants_and_all_marked_mail() -> None:
    wants = scan_prefilter(MailboxConfig(track_folder="Track", track_keyword="FollowUp"))
    assert not wants("INBOX", PLAIN, frozenset(), False)
    assert wants("INBOX", PLAIN, frozenset(), True)  # a calendar part
    assert wants("INBOX", HINT, frozenset(), False)  # the subject hints at an interview
    assert wants("Track", PLAIN, frozenset(), False)  # the owner's track folder
    assert wants("INBOX", PLAIN, frozenset({"followup"}), False)  # keywords come lower-case
    assert not wants("INBOX", PLAIN, frozenset({"other"}), False)


def test_no_track_folder_or_keyword_marks_nothing() -> None:
    wants = scan_prefilter(MailboxConfig(track_folder="", track_keyword=""))
    assert not wants("", PLAIN, frozenset({""}), False)
    assert not wants("INBOX", PLAIN, frozenset({"followup"}), False)
