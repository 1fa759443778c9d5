"""systemd's notify protocol without the python-systemd package.

Datagrams of ``KEY=value`` lines go to the AF_UNIX socket named in ``$NOTIFY_SOCKET``
(a path, or ``@name`` for the abstract namespace). Without the variable every call is
a no-op, so the same code runs under launchd or in a terminal. ``WATCHDOG_USEC`` (and
``WATCHDOG_PID``, when set, must be our pid) turns on watchdog pings at half the interval.
"""

from __future__ import annotations

import logging
import os
import socket
from collections.abc import Mapping

log = logging.getLogger(__name__)


def _socket_address(value: str) -> str | None:
    if value.startswith("@"):
        return "\0" + value[1:]
    if value.startswith("/"):
        return value
    return None  # vsock and other forms are not used by user units


class Notifier:
    def __init__(self, environ: Mapping[str, str] | None = None, pid: int | None = None) -> None:
        env = os.environ if environ is None else environ
        pid = os.getpid() if pid is None else pid
        raw = env.get("NOTIFY_SOCKET", "")
        self.address = _socket_address(raw) if raw else None
        if raw and self.address is None:
            log.warning("NOTIFY_SOCKET %r is not a unix socket path; not notifying systemd", raw)
        self.watchdog_interval: float | None = None
        usec = env.get("WATCHDOG_USEC", "")
        wd_pid = env.get("WATCHDOG_PID", "")
        if usec.isdigit() and int(usec) > 0 and (not wd_pid or wd_pid == str(pid)):
            self.watchdog_interval = int(usec) / 1_000_000
        self._last_ping: float | None = None
        self._warned = False

    @property
    def enabled(self) -> bool:
        return self.address is not None

    def send(self, *fields: str) -> bool:
        """Send ``fields`` (``KEY=value``) as one datagram; False when not sent."""
        if self.address is None:
            return False
        payload = "\n".join(fields).encode("utf-8")
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
                sock.setblocking(False)  # a reader that is not reading must never stall the service
                sock.connect(self.address)
                sock.send(payload)
        except OSError as exc:
            level = logging.DEBUG if self._warned else logging.WARNING
            self._warned = True
            log.log(level, "cannot notify systemd: %s", exc.strerror or exc)
            return False
        return True

    def ready(self, status: str = "") -> bool:
        return self.send("READY=1", *([f"STATUS={_one_line(status)}"] if status else []))

    def status(self, text: str) -> bool:
        return self.send(f"STATUS={_one_line(text)}")

    def reloading(self, monotonic_usec: int) -> bool:
        return self.send("RELOADING=1", f"MONOTONIC_USEC={monotonic_usec}")

    def stopping(self, status: str = "") -> bool:
        return self.send("STOPPING=1", *([f"STATUS={_one_line(status)}"] if status else []))

    def watchdog(self, monotonic: float, *, force: bool = False) -> bool:
        """Ping the watchdog when half its interval has passed since the last ping."""
        if self.ping_every is None:
            return False
        if not force and self.next_ping_in(monotonic) > 0:
            return False
        self._last_ping = monotonic
        return self.send("WATCHDOG=1")

    def next_ping_in(self, monotonic: float) -> float:
        """Seconds until the next watchdog ping is due (0 when due now; inf without one)."""
        if self.ping_every is None:
            return float("inf")
        if self._last_ping is None:
            return 0.0
        return max(0.0, self._last_ping + self.ping_every - monotonic)

    @property
    def ping_every(self) -> float | None:
        """Seconds between watchdog pings (half of WATCHDOG_USEC), or None."""
        return None if self.watchdog_interval is None else self.watchdog_interval / 2


def _one_line(text: str) -> str:
    return " ".join(text.split())[:200]
