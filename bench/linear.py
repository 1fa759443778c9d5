"""Hostile text is read in linear time: the timeline finder and the MIME reader on pathological input.

Each hostile input family (the ones tests/unit/parsers/text/test_timeline.py and
tests/unit/parsers/mime/test_mime_properties.py check for correctness) is built at a quarter
of and at the size the tests use, and timed (CPU time per call, best of --rounds). Baselines
measured in the same run:
- growth = time(full) / time(quarter): ≈ 4 when linear, ≈ 16 when quadratic (target ≤ 8 for
  every family that takes ≥ 20 ms at full size; below that the figure is timer and cache noise,
  and a quadratic family could not be that fast);
- vs plain = time(hostile) / time(ordinary input of the same length): ordinary prose for the
  timeline, a plain message with a body of the same size for MIME (reported, no target);
- the 1 MB mail text with one timeline sentence against one lower-case + sentence-split pass of
  the same text (what any reader of the text pays).

Last line (machine-readable):
timeline_worst_growth=G mime_worst_growth=M timeline_1mb_ratio=R ok=yes|no
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from followup.parsers.mime import read_message  # noqa: E402
from followup.parsers.timeline import find_timeline  # noqa: E402

TZ = ZoneInfo("America/New_York")
ANCHOR = datetime(2026, 11, 18, 16, 0, tzinfo=UTC)
GROWTH_TARGET = 8.0
MIN_JUDGED = 0.02  # seconds at full size below which growth is noise, shown but not judged
PROSE = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor. "

# name → input at scale n (n = the count the unit test uses)
TIMELINE: dict[str, tuple[Callable[[int], str], int]] = {
    "spaces": (lambda n: "decide " + " " * n + "by Friday", 300_000),
    "slashes": (lambda n: "decide by " + "1/" * n, 150_000),
    "dots": (lambda n: "decision " + "1." * n, 150_000),
    "number-words": (lambda n: "decide in " + "one or " * n, 40_000),
    "cues": (lambda n: "call me and follow up and decide " * n, 30_000),
    "digits": (lambda n: "(" * n + "call me in " + "9" * n, 100_000),
}
MIME: dict[str, tuple[Callable[[int], bytes], int]] = {
    "long-attribution": (lambda n: b"From: a@b.c\n\n" + b"On " + b"x" * n + b"\n", 1_000_000),
    "from-lines": (lambda n: b"From: a@b.c\n\n" + b"From: x\n" * n, 100_000),
    "quote-marks": (lambda n: b"From: a@b.c\n\n" + b"> " * n, 500_000),
    "forward-markers": (
        lambda n: b"From: a@b.c\n\n" + b"---------- Forwarded message ---------\n" * n, 20_000),
    "encoded-words": (lambda n: b"From: a@b.c\nSubject: " + b"=?utf-8?q?" * n + b"\n\nx", 50_000),
    "address-list": (lambda n: b"From: " + b"a," * n + b"\n\nx", 100_000),
    "html-links": (
        lambda n: b"From: a@b.c\nContent-Type: text/html\n\n" + b"<a href='http://x'>" * n, 20_000),
    "outlook-blocks": (
        lambda n: b"From: a@b.c\n\n"
        + b"From: x <a@b.c>\nSent: Mon, 1 Jan 2024\nTo: y\nSubject: s\n\nbody\n" * n, 5000),
    "attributions": (
        lambda n: b"From: a@b.c\n\n" + b"On Mon " + b"a " * 200 + b"\n" + b"On x\n" * n, 100_000),
    "quoted-lines": (lambda n: b"From: a@b.c\n\n" + b"> a\n" * n, 300_000),
}


def cpu(fn: Callable[[], object], rounds: int) -> float:
    """CPU seconds per call, best of ``rounds``; each round repeats the call for at least 50 ms."""
    best = float("inf")
    for _ in range(rounds):
        calls = 0
        t0 = time.process_time()
        while True:
            fn()
            calls += 1
            spent = time.process_time() - t0
            if spent >= 0.05:
                break
        best = min(best, spent / calls)
    return best


def prose(length: int) -> str:
    return (PROSE * (length // len(PROSE) + 1))[:length]


def plain_mail(length: int) -> bytes:
    body = prose(length).encode()
    return b"From: a@b.c\nSubject: hello\n\n" + body


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    args, _ = ap.parse_known_args()  # ./dev bench passes its arguments to every benchmark
    rounds = args.rounds
    find_timeline("warm-up: we will decide by Friday", ANCHOR, TZ)
    read_message(b"From: a@b.c\n\nwarm-up\n")

    print(f"{'timeline input':<18}{'full s':>9}{'growth':>9}{'vs plain':>10}")
    t_worst = 0.0
    for name, (make, n) in TIMELINE.items():
        quarter, full = make(n // 4), make(n)
        t_full = cpu(lambda s=full: find_timeline(s, ANCHOR, TZ), rounds)
        t_quarter = cpu(lambda s=quarter: find_timeline(s, ANCHOR, TZ), rounds)
        plain = prose(len(full))
        t_plain = cpu(lambda s=plain: find_timeline(s, ANCHOR, TZ), rounds)
        if t_full >= MIN_JUDGED:
            t_worst = max(t_worst, t_full / t_quarter)
        print(f"{name:<18}{t_full:>9.3f}{t_full / t_quarter:>8.2f}×{t_full / t_plain:>9.2f}×"
              + ("" if t_full >= MIN_JUDGED else "   (growth not judged: < 20 ms)"))

    print(f"{'mime input':<18}{'full s':>9}{'growth':>9}{'vs plain':>10}")
    m_worst = 0.0
    for name, (make_b, n) in MIME.items():
        quarter_b, full_b = make_b(n // 4), make_b(n)
        t_full = cpu(lambda b=full_b: read_message(b), rounds)
        t_quarter = cpu(lambda b=quarter_b: read_message(b), rounds)
        plain_b = plain_mail(len(full_b))
        t_plain = cpu(lambda b=plain_b: read_message(b), rounds)
        if t_full >= MIN_JUDGED:
            m_worst = max(m_worst, t_full / t_quarter)
        print(f"{name:<18}{t_full:>9.3f}{t_full / t_quarter:>8.2f}×{t_full / t_plain:>9.2f}×"
              + ("" if t_full >= MIN_JUDGED else "   (growth not judged: < 20 ms)"))

    filler = PROSE * 12_500
    text = filler + "\nWe hope to decide by Friday.\n" + filler
    t_ours = cpu(lambda: find_timeline(text, ANCHOR, TZ), rounds)
    t_base = cpu(lambda: re.split(r"(?<=[.!?])\s+", text.lower()), rounds)
    print(f"1 MB mail text: find_timeline {t_ours:.3f} s, lower + sentence split {t_base:.3f} s "
          f"({t_ours / t_base:.1f}×)")
    ok = t_worst <= GROWTH_TARGET and m_worst <= GROWTH_TARGET
    print(f"worst growth (full/quarter size): timeline {t_worst:.2f}×, mime {m_worst:.2f}×   "
          f"target: ≤ {GROWTH_TARGET:.0f}× (linear ≈ 4×)")
    print(f"timeline_worst_growth={t_worst:.2f} mime_worst_growth={m_worst:.2f} "
          f"timeline_1mb_ratio={t_ours / t_base:.1f} ok={'yes' if ok else 'no'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
