"""Day one and after downtime, end to end through the CLI: mail in a real Dovecot (and
Maildir), events in the .ics file, a real Radicale and the Google emulator.

- a first run long after an interview writes no draft and no event, and ``status`` says it
  was missed and how to resume; ``followup resume`` then plans the call from now on;
- after two weeks off: no stale draft, no event dated in the past;
- the owner moves our call in their calendar (.ics edited as a client would; CalDAV through
  the caldav client): the callback and move-on follow the moved time;
- calls of two interviews on one morning do not overlap, and a re-run moves nothing.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import icalendar
import pytest

from followup.calendar_sync.base import event_uid

from .test_engine_calendar_backends import CalendarSide, DavSide, draft_recipients, iso, status
from .test_engine_calendar_backends import write_config as server_config
from .test_engine_end_to_end import all_drafts, calendar_events, fixture, followup, write_config

BEFORE = "2026-03-01T12:00:00Z"
AFTER = "2026-03-03T21:00:00Z"  # the interview: Tue 3 Mar 2026 19:00-20:00Z (14:00 New York)
FORTY_DAYS = "2026-04-12T16:00:00Z"  # Sunday 12 Apr, 12:00 New York
TWO_WEEKS = "2026-03-17T15:00:00Z"  # Tue 17 Mar, 11:00 New York: the call (Tue 10 Mar) has passed


def ics_starts(path: Path) -> dict[str, datetime]:
    return {k: ev.decoded("DTSTART").astimezone(UTC) for k, ev in calendar_events(path).items()}


def at(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@pytest.mark.integration
def test_first_run_forty_days_after_the_interview(harness: Any, tmp_path: Path) -> None:
    harness.deliver(fixture("invite_globex.eml"), "Jobs")
    cfg = write_config(tmp_path, harness)
    out = followup(cfg, "run", "--once", "--now", FORTY_DAYS).output
    assert "done:" not in out
    assert all_drafts(harness) == []
    assert calendar_events(tmp_path / "followup.ics") == {}

    [st] = __import__("json").loads(followup(cfg, "status", "--json", "--now", FORTY_DAYS).output)
    assert st["stage"] == "missed while followup was not running" and st["missed"] is True
    assert st["status"] == "scheduled" and not [a for a in st["planned"] if a["kind"] == "close"]
    text = followup(cfg, "status", "--now", FORTY_DAYS).output
    assert "missed while followup was not running" in text and f"followup resume {st['id']}" in text
    stats = __import__("json").loads(followup(cfg, "stats", "--json").output)
    assert stats["interviews"] == 1  # tracked for history and stats

    # a second cycle a day later: still nothing
    followup(cfg, "run", "--once", "--now", "2026-04-13T16:00:00Z")
    assert all_drafts(harness) == [] and calendar_events(tmp_path / "followup.ics") == {}

    # the owner decides to follow up after all
    said = followup(cfg, "resume", "globex", "--now", "2026-04-13T16:00:00Z").output
    assert "resumed; follow-up call to Dana Whitfield, Tue 14 Apr 10:00" in said
    followup(cfg, "run", "--once", "--now", "2026-04-13T16:00:00Z")
    assert ics_starts(tmp_path / "followup.ics") == {f"call:{st['id']}:1": at("2026-04-14T14:00:00Z")}
    assert all_drafts(harness) == []  # a thank-you 40 days late is not drafted


@pytest.mark.integration
def test_two_weeks_off_from_before_the_interview(harness: Any, tmp_path: Path) -> None:
    harness.deliver(fixture("invite_globex.eml"), "Jobs")
    cfg = write_config(tmp_path, harness)
    followup(cfg, "run", "--once", "--now", BEFORE)
    followup(cfg, "run", "--once", "--now", TWO_WEEKS)
    assert all_drafts(harness) == []  # no stale draft
    starts = ics_starts(tmp_path / "followup.ics")
    assert list(starts.values()) == [at("2026-03-18T14:00:00Z")]  # the next call time ahead
    assert all(t > at(TWO_WEEKS) for t in starts.values())


@pytest.mark.integration
def test_two_weeks_off_after_the_call_was_written(mail: Any, cal: CalendarSide, tmp_path: Path) -> None:
    mail.deliver(fixture("invite_globex.eml"))
    cfg = server_config(tmp_path, mail, cal)
    followup(cfg, "run", "--once", "--now", AFTER)
    iid = status(cfg, AFTER)["id"]
    before = {k: iso(v) for k, v in cal.ours().items()}
    assert before == {f"call:{iid}:1": "2026-03-10T14:00:00+00:00"}
    followup(cfg, "run", "--once", "--now", TWO_WEEKS)
    ours = {k: iso(v) for k, v in cal.ours().items()}
    # the callback (due Thu 12 Mar) goes to the next call time ahead; nothing new is in the past
    assert ours == {**before, f"call:{iid}:2": "2026-03-18T14:00:00+00:00"}
    assert draft_recipients(mail) == sorted(draft_recipients(mail)) and len(draft_recipients(mail)) == 3


@pytest.mark.integration
def test_first_run_long_after_writes_no_server_event(mail: Any, cal: CalendarSide, tmp_path: Path) -> None:
    mail.deliver(fixture("invite_globex.eml"))
    cfg = server_config(tmp_path, mail, cal)
    followup(cfg, "run", "--once", "--now", FORTY_DAYS)
    assert cal.ours() == {} and draft_recipients(mail) == []
    assert status(cfg, FORTY_DAYS)["stage"] == "missed while followup was not running"


def _move_in_ics(path: Path, key: str, start: str, end: str) -> None:
    """What a calendar client does: rewrite our VEVENT's DTSTART/DTEND, keeping its properties."""
    doc = icalendar.Calendar.from_ical(path.read_bytes())
    for ev in doc.walk("VEVENT"):
        if str(ev.get("X-FOLLOWUP-KEY")) == key:
            for name, value in (("DTSTART", start), ("DTEND", end)):
                del ev[name]
                ev.add(name, at(value))
            ev["SEQUENCE"] = 1
    path.write_bytes(doc.to_ical())


