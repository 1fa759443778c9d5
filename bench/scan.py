"""Benchmark: followup's first IMAP scan against a raw imapclient ENVELOPE fetch.

    .venv/bin/python bench/scan.py [--n 20000]

Starts its own Dovecot (tests.support.dovecot), writes N messages straight into the
user's Maildir (about 1% interview invites with text/calendar parts, the rest ordinary mail
of 2-30 KB), lets Dovecot index them, then in a child process (so peak RSS is the scan's own)
times a first scan by followup's IMAP backend and a raw imapclient FETCH of ENVELOPE for the
same UIDs, and measures the cost of one quiet wait cycle. Last line:
``scan_ratio=R followup_s=A raw_s=B rss_mb=M n=N``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from followup.backends import imap_from
from followup.config import MailboxConfig
from followup.engine.ingest import scan_prefilter
from followup.mailbox.imap import BATCH
from followup.secrets import MailboxLogin
from followup.state import MemoryState
from tests.support.dovecot import Account, Dovecot, sample_message

USER, PASSWORD = "bench", "bench-pw"


def fill(dv: Dovecot, n: int, seed: int = 7) -> tuple[int, int]:
    """Write n messages into the user's Maildir cur/; returns (invites, total bytes)."""
    rnd = random.Random(seed)
    maildir = dv.maildir(USER)
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    now = time.time()
    invites = total = 0
    for i in range(n):
        invite = rnd.random() < 0.01
        size = 2000 + int(28000 * rnd.random() ** 3)  # mostly small, a tail up to 30 KB
        raw = sample_message(i, invite=invite, size=size)
        invites += invite
        total += len(raw)
        path = maildir / "cur" / f"{int(now) - i}.B{i}.bench:2,{'S' if rnd.random() < 0.7 else ''}"
        path.write_bytes(raw)
        mtime = now - rnd.random() * 50 * 86400  # delivered over the last 50 days
        os.utime(path, (mtime, mtime))
    dv.chown_tree(dv.root / "mail" / USER)
    return invites, total


class Meter:
    """Counts commands sent and bytes in/out on one imaplib connection."""

    def __init__(self, imap: Any) -> None:
        self.sent = self.bytes_out = self.bytes_in = self.idles = 0
        real_send, real_readline, real_read = imap.send, imap.readline, imap.read

        def send(data: bytes) -> None:
            self.sent += 1
            self.bytes_out += len(data)
            self.idles += data.upper().endswith(b" IDLE\r\n")
            real_send(data)

        def readline() -> bytes:
            line: bytes = real_readline()
            self.bytes_in += len(line)
            return line

        def read(size: int) -> bytes:
            data: bytes = real_read(size)
            self.bytes_in += len(data)
            return data

        imap.send, imap.readline, imap.read = send, readline, read

    def snapshot(self) -> tuple[int, int, int, int]:
        return self.sent, self.bytes_out, self.bytes_in, self.idles


