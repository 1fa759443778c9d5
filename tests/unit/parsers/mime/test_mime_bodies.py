from __future__ import annotations

from collections.abc import Callable

import pytest

from followup.parsers import mime
from followup.parsers.mime import read_message
from followup.parsers.mime_headers import decode_bytes

Load = Callable[[str], bytes]


def test_quoted_printable_plain_preferred_over_base64_html(eml: Load) -> None:
    content = read_message(eml("qp_base64.eml"))
    assert content.text.startswith("Hallo Jürgen,")
    # The soft line break of quoted-printable is joined again.
    assert "mit einem weichen Umbruch teilt." in content.text
    assert "Vorstellungsgespräch am Dienstag um 10:00 Uhr" in content.text
    assert "<p>" not in content.text


def test_base64_plain(eml: Load) -> None:
    assert read_message(eml("base64_plain.eml")).text == "Only base64 here: café — ok"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("charset_unknown.eml", "See you at the café — Renée"),
        ("charset_ascii_cp1252.eml", "“Quoted” and € 5"),
        ("charset_latin1_is_utf8.eml", "München office"),
        ("charset_real_latin1.eml", "München office"),
        ("charset_rot13.eml", "plain words"),
    ],
)
def test_wrong_and_unknown_charsets(eml: Load, name: str, expected: str) -> None:
    assert read_message(eml(name)).text == expected


@pytest.mark.parametrize(
    ("data", "charset", "expected"),
    [
        (b"caf\xc3\xa9", "utf-8", "café"),
        (b"caf\xe9", "utf-8", "café"),  # not utf-8 after all: cp1252
        (b"\x81\x8d\x8f", "ascii", "\x81\x8d\x8f"),  # undefined in cp1252: latin-1
        ("日本".encode("shift_jis"), "shift_jis", "日本"),
        ("日本".encode("shift_jis"), "x-sjis", "日本"),
        (b"abc", None, "abc"),
        (b"abc", "base64", "abc"),  # a codec that is not a text encoding
        (b"abc", '"UTF-8"', "abc"),
    ],
)
def test_decode_bytes_fallbacks(data: bytes, charset: str | None, expected: str) -> None:
    assert decode_bytes(data, charset) == expected


def test_html_only_mail_keeps_list_and_table(eml: Load) -> None:
    text = read_message(eml("html_only.eml")).text
    assert "- Coding with Alex" in text.splitlines()
    assert "- System design with Bea (https://hooli.example/people/bea)" in text.splitlines()
    assert "Time | Interviewer" in text.splitlines()
    assert "10:00 | Alex Kim" in text.splitlines()
    assert "11:00 | Bea Novak" in text.splitlines()
    # A link whose text is its target is not repeated.
    assert "Join: https://meet.hooli.example/abc" in text.splitlines()
    assert "var x" not in text and "color: red" not in text and "Agenda" not in text.splitlines()[0]
    assert "\n\n\n" not in text


def test_html_not_converted_when_plain_exists(eml: Load, monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(_: str) -> str:
        raise AssertionError("BeautifulSoup must not run when text/plain exists")

    monkeypatch.setattr(mime, "html_to_text", boom)
    assert read_message(eml("qp_base64.eml")).text.startswith("Hallo")


def test_empty_plain_alternative_falls_back_to_html() -> None:
    raw = (
        b"From: a@example.com\nContent-Type: multipart/alternative; boundary=x\n\n"
        b"--x\nContent-Type: text/plain\n\n\n\n"
        b"--x\nContent-Type: text/html\n\n<p>Real <b>text</b></p>\n--x--\n"
    )
    assert read_message(raw).text == "Real text"


def test_attachment_names_and_text_attachments_are_not_body() -> None:
    raw = (
        b"From: a@example.com\nContent-Type: multipart/mixed; boundary=x\n\n"
        b"--x\nContent-Type: text/plain\n\nBody\n"
        b"--x\nContent-Type: text/plain; name=notes.txt\n"
        b"Content-Disposition: attachment; filename=notes.txt\n\n"
        b"not the body\n"
        b"--x\nContent-Type: application/pdf\nContent-Disposition: attachment;\n"
        b" filename*=utf-8''Lebenslauf%20J%C3%BCrgen.pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0=\n"
        b"--x--\n"
    )
    content = read_message(raw)
    assert content.text == "Body"
    assert content.attachment_names == ("notes.txt", "Lebenslauf Jürgen.pdf")
    assert content.has_calendar_part is False


def test_format_flowed_is_unwrapped(eml: Load) -> None:
    content = read_message(eml("reply_bottom_posted.eml"))
    assert content.text.splitlines()[0] == (
        "On Thu, Feb 26, 2026 at 9:00 AM Sam Candidate <sam@mailbox.example> wrote:")


def test_huge_body_is_capped_and_fast() -> None:
    import time

    body = ("word " * 60 + "\n") * 4000  # ~1.2 MB
    raw = b"From: a@example.com\nSubject: big\nContent-Type: text/plain\n\n" + body.encode()
    start = time.perf_counter()
    content = read_message(raw)
    assert time.perf_counter() - start < 2.0
    assert len(content.text) <= mime.MAX_TEXT_CHARS


def test_deep_multipart_nesting_is_bounded() -> None:
    depth = 200
    head = b"From: a@example.com\nContent-Type: multipart/mixed; boundary=b0\n\n"
    part = b"--b%d\nContent-Type: multipart/mixed; boundary=b%d\n\n"
    parts = b"".join(part % (i, i + 1) for i in range(depth))
    raw = head + parts + b"--b%d\nContent-Type: text/plain\n\ndeep\n" % depth
    content = read_message(raw)  # does not raise; text beyond the depth cap is dropped
    assert content.meta.sender is not None


def test_mbox_separator_and_bom_are_skipped() -> None:
    raw = b"\xef\xbb\xbf\nFrom sam@example.com Mon Mar  2 08:00:00 2026\nFrom: Sam <sam@example.com>\n" \
          b"Subject: hi\n\nbody\n"
    content = read_message(raw)
    assert content.meta.subject == "hi"
    assert content.text == "body"


def test_multipart_without_boundary_keeps_text() -> None:
    raw = b"From: a@example.com\nContent-Type: multipart/mixed\n\nJust text after all.\n"
    assert read_message(raw).text == "Just text after all."
