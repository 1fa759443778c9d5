"""``followup init``: write a config from a few answers (asked, or given as flags), then check it.

``config_text`` is pure (answers in, TOML out); ``run_init`` asks what is missing through the
``ask`` function the CLI passes in (nothing here imports click), validates the result with the
same parser ``run`` uses, writes the file 0600 (atomically, never over an existing file
unless ``force``), then runs ``followup check``.
"""

from __future__ import annotations

import json
import os
import pwd
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from followup.config import default_config_path, parse_config, system_timezone
from followup.errors import ConfigError, UserError
from followup.fsutil import write_private
from followup.providers import CALDAV, CALDAV_CHOICES, CALENDAR_CHOICES, MAIL, MAIL_CHOICES

Echo = Callable[[str], None]
# ask(question, default, choices) -> answer; choices None means free text
Ask = Callable[[str, str | None, tuple[str, ...] | None], str]


@dataclass(frozen=True)
class Answers:
    email: str = ""
    name: str = ""
    aliases: tuple[str, ...] = ()
    timezone: str = ""
    country: str = ""
    provider: str = ""  # a key of providers.MAIL, "imap" or "maildir"
    host: str = ""
    port: int | None = None
    security: str = ""
    username: str = ""
    password_command: str = ""
    keyring: bool = False  # the password in the system keyring instead of a command
    oauth_client_id: str = ""  # Microsoft: the app registration's client id
    gmail_auth: str = "oauth"  # oauth | app-password
    maildir: str = ""
    calendar: str = ""  # ics | google | caldav | none
    caldav_provider: str = ""
    caldav_url: str = ""
    caldav_username: str = ""
    caldav_password_command: str = ""
    ics_path: str = ""
    extra_folders: tuple[str, ...] = field(default_factory=tuple)


def _q(value: str) -> str:
    """A TOML basic string (JSON's escapes are valid TOML)."""
    return json.dumps(value, ensure_ascii=False)


def _list(values: tuple[str, ...]) -> str:
    return "[" + ", ".join(_q(v) for v in values) + "]"


def detected_name() -> str:
    """The account's full name from the password database, if one is recorded."""
    try:
        return pwd.getpwuid(os.getuid()).pw_gecos.split(",")[0].strip()
    except (KeyError, AttributeError):
        return ""


def config_text(a: Answers) -> str:
    """The config file for these answers (the keys of docs/config.md)."""
    lines = ["# written by `followup init`; every key: docs/config.md, or `followup config example`",
             "", "[owner]", f"name = {_q(a.name)}", f"email = {_q(a.email)}"]
    if a.aliases:
        lines.append(f"aliases = {_list(a.aliases)}")
    lines.append(f"timezone = {_q(a.timezone or system_timezone())}")
    if a.country:
        lines.append(f"country = {_q(a.country)}")
    lines += ["", "[mailbox]"]
    if a.provider == "maildir":
        lines += ['backend = "maildir"', f"path = {_q(a.maildir)}"]
    else:
        preset = MAIL.get(a.provider)
        host = a.host or (preset.host if preset else "")
        security = a.security or (preset.security if preset else "ssl")
        port = a.port or (preset.port if preset else (993 if security == "ssl" else 143))
        auth = preset.auth if preset else "password"
        if a.provider == "gmail" and a.gmail_auth == "app-password":
            auth = "password"
        lines += ['backend = "imap"', f"host = {_q(host)}", f"port = {port}",
                  f"security = {_q(security)}", f"username = {_q(a.username or a.email)}"]
        if auth == "password":
            lines.append("password_keyring = true" if a.keyring else
                         f"password_command = {_q(a.password_command)}")
        else:
            lines.append(f"auth = {_q(auth)}")
            if auth == "oauth2-microsoft" and a.oauth_client_id:
                lines.append(f"oauth_client_id = {_q(a.oauth_client_id)}")
        if preset and preset.drafts_folder != "auto":
            lines.append(f"drafts_folder = {_q(preset.drafts_folder)}")
        if preset and preset.sent_folder != "auto":
            lines.append(f"sent_folder = {_q(preset.sent_folder)}")
    lines.append(f"folders = {_list(('INBOX', *a.extra_folders))}")
    lines += ["", "[calendar]", f"backend = {_q(a.calendar or 'ics')}"]
    if a.calendar in ("", "ics") and a.ics_path:
        lines.append(f"path = {_q(a.ics_path)}")
    elif a.calendar == "caldav":
        lines += [f"url = {_q(a.caldav_url)}", f"username = {_q(a.caldav_username or a.username or a.email)}"]
        command = a.caldav_password_command or a.password_command
        lines.append(f"password_command = {_q(command)}" if command else "password_keyring = true")
    return "\n".join(lines) + "\n"


def _caldav_url(provider: str, host: str) -> str:
    template = CALDAV.get(provider, "")
    return template.format(host=host) if template else ""


