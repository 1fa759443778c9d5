"""``followup auth google | microsoft | password``: sign in, or store a password, for the config.

Each flow shows something while it runs (a URL, a code, a question), so it takes ``echo`` (and
``ask`` for the password); the lines it returns are what to print once it is done.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from followup.config import load_config
from followup.errors import AuthError, ConfigError

Echo = Callable[[str], None]


def google(config_path: Path | None, *, gmail: bool, client_secrets: Path | None, echo: Echo) -> list[str]:
    """Google's installed-app flow (prints a URL); the token goes to the state dir."""
    from followup.google_oauth import authorize

    cfg = load_config(config_path)
    secrets = client_secrets or cfg.calendar.client_secrets
    if secrets is None:
        raise ConfigError(
            "[calendar] client_secrets: required for `followup auth google` (or pass --client-secrets FILE)"
        )
    echo("Open the URL below in a browser (on this machine, or forward the port over SSH).")
    path = authorize(secrets, cfg.state.path.parent, gmail=gmail)
    return [f"Google token stored in {path}"]


def microsoft(config_path: Path | None, *, client_id: str | None, tenant: str | None,
              echo: Echo) -> list[str]:
    """Microsoft's device-code flow (prints a URL and a code); the token cache goes to the state dir."""
    from followup.mailbox.microsoft_auth import DEFAULT_TENANT, authorize

    cfg = load_config(config_path)
    client = (client_id or cfg.mailbox.oauth_client_id).strip()
    if not client:
        raise ConfigError(
            "[mailbox] oauth_client_id: required for `followup auth microsoft` (or pass --client-id "
            "ID): the application (client) id of an app registered in Microsoft Entra, yours or your "
            "organisation's, with the delegated permission IMAP.AccessAsUser.All")
    path = authorize(client, (tenant or cfg.mailbox.oauth_tenant or DEFAULT_TENANT).strip(),
                     cfg.state.path.parent, echo, username=cfg.mailbox.username)
    out = [f"Microsoft token stored in {path}"]
    if cfg.mailbox.auth != "oauth2-microsoft":
        out.append('set [mailbox] auth = "oauth2-microsoft" in the config to use it')
    return out


def password(config_path: Path | None, section: str, *, ask: Callable[[str], str]) -> list[str]:
    """Ask for the mailbox (or CalDAV) password and store it in the system keyring."""
    from followup.secrets import KEYRING_SERVICE, KEYRING_SERVICE_CALENDAR, store_keyring_password

    config = load_config(config_path)
    if section == "mailbox":
        service, username, enabled = (KEYRING_SERVICE, config.mailbox.username,
                                      config.mailbox.password_keyring)
        where = f"{username}@{config.mailbox.host}" if config.mailbox.host else username
    else:
        service, username, enabled = (KEYRING_SERVICE_CALENDAR, config.calendar.username,
                                       config.calendar.password_keyring)
        where = f"{username} at {config.calendar.url}" if config.calendar.url else username
    if not username:
        raise ConfigError(f"[{section}] username: required to store a password in the keyring")
    try:
        secret = ask(f"Password for {where}: ")
    except EOFError:  # stdin closed, nothing typed
        secret = ""
    if not secret:
        raise AuthError("no password entered; nothing stored")
    backend = store_keyring_password(service, username, secret)
    out = [f"stored the {section} password for {username!r} in the system keyring ({backend}, "
           f"service {service!r})"]
    if not enabled:
        out.append(f"set [{section}] password_keyring = true in the config to use it")
    return out
