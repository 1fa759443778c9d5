"""Issue 12: well-kept libraries measured against the parser code each would replace.

Each library is swapped in for the finder it would replace (monkeypatched here, the parsers
are not edited), then the 20 blind sets are scored (the figure: files exact on the core
fields, start exact, follow_up_after exact, thank-you recipients F1) and parse throughput is
timed over the bench/parse.py corpus, ours and the library's in the same run.

Swaps (our selection logic is kept around the library wherever it only replaces the finder):
- dateparser (dates): `search_dates` replaces `when.find_dates`; same text, same reference
  date (RELATIVE_BASE, dates preferred in the future), day-first order when our caller says so
  (else its own per-language order), languages en es de fr pt it nl; a date written without a
  year is placed with our own year rule (as ours does); a hit that is only a clock time is
  left to the time finder.
- dateparser (dates+times): also replaces `when.find_times` (clock times from the same
  `search_dates` hits). It returns one datetime per expression: no ranges ("2-3 pm",
  "14h às 15h" give no end), zones only as abbreviations/offsets it knows ("Central", "hora
  de Lisboa" give none).
- dateparser (timeline): `search_dates` replaces the expression rules inside
  `timeline._scan_sentence`; our cue sentences, cue/part/negative-word acceptance and choice of
  the earliest follow-up date are kept. Business days, "end of next week", "mid next week"
  have no dateparser equivalent (read as it reads them).
- phonenumbers: `PhoneNumberMatcher` (region US for numbers without "+", leniency VALID)
  replaces the phone regex of `signature._phones`; our fax/PIN label rules and scoring kept.
- quotequail: `quote()` gives the newest text (its own-text chunks joined) in place of the own
  text of `quoting.split_text`; the forwarded blocks stay ours (it does not parse them).
- mail-parser-reply: `EmailReplyParser(languages=en de es fr it nl).read(text).replies[0]`
  (it has no Portuguese) as the own text, likewise.

Run: .venv/bin/python bench/libraries.py [--rounds N] [--only NAME]. Needs the optional
extra `bench-libs` (pip install -e '.[bench-libs]'); without it one line is printed, exit 0.
"""

from __future__ import annotations

import argparse
import dataclasses
import importlib
import importlib.util
import pkgutil
import re
import sys
import time as clock
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))

LANGS = ["en", "es", "de", "fr", "pt", "it", "nl"]
REPLY_LANGS = ["en", "de", "es", "fr", "it", "nl"]  # mail-parser-reply has no Portuguese
NEEDED = ("dateparser", "phonenumbers", "quotequail", "mailparser_reply")
MIN_RATE = 500.0


def _missing() -> list[str]:
    return [name for name in NEEDED if importlib.util.find_spec(name) is None]


# ---------------------------------------------------------------- patching


@contextmanager
def patched(name: str, new: Any) -> Iterator[None]:
    """Replace every binding of the followup function ``name`` (its module and every
    ``from … import name`` of it) by ``new`` for the duration."""
    import followup.parsers

    for info in pkgutil.walk_packages(followup.parsers.__path__, "followup.parsers."):
        importlib.import_module(info.name)  # the package loads its modules lazily
    original = None
    for mod in list(sys.modules.values()):
        if getattr(mod, "__name__", "").startswith("followup.") and callable(getattr(mod, name, None)):
            fn = getattr(mod, name)
            if getattr(fn, "__module__", "").startswith("followup."):
                original = fn
                break
    if original is None:
        raise SystemExit(f"bench/libraries.py: no followup function {name!r} to swap (moved?)")
    bound = [m for m in list(sys.modules.values())
             if getattr(m, "__name__", "").startswith("followup.") and getattr(m, name, None) is original]
    for m in bound:
        setattr(m, name, new)
    try:
        yield
    finally:
        for m in bound:
            setattr(m, name, original)


# ---------------------------------------------------------------- dateparser

