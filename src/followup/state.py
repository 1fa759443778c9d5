"""A small key/value store protocol for adapters' sync state (IMAP UIDs, sync tokens).

The tracker's SQLite store implements it; ``MemoryState`` serves tests and dry runs.
Values are strings (adapters store JSON).
"""

from __future__ import annotations

from typing import Protocol


class StateStore(Protocol):
    def get_state(self, scope: str) -> str | None: ...

    def set_state(self, scope: str, value: str | None) -> None: ...


class MemoryState:
    def __init__(self) -> None:
        self._data: dict[str, str] = {}

    def get_state(self, scope: str) -> str | None:
        return self._data.get(scope)

    def set_state(self, scope: str, value: str | None) -> None:
        if value is None:
            self._data.pop(scope, None)
        else:
            self._data[scope] = value
