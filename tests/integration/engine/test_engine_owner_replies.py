"""The owner's own replies and notes, end to end through the CLI against the real Dovecot (and Maildir): a
reply in Sent that settles the slot a recruiter proposed makes the interview (the proposal alone
does not), and a reply to an invite already tracked never moves it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .test_engine_corrections import drafts_to, followup, interviews, write_config
from .test_engine_end_to_end import fixture

BEFORE = "2026-03-01T12:00:00Z"
AFTER_VANTOR = "2026-03-05T18:00:00Z"  # Vantor ran 16:00-16:45Z on March 5


@pytest.mark.integration
def test_the_owners_confirmation_in_sent_makes_the_proposed_slot_an_interview(harness: Any,
                                                                              tmp_path: Path) -> None:
    harness.deliver(fixture("proposal_vantor.eml"))  # a question: no fixed time yet
    cfg = write_config(tmp_path, harness)
    followup(cfg, "run", "--once", "--now", BEFORE)
    assert interviews(cfg, BEFORE) == []

    harness.deliver(fixture("owner_confirms_vantor.eml"), "Sent")  # "Perfect, see you Thursday at 11."
    followup(cfg, "run", "--once", "--now", BEFORE)
    [iv] = interviews(cfg, BEFORE)
    assert (iv["company"], iv["start"]) == ("Vantor", "2026-03-05T16:00:00Z")
    assert iv["end"] == "2026-03-05T16:45:00Z"
    assert [p["email"] for p in iv["people"]] == ["rosa.lind@vantor.example"]

    # after it: one thank-you to the recruiter she answered; a restored Sent folder adds nothing
    followup(cfg, "run", "--once", "--now", AFTER_VANTOR)
    assert drafts_to(harness) == ["rosa.lind@vantor.example"]
    harness.reset_folder("Sent")
    assert "done:" not in followup(cfg, "run", "--once", "--now", AFTER_VANTOR).output
    assert [x["id"] for x in interviews(cfg, AFTER_VANTOR)] == [iv["id"]]
    assert drafts_to(harness) == ["rosa.lind@vantor.example"]


@pytest.mark.integration
def test_the_owners_reply_to_a_tracked_invite_never_moves_it(harness: Any, tmp_path: Path) -> None:
    harness.deliver(fixture("invite_globex.eml"), "Jobs")
    # her reply misremembers the hour ("see you Tuesday at 4"): the invite's 2 PM stands
    harness.deliver(fixture("owner_confirms_globex.eml"), "Sent")
    cfg = write_config(tmp_path, harness)
    followup(cfg, "run", "--once", "--now", BEFORE)
    [iv] = interviews(cfg, BEFORE)
    assert (iv["start"], iv["end"]) == ("2026-03-03T19:00:00Z", "2026-03-03T20:00:00Z")


@pytest.mark.integration
def test_an_invite_scanned_after_the_owners_reply_joins_the_interview_it_made(harness: Any,
                                                                             tmp_path: Path) -> None:
    harness.deliver(fixture("owner_confirms_globex.eml"), "Sent")
    cfg = write_config(tmp_path, harness)
    followup(cfg, "run", "--once", "--now", BEFORE)
    [first] = interviews(cfg, BEFORE)
    harness.deliver(fixture("invite_globex.eml"), "Jobs")  # filed later (or in a folder added later)
    followup(cfg, "run", "--once", "--now", BEFORE)
    assert [iv["id"] for iv in interviews(cfg, BEFORE)] == [first["id"]]


@pytest.mark.integration
def test_a_note_the_owner_sent_herself_is_tracked_once(harness: Any, tmp_path: Path) -> None:
    # a chat with the recruiter pasted into a mail to herself: in her inbox and in Sent
    harness.deliver(fixture("owner_note_to_self_kestrel.eml"))
    harness.deliver(fixture("owner_note_to_self_kestrel.eml"), "Sent")
    cfg = write_config(tmp_path, harness)
    followup(cfg, "run", "--once", "--now", BEFORE)
    [iv] = interviews(cfg, BEFORE)
    # Wed 4 March, 2-3pm Eastern (not the chat's own 3:02 pm stamps)
    assert (iv["start"], iv["end"]) == ("2026-03-04T19:00:00Z", "2026-03-04T20:00:00Z")
    assert [p["email"] for p in iv["people"]] == ["priya.nair@kestrel.example"]
    followup(cfg, "run", "--once", "--now", "2026-03-04T22:00:00Z")
    assert drafts_to(harness) == ["priya.nair@kestrel.example"]
