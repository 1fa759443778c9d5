"""The state file on a real file system: a full disk and a read-only state directory give one
line (a private mount namespace with a tiny tmpfs / a read-only bind mount, not a mock), a
killed run's temporary .ics files are cleaned, and files open to others get a warning."""

from __future__ import annotations

import os
import shlex
import subprocess
import time
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path

import pytest

from followup.backends import maildir_from
from followup.config import MailboxConfig
from followup.mailbox.base import KEY_HEADER
from followup.mailbox.draft_ids import message_id_for_key
from tests.support.dovecot import sample_message

from ..daemon.daemon_proc import followup_command
from ..mailbox.mailbox_harness import MaildirHarness
from .test_engine_end_to_end import AFTER, all_drafts, fixture, write_config

BEFORE = "2026-03-01T12:00:00Z"


@pytest.fixture
def maildir(tmp_path: Path) -> Iterator[MaildirHarness]:
    h = MaildirHarness(tmp_path / "Maildir")
    try:
        yield h
    finally:
        h.close()


def config(tmp: Path, h: MaildirHarness, mode: int = 0o600) -> Path:
    cfg = write_config(tmp, h)
    cfg.write_text(cfg.read_text().replace(str(tmp / "state.db"), str(tmp / "state" / "state.db")))
    (tmp / "state").mkdir(exist_ok=True)
    cfg.chmod(mode)
    return cfg


def cli(cfg: Path, *args: str, umask: int | None = None) -> subprocess.CompletedProcess[str]:
    def pre() -> None:
        if umask is not None:
            os.umask(umask)
    return subprocess.run([*followup_command(), "--config", str(cfg), *args], capture_output=True,
                          text=True, timeout=120, preexec_fn=pre)


def in_private_mount(script: str) -> subprocess.CompletedProcess[str]:
    """Run ``script`` (sh) in a private mount namespace, so it may mount a tmpfs."""
    cmd = ["unshare", "-m"] if os.geteuid() == 0 else ["unshare", "-rm"]
    probe = subprocess.run([*cmd, "true"], capture_output=True)
    if probe.returncode != 0:
        if os.environ.get("CI"):
            pytest.fail(f"unshare is needed for this test: {probe.stderr!r}")
        pytest.skip("no private mount namespace (unshare)")
    return subprocess.run([*cmd, "sh", "-c", script], capture_output=True, text=True, timeout=180)


def _followup(cfg: Path) -> str:
    return " ".join(shlex.quote(x) for x in [*followup_command(), "--config", str(cfg)])


@pytest.mark.integration
@pytest.mark.parametrize("room_kb", [0, 128])  # 0: full at open (-shm); 128: full while recording
def test_a_full_disk_is_one_line(maildir: MaildirHarness, tmp_path: Path, room_kb: int) -> None:
    maildir.deliver(fixture("invite_globex.eml"), "Jobs")
    cfg = config(tmp_path, maildir)
    state, err = tmp_path / "state", tmp_path / "err.txt"
    newmail = tmp_path / "newmail"
    newmail.mkdir()
    for i in range(600):
        (newmail / f"1700000000.m{i}.host").write_bytes(sample_message(i))
    fu = _followup(cfg)
    r = in_private_mount(f"""
set -e
mount -t tmpfs -o size=1m tmpfs {state}
{fu} run --once --now {BEFORE} >/dev/null
cp {newmail}/* {maildir.root}/new/
if [ {room_kb} -gt 0 ]; then dd if=/dev/zero of={state}/reserve bs=1k count={room_kb} 2>/dev/null; fi
dd if=/dev/zero of={state}/filler bs=4k 2>/dev/null || true
rm -f {state}/reserve
set +e
{fu} run --once --now {AFTER} 2>{err}
echo "rc=$?"
""")
    assert "rc=1" in r.stdout, (r.stdout, r.stderr, err.read_text() if err.exists() else "")
    lines = err.read_text().strip().splitlines()
    assert len(lines) == 1 and "disk is full" in lines[0], lines
    assert "internal error" not in lines[0]
    assert all_drafts(maildir) == []


