"""Per-folder scan state, stored as JSON strings in the StateStore.

A missing or unreadable value means "never scanned": the backend rescans from the
lookback window (the engine is idempotent on Message-ID, so a rescan creates nothing twice).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

log = logging.getLogger(__name__)


def _load(text: str | None) -> dict[str, Any] | None:
    if not text:
        return None
    try:
        data = json.loads(text)
    except ValueError:
        log.warning("ignoring unreadable mailbox state (will rescan)")
        return None
    return data if isinstance(data, dict) else None


@dataclass(frozen=True)
class ImapFolderState:
    uidvalidity: int
    last_uid: int
    highestmodseq: int | None = None

    def to_json(self) -> str:
        return json.dumps({"uidvalidity": self.uidvalidity, "last_uid": self.last_uid,
                           "highestmodseq": self.highestmodseq}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str | None) -> ImapFolderState | None:
        data = _load(text)
        if data is None:
            return None
        uv, last, hms = data.get("uidvalidity"), data.get("last_uid"), data.get("highestmodseq")
        if not isinstance(uv, int) or not isinstance(last, int) or isinstance(uv, bool) or last < 0:
            return None
        return cls(uv, last, hms if isinstance(hms, int) and not isinstance(hms, bool) else None)


@dataclass(frozen=True)
class MaildirFolderState:
    """The newest mtime seen and the keys of messages at or just below it.

    Files with an older mtime were seen already; files within ``window_ns`` of the
    watermark are told apart by key (delivery can finish out of mtime order).
    """

    mtime_ns: int
    keys: frozenset[str]

    def to_json(self) -> str:
        return json.dumps({"mtime_ns": self.mtime_ns, "keys": sorted(self.keys)})

    @classmethod
    def from_json(cls, text: str | None) -> MaildirFolderState | None:
        data = _load(text)
        if data is None:
            return None
        mt, keys = data.get("mtime_ns"), data.get("keys")
        if not isinstance(mt, int) or isinstance(mt, bool) or not isinstance(keys, list):
            return None
        return cls(mt, frozenset(k for k in keys if isinstance(k, str)))
