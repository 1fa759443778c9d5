"""Mutated real invites through parse and draft building: no unhandled error, every draft
well-formed. ``FOLLOWUP_FUZZ_CASES`` raises the count (bench/fuzz_drafts.py runs 10,000)."""

from __future__ import annotations

import os

from .draft_fuzz import fixtures, run

CASES = int(os.environ.get("FOLLOWUP_FUZZ_CASES", "300"))


def test_mutated_invites_never_crash_parse_or_draft_building() -> None:
    assert len(fixtures()) >= 20
    result = run(CASES)
    assert result.unhandled == []
    assert result.cases == CASES
    # the mutations must leave enough invites to exercise the draft builder
    assert result.interviews >= CASES // 5 and result.drafts >= CASES // 2
