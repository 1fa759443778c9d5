"""Classes of failure seen on unseen mail, round 22 (Toronto, Berlin, Santiago de Chile): each fixed
by a general mechanism (own examples, not copies of the blind sets)."""

from __future__ import annotations

import pytest

from followup.parsers import lexicon as lx
from followup.parsers.addresses import is_machine
from tests.unit.parsers.detect.test_unseen_classes6 import mail


def test_a_call_with_someone_as_the_next_step_is_a_job_meeting_in_every_language() -> None:
    for text in (
        "As promised, here's the next step: a 45-minute conversation with Ines, our Head of Engineering.",
        "Der nächste Schritt wäre ein Gespräch mit unserer CTO.",
        "El siguiente paso es una conversación con nuestra gerente.",
        "La prochaine étape sera un échange avec notre directrice technique.",
        "De volgende stap is een gesprek met onze teamleider.",
    ):
        assert lx.JOB_MEETING.search(text), text
    assert not lx.JOB_MEETING.search("The next step is to send us your references.")


def test_a_podcast_recording_session_and_a_meetup_rsvp_are_not_interviews() -> None:
    podcast = mail(
        "Hi Mila,\n\nSuper excited to have you on Backend Banter! Confirming our recording session:\n\n"
        "Tuesday, December 8, 18:00-19:00 CET\nStudio link: https://studio.example/bb\n\n"
        "It's a relaxed conversation-style interview. The episode should go live in January.\n\nSam\nHost\n",
        "Backend Banter - your interview recording on Dec 8",
        "Sam <sam@banter.example>",
    )
    assert not podcast.is_interview, podcast.reasons
    meetup = mail(
        "You're going!\n\nBackend Berlin #42: How we interview engineers\n\nWednesday, December 9, 2026\n"
        "7:00 PM to 9:30 PM CET\n\nTalks, lightning talks & pizza.\n\nCan't make it anymore? "
        "Update your RSVP so someone on the waitlist can take your spot.\n",
        'You\'re going to "Backend Berlin #42: How we interview engineers"',
        "Meetingpoint <info@meetingpoint.example>",
    )
    assert not meetup.is_interview, meetup.reasons


def test_a_job_fair_in_spanish_is_not_an_interview() -> None:
    assert lx.OTHER_INTERVIEWS.search("Te invitamos a la Feria Laboral de Ingeniería 2026")


def test_an_assessment_scheduled_for_a_time_is_a_stage() -> None:
    d = mail(
        "Hi Mila,\n\nAs the next step, we'd like you to complete our Excel modelling assessment. It is "
        "scheduled for:\n\nMonday, December 7, 2026 at 9:00 a.m. CET\nDuration: 2 hours\n\n"
        "Hannah\nRecruiter\n",
        "Your Excel modelling assessment",
        "Hannah Brooks <no-reply@hire.ats.example>",
    )
    assert d.is_interview, d.reasons


@pytest.mark.parametrize(
    "address",
    ["no-reply-noreponse@jobs.example", "do-not-reply.careers@hr.example", "noreply_jobs@ats.example"],
)
def test_a_no_reply_local_part_with_a_suffix_is_a_machine(address: str) -> None:
    assert is_machine(address)
    assert not is_machine("nora.reply@company.example")


def test_a_canadian_postal_address_places_the_sender() -> None:
    from zoneinfo import ZoneInfo

    from followup.parsers.when_zones import place_zone

    assert place_zone("Bayfront Bank\n100 Queen St. W., Toronto, ON M5H 2N2") == ZoneInfo("America/Toronto")
    assert place_zone("1055 W Georgia St, Vancouver BC V6E 3P3") == ZoneInfo("America/Vancouver")
    assert place_zone("Halifax, NS B3J 1A1 and Calgary, AB T2P 1J9") is None  # two zones: no answer


def test_an_agency_client_then_someone_there_wishing_to_meet_you_in_every_language() -> None:
    for text in (
        "I shared your profile with my client, Harbour Analytics: their COO would love to meet you.",
        "Ihr Profil ging an unsere Kundin. Die Teamleiterin, Frau Ott, möchte Sie gerne kennenlernen.",
        "J'ai présenté votre dossier à notre cliente, une fintech : sa DRH souhaite vous rencontrer.",
        "Presenté tu perfil a nuestra cliente, una empresa de logística, y su gerente quiere conocerte.",
        "Ho presentato il suo profilo alla nostra azienda cliente: il direttore tecnico vorrebbe conoscerla.",
        "Ik heb je cv aan mijn opdrachtgever gestuurd; de CTO wil je graag ontmoeten.",
        "Apresentei o seu perfil à nossa cliente e a diretora de RH gostaria de conhecê-la.",
        "He presentat el teu perfil a la nostra clienta i la directora vol conèixer-te.",
    ):
        assert lx.JOB_MEETING.search(text), text
    assert not lx.JOB_MEETING.search("Our client list grew this year. Would you like to meet us at the fair?")


def test_a_live_assessment_is_an_interview_stage() -> None:
    assert lx.INTERVIEW.search("the next step: a live technical assessment, observed by our lead")
    assert lx.INTERVIEW.search("Join us for a live skills assessment on Teams.")


@pytest.mark.parametrize(
    ("tail", "zone"),
    [
        (" (hora Chile), por Teams", "America/Santiago"),
        (" hora de Colombia", "America/Bogota"),
        (" hora peruana", "America/Lima"),
        (" Spain time", "Europe/Madrid"),
        (" heure de France", "Europe/Paris"),
    ],
)
def test_a_country_of_one_zone_named_with_a_word_for_time(tail: str, zone: str) -> None:
    from zoneinfo import ZoneInfo

    from followup.parsers.when_zones import zone_at_head

    assert zone_at_head(tail) == ZoneInfo(zone)


def test_a_job_board_relay_names_the_recruiter_after_her_address() -> None:
    d = mail(
        "Hola Mila,\n\nRosa Ibáñez, de Frutícola Maule, te envió este mensaje sobre tu postulación:\n\n"
        "\"Hola Mila, quedaste seleccionada para una entrevista por Zoom el jueves 3 de diciembre a las "
        "11:00 hrs con nuestro gerente de operaciones. Durará unos 40 minutos.\nDudas: "
        "ribanez@fruticolamaule.example\nSaludos, Rosa Ibáñez, Analista de Selección\"\n\n"
        "El equipo de EmpleosYa\nNo respondas este correo.\n",
        "Tienes un nuevo mensaje de Frutícola Maule",
        "EmpleosYa <avisos@empleosya.example>",
    )
    assert d.is_interview, d.reasons
    assert list(d.thank_you_recipients) == ["ribanez@fruticolamaule.example"]
    assert not _spells_exactly("lumenpharmarecrutement", "Lumen Pharma Recrutement")


def _spells_exactly(local: str, name: str) -> bool:
    from followup.parsers.judging_people import _spells

    return _spells(local, name, exactly=True)


def test_moving_the_interview_said_with_an_infinitive_is_a_reschedule_in_spanish() -> None:
    for text in ("por agenda del gerente nos toca mover la entrevista del martes al jueves 10",
                 "Tenemos que reprogramar tu llamada con Laura para el lunes 14 a las 9:00."):
        assert lx.RESCHEDULE.search(text), text
