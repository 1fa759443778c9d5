"""A real `followup run` service in a subprocess, against a Maildir and a local .ics file.

No server binary is needed: the embedded default backends are files. Log lines are read
from the child's stderr by a thread; sd_notify datagrams arrive on a socket the test binds.
"""

from __future__ import annotations

import mailbox
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest


def followup_command() -> list[str]:
    script = Path(sys.executable).parent / "followup"
    return [str(script)] if script.exists() else [sys.executable, "-m", "followup.cli"]


def make_maildir(root: Path) -> Path:
    md = mailbox.Maildir(str(root), create=True)
    md.add_folder("Drafts")
    md.add_folder("Sent")
    return root


def write_config(path: Path, maildir: Path, *, poll: float = 3600, extra: str = "") -> Path:
    base = path.parent
    path.write_text(
        f"""
[owner]
name = "Jordan Lee"
email = "jordan.lee@mailbox.example"
timezone = "America/Chicago"

[mailbox]
backend = "maildir"
path = "{maildir}"
poll_interval = {poll}

[calendar]
backend = "ics"
path = "{base / "calendar.ics"}"
poll_interval = {poll}

[state]
path = "{base / "state" / "state.db"}"
{extra}
""",
        encoding="utf-8",
    )
    return path


@dataclass
class Running:
    proc: subprocess.Popen[str]
    notify: socket.socket
    lines: queue.Queue[str] = field(default_factory=queue.Queue)
    log: list[str] = field(default_factory=list)

    def wait_line(self, needle: str, timeout: float = 10.0) -> str:
        """The next log line containing ``needle`` (earlier lines are kept in ``log``)."""
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(
                    f"no log line with {needle!r} within {timeout}s; log:\n" + "\n".join(self.log)
                )
            try:
                line = self.lines.get(timeout=remaining)
            except queue.Empty:
                continue
            self.log.append(line)
            if needle in line:
                return line

    def notifications(self, timeout: float = 0.2) -> list[str]:
        out: list[str] = []
        self.notify.settimeout(timeout)
        while True:
            try:
                out.append(self.notify.recv(4096).decode())
            except (TimeoutError, BlockingIOError):
                return out

    def wait_notification(self, needle: str, timeout: float = 10.0) -> str:
        deadline = time.monotonic() + timeout
        seen: list[str] = []
        while time.monotonic() < deadline:
            self.notify.settimeout(max(0.01, deadline - time.monotonic()))
            try:
                msg = self.notify.recv(4096).decode()
            except TimeoutError:
                break
            seen.append(msg)
            if needle in msg:
                return msg
        raise AssertionError(f"no notification with {needle!r}; got {seen}")

    def signal(self, signum: signal.Signals) -> None:
        self.proc.send_signal(signum)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[tuple[Running, Path, Path]]:
    maildir = make_maildir(tmp_path / "Mail")
    config = write_config(tmp_path / "config.toml", maildir)
    running = start_service(config, tmp_path / "notify.sock")
    try:
        yield running, config, maildir
    finally:
        stop_service(running)


def start_service(config: Path, notify_path: Path | None = None) -> Running:
    """``followup -v --config CONFIG run`` with its stderr pumped into ``Running.lines``."""
    notify = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    if notify_path is not None:
        notify.bind(str(notify_path))
        env.update(NOTIFY_SOCKET=str(notify_path), WATCHDOG_USEC="4000000")
    env.pop("WATCHDOG_PID", None)
    proc = subprocess.Popen(
        [*followup_command(), "-v", "--config", str(config), "run"],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    running = Running(proc, notify)

    def pump() -> None:
        assert proc.stderr is not None
        for line in proc.stderr:
            running.lines.put(line.rstrip("\n"))

    threading.Thread(target=pump, daemon=True).start()
    return running


def stop_service(running: Running) -> None:
    if running.proc.poll() is None:
        running.proc.kill()
        running.proc.wait(timeout=10)
    running.notify.close()


def imap_config(tmp_path: Path, port: int, username: str, password: str, *, mailbox_extra: str = "") -> Path:
    """A config for the private Dovecot (plain IMAP on loopback, no calendar); the password is read
    by ``password_command`` from a file."""
    secret = tmp_path / "pw"
    secret.write_text(password + "\n", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(
        f"""
[owner]
email = "jordan.lee@mailbox.example"
timezone = "UTC"

[mailbox]
backend = "imap"
host = "127.0.0.1"
port = {port}
security = "none"
username = "{username}"
password_command = "cat {secret}"
{mailbox_extra}

[calendar]
backend = "none"

[state]
path = "{tmp_path / "state.db"}"
""",
        encoding="utf-8",
    )
    return config
