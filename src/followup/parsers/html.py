"""HTML mail bodies to plain text that keeps the structure a reader relies on.

Block elements become line breaks, list items "- item" lines, table rows one line each
with cells joined by " | ", links keep their text plus the http(s) target in parentheses
when it differs. Uses BeautifulSoup with the stdlib "html.parser" backend (no lxml).
The walk is iterative, so deeply nested markup cannot exhaust the recursion limit.
"""

from __future__ import annotations

import logging
import re

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction, Tag
from bs4.element import NavigableString, PageElement

log = logging.getLogger(__name__)

MAX_HTML_CHARS = 400_000  # markup beyond this is not converted (the text cap is applied later)

_DROP = frozenset(
    {
        "script",
        "style",
        "head",
        "title",
        "meta",
        "link",
        "noscript",
        "template",
        "svg",
        "object",
        "iframe",
        "xml",
        "o:p",
    }
)
_BLOCK = frozenset(
    {
        "p",
        "div",
        "section",
        "article",
        "header",
        "footer",
        "main",
        "aside",
        "nav",
        "blockquote",
        "pre",
        "address",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "table",
        "thead",
        "tbody",
        "tfoot",
        "caption",
        "form",
        "fieldset",
        "figure",
        "figcaption",
        "hr",
        "center",
        "body",
        "html",
    }
)
_PARAGRAPH = frozenset(
    {"p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "hr"}
)
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
_WS = re.compile(r"[ \t\r\n\f\v\u00a0\u200b\u200c\u200d\ufeff]+")
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANKS = re.compile(r"\n{3,}")
_QUOTE_IN = "\x0e"  # blockquote markers in the chunk stream; removed by _tidy
_QUOTE_OUT = "\x0f"
_SKIP_STRINGS = (Comment, Declaration, Doctype, ProcessingInstruction)


class _Out:
    """Collects text chunks; ``"\\n"`` chunks are hard line breaks."""

    def __init__(self) -> None:
        self.parts: list[str] = []

    def text(self, s: str) -> None:
        if s:
            self.parts.append(s)

    def newline(self, count: int = 1) -> None:
        # Merge with trailing newlines already emitted instead of stacking them.
        have = 0
        for p in reversed(self.parts[-50:]):
            if p == "\n":
                have += 1
                if have >= count:
                    return
            elif p.strip(" "):
                break
            else:
                continue
        if not self.parts:
            return
        self.parts.extend("\n" for _ in range(count - have))

    def since(self, index: int) -> str:
        return "".join(self.parts[index:])


def _href_suffix(tag: Tag, link_text: str) -> str:
    href = tag.get("href")
    if not isinstance(href, str):
        return ""
    href = href.strip()
    if not href.lower().startswith(("http://", "https://")):
        return ""
    text = link_text.strip()
    if not text:
        return ""

    def bare(u: str) -> str:
        u = u.lower()
        u = re.sub(r"^https?://", "", u)
        u = u.removeprefix("www.")
        return u.rstrip("/")

    if bare(text) == bare(href):
        return ""
    return f" ({href})"


def _is_hidden(tag: Tag) -> bool:
    style = tag.get("style")
    if isinstance(style, str) and _HIDDEN.search(style):
        return True
    return tag.has_attr("hidden")


def html_to_text(html: str) -> str:
    """Convert an HTML document or fragment to readable text. Never raises on bad markup."""
    if not html:
        return ""
    html = html[:MAX_HTML_CHARS]
    try:
        soup = BeautifulSoup(html, "html.parser")
    except Exception:  # html.parser can choke on pathological input; fall back to tag stripping
        log.debug("html.parser failed; stripping tags instead", exc_info=True)
        return _strip_tags(html)
    out = _Out()
    # Stack entries: ("enter", node, 0) or ("leave", tag, index of the tag's first output chunk)
    stack: list[tuple[str, PageElement, int]] = [("enter", soup, 0)]
    pre_depth = 0
    # Per open table row: whether it already has a non-empty cell.
    row_state: list[bool] = []
    while stack:
        action, node, mark = stack.pop()
        if action == "leave":
            assert isinstance(node, Tag)
            _leave(node, out, mark, row_state)
            if node.name == "pre":
                pre_depth -= 1
            continue
        if isinstance(node, NavigableString):
            if isinstance(node, _SKIP_STRINGS):
                continue
            s = str(node)
            if pre_depth:
                for i, line in enumerate(s.split("\n")):
                    if i:
                        out.parts.append("\n")
                    out.text(line)
            else:
                collapsed = _WS.sub(" ", s)
                if collapsed.strip():
                    out.text(collapsed)
                elif collapsed and out.parts and out.parts[-1] not in ("\n", " "):
                    out.text(" ")
            continue
        if not isinstance(node, Tag):
            continue
        name = (node.name or "").lower()
        if name in _DROP or (name != "[document]" and _is_hidden(node)):
            continue
        mark = _enter(node, name, out, row_state)
        if name == "pre":
            pre_depth += 1
        stack.append(("leave", node, mark))
        stack.extend(("enter", child, 0) for child in reversed(node.contents))
    return _tidy("".join(out.parts))


def _enter(tag: Tag, name: str, out: _Out, row_state: list[bool]) -> int:
    if name == "br":
        out.parts.append("\n")
    elif name == "li":
        out.newline()
        out.text("- ")
    elif name == "tr":
        out.newline()
        row_state.append(False)
    elif name in ("td", "th"):
        out.parts.append("")  # placeholder for the " | " separator
        return len(out.parts) - 1
    else:
        _block_edge(name, out, _QUOTE_IN)
    return len(out.parts)


def _leave(tag: Tag, out: _Out, mark: int, row_state: list[bool]) -> None:
    name = (tag.name or "").lower()
    if name == "a":
        out.text(_href_suffix(tag, out.since(mark)))
    elif name in ("td", "th"):
        cell = out.since(mark + 1)
        if cell.strip():
            if row_state and row_state[-1]:
                # Cells holding paragraphs (layout tables) are stacked, data cells joined.
                before = "".join(out.parts[max(0, mark - 3) : mark])
                block = "\n" in cell.strip("\n ") or before.endswith("\n")
                out.parts[mark] = "\n" if block else " | "
            if row_state:
                row_state[-1] = True
    elif name == "tr":
        if row_state:
            row_state.pop()
        out.newline()
    elif name == "li":
        out.newline()
    else:
        _block_edge(name, out, _QUOTE_OUT)


def _block_edge(name: str, out: _Out, quote_mark: str) -> None:
    """The break at either edge of a block: a blank line around paragraphs, a line break around
    other blocks; a blockquote also gets its marker (``_QUOTE_IN`` opening, ``_QUOTE_OUT`` closing)."""
    if name == "blockquote":
        out.newline()
        out.parts.append(quote_mark)
    elif name in _PARAGRAPH:
        out.newline(2)
    elif name in _BLOCK:
        out.newline()


def _tidy(text: str) -> str:
    """Normalise spaces per line, prefix blockquote lines with "> ", collapse blank runs."""
    lines: list[str] = []
    depth = 0
    for line in text.split("\n"):
        depth_after = None
        if _QUOTE_IN in line or _QUOTE_OUT in line:
            # Markers before the line's text set its depth; later ones apply from the next line.
            lead = len(line) - len(line.lstrip(_QUOTE_IN + _QUOTE_OUT + " "))
            head, rest = line[:lead], line[lead:]
            depth = max(0, depth + head.count(_QUOTE_IN) - head.count(_QUOTE_OUT))
            depth_after = max(0, depth + rest.count(_QUOTE_IN) - rest.count(_QUOTE_OUT))
            line = rest.replace(_QUOTE_IN, "").replace(_QUOTE_OUT, "")
        depth_here = depth
        if depth_after is not None:
            depth = depth_after
        clean = _SPACES.sub(" ", line).strip(" ")
        if depth_here and clean:
            clean = "> " * depth_here + clean
        elif depth_here and lines and lines[-1].startswith(">"):
            clean = ">"
        lines.append(clean)
    # A bare ">" line is a blank line inside a quote; at the quote's end it is just blank.
    for k in range(len(lines) - 1, -1, -1):
        if lines[k] == ">" and (k + 1 >= len(lines) or not lines[k + 1].startswith(">")):
            lines[k] = ""
    joined = "\n".join(lines)
    return _BLANKS.sub("\n\n", joined).strip("\n")


_TAG = re.compile(r"<[^<>]{0,2000}>")


def _strip_tags(html: str) -> str:
    import html as _html

    return _tidy(_html.unescape(_TAG.sub(" ", html)))
