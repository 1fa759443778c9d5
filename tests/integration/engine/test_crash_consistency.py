"""SIGKILL at random points of real `followup run --once` processes (real Dovecot, .ics
calendar, three due interviews): afterwards every recipient has exactly one draft, every call
event exists once, and the state database passes SQLite's integrity check.

100 kills by default (about a minute); `FOLLOWUP_CRASH_KILLS=400 ./dev test
tests/integration/engine/test_crash_consistency.py` for a longer run.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest

from ..daemon.daemon_proc import followup_command
from ..mailbox.mailbox_harness import ImapHarness
from .test_engine_end_to_end import AFTER
from .test_state_safety import COMPANIES, cli, imap, invite, private_config, recipients, vevents

__all__ = ["imap"]  # the fixture, imported for pytest

KILLS_PER_ROUND = 3
RECIPIENTS = sorted(f"{who}@{company.lower()}.com" for company, _ in COMPANIES
                    for who in ("dana.whitfield", "lena.fischer", "omar.haddad"))


def _empty_drafts(h: ImapHarness) -> None:
    h.admin.select_folder("Drafts")
    uids = h.admin.search(["ALL"])
    if uids:
        h.admin.delete_messages(uids)
        h.admin.expunge()
    h.admin.unselect_folder()


def _check(h: ImapHarness, work: Path) -> None:
    drafts = recipients(h)
    assert drafts == RECIPIENTS, Counter(drafts) - Counter(RECIPIENTS)  # none missing, none twice
    keys = vevents(work / "followup.ics")
    assert len(keys) == len(set(keys)), Counter(keys).most_common(3)
    assert len([k for k in keys if k.startswith("call:")]) == len(COMPANIES)
    db = sqlite3.connect(work / "state.db")
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()


@pytest.mark.integration
def test_sigkill_at_random_points_never_duplicates_or_loses(imap: ImapHarness, tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    kills = int(os.environ.get("FOLLOWUP_CRASH_KILLS", "100"))
    rng = random.Random(20261204)
    for company, num in COMPANIES:
        imap.deliver(invite(company, num), "Jobs")

    # how long one whole run takes here: the kills fall anywhere in it
    calib = tmp_path / "calibration"
    calib.mkdir()
    started = time.monotonic()
    assert cli(private_config(calib, imap), "run", "--once", "--now", AFTER).returncode == 0
    span = time.monotonic() - started
    _check(imap, calib)

    killed_mid_run = 0
    for n in range(max(1, -(-kills // KILLS_PER_ROUND))):
        _empty_drafts(imap)
        work = tmp_path / f"round{n}"
        work.mkdir()
        cfg = private_config(work, imap)
        for _ in range(KILLS_PER_ROUND):
            proc = subprocess.Popen([*followup_command(), "--config", str(cfg), "run", "--once",
                                     "--now", AFTER], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0.0, span))
            proc.send_signal(signal.SIGKILL)
            killed_mid_run += proc.wait() == -signal.SIGKILL
        done = cli(cfg, "run", "--once", "--now", AFTER)
        assert done.returncode == 0, done.stderr
        _check(imap, work)
        again = cli(cfg, "run", "--once", "--now", AFTER)  # and nothing more happens
        assert again.returncode == 0 and "applied 0 actions" in again.stdout + again.stderr
        _check(imap, work)
    with capsys.disabled():
        print(f"\ncrash consistency: {killed_mid_run} of {-(-kills // KILLS_PER_ROUND) * KILLS_PER_ROUND} "
              f"SIGKILLs inside a run (a run takes {span:.1f} s here); 0 duplicates, 0 missing")
    assert killed_mid_run >= kills * 0.5  # most kills landed inside a run (the later ones of a round
    # may find the work done already)
