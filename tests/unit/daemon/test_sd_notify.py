"""sd_notify over a real AF_UNIX datagram socket bound by the test."""

from __future__ import annotations

import os
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from followup.daemon.notify import Notifier


@pytest.fixture
def dgram(tmp_path: Path) -> Iterator[tuple[socket.socket, str]]:
    path = tmp_path / "notify.sock"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(str(path))
    sock.settimeout(2)
    yield sock, str(path)
    sock.close()


def recv(sock: socket.socket) -> str:
    return sock.recv(4096).decode("utf-8")


def test_ready_status_stopping_over_a_path_socket(dgram: tuple[socket.socket, str]) -> None:
    sock, path = dgram
    n = Notifier({"NOTIFY_SOCKET": path})
    assert n.enabled
    assert n.ready("started")
    assert recv(sock) == "READY=1\nSTATUS=started"
    assert n.status("2 drafts written;\n next check in 300s")
    assert recv(sock) == "STATUS=2 drafts written; next check in 300s"
    assert n.reloading(123456)
    assert recv(sock) == "RELOADING=1\nMONOTONIC_USEC=123456"
    assert n.stopping()
    assert recv(sock) == "STOPPING=1"


def test_abstract_namespace_socket() -> None:
    name = f"followup-test-{os.getpid()}"
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind("\0" + name)
    sock.settimeout(2)
    try:
        n = Notifier({"NOTIFY_SOCKET": "@" + name})
        assert n.ready()
        assert recv(sock) == "READY=1"
    finally:
        sock.close()


def test_watchdog_at_half_the_interval(dgram: tuple[socket.socket, str]) -> None:
    sock, path = dgram
    n = Notifier({"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "20000000", "WATCHDOG_PID": "4242"}, pid=4242)
    assert n.watchdog_interval == 20.0 and n.ping_every == 10.0
    assert n.watchdog(100.0)
    assert recv(sock) == "WATCHDOG=1"
    assert n.next_ping_in(104.0) == pytest.approx(6.0)
    assert not n.watchdog(109.9)
    assert n.watchdog(110.0)
    assert recv(sock) == "WATCHDOG=1"
    sock.settimeout(0.05)
    with pytest.raises(TimeoutError):
        sock.recv(4096)  # nothing else was sent


def test_watchdog_for_another_pid_is_ignored(dgram: tuple[socket.socket, str]) -> None:
    _, path = dgram
    n = Notifier({"NOTIFY_SOCKET": path, "WATCHDOG_USEC": "20000000", "WATCHDOG_PID": "1"}, pid=4242)
    assert n.ping_every is None
    assert not n.watchdog(0.0)
    assert n.next_ping_in(0.0) == float("inf")


def test_without_notify_socket_everything_is_a_no_op() -> None:
    n = Notifier({})
    assert not n.enabled
    assert not n.ready("x") and not n.status("x") and not n.stopping() and not n.watchdog(1.0)


def test_unusable_socket_logs_and_returns_false(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    n = Notifier({"NOTIFY_SOCKET": str(tmp_path / "gone.sock")})
    assert not n.ready()
    assert "cannot notify systemd" in caplog.text
    bad = Notifier({"NOTIFY_SOCKET": "vsock:2:1234"})
    assert not bad.enabled


def test_a_full_socket_never_blocks(dgram: tuple[socket.socket, str]) -> None:
    _, path = dgram  # bound, but nobody reads
    n = Notifier({"NOTIFY_SOCKET": path})
    results = [n.status(f"message {i}") for i in range(5000)]
    assert results[0] is True
    assert results[-1] is False  # the queue filled up; the call returned instead of waiting
