"""The service's time source, injectable so tests never sleep for real.

``SystemClock`` sleeps on a self-pipe (``Waker``) that a signal handler can poke, so a
SIGTERM or SIGUSR1 cuts a back-off sleep short. ``FakeClock`` lives in the tests.
"""

from __future__ import annotations

import contextlib
import select
import socket
import time
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, aware, in UTC."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (for timeouts)."""
        ...

    def sleep(self, seconds: float) -> None:
        """Sleep up to ``seconds``; may return early when the service is woken."""
        ...


class Waker:
    """A self-pipe: ``poke()`` (safe in a signal handler) ends the current ``wait()``."""

    def __init__(self) -> None:
        self._rsock, self._wsock = socket.socketpair()
        self._rsock.setblocking(False)
        self._wsock.setblocking(False)

    def fileno(self) -> int:
        """The write end, for ``signal.set_wakeup_fd``."""
        return self._wsock.fileno()

    def poke(self) -> None:
        with contextlib.suppress(OSError):  # a full pipe is already poked
            self._wsock.send(b"\0")

    def wait(self, timeout: float) -> bool:
        """Block up to ``timeout`` seconds; True when poked (the pokes are drained)."""
        try:
            ready, _, _ = select.select([self._rsock], [], [], max(0.0, timeout))
        except InterruptedError:  # pragma: no cover - PEP 475 retries select itself
            ready = [self._rsock]
        if not ready:
            return False
        self.drain()
        return True

    def drain(self) -> None:
        with contextlib.suppress(BlockingIOError, InterruptedError):
            while self._rsock.recv(512):
                pass

    def close(self) -> None:
        self._rsock.close()
        self._wsock.close()


class SystemClock:
    """Wall clock and monotonic clock of this machine; sleeps wake on ``waker``."""

    def __init__(self, waker: Waker | None = None) -> None:
        self.waker = waker

    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        if seconds <= 0:
            return
        if self.waker is None:
            time.sleep(seconds)
        else:
            self.waker.wait(seconds)

