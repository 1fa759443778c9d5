"""A word list as one regular expression shaped like a trie ("mon(?:day|tag)" for "monday|montag").

Python's ``re`` tries each alternative of ``a|b|c`` in turn at every position, so a list of a few
hundred month and weekday names in eight languages costs hundreds of tests per character of mail.
As a trie, each position costs one test per letter that can still match. The words matched are the
same, and where several match at one position (one is then a prefix of the other) the longest is
tried first, as in an alternation sorted longest first.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_Node = dict[str, "_Node"]
_END = ""  # (a key no letter can be: marks the end of a word)


def trie(entries: Iterable[str]) -> str:
    """``entries`` (literal words, not patterns) as one non-capturing regular expression."""
    root: _Node = {}
    for entry in entries:
        node = root
        for ch in entry:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return "(?:" + _shape(root) + ")"


def _shape(node: _Node) -> str:
    branches = [re.escape(ch) + _shape(child) for ch, child in sorted(node.items()) if ch != _END]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END not in node:
        return body
    return (body if len(branches) > 1 else "(?:" + body + ")") + "?"
