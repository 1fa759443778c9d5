"""A held-out set of real-world-shaped interview mails and hard negatives, scored per field.

The fixtures were written from what ATS tools (Greenhouse, Lever, Ashby, Workday, iCIMS,
GoodTime, ModernLoop, Calendly), Google Calendar, Outlook/Teams, Zoom and recruiters in
English, Spanish, German and French really send, NOT from the detector's rules. Each file goes
through ``inspect_file`` and ``detection_json`` (what ``followup inspect --json --me ADDR``
prints) and is compared with expected.json. A per-field score table is printed.

Thresholds: per file, is_interview/kind/start/end/thank_you_recipients all exact on at least
90 % of the files; every hard negative (``neg_*``) rejected.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from followup.parsers.addresses import Owner
from followup.parsers.inspect import detection_json, inspect_file

HERE = Path(__file__).parent
FIXTURES = HERE / "fixtures"
EXPECTED: dict[str, Any] = json.loads((HERE / "expected.json").read_text(encoding="utf-8"))
NOW = datetime.fromisoformat(EXPECTED["now"].replace("Z", "+00:00"))
CORE = ("is_interview", "kind", "start", "end", "thank_you_recipients")
EXTRA = ("recruiter_email", "follow_up_after", "company")


def _got(name: str, want: dict[str, Any]) -> dict[str, Any]:
    owner = Owner.of([want.get("me", EXPECTED["default_me"])])
    return detection_json(inspect_file(FIXTURES / name, owner, NOW, None))


def _same(field: str, got: Any, want: Any) -> bool:
    if field == "thank_you_recipients":
        return set(got) == set(want)
    return bool(got == want)


def _score() -> tuple[dict[str, list[int]], list[str], list[str], list[str]]:
    """Per field [right, scored]; files exact on the core fields; failing files; lines to print."""
    table: dict[str, list[int]] = {f: [0, 0] for f in (*CORE, *EXTRA)}
    exact: list[str] = []
    failing: list[str] = []
    lines: list[str] = []
    for name, want in sorted(EXPECTED["files"].items()):
        got = _got(name, want)
        wrong = []
        for field in (*CORE, *EXTRA):
            if field not in want:
                continue
            table[field][1] += 1
            if _same(field, got[field], want[field]):
                table[field][0] += 1
            else:
                wrong.append(field)
        if not any(f in CORE for f in wrong):
            exact.append(name)
        else:
            failing.append(name)
        for field in wrong:
            g = sorted(got[field]) if field == "thank_you_recipients" else got[field]
            lines.append(f"  {name:32} {field:22} got {g!r} want {want[field]!r}")
        if wrong and not got["is_interview"]:
            lines.append(f"  {name:32} {'(reasons)':22} {got['reasons']}")
    return table, exact, failing, lines


@pytest.fixture(scope="module")
def scored() -> tuple[dict[str, list[int]], list[str], list[str], list[str]]:
    return _score()


def test_fixtures_and_expectations_match() -> None:
    names = {p.name for p in FIXTURES.iterdir() if p.suffix in (".eml", ".ics")}
    assert names == set(EXPECTED["files"])
    assert len(names) >= 40
    assert sum(1 for n in names if n.startswith("neg_")) >= 15


def test_heldout_scores(
    scored: tuple[dict[str, list[int]], list[str], list[str], list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    table, exact, failing, lines = scored
    total = len(EXPECTED["files"])
    with capsys.disabled():
        print(f"\nheld-out: {len(exact)}/{total} files exact on {', '.join(CORE)}")
        for label, tag in (("second", "b2_"), ("third", "b3_"), ("fourth", "b4_")):
            batch = [n for n in EXPECTED["files"] if n.startswith((tag, "neg_" + tag))]
            print(f"  ({label} batch: {sum(1 for n in batch if n in exact)}/{len(batch)})")
        for field, (right, n) in table.items():
            print(f"  {field:22} {right:3}/{n:<3} {100 * right / n:5.1f} %")
        for line in lines:
            print(line)
    assert len(exact) >= 0.9 * total, f"exact on the core fields: {len(exact)}/{total}; failing: {failing}"


def test_every_hard_negative_rejected(
    scored: tuple[dict[str, list[int]], list[str], list[str], list[str]],
) -> None:
    negatives = [n for n in EXPECTED["files"] if n.startswith("neg_")]
    detected = [n for n in negatives if _got(n, EXPECTED["files"][n])["is_interview"]]
    assert detected == []
