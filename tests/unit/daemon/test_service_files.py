"""The shipped systemd unit and launchd plist: parse them and check the keys that matter."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
UNIT = ROOT / "systemd" / "followup.service"
PLIST = ROOT / "launchd" / "com.followup.agent.plist"


def parse_unit(text: str) -> dict[str, dict[str, list[str]]]:
    """systemd's ini dialect: repeated keys accumulate, # and ; start comments."""
    sections: dict[str, dict[str, list[str]]] = {}
    current: dict[str, list[str]] | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], {})
            continue
        assert current is not None, f"line {number}: key outside a section"
        key, sep, value = line.partition("=")
        assert sep, f"line {number}: not KEY=value: {raw!r}"
        current.setdefault(key.strip(), []).append(value.strip())
    return sections


def test_unit_file_keys() -> None:
    unit = parse_unit(UNIT.read_text(encoding="utf-8"))
    assert set(unit) == {"Unit", "Service", "Install"}
    svc = {k: v[-1] for k, v in unit["Service"].items()}
    assert svc["Type"] == "notify"
    assert svc["ExecStart"] == "%h/.local/bin/followup run"
    assert svc["ExecReload"] == "/bin/kill -HUP $MAINPID"
    assert svc["Restart"] == "on-failure"
    assert svc["RestartPreventExitStatus"] == "2"
    assert svc["WatchdogSec"] and svc["TimeoutStopSec"]
    assert svc["NoNewPrivileges"] == "yes"
    assert "AF_INET" in svc["RestrictAddressFamilies"] and "AF_UNIX" in svc["RestrictAddressFamilies"]
    # options that need root or user namespaces break a plain user unit: not used
    for key in ("User", "ProtectSystem", "PrivateTmp", "PrivateDevices", "ProtectHome"):
        assert key not in svc
    assert unit["Install"]["WantedBy"] == ["default.target"]  # a user unit's target


def test_unit_file_passes_systemd_analyze(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze not installed")
    copy = tmp_path / "followup.service"
    copy.write_text(UNIT.read_text(encoding="utf-8").replace("%h/.local/bin/followup", "/bin/true"),
                    encoding="utf-8")
    proc = subprocess.run([analyze, "verify", str(copy)], capture_output=True, text=True, timeout=60)
    complaints = [line for line in (proc.stdout + proc.stderr).splitlines()
                  if str(copy) in line or "Unknown" in line or "Invalid" in line]
    assert complaints == []


def test_launchd_plist_keys() -> None:
    with PLIST.open("rb") as fh:
        plist = plistlib.load(fh)
    assert plist["Label"] == "com.followup.agent"
    assert plist["ProgramArguments"][-1] == "run"
    assert plist["ProgramArguments"][0].endswith("/.local/bin/followup")
    assert plist["RunAtLoad"] is True
    assert plist["KeepAlive"] == {"SuccessfulExit": False}
    assert plist["StandardOutPath"].endswith(".log") and plist["StandardErrorPath"].endswith(".log")
    assert plist["ExitTimeOut"] >= 60


def test_launchd_plist_after_the_documented_substitution_has_absolute_paths() -> None:
    text = PLIST.read_text(encoding="utf-8").replace("__HOME__", "/Users/jordan")
    plist = plistlib.loads(text.encode("utf-8"))
    for path in (plist["ProgramArguments"][0], plist["StandardOutPath"], plist["StandardErrorPath"]):
        assert path.startswith("/Users/jordan/")
    assert "__HOME__" in (ROOT / "docs" / "install.md").read_text(encoding="utf-8")
