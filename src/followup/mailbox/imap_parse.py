"""Pure parsing of IMAP FETCH responses: no sockets, bytes in, values out.

imapclient's response parser tokenises one character at a time, which costs more than the
server and the wire together for a large FETCH; scanning uses this regex tokenizer on
imaplib's raw lines instead (imapclient still does connection, auth, IDLE and APPEND).
"""

from __future__ import annotations

import email.header
import functools
import re
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, Union

from followup.parsers.addresses import clean_name, normalize
from followup.parsers.model import Address, MailMeta

# A parsed IMAP value: NIL → None, atoms/strings/literals → bytes, lists → list
Value = Union[bytes, None, list["Value"]]  # noqa: UP007 - a recursive alias needs Union

# One alternation without groups, so findall() does the whole line in C
_TOKEN = re.compile(
    rb'[()]|"[^"\\]*(?:\\.[^"\\]*)*"|BODY(?:\.PEEK)?\[[^\]]*\](?:<\d+>)?|\{\d+\+?\}$|[^\s()"]+',
    re.IGNORECASE,
)
_UNESCAPE = re.compile(rb"\\(.)")
_APPENDUID = re.compile(rb"\[APPENDUID (\d+) (\d+)\]", re.IGNORECASE)
_MSGID = re.compile(r"<[^<>\s]+>")
_UID_IN = re.compile(rb"\bUID (\d+)", re.IGNORECASE)


class ResponseError(ValueError):
    """A FETCH response this parser cannot read."""


def parse_values(segments: Sequence[bytes] | bytes, literals: Sequence[bytes] = ()) -> list[Value]:
    """Parse one response into nested lists. ``segments`` are the line's pieces as imaplib
    cut them (each but the last ends with a ``{n}`` literal marker), ``literals`` the
    literal payloads in order."""
    if isinstance(segments, bytes):
        segments = [segments]
    lit_iter = iter(literals)
    top: list[Value] = []
    cur = top
    app = cur.append
    stack: list[list[Value]] = []
    for seg in segments:
        tokens = _TOKEN.findall(seg)
        # everything but whitespace and an unterminated quote is some token
        if b"".join(tokens).count(b'"') != seg.count(b'"'):
            raise ResponseError(f"unterminated string in {seg[:60]!r}")
        for tok in tokens:  # the hot loop of a scan: cheapest tests first
            c = tok[0]
            if c == 34:  # "quoted"
                app(_UNESCAPE.sub(rb"\1", tok[1:-1]) if b"\\" in tok else tok[1:-1])
            elif c == 40:  # (
                new: list[Value] = []
                app(new)
                stack.append(cur)
                cur = new
                app = cur.append
            elif c == 41:  # )
                if not stack:
                    raise ResponseError("unbalanced ')'")
                cur = stack.pop()
                app = cur.append
            elif tok == b"NIL" or tok == b"nil":
                app(None)
            elif c == 123 and tok[-1] == 125:  # {n} at the end of a segment
                app(next(lit_iter, b""))
            else:
                app(tok)
    if stack:
        raise ResponseError("unbalanced '('")
    return top


def join_responses(data: Sequence[Any]) -> Iterator[tuple[list[bytes], list[bytes]]]:
    """Regroup imaplib's untagged data (bytes lines and (prefix, literal) tuples) into
    whole responses: the line's segments and the literals in order."""
    parts: list[bytes] = []
    lits: list[bytes] = []
    for item in data:
        if isinstance(item, tuple):
            parts.append(item[0])
            lits.append(item[1])
            continue
        if item is None:
            continue
        parts.append(item)
        yield parts, lits
        parts, lits = [], []
    if parts:
        yield parts, lits


