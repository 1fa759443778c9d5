"""Score one blind set (fixtures/ + expected.json) against `inspect --json`, field by field.

Used by test_blind_sets.py, and run by hand to take a new set's first-sight score before any
fix is made for it:

    .venv/bin/python tests/unit/parsers/blind_score.py DIR --me owner@ex [--me alias@…] [--zone Area/City]

Without --zone it reads the files as `followup inspect --me` does with no config; with the owner's
zone it reads them as a configured `followup` does (the config's timezone, by default the machine's,
and the public holidays of that zone's country for business-day counts).

Figures (the ones issue reports use): exact files on the core fields; is_interview accuracy;
thank-you recipients F1 (micro, over every address of every file); start exact and
follow_up_after exact (over the files that are interviews).
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from followup.parsers.addresses import Owner
from followup.parsers.inspect import detection_json, inspect_file
from followup.workdays import WEEKENDS_ONLY, country_for_zone, workdays_for

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
CORE = ("is_interview", "kind", "start", "end", "thank_you_recipients")
EXTRA = ("recruiter_email", "follow_up_after", "company")


def same(field_name: str, got: Any, want: Any) -> bool:
    if field_name == "thank_you_recipients":
        return {a.lower() for a in got} == {a.lower() for a in (want or [])}
    if field_name == "company" and isinstance(got, str) and isinstance(want, str):
        return got.casefold() == want.casefold()
    return bool(got == want)


@dataclass
class Score:
    total: int = 0
    exact: int = 0
    table: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0] for f in (*CORE, *EXTRA)})
    tp: int = 0
    fp: int = 0
    fn: int = 0
    lines: list[str] = field(default_factory=list)

    def rate(self, name: str) -> float:
        right, n = self.table[name]
        return right / n if n else 1.0

    @property
    def detect(self) -> float:
        return self.rate("is_interview")

    @property
    def recipients_f1(self) -> float:
        if not (self.tp + self.fp + self.fn):
            return 1.0
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn)

    def report(self, name: str) -> str:
        out = [f"{name}: {self.exact}/{self.total} files exact on {', '.join(CORE)}; "
               f"detect {self.detect:.2f}, recipients F1 {self.recipients_f1:.2f}, "
               f"start {self.rate('start'):.2f}, follow_up_after {self.rate('follow_up_after'):.2f}"]
        for fname, (right, n) in self.table.items():
            if n:
                out.append(f"  {fname:22} {right:3}/{n:<3} {100 * right / n:5.1f} %")
        out.extend(self.lines)
        return "\n".join(out)


def score(base: Path, owner_addresses: list[str], now: datetime = NOW, zone: tzinfo | None = None) -> Score:
    expected: dict[str, Any] = json.loads((base / "expected.json").read_text(encoding="utf-8"))
    # (a configured followup counts business days with the holidays of its zone's country)
    key = getattr(zone, "key", None)
    days = workdays_for(country_for_zone(key), range(2025, 2029)) if key else WEEKENDS_ONLY
    owner = Owner.of(owner_addresses, workdays=days)
    s = Score(total=len(expected))
    for name, want in sorted(expected.items()):
        got = detection_json(inspect_file(base / "fixtures" / name, owner, now, zone))
        got_rcpt = {a.lower() for a in got.get("thank_you_recipients") or []}
        want_rcpt = {a.lower() for a in want.get("thank_you_recipients") or []}
        s.tp += len(got_rcpt & want_rcpt)
        s.fp += len(got_rcpt - want_rcpt)
        s.fn += len(want_rcpt - got_rcpt)
        fields = (*CORE, *EXTRA) if want.get("is_interview") else ("is_interview",)
        wrong = []
        for fname in fields:
            if fname not in want:
                continue
            s.table[fname][1] += 1
            if same(fname, got.get(fname), want[fname]):
                s.table[fname][0] += 1
            else:
                wrong.append(fname)
        s.exact += not any(f in CORE for f in wrong)
        for fname in wrong:
            s.lines.append(f"  {name:40} {fname:22} got {got.get(fname)!r} want {want[fname]!r}")
        if wrong and not got["is_interview"]:
            s.lines.append(f"  {name:40} {'(reasons)':22} {got['reasons']}")
    return s


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--me", action="append", required=True)
    ap.add_argument("--zone", help="the owner's time zone, as a configured followup reads mail")
    args = ap.parse_args(argv)
    zone = ZoneInfo(args.zone) if args.zone else None
    for d in args.dirs:
        print(score(d, args.me, zone=zone).report(d.name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
