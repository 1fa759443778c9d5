"""The service's sleep: a Waker wait lasts its timeout, and a real signal cuts a long sleep short.

tests/unit/daemon/test_backoff_clock.py checks the outcomes (a wait times out unpoked, a
signal's poke is what ends the sleep); this measures the wall-clock side, with baselines
measured in the same run:
- timeout: ``Waker.wait(T)`` with nothing poking, against ``time.sleep(T)``; target ratio ≥ 0.8
  (the wait does not return early) and ≤ 3 (nor very late);
- wake-up: ``SystemClock(waker).sleep(10)`` cut by SIGUSR1 sent after D seconds, against D
  itself (how late the sleep ends after the signal); target ratio ≤ 20 (the 10 s sleep ends
  well before its timeout).

Last line (machine-readable): timeout_ratio=R wake_ratio=W ok=yes|no
"""

from __future__ import annotations

import argparse
import os
import signal
import statistics
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from followup.daemon.clock import SystemClock, Waker  # noqa: E402

TIMEOUT = 0.05
DELAY = 0.1
LONG_SLEEP = 10.0


def timed(fn: Callable[[], object]) -> float:
    t0 = time.monotonic()
    fn()
    return time.monotonic() - t0


def one_wake() -> float:
    """Seconds a 10 s SystemClock sleep lasts when SIGUSR1 arrives after DELAY."""
    w = Waker()
    clock = SystemClock(w)
    old = signal.signal(signal.SIGUSR1, lambda signum, frame: w.poke())
    try:
        timer = threading.Timer(DELAY, os.kill, (os.getpid(), signal.SIGUSR1))
        timer.start()
        elapsed = timed(lambda: clock.sleep(LONG_SLEEP))
        timer.join()
        return elapsed
    finally:
        signal.signal(signal.SIGUSR1, old)
        w.close()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    args, _ = ap.parse_known_args()  # ./dev bench passes its arguments to every benchmark

    w = Waker()
    try:
        waits = [timed(lambda: w.wait(TIMEOUT)) for _ in range(args.rounds)]
        sleeps = [timed(lambda: time.sleep(TIMEOUT)) for _ in range(args.rounds)]
    finally:
        w.close()
    timeout_ratio = statistics.median(waits) / statistics.median(sleeps)

    wakes = [one_wake() for _ in range(args.rounds)]
    wake_ratio = statistics.median(wakes) / DELAY

    ok = 0.8 <= timeout_ratio <= 3 and wake_ratio <= 20
    print(f"Waker.wait({TIMEOUT}) unpoked: median {statistics.median(waits) * 1000:.1f} ms; "
          f"time.sleep({TIMEOUT}) (baseline): {statistics.median(sleeps) * 1000:.1f} ms; "
          f"ratio {timeout_ratio:.2f}   target: 0.8–3")
    print(f"SystemClock.sleep({LONG_SLEEP:.0f}) with SIGUSR1 after {DELAY} s: median "
          f"{statistics.median(wakes) * 1000:.1f} ms; ratio to the signal delay {wake_ratio:.2f}   "
          f"target: ≤ 20")
    print(f"timeout_ratio={timeout_ratio:.2f} wake_ratio={wake_ratio:.2f} ok={'yes' if ok else 'no'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
