"""Header values and bytes of a mail, decoded leniently (RFC 2047 with broken words, 8-bit
bytes, CR/LF, unknown charsets), and the MailMeta read from a message's headers.

Values are read from the raw source (``Message.raw_items``), never through ``email``'s header
objects (``mime`` says why). Nothing here raises anything but ``ParseError``."""

from __future__ import annotations

import base64
import binascii
import logging
import quopri
import re
from datetime import UTC, datetime
from email import policy
from email.message import Message
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

from followup.errors import ParseError
from followup.parsers.addresses import clean_name, parse_address_list
from followup.parsers.model import Address, MailMeta

log = logging.getLogger(__name__)

MAX_HEADER_CHARS = 65_536

_HEADERS_PARSER = BytesParser(policy=policy.compat32)


_SINGLE_BYTE_LATIN = frozenset(
    {
        "us-ascii",
        "ascii",
        "iso-8859-1",
        "latin-1",
        "latin1",
        "iso8859-1",
        "windows-1252",
        "cp1252",
        "iso-8859-15",
    }
)
_CHARSET_ALIASES = {
    "unknown-8bit": "",
    "x-unknown": "",
    "unknown": "",
    "x-user-defined": "",
    "default": "",
    "utf8": "utf-8",
    "ks_c_5601-1987": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-sjis": "shift_jis",
    "iso-8859-8-i": "iso-8859-8",
}


def decode_bytes(data: bytes, charset: str | None) -> str:
    """Decode with the declared charset, then utf-8, cp1252, latin-1. Never raises."""
    cs = (charset or "").strip().strip("\"'").lower()
    cs = _CHARSET_ALIASES.get(cs, cs)
    if cs in _SINGLE_BYTE_LATIN and not data.isascii():
        # A very common lie: utf-8 text labelled latin-1/ascii. Valid utf-8 is never an accident.
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    for candidate in (cs, "utf-8", "cp1252"):
        if not candidate:
            continue
        try:
            return data.decode(candidate)
        except (LookupError, UnicodeError, ValueError, TypeError):
            continue
    return data.decode("latin-1", errors="replace")


def _surrogates_to_text(value: str) -> str:
    """Raw 8-bit header bytes arrive as surrogate escapes; decode them utf-8 first."""
    try:
        value.encode("utf-8")
        return value
    except UnicodeEncodeError:
        raw = value.encode("utf-8", errors="surrogateescape")
        return decode_bytes(raw, "utf-8")


_ENCODED_WORD = re.compile(r"=\?([^?\s]{1,60})\?([bBqQ])\?([^?]{0,4000}?)\?=")
_FOLD = re.compile(r"\r?\n[ \t]*|\r")
_CTRL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def _decode_word(charset: str, enc: str, payload: str) -> bytes:
    if enc in "bB":
        cleaned = re.sub(r"[^A-Za-z0-9+/]", "", payload)
        cleaned += "=" * (-len(cleaned) % 4)
        try:
            return base64.b64decode(cleaned)
        except (binascii.Error, ValueError):
            return payload.encode("ascii", errors="replace")
    return quopri.decodestring(payload.replace("_", " ").encode("ascii", errors="replace"), header=False)


def decode_header_value(value: str | None) -> str:
    """Unfold and decode RFC 2047 encoded-words leniently; result has no CR/LF or controls."""
    if not value:
        return ""
    value = _surrogates_to_text(str(value)[:MAX_HEADER_CHARS])
    value = _FOLD.sub(" ", value)
    if "=?" in value:
        out: list[str] = []
        pos = 0
        pending: list[tuple[str, bytes]] = []  # adjacent encoded words, joined before decoding

        def flush() -> None:
            while pending:
                cs = pending[0][0]
                chunk = b""
                while pending and pending[0][0] == cs:
                    chunk += pending.pop(0)[1]
                out.append(decode_bytes(chunk, cs))

        for m in _ENCODED_WORD.finditer(value):
            between = value[pos : m.start()]
            if between.strip() or not pending:
                flush()
                out.append(between)
            charset = m.group(1).split("*", 1)[0].lower()
            pending.append((charset, _decode_word(charset, m.group(2), m.group(3))))
            pos = m.end()
        flush()
        out.append(value[pos:])
        value = "".join(out)
    return _CTRL.sub(" ", value).replace("\n", " ").replace("\r", " ")


def _raw_values(msg: Message, name: str) -> list[str]:
    """Every raw value of one header (no policy parsing), unfolded, 8-bit safe."""
    lname = name.lower()
    out: list[str] = []
    try:
        items = msg.raw_items()
    except Exception:  # pragma: no cover - raw_items only reads a list
        return out
    for key, value in items:
        if isinstance(key, str) and key.lower() == lname:
            v = value if isinstance(value, str) else str(value)
            out.append(_FOLD.sub(" ", _surrogates_to_text(v[:MAX_HEADER_CHARS])))
    return out


