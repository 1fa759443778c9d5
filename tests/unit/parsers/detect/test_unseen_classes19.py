"""Classes of failure seen on unseen mail, round 29 (Manila, Lima, Bologna): each fixed by a general
mechanism (own examples, not copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, datetime, time
from functools import partial

from followup.parsers import analyze_email
from followup.parsers import lexicon as lx
from followup.parsers.judging import is_person
from followup.parsers.when_times import find_times
from followup.parsers.when_zones import zone_from_text
from tests.unit.parsers.detect.test_unseen_classes6 import ME, NOW, raw_mail

# (to the owner by name: a friend's forward is told from the owner's other mailbox by it)
_mail = partial(raw_mail, to="Mila Novak <mila.novak@mailbox.example>")


def test_a_region_said_for_every_time_listed() -> None:
    for text, zone in (
        ("Wednesday, December 2 (all times Eastern)", "America/New_York"),
        ("All times below are Pacific.", "America/Los_Angeles"),
        ("times listed in Central", "America/Chicago"),
    ):
        assert str(zone_from_text(text)) == zone, text
    assert zone_from_text("three times Tuesday") is None


def test_a_written_hour_with_its_half_in_words() -> None:
    for text, want in (
        ("martedì 1/12, alle 9 e mezza", time(9, 30)),
        ("a las 9 y media", time(9, 30)),
        ("às 9 e meia", time(9, 30)),
        ("alle 9 e un quarto", time(9, 15)),
        ("a las 11 menos cuarto", time(10, 45)),
    ):
        assert [h.start for h in find_times(text)] == [want], text


def test_an_italian_abbreviation_does_not_end_the_sentence() -> None:
    body = (
        "Gentile Sig.ra Novak,\nsiamo spiacenti di comunicarLe che il colloquio previsto per mercoledì "
        "2 dicembre "
        "p.v. alle ore 15:00 presso la nostra sede è annullato.\n\nCordiali saluti\nPaola Ghedini\n"
    )
    got = analyze_email(
        _mail(body, "Paola Ghedini <p.ghedini@carta.example>", "Annullamento colloquio"), ME, NOW
    )
    assert got.kind == "cancellation"
    assert got.start == datetime(2026, 12, 2, 14, 0, tzinfo=UTC)


def test_an_agency_cancels_its_clients_meeting() -> None:
    body = (
        "Ciao Mila,\nti scrivo per avvisarti che purtroppo il cliente, Tecnotubi S.r.l., ha dovuto annullare "
        "l'incontro con te previsto per venerdì 11 dicembre alle 17:00.\n\nStefano\n"
        "Stefano Guidi | Consultant\nSelezione Felsinea S.r.l.\n"
    )
    got = analyze_email(
        _mail(body, "Stefano Guidi <s.guidi@felsinea.example>", "Annullamento incontro"), ME, NOW
    )
    assert got.is_interview and got.kind == "cancellation"
    assert got.start == datetime(2026, 12, 11, 16, 0, tzinfo=UTC)


def test_a_friend_forwards_from_a_private_address_what_reached_their_work_one() -> None:
    body = (
        "Ciao Mila!\nti giro la mail di Sonia dell'HR, a quanto pare la segnalazione è andata a buon fine :) "
        "In bocca al lupo!!\nMarco\n\n---------- Forwarded message ---------\n"
        "Da: Sonia Vecchi <sonia.vecchi@idromec.example>\nDate: ven 20 nov 2026 alle ore 18:12\n"
        "Subject: Colloquio Mila Novak\nTo: Marco Fantini <marco.fantini@idromec.example>\n\n"
        "Ciao Marco,\ngrazie per la segnalazione! Il colloquio conoscitivo è fissato per mercoledì "
        "9 dicembre "
        "alle 17:30, con me e con Gabriele Zucchini (gabriele.zucchini@idromec.example).\n\nSonia\n"
    )
    raw = _mail(body, "Marco Fantini <marco.fantini79@amici.example>", "Fwd: Colloquio Mila Novak")
    got = analyze_email(raw, ME, NOW)
    assert got.is_interview
    assert set(got.thank_you_recipients) == {
        "sonia.vecchi@idromec.example",
        "gabriele.zucchini@idromec.example",
    }


def test_a_public_selections_formal_notice() -> None:
    text = "si comunica che la S.V. è ammessa alla prova orale, che si terrà il giorno mercoledì 16 dicembre"
    assert lx.INTERVIEW.search(text)
    assert lx.CANDIDATE_FRAMING.search(text)
    assert not is_person("selezioni@pec.azienda.example", None, ME)


def test_a_friends_spanish_forward_with_wishes() -> None:
    body = (
        "Mila!! Stephanie de RR.HH. ya te agendó. Te reenvío lo que me mandó. ¡Éxitos!!\n\nAndrea\n\n"
        "________________________________\nDe: Stephanie Cárdenas <scardenas@maqnorte.example>\n"
        "Enviado el: martes, 24 de noviembre de 2026 16:20\n"
        "Para: Andrea Villa <andrea.villa@maqnorte.example>\n"
        "Asunto: Referido - Mila Novak\n\nHola Andrea, ¡gracias por el referido! Lo hemos agendado para una "
        "entrevista el lunes 7 de diciembre a las 2:30 p.m.\n\nStephanie Cárdenas\nAnalista de Talento\n"
    )
    raw = _mail(
        body,
        "Andrea Villa <andrea.villa@maqnorte.example>",
        "RV: Referido - Mila Novak",
        "Tue, 24 Nov 2026 17:55:36 -0500",
    )
    got = analyze_email(raw, ME, NOW)
    assert got.is_interview
    assert list(got.thank_you_recipients) == ["scardenas@maqnorte.example"]


def test_labelled_new_and_previous_slots() -> None:
    body = (
        "Hello Mila,\n\nYour interview with Acme Bank has been rescheduled.\n\nNew date and time:\n"
        "Monday, January 11, 2027\n9:30 AM - 10:30 AM (GMT-05:00) Eastern Time (US & Canada)\n\n"
        "Previous date and time:\nThursday, January 7, 2027\n9:30 AM - 10:30 AM (GMT-05:00) Eastern Time\n"
    )
    raw = _mail(
        body,
        "Acme Bank <acme@myworkday.example>",
        "Your interview has been rescheduled",
        "Tue, 24 Nov 2026 14:01:50 +0000",
    )
    got = analyze_email(raw, ME, NOW)
    assert got.kind == "reschedule"
    assert got.start == datetime(2027, 1, 11, 14, 30, tzinfo=UTC)


def test_a_travel_word_in_a_bracketed_address_is_no_option() -> None:
    body = (
        "Hi Mila,\n\nI'd like to meet you. I've blocked next Tuesday, Dec 1, 2:00 to 3:00 PM for your "
        "interview "
        "at our office (Ninoy Aquino Ave., near the Airport Road corner).\n\nJM Santos\n"
    )
    raw = _mail(
        body, "JM Santos <jm.santos@islas.example>", "Interview next week", "Wed, 25 Nov 2026 11:05:29 +0800"
    )
    got = analyze_email(raw, ME, NOW)
    assert got.is_interview
    assert got.start == datetime(2026, 12, 1, 6, 0, tzinfo=UTC)


def test_a_spanish_reply_settling_a_move() -> None:
    assert lx.RESCHEDULE.search("Listo Mila, entonces la movemos al viernes 27 a las 3 pm, mismo link.")
    assert not lx.RESCHEDULE.search("Te esperamos el viernes 27 a las 3 pm.")
