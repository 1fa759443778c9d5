"""Quoted history and inline header dates written by Portuguese, Italian and Dutch mail clients."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from followup.parsers.loose_date import parse_loose_date
from followup.parsers.quoting import split_text


@pytest.mark.parametrize(
    "attribution",
    [
        "Em seg., 30 de nov. de 2026 às 10:15, Ana Souza <ana@x.example> escreveu:",
        "No dia 30/11/2026, às 10:15, Ana Souza <ana@x.example> escreveu:",
        "Il giorno lun 30 nov 2026 alle ore 10:15 Mario Rossi <mario@x.example> ha scritto:",
        "Op ma 30 nov. 2026 om 10:15 schreef Jan de Vries <jan@x.example>:",
        "Op 30 nov. 2026 om 10:15 heeft Jan de Vries <jan@x.example> het volgende geschreven:",
    ],
)
def test_reply_attributions_cut_unquoted_history(attribution: str) -> None:
    text = f"Combinado, até terça.\n\n{attribution}\n\nOld text without quoting\n"
    assert split_text(text).own_text == "Combinado, até terça."


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("segunda-feira, 30 de novembro de 2026 10:15", datetime(2026, 11, 30, 10, 15, tzinfo=UTC)),
        ("lun 12 gen 2026 10:15", datetime(2026, 1, 12, 10, 15, tzinfo=UTC)),
        ("giovedì 5 marzo 2026 alle ore 09:00", datetime(2026, 3, 5, 9, 0, tzinfo=UTC)),
        ("ma 12 okt. 2026 om 10:15", datetime(2026, 10, 12, 10, 15, tzinfo=UTC)),
        ("woensdag 4 mrt. 2026 09:00", datetime(2026, 3, 4, 9, 0, tzinfo=UTC)),
    ],
)
def test_header_dates_use_every_languages_month_names(value: str, expected: datetime) -> None:
    assert parse_loose_date(value, english=False) == expected


def test_outlook_header_block_in_portuguese_italian_dutch() -> None:
    for labels in (("De", "Enviada", "Para", "Assunto"), ("Da", "Inviato", "A", "Oggetto"),
                   ("Van", "Verzonden", "Aan", "Onderwerp")):
        sender, sent, to, subject = labels
        text = (
            "Ver abaixo.\n\n"
            f"{sender}: Ana Souza <ana@x.example>\n{sent}: 30 novembre 2026 10:15\n"
            f"{to}: Sam <sam@y.example>\n{subject}: Entrevista\n\nTexto antigo\n"
        )
        split = split_text(text)
        assert split.own_text == "Ver abaixo."
        assert split.forwarded[0].meta.subject == "Entrevista"
        assert split.forwarded[0].meta.sender is not None
        assert split.forwarded[0].meta.sender.email == "ana@x.example"
