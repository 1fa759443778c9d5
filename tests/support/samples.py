"""Sample mail for tests and bench/hostile.py: valid interview invites and hostile messages.

Not used by the service itself. Every hostile sample is a real message a mail server
accepts (a huge header, a huge attachment, 10,000 parts, deep nesting, NUL bytes, broken
encodings, a 20,000-attendee or endlessly repeating invite).
"""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta

OWNER = "alex.rivera@mailbox.example"
_FMT = "%Y%m%dT%H%M%SZ"


def _date(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")


def _ics(n: int, start: datetime, *, attendees: int = 2, rrule: str = "") -> str:
    end = start + timedelta(hours=1)
    people = [f"ATTENDEE;CN=Interviewer {n}-{k};ROLE=REQ-PARTICIPANT:mailto:iv{k}.c{n}@company{n}.example\r\n"
              for k in range(attendees)]
    return ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//samples//EN\r\nMETHOD:REQUEST\r\n"
            f"BEGIN:VEVENT\r\nUID:interview-{n}@company{n}.example\r\nDTSTAMP:{start.strftime(_FMT)}\r\n"
            f"DTSTART:{start.strftime(_FMT)}\r\nDTEND:{end.strftime(_FMT)}\r\n{rrule}"
            f"SUMMARY:Interview: Platform Engineer at Company{n} - Alex Rivera\r\n"
            f"ORGANIZER;CN=Robin Recruiter{n}:mailto:recruiter.c{n}@company{n}.example\r\n"
            + "".join(people)
            + f"ATTENDEE;CN=Alex Rivera;PARTSTAT=NEEDS-ACTION:mailto:{OWNER}\r\n"
            "STATUS:CONFIRMED\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")


def invite_parts(n: int, start: datetime, *, attendees: int = 2, rrule: str = "") -> tuple[str, str]:
    """(headers without Content-Type, multipart/alternative body part) of invite ``n``."""
    head = (f"From: Robin Recruiter{n} <recruiter.c{n}@company{n}.example>\r\n"
            f"To: Alex Rivera <{OWNER}>\r\n"
            f"Subject: Interview invitation: Platform Engineer at Company{n}\r\n"
            f"Date: {_date(start - timedelta(days=5))}\r\n"
            f"Message-ID: <invite-{n}@company{n}.example>\r\nMIME-Version: 1.0\r\n")
    text = (f"Hi Alex,\r\n\r\nThank you for your interest in the Platform Engineer position at "
            f"Company{n}. We would like to invite you to an interview on "
            f"{start.strftime('%A, %B %d, %Y at %H:%M')} UTC.\r\n\r\n"
            f"You will meet with Interviewer {n}-0 and Interviewer {n}-1.\r\n\r\n"
            f"Best regards,\r\nRobin Recruiter{n}\r\nTechnical Recruiter, Company{n}\r\n")
    alt = ("Content-Type: multipart/alternative; boundary=\"alt\"\r\n\r\n"
           "--alt\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\n\r\n" + text + "\r\n"
           "--alt\r\nContent-Type: text/calendar; charset=\"UTF-8\"; method=REQUEST\r\n\r\n"
           + _ics(n, start, attendees=attendees, rrule=rrule) + "\r\n--alt--\r\n")
    return head, alt


def interview_invite(n: int, start: datetime, *, attendees: int = 2, rrule: str = "",
                     attachment: bytes | None = None) -> bytes:
    """A valid interview invite from Company``n`` (a recruiter and two interviewers), with a
    PDF attachment when ``attachment`` is given."""
    head, alt = invite_parts(n, start, attendees=attendees, rrule=rrule)
    if attachment is None:
        return (head + alt).encode()
    out = bytearray((head + "Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n--outer\r\n"
                     + alt + "\r\n--outer\r\nContent-Type: application/pdf; name=\"brochure.pdf\"\r\n"
                     "Content-Disposition: attachment; filename=\"brochure.pdf\"\r\n"
                     "Content-Transfer-Encoding: base64\r\n\r\n").encode())
    out += base64.encodebytes(attachment).replace(b"\n", b"\r\n")
    out += b"\r\n--outer--\r\n"
    return bytes(out)


