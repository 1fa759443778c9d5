"""find_named_people: table tests per phrasing and language, fixture, hypothesis."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.parsers.people_text import NamedPerson, find_named_people

FIXTURES = Path(__file__).parent / "fixtures"


def P(name: str, title: str | None = None, email: str | None = None, phone: str | None = None) -> NamedPerson:
    return NamedPerson(name=name, title=title, email=email, phone=phone)


CASES = [
    ("You'll meet Jane Doe, Engineering Manager, and John Smith (Staff Engineer). Please bring ID.",
     [P("Jane Doe", "Engineering Manager"), P("John Smith", "Staff Engineer")]),
    ("You will be interviewing with Priya Patel (Head of Data) on Friday.",
     [P("Priya Patel", "Head of Data")]),
    ("Interviewers: Jane Doe - EM; John Smith - Staff Engineer",
     [P("Jane Doe", "EM"), P("John Smith", "Staff Engineer")]),
    ("Schedule:\n10:00 - 10:45  Jane Doe, Engineering Manager\n10:45 - 11:30  Lunch break\n"
     "11:30 - 12:15  System Design with Ludwig van Beethoven\n",
     [P("Jane Doe", "Engineering Manager"), P("Ludwig van Beethoven")]),
    ("Panel: María José García (Recruiter), Jürgen Müller",
     [P("María José García", "Recruiter"), P("Jürgen Müller")]),
    ("You'll be speaking with Anne-Marie O'Neil <anne@acme.com>, +1 555 010 0199.",
     [P("Anne-Marie O'Neil", None, "anne@acme.com", "+1 555 010 0199")]),
    ("Interviewers:\n\n- Jane Doe (jane.doe@acme.com)\n- John Smith, Senior Recruiter, 555-010-0199\n\nBye",
     [P("Jane Doe", None, "jane.doe@acme.com"), P("John Smith", "Senior Recruiter", None, "555-010-0199")]),
    ("You'll meet with Jane Doe on Tuesday via Zoom.", [P("Jane Doe")]),
    # Spanish
    ("Te reunirás con Carlos de la Fuente, Gerente de Ingeniería, y Lucía Gómez.",
     [P("Carlos de la Fuente", "Gerente de Ingeniería"), P("Lucía Gómez")]),
    ("Entrevistadores:\n- Ana Torres (Reclutadora)\n- Pedro Ruiz\n",
     [P("Ana Torres", "Reclutadora"), P("Pedro Ruiz")]),
    # German
    ("Sie sprechen mit Hans Meier (Teamleiter) und Eva Schmidt.",
     [P("Hans Meier", "Teamleiter"), P("Eva Schmidt")]),
    ("Gesprächspartner: Dr. Klaus von Hagen, Personalreferentin Petra Lang",
     [P("Klaus von Hagen"), P("Petra Lang", "Personalreferentin")]),
    # French
    ("Vous rencontrerez Jean-Pierre Dupont, directeur technique, et Claire Martin.",
     [P("Jean-Pierre Dupont", "directeur technique"), P("Claire Martin")]),
    ("Vous échangerez avec Sophie Lefèvre (Chargée de recrutement).",
     [P("Sophie Lefèvre", "Chargée de recrutement")]),
]


@pytest.mark.parametrize(("text", "people"), CASES, ids=[c[0][:40] for c in CASES])
def test_named_people(text: str, people: list[NamedPerson]) -> None:
    assert find_named_people(text) == tuple(people)


NOBODY = [
    "Your interview is on Google Meet. You'll meet the Engineering Manager on Monday.",
    "You'll be meeting with our team on Monday, November 30.",
    "Hi Bob,\nThanks for applying.\n\nBest,\nJane Doe\nRecruiter",  # a signature is not a participant
    "Jane Doe and John Smith liked your resume.",  # no introduction phrase
    "Interviewers: Engineering Manager, Staff Engineer",
    "You'll meet with Google Meet Team",
    "",
]


@pytest.mark.parametrize("text", NOBODY)
def test_nobody(text: str) -> None:
    assert find_named_people(text) == ()


def test_dedup_keeps_first_and_fills_gaps() -> None:
    text = (
        "You'll meet Jane Doe and John Smith.\n\n"
        "Schedule:\n10:00 - 10:45 Jane Doe, Engineering Manager (jane@acme.com)\n"
        "10:45 - 11:30 JOHN SMITH\n"
    )
    assert find_named_people(text) == (
        P("Jane Doe", "Engineering Manager", "jane@acme.com"),
        P("John Smith"),
    )


def test_invite_fixture() -> None:
    text = (FIXTURES / "onsite_invite.txt").read_text(encoding="utf-8")
    got = find_named_people(text)
    assert [p.name for p in got] == ["Priya Patel", "Marcus Chen", "Sofia Rossi", "Dana Whitfield"]
    assert got[0].title == "Head of Data"
    assert got[1].title == "Staff Engineer"
    assert got[2].email == "sofia.rossi@acme.example"


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    for person in find_named_people(text):
        assert 2 <= len(person.name.split()) <= 8
        assert person.name in text


_PARTS = st.sampled_from([
    "You'll meet", "Interviewers:", "Jane Doe", "John Smith", ",", "(Staff Engineer)", "and", "\n",
    "Monday", "Google Meet", "jane@acme.com", "10:00 - 10:45", "Zoom", "Te reunirás con", "Ana Torres",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PARTS, max_size=30))
def test_only_real_names_come_out(parts: list[str]) -> None:
    # parts are joined with a comma: two names written back to back without one are one name
    names = {p.name for p in find_named_people(", ".join(parts))}
    assert names <= {"Jane Doe", "John Smith", "Ana Torres"}
