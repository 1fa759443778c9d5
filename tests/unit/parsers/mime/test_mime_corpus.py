"""Every .eml in the shared corpus goes through read_message: only ParseError may escape."""

from __future__ import annotations

import time
from pathlib import Path

from followup.errors import ParseError
from followup.parsers.mime import read_message


def test_every_corpus_message_parses_or_raises_parse_error(corpus_dir: Path) -> None:
    files = sorted(corpus_dir.rglob("*.eml"))
    assert len(files) >= 50
    parsed = 0
    failed: list[str] = []
    start = time.perf_counter()
    for path in files:
        try:
            content = read_message(path.read_bytes())
        except ParseError:
            failed.append(path.name)
            continue
        parsed += 1
        assert isinstance(content.text, str) and isinstance(content.own_text, str)
        assert len(content.own_text) <= len(content.text) + 1
    elapsed = time.perf_counter() - start
    assert parsed >= 0.95 * len(files), failed
    # A generous bound on a shared machine; bench/parse.py measures the real rate.
    assert elapsed < 0.05 * len(files) + 5


def test_enron_bodies_and_senders(corpus_dir: Path) -> None:
    files = sorted((corpus_dir / "eml" / "enron").rglob("*.eml"))
    assert files
    with_sender = with_text = 0
    for path in files:
        content = read_message(path.read_bytes())
        with_sender += content.meta.sender is not None
        with_text += bool(content.own_text.strip())
    assert with_sender == len(files)
    assert with_text >= 0.9 * len(files)


def test_reply_formats_own_text_drops_history(corpus_dir: Path) -> None:
    # The talon fixtures are replies whose own text is a short "Hello"/"Hi" line.
    names = ["talon__gmail.eml", "talon__apple_mail_2.eml", "talon__outlook.eml", "talon__thunderbird.eml",
             "talon__yahoo.eml", "talon__hotmail.eml", "talon__aol.eml", "talon__comcast.eml"]
    for name in names:
        content = read_message((corpus_dir / "eml" / "reply_formats" / name).read_bytes())
        assert content.own_text.strip() == "Hello", name
