"""Classes of failure seen on unseen mail, round 26 (Vancouver, Valencia, Eindhoven): each fixed by a
general mechanism (own examples, not copies of the blind sets)."""

from __future__ import annotations

from followup.parsers import lexicon as lx


def test_a_recruiting_word_as_one_part_of_a_mailbox_makes_it_a_group() -> None:
    for local in ("citz.sdhiring", "nc-ux-recruitment-recrutement-gd", "seleccion.valencia", "seleccio",
                  "emea-recruiting-ops", "talentos.rrhh"):
        assert lx.GROUP_LOCAL.match(local), local
    for local in ("sophie.gagnon", "jane.recruiter", "recruiter.jane", "sel.ecker"):
        assert not lx.GROUP_LOCAL.match(local), local


def test_a_research_study_yields_to_a_mail_about_the_researchers_application() -> None:
    from followup.parsers import analyze_email
    from tests.unit.parsers.detect.test_unseen_classes6 import ME, NOW

    def mail(body: str) -> bytes:
        return (
            "From: Acme Careers <no-reply@ats.example>\nTo: mila.novak@mailbox.example\n"
            "Subject: Interview Confirmation - UX Researcher\nDate: Tue, 24 Nov 2026 22:48:12 +0000\n"
            "Content-Type: text/plain; charset=utf-8\n\n" + body
        ).encode()

    invite = (
        "Dear Mila,\n\nThank you for applying for the UX Researcher position. We are pleased to confirm your "
        "interview on Thursday, December 17, 2026 9:00 AM - 11:00 AM (GMT-07:00) Mountain Time.\n\n"
        "Please prepare a 20-minute presentation of a research study you led.\n"
    )
    assert analyze_email(mail(invite), ME, NOW).is_interview
    study = (
        "Hi! We're running a research study on budgeting apps and would love a 45-minute research interview "
        "with you on Thursday, December 17 at 9:00 AM MT. Participants get a $75 gift card.\n"
    )
    assert not analyze_email(mail(study), ME, NOW).is_interview


def test_a_first_screening_call_by_its_name_in_several_languages() -> None:
    for text in ("Confirmado: Llamada inicial - Ingeniera de Caminos con Ana",
                 "Initial call with our recruiter", "Chamada inicial com a equipa de recrutamento",
                 "Appel de préqualification avec Julie"):
        assert lx.INTERVIEW.search(text), text
    assert not lx.INTERVIEW.search("Initial results of the survey are attached.")


def test_the_owner_on_a_spanish_hiring_panel() -> None:
    text = ("Te confirmo que el lunes entrevistamos a los dos finalistas y que estarás en el panel "
            "con Elena. Rellenad la ficha de valoración de cada candidato.")
    assert lx.INTERVIEWER_FRAMING.search(text)
    assert not lx.INTERVIEWER_FRAMING.search("Te confirmo tu entrevista del lunes 14 a las 16 h con Elena.")


def test_an_interview_that_cannot_be_kept_is_a_move_in_spanish() -> None:
    text = "no podremos mantener la entrevista prevista para el martes 1. Le propongo dos alternativas"
    assert lx.RESCHEDULE.search(text)
