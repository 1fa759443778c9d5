"""``followup check``: the config and connectivity doctor.

Loads the config (a bad one is a ConfigError: one line, exit 2), then runs each check and
returns one result per check, ``ok`` or ``FAIL`` plus the reason (the CLI prints a line
each). Exit 0 when all are ok, 1 otherwise. Nothing is written anywhere: the mailbox and
the calendar are only read.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from followup.config import Config, load_config
from followup.errors import Error
from followup.mailbox.base import Mailbox
from followup.state import MemoryState

CALENDAR_READ_LIMIT = 500  # a read proves access; no need to page through years of events


@dataclass(frozen=True)
class Result:
    name: str
    ok: bool
    detail: str

    def line(self) -> str:
        return f"{'ok  ' if self.ok else 'FAIL'}  {self.name}: {self.detail}"


class _Failed(Exception):
    """A check's reason for failing (already one line)."""


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    if isinstance(exc, Error | _Failed) and text:
        return text
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def check_owner(config: Config) -> str:
    if not config.owner.email:
        raise _Failed("[owner] email is not set: the program cannot tell your mail from others'")
    aliases = f" (+{len(config.owner.aliases)} aliases)" if config.owner.aliases else ""
    return config.owner.email + aliases


def check_timezone(config: Config) -> str:
    zone = config.owner.zone  # validated when the config was loaded
    offset = datetime.now(UTC).astimezone(zone).strftime("%z")
    return f"{config.owner.timezone} (UTC{offset[:3]}:{offset[3:]} now)"


def check_state_dir(config: Config) -> str:
    directory = config.state.path.parent
    probe = directory
    while not probe.exists():
        if probe.parent == probe:
            raise _Failed(f"{directory}: no existing parent directory")
        probe = probe.parent
    if not probe.is_dir():
        raise _Failed(f"{probe} is not a directory")
    if not os.access(probe, os.W_OK | os.X_OK):
        raise _Failed(f"{probe} is not writable")
    if probe != directory:
        return f"{directory} (will be created)"
    if config.state.path.exists() and not os.access(config.state.path, os.R_OK | os.W_OK):
        raise _Failed(f"{config.state.path} exists but is not readable and writable")
    return str(directory)


def check_maildir_layout(config: Config) -> str:
    root = config.mailbox.path
    if root is None:
        raise _Failed("[mailbox] path is not set")
    missing = [sub for sub in ("cur", "new", "tmp") if not (root / sub).is_dir()]
    if not root.is_dir():
        raise _Failed(f"{root}: no such directory")
    if missing:
        raise _Failed(f"{root} is not a Maildir: missing {', '.join(missing)}/")
    return f"{root} has cur/ new/ tmp/"


def open_mailbox_checked(config: Config) -> tuple[Mailbox, str]:
    """Open the mailbox (for IMAP: connect and log in); returns it and the detail line."""
    from followup.backends import open_mailbox

    mailbox = open_mailbox(config)  # connects lazily: the first operation logs in
    try:
        mailbox.has_draft("followup-check-probe")  # a cheap read: login, find Drafts, search it
    except BaseException:
        mailbox.close()
        raise
    where = (f"{config.mailbox.username}@{config.mailbox.host}:{config.mailbox.port}"
             if config.mailbox.backend == "imap" else str(config.mailbox.path))
    return mailbox, f"{config.mailbox.backend} {where}: " + (
        "login ok" if config.mailbox.backend == "imap" else "readable")


def check_drafts(config: Config, mailbox: Mailbox) -> str:
    """Find the Drafts folder (the mailbox check already searched it); writes nothing."""
    wanted = config.mailbox.drafts_folder
    if config.mailbox.backend == "maildir":
        from followup.mailbox.maildir import folder_dir

        name = wanted if wanted != "auto" else "Drafts"
        path = folder_dir(config.mailbox.path or Path(), name)
        found: str | None = str(path) if (path / "cur").is_dir() else None
    else:
        finder = getattr(mailbox, "drafts_folder", None)
        value = finder() if callable(finder) else None
        found = value if isinstance(value, str) else None
    if found is None:
        return (f"none yet; {wanted if wanted != 'auto' else 'Drafts'!r} will be created with the "
                "first draft")
    return f"{found} (searched)"


