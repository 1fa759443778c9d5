"""Business days: weekends and the owner's public holidays, as a value.

``Workdays`` is pure (a frozen set of holiday dates); the planner and the timeline parser get
one passed in and never look anything up. ``workdays_for(country, years)`` builds it at the
edge with the ``holidays`` library; ``country_for_zone`` derives the default country from the
owner's IANA zone through tzdata's ``zone.tab`` (one ISO 3166 code per zone; zones such as
"UTC" or "Etc/GMT+5" have none, and then only weekends are skipped).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from importlib import resources

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Workdays:
    """Monday to Friday, less ``holidays``."""

    holidays: frozenset[date] = frozenset()
    country: str = ""

    def is_business(self, d: date) -> bool:
        return d.weekday() < 5 and d not in self.holidays

    def next_business(self, d: date) -> date:
        """``d`` itself when a business day, else the first one after it."""
        while not self.is_business(d):
            d += timedelta(days=1)
        return d

    def add(self, d: date, n: int) -> date:
        """``n`` business days after ``d``."""
        while n > 0:
            d += timedelta(days=1)
            if self.is_business(d):
                n -= 1
        return d


WEEKENDS_ONLY = Workdays()


@cache
def workdays_for(country: str, years: range) -> Workdays:
    """The public holidays of ``country`` (ISO 3166 alpha-2) in ``years``; "" means none."""
    if not country:
        return WEEKENDS_ONLY
    import holidays

    try:
        found = holidays.country_holidays(country.upper(), years=years)
    except NotImplementedError:
        log.warning("no public holidays known for country %s; skipping weekends only", country)
        return WEEKENDS_ONLY
    return Workdays(frozenset(found.keys()), country.upper())


def supported_countries() -> frozenset[str]:
    import holidays

    return frozenset(holidays.list_supported_countries())


@cache
def _zone_table() -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        text = (resources.files("tzdata") / "zoneinfo" / "zone.tab").read_text(encoding="utf-8")
    except (OSError, ModuleNotFoundError):
        try:
            with open("/usr/share/zoneinfo/zone.tab", encoding="utf-8") as fh:
                text = fh.read()
        except OSError:
            return out
    for line in text.splitlines():
        if line.startswith("#") or not line.strip():
            continue
        fields = line.split("\t")
        if len(fields) >= 3:
            out[fields[2]] = fields[0]
    return out


_LINKS = {"US/Eastern": "America/New_York", "US/Central": "America/Chicago",
          "US/Mountain": "America/Denver", "US/Pacific": "America/Los_Angeles",
          "Asia/Calcutta": "Asia/Kolkata", "Europe/Kiev": "Europe/Kyiv"}


def country_for_zone(zone: str) -> str:
    """The country of an IANA zone from tzdata's zone.tab ("" when the zone has none)."""
    table = _zone_table()
    return table.get(zone) or table.get(_LINKS.get(zone, ""), "")
