"""Google-only behaviour, with the real google-api-python-client against the local emulator."""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
import urllib.parse
import urllib.request
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followup.calendar_sync.base import event_id
from followup.engine.events import FollowupEvent
from followup.errors import AccountError, AuthError, ConnectionFailed
from followup.google_oauth import SCOPE_GMAIL, calendar_credentials, google_token_provider, load_credentials
from followup.state import MemoryState

from .conftest import GoogleHarness, google_backend
from .google_emulator import SCOPE, GoogleEmulator

pytestmark = pytest.mark.integration

NY = ZoneInfo("America/New_York")
T0 = datetime(2026, 12, 8, 10, 0, tzinfo=NY)
REPO = Path(__file__).resolve().parents[3]


def call(key: str = "call:acme:1", start: datetime = T0) -> FollowupEvent:
    return FollowupEvent(key=key, title="Call Rita", start=start, end=start + timedelta(minutes=15),
                         timezone="America/New_York", description="Rita, +1 555 0199",
                         reminder_minutes=12)


def writes(emu: GoogleEmulator) -> list[tuple[str, dict[str, str]]]:
    return [(r.method, r.query) for r in emu.requests if r.method in ("POST", "PUT", "PATCH", "DELETE")]


def test_event_body_on_the_wire(google_emu: GoogleEmulator) -> None:
    cal = google_backend(google_emu)
    cal.put_event(call())
    stored = google_emu.event(event_id("call:acme:1"))
    assert stored is not None
    assert re.fullmatch(r"[a-v0-9]{52}", stored["id"])
    assert stored["start"] == {"dateTime": "2026-12-08T10:00:00-05:00", "timeZone": "America/New_York"}
    assert stored["reminders"] == {"useDefault": False, "overrides": [{"method": "popup", "minutes": 12}]}
    assert stored["extendedProperties"] == {"private": {"followupKey": "call:acme:1"}}
    assert stored["description"] == "Rita, +1 555 0199"


def test_every_write_sends_no_updates(google_emu: GoogleEmulator) -> None:
    cal = google_backend(google_emu)
    cal.put_event(call())
    cal.put_event(call(start=T0 + timedelta(days=1)))
    google_emu.remove_event(event_id("call:acme:1"))
    cal.put_event(call())
    cal.delete_event("call:acme:1")
    sent = writes(google_emu)
    assert {m for m, _ in sent} == {"POST", "PUT", "DELETE"}
    assert all(q.get("sendUpdates") == "none" for _, q in sent), sent


def test_409_on_a_deleted_id_undeletes(google_emu: GoogleEmulator) -> None:
    cal = google_backend(google_emu)
    ev = call()
    cal.put_event(ev)
    google_emu.remove_event(event_id(ev.key))  # the user deleted it in the Google UI
    assert cal.get_event(ev.key) is None
    cal.put_event(ev)
    statuses = [r.status for r in google_emu.requests if r.method == "POST"]
    assert statuses == [200, 409]
    assert cal.get_event(ev.key) == ev
    assert google_emu.event(event_id(ev.key))["status"] == "confirmed"  # type: ignore[index]


def test_put_unchanged_is_a_no_op_write(google_emu: GoogleEmulator) -> None:
    cal = google_backend(google_emu)
    cal.put_event(call())
    cal.put_event(call())
    assert [m for m, _ in writes(google_emu)] == ["POST", "POST"]  # second insert: 409, nothing else


@pytest.mark.parametrize(("status", "reason"), [(429, "rateLimitExceeded"), (500, "backendError"),
                                                (503, "backendError"), (403, "rateLimitExceeded"),
                                                (403, "userRateLimitExceeded")])
def test_transient_errors_are_retried(google_emu: GoogleEmulator, status: int, reason: str) -> None:
    cal = google_backend(google_emu)
    google_emu.fail_next(status, reason, count=2)
    cal.put_event(call())
    assert [r.status for r in google_emu.requests] == [status, status, 200]
    assert cal.get_event("call:acme:1") == call()


def test_retries_give_up_with_one_line(google_emu: GoogleEmulator) -> None:
    cal = google_backend(google_emu, retries=3)
    google_emu.fail_next(500, count=10)
    with pytest.raises(ConnectionFailed) as info:
        cal.put_event(call())
    assert len(google_emu.requests) == 3
    assert "\n" not in str(info.value)


