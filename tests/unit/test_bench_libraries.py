"""bench/libraries.py (issue 12): every swap still names a parser function, and the bench
skips with one line when the optional `bench-libs` extra is not installed."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench" / "libraries.py"


def _bench():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("bench_libraries", BENCH)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def test_every_swap_replaces_a_parser_function_and_puts_it_back() -> None:
    bench = _bench()
    names = {name for _lib, _what, patches in bench.SWAPS for name, _fn in patches}
    assert names == {"find_dates", "find_times", "_scan_sentence", "_phones", "split_text"}
    for name in names:
        marker = object()
        with bench.patched(name, marker):
            bound = [m for m in list(sys.modules.values())
                     if getattr(m, "__name__", "").startswith("followup.")
                     and getattr(m, name, None) is marker]
            assert bound, name  # a parser module was split and the name moved: the bench must follow
        assert not any(getattr(m, name, None) is marker for m in list(sys.modules.values()))


def test_skips_with_one_line_without_the_libraries(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    bench = _bench()
    monkeypatch.setattr(bench, "_missing", lambda: ["dateparser"])
    monkeypatch.setattr(sys, "argv", ["libraries.py"])
    assert bench.main() == 0
    out = capsys.readouterr().out
    assert out.count("\n") == 1 and "skipped, not installed: dateparser" in out