def parse_fetch(data: Sequence[Any],
                on_error: Callable[[str, ResponseError], None] | None = None,
                ) -> Iterator[dict[bytes, Value]]:
    """Yield one {ITEM: value} dict per ``n (...)`` FETCH response as imaplib returns them
    (keys upper-cased, ``.PEEK`` dropped). Lines that are not FETCH responses are skipped.
    A response that does not parse raises ResponseError, or with ``on_error`` is reported
    (with its UID when readable, else "?") and skipped."""
    for segments, lits in join_responses(data):
        try:
            values = parse_values(segments, lits)
        except ResponseError as exc:
            if on_error is None:
                raise
            m = _UID_IN.search(segments[0][:200]) if segments else None
            on_error(m.group(1).decode() if m else "?", exc)
            continue
        # imaplib strips "* "; the type word "FETCH" is dropped too by IMAP4.uid()
        if values and isinstance(values[0], bytes) and values[0] == b"*":
            values = values[1:]
        if len(values) >= 3 and values[1] == b"FETCH":
            values = [values[0], *values[2:]]
        items = values[1] if len(values) >= 2 else None
        if not isinstance(items, list):
            continue
        out: dict[bytes, Value] = {}
        for k in range(0, len(items) - 1, 2):
            key = items[k]
            if isinstance(key, bytes):
                out[key.upper().replace(b".PEEK", b"")] = items[k + 1]
        yield out


def uid_set(uids: Sequence[int]) -> str:
    """A compact UID set: consecutive runs become ranges ("1:5,9,12:13")."""
    parts: list[str] = []
    ordered = sorted(set(uids))
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        parts.append(str(ordered[i]) if i == j else f"{ordered[i]}:{ordered[j]}")
        i = j + 1
    return ",".join(parts)


def parse_appenduid(response: bytes | str) -> tuple[int, int] | None:
    """``[APPENDUID <uidvalidity> <uid>]`` in an APPEND response, or None."""
    raw = response.encode() if isinstance(response, str) else response
    m = _APPENDUID.search(raw)
    return (int(m.group(1)), int(m.group(2))) if m else None


# -- BODYSTRUCTURE ---------------------------------------------------------------------------
_CAL_TYPES = {(b"text", b"calendar"), (b"application", b"ics")}


def has_calendar_part(bs: Value) -> bool:
    """True when a BODYSTRUCTURE holds a text/calendar or application/ics part, or a file
    named *.ics, at any depth (message/rfc822 included)."""
    return _walk_bs(bs, 0)


def _walk_bs(bs: Value, depth: int) -> bool:
    if not isinstance(bs, list) or not bs or depth > 50:
        return False
    if isinstance(bs[0], list):  # multipart: parts first, then the subtype
        return any(_walk_bs(p, depth + 1) for p in bs if isinstance(p, list) and p
                   and (isinstance(p[0], list) or _is_str(p[0])))
    typ, sub = _lower(bs[0]), _lower(bs[1] if len(bs) > 1 else None)
    if (typ, sub) in _CAL_TYPES:
        return True
    if _ics_name(bs[2] if len(bs) > 2 else None):
        return True
    for extra in bs[7:]:
        if isinstance(extra, list):
            if (typ, sub) == (b"message", b"rfc822") and extra and (
                    isinstance(extra[0], list) or _is_part(extra)) and _walk_bs(extra, depth + 1):
                return True
            # disposition: ("attachment" ("filename" "x.ics"))
            if len(extra) == 2 and _is_str(extra[0]) and _ics_name(extra[1]):
                return True
    return False


def _is_str(v: Value) -> bool:
    return isinstance(v, bytes)


def _is_part(v: list[Value]) -> bool:
    return len(v) >= 7 and _is_str(v[0]) and _is_str(v[1])


def _lower(v: Value) -> bytes | None:
    return v.lower() if isinstance(v, bytes) else None


def _ics_name(params: Value) -> bool:
    if not isinstance(params, list):
        return False
    for k in range(0, len(params) - 1, 2):
        key, val = _lower(params[k]), _lower(params[k + 1])
        if key and val and (key.startswith(b"filename") or key.startswith(b"name")) and (
                val.rstrip(b"\"' ").endswith(b".ics") or b".ics?" in val):
            return True
    return False


