"""`followup check` against a real Radicale: it reads, and writes nothing (no calendar created)."""

from __future__ import annotations

import uuid
from pathlib import Path

import caldav
import pytest

from followup.commands.check import check_calendar
from followup.config import load_config

from ..calendar.conftest import Radicale, radicale

__all__ = ["radicale"]

pytestmark = pytest.mark.integration


def _config(tmp_path: Path, server: Radicale, calendar: str) -> Path:
    (tmp_path / "pw").write_text("#!/bin/sh\necho s3cret\n", encoding="utf-8")
    (tmp_path / "pw").chmod(0o755)
    cfg = tmp_path / "config.toml"
    cfg.write_text(
        f'[owner]\nemail = "alex@mailbox.example"\ntimezone = "UTC"\n'
        f'[mailbox]\nbackend = "maildir"\npath = "{tmp_path / "Mail"}"\n'
        f'[calendar]\nbackend = "caldav"\nurl = "{server.url}"\nusername = "alex"\n'
        f'password_command = "{tmp_path / "pw"}"\ncalendar = "{calendar}"\n'
        f'[state]\npath = "{tmp_path / "state.db"}"\n',
        encoding="utf-8",
    )
    return cfg


def _calendar_names(server: Radicale) -> set[str]:
    client = caldav.DAVClient(server.url, username="alex", password="s3cret")
    return {c.get_display_name() for c in client.principal().calendars()}


def test_check_does_not_create_a_missing_calendar(tmp_path: Path, radicale: Radicale) -> None:
    name = f"check-{uuid.uuid4().hex[:8]}"
    config = load_config(_config(tmp_path, radicale, name))
    line = check_calendar(config)
    assert "not there yet" in line and name in line
    assert name not in _calendar_names(radicale)