@pytest.mark.integration
def test_the_owner_moves_the_call_in_the_ics_file(harness: Any, tmp_path: Path) -> None:
    harness.deliver(fixture("invite_globex.eml"), "Jobs")
    cfg = write_config(tmp_path, harness)
    ics = tmp_path / "followup.ics"
    followup(cfg, "run", "--once", "--now", AFTER)
    [key] = [k for k in calendar_events(ics) if k.startswith("call:")]
    iid = key.split(":")[1]
    # Tue 10 Mar 10:00 New York → Wed 11 Mar 15:00 (19:00Z)
    _move_in_ics(ics, key, "2026-03-11T19:00:00Z", "2026-03-11T19:15:00Z")

    followup(cfg, "run", "--once", "--now", "2026-03-10T16:00:00Z")  # after our time, before theirs
    starts = ics_starts(ics)
    assert starts == {key: at("2026-03-11T19:00:00Z")}  # their time kept; no callback yet
    st = status(cfg, "2026-03-10T16:00:00Z")
    assert {d["key"]: d["start"] for d in st["done"]}[key] == "2026-03-11T19:00:00Z"

    followup(cfg, "run", "--once", "--now", "2026-03-11T20:00:00Z")
    starts = ics_starts(ics)
    assert starts[key] == at("2026-03-11T19:00:00Z")
    assert starts[f"call:{iid}:2"] == at("2026-03-13T14:00:00Z")  # 2 business days after the moved call


