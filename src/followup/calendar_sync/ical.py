"""iCalendar text for our own events (CalDAV objects and the .ics file).

Writing: one VEVENT per follow-up event, ``UID`` = :func:`event_uid`, the ``X-FOLLOWUP-KEY``
marker, start/end with the owner's TZID, a DISPLAY alarm. Reading back: only our own
VEVENTs go through here (foreign events are read by ``followup.parsers.ics``).

The .ics file is edited as text, component by component, so foreign events keep their
exact bytes: :func:`split_components` cuts a VCALENDAR into top-level blocks.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from followup.calendar_sync.base import MARKER, event_uid
from followup.engine.events import FollowupEvent

log = logging.getLogger(__name__)

PRODID = "-//followup//followup calendar sync//EN"


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")


def build_vevent(ev: FollowupEvent, now: datetime | None = None) -> icalendar.Event:
    zone = _zone(ev.timezone)
    vevent = icalendar.Event()
    vevent.add("uid", event_uid(ev.key))
    vevent.add("dtstamp", (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0))
    vevent.add("dtstart", ev.start.astimezone(zone))
    vevent.add("dtend", ev.end.astimezone(zone))
    vevent.add("summary", ev.title)
    if ev.description:
        vevent.add("description", ev.description)
    vevent.add("status", "CONFIRMED")
    vevent.add("transp", "OPAQUE")
    vevent.add(MARKER, icalendar.vText(ev.key))
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", ev.title or "Reminder")
    alarm.add("trigger", timedelta(minutes=-ev.reminder_minutes))
    vevent.add_component(alarm)
    return vevent


def vtimezone(name: str, around: date) -> icalendar.Timezone | None:
    """A VTIMEZONE for an IANA zone, covering the years around ``around`` (cached per year)."""
    return _vtimezone(name, around.year)


@functools.lru_cache(maxsize=64)
def _vtimezone(name: str, year: int) -> icalendar.Timezone | None:
    if name == "UTC":
        return None
    try:
        zone = ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    first = date(max(year - 1, 1971), 1, 1)
    last = date(year + 3, 1, 1)
    return icalendar.Timezone.from_tzinfo(zone, tzid=name, first_date=first, last_date=last)


def build_calendar(ev: FollowupEvent, now: datetime | None = None) -> bytes:
    """A whole VCALENDAR object holding our one event (a CalDAV resource)."""
    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    tz = vtimezone(ev.timezone, ev.start.date())
    if tz is not None:
        cal.add_component(tz)
    cal.add_component(build_vevent(ev, now))
    return bytes(cal.to_ical())


def read_followup(vevent: icalendar.cal.Component) -> FollowupEvent | None:
    """Our event back from its VEVENT; None when the VEVENT carries no marker."""
    raw_key = vevent.get(MARKER)
    if raw_key is None:
        return None
    # an X- property parses as vUnknown (still escaped): unescape it as the TEXT we wrote
    key = str(raw_key) if isinstance(raw_key, icalendar.vText) else _unescape_text(str(raw_key))
    start = vevent.decoded("dtstart", None)
    end = vevent.decoded("dtend", None)
    if not isinstance(start, datetime) or not isinstance(end, datetime):
        return None
    tzid = vevent["dtstart"].params.get("TZID") if "dtstart" in vevent else None
    if start.tzinfo is None:
        start = start.replace(tzinfo=_zone(tzid or "UTC"))
        end = end.replace(tzinfo=start.tzinfo)
    zone_name = str(tzid) if tzid else "UTC"
    minutes = 10
    for sub in vevent.subcomponents:
        if sub.name == "VALARM":
            trigger = sub.decoded("trigger", None)
            if isinstance(trigger, timedelta):
                minutes = int(-trigger.total_seconds() // 60)
            break
    return FollowupEvent(
        key=key,
        title=str(vevent.get("summary", "")),
        start=start,
        end=end,
        timezone=zone_name,
        description=str(vevent.get("description", "")),
        reminder_minutes=minutes,
    )


_TEXT_ESCAPE = re.compile(r"\\([\\;,nN])")


def _unescape_text(value: str) -> str:
    """RFC 5545 TEXT unescaping (\\\\, \\;, \\, and \\n)."""
    return _TEXT_ESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


# ---------------------------------------------------------------- text-level editing


@dataclass(frozen=True)
class Block:
    """A top-level component of a VCALENDAR file, with its original lines."""

    name: str  # VEVENT, VTIMEZONE, ...
    lines: tuple[str, ...]  # including BEGIN/END, each without its line ending

    def prop(self, name: str) -> str | None:
        """The first value of a top-level property of this block (unfolded)."""
        depth = 0
        for line in unfold(self.lines):
            upper = line.upper()
            if upper.startswith("BEGIN:"):
                depth += 1
                continue
            if upper.startswith("END:"):
                depth -= 1
                continue
            if depth != 1:
                continue
            head, _, value = line.partition(":")
            if head.split(";", 1)[0].strip().upper() == name:
                return value
        return None

    @property
    def text(self) -> str:
        return "\r\n".join(self.lines) + "\r\n"


def unfold(lines: tuple[str, ...] | list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if line[:1] in (" ", "\t") and out:
            out[-1] += line[1:]
        else:
            out.append(line)
    return out


@dataclass(frozen=True)
class IcsDocument:
    """A .ics file cut into header lines, top-level components and footer lines."""

    head: tuple[str, ...]  # BEGIN:VCALENDAR and calendar properties
    blocks: tuple[Block, ...]
    tail: tuple[str, ...]  # END:VCALENDAR and anything after it
    newline: str = "\r\n"  # the file's own line ending (kept, so foreign bytes stay as they were)

    def render(self) -> str:
        parts = list(self.head)
        for b in self.blocks:
            parts.extend(b.lines)
        parts.extend(self.tail)
        return self.newline.join(parts) + self.newline


def empty_document() -> IcsDocument:
    return IcsDocument(
        head=("BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN"),
        blocks=(),
        tail=("END:VCALENDAR",),
    )


def split_components(text: str) -> IcsDocument:
    """Cut the first VCALENDAR of ``text``; raises ValueError when there is none."""
    lines = text.splitlines()
    head: list[str] = []
    blocks: list[Block] = []
    current: list[str] = []
    name = ""
    depth = 0
    seen_calendar = False
    tail_from = None
    for i, line in enumerate(lines):
        upper = line.upper().rstrip()
        if not seen_calendar:
            head.append(line)
            if upper == "BEGIN:VCALENDAR":
                seen_calendar = True
            continue
        if upper.startswith("BEGIN:"):
            depth += 1
            if depth == 1:
                name = upper[6:]
                current = []
        if depth >= 1:
            current.append(line)
        elif upper == "END:VCALENDAR":
            tail_from = i
            break
        else:
            head.append(line)
        if upper.startswith("END:"):
            depth -= 1
            if depth == 0:
                blocks.append(Block(name, tuple(current)))
    if not seen_calendar:
        raise ValueError("no BEGIN:VCALENDAR")
    if tail_from is None:
        raise ValueError("no END:VCALENDAR (file truncated?)")
    newline = "\r\n" if "\r\n" in text or "\n" not in text else "\n"
    return IcsDocument(tuple(head), tuple(blocks), tuple(lines[tail_from:]), newline)


def component_lines(component: icalendar.cal.Component) -> tuple[str, ...]:
    text = component.to_ical().decode("utf-8")
    return tuple(line for line in text.splitlines() if line)


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
