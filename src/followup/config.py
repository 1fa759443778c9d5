"""Configuration: TOML parsed once into typed frozen objects.

Validation collects every problem and reports it as ``FILE: [section] key: what is wrong``.
Adapters never read this module's objects' files themselves; they get values passed in.
"""

from __future__ import annotations

import logging
import os
import re
import tomllib
from dataclasses import dataclass, field
from datetime import time, timedelta
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import platformdirs

from followup.errors import ConfigError

APP = "followup"

MailBackend = Literal["imap", "maildir"]
CalendarBackend = Literal["google", "caldav", "ics", "none"]
Security = Literal["ssl", "starttls", "none"]


@dataclass(frozen=True)
class Span:
    """A delay such as "30m", "48h", "7 days" or "5 business days"."""

    delta: timedelta = timedelta(0)
    business_days: int = 0

    def __str__(self) -> str:
        """As a person writes it: "5 business days", "3 days", "1 day 12 h", "30 min"."""
        if self.business_days:
            return f"{self.business_days} business day{'s' * (self.business_days != 1)}"
        total = int(self.delta.total_seconds())
        days, rest = divmod(total, 86400)
        hours, rest = divmod(rest, 3600)
        parts = [f"{days} day{'s' * (days != 1)}"] if days else []
        parts += [f"{hours} h"] if hours else []
        parts += [f"{rest // 60} min"] if rest // 60 else []
        return " ".join(parts) or "0 min"


_SPAN_RE = re.compile(
    r"^\s*(\d+(?:\.\d+)?)\s*(business\s+days?|bd|minutes?|mins?|m|hours?|h|days?|d|weeks?|w)\s*$",
    re.IGNORECASE,
)


def parse_span(text: str) -> Span:
    """Parse a span; raises ValueError with a short reason."""
    m = _SPAN_RE.match(text)
    if not m:
        raise ValueError(f"not a duration: {text!r} (e.g. '30m', '48h', '7 days', '5 business days')")
    n = float(m.group(1))
    unit = m.group(2).lower()
    if unit.startswith("business") or unit == "bd":
        if n != int(n):
            raise ValueError("business days must be a whole number")
        return Span(business_days=int(n))
    if unit in ("m", "min", "mins") or unit.startswith("minute"):
        return Span(delta=timedelta(minutes=n))
    if unit in ("h",) or unit.startswith("hour"):
        return Span(delta=timedelta(hours=n))
    if unit in ("d",) or unit.startswith("day"):
        return Span(delta=timedelta(days=n))
    return Span(delta=timedelta(weeks=n))


@dataclass(frozen=True)
class OwnerConfig:
    name: str = ""
    email: str = ""
    aliases: tuple[str, ...] = ()
    phone: str = ""
    timezone: str = "UTC"
    signature: str = ""
    country: str = ""  # ISO 3166 code whose public holidays are not business days; "" = none

    @property
    def addresses(self) -> tuple[str, ...]:
        return tuple(a for a in (self.email, *self.aliases) if a)

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)


@dataclass(frozen=True)
class MailboxConfig:
    backend: MailBackend = "maildir"
    host: str = ""
    port: int = 993
    security: Security = "ssl"
    username: str = ""
    password_command: str = ""
    password_keyring: bool = False  # the system keyring: service "followup", this username
    auth: str = "password"  # password | oauth2-google | oauth2-microsoft
    oauth_client_id: str = ""  # oauth2-microsoft: the app (client) id
    oauth_tenant: str = ""  # oauth2-microsoft: common | organizations | consumers | <tenant id>
    folders: tuple[str, ...] = ("INBOX",)
    drafts_folder: str = "auto"
    sent_folder: str = "auto"
    lookback_days: int = 60
    path: Path | None = None  # maildir root
    ca_file: Path | None = None  # extra CA bundle (self-signed servers)
    idle_timeout: float = 24 * 60.0  # seconds before IDLE is re-issued
    poll_interval: float = 300.0
    track_keyword: str = "followup"  # IMAP keyword (Gmail: label) the user sets to track a mail
    track_folder: str = ""  # mail moved/copied here is tracked; "" = none


@dataclass(frozen=True)
class CalendarConfig:
    backend: CalendarBackend = "ics"
    path: Path | None = None
    calendar_id: str = "primary"
    url: str = ""
    username: str = ""
    password_command: str = ""
    password_keyring: bool = False  # the system keyring: service "followup-calendar", this username
    calendar: str = "followup"
    client_secrets: Path | None = None  # google OAuth client file
    poll_interval: float = 300.0


