"""run_cycle with in-memory fakes of the mailbox and calendar, the real parsers and a real state file."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from followup.calendar_sync.base import CalendarChange
from followup.config import Config, OwnerConfig, StateConfig
from followup.engine import ingest
from followup.engine.service import run_cycle
from followup.engine.tracker import Tracker
from followup.errors import ParseError
from followup.mailbox.base import Prefilter, ScannedMessage
from followup.parsers.addresses import Owner
from followup.parsers.mime_headers import read_meta
from followup.parsers.model import Address, Attendee, CalEvent, Detection, MailMeta
from followup.state import StateStore

from .engine_helpers import FakeCalendar

FIXTURES = Path(__file__).resolve().parents[2] / "integration" / "engine" / "fixtures"
INVITE = (FIXTURES / "invite_globex.eml").read_bytes()
AFTER = datetime(2026, 3, 3, 21, 0, tzinfo=UTC)
BEFORE = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)


class FakeMailbox:
    """Keeps the protocol's promises: scan state in the store, drafts deduplicated by key."""

    def __init__(self, messages: list[ScannedMessage]) -> None:
        self.messages = messages
        self.drafts: dict[str, EmailMessage] = {}
        self.appends = 0

    def scan(self, state: StateStore, since: datetime,
             wants_body: Prefilter) -> Iterator[ScannedMessage]:
        seen = set((state.get_state("fake:seen") or "").split())
        for m in self.messages:
            if m.uid in seen:
                continue
            yield m
            seen.add(m.uid)
            state.set_state("fake:seen", " ".join(sorted(seen)))

    def has_draft(self, key: str) -> bool:
        return key in self.drafts

    def append_draft(self, message: EmailMessage, key: str) -> str | None:
        if key in self.drafts:
            return None
        self.appends += 1
        self.drafts[key] = message
        return key

    def wait_for_mail(self, timeout: float) -> bool:
        return False

    def close(self) -> None:
        pass


