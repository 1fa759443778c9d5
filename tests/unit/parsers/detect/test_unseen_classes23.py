"""Classes of failure seen on unseen mail, round 33 (Boston, Curitiba, Lille): each fixed by a general
mechanism (own examples, not copies of the blind sets)."""

from __future__ import annotations

from followup.parsers import lexicon as lx
from followup.parsers.judging import other_topic
from followup.parsers.moves import happened
from followup.parsers.when_zones import place_zone


def test_a_colleague_in_training_does_not_veto_an_interview() -> None:
    text = (
        "Olá, Ana! A sua entrevista para a vaga de Analista de Dados foi reagendada. Nova data: 21/12, 14h. "
        "O gestor estará em treinamento no dia 17. Etapa: entrevista com gestor. Acompanhe sua candidatura "
        "na plataforma de recrutamento da vaga."
    )
    assert other_topic(text) is None
    assert other_topic("Inscrições abertas para o treinamento de Excel, sábado às 9h.") is not None


def test_french_career_counselling_and_an_offer_call_are_no_interviews() -> None:
    assert lx.OTHER_INTERVIEWS.search("Entretien conseil - Évolution professionnelle, centre Apec de Lille")
    assert lx.OFFER.search("je vous appelle jeudi pour vous présenter notre proposition (rémunération, fixe)")
    assert not lx.OFFER.search("je vous appelle jeudi pour vous présenter le poste et l'équipe")


def test_an_agencys_client_meeting_in_french() -> None:
    assert lx.JOB_MEETING.search(
        "Bonne nouvelle, le client a validé ton profil pour la mission. Je t'ai calé le rdv avec le "
        "responsable de site : mardi 8 décembre à 8h30."
    )


def test_french_moves_told_as_a_modified_interview() -> None:
    for text in (
        "Votre entretien pour le poste de Magasinier a été modifié.",
        "Modification de votre entretien - Acme",
        "Nous sommes donc contraints de déplacer votre entretien au mardi 8 décembre.",
    ):
        assert happened(lx.RESCHEDULE, text), text


def test_a_brazilian_address_gives_the_zone() -> None:
    assert str(place_zone("Rua XV de Novembro, 100 - Centro - Curitiba/PR")) == "America/Sao_Paulo"
    assert str(place_zone("Av. Boa Viagem 500, Recife - PE, 51020-000")) == "America/Recife"
    assert str(place_zone("Av. Djalma Batista 1661, Manaus, AM 69050-010")) == "America/Manaus"
    assert place_zone("our Marketing/PR team and the PR/SP budget") is None


def test_portuguese_moves_passa_para_and_remarcacao() -> None:
    assert happened(lx.RESCHEDULE, "a entrevista marcada para quinta passa para sexta-feira, 11/12, às 11h")
    assert happened(lx.RESCHEDULE, "Remarcação - Entrevista técnica")
    assert not happened(lx.RESCHEDULE, "Você passa para a próxima etapa do processo.")


def test_a_friend_who_referred_the_owner_restates_the_time_of_the_companys_message() -> None:
    from datetime import UTC, datetime

    from followup.parsers import analyze_email
    from followup.parsers.go_between import go_between
    from followup.parsers.mime import read_message
    from tests.unit.parsers.detect.test_unseen_classes6 import ME, NOW, raw_mail

    body = (
        "Coucou Mila,\n\nVoilà la réponse de Romain ! Tu m'avais dit que tu étais dispo mercredi prochain en "
        "fin de journée, je lui ai confirmé pour 17h30.\n\nJulie\n\n---------- Forwarded message ---------\n"
        "De : Romain Carpentier <romain.carpentier@logi.example>\nDate: mar. 24 nov. 2026 à 18:20\n"
        "Subject: RE: Cooptation - Mila\nTo: Julie Martin <julie.martin@boite.example>\n\nHello Julie,\n\n"
        "Merci pour la cooptation. Je peux la recevoir mercredi 2 décembre à 17h30 à l'agence, pour un "
        "entretien d'environ 45 minutes.\n\nRomain Carpentier\nResponsable d'agence - Logi\n"
    )
    raw = raw_mail(body, "Julie Martin <julie.martin@boite.example>", "Fwd: RE: Cooptation - Mila",
                   "Tue, 24 Nov 2026 19:00:00 +0100")
    content = read_message(raw)
    assert go_between(content, content.meta.subject or "", content.own_text) is content.forwarded[0]
    got = analyze_email(raw, ME, NOW)
    assert got.is_interview
    assert got.start == datetime(2026, 12, 2, 16, 30, tzinfo=UTC)
    assert list(got.thank_you_recipients) == ["romain.carpentier@logi.example"]
