"""Writing a file so that a crash leaves either the old or the new content, never a mix.

One helper for every file followup replaces whole (the .ics calendar, OAuth tokens, the
config ``init`` writes): a temp file beside the target, the mode set before the first byte,
fsync, ``os.replace``, then fsync of the directory. (Maildir drafts follow the Maildir
delivery protocol instead: tmp/ then rename into cur/, in mailbox/maildir.py.)
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def atomic_write(path: Path, data: bytes | str, *, mode: int = 0o600,
                 still_ok: Callable[[], bool] | None = None) -> bool:
    """Replace ``path`` with ``data`` (str is written as UTF-8), created with ``mode``.

    ``still_ok`` is asked just before the replace (e.g. "has nobody else changed the file?");
    when it says no, nothing is replaced and False is returned. OSError reaches the caller,
    which words it for its user; the temp file never stays behind.
    """
    raw = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as fh:
            fh.write(raw)
            fh.flush()
            os.fsync(fh.fileno())
        if still_ok is not None and not still_ok():
            os.unlink(tmp)
            return False
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    with contextlib.suppress(OSError):
        dfd = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    return True


def write_private(path: Path, text: str) -> None:
    """Write ``text`` atomically to ``path``, mode 0600 from the first byte (its directory
    is created 0700 when missing)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    atomic_write(path, text, mode=0o600)
