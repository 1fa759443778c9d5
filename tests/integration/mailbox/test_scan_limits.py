"""Scanning never downloads attachments: bytes read from the real Dovecot are counted."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from followup.parsers.mime import read_message
from followup.state import MemoryState
from tests.support import samples
from tests.support.dovecot import Account, Dovecot

from .mailbox_harness import WANTS, MaildirHarness, imap_config, imap_mailbox

pytestmark = pytest.mark.integration
SINCE = datetime.now(UTC) - timedelta(days=60)
START = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)


class ByteCounter:
    """Counts the bytes imaplib reads from the socket (lines and literals)."""

    def __init__(self, imap: Any) -> None:
        self.total = 0
        real_readline, real_read = imap.readline, imap.read

        def readline() -> bytes:
            line: bytes = real_readline()
            self.total += len(line)
            return line

        def read(size: int) -> bytes:
            data: bytes = real_read(size)
            self.total += len(data)
            return data

        imap.readline, imap.read = readline, read


def test_invite_with_30mb_attachment_is_read_without_the_attachment(dovecot: Dovecot,
                                                                     account: Account) -> None:
    raw = samples.interview_invite(7, START, attachment=samples.pdf_bytes(30 << 20))
    with dovecot.client(account) as c:
        c.append("INBOX", raw)
    mb = imap_mailbox(imap_config(dovecot, account))
    counter = ByteCounter(mb._conn()._imap)
    [msg] = list(mb.scan(MemoryState(), SINCE, WANTS))
    assert len(raw) > 40 << 20  # base64
    assert counter.total < 64 << 10, counter.total  # header, text and calendar parts only
    assert msg.raw is not None and len(msg.raw) < 16 << 10
    content = read_message(msg.raw)
    assert content.has_calendar_part and len(content.calendars) == 1
    assert "brochure.pdf" in content.attachment_names
    assert "Platform Engineer position at Company7" in content.text
    with dovecot.client(account) as c:  # BODY.PEEK only: still unread
        c.select_folder("INBOX", readonly=True)
        assert all(b"\\Seen" not in f[b"FLAGS"] for f in c.fetch(c.search(["ALL"]), ["FLAGS"]).values())
    mb.close()


def test_forwarded_invite_keeps_its_parts(dovecot: Dovecot, account: Account) -> None:
    inner = samples.interview_invite(8, START, attachment=samples.pdf_bytes(200_000))
    raw = (b"From: Alex Rivera <alex@mailbox.example>\r\nTo: alex@mailbox.example\r\n"
           b"Subject: Fwd: Interview invitation\r\nMessage-ID: <fwd-8@x>\r\nMIME-Version: 1.0\r\n"
           b"Content-Type: multipart/mixed; boundary=\"f\"\r\n\r\n--f\r\n"
           b"Content-Type: text/plain\r\n\r\nsee below\r\n--f\r\n"
           b"Content-Type: message/rfc822\r\n\r\n" + inner + b"\r\n--f--\r\n")
    with dovecot.client(account) as c:
        c.append("INBOX", raw)
    mb = imap_mailbox(imap_config(dovecot, account))
    [msg] = list(mb.scan(MemoryState(), SINCE, WANTS))
    assert msg.raw is not None and len(msg.raw) < 16 << 10
    content = read_message(msg.raw)
    [fwd] = content.forwarded
    assert fwd.meta.message_id == "<invite-8@company8.example>"
    assert len(fwd.calendars) == 1 and "brochure.pdf" in fwd.attachment_names
    assert "see below" in content.text
    mb.close()


def test_maildir_reads_a_large_file_without_its_attachment(tmp_path: Path) -> None:
    h = MaildirHarness(tmp_path / "Maildir")
    h.deliver(samples.interview_invite(9, START, attachment=samples.pdf_bytes(30 << 20)))
    [msg] = list(h.mailbox().scan(MemoryState(), SINCE, WANTS))
    assert msg.raw is not None and len(msg.raw) < 16 << 10
    content = read_message(msg.raw)
    assert len(content.calendars) == 1 and "brochure.pdf" in content.attachment_names
    assert "Platform Engineer position at Company9" in content.text
