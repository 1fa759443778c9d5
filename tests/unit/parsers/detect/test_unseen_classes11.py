"""Classes of failure seen on unseen mail, round 21 (São Paulo, Sydney, Utrecht): each fixed by a
general mechanism (own examples, not copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from followup.parsers import analyze_email
from followup.parsers import lexicon as lx
from followup.parsers.moves import happened as _happened
from followup.parsers.when import find_dates
from followup.parsers.when_times import find_times
from tests.unit.parsers.detect.test_unseen_classes6 import ME, NOW, mail

BRT = "Mon, 23 Nov 2026 18:00:00 -0300"


def test_a_place_name_starting_with_am_is_not_a_meridiem() -> None:
    hits = find_times("Let's lock in Monday 30 November at 16:00 Amsterdam time for a call")
    assert [(h.start, h.zone) for h in hits] == [(time(16, 0), ZoneInfo("Europe/Amsterdam"))]
    assert [h.start for h in find_times("at 4 p.m. CET, or 10am.")] == [time(16, 0), time(10, 0)]


def test_half_before_an_hour_in_digits_is_half_an_hour_before_it() -> None:
    assert [h.start for h in find_times("Het gesprek is dinsdag om half 2 op kantoor")] == [time(13, 30)]
    assert find_times("the second half 2027") == []  # (an English "half" with no Dutch "om" before it)


def test_a_day_of_the_month_alone_then_the_hour() -> None:
    ref = date(2026, 11, 23)
    texts = ("Fica confirmado então dia 10 às 16h.", "Nos vemos el día 10 a las 16", "On the 10th at 4pm")
    for text in texts:
        assert [h.value for h in find_dates(text, ref)] == [date(2026, 12, 10)], text
        assert [(h.start, h.end_time) for h in find_times(text)] == [(time(16, 0), None)], text
    assert find_dates("on the 3 candidates", ref) == []
    assert [(h.start, h.end_time) for h in find_times("das 10 às 16h")] == [(time(10, 0), time(16, 0))]


def test_the_owner_picks_one_of_the_proposed_slots() -> None:
    for reply in ("Pode ser na terça às 15h, obrigada!", "Thursday at 4pm works perfectly."):
        assert lx.CONFIRM_REPLY.search(reply), reply
    assert not lx.CONFIRM_REPLY.search("Let me know if it works well for you")


def test_a_move_offered_by_a_link_or_a_button_has_not_happened() -> None:
    assert not _happened(lx.RESCHEDULE, "Need to make a change? Reschedule or cancel: https://ats.example/i/6a1f")
    assert not _happened(lx.CANCEL, "Cancelar inscrição: https://www.social.example/unsubscribe")
    text = 'Caso não possa comparecer, você pode solicitar um novo horário pelo botão "Reagendar" na página.'
    assert lx.RESCHEDULE.search(text) and not _happened(lx.RESCHEDULE, text)
    assert _happened(lx.RESCHEDULE, "Precisamos remarcar a sua conversa: novo horário quinta às 16h30.")


def test_passing_to_the_next_stage_is_not_a_move() -> None:
    assert not lx.RESCHEDULE.search("Boa notícia: você passou para a próxima etapa!")
    assert lx.RESCHEDULE.search("A entrevista passou para quinta-feira às 10h.")


def test_a_conversation_with_the_manager_or_a_chat_as_next_step_names_the_interview() -> None:
    assert lx.INTERVIEW.search("Aroeira Energia - Conversa com o gestor | Engenharia de Dados")
    assert lx.JOB_MEETING.search("O próximo passo é um bate-papo com o Marcelo, gerente de Dados.")
    assert lx.JOB_MEETING.search(
        "Thanks for applying for the UX Designer role. We'd love to meet you in person on Monday at 9."
    )
    assert lx.JOB_MEETING.search(
        "Thanks for your application for the Designer role. I'd love to have a quick 30-minute phone chat."
    )
    assert lx.JOB_CALL.search("Bevestiging: gesprek di 8 dec 16:00 – Supply Chain Planner")
    assert not lx.JOB_CALL.search("Bevestiging: functioneringsgesprek di 8 dec 16:00 – Supply Chain Planner")


def test_a_live_case_at_a_fixed_time_is_a_stage() -> None:
    d = mail(
        "Hi Mila,\n\nAs the next step for the Planner role, we'd like you to complete a live planning case "
        "in a proctored online session.\n\nDate: Wednesday 9 December 2026\nTime: 10:00 - 12:00 CET\n\n"
        "Talent Team\n",
        "Your live planning case - Wednesday 9 December",
        "Everbright <notifications@ats-mail.example>",
    )
    assert d.is_interview, d.reasons
    assert (d.start, d.end) == (datetime(2026, 12, 9, 9, tzinfo=UTC), datetime(2026, 12, 9, 11, tzinfo=UTC))


def test_a_radio_programme_and_a_podcast_booking_are_press() -> None:
    d = mail(
        "Hoi Mila,\n\nZoals afgesproken bel ik je vrijdag 27 november om 8.15 uur voor een interview van "
        "zeven minuten in ons ochtendprogramma.\n\nJoris\nRedacteur Goeiemorgen\n",
        "Interview vrijdag 27/11",
        "Joris <joris@radio.example>",
    )
    assert not d.is_interview and "press" in d.reasons[0], d.reasons
    d = mail(
        "Hey Mila!\n\nLocking in the recording for Tuesday 1st December at 6pm - we'll chat for 45 mins. "
        "Here's your guest link: https://studio.example/x\nThe episode should go live in January.\n\n"
        "Zoe\nHost & Producer\n",
        "Your interview is locked in",
        "Zoe <zoe@yarns.example>",
    )
    assert not d.is_interview, d.reasons


def test_the_owner_forwarding_an_invite_to_herself_is_read_as_the_invite() -> None:
    raw = (
        "From: Mila Novak <mila.novak@mailbox.example>\nTo: mila.novak@mailbox.example\n"
        "Subject: Fwd: Vinhedo - Apresentação do case técnico\nDate: " + BRT + "\n"
        "Message-ID: <fwd-self@mailbox.example>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "levar notebook!!\n\n---------- Forwarded message ---------\n"
        "De: Sofia Guimarães <sofia.guimaraes@vinhedo.example>\nDate: sex., 20 de nov. de 2026 às 18:22\n"
        "Subject: Vinhedo - Apresentação do case técnico\nTo: Mila Novak <mila.novak@mailbox.example>\n\n"
        "Olá, Mila!\n\nAgora queremos que você apresente para o time.\n\nQuando: terça-feira, 15/12, às 10h\n"
        "Onde: presencial, Rua Funchal 418, São Paulo\n\nAbraços,\nSofia Guimarães\nTalent Acquisition\n"
    ).encode()
    d = analyze_email(raw, ME, NOW)
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 15, 13, 0, tzinfo=UTC)
    assert d.thank_you_recipients == ("sofia.guimaraes@vinhedo.example",)


def test_quarters_of_an_hour_are_a_length() -> None:
    from datetime import timedelta

    from followup.parsers.when_times import find_duration

    for text, minutes in (
        ("Het gesprek duurt drie kwartier.", 45),
        ("It should take three quarters of an hour.", 45),
        ("Prévoyez environ trois quarts d'heure.", 45),
        ("Das Gespräch dauert eine Viertelstunde.", 15),
        ("La entrevista dura tres cuartos de hora.", 45),
    ):
        assert find_duration(text) == timedelta(minutes=minutes), text


def test_a_case_to_present_names_the_stage() -> None:
    assert lx.INTERVIEW.search("We vragen je een casusopdracht voor te bereiden.")
    assert lx.INTERVIEW.search("Je presenteert je uitwerking op woensdag 16 december om 10.00 uur.")


def test_a_time_asked_but_already_pencilled_in_is_set() -> None:
    body = (
        "Hi Mila,\n\nThanks for applying for the Planner role. We'd love to meet you in person - can you "
        "come in Monday 30 November, 8:30am, at our office? It'll be with me and our Digital Manager. I've "
        "pencilled you in - just reply here if that time doesn't work.\n\nDimitri\nHR Business Partner\n"
    )
    d = mail(body, "Planner role", "Dimitri <dimitri@greenway.example>")
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 11, 30, 7, 30, tzinfo=UTC)
    asked = body.replace(" I've pencilled you in - just reply here if that time doesn't work.", "")
    assert not mail(asked, "Planner role", "Dimitri <dimitri@greenway.example>").is_interview  # a proposal


def test_a_scheduling_mailbox_is_not_a_person_to_thank() -> None:
    from followup.parsers.lexicon import GROUP_LOCAL

    for local in ("agenda", "agendamento", "calendario", "termine"):
        assert GROUP_LOCAL.match(local), local
    assert not GROUP_LOCAL.match("agnes")
