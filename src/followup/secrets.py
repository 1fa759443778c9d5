"""Every secret the backends need, resolved in one place and handed over as values.

- ``password_command`` (like mbsync's PassCmd): run without a shell — split as a shell would
  split it; only a command written in shell syntax (a pipe, ``$VAR``, ``~``, ``&&``…) is run
  by ``sh -c``, because that is what its author wrote. The first line of stdout is the
  secret. A failure reports the exit status only: stderr may echo the secret, so it is never
  shown or logged.
- the system keyring (``password_keyring = true``, the ``keyring`` library): service
  ``followup`` with the mailbox username, ``followup-calendar`` with the CalDAV username
  (two services, so one account name used for both may still have two passwords).
- OAuth2 access tokens for IMAP XOAUTH2: Google (``google_oauth.py``, shared with the
  calendar) and Microsoft (``mailbox/microsoft_auth.py``), as a function that returns a
  fresh token.

:func:`mailbox_login` and :func:`calendar_password` are what ``followup.backends`` calls when
it builds a backend: each secret is fetched once there, so a reconnect never runs the command
again (SIGHUP reloads the config and fetches them anew). Every failure is one AuthError line.
"""

from __future__ import annotations

import logging
import re
import shlex
import subprocess
from collections.abc import Callable
from dataclasses import dataclass

from followup.config import CalendarConfig, Config, MailboxConfig
from followup.errors import AuthError, ConfigError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "followup"  # [mailbox]: username = the mailbox username
KEYRING_SERVICE_CALENDAR = "followup-calendar"  # [calendar]: username = the CalDAV username
OAUTH_AUTHS = ("oauth2-google", "oauth2-microsoft")

# Characters that only mean something to a shell: pipes, redirections, variables, globs…
_SHELL_SYNTAX = re.compile(r"[|&;<>()$`*?~{}\[\]\n]|\\")


def command_argv(command: str, what: str = "password_command") -> list[str]:
    """The argv for ``command``: split without a shell unless it uses shell syntax."""
    if _SHELL_SYNTAX.search(command):
        return ["sh", "-c", command]
    try:
        argv = shlex.split(command)
    except ValueError as exc:  # unbalanced quotes
        raise ConfigError(f"{what}: cannot split {command!r}: {exc}") from exc
    if not argv:
        raise ConfigError(f"{what}: empty")
    return argv


def run_password_command(command: str, *, what: str = "password_command", timeout: float = 60) -> str:
    """Run the command and return the first line of its stdout; one-line AuthError on failure.

    The error names the program and its exit status, never its output.
    """
    argv = command_argv(command, what)
    try:
        proc = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True, timeout=timeout,
                              check=False)
    except FileNotFoundError as exc:
        raise AuthError(f"{what}: program not found: {argv[0]}") from exc
    except PermissionError as exc:
        raise AuthError(f"{what}: cannot run {argv[0]}: permission denied") from exc
    except subprocess.TimeoutExpired as exc:
        raise AuthError(f"{what}: {argv[0]} did not finish within {timeout:.0f} s") from exc
    except OSError as exc:
        raise AuthError(f"{what}: cannot run {argv[0]} ({type(exc).__name__})") from exc
    if proc.returncode != 0:
        raise AuthError(f"{what}: {argv[0]} exited with status {proc.returncode}")
    lines = proc.stdout.decode("utf-8", "replace").splitlines()
    secret = lines[0].strip("\r") if lines else ""
    if not secret:
        raise AuthError(f"{what}: {argv[0]} printed nothing")
    log.debug("%s: got a secret from %s", what, argv[0])
    return secret


def keyring_password(service: str, username: str, *, what: str, section: str) -> str:
    """The password stored in the system keyring; one-line AuthError when there is none."""
    import keyring
    import keyring.errors

    if not username:
        raise ConfigError(f"[{section}] username: required for password_keyring")
    try:
        secret = keyring.get_password(service, username)
    except keyring.errors.KeyringError as exc:
        raise AuthError(f"{what}: the system keyring is not usable ({type(exc).__name__})") from exc
    if not secret:
        raise AuthError(f"{what}: no password for {username!r} (service {service!r}) in the system "
                        f"keyring; run `followup auth password {section}`")
    log.debug("%s: got a secret from the keyring (%s)", what, type(keyring.get_keyring()).__name__)
    return secret


def store_keyring_password(service: str, username: str, secret: str) -> str:
    """Store ``secret``; returns the keyring backend's name. One-line AuthError on failure."""
    import keyring
    import keyring.errors

    try:
        keyring.set_password(service, username, secret)
    except keyring.errors.KeyringError as exc:
        raise AuthError(f"cannot store the password: the system keyring is not usable "
                        f"({type(exc).__name__})") from exc
    return type(keyring.get_keyring()).__name__


def mailbox_password(cfg: MailboxConfig) -> str:
    """The IMAP password from ``[mailbox] password_keyring`` or ``password_command``."""
    if cfg.password_keyring:
        return keyring_password(KEYRING_SERVICE, cfg.username, what="[mailbox] password_keyring",
                                section="mailbox")
    if not cfg.password_command:
        raise ConfigError("[mailbox] password_command: required (or password_keyring = true)")
    return run_password_command(cfg.password_command, what="[mailbox] password_command")


def calendar_password(cfg: CalendarConfig) -> str:
    """The CalDAV password; "" when neither a command nor the keyring is configured."""
    if cfg.password_keyring:
        return keyring_password(KEYRING_SERVICE_CALENDAR, cfg.username,
                                what="[calendar] password_keyring", section="calendar")
    if not cfg.password_command:
        return ""
    return run_password_command(cfg.password_command, what="[calendar] password_command")


@dataclass(frozen=True)
class MailboxLogin:
    """What the IMAP login needs: a password (fetched once) or an OAuth2 token source."""

    password: str | None = None
    token_provider: Callable[[], str] | None = None


def mailbox_login(config: Config) -> MailboxLogin:
    """Fetch the mailbox secret once: the password, or the OAuth2 token source."""
    cfg = config.mailbox
    if cfg.backend != "imap":
        return MailboxLogin()
    state_dir = config.state.path.parent
    if cfg.auth == "oauth2-google":
        from followup.google_oauth import google_token_provider

        return MailboxLogin(token_provider=google_token_provider(state_dir))
    if cfg.auth == "oauth2-microsoft":
        from followup.mailbox.microsoft_auth import microsoft_token_provider

        return MailboxLogin(token_provider=microsoft_token_provider(
            state_dir, cfg.username, client_id=cfg.oauth_client_id, tenant=cfg.oauth_tenant))
    return MailboxLogin(password=mailbox_password(cfg))
