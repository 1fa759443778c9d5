"""Classes of failure seen on unseen mail, round 31 (Denver, Buenos Aires, Frankfurt): each fixed by a
general mechanism (own examples, not copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, datetime

from followup.parsers import analyze_email, analyze_ics
from followup.parsers import lexicon as lx
from followup.parsers.judging import other_topic
from followup.parsers.moves import happened, only_old_slot_cancelled
from tests.unit.parsers.detect.test_unseen_classes6 import ME, NOW, raw_mail


def test_a_dutch_mortgage_word_is_not_a_german_banks_name() -> None:
    assert lx.OTHER_INTERVIEWS.search("uw hypotheekgesprek bij de bank")
    assert lx.OTHER_INTERVIEWS.search("advies over hypotheken")
    assert not lx.OTHER_INTERVIEWS.search("Ihr Gespräch bei der Hypothekenbank Adlerstein")


def test_a_german_move_and_the_original_slot_it_gives_up() -> None:
    assert happened(lx.RESCHEDULE, "Verschiebung Ihres Gesprächs bei der Nordbank")
    assert only_old_slot_cancelled("Der ursprüngliche Termin am 08.12. entfällt damit.")
    assert only_old_slot_cancelled("La date initiale du 8 décembre est annulée.")
    assert not only_old_slot_cancelled("Der Termin am 08.12. entfällt leider.")


def test_thanks_for_the_application_then_lets_talk() -> None:
    assert lx.JOB_MEETING.search(
        "Danke für Deine Bewerbung als Data Lead! Lass uns am Freitag, den 4.12., um 10 Uhr telefonieren."
    )
    assert lx.JOB_MEETING.search("Thanks for applying to the QA role - let's chat Thursday at 2 PM.")
    assert not lx.JOB_MEETING.search("Danke für Deine Bewerbung. Wir melden uns in zwei Wochen.")


def test_a_test_taken_live_at_a_set_time() -> None:
    assert lx.INTERVIEW.search("te invitamos a una evaluación técnica en vivo el viernes a las 10 hs")
    assert lx.INTERVIEW.search("um case técnico ao vivo na quinta às 14h")
    assert not lx.INTERVIEW.search("mirá el partido en vivo")


def test_being_a_reference_is_not_an_interview() -> None:
    text = ("Thanks for agreeing to be a reference for Sam Ortiz. I'll call you Tuesday at 10 AM; it takes "
            "about 15 minutes.\n\nLee Park\nRecruiter | Northwind\n")
    assert other_topic(text) is not None


def test_a_booking_tools_word_yields_to_a_named_interview() -> None:
    invite = ("Your booking is confirmed\nSenior Analyst - Technical Interview\nWhen: Tuesday, December 8, "
              "2026 10:00 AM - 11:00 AM (UTC-05:00) Eastern Time\nStaff: Kim Lee, Technical Recruiter\n"
              "Join your appointment (Microsoft Teams)\n")
    assert other_topic(invite) is None
    dentist = "Your booking is confirmed\nCleaning and check-up\nJoin your appointment reminder list.\n"
    assert other_topic(dentist) is not None
    assert not lx.GROUP_LOCAL.match("kim.lee") and lx.GROUP_LOCAL.match("talentbookings")


def test_an_argentine_reply_fixing_a_time_in_a_thread_about_an_opening() -> None:
    body = (
        "Genial Mila, quedamos así: martes 15 a las 10 en la oficina. Calculá una hora.\n\nEnviado desde mi "
        "iPhone\n\n> El 23 nov 2026, a las 18:02, Mila Novak <mila.novak@mailbox.example> escribió:\n>\n"
        "> Hola Tomás, ¿te queda bien el martes 15/12 a las 10?\n"
    )
    raw = raw_mail(body, "Tomás Ruiz <truiz@estudio-ruiz.example>", "Re: Búsqueda Analista Contable",
                   "Tue, 24 Nov 2026 09:10:00 -0300")
    got = analyze_email(raw, ME, NOW)
    assert got.is_interview
    assert got.start == datetime(2026, 12, 15, 13, 0, tzinfo=UTC)


_FLOATING = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nPRODID:-//Apple Inc.//macOS 15.1//EN\r\n"
    "BEGIN:VEVENT\r\nUID:float-1@example\r\nDTSTAMP:20261121T031502Z\r\nDTSTART:20261207T100000\r\n"
    "DTEND:20261207T110000\r\nSUMMARY:Interview: Mila Novak @ Bluebonnet Robotics\r\n"
    "LOCATION:{location}\r\nORGANIZER;CN=Ray Cole:mailto:ray@bluebonnet.example\r\n"
    "ATTENDEE;CN=Ray Cole:mailto:ray@bluebonnet.example\r\n"
    "ATTENDEE;CN=Mila Novak:mailto:mila.novak@mailbox.example\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_a_floating_time_is_read_where_it_was_written() -> None:
    place = "Bluebonnet Robotics\\, 500 Congress Ave\\, Austin\\, TX 78701"
    got = analyze_ics(_FLOATING.format(location=place).encode(), ME, NOW)
    assert got.start == datetime(2026, 12, 7, 16, 0, tzinfo=UTC)  # 10:00 in Austin (CST)
    # no place anywhere: the covering mail's Date offset (a person's mail client, not a relay)
    ics = _FLOATING.format(location="the office")
    raw = (
        "From: Ray Cole <ray@bluebonnet.example>\nTo: mila.novak@mailbox.example\nSubject: Interview\n"
        "Date: Sat, 21 Nov 2026 11:26:40 -0300\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n'
        "See you at the office for your interview.\n--b\nContent-Type: text/calendar; method=REQUEST\n\n"
        f"{ics}\n--b--\n"
    ).encode()
    assert analyze_email(raw, ME, NOW).start == datetime(2026, 12, 7, 13, 0, tzinfo=UTC)


def test_all_times_in_central_european_time_is_not_us_central() -> None:
    from followup.parsers.when_zones import zone_from_text

    day = datetime(2027, 1, 6, 12, 0)
    got = zone_from_text("Wednesday, January 6 – all times shown in Central European Time (CET)")
    assert got is not None and got.utcoffset(day) is not None and got.utcoffset(day).total_seconds() == 3600
    assert str(zone_from_text("(all times Central)")) == "America/Chicago"


def test_a_bare_weekday_takes_the_threads_date_not_a_quoted_sent_line() -> None:
    body = (
        "Hi Mila,\n\nGreat - you're confirmed for Tuesday at 10 with Dana Wu. Plan on 45 minutes.\n\nRob\n\n"
        "From: Mila Novak <mila.novak@mailbox.example>\nSent: Tuesday, November 24, 2026 9:02 AM\n"
        "To: Rob Pike <rob.pike@harborline.example>\nSubject: Re: Next steps\n\n"
        "Hi Rob,\n\nTuesday the 8th at 10 works best for me.\n\nMila\n\n"
        "From: Rob Pike <rob.pike@harborline.example>\nSent: Monday, November 23, 2026 4:10 PM\n"
        "To: Mila Novak <mila.novak@mailbox.example>\nSubject: Next steps\n\n"
        "Hi Mila,\n\nCould you do one of these for an interview with Dana?\n- Tue 12/8 at 10:00 AM\n"
        "- Wed 12/9 at 2:00 PM\n\nRob\n"
    )
    raw = raw_mail(body, "Rob Pike <rob.pike@harborline.example>", "RE: Next steps",
                   "Tue, 24 Nov 2026 10:15:00 -0500")
    got = analyze_email(raw, ME, NOW)
    assert got.is_interview
    assert got.start == datetime(2026, 12, 8, 15, 0, tzinfo=UTC)


def test_a_reschedule_link_label_is_an_offer_even_with_words_before_the_colon() -> None:
    text = "Need to change something? Reschedule or cancel here: https://app.ats.example/meetings/61f2c0/manage"
    assert not happened(lx.RESCHEDULE, text)
    assert happened(lx.RESCHEDULE, "We rescheduled your interview to Friday.")


def test_an_abbreviated_weekday_that_works_confirms() -> None:
    for text in ("Tues 12/15 at 8:30 works", "Thu. 3 PM works for us", "Wednesday at 10 works"):
        assert lx.CONFIRM_REPLY.search(text), text
    assert not lx.CONFIRM_REPLY.search("Let me know if Tues works for you")


def test_the_friend_who_forwards_is_nobody_to_thank_at_either_address() -> None:
    body = (
        "Mila! Here's what Dana from HR sent me - the address you put on the referral form bounced.\n\n"
        "Good luck, tell me how it goes!\nSam\n\n---------- Forwarded message ---------\n"
        "From: Dana Wu <dana.wu@harborline.example>\nDate: Tue, Nov 24, 2026 at 5:41 PM\n"
        "Subject: Interview Mila Novak - Cost Analyst\nTo: Sam Ortiz <sortiz@harborline.example>\n"
        "Cc: Rob Pike <rob.pike@harborline.example>\n\n"
        "Hi Sam,\n\nThanks for the referral! Please pass this on to Mila:\n\nMila, your interview with Rob "
        "Pike (Finance Manager, copied) is confirmed for Monday 14 December at 11:00 at our office. Plan on "
        "one hour.\n\nDana Wu\nHuman Resources | Harborline\n"
    )
    raw = raw_mail(body, "Sam Ortiz <sam.ortiz@mailbox.example>", "Fwd: Interview Mila Novak - Cost Analyst",
                   "Tue, 24 Nov 2026 18:02:00 -0500")
    got = analyze_email(raw, ME, NOW)
    assert got.is_interview
    assert sorted(got.thank_you_recipients) == ["dana.wu@harborline.example", "rob.pike@harborline.example"]


def test_a_length_planned_with_an_infinitive() -> None:
    from followup.parsers.when_times import find_duration

    cases = (("Prévoir 1h30.", 90), ("Compter environ 45 minutes.", 45), ("Calculen 1 hora aprox.", 60))
    for text, minutes in cases:
        got = find_duration(text)
        assert got is not None and got.total_seconds() == minutes * 60, text


def test_a_cancellation_takes_the_end_of_the_quoted_range_for_that_start() -> None:
    body = (
        "Dear Ms Novak,\n\nI regret to tell you that we must cancel the interview agreed for Wednesday, "
        "9 December 2026 at 11:00. The position will not be filled for now.\n\nKind regards\nNina Falk\n"
        "HR, Auerbach Bank\n\nFrom: Nina Falk\nSent: Tuesday, 17 November 2026 10:31\n"
        "To: mila.novak@mailbox.example\nSubject: Interview invitation\n\nDear Ms Novak,\n\n"
        "Thank you for your application. We are pleased to invite you to an interview:\n\n"
        "Date: Wednesday, 9 December 2026, 11:00 - 11:45\nPlace: Auerbach Bank, 4th floor\n"
    )
    raw = raw_mail(body, "Nina Falk <nina.falk@auerbach.example>", "RE: Interview invitation",
                   "Tue, 24 Nov 2026 09:00:00 +0100")
    got = analyze_email(raw, ME, NOW)
    assert got.kind == "cancellation"
    assert got.start == datetime(2026, 12, 9, 10, 0, tzinfo=UTC)
    assert got.end == datetime(2026, 12, 9, 10, 45, tzinfo=UTC)


def test_the_writers_zone_from_the_date_header() -> None:
    from datetime import timedelta, timezone

    from followup.parsers.judging import writer_zone

    sent = datetime(2026, 11, 21, 11, 26, tzinfo=timezone(timedelta(hours=-3)))
    got = writer_zone(sent, "ray@bluebonnet.example")
    assert got is not None and got.utcoffset(None) == timedelta(hours=-3)
    assert writer_zone(sent, "no-reply@myworkday.example") is None  # a relay's server offset
    assert writer_zone(sent.astimezone(UTC), "ray@bluebonnet.example") is None  # UTC says nothing
    assert writer_zone(None, "ray@bluebonnet.example") is None
