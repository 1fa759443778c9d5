"""Classes of failure seen on unseen mail, round 35 (Phoenix, Porto, Zurich): each fixed by a general
mechanism (own examples, not copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from followup.parsers import analyze_email
from followup.parsers import lexicon as lx
from followup.parsers.when_times import find_duration
from tests.unit.parsers.detect.test_unseen_classes6 import ME, NOW, raw_mail


def test_an_onsite_on_a_day_is_named_not_onsite_working_days() -> None:
    assert lx.INTERVIEW.search("Mila Novak - onsite Thursday 12/10")
    assert lx.INTERVIEW.search("Confirmed: onsite Fri 12/11 at 9am")
    assert not lx.INTERVIEW.search("Hybrid role, onsite Monday to Thursday in Tempe")
    assert not lx.INTERVIEW.search("You would work onsite Tuesday through Friday.")


def test_a_compound_length_is_not_a_clock_time() -> None:
    assert find_duration("It was planned as a two-hour visit, so free that time.") == timedelta(hours=2)
    assert find_duration("It is a 2-hour session with the team.") == timedelta(hours=2)
    assert find_duration("a las 10 horas") is None
    assert find_duration("um 10 Uhr") is None


def test_the_owners_thanks_settles_the_slot_the_answered_message_set_and_names_its_people() -> None:
    body = (
        "Got it, thanks Dana! Talk to Omar then.\n\nSent from my iPhone\n\n"
        "> On Nov 24, 2026, at 4:18 PM, Dana Reyes <dana.reyes@kestrel.example> wrote:\n>\n> Hi Mila,\n>\n"
        "> You're all set for Tuesday, Dec 15 from 11:00-11:45am PT with Omar Haddad, our Head of "
        "Operations (omar.haddad@kestrel.example).\n>\n> Dana\n>\n"
        ">> On Mon, Nov 23, 2026 at 9:05 PM Mila Novak <mila.novak@mailbox.example> wrote:\n"
        ">> Tuesday Dec 15 at 11am Pacific works great for me.\n>>\n"
        ">>> On Mon, Nov 23, 2026 at 2:10 PM Dana Reyes <dana.reyes@kestrel.example> wrote:\n"
        ">>> Omar would like to set up a 45-minute phone interview. Would either of these work?\n>>>\n"
        ">>> - Tuesday, Dec 15 at 11:00am PT\n>>> - Wednesday, Dec 16 at 2:00pm PT\n"
    )
    raw = raw_mail(body, "Mila Novak <mila.novak@mailbox.example>", "Re: Operations Analyst",
                   "Tue, 24 Nov 2026 19:42:10 -0700", to="Dana Reyes <dana.reyes@kestrel.example>")
    raw = raw.replace(b"Subject:", b"In-Reply-To: <x1@kestrel.example>\nSubject:")
    got = analyze_email(raw, ME, NOW)
    assert got.is_interview
    assert got.start == datetime(2026, 12, 15, 19, 0, tzinfo=UTC)
    assert got.end == datetime(2026, 12, 15, 19, 45, tzinfo=UTC)
    assert sorted(got.thank_you_recipients) == ["dana.reyes@kestrel.example", "omar.haddad@kestrel.example"]


def test_a_booking_tools_cancel_and_reschedule_link_labels_are_offers() -> None:
    from followup.parsers.moves import happened

    assert not happened(lx.CANCEL, "Cancel (https://book.example/c/3b2a) or Reschedule (https://book.example/r/3b2a)")
    assert not happened(lx.CANCEL, "Absagen (https://book.example/c/HB2) | Neu planen (https://book.example/r/HB2)")
    assert happened(lx.CANCEL, "Unfortunately we have to cancel your interview on Friday.")


def test_rooms_named_in_every_language() -> None:
    from followup.parsers.addresses import looks_like_room

    rooms = ("Sitzungszimmer Zürichsee", "Vergaderzaal Zenne", "Sala Tevere", "Salle Léman", "Boardroom 4")
    for name in rooms:
        assert looks_like_room(name, None), name
    for name in ("Hans Zimmer", "Roberta Sala", "Jan van der Zaal", "Maria Raum"):
        assert not looks_like_room(name, None), name


def test_a_calendars_notice_sender_is_a_machine() -> None:
    from followup.parsers.addresses import is_machine

    assert is_machine("calendar-notice@suite-mail.example")
    assert is_machine("calendar-reminders@suite-mail.example")
    assert not is_machine("carla.notte@suite-mail.example")


def test_a_stub_plain_alternative_gives_way_to_the_html(monkeypatch: pytest.MonkeyPatch) -> None:
    from followup.parsers import mime
    from followup.parsers.mime import read_message

    calls: list[int] = []
    real = mime.html_to_text

    def counted(html: str) -> str:
        calls.append(1)
        return real(html)

    monkeypatch.setattr(mime, "html_to_text", counted)

    html = (
        "<p>Dear Mila,</p><p>We are pleased to invite you to an interview for the Analyst role on Tuesday 15 "
        "December 2026 at 09:00 GMT with Oliver Grant (oliver.grant@ledger.example).</p>"
        + "<p>The day's agenda and the address follow.</p>" * 20
    )
    raw = (
        "From: Ledger <noreply@ledger.example>\nTo: mila.novak@mailbox.example\n"
        "Subject: Interview invitation\n"
        "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=b\n\n--b\n"
        "Content-Type: text/plain\n\nPlease view this message in an HTML-capable mail client.\n--b\n"
        f"Content-Type: text/html\n\n{html}\n--b--\n"
    ).encode()
    assert "15 December 2026" in read_message(raw).text
    assert len(calls) == 1  # (the HTML weighed against the stub is the body: converted once)
    # (a plain alternative that is a message of its own is still preferred)
    plain = "Dear Mila, see you on Tuesday at the office with Oliver. " * 8
    full = raw.replace(b"Please view this message in an HTML-capable mail client.", plain.encode())
    assert "15 December 2026" not in read_message(full).text


def test_a_public_selections_test_is_named() -> None:
    for text in (
        "Convocatòria: citació a la prova pràctica del procés selectiu",
        "Citación para la prueba práctica del proceso selectivo",
        "Fica convocada para a prova prática",
    ):
        assert lx.INTERVIEW.search(text), text
    assert not lx.INTERVIEW.search("La prova pràctica de so del concert és a les 18 h.")


def test_moves_and_cancellations_in_french_portuguese_and_dutch() -> None:
    from followup.parsers.moves import happened

    assert happened(lx.RESCHEDULE, "Le client doit malheureusement déplacer votre entretien, prévu mercredi.")
    assert happened(lx.RESCHEDULE, "Objet : déplacement de votre entretien")
    assert happened(lx.CANCEL, "peço desculpa mas vou ter de desmarcar a nossa entrevista de amanhã")
    assert not happened(lx.CANCEL, "Se precisar de desmarcar a entrevista, avise-me.")
    assert lx.CONFIRM_REPLY.search("Top! Dan noteren we jouw gesprek definitief op woensdag 9 december.")
    assert lx.CONFIRM_REPLY.search("Geen probleem, woensdag om 15u30 past mij ook.")


def test_an_assessments_role_play_does_not_veto_it() -> None:
    from followup.parsers.judging import other_topic

    agenda = (
        "Gerne bestätigen wir Ihnen die Teilnahme am Assessment für die Kaderstelle.\n09.00 Fallstudie\n"
        "13.30 Rollenspiel Mitarbeitergespräch\n15.00 Interview mit der Geschäftsleitung"
    )
    assert other_topic(agenda) is None
    assert lx.CANDIDATE_FRAMING.search(agenda)
    assert other_topic("Einladung zum jährlichen Mitarbeitergespräch mit Ihrer Vorgesetzten") is not None


def test_a_day_of_the_month_after_a_weekday_falls_on_that_weekday() -> None:
    from datetime import date

    from followup.parsers.when import find_dates

    (hit,) = find_dates("Combinado, quarta dia 6 às 10h aqui no escritório.", date(2026, 11, 24))
    assert hit.value == date(2027, 1, 6)
    (hit,) = find_dates("fica confirmado então dia 10 às 16h", date(2026, 11, 24))
    assert hit.value == date(2026, 12, 10)