@pytest.mark.integration
def test_the_owner_moves_the_call_on_the_caldav_server(mail: Any, radicale: Any, tmp_path: Path) -> None:
    side = DavSide(radicale)
    try:
        mail.deliver(fixture("invite_globex.eml"))
        cfg = server_config(tmp_path, mail, side)
        followup(cfg, "run", "--once", "--now", AFTER)
        iid = status(cfg, AFTER)["id"]
        key = f"call:{iid}:1"
        obj = side.h.cal.cal.event_by_uid(event_uid(key))  # the caldav client, as a user's app
        comp = obj.icalendar_component
        for name, value in (("DTSTART", "2026-03-11T19:00:00Z"), ("DTEND", "2026-03-11T19:15:00Z")):
            del comp[name]
            comp.add(name, at(value))
        obj.save()

        followup(cfg, "run", "--once", "--now", "2026-03-10T16:00:00Z")
        assert {k: iso(v) for k, v in side.ours().items()} == {key: "2026-03-11T19:00:00+00:00"}
        followup(cfg, "run", "--once", "--now", "2026-03-11T20:00:00Z")
        ours = {k: iso(v) for k, v in side.ours().items()}
        assert ours == {key: "2026-03-11T19:00:00+00:00", f"call:{iid}:2": "2026-03-13T14:00:00+00:00"}
    finally:
        side.h.cal.close()


def _second_company(raw: bytes) -> bytes:
    """The same morning's interview at another company (new UID, Message-ID, domain, names)."""
    out = raw.replace(b"globex", b"initech").replace(b"Globex", b"Initech").replace(b"7781", b"9902")
    return re.sub(rb"Dana Whitfield", b"Priya Raman", out).replace(b"dana.whitfield", b"priya.raman")


@pytest.mark.integration
def test_calls_for_two_interviews_on_one_morning_do_not_overlap(harness: Any, tmp_path: Path) -> None:
    harness.deliver(fixture("invite_globex.eml"), "Jobs")
    harness.deliver(_second_company(fixture("invite_globex.eml")), "Jobs")
    cfg = write_config(tmp_path, harness)
    ics = tmp_path / "followup.ics"
    followup(cfg, "run", "--once", "--now", AFTER)
    calls = sorted(t for k, t in ics_starts(ics).items() if k.startswith("call:"))
    assert calls == [at("2026-03-10T14:00:00Z"), at("2026-03-10T14:30:00Z")]
    before = ics.read_bytes()
    followup(cfg, "run", "--once", "--now", "2026-03-05T12:00:00Z")  # re-planning moves nothing
    assert ics.read_bytes() == before


def _before_christmas(raw: bytes) -> bytes:
    """The same invite for Friday 18 December 2026, 14:00-15:00 New York."""
    for old, new in ((b"Wed, 25 Feb 2026", b"Mon, 14 Dec 2026"), (b"20260225T141200Z", b"20261214T141200Z"),
                     (b"Tuesday, March 3, 2026", b"Friday, December 18, 2026"),
                     (b"20260303T190000Z", b"20261218T190000Z"), (b"20260303T200000Z", b"20261218T200000Z")):
        assert old in raw
        raw = raw.replace(old, new)
    return raw


@pytest.mark.integration
def test_no_follow_up_call_on_a_public_holiday(harness: Any, tmp_path: Path) -> None:
    harness.deliver(_before_christmas(fixture("invite_globex.eml")), "Jobs")
    cfg = write_config(tmp_path, harness)  # America/New_York: the US holidays by default
    followup(cfg, "run", "--once", "--now", "2026-12-18T21:00:00Z")
    starts = ics_starts(tmp_path / "followup.ics")
    # 5 business days after Fri 18 Dec: 21, 22, 23, 24, (25 Christmas, weekend) 28 — at 10:00
    assert list(starts.values()) == [at("2026-12-28T15:00:00Z")]
    # the callback, 2 business days after Mon 28 Dec: 29, 30 (not 1 January)
    followup(cfg, "run", "--once", "--now", "2026-12-28T16:00:00Z")
    assert sorted(ics_starts(tmp_path / "followup.ics").values())[-1] == at("2026-12-30T15:00:00Z")
