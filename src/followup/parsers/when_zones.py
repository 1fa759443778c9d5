"""Time zones named in mail text: GMT offsets, abbreviations, region and city words, a country's
adjective next to a word for "time", IANA names ("Europe/Amsterdam").

``when_times`` asks here for the zone written after a clock time."""

from __future__ import annotations

import re
import unicodedata
from datetime import timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from followup.parsers import words
from followup.parsers.ics_zones import windows_zone
from followup.parsers.zone_names import (
    BR_STATE_ZONES,
    CA_PROVINCE_ZONES,
    SHORT_PLACES,
    US_STATE_ZONES,
    ZONE_ADJECTIVES,
    ZONE_WORDS,
)

_ZONE_RE = re.compile(
    r"\(?\s*(?:(?P<gmt>(?:GMT|UTC)\s*(?P<sign>[+-−])\s*(?P<oh>\d{1,2})(?::?(?P<om>\d\d))?)\)?"
    r"(?:\s*(?P<after>[A-Z][A-Za-z .&()]{2,40}?)\s*(?:time|\(US))?"
    # (not inside a reference code: "318-EST-26-0412")
    r"|(?P<abbr>(?<![\w-])(?:PT|PST|PDT|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|CET|CEST|MEZ|MESZ|BST|IST|UTC|GMT|SGT|JST|AEST|"
    r"AEDT|EET|EEST|HKT|NZST|NZDT|AKST|HST|AWST|ACST|ACDT|WET|WEZ|BRT|BRST|CLT|CLST|NST|NDT|AST|ADT|AKDT|KST|"
    r"SAST|MSK|PHT|EAT|WAT|CAT|HNE|HAE|HNC|HAC|HNR|HAR|HNP|HAP|HNA|HAA|WIB|WITA|WIT|MYT|ICT)\b(?!-\d))"
    r"|(?P<named>(?i:\b(?:(?:Central|Eastern|Western)\s+European|Greenwich\s+Mean|British\s+Summer|"
    r"Australian\s+Eastern|India|Indian|Singapore|Arabian?|East\s+Africa|West\s+Africa|Japan|Korea|China|Hong\s+Kong|Atlantic|Alaska|Hawaii|"
    r"Arizona|Los\s+Angeles|Toronto|Vancouver|Dubai|Gulf|"
    r"Pacific|Eastern|Central|Mountain|Houston|Chicago|New\s+York|California|"
    r"Texas|London|UK|Paris|Berlin|Madrid|Zurich|Amsterdam|Sydney|S[ãa]o\s+Paulo|Bras[íi]lia|Lisbon|Dublin|"
    r"Oslo|Stockholm|Copenhagen|Rome|Warsaw|Mumbai|Bangalore|Bengaluru|Tokyo|Seoul|Melbourne|Auckland|"
    r"Denver|Phoenix|Seattle|San\s+Francisco|Boston|Atlanta|Dallas|Montr[ée]al)"
    r"\s+(?:Standard\s+|Daylight\s+|Summer\s+)?"
    r"time\b))"
    r"|(?P<lang>(?:hora\s+(?:de\s+)?(?:Madrid|peninsular|México|Mexico|Bogotá|Buenos\s+Aires)"
    r"|heure\s+de\s+Paris|(?:Berliner|deutscher|MEZ)\s+Zeit"
    r"|(?i:heure\s+(?:normale\s+|avanc[ée]e\s+)?(?:de\s+l['’]est|du\s+pacifique|du\s+centre|des\s+rocheuses|"
    r"de\s+l['’]atlantique)))))"
    # a place or a country's adjective with the word for "time" of any language: "horário de Brasília",
    # "ora italiana", "ora di Roma", "hora de Lisboa", "Belgische tijd", "Irish time", "heure de Bruxelles"
    r"|(?i:\b(?:hor[áa]rio|hora|heure|ora)\s+(?:(?:oficial|legal|locale?)\s+)?(?:(?:de|do|da|dos|das|des|di|del|du|d['’])\s*)?"
    r"(?P<place>[^\W\d_][\w-]+(?:\s+[A-ZÀ-Ý][\w-]+)?))"
    r"|(?P<adj>\b[A-ZÀ-Ýa-zà-ÿ][\w-]+)\s+(?i:tijd|zeit|time)\b"
    # a region said for every time listed: "(all times Eastern)", "times below are in Central"
    r"|(?i:\b(?:all\s+)?times\s+(?:below\s+|shown\s+|listed\s+|given\s+)?(?:are\s+)?(?:in\s+)?)"
    r"(?P<allw>(?-i:[A-Z])[a-z]{3,})\b(?!\s+(?i:european|europe|africa|asia|australian?)\b)"
    # an IANA zone name as calendars and ATS mail print it: "13:00 – 13:30 (Europe/Amsterdam)"
    r"|(?P<iana>\b(?:Europe|America|Asia|Africa|Australia|Pacific|Atlantic|Indian)/[A-Z][A-Za-z_]+(?:/[A-Z][A-Za-z_]+)?)"
    # a Windows zone name as Outlook and Bookings print it: "09:30 – 12:00 (South Africa Standard Time)"
    r"|(?P<win>\b(?:[A-Z][\w.&'-]*\s+){1,4}Standard\s+Time\b)",
)


