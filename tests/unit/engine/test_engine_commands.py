"""The commands through click: run, status, timeline, journal, stats (Maildir + .ics, no server)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from followup.cli import cli

FIXTURES = Path(__file__).resolve().parents[2] / "integration" / "engine" / "fixtures"
AFTER = "2026-03-03T21:00:00Z"


@pytest.fixture
def cfg(tmp_path: Path) -> Path:
    root = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True)
    (root / "new" / "1.invite").write_bytes((FIXTURES / "invite_globex.eml").read_bytes())
    path = tmp_path / "config.toml"
    path.write_text(
        '[owner]\nname = "Alex Rivera"\nemail = "alex.rivera@mailbox.example"\n'
        'timezone = "America/New_York"\n'
        f'[mailbox]\nbackend = "maildir"\npath = "{root}"\n'
        f'[calendar]\nbackend = "ics"\npath = "{tmp_path / "cal.ics"}"\n'
        f'[state]\npath = "{tmp_path / "state.db"}"\n')
    return path


def run(cfg: Path, *args: str) -> Result:
    result = CliRunner().invoke(cli, ["--config", str(cfg), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_status_text_before_and_after(cfg: Path) -> None:
    assert "no interviews yet" in run(cfg, "status").output
    run(cfg, "run", "--once", "--now", "2026-03-01T12:00:00")
    out = run(cfg, "status", "--now", "2026-03-01T12:00:00").output
    assert "Globex — Platform Engineer" in out and "stage: upcoming" in out
    assert "person: Dana Whitfield  <dana.whitfield@globex.com>  recruiter  +1 (212) 555-0147" in out
    assert "next:  thank-you draft to Omar Haddad — due Tue 2026-03-03 15:30" in out
    # in words, never raw action keys
    assert "next:  follow-up call to Dana Whitfield, Tue 10 Mar 10:00 — due Tue 2026-03-03 15:00" in out
    assert "call:iv-" not in out and "thanks:iv-" not in out


def test_status_says_what_was_done_in_words(cfg: Path) -> None:
    run(cfg, "run", "--once", "--now", AFTER)
    run(cfg, "run", "--once", "--now", "2026-03-10T15:00:00Z")  # after the call: the callback
    out = run(cfg, "status", "--now", "2026-03-10T15:00:00Z").output
    assert "done:  follow-up call to Dana Whitfield, Tue 10 Mar 10:00 (written Tue 2026-03-03 16:00)" in out
    assert "done:  callback to Dana Whitfield, Thu 12 Mar 10:00 (written Tue 2026-03-10 11:00)" in out
    assert "done:  thank-you draft to Omar Haddad (written Tue 2026-03-03 16:00)" in out
    assert "next:  move-on reminder, Thu 19 Mar 10:00 — due Thu 2026-03-12 10:00" in out
    assert ":iv-" not in out  # never a raw action key


def test_timeline_sets_the_call_date(cfg: Path) -> None:
    run(cfg, "run", "--once", "--now", "2026-03-01T12:00:00Z")
    out = run(cfg, "timeline", "globex", "Yes, call me in four days").output
    assert "follow up after 2026-03-07" in out and "first call Mon 2026-03-09 10:00" in out
    data = json.loads(run(cfg, "status", "--json", "--now", AFTER).output)
    assert data[0]["timeline"]["follow_up_after"] == "2026-03-07"
    call = next(a for a in data[0]["planned"] if a["key"].endswith(":1"))
    assert call["start"] == "2026-03-09T14:00:00Z"


def test_timeline_without_a_date_is_a_one_line_error(cfg: Path) -> None:
    run(cfg, "run", "--once", "--now", "2026-03-01T12:00:00Z")
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3] / "src")}
    proc = subprocess.run([sys.executable, "-m", "followup.cli", "--config", str(cfg), "timeline", "globex",
                           "it was nice"], capture_output=True, text=True, env=env, check=False)
    assert proc.returncode == 1 and proc.stderr.count("\n") == 1 and "no follow-up date" in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "followup.cli", "--config", str(cfg), "journal", "initech"],
                          capture_output=True, text=True, env=env, check=False)
    assert proc.returncode == 1 and "no interview matches 'initech'" in proc.stderr


def test_journal_and_stats_text(cfg: Path) -> None:
    run(cfg, "run", "--once", "--now", AFTER)
    assert "(no journal entries)" in run(cfg, "journal", "glob").output
    run(cfg, "journal", "glob", "Asked about on-call; they liked the migration story")
    run(cfg, "journal", "glob", "--outcome", "rejected")
    out = run(cfg, "journal", "glob").output
    assert "on-call" in out and "[rejected]" in out and "(outcome: rejected)" in out
    stats = run(cfg, "stats").output
    assert "1 interviews; response rate 100%" in stats and "rejected 1" in stats and "2026-03:" in stats


def test_dry_run_output_and_run_without_once_starts_the_service(cfg: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    out = run(cfg, "run", "--once", "--dry-run", "--now", AFTER).output
    assert out.startswith("dry run (nothing changed)") and "would: thank-you draft to Dana Whitfield" in out
    assert not (cfg.parent / "state.db").exists()
    called: list[object] = []

    def serve(config_path: Path | None) -> int:
        called.append(config_path)
        return 0

    import followup.daemon.service as daemon_service

    monkeypatch.setattr(daemon_service, "serve", serve)
    run(cfg, "run")
    assert called == [cfg]


def test_bad_now_is_a_user_error(cfg: Path) -> None:
    result = CliRunner().invoke(cli, ["--config", str(cfg), "run", "--once", "--now", "yesterday"])
    assert result.exit_code != 0 and "--now" in str(result.exception)
