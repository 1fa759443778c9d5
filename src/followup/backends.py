"""The one place that builds the backends, as vdirsyncer's ``storage_instance_from_config``.

The config is read here, every secret is resolved here once (``followup.secrets``: a password
command, the keyring, an OAuth token), and each adapter is built from plain values: no
adapter sees the config file or fetches a secret itself. A reconnect reuses what was
resolved; SIGHUP reloads the config and builds the backends anew.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup.calendar_sync.base import Calendar
from followup.config import CalendarConfig, Config, MailboxConfig, default_data_dir
from followup.errors import ConfigError
from followup.mailbox.base import Mailbox
from followup.secrets import MailboxLogin, calendar_password, mailbox_login

if TYPE_CHECKING:
    from followup.mailbox.imap import ImapMailbox
    from followup.mailbox.maildir import MaildirMailbox

TEST_GOOGLE_ENDPOINT_ENV = "FOLLOWUP_TEST_GOOGLE_ENDPOINT"


def open_mailbox(config: Config) -> Mailbox:
    """The configured mailbox, its secret fetched now. Nothing connects until the first call.

    Raises ConfigError / AuthError as one-line errors.
    """
    return mailbox_from(config.mailbox, mailbox_login(config))


def mailbox_from(cfg: MailboxConfig, login: MailboxLogin) -> Mailbox:
    if cfg.backend == "imap":
        return imap_from(cfg, login)
    return maildir_from(cfg)


def imap_from(cfg: MailboxConfig, login: MailboxLogin, **tuning: Any) -> ImapMailbox:
    """An ImapMailbox from ``[mailbox]`` and the resolved secret; ``tuning``: timeouts and
    batch size (tests, benchmarks)."""
    if login.password is None and login.token_provider is None:
        if cfg.auth.startswith("oauth2-"):
            who = cfg.auth.removeprefix("oauth2-")
            raise ConfigError(f"[mailbox] auth = \"{cfg.auth}\" needs the {who.capitalize()} sign-in "
                              f"(run `followup auth {who}`)")
        raise ConfigError("[mailbox] password_command: required (or password_keyring = true)")
    from followup.mailbox.imap import ImapMailbox

    return ImapMailbox(
        cfg.host, cfg.port, cfg.username, password=login.password,
        token_provider=login.token_provider, security=cfg.security, ca_file=cfg.ca_file,
        folders=cfg.folders, drafts_folder=cfg.drafts_folder, sent_folder=cfg.sent_folder,
        track_folder=cfg.track_folder, track_keyword=cfg.track_keyword,
        idle_timeout=cfg.idle_timeout, poll_interval=cfg.poll_interval, **tuning)


def maildir_from(cfg: MailboxConfig, **tuning: Any) -> MaildirMailbox:
    if cfg.path is None:
        raise ConfigError("[mailbox] path: required when backend = \"maildir\"")
    from followup.mailbox.maildir import MaildirMailbox

    return MaildirMailbox(cfg.path, folders=cfg.folders, drafts_folder=cfg.drafts_folder,
                          sent_folder=cfg.sent_folder, track_folder=cfg.track_folder, **tuning)


def open_calendar(config: Config, *, create: bool = True) -> Calendar | None:
    """The configured calendar, connected; None for ``backend = "none"``.

    ``create=False`` (dry runs, ``check``) never creates a missing CalDAV calendar:
    CalendarMissing instead. Raises AuthError / ConnectionFailed / AccountError / ConfigError
    as one-line errors.
    """
    return calendar_from(config.calendar, config.state.path.parent, config.owner.timezone,
                         create=create)


def calendar_from(cfg: CalendarConfig, state_dir: Path, default_tz: str, *,
                  create: bool = True) -> Calendar | None:
    if cfg.backend == "none":
        return None
    if cfg.backend == "ics":
        from followup.calendar_sync.ics_file import IcsFileCalendar

        return IcsFileCalendar(cfg.path or default_data_dir() / "followup.ics", default_tz)
    if cfg.backend == "caldav":
        from followup.calendar_sync.dav import CalDavCalendar

        return CalDavCalendar(cfg.url, cfg.username, calendar_password(cfg), cfg.calendar, default_tz,
                              create=create)
    if cfg.backend == "google":
        from followup.calendar_sync.google import GoogleCalendar
        from followup.google_oauth import calendar_credentials

        endpoint, token_uri = _test_google_endpoint()
        return GoogleCalendar(cfg.calendar_id, credentials=calendar_credentials(state_dir, token_uri),
                              default_tz=default_tz, api_endpoint=endpoint)
    raise ValueError(f"unknown calendar backend {cfg.backend!r}")


def _test_google_endpoint() -> tuple[str | None, str | None]:
    """``FOLLOWUP_TEST_GOOGLE_ENDPOINT=http://127.0.0.1:PORT`` (tests only, see test_hooks)
    points the Google backend at a local Calendar v3 emulator: ``PORT/calendar/v3/`` for the
    API, ``PORT/token`` for token refresh."""
    from followup.test_hooks import loopback_endpoint

    base = loopback_endpoint(TEST_GOOGLE_ENDPOINT_ENV)
    if base is None:
        return None, None
    return f"{base}/calendar/v3/", f"{base}/token"
