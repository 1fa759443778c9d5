"""`followup check` against a real Dovecot on loopback: login ok, wrong password, host down."""

from __future__ import annotations

from pathlib import Path

import pytest

from followup.daemon.check import run_check
from followup.mailbox.testing import Account, Dovecot, free_port

pytestmark = pytest.mark.integration


def imap_config(tmp_path: Path, port: int, username: str, password: str) -> Path:
    secret = tmp_path / "pw"
    secret.write_text(password + "\n", encoding="utf-8")
    config = tmp_path / "config.toml"
    config.write_text(f"""
[owner]
email = "jordan.lee@mailbox.example"
timezone = "UTC"

[mailbox]
backend = "imap"
host = "127.0.0.1"
port = {port}
security = "none"
username = "{username}"
password_command = "cat {secret}"

[calendar]
backend = "none"

[state]
path = "{tmp_path / 'state.db'}"
""", encoding="utf-8")
    return config


def check(config: Path) -> tuple[int, dict[str, str]]:
    lines: list[str] = []
    code = run_check(config, echo=lines.append)
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
