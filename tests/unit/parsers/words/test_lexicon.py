"""lexicon._rx shares the word boundary of its parts without changing a single match."""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pytest

from followup.parsers import lexicon as lx
from followup.parsers import words

# Our own mails in every language (not the blind sets: those stay unseen by the rules' tests).
FIXTURES = [Path(__file__).resolve().parents[1] / name for name in ("detect", "languages", "mime")]


def _plain(*parts: str) -> re.Pattern[str]:
    """The alternation _rx stands for: parts without "|" first, then the others, each as written."""
    simple = [p for p in parts if p.startswith("\\b") and "|" not in p]
    rest = [p for p in parts if not (p.startswith("\\b") and "|" not in p)]
    return re.compile("|".join(f"(?:{p})" for p in simple + rest), re.IGNORECASE)


@functools.cache
def _texts() -> list[str]:
    texts = [p.read_text("utf-8", "replace") for d in FIXTURES for p in sorted(d.rglob("*.eml"))]
    assert len(texts) > 50
    return texts


def test_parts_with_bounded_alternatives_share_the_boundary() -> None:
    shared = lx._rx(r"\bab", r"\bcd|\bef(?:g|h)", r"x|\by")
    assert shared.pattern == r"\b(?:(?=[ace])(?:(?:ab)|(?:cd)|(?:ef(?:g|h))))|(?:x|\by)"
    # A run is cut where a part has an alternative without \b: the order of alternatives stays.
    cut = lx._rx(r"\ba|\bb", "c", r"\bd|[|]\b")
    assert cut.pattern == r"\b(?:(?=[ab])(?:(?:a)|(?:b)))|(?:c)|(?:\bd|[|]\b)"


def test_alternatives_of_a_letter_are_tried_behind_it_in_their_order() -> None:
    rx = lx._rx(r"\bcall", r"\bcv|\b(?:a|the)\s+x", r"\bcat|\bdog|\bcow|\b.x", r"\bCat")
    assert rx.pattern == (
        r"\b(?:(?=[Cacdt])(?:(?:call)|(?:Cat)|c(?:(?:v)|(?:at)|(?:ow))|(?:a\s+x)|(?:the\s+x)|(?:dog))|(?:.x))"
    )
    # "cat" joins "cv" across "(?:a|the)" (which cannot start with c), not "call" across "Cat".
    assert [m.group(0) for m in lx._rx(r"\bcat", r"\bdog|\bcats").finditer("cats dogs")] == ["cat", "dog"]


def test_literal_heads_form_a_trie() -> None:
    rx = lx._rx(r"\bcall", r"\bcat", r"\bcv", r"\bcalm")
    assert rx.pattern == r"\b(?:c(?:a(?:l(?:(?:l)|(?:m))|(?:t))|(?:v)))"
    assert [m.group(0) for m in rx.finditer("calm cat, a call on cv")] == ["calm", "cat", "call", "cv"]


def test_a_leading_group_is_spelled_out_in_matching_order() -> None:
    assert lx._expanded(r"(?:a|the)\s+x") == [r"a\s+x", r"the\s+x"]
    spelled = [r"toma\s+(?:datos\s+)?bio", r"datos\s+bio", "bio"]  # (only the head is spelled out)
    assert lx._expanded(r"(?:toma\s+)?(?:datos\s+)?bio") == spelled
    assert lx._expanded(r"(?:ab)+c") == [r"(?:ab)+c"]  # a repeated group stays
    assert lx._expanded("(?:a|b|c|d|e|f|g|h|i)x", limit=8) == ["(?:a|b|c|d|e|f|g|h|i)x"]  # 9 > 8
    rx = lx._rx(r"\b(?:toma\s+de\s+)?(?:datos\s+)?biom[ée]tricos\b", r"\bdatos\b")
    found = [m.group(0) for m in rx.finditer("toma de datos biométricos; datos; toma de biometricos")]
    assert found == ["toma de datos biométricos", "datos", "toma de biometricos"]