def _first(msg: Message, name: str) -> str | None:
    values = _raw_values(msg, name)
    return values[0] if values else None


_META_HEADERS = frozenset(
    {
        "references",
        "in-reply-to",
        "from",
        "sender",
        "auto-submitted",
        "precedence",
        "list-id",
        "list-unsubscribe",
        "message-id",
        "subject",
        "to",
        "cc",
        "date",
        "reply-to",
    }
)


def _meta_headers(msg: Message) -> dict[str, list[str]]:
    """The raw values of the headers MailMeta needs, in one pass over the header list."""
    found: dict[str, list[str]] = {}
    try:
        items = msg.raw_items()
    except Exception:  # pragma: no cover - raw_items only reads a list
        return found
    for key, value in items:
        lname = key.lower() if isinstance(key, str) else ""
        if lname in _META_HEADERS:
            v = value if isinstance(value, str) else str(value)
            found.setdefault(lname, []).append(_FOLD.sub(" ", _surrogates_to_text(v[:MAX_HEADER_CHARS])))
    return found


_MSGID = re.compile(r"<([^<>\s]{1,500})>")


def _msg_id(value: str | None) -> str | None:
    if not value:
        return None
    m = _MSGID.search(value)
    if m:
        return f"<{m.group(1)}>"
    token = value.strip().split()[0] if value.strip() else ""
    return f"<{token.strip('<>')}>" if token and len(token) <= 500 else None


def _addresses(values: list[str]) -> tuple[Address, ...]:
    if not values:
        return ()
    try:
        parsed = parse_address_list(values)
    except Exception:  # getaddresses on hostile input; degrade to nothing
        log.debug("address list unparseable", exc_info=True)
        return ()
    out = []
    for a in parsed:
        name = a.name
        if name and "=?" in name:
            name = clean_name(decode_header_value(name))
        out.append(Address(a.email, name) if name != a.name else a)
    return tuple(out)


def parse_date(value: str | None) -> datetime | None:
    """An RFC 5322 Date header, aware, keeping the sender's UTC offset (the detector reads
    times written in the body in that zone); None when missing or unparseable."""
    if not value:
        return None
    try:
        dt = parsedate_to_datetime(value.strip()[:200])
    except Exception:
        return None
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    try:
        dt.astimezone(UTC)  # out-of-range offsets/years fail here
        return dt
    except (OverflowError, ValueError):
        return None


def _meta_from(msg: Message) -> MailMeta:
    h = _meta_headers(msg)

    def first(name: str) -> str | None:
        values = h.get(name)
        return values[0] if values else None

    refs_raw = " ".join(h.get("references", []))[:MAX_HEADER_CHARS]
    references = tuple(f"<{r}>" for r in _MSGID.findall(refs_raw)[:200])
    in_reply_to = _msg_id(first("in-reply-to"))
    senders = _addresses(h.get("from", [])) or _addresses(h.get("sender", []))
    auto = first("auto-submitted")
    precedence = (first("precedence") or "").strip().lower()
    list_id_raw = decode_header_value(first("list-id")).strip()
    list_id = None
    if list_id_raw:
        m = re.search(r"<([^<>]{1,300})>", list_id_raw)
        list_id = (m.group(1) if m else list_id_raw[:300]).strip().lower() or None
    auto_submitted = bool(
        (auto is not None and auto.strip().lower() not in ("no", ""))
        or precedence in ("bulk", "list", "junk")
        or first("list-unsubscribe") is not None
    )
    return MailMeta(
        message_id=_msg_id(first("message-id")),
        in_reply_to=in_reply_to,
        references=references,
        subject=re.sub(r"\s+", " ", decode_header_value(first("subject"))).strip(),
        sender=senders[0] if senders else None,
        to=_addresses(h.get("to", [])),
        cc=_addresses(h.get("cc", [])),
        date=parse_date(decode_header_value(first("date"))),
        reply_to=_addresses(h.get("reply-to", [])),
        list_id=list_id,
        auto_submitted=auto_submitted,
    )


def _strip_envelope(raw: bytes) -> bytes:
    """Drop a byte-order mark, leading blank lines and an mbox "From " separator line."""
    raw = raw.removeprefix(b"\xef\xbb\xbf").lstrip(b"\r\n")
    if raw.startswith(b"From "):
        _, _, rest = raw.partition(b"\n")
        return rest
    return raw


def read_meta(raw_headers: bytes) -> MailMeta:
    """Parse only the header block (a whole message is fine too). Raises only ParseError."""
    if not isinstance(raw_headers, bytes | bytearray | memoryview):
        raise ParseError("message headers must be bytes")
    try:
        msg = _HEADERS_PARSER.parsebytes(_strip_envelope(bytes(raw_headers)), headersonly=True)
        return _meta_from(msg)
    except ParseError:
        raise
    except Exception as exc:
        raise ParseError(f"unreadable message headers: {type(exc).__name__}") from exc