_CLOCK = re.compile(r"\d{1,2}\s*(?:[:.h]\s*\d{2}|[ap]\.?\s?m\b\.?|uhr\b|hrs\b|h\b)", re.I)
_CLOCK_ONLY = re.compile(
    r"^\s*(?:at|um|à|a|as|às|alle|om|from|de|las|a\s+las|vers)?\s*\d{1,2}\s*(?:[:.h]\s*\d{2})?\s*"
    r"(?:(?:-|–|to|bis|à|a|tot)\s*\d{1,2}\s*(?:[:.h]\s*\d{2})?\s*)?"
    r"(?:[ap]\.?\s?m\.?|uhr|hrs|h)?\s*(?:\(?[A-Z]{2,5}\)?)?\s*$",
    re.I,
)
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|(?<![\d:])\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?!\d)")
_TIME_WRITTEN = re.compile(r"\d\s*(?::\s*\d\d|[ap]\.?\s?m\b|h\b|\s*uhr|h\d\d)|noon|midi|mittag|mediod", re.I)


def _search(text: str, base: datetime, order: str | None = None) -> list[tuple[int, int, datetime]]:
    """``search_dates`` hits with their offsets in ``text``."""
    from dateparser.search import search_dates

    settings: dict[str, Any] = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "future"}
    if order:
        settings["DATE_ORDER"] = order
    try:
        found = search_dates(text, languages=LANGS, settings=settings) or []
    except Exception:  # dateparser raises on some inputs (OverflowError, ValueError)
        return []
    out = []
    cursor = 0
    for sub, dt in found:
        pos = text.find(sub, cursor)
        if pos < 0:
            pos = text.find(sub)
        if pos < 0:
            continue
        cursor = pos + len(sub)
        out.append((pos, pos + len(sub), dt))
    return out


def dp_find_dates(text: str, ref: date, day_first: bool = False) -> list[Any]:
    from followup.parsers import when

    hits = []
    base = datetime.combine(ref, time(0))
    # day-first when our caller found the text day-first; otherwise dateparser's own order for
    # the language it detects (German "3.12." stays day-first)
    for pos, end, dt in _search(text, base, "DMY" if day_first else None):
        sub = text[pos:end]
        if _CLOCK_ONLY.match(sub):
            continue  # a clock time, not a date
        explicit = bool(re.search(r"\d", _CLOCK.sub(" ", sub))) if re.search(r"\d", sub) else False
        value = dt.date()
        if explicit and not _YEAR.search(sub):
            value = when._resolve_year(value.month, value.day, ref) or value  # our year rule
        hits.append(when.DateHit(pos, end, value, explicit, sub))
    return hits


def dp_find_times(text: str) -> list[Any]:
    from followup.parsers import when

    hits = []
    for pos, end, dt in _search(text, datetime(2026, 1, 5)):
        sub = text[pos:end]
        if not _TIME_WRITTEN.search(sub):
            continue
        clock_at = _TIME_WRITTEN.search(sub)
        zone: tzinfo | None = dt.tzinfo
        # Placed at its clock part: our slot logic drops a time that starts inside a date hit,
        # and dateparser gives "Thursday, December 3 at 2 PM" as one hit.
        at = pos + (clock_at.start() if clock_at else 0)
        hits.append(when.TimeHit(at, end, dt.time().replace(tzinfo=None), None, zone, text[at:end]))
    return hits


def dp_scan_sentence(sentence: str, ref: date, days: Any) -> Iterator[tuple[Any, bool]]:
    """``timeline._scan_sentence`` with the expression finder replaced by ``search_dates``."""
    from followup.parsers import timeline as tl

    s = tl._WS_RE.sub(" ", sentence)
    cues = [(m.start(), m.end(), m.group("f") is not None) for m in tl._CUE_RE.finditer(s)]
    if not cues:
        return
    parts = [0, *(m.end() for m in tl._SPLIT_PART_RE.finditer(s)), len(s) + 1]
    negs = [m.start() for m in tl._NEG_RE.finditer(s)]

    def part_of(pos: int) -> int:
        return max(i for i, p in enumerate(parts) if p <= pos)

    for pos, end, dt in _search(s, datetime.combine(ref, time(0))):
        day = dt.date()
        hit = tl._Hit(day, day <= ref + timedelta(days=1), pos, end)
        part = part_of(hit.start)
        strong = (
            bool(tl._STRONG_BEFORE_RE.search(s[max(0, hit.start - 30) : hit.start]))
            or bool(tl._STRONG_BEFORE_RE.match(s, hit.start))
            or s[hit.start : hit.end].split(" ", 1)[0].lower() in tl._STRONG_FIRST
        )
        usable = [c for c in cues if part_of(c[0]) == part or (strong and c[0] < len(s))]
        if not usable:
            continue
        if any(parts[part] <= n < hit.start and n >= hit.start - 60 for n in negs):
            continue
        same = [c for c in usable if part_of(c[0]) == part]
        nearest = min(usable, key=lambda c: abs(c[0] - hit.start))
        yield hit, (any(c[2] for c in same) if same else nearest[2])


