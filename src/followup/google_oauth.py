"""Google OAuth, for the calendar and for Gmail IMAP alike: the installed-app flow, the stored
token, fresh access tokens.

``followup auth google`` runs :func:`authorize` (prints a URL; works over SSH port
forwarding because the redirect goes to a loopback port). ``followup.backends`` loads the
token once (:func:`calendar_credentials` for the calendar, :func:`google_token_provider` for
IMAP XOAUTH2) and hands it to the adapter. The token lives in the state
dir as ``google-token.json``, mode 0600 from the moment it is created. Refresh failures
(``invalid_grant``: revoked, or a 7-day "Testing" app token) become one AuthError line.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from followup.errors import AuthError, ConfigError, ConnectionFailed
from followup.fsutil import write_private

log = logging.getLogger(__name__)

SCOPE_CALENDAR = "https://www.googleapis.com/auth/calendar.events"
SCOPE_GMAIL = "https://mail.google.com/"
TOKEN_FILE = "google-token.json"

REAUTH = "run `followup auth google` again"


def token_path(state_dir: Path) -> Path:
    return Path(state_dir) / TOKEN_FILE


def scopes_for(gmail: bool) -> list[str]:
    """The narrowest scopes: ``calendar.events``; for Gmail IMAP (XOAUTH2) ``mail.google.com``
    is the only scope IMAP accepts (``gmail.compose``/``gmail.modify`` are REST-API only)."""
    return [SCOPE_CALENDAR, SCOPE_GMAIL] if gmail else [SCOPE_CALENDAR]


def authorize(
    client_secrets: Path,
    state_dir: Path,
    gmail: bool = False,
    flow_runner: Callable[[Any], Any] | None = None,
) -> Path:
    """Run the installed-app flow and store the token; returns the token file's path.

    ``flow_runner`` (tests) replaces ``flow.run_local_server(port=0, open_browser=False)``.
    """
    from google_auth_oauthlib.flow import InstalledAppFlow

    if not Path(client_secrets).is_file():
        raise ConfigError(
            f"[calendar] client_secrets: no such file: {client_secrets} (download the "
            "OAuth client JSON of a 'Desktop app' from the Google Cloud console)"
        )
    try:
        flow = InstalledAppFlow.from_client_secrets_file(str(client_secrets), scopes=scopes_for(gmail))
    except ValueError as exc:
        raise ConfigError(
            f"[calendar] client_secrets: {client_secrets}: not an OAuth client file ({exc})"
        ) from exc
    creds = flow.run_local_server(port=0, open_browser=False) if flow_runner is None else flow_runner(flow)
    path = token_path(state_dir)
    write_private(path, creds.to_json())
    log.info("Google token stored in %s", path)
    return path


def load_credentials(
    state_dir: Path, scopes: Sequence[str] | None = None, token_uri: str | None = None
) -> Any:
    """The stored Credentials (refreshed by the HTTP layer when needed).

    google-auth always sets Google's token endpoint on stored user credentials;
    ``token_uri`` (tests: the local emulator) replaces it.
    """
    from google.oauth2.credentials import Credentials

    path = token_path(state_dir)
    if not path.is_file():
        raise AuthError(f"no Google token in {path}: run `followup auth google` first")
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
        creds = Credentials.from_authorized_user_info(  # type: ignore[no-untyped-call]
            info, scopes=list(scopes) if scopes else None
        )
    except (ValueError, OSError) as exc:
        raise AuthError(f"Google token {path} is unreadable ({type(exc).__name__}); {REAUTH}") from exc
    if token_uri:
        moved = creds.with_token_uri(token_uri)
        moved.expiry = creds.expiry  # the copy forgets it
        creds = moved
    return creds


def refresh(creds: Any, state_dir: Path | None = None) -> None:
    """Refresh ``creds`` now; store the new token when ``state_dir`` is given."""
    import google.auth.exceptions
    from google.auth.transport.requests import Request

    try:
        creds.refresh(Request())
    except google.auth.exceptions.RefreshError as exc:
        raise auth_error(exc) from exc
    except google.auth.exceptions.TransportError as exc:
        raise ConnectionFailed(f"Google token refresh failed: {type(exc).__name__}") from exc
    if state_dir is not None:
        write_private(token_path(state_dir), creds.to_json())


def auth_error(exc: Exception) -> AuthError:
    text = str(exc)
    if "invalid_grant" in text:
        return AuthError(f"Google refused the stored token (invalid_grant: expired or revoked); {REAUTH}")
    return AuthError(f"Google token refresh failed; {REAUTH}")


def google_token_provider(state_dir: Path, token_uri: str | None = None) -> Callable[[], str]:
    """A function returning a valid access token (for IMAP XOAUTH2), refreshing as needed."""
    creds = load_credentials(state_dir, token_uri=token_uri)

    def token() -> str:
        if not creds.valid:
            refresh(creds, state_dir)
        return str(creds.token)

    return token


def calendar_credentials(state_dir: Path, token_uri: str | None = None) -> Any:
    """The stored Credentials for Google Calendar; AuthError when they lack its scope."""
    creds = load_credentials(state_dir, token_uri=token_uri)
    if creds.scopes and SCOPE_CALENDAR not in creds.scopes:
        raise AuthError(f"the stored Google token lacks the calendar scope; {REAUTH}")
    return creds
