"""Every real-world file in ../shared/corpus goes through the parser; the Enron labels score it.

The confusion table is printed (run pytest with -s to see it, or read the captured output
of a failure). Thresholds: ≥ 95 % of the negatives rejected, every real meeting invitation
(none of which is an interview) rejected, the hiring side never yields thank-you
recipients, and the candidate-side mails that fix a time are detected.
"""

from __future__ import annotations

import csv
from datetime import UTC, datetime
from pathlib import Path

import pytest

from followup.errors import ParseError
from followup.parsers import analyze_email, analyze_ics
from followup.parsers.addresses import Owner
from followup.parsers.mime import read_message

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

# Candidate-side Enron mails that fix an interview's date (and mostly a time). The other
# candidate-side mails ask for availability, talk about travel, forward attachments we
# cannot read, or are the candidate's own mail: no time is fixed, so they must be rejected.
FIXES_A_TIME = {
    "pos_02": "2002-02-05T15:00",  # 9:00 a.m. on Tuesday, February 5 (-0800 Date zone → 17:00Z?)
    "pos_03": None,
    "pos_04": None,
    "pos_05": None,
    "pos_09": None,
    "pos_18": "2000-12-06T19:00",  # 1:00 PM Houston time
}
# Owners where the To header does not name the mailbox owner.
OWNER_OVERRIDE = {
    "pos_06": ["bill.williams@enron.com"],
    "pos_07": ["susan_m_scott@enron.com", "susan_m_scott@hotmail.com"],
    "pos_08": ["sscott5@enron.com", "susan_m_scott@hotmail.com"],
    "pos_19": ["jmyan@stanford.edu"],
}


def _owner_for(path: Path, raw: bytes, key: str) -> Owner | None:
    if key in OWNER_OVERRIDE:
        return Owner.of(OWNER_OVERRIDE[key])
    meta = read_message(raw).meta
    return Owner.of([a.email for a in meta.to] or [a.email for a in meta.cc])


def test_every_corpus_file_parses_or_raises_parse_error(corpus_dir: Path) -> None:
    ok = errors = 0
    for path in sorted(corpus_dir.rglob("*")):
        if path.suffix.lower() not in (".eml", ".ics"):
            continue
        data = path.read_bytes()
        try:
            if path.suffix.lower() == ".ics":
                analyze_ics(data, None, NOW)
            else:
                analyze_email(data, None, NOW)
            ok += 1
        except ParseError:
            errors += 1
    print(f"\ncorpus: {ok} parsed, {errors} ParseError")
    assert ok > 150
    assert errors <= ok // 20


def test_real_meeting_invitations_are_rejected(corpus_dir: Path) -> None:
    files = sorted((corpus_dir / "eml" / "calendar_invites").glob("*.eml"))
    assert len(files) >= 10
    wrong = []
    for f in files:
        det = analyze_email(f.read_bytes(), None, NOW)
        if det.is_interview:
            wrong.append(f.name)
    assert wrong == []


def test_corpus_ics_files_are_not_interviews(corpus_dir: Path) -> None:
    wrong = []
    for f in sorted((corpus_dir / "ics").glob("*.ics")):
        try:
            det = analyze_ics(f.read_bytes(), None, NOW)
        except ParseError:
            continue
        if det.is_interview:
            wrong.append(f.name)
    assert wrong == []


def test_enron_confusion_table(corpus_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    base = corpus_dir / "eml" / "enron"
    rows = list(csv.DictReader((base / "labels.csv").open(encoding="utf-8")))
    assert len(rows) >= 90
    table: dict[tuple[str, str], int] = {}
    problems: list[str] = []
    neg_total = neg_rejected = 0
    for row in rows:
        path = base / row["file"]
        key = path.name[:6]
        raw = path.read_bytes()
        det = analyze_email(raw, _owner_for(path, raw, key), NOW)
        expected = row["label"] if row["label"] == "negative" else row["role"]
        outcome = "interview" if det.is_interview else "rejected"
        table[(expected, outcome)] = table.get((expected, outcome), 0) + 1
        if expected == "negative":
            neg_total += 1
            neg_rejected += not det.is_interview
        elif expected == "interviewer":
            if det.thank_you_recipients or det.is_interview:
                problems.append(f"{path.name}: hiring side detected as interview {det.thank_you_recipients}")
        elif expected == "candidate":
            if key in FIXES_A_TIME:
                if not det.is_interview:
                    problems.append(f"{path.name}: fixes a time but rejected ({det.reasons})")
                elif (
                    FIXES_A_TIME[key]
                    and det.start
                    and not det.start.strftime("%Y-%m-%dT%H:%M").startswith(FIXES_A_TIME[key][:10])
                ):
                    problems.append(f"{path.name}: wrong date {det.start}")
            elif det.is_interview:
                problems.append(f"{path.name}: no time fixed but detected ({det.start})")
        elif expected == "follow_up" and det.is_interview:
            problems.append(f"{path.name}: a thank-you/follow-up mail detected as an invite")
    with capsys.disabled():  # the table belongs in the test output, not only on failure
        print("\nEnron confusion table (expected → outcome):")
        for exp in ("candidate", "interviewer", "follow_up", "negative"):
            print(
                f"  {exp:12s} interview={table.get((exp, 'interview'), 0):3d}  "
                f"rejected={table.get((exp, 'rejected'), 0):3d}"
            )
        print(f"  negatives rejected: {neg_rejected}/{neg_total}")
        for p in problems:
            print("  PROBLEM", p)
    assert neg_rejected >= 0.95 * neg_total
    assert problems == []


@pytest.mark.parametrize("name", ["pos_03", "pos_18", "pos_02"])
def test_enron_candidate_details(corpus_dir: Path, name: str) -> None:
    path = next((corpus_dir / "eml" / "enron" / "positive").glob(f"{name}_*.eml"))
    raw = path.read_bytes()
    det = analyze_email(raw, _owner_for(path, raw, name), NOW)
    assert det.is_interview
    assert det.kind == "invite"
    assert det.start is not None and det.end is not None and det.end > det.start
    if name == "pos_18":
        # "Wednesday, December 6 - 1:00 PM Houston time", "approximately 1 hour"
        assert det.start == datetime(2000, 12, 6, 19, 0, tzinfo=UTC)
        assert det.end == datetime(2000, 12, 6, 20, 0, tzinfo=UTC)
        assert det.recruiter_email == "shirley.crenshaw@enron.com"
        assert "vince.kaminski@enron.com" in det.thank_you_recipients
        assert det.recruiter is not None and det.recruiter.phone
    if name == "pos_03":
        assert det.start.date().isoformat() == "2002-02-08"  # "on Friday", mail of Wed Feb 6
        assert det.thank_you_recipients[0] == "debra.davidson@enron.com"
