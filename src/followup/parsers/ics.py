"""iCalendar (.ics / text/calendar) → CalEvent values. Pure: bytes or text in, values out.

``parse_calendar`` is lenient with what real mailers send (BOMs, legacy charsets, LF line
ends, bad folding, junk lines, missing END lines, Windows/Outlook zone names) and raises only
``followup.errors.ParseError``. Each event's TZID is resolved against the VTIMEZONEs of its
own calendar (see ``ics_zones``), never against icalendar's process-wide zone cache.
"""

from __future__ import annotations

import logging
import re
import warnings
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from icalendar import Calendar

from followup.errors import ParseError
from followup.parsers import vendors
from followup.parsers.ics_zones import ZoneResolver, named_zone
from followup.parsers.model import Attendee, CalEvent

log = logging.getLogger(__name__)


__all__ = ["parse_calendar"]


def parse_calendar(data: bytes | str, default_tz: tzinfo | None = None) -> tuple[CalEvent, ...]:
    """Every VEVENT of every VCALENDAR in ``data``, in file order.

    Floating times (no zone, or a TZID nobody can resolve) are read in ``default_tz``
    (UTC when None) and flagged ``floating``. Raises ParseError when ``data`` is not
    iCalendar at all or holds no VCALENDAR.
    """
    text = _decode(data)
    if "BEGIN:VCALENDAR" not in text.upper():
        raise ParseError("not iCalendar data: no BEGIN:VCALENDAR")
    calendars = _calendars(_fix_tzid_params(text))
    events: list[CalEvent] = []
    for cal in calendars:
        events.extend(_calendar_events(cal, default_tz or UTC))
    return tuple(events)


# --------------------------------------------------------------------------- decoding


def _decode(data: bytes | str) -> str:
    if isinstance(data, str):
        text = data
    elif isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
        if raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            try:
                return raw.decode("utf-16").lstrip("\ufeff").replace("\x00", "")
            except UnicodeDecodeError:
                pass
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = raw.decode("cp1252")
            except UnicodeDecodeError:
                text = raw.decode("latin-1")
    else:
        raise ParseError(f"calendar data must be bytes or str, not {type(data).__name__}")
    return text.lstrip("\ufeff").replace("\x00", "")


# --------------------------------------------------------------------------- parsing


try:  # icalendar warns when it guesses "/vendor/Area/City" TZIDs; we resolve TZIDs ourselves
    from icalendar.error import GloballyUniqueTZIDGuessed

    warnings.filterwarnings("ignore", category=GloballyUniqueTZIDGuessed)
except ImportError:  # pragma: no cover - older icalendar
    pass


def _from_ical(text: str) -> list[Any]:
    components = _PARSE(text)
    return [c for c in components if str(getattr(c, "name", "")).upper() == "VCALENDAR"]


def _plain_parse(text: str) -> list[Any]:
    return list(Calendar.from_ical(text, multiple=True))


_PARSE = _plain_parse

try:  # icalendar ≥ 7: a parser that does not feed the process-wide VTIMEZONE cache
    from icalendar.parser.ical.calendar import CalendarIcalParser

    class _NoCacheParser(CalendarIcalParser):
        """Like icalendar's, but leaves its global VTIMEZONE cache alone (we resolve per calendar)."""

        def handle_end_component(self, vals: str) -> None:
            if not self._stack:
                raise ValueError("END encountered without an accompanying BEGIN!")
            component = self._stack.pop()
            if not self._stack:
                self._components.append(component)
            else:
                self._stack[-1].add_component(component)

        def prepare_components(self) -> None:
            """No re-parse for forward VTIMEZONE references: we never use the attached tzinfo."""

    def _nocache_parse(text: str) -> list[Any]:
        parser = _NoCacheParser(text, Calendar._get_component_factory(), Calendar.types_factory)
        return list(parser.parse())

    _nocache_parse("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n")  # API still as expected?
    _PARSE = _nocache_parse
