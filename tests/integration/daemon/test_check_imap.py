"""`followup check` against a real Dovecot on loopback: login ok, wrong password, host down."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.commands.check import check as run_check
from tests.support.dovecot import Account, Dovecot, free_port

from .daemon_proc import imap_config

pytestmark = pytest.mark.integration


def check(config: Path) -> tuple[int, dict[str, str]]:
    result = run_check(config)
    lines, code = result.lines(), result.exit_code
    by_name = {}
    for x in lines:
        status, _, rest = x.partition("  ")
        name, sep, detail = rest.strip().partition(": ")
        if sep and status.strip() in ("ok", "FAIL"):
            by_name[name] = f"{status.strip()} {detail}"
    return code, by_name


def test_good_account(dovecot: Dovecot, account: Account, tmp_path: Path) -> None:
    code, res = check(imap_config(tmp_path, dovecot.port, account.username, account.password))
    assert code == 0, res
    assert res["mailbox"].startswith("ok") and "login ok" in res["mailbox"]
    assert res["drafts folder"].startswith("ok") and "Drafts" in res["drafts folder"]
    assert res["calendar"].startswith("ok") and "none" in res["calendar"]


def test_wrong_password(dovecot: Dovecot, account: Account, tmp_path: Path) -> None:
    code, res = check(imap_config(tmp_path, dovecot.port, account.username, "wrong-pw"))
    assert code == 1
    assert res["mailbox"].startswith("FAIL") and "login failed" in res["mailbox"]
    assert "wrong-pw" not in res["mailbox"]  # never a password in output
    assert "drafts folder" not in res


def test_nothing_listening(tmp_path: Path) -> None:
    code, res = check(imap_config(tmp_path, free_port(), "nobody", "x"))
    assert code == 1
    assert res["mailbox"].startswith("FAIL") and "connection refused" in res["mailbox"]
