"""Pure parts of calendar_sync: ids, Google JSON → CalEvent, our VEVENT round trip, text splicing."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import httplib2
import icalendar
from googleapiclient.errors import HttpError
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.calendar_sync.base import event_id, event_uid
from followup.calendar_sync.google import is_retryable, to_calevent, to_followup
from followup.calendar_sync.ical import build_calendar, build_vevent, read_followup, split_components
from followup.engine.events import FollowupEvent
from followup.parsers.model import Attendee, CalEvent

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def load(name: str) -> dict:  # type: ignore[type-arg]
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))  # type: ignore[no-any-return]


# ------------------------------------------------------------------------- ids


@given(st.text(min_size=0, max_size=300))
def test_event_id_is_a_valid_google_id(key: str) -> None:
    gid = event_id(key)
    assert re.fullmatch(r"[a-v0-9]{5,1024}", gid)
    assert len(gid) == 52
    assert gid == event_id(key)
    assert event_uid(key) == gid + "@followup"


@given(st.text(max_size=50), st.text(max_size=50))
def test_distinct_keys_distinct_ids(a: str, b: str) -> None:
    assert (event_id(a) == event_id(b)) == (a == b)


# ------------------------------------------------------------------------- Google JSON


def test_google_interview_to_calevent() -> None:
    ev = to_calevent(load("google_interview.json"))
    assert ev.uid == "5qk1bq2v7c0m9s3e8fgh2j4k6l@google.com"
    assert ev.start == datetime(2026, 12, 1, 19, 0, tzinfo=UTC)
    assert ev.end == datetime(2026, 12, 1, 20, 0, tzinfo=UTC)
    assert not ev.all_day and ev.status == "CONFIRMED" and ev.sequence == 2
    assert ev.organizer is not None and ev.organizer.email == "rita@acme.example"
    by_email = {a.email: a for a in ev.attendees}
    assert by_email["dana.dev@acme.example"].partstat == "NEEDS-ACTION"
    assert by_email["dana.dev@acme.example"].name == "Dana Dev"
    assert by_email["sam@acme.example"].role == "OPT-PARTICIPANT"
    assert by_email["rita@acme.example"].role == "CHAIR"
    assert by_email["c_188abc@resource.calendar.google.com"].cutype == "RESOURCE"
    assert ev.conference_url == "https://meet.google.com/abc-defg-hij"
    assert ev.followup_key is None and ev.recurrence_id is None and not ev.recurring
    assert ev.dtstamp == datetime(2026, 11, 21, 9, 15, 42, 118000, tzinfo=UTC)


def test_google_all_day_and_recurring_instance() -> None:
    item = load("google_interview.json")
    item.update(start={"date": "2026-12-03"}, end={"date": "2026-12-04"}, recurringEventId="base",
                originalStartTime={"date": "2026-12-03"}, hangoutLink="https://meet.google.com/x",
                extendedProperties={"private": {"followupKey": "call:1"}})
    ev = to_calevent(item)
    assert ev.all_day and ev.start == datetime(2026, 12, 3, tzinfo=UTC)
    assert ev.end == datetime(2026, 12, 4, tzinfo=UTC)
    assert ev.recurring and ev.recurrence_id == datetime(2026, 12, 3, tzinfo=UTC)
    assert ev.conference_url == "https://meet.google.com/x"
    assert ev.followup_key == "call:1"


@given(st.dictionaries(st.sampled_from(["start", "end", "attendees", "organizer", "summary", "status",
                                        "sequence", "conferenceData", "originalStartTime", "updated"]),
                       st.one_of(st.none(), st.text(max_size=5), st.integers(), st.just({}),
                                 st.just([]), st.just({"dateTime": "2026-12-01T10:00:00Z"}))))
@settings(max_examples=200)
def test_google_malformed_items_give_a_calevent(item: dict) -> None:  # type: ignore[type-arg]
    ev = to_calevent(item)
    assert isinstance(ev, CalEvent)
    assert ev.start is None or ev.start.tzinfo is not None
    assert all(isinstance(a, Attendee) for a in ev.attendees)


def test_google_followup_roundtrip() -> None:
    ny = ZoneInfo("America/New_York")
    start = datetime(2026, 12, 8, 10, tzinfo=ny)
    item = {"summary": "Call", "description": "d", "start": {"dateTime": "2026-12-08T10:00:00-05:00",
            "timeZone": "America/New_York"}, "end": {"dateTime": "2026-12-08T10:15:00-05:00",
            "timeZone": "America/New_York"}, "reminders": {"useDefault": False,
            "overrides": [{"method": "popup", "minutes": 5}]}}
    assert to_followup(item, "k") == FollowupEvent("k", "Call", start, start + timedelta(minutes=15),
                                                   "America/New_York", "d", 5)


def _http_error(status: int, reason: str | None) -> HttpError:
    body = {"error": {"code": status, "errors": [{"reason": reason}] if reason else []}}
    return HttpError(httplib2.Response({"status": status}), json.dumps(body).encode())


def test_retry_classification() -> None:
    assert is_retryable(_http_error(429, "rateLimitExceeded"))
    assert is_retryable(_http_error(500, None))
    assert is_retryable(_http_error(503, "backendError"))
    assert is_retryable(_http_error(403, "userRateLimitExceeded"))
    assert not is_retryable(_http_error(403, "quotaExceeded"))
    assert not is_retryable(_http_error(403, "forbidden"))
    assert not is_retryable(_http_error(404, "notFound"))
    assert not is_retryable(_http_error(409, "duplicate"))
    assert not is_retryable(ValueError("x"))


# ------------------------------------------------------------------------- our VEVENT

ZONES = ["America/New_York", "Europe/Berlin", "Asia/Kolkata", "UTC", "Australia/Lord_Howe"]


@given(
    # iCalendar TEXT has no bare CR: keys never contain one (the planner's keys are printable)
    key=st.text(min_size=1, max_size=80).filter(lambda s: s.strip() == s and "\r" not in s),
    title=st.text(max_size=80),
    description=st.text(max_size=200),
    zone=st.sampled_from(ZONES),
    minute=st.integers(0, 60 * 24 * 365 * 3),
    length=st.integers(1, 600),
    reminder=st.integers(0, 1440),
)
@settings(max_examples=40, deadline=None)
def test_our_vevent_roundtrips(key: str, title: str, description: str, zone: str, minute: int,
                               length: int, reminder: int) -> None:
    tz = ZoneInfo(zone)
    start = (datetime(2026, 1, 1, tzinfo=UTC) + timedelta(minutes=minute)).astimezone(tz)
    ev = FollowupEvent(key, title, start, start + timedelta(minutes=length), zone, description, reminder)
    cal = icalendar.Calendar.from_ical(build_calendar(ev))
    (vevent,) = cal.walk("VEVENT")
    back = read_followup(vevent)
    assert back is not None
    assert back.key == ev.key and back.start == ev.start and back.end == ev.end
    assert back.timezone == zone and back.reminder_minutes == reminder
    assert back.title == _crlf(title) and back.description == _crlf(description)
    assert str(vevent["UID"]) == event_uid(key)


def _crlf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def test_foreign_vevent_has_no_followup() -> None:
    vevent = build_vevent(FollowupEvent("k", "t", datetime(2026, 1, 1, tzinfo=UTC),
                                        datetime(2026, 1, 1, 1, tzinfo=UTC), "UTC"))
    del vevent["X-FOLLOWUP-KEY"]
    assert read_followup(vevent) is None


# ------------------------------------------------------------------------- text splicing

_line = st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=40)


@st.composite
def documents(draw: st.DrawFn) -> str:
    nl = draw(st.sampled_from(["\r\n", "\n"]))
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0"]
    for _ in range(draw(st.integers(0, 5))):
        name = draw(st.sampled_from(["VEVENT", "VTODO", "VTIMEZONE"]))
        lines.append(f"BEGIN:{name}")
        for _ in range(draw(st.integers(0, 4))):
            value = draw(_line).replace(":", "")
            if value.upper().startswith(("BEGIN", "END")):
                value = "x" + value
            lines.append(f"X-P:{value}")
            if draw(st.booleans()):
                lines.append(" folded " + value)
        if name == "VEVENT" and draw(st.booleans()):
            lines += ["BEGIN:VALARM", "ACTION:DISPLAY", "END:VALARM"]
        lines.append(f"END:{name}")
    lines.append("END:VCALENDAR")
    return nl.join(lines) + nl


@given(documents())
@settings(max_examples=150)
def test_split_and_render_keep_every_byte(text: str) -> None:
    doc = split_components(text)
    assert doc.render() == text
    assert all(b.lines[0].startswith("BEGIN:") and b.lines[-1].startswith("END:") for b in doc.blocks)


@given(st.text(max_size=300))
@settings(max_examples=200)
def test_split_rejects_or_parses_garbage(text: str) -> None:
    try:
        doc = split_components(text)
    except ValueError:
        return
    assert "BEGIN:VCALENDAR" in text.upper()
    assert doc.tail and doc.tail[0].upper().startswith("END:VCALENDAR")
