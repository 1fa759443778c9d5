"""`followup demo` end to end in a subprocess: no server, no network, the whole timeline."""

from __future__ import annotations

import email
import email.policy
import re
import subprocess
from pathlib import Path

import pytest

from followup.config import load_config
from followup.mailbox.base import KEY_HEADER
from followup.mailbox.draft_ids import is_ours

from .daemon_proc import followup_command

pytestmark = pytest.mark.integration


def run_demo(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*followup_command(), "demo", *args], capture_output=True, text=True,
                          timeout=120, stdin=subprocess.DEVNULL)


def stage(out: str, n: int) -> str:
    parts = re.split(r"^== \d\. ", out, flags=re.MULTILINE)
    return parts[n]


def test_demo_runs_the_whole_timeline_and_cleans_up() -> None:
    proc = run_demo()
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    first = stage(out, 1)
    # one draft per interviewer, each its own mail (and the recruiter's)
    to_lines = re.findall(r"^  To: +(.+)$", first, flags=re.MULTILINE)
    assert "Marcus Chen <marcus.chen@northwind.example>" in to_lines
    assert "Elena Petrova <elena.petrova@northwind.example>" in to_lines
    assert "Priya Natarajan <priya.natarajan@northwind.example>" in to_lines
    assert not any("room-kestrel" in t or "jordan.lee" in t for t in to_lines)
    assert "Subject: Thank you" in first
    assert "Dear Marcus," in first  # first name by default
    # the stated timeline: "call me in four days" after Monday the 9th → Friday the 13th, 10:00
    assert re.search(r"\+ Follow-up call: Priya Natarajan.* - Fri 13 Mar 2026 10:00 CDT", first)
    # the newsletter and the tips mail are not interviews
    assert re.search(r"^  other +03-newsletter\.eml", first, flags=re.MULTILINE)
    assert re.search(r"^  other +04-interview-tips\.eml", first, flags=re.MULTILINE)
    assert "Interviews found: 1" in first
    # later stages: one callback, then the move-on marker, then the close; never a third call
    assert re.search(r"\+ Callback: Priya Natarajan.* - Tue 17 Mar 2026 10:00 CDT", stage(out, 2))
    assert "+ Move on: no answer" in stage(out, 3)
    assert "close the interview as no-response" in stage(out, 4)
    assert "Nothing more planned." in stage(out, 4)
    assert out.count("+ Callback") == 1 and out.count("+ Follow-up call") == 1
    assert "Thank-you drafts" not in stage(out, 2) + stage(out, 3) + stage(out, 4)  # nothing twice
    where = re.search(r"everything is local, in (\S+)", out)
    assert where is not None and not Path(where.group(1)).exists()  # temp dir removed


def test_demo_dir_keeps_a_usable_setup(tmp_path: Path) -> None:
    target = tmp_path / "demo"
    proc = run_demo("--dir", str(target))
    assert proc.returncode == 0, proc.stderr
    config = load_config(target / "config.toml")
    assert config.mailbox.backend == "maildir" and config.calendar.backend == "ics"
    assert config.state.path.is_relative_to(target)
    drafts_dir = target / "Mail" / ".Drafts" / "cur"
    drafts = [email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
              for p in drafts_dir.iterdir()]
    assert all(d[KEY_HEADER] is None and is_ours(str(d["Message-ID"])) for d in drafts)
    assert len({str(d["Message-ID"]) for d in drafts}) == len(drafts) >= 3
    assert all({"D", "S"} <= set(p.name.rsplit(":2,", 1)[-1]) for p in drafts_dir.iterdir())
    ics = (target / "calendar.ics").read_text(encoding="utf-8")
    assert ics.count("BEGIN:VEVENT") == 3  # call, callback, move-on
    # the user's mail is untouched: still unread in new/
    assert len(list((target / "Mail" / "new").iterdir())) == 4
    # `followup check` agrees with the demo's setup
    check = subprocess.run([*followup_command(), "--config", str(target / "config.toml"), "check"],
                           capture_output=True, text=True, timeout=60)
    assert check.returncode == 0, check.stdout + check.stderr
    # a second run refuses a non-empty directory, in one line
    again = run_demo("--dir", str(target))
    assert again.returncode == 1
    assert again.stderr.strip().count("\n") == 0 and "not empty" in again.stderr


def test_demo_keep_leaves_the_temp_dir() -> None:
    proc = run_demo("--keep")
    assert proc.returncode == 0, proc.stderr
    where = re.search(r"everything is local, in (\S+)", proc.stdout)
    assert where is not None
    kept = Path(where.group(1))
    try:
        assert (kept / "config.toml").exists() and (kept / "calendar.ics").exists()
    finally:
        import shutil

        shutil.rmtree(kept, ignore_errors=True)
