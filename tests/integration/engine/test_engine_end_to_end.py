"""End to end through the CLI: an invite mail in the mailbox (real Dovecot, and Maildir) →
``followup run --once --now <after the interview>`` → one draft per interviewer in Drafts and
the call event in the .ics calendar; a second run changes nothing; a reply removes the call."""

from __future__ import annotations

import json
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result
from icalendar import Calendar as ICal
from imapclient import IMAPClient

from followup.cli import cli
from followup.mailbox.base import KEY_HEADER
from followup.mailbox.draft_ids import is_ours, message_id_for_key

FIXTURES = Path(__file__).parent / "fixtures"
OWNER = "alex.rivera@mailbox.example"
RECIPIENTS = ["dana.whitfield@globex.com", "lena.fischer@globex.com", "omar.haddad@globex.com"]
AFTER = "2026-03-03T21:00:00Z"  # the interview ran 19:00-20:00Z; drafts are due at 20:30Z


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def write_config(tmp: Path, h: Any, *, extra_mailbox: str = "", extra: str = "",
                 lookback_days: int = 60) -> Path:
    if h.name == "imap":
        mailbox = (f'backend = "imap"\nhost = "{h.dovecot.host}"\nport = {h.dovecot.port}\n'
                   f'security = "none"\nusername = "{h.account.username}"\n'
                   f'password_command = "echo {h.account.password}"\nfolders = ["INBOX", "Jobs"]\n')
    else:
        mailbox = f'backend = "maildir"\npath = "{h.root}"\nfolders = ["INBOX", "Jobs"]\n'
    cfg = tmp / "config.toml"
    cfg.write_text(
        f'[owner]\nname = "Alex Rivera"\nemail = "{OWNER}"\nphone = "+1 555 0100"\n'
        f'timezone = "America/New_York"\n\n[mailbox]\n{mailbox}{extra_mailbox}'
        f'lookback_days = {lookback_days}\n\n'
        f'[calendar]\nbackend = "ics"\npath = "{tmp / "followup.ics"}"\n\n'
        f'[state]\npath = "{tmp / "state.db"}"\n{extra}')
    return cfg