def scanned(raw: bytes, uid: str, folder: str = "INBOX", *, in_sent: bool = False) -> ScannedMessage:
    return ScannedMessage(folder, uid, read_meta(raw.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"), raw, in_sent)


@pytest.fixture
def config(tmp_path: Path) -> Config:
    owner = OwnerConfig(name="Alex Rivera", email="alex.rivera@mailbox.example", phone="+1 555 0100",
                        timezone="America/New_York")
    return Config(owner=owner, state=StateConfig(path=tmp_path / "state.db"))


def test_one_cycle_writes_one_draft_per_person_and_the_call(config: Config) -> None:
    mb, cal = FakeMailbox([scanned(INVITE, "1")]), FakeCalendar()
    before = run_cycle(config, now=BEFORE, mailbox=mb, calendar=cal)
    assert before.applied == [] and len(before.interviews) == 1
    assert before.next_due() == datetime(2026, 3, 3, 20, 0, tzinfo=UTC)  # the call event at the end
    report = run_cycle(config, now=AFTER, mailbox=mb, calendar=cal)
    assert sorted(k.rsplit(":", 1)[1] for k in mb.drafts) == [
        "dana.whitfield@globex.com", "lena.fischer@globex.com", "omar.haddad@globex.com"]
    assert [k.split(":")[0] for k in cal.events] == ["call"]
    assert "applied 4 actions" in report.summary()
    again = run_cycle(config, now=AFTER, mailbox=mb, calendar=cal)
    assert again.applied == [] and mb.appends == 3


def test_rescan_with_new_uids_records_nothing_twice(config: Config) -> None:
    mb = FakeMailbox([scanned(INVITE, "1")])
    run_cycle(config, now=BEFORE, mailbox=mb, calendar=FakeCalendar())
    mb.messages = [scanned(INVITE, "2:1")]  # UIDVALIDITY changed: same message, new id
    run_cycle(config, now=BEFORE, mailbox=mb, calendar=FakeCalendar())
    with Tracker(config.state.path) as t:
        assert t.counts()["interviews"] == 1 and t.counts()["messages"] == 1


def test_crash_between_effect_and_record_creates_nothing_twice(config: Config,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    mb, cal = FakeMailbox([scanned(INVITE, "1")]), FakeCalendar()
    run_cycle(config, now=BEFORE, mailbox=mb, calendar=cal)
    real = Tracker.record_action

    def crash(self: Tracker, *a: object, **kw: object) -> None:
        raise KeyboardInterrupt("power cut")

    monkeypatch.setattr(Tracker, "record_action", crash)
    with pytest.raises(KeyboardInterrupt):
        run_cycle(config, now=AFTER, mailbox=mb, calendar=cal)
    assert mb.appends == 1  # the first draft went out, its record did not
    monkeypatch.setattr(Tracker, "record_action", real)
    run_cycle(config, now=AFTER, mailbox=mb, calendar=cal)
    assert mb.appends == 3 and len(mb.drafts) == 3 and len(cal.events) == 1


def test_unparsable_message_is_skipped_with_its_id_only(config: Config, monkeypatch: pytest.MonkeyPatch,
                                                         caplog: pytest.LogCaptureFixture) -> None:
    secret = (b"From: x@y.example\r\nMessage-ID: <bad-1@y.example>\r\nSubject: interview\r\n\r\n"
              b"SECRET BODY\r\n")

    def analyze(raw: bytes, owner: Owner, now: datetime, tz: object) -> Detection:
        if b"SECRET" in raw:
            raise ParseError("broken MIME structure")
        from followup.parsers import analyze_email
        return analyze_email(raw, owner, now, tz)  # type: ignore[arg-type]

    monkeypatch.setattr(ingest, "analyze_email", analyze)
    mb = FakeMailbox([scanned(secret, "1"), scanned(INVITE, "2")])
    with caplog.at_level(logging.WARNING):
        report = run_cycle(config, now=AFTER, mailbox=mb, calendar=FakeCalendar())
    assert report.skipped == [("bad-1@y.example", "broken MIME structure")]
    assert "bad-1@y.example" in caplog.text and "SECRET" not in caplog.text
    assert len(mb.drafts) == 3  # the cycle went on


def test_dry_run_changes_nothing(config: Config) -> None:
    mb, cal = FakeMailbox([scanned(INVITE, "1")]), FakeCalendar()
    report = run_cycle(config, now=AFTER, dry_run=True, mailbox=mb, calendar=cal)
    assert report.dry_run and len(report.applied) == 4
    assert mb.drafts == {} and cal.events == {}
    assert not config.state.path.exists()
    run_cycle(config, now=BEFORE, mailbox=mb, calendar=cal)
    size = config.state.path.stat().st_size
    data = config.state.path.read_bytes()
    run_cycle(config, now=AFTER, dry_run=True, mailbox=FakeMailbox([scanned(INVITE, "9")]), calendar=cal)
    assert config.state.path.read_bytes() == data and config.state.path.stat().st_size == size


def test_thank_you_already_sent_marks_the_draft_done(config: Config) -> None:
    sent = (b"From: Alex Rivera <alex.rivera@mailbox.example>\r\nTo: Omar Haddad <omar.haddad@globex.com>\r\n"
            b"Subject: Thank you\r\nDate: Tue, 03 Mar 2026 15:20:00 -0500\r\n"
            b"Message-ID: <t1@mailbox.example>\r\n"
            b"\r\nThanks, Omar!\r\n")
    mb, cal = FakeMailbox([scanned(INVITE, "1"), scanned(sent, "s1", "Sent", in_sent=True)]), FakeCalendar()
    report = run_cycle(config, now=AFTER, mailbox=mb, calendar=cal)
    assert not any("omar" in k for k in mb.drafts) and len(mb.drafts) == 2
    assert any(a.kind == "mark_sent" and a.recipient == "omar.haddad@globex.com" for a in report.applied)


def test_the_owners_mail_outside_sent_is_theirs_too(config: Config) -> None:
    # the backends only say which folder a message is in; the engine decides what the owner sent
    sent = (b"From: Alex Rivera <alex.rivera@mailbox.example>\r\nTo: Omar Haddad <omar.haddad@globex.com>\r\n"
            b"Subject: Thank you\r\nDate: Tue, 03 Mar 2026 15:20:00 -0500\r\n"
            b"Message-ID: <t1@mailbox.example>\r\n"
            b"\r\nThanks, Omar!\r\n")
    mb, cal = FakeMailbox([scanned(INVITE, "1"), scanned(sent, "s1", "INBOX")]), FakeCalendar()
    report = run_cycle(config, now=AFTER, mailbox=mb, calendar=cal)
    assert report.sent_seen == 1 and not any("omar" in k for k in mb.drafts)
    with Tracker(config.state.path) as t:
        row = t.db.execute("SELECT what FROM messages WHERE mkey LIKE '%t1@mailbox.example%'").fetchone()
    assert row["what"] == "sent"


def test_calendar_event_alone_makes_an_interview_and_merges_with_mail(config: Config) -> None:
    ev = CalEvent(uid="globex-onsite-7781@globex.com", summary="Globex interview - Platform Engineer",
                  start=datetime(2026, 3, 3, 19, 0, tzinfo=UTC), end=datetime(2026, 3, 3, 20, 0, tzinfo=UTC),
                  organizer=Attendee("dana.whitfield@globex.com", "Dana Whitfield"),
                  attendees=(Attendee("omar.haddad@globex.com", "Omar Haddad"),
                             Attendee("alex.rivera@mailbox.example", "Alex Rivera")))
    cal = FakeCalendar([CalendarChange(ev.uid or "", ev)])
    mb = FakeMailbox([scanned(INVITE, "1")])
    run_cycle(config, now=BEFORE, mailbox=mb, calendar=cal)
    with Tracker(config.state.path) as t:
        assert len(t.interview_ids()) == 1


def test_calendar_event_deleted_before_the_interview_cancels_it(config: Config) -> None:
    mb = FakeMailbox([scanned(INVITE, "1")])
    cal = FakeCalendar()
    run_cycle(config, now=BEFORE, mailbox=mb, calendar=cal)
    cal.pending = [CalendarChange("globex-onsite-7781@globex.com", None)]
    run_cycle(config, now=BEFORE, mailbox=mb, calendar=cal)
    report = run_cycle(config, now=AFTER, mailbox=mb, calendar=cal)
    assert report.applied == [] and mb.drafts == {}


def test_reply_meta_only_cancels_the_call(config: Config) -> None:
    mb, cal = FakeMailbox([scanned(INVITE, "1")]), FakeCalendar()
    run_cycle(config, now=AFTER, mailbox=mb, calendar=cal)
    assert len(cal.events) == 1
    meta = MailMeta(message_id="<r@globex.com>", in_reply_to=None, references=(), subject="Next steps",
                    sender=Address("hr@globex.com"), to=(), cc=(),
                    date=datetime(2026, 3, 5, 15, 0, tzinfo=UTC))
    mb.messages.append(ScannedMessage("INBOX", "2", meta, None))
    report = run_cycle(config, now=datetime(2026, 3, 5, 16, 0, tzinfo=UTC), mailbox=mb, calendar=cal)
    assert report.replies == 1 and cal.events == {}
