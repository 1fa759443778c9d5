"""Classes of failure seen on unseen mail, round 24 (Milan, Lisbon, Bengaluru): each fixed by a general
mechanism (own examples, not copies of the blind sets)."""

from __future__ import annotations

from followup.parsers import lexicon as lx


def test_indian_technical_rounds_by_number() -> None:
    for text in ("Please find the invite for your TR2 (design + coding).",
                 "we have to cancel tomorrow's TR-1", "TR 3 with the platform team"):
        assert lx.INTERVIEW.search(text), text
    assert not lx.INTERVIEW.search("Our TR25 router ships in March")


def test_a_job_alert_digest_is_not_an_interview() -> None:
    assert lx.OTHER_INTERVIEWS.search("Walk-in interviews this week | 12 new jobs for Backend Developer")
    assert lx.OTHER_INTERVIEWS.search("+ 9 more jobs matching your profile")


def test_a_job_boards_quoted_company_message_is_the_mails_own_text() -> None:
    from datetime import UTC, datetime

    from followup.parsers import analyze_email
    from tests.unit.parsers.detect.test_unseen_classes6 import ME, NOW

    html = (
        "<p>Ciao Mila,</p><p>hai ricevuto un nuovo messaggio da <b>Officine Brera</b> relativo alla tua "
        "candidatura:</p><blockquote>Buongiorno, le confermiamo il colloquio presso la nostra sede "
        "<b>giovedì 3 dicembre alle ore 10.30</b>.<br>Cordiali saluti, Ufficio Personale</blockquote>"
        "<p>Per rispondere usa la tua area personale.</p>"
    )
    raw = (
        "From: JobBoard <noreply@jobboard.example>\nTo: mila.novak@mailbox.example\n"
        "Subject: Officine Brera ti ha inviato un messaggio\nDate: Mon, 23 Nov 2026 16:48:12 +0100\n"
        "MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n" + html
    )
    d = analyze_email(raw.encode(), ME, NOW)
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 3, 9, 30, tzinfo=UTC)
    # in a reply, the same quote is history
    reply = raw.replace("Subject: Officine", "In-Reply-To: <a@b.example>\nSubject: Re: Officine")
    assert not analyze_email(reply.encode(), ME, NOW).is_interview


def test_a_move_offered_as_a_quoted_command_word_did_not_happen() -> None:
    from followup.parsers.moves import happened

    text = 'Need a different time? Just reply to this message with "reschedule" and I\'ll help you.'
    assert not happened(lx.RESCHEDULE, text)
    assert happened(lx.RESCHEDULE, "We had to reschedule your interview to Friday at 10.")


def test_a_bare_weekday_takes_the_threads_date_not_an_attribution_lines() -> None:
    from datetime import date

    from followup.parsers.slot_history import _dated_from_history
    from followup.parsers.when import find_dates

    history = (
        "Perfetto, allora fissiamo mercoledì alle 11:00.\n\n"
        "Il giorno mar 24 nov 2026 alle ore 17:58 Mila Novak <mila.novak@mailbox.example> ha scritto:\n\n"
        "> Per me va benissimo mercoledì 2 dicembre alle 11.\n"
    )
    ref = date(2026, 11, 24)
    dates = find_dates("Perfetto, allora fissiamo mercoledì alle 11:00.", ref)
    (got,), _ = _dated_from_history(dates, history, ref)
    assert got.value == date(2026, 12, 2)


def test_a_certified_mail_envelope_is_judged_by_the_message_it_carries() -> None:
    from datetime import UTC, datetime

    from followup.parsers import analyze_email
    from tests.unit.parsers.detect.test_unseen_classes6 import ME, NOW

    inner = (
        "From: Selezione <selezione@pec.officine.example>\r\nTo: mila.novak@mailbox.example\r\n"
        "Subject: Convocazione a colloquio\r\nDate: Wed, 18 Nov 2026 11:20:00 +0100\r\n"
        "Content-Type: text/plain; charset=utf-8\r\n\r\nGentile Dott.ssa Novak,\r\n\r\nla convochiamo a "
        "colloquio lunedì 14 dicembre 2026 alle ore 9:30 presso la nostra sede.\r\n\r\nFrancesca Moretti\r\n"
        "Ufficio Selezione\r\nfrancesca.moretti@officine.example\r\n"
    )
    raw = (
        "From: \"Per conto di: selezione@pec.officine.example\" <posta-certificata@pec.provider.example>\r\n"
        "To: mila.novak@mailbox.example\r\nSubject: POSTA CERTIFICATA: Convocazione a colloquio\r\n"
        "Date: Wed, 18 Nov 2026 11:20:45 +0100\r\nMIME-Version: 1.0\r\n"
        "Content-Type: multipart/mixed; boundary=B\r\n\r\n"
        "--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
        "Il giorno 18/11/2026 alle ore 11:20:45 (+0100) il messaggio è stato inviato.\r\n"
        "Il messaggio originale è incluso in allegato.\r\n"
        "--B\r\nContent-Type: message/rfc822; name=postacert.eml\r\n"
        "Content-Disposition: inline; filename=postacert.eml\r\n\r\n" + inner + "--B--\r\n"
    )
    d = analyze_email(raw.encode(), ME, NOW)
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 14, 8, 30, tzinfo=UTC)
    assert list(d.thank_you_recipients) == ["francesca.moretti@officine.example"]


