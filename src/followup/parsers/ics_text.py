"""From calendar bytes to icalendar components, leniently: decoding, unfolding, keeping only
the lines and components the event reader uses, repairing what a strict parse rejects (bad
folding, junk lines, missing END lines, quoted TZID values). ``ics.parse_calendar`` reads the
VEVENTs of what this returns."""

from __future__ import annotations

import logging
import re
import warnings
from typing import Any

from icalendar import Calendar

from followup.errors import ParseError
from followup.parsers.ics_zones import iana_zone

log = logging.getLogger(__name__)


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
    """Only the components and properties parse_calendar reads (input: properly nested lines).

    A VTIMEZONE named by an exact IANA TZID keeps only its name: the resolver uses the IANA zone
    then, never the rules written out (often a long list of RDATEs), so they are not parsed."""
    out: list[str] = []
    stack: list[str] = []
    skipping = 0  # depth inside a component we do not read (VALARM, VTODO, VFREEBUSY, ...)
    zone_at = -1  # where the VTIMEZONE being read starts in ``out``
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
            zone_at = len(out) if component == "VTIMEZONE" else zone_at
        else:
            if stack:
                stack.pop()
            if skipping:
                skipping -= 1
                continue
            if component == "VTIMEZONE" and zone_at >= 0:
                out[zone_at + 1 :] = _named_only(out[zone_at + 1 :])
                zone_at = -1
        out.append(line)
    return out


def _named_only(body: list[str]) -> list[str]:
    """A VTIMEZONE's lines (without BEGIN/END): only its TZID when that is an exact IANA name."""
    tzids = [line for line in body if line[:5].upper() == "TZID:" or line[:5].upper() == "TZID;"]
    if len(tzids) == 1 and iana_zone(tzids[0].split(":", 1)[1].strip()) is not None:
        return tzids
    return body


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

