"""Back-off arithmetic (tenacity's strategy) and the self-pipe sleep a signal cuts short."""

from __future__ import annotations

import os
import signal
import threading
import time
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
    w = Waker()
    try:
        t0 = time.monotonic()
        assert w.wait(0.05) is False
        assert time.monotonic() - t0 >= 0.04
        w.poke()
        w.poke()
        assert w.wait(5) is True
        assert w.wait(0) is False  # pokes were drained
    finally:
        w.close()


def test_a_real_signal_cuts_the_system_sleep_short() -> None:
    w = Waker()
    clock = SystemClock(w)
    old = signal.signal(signal.SIGUSR1, lambda signum, frame: w.poke())
    try:
        timer = threading.Timer(0.1, os.kill, (os.getpid(), signal.SIGUSR1))
        timer.start()
        t0 = time.monotonic()
        clock.sleep(10)
        assert time.monotonic() - t0 < 2
        timer.join()
    finally:
        signal.signal(signal.SIGUSR1, old)
        w.close()


def test_system_clock_is_aware_utc() -> None:
    now = SystemClock().now()
    assert now.tzinfo is UTC
