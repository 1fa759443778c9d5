"""Classes of failure seen on unseen mail, round 10: each fixed by a general mechanism (own examples,
not copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from followup.parsers import analyze_email
from followup.parsers.addresses import Owner
from followup.parsers.model import Detection
from followup.parsers.when import find_dates

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
ME = Owner.of(["mila.novak@mailbox.example"])


def mail(
    body: str, subject: str, sender: str, *, date_header: str = "Tue, 24 Nov 2026 10:00:00 +0100"
) -> Detection:
    raw = (
        f"From: {sender}\nTo: Mila Novak <mila.novak@mailbox.example>\nSubject: {subject}\n"
        f"Date: {date_header}\nMessage-ID: <t11@example.test>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + body
    )
    return analyze_email(raw.encode(), ME, NOW)


# Clock times and dates.


def test_a_weekday_that_is_also_an_ordinal_is_a_day_before_a_time() -> None:
    ref = date(2026, 11, 23)  # a Monday
    (hit,) = find_dates("Combinado, sexta às 10h.", ref)
    assert hit.value == date(2026, 11, 27)
    assert find_dates("a segunda entrevista será presencial", ref) == []
    assert find_dates("na quinta etapa do processo", ref) == []


def test_a_confirmed_slot_keeps_the_length_the_thread_gave_in_the_next_sentence() -> None:
    d = mail(
        "Combinado! Sexta-feira às 10h então.\n\nRenata Lima\nRecrutamento | Vinhedo Foods\n\n"
        "Em seg., 23 de nov. de 2026 às 09:00, Mila Novak <mila.novak@mailbox.example> escreveu:\n"
        "> Pode ser sim.\n>\n"
        ">> Em 23 de nov. de 2026, às 08:30, Renata Lima <renata.lima@vinhedo.example> escreveu:\n"
        ">> Oi Mila, podemos fazer sua entrevista sexta-feira às 10h? Seria por vídeo, 50 minutos,\n"
        ">> com a gerente da área.\n",
        "Re: Entrevista Vinhedo Foods",
        "Renata Lima <renata.lima@vinhedo.example>",
        date_header="Tue, 24 Nov 2026 10:00:00 -0300",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 11, 27, 13, 0, tzinfo=UTC)
    assert d.end == datetime(2026, 11, 27, 13, 50, tzinfo=UTC)