@pytest.mark.integration
def test_a_read_only_state_dir_is_one_line(maildir: MaildirHarness, tmp_path: Path) -> None:
    maildir.deliver(fixture("invite_globex.eml"), "Jobs")
    cfg = config(tmp_path, maildir)
    state, err = tmp_path / "state", tmp_path / "err.txt"
    fu = _followup(cfg)
    r = in_private_mount(f"""
set -e
{fu} run --once --now {BEFORE} >/dev/null
mount --bind {state} {state}
mount -o remount,bind,ro {state}
set +e
{fu} run --once --now {AFTER} 2>{err}
echo "rc=$?"
""")
    assert "rc=1" in r.stdout, (r.stdout, r.stderr, err.read_text() if err.exists() else "")
    lines = err.read_text().strip().splitlines()
    assert len(lines) == 1 and "writable" in lines[0] and str(state) in lines[0], lines
    assert all_drafts(maildir) == []


@pytest.mark.integration
def test_stale_calendar_temp_files_are_removed_at_start(maildir: MaildirHarness, tmp_path: Path) -> None:
    cfg = config(tmp_path, maildir)
    stale = tmp_path / ".followup.ics.k2x9_abc.tmp"  # mkstemp's pattern, from a killed run
    fresh = tmp_path / ".followup.ics.q7y8_def.tmp"  # newer than the lock: not ours to judge
    other = tmp_path / ".followup.ics.notours.tmp"
    for p in (stale, fresh, other):
        p.write_text("BEGIN:VCALENDAR\n")
    hour_ago = time.time() - 3600
    os.utime(stale, (hour_ago, hour_ago))
    os.utime(other, (hour_ago, hour_ago))
    os.utime(fresh, (time.time() + 3600, time.time() + 3600))
    r = cli(cfg, "run", "--once", "--now", AFTER)
    assert r.returncode == 0, r.stderr
    assert not stale.exists() and fresh.exists() and other.exists()


@pytest.mark.integration
def test_files_are_private_whatever_the_umask_and_open_files_warn(maildir: MaildirHarness,
                                                                 tmp_path: Path) -> None:
    maildir.deliver(fixture("invite_globex.eml"), "Jobs")
    cfg = config(tmp_path, maildir)
    r = cli(cfg, "run", "--once", "--now", AFTER, umask=0o022)
    assert r.returncode == 0 and all(line.startswith("INFO ") for line in r.stderr.splitlines()), r.stderr
    state = tmp_path / "state"
    for name in ("state.db", "state.db.lock"):
        assert (state / name).stat().st_mode & 0o777 == 0o600, name

    # a config others may read holds no secret: no line
    cfg.chmod(0o644)
    r = cli(cfg, "run", "--once", "--now", AFTER)
    assert r.returncode == 0 and all(line.startswith("INFO ") for line in r.stderr.splitlines()), r.stderr

    # a config others may write, a state file others may read: one warning line each
    cfg.chmod(0o666)
    (state / "state.db").chmod(0o644)
    r = cli(cfg, "run", "--once", "--now", AFTER)
    assert r.returncode == 0
    lines = [line for line in r.stderr.strip().splitlines() if not line.startswith("INFO ")]
    assert len(lines) == 2, lines
    assert str(cfg) in lines[0] and "mode 666" in lines[0] and "chmod 600" in lines[0]
    assert str(state / "state.db") in lines[1] and "mode 644" in lines[1]


@pytest.mark.integration
def test_maildir_draft_markers_name_our_drafts(maildir: MaildirHarness) -> None:
    mb = maildir_from(MailboxConfig(backend="maildir", path=maildir.root))
    old = EmailMessage()  # as an earlier version wrote them: the key in a header of its own
    old["Message-ID"] = "<plain-1@mailbox.example>"
    old[KEY_HEADER] = "thanks:iv-1:dana@globex.com"
    old.set_content("hello")
    maildir.deliver(bytes(old), "Drafts")
    bare = EmailMessage()  # as drafts are written now: the key only in the Message-ID
    bare["Message-ID"] = message_id_for_key("thanks:iv-1:omar@globex.com", "mailbox.example")
    bare.set_content("hello")
    maildir.deliver(bytes(bare), "Drafts")
    assert sorted(mb.draft_markers(), key=str) == sorted([
        ("thanks:iv-1:dana@globex.com", "<plain-1@mailbox.example>"),
        (None, message_id_for_key("thanks:iv-1:omar@globex.com", "mailbox.example"))], key=str)
