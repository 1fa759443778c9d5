"""Classes of failure seen on unseen mail, round 12: each fixed by a general mechanism (own examples,
not copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from followup.parsers import analyze_email
from followup.parsers.judging import is_person
from followup.parsers.when import find_dates
from followup.parsers.when_times import find_duration, find_times
from tests.unit.parsers.detect.test_unseen_classes6 import ME, NOW, mail

# Clock times, dates and lengths.


def test_british_half_two_is_half_past_two_and_dutch_half_drie_is_still_half_past_two() -> None:
    (hit,) = find_times("Interview on Thursday 3rd December at half two, at their office.")
    assert hit.start == time(14, 30)
    (hit,) = find_times("We zien je donderdag om half drie.")
    assert hit.start == time(14, 30)
    assert find_times("It takes half an hour.") == []


def test_a_weekday_after_a_week_commencing_date_is_that_weeks_day() -> None:
    ref = date(2026, 11, 16)
    text = "Interviews run w/c 14th December and you are booked for the Wednesday at 10:00."
    (hit,) = find_dates(text, ref)
    assert hit.value == date(2026, 12, 16)
    (hit,) = find_dates("La semaine du 14 décembre, nous vous recevrons le jeudi à 9h.", ref)
    assert hit.value == date(2026, 12, 17)
    # without a weekday the week's first day stays (a week, for a follow-up date)
    (hit,) = find_dates("We'll come back to you the week of 14 December.", ref)
    assert hit.value == date(2026, 12, 14)


def test_a_month_ending_a_line_does_not_take_the_next_lines_time_as_its_day() -> None:
    hits = find_dates("Friday 11 December\n14:30 - 15:30 GMT\n", date(2026, 11, 17))
    assert [(h.value, h.text) for h in hits] == [(date(2026, 12, 11), "Friday 11 December")]


def test_the_last_minutes_of_an_interview_are_not_its_length() -> None:
    text = "Allow an hour and a half - the last 30 minutes is a short case exercise."
    assert find_duration(text) == timedelta(minutes=90)


def test_a_sentence_asking_to_keep_time_free_gives_the_interview_length() -> None:
    d = mail(
        "Hi Mila,\n\nYour interview for the Analyst role is on Wednesday 16 December at 10:00 at our "
        "office, 1 New Street Square, London. You will meet our Head of Marketing and a member of the "
        "brand team; they will ask about a campaign you ran and how you measured it, so bring one or two "
        "examples with figures. Photo ID is needed at reception, where a colleague will collect you and "
        "take you to the fourth floor.\n\nPlease allow an hour and a half for it.\n\n"
        "Best,\nGrace Eze\nTalent Partner | Bramwell Foods\n",
        "Interview - Analyst",
        "Grace Eze <grace.eze@bramwell.example>",
        date_header="Mon, 16 Nov 2026 10:00:00 +0000",
    )
    assert d.is_interview, d.reasons
    assert d.end - d.start == timedelta(minutes=90)


# Agencies.


def test_an_agency_saying_its_client_wants_to_meet_you_names_an_interview() -> None:
    d = mail(
        "Hi Mila,\n\nGood news - my client want to meet you Tues 8th Dec at 10. One hour, face to face "
        "at their office.\n\nCheers,\nDan\n",
        "Manchester",
        "Dan Mercer <dan.mercer@sterlingpeople.example>",
        date_header="Thu, 19 Nov 2026 17:00:00 +0000",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 8, 10, 0, tzinfo=UTC)
    d = mail(
        "Hola Mila,\n\nMi cliente quiere conocerte el martes 8 de diciembre a las 10:00 en sus oficinas.\n\n"
        "Un saludo,\nDaniel\n",
        "Madrid",
        "Daniel Ruiz <daniel.ruiz@talentoruiz.example>",
        date_header="Thu, 19 Nov 2026 17:00:00 +0100",
    )
    assert d.is_interview, d.reasons


def test_a_short_confirmation_starting_with_all_is_not_a_greeting_to_a_group() -> None:
    d = mail(
        "All confirmed for Thurs, good luck!\n\nJ\n\n"
        "> On 24 Nov 2026, at 15:02, Mila Novak <mila.novak@mailbox.example> wrote:\n>\n"
        "> Hi James, yes that works for me - please confirm with them.\n>\n"
        ">> On 24 Nov 2026, at 11:38, James Pike <james.pike@pikewalton.example> wrote:\n>>\n"
        ">> Good news - my client would like to meet you this week. They can do Thursday 26th November at\n"
        ">> 10.30am for an hour, at their office. Can you confirm you're free?\n",
        "Re: Harbour & Finch - Marketing",
        "James Pike <james.pike@pikewalton.example>",
        date_header="Tue, 24 Nov 2026 16:47:00 +0000",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 11, 26, 10, 30, tzinfo=UTC)


def test_an_agency_registration_call_about_the_cv_is_not_an_interview() -> None:
    d = mail(
        "Hi Mila,\n\nThanks for registering with us. I'd like to book in a registration call to go through "
        "your CV - this isn't for a specific role yet.\n\nI've pencilled us in for Friday 27th November "
        "at 11am, a 30-minute phone call.\n\nChloe Barnes\nRecruitment Consultant | Bridgehays\n",
        "Registration call",
        "Chloe Barnes <chloe.barnes@bridgehays.example>",
    )
    assert not d.is_interview


# Scheduling threads.


def test_a_reply_that_only_dates_the_answer_keeps_the_invite_the_same_company_sent_below_it() -> None:
    d = mail(
        "Hi Mila,\n\nQuick one - the panel will give you feedback by Friday 18th December.\n\n"
        "Thanks,\nAisha\n\n"
        "From: Aisha Rahman <aisha.rahman@saffronwell.example>\nSent: 23 November 2026 16:20\n"
        "To: Mila Novak <mila.novak@mailbox.example>\nSubject: Interview confirmation - Saffronwell\n\n"
        "Hi Mila,\n\nConfirming your interview for the Marketing Manager role:\n\n"
        "Monday 14th December, 2pm - 3pm\nSaffronwell, 7 More London Riverside\n\nKind regards,\nAisha\n",
        "RE: Interview confirmation - Saffronwell",
        "Aisha Rahman <aisha.rahman@saffronwell.example>",
        date_header="Wed, 25 Nov 2026 10:12:00 +0000",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 14, 14, 0, tzinfo=UTC)
    assert d.follow_up_after == date(2026, 12, 18)


def test_we_need_to_move_you_to_is_a_reschedule_to_the_new_day() -> None:
    d = mail(
        "Hi Mila,\n\nSorry, but Marie has been called away on Thursday 10th December, so we'll need to move "
        "you to Friday 11th December at 11am. Same format, one hour at our studio.\n\nHolly\n",
        "Re: Your interview - change of date",
        "Holly Brennan <holly.brennan@foxhome.example>",
        date_header="Tue, 24 Nov 2026 09:48:00 +0000",
    )
    assert d.is_interview and d.kind == "reschedule", d.reasons
    assert d.start == datetime(2026, 12, 11, 11, 0, tzinfo=UTC)


def test_days_listed_with_and_before_a_choice_are_options_not_the_slot() -> None:
    d = mail(
        "Dear Mila,\n\nFollowing your telephone interview, we'd like to invite you to the assessment centre "
        "for the Senior Marketing Manager role.\n\nAssessment centres will run on Tuesday 12, Wednesday 13 "
        "and Thursday 14 January 2027, from 9am to 3pm, with a competency interview. Please choose your "
        "preferred date using the link below.\n\nResourcing Team\n",
        "Invitation to assessment centre",
        "Resourcing <resourcing@northwater.example>",
        date_header="Mon, 23 Nov 2026 14:25:00 +0000",
    )
    assert not d.is_interview, d.start


def test_a_month_abbreviation_is_a_whole_word_and_a_day_does_not_start_inside_a_number() -> None:
    assert find_dates("Rue du Rhône 40 – 1204 Genève", date(2026, 11, 24)) == []
    (hit,) = find_dates("le 4 gen. 2027", date(2026, 11, 24))
    assert hit.value == date(2027, 1, 4)


def test_an_in_person_technical_test_at_a_fixed_time_is_an_interview() -> None:
    d = mail(
        "Hola Mila,\n\nHas superado la primera fase y te convocamos a una prueba técnica presencial en "
        "nuestras oficinas:\n\n  Día: martes 15 de diciembre de 2026\n  Horario: de 9:00 a 10:00\n\n"
        "Un saludo,\nClara Ibáñez\nSelección · Levantia\n",
        "Convocatoria: prueba técnica presencial",
        "Clara Ibáñez <clara.ibanez@levantia.example>",
        date_header="Mon, 23 Nov 2026 09:12:00 +0100",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 15, 8, 0, tzinfo=UTC)


def test_a_move_whose_new_time_follows_a_colon_line_takes_that_time_not_the_original_slot() -> None:
    d = mail(
        "Hi Mila,\n\nQuick update: our Head of Product will be away on Thursday, January 14, so we need to "
        "move your interview. The new\ntime is:\n\nFriday, January 15, 2027 - 10:00-11:00 AM Mexico City "
        "time\n\nSame Zoom link as before.\nYour original slot on Thursday the 14th has been released.\n\n"
        "Emily Ross\nTechnical Recruiter, Bluecrest\n",
        "Updated time: your interview with Bluecrest",
        "Emily Ross <emily.ross@bluecrest.example>",
        date_header="Mon, 23 Nov 2026 18:05:00 +0000",
    )
    assert d.is_interview and d.kind == "reschedule", d.reasons
    assert d.start == datetime(2027, 1, 15, 16, 0, tzinfo=UTC)


def test_a_day_in_the_subject_takes_the_time_written_after_it_in_the_body_not_the_old_one() -> None:
    d = mail(
        "Hi Mila\n\nJonas has to be away on Thursday, so I've moved your interview from Thu, 3.12. at 10.00 "
        "to Tuesday, 15.12.2026, 09.00–10.00. Same place.\n\nOlivia Graf\nTalent Partner | Langgasse AI\n",
        "Your interview moved to Tue 15.12. – Langgasse AI",
        "Olivia Graf <olivia.graf@langgasse.example>",
        date_header="Wed, 25 Nov 2026 09:41:00 +0100",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 15, 8, 0, tzinfo=UTC)


def _owner_reply(body: str) -> bytes:
    return (
        "From: Mila Novak <mila.novak@mailbox.example>\nTo: Raul Benitez <raul.benitez@ardentix.example>\n"
        "Subject: Re: Entrevista en Ardentix\nDate: Tue, 24 Nov 2026 19:02:00 +0100\n"
        "Message-ID: <own-1@mailbox.example>\nIn-Reply-To: <inv-1@ardentix.example>\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n\n"
        "> El 23 nov 2026, a las 17:36, Raul Benitez <raul.benitez@ardentix.example> escribió:\n>\n"
        "> Hola Mila, ¿te vendría bien la entrevista el jueves 26 de noviembre a las 10:00 en nuestras\n"
        "> oficinas? Calcula una hora.\n>\n> Raúl Benítez\n> Head of People · Ardentix\n"
    ).encode()


def test_the_owners_reply_confirming_the_proposed_slot_is_the_interview_with_the_person_answered() -> None:
    d = analyze_email(_owner_reply("Perfecto, nos vemos el jueves a las 10.\n\nEnviado desde mi iPhone"), ME,
                      NOW)
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
    assert d.thank_you_recipients == ("raul.benitez@ardentix.example",)
    assert d.meta is not None and d.meta.sender is not None and ME.is_me(d.meta.sender.email)
    # a reply that does not confirm stays the owner's own mail
    d = analyze_email(_owner_reply("¿Podría ser mejor el viernes? Gracias."), ME, NOW)
    assert not d.is_interview


# Round 13 (Paris, Bengaluru, Lisbon).


def test_indian_recruiting_rounds_and_a_technical_discussion_name_an_interview() -> None:
    for words_ in ("your managerial round", "the L2 round", "a F2F discussion", "the technical discussion"):
        d = mail(
            f"Hi Mila,\n\nPFB the details of {words_}: Wednesday, 23rd December 2026 at 2 pm IST.\n\n"
            "Regards,\nDeepa\nTalent Acquisition Specialist | Ulsoor Labs\n",
            "Next steps - Ulsoor Labs",
            "Deepa Krishnan <deepa.krishnan@ulsoor.example>",
            date_header="Wed, 25 Nov 2026 09:35:00 +0530",
        )
        assert d.is_interview, (words_, d.reasons)
        assert d.start == datetime(2026, 12, 23, 8, 30, tzinfo=UTC)


def test_day_after_tomorrow_and_ten_oclock_without_at() -> None:
    hits = find_dates("Let's do it day after tomorrow (Thursday) at 5 PM", date(2026, 11, 24))
    assert hits and {h.value for h in hits} == {date(2026, 11, 26)}
    (hit,) = find_times("Time  : 10 o'clock sharp (IST).")
    assert hit.start == time(10, 0)


def test_a_slot_label_and_a_drive_registered_for_with_an_allotted_slot() -> None:
    d = mail(
        "Dear Mila,\n\nThank you for registering for our Virtual Drive for the Backend Engineer position. "
        "Based on your application you have been shortlisted as a candidate and allotted the following "
        "slot:\n\nDate        : Saturday, 12th December 2026\n"
        "Your slot   : 10:30 AM - 11:30 AM IST\n"
        "Round       : Round 1: Technical (one-on-one video interview)\n\nRegards,\nRitika Sharma\n"
        "HR Executive - Talent Acquisition\n",
        "Virtual Drive - your interview slot",
        "Vindhya Talent <talent.acquisition@vindhya.example>",
        date_header="Sat, 21 Nov 2026 10:30:00 +0530",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 12, 5, 0, tzinfo=UTC)
    assert "talent.acquisition@vindhya.example" not in d.thank_you_recipients  # a shared mailbox


def test_events_anyone_walks_into_are_not_interviews() -> None:
    for line in (
        "No prior appointment needed - just walk in between 9:30 AM and 1:00 PM.",
        "Interviews on the day are first come, first served.",
        "Plus de 80 exposants, entrée gratuite.",
    ):
        d = mail(
            f"Hello,\n\nWalk-in interviews for Backend Developers on Saturday, 5th December 2026, 9:30 AM to "
            f"3:00 PM at our office. {line}\n\nHR Team\n",
            "Interviews on 5th Dec",
            "Jobs Portal <alerts@jobsportal.example>",
        )
        assert not d.is_interview, line


def test_a_meeting_offered_about_your_application_names_the_interview_in_french() -> None:
    d = mail(
        "Madame,\n\nDans le cadre de votre candidature au poste de Data Engineer, M. Hamon vous recevra "
        "pour un échange le mardi 12 janvier, en début d'après-midi, à 14h, dans nos bureaux.\n\n"
        "Nathalie Brun\n"
        "Assistante de direction\n",
        "Rendez-vous avec M. Hamon",
        "Nathalie Brun <nathalie.brun@montsouris.example>",
        date_header="Wed, 25 Nov 2026 10:05:00 +0100",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2027, 1, 12, 13, 0, tzinfo=UTC)


def test_the_day_its_time_follows_wins_over_another_day_in_the_sentence() -> None:
    d = mail(
        "Hello Mila !\n\nSuite à ton échange avec Max lundi, on aimerait te faire rencontrer l'équipe en "
        "visio après-demain à 17h (prévois 1h).\n\nJeanne Roussel\nHead of People @ Belleville Labs\n",
        "Rencontre équipe data",
        "Jeanne Roussel <jeanne@belleville.example>",
        date_header="Wed, 25 Nov 2026 08:30:00 +0100",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 11, 27, 16, 0, tzinfo=UTC)


def test_an_hour_and_minutes_after_words_asking_to_keep_time_free_is_the_length() -> None:
    d = mail(
        "Bonjour Mila,\n\nPour l'entretien final, notre CEO souhaite vous rencontrer le vendredi 8 janvier à "
        "midi, au Bistrot des Dames. Prévoyez 1h30.\n\nHélène Marchetti\nDRH\n",
        "Entretien final",
        "Hélène Marchetti <helene.marchetti@batignolles.example>",
    )
    assert d.is_interview, d.reasons
    assert d.end - d.start == timedelta(minutes=90)


def test_an_offer_to_change_the_date_after_or_is_no_move() -> None:
    d = mail(
        "Olá Mila,\n\nGostaríamos de a convidar para uma entrevista na terça-feira, 8 de dezembro, às 15h00. "
        "Se tiver alguma dúvida ou precisar de alterar a data, basta responder.\n\nMariana Lopes\n"
        "Talent Acquisition Partner\n",
        "Convite para entrevista",
        "Mariana Lopes <mariana.lopes@spreeblick.example>",
        date_header="Thu, 19 Nov 2026 10:14:00 +0000",
    )
    assert d.is_interview and d.kind == "invite", (d.kind, d.reasons)


def test_a_confirmation_of_the_moved_slot_the_reply_answers_is_a_reschedule() -> None:
    d = mail(
        "Olá Mila,\n\nObrigado. Fica então confirmada a entrevista para quarta-feira, 9 de dezembro, às "
        "14h30.\n\nVasco\n\n"
        "No dia ter., 24/11/2026 às 15:20, Mila Novak <mila.novak@mailbox.example> escreveu:\n"
        "> Sem problema, quarta-feira às 14h30 funciona bem para mim.\n>\n"
        "> No dia ter., 24/11/2026 às 11:02, Vasco Almeida <vasco.almeida@douro.example> escreveu:\n"
        ">> Teremos de remarcar a sua entrevista para quarta-feira, 9 de dezembro, às 14h30.\n",
        "Re: Entrevista – UX Researcher",
        "Vasco Almeida <vasco.almeida@douro.example>",
        date_header="Tue, 24 Nov 2026 16:05:00 +0000",
    )
    assert d.is_interview and d.kind == "reschedule", (d.kind, d.reasons)
    assert d.start == datetime(2026, 12, 9, 14, 30, tzinfo=UTC)


def test_a_portuguese_street_name_is_not_dutch_travel() -> None:
    d = mail(
        "Boa tarde, Mila,\n\nGostaríamos de a convidar para uma entrevista presencial na terça-feira, 1 de "
        "dezembro, às 11h00, nas nossas instalações (Rua Cândido dos Reis, 230, Gaia).\n\nTeresa Lobo\n"
        "Recursos Humanos\n",
        "Entrevista",
        "Teresa Lobo <teresa.lobo@vinhas.example>",
        date_header="Mon, 16 Nov 2026 14:37:00 +0000",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 1, 11, 0, tzinfo=UTC)


def test_the_new_slot_on_a_day_is_the_moves_new_time() -> None:
    d = mail(
        "Dear Mila,\n\nThank you for confirming. The calendar invite has been updated to the new slot on "
        "8th Dec (Tuesday) at 4 pm IST.\n\nLakshmi\nHR - Talent Acquisition\n",
        "Re: Rescheduled: Technical Interview",
        "Lakshmi Prasanna <lakshmi.p@charminar.example>",
        date_header="Mon, 23 Nov 2026 13:02:00 +0530",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 8, 10, 30, tzinfo=UTC)


# Round 14 (Vienna, Mexico City, Antwerp).


def test_austrian_and_flemish_interview_words_and_the_austrian_employment_office() -> None:
    for body in (
        "Wir laden Sie zum Hearing am Dienstag, 12. Jänner 2027, um 13:00 Uhr ein.",
        "Wir laden Sie zu einem Erstgespräch am Freitag, 11.12.2026, um 11:00 Uhr ein.",
    ):
        d = mail(f"Sehr geehrte Frau Novak,\n\n{body}\n\nMit freundlichen Grüßen\nClaudia Reiter\nHR\n",
                 "Einladung", "Claudia Reiter <claudia.reiter@fernwaerme.example>")
        assert d.is_interview, (body, d.reasons)
    d = mail(
        "Sehr geehrte Frau Novak,\n\nwir laden Sie zu einem Beratungsgespräch bei Ihrem AMS ein: Mittwoch, "
        "2. Dezember 2026, 09:30 Uhr. Bitte bringen Sie Ihre Bewerbungsunterlagen mit.\n\nIhr AMS Wien\n",
        "Einladung zu einem Termin bei Ihrem AMS",
        "AMS Wien <noreply@ams.example>",
    )
    assert not d.is_interview


def test_a_chat_about_the_job_then_the_day_booked_names_the_interview() -> None:
    d = mail(
        "Hola Mila,\n\nMe encantaría que tuviéramos una platica para contarte del equipo y de la posición "
        "de QA Lead.\n\nTe agendamos el jueves 3 de diciembre de 13:00 a 14:00 en nuestra oficina.\n\n"
        "Jorge Ruiz\n"
        "QA Manager · Nopal Labs\n",
        "Platica sobre QA Lead",
        "Jorge Ruiz <jorge.ruiz@nopal.example>",
        date_header="Mon, 23 Nov 2026 18:47:00 -0600",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 3, 19, 0, tzinfo=UTC)


def test_a_reply_booking_the_hour_the_candidate_chose_for_the_day_offered() -> None:
    d = mail(
        "Listo, agendado.\n\nEnviado desde mi iPhone\n\n"
        "> El 24 nov 2026, a las 17:58, Mila Novak <mila.novak@mailbox.example> escribió:\n>\n"
        "> Hola Paty, me funciona a las 12:30. ¡Gracias!\n>\n"
        ">> El 24 nov 2026, a las 10:12, Patricia Núñez <patricia.nunez@ahuehuete.example> escribió:\n>>\n"
        ">> La Dra. Ibarra quiere entrevistarte el martes 1 de diciembre. Tiene libre entre las 10 y las 14\n"
        ">> hrs. ¿Qué hora te funciona?\n",
        "Re: Entrevista con la Dra. Ibarra",
        "Patricia Núñez <patricia.nunez@ahuehuete.example>",
        date_header="Tue, 24 Nov 2026 18:20:00 -0600",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 1, 18, 30, tzinfo=UTC)


def test_a_press_word_in_the_companys_name_or_address_is_no_press_interview() -> None:
    d = mail(
        "Gracias, Mila. Queda confirmada su entrevista para el lunes 14 de diciembre a las 12:00 hrs.\n\n"
        "Gabriela Montes\nCoordinadora de Recursos Humanos\nGrupo Editorial Coyoacán\n",
        "RE: entrevista Líder de QA",
        "Gabriela Montes <gabriela.montes@editorialcoyoacan.example>",
        date_header="Fri, 20 Nov 2026 09:02:00 -0600",
    )
    assert d.is_interview, d.reasons


def test_flemish_halftwee_and_an_assessment_on_a_fixed_day() -> None:
    (hit,) = find_times("Ik heb je overmorgen om halftwee ingepland.")
    assert hit.start == time(13, 30)
    d = mail(
        "Beste Mila,\n\nWe nodigen u graag uit voor de volgende stap: een assessment op vrijdag 11 december, "
        "van 8u30 tot 12u30, in ons kantoor.\n\nEvelien Wuyts\nRecruiter\n",
        "Uitnodiging assessment",
        "Evelien Wuyts <evelien.wuyts@kaaihuis.example>",
        date_header="Fri, 13 Nov 2026 15:38:00 +0100",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 11, 7, 30, tzinfo=UTC)


def test_a_forward_to_the_candidate_is_read_by_its_own_words_not_the_forwarded_subject() -> None:
    d = mail(
        "Dag Mila,\n\nGoed nieuws: Noordkaai Chemicals wil je graag ontmoeten! Het gesprek gaat door op "
        "maandag 14 december van 9u tot 10u op hun site.\n\nWim\n\n"
        "Van: Ann Maes <ann.maes@noordkaai.example>\nVerzonden: maandag 16 november 2026 15:12\n"
        "Aan: Wim Verstraete <wim.verstraete@talentwerf.example>\nOnderwerp: RE: kandidaat Mila Novak\n\n"
        "Dag Wim,\n\nWe nodigen haar graag uit op maandag 14 december van 9u tot 10u.\n\nAnn Maes\n",
        "FW: kandidaat Mila Novak - Supply Chain Analyst",
        "Wim Verstraete <wim.verstraete@talentwerf.example>",
        date_header="Tue, 17 Nov 2026 09:20:00 +0100",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 14, 8, 0, tzinfo=UTC)


def test_zones_said_as_mexicos_centre_time_and_a_german_city_adjective() -> None:
    (hit,) = find_times("a las 10:00 (hora del centro)")
    assert hit.zone is not None and str(hit.zone) == "America/Mexico_City"
    hit = find_times("um 11:00 Uhr Londoner Zeit (12:00 Uhr bei uns)")[0]
    assert hit.zone is not None and str(hit.zone) == "Europe/London"


def test_a_forwarded_writer_named_by_title_and_surname_is_thanked_and_portal_relays_are_not() -> None:
    d = mail(
        "Mila, buen día:\n\nLe reenvío la confirmación del Ing. Mena. Su entrevista presencial queda el "
        "miércoles 16 de diciembre de 10:00 a 11:00 hrs en nuestras oficinas.\n\nVerónica Islas\n"
        "Recursos Humanos\n\n________________________________\n"
        "De: Ricardo Mena <ricardo.mena@citlali.example>\nEnviado: lunes, 23 de noviembre de 2026 18:12\n"
        "Para: Verónica Islas <veronica.islas@citlali.example>\nAsunto: RE: Entrevista\n\n"
        "Vero, confirmo que puedo entrevistar a Mila el miércoles 16 de diciembre de 10:00 a 11:00.\n",
        "RV: Entrevista QA Lead",
        "Verónica Islas <veronica.islas@citlali.example>",
        date_header="Tue, 24 Nov 2026 09:37:00 -0600",
    )
    assert d.is_interview, d.reasons
    assert set(d.thank_you_recipients) == {"veronica.islas@citlali.example", "ricardo.mena@citlali.example"}
    for local in ("mensajes", "berichten", "reclutamiento"):  # portal relays and shared mailboxes
        assert not is_person(f"{local}@portal.example", None, ME)


# Round 15 (Cape Town, Buenos Aires, Rome).


def test_a_meeting_with_the_team_set_by_talent_staff_and_a_live_design_challenge() -> None:
    d = mail(
        "Hola Mila,\n\nTe confirmo la reunión con el equipo de Diseño para el martes 8 de diciembre "
        "a las 15 hs (hora de Montevideo).\n\nSaludos,\nValentina Pereyra\n"
        "Talento Humano | Celeste Software\n",
        "Reunión con el equipo de Diseño",
        "Valentina Pereyra <vpereyra@celeste.example>",
        date_header="Fri, 20 Nov 2026 11:05:00 -0300",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 8, 18, 0, tzinfo=UTC)
    d = mail(
        "¡Hola Mila!\n\nAvanzamos con la siguiente etapa: un desafío técnico en vivo con dos personas del "
        "equipo. Lo agendamos para el viernes 27 de noviembre, de 14 a 15:30 hs, por Google Meet.\n\n"
        "Renata\n",
        "Desafío técnico en vivo",
        "Renata Giménez <rgimenez@kiosco.example>",
        date_header="Wed, 25 Nov 2026 07:58:00 -0300",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 11, 27, 17, 0, tzinfo=UTC)


def test_the_subjects_interview_day_timed_in_the_text() -> None:
    d = mail(
        "Hola Mila,\n\nVi tu portfolio y me gustaría que nos conozcamos. Te espero el jueves 7 de enero "
        "a las 11 hs en nuestra oficina.\n\nLucas\nHead of Product\n",
        "Entrevista en Ombú Health – jueves 7/1",
        "Lucas Benedetti <lucas.benedetti@ombu.example>",
        date_header="Tue, 24 Nov 2026 19:45:00 -0300",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2027, 1, 7, 14, 0, tzinfo=UTC)


def test_a_blog_link_or_an_opt_out_line_under_a_portal_invite_vetoes_nothing() -> None:
    d = mail(
        "Hola Mila,\n\nFerretería Norte agendó una entrevista con vos. Mensaje de la empresa: "
        "\"te esperamos el jueves 3 de diciembre al mediodía en nuestra planta. La entrevista dura "
        "una hora.\"\n\n"
        "Consejos para tu entrevista: https://www.zonalaboral.example/blog/consejos-entrevista\n\n"
        "Darte de baja de estos avisos: https://www.zonalaboral.example/baja?e=x\n",
        "Tenés una entrevista agendada",
        "ZonaLaboral <no-responder@zonalaboral.example>",
        date_header="Fri, 20 Nov 2026 12:03:00 -0300",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 3, 15, 0, tzinfo=UTC)


def test_a_relay_under_a_vendors_mail_domain_is_a_machine() -> None:
    from followup.parsers.addresses import is_machine

    assert is_machine("lumen-analytics+c3f9a27e@candidates.workablemail.example")
    assert not is_machine("emily.carter@lumenanalytics.example")


def test_the_owner_confirming_a_weekday_in_every_language() -> None:
    from followup.parsers import lexicon as lx

    for reply in ("Confirmo el miércoles 16 a las 14.", "I confirm Wednesday at 2.", "Je confirme le mardi.",
                  "Ich bestätige den Termin.", "Confermo giovedì alle 10.", "Ik bevestig dinsdag.",
                  "Confirmo a quinta às 10h."):
        assert lx.CONFIRM_REPLY.search(reply), reply
