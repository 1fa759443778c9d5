"""Classes of failure seen on unseen mail, round 34 (Dublin, Seville, Rotterdam): each fixed by a general
mechanism (own examples, not copies of the blind sets)."""

from __future__ import annotations

from followup.parsers import lexicon as lx


def test_thanks_for_your_interest_in_the_opening_then_the_call() -> None:
    assert lx.JOB_MEETING.search(
        "Gracias por tu interés en la vacante de Técnico de Calidad. Te confirmo la videollamada para el "
        "viernes 4 de diciembre a las 10:00."
    )
    assert not lx.JOB_MEETING.search("Gracias por tu interés en nuestro boletín. Sale el viernes.")


def test_an_assessment_named_as_scheduled_or_as_a_stage() -> None:
    assert lx.INTERVIEW.search("Your technical assessment with Northwind Aero has been scheduled.")
    assert lx.INTERVIEW.search("Graag nodigen wij u uit voor het online assessment, het tweede onderdeel.")
    assert not lx.INTERVIEW.search("Your self-assessment form has been received.")
