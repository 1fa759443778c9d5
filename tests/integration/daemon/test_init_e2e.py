"""From nothing to a running setup as a new user would do it: install the built package into a
fresh virtualenv, `followup init --non-interactive` against the real Dovecot, `followup check`
all ok, `followup service install --dry-run` prints a unit systemd accepts."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

from tests.support.dovecot import Account, Dovecot

pytestmark = pytest.mark.integration
REPO = Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`followup` from a wheel built from this checkout, in a new venv: package data (templates,
    the unit, the guide, the example config) must be in the wheel, not read from the tree.
    The dependencies come from the test venv through a .pth file (no network needed)."""
    root = tmp_path_factory.mktemp("install")
    dist = root / "dist"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(dist), str(REPO)], check=True, capture_output=True)
    [wheel] = dist.glob("followup-*.whl")
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    purelib = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    site = Path(subprocess.run([str(venv / "bin" / "python"), "-c", purelib],
                               check=True, capture_output=True, text=True).stdout.strip())
    deps = sysconfig.get_paths()["purelib"]
    (site / "test-deps.pth").write_text(deps + "\n")
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-index",
                    "--target", str(site), str(wheel)], check=True, capture_output=True)
    # console script: the wheel's entry point, as pip would write it for the venv's python
    exe = venv / "bin" / "followup"
    python = venv / "bin" / "python"
    exe.write_text(f"#!{python}\nimport sys\nfrom followup.cli import main\nsys.exit(main())\n")
    exe.chmod(0o755)
    return exe


def run(exe: Path, *args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {"PATH": f"{exe.parent}:{os.environ['PATH']}", "HOME": str(home),
           "XDG_CONFIG_HOME": str(home / ".config"), "XDG_STATE_HOME": str(home / ".local" / "state"),
           "XDG_DATA_HOME": str(home / ".local" / "share"), "XDG_RUNTIME_DIR": str(home / "run")}
    return subprocess.run([str(exe), *args], capture_output=True, text=True, env=env, cwd=home, timeout=120)


def test_install_init_check_and_service_install(installed: Path, dovecot: Dovecot, account: Account,
                                                tmp_path: Path) -> None:
    code = subprocess.run([str(installed.parent / "python"), "-c",
                           "import followup, sys; print(followup.__file__)"], capture_output=True, text=True)
    assert str(REPO / "src") not in code.stdout  # the installed copy, not the checkout
    home = tmp_path / "home"
    (home / "run").mkdir(parents=True, mode=0o700)
    secret = tmp_path / "imap-password"
    secret.write_text(account.password + "\n")
    r = run(installed, "init", "--non-interactive", "--email", "alex@mailbox.example",
            "--name", "Alex Rivera", "--timezone", "Europe/Berlin", "--provider", "imap",
            "--host", "127.0.0.1", "--port", str(dovecot.port), "--security", "none",
            "--username", account.username, "--password-command", f"cat {secret}",
            "--calendar", "ics", home=home)
    assert r.returncode == 0, r.stdout + r.stderr
    config = home / ".config" / "followup" / "config.toml"
    assert f"wrote {config} (mode 600)" in r.stdout
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    data = tomllib.loads(config.read_text())
    assert data["mailbox"]["port"] == dovecot.port and data["owner"]["timezone"] == "Europe/Berlin"
    checks = [line for line in r.stdout.splitlines() if line.startswith(("ok", "FAIL"))]
    assert checks and all(line.startswith("ok") for line in checks), r.stdout

    r = run(installed, "check", home=home)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "FAIL" not in r.stdout and "login ok" in r.stdout

    r = run(installed, "init", "--non-interactive", "--email", "x@y.example", home=home)
    assert r.returncode != 0 and "exists" in r.stderr and len(r.stderr.strip().splitlines()) == 1

    r = run(installed, "service", "install", "--dry-run", home=home)
    assert r.returncode == 0, r.stderr
    unit_text = r.stdout.split(":\n", 1)[1].split("\n# would run:")[0] + "\n"
    assert f"ExecStart={installed.resolve()} run" in unit_text
    assert not (home / ".config" / "systemd").exists()  # a dry run writes nothing
    analyze = shutil.which("systemd-analyze")
    assert analyze, "systemd-analyze missing (Debian package: systemd)"
    unit = tmp_path / "followup.service"
    unit.write_text(unit_text)
    done = subprocess.run([analyze, "--user", "verify", str(unit)], capture_output=True, text=True,
                          env={**os.environ, "XDG_RUNTIME_DIR": str(home / "run")})
    assert (done.returncode, done.stdout + done.stderr) == (0, "")

    r = run(installed, "run", "--once", home=home)  # and it runs on the config init wrote
    assert r.returncode == 0, r.stderr
