"""Parse + detection throughput over the shared corpus (one core, CPU time), and peak memory.

Input: every .eml and .ics of the shared corpus (real-world mail; add --with-fixtures for our own
invite-heavy test files). Baseline, measured in the same run over the same bytes: the stdlib alone
(`email.message_from_bytes` with policy.default + get_body().get_content()), i.e. what any
mail tool pays just to read the message. followup's figure includes MIME, HTML, ICS,
forwards, detection, people, timeline and signature parsing.

Last line (machine-readable): msgs_per_s=X rss_mb=M n=N
"""

from __future__ import annotations

import argparse
import email
import resource
import sys
import time
from datetime import UTC, datetime
from email import policy
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from followup.errors import ParseError  # noqa: E402
from followup.parsers import analyze_email, analyze_ics  # noqa: E402

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def load(corpus: Path, with_fixtures: bool) -> list[tuple[str, bytes]]:
    files: list[tuple[str, bytes]] = []
    for root in (corpus, REPO / "tests") if with_fixtures else (corpus,):
        for p in sorted(root.rglob("*")):
            if p.suffix.lower() in (".eml", ".ics") and p.is_file():
                files.append((p.suffix.lower(), p.read_bytes()))
    return files


def baseline(files: list[tuple[str, bytes]], rounds: int) -> float:
    t0 = time.process_time()
    for _ in range(rounds):
        for suffix, data in files:
            if suffix != ".eml":
                data.decode("utf-8", "replace").splitlines()
                continue
            msg = email.message_from_bytes(data, policy=policy.default)
            try:
                body = msg.get_body(("plain", "html"))  # type: ignore[attr-defined]
                if body is not None:
                    body.get_content()
            except Exception:
                pass
    return time.process_time() - t0


def followup(files: list[tuple[str, bytes]], rounds: int) -> tuple[float, int]:
    found = 0
    t0 = time.process_time()
    for _ in range(rounds):
        for suffix, data in files:
            try:
                det = analyze_ics(data, None, NOW) if suffix == ".ics" else analyze_email(data, None, NOW)
                found += det.is_interview
            except ParseError:
                pass
    return time.process_time() - t0, found


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--with-fixtures", action="store_true",
                    help="also the project's own test fixtures (invite-heavy, written by us)")
    args = ap.parse_args()
    files = load(args.corpus, args.with_fixtures)
    if not files:
        print(f"no .eml/.ics files under {args.corpus}", file=sys.stderr)
        return 2
    followup(files, 1)  # warm-up: imports, regex compilation
    n = len(files) * args.rounds
    base_s = baseline(files, args.rounds)
    ours_s, found = followup(files, args.rounds)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rate = n / ours_s
    print(f"files: {len(files)} × {args.rounds} rounds = {n} messages, interviews found per round: "
          f"{found // args.rounds}")
    print(f"stdlib email parse (baseline): {base_s:.3f} s  ({n / base_s:.0f} msgs/s)")
    print(f"followup parse + detect:       {ours_s:.3f} s  ({rate:.0f} msgs/s)")
    print(f"ratio followup/baseline time:  {ours_s / base_s:.2f}×   target: ≥ 500 msgs/s")
    print(f"msgs_per_s={rate:.0f} rss_mb={rss_mb:.1f} n={n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