def test_quota_exceeded_is_not_retried(google_emu: GoogleEmulator) -> None:
    cal = google_backend(google_emu)
    google_emu.fail_next(403, "quotaExceeded", count=5)
    with pytest.raises(AccountError) as info:
        cal.put_event(call())
    assert len(google_emu.requests) == 1
    message = str(info.value)
    assert "quota" in message.lower() and "\n" not in message


def test_sync_token_410_resyncs(google_emu: GoogleEmulator) -> None:
    h = GoogleHarness(google_emu, google_backend(google_emu))
    state = MemoryState()
    h.add_foreign("a@acme.example", "Interview A", T0, T0 + timedelta(hours=1))
    h.add_foreign("b@acme.example", "Interview B", T0, T0 + timedelta(hours=1))
    assert {c.uid for c in h.cal.changes(state)} == {"a@acme.example", "b@acme.example"}
    google_emu.expire_sync_tokens()
    h.delete_foreign("b@acme.example")
    h.add_foreign("c@acme.example", "Interview C", T0, T0 + timedelta(hours=1))
    changes = {c.uid: c for c in h.cal.changes(state)}
    assert changes["c@acme.example"].event is not None
    assert changes["b@acme.example"].event is None
    assert next(r.status for r in google_emu.requests if r.query.get("syncToken")) == 410
    assert list(h.cal.changes(state)) == []


def test_pages_and_sync_token_on_last_page(google_emu: GoogleEmulator) -> None:
    h = GoogleHarness(google_emu, google_backend(google_emu))
    state = MemoryState()
    for i in range(8):
        h.add_foreign(f"i{i}@acme.example", f"Interview {i}", T0, T0 + timedelta(hours=1))
    assert len(list(h.cal.changes(state))) == 8
    lists = [r for r in google_emu.requests if r.method == "GET" and r.path.endswith("/events")]
    assert len(lists) == 3  # page size 3
    assert all(r.query.get("singleEvents") == "true" for r in lists)
    assert "pageToken" in lists[1].query and "pageToken" in lists[2].query
    assert json.loads(state.get_state("calendar:google:primary") or "{}")["syncToken"] == "s8"


def test_recurring_instance_cancelled(google_emu: GoogleEmulator) -> None:
    cal = google_backend(google_emu)
    state = MemoryState()
    inst = google_emu.add_event({
        "id": "series1_20261208T150000z".replace("z", ""), "iCalUID": "series1@acme.example",
        "recurringEventId": "series1", "originalStartTime": {"dateTime": "2026-12-08T15:00:00Z"},
        "summary": "Weekly interview loop", "start": {"dateTime": "2026-12-08T15:00:00Z"},
        "end": {"dateTime": "2026-12-08T16:00:00Z"}})
    (change,) = list(cal.changes(state))
    assert change.event is not None and change.event.recurrence_id == datetime(2026, 12, 8, 15, tzinfo=UTC)
    google_emu.remove_event(inst["id"])
    # the emulator, like Google, sends only id/status for a deleted item; the uid is remembered
    (gone,) = list(cal.changes(state))
    assert gone.uid == "series1@acme.example" and gone.event is None


def _oauth_creds(emu: GoogleEmulator, token: str = "stale", refresh: str = "refresh-ok") -> object:
    from google.oauth2.credentials import Credentials

    return Credentials(token=token, refresh_token=refresh, token_uri=emu.token_uri,
                       client_id="cid.apps.googleusercontent.com", client_secret="csecret")


def test_expired_access_token_is_refreshed(google_emu: GoogleEmulator) -> None:
    google_emu.require_auth = True
    cal = google_backend(google_emu, credentials=_oauth_creds(google_emu))
    cal.put_event(call())
    assert google_emu.token_requests == 1
    assert [r.status for r in google_emu.requests] == [401, 200]
    assert cal.get_event("call:acme:1") == call()
    google_emu.expire_access_tokens()
    assert cal.get_event("call:acme:1") == call()
    assert google_emu.token_requests == 2


def test_revoked_refresh_token_is_one_auth_line(google_emu: GoogleEmulator) -> None:
    google_emu.require_auth = True
    cal = google_backend(google_emu, credentials=_oauth_creds(google_emu, refresh="revoked"))
    with pytest.raises(AuthError) as info:
        cal.put_event(call())
    assert "followup auth google" in str(info.value) and "\n" not in str(info.value)


