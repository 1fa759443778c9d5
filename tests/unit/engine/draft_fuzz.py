"""Seeded mutation of real invites (the tests' fixtures) run through parse AND draft building.

Shared by tests/unit/engine/test_engine_draft_fuzz.py (a few hundred cases in the normal
suite) and bench/fuzz_drafts.py (10,000+). Allowed outcomes for a case: a ParseError (one
message skipped), a DraftError (one draft skipped), or drafts that are well-formed (one To,
the recipient's address, no injected header, ids never RFC 2047-encoded). Anything else is
an unhandled error.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes, message_from_string, policy
from pathlib import Path
from zoneinfo import ZoneInfo

from followup.config import OwnerConfig
from followup.engine.drafts import DraftError, DraftInput, DraftWriter
from followup.errors import ParseError
from followup.mailbox.base import draft_bytes, prepare_draft
from followup.parsers import analyze_email
from followup.parsers.addresses import Owner

TESTS = Path(__file__).resolve().parents[2]
FIXTURE_DIRS = (TESTS / "integration" / "engine" / "fixtures",
                TESTS / "unit" / "parsers" / "detect" / "fixtures")
NOW = datetime(2026, 3, 3, 21, 0, tzinfo=UTC)
NY = ZoneInfo("America/New_York")
OWNER_CFG = OwnerConfig(name="Alex Rivera", email="alex.rivera@mailbox.example", timezone="America/New_York")
OWNER = Owner.of(("alex.rivera@mailbox.example", "sam.okafor@example.com", "alex@example.com"), "Alex Rivera")

HOSTILE_NAMES = (
    "Kim\r\nBcc: victim@evil.example", "Kim^nBcc: victim@evil.example", "Ünal, Ayşe", "José Núñez",
    "\u202eevil\u202c", "O'Brien, Seán", '"Quoted, Name" <x@y.z>', "A" * 400, "\x00\x07\x1b[31m",
    "山田 太郎", "Dr. Anna Müller, PhD", "=?utf-8?q?Kim=0D=0ABcc=3A_x=40y=2Ez?=", "1 Liberty Plaza",
    "Name;With;Semicolons", "\\\\backslash\\\\", "",
)
HOSTILE_LOCALS = ("josé.núñez", "ayşe.ünal", "山田", "a..b", "", " spaced out ", "x\r\nBcc: y",
                  "\"quoted local\"", "o'brien", "a+tag")
LONG_IDS = ("<CAH+7qXzK4Lm2=Pq_ZrT9vWbYcDeFgHiJkLmNoPqRsTuVwXy0123-AbCdEf@mail.gmail.com>",
            "<DM6PR11MB4107A1B2C3D4E5F6A7B8C9D0E1F2A3B4C5D6E7F8@DM6PR11MB4107.namprd11.prod.outlook.com>",
            "<" + "x" * 300 + "@y>", "<no-at-sign>", "<a b@c>", "<ünïcode@example.com>")


def fixtures() -> list[bytes]:
    return [p.read_bytes() for d in FIXTURE_DIRS for p in sorted(d.glob("*.eml"))]


def _name(rng: random.Random, raw: bytes) -> bytes:
    new = rng.choice(HOSTILE_NAMES).encode("utf-8")
    spots = [m for m in re.finditer(rb"CN=(\"[^\"\r\n]*\"|[^:;\r\n]*)", raw)] or \
        [m for m in re.finditer(rb"(?m)^(?:From|To|Cc): *([^<\r\n]*)<", raw)]
    if not spots:
        return raw
    m = rng.choice(spots)
    return raw[:m.start(1)] + new + raw[m.end(1):]


def _local(rng: random.Random, raw: bytes) -> bytes:
    spots = list(re.finditer(rb"(?:mailto:|<)([\w.+-]+)@", raw))
    if not spots:
        return raw
    m = rng.choice(spots)
    return raw[:m.start(1)] + rng.choice(HOSTILE_LOCALS).encode("utf-8") + raw[m.end(1):]


def _ids(rng: random.Random, raw: bytes) -> bytes:
    new = rng.choice(LONG_IDS).encode("utf-8")
    if rng.random() < 0.5 and re.search(rb"(?mi)^Message-ID:", raw):
        return re.sub(rb"(?mi)^Message-ID:[^\r\n]*", b"Message-ID: " + new, raw, count=1)
    return b"References: " + new + b" " + rng.choice(LONG_IDS).encode() + b"\r\n" + raw


def _bytes(rng: random.Random, raw: bytes) -> bytes:
    b = bytearray(raw)
    for _ in range(rng.randint(1, 8)):
        if not b:
            break
        i = rng.randrange(len(b))
        op = rng.random()
        if op < 0.4:
            b[i] = rng.randrange(256)
        elif op < 0.7:
            b[i:i] = rng.choice([b"\r\n", b"\n ", b"\x00", b"=?", b"^n", b"\xc3", b",", b"\"", b";"])
        else:
            del b[i:i + rng.randint(1, 40)]
    return bytes(b)


def _lines(rng: random.Random, raw: bytes) -> bytes:
    lines = raw.split(b"\n")
    if len(lines) < 3:
        return raw
    i = rng.randrange(len(lines))
    if rng.random() < 0.5:
        lines.insert(i, lines[rng.randrange(len(lines))])
    else:
        del lines[i]
    return b"\n".join(lines)


def _truncate(rng: random.Random, raw: bytes) -> bytes:
    return raw[: rng.randrange(1, max(2, len(raw)))]


MUTATIONS: tuple[Callable[[random.Random, bytes], bytes], ...] = (
    _name, _name, _local, _local, _ids, _bytes, _lines, _truncate)


def mutate(rng: random.Random, raw: bytes) -> bytes:
    for _ in range(rng.randint(1, 3)):
        raw = rng.choice(MUTATIONS)(rng, raw)
    return raw


@dataclass
class Result:
    cases: int = 0
    interviews: int = 0
    parse_skips: int = 0
    drafts: int = 0
    draft_skips: int = 0
    unhandled: list[str] = field(default_factory=list)


def _check(data: bytes, to: str, thread: tuple[str, ...]) -> None:
    head = data.split(b"\r\n\r\n", 1)[0]
    assert not re.search(rb"(?im)^(bcc|x-injected):", head), "injected header"
    if thread:  # the last id verbatim (what survives as an id: printable ASCII with an @)
        m = re.search(rb"(?m)^In-Reply-To: (.*)\r\n(?! )", head)
        want = re.sub(r"[^\x21-\x7e]|[<>]", "", thread[-1])
        if "@" in want and len(want) <= 250:
            assert m is not None and m.group(1) == f"<{want}>".encode(), "In-Reply-To not verbatim"
    for line in re.findall(rb"(?im)^(?:in-reply-to|references|message-id):.*(?:\r\n[ \t].*)*", head):
        assert not re.search(rb"=\?utf-8\?", line, re.IGNORECASE), "encoded id"
    msg = message_from_string(data.decode("utf-8"), policy=policy.default) if not data.isascii() \
        else message_from_bytes(data, policy=policy.default)
    tos = msg.get_all("To") or []
    assert len(tos) == 1, "one To"
    assert tos[0].addresses[0].addr_spec == to, f"To is {tos[0].addresses[0].addr_spec!r}, not {to!r}"


def run_case(seed: int, base: list[bytes], writer: DraftWriter, result: Result) -> None:
    rng = random.Random(seed)
    raw = mutate(rng, rng.choice(base))
    result.cases += 1
    try:
        det = analyze_email(raw, OWNER, NOW, NY)
    except ParseError:
        result.parse_skips += 1
        return
    except Exception as exc:  # the point: nothing else may escape
        result.unhandled.append(f"seed {seed}: parse: {type(exc).__name__}: {exc}"[:300])
        return
    if not det.is_interview:
        return
    result.interviews += 1
    meta = det.meta
    thread = tuple(t.strip("<>") for t in ([*meta.references, meta.in_reply_to, meta.message_id]
                                           if meta else []) if t)
    for p in det.people:
        if not p.email:
            continue
        key = f"thanks:iv-fuzz:{p.email}"
        try:
            msg = writer.build(DraftInput(key, p.email, p.name, det.company, det.position,
                                          det.start or NOW, thread), NOW)
            prepare_draft(msg, key)
            data = draft_bytes(msg)
        except DraftError:
            result.draft_skips += 1
            continue
        except Exception as exc:
            result.unhandled.append(f"seed {seed}: draft to {p.email!r}: {type(exc).__name__}: {exc}"[:300])
            continue
        try:
            _check(data, p.email, thread)
        except (AssertionError, UnicodeDecodeError, IndexError) as exc:
            result.unhandled.append(f"seed {seed}: bad draft to {p.email!r}: {exc}"[:300])
            continue
        result.drafts += 1


def run(n: int, first_seed: int = 0) -> Result:
    base = fixtures()
    writer = DraftWriter(OWNER_CFG, NY)
    result = Result()
    for seed in range(first_seed, first_seed + n):
        run_case(seed, base, writer, result)
    return result
