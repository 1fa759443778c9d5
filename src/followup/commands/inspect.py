"""``followup inspect``: what the parser sees in .eml/.ics files.

The owner (``--me``, else the config's addresses and name) and the zone come from here; the
parsing and the description are ``parsers.inspect`` (pure).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from followup.config import load_config
from followup.engine.planner import config_workdays
from followup.errors import ConfigError, ParseError, UserError
from followup.parsers.addresses import Owner, normalize
from followup.parsers.inspect import detection_json, inspect_file, summary
from followup.parsers.model import Detection
from followup.workdays import WEEKENDS_ONLY


@dataclass(frozen=True)
class Inspected:
    """One file: its detection, or the one-line reason it could not be parsed."""

    path: Path
    detection: Detection | None
    error: str | None = None

    def json(self) -> dict[str, Any]:
        if self.detection is None:
            return {"path": str(self.path), "error": self.error}
        return {"path": str(self.path), **detection_json(self.detection)}

    def text(self) -> str:
        if self.detection is None:
            return f"{self.path}: error: {self.error}"
        return summary(self.path, self.detection)


@dataclass(frozen=True)
class Inspection:
    files: list[Inspected]

    @property
    def exit_code(self) -> int:
        return 1 if any(f.detection is None for f in self.files) else 0

    def json(self) -> Any:
        """One object for one file, a list for several (DESIGN.md)."""
        out = [f.json() for f in self.files]
        return out[0] if len(out) == 1 else out

    def lines(self) -> list[str]:
        return [f.text() for f in self.files]


def _owner(me: list[str], config_path: Path | None) -> tuple[Owner | None, tzinfo | None]:
    """``--me`` addresses, else the config's; the config's name and zone when there is one.
    Without ``--config`` a missing or broken default config is no error: inspect works alone."""
    owner_addrs = [a for a in (normalize(x) for x in me) if a]
    bad_me = [x for x in me if not normalize(x)]
    if bad_me:
        raise UserError(f"--me: not an email address: {bad_me[0]!r}")
    name: str | None = None
    tz: tzinfo | None = None
    days = WEEKENDS_ONLY
    if config_path is not None or not owner_addrs:
        try:
            cfg = load_config(config_path)
        except ConfigError:
            if config_path is not None:
                raise
            cfg = None
        if cfg is not None and cfg.source is not None:
            if not owner_addrs:
                owner_addrs = list(cfg.owner.addresses)
            name = cfg.owner.name or None
            tz = ZoneInfo(cfg.owner.timezone)
            days = config_workdays(cfg)  # (its country's holidays, as the service counts days)
    return (Owner.of(owner_addrs, name, days) if owner_addrs else None), tz


def _reference(now: str | None) -> datetime:
    if not now:
        return datetime.now(UTC)
    try:
        ref = datetime.fromisoformat(now.replace("Z", "+00:00"))
    except ValueError as exc:
        raise UserError(f"--now: not an ISO 8601 time: {now!r}") from exc
    return ref if ref.tzinfo is not None else ref.replace(tzinfo=UTC)


def inspect(paths: list[Path], *, me: list[str], now: str | None,
            config_path: Path | None) -> Inspection:
    owner, tz = _owner(me, config_path)
    ref = _reference(now)
    files = []
    for path in paths:
        try:
            files.append(Inspected(path, inspect_file(path, owner, ref, tz)))
        except ParseError as exc:
            files.append(Inspected(path, None, " ".join(str(exc).split()) or "cannot parse"))
    return Inspection(files)