def complete(a: Answers, ask: Ask | None) -> Answers:
    """Fill what is missing: by asking (interactive), else with a one-line error naming the flag."""

    def need(value: str, question: str, flag: str, default: str | None = None,
             choices: tuple[str, ...] | None = None) -> str:
        if value:
            return value
        if ask is None:
            if default is not None:
                return default
            raise UserError(f"init: {flag} is needed with --non-interactive")
        return ask(question, default, choices).strip()

    email = need(a.email, "Your email address", "--email")
    a = replace(a, email=email.lower())
    a = replace(a, name=need(a.name, "Your name (signs the drafts)", "--name", detected_name()))
    a = replace(a, timezone=need(a.timezone, "Your time zone", "--timezone", system_timezone()))
    domain = a.email.rpartition("@")[2]
    guess = {"gmail.com": "gmail", "googlemail.com": "gmail", "outlook.com": "microsoft",
             "hotmail.com": "microsoft", "live.com": "microsoft", "fastmail.com": "fastmail",
             "icloud.com": "icloud", "me.com": "icloud", "yahoo.com": "yahoo"}.get(domain, "imap")
    a = replace(a, provider=need(a.provider, "Mail provider", "--provider", guess, MAIL_CHOICES))
    if a.provider not in MAIL_CHOICES:
        raise UserError(f"init: unknown provider {a.provider!r} (one of {', '.join(MAIL_CHOICES)})")
    if a.provider == "maildir":
        a = replace(a, maildir=need(a.maildir, "Maildir path", "--maildir"))
    else:
        if a.provider == "imap":
            a = replace(a, host=need(a.host, "IMAP server", "--host"))
        a = replace(a, username=need(a.username, "IMAP user name", "--username", a.email))
        preset = MAIL.get(a.provider)
        uses_password = preset is None or preset.auth == "password" or (
            a.provider == "gmail" and a.gmail_auth == "app-password")
        if uses_password and not a.keyring:
            a = replace(a, password_command=need(
                a.password_command, "A command that prints the password (e.g. pass show mail/me)",
                "--password-command"))
    a = replace(a, calendar=need(a.calendar, "Calendar", "--calendar", "ics", CALENDAR_CHOICES))
    if a.calendar not in CALENDAR_CHOICES:
        raise UserError(f"init: unknown calendar {a.calendar!r} (one of {', '.join(CALENDAR_CHOICES)})")
    if a.calendar == "caldav" and not a.caldav_url:
        default_provider = a.provider if a.provider in CALDAV else "other"
        a = replace(a, caldav_provider=need(a.caldav_provider, "CalDAV provider", "--caldav-provider",
                                            default_provider, CALDAV_CHOICES))
        server = ""
        if a.caldav_provider == "nextcloud":
            server = need(a.host, "Nextcloud server (host name)", "--host")
        url = _caldav_url(a.caldav_provider, server)
        a = replace(a, caldav_url=need(url, "CalDAV URL", "--caldav-url"))
    return a


def write_config(path: Path, text: str, *, force: bool) -> None:
    """Validate ``text`` as ``run`` would, then write it 0600 (temp file + rename)."""
    try:
        parse_config(tomllib.loads(text), path)
    except tomllib.TOMLDecodeError as exc:  # pragma: no cover - config_text writes valid TOML
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    if path.exists() and not force:
        raise UserError(f"init: {path} exists; use --force to replace it (or --config to write another)")
    write_private(path, text)


def run_init(config_path: Path | None, answers: Answers, *, ask: Ask | None, echo: Echo,
             force: bool = False, check: bool = True) -> int:
    path = config_path or default_config_path()
    if path.exists() and not force:
        raise UserError(f"init: {path} exists; use --force to replace it (or --config to write another)")
    a = complete(answers, ask)
    write_config(path, config_text(a), force=force)
    echo(f"wrote {path} (mode 600)")
    preset = MAIL.get(a.provider)
    if preset and preset.note and (preset.auth != "password" or a.password_command):
        echo(preset.note)
    if preset and preset.auth == "oauth2-google" and a.gmail_auth != "app-password":
        echo(f"next: followup --config {path} auth google --gmail")
        return 0
    if preset and preset.auth == "oauth2-microsoft":
        client = a.oauth_client_id or "<your app registration's client id>"
        echo(f"next: followup --config {path} auth microsoft --client-id {client}")
        return 0
    calendar_keyring = a.calendar == "caldav" and not (a.caldav_password_command or a.password_command)
    if a.keyring or calendar_keyring:
        steps = ([f"followup --config {path} auth password"] if a.keyring else []) + (
            [f"followup --config {path} auth password calendar"] if calendar_keyring else [])
        echo("next (stores the password in the system keyring): " + " && ".join(steps))
        return 0
    if a.calendar == "google":
        echo(f"next: followup --config {path} auth google (with [calendar] client_secrets set)")
        return 0
    if not check:
        return 0
    from followup.commands.check import check as run_check

    echo("checking it (followup check):")
    checked = run_check(path)
    for line in checked.lines():
        echo(line)
    return checked.exit_code
