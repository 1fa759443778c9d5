"""Classes of failure seen on unseen mail, round 9: each fixed by a general mechanism (own examples,
not copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, datetime

from followup.parsers import analyze_email
from followup.parsers.addresses import Owner
from followup.parsers.model import Detection

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
ME = Owner.of(["noor.haddad@mailbox.example"])


def mail(
    body: str,
    subject: str,
    sender: str,
    *,
    date: str = "Tue, 24 Nov 2026 10:00:00 +0000",
    calendar: str | None = None,
) -> Detection:
    head = (
        f"From: {sender}\nTo: Noor Haddad <noor.haddad@mailbox.example>\nSubject: {subject}\nDate: {date}\n"
        "Message-ID: <t9@example.test>\nMIME-Version: 1.0\n"
    )
    if calendar is None:
        raw = head + "Content-Type: text/plain; charset=utf-8\n\n" + body
    else:
        raw = (
            head + 'Content-Type: multipart/alternative; boundary="b9"\n\n--b9\n'
            "Content-Type: text/plain; charset=utf-8\n\n" + body + "\n--b9\n"
            "Content-Type: text/calendar; charset=utf-8; method=REQUEST\n\n" + calendar + "\n--b9--\n"
        )
    return analyze_email(raw.encode(), ME, NOW)


# Where a mail naming no zone was written: its postal addresses, when its Date header says UTC.


def test_a_signature_address_gives_the_zone_when_the_date_header_is_utc() -> None:
    d = mail(
        "Bonjour Noor,\n\nJe vous confirme votre entretien le mercredi 9 décembre à 10h30 avec notre "
        "directrice financière.\n\nCordialement,\nPauline Vidal\nChargée de recrutement\n"
        "8 rue de la République, 13001 Marseille\n",
        "Entretien - Contrôleur de gestion",
        "Pauline Vidal <pauline.vidal@calanques-energie.example>",
    )
    assert d.start == datetime(2026, 12, 9, 9, 30, tzinfo=UTC)


def test_a_us_address_gives_the_zone_when_the_date_header_is_utc() -> None:
    d = mail(
        "Hi Noor,\n\nYour interview with our VP of Finance is confirmed for Wednesday, December 9 at "
        "10:30 AM.\n\nBest,\nKayla Brooks\nRecruiter, Bluebonnet Analytics\n"
        "500 Congress Ave, Austin, TX 78701\n",
        "Interview confirmed",
        "Kayla Brooks <kayla.brooks@bluebonnet.example>",
    )
    assert d.start == datetime(2026, 12, 9, 16, 30, tzinfo=UTC)


def test_addresses_in_two_zones_say_nothing() -> None:
    d = mail(
        "Hi Noor,\n\nYour interview is confirmed for Wednesday, December 9 at 10:30 AM.\n\nBest,\nKayla\n"
        "500 Congress Ave, Austin, TX 78701 | 1 Market St, San Francisco, CA 94105\n",
        "Interview confirmed",
        "Kayla Brooks <kayla.brooks@bluebonnet.example>",
    )
    assert d.start == datetime(2026, 12, 9, 10, 30, tzinfo=UTC)


# "ore 9.30." ends a sentence: a time after its word for "at", not the 30th of September.


def test_a_dotted_time_at_the_end_of_a_sentence_is_a_time() -> None:
    d = mail(
        "Gentile Noor,\n\nil colloquio si terrà venerdì 11 dicembre 2026, ore 9.30.\nDurata: un'ora.\n\n"
        "Cordiali saluti,\nUfficio Personale",
        "Convocazione a colloquio",
        "Selezione <selezione@brennero-trasporti.example>",
        date="Tue, 24 Nov 2026 10:00:00 +0100",
    )
    assert d.is_interview
    assert d.start == datetime(2026, 12, 11, 8, 30, tzinfo=UTC)


# English written east of Greenwich reads numeric dates day-first.


def test_english_from_east_of_greenwich_reads_numeric_dates_day_first() -> None:
    d = mail(
        "Hi Noor,\n\nConfirming your interview with our Head of Product on 2/12 at 10am at our "
        "office.\n\nCheers,\nLiam",
        "Interview confirmed",
        "Liam Walsh <liam.walsh@southbank-labs.example>",
        date="Tue, 24 Nov 2026 10:00:00 +1100",
    )
    assert d.start == datetime(2026, 12, 1, 23, 0, tzinfo=UTC)  # 2 December, 10am +11


def test_english_from_the_americas_stays_month_first() -> None:
    d = mail(
        "Hi Noor,\n\nConfirming your interview with our Head of Product on 12/2 at 10am at our "
        "office.\n\nThanks,\nLiam",
        "Interview confirmed",
        "Liam Walsh <liam.walsh@southbank-labs.example>",
        date="Tue, 24 Nov 2026 10:00:00 -0500",
    )
    assert d.start == datetime(2026, 12, 2, 15, 0, tzinfo=UTC)


# The slot given up in a move, said as what it was ("was booked for", "initialement prévu").


def test_the_slot_it_was_booked_for_is_not_the_new_slot() -> None:
    d = mail(
        "Hi Noor,\n\nApologies - our CFO is travelling, so we need to move your interview.\n\n"
        "Your interview was scheduled for Tuesday 8 December at 10am. The new time is:\n\n"
        "Thursday 10 December, 2pm - 3pm\n\nSame Zoom link.\n\nBest,\nMaya",
        "Change of time for your interview",
        "Maya Cohen <maya.cohen@harbourview.example>",
    )
    assert d.kind == "reschedule"
    assert d.start == datetime(2026, 12, 10, 14, 0, tzinfo=UTC)


def test_a_french_move_named_as_a_noun_is_a_reschedule() -> None:
    d = mail(
        "Bonjour Noor,\n\nC'est noté : nous nous retrouvons le lundi 14 décembre à 15h pour votre "
        "entretien.\n\nBien à vous,\nPauline",
        "Report de votre entretien",
        "Pauline Vidal <pauline.vidal@calanques-energie.example>",
        date="Tue, 24 Nov 2026 10:00:00 +0100",
    )
    assert d.kind == "reschedule"
    assert d.start == datetime(2026, 12, 14, 14, 0, tzinfo=UTC)


# Words that look like cues but are not: "retour sur vos expériences", "these", the owner's employer.


def test_a_look_back_at_your_experience_is_not_a_decision_date() -> None:
    d = mail(
        "Bonjour Noor,\n\nJe vous confirme l'entretien le jeudi 10 décembre à 11h : présentation du poste "
        "et retour sur vos expériences chez Saint-Aubin Logistique.\n\nCordialement,\nPauline Vidal\n"
        "Calanques Energie",
        "Entretien",
        "Pauline Vidal <pauline.vidal@calanques-energie.example>",
        date="Tue, 24 Nov 2026 10:00:00 +0100",
    )
    assert d.is_interview
    assert d.follow_up_after is None
    assert d.company != "Saint-Aubin Logistique"


def test_the_english_word_these_is_not_a_french_thesis() -> None:
    d = mail(
        "Hi Noor,\n\nThanks for your flexibility. Your interview is confirmed for Thursday 10 December at "
        "2pm. Bring one or two of these: a launch plan, a campaign debrief.\n\nBest,\nMaya",
        "Interview confirmed",
        "Maya Cohen <maya.cohen@harbourview.example>",
    )
    assert d.is_interview


# Look-alike cues scoped: what a mailing list is about, a cue denied, a bank, an offer call.


def test_an_unsubscribe_line_naming_job_alerts_does_not_veto() -> None:
    d = mail(
        "Hi Noor,\n\nGreat news - the client would like to meet you on Thursday 10 December at 2pm at "
        "their office. Interviewing: their Head of Marketing.\n\nCheers,\nJosh\nSenior Consultant\n\n"
        "To stop receiving job alerts and updates from us, unsubscribe here: https://crm.example/u/1\n",
        "Interview confirmed - Thursday 2pm",
        "Josh Reed <josh.reed@harbour-talent.example>",
    )
    assert d.is_interview


def test_a_look_alike_cue_that_is_denied_does_not_veto() -> None:
    d = mail(
        "Dear Noor,\n\nYour live panel interview is scheduled for Thursday, December 10, 2026 at 2:00 PM. "
        "This is not a recorded on-demand interview: the panel will speak with you in real time.\n\n"
        "Talent Acquisition",
        "Live interview scheduled",
        "Harbourview Careers <careers@harbourview.example>",
    )
    assert d.is_interview


def test_a_coffee_that_is_not_part_of_any_interview_process_is_not_one() -> None:
    d = mail(
        "Hi Noor,\n\nCoffee on Saturday 12 December at 10am? Happy to tell you about the data team and the "
        "open role. Just two alumni catching up - this isn't part of any interview process.\n\nTomi",
        "Coffee",
        "Tomi Ade <tomi.ade@harbourview.example>",
    )
    assert not d.is_interview


def test_a_bank_appointment_called_an_entretien_is_not_a_job_interview() -> None:
    d = mail(
        "Madame,\n\nVotre rendez-vous conseiller est confirmé le mardi 8 décembre à 17h30 (étude de "
        "financement de votre projet immobilier). Pour préparer cet entretien, merci de déposer vos "
        "justificatifs.\n\nVotre agence",
        "Confirmation de rendez-vous",
        "Banque du Port <rdv@banque-du-port.example>",
        date="Tue, 24 Nov 2026 10:00:00 +0100",
    )
    assert not d.is_interview


_OFFER_CALL = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\n"
    "UID:offer-1@harbourview.example\r\nDTSTAMP:20261124T100000Z\r\nDTSTART:20261127T150000Z\r\n"
    "DTEND:20261127T153000Z\r\nSUMMARY:Offer discussion - Noor Haddad\r\n"
    "ORGANIZER;CN=Maya Cohen:mailto:maya.cohen@harbourview.example\r\n"
    "ATTENDEE;CN=Noor Haddad:mailto:noor.haddad@mailbox.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_a_calendar_invite_for_an_offer_call_is_not_an_interview() -> None:
    d = mail(
        "Hi Noor,\n\nFollowing your final interview last week, we're delighted to offer you the role! "
        "I've sent a calendar invite for Friday so I can walk you through the offer letter.\n\nMaya",
        "Great news",
        "Maya Cohen <maya.cohen@harbourview.example>",
        calendar=_OFFER_CALL,
    )
    assert not d.is_interview


# Threads: an acknowledgement settles the slot the thread confirmed; quoted text wraps like any.

_QUOTED_CONFIRMATION = (
    "\n\nLe 23/11/2026 à 16:05, Pauline Vidal a écrit :\n"
    "> Bonjour Noor,\n>\n"
    "> Je vous confirme notre entretien le mardi 15 décembre à 10h, dans nos\n"
    "> locaux de Marseille, avec notre directrice financière.\n>\n> Pauline\n"
)


def test_an_acknowledgement_with_a_hear_back_date_keeps_the_threads_slot() -> None:
    d = mail(
        "Bonjour Noor,\n\nBien reçu, merci. Nous voyons les derniers candidats cette semaine-là : nous "
        "reviendrons vers vous d'ici le vendredi 18 décembre.\n\nPauline" + _QUOTED_CONFIRMATION,
        "Re: Entretien - Contrôleur de gestion",
        "Pauline Vidal <pauline.vidal@calanques-energie.example>",
        date="Wed, 25 Nov 2026 10:00:00 +0100",
    )
    assert d.is_interview
    assert d.start == datetime(2026, 12, 15, 9, 0, tzinfo=UTC)
    assert d.follow_up_after is not None and d.follow_up_after.isoformat() == "2026-12-18"


def test_a_cancellation_takes_the_time_from_a_wrapped_quoted_confirmation() -> None:
    d = mail(
        "Hi Noor,\n\nI'm sorry, but I have to cancel our interview on Tuesday 8 December - the role has "
        "been put on hold.\n\nMaya\n\nOn Thu, 19 Nov 2026 at 10:02, Maya Cohen wrote:\n"
        "> Hi Noor,\n> Thanks for applying for the role. I'd love to meet you - you're confirmed\n"
        "> for an interview with our Head of Marketing on Tuesday 8 December,\n"
        "> 2:00-2:45pm, at our office.\n> Maya\n",
        "Re: Interview",
        "Maya Cohen <maya.cohen@harbourview.example>",
    )
    assert d.kind == "cancellation"
    assert d.start == datetime(2026, 12, 8, 14, 0, tzinfo=UTC)
    assert d.end == datetime(2026, 12, 8, 14, 45, tzinfo=UTC)


# A move or a cancellation offered, not done: "or need to change the time", "Reschedule: <link>".


def test_an_offer_to_change_the_time_is_not_a_move() -> None:
    for line in (
        "If you have any questions, or need to change the time, please reply to this email.",
        "Need to make changes? Reschedule: https://book.example/r/8f2e  Cancel: https://book.example/c/8f2e",
    ):
        d = mail(
            "Hi Noor,\n\nYour interview with Maya Cohen is confirmed for Thursday 10 December at 2pm.\n\n"
            + line,
            "Interview confirmed",
            "Maya Cohen <maya.cohen@harbourview.example>",
        )
        assert d.kind == "invite", line


# The company: from a machine sender's "X via <tool>" or "X - Recrutement", cut at a registration number.

_CONFIRMED = (
    "Bonjour Noor,\n\nVotre entretien est confirmé le jeudi 10 décembre à 14h avec Claire Dubois, chargée "
    "de recrutement.\n\nContact : claire.dubois@{dom}\n\n{co}\n"
)


def test_a_company_sending_via_a_job_board_is_the_company() -> None:
    d = mail(
        _CONFIRMED.format(co="Ferrolis", dom="frl-group.example"),
        "Nouveau message : entretien",
        "Ferrolis via Welcome Jobs <no-reply@messages.welcomejobs.example>",
        date="Tue, 24 Nov 2026 10:00:00 +0100",
    )
    assert d.company == "Ferrolis"


def test_a_department_after_a_dash_in_a_display_name_is_not_the_company() -> None:
    for sender in (
        "Vallée Textile - Recrutement <noreply@ats-recrut.example>",
        "Vallée Textile Recruiting <noreply@ats-recrut.example>",
    ):
        d = mail(
            _CONFIRMED.format(co="Vallée Textile", dom="vtx-groupe.example"),
            "Votre entretien",
            sender,
            date="Tue, 24 Nov 2026 10:00:00 +0100",
        )
        assert d.company == "Vallée Textile", sender


def test_a_registration_number_ends_the_company_name() -> None:
    d = mail(
        "Hi Noor,\n\nYour interview is confirmed for Thursday 10 December at 2pm.\n\nBest,\nMaya\n\n"
        "Wattle Super Pty Ltd ABN 55 123 456 789 AFSL 234567 as trustee of the Wattle Superannuation Fund.",
        "Interview confirmed",
        "Maya Cohen <maya.cohen@wattlesuper.example>",
        date="Tue, 24 Nov 2026 10:00:00 +1100",
    )
    assert d.company == "Wattle Super"


# Hear-back dates: a weekday with a numeric date, and "end of day" before a named day.


def test_a_weekday_with_a_numeric_date_is_that_date() -> None:
    from zoneinfo import ZoneInfo

    from followup.parsers.timeline import find_timeline

    at = datetime(2026, 12, 7, 15, 0, tzinfo=UTC)
    ny = ZoneInfo("America/New_York")
    for sentence in (
        "You'll hear from us by Friday 12/11 either way.",
        "You'll hear from us by EOD Friday 12/11 either way.",
        "Nous reviendrons vers vous vendredi 11/12.",
    ):
        got = find_timeline(sentence, at, ny).follow_up_after
        assert got is not None and got.isoformat() == "2026-12-11", sentence
    today = find_timeline("We will let you know by end of day today.", at, ny).follow_up_after
    assert today is not None and today.isoformat() == "2026-12-07"
