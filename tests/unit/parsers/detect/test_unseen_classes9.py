"""Classes of failure seen on unseen mail, round 16: each fixed by a general mechanism (own examples,
not copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, datetime, time

from followup.parsers.addresses import Owner, is_machine
from followup.parsers.judging import is_person
from followup.parsers.when_times import find_times
from tests.unit.parsers.detect.test_unseen_classes6 import mail


def test_an_hour_in_words_made_a_clock_time_by_the_words_after_it() -> None:
    cases = {
        "Ci vediamo giovedì alle tre del pomeriggio.": time(15, 0),
        "Il colloquio è alle dieci e mezza.": time(10, 30),
        "A entrevista é às três da tarde.": time(15, 0),
        "La entrevista es a las once menos cuarto.": time(10, 45),
        "L'entretien aura lieu à neuf heures et demie.": time(9, 30),
        "Het gesprek is om drie uur.": time(15, 0),
    }
    for text, want in cases.items():
        assert [h.start for h in find_times(text)] == [want], text
    # an hour word alone after "alle" is too vague: "alle due sedi" (to both offices)
    assert find_times("Invieremo il contratto alle due sedi.") == []


def test_a_meeting_with_the_hiring_manager_is_an_interview_in_every_language() -> None:
    d = mail(
        "Gentile Mila,\n\ncome concordato, Le invio l'invito per l'incontro con il responsabile, "
        "Dott. Paolo Neri, che legge in copia: mercoledì 2 dicembre alle 16:30 su Teams.\n\n"
        "Cordiali saluti\nSara Bini\nHR Business Partner\nLanterna Servizi\n",
        "Incontro con il responsabile - Analista",
        "Sara Bini <sara.bini@lanternaservizi.example>",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 2, 15, 30, tzinfo=UTC)
    from followup.parsers import lexicon as lx

    for phrase in ("una reunión con la responsable del área", "un appel avec le manager du poste",
                   "uma conversa com a gestora da área", "an intro call with the hiring manager"):
        assert lx.INTERVIEW.search(phrase), phrase


def test_a_written_test_at_a_fixed_time_is_a_stage_of_the_selection() -> None:
    d = mail(
        "Gentile Dott.ssa Novak,\n\nLa informiamo che è stata ammessa alla prova scritta della "
        "selezione per il profilo di Analista. La prova si terrà in presenza lunedì 14 dicembre 2026, "
        "dalle ore 9:00 alle ore 11:00, presso la nostra sede di Via Roma 3, Torino.\n\n"
        "Ufficio Selezione\nBorgo Reti S.p.A.\n",
        "Convocazione prova scritta",
        "Borgo Reti - Selezione <selezione@borgoreti.example>",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 14, 8, 0, tzinfo=UTC)
    assert d.end == datetime(2026, 12, 14, 10, 0, tzinfo=UTC)


def test_a_thanks_for_confirming_reply_over_an_invite_whose_time_wraps_across_quoted_lines() -> None:
    d = mail(
        "Gentile Mila,\n\ngrazie per la conferma. Le daremo un riscontro dopo i colloqui.\n\nAnna\n\n"
        "Il giorno lun 23 nov 2026 alle ore 10:02 Anna Riva <anna.riva@golfobank.example> ha scritto:\n"
        "> Gentile Mila,\n>\n> siamo lieti di invitarLa a un colloquio per la posizione di Analista\n"
        "> giovedì 10 dicembre alle quattro del\n> pomeriggio, presso la nostra sede di Napoli.\n"
        ">\n> Anna Riva\n",
        "Re: Colloquio Analista",
        "Anna Riva <anna.riva@golfobank.example>",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 10, 15, 0, tzinfo=UTC)


def test_an_abbreviated_month_with_its_period_does_not_end_the_sentence() -> None:
    d = mail(
        "Gentile Mila,\n\npurtroppo il responsabile ha un imprevisto: spostiamo il secondo colloquio\n"
        "al 15 dic. alle 10, stessa sede e stessa durata.\n\nLaura Conti\nHR - Navigli Immobili\n",
        "Secondo colloquio: nuovo orario",
        "Laura Conti <laura.conti@navigliimmobili.example>",
    )
    assert d.is_interview, d.reasons
    assert (d.kind, d.start) == ("reschedule", datetime(2026, 12, 15, 9, 0, tzinfo=UTC))


def test_as_said_on_the_phone_is_not_a_move() -> None:
    d = mail(
        "Gentile Mila,\n\ncome anticipato al telefono, il colloquio è fissato per venerdì 27 novembre "
        "alle ore 17:00 presso la nostra sede.\n\nSimona Leone\nTalent Acquisition - Porta Retail\n",
        "Colloquio - Analista",
        "Simona Leone <simona.leone@portaretail.example>",
    )
    assert d.is_interview, d.reasons
    assert d.kind == "invite"


def test_a_surname_that_is_also_a_room_word_is_a_person() -> None:
    owner = Owner.of(["mila.novak@mailbox.example"])
    assert is_person("roberta.sala@duomo.example", "Roberta Sala", owner)
    assert not is_person("sala.tevere@duomo.example", "Sala Tevere (8 posti)", owner)
    assert not is_person("salle.rhone@duomo.example", "Salle Rhône", owner)


def test_a_relay_under_a_job_boards_email_domain_is_a_machine() -> None:
    assert is_machine("reply-4b9e1f27c0a8@indeedemail.example")
    assert not is_machine("marco.galli@lombarda.example")
