"""Classes of failure seen on unseen mail, round 25 (Bogotá, Manchester, Hamburg): each fixed by a
general mechanism (own examples, not copies of the blind sets)."""

from __future__ import annotations

from datetime import date

from followup.parsers import lexicon as lx
from followup.parsers.when import find_dates


def test_four_letter_weekday_abbreviations() -> None:
    ref = date(2026, 11, 19)
    for text, want in (("They've gone for Tues 8th at 2pm", date(2026, 12, 8)),
                       ("Thur 10th at 11", date(2026, 12, 10)), ("Weds 9th, half 10", date(2026, 12, 9))):
        assert [d.value for d in find_dates(text, ref)] == [want], text


def test_committee_and_department_planning_mailboxes_are_not_people() -> None:
    for local in ("comite.seleccion", "comitato-selezione", "export-planung", "ops.planning"):
        assert lx.GROUP_LOCAL.match(local), local
    assert not lx.GROUP_LOCAL.match("carla.wendt")


def test_a_zone_abbreviation_inside_a_reference_code_is_not_a_zone() -> None:
    from zoneinfo import ZoneInfo

    from followup.parsers.when_zones import zone_from_text

    assert zone_from_text("Senior Surveyor (Band 7), reference number 318-EST-26-0412") is None
    assert zone_from_text("9am ET/6am PT") == ZoneInfo("America/New_York")
    assert zone_from_text("at 3pm (EST)") == ZoneInfo("America/New_York")


def test_round_25_wordings() -> None:
    assert lx.PRESS.search("würden wir das Interview für unsere Folge gern am Freitag um 16 Uhr aufnehmen")
    assert lx.PRESS.search("Aufnahme-Link (bitte mit Kopfhörer)")
    assert not lx.PRESS.search("Die Folge davon: wir laden Sie zum Vorstellungsgespräch ein.")
    assert lx.OTHER_INTERVIEWS.search('You registered for "Nailing the competency-based interview"')
    assert lx.JOB_MEETING.search(
        "danke für deine Bewerbung als Planer! Wir würden dich gern in einem ersten Video-Call kennenlernen"
    )


def test_a_bare_weekday_takes_the_mails_own_full_date_of_that_weekday() -> None:
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from followup.parsers.detect_slot import _find_slot

    text = "wir laden Sie gerne zu einem Probearbeitstag ein – am Montag von 7 bis 15 Uhr (Frühschicht)."
    slot = _find_slot("Probearbeiten Mo. 7.12.", text, date(2026, 11, 20), ZoneInfo("Europe/Berlin"))
    assert slot is not None and slot.start == datetime(2026, 12, 7, 6, 0, tzinfo=UTC)


def test_a_window_to_book_yourself_in_spanish_is_not_a_fixed_time() -> None:
    text = ("Para agendar, elige el horario que mejor te convenga entre el martes 1 y el viernes 4 de "
            "diciembre, de 8:00 a. m. a 5:00 p. m.")
    assert lx.NOT_THE_TIME.search(text)
    assert not lx.NOT_THE_TIME.search("Tu entrevista quedó agendada el martes 1 de diciembre a las 9:00.")


def test_moved_our_conversation_is_a_move() -> None:
    assert lx.RESCHEDULE.search("so I've moved our conversation to Thursday, Dec 3, same time")


def test_an_end_said_as_finishing_by_about() -> None:
    from followup.parsers.when_times import END_LABEL as _END_LABEL

    assert _END_LABEL.search("the day starts promptly at 09:00 and will finish by approximately ")
    assert _END_LABEL.search("Ends at ")
