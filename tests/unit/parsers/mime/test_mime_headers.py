from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest

from followup.errors import ParseError
from followup.parsers.mime import read_message
from followup.parsers.mime_headers import decode_header_value, read_meta
from followup.parsers.model import Address

Load = Callable[[str], bytes]


def test_rfc2047_subject_split_over_words_and_names(eml: Load) -> None:
    meta = read_message(eml("rfc2047.eml")).meta
    assert meta.subject == "Entrevista con José ✓ (final)"
    assert meta.sender == Address("jose.garcia@empresa.example", "José García")
    assert meta.to == (
        Address("elodie@mailbox.example", "Élodie"),
        Address("hans@empresa.example", "Hans Müller"),  # clean_name: "Last, First"
    )
    # An unknown charset and a broken base64 word still give the addresses, names degrade.
    assert [a.email for a in meta.cc] == ["cafe@empresa.example", "b@empresa.example"]
    assert meta.cc[0].name == "Café"
    assert meta.date == datetime(2026, 3, 5, 21, 0, tzinfo=UTC)
    assert meta.message_id == "<rfc2047@empresa.example>"


def test_list_headers_bad_date_and_references(eml: Load) -> None:
    meta = read_message(eml("auto_list.eml")).meta
    assert meta.date is None
    assert meta.auto_submitted is True
    assert meta.list_id == "weekly.jobs.example"
    assert meta.in_reply_to == "<parent@jobs.example>"
    assert meta.references == ("<a@x.example>", "<b@x.example>", "<c@x.example>")


def test_auto_submitted_header(eml: Load) -> None:
    assert read_message(eml("auto_submitted.eml")).meta.auto_submitted is True
    assert read_message(eml("fwd_gmail.eml")).meta.auto_submitted is False


@pytest.mark.parametrize(
    ("headers", "auto"),
    [
        ("Auto-Submitted: no\n", False),
        ("Auto-Submitted: auto-replied\n", True),
        ("Precedence: bulk\n", True),
        ("Precedence: junk\n", True),
        ("Precedence: first-class\n", False),
        ("List-Unsubscribe: <https://x.example/u>\n", True),
    ],
)
def test_auto_submitted_variants(headers: str, auto: bool) -> None:
    raw = f"From: a@example.com\nSubject: s\n{headers}\nbody\n".encode()
    assert read_meta(raw).auto_submitted is auto


def test_read_meta_matches_read_message(eml: Load) -> None:
    raw = eml("rfc2047.eml")
    head = raw.split(b"\r\n\r\n", 1)[0] + b"\r\n\r\n"
    assert read_meta(head) == read_message(raw).meta


def test_sender_falls_back_to_sender_header() -> None:
    meta = read_meta(b"From: undisclosed\nSender: Real Person <real@example.com>\n\n")
    assert meta.sender == Address("real@example.com", "Real Person")


def test_hostile_header_values_do_not_inject_or_raise() -> None:
    long_name = "A" * 10_000
    raw = (
        f"From: \"{long_name}\" <evil@example.com>\r\n"
        "Subject: hello\r\n\tworld\rInjected: yes\r\n"
        f"To: {'x' * 10_000}@example.com, ok@example.com\r\n"
        "Date: Mon, 99 Foo 99999 99:99:99 +9999\r\n"
        "\r\nbody\r\n"
    ).encode()
    meta = read_message(raw).meta
    assert "\r" not in meta.subject and "\n" not in meta.subject
    assert meta.subject.startswith("hello world")
    assert meta.sender is not None and meta.sender.email == "evil@example.com"
    assert meta.sender.name is not None and len(meta.sender.name) <= 200
    assert Address("ok@example.com") in meta.to
    assert meta.date is None


def test_eight_bit_headers_are_decoded() -> None:
    raw = "From: Zoë Ärger <zoe@example.com>\nSubject: Entretien à 10h\n\nx\n".encode()
    meta = read_meta(raw)
    assert meta.subject == "Entretien à 10h"
    assert meta.sender == Address("zoe@example.com", "Zoë Ärger")
    cp1252 = b"From: a@example.com\nSubject: Caf\xe9 \x96 ok\n\nx\n"
    assert read_meta(cp1252).subject == "Café – ok"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=?utf-8?q?a_b?= =?utf-8?q?c?=", "a bc"),
        ("=?UTF-8?B?w6k=?=", "é"),
        ("=?UTF-8?B?w6k?=", "é"),  # missing padding
        ("=?utf-8*en?Q?hi?=", "hi"),  # RFC 2231 language tag
        ("plain =?utf-8?q?x?= text", "plain x text"),
        ("=?nonsense?Q?caf=E9?=", "café"),
        ("=?utf-8?Q?unterminated", "=?utf-8?Q?unterminated"),
        ("=?utf-8?B?8J+Y?= =?utf-8?B?gA==?=", "😀"),  # a character split across words
    ],
)
def test_decode_header_value(value: str, expected: str) -> None:
    assert decode_header_value(value) == expected


def test_non_bytes_and_empty_raise_parse_error() -> None:
    with pytest.raises(ParseError):
        read_message("text" * 3)  # type: ignore[arg-type]
    with pytest.raises(ParseError):
        read_message(b"   \r\n")
    with pytest.raises(ParseError):
        read_meta(None)  # type: ignore[arg-type]
