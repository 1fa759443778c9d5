"""Classes of failure seen on unseen mail, round 27 (Auckland, Montevideo, Lausanne): each fixed by a
general mechanism (own examples, not copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

from followup.parsers import analyze_email
from followup.parsers import lexicon as lx
from followup.parsers.judging import is_person
from followup.parsers.moves import happened
from tests.unit.parsers.detect.test_unseen_classes6 import ME, NOW, raw_mail

# (its mails come from a recruiter in Montevideo unless a test says otherwise)
_mail = partial(raw_mail, sender="Ana Ruiz <ana.ruiz@acme.example>", subject="Interview",
                date_header="Tue, 24 Nov 2026 10:00:00 -0300")


def test_a_move_offered_in_a_conditional_sentence_is_not_a_move() -> None:
    offered = (
        "If for any reason you cannot make it, just let me know and we will reschedule.",
        "Hola. Si por algún motivo no podés, avisame por WhatsApp y lo reprogramamos.",
        "Falls Sie verhindert sind, geben Sie mir kurz Bescheid, dann verschieben wir den Termin.",
        "Als je verhinderd bent, laat het me weten, dan verzetten we het gesprek.",
    )
    for text in offered:
        assert lx.RESCHEDULE.search(text), text
        assert not happened(lx.RESCHEDULE, text), text
    done = "Unfortunately we have to reschedule your interview. If that is a problem, tell me."
    assert happened(lx.RESCHEDULE, done)


def test_an_invite_that_offers_to_move_stays_an_invite() -> None:
    body = (
        "Hola Mila, ya te agendé la entrevista por Zoom para el martes 1/12 a las 15 hs "
        "(hora de Uruguay) con el equipo de producto.\n\n"
        "Si por algún motivo no podés, avisame y lo reprogramamos.\n\nSaludos,\nAna Ruiz\n"
    )
    got = analyze_email(_mail(body), ME, NOW)
    assert got.is_interview and got.kind == "invite"
    assert got.start == datetime(2026, 12, 1, 18, 0, tzinfo=UTC)


def test_a_summons_to_a_psychometric_assessment_is_an_interview_step() -> None:
    body = (
        "Estimada Mila:\n\nEn el marco del proceso de selección para el cargo de Analista, te citamos a la "
        "evaluación psicotécnica el lunes 7 de diciembre a las 9:00 hs en nuestras oficinas.\n"
        "La evaluación dura aproximadamente 2 horas.\n\nSaludos,\nAna Ruiz\nana.ruiz@acme.example\n"
    )
    got = analyze_email(_mail(body, subject="Citación evaluación psicotécnica"), ME, NOW)
    assert got.is_interview
    assert got.start == datetime(2026, 12, 7, 12, 0, tzinfo=UTC)
    assert got.end == datetime(2026, 12, 7, 14, 0, tzinfo=UTC)
    assert lx.INTERVIEW.search("Convocação para avaliação psicológica na segunda às 9h")


def test_slots_offered_with_which_one_suits_you_fix_nothing() -> None:
    body = (
        "Hola Mila, queremos coordinar la entrevista con el equipo. "
        "¿Te queda bien alguno de estos horarios?\n\n"
        "- martes 1/12 a las 10 hs\n- jueves 3/12 a las 15 hs\n- viernes 4/12 a las 11:30 hs\n\n"
        "Contame cuál te sirve y te mando la invitación.\n\nAna Ruiz\n"
    )
    got = analyze_email(_mail(body, subject="Coordinar entrevista"), ME, NOW)
    assert not got.is_interview


def test_reference_checks_as_the_topic_and_as_a_later_step() -> None:
    checks = (
        "Thanks for coming in for your interview last week. We'd now like to move to reference checks: "
        "I've booked a call with your first referee for Tuesday 1 December at 10am.\n\nAna Ruiz\n"
    )
    assert not analyze_email(_mail(checks, subject="Reference checks"), ME, NOW).is_interview
    invite = (
        "Dear Mila,\n\nWe are pleased to invite you to a panel interview on Wednesday 9 December at 1pm "
        "with Ana Ruiz and Tom Lee. We expect to complete interviews and reference checks and advise all "
        "candidates by Friday 18 December.\n\nAna Ruiz\n"
    )
    got = analyze_email(_mail(invite, subject="Panel interview invitation"), ME, NOW)
    assert got.is_interview
    for text in ("Nous procédons maintenant à la prise de références.",
                 "Vamos iniciar a verificação de referências."):
        assert lx.OTHER_INTERVIEWS.search(text), text


def test_a_team_mailbox_by_its_display_name_in_several_languages() -> None:
    for name in ("Equipo Producto", "Équipe Produit", "Comité de sélection", "Hiring Panel",
                 "Commissione esaminatrice", "Equipa de Dados"):
        assert not is_person("producto@acme.example", name, ME), name
    assert is_person("ana.ruiz@acme.example", "Ana Ruiz", ME)


def test_a_colleague_named_after_a_comma_before_a_short_address() -> None:
    body = (
        "Great - let's do Monday 14 December at 3pm UK time then. It'll be me and our CTO, Ben Ashworth "
        "(ben@acme.example), for about 45 minutes.\n\nCheers,\nAna\n"
    )
    got = analyze_email(_mail(body, subject="Re: Product Analyst role - next steps",
                              date_header="Mon, 23 Nov 2026 09:41:27 +0000"), ME, NOW)
    assert got.is_interview
    assert "ben@acme.example" in got.thank_you_recipients


def test_a_systems_date_offset_is_not_the_writers_zone() -> None:
    body = (
        "Guten Tag Frau Novak\n\nGerne laden wir Sie zu unserem Vorstellungsgespräch ein:\n\n"
        "Datum: Montag, 14. Dezember 2026\nZeit: 08:30–10:00 Uhr\n"
        "Ort: Hardturmstrasse 161, 8005 Zürich\n\nFreundliche Grüsse\nHuman Resources\n"
    )
    relay = _mail(body, sender="Acme AG <acme@myworkday.example>",
                  subject="Einladung zum Vorstellungsgespräch", date_header="Thu, 19 Nov 2026 13:00:12 -0800")
    got = analyze_email(relay, ME, NOW)
    assert got.is_interview
    assert got.start == datetime(2026, 12, 14, 7, 30, tzinfo=UTC)
