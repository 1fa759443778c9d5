"""Exponential back-off with jitter, capped: tenacity's wait strategy, driven by hand.

The service's loop decides itself when to retry (a signal may cut a wait short), so it
only borrows tenacity's arithmetic: ``wait_exponential_jitter`` over a retry state.
"""

from __future__ import annotations

import tenacity


class Backoff:
    """``next_delay()`` grows initial·2ⁿ plus up to ``jitter`` seconds, capped at ``cap``."""

    def __init__(self, initial: float = 5.0, cap: float = 900.0, jitter: float = 5.0) -> None:
        self._wait = tenacity.wait_exponential_jitter(multiplier=initial, max=cap, jitter=jitter)
        self._retrying = tenacity.Retrying()
        self.reset()

    def reset(self) -> None:
        self._state = tenacity.RetryCallState(self._retrying, None, (), {})

    @property
    def failures(self) -> int:
        """Delays handed out since the last success."""
        return self._state.attempt_number - 1

    def next_delay(self) -> float:
        delay = float(self._wait(self._state))
        self._state.attempt_number += 1
        return delay
