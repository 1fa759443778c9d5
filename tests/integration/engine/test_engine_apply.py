"""Applying against the real Dovecot: one key search per draft, and a draft already there (a
crash after the APPEND, before it was recorded) is found by that one search, not written twice."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from followup.config import load_config
from followup.engine.service import run_cycle
from followup.engine.tracker import Tracker
from followup.mailbox.imap import ImapMailbox
from tests.support.dovecot import Account, Dovecot

from ..mailbox.mailbox_harness import ImapHarness
from .test_engine_end_to_end import AFTER, RECIPIENTS, all_drafts, fixture, write_config

pytestmark = pytest.mark.integration


@pytest.fixture
def imap(dovecot: Dovecot, account: Account) -> Iterator[ImapHarness]:
    h = ImapHarness(dovecot, account)
    try:
        yield h
    finally:
        h.close()


@pytest.fixture
def searches(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The keys the IMAP backend searched Drafts for (the real SEARCH still runs)."""
    seen: list[str] = []
    real = ImapMailbox._find_draft

    def counted(self: ImapMailbox, client: Any, folder: str, key: str) -> str | None:
        seen.append(key)
        return real(self, client, folder, key)

    monkeypatch.setattr(ImapMailbox, "_find_draft", counted)
    return seen


def test_one_drafts_search_per_draft(imap: ImapHarness, tmp_path: Path, searches: list[str]) -> None:
    imap.deliver(fixture("invite_globex.eml"), "Jobs")
    config = load_config(write_config(tmp_path, imap))
    report = run_cycle(config, now=datetime.fromisoformat(AFTER))
    drafts = [a.key for a in report.applied if a.kind == "draft"]
    assert sorted(k.rsplit(":", 1)[1] for k in drafts) == RECIPIENTS
    assert sorted(searches) == sorted(drafts)  # was two each: has_draft, then append_draft's own
    assert len(all_drafts(imap)) == 3


def test_a_draft_appended_but_not_recorded_is_not_written_again(imap: ImapHarness, tmp_path: Path,
                                                                searches: list[str]) -> None:
    imap.deliver(fixture("invite_globex.eml"), "Jobs")
    config = load_config(write_config(tmp_path, imap))
    run_cycle(config, now=datetime.fromisoformat(AFTER))
    with Tracker(config.state.path) as t, t.tx() as db:  # as if killed after the APPENDs
        db.execute("DELETE FROM actions WHERE kind = 'draft'")
    searches.clear()
    report = run_cycle(config, now=datetime.fromisoformat(AFTER))
    assert len([a for a in report.applied if a.kind == "draft"]) == 3 == len(searches)
    assert len(all_drafts(imap)) == 3  # found by the one search: nothing written twice
