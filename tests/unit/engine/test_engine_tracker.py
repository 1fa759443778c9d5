"""The tracker on a real SQLite file: merging, migrations, reopen, replies, sent mail, journal."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from followup.engine.tracker import MIGRATIONS, SCHEMA_VERSION, Tracker, interview_id_for
from followup.errors import FatalError, StateError, UserError
from followup.parsers.model import Address, Detection, MailMeta, Person

from .engine_helpers import END, START

NOW = START - timedelta(days=3)
JANE = Person("jane.doe@acme.com", "Jane Doe", "recruiter", phone="+1 555 0111")
BOB = Person("bob.smith@acme.com", "Bob Smith", "interviewer")


def meta(mid: str, sender: str = "jane.doe@acme.com", *, irt: str | None = None,
         refs: tuple[str, ...] = (), at: datetime = NOW, to: tuple[str, ...] = ()) -> MailMeta:
    return MailMeta(message_id=mid, in_reply_to=irt, references=refs, subject="Interview",
                    sender=Address(sender), to=tuple(Address(t) for t in to), cc=(), date=at)


def invite(**kw: object) -> Detection:
    base: dict[str, object] = dict(
        is_interview=True, kind="invite", start=START, end=END, company="Acme", position="Data Engineer",
        people=(JANE, BOB), thank_you_recipients=("jane.doe@acme.com", "bob.smith@acme.com"), recruiter=JANE,
        meta=meta("<invite-1@acme.com>"))
    base.update(kw)
    return Detection(**base)  # type: ignore[arg-type]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "state" / "state.db"


def test_schema_version_wal_and_reopen(db: Path) -> None:
    with Tracker(db) as t:
        iid = t.record_detection(invite(), NOW)
        t.set_state("imap:INBOX", '{"uidvalidity": 7}')
    raw = sqlite3.connect(db)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    raw.close()
    with Tracker(db) as t:
        assert t.interview_ids() == [iid]
        assert t.get_state("imap:INBOX") == '{"uidvalidity": 7}'
        t.set_state("imap:INBOX", None)
        assert t.get_state("imap:INBOX") is None


def test_newer_schema_is_refused(db: Path) -> None:
    Tracker(db).close()
    raw = sqlite3.connect(db)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    with pytest.raises(FatalError, match="newer"):
        Tracker(db)


def test_an_empty_file_is_damaged_not_a_fresh_start(db: Path) -> None:
    # a zero-length state file is damage (a new file is created whole under another name and
    # linked into place, so it is never a half-made one of ours): one line, no fresh start
    db.parent.mkdir(parents=True)
    sqlite3.connect(db).close()
    assert db.stat().st_size == 0
    with pytest.raises(StateError, match=r"damaged \(empty file\).*followup state rebuild"):
        Tracker(db)
    assert db.stat().st_size == 0


def test_migration_from_a_version_1_file(db: Path) -> None:
    db.parent.mkdir(parents=True)
    conn = sqlite3.connect(db, isolation_level=None)
    for stmt in MIGRATIONS[0].split(";"):
        if stmt.strip():
            conn.execute(stmt)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with Tracker(db) as t:
        assert t.counts()["interviews"] == 0
        assert t.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert t.pending() == []


def test_failed_transaction_rolls_back(db: Path) -> None:
    with Tracker(db) as t:
        with pytest.raises(RuntimeError), t.tx() as conn:
            conn.execute("INSERT INTO sync_state(scope, value) VALUES ('a', 'b')")
            raise RuntimeError("boom")
        assert t.get_state("a") is None


def test_invite_mail_and_calendar_event_merge_by_uid(db: Path) -> None:
    with Tracker(db) as t:
        a = t.record_detection(invite(uid="abc@acme.com"), NOW)
        b = t.record_detection(invite(uid="abc@acme.com", meta=None, people=(BOB,)), NOW)
        assert a == b == interview_id_for("uid:abc@acme.com")
        assert len(t.interview_ids()) == 1


def test_merge_by_thread_and_by_domain_and_start(db: Path) -> None:
    with Tracker(db) as t:
        a = t.record_detection(invite(), NOW)
        update = invite(meta=meta("<upd@acme.com>", irt="<invite-1@acme.com>"))
        assert t.record_detection(update, NOW) == a
        other_mail = invite(meta=meta("<unrelated@acme.com>"))
        assert t.record_detection(other_mail, NOW) == a  # same company domain, same start
        different = invite(meta=meta("<x@other.com>"), start=START + timedelta(days=1),
                           end=END + timedelta(days=1))
        assert t.record_detection(different, NOW) != a


def test_reschedule_moves_and_cancellation_cancels(db: Path) -> None:
    with Tracker(db) as t:
        iid = t.record_detection(invite(uid="u1", sequence=0), NOW)
        assert iid
        moved = START + timedelta(days=2)
        t.record_detection(invite(uid="u1", sequence=1, kind="reschedule", start=moved,
                                  end=moved + timedelta(hours=1), meta=meta("<r@acme.com>")), NOW)
        assert t.snapshot(iid).start == moved
        # an older copy (lower SEQUENCE) arriving late does not move it back
        t.record_detection(invite(uid="u1", sequence=0, meta=meta("<old@acme.com>")), NOW)
        assert t.snapshot(iid).start == moved
        t.record_detection(invite(uid="u1", sequence=2, kind="cancellation", meta=meta("<c@acme.com>")), NOW)
        assert t.snapshot(iid).status == "cancelled"


def test_unknown_cancellation_creates_nothing(db: Path) -> None:
    with Tracker(db) as t:
        assert t.record_detection(invite(kind="cancellation"), NOW) is None
        assert t.interview_ids() == []


def test_people_roles_and_name_only_person_gets_address_later(db: Path) -> None:
    with Tracker(db) as t:
        carl = Person(None, "Carl Kim", "interviewer", phone="+1 555 0199")
        iid = t.record_detection(invite(people=(JANE, BOB, carl)), NOW)
        assert iid
        ppl = {p.name: p for p in t.snapshot(iid).people}
        assert ppl["Carl Kim"].email is None and ppl["Jane Doe"].role == "recruiter"
        t.record_detection(invite(people=(Person("carl.kim@acme.com", "Carl Kim", "interviewer"),),
                                  thank_you_recipients=("carl.kim@acme.com",),
                                  meta=meta("<u2@acme.com>")), NOW)
        ppl2 = [p for p in t.snapshot(iid).people if p.name == "Carl Kim"]
        assert len(ppl2) == 1 and ppl2[0].email == "carl.kim@acme.com" and ppl2[0].phone == "+1 555 0199"


def test_reply_after_the_interview_by_thread_person_or_domain(db: Path) -> None:
    with Tracker(db) as t:
        iid = t.record_detection(invite(), NOW)
        before = meta("<b@acme.com>", at=START - timedelta(hours=1))
        assert t.record_reply(before, follow_up_after=None, decision_imminent=False, mkey="b", now=NOW) == iid
        assert t.snapshot(iid).replies == ()  # before the end: not a reply
        after = meta("<a@acme.com>", sender="ceo@acme.com", at=END + timedelta(days=1))
        assert t.record_reply(after, follow_up_after=None, decision_imminent=False, mkey="a", now=NOW) == iid
        assert t.snapshot(iid).replies == (END + timedelta(days=1),)
        stranger = meta("<s@gmail.com>", sender="someone@gmail.com", at=END + timedelta(days=1))
        got = t.record_reply(stranger, follow_up_after=None, decision_imminent=False, mkey="s", now=NOW)
        assert got is None


@pytest.mark.parametrize("provider", ["orange.fr", "gmail.com", "laposte.net", "yahoo.es"])
def test_a_free_mail_recruiter_does_not_make_every_sender_there_a_reply(db: Path, provider: str) -> None:
    """An agency recruiter on a free-mail domain: a stranger on the same provider is not the company."""
    recruiter = Person(f"claire.martin@{provider}", "Claire Martin", "recruiter")
    with Tracker(db) as t:
        iid = t.record_detection(invite(people=(recruiter, BOB), recruiter=recruiter,
                                        thank_you_recipients=(recruiter.email, BOB.email),
                                        meta=meta("<i@x>", sender=recruiter.email)), NOW)
        stranger = meta(f"<n@{provider}>", sender=f"newsletter.fan@{provider}", at=END + timedelta(days=1))
        got = t.record_reply(stranger, follow_up_after=None, decision_imminent=False, mkey="n", now=NOW)
        assert got is None
        assert t.snapshot(iid).replies == ()
        answer = meta(f"<c@{provider}>", sender=recruiter.email, at=END + timedelta(days=1))
        assert t.record_reply(answer, follow_up_after=None, decision_imminent=False, mkey="c", now=NOW) == iid


def test_reply_stating_a_later_date_sets_the_timeline_instead(db: Path) -> None:
    with Tracker(db) as t:
        iid = t.record_detection(invite(), NOW)
        assert iid
        m = meta("<t@acme.com>", irt="<invite-1@acme.com>", at=END + timedelta(hours=3))
        t.record_reply(m, follow_up_after=date(2026, 3, 6), decision_imminent=False, mkey="t", now=NOW)
        st = t.snapshot(iid)
        assert st.replies == () and st.follow_up_after == date(2026, 3, 6)
        assert t.recruiter_thread(iid)[-1] == "t@acme.com"  # the recruiter's latest mail
        t.add_timeline(iid, date(2026, 3, 9), False, "call me next week", "owner", NOW)
        t.add_timeline(iid, date(2026, 3, 20), False, None, "mail", NOW + timedelta(days=1))
        assert t.snapshot(iid).follow_up_after == date(2026, 3, 9)  # the owner's word wins


def test_sent_thank_you_is_recorded_once(db: Path) -> None:
    with Tracker(db) as t:
        iid = t.record_detection(invite(), NOW)
        sent = meta("<me@mail>", sender="alex@mailbox.example", to=("bob.smith@acme.com",),
                    at=END + timedelta(hours=1))
        assert t.record_sent(sent, "me", NOW) == [iid]
        t.record_sent(sent, "me", NOW)
        assert t.snapshot(iid).sent_thanks == {"bob.smith@acme.com": END + timedelta(hours=1)}


def test_messages_dedupe_by_message_id_across_rescans(db: Path) -> None:
    with Tracker(db) as t:
        m = meta("<Invite-1@Acme.com>")
        t.record_message(m, "INBOX", "1:5", what="interview", interview_id=None, now=NOW)
        assert t.seen_message(m, "INBOX", "2:9")  # new UIDVALIDITY, same Message-ID
        nomid = meta("")
        assert not t.seen_message(nomid, "INBOX", "2:10")


def test_actions_and_close(db: Path) -> None:
    with Tracker(db) as t:
        iid = t.record_detection(invite(), NOW)
        assert iid
        t.record_action(f"call:{iid}:1", iid, "event", "done", NOW, start=END + timedelta(days=5))
        t.record_action(f"call:{iid}:1", iid, "event", "deleted", NOW)
        assert t.snapshot(iid).done[f"call:{iid}:1"].status == "deleted"
        t.record_action(f"close:{iid}", iid, "close", "done", NOW)
        st = t.snapshot(iid)
        assert st.status == "closed" and st.outcome == "no-response"


def test_journal_outcome_and_lookup(db: Path) -> None:
    with Tracker(db) as t:
        iid = t.record_detection(invite(), NOW)
        assert iid
        assert t.find_interview(iid[:6]) == iid
        assert t.find_interview(iid[3:8]) == iid  # without the "iv-" prefix
        assert t.find_interview("acme") == iid
        with pytest.raises(UserError):
            t.find_interview("globex")
        t.add_journal(iid, "Went well; asked about the data stack", None, NOW)
        t.add_journal(iid, None, "offer", NOW + timedelta(days=9))
        assert [e.outcome for e in t.journal(iid)] == [None, "offer"]
        assert t.snapshot(iid).outcome == "offer"
        with pytest.raises(UserError):
            t.add_journal(iid, None, "maybe", NOW)


def test_overlay_reads_but_never_writes(db: Path) -> None:
    with Tracker(db) as t:
        t.record_detection(invite(), NOW)
    with Tracker.overlay(db) as o:
        assert len(o.interview_ids()) == 1
        o.set_state("x", "y")
        o.record_detection(invite(meta=meta("<x@other.com>"), start=START + timedelta(days=3),
                                  end=END + timedelta(days=3)), NOW)
    with Tracker(db) as t:
        assert t.get_state("x") is None and len(t.interview_ids()) == 1
    assert datetime.now(UTC)  # nothing else to check: the file above is unchanged


def test_a_later_migration_upgrades_an_existing_file(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import followup.engine.tracker as tracker_mod

    with Tracker(db) as t:
        iid = t.record_detection(invite(), NOW)
    v2 = "ALTER TABLE interviews ADD COLUMN salary TEXT"
    monkeypatch.setattr(tracker_mod, "MIGRATIONS", (*tracker_mod.MIGRATIONS, v2))
    monkeypatch.setattr(tracker_mod, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    with Tracker(db) as t:
        assert t.interview_ids() == [iid]
        assert "salary" in list(t.row(iid).keys())  # sqlite3.Row: `in` looks at values
        assert t.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1


@pytest.mark.parametrize("sender", ["no-reply@acme.com", "notifications@acme.com", "noreply@greenhouse.io"])
def test_machine_mail_in_the_thread_after_the_interview_is_not_a_reply(db: Path, sender: str) -> None:
    """A survey or ATS notification threaded under the invite says nothing from a person."""
    with Tracker(db) as t:
        iid = t.record_detection(invite(), NOW)
        auto = meta("<auto@acme.com>", sender=sender, irt="<invite-1@acme.com>", at=END + timedelta(hours=2))
        t.record_reply(auto, follow_up_after=None, decision_imminent=False, mkey="auto", now=NOW)
        assert t.snapshot(iid).replies == ()
        person = meta("<p@acme.com>", sender="bob.smith@acme.com", at=END + timedelta(hours=3))
        assert t.record_reply(person, follow_up_after=None, decision_imminent=False, mkey="p", now=NOW) == iid
        assert t.snapshot(iid).replies == (END + timedelta(hours=3),)  # an interviewer's mail is one


def test_the_latest_mail_to_a_person_is_kept(db: Path) -> None:
    with Tracker(db) as t:
        iid = t.record_detection(invite(), NOW)
        first = meta("<m1@mail>", sender="alex@mailbox.example", to=("bob.smith@acme.com",),
                     at=START + timedelta(minutes=2))
        then = meta("<m2@mail>", sender="alex@mailbox.example", to=("bob.smith@acme.com",),
                    at=END + timedelta(hours=2))
        t.record_sent(first, "m1", NOW)
        t.record_sent(then, "m2", NOW)
        t.record_sent(first, "m1", NOW)  # a rescan in another order changes nothing
        assert t.snapshot(iid).sent_thanks == {"bob.smith@acme.com": END + timedelta(hours=2)}
