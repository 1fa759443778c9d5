"""The Maildir backend (the embedded default): reads files in place, writes drafts atomically.

Scanning lists ``new/`` and ``cur/`` of the root (INBOX), of the watched Maildir++ folders
(".Folder") and of ".Sent", and only reads files: nothing is renamed, moved or re-flagged
(``mailbox.Maildir`` would move new/ → cur/ on some calls, so it is not used for reading).
Drafts go to ".Drafts" through tmp/ → cur/ with the ``D`` and ``S`` flags.
"""

from __future__ import annotations

import email.parser
import logging
import os
import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from email.message import EmailMessage
from email.policy import compat32
from pathlib import Path

from followup.errors import ConfigError, ParseError
from followup.mailbox import partial
from followup.mailbox.base import (
    KEY_HEADER,
    Prefilter,
    ScannedMessage,
    draft_bytes,
    is_our_draft,
    prepare_draft,
)
from followup.mailbox.draft_ids import matches_key, message_id_local
from followup.mailbox.folder_state import MaildirFolderState
from followup.state import StateStore

log = logging.getLogger(__name__)

WINDOW_NS = 10 * 1_000_000_000  # keys kept this far below the newest mtime (late deliveries)
BATCH = 500  # state saved after this many messages
STREAM_OVER = 1 << 20  # larger files are read a line at a time, without attachment payloads
_HEADER_END = (b"\r\n\r\n", b"\n\n")
_SEPARATORS = (":", "!", ";")  # info separator: ":" standard, "!"/";" on some filesystems


@dataclass(frozen=True)
class _Entry:
    key: str
    path: str
    mtime_ns: int


def folder_dir(root: Path, folder: str) -> Path:
    """Maildir++: INBOX is the root, "A/B" or "A.B" is ``root/.A.B``."""
    if folder.upper() == "INBOX":
        return root
    name = folder.removeprefix("INBOX.").removeprefix("INBOX/").replace("/", ".")
    return root / f".{name}"


def message_key(filename: str) -> str:
    for sep in _SEPARATORS:
        if sep in filename:
            return filename.split(sep, 1)[0]
    return filename


