"""Time-zone resolution for iCalendar TZIDs, per calendar.

icalendar keeps one process-wide cache of VTIMEZONE definitions keyed by TZID: the first
definition of a custom TZID ("Customized Time Zone") wins for the life of the process. A
daemon reading invites from many senders must not trust it, so every calendar gets its own
``ZoneResolver`` built from that calendar's VTIMEZONE components. Only pure name → IANA
lookups (which do not depend on any sender's definitions) are cached across calendars.
"""

from __future__ import annotations

import bisect
import calendar
import contextlib
import functools
import logging
import re
import zoneinfo
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta, timezone, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil import rrule as du_rrule
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

log = logging.getLogger(__name__)

_ZERO = timedelta(0)

# Windows time-zone display names (what Outlook puts after "(UTC+hh:mm) ") → IANA.
_DISPLAY_NAMES: dict[str, str] = {
    "pacific time (us & canada)": "America/Los_Angeles",
    "pacific time (us & canada); tijuana": "America/Los_Angeles",
    "pacific time (us & canada), tijuana": "America/Los_Angeles",
    "tijuana, baja california": "America/Tijuana",
    "mountain time (us & canada)": "America/Denver",
    "arizona": "America/Phoenix",
    "central time (us & canada)": "America/Chicago",
    "eastern time (us & canada)": "America/New_York",
    "atlantic time (canada)": "America/Halifax",
    "newfoundland": "America/St_Johns",
    "alaska": "America/Anchorage",
    "hawaii": "Pacific/Honolulu",
    "indiana (east)": "America/Indiana/Indianapolis",
    "saskatchewan": "America/Regina",
    "guadalajara, mexico city, monterrey": "America/Mexico_City",
    "bogota, lima, quito": "America/Bogota",
    "bogota, lima, quito, rio branco": "America/Bogota",
    "brasilia": "America/Sao_Paulo",
    "buenos aires": "America/Argentina/Buenos_Aires",
    "city of buenos aires": "America/Argentina/Buenos_Aires",
    "santiago": "America/Santiago",
    "caracas": "America/Caracas",
    "coordinated universal time": "UTC",
    "utc": "UTC",
    "dublin, edinburgh, lisbon, london": "Europe/London",
    "greenwich mean time : dublin, edinburgh, lisbon, london": "Europe/London",
    "casablanca": "Africa/Casablanca",
    "monrovia, reykjavik": "Atlantic/Reykjavik",
    "amsterdam, berlin, bern, rome, stockholm, vienna": "Europe/Berlin",
    "belgrade, bratislava, budapest, ljubljana, prague": "Europe/Budapest",
    "brussels, copenhagen, madrid, paris": "Europe/Paris",
    "sarajevo, skopje, warsaw, zagreb": "Europe/Warsaw",
    "west central africa": "Africa/Lagos",
    "athens, bucharest": "Europe/Bucharest",
    "athens, bucharest, istanbul": "Europe/Bucharest",
    "helsinki, kyiv, riga, sofia, tallinn, vilnius": "Europe/Kiev",
    "helsinki, kiev, riga, sofia, tallinn, vilnius": "Europe/Kiev",
    "jerusalem": "Asia/Jerusalem",
    "cairo": "Africa/Cairo",
    "harare, pretoria": "Africa/Johannesburg",
    "istanbul": "Europe/Istanbul",
    "moscow, st. petersburg": "Europe/Moscow",
    "moscow, st. petersburg, volgograd": "Europe/Moscow",
    "nairobi": "Africa/Nairobi",
    "baghdad": "Asia/Baghdad",
    "kuwait, riyadh": "Asia/Riyadh",
    "tehran": "Asia/Tehran",
    "abu dhabi, muscat": "Asia/Dubai",
    "islamabad, karachi": "Asia/Karachi",
    "chennai, kolkata, mumbai, new delhi": "Asia/Kolkata",
    "kathmandu": "Asia/Kathmandu",
    "dhaka": "Asia/Dhaka",
    "bangkok, hanoi, jakarta": "Asia/Bangkok",
    "beijing, chongqing, hong kong, urumqi": "Asia/Shanghai",
    "kuala lumpur, singapore": "Asia/Singapore",
    "perth": "Australia/Perth",
    "taipei": "Asia/Taipei",
    "osaka, sapporo, tokyo": "Asia/Tokyo",
    "seoul": "Asia/Seoul",
    "adelaide": "Australia/Adelaide",
    "darwin": "Australia/Darwin",
    "brisbane": "Australia/Brisbane",
    "canberra, melbourne, sydney": "Australia/Sydney",
    "hobart": "Australia/Hobart",
    "auckland, wellington": "Pacific/Auckland",
    "fiji": "Pacific/Fiji",
}
_LOWER_WINDOWS = {k.lower(): v for k, v in WINDOWS_TO_OLSON.items()}

