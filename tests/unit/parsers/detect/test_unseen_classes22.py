"""Classes of failure seen on unseen mail, round 32 (Cape Town, Guadalajara, Turin): each fixed by a
general mechanism (own examples, not copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, datetime

from followup.parsers import analyze_email
from followup.parsers import lexicon as lx
from followup.parsers.when_zones import zone_from_text
from tests.unit.parsers.detect.test_unseen_classes6 import ME, NOW, raw_mail


def test_a_windows_zone_name_written_out() -> None:
    assert str(zone_from_text("10:00 – 11:00 (South Africa Standard Time)")) == "Africa/Johannesburg"
    assert str(zone_from_text("at 10:00 W. Europe Standard Time")) == "Europe/Berlin"
    assert str(zone_from_text("Eastern Standard Time")) == "America/New_York"
    assert zone_from_text("Our Standard Time Sheet is attached") is None


def test_a_selection_mailbox_run_into_the_company_name() -> None:
    for local in ("acmereclutamiento", "pastificiorossiselezione", "reclutamiento.gdl", "acme-recruiting"):
        assert lx.GROUP_LOCAL.match(local), local
    for local in ("mariana.zepeda", "giulia.rossi", "selena"):
        assert not lx.GROUP_LOCAL.match(local), local


def test_screening_calls_and_supervised_tests_in_spanish_and_italian() -> None:
    for text in (
        "le confirmo la llamada telefónica de primer filtro que acordamos",
        "una evaluación técnica en línea con supervisión en vivo",
        "invitarLa alla fase successiva del processo di selezione",
        "una prova tecnica (analisi di un caso) che si terrà lunedì alle 15",
    ):
        assert lx.INTERVIEW.search(text), text
    assert not lx.INTERVIEW.search("la prova del nuovo prodotto si terrà in fiera")


def test_slots_offered_with_any_of_these_suit() -> None:
    body = (
        "Hi Mila,\n\nThanks for applying - we'd love to set up a first interview (45 minutes on Teams).\n\n"
        "Would any of these suit?\n• Monday 30 November, 11:00\n• Tuesday 1 December, 14:30\n"
        "• Wednesday 2 December, 09:00\n\nIf none of those work, send me a few times that do. Once you've "
        "picked one I'll send an invite.\n\nLee Park\nPeople Manager, Northwind\n"
    )
    raw = raw_mail(body, "Lee Park <lee.park@northwind.example>", "First interview")
    assert not analyze_email(raw, ME, NOW).is_interview


def test_a_friends_forward_of_a_meeting_about_the_role() -> None:
    assert lx.JOB_MEETING.search(
        "il profilo è molto interessante per il ruolo di Buyer.\n\nConfermo lunedì alle 17 in videochiamata"
    )
    body = (
        "Mila! Guarda qui sotto, Davide ha risposto a me perché gli avevo passato il tuo CV. Lui si aspetta "
        "te lunedì. In bocca al lupo!\nVale\n\n---------- Messaggio inoltrato ---------\n"
        "Da: Davide Conti <davide@orto.example>\n"
        "Date: ven 20 nov 2026 alle ore 19:12\nSubject: Re: profilo\n"
        "To: Valentina Neri <vale.neri@mailbox.example>\n\nCiao Vale,\n\n"
        "grazie per avermi girato il CV di Mila, il profilo è molto interessante per il ruolo di Buyer che "
        "stiamo aprendo.\n\nConfermo lunedì 14 dicembre alle 17:30 in videochiamata, mezz'ora.\n"
        "Ti chiedo di girarlo a lei, io non ho ancora la sua mail.\n\nDavide\n--\nDavide Conti | CEO | Orto\n"
    )
    raw = raw_mail(body, "Valentina Neri <vale.neri@mailbox.example>", "Fwd: Re: profilo",
                   "Fri, 20 Nov 2026 20:00:00 +0100")
    got = analyze_email(raw, ME, NOW)
    assert got.is_interview
    assert got.start == datetime(2026, 12, 14, 16, 30, tzinfo=UTC)
    assert list(got.thank_you_recipients) == ["davide@orto.example"]


def test_a_schedule_table_with_list_bullets_spans_first_to_last() -> None:
    body = (
        "Gentile Mila,\n\nLe confermo la giornata di colloqui finali presso la nostra sede.\n\n"
        "Lunedì 11 gennaio 2027:\n- 10:00 – 10:45  colloquio con me (HR)\n- 10:45 – 11:30  colloquio con il "
        "Direttore Acquisti\n- 11:30 – 12:15  colloquio con la Supply Chain Director\n\nCordiali saluti\n"
        "Anna Ferri\nHR Business Partner\n"
    )
    raw = raw_mail(body, "Anna Ferri <anna.ferri@lumo.example>", "Giornata di colloqui",
                   "Mon, 23 Nov 2026 09:00:00 +0100")
    got = analyze_email(raw, ME, NOW)
    assert got.start == datetime(2027, 1, 11, 9, 0, tzinfo=UTC)
    assert got.end == datetime(2027, 1, 11, 11, 15, tzinfo=UTC)
