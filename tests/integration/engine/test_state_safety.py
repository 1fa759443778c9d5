"""State safety against the real Dovecot and a local .ics file: one instance at a time, a scan
interrupted mid-way loses no reply, and a damaged state file is an error that
``followup state rebuild`` repairs without re-creating anything."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import time
from collections.abc import Iterator
from datetime import datetime
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from imapclient import IMAPClient

from followup.backends import imap_from
from followup.config import load_config
from followup.engine.service import run_cycle
from followup.engine.statefile import lock_path
from followup.engine.tracker import Tracker
from followup.mailbox.base import KEY_HEADER, Prefilter, ScannedMessage
from followup.mailbox.draft_ids import matches_key
from followup.mailbox.folder_state import ImapFolderState
from followup.mailbox.imap import ImapMailbox
from followup.secrets import mailbox_login
from followup.state import StateStore
from tests.support.dovecot import Account, Dovecot, sample_message

from ..daemon.daemon_proc import followup_command
from ..mailbox.mailbox_harness import ImapHarness
from .test_engine_end_to_end import AFTER, all_drafts, fixture, write_config

COMPANIES = (("Globex", "7781"), ("Initech", "7782"), ("Umbrella", "7783"))


def invite(company: str, num: str) -> bytes:
    raw = fixture("invite_globex.eml").decode()
    return raw.replace("globex", company.lower()).replace("Globex", company).replace("7781", num).encode()


def private_config(tmp: Path, h: Any) -> Path:
    cfg = write_config(tmp, h)
    cfg.chmod(0o600)  # a config open to others gets a warning line (tested apart)
    return cfg


def cli(cfg: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*followup_command(), "--config", str(cfg), *args], capture_output=True,
                          text=True, timeout=timeout)


def recipients(h: Any) -> list[str]:
    return sorted(str(message_from_bytes(raw, policy=policy.default)["To"].addresses[0].addr_spec)
                  for raw in all_drafts(h))


def vevents(path: Path) -> list[str]:
    """X-FOLLOWUP-KEY of every VEVENT in the file, duplicates kept."""
    text = path.read_text() if path.exists() else ""
    return [line.split(":", 1)[1].strip() for line in text.splitlines()
            if line.startswith("X-FOLLOWUP-KEY")]


@pytest.fixture
def imap(dovecot: Dovecot, account: Account) -> Iterator[ImapHarness]:
    h = ImapHarness(dovecot, account)
    try:
        yield h
    finally:
        h.close()


@pytest.mark.integration
def test_four_simultaneous_runs_write_one_draft_per_recipient(imap: ImapHarness, tmp_path: Path) -> None:
    for company, num in COMPANIES:
        imap.deliver(invite(company, num), "Jobs")
    cfg = private_config(tmp_path, imap)
    procs = [subprocess.Popen([*followup_command(), "--config", str(cfg), "run", "--once", "--now", AFTER],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(4)]
    results = [(p.wait(timeout=180), p.stdout.read() if p.stdout else "", p.stderr.read() if p.stderr else "")
               for p in procs]
    for rc, _out, err in results:
        assert rc == 0, err  # the later ones waited for the lock, then found everything done
        assert "internal error" not in err and "already exists" not in err
    assert sum("done:" in out for _rc, out, _err in results) == 1
    want = sorted(f"{who}@{c.lower()}.com" for c, _n in COMPANIES
                  for who in ("dana.whitfield", "lena.fischer", "omar.haddad"))
    assert recipients(imap) == want  # exactly one draft per recipient
    keys = vevents(tmp_path / "followup.ics")
    assert len(keys) == len(set(keys)) == 3  # one call event per interview, none twice


@pytest.mark.integration
def test_run_once_while_the_service_runs_exits_with_one_line(imap: ImapHarness, tmp_path: Path) -> None:
    imap.deliver(invite("Globex", "7781"), "Jobs")
    cfg = private_config(tmp_path, imap)
    service = subprocess.Popen([*followup_command(), "--config", str(cfg), "run"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        lock = lock_path(tmp_path / "state.db")
        deadline = time.monotonic() + 30
        while not (lock.exists() and "service" in lock.read_text()):
            assert time.monotonic() < deadline and service.poll() is None, "service did not start"
            time.sleep(0.1)
        t0 = time.monotonic()
        r = cli(cfg, "run", "--once", "--now", AFTER)
        assert r.returncode == 75
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1, r.stderr
        assert f"pid {service.pid}" in lines[0] and "service" in lines[0]
        assert time.monotonic() - t0 < 20  # a running service is not waited for
        # readers need no lock
        assert cli(cfg, "status", "--json", "--now", AFTER).returncode == 0
        dry = cli(cfg, "run", "--once", "--dry-run", "--now", AFTER)
        assert dry.returncode == 0 and dry.stdout.startswith("dry run (nothing changed)"), dry.stderr
    finally:
        service.send_signal(signal.SIGTERM)
        service.wait(timeout=30)
    assert service.returncode == 0
    assert lock.read_text() == ""  # the holder's pid is gone with it


class _KilledAfter:
    """The real IMAP mailbox, but the consumer dies at the ``n``-th message (like a SIGKILL)."""

    def __init__(self, inner: ImapMailbox, n: int) -> None:
        self.inner, self.n = inner, n

    def scan(self, state: StateStore, since: datetime,
             wants_body: Prefilter) -> Iterator[ScannedMessage]:
        for i, sm in enumerate(self.inner.scan(state, since, wants_body)):
            if i == self.n:
                raise RuntimeError("killed mid-scan")
            yield sm

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


@pytest.mark.integration
def test_a_scan_interrupted_after_a_batch_keeps_its_reply(imap: ImapHarness, tmp_path: Path) -> None:
    cfg = load_config(private_config(tmp_path, imap))
    imap.deliver(fixture("invite_globex.eml"))  # UID 1

    def mailbox() -> ImapMailbox:
        return imap_from(cfg.mailbox, mailbox_login(cfg), batch_size=2)

    run_cycle(cfg, now=datetime.fromisoformat("2026-03-01T12:00:00+00:00"), mailbox=mailbox())
    imap.deliver(fixture("reply_globex.eml"))  # UID 2: batch 1 with UID 3
    for i in range(3):  # UIDs 3, 4, 5
        imap.deliver(sample_message(i))
    later = datetime.fromisoformat("2026-03-05T18:00:00+00:00")
    killed = _KilledAfter(mailbox(), 2)  # dies at UID 4, after batch 1's mark was saved
    with pytest.raises(RuntimeError, match="killed"):
        run_cycle(cfg, now=later, mailbox=killed)  # type: ignore[arg-type]
    killed.inner.close()
    with Tracker(cfg.state.path) as t:
        scope = next(s for (s,) in t.db.execute("SELECT scope FROM sync_state") if s.endswith(":INBOX"))
        mark = ImapFolderState.from_json(t.get_state(scope))
        assert mark is not None and mark.last_uid == 3  # the precondition: the mark moved past the reply

    report = run_cycle(cfg, now=later, mailbox=mailbox())
    with Tracker(cfg.state.path) as t:
        assert t.counts()["replies"] == 1  # the reply is known
        assert t.pending() == []
    assert report.failed == []
    assert [k for k in vevents(tmp_path / "followup.ics") if k.startswith("call:")] == []


def _to_old_style_drafts(h: ImapHarness, iid: str) -> None:
    """Rewrite our drafts as an earlier version wrote them: an X-Followup-Key header and a
    ``<followup.<sha256(key)[:24]>@…>`` Message-ID (drafts today carry only the key's id)."""
    client: IMAPClient = h.admin
    client.select_folder("Drafts")
    uids = client.search(["ALL"])
    for data in client.fetch(uids, ["BODY.PEEK[]"]).values():
        msg = message_from_bytes(data[b"BODY[]"], policy=policy.default)
        key = f"thanks:{iid}:{msg['To'].addresses[0].addr_spec.lower()}"
        assert matches_key(str(msg["Message-ID"]), key) and msg[KEY_HEADER] is None
        del msg["Message-ID"]
        msg["Message-ID"] = f"<followup.{hashlib.sha256(key.encode()).hexdigest()[:24]}@mailbox.example>"
        msg[KEY_HEADER] = key
        client.append("Drafts", msg.as_bytes(), flags=(b"\\Draft",))
    client.delete_messages(uids)
    client.expunge()


def _delete_draft_to(h: ImapHarness, addr: str) -> None:
    client: IMAPClient = h.admin
    client.select_folder("Drafts")
    uids = client.search(["TO", addr])
    assert len(uids) == 1
    client.delete_messages(uids)
    client.expunge()


@pytest.mark.integration
@pytest.mark.parametrize("marker", ["key-header", "message-id"])
def test_damaged_state_fails_then_rebuild_recreates_nothing(imap: ImapHarness, tmp_path: Path,
                                                             marker: str) -> None:
    imap.deliver(fixture("invite_globex.eml"), "Jobs")
    cfg = private_config(tmp_path, imap)
    assert cli(cfg, "run", "--once", "--now", AFTER).returncode == 0
    assert len(recipients(imap)) == 3 and len(vevents(tmp_path / "followup.ics")) == 1
    if marker == "key-header":
        iid = json.loads(cli(cfg, "status", "--json").stdout)[0]["id"]
        _to_old_style_drafts(imap, iid)
    _delete_draft_to(imap, "lena.fischer@globex.com")  # the user deletes one draft
    ics_before = (tmp_path / "followup.ics").read_bytes()
    state = tmp_path / "state.db"
    os.truncate(state, 0)

    r = cli(cfg, "run", "--once", "--now", AFTER)
    assert r.returncode == 1
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "damaged" in lines[0] and "followup state rebuild" in lines[0], r.stderr
    assert state.stat().st_size == 0  # not started over

    r = cli(cfg, "state", "rebuild", "--now", AFTER)
    assert r.returncode == 0, r.stderr
    kept = list(tmp_path.glob("state.db.damaged-*"))
    assert [p.stat().st_size for p in kept if p.name.count("-") == 1] == [0]  # kept, never deleted
    assert "found: thanks:" in r.stdout and "found: call:" in r.stdout
    assert "done (not in Drafts): thanks:" in r.stdout and "lena.fischer" in r.stdout

    r = cli(cfg, "state", "rebuild", "--now", AFTER)  # a healthy file is not rebuilt…
    assert r.returncode == 1 and "healthy" in r.stderr and len(r.stderr.strip().splitlines()) == 1
    r = cli(cfg, "state", "rebuild", "--force", "--now", AFTER)  # …unless asked; it is kept too
    assert r.returncode == 0, r.stderr
    assert len([p for p in tmp_path.glob("state.db.damaged-*") if not p.name.endswith(("-wal", "-shm"))]) == 2

    r = cli(cfg, "run", "--once", "--now", AFTER)
    assert r.returncode == 0, r.stderr
    assert "done:" not in r.stdout
    assert recipients(imap) == ["dana.whitfield@globex.com", "omar.haddad@globex.com"]
    assert (tmp_path / "followup.ics").read_bytes() == ics_before  # no duplicate event


@pytest.mark.integration
def test_four_runs_and_the_service_started_together_write_one_draft_per_recipient(
        imap: ImapHarness, tmp_path: Path) -> None:
    """On the real clock: three interviews that ended an hour ago, then the service and four
    `run --once` started at the same moment. Whoever gets the lock does the work; the others
    wait or say who holds it (exit 75). Every recipient gets exactly one draft."""
    from collections import Counter
    from datetime import UTC, timedelta

    from tests.support.samples import interview_invite

    start = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)
    for n in (1, 2, 3):
        imap.deliver(interview_invite(n, start), "Jobs")
    cfg = private_config(tmp_path, imap)
    base = [*followup_command(), "--config", str(cfg)]
    procs = [subprocess.Popen([*base, "run"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)]
    procs += [subprocess.Popen([*base, "run", "--once"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True) for _ in range(4)]
    service, runs = procs[0], procs[1:]
    try:
        codes = [p.wait(timeout=180) for p in runs]
        deadline = time.monotonic() + 60
        while len(recipients(imap)) < 9 and time.monotonic() < deadline:
            assert service.poll() is None, service.stderr.read() if service.stderr else ""
            time.sleep(0.2)
    finally:
        service.send_signal(signal.SIGTERM)
        service.wait(timeout=60)
    assert set(codes) <= {0, 75}, [p.stderr.read() if p.stderr else "" for p in runs]
    for p, code in zip(runs, codes, strict=True):
        err = p.stderr.read() if p.stderr else ""
        assert "internal error" not in err
        if code == 75:
            assert "service" in err or "run" in err
    drafts = Counter(recipients(imap))
    assert len(drafts) == 9 and set(drafts.values()) == {1}, drafts
    assert service.returncode == 0
