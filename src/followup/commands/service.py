"""`followup service install | uninstall | status`: the systemd user unit or the launchd agent.

The unit and the plist are templates shipped in the package (``followup/data``); installing
fills in this installation's program (the running ``followup``, else ``python -m followup``),
the ``--config`` file when one was given, the PATH at install time (``password_command`` runs
without a shell and needs its tools on PATH) and the installed guide for ``Documentation=``.
The render functions are pure; ``install``/``uninstall``/``status`` print every
systemctl/launchctl command before running it, and ``dry_run`` only prints.
"""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from followup.errors import UserError

UNIT_NAME = "followup.service"
AGENT_LABEL = "com.followup.agent"


@dataclass(frozen=True)
class Target:
    """Where the service file goes and the commands that load / unload / show it."""

    kind: str  # "systemd" | "launchd"
    path: Path
    text: str
    load: tuple[tuple[str, ...], ...]
    unload: tuple[tuple[str, ...], ...]
    show: tuple[str, ...]


def _data(name: str) -> str:
    return resources.files("followup").joinpath("data", name).read_text(encoding="utf-8")


def guide_uri() -> str:
    """The installed guide (package data), as a file: URI."""
    with resources.as_file(resources.files("followup").joinpath("data", "install.md")) as p:
        return Path(p).resolve().as_uri()


def program_args(config: Path | None, argv0: str | None = None, executable: str | None = None) -> list[str]:
    """The command that runs the service: this ``followup`` program, ``run``, and ``--config``."""
    argv0 = argv0 if argv0 is not None else sys.argv[0]
    prog = Path(argv0)
    if prog.name == "followup" and prog.exists():
        head = [str(prog.resolve())]
    elif found := shutil.which("followup"):
        head = [str(Path(found).resolve())]
    else:
        head = [executable or sys.executable, "-m", "followup.cli"]
    if config is not None:
        head += ["--config", str(config.expanduser().resolve())]
    return [*head, "run"]


def _systemd_quote(arg: str) -> str:
    """One ExecStart word: ``%`` doubled (specifier escape), quoted when it has spaces or quotes."""
    arg = arg.replace("%", "%%")
    if any(c in arg for c in " \t\"'\\;$"):
        return '"' + arg.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return arg


def render_unit(args: Sequence[str], path_env: str, doc_uri: str) -> str:
    """The systemd user unit for ``args``. Comment lines of the template are kept as written."""
    values = {
        "@EXEC_START@": " ".join(_systemd_quote(a) for a in args),
        "@PATH@": path_env.replace("%", "%%"),
        "@DOC@": doc_uri,
    }
    out = []
    for line in _data(UNIT_NAME).splitlines():
        if not line.startswith("#"):
            for token, value in values.items():
                line = line.replace(token, value)
        out.append(line)
    return "\n".join(out) + "\n"


def render_plist(args: Sequence[str], path_env: str, home: Path) -> str:
    """The launchd agent for ``args`` (built with plistlib, so any path is escaped right)."""
    plist = plistlib.loads(_data(f"{AGENT_LABEL}.plist").encode("utf-8"))
    plist["ProgramArguments"] = list(args)
    plist["EnvironmentVariables"] = {"PATH": path_env}
    log = str(home / "Library" / "Logs" / "followup" / "followup.log")
    plist["StandardOutPath"] = log
    plist["StandardErrorPath"] = log
    return plistlib.dumps(plist).decode("utf-8")


def target(config: Path | None, *, platform: str | None = None, home: Path | None = None,
           env: dict[str, str] | None = None) -> Target:
    """What installing means on this platform (Linux: systemd; macOS: launchd)."""
    platform = platform or sys.platform
    env = dict(os.environ if env is None else env)
    home = home or Path.home()
    args = program_args(config)
    path_env = env.get("PATH", "/usr/local/bin:/usr/bin:/bin")
    if platform == "darwin":
        path = home / "Library" / "LaunchAgents" / f"{AGENT_LABEL}.plist"
        domain = f"gui/{os.getuid()}"
        return Target("launchd", path, render_plist(args, path_env, home),
                      load=(("launchctl", "bootstrap", domain, str(path)),),
                      unload=(("launchctl", "bootout", f"{domain}/{AGENT_LABEL}"),),
                      show=("launchctl", "print", f"{domain}/{AGENT_LABEL}"))
    if platform.startswith("linux"):
        base = Path(env["XDG_CONFIG_HOME"]) if env.get("XDG_CONFIG_HOME") else home / ".config"
        path = base / "systemd" / "user" / UNIT_NAME
        return Target("systemd", path, render_unit(args, path_env, guide_uri()),
                      load=(("systemctl", "--user", "daemon-reload"),
                            ("systemctl", "--user", "enable", "--now", UNIT_NAME)),
                      unload=(("systemctl", "--user", "disable", "--now", UNIT_NAME),),
                      show=("systemctl", "--user", "status", "--no-pager", UNIT_NAME))
    raise UserError(f"service install: {platform} is not supported (systemd on Linux, launchd on macOS); "
                    "run `followup run` from your own service manager")


Echo = Callable[[str], None]


def _run(cmd: Sequence[str], echo: Echo, *, check: bool = True) -> int:
    echo("$ " + " ".join(cmd))
    try:
        done = subprocess.run(list(cmd), check=False, capture_output=True, text=True)
    except FileNotFoundError as exc:
        raise UserError(f"{cmd[0]} not found: {exc.strerror}") from exc
    for line in (done.stdout + done.stderr).splitlines():
        echo("  " + line)
    if check and done.returncode != 0:
        raise UserError(f"`{' '.join(cmd)}` failed with exit status {done.returncode}")
    return done.returncode


def install(t: Target, echo: Echo, *, dry_run: bool = False, start: bool = True) -> None:
    """Write the service file (0644, parents created) and load it."""
    if dry_run:
        echo(f"# would write {t.path}:")
        echo(t.text.rstrip("\n"))
        for cmd in t.load if start else ():
            echo("# would run: " + " ".join(cmd))
        return
    t.path.parent.mkdir(parents=True, exist_ok=True)
    if t.kind == "launchd":
        (t.path.parent.parent / "Logs" / "followup").mkdir(parents=True, exist_ok=True)
    tmp = t.path.with_name(t.path.name + ".tmp")
    tmp.write_text(t.text, encoding="utf-8")
    tmp.chmod(0o644)
    tmp.replace(t.path)
    echo(f"wrote {t.path}")
    if start:
        for cmd in t.load:
            _run(cmd, echo)


def uninstall(t: Target, echo: Echo, *, dry_run: bool = False) -> None:
    """Stop and unload the service, then remove its file (a missing file is not an error)."""
    if dry_run:
        for cmd in t.unload:
            echo("# would run: " + " ".join(cmd))
        echo(f"# would remove {t.path}")
        return
    if not t.path.exists():
        echo(f"not installed: {t.path} does not exist")
        return
    for cmd in t.unload:
        _run(cmd, echo, check=False)  # already stopped is fine
    t.path.unlink()
    echo(f"removed {t.path}")
    if t.kind == "systemd":
        _run(("systemctl", "--user", "daemon-reload"), echo, check=False)


def status(t: Target, echo: Echo) -> int:
    """Whether the file is installed (and matches this installation), then the manager's view."""
    if not t.path.exists():
        echo(f"not installed ({t.path} missing): followup service install")
        return 3
    same = t.path.read_text(encoding="utf-8") == t.text
    echo(f"installed: {t.path}" + ("" if same else " (differs from this installation: re-run install)"))
    return _run(t.show, echo, check=False)