# A region or city right after a clock time, without the word "time": "2:30 PM Eastern",
# "noon Pacific", "10:00 São Paulo". Only read at the head of a time's tail (alone in running text,
# "Central" or "London" says nothing about a zone).
_LONG_ZONE_WORDS = sorted((w for w in ZONE_WORDS if len(w) > 3 or w == "gst"), key=len, reverse=True)
_BARE_ZONE = re.compile(
    r"\s*[(\[]?\s*(?:(?:de|em|in|à|en|di)\s+)?(?P<w>"
    + "|".join(re.escape(w).replace("\\ ", r"\s+") for w in _LONG_ZONE_WORDS)
    + r")\b(?![ \t]+(?:european|europe|standard|daylight|summer|street|st\b|ave|avenue|road|station|park|"
    r"office|campus|store|branch|building|square|plaza|line|university|college|bank|high|school))",
    re.IGNORECASE,
)


def bare_zone(tail: str) -> tzinfo | None:
    """The zone named by a region or city word at the head of ``tail`` ("Eastern (30 minutes)")."""
    m = _BARE_ZONE.match(tail)
    if not m:
        return None
    word = " ".join(m.group("w").lower().split())
    name = ZONE_WORDS.get(word)
    return ZoneInfo(name) if name else None


def zone_at_head(tail: str) -> tzinfo | None:
    """The zone written right after a time ("… 17h00 heure de Paris (11h00 heure de Montréal)",
    "7:00 AM Pacific (8:30 PM IST)"): only one that starts the tail, not the next time's."""
    for m in _ZONE_RE.finditer(tail):
        if tail[: m.start()].strip(" \t([,-–"):
            return None
        zone = _zone_of(m)
        if zone is not None:
            return zone
    return None


# Before an abbreviation that names the zone of a text: a clock time ("10:00 CET", "2 pm (ET)") or
# a word for time or zone ("Times in EST", "zone: IST"). Elsewhere an abbreviation is more often
# something else ("afdelingshoofd ICT", "CAT scan", "AST team").
_ABBR_SAID = re.compile(
    r"(?:\d[\w.]{0,6}(?:\s+[ap]\.?\s?m\b\.?)?"
    r"|\b(?:" + "|".join(words.merged("ZONE_TIME")) + r")\b[^.\n\d]{0,24}?)[\s:.,(\[-]*$",
    re.I,
)


def zone_from_text(snippet: str) -> tzinfo | None:
    """A time zone named in a snippet such as "1:00 PM Houston time" or "(GMT-06:00)"."""
    for m in _ZONE_RE.finditer(snippet):
        if m.group("abbr") and not _ABBR_SAID.search(snippet, max(0, m.start() - 40), m.start()):
            continue
        zone = _zone_of(m)
        if zone is not None:
            return zone
    return None


