"""IMAP secrets through followup.secrets against the real Dovecot: the system keyring (the
real ``keyring`` library on a file backend) and a password fetched once per opened mailbox."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from followup.backends import open_mailbox
from followup.config import Config, parse_config
from followup.errors import AuthError
from followup.secrets import KEYRING_SERVICE
from tests.support.dovecot import Account, Dovecot


def _config(dovecot: Dovecot, account: Account, tmp_path: Path, **mailbox: object) -> Config:
    return parse_config({
        "owner": {"email": "alex@mailbox.example"},
        "mailbox": {"backend": "imap", "host": dovecot.host, "port": dovecot.port, "security": "none",
                    "username": account.username, **mailbox},
        "state": {"path": str(tmp_path / "state.db")},
    }, None)


def test_password_from_the_keyring_logs_in(dovecot: Dovecot, account: Account, tmp_path: Path,
                                           keyring_file: Path) -> None:
    import keyring

    config = _config(dovecot, account, tmp_path, password_keyring=True)
    with pytest.raises(AuthError, match="followup auth password mailbox"):
        open_mailbox(config)
    keyring.set_password(KEYRING_SERVICE, account.username, "not-the-password")
    mb = open_mailbox(config)
    with pytest.raises(AuthError, match="login failed"):
        mb.has_draft("k")  # the keyring's password is the one sent
    mb.close()
    keyring.set_password(KEYRING_SERVICE, account.username, account.password)
    mb = open_mailbox(config)
    assert not mb.has_draft("k")
    mb.close()


def test_password_command_runs_once_per_opened_mailbox(dovecot: Dovecot, account: Account,
                                                       tmp_path: Path,
                                                       caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("INFO", logger="followup.mailbox.imap")
    runs = tmp_path / "runs"
    script = tmp_path / "pass-cmd"
    script.write_text(f"#!{sys.executable} -IS\nimport sys\n"
                      f"open({str(runs)!r}, 'a').write('x')\nprint(sys.argv[1])\n")
    script.chmod(0o755)
    config = _config(dovecot, account, tmp_path, password_command=f"{script} '{account.password}'")
    mb = open_mailbox(config)
    assert runs.read_text() == "x"  # fetched when the mailbox is opened
    assert not mb.has_draft("k")
    dovecot.kick(account.username)  # the connection drops; the next call logs in again
    assert not mb.has_draft("k")
    assert runs.read_text() == "x"  # with the password it already has
    assert sum("connected to" in r.getMessage() for r in caplog.records) == 2  # two logins
    mb.close()
