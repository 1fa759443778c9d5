"""One contract, two backends: every test runs against a real Dovecot and a local Maildir."""

from __future__ import annotations

import threading
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import SMTP

import pytest

from followup.mailbox.base import KEY_HEADER
from followup.mailbox.draft_ids import message_id_for_key
from followup.state import MemoryState
from tests.support.dovecot import sample_message

from .mailbox_harness import WANTS, Harness

pytestmark = pytest.mark.integration

SINCE = datetime.now(UTC) - timedelta(days=60)


def _plain(i: int, subject: str = "Lunch photos from the weekend") -> bytes:
    return sample_message(i, subject=subject, message_id=f"<plain{i}@test.example>")


def _invite(i: int) -> bytes:
    return sample_message(i, invite=True, message_id=f"<invite{i}@test.example>")


def _draft(subject: str = "Thank you") -> EmailMessage:
    msg = EmailMessage()
    msg["From"] = "Alex Rivera <alex@mailbox.example>"
    msg["To"] = "Dana Lee <dana@acme.example>"
    msg["Subject"] = subject
    msg.set_content("Dear Dana,\n\nthank you for your time today.\n\nAlex\n")
    return msg


class TestMailboxContract:
    def test_scan_finds_new_mail_then_nothing(self, harness: Harness) -> None:
        harness.deliver(_plain(1))
        harness.deliver(_invite(2))
        harness.deliver(_plain(3), folder="Jobs")
        mb, state = harness.mailbox(), MemoryState()
        got = list(mb.scan(state, SINCE, WANTS))
        assert sorted(m.meta.message_id or "" for m in got) == [
            "<invite2@test.example>", "<plain1@test.example>", "<plain3@test.example>"]
        assert {m.folder for m in got} == {"INBOX", "Jobs"}
        assert all(not m.in_sent for m in got)
        first = next(m for m in got if m.meta.message_id == "<plain1@test.example>")
        assert first.meta.sender is not None and first.meta.sender.email == "person1@corp1.example"
        assert first.meta.subject == "Lunch photos from the weekend"
        assert [a.name for a in first.meta.cc] == ["Jürgen Müller"]
        assert first.meta.date is not None and first.meta.date.tzinfo is not None
        assert list(mb.scan(state, SINCE, WANTS)) == []

    def test_scan_is_incremental(self, harness: Harness) -> None:
        mb, state = harness.mailbox(), MemoryState()
        harness.deliver(_plain(1))
        assert len(list(mb.scan(state, SINCE, WANTS))) == 1
        harness.deliver(_plain(2))
        got = list(mb.scan(state, SINCE, WANTS))
        assert [m.meta.message_id for m in got] == ["<plain2@test.example>"]
        # a fresh backend object with the same state agrees
        assert list(harness.mailbox().scan(state, SINCE, WANTS)) == []

    def test_scan_changes_no_flag(self, harness: Harness) -> None:
        for i in range(3):
            harness.deliver(_plain(i))
        harness.deliver(_invite(9))
        before = harness.flags()
        list(harness.mailbox().scan(MemoryState(), SINCE, WANTS))
        after = harness.flags()
        assert after == before
        assert all("\\Seen" not in f and "S" not in f for f in after.values())
        if harness.name == "maildir":
            assert all(name.startswith("new/") for name in after)

    def test_prefilter_decides_raw(self, harness: Harness) -> None:
        harness.deliver(_plain(1))
        harness.deliver(_invite(2))
        got = {m.meta.message_id: m for m in harness.mailbox().scan(MemoryState(), SINCE, WANTS)}
        assert got["<plain1@test.example>"].raw is None
        raw = got["<invite2@test.example>"].raw
        assert raw is not None and b"BEGIN:VCALENDAR" in raw and b"Subject: Invitation" in raw

    def test_subject_hint_fetches_body(self, harness: Harness) -> None:
        harness.deliver(_plain(1, subject="Phone screen next steps"))
        (msg,) = harness.mailbox().scan(MemoryState(), SINCE, WANTS)
        assert msg.raw is not None and msg.raw.startswith(b"From: ")

    def test_sent_folder_is_marked(self, harness: Harness) -> None:
        harness.deliver(_plain(5, subject="Thank you"), folder="Sent")
        harness.deliver(_plain(6))
        got = {m.meta.message_id: m for m in harness.mailbox().scan(MemoryState(), SINCE, WANTS)}
        assert got["<plain5@test.example>"].in_sent
        assert not got["<plain6@test.example>"].in_sent

    def test_lookback_window(self, harness: Harness) -> None:
        harness.deliver(_plain(1))
        future = datetime.now(UTC) + timedelta(days=2)
        assert list(harness.mailbox().scan(MemoryState(), future, WANTS)) == []

    def test_mail_older_than_the_lookback_stays_out(self, harness: Harness) -> None:
        harness.deliver(_plain(1, subject="Interview"), when=datetime.now(UTC) - timedelta(days=90))
        mb, state = harness.mailbox(), MemoryState()
        assert list(mb.scan(state, SINCE, WANTS)) == []
        harness.deliver(_plain(2))
        assert [m.meta.message_id for m in mb.scan(state, SINCE, WANTS)] == ["<plain2@test.example>"]
        assert list(mb.scan(state, SINCE, WANTS)) == []

    def test_folder_reset_rescans_without_duplicates(self, harness: Harness) -> None:
        for i in range(3):
            harness.deliver(_plain(i), folder="Jobs")
        mb, state = harness.mailbox(), MemoryState()
        before = {m.uid for m in mb.scan(state, SINCE, WANTS)}
        assert len(before) == 3
        harness.reset_folder("Jobs")
        harness.deliver(_plain(7), folder="Jobs")
        got = list(mb.scan(state, SINCE, WANTS))
        assert before.isdisjoint(m.uid for m in got)  # new identities: the state was reset
        ids = Counter(m.meta.message_id for m in got)
        assert set(ids) == {f"<plain{i}@test.example>" for i in (0, 1, 2, 7)}
        assert max(ids.values()) == 1  # nothing twice within a scan
        assert list(mb.scan(state, SINCE, WANTS)) == []

    def test_draft_appended_once(self, harness: Harness) -> None:
        mb = harness.mailbox()
        key = "thanks:interview-42:dana@acme.example"
        assert not mb.has_draft(key)
        first = mb.append_draft(_draft(), key)
        assert mb.has_draft(key)
        assert mb.append_draft(_draft(), key) == first
        # local state lost: a fresh backend object still finds it by its header
        assert harness.mailbox().append_draft(_draft(), key) == first
        (draft,) = harness.drafts(key)
        flags, raw = draft
        assert {"\\Draft", "\\Seen"} <= flags  # as mail clients store drafts
        # known by a Message-ID derived from the key: nothing tool-specific goes out with it
        assert f"\r\nMessage-ID: {message_id_for_key(key, 'mailbox.example')}\r\n".encode() in raw
        assert KEY_HEADER.encode().lower() not in raw.lower()
        assert b"thank you for your time" in raw
        # a key that is a prefix of another is a different draft
        assert not mb.has_draft("thanks:interview-42")

    def test_old_style_draft_is_found_and_not_duplicated(self, harness: Harness) -> None:
        key = "thanks:interview-7:dana@acme.example"
        old = _draft()
        old["Message-ID"] = "<followup.0123456789abcdef01234567@mailbox.example>"
        old[KEY_HEADER] = key
        harness.deliver(old.as_bytes(policy=SMTP), folder="Drafts")  # as the old code wrote it
        mb = harness.mailbox()
        assert mb.has_draft(key)
        assert mb.append_draft(_draft(), key) is not None
        assert len(harness.drafts(key)) == 1
        assert not mb.has_draft("thanks:interview-7:dana@acme")  # a prefix is another key

    def test_drafts_are_not_scanned_as_mail(self, harness: Harness) -> None:
        mb = harness.mailbox()
        mb.append_draft(_draft(), "k1")
        assert list(mb.scan(MemoryState(), SINCE, WANTS)) == []

    def test_wait_for_mail(self, harness: Harness) -> None:
        mb, state = harness.mailbox(), MemoryState()
        list(mb.scan(state, SINCE, WANTS))
        t0 = time.monotonic()
        assert mb.wait_for_mail(0.3) is False
        assert time.monotonic() - t0 < 3
        timer = threading.Timer(0.3, harness.deliver, args=(_plain(4),))
        timer.start()
        try:
            assert mb.wait_for_mail(10) is True
        finally:
            timer.join()
        assert [m.meta.message_id for m in mb.scan(state, SINCE, WANTS)] == ["<plain4@test.example>"]
        mb.close()