def test_greeting_and_personnel_office_mailboxes_are_not_people() -> None:
    for local in ("ola", "ciao", "hallo", "ufficio.personale", "recursos_humanos"):
        assert lx.GROUP_LOCAL.match(local), local
    assert not lx.GROUP_LOCAL.match("olaf.berg")


def test_bare_cc_addresses_of_interviewers_the_text_names_are_kept() -> None:
    from followup.parsers import analyze_email
    from tests.unit.parsers.detect.test_unseen_classes6 import ME, NOW

    raw = (
        "From: Sara Lind <no-reply@hire.ats.example>\nTo: mila.novak@mailbox.example\n"
        "Cc: joris.smit@tulpen.example, ava.berg@tulpen.example\nSubject: Final round - Monday 7 December\n"
        "Date: Tue, 24 Nov 2026 10:47:03 +0100\nContent-Type: text/plain; charset=utf-8\n\n"
        "Hi Mila,\n\nHere's your final round: Monday 7 December, 10:30-12:00 CET.\n\n"
        "10:30 - Case discussion with Joris Smit and Ava Berg\n11:30 - Culture chat with our CMO\n\n"
        "Sara Lind | Senior Recruiter | Tulpen\nsara.lind@tulpen.example\n"
    )
    d = analyze_email(raw.encode(), ME, NOW)
    assert d.is_interview, d.reasons
    assert {"joris.smit@tulpen.example", "ava.berg@tulpen.example"} <= set(d.thank_you_recipients)


def test_a_new_schedule_stated_without_naming_the_interview_again() -> None:
    from datetime import UTC, date, datetime
    from zoneinfo import ZoneInfo

    from followup.parsers.detect_slot import _find_slot

    text = (
        "Sorry for the short notice, so tomorrow's round is postponed. New schedule is Monday, same time "
        "11 AM, same venue. Rest all remains same."
    )
    slot = _find_slot("", text, date(2026, 11, 25), ZoneInfo("Asia/Kolkata"), moved=True)
    assert slot is not None and slot.start == datetime(2026, 11, 30, 5, 30, tzinfo=UTC)


def test_approximate_lengths_in_words_in_every_language() -> None:
    from datetime import timedelta

    from followup.parsers.when_times import find_duration

    for text, minutes in (
        ("Calcola un paio d'ore: dopo il colloquio facciamo un giro", 120),
        ("ci vorranno una ventina di minuti", 20),
        ("it will take a couple of hours", 120),
        ("serán un par de horas", 120),
        ("vai levar um par de horas", 120),
        ("reken op een paar uur", 120),
        ("planen Sie ein paar Stunden ein", 120),
    ):
        assert find_duration(text) == timedelta(minutes=minutes), text
    assert find_duration("às duas horas") is None  # a clock time, not a length


def test_a_time_labelled_as_the_end_ends_the_slot() -> None:
    from datetime import UTC, date, datetime
    from zoneinfo import ZoneInfo

    from followup.parsers.detect_slot import _find_slot

    ref, zone = date(2026, 11, 24), ZoneInfo("Asia/Kolkata")
    table = "Interview Date: 12/09/2026\nStart Time: 1:30 PM\nEnd Time: 3:00 PM\nYour interview is scheduled."
    slot = _find_slot("Interview scheduled", table, ref, zone)
    assert slot is not None and slot.end - slot.start == datetime(1, 1, 1, 3) - datetime(1, 1, 1, 1, 30)
    walk_in = ("F2F interview on Saturday, 05 December 2026.\nReporting Time: 9:30 AM\n"
               "Please plan to be available till 4:30 PM.")
    slot = _find_slot("F2F interview", walk_in, ref, zone)
    assert slot is not None and slot.end == datetime(2026, 12, 5, 11, 0, tzinfo=UTC)


def test_a_place_after_a_clock_time_with_a_preposition_names_its_zone() -> None:
    from zoneinfo import ZoneInfo

    from followup.parsers.when_times import find_times

    got = [(h.start.hour, h.zone) for h in find_times("às 15h de Lisboa (12h em São Paulo)")]
    assert got == [(15, ZoneInfo("Europe/Lisbon")), (12, ZoneInfo("America/Sao_Paulo"))]
    assert find_times("à 18h30 heure de\nLa Réunion")[0].zone == ZoneInfo("Indian/Reunion")
    assert find_times("às 10h (hora dos Açores)")[0].zone == ZoneInfo("Atlantic/Azores")
    assert find_times("at 3pm in Central Park")[0].zone is None
