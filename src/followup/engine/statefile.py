"""The state file's safety: one writer at a time, damage detection, one-line errors, modes.

- ``hold(path, role)``: the single-instance lock, an ``flock`` on ``state.db.lock`` beside the
  state file, held for a whole ``run --once`` cycle or for the service's whole life. The file
  names the holder (``<pid> <role>``). Re-entrant within one process (the service's cycles run
  inside its hold). A second process waits up to ``ONCE_WAIT`` seconds while another one-shot
  run holds it (those finish soon); a running service is not waited for: the loser exits at once
  with ``StateBusy`` (exit status 75) and one line naming the holder's pid. Readers
  (``status``, ``run --dry-run``, ``inspect``, ``stats``) take no lock: SQLite's WAL serves them.
- ``check_file(path)``: an existing state file that is empty, not SQLite or truncated is a
  ``StateError`` telling the user to run ``followup state rebuild`` (a missing file is a first run).
- ``sqlite_error(path, exc)``: SQLite errors → one line (disk full, read-only, damaged).
- Files we create (state dir 0700; the DB, its -wal/-shm, the lock file 0600) are private
  whatever the umask; config and state files open to group/others get a warning line.
"""

from __future__ import annotations

import contextlib
import fcntl
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from followup.errors import StateBusy, StateError

log = logging.getLogger(__name__)

ONCE_WAIT = 30.0  # seconds a process waits for another one-shot run to finish
SQLITE_MAGIC = b"SQLite format 3\x00"
_POLL = 0.1


def lock_path(state_path: Path) -> Path:
    return state_path.with_name(state_path.name + ".lock")


@dataclass
class _Held:
    fd: int
    count: int
    since: float  # time.time() when the lock was taken


_held: dict[Path, _Held] = {}


def ensure_dir(state_path: Path) -> None:
    """Create the state directory (0700) when missing."""
    try:
        state_path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise StateError(f"state file {state_path}: cannot create its directory: "
                         f"{exc.strerror or exc}") from exc


def _holder(fd: int) -> tuple[int | None, str]:
    with contextlib.suppress(OSError, ValueError):
        text = os.pread(fd, 200, 0).decode("ascii", "replace").split()
        if text:
            return int(text[0]), (text[1] if len(text) > 1 else "")
    return None, ""


@contextlib.contextmanager
def hold(
    state_path: Path, role: str, *, wait: float = ONCE_WAIT, stop: Callable[[], bool] | None = None
) -> Iterator[float]:
    """Hold the single-instance lock of ``state_path``; yields the time it was first taken.

    While another one-shot run holds it, waits up to ``wait`` seconds (logged once), or until
    ``stop()`` says to give up (the service asked to stop while waiting): then StateBusy."""
    key = Path(os.path.abspath(state_path))
    held = _held.get(key)
    if held is not None:
        held.count += 1
        try:
            yield held.since
        finally:
            held.count -= 1
        return
    ensure_dir(key)
    path = lock_path(key)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
    except OSError as exc:
        raise StateError(f"state file {key}: cannot open its lock file {path} "
                         f"({exc.strerror or exc}); check that {key.parent} is writable") from exc
    try:
        _private(fd)
        deadline = time.monotonic() + wait
        waited = False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                pid, other = _holder(fd)
                if stop is not None and stop():
                    raise StateBusy(f"stopped while waiting for the state file {key}") from None
                if other == "service" or time.monotonic() >= deadline:
                    who = f"pid {pid}" if pid else "pid unknown"
                    what = "the followup service" if other == "service" else "another followup run"
                    raise StateBusy(f"{what} ({who}) is using the state file {key}; not starting "
                                    "(stop it or wait for it to finish)") from None
                if not waited:
                    log.info("waiting for another followup run (pid %s) to finish with %s",
                             pid or "unknown", key)
                    waited = True
                time.sleep(_POLL)
        with contextlib.suppress(OSError):  # the holder's name is a courtesy (a full disk)
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()} {role}\n".encode("ascii"), 0)
        entry = _held[key] = _Held(fd, 1, time.time())
        try:
            yield entry.since
        finally:
            del _held[key]
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
    finally:
        os.close(fd)  # closing the descriptor releases the flock


