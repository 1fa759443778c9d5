"""``followup run``: one cycle (``--once``, ``--dry-run``) or the service."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path

from followup.commands.util import action_line, local
from followup.config import load_config
from followup.engine.service import CycleReport, parse_now, run_cycle


@dataclass(frozen=True)
class Ran:
    """What one cycle did, and the owner's zone to show its times in."""

    report: CycleReport
    tz: tzinfo

    @property
    def exit_code(self) -> int:
        return 1 if self.report.failed else 0

    def lines(self) -> list[str]:
        report, tz = self.report, self.tz
        head = "dry run (nothing changed)" if report.dry_run else "cycle"
        out = [f"{head} at {local(report.now, tz)}: {report.summary()}"]
        out += [f"  skipped message {key[:120]}: {reason[:200]}" for key, reason in report.skipped]
        verb = "would:" if report.dry_run else "done:"
        out += [action_line(a, tz, verb) for a in report.applied]
        out += [action_line(a, tz, f"FAILED ({why}):") for a, why in report.failed]
        out += [action_line(a, tz, f"planned {local(a.due, tz)}:") for a in report.planned]
        return out


def run_once(config_path: Path | None, *, now: str | None, dry_run: bool) -> Ran:
    """One scan/plan/apply cycle (``dry_run``: plan only)."""
    config = load_config(config_path)
    tz = config.owner.zone
    return Ran(run_cycle(config, now=parse_now(now, tz), dry_run=dry_run), tz)


def serve(config_path: Path | None) -> int:
    """The service until SIGTERM/SIGINT; returns the exit status."""
    from followup.daemon.service import serve as loop

    return loop(config_path)