# -- ENVELOPE + headers → MailMeta -------------------------------------------------------------
def decode_words(raw: Value) -> str:
    """An ENVELOPE string, RFC 2047-decoded; undecodable bytes replaced."""
    if not isinstance(raw, bytes):
        return ""
    text = raw.decode("utf-8", "replace")
    if "=?" not in text:
        return text
    try:
        return str(email.header.make_header(email.header.decode_header(text)))
    except (ValueError, LookupError, email.errors.HeaderParseError):
        return text


def envelope_addresses(value: Value) -> tuple[Address, ...]:
    """ENVELOPE address list ((name adl mailbox host) ...) → Addresses (groups skipped)."""
    out: list[Address] = []
    seen: set[str] = set()
    if not isinstance(value, list):
        return ()
    for item in value:
        if not isinstance(item, list) or len(item) < 4:
            continue
        mbox, host, name = item[2], item[3], item[0]
        if not isinstance(mbox, bytes) or not isinstance(host, bytes):
            continue  # group start/end markers
        a = _address(name if isinstance(name, bytes) else None, mbox, host)
        if a is None or a.email in seen:
            continue
        seen.add(a.email)
        out.append(a)
    return tuple(out)


@functools.lru_cache(maxsize=8192)
def _address(name: bytes | None, mbox: bytes, host: bytes) -> Address | None:
    """Mailboxes repeat a lot (the owner is in every To:), so conversions are memoised."""
    addr = normalize(f"{mbox.decode('utf-8', 'replace')}@{host.decode('utf-8', 'replace')}")
    if not addr:
        return None
    return Address(addr, clean_name(decode_words(name)) if name else None)


def parse_header_fields(raw: bytes | None) -> dict[str, str]:
    """Unfold a HEADER.FIELDS block into {lower-case name: value} (first occurrence wins)."""
    out: dict[str, str] = {}
    if not raw:
        return out
    text = raw.decode("utf-8", "replace")
    for m in re.finditer(r"^([!-9;-~]+):[ \t]*(.*(?:\r?\n[ \t].*)*)", text, re.MULTILINE):
        name = m.group(1).lower()
        if name not in out:
            out[name] = re.sub(r"\r?\n[ \t]+", " ", m.group(2)).strip()
    return out


def message_ids(text: str | None) -> tuple[str, ...]:
    return tuple(_MSGID.findall(text or ""))


def _envelope_date(raw: Value) -> datetime | None:
    if not isinstance(raw, bytes):
        return None
    try:
        dt = parsedate_to_datetime(raw.decode("ascii", "replace"))
    except (TypeError, ValueError, IndexError):
        return None
    if dt is None:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def meta_from_fetch(envelope: Value, header_fields: bytes | None) -> MailMeta:
    """Build MailMeta from an ENVELOPE list and the extra HEADER.FIELDS block."""
    env: list[Value] = envelope if isinstance(envelope, list) else []
    env = env + [None] * (10 - len(env))
    hdr = parse_header_fields(header_fields)
    sender = envelope_addresses(env[2])
    if not sender:
        sender = envelope_addresses(env[3])
    msgid_raw = decode_words(env[9]) if env[9] else hdr.get("message-id", "")
    msgid = message_ids(msgid_raw)
    irt = message_ids(decode_words(env[8]) if env[8] else hdr.get("in-reply-to"))
    reply_to: tuple[Address, ...] = ()
    if "reply-to" in hdr:  # ENVELOPE copies From into reply-to when the header is absent
        reply_to = envelope_addresses(env[4])
    auto = hdr.get("auto-submitted", "").strip().lower()
    precedence = hdr.get("precedence", "").strip().lower()
    return MailMeta(
        message_id=msgid[0] if msgid else None,
        in_reply_to=irt[0] if irt else None,
        references=message_ids(hdr.get("references")),
        subject=decode_words(env[1]).replace("\r", "").replace("\n", " ").strip(),
        sender=sender[0] if sender else None,
        to=envelope_addresses(env[5]),
        cc=envelope_addresses(env[6]),
        date=_envelope_date(env[0]),
        reply_to=reply_to,
        list_id=hdr.get("list-id") or None,
        auto_submitted=bool((auto and auto != "no") or precedence in ("bulk", "list", "junk")
                            or "list-unsubscribe" in hdr),
    )
