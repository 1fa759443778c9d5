"""Classes of failure seen on unseen mail, round 9: each fixed by a general mechanism (own examples,
not copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from followup.parsers import analyze_email
from followup.parsers.addresses import Owner
from followup.parsers.model import Detection
from followup.parsers.when import find_dates
from followup.parsers.when_times import find_times

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
ME = Owner.of(["mila.novak@mailbox.example"])


def mail(
    body: str, subject: str, sender: str, *, date_header: str = "Tue, 24 Nov 2026 10:00:00 +0100"
) -> Detection:
    raw = (
        f"From: {sender}\nTo: Mila Novak <mila.novak@mailbox.example>\nSubject: {subject}\n"
        f"Date: {date_header}\nMessage-ID: <t10@example.test>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + body
    )
    return analyze_email(raw.encode(), ME, NOW)


def raw_mail(
    body: str, sender: str, subject: str, date_header: str = "Tue, 24 Nov 2026 10:00:00 +0100",
    to: str = "mila.novak@mailbox.example", cc: str = "",
) -> bytes:
    """A plain-text message to the owner (later rounds' tests build theirs with it)."""
    head = f"From: {sender}\nTo: {to}\n" + (f"Cc: {cc}\n" if cc else "")
    return (
        head + f"Subject: {subject}\nDate: {date_header}\nContent-Type: text/plain; charset=utf-8\n\n" + body
    ).encode()


# Clock times and dates.


def test_hour_ranges_closed_by_a_clock_word() -> None:
    got = {s: [(t.start, t.end_time) for t in find_times(s)] for s in ("14–15 Uhr", "von 10 bis 11:30 Uhr")}
    assert got["14–15 Uhr"] == [(datetime(1, 1, 1, 14).time(), datetime(1, 1, 1, 15).time())]
    ten, half_past_eleven = datetime(1, 1, 1, 10).time(), datetime(1, 1, 1, 11, 30).time()
    assert got["von 10 bis 11:30 Uhr"] == [(ten, half_past_eleven)]
    assert find_times("a 3-4 hrs session") == []  # a length, not a range of hours


def test_a_weekday_of_next_week() -> None:
    ref = date(2026, 11, 23)  # a Monday
    for text in ("nächste Woche Dienstag um 9:30", "Tuesday next week", "mardi de la semaine prochaine"):
        (hit,) = find_dates(text, ref)
        assert hit.value == date(2026, 12, 1), text
    (plain,) = find_dates("on Tuesday at 10", ref)
    assert plain.value == date(2026, 11, 24)


def test_a_span_of_weekdays_is_not_a_day() -> None:
    ref = date(2026, 11, 24)
    assert find_dates("any time 9-5, Monday through\nFriday", ref) == []
    assert find_dates("von Montag bis Freitag", ref) == []
    assert len(find_dates("on Monday or Friday", ref)) == 2


def test_a_german_date_with_its_time_after_the_dot_is_one_sentence() -> None:
    d = mail(
        "Hallo Frau Novak,\n\nwir laden Sie zu einem Vorstellungsgespräch am Donnerstag, den 10.12. um 14:00 "
        "Uhr in unser Büro ein.\n\nViele Grüße\nSvenja Lorenz\nPeople & Culture",
        "Einladung zum Vorstellungsgespräch",
        "Svenja Lorenz <svenja.lorenz@hafenkontor.example>",
    )
    assert d.is_interview
    assert d.start == datetime(2026, 12, 10, 13, 0, tzinfo=UTC)


def test_a_deadline_date_to_answer_is_not_the_slot() -> None:
    d = mail(
        "Sehr geehrte Frau Novak,\n\nfür das Vorstellungsgespräch kann ich Ihnen folgende Termine "
        "vorschlagen:\n\n1) Dienstag, 08.12.2026, 10:00 Uhr\n2) Mittwoch, 09.12.2026, 14:00 Uhr\n\n"
        "Bitte teilen Sie mir bis Freitag, 27.11., mit, welcher Termin Ihnen passt.\n\nJennifer Roth",
        "Terminvorschläge",
        "Jennifer Roth <jennifer.roth@hafenkontor.example>",
    )
    assert not d.is_interview
    assert d.start is None


def test_office_hours_that_work_are_not_a_slot() -> None:
    d = mail(
        "Hi Mila,\n\nOur director would like to set up a 45-minute video interview in the next two weeks. "
        "Could you send me your availability? Any time between 9:00 am and 5:00 pm, Monday through\n"
        "Friday, works on our end.\n\nTanya",
        "Interview availability",
        "Tanya Brooks <tanya.brooks@seaside-hotels.example>",
        date_header="Tue, 24 Nov 2026 10:00:00 -0500",
    )
    assert not d.is_interview


# People and companies behind job boards.


def test_a_job_board_relay_is_not_a_person_and_the_named_contact_is() -> None:
    d = mail(
        "Hi Mila,\n\nHarbour Hotels has scheduled an interview with you.\n\n"
        "  Date:  Thursday, December 3, 2026\n  Time:  3:00 PM - 3:45 PM\n\n"
        "Questions about your interview? Contact Mariela Ruiz, Talent Acquisition\n"
        "Coordinator, at mruiz@harbour-hotels.example.\n",
        "Interview Scheduled",
        "Harbour Hotels via Indeed <messages@indeed.example>",
        date_header="Tue, 24 Nov 2026 10:00:00 -0500",
    )
    assert d.is_interview
    assert d.thank_you_recipients == ("mruiz@harbour-hotels.example",)
    assert d.company == "Harbour Hotels"


def test_a_company_named_after_a_preposition_before_its_legal_form() -> None:
    d = mail(
        "Neue Nachricht von Alpenweg Reisen GmbH\n\nHallo Frau Novak,\n\nwir möchten Sie gerne am Mittwoch, "
        "16.12.2026, 14–15 Uhr zum Vorstellungsgespräch einladen.\n\nJohannes Berger",
        "Neue Nachricht zu Ihrer Bewerbung",
        "StepStone <nachrichten@stepstone.example>",
    )
    assert d.is_interview
    assert d.start == datetime(2026, 12, 16, 13, 0, tzinfo=UTC)
    assert d.end == datetime(2026, 12, 16, 14, 0, tzinfo=UTC)
    assert d.company == "Alpenweg Reisen"
    assert "nachrichten@stepstone.example" not in d.thank_you_recipients


# Gulf, Indian and African mail: zones in words, "postponed to", labelled revisions, lengths.


def test_gulf_and_african_zones_in_words() -> None:
    cases = {
        "2 PM KSA time (3 PM UAE time)": "Asia/Riyadh",
        "10:30 AM Doha time": "Asia/Qatar",
        "3:00pm EAT (East Africa Time)": "Africa/Nairobi",
        "11am WAT": "Africa/Lagos",
        "at 4pm GST": "Asia/Dubai",
    }
    for text, zone in cases.items():
        assert str(find_times(text)[0].zone) == zone, text
    assert find_times("AED 500 + GST") == []


def test_postponed_to_a_day_is_a_move_with_the_threads_length() -> None:
    d = mail(
        "Dear Mila,\n\nKindly note that your interview has been postponed to Monday, 14 December 2026 at "
        "11:00 AM UAE time, as our Treasurer will be travelling on the original date. The venue and "
        "duration remain the same.\n\nRegards,\nHessa\n\n"
        "From: Hessa Noor <hessa.noor@dunes-energy.example>\nSent: Sunday, November 15, 2026 10:02 AM\n"
        "To: Mila Novak <mila.novak@mailbox.example>\nSubject: Interview Invitation\n\n"
        "Dear Mila,\n\nDate: Tuesday, 8 December 2026\nTime: 10:00 AM (UAE time)\n"
        "Duration: approximately 45 minutes\n",
        "RE: Interview Invitation",
        "Hessa Noor <hessa.noor@dunes-energy.example>",
        date_header="Sun, 22 Nov 2026 06:18:24 +0000",
    )
    assert d.kind == "reschedule"
    assert d.start == datetime(2026, 12, 14, 7, 0, tzinfo=UTC)
    assert d.end == datetime(2026, 12, 14, 7, 45, tzinfo=UTC)


def test_a_revised_time_label_and_a_weekday_in_brackets() -> None:
    d = mail(
        "Dear Mila,\n\nYour interview has been preponed. Kindly note the revised schedule:\n\n"
        "Revised Date : 16/12/2026 (Wednesday)\nRevised Time : 2:30 PM IST\nDuration     : 1 hour\n\nMeera",
        "Interview Schedule - Preponed",
        "Meera Iyer <meera.iyer@indus-advisors.example>",
        date_header="Tue, 24 Nov 2026 13:22:38 +0530",
    )
    assert d.kind == "reschedule"
    assert d.start == datetime(2026, 12, 16, 9, 0, tzinfo=UTC)


def test_a_slot_picked_from_the_owners_options_and_an_assessment_interview() -> None:
    picked = mail(
        "Dear Mila,\n\nThank you for sharing your availability. Of the options you gave, we\nwill go with "
        "Wednesday, 23 December 2026 at 11:00 AM (UAE time).\n\nFatima",
        "RE: Availability for case study interview",
        "Fatima Saeed <fatima.saeed@saadiyat-am.example>",
        date_header="Wed, 18 Nov 2026 10:41:06 +0000",
    )
    assert picked.start == datetime(2026, 12, 23, 7, 0, tzinfo=UTC)
    assessment = mail(
        "Dear Mila,\n\nWe are pleased to invite you to our in-person assessment interview on\nThursday, "
        "7 January 2027 at 2:00 PM Abu Dhabi time.\n\nHind",
        "Assessment Day Invitation",
        "Hind Ali <hind.ali@yas-capital.example>",
        date_header="Mon, 16 Nov 2026 09:33:18 +0400",
    )
    assert assessment.start == datetime(2027, 1, 7, 10, 0, tzinfo=UTC)


def test_an_apple_mail_forward_quoted_whole_keeps_its_body() -> None:
    from followup.parsers.quoting import split_text

    text = (
        "save to calendar!\n\nSent from my iPhone\n\nBegin forwarded message:\n\n"
        "> From: Priya Shah <priya.shah@lamar-hotel.example>\n> Date: November 16, 2026 at 4:02:11 PM EST\n"
        "> To: mila.novak@mailbox.example\n> Subject: Onsite interview\n>\n> Hi Mila,\n>\n"
        "> You're all set for an onsite interview on Thursday, 12/17, from 1:00 to 3:00 pm.\n>\n> Priya\n"
    )
    (fwd,) = split_text(text).forwarded
    assert fwd.meta.sender is not None and fwd.meta.sender.email == "priya.shah@lamar-hotel.example"
    assert "onsite interview on Thursday, 12/17" in fwd.own_text


def test_an_address_spelling_a_name_written_a_few_lines_up_is_that_person() -> None:
    d = mail(
        "Greg Palmer sent you a message:\n\nHi Mila,\n\nI've scheduled a phone interview for you on Tuesday, "
        "12/8 at 10:00 am. Plan on about 30 minutes.\n\nTalk soon,\nGreg Palmer\n"
        "Talent Acquisition Partner | Magnolia Hotels\ngpalmer@magnolia-hotels.example | 713-555-0177\n",
        "New message from Magnolia Hotels",
        "Indeed <no-reply@indeed.example>",
        date_header="Thu, 19 Nov 2026 16:48:11 -0600",
    )
    assert d.is_interview
    assert d.thank_you_recipients == ("gpalmer@magnolia-hotels.example",)


def test_a_length_in_hours_and_minutes() -> None:
    from datetime import timedelta

    from followup.parsers.when_times import find_duration

    for text in ("Duración: 1 hora y 30 minutos", "It lasts 1 hour and 30 min", "Dauer: 1 Stunde 30 Min."):
        assert find_duration(text) == timedelta(hours=1, minutes=30), text
    assert find_duration("It lasts 1 hour. 30 minutes later we meet") == timedelta(hours=1)


def test_a_meeting_about_a_job_by_other_names_wrapped_over_lines() -> None:
    from followup.parsers import lexicon as lx

    for text in (
        "A Ilha Tech gostaria de convidar você para uma conversa inicial\nsobre a vaga de Product Manager.",
        "segue o convite para a próxima etapa do processo de Product Manager: um painel com a diretora",
        "L'équipe souhaiterait vous rencontrer pour le poste de designer UX.",
        "Bram heeft een videocall met je ingepland voor de vacature Data Analist.",
    ):
        assert lx.JOB_MEETING.search(text), text
