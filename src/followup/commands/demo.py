"""``followup demo``: the embedded default on sample mails, with no server and no network.

Builds a Maildir (the sample mails shipped in ``followup/demo/``), a local .ics calendar and
a config in a temporary directory (or ``--dir``), then runs ``run_cycle`` at fixed times
along the whole timeline and prints what happened: the interview found, each thank-you
draft (To, Subject, first lines), each calendar event (title, local time), the callback,
the move-on marker and the close.
"""

from __future__ import annotations

import email
import email.policy
import mailbox
import os
import shutil
import tempfile
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, tzinfo
from email.message import EmailMessage
from email.utils import parsedate_to_datetime
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

from followup.config import Config, load_config
from followup.errors import UserError
from followup.mailbox.base import KEY_HEADER
from followup.mailbox.draft_ids import is_ours

DEMO_TZ = "America/Chicago"
OWNER_NAME = "Jordan Lee"
OWNER_EMAIL = "jordan.lee@mailbox.example"
OWNER_PHONE = "+1 312 555 0199"


@dataclass(frozen=True)
class Stage:
    title: str
    local: datetime  # naive, in DEMO_TZ

    def now(self) -> datetime:
        return self.local.replace(tzinfo=ZoneInfo(DEMO_TZ))


# The interview is Monday 9 March 2026, 14:00-16:00 in Chicago; the recruiter writes at
# 17:42 "call me in four days" (Friday the 13th). Calls are at 10:00 local time.
STAGES = (
    Stage("the evening after the interview", datetime(2026, 3, 9, 19, 0)),
    Stage("the call day, after the call slot (no reply yet)", datetime(2026, 3, 13, 10, 30)),
    Stage("after the callback slot (still no reply)", datetime(2026, 3, 17, 10, 30)),
    Stage("a week after the callback (still nothing)", datetime(2026, 3, 24, 10, 30)),
)

CONFIG_TEMPLATE = """\
# written by `followup demo`: the embedded default (Maildir + local .ics + SQLite)
[owner]
name = "{name}"
email = "{email}"
phone = "{phone}"
timezone = "{tz}"

[mailbox]
backend = "maildir"
path = "{mail}"

[calendar]
backend = "ics"
path = "{ics}"

[followup]
thank_you_delay = "30m"
call_time = "10:00"

[state]
path = "{state}"
"""


def demo_mails() -> list[tuple[str, bytes]]:
    """The sample mails shipped as package data, by file name."""
    folder = resources.files("followup").joinpath("demo")
    return sorted((entry.name, entry.read_bytes()) for entry in folder.iterdir()
                  if entry.name.endswith(".eml"))


def _toml_str(path: Path) -> str:
    return str(path).replace("\\", "\\\\").replace('"', '\\"')


def build_demo(base: Path) -> Path:
    """Create the Maildir, the calendar location and config.toml under ``base``; returns the config."""
    mail_root = base / "Mail"
    md = mailbox.Maildir(str(mail_root), create=True)
    for folder in ("Drafts", "Sent"):
        md.add_folder(folder)
    for _name, raw in demo_mails():
        key = md.add(raw)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        date = msg.get("Date")
        if date:  # delivered when it was sent: the file's mtime is the delivery time
            stamp = parsedate_to_datetime(str(date)).timestamp()
            os.utime(mail_root / "new" / key, (stamp, stamp))
    config_path = base / "config.toml"
    config_path.write_text(CONFIG_TEMPLATE.format(
        name=OWNER_NAME, email=OWNER_EMAIL, phone=OWNER_PHONE, tz=DEMO_TZ, mail=_toml_str(mail_root),
        ics=_toml_str(base / "calendar.ics"), state=_toml_str(base / "state" / "state.db")),
        encoding="utf-8")
    return config_path


def drafts_in(mail_root: Path) -> dict[str, EmailMessage]:
    """Every draft of ours (our Message-ID, or an old draft's key header), in any folder of the
    Maildir, by that id (read only)."""
    found: dict[str, EmailMessage] = {}
    folders = [mail_root, *sorted(p for p in mail_root.glob(".*") if p.is_dir())]
    for folder in folders:
        for path in sorted([*folder.glob("cur/*"), *folder.glob("new/*")]):
            msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
            mid = str(msg.get("Message-ID", "")).strip()
            action_key = mid if is_ours(mid) else msg.get(KEY_HEADER)
            if action_key:
                found[str(action_key)] = msg
    return found


def _local(t: datetime, tz: tzinfo) -> str:
    return t.astimezone(tz).strftime("%a %d %b %Y %H:%M %Z")


def _first_lines(msg: EmailMessage, n: int = 3, width: int = 100) -> list[str]:
    body = msg.get_body(("plain", "html"))
    text = body.get_content() if isinstance(body, EmailMessage) else ""
    lines = [line.strip() for line in str(text).splitlines() if line.strip()]
    return [textwrap.shorten(line, width, placeholder=" …") for line in lines[:n]]


