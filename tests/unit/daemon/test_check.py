"""`followup check` on real files: a good Maildir setup, and each way one can be broken."""

from __future__ import annotations

import mailbox
import subprocess
import sys
from pathlib import Path

import pytest

from followup.commands.check import check as run_check
from followup.errors import ConfigError


def make_setup(tmp_path: Path, *, owner: str = 'email = "jordan.lee@mailbox.example"', maildir: bool = True,
               extra: str = "") -> Path:
    root = tmp_path / "Mail"
    if maildir:
        md = mailbox.Maildir(str(root), create=True)
        md.add_folder("Drafts")
    config = tmp_path / "config.toml"
    config.write_text(f"""
[owner]
{owner}
timezone = "Europe/Berlin"

[mailbox]
backend = "maildir"
path = "{root}"

[calendar]
backend = "ics"
path = "{tmp_path / 'cal.ics'}"

[state]
path = "{tmp_path / 'state' / 'state.db'}"
{extra}
""", encoding="utf-8")
    return config


def check(config: Path) -> tuple[int, list[str]]:
    result = run_check(config)
    lines, code = result.lines(), result.exit_code
    return code, lines


def line(lines: list[str], name: str) -> str:
    found = [x for x in lines if x.split(None, 1)[1].startswith(name + ":")]
    assert len(found) == 1, lines
    return found[0]


def test_good_maildir_setup_passes(tmp_path: Path) -> None:
    code, lines = check(make_setup(tmp_path))
    assert code == 0, lines
    for name in ("owner address", "timezone", "state directory", "maildir", "mailbox", "drafts folder",
                 "calendar", "template"):
        assert line(lines, name).startswith("ok  ")
    assert "will be created" in line(lines, "state directory")
    assert "Europe/Berlin" in line(lines, "timezone")
    assert lines[-1] == "all checks passed"
    assert not (tmp_path / "state").exists()  # the doctor writes nothing
    assert list((tmp_path / "Mail" / ".Drafts" / "cur").iterdir()) == []


def test_missing_maildir_fails_with_a_reason(tmp_path: Path) -> None:
    code, lines = check(make_setup(tmp_path, maildir=False))
    assert code == 1
    bad = line(lines, "maildir")
    assert bad.startswith("FAIL") and "no such directory" in bad and str(tmp_path / "Mail") in bad
    assert not any(x.split(None, 1)[1].startswith("mailbox:") for x in lines)  # not tried after that
    assert lines[-1].endswith("checks failed")


def test_a_directory_that_is_not_a_maildir(tmp_path: Path) -> None:
    config = make_setup(tmp_path, maildir=False)
    (tmp_path / "Mail" / "cur").mkdir(parents=True)
    code, lines = check(config)
    assert code == 1
    assert "missing new, tmp" in line(lines, "maildir")


def test_owner_without_address_fails(tmp_path: Path) -> None:
    code, lines = check(make_setup(tmp_path, owner='name = "Jordan Lee"'))
    assert code == 1
    assert line(lines, "owner address").startswith("FAIL") and "[owner] email" in line(lines, "owner address")


def test_drafts_folder_missing_is_reported(tmp_path: Path) -> None:
    config = make_setup(tmp_path)
    (tmp_path / "Mail" / ".Drafts" / "cur").rmdir()
    code, lines = check(config)
    assert code == 0, lines
    assert "will be created with the first draft" in line(lines, "drafts folder")


def test_broken_template_fails(tmp_path: Path) -> None:
    templates = tmp_path / "tpl"
    templates.mkdir()
    (templates / "thank_you.txt.j2").write_text("Dear {{ name }\n", encoding="utf-8")
    code, lines = check(make_setup(tmp_path, extra=f'[followup]\ntemplate_dir = "{templates}"\n'))
    assert code == 1
    bad = line(lines, "template")
    assert bad.startswith("FAIL") and "thank_you.txt.j2" in bad


def test_unwritable_calendar_location_fails(tmp_path: Path) -> None:
    config = make_setup(tmp_path)
    (tmp_path / "cal.ics").mkdir()  # a directory where the calendar file should be
    code, lines = check(config)
    assert code == 1
    assert line(lines, "calendar").startswith("FAIL")


def test_bad_config_raises_config_error(tmp_path: Path) -> None:
    config = make_setup(tmp_path, extra="[bogus]\n")
    with pytest.raises(ConfigError, match=r"\[bogus\]"):
        check(config)


def test_cli_exit_codes(tmp_path: Path) -> None:
    good = make_setup(tmp_path)
    cmd = [sys.executable, "-m", "followup.cli", "--config"]
    proc = subprocess.run([*cmd, str(good), "check"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    bad_dir = tmp_path / "other"
    bad_dir.mkdir()
    broken = make_setup(bad_dir, maildir=False)
    proc = subprocess.run([*cmd, str(broken), "check"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 1
    assert "FAIL  maildir:" in proc.stdout
    broken.write_text("[owner]\ntimezone = \"Nowhere/Atlantis\"\n", encoding="utf-8")
    proc = subprocess.run([*cmd, str(broken), "check"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "timezone" in proc.stderr and str(broken) in proc.stderr


def test_the_summary_counts_the_lines_printed_and_the_calendar_says_what_it_counted(tmp_path: Path) -> None:
    from datetime import UTC, datetime, timedelta

    from followup.calendar_sync.ics_file import IcsFileCalendar
    from followup.engine.events import FollowupEvent

    config = make_setup(tmp_path, maildir=False)
    t0 = datetime(2026, 3, 10, 14, 0, tzinfo=UTC)
    IcsFileCalendar(tmp_path / "cal.ics").put_event(
        FollowupEvent("call:iv-x:1", "Follow-up call", t0, t0 + timedelta(minutes=15), "Europe/Berlin"))
    code, lines = check(config)
    results = [x for x in lines[1:-1]]
    assert code == 1
    failed = [x for x in results if x.startswith("FAIL")]
    assert lines[-1] == (f"not tried: mailbox, drafts folder (after the failure above); "
                         f"{len(failed)} of {len(results)} checks failed")
    assert line(lines, "calendar").endswith("read 0 events (followup's own not counted)")
