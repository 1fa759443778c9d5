"""Shared test helpers: where the shared corpus lives, and CI strictness."""

from __future__ import annotations

import os
from collections.abc import Iterator
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


@pytest.fixture
def keyring_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The real ``keyring`` library on keyrings.alt's plain-text file backend, in a temp dir.

    In this process through ``keyring.set_keyring``; child processes (the CLI) find the same
    file through PYTHON_KEYRING_BACKEND and XDG_DATA_HOME, which are set for them here too.
    Yields the file's path.
    """
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    data_home = tmp_path / "xdg-data"
    monkeypatch.setenv("XDG_DATA_HOME", str(data_home))
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    backend = PlaintextKeyring()
    path = Path(backend.file_path)
    assert path.is_relative_to(data_home)
    before = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        yield path
    finally:
        keyring.set_keyring(before)