except Exception:  # pragma: no cover - older icalendar: its cache may be fed, we still ignore it
    _PARSE = _plain_parse


def _calendars(text: str) -> list[Any]:
    """The VCALENDAR components: strict parse of well-formed text, else ever more lenient repairs."""
    lines = _unfold(text)
    if _well_formed(lines):
        try:
            cals = _from_ical("\r\n".join(_keep(lines)) + "\r\n")
            if cals:
                return cals
        except Exception as exc:  # icalendar raises ValueError, KeyError, IndexError, ...
            log.debug("strict iCalendar parse failed (%s), trying lenient", type(exc).__name__)
    repaired = _keep(_repair_lines(lines))
    if "BEGIN:VCALENDAR" not in repaired:
        raise ParseError("not iCalendar data: no BEGIN:VCALENDAR line")
    attempts = (
        repaired,
        _without_blocks(repaired, {"VTIMEZONE", "VALARM"}),
        _only_events(repaired),
    )
    last: Exception | None = None
    for attempt in attempts:
        try:
            cals = _from_ical("\r\n".join(attempt) + "\r\n")
        except Exception as exc:
            last = exc
            continue
        if cals:
            return cals
    detail = f": {type(last).__name__}" if last else ""
    raise ParseError(f"unreadable iCalendar data{detail}")


_NAME_RE = re.compile(r"^([A-Za-z0-9-]+)[;:]")
# What parse_calendar reads; every other line is left out before icalendar parses (speed, and
# a broken irrelevant property or VALARM can then not spoil the calendar).
_WANTED: dict[str, frozenset[str]] = {
    "VCALENDAR": frozenset({"METHOD", "X-WR-TIMEZONE"}),
    "VEVENT": frozenset(
        [
            "UID",
            "SUMMARY",
            "DESCRIPTION",
            "LOCATION",
            "DTSTART",
            "DTEND",
            "DURATION",
            "STATUS",
            "SEQUENCE",
            "DTSTAMP",
            "RECURRENCE-ID",
            "RRULE",
            "RDATE",
            "ORGANIZER",
            "ATTENDEE",
            "X-FOLLOWUP-KEY",
            "X-ALT-DESC",
            "X-GOOGLE-CONFERENCE",
            "CONFERENCE",
            "X-MICROSOFT-SKYPETEAMSMEETINGURL",
            "X-MICROSOFT-ONLINEMEETINGCONFLINK",
            "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK",
        ]
    ),
    "VTIMEZONE": frozenset({"TZID"}),
    "STANDARD": frozenset({"DTSTART", "TZOFFSETFROM", "TZOFFSETTO", "RRULE", "RDATE", "TZNAME"}),
    "DAYLIGHT": frozenset({"DTSTART", "TZOFFSETFROM", "TZOFFSETTO", "RRULE", "RDATE", "TZNAME"}),
}


def _wanted(component: str, line: str) -> bool:
    match = _NAME_RE.match(line)
    return match is not None and match.group(1).upper() in _WANTED.get(component, ())


def _keep(lines: list[str]) -> list[str]:
    """Only the components and properties parse_calendar reads (input: properly nested lines)."""
    out: list[str] = []
    stack: list[str] = []
    skipping = 0  # depth inside a component we do not read (VALARM, VTODO, VFREEBUSY, ...)
    for line in lines:
        marker = _begin_end(line)
        if marker is None:
            if not skipping and stack and _wanted(stack[-1], line):
                out.append(line)
            continue
        kind, component = marker
        if kind == "BEGIN":
            stack.append(component)
            if skipping or component not in _WANTED or (len(stack) > 1 and component == "VCALENDAR"):
                skipping += 1
                continue
        else:
            if stack:
                stack.pop()
            if skipping:
                skipping -= 1
                continue
        out.append(line)
    return out


