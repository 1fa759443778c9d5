"""``followup state rebuild``: re-learn a damaged or lost state file (``engine/rebuild.py``)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from followup.config import load_config
from followup.engine.rebuild import rebuild as rebuild_state
from followup.engine.service import parse_now


def rebuild(config_path: Path | None, *, now: str | None, force: bool) -> list[str]:
    """Rebuild, and say what was kept aside, found and counted as done."""
    config = load_config(config_path)
    at = parse_now(now, config.owner.zone) or datetime.now(UTC)
    r = rebuild_state(config, at, force=force)
    out = [f"kept the old state file as {r.moved_to}"] if r.moved_to is not None else []
    out.append(f"rebuilt {config.state.path}: scanned {r.scanned} messages, {r.interviews} interviews; "
               f"found {len(r.found)} drafts/events of ours; {len(r.assumed)} drafts counted as "
               "done (deleted or sent)")
    out += [f"  found: {key}" for key in r.found]
    out += [f"  done (not in Drafts): {key}" for key in r.assumed]
    return out