# ---------------------------------------------------------------- phonenumbers


def pn_phones(block: str, anchor_pos: int) -> list[tuple[tuple[int, int, int], str]]:
    """``signature._phones`` with the phone regex replaced by ``PhoneNumberMatcher``."""
    import phonenumbers

    from followup.parsers import signature as sg

    found: list[tuple[tuple[int, int, int], str]] = []
    for m in phonenumbers.PhoneNumberMatcher(block, "US", leniency=phonenumbers.Leniency.VALID):
        line_start = block.rfind("\n", 0, m.start) + 1
        before = re.split(r"\d[\d\s().\-/]{4,}\d", block[line_start : m.start])[-1]
        line_end = block.find("\n", m.end)
        after = block[m.end : line_end if line_end >= 0 else len(block)][:20]
        bad = sg._BAD_LABEL_RE.search(before) or sg._BAD_SHORT_LABEL_RE.search(before)
        if bad or sg._AFTER_BAD_RE.match(after):
            continue
        labelled = bool(sg._GOOD_LABEL_RE.search(before) or sg._AFTER_GOOD_RE.match(after))
        near = 1 if anchor_pos >= 0 and m.start >= anchor_pos else 0
        found.append(((int(labelled), near, -m.start), sg._clean(m.raw_string)))
    return found


# ---------------------------------------------------------------- reply parsers


def _own_text_swap(own_of: Callable[[str], str]) -> Callable[..., Any]:
    from followup.parsers import quoting

    ours = quoting.split_text

    def split_text(text: str, default_tz: tzinfo | None = None) -> Any:
        split = ours(text, default_tz)
        return dataclasses.replace(split, own_text=own_of(text[: quoting.MAX_ANALYSED]).strip())

    return split_text


def qq_own(text: str) -> str:
    import quotequail

    return "\n".join(chunk for own, chunk in quotequail.quote(text) if own)


_REPLY_PARSER: Any = None


def mpr_own(text: str) -> str:
    global _REPLY_PARSER
    from mailparser_reply import EmailReplyParser

    if _REPLY_PARSER is None:
        _REPLY_PARSER = EmailReplyParser(languages=REPLY_LANGS)
    replies = _REPLY_PARSER.read(text).replies
    return str(replies[0].content) if replies else ""


# ---------------------------------------------------------------- measuring


@dataclasses.dataclass
class Figures:
    exact: int = 0
    total: int = 0
    start: list[int] = dataclasses.field(default_factory=lambda: [0, 0])
    follow: list[int] = dataclasses.field(default_factory=lambda: [0, 0])
    detect: list[int] = dataclasses.field(default_factory=lambda: [0, 0])
    tp: int = 0
    fp: int = 0
    fn: int = 0
    rate: float = 0.0
    per_set: dict[str, int] = dataclasses.field(default_factory=dict)
    outputs: dict[str, Any] = dataclasses.field(default_factory=dict)  # file → inspect --json
    wrong: set[str] = dataclasses.field(default_factory=set)  # "set/file field" scored wrong
    ours_rate: float = 0.0  # ours, timed alternately with the library in the same run

    @property
    def f1(self) -> float:
        return 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp + self.fp + self.fn else 1.0

    def not_below(self, ours: Figures) -> bool:
        return (self.exact >= ours.exact and self.start[0] >= ours.start[0]
                and self.follow[0] >= ours.follow[0] and self.detect[0] >= ours.detect[0]
                and self.f1 >= ours.f1 - 1e-9)


