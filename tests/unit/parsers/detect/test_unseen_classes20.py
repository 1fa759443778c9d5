"""Classes of failure seen on unseen mail, round 30 (Atlanta, Ghent, Toulouse): each fixed by a general
mechanism (own examples, not copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from followup.parsers import analyze_email
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