_TEXTY = {"DESCRIPTION", "SUMMARY", "LOCATION", "COMMENT", "X-ALT-DESC", "CONTACT"}
# DTSTART;TZID="W. Europe Standard Time:20200609T090000"  (Exchange bug: value inside the quotes)
_QUOTED_VALUE_TEXT_RE = re.compile(r'(;TZID=)"([^":\r\n]+):([0-9]{8}(?:T[0-9]{6}Z?)?)"(?=\r?$)', re.I | re.M)
# DTSTART;TZID=(UTC-08:00) Pacific Time (US & Canada):2026…  (an unquoted colon inside the TZID)
_UNQUOTED_COLON_RE = re.compile(
    r'(;TZID=)([^";:\r\n]*:[^";\r\n]*?)'
    r"(?=(?:;[A-Za-z-]+=[^:;\r\n]*)*:[0-9]{8}(?:T[0-9]{6}Z?)?(?:,[0-9]{8}(?:T[0-9]{6}Z?)?)*[ \t]*\r?$)",
    re.I | re.M,
)


def _fix_tzid_params(text: str) -> str:
    """Repair two TZID quoting mistakes that would otherwise lose the event's start."""
    if ';TZID="' in text or ';tzid="' in text:
        text = _QUOTED_VALUE_TEXT_RE.sub(r'\1"\2":\3', text)
    if "TZID=" in text or "tzid=" in text:
        text = _UNQUOTED_COLON_RE.sub(r'\1"\2"', text)
    return text


_QUOTED_VALUE_RE = re.compile(r'^([^"]*;TZID=)"([^":]+):([0-9]{8}(?:T[0-9]{6}Z?)?)"\s*$', re.I)


def _unfold(text: str) -> list[str]:
    lines: list[str] = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        if line[:1] in (" ", "\t") and lines:
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def _line_ok(line: str) -> bool:
    """Whether icalendar accepts this property line inside a strict component."""
    try:
        _from_ical("BEGIN:VCALENDAR\r\n" + line + "\r\nEND:VCALENDAR\r\n")
    except Exception:
        return False
    return True


def _may_contain(parent: str, child: str) -> bool:
    if parent == "VCALENDAR":
        return child != "VCALENDAR"
    if parent == "VTIMEZONE":
        return child in ("STANDARD", "DAYLIGHT") or child.startswith("X-")
    if parent in ("VEVENT", "VTODO"):
        return child == "VALARM" or child.startswith("X-") or child in ("PARTICIPANT", "VLOCATION")
    return parent.startswith("X-")


def _begin_end(line: str) -> tuple[str, str] | None:
    """("BEGIN"|"END", COMPONENT) for a BEGIN/END line, else None."""
    head = line[:6].upper()
    if head.startswith("BEGIN:"):
        return "BEGIN", line[6:].strip().upper()
    if head.startswith("END:"):
        return "END", line[4:].strip().upper()
    return None


def _well_formed(lines: list[str]) -> bool:
    """Every line a content line, BEGIN/END properly nested and closed (cheap pre-check)."""
    stack: list[str] = []
    for line in lines:
        if not line or line.isspace():
            continue
        if not _NAME_RE.match(line):
            return False
        marker = _begin_end(line)
        if marker is None:
            if not stack:
                return False
        elif marker[0] == "BEGIN":
            if stack and not _may_contain(stack[-1], marker[1]):
                return False
            if not stack and marker[1] != "VCALENDAR":
                return False
            stack.append(marker[1])
        elif not stack or stack.pop() != marker[1]:
            return False
    return not stack


