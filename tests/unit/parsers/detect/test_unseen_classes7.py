"""Classes of failure seen on unseen mail, rounds 10 and 11: each fixed by a general mechanism (own
examples, not copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from followup.parsers import analyze_email
from followup.parsers.when import find_dates
from followup.parsers.when_times import find_times
from tests.unit.parsers.detect.test_unseen_classes6 import ME, NOW, mail

# (the same sender-to-owner mail helper, owner and clock as round 9's tests)


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


# Scheduling threads.


def test_a_reply_that_only_dates_the_answer_keeps_the_slot_the_owner_confirmed_below_it() -> None:
    d = mail(
        "Hi Mila,\n\nGood question! We are seeing two more people that week and will let you know by "
        "Friday 18 December.\n\nBest,\nOwen\n\n"
        "On Mon, 23 Nov 2026 at 09:12, Mila Novak <mila.novak@mailbox.example> wrote:\n\n"
        "> Hi Owen,\n>\n> Great, I'll be there! When can I expect to hear back?\n>\n> Mila\n>\n"
        "> On Fri, 20 Nov 2026 at 16:40, Owen Pratt <\n> owen.pratt@harbourline.example> wrote:\n>\n"
        ">> Hi Mila,\n>>\n>> Thanks for applying to Harbourline. We would like to invite you for an\n"
        ">> interview on Wednesday 9 December from 10:00 to 11:00 at our office.\n>>\n>> Owen Pratt\n"
        ">> Talent Partner | Harbourline\n",
        "Re: Interview invitation Harbourline",
        "Owen Pratt <owen.pratt@harbourline.example>",
        date_header="Tue, 24 Nov 2026 10:00:00 +0000",
    )
    assert d.is_interview, d.reasons
    assert (d.start, d.end) == (datetime(2026, 12, 9, 10, tzinfo=UTC), datetime(2026, 12, 9, 11, tzinfo=UTC))
    assert d.follow_up_after == date(2026, 12, 18)


def test_the_date_of_a_reply_attribution_is_not_a_slot() -> None:
    d = mail(
        "Obrigada pela confirmação, Mila! Após a entrevista, retornaremos até 18/12.\n\nRita Prado\n"
        "Recrutamento | Serra Azul\n\n"
        "Em ter., 24 de nov. de 2026 às 09:58, Mila Novak <mila.novak@mailbox.example> escreveu:\n\n"
        "> Confirmado, estarei lá.\n>\n"
        "> Em ter., 24 de nov. de 2026 às 08:20, Rita Prado <rita.prado@serraazul.example> escreveu:\n>\n"
        ">> Gostaríamos de agendar a sua entrevista na segunda-feira, 14/12, às 10h, no nosso escritório.\n",
        "Re: Entrevista Serra Azul",
        "Rita Prado <rita.prado@serraazul.example>",
        date_header="Tue, 24 Nov 2026 15:40:00 -0300",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 14, 13, tzinfo=UTC)


# An interview by another name.


def test_thanks_for_applying_then_a_chat_in_the_same_paragraph_is_an_interview() -> None:
    d = mail(
        "Hi Mila,\n\nThanks for applying to the Product Analyst role! As agreed on the phone, our\n"
        "chat is on Thursday 3 December at 2:30 PM CET - I'd love to hear about your work so far.\n\n"
        "Talk soon,\nJonas Weber\nHead of Data | Lindenhof Labs\n",
        "Thursday",
        "Jonas Weber <jonas.weber@lindenhof.example>",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 3, 13, 30, tzinfo=UTC)
    unrelated = mail(
        "Hi Mila,\n\nThanks for applying to the Product Analyst role.\n\nSeparately: our team call on "
        "Thursday 3 December at 2:30 PM CET is the open house for all applicants and the public.\n",
        "Open house",
        "Jonas Weber <jonas.weber@lindenhof.example>",
    )
    assert not unrelated.is_interview


# Look-alikes.


def test_an_immigration_biometrics_appointment_is_not_a_job_interview() -> None:
    d = mail(
        "Appointment confirmation\n\nService: Biometrics collection (fingerprints and photo)\n\n"
        "Date: Monday, December 14, 2026\nTime: 10:15 AM\nLocation: Immigration office, 2 Quay Street\n\n"
        "If the immigration office needs to interview you about your application, you will receive "
        "a separate letter.\nTo cancel or change this appointment, use the link below.\n",
        "Biometrics appointment confirmation - REF 44K2",
        "Immigration Services <no-reply@immigration.example>",
    )
    assert not d.is_interview


def test_clock_times_in_dutch_words() -> None:
    phrases = ("morgen om half drie", "om kwart over tien", "kwart voor twaalf")
    got = {s: [t.start for t in find_times(s)] for s in phrases}
    assert got == {
        "morgen om half drie": [time(14, 30)],
        "om kwart over tien": [time(10, 15)],
        "kwart voor twaalf": [time(11, 45)],
    }
    assert [t.start for t in find_times("halb drei")] == [time(14, 30)]  # German reads the same way


def test_a_recruiter_fixing_a_video_call_forwarded_by_the_owner_from_a_messaging_site() -> None:
    raw = (
        "From: Mila Novak <mila.novak@mailbox.example>\nTo: Mila Novak <mila.novak@mailbox.example>\n"
        "Subject: Fwd: Lena sent you a message\nDate: Mon, 16 Nov 2026 14:31:08 +0100\n"
        "Message-ID: <t12@example.test>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        "Keep this one\n\n---------- Forwarded message ---------\n"
        "From: Lena Hart via Messages <messages-noreply@network.example>\n"
        "Date: Mon, Nov 16, 2026 at 2:22 PM\n"
        "Subject: Lena sent you a message\nTo: Mila Novak <mila.novak@mailbox.example>\n\n"
        "Lena Hart\nTalent Acquisition Partner at Quayside Analytics\n\n"
        "Hi Mila, great that you have time! Then our video call is on Monday 30 November at 4:00 PM - I "
        "blocked half an hour. I'll send the Teams link from my work address (lena.hart@quayside.example).\n"
    )
    d = analyze_email(raw.encode(), ME, NOW)
    assert d.is_interview, d.reasons
    # (the forwarded Date has no zone: the forwarder's own, +01:00)
    assert d.start == datetime(2026, 11, 30, 15, tzinfo=UTC)
    assert d.end == datetime(2026, 11, 30, 15, 30, tzinfo=UTC)
    assert "lena.hart@quayside.example" in d.thank_you_recipients


def test_a_tentative_time_from_a_recruiter_is_not_fixed() -> None:
    d = mail(
        "Thanks Mila!\n\nLet me check Anna's calendar - Tuesday 1 December at 4 PM might work, but she has a "
        "standing meeting that sometimes runs over. I'll confirm by tomorrow.\n\nOwen Pratt\n"
        "Recruiting Manager | Harbourline\n",
        "Re: Harbourline - chat with Anna",
        "Owen Pratt <owen.pratt@harbourline.example>",
    )
    assert not d.is_interview


def test_reply_relay_addresses_of_an_ats_are_machines() -> None:
    from followup.parsers.addresses import is_machine

    assert is_machine("reply+acme-77f3@inbound.hiringtool.example")
    assert is_machine("reply@mail.acme.example")
    assert not is_machine("replyna.ortiz@acme.example")


def test_a_meeting_for_a_role_we_are_looking_to_fill_is_an_interview() -> None:
    d = mail(
        "Hi Mila,\n\ngood to hear from you! We're looking for someone to take over our reporting now that we "
        "are growing.\n\nI'm travelling in early December, so let's have our chat on Zoom on Friday 4 "
        "December at 5 PM CET - I've blocked half an hour.\n\nSee you Friday,\nAndrea\n",
        "Chat - Felsina",
        "Andrea Lodi <andrea.lodi@felsina.example>",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 4, 16, tzinfo=UTC)
    d = mail(
        "Gentile Mila,\n\nil nostro cliente desidera incontrarLa per la posizione di Group Controller.\n\n"
        "L'incontro è fissato per martedì 22 dicembre alle ore 14:30 presso la sede del cliente.\n\n"
        "Cordiali saluti,\nFederico Mancini\nSenior Consultant\n",
        "Incontro",
        "Federico Mancini <f.mancini@ricerca.example>",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 22, 13, 30, tzinfo=UTC)


def test_an_invitation_to_a_group_of_candidates_speaks_to_the_candidate() -> None:
    raw = (
        "From: Daniela Fabbri <daniela.fabbri@autostrade.example>\nTo: undisclosed-recipients:;\n"
        "Subject: Assessment - selezione Senior Controller\nDate: Fri, 20 Nov 2026 17:30:00 +0100\n"
        "Message-ID: <t13@example.test>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
        "Gentili candidate e candidati,\n\ndopo i primi colloqui, siamo lieti di invitarvi al secondo "
        "colloquio per Senior Controller, che si terrà mercoledì 9 dicembre dalle 9:00 alle 13:00 in sede.\n"
    )
    d = analyze_email(raw.encode(), ME, NOW)
    assert d.is_interview, d.reasons
    assert (d.start, d.end) == (datetime(2026, 12, 9, 8, tzinfo=UTC), datetime(2026, 12, 9, 12, tzinfo=UTC))


# Nordic and Italian clock writing, hour ranges.


def test_nordic_kl_times_and_ranges_after_a_dash_are_not_dates() -> None:
    ref = date(2026, 11, 23)
    assert [d.value for d in find_dates("Friday 11 December, kl. 10.00–11.30.", ref)] == [date(2026, 12, 11)]
    d = mail(
        "Hi Mila,\n\nWe would like to invite you to an interview on Friday 11 December, kl. 10.00–11.30.\n\n"
        "Best regards\nKarin Ek\nHR specialist\n",
        "Invitation to interview",
        "Karin Ek <karin.ek@geodata.example>",
    )
    assert d.start == datetime(2026, 12, 11, 9, tzinfo=UTC)
    assert d.end == datetime(2026, 12, 11, 10, 30, tzinfo=UTC)


def test_an_italian_h_before_the_hour_and_a_range_ending_in_minutes() -> None:
    assert [t.start for t in find_times("giovedì 17 dic. h 15, durata 30 minuti")] == [time(15)]
    (hit,) = find_times("giovedì 14 gennaio dalle 14 alle 15:30 presso la sede")
    assert (hit.start, hit.end_time) == (time(14), time(15, 30))


def test_a_move_to_a_new_day_with_a_choice_of_place_is_the_new_slot() -> None:
    d = mail(
        "Hi Mila,\n\nUnfortunately Johan, who should lead your interview on Thursday 3 December, is ill.\n\n"
        "We would like to move the interview to Monday 7 December, 10:00-11:00, same place or on Teams if "
        "you prefer that.\n\nThe old time on Thursday 3 December is cancelled.\n\nElin Johansson\n",
        "New time for your interview",
        "Elin Johansson <elin.johansson@kvarn.example>",
    )
    assert d.kind == "reschedule"
    assert d.start == datetime(2026, 12, 7, 9, tzinfo=UTC)


def test_a_list_of_times_to_choose_one_of_is_not_fixed() -> None:
    d = mail(
        "Hej Mila,\n\nwe would very much like to meet you for a first interview (45 min, on Teams).\n\n"
        "Could one of these times work for you?\n\n- Monday 7/12 kl. 10.00–10.45\n"
        "- Tuesday 8/12 kl. 14.00–14.45\n"
        "- Wednesday 9/12 kl. 09.00–09.45\n\nVenlig hilsen\nSofie Kristensen\nRecruiter\n",
        "Interview – Backend Engineer",
        "Sofie Kristensen <sofie.kristensen@osterbro.example>",
    )
    assert not d.is_interview


def test_thanks_for_applying_then_a_first_meeting_in_the_next_paragraph() -> None:
    d = mail(
        "Hallo Mila,\n\ndanke für deine Bewerbung als Backend Engineer – dein Profil passt gut zu uns!\n\n"
        "Wie am Telefon besprochen machen wir ein erstes Kennenlernen per Video am Freitag, 4. Dezember, "
        "von 14 bis 15 Uhr.\n\nViele Grüße\nTobias\n",
        "Kennenlernen am 4. Dezember",
        "Tobias Schulz <tobias.schulz@kreuzberg.example>",
    )
    assert d.is_interview, d.reasons
    assert (d.start, d.end) == (datetime(2026, 12, 4, 13, tzinfo=UTC), datetime(2026, 12, 4, 14, tzinfo=UTC))
