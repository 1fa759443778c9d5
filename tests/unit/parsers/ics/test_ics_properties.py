"""Hypothesis: mutated real invites give ParseError or well-formed CalEvents, never anything else."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.errors import ParseError
from followup.parsers.ics import parse_calendar
from followup.parsers.model import Attendee, CalEvent

FIXTURES = Path(__file__).resolve().parent / "fixtures"
CORPUS = Path(__file__).resolve().parents[4].parent / "shared" / "corpus" / "ics"
_SEEDS = sorted(FIXTURES.glob("*.ics"))
for _name in ("nodeical__ms_timezones.ics", "ical4j__tmeher.ics", "nodeical__Office-2012-owa.ics"):
    if (CORPUS / _name).is_file():
        _SEEDS.append(CORPUS / _name)
SEEDS = [p.read_bytes().replace(b"\r\n", b"\n").split(b"\n") for p in _SEEDS]
PROFILE = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _check(data: bytes | str) -> None:
    try:
        events = parse_calendar(data)
    except ParseError:
        return
    assert isinstance(events, tuple)
    for event in events:
        assert isinstance(event, CalEvent)
        for value in (event.start, event.end, event.dtstamp, event.recurrence_id):
            assert value is None or (isinstance(value, datetime) and value.utcoffset() == timedelta(0))
        if event.start is not None and event.end is not None:
            assert event.end >= event.start
        assert isinstance(event.sequence, int)
        for person in (event.organizer, *event.attendees):
            assert person is None or isinstance(person, Attendee)
            if person is not None and person.email is not None:
                assert person.email == person.email.lower() and "mailto:" not in person.email


_line = st.binary(max_size=80) | st.text(max_size=80).map(lambda s: s.encode("utf-8", "replace"))


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    lines = list(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        if not lines:
            break
        i = draw(st.integers(0, len(lines) - 1))
        op = draw(st.sampled_from(["drop", "dup", "swap", "corrupt", "insert", "truncate", "case"]))
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "corrupt":
            line = lines[i]
            k = draw(st.integers(0, max(len(line) - 1, 0)))
            lines[i] = line[:k] + draw(st.binary(min_size=1, max_size=4)) + line[k + 1 :]
        elif op == "insert":
            lines.insert(i, draw(_line))
        elif op == "truncate":
            lines = lines[: i + 1]
        else:
            lines[i] = lines[i].lower()
    sep = draw(st.sampled_from([b"\n", b"\r\n"]))
    return sep.join(lines)


@PROFILE
@given(mutated())
def test_mutated_invites(data: bytes) -> None:
    _check(data)


@PROFILE
@given(st.sampled_from(SEEDS), st.randoms(use_true_random=False))
def test_shuffled_lines(lines: list[bytes], rnd: object) -> None:
    shuffled = list(lines)
    rnd.shuffle(shuffled)  # type: ignore[attr-defined]
    _check(b"\r\n".join(shuffled))


@PROFILE
@given(st.binary(max_size=400))
def test_random_bytes(data: bytes) -> None:
    _check(data)
    _check(b"BEGIN:VCALENDAR\r\n" + data)
    _check(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n" + data + b"\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


_VALUE = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=40)
_PROP = st.sampled_from(
    ["DTSTART", "DTEND", "DURATION", "RECURRENCE-ID", "DTSTAMP", "SEQUENCE", "ATTENDEE", "ORGANIZER", "RRULE"]
)
_PARAM = st.sampled_from(["", ";VALUE=DATE", ";TZID=Customized Time Zone", ';TZID="(UTC+05:30) x', ';CN="'])


@PROFILE
@given(st.lists(st.tuples(_PROP, _PARAM, _VALUE), max_size=8))
def test_random_property_values(props: list[tuple[str, str, str]]) -> None:
    body = "".join(f"{name}{param}:{value}\r\n" for name, param, value in props)
    _check("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n" + body + "END:VEVENT\r\nEND:VCALENDAR\r\n")
