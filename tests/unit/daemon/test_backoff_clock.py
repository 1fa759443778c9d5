"""Back-off arithmetic (tenacity's strategy) and the self-pipe sleep a signal cuts short."""

from __future__ import annotations

import os
import signal
import threading
from datetime import UTC

from hypothesis import given
from hypothesis import strategies as st

from followup.daemon.backoff import Backoff
from followup.daemon.clock import SystemClock, Waker


def test_backoff_doubles_and_caps() -> None:
    b = Backoff(initial=5, cap=60, jitter=0)
    assert [b.next_delay() for _ in range(6)] == [5, 10, 20, 40, 60, 60]
    assert b.failures == 6
    b.reset()
    assert b.failures == 0 and b.next_delay() == 5


@given(initial=st.floats(0.1, 30), cap=st.floats(1, 3600), jitter=st.floats(0, 10),
       n=st.integers(1, 80))
def test_backoff_stays_within_bounds(initial: float, cap: float, jitter: float, n: int) -> None:
    b = Backoff(initial=initial, cap=cap, jitter=jitter)
    delays = [b.next_delay() for _ in range(n)]
    assert all(0 <= d <= cap for d in delays)
    base = [min(cap, initial * 2 ** i) for i in range(n)]
    assert all(d >= lo - 1e-9 for d, lo in zip(delays, base, strict=True))
    assert all(d <= min(cap, lo + jitter) + 1e-9 for d, lo in zip(delays, base, strict=True))


def test_waker_wait_times_out_and_wakes() -> None:
    """How long the wait lasts is measured by bench/wakeup.py."""
    w = Waker()
    try:
        assert w.wait(0.05) is False  # nothing poked: timed out
        w.poke()
        w.poke()
        assert w.wait(5) is True
        assert w.wait(0) is False  # pokes were drained
    finally:
        w.close()


def test_a_real_signal_cuts_the_system_sleep_short() -> None:
    """The signal's poke is what ends the sleep: the sleep consumed it (a sleep that ran to its
    timeout would leave it in the pipe). How soon it ends is measured by bench/wakeup.py."""
    w = Waker()
    clock = SystemClock(w)
    signals: list[int] = []

    def handler(signum: int, frame: object) -> None:
        signals.append(signum)
        w.poke()

    old = signal.signal(signal.SIGUSR1, handler)
    try:
        timer = threading.Timer(0.1, os.kill, (os.getpid(), signal.SIGUSR1))
        timer.start()
        clock.sleep(10)
        timer.join()
        assert signals == [signal.SIGUSR1]
        assert w.wait(0) is False  # the poke was drained by the sleep it woke
    finally:
        signal.signal(signal.SIGUSR1, old)
        w.close()


def test_system_clock_is_aware_utc() -> None:
    now = SystemClock().now()
    assert now.tzinfo is UTC
