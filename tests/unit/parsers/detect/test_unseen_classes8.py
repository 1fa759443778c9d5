"""Classes of failure seen on unseen mail, round 12: each fixed by a general mechanism (own examples,
not copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from followup.parsers.when import find_dates
from followup.parsers.when_times import find_duration, find_times
from tests.unit.parsers.detect.test_unseen_classes6 import mail

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
