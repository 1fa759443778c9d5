"""Dovecot stopped in the middle of `run --once`: the cycle ends with one line and the
account-error exit status; the next run after Dovecot is back misses nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from followup.cli import cli
from followup.engine import ingest
from followup.errors import ConnectionFailed
from followup.mailbox import imap
from tests.support import samples

from .test_engine_end_to_end import write_config
from .test_hostile_mail import AFTER, START, expected, recipients

pytestmark = pytest.mark.integration


@pytest.mark.parametrize("harness", ["imap"], indirect=True)
def test_dovecot_stopped_mid_scan(harness: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(imap, "BATCH", 2)
    for n in range(11, 17):
        harness.deliver(samples.interview_invite(n, START))
    cfg = write_config(tmp_path, harness)
    dovecot = harness.dovecot
    real = ingest.analyze_email
    calls = []

    def analyze_then_stop(*args: Any) -> Any:
        calls.append(1)
        if len(calls) == 3:  # in the middle of the second batch
            dovecot.stop()
        return real(*args)

    monkeypatch.setattr(ingest, "analyze_email", analyze_then_stop)
    try:
        result = CliRunner().invoke(cli, ["--config", str(cfg), "run", "--once", "--now", AFTER])
    finally:
        dovecot.start()
    assert isinstance(result.exception, ConnectionFailed), result.output
    assert result.exit_code == ConnectionFailed.exit_code
    assert "\n" not in str(result.exception)
    harness.admin = dovecot.client(harness.account)  # the harness's own session died too
    monkeypatch.setattr(ingest, "analyze_email", real)
    result = CliRunner().invoke(cli, ["--config", str(cfg), "run", "--once", "--now", AFTER])
    assert result.exit_code == 0, result.output
    assert recipients(harness) == expected(*range(11, 17))
