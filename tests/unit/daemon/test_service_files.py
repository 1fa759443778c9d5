"""The systemd unit and launchd plist `followup service install` writes (from the templates
shipped in the package): parse them and check the keys that matter."""

from __future__ import annotations

import plistlib
import shutil
import subprocess
from pathlib import Path

from followup.commands import service as install

ROOT = Path(__file__).resolve().parents[3]
ARGS = ["/home/jordan/.local/bin/followup", "run"]


def rendered_unit() -> str:
    return install.render_unit(ARGS, "/usr/local/bin:/usr/bin:/bin", install.guide_uri())


def rendered_plist() -> dict[str, object]:
    return plistlib.loads(install.render_plist(ARGS, "/usr/bin", Path("/Users/jordan")).encode())


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
    unit = parse_unit(rendered_unit())
    assert set(unit) == {"Unit", "Service", "Install"}
    svc = {k: v[-1] for k, v in unit["Service"].items()}
    assert svc["Type"] == "notify"
    assert svc["ExecStart"] == "/home/jordan/.local/bin/followup run"
    assert svc["Environment"] == "PATH=/usr/local/bin:/usr/bin:/bin"
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
    assert analyze, "systemd-analyze missing (Debian package: systemd; ./dev installs it)"
    copy = tmp_path / "followup.service"
    copy.write_text(install.render_unit(["/bin/true", "run"], "/usr/bin", install.guide_uri()),
                    encoding="utf-8")
    proc = subprocess.run([analyze, "verify", str(copy)], capture_output=True, text=True, timeout=60)
    complaints = [line for line in (proc.stdout + proc.stderr).splitlines()
                  if str(copy) in line or "Unknown" in line or "Invalid" in line]
    assert complaints == []


def test_launchd_plist_keys() -> None:
    plist = rendered_plist()
    assert plist["Label"] == "com.followup.agent"
    assert plist["ProgramArguments"][-1] == "run"
    assert plist["ProgramArguments"] == ARGS
    assert plist["RunAtLoad"] is True
    assert plist["KeepAlive"] == {"SuccessfulExit": False}
    assert plist["StandardOutPath"].endswith(".log") and plist["StandardErrorPath"].endswith(".log")
    assert plist["ExitTimeOut"] >= 60


def test_launchd_plist_has_absolute_paths_and_the_guide_says_how_to_install() -> None:
    plist = rendered_plist()
    for path in (plist["ProgramArguments"][0], plist["StandardOutPath"], plist["StandardErrorPath"]):
        assert str(path).startswith("/")
    assert "__HOME__" not in install.render_plist(ARGS, "/usr/bin", Path("/Users/jordan"))
    assert "followup service install" in (ROOT / "docs" / "install.md").read_text(encoding="utf-8")
