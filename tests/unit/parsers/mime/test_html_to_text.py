from __future__ import annotations

import time

import pytest

from followup.parsers.html import html_to_text


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ("<p>a</p><p>b</p>", "a\n\nb"),
        ("a<br>b<br/>c", "a\nb\nc"),
        ("<div>a</div><div>b</div>", "a\nb"),
        ("<ul><li>one</li><li>two <b>bold</b></li></ul>", "- one\n- two bold"),
        ("<ol><li>x</li></ol>", "- x"),
        ("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td></td><td>d</td></tr></table>",
         "a | b\nc | d"),
        ("<a href='https://x.example/p'>profile</a>", "profile (https://x.example/p)"),
        ("<a href='https://x.example/'>x.example</a>", "x.example"),
        ("<a href='mailto:a@x.example'>Ann</a>", "Ann"),
        ("<a href='javascript:alert(1)'>click</a>", "click"),
        ("<head><title>T</title></head><body>x<script>s()</script><style>p{}</style></body>", "x"),
        ("<p>a</p><br><br><br><br><p>b</p>", "a\n\nb"),
        ("caf&eacute; &amp; &lt;tag&gt; &nbsp;x", "café & <tag> x"),
        ("<span style='display:none'>preheader</span>Visible", "Visible"),
        ("<!-- comment -->text<!DOCTYPE html>", "text"),
        ("<blockquote>quoted<blockquote>deeper</blockquote></blockquote>after",
         "> quoted\n> > deeper\n\nafter"),
        ("<table><tr><td><p>Hi Sam</p><p>More</p></td><td><p>side</p></td></tr></table>",
         "Hi Sam\n\nMore\n\nside"),  # layout cells stack instead of " | "
        ("", ""),
        ("plain text, no tags", "plain text, no tags"),
        ("<p>unclosed <b>bold <i>both", "unclosed bold both"),
    ],
)
def test_html_to_text(html: str, expected: str) -> None:
    assert html_to_text(html) == expected


def test_deep_nesting_does_not_recurse() -> None:
    html = "<div>" * 5000 + "deep" + "</div>" * 5000
    assert html_to_text(html) == "deep"


def test_large_html_is_capped_and_fast() -> None:
    html = "<table>" + "<tr><td>cell</td><td>other</td></tr>" * 40_000 + "</table>"
    start = time.perf_counter()
    text = html_to_text(html)
    assert time.perf_counter() - start < 10
    assert text.startswith("cell | other\ncell | other")
