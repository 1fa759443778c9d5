"""Benchmark: `followup run --once` on a Dovecot mailbox full of hostile mail.

    .venv/bin/python bench/hostile.py [--plain 300]

Starts its own Dovecot with two users. Both get the same 20 valid interview invites and
``--plain`` ordinary messages; the "hostile" user also gets invites with 50 MB and 120 MB
PDF attachments, a 10,000-part message, 200 levels of nested multiparts, a 20,000-attendee
invite, an endlessly repeating (FREQ=SECONDLY) invite, NUL bytes, broken encodings and
1.1 MB / 5 MB / 2 MB Subject / To / Message-ID headers. Each user's first cycle runs in its
own process; its wall time and peak RSS are measured and the drafts counted (every valid
invite, including the two with attachments, must get one per interviewer).
Last line: ``hostile_rss_mb=A base_rss_mb=B rss_ratio=R time_ratio=T drafts_ok=yes|no``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from tests.support import samples
from tests.support.dovecot import Account, Dovecot, sample_message

START = datetime(2026, 12, 1, 15, 0, tzinfo=UTC)
AFTER = "2026-12-01T16:45:00Z"
VALID = 20
RSS_TARGET_MB = 150


def write(dv: Dovecot, user: str, messages: list[bytes]) -> None:
    cur = dv.maildir(user) / "cur"
    for sub in ("cur", "new", "tmp"):
        (dv.maildir(user) / sub).mkdir(parents=True, exist_ok=True)
    now = int(time.time())
    for i, raw in enumerate(messages):
        (cur / f"{now - i}.B{i}.bench:2,").write_bytes(raw)
    dv.chown_tree(dv.root / "mail" / user)


def config(tmp: Path, dv: Dovecot, acct: Account) -> Path:
    d = tmp / acct.username
    d.mkdir()
    cfg = d / "config.toml"
    cfg.write_text(
        '[owner]\nname = "Alex Rivera"\nemail = "alex.rivera@mailbox.example"\n'
        'timezone = "UTC"\n\n[mailbox]\nbackend = "imap"\nhost = "127.0.0.1"\n'
        f'port = {dv.port}\nsecurity = "none"\nusername = "{acct.username}"\n'
        f'password_command = "echo {acct.password}"\nfolders = ["INBOX"]\nlookback_days = 60\n\n'
        f'[calendar]\nbackend = "ics"\npath = "{d / "cal.ics"}"\n\n[state]\npath = "{d / "state.db"}"\n')
    return cfg


def _peak_kb() -> int:
    """This process's own peak RSS (VmHWM, reset by exec, unlike ru_maxrss)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def child(argv: list[str]) -> None:
    """Run the CLI in this process and report the peak RSS on stderr as it exits."""
    import atexit

    from followup.cli import main as cli_main

    atexit.register(lambda: print(f"VMHWM_KB={_peak_kb()}", file=sys.stderr))
    sys.argv = ["followup", *argv]
    cli_main()


def run_once(cfg: Path) -> tuple[float, float, int]:
    """(wall seconds, peak RSS MB, exit status) of one `run --once` in a child process."""
    cmd = [sys.executable, __file__, "--child", "--config", str(cfg), "run", "--once", "--now", AFTER]
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    wall = time.perf_counter() - t0
    err = proc.stderr.decode(errors="replace")
    peak = [int(x.split("=")[1]) for x in err.splitlines() if x.startswith("VMHWM_KB=")]
    if proc.returncode != 0:
        print(f"run --once exited {proc.returncode}:\n{err[-2000:]}", file=sys.stderr)
    return wall, (peak[-1] if peak else 0) / 1024, proc.returncode


def drafted(dv: Dovecot, acct: Account) -> set[str]:
    with dv.client(acct) as c:
        c.select_folder("Drafts", readonly=True)
        uids = c.search(["ALL"])
        got = c.fetch(uids, ["BODY.PEEK[HEADER.FIELDS (TO)]"]) if uids else {}
    out = set()
    for d in got.values():
        line = d[b"BODY[HEADER.FIELDS (TO)]"].decode(errors="replace")
        out.add(line.split("<")[-1].split(">")[0].strip().lower())
    return out


def expected(companies: range | list[int]) -> set[str]:
    return {f"{who}.c{n}@company{n}.example" for n in companies for who in ("recruiter", "iv0", "iv1")}


def main() -> None:
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(sys.argv[2:])
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--plain", type=int, default=300, help="ordinary messages per user (default 300)")
    args = ap.parse_args()
    common = [samples.interview_invite(n, START) for n in range(1, VALID + 1)]
    common += [sample_message(i, size=3000 + 97 * (i % 50)) for i in range(args.plain)]
    t0 = time.perf_counter()
    hostile = [
        samples.interview_invite(50, START, attachment=samples.pdf_bytes(50 << 20)),
        samples.interview_invite(120, START, attachment=samples.pdf_bytes(120 << 20)),
        *(raw for _what, raw in samples.hostile_set(START)),
        samples.huge_subject(1, 1_100_000),
        samples.huge_to(2, 5_000_000),
        samples.huge_message_id(3, 2_000_000),
    ]
    root = Path(tempfile.mkdtemp(prefix="followup-hostile-"))
    try:
        with Dovecot(root) as dv:
            base, bad = dv.add_user("base", "base-pw"), dv.add_user("hostile", "hostile-pw")
            for acct in (base, bad):  # let Dovecot create the mailbox and Drafts first
                with dv.client(acct) as c:
                    c.select_folder("INBOX")
            write(dv, "base", common)
            mixed = list(common)
            for k, raw in enumerate(hostile):  # spread among the valid mail
                mixed.insert((k + 1) * len(common) // (len(hostile) + 1) + k, raw)
            write(dv, "hostile", mixed)
            size = sum(len(m) for m in hostile) / 1e6
            print(f"filled: {len(common)} messages each, + {len(hostile)} hostile ({size:.0f} MB) "
                  f"in {time.perf_counter() - t0:.1f} s")
            b_wall, b_rss, b_code = run_once(config(root, dv, base))
            h_wall, h_rss, h_code = run_once(config(root, dv, bad))
            want = expected(range(1, VALID + 1))
            b_ok = b_code == 0 and drafted(dv, base) == want
            h_ok = h_code == 0 and want | expected([50, 120]) <= drafted(dv, bad)
    finally:
        shutil.rmtree(root, ignore_errors=True)
    print(f"without hostile mail: {b_wall:.2f} s, peak RSS {b_rss:.0f} MB, drafts ok: {b_ok}")
    print(f"with hostile mail:    {h_wall:.2f} s, peak RSS {h_rss:.0f} MB, drafts ok: {h_ok} "
          f"(target: peak RSS < {RSS_TARGET_MB} MB)")
    print(f"hostile_rss_mb={h_rss:.0f} base_rss_mb={b_rss:.0f} rss_ratio={h_rss / b_rss:.2f} "
          f"time_ratio={h_wall / b_wall:.2f} drafts_ok={'yes' if b_ok and h_ok else 'no'}")


if __name__ == "__main__":
    main()
