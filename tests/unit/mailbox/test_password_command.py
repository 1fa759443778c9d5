"""A failing password_command: one line with the exit status, never its output (which may hold
the secret: e.g. a helper that echoes what it read before failing)."""

from __future__ import annotations

import stat
import sys
from pathlib import Path

import pytest

from followup.calendar_sync.dav import run_password_command as dav_password
from followup.errors import AuthError, ConfigError, Error
from followup.mailbox.credentials import run_password_command

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


def test_the_calendar_password_command_error_shows_the_status_only(tmp_path: Path) -> None:
    with pytest.raises(ConfigError) as info:
        dav_password(str(_leaky(tmp_path)))
    text = str(info.value)
    assert isinstance(info.value, Error)
    assert "exited with status 3" in text and SECRET not in text