def _tzdata_cities() -> dict[str, str]:
    """Every city the time-zone database names ("America/Santiago" → "santiago"), for a place
    written with the word for time ("hora de Santiago", "Lima time"); never read bare."""
    out: dict[str, str] = {}
    for name in sorted(available_timezones()):
        parts = name.split("/")
        if len(parts) != 2 or parts[0] not in _TZ_REGIONS:
            continue
        city = parts[1].replace("_", " ").lower()
        out.setdefault(city, name)
        plain = unicodedata.normalize("NFKD", city).encode("ascii", "ignore").decode()
        out.setdefault(plain, name)
    return out


_TZ_REGIONS = frozenset({"America", "Europe", "Asia", "Africa", "Australia", "Pacific", "Atlantic", "Indian"})
TZDATA_CITIES = _tzdata_cities()


def _place_zone(word: str) -> tzinfo | None:
    """The zone of a place or a country's adjective ("Brasília", "italiana"), if known."""
    key = " ".join(word.lower().split())
    # (German names a city's time by its adjective: "Londoner Zeit", "Wiener Zeit")
    for cand in (key, key.split(" ", 1)[0], *([key[:-2]] if key.endswith("er") and len(key) > 5 else [])):
        name = ZONE_WORDS.get(cand) if len(cand) > 3 or cand in SHORT_PLACES else None
        name = name or ZONE_ADJECTIVES.get(cand) or (TZDATA_CITIES.get(cand) if len(cand) > 3 else None)
        if name:
            return ZoneInfo(name)
    return None


def _zone_of(m: re.Match[str]) -> tzinfo | None:
    if m.group("win"):
        # (the longest run of words before "Standard Time" that Windows names: "Africa Standard Time"
        # alone is no zone, "South Africa Standard Time" is)
        names = m.group("win").split()
        return next((z for i in range(len(names) - 2) if (z := windows_zone(" ".join(names[i:])))), None)
    if m.group("iana"):
        try:
            return ZoneInfo(m.group("iana"))
        except (ZoneInfoNotFoundError, ValueError):
            return None
    if m.group("allw"):
        name = ZONE_WORDS.get(m.group("allw").lower())
        return ZoneInfo(name) if name else None
    if m.group("place") or m.group("adj"):
        return _place_zone(m.group("place") or m.group("adj"))
    if m.group("gmt"):
        after = (m.group("after") or "").lower()
        for word, name in sorted(ZONE_WORDS.items(), key=lambda kv: -len(kv[0])):
            if len(word) > 3 and word in after:
                return ZoneInfo(name)
        sign = -1 if m.group("sign") in "-−" else 1
        hours = int(m.group("oh"))
        minutes = int(m.group("om") or 0)
        if hours > 14:
            return None
        return timezone(sign * timedelta(hours=hours, minutes=minutes))
    word = (m.group("abbr") or m.group("named") or m.group("lang") or "").lower()
    for key, name in sorted(ZONE_WORDS.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"\b{re.escape(key)}\b", word):
            return ZoneInfo(name)
    if "zeit" in word:
        return ZoneInfo("Europe/Berlin")
    return None



_COMMON = [
    (re.compile(r"\b(?:" + "|".join(lang.COMMON_WORDS) + r")\b", re.IGNORECASE), lang.HOME_ZONE)
    for lang in words.LANGUAGES
]


def language_zone(text: str) -> tzinfo | None:
    """The one zone of the text's language, when that language is spoken in a single zone
    (Italian, Dutch, German): a Date header in UTC says nothing about where the sender is."""
    counts = [(len(rx.findall(text[:4000])), home) for rx, home in _COMMON]
    counts.sort(key=lambda c: c[0], reverse=True)
    (best, home), (second, _) = counts[0], counts[1]
    if best < 3 or not home or best < 2 * second:
        return None
    return ZoneInfo(home[0])


