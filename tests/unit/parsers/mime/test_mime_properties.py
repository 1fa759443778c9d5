"""Hypothesis: hostile input never raises anything but ParseError."""

from __future__ import annotations

import contextlib
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.errors import ParseError
from followup.parsers.html import html_to_text
from followup.parsers.loose_date import parse_loose_date
from followup.parsers.mime import MailContent, read_message
from followup.parsers.mime_headers import decode_header_value, read_meta
from followup.parsers.quoting import split_text

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLES = [p.read_bytes() for p in sorted(FIXTURES.glob("*.eml"))]
CORPUS = Path(__file__).resolve().parents[4].parent / "shared" / "corpus" / "eml"
if CORPUS.is_dir():
    SAMPLES += [p.read_bytes() for p in sorted(CORPUS.rglob("*.eml"))[::7]]

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _read(raw: bytes) -> MailContent | None:
    try:
        content = read_message(raw)
    except ParseError:
        return None
    assert isinstance(content.text, str)
    assert isinstance(content.meta.subject, str)
    assert "\n" not in content.meta.subject and "\r" not in content.meta.subject
    for fwd in content.forwarded:
        assert isinstance(fwd.own_text, str)
    return content


@FAST
@given(st.binary(max_size=3000))
def test_arbitrary_bytes(raw: bytes) -> None:
    _read(raw)
    with contextlib.suppress(ParseError):
        read_meta(raw)


@FAST
@given(st.sampled_from(SAMPLES), st.floats(min_value=0.0, max_value=1.0))
def test_truncated_real_messages(raw: bytes, fraction: float) -> None:
    _read(raw[: int(len(raw) * fraction)])


_HEADER_NAMES = st.sampled_from([
    "From", "To", "Cc", "Subject", "Date", "Content-Type", "Content-Transfer-Encoding",
    "Content-Disposition", "Message-ID", "References", "In-Reply-To", "List-Id", "Reply-To",
    "Auto-Submitted", "MIME-Version",
])
_NASTY = st.one_of(
    st.text(max_size=300),
    st.binary(max_size=300).map(lambda b: b.decode("latin-1")),
    st.sampled_from([
        "multipart/mixed; boundary=", "multipart/alternative", "text/plain; charset=\"\x00\"",
        "text/calendar; charset=bogus", "message/rfc822", "base64", "quoted-printable",
        "=?utf-8?B?====?=", "=?x?Q?=ZZ=?=", "<<<@>>>", "\"unterminated <a@b.c>", "a@b.c (comment",
        "attachment; filename*=utf-8''%ZZ%", "attachment; filename*0*=x; filename*1=y",
        "Mon, 32 Foo 99999 25:61:61 +9999", "\r\n\r\n", "\t\t", "x" * 5000,
    ]),
)


@FAST
@given(st.sampled_from(SAMPLES), st.lists(st.tuples(_HEADER_NAMES, _NASTY), max_size=6))
def test_mutated_headers(raw: bytes, mutations: list[tuple[str, str]]) -> None:
    sep = b"\r\n" if b"\r\n" in raw[:2000] else b"\n"
    head, _, body = raw.partition(sep + sep)
    extra = b"".join(
        f"{name}: {value}".encode("utf-8", errors="surrogateescape") + sep for name, value in mutations)
    _read(extra + head + sep + sep + body)


@FAST
@given(st.text(max_size=2000))
def test_split_text_total(text: str) -> None:
    split = split_text(text)
    assert isinstance(split.own_text, str)
    for block in split.forwarded:
        assert block.text in text


@FAST
@given(st.text(alphabet=st.sampled_from("<>/abp li tr td ul br&;=\"'x\n"), max_size=500))
def test_html_to_text_total(html: str) -> None:
    assert isinstance(html_to_text(html), str)


@FAST
@given(st.text(max_size=300))
def test_header_and_date_decoding_total(value: str) -> None:
    decoded = decode_header_value(value)
    assert "\n" not in decoded and "\r" not in decoded
    parse_loose_date(value)
    parse_loose_date(value, english=False)


def test_pathological_inputs_are_read() -> None:
    """bench/linear.py measures that these are read in linear time."""
    cases = [
        b"From: a@b.c\n\n" + b"On " + b"x" * 1_000_000 + b"\n",
        b"From: a@b.c\n\n" + b"From: x\n" * 100_000,
        b"From: a@b.c\n\n" + b"> " * 500_000,
        b"From: a@b.c\n\n" + b"---------- Forwarded message ---------\n" * 20_000,
        b"From: a@b.c\nSubject: " + b"=?utf-8?q?" * 50_000 + b"\n\nx",
        b"From: " + b"a," * 100_000 + b"\n\nx",
        b"From: a@b.c\nContent-Type: text/html\n\n" + b"<a href='http://x'>" * 20_000,
        b"From: a@b.c\n\n" + b"From: x <a@b.c>\nSent: Mon, 1 Jan 2024\nTo: y\nSubject: s\n\nbody\n" * 5000,
        b"From: a@b.c\n\n" + b"On Mon " + b"a " * 200 + b"\n" + b"On x\n" * 100_000,
        b"From: a@b.c\n\n" + b"> a\n" * 300_000,
    ]
    for raw in cases:
        content = _read(raw)
        assert content is not None, raw[:60]
        assert len(content.forwarded) <= 30, raw[:60]