_PREFIX_RE = re.compile(r"^\(\s*(?:utc|gmt)\s*(?:([+-])\s*(\d{1,2})(?:[:.]?(\d{2}))?)?\s*\)\s*", re.I)
_OFFSET_NAME_RE = re.compile(r"^(?:utc|gmt)\s*([+-])\s*(\d{1,2})(?::?(\d{2}))?$", re.I)


def clean_tzid(tzid: str) -> str:
    """The TZID as written, without quotes, escapes and surrounding blanks."""
    return tzid.strip().strip('"').replace("\\,", ",").replace("\\;", ";").strip()


def _zoneinfo(key: str) -> tzinfo | None:
    if not key or len(key) > 64 or ".." in key or key.startswith("/"):
        return None
    if key.upper() in ("UTC", "Z", "GMT", "ETC/UTC", "ETC/GMT"):
        return UTC
    try:
        return ZoneInfo(key)
    except (ZoneInfoNotFoundError, ValueError, OSError, UnicodeError):
        return None


def _fixed(sign: str, hours: str, minutes: str | None) -> tzinfo | None:
    h, m = int(hours), int(minutes or 0)
    if h > 14 or m > 59:
        return None
    delta = timedelta(hours=h, minutes=m)
    return timezone(-delta if sign == "-" else delta)


@functools.lru_cache(maxsize=1)
def _iana_lower() -> dict[str, str]:
    """Lower-cased IANA names → their spelling (read once, only for names that missed)."""
    try:
        return {key.lower(): key for key in zoneinfo.available_timezones()}
    except Exception:  # pragma: no cover - no tz database at all
        return {}


def windows_zone(name: str) -> tzinfo | None:
    """The zone of a Windows zone name written out ("South Africa Standard Time"), else None."""
    key = " ".join(name.lower().split())
    return _zoneinfo(_LOWER_WINDOWS[key]) if key in _LOWER_WINDOWS else None


@functools.lru_cache(maxsize=1024)
def iana_zone(tzid: str) -> tzinfo | None:
    """Exactly an IANA name (or UTC), else None."""
    return _zoneinfo(clean_tzid(tzid))


@functools.lru_cache(maxsize=1024)
def named_zone(tzid: str) -> tzinfo | None:
    """Guess a zone from the TZID's name alone: IANA, Windows, vendor prefixes, Outlook names.

    Pure function of the name (no sender's definitions involved), so it is safe to cache.
    """
    name = clean_tzid(tzid)
    if not name:
        return None
    zone = _zoneinfo(name)
    if zone is not None:
        return zone
    lowered = name.lower()
    if lowered in _LOWER_WINDOWS:
        return _zoneinfo(_LOWER_WINDOWS[lowered])
    if lowered in _iana_lower():  # "europe/berlin", "US/PACIFIC"
        return _zoneinfo(_iana_lower()[lowered])
    if "/" in name:  # "/softwarestudio.org/Tzfile/America/Chicago", "/mozilla.org/…/Europe/Berlin"
        parts = [p for p in name.split("/") if p]
        for start in range(1, len(parts)):
            zone = _zoneinfo("/".join(parts[start:]))
            if zone is not None:
                return zone
    prefix_zone: tzinfo | None = None
    match = _PREFIX_RE.match(name)
    if match:
        sign, hours, minutes = match.groups()
        prefix_zone = _fixed(sign, hours, minutes) if sign else UTC
        lowered = lowered[match.end() :].strip()
    if lowered in _DISPLAY_NAMES:
        return _zoneinfo(_DISPLAY_NAMES[lowered])
    for sep in (";", " - "):
        head = lowered.split(sep)[0].strip()
        if head in _DISPLAY_NAMES:
            return _zoneinfo(_DISPLAY_NAMES[head])
    if lowered in _LOWER_WINDOWS:
        return _zoneinfo(_LOWER_WINDOWS[lowered])
    if prefix_zone is not None:
        return prefix_zone
    offset = _OFFSET_NAME_RE.match(lowered)
    if offset:
        return _fixed(*offset.groups())
    return None


