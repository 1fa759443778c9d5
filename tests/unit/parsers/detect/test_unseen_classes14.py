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
