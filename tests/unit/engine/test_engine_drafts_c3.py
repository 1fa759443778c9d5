"""Drafts as a mail client sees them: ids from the key, threading bytes, UTF-8 addresses,
greetings from names, the role without the company, guesses only for people, and one bad
action never stopping a cycle."""

from __future__ import annotations

import base64
import hashlib
import logging
from datetime import datetime
from email import message_from_string, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from followup.config import Config, DraftsConfig, parse_config
from followup.engine.drafts import DraftError, DraftWriter, role
from followup.engine.guess import detect_pattern, guess_address, is_person_name
from followup.engine.names import greeting, parse_name
from followup.engine.service import run_cycle
from followup.engine.tracker import Tracker
from followup.errors import ConfigError
from followup.mailbox.base import draft_bytes, prepare_draft
from followup.mailbox.draft_ids import is_ours, matches_key, message_id_for_key
from followup.parsers.model import Person

from .engine_helpers import END, START, FakeCalendar
from .test_engine_drafts import NY, OWNER, draft
from .test_engine_service import AFTER, BEFORE, INVITE, FakeMailbox, scanned
from .test_engine_service import config as config
from .test_engine_tracker import invite, meta

GMAIL = "CAH+7qXzK4Lm2=Pq_ZrT9vWbYcDeFgHiJkLmNoPqRsTuVwXy0123-AbCdEf@mail.gmail.com"
OUTLOOK = "DM6PR11MB4107A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8@DM6PR11MB4107.namprd11.prod.outlook.com"


# ------------------------------------------------------------------ keys.py
def test_message_id_for_key_is_the_documented_form() -> None:
    key = "thanks:iv-1:jane.doe@acme.com"
    local = base64.b32encode(hashlib.sha256(key.encode()).digest()).decode().lower()[:26]
    assert message_id_for_key(key, "mailbox.example") == f"<fu-{local}@mailbox.example>"
    assert message_id_for_key(key, "mailbox.example") == message_id_for_key(key, "mailbox.example")
    assert message_id_for_key(key + "x", "mailbox.example") != message_id_for_key(key, "mailbox.example")
    assert matches_key(message_id_for_key(key, "other.example"), key)  # any domain
    assert not matches_key(message_id_for_key(key + "x", "mailbox.example"), key)
    assert is_ours(message_id_for_key(key, "d.example")) and not is_ours(f"<{GMAIL}>")
    assert message_id_for_key(key, "bücher.example").endswith("@xn--bcher-kva.example>")


def test_draft_message_id_comes_from_the_key_and_no_key_header() -> None:
    msg = draft()
    assert msg["Message-ID"] == message_id_for_key("thanks:iv-1:jane.doe@acme.com", "mailbox.example")
    prepare_draft(msg, "thanks:iv-1:jane.doe@acme.com")
    raw = draft_bytes(msg)
    assert b"x-followup" not in raw.lower()


# ------------------------------------------------------------------ threading bytes
def test_long_mixed_case_ids_are_written_byte_exact_never_encoded() -> None:
    msg = draft(thread=(OUTLOOK, f"<{GMAIL}>"))
    raw = draft_bytes(msg)
    assert f"\r\nIn-Reply-To: <{GMAIL}>\r\n".encode() in raw
    assert f"\r\nReferences: <{OUTLOOK}>\r\n <{GMAIL}>\r\n".encode() in raw
    assert b"=?" not in b"".join(line for line in raw.split(b"\r\n")
                                 if line.startswith((b"In-Reply-To", b"References", b" <")))


def test_tracker_keeps_the_recruiters_ids_as_received(tmp_path: Path) -> None:
    with Tracker(tmp_path / "s.db") as t:
        iid = t.record_detection(invite(meta=meta(f"<{GMAIL}>", refs=(f"<{OUTLOOK}>",))), START)
        assert iid is not None
        assert t.recruiter_thread(iid) == [OUTLOOK, GMAIL]
        # matching still ignores case: a reply quoting the id in lower case finds the interview
        reply = meta("<r1@acme.com>", irt=f"<{GMAIL.lower()}>", at=END)
        assert t.record_reply(reply, follow_up_after=None, decision_imminent=False, mkey="r1",
                              now=END) == iid


# ------------------------------------------------------------------ UTF-8 addresses
def test_internationalised_address_is_written_as_utf8() -> None:
    msg = draft("José Núñez", "josé.núñez@ejemplo.es")
    raw = draft_bytes(msg)
    assert 'To: "José Núñez" <josé.núñez@ejemplo.es>\r\n'.encode() in raw
    back = message_from_string(raw.decode("utf-8"), policy=policy.default)
    assert back["To"].addresses[0].addr_spec == "josé.núñez@ejemplo.es"
    assert back.get_body(("plain",)).get_content().startswith("Dear José,")  # type: ignore[union-attr]
    # an ASCII draft stays 7-bit: the non-ASCII display name is an encoded word
    assert draft_bytes(draft("Zoë Doe")).isascii()


