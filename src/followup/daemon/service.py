"""The long-running service behind ``followup run`` (without ``--once``).

Loop: run one cycle (scan mail and calendar, plan, apply), then wait for new mail
(``Mailbox.wait_for_mail``) until the next due action or the next poll, then repeat.

Signals (STYLE.md point 9): SIGTERM/SIGINT finish the current cycle, then exit 0;
SIGHUP reloads the config (a bad new config is logged and the old one kept); SIGUSR1
polls now. Handlers only set a flag and poke a self-pipe; the wait runs in short slices
so a signal ends it within ``slice_seconds``.

Errors ranked by scope: an AccountError (auth, host down) is logged as one line and
retried with capped exponential back-off; a ConfigError at start exits 2; a FatalError
exits 1 (systemd restarts the unit); anything else is logged and retried like an
account problem, so one bad day does not crash-loop the service.
"""

from __future__ import annotations

import contextlib
import logging
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import FrameType
from typing import Any, Protocol

from followup.calendar_sync.base import Calendar
from followup.config import Config, load_config
from followup.daemon.backoff import Backoff
from followup.daemon.clock import Clock, SystemClock, Waker
from followup.daemon.notify import Notifier
from followup.engine.service import CycleReport
from followup.errors import AccountError, ConfigError, Error, FatalError, UserError
from followup.mailbox.base import Mailbox

log = logging.getLogger(__name__)

MIN_WAIT = 1.0  # never spin: at least this long between two cycles


class CycleFn(Protocol):
    def __call__(self, config: Config, *, now: datetime | None = ..., dry_run: bool = ...,
                 mailbox: Mailbox | None = ..., calendar: Calendar | None = ...) -> CycleReport: ...


MailboxOpener = Callable[[Config], Mailbox]
CalendarOpener = Callable[[Config], Calendar | None]


def _default_cycle(config: Config, *, now: datetime | None = None, dry_run: bool = False,
                   mailbox: Mailbox | None = None, calendar: Calendar | None = None) -> CycleReport:
    from followup.engine.service import run_cycle

    return run_cycle(config, now=now, dry_run=dry_run, mailbox=mailbox, calendar=calendar)


def _default_open_mailbox(config: Config) -> Mailbox:
    from followup.backends import open_mailbox

    return open_mailbox(config)


def _default_open_calendar(config: Config) -> Calendar | None:
    from followup.backends import open_calendar

    return open_calendar(config)


def next_due(report: CycleReport) -> datetime | None:
    """The time of the next planned action a cycle report knows of, if any."""
    return report.next_due()


def describe(report: CycleReport) -> str:
    """A short status line for a cycle report (systemd STATUS=, the log)."""
    return " ".join(report.summary().split()) or "cycle done"


@dataclass
class _Outcome:
    wait: float  # seconds until the next cycle
    use_mailbox: bool  # wait on the mailbox (False after a failure: plain sleep)


