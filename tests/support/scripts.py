"""Small executables the tests hand to followup as a password_command."""

from __future__ import annotations

import stat
import sys
from pathlib import Path


def no_shell_password_command(tmp_path: Path) -> Path:
    """A password command that prints its first argument, and the line 'ignored second line',
    only when its parent is not a shell (it fails when started through sh/bash/dash)."""
    script = tmp_path / "pass-cmd"
    script.write_text(
        f"#!{sys.executable} -IS\n"
        "import os, sys\n"
        "comm = open(f'/proc/{os.getppid()}/comm').read().strip()\n"
        "if comm in ('sh', 'bash', 'dash'):\n"
        "    sys.exit('started by a shell')\n"
        "print(sys.argv[1]); print('ignored second line')\n"
    )
    script.chmod(script.stat().st_mode | stat.S_IXUSR)
    return script
