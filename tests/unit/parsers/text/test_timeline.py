"""find_timeline: table-driven per behaviour and language, a fixed anchor, hypothesis properties."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.parsers.timeline import find_timeline

FIXTURES = Path(__file__).parent / "fixtures"
TZ = ZoneInfo("America/New_York")
# Wednesday 18 November 2026, 11:00 in New York: the interview's end.
ANCHOR = datetime(2026, 11, 18, 16, 0, tzinfo=UTC)
WED = date(2026, 11, 18)


def d(days: int) -> date:
    return WED + timedelta(days=days)


FIRES = [
    # English
    ("Yes, call me in four days.", d(4), False),
    ("Please follow up with me in 3 days.", d(3), False),
    ("Feel free to reach out next week.", date(2026, 11, 23), False),  # Monday of next week
    ("Check back in two weeks.", d(14), False),
    ("We hope to decide by Friday.", date(2026, 11, 20), False),
    ("We'll have a decision by end of next week.", date(2026, 11, 27), False),
    ("We will have a decision by the end of the week.", date(2026, 11, 20), False),
    ("You'll hear from us by Wednesday.", date(2026, 11, 25), False),  # next Wednesday, not today
    ("We will make a decision by the end of the month.", date(2026, 11, 30), False),
    ("We expect a decision by November 30.", date(2026, 11, 30), False),
    ("We expect to reach a decision by Nov 30th, 2026.", date(2026, 11, 30), False),
    ("We will let you know by 11/30.", date(2026, 11, 30), False),
    ("We will let you know by 30/11.", date(2026, 11, 30), False),
    ("We will let you know by 12/1.", date(2026, 12, 1), False),  # Dec 1 (US) is nearer than Jan 12
    ("We will let you know by 1/12.", date(2026, 12, 1), False),  # 1 Dec (day first) nearer than Jan 12
    ("You will hear back within 5 business days.", date(2026, 11, 25), False),
    ("We'll get back to you in a week or so.", d(7), False),
    ("We'll decide tomorrow.", d(1), True),
    ("We hope to have a decision by end of day.", WED, True),
    ("We'll let you know today.", WED, True),
    ("Give me a call in a couple of days.", d(2), False),
    ("We'll be in touch in a few days.", d(3), False),
    ("Call me on Thurs.", d(1), False),
    ("We'll have an update in 48 hours.", d(2), False),
    ("Next steps: we will decide within twenty days.", d(20), False),
    ("We will make a decision, hopefully by Friday.", date(2026, 11, 20), False),
    ("We'll be in touch in the next 2-3 weeks.", d(14), False),
    # Spanish
    ("Llámame en cuatro días.", d(4), False),
    ("Decidiremos el viernes.", date(2026, 11, 20), False),
    ("Te contactaremos la próxima semana.", date(2026, 11, 23), False),
    ("Tendrás noticias mañana.", d(1), True),
    ("Te daremos una respuesta antes del 30 de noviembre.", date(2026, 11, 30), False),
    ("Te daremos una respuesta dentro de 10 días hábiles.", date(2026, 12, 2), False),
    # German
    ("Rufen Sie mich in vier Tagen an.", d(4), False),
    ("Entscheidung bis Freitag.", date(2026, 11, 20), False),
    ("Wir melden uns bis Ende nächster Woche.", date(2026, 11, 27), False),
    ("Sie hören morgen von uns.", d(1), True),
    ("Sie erhalten innerhalb von zwei Wochen eine Rückmeldung.", d(14), False),
    ("Wir melden uns bis zum 30.11. bei Ihnen.", date(2026, 11, 30), False),
    ("Eine Entscheidung fällt bis 30. November.", date(2026, 11, 30), False),
    # French
    ("Appelez-moi dans quatre jours.", d(4), False),
    ("Nous déciderons d'ici vendredi.", date(2026, 11, 20), False),
    ("Nous reviendrons vers vous d'ici la fin de la semaine prochaine.", date(2026, 11, 27), False),
    ("Vous aurez une réponse demain.", d(1), True),
    ("Nous vous donnerons une réponse avant le 30 novembre.", date(2026, 11, 30), False),
    ("Nous vous recontacterons dans les 10 jours ouvrés.", date(2026, 12, 2), False),
]


@pytest.mark.parametrize(("text", "expected", "imminent"), FIRES, ids=[t for t, _e, _i in FIRES])
def test_fires(text: str, expected: date, imminent: bool) -> None:
    got = find_timeline(text, ANCHOR, TZ)
    assert got.follow_up_after == expected
    assert got.decision_imminent is imminent
    assert got.phrase is not None and got.phrase in " ".join(text.split())


SILENT = [
    "Your interview is on Friday at 10am.",
    "Are you available tomorrow at 3pm?",
    "Please confirm by Friday.",  # a reply-by for the candidate is not a follow-up date
    "Please let us know your availability by Monday.",
    "If you have any questions before Friday, feel free to reach out.",
    "Feel free to call me Monday to Friday between 9 and 5.",
    "Thanks for coming in today.",
    "Te llamaremos por la mañana.",
    "Guten Morgen, wir melden uns bei Ihnen.",
    "Votre entretien est prévu vendredi à 10h.",
    "Big sale this week only! Offer ends Friday. Unsubscribe here.",
    "We decided in 2019 to open an office in Berlin.",
    "Call me at 555-010-0199.",
]


@pytest.mark.parametrize("text", SILENT)
def test_silent(text: str) -> None:
    assert find_timeline(text, ANCHOR, TZ).follow_up_after is None


def test_weekday_said_on_that_weekday_is_a_week_later() -> None:
    friday_end = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)
    got = find_timeline("We hope to decide by Friday.", friday_end, TZ)
    assert got.follow_up_after == date(2026, 11, 27)


def test_end_of_week_after_friday_is_next_friday() -> None:
    saturday = datetime(2026, 11, 21, 15, 0, tzinfo=UTC)
    got = find_timeline("We'll decide by the end of the week.", saturday, TZ)
    assert got.follow_up_after == date(2026, 11, 27)


def test_business_days_skip_the_weekend() -> None:
    friday_end = datetime(2026, 11, 20, 20, 0, tzinfo=UTC)
    got = find_timeline("You'll hear back within 1 business day.", friday_end, TZ)
    assert got.follow_up_after == date(2026, 11, 23)


def test_relative_to_interview_when_mail_was_written_before() -> None:
    before = ANCHOR - timedelta(days=5)
    got = find_timeline("We will make a decision within 3 days.", ANCHOR, TZ, mail_date=before)
    assert got.follow_up_after == d(3)


def test_relative_to_mail_when_written_after_the_interview() -> None:
    after = ANCHOR + timedelta(days=2)
    got = find_timeline("Call me in four days.", ANCHOR, TZ, mail_date=after)
    assert got.follow_up_after == d(6)


def test_the_zone_decides_the_reference_day() -> None:
    late = datetime(2026, 11, 19, 3, 0, tzinfo=UTC)  # 22:00 on Wednesday in New York
    assert find_timeline("We'll decide tomorrow.", late, TZ).follow_up_after == date(2026, 11, 19)
    assert find_timeline("We'll decide tomorrow.", late, ZoneInfo("Europe/Berlin")).follow_up_after == date(
        2026, 11, 20
    )


def test_follow_up_phrase_wins_over_an_earlier_decision_date() -> None:
    text = "We hope to decide by Friday. Either way, call me in two weeks."
    got = find_timeline(text, ANCHOR, TZ)
    assert got.follow_up_after == d(14)
    assert got.phrase == "Either way, call me in two weeks."


def test_earliest_decision_date_wins() -> None:
    text = "We'll have a decision by November 30. You'll hear from us by Monday about next steps."
    assert find_timeline(text, ANCHOR, TZ).follow_up_after == date(2026, 11, 23)


def test_imminent_decision_flag_survives_a_follow_up_choice() -> None:
    got = find_timeline("We'll decide by end of day; call me in 3 days.", ANCHOR, TZ)
    assert got.follow_up_after == d(3)
    assert got.decision_imminent


def test_past_dates_are_dropped() -> None:
    assert find_timeline("We made a decision by November 2, 2026.", ANCHOR, TZ).follow_up_after is None


def test_scheduling_sentence_next_to_a_decision_sentence() -> None:
    text = "Your interview is on Friday at 10am and we'll let you know our decision by Monday."
    assert find_timeline(text, ANCHOR, TZ).follow_up_after == date(2026, 11, 23)


def test_recruiter_mail_fixture() -> None:
    text = (FIXTURES / "recruiter_followup.txt").read_text(encoding="utf-8")
    got = find_timeline(text, ANCHOR, TZ)
    assert got.follow_up_after == d(4)
    assert got.phrase is not None and "call me" in got.phrase


def test_one_megabyte_finds_the_timeline() -> None:
    """The timing of this input is measured by bench/linear.py."""
    filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. " * 12_500
    text = filler + "\nWe hope to decide by Friday.\n" + filler
    assert len(text) > 1_000_000
    got = find_timeline(text, ANCHOR, TZ)
    assert got.follow_up_after == date(2026, 11, 20)
    assert got.phrase == "We hope to decide by Friday"


@pytest.mark.parametrize(
    "text",
    [
        "decide " + " " * 300_000 + "by Friday",
        "decide by " + "1/" * 150_000,
        "decision " + "1." * 150_000,
        "decide in " + "one or " * 40_000,
        ("call me and follow up and decide " * 30_000),
        "(" * 100_000 + "call me in " + "9" * 100_000,
    ],
    ids=["spaces", "slashes", "dots", "number-words", "cues", "digits"],
)
def test_pathological_inputs_finish_without_a_timeline(text: str) -> None:
    """None of these states a delay or a date; bench/linear.py measures that they run in linear time."""
    got = find_timeline(text, ANCHOR, TZ)
    assert got.follow_up_after is None
    assert not got.decision_imminent
    assert got.phrase is None


@settings(max_examples=300, deadline=None)
@given(st.text(), st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2090, 1, 1),
                               timezones=st.just(UTC)))
def test_arbitrary_text_never_raises(text: str, anchor: datetime) -> None:
    got = find_timeline(text, anchor, TZ)
    local = anchor.astimezone(TZ).date()
    assert got.follow_up_after is None or local <= got.follow_up_after <= local + timedelta(days=400)


_SOUP = (
    "call me in four days by Friday next week decide decision tomorrow 11/30 30.11. end of the month "
    "within 5 business days hear from us llámame mañana viernes Entscheidung bis morgen demain d'ici "
    "vendredi novembre November 30 , . ; interview available confirm"
)
_WORDS = st.sampled_from([*_SOUP.split(), "\n"])


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, max_size=40), st.integers(min_value=-3, max_value=30))
def test_phrase_soup_stays_within_400_days(words: list[str], mail_shift: int) -> None:
    text = " ".join(words)
    got = find_timeline(text, ANCHOR, TZ, mail_date=ANCHOR + timedelta(days=mail_shift))
    if got.follow_up_after is not None:
        assert WED <= got.follow_up_after <= WED + timedelta(days=400)
        assert got.phrase
