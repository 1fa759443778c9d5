"""The state file's safety on a real file system and real SQLite: damage detection, the
single-instance lock across processes, private modes, batch transactions, deterministic
Message-IDs."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from followup.engine import statefile
from followup.engine.tracker import Tracker
from followup.errors import StateBusy, StateError
from followup.mailbox.draft_ids import (
    action_key_from_message_id,
    key_token,
    message_id_for_key,
    token_of_message_id,
)
from followup.parsers.model import Address, MailMeta

NOW = datetime(2026, 3, 3, 21, 0, tzinfo=UTC)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "state" / "state.db"


def filled(db: Path, n: int = 400) -> None:
    with Tracker(db) as t:
        for i in range(n):
            meta = MailMeta(f"<m{i}@x.example>", None, (), f"subject {i}" * 5, Address(f"a{i}@x.example"),
                            (), (), NOW)
            t.record_message(meta, "INBOX", str(i), what="other", interview_id=None, now=NOW)


@pytest.mark.parametrize("content", [b"", b"hello, this is not a database\n" * 10,
                                     b"SQLite format 3\x00" + b"\xff" * 84])
def test_an_empty_or_garbage_state_file_is_an_error(db: Path, content: bytes) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(content)
    with pytest.raises(StateError, match=r"damaged .*run `followup state rebuild`"):
        Tracker(db)
    assert db.read_bytes() == content  # untouched
    with pytest.raises(StateError, match="damaged"):
        Tracker.overlay(db)  # a dry run says so too


def test_a_truncated_state_file_is_an_error(db: Path) -> None:
    filled(db)
    size = db.stat().st_size
    assert size > 16 * 4096
    os.truncate(db, size // 2)
    with pytest.raises(StateError, match="damaged"):
        Tracker(db)


def test_a_missing_file_is_a_first_run_and_files_are_private_whatever_the_umask(db: Path) -> None:
    old = os.umask(0o022)
    try:
        with Tracker(db) as t:
            t.set_state("x", "1")
            for suffix in ("", "-wal", "-shm"):
                assert os.stat(f"{db}{suffix}").st_mode & 0o777 == 0o600, suffix
        with statefile.hold(db, "once"):
            assert statefile.lock_path(db).stat().st_mode & 0o777 == 0o600
        assert db.parent.stat().st_mode & 0o777 == 0o700
    finally:
        os.umask(old)
    assert [p.name for p in db.parent.iterdir() if ".new-" in p.name] == []


@pytest.mark.parametrize("attempt", range(3))
def test_processes_opening_a_new_state_file_at_once(tmp_path: Path, attempt: int) -> None:
    # was "table interviews already exists" in 4 of 5 such rounds: both created the schema
    db = tmp_path / "state.db"
    start = time.time() + 1.5  # after every process has imported: open at the same moment
    code = (f"import time\nfrom followup.engine.tracker import Tracker\n"
            f"time.sleep(max(0, {start} - time.time()))\nTracker({str(db)!r}).close()\n")
    procs = [subprocess.Popen([sys.executable, "-c", code], stderr=subprocess.PIPE, text=True)
             for _ in range(6)]
    errors = [p.communicate(timeout=60)[1] for p in procs]
    assert [p.returncode for p in procs] == [0] * 6, errors
    with Tracker(db) as t:
        assert t.counts()["interviews"] == 0


def _holder(db: Path, role: str, seconds: float) -> subprocess.Popen[str]:
    code = textwrap.dedent(f"""
        import sys, time
        from pathlib import Path
        from followup.engine.statefile import hold
        with hold(Path({str(db)!r}), {role!r}):
            print("held", flush=True)
            time.sleep({seconds})
    """)
    p = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert p.stdout is not None and p.stdout.readline().strip() == "held"
    return p


def test_the_lock_names_the_service_and_is_not_waited_for(db: Path) -> None:
    holder = _holder(db, "service", 30)
    try:
        t0 = time.monotonic()
        with pytest.raises(StateBusy) as info, statefile.hold(db, "once"):
            pass
        assert time.monotonic() - t0 < 5
        assert f"pid {holder.pid}" in str(info.value) and "service" in str(info.value)
        assert "\n" not in str(info.value) and info.value.exit_code == 75
    finally:
        holder.kill()
        holder.wait()
    with statefile.hold(db, "once"):  # a killed holder's lock is free again
        pass


def test_a_one_shot_run_waits_a_bounded_time_for_another(db: Path) -> None:
    holder = _holder(db, "once", 1.5)
    try:
        t0 = time.monotonic()
        with statefile.hold(db, "once", wait=20):  # the first one finishes within the wait
            waited = time.monotonic() - t0
            assert holder.wait(timeout=10) == 0
        assert 0.5 < waited < 20
        holder = _holder(db, "once", 30)
        t0 = time.monotonic()
        with pytest.raises(StateBusy, match=rf"another followup run \(pid {holder.pid}\)"), \
                statefile.hold(db, "once", wait=0.5):
            pass
        assert 0.4 < time.monotonic() - t0 < 5
    finally:
        holder.kill()
        holder.wait()


def test_the_lock_is_reentrant_within_a_process(db: Path) -> None:
    with statefile.hold(db, "service") as a, statefile.hold(db, "once") as b:
        assert a == b
        assert statefile.lock_path(db).read_text().split() == [str(os.getpid()), "service"]


def test_a_batch_is_stored_with_its_mark_and_an_error_rolls_back_only_the_unfinished_one(db: Path) -> None:
    def meta(i: int) -> MailMeta:
        return MailMeta(f"<b{i}@x.example>", None, (), "s", Address("a@x.example"), (), (), NOW)

    with Tracker(db) as t, pytest.raises(RuntimeError), t.scanning():
        t.record_message(meta(1), "INBOX", "1", what="other", interview_id=None, now=NOW)
        t.add_pending("b1", "INBOX", "1", is_sent=False, meta=meta(1), det_meta=None,
                      follow_up_after=None, decision_imminent=False)
        t.set_state("mark", "1")  # the backend's mark after batch 1: commits it
        t.record_message(meta(2), "INBOX", "2", what="other", interview_id=None, now=NOW)
        raise RuntimeError("killed in batch 2")
    with Tracker(db) as t:
        assert t.get_state("mark") == "1"
        assert t.seen_message(meta(1), "INBOX", "1") and not t.seen_message(meta(2), "INBOX", "2")
        [p] = t.pending()
        assert p.mkey == "b1" and p.meta == meta(1)


def test_move_aside_keeps_the_damaged_file(db: Path) -> None:
    db.parent.mkdir(parents=True)
    db.write_bytes(b"garbage")
    first = statefile.move_aside(db, now=0)
    db.write_bytes(b"more garbage")
    second = statefile.move_aside(db, now=0)
    assert first.name == "state.db.damaged-19700101T000000" and first.read_bytes() == b"garbage"
    assert second != first and second.read_bytes() == b"more garbage" and not db.exists()


def test_message_ids_for_keys() -> None:
    key = "thanks:iv-1234567890:dana@globex.com"
    mid = message_id_for_key(key, "mailbox.example")
    token = key_token(key)
    assert mid == f"<fu-{token}@mailbox.example>"
    assert len(token) == 26 and set(token) <= set("abcdefghijklmnopqrstuvwxyz234567")
    assert token_of_message_id(mid) == token == token_of_message_id(mid.strip("<>").upper())
    assert action_key_from_message_id(mid, ["other", key]) == key
    assert action_key_from_message_id(mid, ["other"]) is None
    assert token_of_message_id("<fu-short@x>") is None and token_of_message_id(None) is None


@pytest.fixture(autouse=True)
def _no_leftover_holders() -> Iterator[None]:
    yield
    assert statefile._held == {}


def test_a_writer_blocked_by_a_running_scan_gets_one_line(db: Path) -> None:
    with Tracker(db) as scanner, Tracker(db) as other:
        other.db.execute("PRAGMA busy_timeout=100")  # instead of waiting the full 30 s
        with scanner.scanning():
            with pytest.raises(StateBusy, match=r"busy \(followup is recording a mail scan"):
                other.add_journal("iv-x", "note", None, NOW)
            assert other.counts()["journal"] == 0  # readers are not blocked
        other.add_journal("iv-x", "note", None, NOW)
