"""End to end through the CLI with a server calendar: invite mail in a real Dovecot →
``followup --config FILE run --once --now …`` → drafts in Drafts and call events in a real
Radicale (CalDAV) or in the Google Calendar emulator driven by the real google-api-python-client.

The Google backend is pointed at the emulator with the test-only environment variable read by
``followup.backends.open_calendar`` (FOLLOWUP_TEST_GOOGLE_ENDPOINT); everything else is the
path a user's ``followup run`` takes.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import icalendar
import pytest

from followup.backends import TEST_GOOGLE_ENDPOINT_ENV
from followup.calendar_sync.base import GOOGLE_MARKER, MARKER

from ..calendar.conftest import DavHarness, Radicale, dav_backend
from ..calendar.google_emulator import GoogleEmulator
from ..mailbox.mailbox_harness import ImapHarness
from .test_engine_end_to_end import OWNER, RECIPIENTS, all_drafts, fixture, followup

BEFORE = "2026-03-01T12:00:00Z"  # the interview is Tue 2026-03-03 19:00-20:00Z (14:00 New York)
AFTER = "2026-03-03T21:00:00Z"
FIRST_CALL = "2026-03-10T14:00:00+00:00"  # 5 business days later, 10:00 New York (EDT since Mar 8)
PREP = "2026-03-03T17:00:00+00:00"  # two hours before the start


class CalendarSide:
    """Read-only view of the calendar server the CLI writes to."""

    name = ""

    def config(self, tmp: Path) -> str:
        raise NotImplementedError

    def ours(self) -> dict[str, datetime]:
        """Our events (by the marker's action key) and their start times."""
        raise NotImplementedError

    def snapshot(self) -> object:
        raise NotImplementedError

    def writes(self) -> int:
        return 0


class DavSide(CalendarSide):
    name = "caldav"

    def __init__(self, server: Radicale) -> None:
        self.calendar = f"followup-{uuid.uuid4().hex[:8]}"
        self.server = server
        self.h = DavHarness(dav_backend(server, calendar_name=self.calendar))

    def config(self, tmp: Path) -> str:
        return (f'[calendar]\nbackend = "caldav"\nurl = "{self.server.url}"\nusername = "alex"\n'
                f'password_command = "echo s3cret"\ncalendar = "{self.calendar}"\n')

    def ours(self) -> dict[str, datetime]:
        out: dict[str, datetime] = {}
        for data in self.h._all().values():
            for ev in icalendar.Calendar.from_ical(data).walk("VEVENT"):
                if ev.get(MARKER) is not None:
                    out[str(ev.get(MARKER))] = ev.decoded("DTSTART")
        return out

    def snapshot(self) -> object:
        return sorted(self.h._all().items())


class GoogleSide(CalendarSide):
    name = "google"

    def __init__(self, emu: GoogleEmulator) -> None:
        self.emu = emu

    def config(self, tmp: Path) -> str:
        return '[calendar]\nbackend = "google"\ncalendar_id = "primary"\n'

    def ours(self) -> dict[str, datetime]:
        out: dict[str, datetime] = {}
        for e in self.emu.live_events():
            key = (e.get("extendedProperties") or {}).get("private", {}).get(GOOGLE_MARKER)
            if key is not None:
                out[key] = datetime.fromisoformat(e["start"]["dateTime"])
        return out

    def snapshot(self) -> object:
        return json.dumps(self.emu.live_events(), sort_keys=True)

    def write_requests(self) -> list[Any]:
        return [r for r in self.emu.requests if r.method in ("POST", "PUT", "PATCH", "DELETE")]

    def writes(self) -> int:
        return len(self.write_requests())


@pytest.fixture(params=["caldav", "google"])
def cal(request: pytest.FixtureRequest, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> Iterator[CalendarSide]:
    if request.param == "caldav":
        side: CalendarSide = DavSide(request.getfixturevalue("radicale"))
    else:
        emu: GoogleEmulator = request.getfixturevalue("google_emu")
        emu.require_auth = True  # the stored token is expired: the CLI must refresh it at the emulator
        state_dir = tmp_path / "state"
        state_dir.mkdir()
        (state_dir / "google-token.json").write_text(json.dumps({
            "token": "expired", "refresh_token": "refresh-ok", "client_id": "cid.apps.example",
            "client_secret": "secret", "token_uri": "https://oauth2.googleapis.com/token",
            "expiry": "2020-01-01T00:00:00Z"}), encoding="utf-8")
        monkeypatch.setenv(TEST_GOOGLE_ENDPOINT_ENV, emu.base)
        side = GoogleSide(emu)
    yield side
    if isinstance(side, DavSide):
        side.h.cal.close()


@pytest.fixture
def mail(dovecot: Any, account: Any) -> Iterator[ImapHarness]:
    h = ImapHarness(dovecot, account)
    yield h
    h.close()


def write_config(tmp: Path, mail: ImapHarness, cal: CalendarSide, extra: str = "") -> Path:
    cfg = tmp / "config.toml"
    cfg.write_text(
        f'[owner]\nname = "Alex Rivera"\nemail = "{OWNER}"\nphone = "+1 555 0100"\n'
        f'timezone = "America/New_York"\n\n'
        f'[mailbox]\nbackend = "imap"\nhost = "{mail.dovecot.host}"\nport = {mail.dovecot.port}\n'
        f'security = "none"\nusername = "{mail.account.username}"\n'
        f'password_command = "echo {mail.account.password}"\nfolders = ["INBOX"]\nlookback_days = 60\n\n'
        f'{cal.config(tmp)}\n[followup]\n{extra}\n[state]\npath = "{tmp / "state" / "state.db"}"\n')
    return cfg


def draft_recipients(mail: ImapHarness) -> list[str]:
    msgs = [message_from_bytes(raw, policy=policy.default) for raw in all_drafts(mail)]
    return sorted(str(m["To"].addresses[0].addr_spec) for m in msgs)


def iso(t: datetime) -> str:
    return t.astimezone(UTC).isoformat()


def status(cfg: Path, now: str) -> dict[str, Any]:
    data = json.loads(followup(cfg, "status", "--json", "--now", now).output)
    assert len(data) == 1
    return data[0]  # type: ignore[no-any-return]


@pytest.mark.integration
def test_drafts_call_idempotence_dry_run_and_reply(mail: ImapHarness, cal: CalendarSide,
                                                   tmp_path: Path) -> None:
    mail.deliver(fixture("invite_globex.eml"))
    mail.deliver(fixture("before_globex.eml"))  # company mail BEFORE the interview: not a reply
    cfg = write_config(tmp_path, mail, cal)
    state = tmp_path / "state" / "state.db"

    followup(cfg, "run", "--once", "--now", BEFORE)
    assert draft_recipients(mail) == [] and cal.ours() == {}

    # a dry run after the interview: mailbox, calendar and state file stay byte-identical
    before = (state.read_bytes(), all_drafts(mail), cal.snapshot(), cal.writes(), mail.flags("INBOX"))
    dry = followup(cfg, "run", "--once", "--now", AFTER, "--dry-run").output
    assert "would:" in dry and "follow-up call event" in dry
    assert (state.read_bytes(), all_drafts(mail), cal.snapshot(), cal.writes(), mail.flags("INBOX")) == before

    out = followup(cfg, "run", "--once", "--now", AFTER).output
    assert "done:" in out
    assert draft_recipients(mail) == RECIPIENTS  # one draft per interviewer
    ours = cal.ours()
    iid = status(cfg, AFTER)["id"]
    assert set(ours) == {f"call:{iid}:1"}  # the call, with our marker; the callback only after it
    assert iso(ours[f"call:{iid}:1"]) == FIRST_CALL
    if isinstance(cal, GoogleSide):
        writes_made = cal.write_requests()
        assert writes_made and all(r.query.get("sendUpdates") == "none" for r in writes_made)
        assert cal.emu.token_requests >= 1  # the expired token was refreshed at the emulator

    # a second run changes nothing anywhere
    snap, writes = cal.snapshot(), cal.writes()
    again = followup(cfg, "run", "--once", "--now", AFTER).output
    assert "done:" not in again
    assert draft_recipients(mail) == RECIPIENTS and cal.snapshot() == snap and cal.writes() == writes

    st = status(cfg, AFTER)
    assert st["stage"] == "follow-up call planned"
    planned = {a["key"]: a for a in st["planned"]}
    assert planned[f"call:{iid}:2"]["due"] == "2026-03-10T14:00:00Z"  # written once the first call passed

    # the recruiter answers after the interview: the pending call event goes, nothing else is planned
    mail.deliver(fixture("reply_globex.eml"))
    followup(cfg, "run", "--once", "--now", "2026-03-05T18:00:00Z")
    assert cal.ours() == {}
    st = status(cfg, "2026-03-05T18:00:00Z")
    assert st["stage"] == "replied"
    assert not [a for a in st["planned"] if a["key"].startswith(("call", "moveon"))]
    if isinstance(cal, GoogleSide):
        assert any(r.method == "DELETE" for r in cal.write_requests())
        assert all(r.query.get("sendUpdates") == "none" for r in cal.write_requests())
    assert draft_recipients(mail) == RECIPIENTS
    assert all("\\Seen" not in f for f in mail.flags("INBOX").values())


@pytest.mark.integration
def test_reschedule_before_the_interview_moves_everything(mail: ImapHarness, cal: CalendarSide,
                                                           tmp_path: Path) -> None:
    mail.deliver(fixture("invite_globex.eml"))
    cfg = write_config(tmp_path, mail, cal, extra="prep_reminder = true\n")
    followup(cfg, "run", "--once", "--now", BEFORE)
    iid = status(cfg, BEFORE)["id"]
    assert {k: iso(v) for k, v in cal.ours().items()} == {f"prep:{iid}": PREP}

    mail.deliver(fixture("reschedule_globex.eml"))  # SEQUENCE 1: Thursday 5 March, same hour
    followup(cfg, "run", "--once", "--now", "2026-03-02T12:00:00Z")
    assert {k: iso(v) for k, v in cal.ours().items()} == {f"prep:{iid}": "2026-03-05T17:00:00+00:00"}

    # the old end passes: nothing is written for an interview that has not happened yet
    followup(cfg, "run", "--once", "--now", AFTER)
    assert draft_recipients(mail) == []
    assert set(cal.ours()) == {f"prep:{iid}"}
    planned = {a["key"]: a for a in status(cfg, AFTER)["planned"]}
    assert planned[f"call:{iid}:1"]["start"] == "2026-03-12T14:00:00Z"

    followup(cfg, "run", "--once", "--now", "2026-03-05T21:00:00Z")
    assert draft_recipients(mail) == RECIPIENTS
    ours = {k: iso(v) for k, v in cal.ours().items()}
    assert ours[f"call:{iid}:1"] == "2026-03-12T14:00:00+00:00"


@pytest.mark.integration
def test_late_reschedule_moves_the_written_call_event(mail: ImapHarness, cal: CalendarSide,
                                                      tmp_path: Path) -> None:
    mail.deliver(fixture("invite_globex.eml"))
    cfg = write_config(tmp_path, mail, cal)
    followup(cfg, "run", "--once", "--now", AFTER)
    iid = status(cfg, AFTER)["id"]
    assert iso(cal.ours()[f"call:{iid}:1"]) == FIRST_CALL
    writes = cal.writes()

    # an updated invite (SEQUENCE+1, a new time) after the call event was written moves that event
    mail.deliver(fixture("reschedule_globex.eml"))
    followup(cfg, "run", "--once", "--now", "2026-03-05T21:00:00Z")
    ours = {k: iso(v) for k, v in cal.ours().items()}
    assert ours == {f"call:{iid}:1": "2026-03-12T14:00:00+00:00"}
    assert draft_recipients(mail) == RECIPIENTS  # drafts are not written twice
    if isinstance(cal, GoogleSide):
        new = cal.write_requests()[writes:]
        assert new and all(r.query.get("sendUpdates") == "none" for r in new)


@pytest.mark.integration
def test_cancellation_deletes_our_events_and_writes_no_drafts(mail: ImapHarness, cal: CalendarSide,
                                                              tmp_path: Path) -> None:
    mail.deliver(fixture("invite_globex.eml"))
    cfg = write_config(tmp_path, mail, cal, extra="prep_reminder = true\n")
    followup(cfg, "run", "--once", "--now", BEFORE)
    iid = status(cfg, BEFORE)["id"]
    assert set(cal.ours()) == {f"prep:{iid}"}

    mail.deliver(fixture("cancel_globex.eml"))
    followup(cfg, "run", "--once", "--now", "2026-03-02T12:00:00Z")
    assert cal.ours() == {}
    for now in (AFTER, "2026-03-20T12:00:00Z"):
        followup(cfg, "run", "--once", "--now", now)
        assert draft_recipients(mail) == [] and cal.ours() == {}
    st = status(cfg, AFTER)
    assert st["stage"] == "cancelled" and st["planned"] == []


@pytest.mark.integration
def test_thank_you_already_in_sent_gets_no_draft(mail: ImapHarness, cal: CalendarSide,
                                                 tmp_path: Path) -> None:
    mail.deliver(fixture("invite_globex.eml"))
    mail.deliver(fixture("sent_thanks_omar.eml"), "Sent")  # sent 15:10 New York, before the 30-min delay
    cfg = write_config(tmp_path, mail, cal)
    followup(cfg, "run", "--once", "--now", AFTER)
    assert draft_recipients(mail) == [r for r in RECIPIENTS if not r.startswith("omar")]
    done = {d["key"].rsplit(":", 1)[-1]: d["status"] for d in status(cfg, AFTER)["done"]
            if d["key"].startswith("thanks:")}
    assert done == {"omar.haddad@globex.com": "sent", "dana.whitfield@globex.com": "done",
                    "lena.fischer@globex.com": "done"}


@pytest.mark.integration
def test_first_ever_dry_run_creates_no_caldav_calendar(mail: ImapHarness, radicale: Radicale,
                                                       tmp_path: Path) -> None:
    name = f"never-created-{uuid.uuid4().hex[:8]}"
    side = DavSide(radicale)
    side.calendar = name
    side.h.cal.close()
    mail.deliver(fixture("invite_globex.eml"))
    cfg = write_config(tmp_path, mail, side)
    out = followup(cfg, "run", "--once", "--now", AFTER, "--dry-run").output
    assert "would:" in out and "follow-up call event" in out
    probe = dav_backend(radicale, calendar_name="probe")  # lists the principal's calendars
    try:
        names = [c.get_display_name() for c in probe.client.principal().calendars()]
    finally:
        probe.close()
    assert name not in names
    assert not (tmp_path / "state" / "state.db").exists() and draft_recipients(mail) == []


@pytest.mark.integration
def test_a_crash_after_each_effect_creates_nothing_twice(mail: ImapHarness, cal: CalendarSide, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Power cut between each side effect and its record: the backends find the draft/event by key."""
    from followup.engine.tracker import Tracker

    mail.deliver(fixture("invite_globex.eml"))
    cfg = write_config(tmp_path, mail, cal)
    followup(cfg, "run", "--once", "--now", BEFORE)
    real = Tracker.record_action

    class PowerCut(BaseException):
        pass

    crashed: list[str] = []

    def crash_once_per_action(self: Tracker, key: str, *a: Any, **kw: Any) -> None:
        if key not in crashed:  # the side effect happened; the power goes before it is recorded
            crashed.append(key)
            raise PowerCut
        real(self, key, *a, **kw)

    monkeypatch.setattr(Tracker, "record_action", crash_once_per_action)
    for _ in range(10):
        try:
            followup(cfg, "run", "--once", "--now", AFTER)
            break
        except PowerCut:
            continue  # restarted: the next run repeats that effect, then records it
    monkeypatch.setattr(Tracker, "record_action", real)
    assert len(crashed) == 4  # three drafts and the call event each crashed once
    assert "done:" not in followup(cfg, "run", "--once", "--now", AFTER).output
    assert draft_recipients(mail) == RECIPIENTS
    iid = status(cfg, AFTER)["id"]
    assert set(cal.ours()) == {f"call:{iid}:1"}
    if isinstance(cal, DavSide):
        assert cal.h.count_ours(f"call:{iid}:1") == 1
    else:
        assert len([e for e in cal.emu.live_events()]) == 1


@pytest.mark.integration
def test_calendar_down_drafts_still_go_out_and_events_wait(mail: ImapHarness, radicale: Radicale,
                                                          tmp_path: Path) -> None:
    """Radicale unreachable: the drafts are written anyway (they need no calendar), the run says
    the calendar failed in one line (exit 1), and the due call event is written, once, by the
    first run after the server is back."""
    from click.testing import CliRunner

    from followup.cli import cli
    from tests.support.dovecot import free_port

    side = DavSide(radicale)
    mail.deliver(fixture("invite_globex.eml"))
    good = write_config(tmp_path, mail, side)
    text = good.read_text()
    down = text.replace(radicale.url, f"http://127.0.0.1:{free_port()}/")
    assert down != text
    good.write_text(down)
    call_due = AFTER  # the drafts are due, and the call event is written right away
    r = CliRunner().invoke(cli, ["--config", str(good), "run", "--once", "--now", call_due])
    assert r.exit_code == 1
    assert "cannot connect" in str(r.exception) or "cannot connect" in r.output
    assert draft_recipients(mail) == RECIPIENTS  # the thank-yous did not wait for the calendar
    assert side.ours() == {}
    good.write_text(text)  # the server is reachable again
    followup(good, "run", "--once", "--now", call_due)
    assert [k for k in side.ours() if k.startswith("call:")] and draft_recipients(mail) == RECIPIENTS
    calls = [k for k in side.ours() if k.startswith("call:")]
    followup(good, "run", "--once", "--now", call_due)  # nothing written twice
    assert [k for k in side.ours() if k.startswith("call:")] == calls
