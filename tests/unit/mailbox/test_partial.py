"""mailbox/partial.py: planning IMAP section fetches and the streaming Maildir reducer."""

from __future__ import annotations

import io
from datetime import UTC, datetime

from followup.mailbox import partial
from followup.mailbox.imap_parse import parse_values
from followup.parsers.mime import read_message
from tests.support import samples

START = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)


def test_plan_fetches_text_and_calendar_never_the_attachment() -> None:
    [bs] = parse_values(
        b'((("TEXT" "PLAIN" ("CHARSET" "UTF-8") NIL NIL "7BIT" 400 9 NIL NIL NIL NIL)'
        b'("TEXT" "CALENDAR" ("CHARSET" "UTF-8") NIL NIL "7BIT" 900 20 NIL NIL NIL NIL) "ALTERNATIVE")'
        b'("APPLICATION" "PDF" ("NAME" "b.pdf") NIL NIL "BASE64" 41000000 NIL'
        b' ("ATTACHMENT" ("FILENAME" "b.pdf")) NIL NIL) "MIXED")')
    p = partial.plan(bs)
    assert p.items == ("BODY.PEEK[HEADER]<0.262144>", "BODY.PEEK[1.1.MIME]<0.16384>",
                       "BODY.PEEK[1.1]<0.2097152>", "BODY.PEEK[1.2.MIME]<0.16384>",
                       "BODY.PEEK[1.2]<0.1048576>", "BODY.PEEK[2.MIME]<0.16384>")
    assert p.estimate < 1 << 20
    fetched = {partial.response_key(i): b"" for i in p.items}
    fetched[b"BODY[HEADER]<0>"] = (b"Subject: x\r\nContent-Type: multipart/mixed; boundary=\"o\"\r\n"
                                   b"\r\n")
    fetched[b"BODY[1.1.MIME]<0>"] = b"Content-Type: text/plain\r\n\r\n"
    fetched[b"BODY[1.1]<0>"] = b"hello"
    fetched[b"BODY[2.MIME]<0>"] = b"Content-Type: application/pdf; name=\"b.pdf\"\r\n\r\n"
    content = read_message(partial.rebuild(p, fetched))
    assert content.text == "hello" and content.attachment_names == ("b.pdf",)


def test_reduce_stream_drops_attachments_and_caps_text() -> None:
    raw = samples.interview_invite(3, START, attachment=samples.pdf_bytes(3 << 20))
    small = partial.reduce_stream(io.BytesIO(raw))
    assert len(small) < 8 << 10
    content = read_message(small)
    assert len(content.calendars) == 1 and content.attachment_names == ("brochure.pdf",)


def test_reduce_stream_survives_broken_trees() -> None:
    unclosed = (b"Subject: a\r\nContent-Type: multipart/mixed; boundary=\"x\"\r\n\r\n--x\r\n"
                b"Content-Type: text/plain\r\n\r\nbody text\r\n" + b"y" * 200_000 + b"\r\n")
    small = partial.reduce_stream(io.BytesIO(unclosed))
    assert b"body text" in small and small.endswith(b"--x--\r\n")
    nested = samples.deep_nesting(1, 200)
    assert read_message(partial.reduce_stream(io.BytesIO(nested))).meta.subject == "Interview deep 1"