@pytest.mark.parametrize("text", ["[a|b]", r"\|", "(a|b)|c", "[]|]|d", r"[\]|]|e", "[^]|]|f"])
def test_alternatives_skips_groups_classes_and_escapes(text: str) -> None:
    assert "|".join(lx._alternatives(text)) == text
    expected = {"[a|b]": 1, r"\|": 1, "(a|b)|c": 2, "[]|]|d": 2, r"[\]|]|e": 2, "[^]|]|f": 2}
    assert len(lx._alternatives(text)) == expected[text]


_PATTERN_TABLES = sorted(
    k for k in set(words.KEYS) - words.PLAIN_WORDS if all(isinstance(e, str) for e in words.merged(k))
)


@pytest.mark.parametrize("key", _PATTERN_TABLES)
def test_every_table_matches_exactly_as_the_plain_alternation(key: str) -> None:
    table = words.merged(key)
    fast, plain = lx._rx(*table), _plain(*table)
    for text in _texts():
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], key


@pytest.mark.parametrize("name", ["REJECTION", "OFFER", "APPLICATION_ACK", "CANCEL", "RESCHEDULE", "COMPANY"])
def test_found_answers_as_search_does(name: str) -> None:
    rx = getattr(lx, name)
    assert (lx.lowered(rx) is None) == (name == "COMPANY")  # (COMPANY is case-sensitive: no shortcut)
    for text in _texts():
        assert lx.found(rx, text) == (rx.search(text) is not None), name
        assert lx.found(rx, text.upper()) == (rx.search(text.upper()) is not None), name


@pytest.mark.parametrize("name", ["PRESS", "OTHER_INTERVIEWS", "CANCEL", "POSITION"])
def test_spans_are_where_finditer_finds(name: str) -> None:
    rx = getattr(lx, name)
    for text in [*_texts(), "İstanbul: a podcast interview, a research interview (survey)"]:
        assert lx.spans(rx, text) == [m.span() for m in rx.finditer(text)], name
        assert lx.spans(rx, text, text.lower()) == [m.span() for m in rx.finditer(text)], name


@pytest.mark.parametrize(
    ("alt", "starts"),
    [
        ("call", {"c"}),
        (r"\bcall", {"c"}),
        (r"(?:the\s+)?candidate", {"t", "c"}),
        ("[ée]pisode", {"é", "e"}),
        (r"(?:final|2nd)\s+round", {"f", "2"}),
        (r"(?:as|\d+)\s+interv", {"a", r"\d"}),
        (r"\w*zeitung", {r"\w", "z"}),
        ("a??b", None),  # (not worth reading: unknown)
        ("(?:x){0,3}y", None),
        ("x?", None),  # may match nothing
        ("(?:x|)y", None),
        ("[^a]b", None),
        (r"(?<!\byour\s)\binterview", None),
        (r"(?-i:[A-Z])", None),
    ],
)
def test_starts_is_every_first_character_or_none(alt: str, starts: set[str] | None) -> None:
    assert lx._starts(alt) == starts


def test_the_word_tables_stay_lower_case_so_they_run_on_lower_cased_text() -> None:
    # A table written all in lower case runs case-sensitively on the lower-cased text, several times
    # faster than IGNORECASE over a long alternation (lexicon.lowered); one upper-case letter in one
    # entry of one language ("(?-i:[A-Z])", "Ihrer") silently takes the whole table off that path.
    # These few need a capital and pay for it; any other table must stay lowerable.
    needs_capitals = {"INTERVIEW", "_INTERVIEW", "INTERVIEWER_FRAMING", "JOB_MEETING", "RECRUITER_TITLE"}
    slow = set()
    for name in dir(lx):
        value = getattr(lx, name)
        rx = value.rx if isinstance(value, lx.Guarded) else value
        if isinstance(rx, re.Pattern) and rx.flags & re.IGNORECASE and lx.lowered(rx) is None:
            slow.add(name)
    assert slow <= needs_capitals, sorted(slow - needs_capitals)
    assert lx.lowered(lx.PRESS) is not None and lx.lowered(lx.OTHER_INTERVIEWS) is not None