def _repair_lines(lines: list[str]) -> list[str]:
    """Well-nested BEGIN/END blocks, continuation of badly folded text, junk and bad lines dropped."""
    out: list[str] = []
    stack: list[str] = []
    last_name = ""
    for raw in lines:
        line = raw.rstrip()
        if not line.strip():
            continue
        match = _NAME_RE.match(line)
        if not match:
            if stack and last_name in _TEXTY and out:
                out[-1] += line  # a text line broken without the folding blank
            continue
        name = match.group(1).upper()
        marker = _begin_end(line)
        if marker is not None and marker[0] == "BEGIN":
            component = marker[1]
            if not component or (not stack and component != "VCALENDAR"):
                continue
            while stack and not _may_contain(stack[-1], component):  # a missing END line
                out.append("END:" + stack.pop())
            stack.append(component)
            out.append("BEGIN:" + component)
            last_name = ""
        elif marker is not None:
            if marker[1] not in stack:
                continue
            while stack:
                top = stack.pop()
                out.append("END:" + top)
                if top == marker[1]:
                    break
            last_name = ""
        elif stack:
            fixed = _QUOTED_VALUE_RE.sub(r'\1"\2":\3', line)
            if stack[-1] != "VEVENT" and not _line_ok(fixed):
                last_name = ""
                continue
            out.append(fixed)
            last_name = name
    while stack:
        out.append("END:" + stack.pop())
    return out


def _without_blocks(lines: list[str], names: set[str]) -> list[str]:
    out: list[str] = []
    depth = 0
    for line in lines:
        upper = line.upper()
        if depth:
            if upper.startswith("BEGIN:"):
                depth += 1
            elif upper.startswith("END:"):
                depth -= 1
            continue
        if upper.startswith("BEGIN:") and upper[6:] in names:
            depth = 1
            continue
        out.append(line)
    return out


def _only_events(lines: list[str]) -> list[str]:
    out = ["BEGIN:VCALENDAR", "VERSION:2.0"]
    inside = False
    for line in _without_blocks(lines, {"VTIMEZONE", "VALARM", "VTODO", "VJOURNAL", "VFREEBUSY"}):
        upper = line.upper()
        if upper == "BEGIN:VEVENT":
            inside = True
        if inside:
            out.append(line)
        if upper == "END:VEVENT":
            inside = False
    out.append("END:VCALENDAR")
    return out


# --------------------------------------------------------------------------- events


class _Context:
    """What every event of one VCALENDAR shares."""

    def __init__(self, cal: Any, default_tz: tzinfo) -> None:
        self.zones = ZoneResolver(c for c in cal.subcomponents if _name(c) == "VTIMEZONE")
        self.method = _upper(cal.get("METHOD"))
        self.default_tz = default_tz
        self.calendar_tz: tzinfo | None = None  # X-WR-TIMEZONE: what floating times mean here
        wr = _text(cal.get("X-WR-TIMEZONE"))
        if wr:
            self.calendar_tz = self.zones.resolve(wr) or named_zone(wr)


def _name(component: Any) -> str:
    return str(getattr(component, "name", "") or "").upper()


def _calendar_events(cal: Any, default_tz: tzinfo) -> Iterator[CalEvent]:
    try:
        ctx = _Context(cal, default_tz)
    except Exception as exc:
        log.debug("calendar header unusable (%s); using defaults", type(exc).__name__)
        ctx = _Context(Calendar(), default_tz)
    for component in _walk_events(cal):
        try:
            yield _event(component, ctx)
        except Exception as exc:  # one broken VEVENT must not hide the others
            log.warning("skipping unreadable VEVENT: %s", type(exc).__name__)


def _walk_events(component: Any) -> Iterator[Any]:
    stack = list(reversed(component.subcomponents))
    while stack:
        sub = stack.pop()
        if _name(sub) == "VEVENT":
            yield sub
        else:
            stack.extend(reversed(sub.subcomponents))


