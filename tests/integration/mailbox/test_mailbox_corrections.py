"""The two mailbox methods the owner's corrections need, on both backends (real Dovecot,
Maildir): ``delete_our_draft`` removes only our unsent draft, ``fetch_message`` reads a
scanned mail again without changing a flag."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from followup.config import OwnerConfig
from followup.engine.drafts import DraftInput, DraftWriter
from followup.mailbox.base import KEY_HEADER
from followup.state import MemoryState
from tests.support.dovecot import sample_message

from .mailbox_harness import WANTS, Harness

pytestmark = pytest.mark.integration

SINCE = datetime.now(UTC) - timedelta(days=60)
KEY = "thanks:iv-1:dana@acme.example"


def _our_draft() -> bytes:
    w = DraftWriter(OwnerConfig(name="Alex", email="alex@mailbox.example"), ZoneInfo("UTC"))
    msg = w.build(DraftInput(KEY, "dana@acme.example", "Dana", "Acme", None, datetime.now(UTC)),
                  datetime.now(UTC))
    msg[KEY_HEADER] = KEY
    return msg.as_bytes()


def _put(h: Harness, raw: bytes, draft_flag: bool) -> None:
    if h.name == "imap":
        h.admin.append("Drafts", raw, flags=(b"\\Draft",) if draft_flag else ())  # type: ignore[attr-defined]
    else:
        d = h.root / ".Drafts"  # type: ignore[attr-defined]
        for sub in ("tmp", "new", "cur"):
            (d / sub).mkdir(parents=True, exist_ok=True)
        n = len(list((d / "cur").iterdir()))
        (d / "cur" / f"{n}.user.test:2,{'D' if draft_flag else 'S'}").write_bytes(raw)


def test_delete_our_draft_needs_our_key_our_message_id_and_the_draft_flag(harness: Harness) -> None:
    ours = _our_draft()
    _put(harness, ours, draft_flag=True)
    _put(harness, ours, draft_flag=False)  # the same bytes without \Draft: not ours to remove
    # our key header but not our Message-ID: the user's
    _put(harness, ours.replace(b"Message-ID: <fu-", b"Message-ID: <user-"), draft_flag=True)
    _put(harness, sample_message(1, subject="my own draft"), draft_flag=True)
    mb = harness.mailbox()
    try:
        assert mb.delete_our_draft(KEY) is True
        assert mb.delete_our_draft(KEY) is False
        assert mb.delete_our_draft("thanks:iv-2:someone@acme.example") is False
    finally:
        mb.close()
    left = harness.drafts(KEY)
    assert len(left) == 2
    assert sum(b"Message-ID: <fu-" in raw for _f, raw in left) == 1  # the unflagged copy
    assert any("\\Draft" not in flags for flags, _raw in left)


def test_fetch_message_by_uid_then_by_message_id_after_a_restore(harness: Harness) -> None:
    raw = sample_message(7, subject="Interview next week", message_id="<m7@test.example>")
    harness.deliver(raw, "Jobs")
    mb = harness.mailbox()
    try:
        [sm] = [m for m in mb.scan(MemoryState(), SINCE, WANTS) if m.folder == "Jobs"]
        before = harness.flags("Jobs")
        got = mb.fetch_message("Jobs", sm.uid, sm.meta.message_id)
        assert got is not None and b"<m7@test.example>" in got
        assert harness.flags("Jobs") == before  # no \Seen
        harness.reset_folder("Jobs")  # new UIDVALIDITY / new file names: found by Message-ID
        again = mb.fetch_message("Jobs", sm.uid, "m7@test.example")
        assert again is not None and b"<m7@test.example>" in again
        assert mb.fetch_message("Jobs", sm.uid, "<nothere@test.example>") is None
    finally:
        mb.close()
