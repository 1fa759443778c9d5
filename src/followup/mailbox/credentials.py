"""Secrets from a ``password_command`` (like mbsync's PassCmd) and connection-error wording."""

from __future__ import annotations

import ipaddress
import logging
import re
import shlex
import subprocess

from followup.errors import AuthError, ConfigError

log = logging.getLogger(__name__)

# Characters that only mean something to a shell: pipes, redirections, variables, globs…
_SHELL_SYNTAX = re.compile(r"[|&;<>()$`*?~{}\[\]\n]|\\")


def command_argv(command: str) -> list[str]:
    """The argv for ``command``: split without a shell unless it uses shell syntax."""
    if _SHELL_SYNTAX.search(command):
        return ["sh", "-c", command]
    try:
        argv = shlex.split(command)
    except ValueError as exc:  # unbalanced quotes
        raise ConfigError(f"password_command: cannot split {command!r}: {exc}") from exc
    if not argv:
        raise ConfigError("password_command: empty")
    return argv


def run_password_command(command: str, *, what: str = "password_command", timeout: float = 60) -> str:
    """Run the command and return the first line of its stdout; one-line AuthError on failure."""
    argv = command_argv(command)
    try:
        proc = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout,
                              check=False)
    except FileNotFoundError as exc:
        raise AuthError(f"{what}: program not found: {argv[0]}") from exc
    except PermissionError as exc:
        raise AuthError(f"{what}: cannot run {argv[0]}: permission denied") from exc
    except subprocess.TimeoutExpired as exc:
        raise AuthError(f"{what}: {argv[0]} did not finish within {timeout:.0f} s") from exc
    if proc.returncode != 0:
        # only the status: a failing secret helper may print the secret itself on stderr
        raise AuthError(f"{what}: {argv[0]} exited with status {proc.returncode}")
    lines = proc.stdout.decode("utf-8", "replace").splitlines()
    secret = lines[0].strip("\r") if lines else ""
    if not secret:
        raise AuthError(f"{what}: {argv[0]} printed nothing")
    log.debug("%s: got a secret from %s", what, argv[0])
    return secret


def is_loopback(host: str) -> bool:
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def one_line(text: object, limit: int = 300) -> str:
    """Server or library text squeezed onto one line."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    s = re.sub(r"\s+", " ", str(text)).strip()
    s = s.removeprefix("b'").removesuffix("'") if s.startswith("b'") else s
    return s[:limit]
