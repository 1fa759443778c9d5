"""Real signals to a real `followup run` process: SIGUSR1 polls, SIGHUP reloads, SIGTERM stops."""

from __future__ import annotations

import mailbox
import signal
import time
from pathlib import Path

import pytest

from .daemon_proc import Running, write_config

pytestmark = pytest.mark.integration

NEW_MAIL = b"""From: Sam Okafor <sam.okafor@friendmail.example>
To: Jordan Lee <jordan.lee@mailbox.example>
Subject: lunch?
Message-ID: <lunch-1@friendmail.example>
Date: Tue, 10 Mar 2026 12:00:00 -0500

Lunch on Friday?
"""


def test_ready_then_sigusr1_polls_now(service: tuple[Running, Path, Path]) -> None:
    run, _config, _maildir = service
    assert "READY=1" in run.wait_notification("READY=1")
    run.wait_line("cycle 1:")
    started = time.monotonic()
    run.signal(signal.SIGUSR1)
    run.wait_line("poll requested")
    run.wait_line("cycle 2:")
    assert time.monotonic() - started < 5  # the poll interval is an hour: the signal did it
    assert run.proc.poll() is None


def test_sigterm_exits_0_within_seconds(service: tuple[Running, Path, Path]) -> None:
    run, _config, _maildir = service
    run.wait_line("cycle 1:")
    started = time.monotonic()
    run.signal(signal.SIGTERM)
    assert run.proc.wait(timeout=10) == 0
    assert time.monotonic() - started < 5
    assert any("STOPPING=1" in n for n in run.notifications())


def test_sighup_reloads_and_a_bad_config_keeps_the_old_one(service: tuple[Running, Path, Path]) -> None:
    run, config, maildir = service
    run.wait_line("cycle 1:")
    write_config(config, maildir, poll=1800)
    run.signal(signal.SIGHUP)
    run.wait_line("config reloaded")
    run.wait_line("cycle 2:")
    assert "RELOADING=1" in run.wait_notification("RELOADING=1")

    config.write_text("[mailbox]\nbackend = \"pop3\"\n", encoding="utf-8")
    run.signal(signal.SIGHUP)
    line = run.wait_line("keeping the old config")
    assert "backend" in line and str(config) in line
    run.wait_line("cycle 3:")  # still running, on the old config
    run.signal(signal.SIGUSR1)
    run.wait_line("cycle 4:")
    run.signal(signal.SIGTERM)
    assert run.proc.wait(timeout=10) == 0


def test_new_mail_wakes_the_service(service: tuple[Running, Path, Path]) -> None:
    run, _config, maildir = service
    run.wait_line("cycle 1:")
    mailbox.Maildir(str(maildir), create=False).add(NEW_MAIL)
    run.wait_line("new mail")
    line = run.wait_line("cycle 2:")
    assert "scanned 1 messages" in line
    run.signal(signal.SIGTERM)
    assert run.proc.wait(timeout=10) == 0


def test_watchdog_pings_while_idle(service: tuple[Running, Path, Path]) -> None:
    run, _config, _maildir = service
    run.wait_line("cycle 1:")
    time.sleep(4.5)  # WATCHDOG_USEC is 4 s: a ping at least every 2 s
    pings = [n for n in run.notifications() if "WATCHDOG=1" in n]
    assert len(pings) >= 2
    run.signal(signal.SIGTERM)
    assert run.proc.wait(timeout=10) == 0


def test_bad_config_at_start_exits_2(tmp_path: Path) -> None:
    import subprocess

    from .daemon_proc import followup_command

    config = tmp_path / "config.toml"
    config.write_text("[owner]\nemail = \"not an address\"\n", encoding="utf-8")
    proc = subprocess.run([*followup_command(), "--config", str(config), "run"], capture_output=True,
                          text=True, timeout=30)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "email" in lines[0] and str(config) in lines[0]


def test_sigterm_while_waiting_for_a_one_shot_run_exits_0(tmp_path: Path) -> None:
    """A `run --once` holds the state file; the service started beside it waits (and says so).
    Stopped then, it exits 0 at once rather than dying by the signal or waiting 30 s."""
    import subprocess
    import sys

    from .daemon_proc import make_maildir, start_service, stop_service

    config = write_config(tmp_path / "config.toml", make_maildir(tmp_path / "Mail"))
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys, time; from pathlib import Path; from followup.engine.statefile import hold\n"
         "with hold(Path(sys.argv[1]), 'once'):\n    print('held', flush=True); time.sleep(60)",
         str(tmp_path / "state" / "state.db")],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        run = start_service(config)
        try:
            line = run.wait_line("waiting for another followup run", timeout=30)
            assert f"pid {holder.pid}" in line
            started = time.monotonic()
            run.signal(signal.SIGTERM)
            assert run.proc.wait(timeout=10) == 0
            assert time.monotonic() - started < 5
            run.wait_line("stopped before it started")
        finally:
            stop_service(run)
    finally:
        holder.kill()
        holder.wait(timeout=10)