def _token_file(tmp_path: Path, emu: GoogleEmulator, refresh: str = "refresh-ok") -> Path:
    state_dir = tmp_path / "state"
    state_dir.mkdir()
    (state_dir / "google-token.json").write_text(json.dumps({
        "token": "stale", "refresh_token": refresh, "token_uri": emu.token_uri,
        "client_id": "cid", "client_secret": "cs", "scopes": [SCOPE],
        "expiry": "2020-01-01T00:00:00Z"}))
    return state_dir


def test_token_provider_refreshes_and_stores_0600(google_emu: GoogleEmulator, tmp_path: Path) -> None:
    state_dir = _token_file(tmp_path, google_emu)
    provider = google_token_provider(state_dir, token_uri=google_emu.token_uri)
    token = provider()
    assert token.startswith("at-") and token in google_emu.access_tokens
    assert provider() == token  # still valid: no second refresh
    assert google_emu.token_requests == 1
    path = state_dir / "google-token.json"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text())["token"] == token


def test_backend_from_state_dir(google_emu: GoogleEmulator, tmp_path: Path) -> None:
    from followup.calendar_sync.google import GoogleCalendar

    google_emu.require_auth = True
    state_dir = _token_file(tmp_path, google_emu)
    cal = GoogleCalendar("primary", credentials=calendar_credentials(state_dir, google_emu.token_uri),
                         api_endpoint=google_emu.api_endpoint, backoff=0.001)
    cal.put_event(call())
    assert cal.get_event(call().key) == call()


def test_missing_token_file_says_what_to_run(tmp_path: Path) -> None:
    with pytest.raises(AuthError, match="followup auth google"):
        load_credentials(tmp_path)


def _run_auth_cli(tmp_path: Path, emu: GoogleEmulator,
                  *extra: str) -> tuple[int, str, str, Path, dict[str, str]]:
    secrets = tmp_path / "client.json"
    secrets.write_text(json.dumps({"installed": {
        "client_id": "cid.apps.googleusercontent.com", "client_secret": "csecret",
        "auth_uri": f"{emu.base}/o/oauth2/auth", "token_uri": emu.token_uri,
        "redirect_uris": ["http://localhost"]}}))
    state_dir = tmp_path / "st"
    config = tmp_path / "config.toml"
    config.write_text(f'[calendar]\nbackend = "google"\nclient_secrets = "{secrets}"\n'
                      f'[state]\npath = "{state_dir / "state.db"}"\n')
    env = dict(os.environ, OAUTHLIB_INSECURE_TRANSPORT="1", PYTHONUNBUFFERED="1")
    proc = subprocess.Popen([sys.executable, "-c", "from followup.cli import main; main()",
                             "--config", str(config), "auth", "google", *extra],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=REPO)
    assert proc.stdout is not None
    url = ""
    for line in proc.stdout:
        m = re.search(r"(http://127\.0\.0\.1:\d+/o/oauth2/auth\?\S+)", line)
        if m:
            url = m.group(1)
            break
    assert url, proc.stderr.read() if proc.stderr else ""
    query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(url).query))
    # the browser step: Google would redirect here after consent
    params = urllib.parse.urlencode({"state": query["state"], "code": "code-ok", "scope": query["scope"]})
    try:
        with urllib.request.urlopen(f"{query['redirect_uri']}?{params}", timeout=10) as resp:
            assert resp.status == 200
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return proc.returncode, out, err, state_dir, query


def test_auth_google_cli_end_to_end(google_emu: GoogleEmulator, tmp_path: Path) -> None:
    rc, out, err, state_dir, query = _run_auth_cli(tmp_path, google_emu)
    assert rc == 0, err
    assert query["scope"] == SCOPE
    token_path = state_dir / "google-token.json"
    assert stat.S_IMODE(token_path.stat().st_mode) == 0o600
    stored = json.loads(token_path.read_text())
    assert stored["refresh_token"].startswith("rt-")
    assert "token stored" in out


def test_auth_google_cli_gmail_scope(google_emu: GoogleEmulator, tmp_path: Path) -> None:
    google_emu.grant_scope = f"{SCOPE} {SCOPE_GMAIL}"
    rc, _out, err, state_dir, query = _run_auth_cli(tmp_path, google_emu, "--gmail")
    assert rc == 0, err
    assert set(query["scope"].split()) == {SCOPE, SCOPE_GMAIL}
    assert set(json.loads((state_dir / "google-token.json").read_text())["scopes"]) == {SCOPE, SCOPE_GMAIL}
