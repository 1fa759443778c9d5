"""The owner corrects the detector, end to end through the CLI against the real Dovecot (and
Maildir): possible interviews in ``status``, ``track``, ``ignore`` (our drafts and future
events go, the user's drafts stay, never re-detected), and marks made in the mail client
(IMAP keyword; the track folder on both backends)."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from imapclient import IMAPClient

from followup.cli import cli
from followup.mailbox.base import KEY_HEADER
from followup.mailbox.maildir import folder_dir

from .test_engine_end_to_end import OWNER, all_drafts, calendar_events, fixture
from .test_engine_end_to_end import write_config as e2e_config

BEFORE = "2026-03-01T12:00:00Z"
AFTER_INITECH = "2026-03-04T18:00:00Z"  # Initech ran 16:00-17:00Z on March 4
AFTER_GLOBEX = "2026-03-03T21:00:00Z"  # Globex ran 19:00-20:00Z on March 3


def write_config(tmp: Path, h: Any, extra_mailbox: str = "", extra: str = "") -> Path:
    """The end-to-end tests' config, reading ten years back (the fixtures' dates vary)."""
    return e2e_config(tmp, h, extra_mailbox=extra_mailbox, extra=extra, lookback_days=3650)


def followup(cfg: Path, *args: str, ok: bool = True) -> Result:
    result = CliRunner().invoke(cli, ["--config", str(cfg), *args])
    if ok:
        assert result.exit_code == 0, (result.output, result.exception)
    return result


def possible(cfg: Path, now: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(followup(cfg, "status", "--possible", "--json", "--now", now).output)
    return data


def interviews(cfg: Path, now: str) -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(followup(cfg, "status", "--json", "--now", now).output)
    return data


def drafts_to(h: Any) -> list[str]:
    from email import message_from_bytes, policy

    out = []
    for raw in all_drafts(h):
        m = message_from_bytes(raw, policy=policy.default)
        out.append(str(m["To"].addresses[0].addr_spec))
    return sorted(out)


def put_user_draft(h: Any, raw: bytes) -> None:
    if h.name == "imap":
        h.admin.append("Drafts", raw, flags=(b"\\Draft",))
    else:
        d = h.root / ".Drafts"
        for sub in ("tmp", "new", "cur"):
            (d / sub).mkdir(parents=True, exist_ok=True)
        (d / "cur" / f"{time.time_ns()}.user.test:2,D").write_bytes(raw)


def user_draft(mid: str, key: str | None = None) -> bytes:
    head = f"{KEY_HEADER}: {key}\r\n" if key else ""
    return (f"From: {OWNER}\r\nTo: omar.haddad@globex.com\r\nSubject: my own words\r\n"
            f"Message-ID: <{mid}>\r\n{head}\r\nDear Omar, written by me.\r\n").encode()


@pytest.mark.integration
def test_possible_interview_listed_then_tracked_by_message_id(harness: Any, tmp_path: Path) -> None:
    harness.deliver(fixture("missed_initech.eml"), "Jobs")  # rejected: "nothing speaks to the candidate"
    harness.deliver(fixture("notime_hooli.eml"))  # no interview words: not a possible interview
    harness.deliver(fixture("owner_sent_interview.eml"), "Sent")  # the owner's own: never listed
    harness.deliver(fixture("owner_sent_interview.eml").replace(b"owner-note-1", b"owner-note-2"))
    cfg = write_config(tmp_path, harness)
    followup(cfg, "run", "--once", "--now", BEFORE)
    assert interviews(cfg, BEFORE) == []

    [cand] = possible(cfg, BEFORE)["possible_interviews"]
    assert cand["message_id"] == "chat-4410@initech.io"
    assert cand["subject"] == "Quick chat about the backend role"
    assert cand["sender"] == "priya.natarajan@initech.io"
    assert cand["reason"] == "nothing speaks to the candidate"
    assert cand["date"].startswith("2026-02-26T15:05")
    assert cand["track"] == "followup track 'chat-4410@initech.io'"
    text = followup(cfg, "status", "--now", BEFORE).output
    assert "possible interviews" in text and "Quick chat about the backend role" in text
    assert "why not: nothing speaks to the candidate" in text

    out = followup(cfg, "track", "<chat-4410@initech.io>", "--now", BEFORE).output
    assert "Initech" in out and "priya.natarajan@initech.io" in out
    [iv] = interviews(cfg, BEFORE)
    assert (iv["company"], iv["start"], iv["end"]) == (
        "Initech", "2026-03-04T16:00:00Z", "2026-03-04T17:00:00Z")
    assert possible(cfg, BEFORE)["possible_interviews"] == []

    # drafts like any other interview, and a later scan (even of a restored folder) keeps it
    harness.reset_folder("Jobs")
    followup(cfg, "run", "--once", "--now", AFTER_INITECH)
    assert drafts_to(harness) == ["priya.natarajan@initech.io", "sam.ortiz@initech.io"]
    assert "done:" not in followup(cfg, "run", "--once", "--now", AFTER_INITECH).output
    assert [x["id"] for x in interviews(cfg, AFTER_INITECH)] == [iv["id"]]
    assert possible(cfg, AFTER_INITECH)["possible_interviews"] == []


@pytest.mark.integration
def test_track_a_file_with_flags_and_the_missing_start_error(harness: Any, tmp_path: Path) -> None:
    cfg = write_config(tmp_path, harness)
    eml = tmp_path / "coffee.eml"
    eml.write_bytes(fixture("notime_hooli.eml"))
    bad = followup(cfg, "track", str(eml), "--now", BEFORE, ok=False)
    assert bad.exit_code != 0
    assert "no interview time found" in str(bad.exception) and "--start" in str(bad.exception)

    followup(cfg, "track", str(eml), "--start", "2026-03-05T15:00", "--duration", "45m",
             "--with", "Kai.Nguyen@hooli.com", "--company", "Hooli XYZ", "--now", BEFORE)
    [iv] = interviews(cfg, BEFORE)
    assert (iv["company"], iv["start"], iv["end"]) == (
        "Hooli XYZ", "2026-03-05T20:00:00Z", "2026-03-05T20:45:00Z")
    followup(cfg, "run", "--once", "--now", "2026-03-05T22:00:00Z")
    assert drafts_to(harness) == ["jordan.lee@hooli.com", "kai.nguyen@hooli.com"]

    bad = followup(cfg, "track", str(eml), "--start", "2026-03-05T15:00", "--end", "2026-03-05T14:00",
                   ok=False)
    assert "is not after the start" in str(bad.exception)


@pytest.mark.integration
def test_ignore_removes_our_drafts_and_future_events_only_and_sticks(harness: Any, tmp_path: Path) -> None:
    harness.deliver(fixture("invite_globex.eml"), "Jobs")
    cfg = write_config(tmp_path, harness, extra='\n[followup]\nprep_reminder = true\n')
    followup(cfg, "run", "--once", "--now", BEFORE)  # writes the prep reminder (past by AFTER)
    followup(cfg, "run", "--once", "--now", AFTER_GLOBEX)
    ours = drafts_to(harness)
    assert len(ours) == 3
    events = calendar_events(tmp_path / "followup.ics")
    assert {k.split(":")[0] for k in events} == {"prep", "call"}
    # the user's own drafts beside ours: one plain, one even carrying our key header
    [iid] = [x["id"] for x in interviews(cfg, AFTER_GLOBEX)]
    put_user_draft(harness, user_draft("mine-1@mailbox.example"))
    put_user_draft(harness, user_draft("mine-2@mailbox.example", key=f"thanks:{iid}:omar.haddad@globex.com"))

    out = followup(cfg, "ignore", "globex", "--now", AFTER_GLOBEX).output
    assert "3 unsent draft(s) and 1 future event(s) removed" in out
    left = all_drafts(harness)
    assert len(left) == 2 and all(b"written by me" in raw for raw in left)
    assert {k.split(":")[0] for k in calendar_events(tmp_path / "followup.ics")} == {"prep"}  # past stays
    assert interviews(cfg, AFTER_GLOBEX) == []
    assert [x["id"] for x in possible(cfg, AFTER_GLOBEX)["ignored"]] == [iid]

    # never re-detected: a rescan of the same mail, a calendar update of the same UID
    harness.reset_folder("Jobs")
    harness.deliver(fixture("reschedule_globex.eml"), "Jobs")
    assert "done:" not in followup(cfg, "run", "--once", "--now", AFTER_GLOBEX).output
    assert interviews(cfg, AFTER_GLOBEX) == [] and len(all_drafts(harness)) == 2
    assert {k.split(":")[0] for k in calendar_events(tmp_path / "followup.ics")} == {"prep"}

    # --undo brings it back (moved to March 5 by the update seen while ignored)
    followup(cfg, "ignore", "--undo", iid[:6])
    [iv] = interviews(cfg, AFTER_GLOBEX)
    assert iv["id"] == iid and iv["start"] == "2026-03-05T19:00:00Z"
    followup(cfg, "run", "--once", "--now", "2026-03-05T21:00:00Z")
    again = [raw for raw in all_drafts(harness) if b"written by me" not in raw]
    # (Omar's is not rewritten: the user's draft carrying our key counts as it — has_draft)
    assert sorted(b"dana.whitfield" in raw or b"lena.fischer" in raw for raw in again) == [True, True]
    assert len(all_drafts(harness)) == 4


@pytest.mark.integration
def test_marked_with_the_keyword_in_the_mail_client_is_tracked(dovecot: Any, account: Any,
                                                               tmp_path: Path) -> None:
    """IMAP keyword route (Dovecot; Gmail's X-GM-LABELS route needs Gmail and is not tested)."""
    from ..mailbox.mailbox_harness import ImapHarness

    h = ImapHarness(dovecot, account)
    try:
        h.deliver(fixture("missed_initech.eml"))
        h.deliver(fixture("notime_hooli.eml"), "Jobs")
        cfg = write_config(tmp_path, h)
        followup(cfg, "run", "--once", "--now", BEFORE)
        assert interviews(cfg, BEFORE) == []
        # the user sets the keyword in their client (on mail the scan saw already)
        admin: IMAPClient = h.admin
        for folder in ("INBOX", "Jobs"):
            admin.select_folder(folder)
            admin.add_flags(admin.search(["ALL"]), [b"followup"])
        flags_before = {f: h.flags(f) for f in ("INBOX", "Jobs")}
        followup(cfg, "run", "--once", "--now", BEFORE)
        assert {f: h.flags(f) for f in ("INBOX", "Jobs")} == flags_before  # we set/removed nothing
        [iv] = interviews(cfg, BEFORE)
        assert (iv["company"], iv["start"]) == ("Initech", "2026-03-04T16:00:00Z")
        [cand] = possible(cfg, BEFORE)["possible_interviews"]
        assert cand["marked"] and cand["reason"] == "marked by you, but no time found"
        assert cand["track"] == "followup track 'coffee-77@hooli.com' --start …"
        assert "marked by you, but no time found" in followup(cfg, "status", "--now", BEFORE).output
        # a second run changes nothing; the owner gives the time
        followup(cfg, "run", "--once", "--now", BEFORE)
        assert len(interviews(cfg, BEFORE)) == 1
        followup(cfg, "track", "coffee-77@hooli.com", "--start", "2026-03-06T10:00", "--now", BEFORE)
        assert len(interviews(cfg, BEFORE)) == 2
        assert possible(cfg, BEFORE)["possible_interviews"] == []
    finally:
        h.close()


@pytest.mark.integration
def test_moved_into_the_track_folder_is_tracked(harness: Any, tmp_path: Path) -> None:
    harness.deliver(fixture("missed_initech.eml"))
    cfg = write_config(tmp_path, harness, extra_mailbox='track_folder = "Followup"\n')
    followup(cfg, "run", "--once", "--now", BEFORE)
    assert interviews(cfg, BEFORE) == []
    # the user copies it into the folder in their client
    if harness.name == "imap":
        harness.admin.create_folder("Followup")
        harness.admin.select_folder("INBOX")
        harness.admin.copy(harness.admin.search(["ALL"]), "Followup")
    else:
        for d in ("tmp", "new", "cur"):
            (folder_dir(harness.root, "Followup") / d).mkdir(parents=True, exist_ok=True)
        harness.deliver(fixture("missed_initech.eml"), "Followup")
    followup(cfg, "run", "--once", "--now", BEFORE)
    [iv] = interviews(cfg, BEFORE)
    assert (iv["company"], iv["start"]) == ("Initech", "2026-03-04T16:00:00Z")
