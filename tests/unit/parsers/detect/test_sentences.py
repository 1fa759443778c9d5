"""Sentence bounds over wrapped mail text, quoted-header dates and addresses written in the body."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from followup.parsers.addresses import Owner
from followup.parsers.detect_sentences import _in_header_block, _sentence_bounds
from followup.parsers.judging_people import _body_addresses
from followup.parsers.model import Person

ME = Owner.of(["sam.okafor@postbox.example"])


def sentence(text: str, word: str) -> str:
    s, e = _sentence_bounds(text, text.index(word))
    return text[s:e].strip()


def test_wrapped_line_continues_the_sentence() -> None:
    text = (
        "Seriez-vous disponible pour un entretien la semaine prochaine ? Je peux vous proposer\n"
        "mardi 8 décembre à 10h ou jeudi 10 décembre à 14h.\n\nBien à vous"
    )
    assert sentence(text, "mardi").startswith("Je peux vous proposer")
    assert sentence(text, "mardi").endswith("14h.")


def test_short_label_lines_are_their_own_sentences() -> None:
    text = "Date: Monday, December 7, 2026\nTime: 9:30 AM\nLocation: HQ"
    assert sentence(text, "Monday") == "Date: Monday, December 7, 2026"


def test_ordinals_and_abbreviations_do_not_end_a_sentence() -> None:
    text = "Wir sehen uns am Donnerstag, 3. Dezember um 15:30 Uhr. Herr Dr. Brandt ist dabei."
    assert sentence(text, "Donnerstag").endswith("15:30 Uhr.")
    assert sentence(text, "Brandt") == "Herr Dr. Brandt ist dabei."


def test_question_mark_ends_a_sentence() -> None:
    text = "Would Thursday at 3pm work for you? Happy to find another time."
    assert sentence(text, "Thursday").endswith("?")


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .?!\n:-3D"), max_size=300), st.integers(0, 300))
def test_bounds_always_contain_the_position(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    s, e = _sentence_bounds(text, pos)
    assert 0 <= s <= pos <= e <= len(text)


def test_date_line_among_quoted_headers() -> None:
    quoted = "From: Jane <j@x.com>\nSent: Monday, December 7, 2026 9:00 AM\nTo: me@y.com\nSubject: hi"
    assert _in_header_block(quoted, quoted.index("Monday"))
    label = "Your interview\n\nDate: Monday, December 7, 2026\nTime: 9:30 AM"
    assert not _in_header_block(label, label.index("Monday"))


def test_body_address_joins_the_named_person() -> None:
    people = [Person(None, "Lisa Moore", "interviewer", title="Talent Acquisition Partner")]
    out = _body_addresses(people, "please contact Lisa Moore at lisa.moore@contoso.com.", ME, set())
    assert [p.email for p in out] == ["lisa.moore@contoso.com"]


def test_body_addresses_need_a_person_shape_and_the_company_domain() -> None:
    text = (
        "Victor Nguyen (victor.nguyen@globex.com), questions to jobs@globex.com, "
        "privacy@globex.com, me at sam.okafor@postbox.example, and friend.name@other.org"
    )
    out = _body_addresses([], text, ME, {"globex.com"})
    assert [p.email for p in out] == ["victor.nguyen@globex.com"]
