"""Rebuild a small MIME message from the parts of a large one that the parsers read.

The parsers need the header, the readable text (text/plain, text/html), calendars
(text/calendar, application/ics, *.ics) and forwarded messages — never an attachment's
payload. A 120 MB attachment fetched with BODY.PEEK[] cost about 9× its size in memory
(imaplib's buffers, the literal, the parsed copy), so scanning fetches, by BODYSTRUCTURE,
only the sections below, each with a size cap, and rebuilds one message with the same
MIME tree: multiparts get fresh boundaries, skipped parts keep their MIME header and lose
their body. Pure: BODYSTRUCTURE values in, FETCH items out; fetched sections in, bytes out.
"""

from __future__ import annotations

import email.parser
import logging
import os
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from email.policy import compat32
from typing import Any, BinaryIO

log = logging.getLogger(__name__)

HEADER_CAP = 256 << 10  # a message's (or a forward's) header block
MIME_HEADER_CAP = 16 << 10  # one part's MIME header
TEXT_CAP = 2 << 20  # one text/plain or text/html part
CALENDAR_CAP = 1 << 20  # one calendar part
MESSAGE_CAP = 6 << 20  # all part bodies of one message together
MAX_LEAVES = 100  # parts whose MIME header is fetched; the rest of a huge tree is dropped
MAX_DEPTH = 20  # nested multiparts / forwarded messages followed

_TEXT = frozenset({"text/plain", "text/x-plain", "text/enriched", "text/html"})
_CALENDAR = frozenset({"text/calendar", "application/ics", "text/x-vcalendar", "application/x-ics",
                       "text/icalendar"})
_CAL_NAMES = (".ics", ".vcs", ".ical", ".icalendar")
_HEAD_PARSER = email.parser.BytesParser(policy=compat32)
_STRIP = re.compile(rb"^(?:content-type|content-transfer-encoding):.*(?:\r?\n[ \t].*)*(?:\r?\n|$)",
                    re.IGNORECASE | re.MULTILINE)


@dataclass
class Node:
    """One node of the rebuilt tree. ``section`` is the IMAP section ("" = the top)."""

    kind: str  # "multipart" | "leaf" | "message" (message/rfc822 with a parsed inner tree)
    section: str
    subtype: str = "mixed"  # multipart subtype
    body_cap: int = 0  # bytes of the body fetched (0 = header only)
    children: list[Node] = field(default_factory=list)
    inner: Node | None = None  # message: the encapsulated message's top node


@dataclass
class Plan:
    """What to fetch for one message, and how to put it back together."""

    top: Node
    items: tuple[str, ...]
    estimate: int  # bytes expected (caps applied)
    dropped: int = 0  # parts beyond MAX_LEAVES / MAX_DEPTH / MESSAGE_CAP


def _s(v: Any) -> str:
    return v.decode("ascii", "replace").lower() if isinstance(v, bytes) else ""


def _int(v: Any) -> int:
    return int(v) if isinstance(v, bytes) and v.isdigit() else 0


def _params(v: Any) -> dict[str, str]:
    out: dict[str, str] = {}
    if isinstance(v, list):
        for k in range(0, len(v) - 1, 2):
            out[_s(v[k])] = _s(v[k + 1])
    return out


def _is_multipart(bs: Any) -> bool:
    return isinstance(bs, list) and bool(bs) and isinstance(bs[0], list)


