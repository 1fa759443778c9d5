"""The .ics file backend: a real file, real processes writing to it at the same time."""

from __future__ import annotations

import fcntl
import multiprocessing
import os
import re
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest

from followup.backends import calendar_from
from followup.calendar_sync.base import event_uid
from followup.calendar_sync.ics_file import IcsFileCalendar
from followup.config import CalendarConfig
from followup.engine.events import FollowupEvent
from followup.errors import AccountError
from followup.state import MemoryState

from .conftest import foreign_vevent, wrap_vcalendar

pytestmark = pytest.mark.integration

NY = ZoneInfo("America/New_York")
T0 = datetime(2026, 12, 8, 10, 0, tzinfo=NY)
N = 12


def _ours_writer(path: str, worker: int, start: multiprocessing.synchronize.Event) -> None:
    start.wait()
    cal = IcsFileCalendar(Path(path), "America/New_York")
    for i in range(N):
        t = T0 + timedelta(days=i)
        cal.put_event(FollowupEvent(f"call:w{worker}:{i}", f"Call {worker}/{i}", t,
                                    t + timedelta(minutes=15), "America/New_York"))


def _foreign_appender(path: str, start: multiprocessing.synchronize.Event) -> None:
    """Another program that appends invites, using the same lock convention."""
    start.wait()
    p = Path(path)
    lock = p.with_name(f".{p.name}.lock")
    for i in range(N):
        fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            text = p.read_text(encoding="utf-8") if p.exists() else wrap_vcalendar("")
            at = text.rindex("END:VCALENDAR")
            t = T0 + timedelta(days=i)
            text = text[:at] + foreign_vevent(f"invite-{i}@other.example", f"Interview {i}", t,
                                              t + timedelta(hours=1)) + text[at:]
            tmp = p.with_name(f".{p.name}.other")
            tmp.write_text(text, encoding="utf-8", newline="")
            os.replace(tmp, p)
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)


def test_concurrent_processes_lose_no_event(tmp_path: Path) -> None:
    path = tmp_path / "cal.ics"
    ctx = multiprocessing.get_context("fork")
    start = ctx.Event()
    procs = [ctx.Process(target=_ours_writer, args=(str(path), w, start)) for w in range(2)]
    procs.append(ctx.Process(target=_foreign_appender, args=(str(path), start)))
    for p in procs:
        p.start()
    start.set()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    uids = [str(e["UID"]) for e in cal.walk("VEVENT")]
    assert len(uids) == len(set(uids)) == 3 * N
    assert {f"invite-{i}@other.example" for i in range(N)} <= set(uids)
    reader = IcsFileCalendar(path, "America/New_York")
    assert reader.get_event("call:w1:5") is not None
    assert {c.uid for c in reader.changes(MemoryState())} == {f"invite-{i}@other.example" for i in range(N)}


def test_foreign_bytes_are_kept_exactly(tmp_path: Path) -> None:
    path = tmp_path / "cal.ics"
    odd = ("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Odd//EN\nX-WR-CALNAME:Mine\n"
           "BEGIN:VEVENT\nUID:odd@x\nDTSTART;VALUE=DATE:20261208\nSUMMARY:Long folded\n"
           " line with a continuation\nX-CUSTOM;P=1:keep me\nEND:VEVENT\nEND:VCALENDAR\n")
    path.write_text(odd, encoding="utf-8", newline="")
    cal = IcsFileCalendar(path)
    ev = FollowupEvent("k", "Call", T0, T0 + timedelta(minutes=15), "America/New_York")
    cal.put_event(ev)
    text = path.read_bytes().decode("utf-8")
    assert odd.split("BEGIN:VEVENT")[1].split("END:VCALENDAR")[0] in text  # byte for byte
    assert "\r" not in text  # the file's own line ending is kept
    assert "X-WR-CALNAME:Mine" in text
    assert "BEGIN:VTIMEZONE" in text and "TZID:America/New_York" in text
    cal.delete_event("k")
    assert "odd@x" in path.read_text(encoding="utf-8")
    assert event_uid("k") not in path.read_text(encoding="utf-8")


def test_file_mode_is_preserved_and_created_when_missing(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "cal.ics"
    cal = IcsFileCalendar(path)
    assert cal.get_event("k") is None
    assert list(cal.changes(MemoryState())) == []
    cal.put_event(FollowupEvent("k", "Call", T0, T0 + timedelta(minutes=15), "America/New_York"))
    os.chmod(path, 0o600)
    cal.put_event(FollowupEvent("k", "Call", T0 + timedelta(hours=1), T0 + timedelta(hours=2),
                                "America/New_York"))
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert not [p for p in path.parent.iterdir() if p.name.endswith(".tmp")]


def test_valarm_and_tzid_on_disk(tmp_path: Path) -> None:
    path = tmp_path / "cal.ics"
    cal = IcsFileCalendar(path)
    cal.put_event(FollowupEvent("k", "Call", T0, T0 + timedelta(minutes=15), "America/New_York",
                                description="Ask for Rita", reminder_minutes=7))
    text = path.read_bytes().decode("utf-8")
    assert "DTSTART;TZID=America/New_York:20261208T100000" in text
    assert "X-FOLLOWUP-KEY:k" in text
    assert re.search(r"BEGIN:VALARM\r\nACTION:DISPLAY\r\n.*TRIGGER:-PT7M", text, re.S)


def test_not_an_ics_file_is_refused_not_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "cal.ics"
    path.write_text("my shopping list\n", encoding="utf-8")
    cal = IcsFileCalendar(path)
    with pytest.raises(AccountError, match="not an iCalendar file"):
        cal.put_event(FollowupEvent("k", "Call", T0, T0 + timedelta(minutes=15), "UTC"))
    assert path.read_text(encoding="utf-8") == "my shopping list\n"
    assert list(cal.changes(MemoryState())) == []


def test_unchanged_file_is_not_reparsed(tmp_path: Path) -> None:
    path = tmp_path / "cal.ics"
    path.write_text(wrap_vcalendar(foreign_vevent("a@x", "Interview", T0, T0 + timedelta(hours=1))))
    old = T0.timestamp() - 86400 * 400
    os.utime(path, (old, old))  # not "racy": the signature may be trusted
    cal = IcsFileCalendar(path)
    state = MemoryState()
    assert [c.uid for c in cal.changes(state)] == ["a@x"]
    saved = state.get_state(cal.scope)
    assert saved is not None and '"sig": null' not in saved
    assert list(cal.changes(state)) == []
    assert state.get_state(cal.scope) == saved


def test_open_calendar_factory(tmp_path: Path) -> None:
    assert calendar_from(CalendarConfig(backend="none"), tmp_path, "UTC") is None
    cal = calendar_from(CalendarConfig(backend="ics", path=tmp_path / "f.ics"), tmp_path, "UTC")
    assert isinstance(cal, IcsFileCalendar)


def test_a_file_we_create_is_0600_whatever_the_umask(tmp_path: Path) -> None:
    from followup.fsutil import write_private

    old = os.umask(0o022)
    try:
        path = tmp_path / "new" / "followup.ics"
        IcsFileCalendar(path).put_event(FollowupEvent("k", "Call", T0, T0 + timedelta(minutes=15),
                                                      "America/New_York"))
        token = tmp_path / "state" / "google-token.json"
        write_private(token, "{}")
    finally:
        os.umask(old)
    assert os.stat(path).st_mode & 0o777 == 0o600
    assert os.stat(token).st_mode & 0o777 == 0o600
