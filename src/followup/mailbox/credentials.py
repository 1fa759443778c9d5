"""Connection-error wording. Secrets are fetched by ``followup.secrets``."""

from __future__ import annotations

import re


def one_line(text: object, limit: int = 300) -> str:
    """Server or library text squeezed onto one line."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    s = re.sub(r"\s+", " ", str(text)).strip()
    s = s.removeprefix("b'").removesuffix("'") if s.startswith("b'") else s
    return s[:limit]