@dataclass(frozen=True)
class FollowupConfig:
    thank_you_delay: Span = Span(delta=timedelta(minutes=30))
    thank_you_window: Span = Span(delta=timedelta(days=3))  # no draft later than this after the end
    first_call_after: Span = Span(business_days=5)
    callback_after: Span = Span(business_days=2)
    move_on_after: Span = Span(delta=timedelta(days=7))
    call_time: time = time(10, 0)
    call_minutes: int = 15
    handwritten_note: bool = False
    prep_reminder: bool = False
    template_dir: Path | None = None
    html_drafts: bool = False


@dataclass(frozen=True)
class DraftsConfig:
    # "first-name": "Dear José,"; "formal": "Dear Ms Müller," when the name carried an
    # honorific (Ms, Dr, Frau, …), else the full name ("Dear José Müller,")
    greeting: str = "first-name"


@dataclass(frozen=True)
class StateConfig:
    path: Path = field(default_factory=lambda: default_state_dir() / "state.db")


@dataclass(frozen=True)
class Config:
    owner: OwnerConfig = OwnerConfig()
    mailbox: MailboxConfig = MailboxConfig()
    calendar: CalendarConfig = CalendarConfig()
    followup: FollowupConfig = FollowupConfig()
    state: StateConfig = field(default_factory=StateConfig)
    source: Path | None = None
    drafts: DraftsConfig = DraftsConfig()


def default_config_path() -> Path:
    return Path(platformdirs.user_config_dir(APP)) / "config.toml"


def default_state_dir() -> Path:
    return Path(platformdirs.user_state_dir(APP))


def default_data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP))


def system_timezone() -> str:
    tz = os.environ.get("TZ", "").lstrip(":")
    if tz:
        try:
            ZoneInfo(tz)
            return tz
        except (ZoneInfoNotFoundError, ValueError):
            pass
    try:
        link = os.readlink("/etc/localtime")
        if "zoneinfo/" in link:
            name = link.split("zoneinfo/", 1)[1]
            ZoneInfo(name)
            return name
    except (OSError, ZoneInfoNotFoundError, ValueError):
        pass
    return "UTC"


class _Reader:
    """Pulls typed values out of one TOML table, collecting problems."""

    def __init__(self, section: str, table: Any, problems: list[str]) -> None:
        self.section = section
        self.problems = problems
        if not isinstance(table, dict):
            problems.append(f"[{section}]: must be a table")
            table = {}
        self.table: dict[str, Any] = table
        self.used: set[str] = set()

    def _bad(self, key: str, what: str) -> None:
        self.problems.append(f"[{self.section}] {key}: {what}")

    def get(self, key: str, typ: type | tuple[type, ...], default: Any) -> Any:
        self.used.add(key)
        if key not in self.table:
            return default
        value = self.table[key]
        if isinstance(value, bool) and typ is not bool and bool not in (
            typ if isinstance(typ, tuple) else (typ,)
        ):
            self._bad(key, f"expected {_typename(typ)}, got a boolean")
            return default
        if not isinstance(value, typ):
            self._bad(key, f"expected {_typename(typ)}, got {type(value).__name__}")
            return default
        return value

    def choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        value = self.get(key, str, default)
        if value not in choices:
            self._bad(key, f"must be one of {', '.join(choices)} (got {value!r})")
            return default
        return str(value)

    def strings(self, key: str, default: tuple[str, ...]) -> tuple[str, ...]:
        value = self.get(key, list, list(default))
        if not all(isinstance(v, str) for v in value):
            self._bad(key, "must be a list of strings")
            return default
        return tuple(value)

    def path(self, key: str) -> Path | None:
        value = self.get(key, str, None)
        if not value:
            return None
        return Path(os.path.expandvars(value)).expanduser()

    def span(self, key: str, default: Span) -> Span:
        value = self.get(key, str, None)
        if value is None:
            return default
        try:
            return parse_span(value)
        except ValueError as exc:
            self._bad(key, str(exc))
            return default

    def finish(self) -> None:
        for key in sorted(set(self.table) - self.used):
            self._bad(key, "unknown key")


def _typename(typ: type | tuple[type, ...]) -> str:
    names = {str: "a string", int: "an integer", bool: "true or false", list: "a list",
             float: "a number"}
    if isinstance(typ, tuple):
        return " or ".join(names.get(t, t.__name__) for t in typ)
    return names.get(typ, typ.__name__)


_TENANT_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$")  # a name, a GUID or a domain
_EMAIL_RE = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+$")


def _warn_if_open(path: Path) -> None:
    """One warning line when group or others can write the config: it names the
    ``password_command`` we run as you. (Readable by others is the usual dotfile mode and holds
    no secret — passwords come from that command — so it gets no line on every command.)"""
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        return
    if mode & 0o022:
        logging.getLogger(__name__).warning(
            "config file %s is writable by other users (mode %03o; its password_command is run "
            "as you); run: chmod 600 %s", path, mode, path)


