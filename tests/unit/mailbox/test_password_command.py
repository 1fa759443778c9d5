"""A failing password_command: one line with the exit status, never its output (which may hold
the secret: e.g. a helper that echoes what it read before failing)."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from followup.config import CalendarConfig, MailboxConfig
from followup.errors import AuthError
from followup.secrets import calendar_password, mailbox_password, run_password_command

SECRET = "hunter2-s3cret"


def _leaky(tmp_path: Path) -> Path:
    script = tmp_path / "leaky-pass"
    script.write_text(f"#!{sys.executable} -IS\nimport sys\n"
                      f"print('{SECRET}'); print('decrypt failed for {SECRET}', file=sys.stderr)\n"
                      "sys.exit(3)\n")
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script


def test_the_mailbox_password_command_error_shows_the_status_only(tmp_path: Path) -> None:
    with pytest.raises(AuthError) as info:
        run_password_command(str(_leaky(tmp_path)))
    text = str(info.value)
    assert "exited with status 3" in text and SECRET not in text and "\n" not in text


def test_the_mailbox_and_calendar_passwords_go_through_the_same_runner(tmp_path: Path) -> None:
    leaky = str(_leaky(tmp_path))
    for fetch in (lambda: mailbox_password(MailboxConfig(backend="imap", password_command=leaky)),
                  lambda: calendar_password(CalendarConfig(backend="caldav", password_command=leaky))):
        with pytest.raises(AuthError) as info:
            fetch()
        text = str(info.value)
        assert "exited with status 3" in text and SECRET not in text and "\n" not in text
