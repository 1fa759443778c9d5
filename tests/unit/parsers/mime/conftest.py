"""Fixtures for the MIME reader tests: .eml files loaded by name, and the shared corpus."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
REPO_ROOT = Path(__file__).resolve().parents[4]
CORPUS = REPO_ROOT.parent / "shared" / "corpus"


@pytest.fixture
def eml() -> Callable[[str], bytes]:
    """Bytes of a fixture by file name (``eml("fwd_gmail.eml")``)."""

    def load(name: str) -> bytes:
        return (FIXTURES / name).read_bytes()

    return load


@pytest.fixture
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    return CORPUS