class _Planner:
    def __init__(self) -> None:
        self.items: list[str] = []
        self.leaves = 0
        self.budget = MESSAGE_CAP
        self.estimate = 0
        self.dropped = 0

    def fetch(self, section: str, cap: int, size: int | None = None) -> int:
        self.items.append(f"BODY.PEEK[{section}]<0.{cap}>")
        got = cap if size is None else min(cap, size)
        self.estimate += got
        return got

    def body(self, section: str, ctype: str, params: dict[str, str], disposition: Any,
             size: int) -> int:
        """Fetch the body of this leaf when the parsers read it; returns the cap used."""
        disp = disposition if isinstance(disposition, list) else []
        dparams = _params(disp[1]) if len(disp) > 1 else {}
        names = [params.get("name", ""), dparams.get("filename", ""), dparams.get("filename*", "")]
        calendar = ctype in _CALENDAR or any(n.strip("\"' ").endswith(_CAL_NAMES) for n in names)
        attachment = bool(disp) and _s(disp[0]) == "attachment"
        if calendar:
            cap = CALENDAR_CAP
        elif ctype in _TEXT and not attachment:
            cap = TEXT_CAP
        else:
            return 0
        cap = min(cap, self.budget)
        if cap <= 0:
            self.dropped += 1
            return 0
        if size > cap:
            log.info("part %s (%s, %d bytes) truncated to %d bytes", section or "TEXT", ctype,
                     size, cap)
        self.budget -= min(cap, size)
        self.fetch(section, cap, size)
        return cap

    def multipart(self, bs: Any, section: str, depth: int) -> Node:
        """A multipart at ``section`` (the top one is ""): its parts, numbered as IMAP does."""
        node = Node("multipart", section, subtype=_multipart_subtype(bs))
        for k, child in enumerate(_children(bs), 1):
            sub = self.part(child, f"{section}.{k}" if section else str(k), depth + 1)
            if sub is not None:
                node.children.append(sub)
        return node

    def part(self, bs: Any, section: str, depth: int) -> Node | None:
        """A part inside a multipart (or inside a forwarded message), at ``section``."""
        if depth > MAX_DEPTH or self.leaves >= MAX_LEAVES:
            self.dropped += 1
            return None
        if _is_multipart(bs):
            return self.multipart(bs, section, depth)
        if not isinstance(bs, list) or len(bs) < 7:
            return None
        self.leaves += 1
        self.fetch(f"{section}.MIME", MIME_HEADER_CAP)
        ctype = f"{_s(bs[0])}/{_s(bs[1])}"
        if ctype in ("message/rfc822", "message/global") and len(bs) > 8:
            node = Node("message", section)
            node.inner = self.message(bs[8], section, depth + 1)
            return node
        node = Node("leaf", section)
        ext = bs[8:] if ctype.startswith("text/") else bs[7:]
        disposition = ext[1] if len(ext) > 1 else None
        node.body_cap = self.body(section, ctype, _params(bs[2]), disposition, _int(bs[6]))
        return node

    def message(self, bs: Any, prefix: str, depth: int) -> Node:
        """A whole message (the top one, or one forwarded at ``prefix``)."""
        head = f"{prefix}.HEADER" if prefix else "HEADER"
        self.fetch(head, HEADER_CAP)
        if depth > MAX_DEPTH:
            self.dropped += 1
            return Node("leaf", prefix)
        if _is_multipart(bs):
            return self.multipart(bs, prefix, depth)
        node = Node("leaf", prefix)
        if isinstance(bs, list) and len(bs) >= 7:
            text = f"{prefix}.TEXT" if prefix else "TEXT"
            ctype = f"{_s(bs[0])}/{_s(bs[1])}"
            if ctype in ("message/rfc822", "message/global"):
                ctype = "text/plain"  # an attached message as the whole body: read as text
            ext = bs[8:] if ctype.startswith("text/") else bs[7:]
            node.body_cap = self.body(text, ctype, _params(bs[2]),
                                      ext[1] if len(ext) > 1 else None, _int(bs[6]))
        return node


def _children(bs: list[Any]) -> Iterator[Any]:
    for p in bs:
        if not isinstance(p, list):
            break
        yield p


def _multipart_subtype(bs: list[Any]) -> str:
    for p in bs:
        if isinstance(p, bytes):
            return re.sub(r"[^a-z0-9.+-]", "", _s(p)) or "mixed"
    return "mixed"


def plan(bodystructure: Any) -> Plan:
    """What to fetch for a message with this BODYSTRUCTURE (parsed IMAP values)."""
    p = _Planner()
    top = p.message(bodystructure, "", 0)
    return Plan(top, tuple(p.items), p.estimate, p.dropped)


def response_key(item: str) -> bytes:
    """The key of a FETCH item in a parsed response: BODY.PEEK[1.MIME]<0.16384> → BODY[1.MIME]<0>."""
    section = item[item.index("[") + 1:item.index("]")]
    return f"BODY[{section.upper()}]<0>".encode()


