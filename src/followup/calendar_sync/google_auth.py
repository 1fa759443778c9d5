"""``followup auth google``: the command body. The OAuth code itself is ``followup.google_oauth``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from followup.errors import ConfigError
from followup.google_oauth import authorize


def cmd_auth_google(
    config_path: Path | None, gmail: bool, client_secrets: Path | None, echo: Callable[[str], None]
) -> int:
    """``followup auth google``: the body behind the CLI command."""
    from followup.config import load_config

    cfg = load_config(config_path)
    secrets = client_secrets or cfg.calendar.client_secrets
    if secrets is None:
        raise ConfigError(
            "[calendar] client_secrets: required for `followup auth google` (or pass --client-secrets FILE)"
        )
    state_dir = cfg.state.path.parent
    echo("Open the URL below in a browser (on this machine, or forward the port over SSH).")
    path = authorize(secrets, state_dir, gmail=gmail)
    echo(f"Google token stored in {path}")
    return 0