@pytest.mark.parametrize("addr", ["", "no-at-sign", "a b@c.d", "x@y\r\nBcc: z@w", "<a@b.c>", "a@@b"])
def test_not_an_address_is_a_clear_draft_error(addr: str) -> None:
    with pytest.raises(DraftError, match="not a usable address"):
        draft("Jane", addr)


# ------------------------------------------------------------------ names and greetings
@pytest.mark.parametrize(("written", "full", "first", "last"), [
    ("José Müller", "José Müller", "José", "Müller"),
    ("Ünal, Ayşe", "Ayşe Ünal", "Ayşe", "Ünal"),
    ("Dr. Anna Müller", "Anna Müller", "Anna", "Müller"),
    ("Smith, John Jr.", "John Smith", "John", "Smith"),
    ("Ludwig van Beethoven", "Ludwig van Beethoven", "Ludwig", "van Beethoven"),
    ("Kim\r\nPark", "Kim Park", "Kim", "Park"),
    ("Dana Whitfield (via Lever)", "Dana Whitfield", "Dana", "Whitfield"),
    ("de la Cruz, Juan", "Juan de la Cruz", "Juan", "de la Cruz"),
    ("Ing. Rodrigo Salas", "Rodrigo Salas", "Rodrigo", "Salas"),
])
def test_names_are_split_and_cleaned(written: str, full: str, first: str, last: str) -> None:
    n = parse_name(written)
    assert (n.full, n.first, n.last) == (full, first, last)


def test_greeting_first_name_by_default_and_formal_only_with_a_known_honorific() -> None:
    assert greeting(parse_name("José Müller")) == "Dear José,"
    assert greeting(parse_name("Frau Petra Müller"), "formal") == "Dear Ms Müller,"
    assert greeting(parse_name("Dr. Anna Müller"), "formal") == "Dear Dr Müller,"
    assert greeting(parse_name("José Müller"), "formal") == "Dear José Müller,"  # no gender guess
    assert greeting(parse_name(None)) == "Hello,"
    w = DraftWriter(OWNER, NY, greeting_style="formal")
    assert "Dear Ms Lang," in draft("Frau Petra Lang", writer=w).get_body(("plain",)).get_content()  # type: ignore[union-attr]


def test_greeting_config_and_template_variables(tmp_path: Path) -> None:
    cfg = parse_config({"drafts": {"greeting": "formal"}}, None)
    assert cfg.drafts == DraftsConfig(greeting="formal")
    with pytest.raises(ConfigError, match=r"\[drafts\] greeting: must be one of first-name, formal"):
        parse_config({"drafts": {"greeting": "casual"}}, None)
    template = "{{ title }}|{{ first_name }}|{{ last_name }}|{{ full_name }}\n"
    (tmp_path / "thank_you.txt.j2").write_text(template)
    w = DraftWriter(OWNER, NY, dirs=[tmp_path])
    text = draft("Ünal, Ayşe", writer=w).get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert text.startswith("|Ayşe|Ünal|Ayşe Ünal")
    assert Config().drafts.greeting == "first-name"


def test_last_first_is_one_person_in_the_tracker(tmp_path: Path) -> None:
    ayse = Person("ayse.unal@acme.com", "Ünal, Ayşe", "interviewer")
    named = Person(None, "Ayşe Ünal", "interviewer")  # the same person named in the text
    det = invite(people=(ayse, named), thank_you_recipients=("ayse.unal@acme.com",), recruiter=None)
    with Tracker(tmp_path / "s.db") as t:
        iid = t.record_detection(det, START)
        assert iid is not None
        people = t.snapshot(iid).people
        assert [(p.email, p.name) for p in people] == [("ayse.unal@acme.com", "Ayşe Ünal")]


# ------------------------------------------------------------------ the role
@pytest.mark.parametrize(("position", "company", "want"), [
    ("Data Engineer", "Acme", "Data Engineer"),
    ("Senior Data Engineer – Datos Ibéricos", "Datos Ibéricos", "Senior Data Engineer"),
    ("Datos Ibéricos - Analista de Datos", "Datos Ibéricos", "Analista de Datos"),
    ("Backend Engineer at Globex", "Globex", "Backend Engineer"),
    ("Platform Engineer position", "Globex", "Platform Engineer"),
    ("Globex", "Globex", ""),
    (None, "Globex", ""),
])
def test_role_never_repeats_the_company(position: str | None, company: str, want: str) -> None:
    assert role(position, company) == want


