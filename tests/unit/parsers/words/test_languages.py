"""Every language module has the same names, each a tuple, and every pattern compiles."""

from __future__ import annotations

import re

import pytest

from followup.parsers import words


@pytest.mark.parametrize("lang", words.LANGUAGES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_same_names_as_english(lang: object) -> None:
    names = {n for n in vars(lang) if n.isupper()}
    assert names == set(words.KEYS)


@pytest.mark.parametrize("lang", words.LANGUAGES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_same_parts_as_english(lang: object) -> None:
    # Each language splits its words the same way: a table lives in the same part everywhere,
    # and the package holds nothing but its parts' tables.
    seen: set[str] = set()
    for part in words.PARTS:
        names = {n for n in vars(getattr(lang, part)) if n.isupper()}
        assert names == {n for n in vars(getattr(words.en, part)) if n.isupper()}, part
        seen |= names
    assert seen == set(words.KEYS)


@pytest.mark.parametrize("key", words.KEYS)
def test_entries_are_tuples_of_valid_patterns(key: str) -> None:
    for lang in words.LANGUAGES:
        table = getattr(lang, key)
        assert isinstance(table, tuple), (lang.__name__, key)
        for entry in table:
            if isinstance(entry, str) and key not in words.PLAIN_WORDS:
                re.compile(entry, re.IGNORECASE)


def test_merged_keeps_language_order() -> None:
    merged = words.merged("CANCEL")
    assert merged[: len(words.en.CANCEL)] == words.en.CANCEL
    assert set(words.es.CANCEL) <= set(merged)


@pytest.mark.parametrize("lang", words.LANGUAGES, ids=lambda m: m.__name__.rsplit(".", 1)[-1])
def test_calendar_words_are_lower_case(lang: object) -> None:
    # when.py runs its date patterns case-sensitively on the lower-cased text.
    for key in ("MONTHS", "WEEKDAYS", "DAY_ARTICLES", "DATE_OF", "DAY_SUFFIXES"):
        for entry in getattr(lang, key):
            assert entry == entry.lower(), (key, entry)


def test_every_table_is_documented_once_in_the_package() -> None:
    # KEY_DOCS says what each table holds; the language modules carry only their entries.
    named = {k for k in words.KEYS if any(f"{k}:" in t for t in words.KEY_DOCS.values())}
    documented = set(words.KEY_DOCS) | named
    assert set(words.KEYS) <= documented
    assert set(words.KEY_DOCS) <= set(words.KEYS)


@pytest.mark.parametrize(
    "phrase",
    [
        "your managerial round", "a F2F discussion", "the technical discussion",
        "an in-person technical test", "a live coding challenge", "prueba técnica presencial",
        "zum Hearing am",
        "technischer Test vor Ort", "rencontre technique", "test technique sur place",
        "desafio técnico presencial", "prova tecnica in presenza", "technische test op kantoor",
    ],
)
def test_every_interview_phrase_passes_the_stem_guard(phrase: str) -> None:
    # lexicon.INTERVIEW runs its patterns only when a stem occurs: a pattern without one is dead.
    from followup.parsers import lexicon as lx

    assert lx.INTERVIEW.search(phrase), phrase
