"""Drafts as a mail client sees them, through the real Dovecot (and Maildir): an accented
address (RFC 6531), a calendar CN that decodes to CR/LF and a normal invite in one run; the
recruiter's long mixed-case Gmail/Outlook Message-IDs come back byte-exact in the threading
headers."""

from __future__ import annotations

import re
from email import message_from_string, policy
from pathlib import Path
from typing import Any

import pytest

from .test_engine_end_to_end import AFTER, all_drafts, fixture, followup, write_config

pytestmark = pytest.mark.integration

GMAIL_ID = "<CAH+7qXzK4Lm2=Pq_ZrT9vWbYcDeFgHiJkLmNoPqRsTuVwXy0123-AbCdEf@mail.gmail.com>"
OUTLOOK_ID = ("<DM6PR11MB4107A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8@"
              "DM6PR11MB4107.namprd11.prod.outlook.com>")


def _invite(company: str, domain: str, n: int, replace: dict[str, str] | None = None) -> bytes:
    text = fixture("invite_globex.eml").decode("utf-8")
    text = text.replace("Globex", company).replace("globex.com", domain)
    text = text.replace("invite-7781@", f"invite-{n}@").replace("onsite-7781@", f"onsite-{n}@")
    for old, new in (replace or {}).items():
        text = text.replace(old, new)
    return text.encode("utf-8")


def _parsed(raw: bytes) -> Any:
    # RFC 6532: header fields may be UTF-8; read them as such (as neomutt does)
    return message_from_string(raw.decode("utf-8"), policy=policy.default)


def test_bad_names_and_utf8_addresses_do_not_stop_the_run(harness: Any, tmp_path: Path) -> None:
    normal = _invite("Globex", "globex.com", 1, {
        "Message-ID: <invite-1@globex.com>":
            f"Message-ID: {GMAIL_ID}\nReferences: {OUTLOOK_ID}",
    })
    accented = _invite("Initech", "initech.example", 2, {
        "Lena Fischer": "José Núñez", "lena.fischer@": "josé.núñez@",
        'charset="UTF-8"\n\nHi': 'charset="UTF-8"\nContent-Transfer-Encoding: 8bit\n\nHi',
    })
    crlf = _invite("Hooli", "hooli.example", 3, {
        "CN=Omar Haddad:": 'CN="Omar^nBcc: victim@evil.example^nHaddad":',
    })
    for raw in (crlf, accented, normal):
        harness.deliver(raw, "Jobs")
    cfg = write_config(tmp_path, harness)
    followup(cfg, "run", "--once", "--now", "2026-03-01T12:00:00Z")
    out = followup(cfg, "run", "--once", "--now", AFTER).output  # exit status 0
    assert "0 failed" in out

    raws = all_drafts(harness)
    by_to = {str(_parsed(r)["To"].addresses[0].addr_spec): r for r in raws}
    assert set(by_to) == {
        "dana.whitfield@globex.com", "omar.haddad@globex.com", "lena.fischer@globex.com",
        "dana.whitfield@initech.example", "omar.haddad@initech.example", "josé.núñez@initech.example",
        "dana.whitfield@hooli.example", "omar.haddad@hooli.example", "lena.fischer@hooli.example",
    }
    # the accented recipient: UTF-8 in the header, never an encoded word inside the address
    jose = by_to["josé.núñez@initech.example"]
    assert 'To: "José Núñez" <josé.núñez@initech.example>\r\n'.encode() in jose
    assert _parsed(jose).get_body(("plain",)).get_content().startswith("Dear José,")
    # the CN with CR/LF: one To, no injected header, the name cleaned
    omar = by_to["omar.haddad@hooli.example"]
    head = omar.split(b"\r\n\r\n", 1)[0]
    assert not re.search(rb"(?im)^bcc:", head) and b"victim@" not in head
    assert len(_parsed(omar).get_all("To")) == 1
    # threading: the recruiter's ids byte-exact, never RFC 2047-encoded (RFC 2047 §5)
    dana = by_to["dana.whitfield@globex.com"]
    assert f"In-Reply-To: {GMAIL_ID}\r\n".encode() in dana
    assert f"References: {OUTLOOK_ID}\r\n {GMAIL_ID}\r\n".encode() in dana
