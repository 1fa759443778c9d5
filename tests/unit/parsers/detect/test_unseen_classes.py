"""Classes of failure seen on unseen mail, each fixed by a general mechanism (small own examples)."""

from __future__ import annotations

from datetime import UTC, datetime

from followup.parsers import analyze_email
from followup.parsers import lexicon as lx
from followup.parsers.addresses import Owner
from followup.parsers.judging import other_topic
from followup.parsers.model import Detection

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