class _Printer:
    def __init__(self, config: Config, echo: Callable[[str], None]) -> None:
        self.config = config
        self.echo = echo
        self.tz = config.owner.zone
        self.mail_root = config.mailbox.path or Path()
        self.drafts_seen: set[str] = set()

    def interviews(self, report: object) -> None:
        from followup.engine.tracker import Tracker

        tracker = Tracker.overlay(self.config.state.path)
        try:
            ids = tracker.interview_ids()
            self.echo(f"Interviews found: {len(ids)}")
            for iid in ids:
                st = tracker.snapshot(iid)
                what = st.position or "an interview"
                at = f" at {st.company}" if st.company else ""
                self.echo(f"  {what}{at}: {_local(st.start, self.tz)} - "
                          f"{st.end.astimezone(self.tz):%H:%M}  [{iid}]")
                for p in st.people:
                    contact = p.email or (f"phone {p.phone}" if p.phone else "no address")
                    self.echo(f"    {p.role:<14} {p.name or '-'} <{contact}>")
                fua, _imminent, phrase = tracker.timeline(iid)
                if fua is not None:
                    said = f' ("{phrase}")' if phrase else ""
                    self.echo(f"    follow up after {fua:%a %d %b}{said}")
                plan = getattr(report, "plans", {}).get(iid)
                for note in getattr(plan, "notes", ()):
                    self.echo(f"    note: {note}")
            rows = tracker.db.execute("SELECT mkey, what FROM messages").fetchall()
        finally:
            tracker.close()
        kinds = {str(r["mkey"]): str(r["what"]) for r in rows}
        self.echo("Mail seen:")
        for name, raw in demo_mails():
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            mkey = str(msg.get("Message-ID", "")).strip().strip("<>").lower()
            self.echo(f"  {kinds.get(mkey, 'not seen'):<10} {name}: {msg.get('Subject', '')}")

    def drafts(self) -> None:
        drafts = drafts_in(self.mail_root)
        new = {k: m for k, m in drafts.items() if k not in self.drafts_seen}
        self.drafts_seen.update(new)
        if not new:
            return
        self.echo(f"Thank-you drafts written to Drafts (not sent): {len(new)}")
        for _key, msg in sorted(new.items(), key=lambda kv: str(kv[1].get("To", ""))):
            self.echo(f"  To:      {msg.get('To', '')}")
            self.echo(f"  Subject: {msg.get('Subject', '')}")
            for line in _first_lines(msg):
                self.echo(f"    | {line}")

    def actions(self, report: object) -> None:
        from followup.backends import open_calendar
        from followup.engine.service import CycleReport

        assert isinstance(report, CycleReport)
        events = [a for a in report.applied if a.kind in ("event", "delete_event")]
        others = [a for a in report.applied if a.kind in ("close", "mark_sent")]
        calendar = open_calendar(self.config) if events else None
        try:
            if events:
                self.echo("Calendar:")
            for a in events:
                if a.kind == "delete_event":
                    self.echo(f"  - removed {a.key}: {a.title}")
                    continue
                stored = calendar.get_event(a.key) if calendar is not None else None
                ev = stored or a.event
                if ev is None:
                    continue
                check = "" if stored is not None else "  (not found in the calendar!)"
                self.echo(f"  + {ev.title} - {_local(ev.start, self.tz)}{check}")
        finally:
            if calendar is not None:
                calendar.close()
        for a in others:
            self.echo(f"Done: {a.title}")
        for a, why in report.failed:
            self.echo(f"FAILED: {a.title}: {why}")
        if report.planned:
            self.echo("Next:")
            for a in report.planned[:4]:
                self.echo(f"  {_local(a.due, self.tz)}: {a.title}")
        elif not report.failed:
            self.echo("Nothing more planned.")


def run_stages(config: Config, echo: Callable[[str], None]) -> list[object]:
    from followup.engine.service import run_cycle

    printer = _Printer(config, echo)
    reports: list[object] = []
    for number, stage in enumerate(STAGES, 1):
        now = stage.now()
        echo("")
        echo(f"== {number}. {_local(now, config.owner.zone)}: {stage.title}")
        report = run_cycle(config, now=now)
        reports.append(report)
        echo(f"cycle: {report.summary()}")
        if number == 1:
            printer.interviews(report)
        printer.drafts()
        printer.actions(report)
    return reports


def run_demo(directory: Path | None, *, keep: bool = False,
             echo: Callable[[str], None] = print) -> int:
    """Build the demo, run the timeline, print it. Returns the exit status."""
    if directory is not None:
        if directory.exists() and any(directory.iterdir()):
            raise UserError(f"{directory}: not empty; give a new or empty directory for the demo")
        directory.mkdir(parents=True, exist_ok=True)
        base = directory
    else:
        base = Path(tempfile.mkdtemp(prefix="followup-demo-"))
    try:
        config_path = build_demo(base)
        config = load_config(config_path)
        echo(f"followup demo: everything is local, in {base} (no server, no network)")
        echo(f"  mail:     Maildir {config.mailbox.path} ({len(demo_mails())} sample mails in INBOX)")
        echo(f"  calendar: {config.calendar.path}")
        echo(f"  config:   {config_path}")
        echo(f"  you are:  {OWNER_NAME} <{OWNER_EMAIL}>, time zone {DEMO_TZ}")
        run_stages(config, echo)
        echo("")
        if directory is not None or keep:
            echo(f"The files are in {base}; try: followup --config {config_path} status")
    finally:
        if directory is None and not keep:
            shutil.rmtree(base, ignore_errors=True)
    return 0