# A postal address: a postcode before the city ("69002 Lyon", "20139 Milano", "1204 Genève",
# "4050-265 Porto"), or a US city before its state and ZIP code ("Austin, TX 78701"), or a
# Canadian one before its province and postal code ("Toronto, ON M5H 3Y2").
_POSTAL_CITY = re.compile(r"\b\d{4,5}(?:-\d{3})?\s+(?P<city>[A-ZÀ-Ý][\w'’-]+(?:[ -][A-ZÀ-Ý][\w'’-]+)?)")
_US_CITY = re.compile(r"\b[A-Z][\w.'’ -]{2,30},\s+(?P<state>[A-Z]{2})\s+\d{5}\b")
_CA_CITY = re.compile(r"\b[A-Z][\w.'’ -]{2,30},?\s+(?P<prov>[A-Z]{2})\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b")
# A Brazilian city and its state: "Curitiba/PR", "Recife - PE, 50030-230", "São Paulo, SP 01310-100".
_BR_CITY = re.compile(
    r"\b[A-ZÀ-Ý][a-zà-ÿ'’]+(?:\s[\w'’]+){0,3}"
    r"(?:\s*/\s*(?P<uf1>[A-Z]{2})\b(?=[ \t]*(?:$|[,.;)|]|[-–][ \t]*(?:CEP|\d)))"
    r"|(?:\s*,\s*|\s[-–]\s)(?P<uf2>[A-Z]{2}),?\s+(?:CEP:?\s*)?\d{5}-?\d{3}\b)",
    re.MULTILINE,
)


def place_zone(text: str) -> tzinfo | None:
    """The zone of the postal addresses written in the text (a signature's "22 quai Perrache, 69002
    Lyon"), when they all lie in one zone: where the sender is, when the Date header says UTC."""
    found: set[str] = set()
    for m in _POSTAL_CITY.finditer(text):
        zone = _place_zone(m.group("city"))
        if isinstance(zone, ZoneInfo):
            found.add(zone.key)
    for m in _US_CITY.finditer(text):
        if m.group("state") in US_STATE_ZONES:
            found.add(US_STATE_ZONES[m.group("state")])
    for m in _CA_CITY.finditer(text):
        if m.group("prov") in CA_PROVINCE_ZONES:
            found.add(CA_PROVINCE_ZONES[m.group("prov")])
    for m in _BR_CITY.finditer(text):
        uf = m.group("uf1") or m.group("uf2")
        if uf in BR_STATE_ZONES:
            found.add(BR_STATE_ZONES[uf])
    if len(found) != 1:
        return None
    return ZoneInfo(found.pop())


def phone_zone(text: str) -> tzinfo | None:
    """The zone of the international phone numbers written in the text ("+27 12 555 0188" in a
    signature), when they all lie in one zone (``phonenumbers``' own table of number ranges)."""
    if "+" not in text:
        return None
    import phonenumbers
    from phonenumbers import timezone as phone_zones

    found: set[str] = set()
    for m in _INTERNATIONAL_PHONE.finditer(text):
        try:
            number = phonenumbers.parse(m.group(0), None)
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(number):
            continue
        zones = set(phone_zones.time_zones_for_number(number)) - {phone_zones.UNKNOWN_TIMEZONE}
        if len(zones) != 1:
            return None  # a country of several zones, without an area that tells which
        found |= zones
    if len(found) != 1:
        return None
    try:
        return ZoneInfo(found.pop())
    except (ValueError, KeyError):
        return None


_INTERNATIONAL_PHONE = re.compile(r"(?<![\w+])\+\d{1,3}[ .\-]?(?:\(\d{1,4}\)[ .\-]?)?\d[\d .\-]{5,16}\d")


def unstated_zone(text: str) -> tzinfo | None:
    """Where a text that names no zone was written: its language's one zone, else its postal
    addresses', else its phone numbers'."""
    return language_zone(text) or place_zone(text[:20000]) or phone_zone(text[:20000])