def worker(port: int) -> dict[str, Any]:
    cfg = MailboxConfig(backend="imap", host="127.0.0.1", port=port, security="none", username=USER,
                        password_command=f"echo {PASSWORD}", folders=("INBOX",), idle_timeout=60)
    since = datetime.now(UTC) - timedelta(days=60)
    out: dict[str, Any] = {}

    mb = imap_from(cfg, MailboxLogin(password=PASSWORD))
    t0 = time.perf_counter()
    n = wanted = invites = 0
    for msg in mb.scan(MemoryState(), since, scan_prefilter(cfg)):
        n += 1
        if msg.raw is not None:
            wanted += 1
            invites += b"text/calendar" in msg.raw
    out["followup_s"] = time.perf_counter() - t0
    out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.update(scanned=n, bodies=wanted, invites_found=invites)

    # one quiet wait cycle: the first call enters IDLE, the next ones cost nothing
    client = mb._conn()
    meter = Meter(client._imap)
    mb.wait_for_mail(0.2)
    before = meter.snapshot()
    mb.wait_for_mail(1.0)
    after = meter.snapshot()
    out["idle_steady"] = [a - b for a, b in zip(after, before, strict=True)]
    # a wait that has to re-issue IDLE (every idle_timeout, at most 29 min)
    mb.idle_timeout = 1.0
    before = meter.snapshot()
    mb.wait_for_mail(1.5)
    after = meter.snapshot()
    out["idle_reissue"] = [a - b for a, b in zip(after, before, strict=True)]
    mb.close()

    # polling fallback: one NOOP per interval
    pb = imap_from(cfg, MailboxLogin(password=PASSWORD))
    pc = pb._conn()
    pc._cached_capabilities = tuple(c for c in pc.capabilities() if c != b"IDLE")
    pb.wait_for_mail(0)
    pm = Meter(pc._imap)
    pb.wait_for_mail(0)
    out["poll_cycle"] = list(pm.snapshot())
    pb.close()

    # the baseline: raw imapclient FETCH ENVELOPE for the same UIDs, same batch size
    from imapclient import IMAPClient

    c = IMAPClient("127.0.0.1", port=port, ssl=False)
    c.login(USER, PASSWORD)
    c.select_folder("INBOX", readonly=True)
    uids = sorted(c.search([b"SINCE", since.date()]))
    t0 = time.perf_counter()
    got = 0
    for k in range(0, len(uids), BATCH):
        got += len(c.fetch(uids[k:k + BATCH], ["ENVELOPE"]))
    out["raw_s"] = time.perf_counter() - t0
    out["raw_n"] = got
    c.logout()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=20000, help="messages in the mailbox (default 20000)")
    ap.add_argument("--worker", type=int, help=argparse.SUPPRESS)  # internal: port
    ap.add_argument("--runs", type=int, default=2, help="timed runs; the fastest counts (default 2)")
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker)))
        return

    root = Path(tempfile.mkdtemp(prefix="followup-bench-"))
    try:
        with Dovecot(root) as dv:
            dv.add_user(USER, PASSWORD)
            t0 = time.perf_counter()
            invites, total = fill(dv, args.n)
            print(f"filled {args.n} messages ({invites} invites, {total / 1e6:.0f} MB) "
                  f"in {time.perf_counter() - t0:.1f} s")
            # let Dovecot index and cache the fields both sides fetch (untimed)
            t0 = time.perf_counter()
            with dv.client(Account(USER, PASSWORD)) as c:
                c.select_folder("INBOX", readonly=True)
                uids = c.search(["ALL"])
                for k in range(0, len(uids), 5000):
                    c._imap.uid("FETCH", ",".join(map(str, uids[k:k + 5000])),
                                "(ENVELOPE BODYSTRUCTURE BODY.PEEK[HEADER.FIELDS (MESSAGE-ID "
                                "IN-REPLY-TO REFERENCES LIST-ID AUTO-SUBMITTED PRECEDENCE "
                                "LIST-UNSUBSCRIBE REPLY-TO)])")
            print(f"dovecot indexed in {time.perf_counter() - t0:.1f} s")
            results = []
            for _ in range(max(1, args.runs)):
                proc = subprocess.run([sys.executable, __file__, "--worker", str(dv.port)],
                                      capture_output=True, text=True, check=False)
                if proc.returncode != 0:
                    sys.exit(f"bench worker failed:\n{proc.stderr}")
                results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
    finally:
        shutil.rmtree(root, ignore_errors=True)

    best = min(results, key=lambda r: r["followup_s"])
    raw_s = min(r["raw_s"] for r in results)
    rss = max(r["rss_mb"] for r in results)
    ratio = best["followup_s"] / raw_s
    steady, reissue, poll = best["idle_steady"], best["idle_reissue"], best["poll_cycle"]
    print(f"followup first scan: {best['followup_s']:.2f} s for {best['scanned']} messages "
          f"({best['bodies']} bodies fetched, {best['invites_found']} invites)")
    print(f"raw imapclient FETCH ENVELOPE: {raw_s:.2f} s for {best['raw_n']} messages")
    print(f"ratio: {ratio:.2f} (target <= 1.5)")
    print(f"quiet wait cycle while idling: {steady[0]} round trips, {steady[1]} B out, {steady[2]} B in")
    k = max(1, reissue[3])
    print(f"IDLE re-issue (every idle_timeout, <= 29 min): {reissue[0] / k:.0f} round trips "
          f"(DONE, IDLE), {reissue[1] / k:.0f} B out, {reissue[2] / k:.0f} B in")
    print(f"polling fallback cycle: {poll[0]} round trip(s), {poll[1]} B out, {poll[2]} B in")
    print(f"peak RSS of the scanning process: {rss:.0f} MB")
    print(f"scan_ratio={ratio:.2f} followup_s={best['followup_s']:.2f} raw_s={raw_s:.2f} "
          f"rss_mb={rss:.0f} n={args.n}")


if __name__ == "__main__":
    main()
