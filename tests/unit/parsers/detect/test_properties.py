"""Whole-pipeline robustness: bytes in, a Detection or the project's ParseError out."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from followup.errors import ParseError
from followup.parsers import analyze_email, analyze_ics
from followup.parsers.addresses import Owner
from followup.parsers.model import Detection

FIXTURES = Path(__file__).parent / "fixtures"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
ME = Owner.of(["alex.rivera@mailbox.example"])
SAMPLES = [p.read_bytes() for p in sorted(FIXTURES.glob("*.eml"))]


def _check(fn: object, data: bytes) -> None:
    try:
        det = fn(data, ME, NOW)  # type: ignore[operator]
    except ParseError:
        return
    assert isinstance(det, Detection)
    if det.is_interview and det.start is not None:
        assert det.start.tzinfo is not None
        assert det.end is not None and det.end >= det.start
    assert all(r == r.lower() and "@" in r for r in det.thank_you_recipients)
    assert not any(ME.is_me(r) for r in det.thank_you_recipients)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_arbitrary_bytes(data: bytes) -> None:
    _check(analyze_email, data)
    _check(analyze_ics, data)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(SAMPLES), st.data())
def test_truncated_messages(sample: bytes, data: st.DataObject) -> None:
    cut = data.draw(st.integers(min_value=0, max_value=len(sample)))
    _check(analyze_email, sample[:cut])


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(SAMPLES), st.data())
def test_mutated_messages(sample: bytes, data: st.DataObject) -> None:
    lines = sample.split(b"\r\n")
    for _ in range(data.draw(st.integers(min_value=1, max_value=6))):
        i = data.draw(st.integers(min_value=0, max_value=len(lines) - 1))
        op = data.draw(st.sampled_from(["drop", "dup", "junk", "crlf", "hostile"]))
        if op == "drop":
            del lines[i]
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "junk":
            lines[i] = data.draw(st.binary(max_size=80))
        elif op == "crlf":
            lines[i] = lines[i] + b"\r\nX-Injected: yes\r"
        else:
            lines[i] = b"CN=" + b"A" * 10_000 + b'"<script>\r\n'
        if not lines:
            break
    _check(analyze_email, b"\r\n".join(lines))


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=3000))
def test_arbitrary_text_bodies(body: str) -> None:
    msg = (
        "From: Maria <maria@acme.example>\r\nTo: alex.rivera@mailbox.example\r\n"
        "Subject: Interview on Tuesday\r\nDate: Mon, 23 Nov 2026 10:00:00 -0800\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body
    )
    _check(analyze_email, msg.encode("utf-8", "surrogatepass"))
