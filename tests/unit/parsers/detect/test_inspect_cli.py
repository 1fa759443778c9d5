"""`followup inspect`: the JSON contract, several paths, bad files, exit status."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
KEYS = {
    "is_interview",
    "kind",
    "start",
    "end",
    "company",
    "thank_you_recipients",
    "recruiter_email",
    "follow_up_after",
}


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "followup.cli", "inspect", *args], capture_output=True, text=True, timeout=60
    )


def test_json_one_file() -> None:
    r = run(str(FIXTURES / "greenhouse_invite.eml"), "--json", "--me", "alex.rivera@mailbox.example")
    assert r.returncode == 0, r.stderr
    obj = json.loads(r.stdout)
    assert set(obj) >= KEYS
    assert obj["is_interview"] is True and obj["kind"] == "invite"
    assert obj["start"] == "2026-12-01T18:00:00Z" and obj["end"] == "2026-12-01T19:30:00Z"
    assert obj["recruiter_email"] == "maria.lopez@acme-corp.com"
    assert obj["follow_up_after"] == "2026-12-04"
    assert obj["company"] == "Acme Corp"


def test_json_several_files_keep_order_and_errors_are_objects(tmp_path: Path) -> None:
    bad = tmp_path / "broken.ics"
    bad.write_bytes(b"\x00\x01 not a calendar")
    r = run(str(FIXTURES / "neg_press.eml"), str(bad), str(FIXTURES / "spanish_plain.eml"), "--json")
    assert r.returncode != 0
    assert "Traceback" not in r.stderr
    objs = json.loads(r.stdout)
    assert [o["is_interview"] for o in (objs[0], objs[2])] == [False, True]
    assert "error" in objs[1] and "\n" not in objs[1]["error"]
    assert objs[0]["thank_you_recipients"] == [] and objs[0]["kind"] is None


def test_plus_addressing_with_me() -> None:
    r = run(str(FIXTURES / "greenhouse_invite.eml"), "--json", "--me", "alex.rivera@mailbox.example")
    obj = json.loads(r.stdout)
    assert not any("alex.rivera" in a for a in obj["thank_you_recipients"])


def test_missing_file_is_an_error_object(tmp_path: Path) -> None:
    r = run(str(tmp_path / "nope.eml"), "--json")
    assert r.returncode == 1
    assert "error" in json.loads(r.stdout)


def test_human_summary() -> None:
    r = run(str(FIXTURES / "outlook_teams_de.eml"), "--me", "alex.rivera@mailbox.example")
    assert r.returncode == 0
    assert "interview (invite)" in r.stdout and "jonas.weber@beispiel-gmbh.de" in r.stdout


def test_bad_me_is_one_line() -> None:
    r = run(str(FIXTURES / "neg_press.eml"), "--me", "not-an-address")
    assert r.returncode == 1
    assert r.stderr.strip().count("\n") == 0 and "--me" in r.stderr