def pdf_bytes(size: int) -> bytes:
    """``size`` bytes that look like a PDF and do not compress to nothing."""
    block = bytes((i * 7919) & 0xFF for i in range(4096))
    return (b"%PDF-1.4\n" + block * (size // 4096 + 1))[:size]


# -- hostile ---------------------------------------------------------------------------------
def huge_subject(n: int, size: int) -> bytes:
    """A newsletter whose Subject alone is ``size`` bytes (one folded header)."""
    words = " ".join(f"interview{k}" for k in range(size // 11))[:size]
    return (f"From: News <news@letters.example>\r\nTo: {OWNER}\r\nSubject: {words}\r\n"
            f"Message-ID: <huge-subject-{n}@letters.example>\r\n\r\nNews.\r\n").encode()


def huge_to(n: int, size: int) -> bytes:
    """A message addressed to ``size`` bytes of recipients."""
    per = 32
    to = ",\r\n ".join(f"person{k:07d}@list{n}.example" for k in range(size // per))
    return (f"From: Mass <mass@letters.example>\r\nTo: {to}\r\nSubject: Interview tips\r\n"
            f"Message-ID: <huge-to-{n}@letters.example>\r\n\r\nHello all.\r\n").encode()


def huge_message_id(n: int, size: int) -> bytes:
    mid = "x" * size
    return (f"From: Odd <odd@letters.example>\r\nTo: {OWNER}\r\nSubject: Interview next steps\r\n"
            f"Message-ID: <{mid}@letters.example>\r\n\r\nHello.\r\n").encode()


def many_parts(n: int, parts: int) -> bytes:
    """multipart/mixed with ``parts`` small text parts (and an interview subject)."""
    body = "".join(f"--b\r\nContent-Type: text/plain\r\n\r\npart {k}\r\n" for k in range(parts))
    return (f"From: Parts <parts@letters.example>\r\nTo: {OWNER}\r\nSubject: Interview parts {n}\r\n"
            f"Message-ID: <many-parts-{n}@letters.example>\r\nMIME-Version: 1.0\r\n"
            f"Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n{body}--b--\r\n").encode()


def deep_nesting(n: int, depth: int) -> bytes:
    """``depth`` nested multipart/mixed levels around a text/calendar part."""
    opening = "".join(f"Content-Type: multipart/mixed; boundary=\"n{k}\"\r\n\r\n--n{k}\r\n"
                      for k in range(depth))
    closing = "".join(f"\r\n--n{k}--\r\n" for k in reversed(range(depth)))
    inner = "Content-Type: text/calendar\r\n\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"
    return (f"From: Deep <deep@letters.example>\r\nTo: {OWNER}\r\nSubject: Interview deep {n}\r\n"
            f"Message-ID: <deep-{n}@letters.example>\r\nMIME-Version: 1.0\r\n"
            + opening + inner + closing).encode()


def nul_bytes(n: int) -> bytes:
    return (f"From: Nul <nul@letters.example>\r\nTo: {OWNER}\r\nSubject: Interview\0 with\0 NUL\r\n"
            f"Message-ID: <nul-{n}@letters.example>\r\nContent-Type: text/plain\r\n\r\n"
            "Interview on Monday\0\0 at 10:00\0\r\n").encode()


def bad_encodings(n: int) -> bytes:
    return (f"From: =?bogus-charset?B?!!!?= <bad@letters.example>\r\nTo: {OWNER}\r\n"
            "Subject: =?utf-8?B?SW50ZXJ2aWV3?= =?utf-8?Q?=ZZ=C3?= \xff\xfe interview\r\n"
            f"Message-ID: <bad-enc-{n}@letters.example>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: multipart/mixed; boundary=\"q\"\r\n\r\n"
            "--q\r\nContent-Type: text/plain; charset=\"x-no-such\"\r\n"
            "Content-Transfer-Encoding: base64\r\n\r\n@@@not base64@@@\r\n"
            "--q\r\nContent-Type: text/calendar; charset=utf-7\r\n"
            "Content-Transfer-Encoding: quoted-printable\r\n\r\nBEGIN:VCALENDAR=ZZ=0\r\n"
            "--q--\r\n").encode("latin-1")


def hostile_set(start: datetime, *, scale: float = 1.0) -> list[tuple[str, bytes]]:
    """The pathological-but-small cases (for the integration test; ``scale`` shrinks)."""
    return [
        ("10,000 parts", many_parts(1, int(10_000 * scale))),
        ("nesting 200", deep_nesting(2, 200)),
        ("NUL bytes", nul_bytes(3)),
        ("bad encodings", bad_encodings(4)),
        ("20,000 attendees", interview_invite(900, start, attendees=int(20_000 * scale))),
        ("endless RRULE", interview_invite(901, start, rrule="RRULE:FREQ=SECONDLY;INTERVAL=1\r\n")),
    ]
