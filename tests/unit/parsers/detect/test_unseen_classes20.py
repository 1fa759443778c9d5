"""Classes of failure seen on unseen mail, round 30 (Atlanta, Ghent, Toulouse): each fixed by a general
mechanism (own examples, not copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from followup.parsers import analyze_email
from followup.parsers import lexicon as lx
from followup.parsers.when_zones import zone_from_text
from tests.unit.parsers.detect.test_unseen_classes6 import ME, NOW, raw_mail


def test_a_zone_abbreviation_counts_next_to_a_time_or_a_word_for_time() -> None:
    for text, zone in (
        ("Interview: 10:00 ICT", "Asia/Bangkok"),
        ("Thursday 3 pm (ET)", "America/New_York"),
        ("10.00am to 12.00noon EAT", "Africa/Nairobi"),
        ("a las 4 de la tarde, hora del Atlántico (AST)", "America/Puerto_Rico"),
        ("All times in EST.", "America/New_York"),
    ):
        got = zone_from_text(text)
        day = datetime(2026, 12, 1, 12, 0)
        assert got is not None and got.utcoffset(day) == ZoneInfo(zone).utcoffset(day), text
    for text in (
        "afdelingshoofd ICT en externe expert",
        "Our AST team reviews claims",
        "the CAT scanner in room 4",
    ):
        assert zone_from_text(text) is None, text


def test_an_acronym_in_a_title_does_not_move_the_time() -> None:
    body = (
        "Beste mevrouw Janssens,\n\nWij nodigen u uit voor een sollicitatiegesprek op dinsdag 8 december "
        "2026 van 14.00 tot 15.00 uur.\n\nDe commissie bestaat uit de heer Piet Claes (diensthoofd ICT) "
        "en ondergetekende.\n\nMet vriendelijke groeten,\nEls Maes\nHR\nels.maes@stadsbedrijf.example\n"
    )
    raw = raw_mail(body, "Els Maes <els.maes@stadsbedrijf.example>", "Uitnodiging sollicitatiegesprek",
                   "Mon, 23 Nov 2026 09:12:00 +0100")
    got = analyze_email(raw, ME, NOW)
    assert got.is_interview
    assert got.start == datetime(2026, 12, 8, 13, 0, tzinfo=UTC)


def test_a_move_told_with_a_past_verb_and_the_interview_named() -> None:
    for text in (
        "the client pushed your interview with the finance team from Monday 12/7 to Wednesday 12/9",
        "We had to bump your call to Friday.",
        "could we move Thursday's interview",
    ):
        assert lx.RESCHEDULE.search(text), text
    assert not lx.RESCHEDULE.search("We pushed the release to Friday.")


_ASKED = (
    "Hi Mila,\n\nNo problem at all. You're now confirmed for Thursday, December 10 at 2:00 PM Eastern with "
    "Dana. Same Teams link, 45 minutes.\n\nBest,\nRob\n\n-----Original Message-----\n"
    "From: Mila Novak <mila.novak@mailbox.example>\nSent: Monday, November 23, 2026 9:02 AM\n"
    "To: Rob Pike <rob.pike@harborline.example>\nSubject: Re: Interview confirmation\n\n"
    "Hi Rob,\n\nWould it be possible to {ask} Tuesday's interview? A family matter came up.\n\nMila\n\n"
    "-----Original Message-----\nFrom: Rob Pike <rob.pike@harborline.example>\n"
    "Sent: Friday, November 20, 2026 4:10 PM\nTo: Mila Novak <mila.novak@mailbox.example>\n"
    "Subject: Interview confirmation\n\nHi Mila,\n\nYou're confirmed for an interview with Dana Wu on "
    "Tuesday, December 8 at 11:00 AM Eastern. Plan for 45 minutes. Need to reschedule? Just reply.\n\nRob\n"
)


def test_the_owners_request_to_move_under_the_reply_that_gives_the_new_time() -> None:
    raw = raw_mail(_ASKED.format(ask="move"), "Rob Pike <rob.pike@harborline.example>",
                   "RE: Interview confirmation", "Mon, 23 Nov 2026 10:15:00 -0500")
    got = analyze_email(raw, ME, NOW)
    assert got.kind == "reschedule"
    assert got.start == datetime(2026, 12, 10, 19, 0, tzinfo=UTC)
    # the quoted invite's own "Need to reschedule?" is an offer, not a move: without the request, an invite
    raw = raw_mail(_ASKED.format(ask="confirm").replace("A family matter came up.", ""),
                   "Rob Pike <rob.pike@harborline.example>", "RE: Interview confirmation",
                   "Mon, 23 Nov 2026 10:15:00 -0500")
    assert analyze_email(raw, ME, NOW).kind == "invite"
