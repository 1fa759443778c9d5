"""run_cycle over the whole life of an interview with a fixed clock: call, callback, move-on,
close as no-response; a crash at every step; a first-ever dry run creates nothing on disk."""

from __future__ import annotations

import hashlib
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup.cli import cli
from followup.commands.status import stats_data, status_data
from followup.config import Config
from followup.engine.service import run_cycle
from followup.engine.tracker import Tracker

from .test_engine_service import INVITE, FakeCalendar, FakeMailbox, config, scanned

__all__ = ["config"]

TICKS = [datetime(2026, 3, d, h, 0, tzinfo=UTC) for d, h in
         [(3, 21), (5, 12), (10, 13), (10, 15), (11, 12), (12, 15), (13, 12), (19, 13), (19, 15), (25, 12)]]


def test_the_whole_chain_closes_as_no_response(config: Config) -> None:
    mb, cal = FakeMailbox([scanned(INVITE, "1")]), FakeCalendar()
    seen: set[str] = set()
    for now in TICKS:
        run_cycle(config, now=now, mailbox=mb, calendar=cal)
        seen |= set(cal.events)
    iid = next(iter(cal.events)).split(":")[1]
    assert sorted(seen) == [f"call:{iid}:1", f"call:{iid}:2", f"moveon:{iid}"]  # never a third call
    starts = {k: e.start for k, e in cal.events.items()}
    assert starts == {f"call:{iid}:1": datetime(2026, 3, 10, 14, 0, tzinfo=UTC),
                      f"call:{iid}:2": datetime(2026, 3, 12, 14, 0, tzinfo=UTC),
                      f"moveon:{iid}": datetime(2026, 3, 19, 14, 0, tzinfo=UTC)}
    with Tracker(config.state.path) as t:
        [st] = status_data(config, t, TICKS[-1])
        stats = stats_data(t, TICKS[-1])
    assert st["status"] == "closed" and st["outcome"] == "no-response" and st["planned"] == []
    assert st["stage"] == "closed: no-response"
    assert stats["outcomes"]["no-response"] == 1 and stats["response_rate"] == 0.0


def test_the_callback_is_written_only_after_the_first_call(config: Config) -> None:
    mb, cal = FakeMailbox([scanned(INVITE, "1")]), FakeCalendar()
    run_cycle(config, now=TICKS[0], mailbox=mb, calendar=cal)
    run_cycle(config, now=datetime(2026, 3, 10, 13, 59, tzinfo=UTC), mailbox=mb, calendar=cal)
    assert [k.split(":")[0] + k[-2:] for k in cal.events] == ["call:1"]
    run_cycle(config, now=datetime(2026, 3, 10, 14, 0, tzinfo=UTC), mailbox=mb, calendar=cal)
    assert sorted(k[-2:] for k in cal.events if k.startswith("call:")) == [":1", ":2"]


@pytest.mark.parametrize("step", range(6))
def test_a_crash_at_any_step_creates_nothing_twice(config: Config, monkeypatch: pytest.MonkeyPatch,
                                                   step: int) -> None:
    """Power cut after the n-th side effect, before its record: the rerun writes each thing once."""
    mb, cal = FakeMailbox([scanned(INVITE, "1")]), FakeCalendar()
    real_record = Tracker.record_action
    calls = {"n": 0}

    def record(self: Tracker, *a: object, **kw: object) -> None:
        calls["n"] += 1
        if calls["n"] == step + 1:
            raise KeyboardInterrupt("power cut")
        real_record(self, *a, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Tracker, "record_action", record)
    for now in TICKS:
        try:
            run_cycle(config, now=now, mailbox=mb, calendar=cal)
        except KeyboardInterrupt:
            run_cycle(config, now=now, mailbox=mb, calendar=cal)  # restarted
    assert mb.appends == 3 and len(mb.drafts) == 3  # has_draft by key: no second append
    kinds = sorted(k.split(":")[0] + (k.split(":")[2] if k.startswith("call") else "") for k in cal.events)
    assert kinds == ["call1", "call2", "moveon"]
    with Tracker(config.state.path) as t:
        [iid] = t.interview_ids()
        assert t.row(iid)["outcome"] == "no-response"


def _tree(root: Path) -> dict[str, str]:
    out = {}
    for dirpath, dirs, files in os.walk(root):
        for d in dirs:
            out[os.path.relpath(os.path.join(dirpath, d), root) + "/"] = ""
        for f in files:
            p = os.path.join(dirpath, f)
            out[os.path.relpath(p, root)] = hashlib.sha256(Path(p).read_bytes()).hexdigest()
    return out


def test_a_first_dry_run_creates_nothing_on_disk(tmp_path: Path) -> None:
    root = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True)
    (root / "new" / "1.invite").write_bytes(INVITE)
    cfg = tmp_path / "config.toml"
    cfg.write_text('[owner]\nname = "Alex Rivera"\nemail = "alex.rivera@mailbox.example"\n'
                   'timezone = "America/New_York"\n'
                   f'[mailbox]\nbackend = "maildir"\npath = "{root}"\n'
                   f'[calendar]\nbackend = "ics"\npath = "{tmp_path / "cal" / "followup.ics"}"\n'
                   f'[state]\npath = "{tmp_path / "state" / "state.db"}"\n')
    before = _tree(tmp_path)
    # the last: a first run a week after the interview (the call was due the day before: still useful)
    for now in ("2026-03-01T12:00:00Z", "2026-03-03T21:00:00Z", "2026-03-11T12:00:00Z"):
        result = CliRunner().invoke(cli, ["--config", str(cfg), "run", "--once", "--now", now, "--dry-run"],
                                    catch_exceptions=False)
        assert result.exit_code == 0, result.output
    assert "would:" in result.output
    assert _tree(tmp_path) == before


def test_reading_a_missing_ics_file_creates_nothing(tmp_path: Path) -> None:
    from followup.calendar_sync.ics_file import IcsFileCalendar
    from followup.state import MemoryState

    cal = IcsFileCalendar(tmp_path / "sub" / "followup.ics", "America/New_York")
    assert list(cal.changes(MemoryState())) == []
    assert list(tmp_path.iterdir()) == []


def test_stats_months_are_the_owners_months(tmp_path: Path) -> None:
    from zoneinfo import ZoneInfo

    from followup.parsers.model import Detection, Person

    start = datetime(2026, 4, 1, 1, 0, tzinfo=UTC)  # Tue 31 Mar 21:00 in New York
    with Tracker(tmp_path / "s.db") as t:
        t.record_detection(Detection(is_interview=True, kind="invite", uid="late@acme.com", start=start,
                                     end=start.replace(hour=2), company="Acme",
                                     people=(Person("jo@acme.com", "Jo Ann", "recruiter"),)),
                           datetime(2026, 3, 1, tzinfo=UTC))
        ny_months = stats_data(t, start, ZoneInfo("America/New_York"))["months"]
        assert [m["month"] for m in ny_months] == ["2026-03"]
        assert [m["month"] for m in stats_data(t, start)["months"]] == ["2026-04"]  # UTC by default