# -- rebuilding --------------------------------------------------------------------------------
def _lines(raw: Any) -> bytes:
    """A (possibly truncated) header block: complete lines only, one line end, no blank line."""
    if not isinstance(raw, bytes) or not raw:
        return b""
    end = raw.find(b"\r\n\r\n")
    if end >= 0:
        raw = raw[:end + 2]
    elif not raw.endswith(b"\n"):
        cut = raw.rfind(b"\n")
        raw = raw[:cut + 1] if cut >= 0 else b""
    raw = raw.rstrip(b"\r\n")
    return raw + b"\r\n" if raw else b""


class _Builder:
    def __init__(self, fetched: Mapping[bytes, Any]) -> None:
        self.fetched = fetched
        self.token = os.urandom(6).hex()
        self.out = bytearray()

    def get(self, section: str) -> Any:
        return self.fetched.get(f"BODY[{section.upper()}]<0>".encode())

    def boundary(self, node: Node) -> bytes:
        return f"=_fu{self.token}.{node.section or '0'}".encode()

    def message(self, node: Node, prefix: str) -> None:
        header = _lines(self.get(f"{prefix}.HEADER" if prefix else "HEADER"))
        if node.kind == "multipart":
            b = self.boundary(node)
            self.out += _STRIP.sub(b"", header)
            self.out += b"Content-Type: multipart/%s; boundary=\"%s\"\r\n\r\n" % (
                node.subtype.encode(), b)
            self.children(node, b)
        else:
            self.out += header + b"\r\n"
            self.body(node, f"{prefix}.TEXT" if prefix else "TEXT")

    def children(self, node: Node, b: bytes) -> None:
        for child in node.children:
            self.out += b"--" + b + b"\r\n"
            self.part(child)
        self.out += b"--" + b + b"--\r\n"

    def part(self, node: Node) -> None:
        if node.kind == "multipart":
            b = self.boundary(node)
            self.out += b"Content-Type: multipart/%s; boundary=\"%s\"\r\n\r\n" % (
                node.subtype.encode(), b)
            self.children(node, b)
            return
        self.out += _lines(self.get(f"{node.section}.MIME")) + b"\r\n"
        if node.kind == "message" and node.inner is not None:
            self.message(node.inner, node.section)
        else:
            self.body(node, node.section)

    def body(self, node: Node, section: str) -> None:
        if node.body_cap:
            data = self.get(section)
            if isinstance(data, bytes):
                self.out += data
        self.out += b"\r\n"


def rebuild(p: Plan, fetched: Mapping[bytes, Any]) -> bytes:
    """The small message: the fetched sections of ``p`` put back into its MIME tree."""
    b = _Builder(fetched)
    b.message(p.top, "")
    return bytes(b.out)


# -- streaming (Maildir) -----------------------------------------------------------------------
LINE_MAX = 64 << 10  # longer lines are read in pieces


class _Lines:
    """Lines of a binary file, read a bounded piece at a time, with one line of push-back.
    ``start`` tells whether the piece began a line (only such a piece can be a boundary)."""

    def __init__(self, fh: BinaryIO) -> None:
        self.fh = fh
        self.back: tuple[bytes, bool] | None = None
        self.at_start = True

    def next(self) -> tuple[bytes, bool]:
        if self.back is not None:
            got, self.back = self.back, None
            return got
        line = self.fh.readline(LINE_MAX)
        start = self.at_start
        self.at_start = line.endswith(b"\n")
        return line, start

    def push(self, item: tuple[bytes, bool]) -> None:
        self.back = item


def _boundary_of(line: bytes, start: bool, bounds: list[bytes]) -> tuple[int, bool] | None:
    """(index in ``bounds``, closing?) when the line is one of the boundaries, innermost first."""
    if not start or line[:2] != b"--":
        return None
    s = line.rstrip(b"\r\n \t")
    for k in range(len(bounds) - 1, -1, -1):
        b = bounds[k]
        if s == b:
            return k, False
        if s == b + b"--":
            return k, True
    return None