def load_config(path: Path | None = None) -> Config:
    """Read and validate the config file; a missing default file gives the defaults."""
    explicit = path is not None
    path = path or default_config_path()
    if not path.exists():
        if explicit:
            raise ConfigError(f"{path}: no such file")
        return parse_config({}, None)
    _warn_if_open(path)
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror}") from exc
    return parse_config(data, path)


def known_keys() -> dict[str, set[str]]:
    """Every key the parser reads, by section (for the example config and its reference)."""
    readers: list[_Reader] = []
    parse_config({}, None, _readers=readers)
    out: dict[str, set[str]] = {}
    for r in readers:
        out.setdefault(r.section, set()).update(r.used)
    return out


def example_config() -> str:
    """The complete commented example config shipped with the package."""
    from importlib import resources

    return resources.files("followup").joinpath("data", "config.example.toml").read_text(encoding="utf-8")


def parse_config(data: dict[str, Any], source: Path | None, *,
                 _readers: list[_Reader] | None = None) -> Config:
    problems: list[str] = []

    def reader(section: str) -> _Reader:
        r = _Reader(section, data.get(section, {}), problems)
        if _readers is not None:
            _readers.append(r)
        return r

    known = {"owner", "mailbox", "calendar", "followup", "state", "drafts"}
    for key in sorted(set(data) - known):
        problems.append(f"[{key}]: unknown section")

    o = reader("owner")
    owner = OwnerConfig(
        name=o.get("name", str, ""),
        email=o.get("email", str, "").strip().lower(),
        aliases=tuple(a.strip().lower() for a in o.strings("aliases", ())),
        phone=o.get("phone", str, ""),
        timezone=o.get("timezone", str, "") or system_timezone(),
        signature=o.get("signature", str, ""),
    )
    for key, addr in [("email", owner.email)] + [("aliases", a) for a in owner.aliases]:
        if addr and not _EMAIL_RE.match(addr):
            o._bad(key, f"not an email address: {addr!r}")
    try:
        ZoneInfo(owner.timezone)
    except (ZoneInfoNotFoundError, ValueError):
        o._bad("timezone", f"unknown time zone {owner.timezone!r} (e.g. 'America/New_York')")
        owner = OwnerConfig(owner.name, owner.email, owner.aliases, owner.phone, "UTC",
                            owner.signature)
    owner = _with_country(o, owner)
    o.finish()

    m = reader("mailbox")
    backend = m.choice("backend", ("imap", "maildir"), "maildir")
    security = m.choice("security", ("ssl", "starttls", "none"), "ssl")
    port_default = 993 if security == "ssl" else 143
    mailbox = MailboxConfig(
        backend=backend,  # type: ignore[arg-type]
        host=m.get("host", str, ""),
        port=m.get("port", int, port_default),
        security=security,  # type: ignore[arg-type]
        username=m.get("username", str, ""),
        password_command=m.get("password_command", str, ""),
        password_keyring=m.get("password_keyring", bool, False),
        auth=m.choice("auth", ("password", "oauth2-google", "oauth2-microsoft"), "password"),
        oauth_client_id=m.get("oauth_client_id", str, "").strip(),
        oauth_tenant=m.get("oauth_tenant", str, "").strip(),
        folders=m.strings("folders", ("INBOX",)),
        drafts_folder=m.get("drafts_folder", str, "auto"),
        sent_folder=m.get("sent_folder", str, "auto"),
        lookback_days=m.get("lookback_days", int, 60),
        path=m.path("path"),
        ca_file=m.path("ca_file"),
        idle_timeout=float(m.get("idle_timeout", (int, float), 24 * 60.0)),
        poll_interval=float(m.get("poll_interval", (int, float), 300.0)),
        track_keyword=m.get("track_keyword", str, "followup").strip(),
        track_folder=m.get("track_folder", str, "").strip(),
    )
    if mailbox.track_keyword and not re.fullmatch(r"[A-Za-z0-9_.$-]+", mailbox.track_keyword):
        m._bad("track_keyword", f"an IMAP keyword is letters, digits and _.$- only "
                                f"(got {mailbox.track_keyword!r})")
    if not 0 < mailbox.port < 65536:
        m._bad("port", f"must be 1-65535 (got {mailbox.port})")
    if mailbox.lookback_days < 0:
        m._bad("lookback_days", "must not be negative")
    if backend == "imap":
        if not mailbox.host:
            m._bad("host", "required when backend = \"imap\"")
        if not mailbox.username:
            m._bad("username", "required when backend = \"imap\"")
        if mailbox.auth == "password" and not (mailbox.password_command or mailbox.password_keyring):
            m._bad("password_command", "required when backend = \"imap\" (or password_keyring = true, "
                   "or auth = \"oauth2-google\" / \"oauth2-microsoft\")")
        if security == "none" and mailbox.host and not is_loopback(mailbox.host):
            m._bad("security", f"\"none\" sends the password in clear; only allowed for a "
                   f"loopback host (got {mailbox.host!r})")
    elif backend == "maildir" and mailbox.path is None and "mailbox" in data:
        m._bad("path", "required when backend = \"maildir\"")
    if mailbox.password_command and mailbox.password_keyring:
        m._bad("password_keyring", "set either password_command or password_keyring, not both")
    if mailbox.oauth_tenant and not _TENANT_RE.match(mailbox.oauth_tenant):
        m._bad("oauth_tenant", "expected common, organizations, consumers, a tenant id or a domain "
               f"(got {mailbox.oauth_tenant!r})")
    m.finish()

    c = reader("calendar")
    cal_backend = c.choice("backend", ("google", "caldav", "ics", "none"), "ics")
    calendar = CalendarConfig(
        backend=cal_backend,  # type: ignore[arg-type]
        path=c.path("path") or (default_data_dir() / "followup.ics"),
        calendar_id=c.get("calendar_id", str, "primary"),
        url=c.get("url", str, ""),
        username=c.get("username", str, ""),
        password_command=c.get("password_command", str, ""),
        password_keyring=c.get("password_keyring", bool, False),
        calendar=c.get("calendar", str, "followup"),
        client_secrets=c.path("client_secrets"),
        poll_interval=float(c.get("poll_interval", (int, float), 300.0)),
    )
    if cal_backend == "caldav" and not calendar.url:
        c._bad("url", "required when backend = \"caldav\"")
    if calendar.password_command and calendar.password_keyring:
        c._bad("password_keyring", "set either password_command or password_keyring, not both")
    c.finish()

    f = reader("followup")
    call_time_text = f.get("call_time", str, "10:00")
    call_time = time(10, 0)
    tm = re.fullmatch(r"(\d{1,2}):(\d{2})", call_time_text.strip())
    if tm and int(tm.group(1)) < 24 and int(tm.group(2)) < 60:
        call_time = time(int(tm.group(1)), int(tm.group(2)))
    else:
        f._bad("call_time", f"expected HH:MM, got {call_time_text!r}")
    follow = FollowupConfig(
        thank_you_delay=f.span("thank_you_delay", Span(delta=timedelta(minutes=30))),
        thank_you_window=f.span("thank_you_window", Span(delta=timedelta(days=3))),
        first_call_after=f.span("first_call_after", Span(business_days=5)),
        callback_after=f.span("callback_after", Span(business_days=2)),
        move_on_after=f.span("move_on_after", Span(delta=timedelta(days=7))),
        call_time=call_time,
        call_minutes=f.get("call_minutes", int, 15),
        handwritten_note=f.get("handwritten_note", bool, False),
        prep_reminder=f.get("prep_reminder", bool, False),
        template_dir=f.path("template_dir"),
        html_drafts=f.get("html_drafts", bool, False),
    )
    f.finish()

    d = reader("drafts")
    drafts = DraftsConfig(greeting=d.choice("greeting", ("first-name", "formal"), "first-name"))
    d.finish()

    s = reader("state")
    state_path = s.path("path")
    state = StateConfig(path=state_path) if state_path else StateConfig()
    s.finish()

    if problems:
        where = str(source) if source else "config"
        raise ConfigError(f"{where}: " + "; ".join(problems))
    return Config(owner=owner, mailbox=mailbox, calendar=calendar, followup=follow,
                  state=state, source=source, drafts=drafts)


def _with_country(o: _Reader, owner: OwnerConfig) -> OwnerConfig:
    """``[owner] country``: given (ISO 3166 alpha-2, "" or "none" for no holidays), else the
    country of the owner's time zone (tzdata's zone.tab)."""
    from dataclasses import replace

    from followup.workdays import country_for_zone, supported_countries

    given = o.get("country", str, None)
    if given is None:
        return replace(owner, country=country_for_zone(owner.timezone))
    code = given.strip().upper()
    if code in ("", "NONE"):
        return replace(owner, country="")
    if code not in supported_countries():
        o._bad("country", f"no public holidays known for {given!r} (an ISO 3166 code such as "
               "'US', 'DE', or \"none\")")
        return owner
    return replace(owner, country=code)


def is_loopback(host: str) -> bool:
    """127.0.0.0/8, ::1 (bracketed or not) or localhost: the only hosts that may see a password
    in clear (``security = "none"``) or serve as a test endpoint."""
    import ipaddress

    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
