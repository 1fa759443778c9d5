"""The service against a real Dovecot: IDLE wakes it on new mail; a bad login backs off."""

from __future__ import annotations

import re
import signal
import time
from pathlib import Path

import pytest

from tests.support.dovecot import Account, Dovecot

from .daemon_proc import imap_config, start_service, stop_service

pytestmark = pytest.mark.integration

IDLE_ONLY = "poll_interval = 3600"  # no polling: only IDLE can wake the service

MAIL = b"""From: Sam Okafor <sam.okafor@friendmail.example>\r
To: Jordan Lee <jordan.lee@mailbox.example>\r
Subject: lunch?\r
Message-ID: <lunch-imap-1@friendmail.example>\r
Date: Tue, 10 Mar 2026 12:00:00 -0500\r
\r
Lunch on Friday?\r
"""


def test_idle_wakes_the_service_on_new_mail(dovecot: Dovecot, account: Account, tmp_path: Path) -> None:
    run = start_service(
        imap_config(tmp_path, dovecot.port, account.username, account.password, mailbox_extra=IDLE_ONLY)
    )
    try:
        run.wait_line("cycle 1:", timeout=20)
        time.sleep(0.5)  # let it enter IDLE
        with dovecot.client(account) as c:
            c.append("INBOX", MAIL)
        run.wait_line("new mail", timeout=10)
        assert "scanned 1 messages" in run.wait_line("cycle 2:", timeout=10)
        started = time.monotonic()
        run.signal(signal.SIGTERM)
        assert run.proc.wait(timeout=10) == 0
        assert time.monotonic() - started < 5
    finally:
        stop_service(run)


def test_login_failure_backs_off_and_keeps_running(
    dovecot: Dovecot, account: Account, tmp_path: Path
) -> None:
    run = start_service(
        imap_config(tmp_path, dovecot.port, account.username, "wrong-pw", mailbox_extra=IDLE_ONLY)
    )
    try:
        line = run.wait_line("account problem", timeout=20)
        assert re.search(r"login failed.*retrying in \d+s$", line), line
        assert "wrong-pw" not in line
        time.sleep(0.5)
        assert run.proc.poll() is None  # still running, waiting to retry
        started = time.monotonic()
        run.signal(signal.SIGTERM)  # cuts the back-off sleep short
        assert run.proc.wait(timeout=10) == 0
        assert time.monotonic() - started < 3
        assert not any("Traceback" in x for x in run.log)
    finally:
        stop_service(run)


def test_recovers_when_the_password_is_fixed_and_reloaded(
    dovecot: Dovecot, account: Account, tmp_path: Path
) -> None:
    config = imap_config(tmp_path, dovecot.port, account.username, "wrong-pw", mailbox_extra=IDLE_ONLY)
    run = start_service(config)
    try:
        run.wait_line("account problem", timeout=20)
        (tmp_path / "pw").write_text(account.password + "\n", encoding="utf-8")
        run.signal(signal.SIGHUP)  # reload: reconnect now, with a fresh back-off
        run.wait_line("config reloaded", timeout=10)
        run.wait_line("cycle 1:", timeout=20)
        run.signal(signal.SIGTERM)
        assert run.proc.wait(timeout=10) == 0
    finally:
        stop_service(run)


def test_dovecot_stopped_while_idling_then_back(dovecot: Dovecot, account: Account, tmp_path: Path) -> None:
    run = start_service(
        imap_config(tmp_path, dovecot.port, account.username, account.password, mailbox_extra=IDLE_ONLY)
    )
    try:
        run.wait_line("cycle 1:", timeout=20)
        time.sleep(0.5)  # let it enter IDLE
        dovecot.stop()
        try:
            line = run.wait_line("connection refused", timeout=30)
            assert "Traceback" not in line
            assert run.proc.poll() is None  # still running, retrying
        finally:
            dovecot.start()
        with dovecot.client(account) as c:
            c.append("INBOX", MAIL)
        line = run.wait_line("scanned 1 messages", timeout=60)
        assert run.proc.poll() is None
        run.signal(signal.SIGTERM)
        assert run.proc.wait(timeout=10) == 0
        assert not any("Traceback" in x for x in run.log)
    finally:
        stop_service(run)
