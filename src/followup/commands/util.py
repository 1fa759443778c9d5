"""Small helpers the command bodies share: times as the owner reads them, the state file."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from followup.config import Config
from followup.engine.planner import Action
from followup.engine.tracker import Tracker
from followup.errors import UserError


def local(t: datetime | None, tz: tzinfo) -> str:
    return t.astimezone(tz).strftime("%a %Y-%m-%d %H:%M") if t else "-"


def iso(t: datetime | None) -> str | None:
    return t.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if t else None


def open_tracker(config: Config, *, write: bool) -> Tracker:
    """The store; reading a missing one is empty, and owner input needs an existing one
    (``journal``/``timeline`` before any ``run`` create no state file)."""
    if not config.state.path.exists():
        if write:
            raise UserError(f"no interviews yet (no state file {config.state.path}); "
                            "run `followup run` first")
        return Tracker(":memory:")
    return Tracker(config.state.path)


def action_line(a: Action, tz: tzinfo, verb: str) -> str:
    when = ""
    if a.event is not None:
        when = f" for {local(a.event.start, tz)}"
    return f"  {verb} {a.title}{when}  [{a.key}]"