def _private(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.fchmod(fd, 0o600)


def create_private(path: Path) -> None:
    """Create ``path`` empty with mode 0600 when missing (SQLite gives -wal/-shm its mode)."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise StateError(f"state file {path}: cannot create it: {exc.strerror or exc}") from exc
    _private(fd)
    os.close(fd)


def create_db(path: Path, init: Callable[[sqlite3.Connection], None]) -> None:
    """Create a new state DB atomically: built and initialised (``init``) under a temporary
    name (0600; SQLite gives -wal/-shm the same mode), then hard-linked into place. So an
    existing empty file is never a half-made one of ours; a racing process's file wins."""
    ensure_dir(path)
    tmp = path.with_name(f".{path.name}.new-{os.getpid()}")
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.unlink(f"{tmp}{suffix}")
    try:
        create_private(tmp)
        db = sqlite3.connect(str(tmp), isolation_level=None)
        try:
            db.execute("PRAGMA journal_mode=WAL")
            init(db)
        finally:
            db.close()  # the last connection checkpoints and removes the -wal
        with contextlib.suppress(FileExistsError):
            os.link(tmp, path)
    except OSError as exc:
        raise StateError(f"state file {path}: cannot create it: {exc.strerror or exc}") from exc
    finally:
        for suffix in ("", "-wal", "-shm"):
            with contextlib.suppress(OSError):
                os.unlink(f"{tmp}{suffix}")


def warn_if_open(path: Path, what: str) -> None:
    """One warning line when ``path`` is readable or writable by group or others."""
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        return
    if mode & 0o077:
        log.warning("%s %s is open to other users (mode %03o); run: chmod 600 %s",
                    what, path, mode, path)


def damaged(path: Path, why: str) -> StateError:
    return StateError(f"state file {path} is damaged ({why}); run `followup state rebuild` to "
                      "re-learn it from Drafts, Sent and the calendar (the damaged file is kept)")


def check_file(path: Path) -> None:
    """Raise a StateError when the existing file at ``path`` cannot be a healthy SQLite DB."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
            size = os.fstat(fh.fileno()).st_size
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StateError(f"state file {path}: cannot read it: {exc.strerror or exc}") from exc
    if size == 0:
        raise damaged(path, "empty file")
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise damaged(path, "not an SQLite database")
    page = int.from_bytes(head[16:18], "big")
    page = 65536 if page == 1 else page
    pages = int.from_bytes(head[28:32], "big")
    valid = head[24:28] == head[92:96]  # the in-header size is only valid when these match
    if valid and pages and size < pages * page:
        raise damaged(path, f"truncated: {size} of {pages * page} bytes")


def quick_check(db: sqlite3.Connection, path: Path) -> None:
    rows = db.execute("PRAGMA quick_check").fetchall()
    if [tuple(r) for r in rows] != [("ok",)]:
        raise damaged(path, str(rows[0][0])[:120] if rows else "quick_check failed")


def sqlite_error(path: Path | None, exc: BaseException) -> StateError:
    """A SQLite error on the state file as one line for the user."""
    text = str(exc)
    low = text.lower()
    where = f"state file {path}" if path is not None else "state file"
    if "full" in low or ("i/o error" in low and path is not None and _no_space(path.parent)):
        return StateError(f"{where}: the disk is full; free some space and run again "
                          "(the last change was not saved; nothing is lost)")
    if "readonly" in low or "read-only" in low or "unable to open" in low or "permission" in low:
        folder = path.parent if path is not None else "its directory"
        return StateError(f"{where}: cannot write it ({text}); check that {folder} is writable")
    if "malformed" in low or "not a database" in low or "corrupt" in low:
        return damaged(path or Path("?"), text)
    return StateError(f"{where}: {text}")


def _no_space(folder: Path) -> bool:
    """True when the file system of ``folder`` has (almost) no free space left: SQLite reports
    a full disk while growing its -shm file as a plain I/O error."""
    try:
        st = os.statvfs(folder)
    except OSError:
        return False
    return st.f_bavail * st.f_frsize < 64 * 1024


def move_aside(path: Path, now: float | None = None) -> Path:
    """Rename the state file (and its -wal/-shm) to ``<name>.damaged-<timestamp>``; never delete."""
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime(now if now is not None else time.time()))
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    for suffix in ("", "-wal", "-shm"):
        src = path.with_name(path.name + suffix)
        if src.exists():
            os.replace(src, target.with_name(target.name + suffix))
    return target
