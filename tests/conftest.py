"""Shared test helpers: where the shared corpus lives, and CI strictness."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
IN_CI = bool(os.environ.get("CI"))


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    if not CORPUS.is_dir():
        if IN_CI:
            pytest.fail(f"shared corpus missing at {CORPUS}")
        pytest.skip("shared corpus not present beside the checkout")
    return CORPUS