class VTimezone(tzinfo):
    """A tzinfo computed from one VTIMEZONE's STANDARD/DAYLIGHT observances.

    For a wall-clock time, the offset is the TZOFFSETTO of the observance with the latest
    onset at or before that time (onsets compared as local wall-clock times).
    """

    def __init__(self, tzid: str, observances: list[_Observance]) -> None:
        self.tzid = tzid
        self._obs = observances
        self._earliest = min(observances, key=lambda o: o.start)
        self._years: dict[int, tuple[list[datetime], list[_Observance]]] = {}

    def _table(self, year: int) -> tuple[list[datetime], list[_Observance]]:
        """Every onset from the last one before ``year - 1`` to the end of ``year``, sorted."""
        table = self._years.get(year)
        if table is None:
            pairs: list[tuple[datetime, int]] = []
            for index, obs in enumerate(self._obs):
                pairs.extend((onset, index) for onset in obs.onsets_around(year))
            pairs.sort()
            table = ([p[0] for p in pairs], [self._obs[p[1]] for p in pairs])
            if len(self._years) < 64:
                self._years[year] = table
        return table

    def _lookup(self, dt: datetime | None) -> tuple[_Observance, bool]:
        """(observance in force, whether any onset precedes ``dt``)."""
        if dt is None:
            return self._earliest, True
        local = dt.replace(tzinfo=None, fold=0)
        onsets, observances = self._table(local.year)
        index = bisect.bisect_right(onsets, local) - 1
        if index < 0:
            return self._earliest, False
        return observances[index], True

    def utcoffset(self, dt: datetime | None) -> timedelta:
        obs, started = self._lookup(dt)
        return obs.offset_to if started else obs.offset_from

    def dst(self, dt: datetime | None) -> timedelta:
        obs, started = self._lookup(dt)
        return timedelta(hours=1) if obs.is_dst and started else _ZERO

    def tzname(self, dt: datetime | None) -> str:
        return self._lookup(dt)[0].name or self.tzid

    def consistent(self) -> bool:
        """Each observance's TZOFFSETFROM is some observance's TZOFFSETTO (the earliest excepted)."""
        targets = {o.offset_to for o in self._obs}
        return all(o.offset_from in targets for o in self._obs if o is not self._earliest)

    def __repr__(self) -> str:
        return f"VTimezone({self.tzid!r})"


