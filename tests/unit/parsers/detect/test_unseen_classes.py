"""Classes of failure seen on unseen mail, each fixed by a general mechanism (small own examples)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from followup.parsers import analyze_email
from followup.parsers import lexicon as lx
from followup.parsers.addresses import Owner
from followup.parsers.judging import other_topic
from followup.parsers.model import Detection
from followup.parsers.timeline import find_timeline
from followup.parsers.when_times import find_times

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
ME = Owner.of(["sam.okafor@mailbox.example"], "Sam Okafor")


def mail(body: str, subject: str, sender: str, *, reply_to: str | None = None, extra: str = "") -> Detection:
    head = (
        f"From: {sender}\nTo: Sam Okafor <sam.okafor@mailbox.example>\nSubject: {subject}\n"
        "Date: Tue, 24 Nov 2026 10:00:00 -0500\nMessage-ID: <t1@example.test>\n"
        + (f"Reply-To: {reply_to}\n" if reply_to else "")
        + extra
        + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
    )
    return analyze_email((head + body).encode(), ME, NOW)


# 1. Negative cues are scoped: names, asides and footers do not veto.


def test_company_named_media_is_not_a_press_interview() -> None:
    d = mail(
        "Hi Sam,\n\nYour interview for Motion Designer at Quillfeather Media is booked.\n\n"
        "Thursday, December 10, 2026\n2:00 PM - 3:00 PM Eastern\n\n"
        "Best,\nThe Quillfeather Media team\n\n--\nSent on behalf of Quillfeather Media.\n",
        "Interview booked: Motion Designer at Quillfeather Media",
        "Quillfeather Media <noreply@ats-mail.example>",
        reply_to="Tomas Reyes <tomas.reyes@quillfeather.example>",
    )
    assert d.is_interview and d.start == datetime(2026, 12, 10, 19, 0, tzinfo=UTC)


def test_a_reporter_still_makes_a_press_interview() -> None:
    assert other_topic("I'm a reporter at The Daily Ledger writing a story.\nBusiness Reporter, Daily Ledger")
    assert other_topic("Hello from Northside Press! Our magazine would like to interview you for an article.")


def test_aside_and_footer_cues_do_not_veto() -> None:
    text = (
        "Your interview for the Data Analyst role is on Monday.\n"
        "After the panel there is lunch with the team (not an interview).\n"
        "Please bring your portfolio and your application number.\n\n"
        "--\nTo unsubscribe from job alerts, click here.\n"
    )
    assert other_topic(text) is None
    assert other_topic("This is not an interview, just an informal coffee about the role.")


def test_interview_for_a_job_title_is_not_about_another_candidate() -> None:
    assert not lx.INTERVIEWER_FRAMING.search("Interview for Product Designer with Kari Berg")
    assert not lx.INTERVIEWER_FRAMING.search("Your interview for Senior Data Engineer is booked")
    assert lx.INTERVIEWER_FRAMING.search("Phone interview for Jane Doe, Thursday 3pm")


# 2. Scheduling bots are not people; their command words are not events.


def test_chatbot_scheduler_is_no_recipient_and_its_commands_are_not_a_reschedule() -> None:
    d = mail(
        "Great news, Sam! Your interview is scheduled.\n\nDate: Thursday, December 10, 2026\n"
        "Time: 11:00 AM Eastern (30 minutes)\nInterviewer: Lena Park, Store Manager\n\n"
        "Need to reschedule? Just text RESCHEDULE to (555) 010-2030 and I'll help you find a new time.\n\n"
        "Ava\nMaple Grocers Recruiting Assistant\n",
        "Your interview with Maple Grocers is confirmed",
        "Ava at Maple Grocers <ava@paradox.ai>",
    )
    assert d.is_interview and d.kind == "invite"
    assert d.start == datetime(2026, 12, 10, 16, 0, tzinfo=UTC)
    assert d.thank_you_recipients == () and d.recruiter_email is None


def test_moved_interview_whose_previous_slot_was_cancelled_is_a_reschedule() -> None:
    d = mail(
        "Hi Sam,\n\nYour interview has been moved. Here are your new details:\n\n"
        "NEW DATE: Monday, December 7, 2026\nNEW TIME: 9:00 AM Pacific (30 minutes)\n\n"
        "Your previous time (Friday, December 4 at 1:00 PM) has been cancelled.\n\n"
        "Reply YES to confirm, or RESCHEDULE if you need a different time.\n",
        "Your interview time has changed",
        "Ava at Maple Grocers <ava@paradox.ai>",
    )
    assert d.is_interview and d.kind == "reschedule"
    assert d.start == datetime(2026, 12, 7, 17, 0, tzinfo=UTC)


# 4. Times offered, not fixed.


def test_numbered_slots_to_choose_from_are_not_a_fixed_time() -> None:
    d = mail(
        "Hi Sam! The team would love to meet you for the Barista Lead role. "
        "Which of these times works best? All times are Central.\n\n"
        "1) Monday, Dec 7 at 10:00 AM\n2) Tuesday, Dec 8 at 2:00 PM\n3) Wednesday, Dec 9 at 9:30 AM\n\n"
        "Just reply with 1, 2 or 3.\n",
        "Let's schedule your interview with Bean Street",
        "Ava at Bean Street <ava@paradox.ai>",
    )
    assert not d.is_interview


def test_a_window_of_openings_is_not_a_fixed_time() -> None:
    d = mail(
        "Hi Sam,\n\nWe'd like to schedule your 45-minute interview for the Analyst role.\n"
        "Select your interview time: https://schedule.example.test/s/abc\n\n"
        "We have openings between Monday, December 7 and Thursday, December 10, "
        "roughly 9am to 5pm Eastern each day.\n",
        "Please select a time for your interview",
        "Rowan Hale <rowan.hale@northfield.example>",
    )
    assert not d.is_interview


# 3. Time zones written in words, right after the time.


def test_zone_words_after_a_time() -> None:
    cases = {
        "Time: 2:30 PM Eastern (30 minutes)": "America/New_York",
        "at noon Pacific": "America/Los_Angeles",
        "1:00 PM Central": "America/Chicago",
        "9:30 AM Mountain": "America/Denver",
        "10:00 São Paulo time": "America/Sao_Paulo",
        "à 13h30 (heure de l'Est)": "America/Toronto",
        "11:00 Lisbon": "Europe/Lisbon",
    }
    for text, zone in cases.items():
        hits = find_times(text)
        assert hits and str(hits[0].zone) == zone, text
    assert find_times("meet at 3pm at Central Park")[0].zone is None
    assert find_times("drinks at 6pm Central Station")[0].zone is None


def test_an_intro_chat_booked_through_a_scheduler_is_an_interview() -> None:
    d = mail(
        "Hi Sam,\n\nYou're confirmed for an intro chat with Brightwell Labs.\n\n"
        "Wednesday, December 9, 2026\n11:00 AM - 11:30 AM GMT\n\n"
        "With: Nora Quist, Technical Recruiter (nora.quist@brightwell.example)\n",
        "Confirmed: Intro chat with Brightwell Labs - Wed, Dec 9",
        "Brightwell Labs <scheduling@scheduler-mail.example>",
        reply_to="Nora Quist <nora.quist@brightwell.example>",
    )
    assert d.is_interview and d.start == datetime(2026, 12, 9, 11, 0, tzinfo=UTC)
    assert d.thank_you_recipients == ("nora.quist@brightwell.example",)


# 6. Follow-up timelines.


def test_follow_up_phrases_with_a_named_month_or_a_bare_ordinal() -> None:
    anchor = datetime(2026, 12, 1, 18, 0, tzinfo=UTC)
    cases = {
        "We expect to make a decision by the end of December.": date(2026, 12, 31),
        "We hope to let everyone know where they stand by Friday, January 15.": date(2027, 1, 15),
        "Feel free to check in after the 15th.": date(2026, 12, 16),
        "Tendremos una decisión a finales de enero.": date(2027, 1, 31),
        "Wir melden uns bis Ende Januar mit einer Entscheidung.": date(2027, 1, 31),
    }
    for text, want in cases.items():
        assert find_timeline(text, anchor, UTC, anchor).follow_up_after == want, text
    floor = "Meet me on the 3rd floor. We aim to share a decision by Friday."
    assert find_timeline(floor, anchor, UTC, anchor).follow_up_after == date(2026, 12, 4)


# 7. Company names written in the text, not the domain's label.


def test_company_from_a_machine_senders_display_name_named_in_the_text() -> None:
    d = mail(
        "Hi Sam,\n\nThornfield Outdoor Supply has scheduled your interview for the Buyer role.\n\n"
        "When: Friday, December 11, 2026 at 9:30 AM Mountain\n",
        "Interview for Buyer",
        "Thornfield Outdoor Supply <notifications@hr-platform.example>",
        reply_to="Lee Moss <lee.moss@tfos.example>",
    )
    assert d.is_interview and d.company == "Thornfield Outdoor Supply"


def test_company_whose_domain_abbreviates_its_name() -> None:
    d = mail(
        "Hi Sam,\n\nGranite Credit Union is glad to confirm your interview for "
        "Thursday, December 10, 2026 at 1:00 PM Eastern.\n\nPriya Shah\nTalent Partner\n",
        "Interview confirmed",
        "Priya Shah <priya.shah@granitecu.example>",
    )
    assert d.company == "Granite Credit Union"
    e = mail(
        "Hi Sam,\n\nYour interview is moved to Monday, December 14, 2026 at 10:00 AM "
        "Pacific.\n\nDev Rao\nRecruiting | Osprey Security\n",
        "Interview moved",
        "Dev Rao <dev.rao@ospreysec.example>",
    )
    assert e.company == "Osprey Security"
