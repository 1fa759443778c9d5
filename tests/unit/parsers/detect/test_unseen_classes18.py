"""Classes of failure seen on unseen mail, round 28 (Vienna, Chicago, Luxembourg): each fixed by a
general mechanism (own examples, not copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from followup.parsers import analyze_email
from followup.parsers import lexicon as lx
from followup.parsers.judging import is_person
from followup.parsers.moves import happened
from followup.parsers.when import find_dates
from followup.parsers.when_times import find_duration, find_times
from tests.unit.parsers.detect.test_unseen_classes6 import ME, NOW
from tests.unit.parsers.detect.test_unseen_classes6 import raw_mail as _mail


def _forward(note: str, sender: str, inner_from: str, inner_to: str, inner: str, subject: str) -> bytes:
    body = (
        f"{note}\n\n---------- Forwarded message ---------\nFrom: {inner_from}\n"
        f"Date: Mon, Nov 23, 2026 at 4:10 PM\nSubject: {subject}\nTo: {inner_to}\n\n{inner}\n"
    )
    return _mail(body, sender, f"Fwd: {subject}")


def test_a_friend_who_forwards_the_companys_answer_is_nobody_to_thank() -> None:
    raw = _forward(
        "Coucou Mila,\n\nVoilà la réponse de Paul, ils t'ont calé l'entretien ! Bonne chance !\n\nSophie",
        "Sophie Martin <sophie.martin@perso.example>",
        "Paul Weber <paul.weber@acme-bank.example>",
        "Sophie Martin <sophie.martin@perso.example>",
        "Salut Sophie,\n\nMerci pour la recommandation. Nous avons calé son entretien le lundi 30 novembre à "
        "17h30. Elle rencontrera Anne Roth (anne.roth@acme-bank.example) et moi-même.\n\nPaul Weber\n"
        "Head of Talent Acquisition",
        "Entretien Mila Novak",
    )
    got = analyze_email(raw, ME, NOW)
    assert got.is_interview
    assert set(got.thank_you_recipients) == {"paul.weber@acme-bank.example", "anne.roth@acme-bank.example"}
    assert got.recruiter is not None and got.recruiter.email == "paul.weber@acme-bank.example"


def test_a_colleague_who_referred_the_owner_passes_the_invite_on() -> None:
    raw = _forward(
        "Hi Mila,\n\nMegan sent this to me because the referral form only had my address. "
        "Fingers crossed!\n\nDan",
        "Dan Huber <dan.huber@brightline.example>",
        "Megan Cole <megan.cole@brightline.example>",
        "Dan Huber <dan.huber@brightline.example>",
        "Hi Dan,\n\nThanks again for referring Mila! Could you pass the details on to her?\n\n"
        "Interview with Tom Kim, VP Finance\nWednesday, December 2 | 11:00 AM ET | 45 minutes\n\nMegan",
        "Interview for Mila Novak",
    )
    got = analyze_email(raw, ME, NOW)
    assert got.is_interview
    assert "dan.huber@brightline.example" not in got.thank_you_recipients
    assert "megan.cole@brightline.example" in got.thank_you_recipients


def test_a_friends_forward_names_the_interview_only_in_what_it_forwards() -> None:
    raw = _forward(
        "Hey - told you she'd bite. See below, just confirm with her directly. Good luck!!\n\nD",
        "Derek Sims <derek.sims@home-mail.example>",
        "Lauren Pike <lauren.pike@lakespaper.example>",
        "Derek Sims <derek.sims@home-mail.example>",
        "Derek,\n\nThanks for sending Mila my way. I'd like to do a phone interview with her: I've put "
        "Tuesday 12/29 at 3:00 pm ET on my calendar for 45 minutes. I'll call her at the number on her "
        "resume.\n\nLauren Pike\nMaterials Manager",
        "Mila - referral",
    )
    got = analyze_email(raw, ME, NOW)
    assert got.is_interview
    assert got.start == datetime(2026, 12, 29, 20, 0, tzinfo=UTC)
    assert list(got.thank_you_recipients) == ["lauren.pike@lakespaper.example"]


def test_business_scorecards_and_a_client_bringing_you_in() -> None:
    assert not lx.INTERVIEWER_FRAMING.search("Greg will go deep on freight audit and carrier scorecards.")
    assert lx.INTERVIEWER_FRAMING.search("Please submit your scorecard in Greenhouse by EOD.")
    assert lx.CANDIDATE_FRAMING.search("Good news - Heartland Foods wants to bring you in!")
    assert lx.CANDIDATE_FRAMING.search("Bring a couple copies of your resume.")


def test_a_spanish_report_is_not_a_french_postponement() -> None:
    assert not happened(lx.RESCHEDULE, "un ejemplo de algún tablero o reporte de inventarios")
    assert happened(lx.RESCHEDULE, "Votre entretien est reporté au mardi 8 décembre.")


def test_a_new_time_on_the_line_after_its_words() -> None:
    body = (
        "Sehr geehrte Frau Novak,\nleider muss ich unseren Termin am Donnerstag, 03.12.2026 um 14:00 Uhr "
        "verschieben, da unser Vorstand kurzfristig verreisen muss.\nWie besprochen, findet Ihr "
        "Vorstellungsgespräch nun am\nMontag, 14.12.2026, um 13:00 Uhr\nstatt, wieder bei uns im Haus.\n"
        "Die Dauer bleibt bei ca. 1,5 Stunden.\n\nMit freundlichen Grüßen\nJens Hofmann\n"
    )
    subject = "Terminverschiebung: Ihr Vorstellungsgespräch am 03.12.2026"  # (the old day in the subject)
    got = analyze_email(_mail(body, "Jens Hofmann <j.hofmann@bank.example>", subject), ME, NOW)
    assert got.kind == "reschedule"
    assert got.start == datetime(2026, 12, 14, 12, 0, tzinfo=UTC)


def test_wanting_to_meet_the_candidate_names_a_job_meeting() -> None:
    for text in (
        "We really enjoyed your application for our Compliance Lead role and would love to meet you.",
        "Die Energie Ost GmbH möchte Sie für die Position Leitung Controlling gerne persönlich kennenlernen.",
        "Terminverschiebung – Ihr Gespräch bei Salzach Medien",
    ):
        assert lx.JOB_MEETING.search(text) or lx.INTERVIEW.search(text), text
    assert not lx.INTERVIEW.search("Ihr Gespräch war sehr angenehm.")


def test_quarters_counted_toward_the_next_hour() -> None:
    assert find_times("Mittwoch, 2. Dezember 2026, um viertel zehn")[0].start == time(9, 15)
    assert find_times("um viertel drei am Nachmittag")[0].start == time(14, 15)
    assert find_times("um dreiviertel zehn")[0].start == time(9, 45)
    assert find_times("um Viertel nach zehn")[0].start == time(10, 15)


def test_a_short_german_weekday_right_before_a_spoken_time() -> None:
    assert [d.value for d in find_dates("Passt! Dann Mo um halb elf bei uns.", date(2026, 11, 25), True)] == [
        date(2026, 11, 30)
    ]
    assert find_dates("Mo Salah scored twice", date(2026, 11, 25), True) == []


def test_a_start_label_and_a_length_after_an_abbreviation() -> None:
    text = "Beginn: 13:30 Uhr (bitte finden Sie sich 10 Minuten vorher ein)\nDauer: ca. 45 Minuten\nOrt: Wien"
    assert find_duration(text) == timedelta(minutes=45)
    body = (
        "Sehr geehrte Frau Novak,\n\nwir laden Sie zu einem Vorstellungsgespräch ein.\n\n"
        "Termin: Donnerstag, 3. Dezember 2026\n" + text + "\n\nIhr Recruiting-Team\n"
    )
    raw = _mail(body, "Acme HR <hr.lead@acme.example>", "Einladung zum Vorstellungsgespräch")
    got = analyze_email(raw, ME, NOW)
    assert got.start == datetime(2026, 12, 3, 12, 30, tzinfo=UTC)
    assert got.end == datetime(2026, 12, 3, 13, 15, tzinfo=UTC)


def test_a_meeting_to_present_an_offer_is_not_an_interview() -> None:
    body = (
        "Chère Mila,\n\nSuite à vos entretiens, nous souhaitons vous faire une proposition pour le poste. "
        "Je vous propose de nous retrouver le jeudi 10 décembre à 16h00 afin de vous présenter notre offre "
        "en détail.\n\n"
        "Véronique Lentz\nResponsable RH\n"
    )
    got = analyze_email(_mail(body, "Véronique Lentz <v.lentz@atlas.example>", "Proposition et rendez-vous"),
                        ME, NOW)
    assert not got.is_interview


def test_a_selections_mailbox_and_an_assistant_are_nobody_to_thank() -> None:
    assert not is_person("agency-selections@agency.example", None, ME)
    body = (
        "Dear Mila,\n\nI'd like to invite you to a video interview with me and our CFO, Richard Ellis "
        "(richard.ellis@harrow.example), on Friday 4 December at 2pm UK time. Olivia, my PA (copied), has "
        "booked a room and will send you the Teams link.\n\nJames\n"
    )
    raw = _mail(body, "James White <james.white@harrow.example>", "Interview",
                "Mon, 23 Nov 2026 11:18:40 +0000", cc="Olivia Grant <olivia.grant@harrow.example>")
    got = analyze_email(raw, ME, NOW)
    assert set(got.thank_you_recipients) == {"james.white@harrow.example", "richard.ellis@harrow.example"}


def test_a_count_of_working_days_after_the_interview_in_several_languages() -> None:
    from zoneinfo import ZoneInfo

    from followup.parsers.timeline import find_timeline

    tz = ZoneInfo("Europe/Vienna")
    end = datetime(2026, 12, 3, 13, 15, tzinfo=UTC)  # Thursday 3 December
    written = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    three, five, ten = date(2026, 12, 8), date(2026, 12, 10), date(2026, 12, 17)
    for text, want in (
        ("Über das Ergebnis informieren wir Sie innerhalb von fünf Arbeitstagen nach dem Hearing.", five),
        ("Das Feedback gebe ich Ihnen spätestens drei Arbeitstage nach dem Gespräch.", three),
        ("Zij heeft toegezegd binnen drie werkdagen na het gesprek terug te koppelen.", three),
        ("Le daremos una respuesta en un plazo de 5 días hábiles tras la dinámica.", five),
        ("Le comunicaremos la decisión en un máximo de 10 días hábiles desde la entrevista.", ten),
        ("We will confirm the outcome to all candidates within three working days of the interview.", three),
        ("After the conversation, we aim to get back to Mila within 3 business days.", three),
        ("We'll come back to you by Thursday 10 December at the latest.", five),
    ):
        assert find_timeline(text, end, tz, written).follow_up_after == want, text
    # the candidate's own deadline is still no date to call: in English and in Spanish
    for text in ("Please confirm by Friday 27 November.", "Por favor confírmanos antes del viernes 27."):
        assert find_timeline(text, end, tz, written).follow_up_after is None, text