def blind_figures() -> Figures:
    from tests.unit.parsers import blind_score
    from tests.unit.parsers.test_blind_sets import HERE, SETS

    f = Figures()
    as_json = blind_score.detection_json

    def recorded(det: Any) -> dict[str, Any]:
        got: dict[str, Any] = as_json(det)
        f.outputs[f"{len(f.outputs)}"] = got  # files are scored in the same order every run
        return got

    blind_score.detection_json = recorded  # type: ignore[assignment]
    try:
        scores = [(folder, blind_score.score(HERE / folder, owners.split(",")))
                  for folder, owners in sorted(SETS.items())]
    finally:
        blind_score.detection_json = as_json  # type: ignore[assignment]
    for folder, s in scores:
        f.exact += s.exact
        f.total += s.total
        f.per_set[folder] = s.exact
        for name, acc in (("start", f.start), ("follow_up_after", f.follow), ("is_interview", f.detect)):
            acc[0] += s.table[name][0]
            acc[1] += s.table[name][1]
        f.tp, f.fp, f.fn = f.tp + s.tp, f.fp + s.fp, f.fn + s.fn
        for line in s.lines:
            file_name, field_name = line.split()[:2]
            if field_name != "(reasons)":
                f.wrong.add(f"{folder}/{file_name} {field_name}")
    return f


@contextmanager
def all_patched(patches: list[tuple[str, Any]]) -> Iterator[None]:
    if not patches:
        yield
        return
    with patched(*patches[0]), all_patched(patches[1:]):
        yield


Patches = list[tuple[str, Any]]


def throughput(files: list[tuple[str, bytes]], rounds: int, patches: Patches) -> tuple[float, float]:
    """(ours, library) msgs/s over the corpus, one round of each in turn, best round of each
    (CPU time, as bench/parse.py): the machine is shared, so both see the same load."""
    from bench.parse import followup

    with all_patched(patches):
        followup(files[:30], 1)  # warm-up: imports, language data, regex compilation
    best = [float("inf"), float("inf")]
    for _ in range(rounds):
        for i, ps in enumerate(([], patches)):
            with all_patched(ps):
                seconds, _found = followup(files, 1)
            best[i] = min(best[i], seconds)
    return len(files) / best[0], len(files) / best[1]


SWAPS: list[tuple[str, str, list[tuple[str, Any]]]] = [
    ("dateparser-dates", "when.find_dates", [("find_dates", dp_find_dates)]),
    ("dateparser-dates+times", "when.find_dates + find_times",
     [("find_dates", dp_find_dates), ("find_times", dp_find_times)]),
    ("dateparser-timeline", "timeline rules", [("_scan_sentence", dp_scan_sentence)]),
    ("phonenumbers", "signature._phones", [("_phones", pn_phones)]),
    ("quotequail", "quoting own text", [("split_text", None)]),
    ("mail-parser-reply", "quoting own text", [("split_text", None)]),
]


def quagga_phones(corpus: Path) -> tuple[int, int, int, int]:
    """(found, expected, wrong, false positives) of ``find_phone`` on the Quagga signatures whose
    phones are annotated (real mail, the ground truth the blind sets lack: they score no phone)."""
    from followup.parsers import signature
    from tests.unit.parsers.text.test_signature import _quagga_first_bodies

    expected = ok = wrong = false_pos = 0
    for body, phones, _pos, names in _quagga_first_bodies(corpus / "signatures"):
        got = signature.find_phone(body, names[0] if names else None)
        if phones:
            expected += 1
            if got and any(got.strip("() ") in p or p.strip("() ") in got for p in phones):
                ok += 1
            elif got:
                wrong += 1
        elif got:
            false_pos += 1
    return ok, expected, wrong, false_pos


