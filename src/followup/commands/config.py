"""``followup config example``: a complete, commented config (the text ships in ``data/``)."""

from __future__ import annotations

from followup.config import example_config


def example() -> str:
    """Every key with its default and a comment; parses as a valid config."""
    return example_config()
