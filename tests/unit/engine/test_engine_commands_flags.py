"""Every flag of run / status / stats / journal / timeline (and the global ones they use)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup.cli import cli
from followup.config import load_config
from followup.engine.tracker import Tracker
from followup.parsers.model import Detection, Person

from .test_engine_commands import AFTER, cfg, run

__all__ = ["cfg"]
SRC = Path(__file__).resolve().parents[3] / "src"
UID = "globex-onsite-7781@globex.com"


def cli_proc(cfg: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    return subprocess.run([sys.executable, "-m", "followup.cli", "--config", str(cfg), *args],
                          capture_output=True, text=True, env=env, check=False)


def add_people(cfg: Path) -> None:
    """After the invite: an interviewer known by name only (guessable) and one by first name + phone."""
    config = load_config(cfg)
    with Tracker(config.state.path) as t:
        det = Detection(is_interview=True, kind="invite", uid=UID,
                        start=datetime(2026, 3, 3, 19, 0, tzinfo=UTC),
                        end=datetime(2026, 3, 3, 20, 0, tzinfo=UTC),
                        people=(Person(None, "Priya Natarajan", "interviewer"),
                                Person(None, "Sam", "interviewer", phone="+1 212 555 0188")))
        assert t.record_detection(det, datetime(2026, 3, 2, tzinfo=UTC))


def test_run_now_and_dry_run_each_imply_once(cfg: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import followup.daemon.service as daemon_service

    monkeypatch.setattr(daemon_service, "serve", lambda path: pytest.fail("started the service"))
    out = run(cfg, "run", "--now", "2026-03-01T12:00:00Z").output  # no --once
    assert out.startswith("cycle at Sun 2026-03-01 07:00:")
    out = run(cfg, "run", "--dry-run").output  # no --once, no --now: one dry cycle at the real clock
    assert out.startswith("dry run (nothing changed)")


def test_status_text_says_who_gets_no_draft_and_marks_guessed_addresses(cfg: Path) -> None:
    run(cfg, "run", "--once", "--now", "2026-03-01T12:00:00Z")
    add_people(cfg)
    out = run(cfg, "status", "--now", "2026-03-01T12:00:00Z").output
    assert "note:  Sam: no draft, known only by phone +1 212 555 0188" in out
    assert "priya.natarajan@globex.com, GUESSED" in out
    assert "thank-you draft to Priya Natarajan (GUESSED address)" in out
    data = json.loads(run(cfg, "status", "--json", "--now", "2026-03-01T12:00:00Z").output)[0]
    priya = {"email": "priya.natarajan@globex.com", "name": "Priya Natarajan", "guessed": True}
    assert priya in data["recipients"]
    sam = next(p for p in data["people"] if p["name"] == "Sam")
    assert sam["thank_you"] is False and sam["phone"] == "+1 212 555 0188"
    assert any(a["guessed"] and a["key"].endswith("priya.natarajan@globex.com") for a in data["planned"])
    run(cfg, "run", "--once", "--now", AFTER)
    folder = cfg.parent / "Maildir" / ".Drafts"
    drafts = [p.read_bytes() for sub in ("new", "cur") for p in (folder / sub).iterdir()]
    assert len(drafts) == 4 and not any(b"Sam" in d.split(b"\n\n", 1)[0] for d in drafts)


def test_status_now_changes_the_stage(cfg: Path) -> None:
    run(cfg, "run", "--once", "--now", AFTER)
    stages = [json.loads(run(cfg, "status", "--json", "--now", now).output)[0]["stage"]
              for now in ("2026-03-01T12:00:00Z", "2026-03-03T19:30:00Z", AFTER)]
    assert stages == ["upcoming", "in progress", "follow-up call planned"]
    naive = json.loads(run(cfg, "status", "--json", "--now", "2026-03-03T14:30").output)[0]
    assert naive["stage"] == "in progress"  # a naive --now is the owner's local time


def test_stats_json_and_text(cfg: Path) -> None:
    empty = json.loads(run(cfg, "stats", "--json").output)
    zero = {"offer": 0, "rejected": 0, "no-response": 0, "withdrawn": 0, "open": 0}
    assert empty == {"interviews": 0, "outcomes": zero, "response_rate": None, "months": []}
    run(cfg, "run", "--once", "--now", AFTER)
    data = json.loads(run(cfg, "stats", "--json").output)
    assert data["interviews"] == 1 and data["outcomes"]["open"] == 1 and data["response_rate"] == 0.0
    assert data["months"][0]["month"] == "2026-03"
    run(cfg, "journal", "globex", "--outcome", "withdrawn")
    assert json.loads(run(cfg, "stats", "--json").output)["outcomes"]["withdrawn"] == 1
    assert "withdrawn 1" in run(cfg, "stats").output


def test_journal_text_with_outcome_and_a_bad_outcome(cfg: Path) -> None:
    run(cfg, "run", "--once", "--now", AFTER)
    noted = run(cfg, "journal", "globex", "They made an offer!", "--outcome", "offer").output
    assert "noted; outcome offer" in noted
    out = run(cfg, "journal", "globex").output
    assert "[offer] They made an offer!" in out and "(outcome: offer)" in out
    bad = CliRunner().invoke(cli, ["--config", str(cfg), "journal", "globex", "--outcome", "maybe"])
    assert bad.exit_code == 2 and "maybe" in bad.output
    data = json.loads(run(cfg, "status", "--json", "--now", AFTER).output)[0]
    assert data["status"] == "closed" and data["stage"] == "closed: offer"
    # the call event not yet made goes away once the outcome is known
    assert not [a for a in data["planned"] if a["kind"] == "event"]


def test_timeline_imminent_decision(cfg: Path) -> None:
    run(cfg, "run", "--once", "--now", "2026-03-01T12:00:00Z")
    out = run(cfg, "timeline", "globex", "we will decide by the end of the day").output
    assert "decision imminent" in out
    data = json.loads(run(cfg, "status", "--json", "--now", "2026-03-01T12:00:00Z").output)[0]
    assert data["timeline"]["decision_imminent"] is True
    drafts = [a for a in data["planned"] if a["kind"] == "draft"]
    assert drafts and all(a["urgent"] and a["due"] == "2026-03-03T20:00:00Z" for a in drafts)


def test_journal_and_timeline_without_any_state_create_no_file(cfg: Path) -> None:
    for args in (("journal", "globex"), ("journal", "globex", "a note"),
                 ("timeline", "globex", "call me Friday")):
        proc = cli_proc(cfg, *args)
        assert proc.returncode == 1 and proc.stderr.count("\n") == 1, proc.stderr
    assert not (cfg.parent / "state.db").exists()


def test_verbose_debug_and_version(cfg: Path) -> None:
    # by default `run` logs one INFO line per interview found (what journald shows), no debug
    quiet = cli_proc(cfg, "run", "--once", "--now", "2026-03-01T12:00:00Z")
    assert quiet.returncode == 0 and "DEBUG" not in quiet.stderr
    info = "INFO followup.engine.ingest: interview"
    [found] = [x for x in quiet.stderr.splitlines() if x.startswith(info)]
    assert "Platform Engineer at Globex" in found and "dana.whitfield@globex.com" in found
    assert "INFO" not in cli_proc(cfg, "status").stderr
    loud = cli_proc(cfg, "-v", "run", "--once", "--now", AFTER)
    assert loud.returncode == 0 and "INFO followup.engine.service: done:" in loud.stderr
    louder = cli_proc(cfg, "-vv", "run", "--once", "--now", "2026-03-10T15:00:00Z")
    assert louder.returncode == 0 and "INFO followup.engine.service: done: callback event" in louder.stderr
    broken = cfg.parent / "broken.toml"
    broken.write_text(cfg.read_text().replace('path = "', 'path = 5 #"', 1))
    one_line = cli_proc(broken, "status")
    assert one_line.returncode == 2 and one_line.stderr.count("\n") == 1
    assert "Traceback" not in one_line.stderr and "broken.toml" in one_line.stderr
    version = cli_proc(cfg, "--version")
    assert version.returncode == 0 and version.stdout.startswith("followup")


def test_run_logs_one_info_line_per_action_written_by_default(cfg: Path) -> None:
    proc = cli_proc(cfg, "run", "--once", "--now", AFTER)
    assert proc.returncode == 0, proc.stderr
    logged = [x for x in proc.stderr.splitlines() if x.startswith("INFO followup.engine.service: done: ")]
    printed = [x for x in proc.stdout.splitlines() if x.startswith("  done: ")]
    assert printed and len(logged) == len(printed)  # 3 drafts and the call event
    info = [x for x in proc.stderr.splitlines() if x.startswith("INFO ")]
    assert len([x for x in info if "thanks:" in x]) == 3  # one line per draft, not one per layer
    assert any("thank-you draft to Omar Haddad" in x for x in logged)
    assert "Add one specific thing" not in proc.stderr and "Dear" not in proc.stderr  # no bodies