class _Reducer:
    def __init__(self, fh: BinaryIO) -> None:
        self.r = _Lines(fh)
        self.out = bytearray()
        self.budget = MESSAGE_CAP
        self.parts = 0

    def lines(self, bounds: list[bytes]) -> Iterator[tuple[bytes, bool]]:
        """(line, starts a line) up to the end or the next boundary of ``bounds`` (left unread)."""
        while True:
            line, start = self.r.next()
            if not line:
                return
            if _boundary_of(line, start, bounds) is not None:
                self.r.push((line, start))
                return
            yield line, start

    def header(self, bounds: list[bytes]) -> bytes:
        head = bytearray()
        for line, start in self.lines(bounds):
            if start and line in (b"\r\n", b"\n"):
                break
            if len(head) + len(line) <= HEADER_CAP:
                head += line
        self.out += head
        self.out += b"\r\n"
        return bytes(head)

    def message(self, bounds: list[bytes], depth: int) -> None:
        head = self.header(bounds)
        ctype, boundary, disposition, name = _head_info(head)
        self.body(ctype, boundary, disposition, name, bounds, depth)

    def body(self, ctype: str, boundary: str | None, disposition: str, name: str,
             bounds: list[bytes], depth: int) -> None:
        self.parts += 1
        if ctype.startswith("multipart/") and boundary and depth < MAX_DEPTH \
                and self.parts <= MAX_LEAVES * 4:
            self.multipart(b"--" + boundary.encode("utf-8", "replace"), bounds, depth)
        elif ctype in ("message/rfc822", "message/global") and depth < MAX_DEPTH:
            self.message(bounds, depth + 1)
        else:
            calendar = ctype in _CALENDAR or name.endswith(_CAL_NAMES)
            if calendar:
                cap = CALENDAR_CAP
            elif ctype in _TEXT and disposition != "attachment":
                cap = TEXT_CAP
            else:
                cap = 0
            self.leaf(min(cap, self.budget), bounds)

    def leaf(self, cap: int, bounds: list[bytes]) -> None:
        kept = 0
        for line, _start in self.lines(bounds):
            if kept + len(line) <= cap:
                self.out += line
                kept += len(line)
        self.budget -= kept
        if kept and not self.out.endswith(b"\n"):
            self.out += b"\r\n"

    def multipart(self, own: bytes, bounds: list[bytes], depth: int) -> None:
        inner = [*bounds, own]
        mine = len(inner) - 1
        while True:  # the preamble, then the parts
            line, start = self.r.next()
            if not line:
                self.out += own + b"--\r\n"
                return
            hit = _boundary_of(line, start, inner)
            if hit is None:
                continue
            k, closing = hit
            if k != mine:  # an outer boundary: this multipart ended without its close
                self.r.push((line, start))
                self.out += own + b"--\r\n"
                return
            if closing:
                self.out += own + b"--\r\n"
                self.leaf(0, bounds)  # the epilogue
                return
            self.out += own + b"\r\n"
            head = self.header(inner)
            ctype, boundary, disposition, name = _head_info(head)
            self.body(ctype, boundary, disposition, name, inner, depth + 1)


def _head_info(head: bytes) -> tuple[str, str | None, str, str]:
    """(content type, boundary, disposition, file name) of a header block; text/plain when
    unreadable."""
    try:
        msg = _HEAD_PARSER.parsebytes(head, headersonly=True)
        ctype = msg.get_content_type().lower()
        boundary = msg.get_boundary()
        disposition = (msg.get("Content-Disposition") or "").split(";", 1)[0].strip().lower()
        name = msg.get_filename() or msg.get_param("name") or ""
        return ctype, boundary, disposition, name.lower().strip() if isinstance(name, str) else ""
    except Exception:  # a hostile header: read the part as plain text
        return "text/plain", None, "", ""


def reduce_stream(fh: BinaryIO) -> bytes:
    """Read a message from ``fh`` a line at a time and return the same message without
    attachment payloads (text and calendar parts capped as for IMAP, headers capped), so
    memory stays bounded whatever the file holds."""
    red = _Reducer(fh)
    red.message([], 0)
    return bytes(red.out)