def measure(name: str, patches: Patches, files: list[tuple[str, bytes]], rounds: int) -> Figures:
    if name == "quotequail":
        patches = [("split_text", _own_text_swap(qq_own))]
    elif name == "mail-parser-reply":
        patches = [("split_text", _own_text_swap(mpr_own))]
    t0 = clock.monotonic()
    with all_patched(patches):
        f = blind_figures()
    if files:
        f.ours_rate, f.rate = throughput(files, rounds, patches)
    print(f"  measured {name} in {clock.monotonic() - t0:.0f} s", file=sys.stderr)
    return f


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--only", action="append", help="measure only this library (repeatable)")
    ap.add_argument("--show", type=int, default=8, help="list up to N fields each gets wrong/right vs ours")
    args, _rest = ap.parse_known_args()  # ./dev bench passes its own arguments to every bench
    missing = _missing()
    if missing:
        print(f"bench/libraries.py: skipped, not installed: {', '.join(missing)} "
              "(pip install -e '.[bench-libs]')")
        return 0
    from bench.parse import load

    files = load(args.corpus, False) if args.corpus.is_dir() else []
    if not files:
        print(f"bench/libraries.py: no corpus under {args.corpus}: throughput not measured", file=sys.stderr)
    ours = measure("ours", [], files, args.rounds)
    rows = [("ours", "-", ours)]
    for name, replaces, patches in SWAPS:
        if args.only and name not in args.only:
            continue
        rows.append((name, replaces, measure(name, patches, files, args.rounds)))
    print(f"20 blind sets ({ours.total} files); parse throughput over {len(files)} corpus files, best of "
          f"{args.rounds} rounds, ours and the library timed in turn")
    head = (f"{'library':24} {'replaces':28} {'files exact':>12} {'start':>9} {'follow_up':>9} "
            f"{'detect':>9} {'rcpt F1':>7} {'changed':>7} {'msgs/s (ours)':>14} {'ratio':>5}  verdict")
    print(head)
    print("-" * len(head))
    for name, replaces, f in rows:
        verdict, ratio = "-", 1.0
        if f is not ours:
            ratio = f.rate / f.ours_rate if f.ours_rate else 0.0
            accurate = f.not_below(ours)
            # ours is itself ≈ 500 msgs/s on a quiet machine: a library passes the speed bar when
            # it reaches 500 here, or costs no more than the noise (3 %) against ours in turn.
            fast = f.rate >= MIN_RATE or ratio >= 0.97
            if f.wrong == ours.wrong and fast:
                verdict = "tie on every scored field (see changed)"
            elif accurate and fast:
                verdict = "adopt"
            else:
                why = [w for w, bad in (("less accurate", not accurate), ("slower", not fast)) if bad]
                verdict = f"keep ours ({', '.join(why)})"
        changed = sum(f.outputs.get(k) != v for k, v in ours.outputs.items())
        print(f"{name:24} {replaces:28} {f.exact:>5}/{f.total:<6} {f.start[0]:>4}/{f.start[1]:<4} "
              f"{f.follow[0]:>4}/{f.follow[1]:<4} {f.detect[0]:>4}/{f.detect[1]:<4} {f.f1:>7.3f} "
              f"{changed:>7} "
              f"{f.rate:>6.0f} ({f.ours_rate:>4.0f}) {ratio:>5.2f}  {verdict}")
    if args.corpus.is_dir() and (not args.only or "phonenumbers" in args.only):
        ok, n, wrong, fp = quagga_phones(args.corpus)
        with patched("_phones", pn_phones):
            ok2, n2, wrong2, fp2 = quagga_phones(args.corpus)
        print(f"phones on annotated real signatures (Quagga): ours {ok}/{n} found, {wrong} wrong, {fp} "
              f"where none is annotated; phonenumbers {ok2}/{n2}, {wrong2} wrong, {fp2}")
        pn = next((f for name, _r, f in rows if name == "phonenumbers"), None)
        if pn is not None:
            pairs = [(a.get("phone"), b.get("phone")) for k, v in ours.outputs.items()
                     for a, b in zip(v.get("people") or [], pn.outputs[k].get("people") or [], strict=False)
                     if a.get("phone") != b.get("phone")]
            print("phones of people in the blind sets (not scored there): "
                  f"{sum(b is None for _a, b in pairs)} "
                  f"only ours finds, {sum(a is None for a, _b in pairs)} only phonenumbers finds, "
                  f"{sum(a is not None and b is not None for a, b in pairs)} differ, e.g. "
                  + ", ".join(f"{a!r}→{b!r}" for a, b in pairs[:4]))
    for name, _r, f in rows[1:]:
        lost, gained = sorted(f.wrong - ours.wrong), sorted(ours.wrong - f.wrong)
        print(f"  {name}: {len(lost)} field(s) now wrong, {len(gained)} now right")
        for tag, items in (("-", lost), ("+", gained)):
            for item in items[: args.show]:
                print(f"    {tag} {item}")
    print("changed: blind-set files whose whole inspect --json (any field, scored or not) differs from ours")
    return 0


if __name__ == "__main__":
    sys.exit(main())
