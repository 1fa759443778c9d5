"""Fixtures for the calendar contract suite: the Google emulator, a real Radicale, a real file.

Each backend comes with a *harness*: the backend under test plus a side door that edits
the calendar the way another client (the user, a colleague's invite) would.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from followup.calendar_sync.base import Calendar, event_id, event_uid

from .google_emulator import GoogleEmulator


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _ics_stamp(dt: datetime) -> str:
    return dt.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def foreign_vevent(uid: str, summary: str, start: datetime, end: datetime, marker: str | None = None) -> str:
    """A VEVENT as another calendar client would write it (an interview invite)."""
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid}",
        "DTSTAMP:20261101T120000Z",
        f"DTSTART:{_ics_stamp(start)}",
        f"DTEND:{_ics_stamp(end)}",
        f"SUMMARY:{summary}",
        "ORGANIZER;CN=Rita Recruiter:mailto:rita@acme.example",
        "ATTENDEE;CN=Dana Dev;PARTSTAT=ACCEPTED:mailto:dana@acme.example",
        "ATTENDEE;CN=Alex Rivera;PARTSTAT=ACCEPTED:mailto:alex@mailbox.example",
        "LOCATION:https://meet.example/abc",
    ]
    if marker:
        lines.append(f"X-FOLLOWUP-KEY:{marker}")
    lines.append("END:VEVENT")
    return "\r\n".join(lines) + "\r\n"


def wrap_vcalendar(vevent: str) -> str:
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Other Client//EN\r\n" + vevent
            + "END:VCALENDAR\r\n")


class Harness:
    name = ""
    cal: Calendar

    def add_foreign(self, uid: str, summary: str, start: datetime, end: datetime) -> None:
        raise NotImplementedError

    def move_foreign(self, uid: str, start: datetime, end: datetime) -> None:
        raise NotImplementedError

    def delete_foreign(self, uid: str) -> None:
        raise NotImplementedError

    def foreign_snapshot(self) -> dict[str, str]:
        raise NotImplementedError

    def add_impostor(self, key: str, start: datetime, end: datetime) -> None:
        """A foreign event that sits at our id/UID for ``key`` but has no marker."""
        raise NotImplementedError

    def count_ours(self, key: str) -> int:
        raise NotImplementedError


# ---------------------------------------------------------------------------- Google


class GoogleHarness(Harness):
    name = "google"

    def __init__(self, emu: GoogleEmulator, cal: Calendar) -> None:
        self.emu = emu
        self.cal = cal
        self.ids: dict[str, str] = {}

    @staticmethod
    def _body(uid: str | None, summary: str, start: datetime, end: datetime) -> dict[str, Any]:
        body: dict[str, Any] = {
            "summary": summary,
            "start": {"dateTime": start.isoformat(), "timeZone": "UTC"},
            "end": {"dateTime": end.isoformat(), "timeZone": "UTC"},
            "organizer": {"email": "rita@acme.example", "displayName": "Rita Recruiter"},
            "attendees": [
                {"email": "dana@acme.example", "displayName": "Dana Dev", "responseStatus": "accepted"},
                {"email": "alex@mailbox.example", "self": True, "responseStatus": "accepted"},
            ],
            "hangoutLink": "https://meet.google.com/abc-defg-hij",
        }
        if uid:
            body["iCalUID"] = uid
        return body

    def add_foreign(self, uid: str, summary: str, start: datetime, end: datetime) -> None:
        self.ids[uid] = self.emu.add_event(self._body(uid, summary, start, end))["id"]

    def move_foreign(self, uid: str, start: datetime, end: datetime) -> None:
        self.emu.modify_event(self.ids[uid], {"start": {"dateTime": start.isoformat(), "timeZone": "UTC"},
                                              "end": {"dateTime": end.isoformat(), "timeZone": "UTC"}})

    def delete_foreign(self, uid: str) -> None:
        self.emu.remove_event(self.ids[uid])

    def foreign_snapshot(self) -> dict[str, str]:
        return {e["id"]: json.dumps(e, sort_keys=True) for e in self.emu.live_events()
                if "followupKey" not in json.dumps(e)}

    def add_impostor(self, key: str, start: datetime, end: datetime) -> None:
        body = self._body(None, "Someone else's event", start, end)
        body["id"] = event_id(key)
        self.emu.add_event(body)

    def count_ours(self, key: str) -> int:
        return sum(1 for e in self.emu.live_events() if e["id"] == event_id(key))


# ---------------------------------------------------------------------------- CalDAV


class DavHarness(Harness):
    name = "caldav"

    def __init__(self, cal: Any) -> None:
        import caldav

        self.cal = cal
        self.raw: Any = caldav.DAVClient(url=cal.url, username="alex", password="s3cret")
        self.base = str(cal.cal.url).rstrip("/") + "/"

    def _href(self, uid: str) -> str:
        return self.base + re.sub(r"[^A-Za-z0-9._-]", "_", uid) + ".ics"

    def add_foreign(self, uid: str, summary: str, start: datetime, end: datetime) -> None:
        resp = self.raw.put(self._href(uid), wrap_vcalendar(foreign_vevent(uid, summary, start, end)),
                            {"Content-Type": "text/calendar; charset=utf-8"})
        assert resp.status in (200, 201, 204), resp.status

    def move_foreign(self, uid: str, start: datetime, end: datetime) -> None:
        resp = self.raw.put(self._href(uid), wrap_vcalendar(foreign_vevent(uid, "moved", start, end)),
                            {"Content-Type": "text/calendar; charset=utf-8"})
        assert resp.status in (200, 201, 204), resp.status

    def delete_foreign(self, uid: str) -> None:
        resp = self.raw.delete(self._href(uid))
        assert resp.status in (200, 204), resp.status

    def _all(self) -> dict[str, str]:
        out = {}
        for obj in self.cal.cal.get_objects_by_sync_token(load_objects=True):
            if obj.data is not None:
                out[str(obj.url)] = obj.data
        return out

    def foreign_snapshot(self) -> dict[str, str]:
        return {u: d for u, d in self._all().items() if "X-FOLLOWUP-KEY" not in d}

    def add_impostor(self, key: str, start: datetime, end: datetime) -> None:
        text = wrap_vcalendar(foreign_vevent(event_uid(key), "Someone else's event", start, end))
        resp = self.raw.put(self.base + event_id(key) + ".ics", text,
                            {"Content-Type": "text/calendar; charset=utf-8"})
        assert resp.status in (200, 201, 204), resp.status

    def count_ours(self, key: str) -> int:
        return sum(d.count(f"UID:{event_uid(key)}") for d in self._all().values())


# ---------------------------------------------------------------------------- ICS file


class IcsHarness(Harness):
    name = "ics"

    def __init__(self, path: Path, cal: Calendar) -> None:
        self.path = path
        self.cal = cal

    def _text(self) -> str:
        return self.path.read_text(encoding="utf-8") if self.path.exists() else ""

    def _write(self, text: str) -> None:
        # another program editing the file in place, as a simple editor would
        self.path.write_text(text, encoding="utf-8", newline="")

    def _blocks(self, text: str) -> list[str]:
        return re.findall(r"BEGIN:VEVENT\r?\n.*?END:VEVENT\r?\n", text, flags=re.S)

    def add_foreign(self, uid: str, summary: str, start: datetime, end: datetime) -> None:
        text = self._text() or wrap_vcalendar("")
        i = text.rindex("END:VCALENDAR")
        self._write(text[:i] + foreign_vevent(uid, summary, start, end) + text[i:])

    def _replace(self, uid: str, new: str) -> None:
        text = self._text()
        for b in self._blocks(text):
            if f"UID:{uid}\r\n" in b or f"UID:{uid}\n" in b:
                text = text.replace(b, new)
        self._write(text)

    def move_foreign(self, uid: str, start: datetime, end: datetime) -> None:
        self._replace(uid, foreign_vevent(uid, "moved", start, end))

    def delete_foreign(self, uid: str) -> None:
        self._replace(uid, "")

    def foreign_snapshot(self) -> dict[str, str]:
        out = {}
        for b in self._blocks(self._text()):
            if "X-FOLLOWUP-KEY" not in b:
                out[re.search(r"UID:(.*)", b).group(1).strip()] = b  # type: ignore[union-attr]
        return out

    def add_impostor(self, key: str, start: datetime, end: datetime) -> None:
        self.add_foreign(event_uid(key), "Someone else's event", start, end)

    def count_ours(self, key: str) -> int:
        return self._text().count(f"UID:{event_uid(key)}")


# ---------------------------------------------------------------------------- servers


@pytest.fixture()
def google_emu() -> Iterator[GoogleEmulator]:
    emu = GoogleEmulator(page_size=3).start()
    yield emu
    emu.stop()


def google_backend(emu: GoogleEmulator, credentials: Any = None, **kwargs: Any) -> Any:
    from google.auth.credentials import AnonymousCredentials

    from followup.calendar_sync.google import GoogleCalendar

    return GoogleCalendar("primary", credentials=credentials or AnonymousCredentials(),
                          api_endpoint=emu.api_endpoint, default_tz="America/New_York",
                          backoff=0.001, max_backoff=0.01, **kwargs)


class Radicale:
    def __init__(self, port: int, proc: subprocess.Popen[bytes]) -> None:
        self.port = port
        self.proc = proc
        self.url = f"http://127.0.0.1:{port}/"


@pytest.fixture(scope="session")
def radicale(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Radicale]:
    try:
        import radicale  # noqa: F401
    except ImportError:
        if os.environ.get("CI"):
            pytest.fail("Radicale is not installed (pip install radicale)")
        pytest.skip("Radicale is not installed")
    root = tmp_path_factory.mktemp("radicale")
    users = root / "users"
    users.write_text("alex:s3cret\n", encoding="utf-8")
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "radicale", "-C", "", "--server-hosts", f"127.0.0.1:{port}",
         "--storage-filesystem-folder", str(root / "collections"), "--auth-type", "htpasswd",
         "--auth-htpasswd-filename", str(users), "--auth-htpasswd-encryption", "plain",
         "--auth-delay", "0", "--logging-level", "error"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 15
    while True:
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), timeout=0.2):
            break
        if proc.poll() is not None or time.monotonic() > deadline:
            err = proc.stderr.read().decode() if proc.stderr else ""
            proc.kill()
            pytest.fail(f"Radicale did not start: {err[-500:]}")
        time.sleep(0.05)
    yield Radicale(port, proc)
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()


def dav_backend(server: Radicale, calendar_name: str | None = None, **kwargs: Any) -> Any:
    from followup.calendar_sync.dav import CalDavCalendar

    return CalDavCalendar(server.url, "alex", "s3cret", calendar_name or f"followup-{uuid.uuid4().hex[:8]}",
                          default_tz="America/New_York", **kwargs)


@pytest.fixture(params=["google", "caldav", "caldav-etag", "ics"])
def harness(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Harness]:
    h: Harness
    if request.param == "google":
        emu = request.getfixturevalue("google_emu")
        h = GoogleHarness(emu, google_backend(emu))
    elif request.param.startswith("caldav"):
        server = request.getfixturevalue("radicale")
        h = DavHarness(dav_backend(server, use_sync_token=request.param == "caldav"))
        h.name = request.param
    else:
        from followup.calendar_sync.ics_file import IcsFileCalendar

        path = tmp_path / "calendar.ics"
        h = IcsHarness(path, IcsFileCalendar(path, "America/New_York"))
    yield h
    h.cal.close()
