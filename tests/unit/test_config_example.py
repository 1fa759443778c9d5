"""The example config and docs/config.md name every key the parser reads, and nothing else."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from click.testing import CliRunner

from followup.cli import cli
from followup.config import example_config, known_keys, parse_config

REPO = Path(__file__).resolve().parents[2]
_SECTION = re.compile(r"^\[(\w+)\]")
_KEY = re.compile(r"^#?\s?(\w+)\s*=")
_DOC_ROW = re.compile(r"^\| `(\w+)` \|")


def _keys_by_section(lines: list[str], key_re: re.Pattern[str],
                     section_re: re.Pattern[str]) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    section = None
    for line in lines:
        if m := section_re.match(line):
            section = m.group(1)
            out.setdefault(section, set())
        elif section and (k := key_re.match(line)):
            out[section].add(k.group(1))
    return out


def test_the_example_is_a_valid_config() -> None:
    config = parse_config(tomllib.loads(example_config()), None)
    assert config.mailbox.backend == "imap" and config.calendar.backend == "ics"
    assert config.owner.email == "alex.rivera@mailbox.example"


def test_the_example_shows_every_key_and_only_known_ones() -> None:
    shown = _keys_by_section(example_config().splitlines(), _KEY, _SECTION)
    assert shown == known_keys()


def test_the_reference_documents_every_key_and_only_known_ones() -> None:
    lines = (REPO / "docs" / "config.md").read_text(encoding="utf-8").splitlines()
    documented = _keys_by_section(lines, _DOC_ROW, re.compile(r"^## `\[(\w+)\]`"))
    assert documented == known_keys()


def test_the_example_spots_a_new_key() -> None:
    """The comparison is real: a key the parser reads but the example lacks shows up."""
    keys = known_keys()
    keys["followup"].add("not_in_the_example")
    shown = _keys_by_section(example_config().splitlines(), _KEY, _SECTION)
    assert shown != keys


def test_cli_prints_the_example() -> None:
    result = CliRunner().invoke(cli, ["config", "example"])
    assert result.exit_code == 0
    assert result.output == example_config()


def test_spans_read_as_written() -> None:
    from followup.config import parse_span

    written = ("3 days", "1 day", "36h", "30m", "5 business days", "1 business day")
    assert [str(parse_span(t)) for t in written] == [
        "3 days", "1 day", "1 day 12 h", "30 min", "5 business days", "1 business day"]
