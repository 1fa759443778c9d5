"""The service loop with a fake clock and fake backends: timing, requests, errors, reload."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest

from followup.errors import AuthError, ConnectionFailed, FatalError, InterviewError

from .daemon_fakes import T0, Harness, fake_report, write_config


def elapsed_at_calls(h: Harness) -> list[float]:
    return [(now - T0).total_seconds() for now, _ in h.script.calls if now is not None]


def stop_after(h: Harness, n: int) -> None:
    def after(calls: int) -> None:
        if calls >= n:
            h.service.request_stop()

    h.script.after = after


def test_waits_the_shorter_poll_interval_between_cycles(harness_factory: Callable[..., Harness]) -> None:
    h = harness_factory(poll=300, cal_poll=600)
    stop_after(h, 3)
    assert h.service.run() == 0
    assert elapsed_at_calls(h) == [0, 300, 600]
    # waited on the mailbox in slices no longer than slice_seconds
    assert max(h.mailboxes[0].waits) <= 10.0
    assert sum(h.mailboxes[0].waits) == pytest.approx(600)


def test_calendar_poll_interval_counts_when_shorter(harness_factory: Callable[..., Harness]) -> None:
    h = harness_factory(poll=300, cal_poll=120)
    stop_after(h, 3)
    h.service.run()
    assert elapsed_at_calls(h) == [0, 120, 240]


def test_next_due_action_shortens_the_wait(harness_factory: Callable[..., Harness]) -> None:
    h = harness_factory(steps=[fake_report(next_due=T0 + timedelta(seconds=45)),
                               fake_report(next_due=None)])
    stop_after(h, 3)
    h.service.run()
    assert elapsed_at_calls(h) == [0, 45, 345]


def test_an_overdue_action_still_waits_the_minimum(harness_factory: Callable[..., Harness]) -> None:
    h = harness_factory(steps=[fake_report(next_due=T0 - timedelta(hours=1))])
    stop_after(h, 2)
    h.service.run()
    assert elapsed_at_calls(h) == [0, 1.0]


def test_new_mail_ends_the_wait(harness_factory: Callable[..., Harness]) -> None:
    h = harness_factory(mail_at=[37.0])
    stop_after(h, 2)
    h.service.run()
    assert elapsed_at_calls(h) == [0, 37.0]


def test_poll_request_runs_a_cycle_now(harness_factory: Callable[..., Harness],
                                       caplog: pytest.LogCaptureFixture) -> None:
    def on_wait(service: object, t: float) -> None:
        if t >= 50 and not h.service.poll_requested and len(h.script.calls) == 1:
            h.service.request_poll()

    h = harness_factory(on_wait=on_wait)
    stop_after(h, 2)
    with caplog.at_level(logging.INFO, logger="followup.daemon"):
        h.service.run()
    # the request came during the slice [50, 60]; the slice ends, then the cycle runs
    assert elapsed_at_calls(h) == [0, 60]
    assert "poll requested" in caplog.text


def test_stop_during_a_cycle_finishes_it_and_exits_0(harness_factory: Callable[..., Harness]) -> None:
    h = harness_factory()
    stop_after(h, 1)
    assert h.service.run() == 0
    assert len(h.script.calls) == 1
    assert h.mailboxes[0].waits == []  # no wait after the stop
    assert h.mailboxes[0].closed and h.calendars[0].closed
    assert h.notifier.messages("READY=1") and h.notifier.messages("STOPPING=1")


def test_stop_during_the_wait_exits_without_another_cycle(harness_factory: Callable[..., Harness]) -> None:
    def on_wait(service: object, t: float) -> None:
        if t >= 20:
            h.service.request_stop()

    h = harness_factory(on_wait=on_wait)
    assert h.service.run() == 0
    assert len(h.script.calls) == 1
    assert h.clock.elapsed < 40


def test_account_error_backs_off_exponentially_then_recovers(
        harness_factory: Callable[..., Harness], caplog: pytest.LogCaptureFixture) -> None:
    h = harness_factory(open_errors=[AuthError("imap.example.com: login failed"),
                                     ConnectionFailed("imap.example.com: connection refused"),
                                     ConnectionFailed("imap.example.com: connection refused")])
    stop_after(h, 2)
    with caplog.at_level(logging.WARNING, logger="followup.daemon"):
        assert h.service.run() == 0
    # three failed opens: back-off 5, 10, 20 s (jitter 0), slept in slices, not on a mailbox
    assert elapsed_at_calls(h) == [35, 335]
    assert sum(h.clock.sleeps) == pytest.approx(35)
    assert max(h.clock.sleeps) <= 10
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(lines) == 3
    assert "login failed" in lines[0] and "retrying in 5s" in lines[0]
    assert "retrying in 20s" in lines[2]
    assert all("\n" not in line for line in lines)
    assert h.service.backoff.failures == 0  # reset after the success


def test_account_error_in_a_cycle_reconnects(harness_factory: Callable[..., Harness]) -> None:
    h = harness_factory(steps=[fake_report(), ConnectionFailed("dropped"), fake_report()])
    stop_after(h, 3)
    h.service.run()
    assert elapsed_at_calls(h) == [0, 300, 305]
    assert len(h.mailboxes) == 2 and h.mailboxes[0].closed
    assert len(h.calendars) == 2 and h.calendars[0].closed


def test_lost_connection_while_waiting_reconnects(harness_factory: Callable[..., Harness]) -> None:
    def on_wait(service: object, t: float) -> None:
        if t >= 30 and len(h.mailboxes) == 1:
            h.mailboxes[0].fail_wait = ConnectionFailed("IDLE dropped")

    h = harness_factory(on_wait=on_wait)
    stop_after(h, 2)
    h.service.run()
    assert len(h.mailboxes) == 2 and h.mailboxes[0].closed
    assert elapsed_at_calls(h) == [0, 30]


def test_other_errors_are_logged_and_retried(harness_factory: Callable[..., Harness],
                                             caplog: pytest.LogCaptureFixture) -> None:
    h = harness_factory(steps=[InterviewError("bad"), RuntimeError("bug"), fake_report()])
    stop_after(h, 3)
    assert h.service.run() == 0
    assert elapsed_at_calls(h) == [0, 5, 15]
    assert "unexpected error: RuntimeError: bug" in caplog.text


def test_fatal_error_exits_1(harness_factory: Callable[..., Harness]) -> None:
    h = harness_factory(steps=[FatalError("state database is corrupt")])
    assert h.service.run() == 1
    assert h.mailboxes[0].closed
    assert any("fatal" in m for m in h.notifier.messages("STATUS="))


def test_config_error_at_start_exits_2(harness_factory: Callable[..., Harness], tmp_path: Path,
                                       caplog: pytest.LogCaptureFixture) -> None:
    h = harness_factory()
    h.config_path.write_text("[owner]\ntimezone = \"Mars/Olympus\"\n", encoding="utf-8")
    assert h.service.run() == 2
    assert h.script.calls == []
    assert "timezone" in caplog.text


def test_reload_applies_a_good_config(harness_factory: Callable[..., Harness],
                                      caplog: pytest.LogCaptureFixture) -> None:
    def on_wait(service: object, t: float) -> None:
        if t >= 10 and len(h.script.calls) == 1 and not h.service.reload_requested:
            write_config(h.config_path, poll=60, cal_poll=600)
            h.service.request_reload()

    h = harness_factory(on_wait=on_wait)
    stop_after(h, 3)
    with caplog.at_level(logging.INFO, logger="followup.daemon"):
        h.service.run()
    assert elapsed_at_calls(h) == [0, 20, 80]  # reload during the slice [10, 20]; then 60 s polls
    assert h.script.calls[1][1].mailbox.poll_interval == 60
    assert h.mailboxes[0].closed and len(h.mailboxes) == 2  # reconnected with the new config
    assert "config reloaded" in caplog.text
    assert h.notifier.messages("RELOADING=1")


def test_reload_keeps_the_old_config_when_the_new_one_is_bad(
        harness_factory: Callable[..., Harness], caplog: pytest.LogCaptureFixture) -> None:
    def on_wait(service: object, t: float) -> None:
        if t >= 10 and len(h.script.calls) == 1 and not h.service.reload_requested:
            h.config_path.write_text("[mailbox]\nbackend = \"pop3\"\n", encoding="utf-8")
            h.service.request_reload()

    h = harness_factory(on_wait=on_wait)
    stop_after(h, 3)
    h.service.run()
    assert h.script.calls[1][1] is h.script.calls[0][1]  # the very same config object
    errors = [r.getMessage() for r in caplog.records if r.levelno == logging.ERROR]
    assert len(errors) == 1 and "keeping the old config" in errors[0] and "backend" in errors[0]
    assert len(h.mailboxes) == 1  # still connected


def test_watchdog_pinged_at_half_the_interval_while_waiting(harness_factory: Callable[..., Harness]) -> None:
    h = harness_factory(watchdog_usec=30_000_000)  # 30 s → a ping at least every 15 s
    stop_after(h, 2)
    h.service.run()
    assert max(h.mailboxes[0].waits) <= 15
    pings = h.notifier.messages("WATCHDOG=1")
    assert len(pings) >= 300 / 15 - 1


def test_status_line_describes_the_cycle(harness_factory: Callable[..., Harness]) -> None:
    h = harness_factory(steps=[fake_report(applied=2)])
    stop_after(h, 1)
    h.service.run()
    assert any("applied 2 actions" in m for m in h.notifier.messages("STATUS="))


def test_the_cycle_report_is_the_engines_typed_dataclass() -> None:
    """The loop reads the engine's CycleReport (a dataclass) by its type, not Any + getattr."""
    import dataclasses
    from typing import get_type_hints

    from followup.daemon import service
    from followup.engine.service import CycleReport

    assert dataclasses.is_dataclass(CycleReport)
    assert get_type_hints(service.CycleFn.__call__)["return"] is CycleReport
    assert get_type_hints(service.next_due)["report"] is CycleReport
    assert get_type_hints(service.describe)["report"] is CycleReport
    assert get_type_hints(service.Service._wait_after)["report"] is CycleReport