def check_calendar(config: Config) -> str:
    from followup.backends import open_calendar
    from followup.calendar_sync import CalendarMissing

    if config.calendar.backend == "none":
        return "none configured (call events are recorded, not written)"
    try:
        calendar = open_calendar(config, create=False)  # a check writes nothing
    except CalendarMissing:
        return (f"caldav {config.calendar.url}: calendar {config.calendar.calendar!r} not there yet; "
                "`followup run` creates it")
    if calendar is None:
        return "none configured"
    try:
        count = sum(1 for _ in itertools.islice(calendar.changes(MemoryState()), CALENDAR_READ_LIMIT))
    finally:
        calendar.close()
    where = {"ics": str(config.calendar.path), "caldav": config.calendar.url,
             "google": config.calendar.calendar_id}.get(config.calendar.backend, "")
    more = "+" if count >= CALENDAR_READ_LIMIT else ""
    noun = "event" if count == 1 else "events"
    return f"{config.calendar.backend} {where}: read {count}{more} {noun} (followup's own not counted)"


def check_template(config: Config) -> str:
    from followup.engine.drafts import DraftInput, DraftWriter

    now = datetime.now(UTC)
    writer = DraftWriter.from_config(config)
    msg = writer.build(DraftInput(key="followup-check", to_email="sam.sample@company.example",
                                  to_name="Sam Sample", company="Example Company",
                                  position="Software Engineer", interview_start=now - timedelta(hours=2)),
                       now)
    body = msg.get_body(("plain", "html"))
    text = body.get_content() if body is not None else ""
    if not text.strip():
        raise _Failed("the thank-you template rendered an empty body")
    return f"thank-you draft renders (subject {msg['Subject']!r})"


def run_checks(config: Config) -> list[Result]:
    results: list[Result] = []

    def run(name: str, fn: Callable[[], str]) -> bool:
        try:
            detail = fn()
        except Exception as exc:  # a doctor reports every failure as one line and goes on
            results.append(Result(name, False, _one_line(exc)))
            return False
        results.append(Result(name, True, detail))
        return True

    run("owner address", lambda: check_owner(config))
    run("timezone", lambda: check_timezone(config))
    run("state directory", lambda: check_state_dir(config))
    layout_ok = True
    if config.mailbox.backend == "maildir":
        layout_ok = run("maildir", lambda: check_maildir_layout(config))
    if layout_ok:
        opened: list[Mailbox] = []

        def open_it() -> str:
            mailbox, detail = open_mailbox_checked(config)
            opened.append(mailbox)
            return detail

        if run("mailbox", open_it):
            try:
                run("drafts folder", lambda: check_drafts(config, opened[0]))
            finally:
                opened[0].close()
    run("calendar", lambda: check_calendar(config))
    run("template", lambda: check_template(config))
    return results


@dataclass(frozen=True)
class Checked:
    """Every check's result, and the config file they ran on (None: the defaults)."""

    source: Path | None
    results: list[Result]

    @property
    def exit_code(self) -> int:
        return 0 if all(r.ok for r in self.results) else 1

    def lines(self) -> list[str]:
        """One line per check, between the config's line and the verdict."""
        failed = sum(not r.ok for r in self.results)
        tried = {r.name for r in self.results}
        untried = [n for n in ("mailbox", "drafts folder") if n not in tried]
        skipped = f"not tried: {', '.join(untried)} (after the failure above); " if untried else ""
        verdict = (f"{skipped}{failed} of {len(self.results)} checks failed" if failed
                   else "all checks passed")
        return [f"config: {self.source or 'defaults (no config file)'}",
                *(r.line() for r in self.results), verdict]


def check(config_path: Path | None) -> Checked:
    """Run every check (a bad config is a ConfigError: one line, exit 2)."""
    config = load_config(config_path)
    return Checked(config.source, run_checks(config))
