"""The error tree drawn in errors.py's docstring is the real class hierarchy."""

from __future__ import annotations

import re

from followup import errors


def test_the_drawn_tree_is_the_class_tree() -> None:
    doc = errors.__doc__ or ""
    drawn: dict[str, str] = {}
    stack: list[tuple[int, str]] = []
    for line in doc.splitlines():
        m = re.match(r"^( *)(?:[│ ]*[├└]── )?(\w*(?:Error|Busy|Failed|Missing))\b", line)
        if not m or not hasattr(errors, m.group(2)):
            continue
        depth = len(line) - len(line.lstrip(" │├└─"))
        while stack and stack[-1][0] >= depth:
            stack.pop()
        if stack:
            drawn[m.group(2)] = stack[-1][1]
        stack.append((depth, m.group(2)))
    classes = {name for name, obj in vars(errors).items()
               if isinstance(obj, type) and issubclass(obj, errors.Error) and obj is not errors.Error}
    assert set(drawn) == classes  # every class is drawn, once
    for name, parent in drawn.items():
        assert getattr(errors, name).__bases__ == (getattr(errors, parent),), name


def test_exit_codes() -> None:
    codes = (errors.ConfigError.exit_code, errors.StateBusy.exit_code, errors.AccountError.exit_code)
    assert codes == (2, 75, 1)
