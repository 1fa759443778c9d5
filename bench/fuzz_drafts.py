"""Seeded mutation fuzz of the tests' real invites through parse AND draft building.

The normal suite runs a few hundred cases (tests/unit/engine/test_engine_draft_fuzz.py); this
runs 10,000 (``--cases N``, ``--seed S`` for another range). Every case must end as a parsed
message with well-formed drafts, a ParseError (one message skipped) or a DraftError (one draft
skipped); anything else is listed and the exit status is 1.

Last line (machine-readable): cases=N interviews=I drafts=D parse_skips=P draft_skips=S unhandled=U
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))

from tests.unit.engine.draft_fuzz import run  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cases", type=int, default=10_000)
    ap.add_argument("--seed", type=int, default=0)
    args, _rest = ap.parse_known_args()
    t0 = time.process_time()
    r = run(args.cases, args.seed)
    cpu = time.process_time() - t0
    for line in r.unhandled[:50]:
        print(f"UNHANDLED {line}")
    print(f"{r.cases} mutated invites in {cpu:.1f} s CPU: {r.interviews} still interviews, "
          f"{r.drafts} drafts built and checked; {r.parse_skips} parse skips, {r.draft_skips} "
          f"draft skips, {len(r.unhandled)} unhandled ({100 * len(r.unhandled) / max(1, r.cases):.2f} %)")
    print(f"cases={r.cases} interviews={r.interviews} drafts={r.drafts} parse_skips={r.parse_skips} "
          f"draft_skips={r.draft_skips} unhandled={len(r.unhandled)}")
    return 1 if r.unhandled else 0


if __name__ == "__main__":
    sys.exit(main())