def _event(comp: Any, ctx: _Context) -> CalEvent:
    start, all_day, floating, local, zone = _moment(comp.get("DTSTART"), ctx)
    end = _end(comp, ctx, start, all_day, local, zone)
    recurrence_id = _moment(comp.get("RECURRENCE-ID"), ctx)[0] if "RECURRENCE-ID" in comp else None
    dtstamp = _moment(comp.get("DTSTAMP"), ctx)[0] if "DTSTAMP" in comp else None
    organizer = _attendee(_first(comp.get("ORGANIZER"))) if "ORGANIZER" in comp else None
    raw_attendees = comp.get("ATTENDEE")
    attendees = tuple(
        a for a in (_attendee(v) for v in _as_list(raw_attendees)) if a is not None and (a.email or a.name)
    )
    return CalEvent(
        uid=_text(comp.get("UID")) or None,
        summary=_text(comp.get("SUMMARY")),
        description=_text(comp.get("DESCRIPTION"), strip=False).strip(),
        location=_text(comp.get("LOCATION")),
        start=start,
        end=end,
        all_day=all_day,
        floating=floating,
        method=ctx.method,
        status=_upper(comp.get("STATUS")),
        sequence=_int(comp.get("SEQUENCE")),
        dtstamp=dtstamp,
        recurrence_id=recurrence_id,
        recurring="RRULE" in comp or "RDATE" in comp,
        organizer=organizer,
        attendees=attendees,
        conference_url=conference_url(comp),
        followup_key=_text(comp.get("X-FOLLOWUP-KEY")) or None,
    )


# --------------------------------------------------------------------------- values


def _dt(prop: Any) -> Any:
    """The parsed value of a date/time/duration property; None when icalendar could not parse it."""
    try:
        return getattr(prop, "dt", None)
    except Exception:  # icalendar's vBroken raises on attribute access
        return None


def _first(value: Any) -> Any:
    if isinstance(value, list):
        return value[0] if value else None
    return value


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _text(value: Any, strip: bool = True) -> str:
    value = _first(value)
    if value is None:
        return ""
    text = str(value)
    return text.strip() if strip else text


def _upper(value: Any) -> str | None:
    text = _text(value).upper()
    return text or None


def _int(value: Any) -> int:
    text = _text(value)
    try:
        return int(text)
    except ValueError:
        match = re.match(r"[+-]?\d{1,9}", text)
        return int(match.group(0)) if match else 0


_Moment = tuple[datetime | None, bool, bool, datetime | None, tzinfo | None]


def _moment(prop: Any, ctx: _Context) -> _Moment:
    """(UTC datetime, all_day, floating, local wall time, zone used) of a DATE / DATE-TIME property."""
    prop = _first(prop)
    dt = _dt(prop)
    if isinstance(dt, datetime):
        params = getattr(prop, "params", None) or {}
        tzid = params.get("TZID") if hasattr(params, "get") else None
        local = dt.replace(tzinfo=None)
        floating = False
        zone: tzinfo | None
        if tzid:
            zone = ctx.zones.resolve(str(tzid))
            if zone is None:
                log.debug("unknown TZID %r without VTIMEZONE: floating", str(tzid)[:80])
        elif dt.tzinfo is not None:
            zone = dt.tzinfo
        else:
            zone = None
        if zone is None:
            zone = ctx.calendar_tz
            if zone is None:
                zone, floating = ctx.default_tz, True
        try:
            return local.replace(tzinfo=zone).astimezone(UTC), False, floating, local, zone
        except (OverflowError, ValueError):
            return None, False, floating, None, None
    if isinstance(dt, date):
        return datetime.combine(dt, time(0), UTC), True, False, None, None
    return None, False, False, None, None


def _end(
    comp: Any,
    ctx: _Context,
    start: datetime | None,
    all_day: bool,
    local: datetime | None,
    zone: tzinfo | None,
) -> datetime | None:
    if start is None:
        return None
    end: datetime | None = None
    if "DTEND" in comp:
        end = _moment(comp.get("DTEND"), ctx)[0]
    elif "DURATION" in comp:
        duration = _dt(_first(comp.get("DURATION")))
        if isinstance(duration, timedelta):
            try:
                days, exact = timedelta(days=duration.days), duration - timedelta(days=duration.days)
                if days and local is not None and zone is not None:  # RFC 5545: days are nominal
                    end = (local + days).replace(tzinfo=zone).astimezone(UTC) + exact
                else:
                    end = start + duration
            except (OverflowError, ValueError):
                end = None
    if end is None or end < start:
        end = start + timedelta(days=1) if all_day else start
    return end


