"""RFC 5322 / MIME messages to ``MailContent``: headers, readable text, calendars, forwards.

The stdlib ``email`` feed parser splits the MIME structure, under ``policy.compat32``:
``policy.default`` builds a header object (with a full RFC 5322 parse) on EVERY header
access, including the many Content-Type lookups of a MIME walk; on the corpus that was
about 45 % of the parse time, and those objects can raise on hostile input. So header VALUES
are read from the raw source (``Message.raw_items``) and decoded here, leniently (RFC 2047
with broken words, 8-bit bytes, CR/LF). Bodies are decoded with the declared charset, then
utf-8, cp1252 and latin-1. Nothing here raises anything but ``ParseError``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timezone, tzinfo
from email import policy
from email.message import Message
from email.parser import BytesParser
from email.utils import collapse_rfc2231_value

from followup.errors import ParseError
from followup.parsers import lexicon as lx
from followup.parsers.html import html_to_text
from followup.parsers.mime_headers import (
    _first,
    _meta_from,
    _strip_envelope,
    decode_bytes,
    decode_header_value,
)
from followup.parsers.model import CalEvent, MailMeta
from followup.parsers.quoting import QUOTE_MARKS, ForwardBlock, split_text

log = logging.getLogger(__name__)

MAX_TEXT_CHARS = 200_000  # text kept and analysed per message
MAX_DEPTH = 12  # nested multiparts / attached messages
MAX_PARTS = 400
MAX_CALENDAR_BYTES = 2_000_000

_PARSER = BytesParser(policy=policy.compat32)


@dataclass(frozen=True)
class MailContent:
    """One message, ready for detection."""

    meta: MailMeta
    text: str  # readable body: text/plain preferred, else HTML converted to text
    own_text: str  # ``text`` without quoted reply history and forwarded blocks
    forwarded: tuple[MailContent, ...]  # inline forwards and attached message/rfc822 parts
    calendars: tuple[CalEvent, ...]  # text/calendar parts and .ics attachments, any depth
    attachment_names: tuple[str, ...]
    has_calendar_part: bool


# ---------------------------------------------------------------- charsets and headers


# ---------------------------------------------------------------- parts


def _safe(fn: Callable[[], str | None], default: str | None = None) -> str | None:
    try:
        return fn()
    except Exception:
        return default


def _content_type(part: Message) -> str:
    ctype = _safe(part.get_content_type, "text/plain") or "text/plain"
    return ctype.lower()


def _param(part: Message, name: str, header: str = "content-type") -> str | None:
    try:
        value = part.get_param(name, header=header)
        if isinstance(value, tuple):
            value = collapse_rfc2231_value(value)
    except Exception:
        return None
    return value if isinstance(value, str) else None


def _filename(part: Message) -> str | None:
    name = _safe(part.get_filename) or _param(part, "name")
    if not name or not isinstance(name, str):
        return None
    name = decode_header_value(name).strip().strip("\"'")
    return name[:255] or None


def _disposition(part: Message) -> str:
    raw = _first(part, "Content-Disposition") or ""
    return raw.split(";", 1)[0].strip().lower()


def _charset(part: Message) -> str | None:
    return _param(part, "charset")


def _payload_bytes(part: Message) -> bytes:
    try:
        data = part.get_payload(decode=True)
    except Exception:
        log.debug("undecodable part payload", exc_info=True)
        data = None
    if isinstance(data, bytes):
        return data
    try:
        raw = part.get_payload()
    except Exception:
        return b""
    if isinstance(raw, str):
        return raw.encode("utf-8", errors="surrogateescape")
    return b""


def _part_text(part: Message, limit: int) -> str:
    data = _payload_bytes(part)[: limit * 4]
    text = decode_bytes(data, _charset(part))
    if (_param(part, "format") or "").lower() == "flowed":
        delsp = (_param(part, "delsp") or "").lower() == "yes"
        text = _unflow(text, delsp)
    return text.replace("\r\n", "\n").replace("\r", "\n")[:limit]


def _unflow(text: str, delsp: bool) -> str:
    """RFC 3676 format=flowed: join soft-broken lines (same quote depth only)."""
    out: list[str] = []
    buf = ""
    buf_depth = -1
    for line in text.replace("\r\n", "\n").split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        body = line[depth:]
        if body.startswith(" "):
            body = body[1:]  # space stuffing
        if buf_depth >= 0 and depth != buf_depth:
            out.append(">" * buf_depth + (" " if buf_depth else "") + buf)
            buf, buf_depth = "", -1
        soft = body.endswith(" ") and body != "-- "
        if soft and delsp:
            body = body[:-1]
        buf += body
        buf_depth = depth
        if not soft:
            out.append(">" * depth + (" " if depth else "") + buf)
            buf, buf_depth = "", -1
    if buf_depth >= 0:
        out.append(">" * buf_depth + (" " if buf_depth else "") + buf)
    return "\n".join(out)


_ICS_TYPES = frozenset(
    {"text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics", "text/icalendar"}
)


def _is_calendar(ctype: str, filename: str | None) -> bool:
    if ctype in _ICS_TYPES:
        return True
    return bool(filename and filename.lower().endswith((".ics", ".vcs", ".ical", ".icalendar")))


@dataclass
class _Walk:
    default_tz: tzinfo | None
    parts: int = 0
    calendars: list[CalEvent] = field(default_factory=list)
    calendar_seen: set[tuple[object, ...]] = field(default_factory=set)
    texts_seen: set[int] = field(default_factory=set)
    # HTML parts already turned into text (by id), so one read to weigh a stub text/plain against
    # the HTML is not repeated when the HTML is then the body
    html_texts: dict[int, str] = field(default_factory=dict)
    has_calendar: bool = False

    def add_calendar(self, part: Message) -> None:
        self.has_calendar = True
        data = _payload_bytes(part)
        if len(data) > MAX_CALENDAR_BYTES:
            log.debug("calendar part skipped: %d bytes", len(data))
            return
        text = decode_bytes(data, _charset(part) or "utf-8")
        # The same calendar often comes twice (inline text/calendar and an .ics attachment):
        # parse each distinct text once.
        digest = hash(text.replace("\r\n", "\n").strip())
        if digest in self.texts_seen:
            return
        self.texts_seen.add(digest)
        from followup.parsers.ics import parse_calendar

        try:
            events = parse_calendar(text, default_tz=self.default_tz)
        except Exception as exc:  # ParseError expected; anything else must not sink the mail
            log.debug("calendar part skipped: %s", type(exc).__name__)
            return
        for ev in events:
            _merge_event(self, ev)


# A body candidate: ("plain" | "html", part). Resolved to text only when chosen.
_Body = list[tuple[str, Message]]


def _walk(part: Message, depth: int, st: _Walk, attachments: list[str], forwards: list[MailContent]) -> _Body:
    st.parts += 1
    if st.parts > MAX_PARTS or depth > MAX_DEPTH:
        return []
    ctype = _content_type(part)
    filename = _filename(part)
    disposition = _disposition(part)
    if ctype.startswith("multipart/"):
        try:
            children = part.get_payload()
        except Exception:
            children = []
        if isinstance(children, str):
            # A multipart without a usable boundary: the parser left it as one text blob.
            return [("plain", part)] if children.strip() else []
        if not isinstance(children, list):
            return []
        bodies = [_walk(c, depth + 1, st, attachments, forwards) for c in children if isinstance(c, Message)]
        if ctype == "multipart/alternative":
            return _choose_alternative(bodies, st.html_texts)
        return [b for body in bodies for b in body]
    if ctype in ("message/rfc822", "message/global"):
        if filename:
            attachments.append(filename)
        inner = _inner_message(part)
        if inner is not None:
            sub = _Walk(st.default_tz)
            sub.parts = st.parts
            content = _content_of(inner, depth + 1, sub)
            st.parts = sub.parts
            forwards.append(content)
            for ev in content.calendars:
                _merge_event(st, ev)
            st.has_calendar = st.has_calendar or content.has_calendar_part
        return []
    if _is_calendar(ctype, filename):
        if filename:
            attachments.append(filename)
        st.add_calendar(part)
        return []
    if disposition == "attachment" or (filename and not ctype.startswith("text/")):
        if filename:
            attachments.append(filename)
        return []
    if ctype in ("text/plain", "text/x-plain", "text/enriched"):
        return [("plain", part)]
    if ctype == "text/html":
        return [("html", part)]
    if filename:
        attachments.append(filename)
    return []


def _merge_event(st: _Walk, ev: CalEvent) -> None:
    key: tuple[object, ...] = (ev.uid, ev.recurrence_id, ev.sequence)
    if ev.uid is None:
        key = (None, ev.start, ev.summary, ev.recurrence_id, ev.sequence)
    if key not in st.calendar_seen:
        st.calendar_seen.add(key)
        st.calendars.append(ev)


# A text/plain alternative this short may be a stub ("Please view this message in an HTML-capable mail
# client") beside the real message in HTML.
_STUB_BYTES = 400


def _choose_alternative(bodies: list[_Body], html_texts: dict[int, str]) -> _Body:
    """Prefer an alternative with non-empty text/plain, unless it is a stub of an HTML one that says
    much more; else the first with HTML."""
    html = next((body for body in bodies if any(kind == "html" for kind, _ in body)), None)
    for body in bodies:
        if (
            body
            and all(kind == "plain" for kind, _ in body)
            and any(_payload_bytes(p).strip() for _, p in body)
        ):
            plain_bytes = sum(len(_payload_bytes(p)) for _, p in body)
            # (the HTML is read only when its bytes could say much more: converting it costs)
            if (
                html is not None
                and plain_bytes < _STUB_BYTES
                and sum(len(_payload_bytes(p)) for _, p in html) > 3 * plain_bytes + 600
                and len(_body_text(html, html_texts)) > 3 * len(_body_text(body, html_texts)) + 200
            ):
                return html
            return body
    if html is not None:
        return html
    for body in bodies:
        if body:
            return body
    return []


def _inner_message(part: Message) -> Message | None:
    try:
        payload = part.get_payload()
    except Exception:
        return None
    if isinstance(payload, list) and payload and isinstance(payload[0], Message):
        return payload[0]
    if isinstance(payload, str) and payload.strip():
        try:
            return _PARSER.parsebytes(payload.encode("utf-8", errors="surrogateescape"))
        except Exception:
            return None
    return None


def _body_text(body: _Body, html_texts: dict[int, str]) -> str:
    chunks: list[str] = []
    size = 0
    for kind, part in body:
        if size >= MAX_TEXT_CHARS:
            break
        if kind == "plain":
            t = _part_text(part, MAX_TEXT_CHARS)
        elif id(part) in html_texts:
            t = html_texts[id(part)]
        else:
            t = html_texts[id(part)] = html_to_text(_part_text(part, 2 * MAX_TEXT_CHARS))
        t = t.strip("\n")
        if t.strip():
            chunks.append(t)
            size += len(t)
    return "\n\n".join(chunks)[:MAX_TEXT_CHARS]


def _content_of(msg: Message, depth: int, st: _Walk) -> MailContent:
    meta = _meta_from(msg)
    attachments: list[str] = []
    forwards: list[MailContent] = []
    body = _walk(msg, depth, st, attachments, forwards)
    text = _body_text(body, st.html_texts)
    # A forwarded or quoted message's date written without a zone is the forwarder's local time.
    offset = meta.date.utcoffset() if meta.date else None
    split = split_text(text, timezone(offset) if offset else st.default_tz)
    inline = tuple(_from_block(b) for b in split.forwarded)
    own = split.own_text
    if not inline and own != text.strip("\n") and not _is_reply(meta):
        # A quote in a message that answers nothing is what it relays, not history: a job board's
        # "you have a new message from …" with the company's words in a blockquote.
        own = QUOTE_MARKS.sub("", text).strip("\n")
    return MailContent(
        meta=meta,
        text=text,
        own_text=own,
        forwarded=inline + tuple(forwards),
        calendars=tuple(st.calendars),
        attachment_names=tuple(dict.fromkeys(attachments)),
        has_calendar_part=st.has_calendar,
    )


def _is_reply(meta: MailMeta) -> bool:
    """The message answers or forwards another (headers or a Re:/Fwd: subject)."""
    subject = meta.subject or ""
    return bool(
        meta.in_reply_to
        or meta.references
        or lx.REPLY_SUBJECT.match(subject)
        or lx.FORWARD_SUBJECT.match(subject)
    )


def _from_block(block: ForwardBlock) -> MailContent:
    return MailContent(
        meta=block.meta,
        text=block.text,
        own_text=block.own_text,
        forwarded=(),
        calendars=(),
        attachment_names=(),
        has_calendar_part=False,
    )


def read_message(raw: bytes, default_tz: tzinfo | None = None) -> MailContent:
    """Parse one whole message. Raises only ParseError (not bytes, or nothing readable)."""
    if not isinstance(raw, bytes | bytearray | memoryview):
        raise ParseError("message must be bytes")
    raw = bytes(raw)
    if not raw.strip():
        raise ParseError("empty message")
    raw = _strip_envelope(raw)
    try:
        msg = _PARSER.parsebytes(raw)
    except Exception as exc:
        raise ParseError(f"unreadable message: {type(exc).__name__}") from exc
    if not msg.keys():
        raise ParseError("not an email message: no header fields")
    try:
        return _content_of(msg, 0, _Walk(default_tz))
    except RecursionError as exc:
        raise ParseError("message nested too deeply") from exc
    except Exception as exc:  # a bug or an unforeseen library failure: one message, not the run
        log.debug("message parse failed", exc_info=True)
        raise ParseError(f"unreadable message: {type(exc).__name__}") from exc
