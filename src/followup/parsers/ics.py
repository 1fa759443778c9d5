"""iCalendar (.ics / text/calendar) → CalEvent values. Pure: bytes or text in, values out.

``parse_calendar`` is lenient with what real mailers send (BOMs, legacy charsets, LF line
ends, bad folding, junk lines, missing END lines, Windows/Outlook zone names) and raises only
``followup.errors.ParseError``. Each event's TZID is resolved against the VTIMEZONEs of its
own calendar (see ``ics_zones``), never against icalendar's process-wide zone cache.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from icalendar import Calendar

from followup.errors import ParseError
from followup.parsers.ics_text import _calendars, _decode, _fix_tzid_params
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
