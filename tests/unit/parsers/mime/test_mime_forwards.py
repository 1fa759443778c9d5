from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, timezone

import pytest

from followup.parsers.loose_date import parse_loose_date
from followup.parsers.mime import read_message
from followup.parsers.model import Address
from followup.parsers.quoting import split_text

Load = Callable[[str], bytes]


def test_gmail_inline_forward(eml: Load) -> None:
    content = read_message(eml("fwd_gmail.eml"))
    assert content.own_text == "FYI, see the invite below.\n\nSam"
    assert len(content.forwarded) == 1
    fwd = content.forwarded[0]
    assert fwd.meta.sender == Address("priya.natarajan@acme.example", "Priya Natarajan")
    assert fwd.meta.subject == "Interview invitation - Backend Engineer"
    assert fwd.meta.to == (Address("sam@mailbox.example", "Sam Candidate"),)
    assert fwd.meta.cc == (Address("tom.lee@acme.example", "Tom Lee"),)
    assert fwd.meta.date == datetime(2026, 2, 27, 16, 12, tzinfo=UTC)
    assert fwd.text.startswith("Hi Sam,")
    assert "onsite interview on Tuesday, March 10" in fwd.own_text
    # The forwarded message's own quoted history is not its own text; its signature is.
    assert "Thanks for reaching out" not in fwd.own_text
    assert "Thanks for reaching out" in fwd.text


def test_outlook_forward_with_separator(eml: Load) -> None:
    content = read_message(eml("fwd_outlook.eml"), default_tz=timezone(timedelta(hours=-5)))
    assert content.own_text == "Forwarding this one too."
    (fwd,) = content.forwarded
    assert fwd.meta.sender == Address("dana.lee@globex.example", "Dana Lee")
    assert fwd.meta.cc == (Address("hiring@globex.example", "Hiring Team"),)
    # No zone in the block: read in default_tz (UTC-5).
    assert fwd.meta.date == datetime(2026, 2, 26, 19, 35, tzinfo=UTC)
    assert fwd.text == "Hi Sam, can you do a 30 minute call on Monday at 3pm?\n\nDana"


def test_outlook_original_message_chain(eml: Load) -> None:
    content = read_message(eml("fwd_outlook_original.eml"))
    assert content.own_text == "Monday at 3pm works. Talk then.\n\nDana Lee\nRecruiter, Globex"
    assert [f.meta.sender.email if f.meta.sender else None for f in content.forwarded] == [
        "sam@mailbox.example", "dana.lee@globex.example"]
    assert content.forwarded[0].text == "Monday works for me."
    assert content.forwarded[1].meta.subject == "Phone screen"
    # No zone in the block: the forwarder's own (the message's Date is -05:00).
    assert content.forwarded[1].meta.date == datetime(2026, 2, 26, 19, 35, tzinfo=UTC)


def test_apple_forward(eml: Load) -> None:
    content = read_message(eml("fwd_apple.eml"))
    assert content.own_text == "Look at this"
    (fwd,) = content.forwarded
    assert fwd.meta.sender == Address("maria@initech.example", "Maria Gomez")
    assert fwd.meta.subject == "Onsite schedule"
    assert fwd.meta.date == datetime(2026, 3, 1, 19, 30, tzinfo=UTC)  # 11:30 AM PST
    assert fwd.text == "Hi Sam, your onsite is on March 12."


def test_gmail_html_forward(eml: Load) -> None:
    content = read_message(eml("fwd_gmail_html.eml"))
    assert content.own_text == "see below"
    (fwd,) = content.forwarded
    assert fwd.meta.sender == Address("priya@acme.example", "Priya N")
    assert fwd.meta.date == datetime(2026, 2, 27, 16, 12, tzinfo=UTC)  # "4:12\u202fPM"
    assert fwd.text == "Hi Sam, onsite Tuesday."


def test_outlook_html_reply_history(eml: Load) -> None:
    content = read_message(eml("reply_outlook_html.eml"))
    assert content.own_text == "Works for me.\n\nDana"
    (prev,) = content.forwarded
    assert prev.meta.sender == Address("sam@mailbox.example", "Sam Candidate")
    assert prev.meta.to == (Address("dana@globex.example", "Dana Lee"),)
    assert prev.meta.subject == "RE: Phone screen"
    assert prev.text == "Monday works for me."


def test_forward_quoted_with_angle_brackets(eml: Load) -> None:
    content = read_message(eml("fwd_quoted_hotmail.eml"))
    assert content.own_text == "Sent from a free mail service"
    first, second = content.forwarded
    assert first.meta.sender == Address("sharon.roberts@cinergy.example", "Sharon Roberts")
    assert first.meta.subject == "Scheduling interview"
    assert first.meta.date == datetime(2002, 2, 22, 19, 33, 37, tzinfo=UTC)
    assert first.own_text == (
        "Hi Sam, I will be scheduling your interviews during the week of March 4th.\n\nSharon Roberts")
    # The nested quote is a block of its own, not part of the first one's text.
    assert "free all week" not in first.text
    assert second.meta.subject == "availability"
    assert second.text == "I am free all week."


def test_german_forward(eml: Load) -> None:
    content = read_message(eml("fwd_german.eml"))
    assert content.own_text == "Zur Info."
    (fwd,) = content.forwarded
    assert fwd.meta.sender == Address("juergen.weber@firma.example", "Jürgen Weber")
    assert fwd.meta.subject == "Einladung zum Vorstellungsgespräch"
    assert fwd.meta.cc == (Address("personal@firma.example", "Personal"),)
    assert fwd.meta.date == datetime(2026, 2, 27, 13, 5, tzinfo=UTC)  # 14:05 where the forwarder is (+01:00)
    assert fwd.text.startswith("Sehr geehrte Frau Candidate,")


