"""A local .ics file as the calendar (the embedded default: no server at all).

Reading is incremental by (mtime, size, inode) and then a content hash; per-event
fingerprints turn a changed file into added/moved/removed events.

Writing never loses another writer's events: every change holds an exclusive ``fcntl``
lock on a sidecar lock file, re-reads the file under the lock, edits only our own VEVENT
blocks (foreign blocks keep their bytes), writes a temporary file in the same directory
and ``os.replace``-s it. A writer that does not take our lock is detected by the file
changing between our read and our rename; we then start over.
"""

from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import hashlib
import json
import logging
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from followup.calendar_sync.base import (
    MARKER,
    CalendarChange,
    NotOursError,
    event_uid,
    is_ours,
    load_state,
)
from followup.calendar_sync.ical import (
    Block,
    IcsDocument,
    build_vevent,
    component_lines,
    empty_document,
    read_followup,
    split_components,
    vtimezone,
)
from followup.engine.events import FollowupEvent
from followup.errors import AccountError, ParseError
from followup.fsutil import atomic_write
from followup.parsers.model import CalEvent
from followup.state import StateStore

log = logging.getLogger(__name__)

_MAX_ATTEMPTS = 5
_RACY_NS = 2_000_000_000


@dataclass(frozen=True)
class _Snapshot:
    data: bytes
    sig: tuple[int, int, int]  # mtime_ns, size, inode; (0, 0, 0) when missing