class _Observance:
    __slots__ = ("is_dst", "name", "offset_from", "offset_to", "rdates", "rule", "rule_text", "start")

    def __init__(
        self,
        start: datetime,
        offset_from: timedelta,
        offset_to: timedelta,
        rule_text: str | None,
        rdates: list[datetime],
        name: str,
        is_dst: bool,
    ) -> None:
        self.start = start
        self.offset_from = offset_from
        self.offset_to = offset_to
        self.rule_text = rule_text
        self.rdates = sorted(rdates)
        self.name = name
        self.is_dst = is_dst
        self.rule: dict[int, Any] = {}

    def _rule_for(self, year: int) -> Any:
        """A dateutil rrule, with DTSTART moved close to ``year`` when that is safe (speed)."""
        if self.rule_text is None:
            return None
        text = self.rule_text
        start = self.start
        safe_shift = "COUNT=" not in text and not re.search(r"INTERVAL=(?!1\b)\d+", text)
        shift_year = year - 2
        if safe_shift and shift_year > start.year:
            try:
                start = start.replace(year=shift_year)
            except ValueError:
                shift_year = start.year
        else:
            shift_year = start.year
        cached = self.rule.get(shift_year)
        if cached is None:
            try:
                cached = du_rrule.rrulestr("RRULE:" + text, dtstart=start)
            except (ValueError, TypeError, KeyError, IndexError, OverflowError):
                cached = False
            if len(self.rule) < 32:
                self.rule[shift_year] = cached
        return cached or None

    def onsets_around(self, year: int) -> list[datetime]:
        """True onsets covering ``year``: at least the last one before it and all within it."""
        high = datetime(year + 1, 1, 1) if year < 9999 else datetime.max
        out = [self.start] if self.start < high else []
        out.extend(r for r in self.rdates if r < high)
        if self.rule_text is None:
            return out
        fast = _simple_yearly(self.rule_text)
        if fast is not None:
            out.extend(self._simple_onsets(fast, year))
            return out
        low = datetime(max(year - 1, 1), 1, 1)
        before = self.last_onset(low)
        if before is not None:
            out.append(before)
        rule = self._rule_for(year)
        if rule is not None:
            with contextlib.suppress(ValueError, TypeError, OverflowError):
                out.extend(o for o in rule.between(low, high, inc=False) if o >= self.start)
        return out

    def _simple_onsets(self, rule: tuple[int, int, int, datetime | None], year: int) -> list[datetime]:
        month, nth, weekday, until = rule
        last_year = year if until is None else min(year, until.year)
        out: list[datetime] = []
        for y in range(max(last_year - 2, self.start.year), last_year + 1):
            day = _nth_weekday(y, month, nth, weekday)
            if day is None:
                continue
            onset = datetime.combine(day, self.start.time())
            if onset >= self.start and (until is None or onset <= until):
                out.append(onset)
        return out

    def last_onset(self, local: datetime) -> datetime | None:
        if local < self.start:
            return None
        best = self.start
        for rdate in self.rdates:
            if best < rdate <= local:
                best = rdate
        rule = self._rule_for(local.year)
        if rule is not None:
            try:
                onset = rule.before(local, inc=True)
            except (ValueError, TypeError, OverflowError):
                onset = None
            if onset is not None and onset > best:
                best = onset
        return best


_WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}


@functools.lru_cache(maxsize=256)
def _simple_yearly(rule_text: str) -> tuple[int, int, int, datetime | None] | None:
    """(month, nth, weekday, until) for the usual VTIMEZONE rule FREQ=YEARLY;BYMONTH=m;BYDAY=nDD."""
    parts: dict[str, str] = {}
    for item in rule_text.upper().split(";"):
        key, _, value = item.partition("=")
        parts[key.strip()] = value.strip()
    if parts.pop("FREQ", None) != "YEARLY" or parts.pop("INTERVAL", "1") != "1":
        return None
    parts.pop("WKST", None)
    until_text = parts.pop("UNTIL", None)
    month_text, byday = parts.pop("BYMONTH", ""), parts.pop("BYDAY", "")
    match = re.fullmatch(r"([+-]?[1-5])(MO|TU|WE|TH|FR|SA|SU)", byday)
    if parts or not match or not month_text.isdigit() or not 1 <= int(month_text) <= 12:
        return None
    until: datetime | None = None
    if until_text:
        digits = re.fullmatch(r"(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2}))?Z?", until_text)
        if not digits:
            return None
        try:
            y, mo, d, h, mi, sec = (int(g) for g in digits.groups(default="0"))
            until = datetime(y, mo, d, h, mi, sec)
        except ValueError:
            return None
    return int(month_text), int(match.group(1)), _WEEKDAYS[match.group(2)], until


