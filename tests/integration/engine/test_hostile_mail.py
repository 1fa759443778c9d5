"""Hostile mail never blocks an account: huge headers, huge attachments, absurd MIME trees.

Through the CLI (``run --once``) against the real Dovecot and Maildir: the valid invites
around the hostile messages get their drafts, the run exits 0, the next run has nothing
left to retry.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from followup.cli import cli
from tests.support import samples

from .test_engine_end_to_end import all_drafts, write_config

pytestmark = pytest.mark.integration

START = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
AFTER = "2026-12-01T16:45:00Z"  # the interviews end 16:00Z; drafts are due 16:30Z


def run_once(cfg: Path) -> Result:
    return CliRunner().invoke(cli, ["--config", str(cfg), "run", "--once", "--now", AFTER])


def recipients(h: Any) -> set[str]:
    return {str(message_from_bytes(raw, policy=policy.default)["To"].addresses[0].addr_spec)
            for raw in all_drafts(h)}


def expected(*companies: int) -> set[str]:
    out = set()
    for n in companies:
        out |= {f"recruiter.c{n}@company{n}.example", f"iv0.c{n}@company{n}.example",
                f"iv1.c{n}@company{n}.example"}
    return out


def test_huge_headers_are_skipped_and_never_block(harness: Any, tmp_path: Path) -> None:
    harness.deliver(samples.interview_invite(1, START))
    harness.deliver(samples.huge_subject(1, 1_100_000))
    harness.deliver(samples.huge_to(2, 5_000_000))
    harness.deliver(samples.huge_message_id(3, 2_000_000))
    harness.deliver(samples.interview_invite(2, START))
    cfg = write_config(tmp_path, harness)
    result = run_once(cfg)
    assert result.exit_code == 0, result.output
    assert recipients(harness) == expected(1, 2)
    # the folder mark moved past the hostile messages: a later invite is all the next run sees
    harness.deliver(samples.interview_invite(3, START))
    result = run_once(cfg)
    assert result.exit_code == 0, result.output
    assert "scanned 1 messages" in result.output or recipients(harness) == expected(1, 2, 3)
    assert recipients(harness) == expected(1, 2, 3)


def test_invite_with_a_30mb_attachment_gets_its_drafts(harness: Any, tmp_path: Path) -> None:
    harness.deliver(samples.interview_invite(4, START, attachment=samples.pdf_bytes(30 << 20)))
    result = run_once(write_config(tmp_path, harness))
    assert result.exit_code == 0, result.output
    assert recipients(harness) == expected(4)


def test_pathological_mime_beside_valid_invites(harness: Any, tmp_path: Path) -> None:
    harness.deliver(samples.interview_invite(5, START))
    for _what, raw in samples.hostile_set(START):
        harness.deliver(raw)
    harness.deliver(samples.interview_invite(6, START))
    cfg = write_config(tmp_path, harness)
    result = run_once(cfg)
    assert result.exit_code == 0, result.output
    got = recipients(harness)
    assert expected(5, 6) <= got
    # the hostile invites may get drafts too (they are invites), never anything else
    assert got <= expected(5, 6, 900, 901) | {f"iv{k}.c900@company900.example" for k in range(20_000)}
    result = run_once(cfg)  # nothing is retried
    assert result.exit_code == 0, result.output
    assert recipients(harness) == got