def test_french_and_spanish_forwards(eml: Load) -> None:
    (fr,) = read_message(eml("fwd_french.eml")).forwarded
    assert fr.meta.sender == Address("helene.martin@societe.example", "Hélène Martin")
    assert fr.meta.subject == "Entretien"
    assert fr.meta.to == (Address("sam@mailbox.example", "Sam Candidate"),)
    assert fr.meta.date == datetime(2026, 3, 2, 9, 15, tzinfo=UTC)
    es_content = read_message(eml("fwd_spanish.eml"))
    assert es_content.own_text == "Mira esto"
    (es,) = es_content.forwarded
    assert es.meta.sender == Address("lucia.perez@empresa.example", "Lucía Pérez")
    assert es.meta.subject == "Entrevista"
    assert es.meta.date == datetime(2026, 3, 2, 9, 15, tzinfo=UTC)


def test_message_rfc822_forward(eml: Load) -> None:
    content = read_message(eml("rfc822_forward.eml"))
    assert content.own_text == "See attached."
    assert content.attachment_names == ("Interview confirmed.eml",)
    (fwd,) = content.forwarded
    assert fwd.meta.message_id == "<inner1@umbrella.example>"
    assert fwd.meta.sender == Address("rita@umbrella.example", "Recruiter Rita")
    assert fwd.text == "Your interview is confirmed for March 9."


def test_bottom_posted_reply_keeps_text_below_quote(eml: Load) -> None:
    content = read_message(eml("reply_bottom_posted.eml"))
    assert content.own_text == "Tuesday works. I will send an invite."


def test_html_reply_blockquote_is_quoted_history(eml: Load) -> None:
    content = read_message(eml("reply_html_gmail.eml"))
    assert "> Would Tuesday work?" in content.text
    assert content.own_text == "Great, see you then!"


@pytest.mark.parametrize(
    "attribution",
    [
        "On Mon, Mar 2, 2026 at 10:00 AM Jane Doe <jane@x.example> wrote:",
        "On Mon, Mar 2, 2026 at 10:00 AM Jane Doe <\njane@x.example> wrote:",
        "Am Mo., 2. März 2026 um 10:00 Uhr schrieb Jane Doe <jane@x.example>:",
        "Le lun. 2 mars 2026 à 10:00, Jane Doe <jane@x.example> a écrit :",
        "El lun, 2 mar 2026 a las 10:00, Jane Doe (<jane@x.example>) escribió:",
        "--- On Mon, 3/2/26, jane@x.example <jane@x.example> wrote:",
        "2026-03-02 10:00 GMT+01:00 Jane Doe <jane@x.example>:",
    ],
)
def test_reply_attributions_cut_unquoted_history(attribution: str) -> None:
    text = f"Sounds good.\n\nBest,\nSam\n-- \nSam Candidate\n\n{attribution}\n\nOld text without quoting\n"
    split = split_text(text)
    # The signature stays; the attribution and everything after it go.
    assert split.own_text == "Sounds good.\n\nBest,\nSam\n-- \nSam Candidate"


def test_quoted_lines_are_dropped_and_interleaved_replies_kept() -> None:
    text = "> question one?\nanswer one\n\n> question two?\nanswer two\n"
    assert split_text(text).own_text == "answer one\n\nanswer two"


def test_text_without_history_is_unchanged() -> None:
    text = "Hi,\n\nOn Monday we talk. From: the team\nwrote: nothing\n"
    split = split_text(text)
    assert split.own_text == text.rstrip("\n")
    assert split.forwarded == ()


def test_outlook_block_needs_several_header_lines() -> None:
    text = "Hi\nFrom: my desk, with love\nBye\n"
    assert split_text(text).forwarded == ()
    assert split_text(text).own_text == "Hi\nFrom: my desk, with love\nBye"


@pytest.mark.parametrize(
    ("value", "english", "expected"),
    [
        ("Mon, 2 Mar 2026 10:00:00 +0100", True, datetime(2026, 3, 2, 9, 0, tzinfo=UTC)),
        ("Monday, March 2, 2026 4:22 PM", True, datetime(2026, 3, 2, 16, 22, tzinfo=UTC)),
        ("March-02-26 4:22 PM", True, datetime(2026, 3, 2, 16, 22, tzinfo=UTC)),
        ("Mon, Mar 2, 2026 at 10:00 AM", True, datetime(2026, 3, 2, 10, 0, tzinfo=UTC)),
        ("Montag, 2. März 2026 10:00", False, datetime(2026, 3, 2, 10, 0, tzinfo=UTC)),
        ("02.03.2026 10:00", False, datetime(2026, 3, 2, 10, 0, tzinfo=UTC)),
        ("lundi 2 mars 2026 à 10h30", False, datetime(2026, 3, 2, 10, 30, tzinfo=UTC)),
        ("lunes, 2 de marzo de 2026 10:00", False, datetime(2026, 3, 2, 10, 0, tzinfo=UTC)),
        ("2026-03-02 10:00 GMT+01:00", True, datetime(2026, 3, 2, 9, 0, tzinfo=UTC)),
        ("sometime soon", True, None),
        ("Monday 10:00", True, None),  # no year: not guessed
        ("", True, None),
    ],
)
def test_parse_loose_date(value: str, english: bool, expected: datetime | None) -> None:
    assert parse_loose_date(value, english) == expected
