"""Possible interviews stay bounded; the marks' config keys are checked."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followup.config import load_config
from followup.engine import corrections
from followup.engine.tracker import Tracker
from followup.errors import ConfigError
from followup.mailbox.base import ScannedMessage
from followup.parsers.model import Address, MailMeta

NOW = datetime(2026, 3, 1, tzinfo=UTC)


def _sm(i: int, days_ago: float) -> ScannedMessage:
    meta = MailMeta(f"<m{i}@x.example>", None, (), f"Interview {i}", Address("r@x.example"), (), (),
                    NOW - timedelta(days=days_ago))
    return ScannedMessage("INBOX", f"1:{i}", meta, None)


def test_possible_interviews_keep_the_newest_fifty_within_the_lookback_and_every_mark() -> None:
    with Tracker(":memory:") as t:
        for i in range(70):
            corrections._add_candidate(t, _sm(i, i * 0.5), f"m{i}@x.example", "rejected", False, NOW)
        corrections._add_candidate(t, _sm(99, 400), "m99@x.example", corrections.MARKED_NO_TIME, True, NOW)
        got = corrections.possible_interviews(t, NOW, lookback_days=60)
        assert len(got) == corrections.MAX_POSSIBLE == 50
        assert got[0]["message_id"] == "m99@x.example" and got[0]["marked"]  # the owner's mark first
        assert [g["message_id"] for g in got[1:]] == [f"m{i}@x.example" for i in range(49)]
        assert t.db.execute("SELECT count(*) FROM candidates").fetchone()[0] == 51
        # a shorter look-back hides the older ones
        assert len(corrections.possible_interviews(t, NOW, lookback_days=5)) == 1 + 11  # 0 … 5 days old


def test_track_keyword_must_be_an_imap_atom(tmp_path: Path) -> None:
    cfg = tmp_path / "c.toml"
    cfg.write_text('[mailbox]\nbackend = "maildir"\npath = "/tmp"\ntrack_keyword = "follow up"\n')
    with pytest.raises(ConfigError, match="track_keyword"):
        load_config(cfg)
    cfg.write_text('[mailbox]\nbackend = "maildir"\npath = "/tmp"\ntrack_keyword = "Job"\n'
                   'track_folder = "Followup"\n')
    c = load_config(cfg)
    assert (c.mailbox.track_keyword, c.mailbox.track_folder) == ("Job", "Followup")