def followup(cfg: Path, *args: str) -> Result:
    result = CliRunner().invoke(cli, ["--config", str(cfg), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def all_drafts(h: Any) -> list[bytes]:
    if h.name == "imap":
        client: IMAPClient = h.admin
        client.select_folder("Drafts", readonly=True)
        uids = client.search(["ALL"])
        return [d[b"BODY[]"] for d in client.fetch(uids, ["BODY.PEEK[]"]).values()] if uids else []
    drafts = h.root / ".Drafts"
    return [p.read_bytes() for sub in ("new", "cur") if (drafts / sub).exists()
            for p in (drafts / sub).iterdir()]


def calendar_events(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    cal = ICal.from_ical(path.read_bytes())
    return {str(ev.get("X-FOLLOWUP-KEY")): ev for ev in cal.walk("VEVENT")}


@pytest.mark.integration
def test_invite_to_drafts_and_call_event(harness: Any, tmp_path: Path) -> None:
    harness.deliver(fixture("invite_globex.eml"), "Jobs")
    cfg = write_config(tmp_path, harness)

    # before the interview: recorded, nothing written
    followup(cfg, "run", "--once", "--now", "2026-03-01T12:00:00Z")
    assert all_drafts(harness) == []
    assert calendar_events(tmp_path / "followup.ics") == {}

    # a dry run after the interview prints the plan and changes nothing
    state_before = (tmp_path / "state.db").read_bytes()
    dry = followup(cfg, "run", "--once", "--now", AFTER, "--dry-run")
    assert "would:" in dry.output and "thank-you draft to Omar Haddad" in dry.output
    assert all_drafts(harness) == [] and calendar_events(tmp_path / "followup.ics") == {}
    assert (tmp_path / "state.db").read_bytes() == state_before

    out = followup(cfg, "run", "--once", "--now", AFTER).output
    assert "done:" in out
    drafts = [message_from_bytes(raw, policy=policy.default) for raw in all_drafts(harness)]
    assert sorted(str(m["To"].addresses[0].addr_spec) for m in drafts) == RECIPIENTS
    for m in drafts:
        assert m["From"].addresses[0].addr_spec == OWNER
        assert m["Subject"] == "Thank you — Platform Engineer interview"
        assert m[KEY_HEADER] is None  # nothing tool-specific leaves with the mail
        assert is_ours(m["Message-ID"]) and m["Message-ID"].endswith("@mailbox.example>")
        assert "[[ Add one specific thing" in m.get_body(("plain",)).get_content()
    done = json.loads(followup(cfg, "status", "--json", "--now", AFTER).output)[0]["done"]
    thanks = [d["key"] for d in done if d["key"].startswith("thanks:")]
    assert len(thanks) == 3
    for key in thanks:
        [(flags, raw)] = harness.drafts(key)
        assert {"\\Draft", "\\Seen"} <= flags
        assert f"Message-ID: {message_id_for_key(key, 'mailbox.example')}\r\n".encode() in raw
    assert all("\\Seen" not in f and "S" not in f for f in harness.flags("Jobs").values())
    to_dana = next(m for m in drafts if "dana" in str(m["To"]))
    assert to_dana["In-Reply-To"] == "<invite-7781@globex.com>"  # threads under the recruiter's mail
    assert all(m["In-Reply-To"] is None for m in drafts if m is not to_dana)

    events = calendar_events(tmp_path / "followup.ics")
    calls = [k for k in events if k.startswith("call:")]
    assert len(calls) == 1 and calls[0].endswith(":1")
    call = events[calls[0]]
    assert call.decoded("DTSTART").isoformat().startswith("2026-03-10T10:00")  # 5 business days, 10:00 NY
    assert "Dana Whitfield" in str(call.get("SUMMARY"))
    assert "repeat your number" in str(call.get("DESCRIPTION"))

    # a second run changes nothing
    ics_before = (tmp_path / "followup.ics").read_bytes()
    again = followup(cfg, "run", "--once", "--now", AFTER).output
    assert "done:" not in again
    assert len(all_drafts(harness)) == 3
    assert (tmp_path / "followup.ics").read_bytes() == ics_before

    # the folder comes back with a new UIDVALIDITY (or restored from a backup): still nothing new
    harness.reset_folder("Jobs")
    assert "done:" not in followup(cfg, "run", "--once", "--now", AFTER).output
    assert len(all_drafts(harness)) == 3
    assert (tmp_path / "followup.ics").read_bytes() == ics_before

    status = json.loads(followup(cfg, "status", "--json", "--now", AFTER).output)
    assert len(status) == 1 and status[0]["company"] == "Globex"
    assert status[0]["stage"] == "follow-up call planned"
    assert {d["key"].split(":")[0] for d in status[0]["done"]} == {"thanks", "call"}

    # the recruiter answers two days later: the call not yet made is removed
    harness.deliver(fixture("reply_globex.eml"))
    followup(cfg, "run", "--once", "--now", "2026-03-05T18:00:00Z")
    assert [k for k in calendar_events(tmp_path / "followup.ics") if k.startswith("call:")] == []
    status = json.loads(followup(cfg, "status", "--json", "--now", "2026-03-05T18:00:00Z").output)
    assert status[0]["stage"] == "replied"

    followup(cfg, "journal", "globex", "Good talk about their deploy pipeline", "--outcome", "offer")
    assert "[offer]" in followup(cfg, "journal", "globex").output
    stats = json.loads(followup(cfg, "stats", "--json").output)
    assert stats["interviews"] == 1 and stats["outcomes"]["offer"] == 1 and stats["response_rate"] == 1.0
