"""Fakes for the service loop: a clock that never sleeps and backends that follow a script.

The loop is pure orchestration, so fakes implementing the protocols are enough here; the
real backends and real signals are exercised in tests/integration/daemon/.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from followup.calendar_sync.base import CalendarChange
from followup.config import Config
from followup.daemon.backoff import Backoff
from followup.daemon.notify import Notifier
from followup.daemon.service import Service
from followup.engine.events import FollowupEvent
from followup.engine.planner import Action
from followup.engine.service import CycleReport
from followup.mailbox.base import Prefilter, ScannedMessage
from followup.state import StateStore

T0 = datetime(2026, 3, 9, 12, 0, tzinfo=UTC)


class FakeClock:
    def __init__(self, start: datetime = T0) -> None:
        self.start = start
        self.elapsed = 0.0
        self.sleeps: list[float] = []

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.elapsed)

    def monotonic(self) -> float:
        return 1000.0 + self.elapsed

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.elapsed += max(0.0, seconds)


class FakeMailbox:
    """wait_for_mail advances the clock; ``mail_at`` (elapsed seconds) makes it return True."""

    def __init__(self, clock: FakeClock, mail_at: list[float] | None = None,
                 on_wait: Callable[[float], None] | None = None) -> None:
        self.clock = clock
        self.mail_at = sorted(mail_at or [])
        self.on_wait = on_wait
        self.waits: list[float] = []
        self.closed = False
        self.fail_wait: Exception | None = None

    def scan(self, state: StateStore, since: datetime,
             wants_body: Prefilter) -> Iterator[ScannedMessage]:
        return iter(())

    def has_draft(self, key: str) -> bool:
        return False

    def append_draft(self, message: EmailMessage, key: str) -> str | None:
        return None

    def wait_for_mail(self, timeout: float) -> bool:
        self.waits.append(timeout)
        if self.on_wait is not None:
            self.on_wait(self.clock.elapsed)
        if self.fail_wait is not None:
            raise self.fail_wait
        if self.mail_at and self.mail_at[0] <= self.clock.elapsed + timeout:
            self.clock.elapsed = max(self.clock.elapsed, self.mail_at.pop(0))
            return True
        self.clock.elapsed += timeout
        return False

    def close(self) -> None:
        self.closed = True


class FakeCalendar:
    def __init__(self) -> None:
        self.closed = False

    def changes(self, state: StateStore) -> Iterator[CalendarChange]:
        return iter(())

    def put_event(self, event: FollowupEvent) -> None:
        pass

    def get_event(self, key: str) -> FollowupEvent | None:
        return None

    def delete_event(self, key: str) -> bool:
        return False

    def close(self) -> None:
        self.closed = True


def fake_report(next_due: datetime | None = None, applied: int = 0) -> CycleReport:
    """The engine's own report (the daemon reads it typed): ``next_due`` as one planned call,
    ``applied`` actions done."""
    def call(n: int, due: datetime) -> Action:
        return Action(key=f"call:fake:{n}", interview_id="fake", kind="event", due=due, title="call")

    return CycleReport(now=T0, applied=[call(n, T0) for n in range(applied)],
                       planned=[call(9, next_due)] if next_due is not None else [])


@dataclass
class Script:
    """What the fake cycle does on each call: a report, or an exception to raise."""

    steps: list[Any] = field(default_factory=list)
    calls: list[tuple[datetime | None, Config]] = field(default_factory=list)
    after: Callable[[int], None] | None = None

    def __call__(self, config: Config, *, now: datetime | None = None, dry_run: bool = False,
                 mailbox: Any = None, calendar: Any = None) -> CycleReport:
        self.calls.append((now, config))
        step = self.steps.pop(0) if self.steps else fake_report()
        if self.after is not None:
            self.after(len(self.calls))
        if isinstance(step, BaseException):
            raise step
        return step


class RecordingNotifier(Notifier):
    def __init__(self, watchdog_usec: int | None = None) -> None:
        env = {"NOTIFY_SOCKET": "/nonexistent"}
        if watchdog_usec:
            env["WATCHDOG_USEC"] = str(watchdog_usec)
        super().__init__(env, pid=1)
        self.sent: list[tuple[str, ...]] = []

    def send(self, *fields: str) -> bool:
        self.sent.append(fields)
        return True

    def messages(self, prefix: str) -> list[str]:
        return [f for msg in self.sent for f in msg if f.startswith(prefix)]


def write_config(path: Path, *, poll: float = 300.0, cal_poll: float = 600.0, extra: str = "") -> Path:
    path.write_text(
        f"""
[owner]
name = "Jordan Lee"
email = "jordan.lee@mailbox.example"
timezone = "America/Chicago"

[mailbox]
backend = "maildir"
path = "{path.parent / 'Mail'}"
poll_interval = {poll}

[calendar]
backend = "ics"
path = "{path.parent / 'cal.ics'}"
poll_interval = {cal_poll}

[state]
path = "{path.parent / 'state.db'}"
{extra}
""",
        encoding="utf-8",
    )
    return path


@dataclass
class Harness:
    service: Service
    clock: FakeClock
    script: Script
    notifier: RecordingNotifier
    mailboxes: list[FakeMailbox]
    calendars: list[FakeCalendar]
    config_path: Path
    open_errors: list[Exception]


@pytest.fixture
def harness_factory(tmp_path: Path) -> Callable[..., Harness]:
    def make(*, steps: list[Any] | None = None, poll: float = 300.0, cal_poll: float = 600.0,
             mail_at: list[float] | None = None, watchdog_usec: int | None = None,
             open_errors: list[Exception] | None = None,
             on_wait: Callable[[Service, float], None] | None = None) -> Harness:
        config_path = write_config(tmp_path / "config.toml", poll=poll, cal_poll=cal_poll)
        clock = FakeClock()
        script = Script(steps=list(steps or []))
        notifier = RecordingNotifier(watchdog_usec)
        mailboxes: list[FakeMailbox] = []
        calendars: list[FakeCalendar] = []
        errors = list(open_errors or [])
        holder: dict[str, Service] = {}

        def open_mailbox(config: Config) -> FakeMailbox:
            if errors:
                raise errors.pop(0)
            hook = (lambda t: on_wait(holder["s"], t)) if on_wait else None
            mb = FakeMailbox(clock, mail_at=mail_at, on_wait=hook)
            mailboxes.append(mb)
            return mb

        def open_calendar(config: Config) -> FakeCalendar:
            cal = FakeCalendar()
            calendars.append(cal)
            return cal

        service = Service(config_path, clock=clock, notifier=notifier, cycle=script,
                          open_mailbox=open_mailbox, open_calendar=open_calendar,
                          backoff=Backoff(initial=5, cap=60, jitter=0), slice_seconds=10.0)
        holder["s"] = service
        return Harness(service, clock, script, notifier, mailboxes, calendars, config_path, errors)

    return make
