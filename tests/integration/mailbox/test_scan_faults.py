"""Dovecot stopped in the middle of a scan: one ConnectionFailed line, and the next scan
after the server is back resumes where the folder mark stood (nothing missed)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from followup.errors import ConnectionFailed
from followup.state import MemoryState
from tests.support.dovecot import Account, Dovecot, sample_message

from .mailbox_harness import WANTS, imap_config, imap_mailbox

pytestmark = pytest.mark.integration
SINCE = datetime.now(UTC) - timedelta(days=60)


def test_server_stopped_mid_scan_then_resumed(dovecot: Dovecot, account: Account) -> None:
    batch = 3
    ids = [f"<fault{i}@x>" for i in range(10)]
    with dovecot.client(account) as c:
        c.multiappend("INBOX", [sample_message(i, invite=i % 3 == 0, message_id=mid)
                                for i, mid in enumerate(ids)])
    mb, state = imap_mailbox(imap_config(dovecot, account), batch_size=batch), MemoryState()
    first: list[str] = []
    scan = mb.scan(state, SINCE, WANTS)
    try:
        with pytest.raises(ConnectionFailed) as info:
            for msg in scan:
                first.append(str(msg.meta.message_id))
                if len(first) == 4:  # in the second batch
                    dovecot.stop()
    finally:
        dovecot.start()
    text = str(info.value)
    assert "\n" not in text and text.startswith(f"127.0.0.1:{dovecot.port}: ")
    assert 4 <= len(first) < 10
    second = [str(m.meta.message_id) for m in mb.scan(state, SINCE, WANTS)]
    assert set(first) | set(second) == set(ids)  # nothing missed
    assert len(first) + len(second) - len(ids) <= batch  # at most the batch in flight again
    assert list(mb.scan(state, SINCE, WANTS)) == []
    mb.close()