class Service:
    """One service instance. Everything with a side effect can be swapped for tests."""

    def __init__(
        self,
        config_path: Path | None,
        *,
        clock: Clock | None = None,
        notifier: Notifier | None = None,
        cycle: CycleFn | None = None,
        open_mailbox: MailboxOpener | None = None,
        open_calendar: CalendarOpener | None = None,
        backoff: Backoff | None = None,
        slice_seconds: float = 2.0,
        max_cycle_seconds: float = 1800.0,
    ) -> None:
        self.config_path = config_path
        self.waker = Waker()
        self.clock: Clock = clock if clock is not None else SystemClock(self.waker)
        self.notifier = notifier if notifier is not None else Notifier()
        self._cycle: CycleFn = cycle if cycle is not None else _default_cycle
        self._open_mailbox = open_mailbox or _default_open_mailbox
        self._open_calendar = open_calendar or _default_open_calendar
        self.backoff = backoff or Backoff()
        self.slice_seconds = slice_seconds
        self.max_cycle_seconds = max_cycle_seconds
        self.config: Config | None = None
        self.mailbox: Mailbox | None = None
        self.calendar: Calendar | None = None
        self.calendar_opened = False
        self.stop_requested = False
        self.reload_requested = False
        self.poll_requested = False
        self.cycles = 0
        self._saved_handlers: dict[int, Any] = {}

    # -- requests (what the signal handlers call; tests call them directly) --------------

    def request_stop(self) -> None:
        self.stop_requested = True
        self.waker.poke()

    def request_reload(self) -> None:
        self.reload_requested = True
        self.waker.poke()

    def request_poll(self) -> None:
        self.poll_requested = True
        self.waker.poke()

    # -- the loop --------------------------------------------------------------------------

    def run(self) -> int:
        # First of all: a stop asked while the config loads or another run holds the lock is a
        # clean stop (exit 0), not a death by signal.
        self._install_signals()
        try:
            self.config = load_config(self.config_path)
        except ConfigError as exc:
            self._restore_signals()
            log.error("%s", exc)
            return 2
        from followup.engine.statefile import hold

        lock = contextlib.ExitStack()
        try:  # one instance per state file for the service's whole life (engine/statefile.py)
            lock.enter_context(hold(self.config.state.path, "service", stop=lambda: self.stop_requested))
        except UserError as exc:
            self._restore_signals()
            if self.stop_requested:
                log.info("followup service stopped before it started")
                return 0
            log.error("%s", exc)
            return exc.exit_code
        self.notifier.ready("started")
        log.info("followup service started (config %s)", self.config.source or "defaults")
        code = 0
        try:
            while not self.stop_requested:
                if self.reload_requested:
                    self._reload()
                outcome = self._run_cycle()
                if self.stop_requested:
                    break
                self._wait(outcome)
        except FatalError as exc:
            log.error("fatal: %s", exc)
            self.notifier.status(f"fatal: {exc}")
            code = 1
        finally:
            self.notifier.stopping("stopping")
            self._close_backends()
            self._restore_signals()
            self.waker.close()
            lock.close()
        log.info("followup service stopped")
        return code

    def _run_cycle(self) -> _Outcome:
        assert self.config is not None
        config = self.config
        self.poll_requested = False
        try:
            if self.mailbox is None:
                self.mailbox = self._open_mailbox(config)
            if not self.calendar_opened:
                self.calendar = self._open_calendar(config)
                self.calendar_opened = True
            self.notifier.status("checking mail and calendar")
            with self._watchdog_during_cycle():
                report = self._cycle(config, now=self.clock.now(), mailbox=self.mailbox,
                                     calendar=self.calendar)
        except FatalError:
            raise
        except AccountError as exc:
            return self._failed(f"account problem: {exc}")
        except Error as exc:
            return self._failed(f"cycle failed: {exc}")
        except Exception as exc:  # a bug must not crash-loop the service; log it in full
            log.exception("unexpected error in a cycle")
            return self._failed(f"unexpected error: {type(exc).__name__}: {exc}")
        self.cycles += 1
        self.backoff.reset()
        wait = self._wait_after(config, report)
        status = describe(report)
        log.info("cycle %d: %s; next check in %.0fs", self.cycles, status, wait)
        self.notifier.status(f"{status}; next check in {wait:.0f}s")
        return _Outcome(wait=wait, use_mailbox=True)

    def _failed(self, what: str) -> _Outcome:
        delay = self.backoff.next_delay()
        log.warning("%s; retrying in %.0fs", what, delay)
        self.notifier.status(f"{what}; retrying in {delay:.0f}s")
        self._close_backends()  # reconnect from scratch next time
        return _Outcome(wait=delay, use_mailbox=False)

    def _wait_after(self, config: Config, report: CycleReport) -> float:
        candidates = [config.mailbox.poll_interval]
        if config.calendar.backend != "none":
            candidates.append(config.calendar.poll_interval)
        due = next_due(report)
        if due is not None:
            candidates.append((due - self.clock.now()).total_seconds())
        return max(MIN_WAIT, min(candidates))

    def _wait(self, outcome: _Outcome) -> None:
        """Wait up to ``outcome.wait`` seconds, in slices, until mail or a request arrives."""
        self.waker.drain()
        deadline = self.clock.monotonic() + outcome.wait
        while not (self.stop_requested or self.reload_requested or self.poll_requested):
            self.notifier.watchdog(self.clock.monotonic())
            remaining = deadline - self.clock.monotonic()
            if remaining <= 0:
                return
            step = min(remaining, self.slice_seconds,
                       self.notifier.next_ping_in(self.clock.monotonic()))
            if outcome.use_mailbox and self.mailbox is not None:
                try:
                    if self.mailbox.wait_for_mail(step):
                        log.info("new mail")
                        return
                except AccountError as exc:
                    log.warning("waiting for mail failed: %s", exc)
                    self._close_backends()
                    return
            else:
                self.clock.sleep(step)
        if self.poll_requested:
            log.info("poll requested (SIGUSR1): checking now")

    def _reload(self) -> None:
        self.reload_requested = False
        self.notifier.reloading(time.clock_gettime_ns(time.CLOCK_MONOTONIC) // 1000)
        try:
            new = load_config(self.config_path)
        except ConfigError as exc:
            log.error("reload failed, keeping the old config: %s", exc)
        else:
            self.config = new
            self._close_backends()
            self.backoff.reset()
            log.info("config reloaded from %s", new.source or "defaults")
        self.notifier.ready("config reloaded")

    def _close_backends(self) -> None:
        for name in ("mailbox", "calendar"):
            backend = getattr(self, name)
            if backend is None:
                continue
            try:
                backend.close()
            except Exception as exc:  # closing a dead connection may fail; that is fine
                log.debug("closing the %s failed: %s", name, exc)
        self.mailbox = None
        self.calendar = None
        self.calendar_opened = False

    @contextmanager
    def _watchdog_during_cycle(self) -> Iterator[None]:
        """Ping the watchdog from a helper thread while a cycle runs, up to a time limit.

        A cycle that hangs longer than ``max_cycle_seconds`` stops the pings, so systemd's
        watchdog restarts the service.
        """
        every = self.notifier.ping_every
        if every is None:
            yield
            return
        done = threading.Event()
        start = time.monotonic()

        def ping() -> None:
            while not done.wait(every):
                if time.monotonic() - start > self.max_cycle_seconds:
                    log.error("cycle running for over %.0fs; letting the watchdog fire",
                              self.max_cycle_seconds)
                    return
                self.notifier.watchdog(self.clock.monotonic(), force=True)

        self.notifier.watchdog(self.clock.monotonic(), force=True)
        thread = threading.Thread(target=ping, name="followup-watchdog", daemon=True)
        thread.start()
        try:
            yield
        finally:
            done.set()
            thread.join()

    # -- signals ---------------------------------------------------------------------------

    def _install_signals(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            log.debug("not in the main thread: signal handlers not installed")
            return
        handlers = {
            signal.SIGTERM: self._on_stop,
            signal.SIGINT: self._on_stop,
            signal.SIGHUP: self._on_reload,
            signal.SIGUSR1: self._on_poll,
        }
        for signum, handler in handlers.items():
            self._saved_handlers[signum] = signal.signal(signum, handler)

    def _restore_signals(self) -> None:
        for signum, handler in self._saved_handlers.items():
            signal.signal(signum, handler)
        self._saved_handlers.clear()

    def _on_stop(self, signum: int, frame: FrameType | None) -> None:
        if self.stop_requested and signum == signal.SIGINT:
            raise KeyboardInterrupt  # a second Ctrl-C: stop without finishing the cycle
        self.request_stop()

    def _on_reload(self, signum: int, frame: FrameType | None) -> None:
        self.request_reload()

    def _on_poll(self, signum: int, frame: FrameType | None) -> None:
        self.request_poll()


def serve(config_path: Path | None) -> int:
    """Run the service until SIGTERM/SIGINT; returns the exit status."""
    return Service(config_path).run()
