"""CalDAV-only behaviour against a real Radicale."""

from __future__ import annotations

import json
import sys
import uuid
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followup.backends import calendar_from
from followup.calendar_sync.dav import CalDavCalendar
from followup.config import CalendarConfig
from followup.engine.events import FollowupEvent
from followup.errors import AuthError, ConnectionFailed
from followup.state import MemoryState
from tests.support.scripts import no_shell_password_command

from .conftest import Radicale, dav_backend

pytestmark = pytest.mark.integration

NY = ZoneInfo("America/New_York")
T0 = datetime(2026, 12, 8, 10, 0, tzinfo=NY)


def test_wrong_password_is_one_auth_line(radicale: Radicale) -> None:
    with pytest.raises(AuthError) as info:
        CalDavCalendar(radicale.url, "alex", "wrong", "followup")
    message = str(info.value)
    assert "\n" not in message and "alex" in message and "wrong" not in message.replace("wrong username", "")


def test_unreachable_server_is_connection_failed() -> None:
    from .conftest import free_port

    with pytest.raises(ConnectionFailed):
        CalDavCalendar(f"http://127.0.0.1:{free_port()}/", "alex", "s3cret", "followup", timeout=2)


def test_calendar_created_once_then_found_by_name(radicale: Radicale) -> None:
    name = f"Job search {uuid.uuid4().hex[:6]}"
    first = dav_backend(radicale, name)
    ev = FollowupEvent("call:x:1", "Call", T0, T0 + timedelta(minutes=15), "America/New_York")
    first.put_event(ev)
    second = dav_backend(radicale, name)
    assert str(second.cal.url) == str(first.cal.url)
    assert second.get_event("call:x:1") == ev
    names = [c.get_display_name() for c in second.client.principal().calendars()]
    assert names.count(name) == 1


def test_open_calendar_runs_password_command(radicale: Radicale, tmp_path: Path) -> None:
    cfg = CalendarConfig(backend="caldav", url=radicale.url, username="alex",
                         password_command="printf 's3cret\\n'", calendar=f"cfg-{uuid.uuid4().hex[:6]}")
    cal = calendar_from(cfg, tmp_path, "America/New_York")
    assert cal is not None
    assert list(cal.changes(MemoryState())) == []
    bad = CalendarConfig(backend="caldav", url=radicale.url, username="alex",
                         password_command=f"{sys.executable} -c 'raise SystemExit(3)'")
    with pytest.raises(AuthError, match="exited with status 3"):
        calendar_from(bad, tmp_path, "UTC")


def test_caldav_password_command_runs_without_a_shell(radicale: Radicale, tmp_path: Path) -> None:
    script = no_shell_password_command(tmp_path)
    cfg = CalendarConfig(backend="caldav", url=radicale.url, username="alex",
                         password_command=f"{script} 's3cret'", calendar=f"sh-{uuid.uuid4().hex[:6]}")
    cal = calendar_from(cfg, tmp_path, "UTC")
    assert cal is not None and list(cal.changes(MemoryState())) == []


def test_caldav_password_from_the_keyring(radicale: Radicale, tmp_path: Path, keyring_file: Path) -> None:
    import keyring

    from followup.secrets import KEYRING_SERVICE_CALENDAR

    cfg = CalendarConfig(backend="caldav", url=radicale.url, username="alex", password_keyring=True,
                         calendar=f"kr-{uuid.uuid4().hex[:6]}")
    with pytest.raises(AuthError, match="followup auth password calendar"):
        calendar_from(cfg, tmp_path, "UTC")
    keyring.set_password(KEYRING_SERVICE_CALENDAR, "alex", "wrong")
    with pytest.raises(AuthError, match="refused user 'alex'"):
        calendar_from(cfg, tmp_path, "UTC")  # the keyring's password is the one sent
    keyring.set_password(KEYRING_SERVICE_CALENDAR, "alex", "s3cret")
    cal = calendar_from(cfg, tmp_path, "UTC")
    assert cal is not None and list(cal.changes(MemoryState())) == []


def test_etag_mode_short_circuits_on_ctag(radicale: Radicale) -> None:
    cal = dav_backend(radicale, use_sync_token=False)
    state = MemoryState()
    assert list(cal.changes(state)) == []
    saved = state.get_state(cal.scope)
    assert saved is not None and json.loads(saved)["ctag"]
    assert list(cal.changes(state)) == []
    assert state.get_state(cal.scope) == saved
