"""Fixtures for the iCalendar parser tests: .ics files loaded by name, the shared corpus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REPO_ROOT = Path(__file__).resolve().parents[4]
CORPUS_ICS = REPO_ROOT.parent / "shared" / "corpus" / "ics"


def _load(name: str) -> bytes:
    path = FIXTURES / (name if "." in name else name + ".ics")
    return path.read_bytes()


@pytest.fixture
def ics() -> Callable[[str], bytes]:
    """``ics("name")``: the bytes of fixtures/name.ics beside these tests."""
    return _load


@pytest.fixture
def corpus_ics() -> Path:
    """The shared real-world .ics corpus (used in place, never copied)."""
    return CORPUS_ICS


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """icalendar warns when it guesses "/vendor/Area/City" TZIDs; the parser resolves TZIDs itself."""
    here = Path(__file__).resolve().parent
    for item in items:
        if Path(str(item.fspath)).resolve().parent == here:
            item.add_marker(pytest.mark.filterwarnings("ignore::icalendar.error.GloballyUniqueTZIDGuessed"))