def test_draft_names_the_role_once_and_the_company_once() -> None:
    msg = draft(company="Datos Ibéricos", position="Senior Data Engineer – Datos Ibéricos")
    text = msg.get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "about the Senior Data Engineer position at Datos Ibéricos." in text
    assert str(msg["Subject"]) == "Thank you — Senior Data Engineer interview"


# ------------------------------------------------------------------ guessed addresses
def test_no_guess_for_a_place_or_a_team() -> None:
    for name in ("1 Liberty Plaza", "Liberty Plaza", "Recruiting Team", "Conference Room B", "Building 4"):
        assert not is_person_name(name)
        assert guess_address(name, "acme.com", "first.last") is None
    assert guess_address("Sam Lee", "acme.com", "first.last") == "sam.lee@acme.com"
    assert guess_address("Ünal, Ayşe", "acme.com", "first.last") == "ayse.unal@acme.com"


def test_a_pattern_needs_two_colleagues() -> None:
    assert detect_pattern([("Jane Doe", "jane.doe@acme.com")]) is None
    assert detect_pattern([("Jane Doe", "jane.doe@acme.com"), ("Bob Smith", "bob.smith@acme.com")]) == \
        "first.last"


# ------------------------------------------------------------------ one bad action
def test_a_draft_that_cannot_be_built_is_skipped_and_the_rest_goes_on(
        config: Config, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    mb, cal = FakeMailbox([scanned(INVITE, "1")]), FakeCalendar()
    run_cycle(config, now=BEFORE, mailbox=mb, calendar=cal)
    real = DraftWriter.build

    def build(self: DraftWriter, d: object, now: datetime) -> EmailMessage:
        if "omar" in getattr(d, "to_email", ""):
            raise UnicodeEncodeError("utf-8", "x", 0, 1, "unexpected")  # any bug, not only ours
        return real(self, d, now)  # type: ignore[arg-type]

    monkeypatch.setattr(DraftWriter, "build", build)
    with caplog.at_level(logging.WARNING, logger="followup.engine.service"):
        report = run_cycle(config, now=AFTER, mailbox=mb, calendar=cal)
    assert sorted(k.rsplit(":", 1)[1] for k in mb.drafts) == [
        "dana.whitfield@globex.com", "lena.fischer@globex.com"]
    assert [a.recipient for a, _why in report.failed] == ["omar.haddad@globex.com"]
    assert "1 failed" in report.summary() and [k.split(":")[0] for k in cal.events] == ["call"]
    (line,) = [r.getMessage() for r in caplog.records if "failed" in r.getMessage()]
    assert report.failed[0][0].interview_id in line



def test_the_role_named_only_in_the_subject_reaches_the_draft() -> None:
    from zoneinfo import ZoneInfo

    from followup.parsers import analyze_email
    from followup.parsers.addresses import Owner

    raw = INVITE.decode().replace("Subject: Interview invitation: Platform Engineer at Globex",
                                  "Subject: Interview confirmed: Site Reliability Engineer – Globex")
    raw = raw.replace("in the Platform Engineer position at Globex", "in joining Globex")
    raw = raw.replace(" - Platform Engineer - Alex Rivera", " - Alex Rivera")
    raw = raw.replace("for the Platform Engineer role", "with the team")
    assert "Platform" not in raw
    det = analyze_email(raw.encode(), Owner.of(("alex.rivera@mailbox.example",), "Alex Rivera"),
                        BEFORE, ZoneInfo("America/New_York"))
    assert det.is_interview and det.position == "Site Reliability Engineer"
    # a segment naming the kind of interview is no role
    for subject in ("Recruiter Phone Screen – Globex", "Globex | Hiring Manager Interview - Tue"):
        det = analyze_email(raw.replace("Interview confirmed: Site Reliability Engineer – Globex", subject)
                            .encode(), Owner.of(("alex.rivera@mailbox.example",), "Alex Rivera"),
                            BEFORE, ZoneInfo("America/New_York"))
        assert det.position is None, subject


def test_a_name_only_row_stored_before_names_were_parsed_is_not_doubled(tmp_path: Path) -> None:
    det = invite(people=(Person(None, "Dr. Anna Müller", "interviewer"),), recruiter=None,
                 thank_you_recipients=())
    with Tracker(tmp_path / "s.db") as t:
        iid = t.record_detection(det, START)
        assert iid is not None
        t.db.execute("UPDATE people SET pkey = 'name:dr. anna müller' WHERE interview_id = ?", (iid,))
        t.record_detection(det, START)
        assert [p.name for p in t.snapshot(iid).people] == ["Dr. Anna Müller"]