def _attendee(value: Any) -> Attendee | None:
    if value is None:
        return None
    params = getattr(value, "params", None) or {}

    def param(key: str) -> str | None:
        raw = params.get(key) if hasattr(params, "get") else None
        if raw is None:
            return None
        if isinstance(raw, list):
            raw = ",".join(str(r) for r in raw)
        text = str(raw).strip().strip('"').strip("'").strip()
        return text or None

    email = _email(str(value))
    given = _email(param("EMAIL") or "")
    if given:
        # "EMAIL=luca@studio.example:mailto:2_HAZ…@imip.me.com" (RFC 7986): the person's own address;
        # the mailto: is a relay or an alias that stands for them.
        email = given
    name = " ".join((param("CN") or "").split()) or None
    if name and email and name.lower() in (email, "mailto:" + email):
        name = None
    role, cutype, partstat = (param(k) for k in ("ROLE", "CUTYPE", "PARTSTAT"))
    return Attendee(
        email=email,
        name=name,
        role=role.upper() if role else None,
        cutype=cutype.upper() if cutype else None,
        partstat=partstat.upper() if partstat else None,
    )


def _email(text: str) -> str | None:
    text = text.strip().strip("<>").strip()
    if text[:7].lower() == "mailto:":
        text = text[7:].lstrip("/")
    text = text.strip().strip("<>").strip().lower()
    if "@" not in text or " " in text or ":" in text:
        return None
    return text


# --------------------------------------------------------------------------- conference links

_CONFERENCE_PROPS = (
    "X-GOOGLE-CONFERENCE",
    "X-MICROSOFT-SKYPETEAMSMEETINGURL",
    "X-MICROSOFT-ONLINEMEETINGCONFLINK",
    "X-MICROSOFT-ONLINEMEETINGEXTERNALLINK",
    "CONFERENCE",
)
_URL_TAIL = r"[^\s<>\"'\]\)|]*"
_STRONG_RE = re.compile(
    r"https?://(?:"
    r"meet\.google\.com/[a-z]{3,4}-[a-z]{4}-[a-z]{3}"
    r"|teams\.microsoft\.com/(?:l/meetup-join|meet)/"
    + _URL_TAIL
    + r"|teams\.live\.com/meet/"
    + _URL_TAIL
    + r"|(?:[a-z0-9-]+\.)*zoom(?:gov)?\.(?:us|com)/(?:j|w|my|s|wc/join)/"
    + _URL_TAIL
    + r"|(?:[a-z0-9-]+\.)*webex\.com/(?:meet|join|[a-z0-9-]+/j\.php|wbxmjs)"
    + _URL_TAIL
    + r"|(?:[a-z0-9-]+\.)*(?:bluejeans\.com|gotomeeting\.com|gotomeet\.me|whereby\.com|chime\.aws"
    r"|meet\.jit\.si)/" + _URL_TAIL + r")",
    re.I,
)


def _clean_url(url: str) -> str:
    return url.rstrip(".,;:!?*'\"")


def conference_url(comp: Any) -> str | None:
    """The video-call link of an event: vendor properties first, then links in its text."""
    for prop in _CONFERENCE_PROPS:
        for value in _as_list(comp.get(prop)):
            text = str(value).strip()
            if text.lower().startswith(("https://", "http://")):
                return _clean_url(text.split()[0])
    for prop in ("LOCATION", "DESCRIPTION", "X-ALT-DESC"):
        for value in _as_list(comp.get(prop)):
            match = _STRONG_RE.search(str(value))
            if match:
                return _clean_url(match.group(0))
    return None