def _nth_weekday(year: int, month: int, nth: int, weekday: int) -> date | None:
    """The nth (or, negative, nth-from-last) given weekday of a month; None when there is none."""
    if not 1 <= year <= 9999:
        return None
    days = calendar.monthrange(year, month)[1]
    if nth > 0:
        day = 1 + (weekday - date(year, month, 1).weekday()) % 7 + 7 * (nth - 1)
    else:
        day = days - (date(year, month, days).weekday() - weekday) % 7 - 7 * (-nth - 1)
    return date(year, month, day) if 1 <= day <= days else None


def _as_naive(value: Any) -> datetime | None:
    dt = getattr(value, "dt", value)
    if isinstance(dt, datetime):
        return dt.replace(tzinfo=None)
    if isinstance(dt, date):
        return datetime(dt.year, dt.month, dt.day)
    return None


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _offset(value: Any) -> timedelta | None:
    td = getattr(_first(value), "td", None)
    if isinstance(td, timedelta) and abs(td) < timedelta(hours=24):
        return td
    return None


def _rdates(value: Any) -> list[datetime]:
    out: list[datetime] = []
    for item in value if isinstance(value, list) else [value]:
        for entry in getattr(item, "dts", []) or []:
            naive = _as_naive(entry)
            if naive is not None:
                out.append(naive)
    return out


def build_vtimezone(component: Any) -> VTimezone | None:
    """A VTimezone from an icalendar VTIMEZONE component, or None when it has no usable observance."""
    tzid = clean_tzid(str(component.get("TZID", "")))
    observances: list[_Observance] = []
    for sub in component.subcomponents:
        kind = str(getattr(sub, "name", "")).upper()
        if kind not in ("STANDARD", "DAYLIGHT"):
            continue
        start = _as_naive(_first(sub.get("DTSTART")))
        offset_to = _offset(sub.get("TZOFFSETTO"))
        if start is None or offset_to is None:
            continue
        offset_from = _offset(sub.get("TZOFFSETFROM"))
        rule = _first(sub.get("RRULE"))
        rule_text: str | None = None
        if rule is not None and hasattr(rule, "to_ical"):
            try:
                rule_text = rule.to_ical().decode("utf-8", "replace")
            except Exception:  # a broken RRULE: ignore the rule, keep the onset
                rule_text = None
            if rule_text:
                # UNTIL in UTC against a naive DTSTART upsets dateutil; the hour does not matter here.
                rule_text = re.sub(r"(UNTIL=\d{8}(?:T\d{6})?)Z", r"\1", rule_text)
        observances.append(
            _Observance(
                start,
                offset_from if offset_from is not None else offset_to,
                offset_to,
                rule_text or None,
                _rdates(sub.get("RDATE")) if "RDATE" in sub else [],
                str(sub.get("TZNAME", "")),
                kind == "DAYLIGHT",
            )
        )
    if not observances:
        return None
    return VTimezone(tzid, observances)


class ZoneResolver:
    """Resolves TZIDs for ONE calendar: its own VTIMEZONEs first (except exact IANA names)."""

    def __init__(self, vtimezones: Iterable[Any]) -> None:
        self._components: dict[str, Any] = {}
        for comp in vtimezones:
            try:
                key = clean_tzid(str(comp.get("TZID", ""))).lower()
            except Exception:
                continue
            if key and key not in self._components:
                self._components[key] = comp
        self._memo: dict[str, tzinfo | None] = {}

    def resolve(self, tzid: str) -> tzinfo | None:
        """The zone a TZID means in this calendar, or None (treat the time as floating)."""
        if tzid in self._memo:
            return self._memo[tzid]
        zone = self._resolve(tzid)
        self._memo[tzid] = zone
        return zone

    def _resolve(self, tzid: str) -> tzinfo | None:
        exact = iana_zone(tzid)
        if exact is not None:
            return exact
        own: VTimezone | None = None
        comp = self._components.get(clean_tzid(tzid).lower())
        if comp is not None:
            try:
                own = build_vtimezone(comp)
            except Exception as exc:  # a broken VTIMEZONE must not sink the event
                log.debug("unusable VTIMEZONE %r: %s", tzid, exc)
                own = None
        if own is not None and own.consistent():
            return own
        named = named_zone(tzid)
        if named is not None:
            return named
        return own
