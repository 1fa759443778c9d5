"""Classes of failure seen on unseen mail, round 23 (Lyon, Mexico City, Seattle), and on the path a
configured user runs (the owner's zone known): each fixed by a general mechanism (own examples, not
copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from followup.parsers import analyze_email
from tests.unit.parsers.detect.test_unseen_classes6 import ME, NOW


def _mail(body: str, subject: str, sender: str, date_header: str, tz: str | None):  # type: ignore[no-untyped-def]
    raw = (
        f"From: {sender}\nTo: Mila Novak <mila.novak@mailbox.example>\nSubject: {subject}\n"
        f"Date: {date_header}\nMessage-ID: <t13@example.test>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + body
    )
    return analyze_email(raw.encode(), ME, NOW, ZoneInfo(tz) if tz else None)


def test_a_zone_the_text_names_wins_over_the_owners_own() -> None:
    body = (
        "Hi Mila,\n\nHere is your interview schedule. All sessions are on Zoom and all times below are "
        "Eastern Time (ET).\n\nThursday, December 10, 2026\n\n10:00 AM - 10:45 AM  Coding with Priya\n"
        "10:45 AM - 11:30 AM  System design with Tom\n\nBest,\nJo Park\nRecruiting Coordinator\n"
        "jo.park@harbor.example\n"
    )
    for tz in ("America/Los_Angeles", None):
        d = _mail(body, "Your interview schedule", "Jo Park <jo.park@harbor.example>",
                  "Mon, 23 Nov 2026 12:00:00 +0000", tz)
        assert d.is_interview, d.reasons
        assert d.start == datetime(2026, 12, 10, 15, 0, tzinfo=UTC), tz
    # with no zone named, the owner's zone is the slot's
    d = _mail(body.replace(" and all times below are Eastern Time (ET)", ""), "Your interview schedule",
              "Jo Park <jo.park@harbor.example>", "Mon, 23 Nov 2026 12:00:00 +0000", "America/Los_Angeles")
    assert d.start == datetime(2026, 12, 10, 18, 0, tzinfo=UTC)


def test_a_short_hour_with_h_and_minutes_is_a_length_unless_said_at() -> None:
    from datetime import time

    from followup.parsers.when_times import find_times

    assert [h.start for h in find_times("à 16h00 ; prévoyez 1h30 pour l'échange")] == [time(16, 0)]
    assert [h.start for h in find_times("entrevista às 3h30 da tarde")] == [time(15, 30)]


def test_a_forwarded_confirmation_gives_the_slot_the_forwarder_names() -> None:
    body = (
        "Bonjour Madame Novak,\n\nBonne nouvelle : M. Dupuis souhaite vous rencontrer ! Je vous transfère "
        "ci-dessous sa confirmation pour l'entretien.\n\nCordialement,\nClaire Morel\n"
        "Consultante, Cabinet Azur\n"
        "claire.morel@cabinet-azur.example\n\n-------- Message transféré --------\n"
        "De : Marc Dupuis <marc.dupuis@client.example>\nDate : lun. 23 nov. 2026 à 15:08\n"
        "Objet : RE: Candidature Mila Novak\nÀ : Claire Morel <claire.morel@cabinet-azur.example>\n\n"
        "Chère Madame Morel,\n\nJe peux recevoir Mme Novak le mardi 8 décembre à 14h30 ; prévoyez 1h30.\n\n"
        "Bien cordialement,\nMarc Dupuis\n"
    )
    d = _mail(body, "TR: Entretien Client – mardi 8 décembre",
              "Claire Morel <claire.morel@cabinet-azur.example>", "Mon, 23 Nov 2026 17:00:00 +0100", None)
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 8, 13, 30, tzinfo=UTC)


def _forward(greeting: str, about: str) -> str:
    return (
        "Coucou Mila !\n\nRegarde, j'ai enfin décroché un entretien chez Pixel Studio jeudi 10 à 14h.\n"
        "Tu pourrais relire mon portfolio ce week-end ?\n\nBises,\nJulie\n\n"
        "---------- Forwarded message ---------\nDe : Pixel Studio <recrutement@pixelstudio.example>\n"
        "Date: mer. 18 nov. 2026 à 11:02\nSubject: Invitation à un entretien\n"
        "To: <julie.roche@maboite.example>\n\n"
        f"{greeting},\n\nNous avons le plaisir de vous convier à un entretien {about} le jeudi 10 décembre "
        "à 14h00 dans nos locaux.\n\nBien cordialement,\nNadia Brun\nnadia.brun@pixelstudio.example\n"
    )


def test_a_friend_forwarding_her_own_invitation_is_not_the_owners_interview() -> None:
    d = _mail(_forward("Bonjour Julie", "pour le poste d'UI Designer"), "Fwd: Invitation à un entretien",
              "Julie Roche <julie.roche@maboite.example>", "Wed, 18 Nov 2026 21:14:37 +0100", None)
    assert not d.is_interview
    # a message about the owner, passed on by her agency, stays hers
    d = _mail(_forward("Bonjour Julie", "avec Mme Novak"), "Fwd: Invitation à un entretien",
              "Julie Roche <julie.roche@maboite.example>", "Wed, 18 Nov 2026 21:14:37 +0100", None)
    assert d.is_interview, d.reasons


def test_a_trial_day_by_its_other_names_in_every_language() -> None:
    from followup.parsers import lexicon as lx

    for text in (
        "voici le programme de ta journée d'immersion le lundi 14 décembre",
        "Join us for an immersion day at our studio on Monday",
        "te esperamos para tu jornada de inmersión el lunes",
        "ti aspettiamo per una giornata di affiancamento lunedì",
        "esperamos por si para o dia de imersão na segunda-feira",
        "wir laden Sie zu einem Schnuppertag am Montag ein",
        "et esperem per a la jornada d'immersió dilluns",
        "the next step is the design challenge presentation on Tuesday",
    ):
        assert lx.INTERVIEW.search(text), text


def test_english_wordings_seen_in_round_23() -> None:
    from followup.parsers import lexicon as lx

    assert lx.INTERVIEW.search("Confirmed: Recruiter Intro (30 min) with Dana Ruiz on Monday")
    assert lx.JOB_MEETING.search("You're confirmed to meet Omar Haddad, our Head of Analytics, on Friday")
    assert lx.RESCHEDULE.search("Something came up, so I've moved us to Friday, same time.")
    assert lx.OTHER_INTERVIEWS.search("LinkedIn Live: Ace your product interview with US companies")
    assert lx.OTHER_INTERVIEWS.search("Your Interview Prep weekly digest")


def test_a_reply_moving_the_meeting_its_thread_named() -> None:
    body = (
        "Hi Mila - something came up on my end Thursday. I've moved us to Friday (12/11), same time, "
        "2pm Central.\n\nOmar\n\n> On Nov 20, 2026, at 3:02 PM, Dana Ruiz <dana.ruiz@northmetric.example> "
        "wrote:\n>\n> Hi Mila,\n>\n> You're confirmed to meet Omar Haddad, our Head of Analytics, on "
        "Thursday, December 10 from 2:00-2:45pm CT.\n>\n> Dana Ruiz\n> Recruiting Coordinator | Northmetric\n"
    )
    d = _mail(body, "Re: Northmetric <> Mila - Thursday 12/10",
              "Omar Haddad <omar.haddad@northmetric.example>", "Tue, 24 Nov 2026 07:41:09 -0600", None)
    assert d.is_interview and d.kind == "reschedule", d.reasons
    assert d.start == datetime(2026, 12, 11, 20, 0, tzinfo=UTC)


def test_a_mock_interview_of_several_words_and_a_system_design_conversation() -> None:
    from followup.parsers import lexicon as lx

    assert lx.OTHER_INTERVIEWS.search("Confirmed: Mock System Design Interview (60 min) with a coach")
    assert lx.INTERVIEW.search("Here's the Zoom for Wednesday's system design conversation with Paul")


def test_thunderbirds_french_and_italian_forward_headers() -> None:
    from followup.parsers.quoting import split_text

    text = (
        "(pour l'agenda)\n\n-------- Message transféré --------\nSujet : \tRDV mer. 9/12 - 11h - Agence X\n"
        "Date : \tFri, 20 Nov 2026 18:12:31 +0100\nDe : \tBastien Roy <bastien.roy@agence-x.example>\n"
        "Pour : \tMila Novak <mila.novak@mailbox.example>\n\nBonjour Mila,\n\nJe vous confirme notre "
        "rendez-vous (cf. objet) pour l'entretien.\n"
    )
    (block,) = split_text(text).forwarded
    assert block.meta.subject == "RDV mer. 9/12 - 11h - Agence X"
    assert block.meta.sender is not None and block.meta.sender.email == "bastien.roy@agence-x.example"
    assert [a.email for a in block.meta.to] == ["mila.novak@mailbox.example"]
    italian = text.replace("Sujet : \t", "Oggetto: ").replace("De : \t", "Mittente: ")
    italian = italian.replace("Pour : \t", "A: ")
    (block,) = split_text(italian).forwarded
    assert block.meta.sender is not None and block.meta.sender.email == "bastien.roy@agence-x.example"


def test_a_job_dating_evening_is_not_an_interview() -> None:
    from followup.parsers import lexicon as lx

    assert lx.OTHER_INTERVIEWS.search("Ton billet pour le Job Dating Tech – entretiens flash de 10 min")
    assert not lx.OTHER_INTERVIEWS.search("Votre entretien avec notre directrice est fixé à mardi 10h.")