class IcsFileCalendar:
    """The Calendar protocol over one local .ics file."""

    def __init__(self, path: Path, default_tz: str = "UTC") -> None:
        self.path = Path(path)
        self.lock_path = self.path.with_name(f".{self.path.name}.lock")
        try:
            self.default_tz = ZoneInfo(default_tz)
        except (ZoneInfoNotFoundError, ValueError):
            self.default_tz = ZoneInfo("UTC")
        self.scope = f"calendar:ics:{self.path.resolve()}"

    # ------------------------------------------------------------------ locking & I/O

    @contextlib.contextmanager
    def _locked(self, exclusive: bool) -> Iterator[None]:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise AccountError(f"calendar file {self.path}: cannot lock: {exc.strerror}") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
            yield
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)

    def clean_stale_temp(self, before: float) -> int:
        """Remove our temporary files (``.<name>.XXXXXXXX.tmp``) left by a killed run and older
        than ``before`` (a time.time()); under the write lock no writer of ours is mid-write."""
        pattern = re.compile(rf"^\.{re.escape(self.path.name)}\.[A-Za-z0-9_]{{8}}\.tmp$")
        removed = 0
        with self._locked(exclusive=True):
            try:
                names = os.listdir(self.path.parent)
            except OSError:
                return 0
            for name in names:
                if not pattern.match(name):
                    continue
                p = self.path.parent / name
                with contextlib.suppress(OSError):
                    if p.stat().st_mtime < before:
                        p.unlink()
                        removed += 1
                        log.info("removed a stale temporary file %s", p)
        return removed

    def _read(self) -> _Snapshot:
        try:
            with self.path.open("rb") as fh:
                st = os.fstat(fh.fileno())
                data = fh.read()
        except FileNotFoundError:
            return _Snapshot(b"", (0, 0, 0))
        except OSError as exc:
            raise AccountError(f"calendar file {self.path}: cannot read: {exc.strerror}") from exc
        return _Snapshot(data, (st.st_mtime_ns, st.st_size, st.st_ino))

    def _sig(self) -> tuple[int, int, int]:
        try:
            st = self.path.stat()
        except FileNotFoundError:
            return (0, 0, 0)
        return (st.st_mtime_ns, st.st_size, st.st_ino)

    def _document(self, snap: _Snapshot) -> IcsDocument:
        if not snap.data.strip():
            return empty_document()
        try:
            return split_components(snap.data.decode("utf-8", errors="surrogateescape"))
        except ValueError as exc:
            # Not ours to repair: refuse to write rather than lose the user's data.
            raise AccountError(
                f"calendar file {self.path}: not an iCalendar file ({exc}); not writing to it"
            ) from exc

    def _write(self, text: str, expected: tuple[int, int, int]) -> bool:
        """Replace the file atomically; False when it changed since ``expected``."""
        data = text.encode("utf-8", errors="surrogateescape")
        mode = 0o600  # a file we create is private (events name people); an existing one keeps its mode
        with contextlib.suppress(FileNotFoundError):
            mode = self.path.stat().st_mode & 0o7777
        try:
            return atomic_write(self.path, data, mode=mode, still_ok=lambda: self._sig() == expected)
        except OSError as exc:
            raise AccountError(f"calendar file {self.path}: cannot write: {exc.strerror}") from exc

    def _edit(self, edit: Callable[[IcsDocument], IcsDocument | None]) -> bool:
        """Apply ``edit`` under the lock, retrying when a lockless writer interferes."""
        with self._locked(exclusive=True):
            for _ in range(_MAX_ATTEMPTS):
                snap = self._read()
                doc = self._document(snap)
                new = edit(doc)
                if new is None:
                    return False
                if self._write(new.render(), snap.sig):
                    return True
                log.info("calendar file %s changed while writing; retrying", self.path)
        raise AccountError(f"calendar file {self.path}: keeps changing under us; not written")

    # ------------------------------------------------------------------ protocol

    def put_event(self, event: FollowupEvent) -> None:
        uid = event_uid(event.key)

        def edit(doc: IcsDocument) -> IcsDocument | None:
            mine = [i for i, b in enumerate(doc.blocks) if b.name == "VEVENT" and b.prop("UID") == uid]
            for i in mine:
                current = _ours(doc.blocks[i])
                if current is None or current.key != event.key:
                    raise NotOursError(
                        f"calendar file {self.path}: an event with UID {uid} exists "
                        "without our marker; left alone"
                    )
            if len(mine) == 1 and _ours(doc.blocks[mine[0]]) == event:
                return None  # already as wanted
            block = Block("VEVENT", component_lines(build_vevent(event)))
            blocks = list(doc.blocks)
            if mine:
                blocks[mine[0]] = block
                for i in reversed(mine[1:]):
                    del blocks[i]
            else:
                blocks.append(block)
            if not any(b.name == "VTIMEZONE" and b.prop("TZID") == event.timezone for b in blocks):
                tz = vtimezone(event.timezone, event.start.date())
                if tz is not None:
                    first_event = next((i for i, b in enumerate(blocks) if b.name != "VTIMEZONE"), 0)
                    blocks.insert(first_event, Block("VTIMEZONE", component_lines(tz)))
            return dataclasses.replace(doc, blocks=tuple(blocks))

        self._edit(edit)

    def get_event(self, key: str) -> FollowupEvent | None:
        uid = event_uid(key)
        with self._locked(exclusive=False):
            snap = self._read()
        if not snap.data.strip():
            return None
        doc = self._document(snap)
        for b in doc.blocks:
            if b.name == "VEVENT" and b.prop("UID") == uid:
                ev = _ours(b)
                if ev is not None and ev.key == key:
                    return ev
        return None

    def delete_event(self, key: str) -> bool:
        uid = event_uid(key)

        def edit(doc: IcsDocument) -> IcsDocument | None:
            keep = []
            dropped = False
            for b in doc.blocks:
                if b.name == "VEVENT" and b.prop("UID") == uid:
                    ev = _ours(b)
                    if ev is not None and ev.key == key:
                        dropped = True
                        continue
                    log.warning(
                        "calendar file %s: event %s has no marker of ours; not deleted", self.path, uid
                    )
                keep.append(b)
            if not dropped:
                return None
            return dataclasses.replace(doc, blocks=tuple(keep))

        return self._edit(edit)

    def changes(self, state: StateStore) -> Iterator[CalendarChange]:
        saved = load_state(state.get_state(self.scope))
        sig = list(self._sig())
        if saved.get("sig") == sig:
            return
        if sig == [0, 0, 0]:
            snap = _Snapshot(b"", (0, 0, 0))  # no file (yet): nothing to lock; reading creates nothing
        else:
            with self._locked(exclusive=False):
                snap = self._read()
        digest = hashlib.sha256(snap.data).hexdigest()
        old_events: dict[str, str] = saved.get("events", {})
        # "racy" mtimes: a file modified within the timestamp granularity of our read could
        # change again without a new (mtime, size); trust the signature only once it is old.
        sig_to_save = list(snap.sig) if time.time_ns() - snap.sig[0] > _RACY_NS else None
        if saved.get("hash") == digest:
            state.set_state(
                self.scope, json.dumps({"sig": sig_to_save, "hash": digest, "events": old_events})
            )
            return
        if snap.data.strip():
            try:
                from followup.parsers.ics import parse_calendar

                events = parse_calendar(snap.data, default_tz=self.default_tz)
            except ParseError as exc:
                log.warning("calendar file %s: cannot parse (%s); will retry when it changes", self.path, exc)
                return
        else:
            events = ()
        current: dict[str, CalEvent] = {}
        for ev in events:
            if ev.uid is None or is_ours(ev):
                continue
            current[_instance_key(ev)] = ev
        fingerprints = {k: _fingerprint(ev) for k, ev in current.items()}
        live_uids = {ev.uid for ev in current.values()}
        reported: set[str] = set()
        for k, ev in current.items():
            if old_events.get(k) != fingerprints[k]:
                yield CalendarChange(str(ev.uid), ev)
                reported.add(k)
        gone_uids: set[str] = set()
        for k in old_events:
            if k in current:
                continue
            uid = k.split("|", 1)[0]
            if uid in live_uids:
                # an override vanished: the series' remaining instances are the truth now
                for k2, ev in current.items():
                    if ev.uid == uid and k2 not in reported:
                        yield CalendarChange(uid, ev)
                        reported.add(k2)
            elif uid not in gone_uids:
                gone_uids.add(uid)
                yield CalendarChange(uid, None)
        state.set_state(self.scope, json.dumps({"sig": sig_to_save, "hash": digest, "events": fingerprints}))

    def close(self) -> None:
        return None


def _ours(block: Block) -> FollowupEvent | None:
    if block.prop(MARKER) is None:
        return None
    try:
        cal = icalendar.Calendar.from_ical(block.text)
    except ValueError:
        return None
    if cal.name == "VEVENT":
        return read_followup(cal)
    for sub in cal.walk("VEVENT"):
        return read_followup(sub)
    return None


def _instance_key(ev: CalEvent) -> str:
    rid = ev.recurrence_id.isoformat() if isinstance(ev.recurrence_id, datetime) else ""
    return f"{ev.uid}|{rid}"


def _fingerprint(ev: CalEvent) -> str:
    return hashlib.sha256(repr(ev).encode("utf-8")).hexdigest()[:32]


__all__ = ["IcsFileCalendar"]