def header_block(raw: bytes) -> bytes:
    """The header lines of a message, up to and including the last header's line end."""
    ends = [i + len(e) // 2 for e in _HEADER_END if (i := raw.find(e)) >= 0]
    return raw[: min(ends)] if ends else raw


def has_calendar_part(raw: bytes) -> bool:
    """A text/calendar or application/ics part, or a *.ics file name, at any depth."""
    low = raw.lower()
    if b"text/calendar" not in low and b"application/ics" not in low and b".ics" not in low:
        return False
    try:
        msg = email.parser.BytesParser(policy=compat32).parsebytes(raw)
        for part in msg.walk():
            if part.get_content_type() in ("text/calendar", "application/ics"):
                return True
            name = part.get_filename() or part.get_param("name") or ""
            if isinstance(name, str) and name.lower().strip().endswith(".ics"):
                return True
    except Exception:  # malformed MIME: be generous, the parser decides later
        return True
    return False


class MaildirMailbox:
    """A local Maildir++ tree. ``path`` is the root (holding cur/ new/ tmp/)."""

    def __init__(self, path: Path, *, folders: tuple[str, ...] = ("INBOX",),
                 drafts_folder: str = "auto", sent_folder: str = "auto", track_folder: str = "",
                 poll_granularity: float = 0.2) -> None:
        self.root = Path(path).expanduser()
        self.folders, self.track_folder = folders, track_folder
        self.drafts_folder, self.sent_folder = drafts_folder, sent_folder
        self.poll_granularity = poll_granularity
        self._mtimes: dict[str, int] | None = None

    # -- folders -------------------------------------------------------------------------
    def _sent_dir(self) -> Path:
        name = self.sent_folder if self.sent_folder != "auto" else "Sent"
        return folder_dir(self.root, name)

    def _drafts_dir(self) -> Path:
        name = self.drafts_folder if self.drafts_folder != "auto" else "Drafts"
        return folder_dir(self.root, name)

    def _entries(self, d: Path) -> Iterator[_Entry]:
        for sub in ("new", "cur"):
            try:
                it = os.scandir(d / sub)
            except FileNotFoundError:
                continue
            with it:
                for e in it:
                    if e.name.startswith("."):
                        continue
                    try:
                        st = e.stat()
                    except FileNotFoundError:  # renamed by a mail client meanwhile
                        continue
                    yield _Entry(message_key(e.name), e.path, st.st_mtime_ns)

    # -- scanning ------------------------------------------------------------------------
    def scan(self, state: StateStore, since: datetime, wants_body: Prefilter) -> Iterator[ScannedMessage]:
        if not self.root.is_dir():
            raise ConfigError(f"[mailbox] path: not a directory: {self.root}")
        sent = self._sent_dir()
        # the track folder first (keywords are not portable in Maildir: only the folder route)
        track = [self.track_folder] if self.track_folder else []
        folders = [(f, folder_dir(self.root, f), False) for f in dict.fromkeys([*track, *self.folders])]
        folders = [f for f in folders if f[1] != sent]
        folders.append(("Sent", sent, True))
        # taken before listing: a delivery during the scan makes the next wait return at once
        mtimes = self._dir_mtimes()
        seen_ids: set[str] = set()
        for name, d, is_sent in folders:
            yield from self._scan_folder(name, d, is_sent, state, since, seen_ids, wants_body)
        self._mtimes = mtimes

    def _scan_folder(self, name: str, d: Path, is_sent: bool, state: StateStore, since: datetime,
                     seen_ids: set[str], wants_body: Prefilter) -> Iterator[ScannedMessage]:
        scope = f"maildir:{self.root}:{name}"
        old = MaildirFolderState.from_json(state.get_state(scope))
        entries = list(self._entries(d))
        if old is None:
            floor = int(since.timestamp() * 1e9)
            todo = [e for e in entries if e.mtime_ns >= floor]
            # older mail was considered too: it must not turn up in a later scan
            watermark = floor
            keys = {e.key: e.mtime_ns for e in entries if floor - WINDOW_NS <= e.mtime_ns < floor}
        else:
            todo = [e for e in entries
                    if e.mtime_ns >= old.mtime_ns - WINDOW_NS and e.key not in old.keys]
            # old keys' own mtimes are not stored: they count as at the old watermark
            watermark, keys = old.mtime_ns, dict.fromkeys(old.keys, old.mtime_ns)
        todo.sort(key=lambda e: (e.mtime_ns, e.key))
        for i, entry in enumerate(todo, 1):
            if entry.key in keys and keys[entry.key] == entry.mtime_ns:
                continue  # the same message seen in new/ and cur/ while being moved
            msg = self._read(name, entry, is_sent, seen_ids, wants_body)
            if msg is not None:
                yield msg
            watermark = max(watermark, entry.mtime_ns)
            keys[entry.key] = entry.mtime_ns
            if i % BATCH == 0:
                self._save(state, scope, watermark, keys)
        self._save(state, scope, watermark, keys)

    @staticmethod
    def _save(state: StateStore, scope: str, watermark: int, keys: dict[str, int]) -> None:
        """Store the watermark and the keys near it; older keys are dropped from ``keys``."""
        for k in [k for k, mt in keys.items() if mt < watermark - WINDOW_NS]:
            del keys[k]
        state.set_state(scope, MaildirFolderState(watermark, frozenset(keys)).to_json())

    def _read(self, folder: str, entry: _Entry, is_sent: bool, seen_ids: set[str],
              wants_body: Prefilter) -> ScannedMessage | None:
        from followup.parsers.mime_headers import read_meta

        path = entry.path
        if not os.path.exists(path):  # flag change renamed it: find it by key
            path = self._find(Path(path).parent.parent, entry.key) or path
        try:
            with open(path, "rb") as fh:
                # a large file is read without its attachments: memory stays bounded
                big = os.fstat(fh.fileno()).st_size > STREAM_OVER
                raw = partial.reduce_stream(fh) if big else fh.read()
        except OSError as exc:
            log.warning("maildir: %s: cannot read %s (%s); skipped", folder, entry.key, exc.strerror)
            return None
        try:
            meta = read_meta(header_block(raw))
        except ParseError as exc:
            log.warning("maildir: %s: %s: %s; skipped", folder, entry.key, exc)
            return None
        if meta.message_id:
            if meta.message_id in seen_ids:
                return None
            seen_ids.add(meta.message_id)
        wanted = wants_body(folder, meta, frozenset(), has_calendar_part(raw))
        return ScannedMessage(folder=folder, uid=entry.key, meta=meta, raw=raw if wanted else None,
                              in_sent=is_sent)

    def _find(self, d: Path, key: str) -> str | None:
        for e in self._entries(d):
            if e.key == key:
                return e.path
        return None

    # -- drafts --------------------------------------------------------------------------
    def _draft_path(self, key: str) -> str | None:
        """Our draft for ``key``: its Message-ID local part is the key's (any domain), or an
        old draft carries ``X-Followup-Key: key``."""
        d = self._drafts_dir()
        local = message_id_local(key).encode()
        want = key.encode()
        for e in self._entries(d):
            try:
                with open(e.path, "rb") as fh:
                    head = header_block(fh.read(64 * 1024))
            except OSError:
                continue
            if local not in head.lower() and want not in head:
                continue
            msg = email.parser.BytesParser(policy=compat32).parsebytes(head, headersonly=True)
            if any(matches_key(str(v), key) for v in msg.get_all("Message-ID", [])) or \
                    any(str(v).strip() == key for v in msg.get_all(KEY_HEADER, [])):
                return e.path
        return None

    def has_draft(self, key: str) -> bool:
        return self._draft_path(key) is not None

    def draft_markers(self) -> list[tuple[str | None, str | None]]:
        """(X-Followup-Key, Message-ID) of every message in Drafts (``state rebuild``)."""
        out: list[tuple[str | None, str | None]] = []
        for e in self._entries(self._drafts_dir()):
            try:
                with open(e.path, "rb") as fh:
                    head = header_block(fh.read(64 * 1024))
            except OSError:
                continue
            msg = email.parser.BytesParser(policy=compat32).parsebytes(head, headersonly=True)
            key, mid = msg.get(KEY_HEADER), msg.get("Message-ID")
            out.append((str(key).strip() if key else None, str(mid).strip() if mid else None))
        return out

    def delete_our_draft(self, key: str) -> bool:
        """Unlink our unsent draft for ``key``: the D flag and our Message-ID (``base.is_our_draft``)."""
        removed = False
        for e in self._entries(self._drafts_dir()):
            flags = os.path.basename(e.path).partition(":2,")[2]
            if "D" not in flags:
                continue
            try:
                with open(e.path, "rb") as fh:
                    head = header_block(fh.read(64 * 1024))
            except OSError:
                continue
            if key.encode() not in head and message_id_local(key).encode() not in head:
                continue
            msg = email.parser.BytesParser(policy=compat32).parsebytes(head, headersonly=True)
            if is_our_draft(key, msg.get(KEY_HEADER), msg.get("Message-ID")):
                os.unlink(e.path)
                log.info("maildir: removed our draft %s", key)
                removed = True
        return removed

    def fetch_message(self, folder: str, uid: str, message_id: str | None) -> bytes | None:
        """The file with Maildir key ``uid`` in ``folder``, else the one with ``message_id``."""
        from followup.parsers.mime_headers import read_meta

        d = folder_dir(self.root, folder)
        want = message_id.strip().strip("<>").lower() if message_id else None
        path = self._find(d, uid)
        paths = [path] if path else []
        if want:
            paths += [e.path for e in self._entries(d) if e.path != path]
        for p in paths:
            try:
                with open(p, "rb") as fh:
                    raw = fh.read()
            except OSError:
                continue
            if want is None:
                return raw
            try:
                mid = read_meta(header_block(raw)).message_id
            except ParseError:
                continue
            if mid and mid.strip().strip("<>").lower() == want:
                return raw
        return None

    def append_draft(self, message: EmailMessage, key: str) -> str | None:
        """Write the draft to .Drafts/cur flagged Draft and Seen (``:2,DS``, as mail clients
        store drafts) unless one for ``key`` exists; returns the draft's Maildir key (the
        existing one's when found)."""
        prepare_draft(message, key)
        existing = self._draft_path(key)
        if existing is not None:
            log.info("maildir: draft %s already exists; not writing", key)
            return message_key(os.path.basename(existing))
        d = self._drafts_dir()
        for sub in ("tmp", "new", "cur"):
            (d / sub).mkdir(parents=True, exist_ok=True, mode=0o700)
        if d != self.root and not (d / "maildirfolder").exists():
            (d / "maildirfolder").touch()
        data = draft_bytes(message)
        uniq = f"{time.time_ns() // 1000}.P{os.getpid()}Q{os.urandom(4).hex()}.{_hostname()}"
        tmp = d / "tmp" / uniq
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.rename(tmp, d / "cur" / f"{uniq}:2,DS")
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        log.debug("maildir: wrote draft %s", key)  # the engine logs it
        return uniq

    # -- waiting -------------------------------------------------------------------------
    def _dir_mtimes(self) -> dict[str, int]:
        out: dict[str, int] = {}
        track = [self.track_folder] if self.track_folder else []
        dirs = [folder_dir(self.root, f) for f in (*track, *self.folders)] + [self._sent_dir()]
        for d in dirs:
            for sub in ("new", "cur"):
                try:
                    out[str(d / sub)] = os.stat(d / sub).st_mtime_ns
                except FileNotFoundError:
                    out[str(d / sub)] = -1
        return out

    def wait_for_mail(self, timeout: float) -> bool:
        """Poll the mtimes of new/ and cur/ (a delivery renames into them)."""
        deadline = time.monotonic() + max(0.0, timeout)
        if self._mtimes is None:
            self._mtimes = self._dir_mtimes()
        while True:
            now = self._dir_mtimes()
            if now != self._mtimes:
                self._mtimes = now
                return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            time.sleep(min(remaining, self.poll_granularity))

    def close(self) -> None:
        self._mtimes = None


def _hostname() -> str:
    return socket.gethostname().replace("/", "\\057").replace(":", "\\072") or "localhost"
