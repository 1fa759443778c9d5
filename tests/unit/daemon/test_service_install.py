"""`followup service install`: the unit systemd accepts, the plist launchd reads, the files written."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
from pathlib import Path

from click.testing import CliRunner

from followup.cli import cli
from followup.commands import service as install

SYSTEMD_ANALYZE = shutil.which("systemd-analyze")


def _fake_followup(tmp_path: Path) -> Path:
    prog = tmp_path / "bin with space" / "followup"
    prog.parent.mkdir()
    prog.write_text("#!/bin/sh\n")
    prog.chmod(0o755)
    return prog


def test_program_args_use_this_followup_and_the_config(tmp_path: Path) -> None:
    prog = _fake_followup(tmp_path)
    cfg = tmp_path / "my config.toml"
    args = install.program_args(cfg, argv0=str(prog))
    assert args == [str(prog.resolve()), "--config", str(cfg.resolve()), "run"]


def test_unit_quotes_paths_and_fills_every_placeholder(tmp_path: Path) -> None:
    prog = _fake_followup(tmp_path)
    args = install.program_args(tmp_path / "100% config.toml", argv0=str(prog))
    text = install.render_unit(args, "/opt/pass/bin:/usr/bin", install.guide_uri())
    exec_line = next(line for line in text.splitlines() if line.startswith("ExecStart="))
    cfg = (tmp_path / "100%% config.toml").resolve()
    assert exec_line == f'ExecStart="{prog.resolve()}" --config "{cfg}" run'
    assert "Environment=PATH=/opt/pass/bin:/usr/bin" in text
    doc = next(line for line in text.splitlines() if line.startswith("Documentation="))
    assert Path(doc.removeprefix("Documentation=file://")).is_file()  # points at something that exists
    body = [line for line in text.splitlines() if not line.startswith("#")]
    assert not any(tok in line for line in body for tok in ("@EXEC_START@", "@PATH@", "@DOC@"))


def test_systemd_analyze_verifies_the_installed_unit(tmp_path: Path) -> None:
    """`systemd-analyze --user verify` prints nothing for the unit we install (it warns about any
    unknown key or bad value). ./dev installs systemd-analyze where it is missing."""
    assert SYSTEMD_ANALYZE, "systemd-analyze missing (Debian package: systemd)"
    prog = _fake_followup(tmp_path)
    env = {"PATH": os.environ["PATH"], "XDG_CONFIG_HOME": str(tmp_path / "cfg")}
    t = install.target(None, platform="linux", home=tmp_path, env=env)
    t = install.Target(t.kind, t.path, install.render_unit(install.program_args(None, argv0=str(prog)),
                                                           env["PATH"], install.guide_uri()),
                       t.load, t.unload, t.show)
    install.install(t, [].append, start=False)
    assert t.path == tmp_path / "cfg" / "systemd" / "user" / "followup.service"
    assert oct(t.path.stat().st_mode & 0o777) == "0o644"
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    done = subprocess.run([SYSTEMD_ANALYZE, "--user", "verify", str(t.path)], capture_output=True, text=True,
                          env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)})
    assert (done.returncode, done.stdout + done.stderr) == (0, "")
    # the check is real: a typo in the unit is reported
    t.path.write_text(t.path.read_text().replace("Type=notify", "Type=notifyy"))
    done = subprocess.run([SYSTEMD_ANALYZE, "--user", "verify", str(t.path)], capture_output=True, text=True,
                          env={**os.environ, "XDG_RUNTIME_DIR": str(runtime)})
    assert "notifyy" in done.stdout + done.stderr


def test_plist_is_valid_and_runs_this_program(tmp_path: Path) -> None:
    prog = _fake_followup(tmp_path)
    args = install.program_args(tmp_path / "a&b <c>.toml", argv0=str(prog))
    text = install.render_plist(args, "/usr/local/bin:/usr/bin", tmp_path)
    plist = plistlib.loads(text.encode())
    assert plist["Label"] == "com.followup.agent"
    assert plist["ProgramArguments"] == args
    assert plist["EnvironmentVariables"] == {"PATH": "/usr/local/bin:/usr/bin"}
    assert plist["StandardOutPath"] == str(tmp_path / "Library" / "Logs" / "followup" / "followup.log")
    assert plist["KeepAlive"] == {"SuccessfulExit": False}
    assert "__HOME__" not in text and "__EXEC__" not in text


def test_launchd_target_paths_and_commands(tmp_path: Path) -> None:
    t = install.target(None, platform="darwin", home=tmp_path, env={"PATH": "/usr/bin"})
    assert t.path == tmp_path / "Library" / "LaunchAgents" / "com.followup.agent.plist"
    assert t.load == (("launchctl", "bootstrap", f"gui/{os.getuid()}", str(t.path)),)
    assert t.unload == (("launchctl", "bootout", f"gui/{os.getuid()}/com.followup.agent"),)


def test_cli_dry_run_prints_the_unit_and_commands_and_writes_nothing(tmp_path: Path) -> None:
    env = {"XDG_CONFIG_HOME": str(tmp_path / "cfg"), "HOME": str(tmp_path)}
    result = CliRunner().invoke(cli, ["service", "install", "--dry-run"], env=env)
    assert result.exit_code == 0, result.output
    assert f"# would write {tmp_path / 'cfg' / 'systemd' / 'user' / 'followup.service'}" in result.output
    assert "ExecStart=" in result.output and "Type=notify" in result.output
    assert "# would run: systemctl --user enable --now followup.service" in result.output
    assert not (tmp_path / "cfg").exists()


def test_install_then_uninstall_round_trip_with_the_manager_commands_printed(tmp_path: Path) -> None:
    """With a stand-in systemctl on PATH that records its arguments (the real one needs a user
    session bus, which a test machine does not have)."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    calls = tmp_path / "calls"
    (bin_dir / "systemctl").write_text(f'#!/bin/sh\necho "$@" >> "{calls}"\n')
    (bin_dir / "systemctl").chmod(0o755)
    env = {"XDG_CONFIG_HOME": str(tmp_path / "cfg"), "HOME": str(tmp_path),
           "PATH": f"{bin_dir}:{os.environ['PATH']}"}
    runner = CliRunner()
    result = runner.invoke(cli, ["service", "install"], env=env)
    assert result.exit_code == 0, result.output
    unit = tmp_path / "cfg" / "systemd" / "user" / "followup.service"
    assert unit.is_file()
    assert "$ systemctl --user enable --now followup.service" in result.output
    result = runner.invoke(cli, ["service", "status"], env=env)
    assert result.exit_code == 0 and f"installed: {unit}" in result.output
    result = runner.invoke(cli, ["service", "uninstall"], env=env)
    assert result.exit_code == 0, result.output
    assert not unit.exists()
    assert calls.read_text().splitlines() == [
        "--user daemon-reload", "--user enable --now followup.service",
        "--user status --no-pager followup.service",
        "--user disable --now followup.service", "--user daemon-reload",
    ]
    result = runner.invoke(cli, ["service", "status"], env=env)
    assert result.exit_code == 3 and "not installed" in result.output


def test_a_failing_manager_command_is_one_line_and_nonzero(tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    (bin_dir / "systemctl").write_text("#!/bin/sh\necho 'Failed to connect to bus' >&2\nexit 1\n")
    (bin_dir / "systemctl").chmod(0o755)
    env = {"XDG_CONFIG_HOME": str(tmp_path / "cfg"), "HOME": str(tmp_path),
           "PATH": f"{bin_dir}:{os.environ['PATH']}"}
    result = CliRunner().invoke(cli, ["service", "install"], env=env)
    assert result.exit_code != 0
    assert "Failed to connect to bus" in result.output
