"""Microsoft 365 / Outlook.com sign-in for IMAP (XOAUTH2) through ``msal``.

Basic IMAP login is switched off there. ``followup auth microsoft`` runs the device-code
flow (prints a URL and a code: works on a headless machine) as a public client of an app
the user registered, or their organisation's, with the delegated permission
``https://outlook.office.com/IMAP.AccessAsUser.All`` (msal adds ``offline_access``,
``openid`` and ``profile`` itself; they are reserved scopes it refuses to be given).

The token cache lives in the state dir as ``microsoft-token.json``, mode 0600 from its first
byte, together with the client id and tenant it belongs to. Each IMAP login asks msal for a
token with ``acquire_token_silent_with_error``: the cached access token while it is valid,
else a refresh-token grant, stored again. A refused refresh token (revoked, expired, password
changed, consent withdrawn) is one AuthError line telling the user to run
``followup auth microsoft`` again.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from followup.errors import AuthError, ConfigError, ConnectionFailed
from followup.fsutil import write_private
from followup.test_hooks import loopback_endpoint

log = logging.getLogger(__name__)

SCOPE_IMAP = "https://outlook.office.com/IMAP.AccessAsUser.All"
SCOPES = [SCOPE_IMAP]  # + offline_access, openid, profile: added by msal
TOKEN_FILE = "microsoft-token.json"
AUTHORITY_HOST = "https://login.microsoftonline.com"
DEFAULT_TENANT = "common"
REAUTH = "run `followup auth microsoft` again"
TEST_AUTHORITY_ENV = "FOLLOWUP_TEST_MICROSOFT_AUTHORITY"
_TENANT_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9.-]{0,252}$")
_REFUSED = ("invalid_grant", "interaction_required", "invalid_client", "unauthorized_client",
            "consent_required", "login_required")


def token_path(state_dir: Path) -> Path:
    return Path(state_dir) / TOKEN_FILE


def _authority_host() -> tuple[str, bool]:
    """(host URL, is a test emulator). ``FOLLOWUP_TEST_MICROSOFT_AUTHORITY=https://127.0.0.1:PORT``
    (tests only, see test_hooks) points msal at a local emulator of the identity endpoints."""
    base = loopback_endpoint(TEST_AUTHORITY_ENV)
    return (AUTHORITY_HOST, False) if base is None else (base, True)


def _first_line(text: object, limit: int = 200) -> str:
    lines = str(text or "").strip().splitlines()
    return lines[0][:limit] if lines else ""


def _app(client_id: str, tenant: str, cache: Any) -> Any:
    """A msal PublicClientApplication for ``tenant`` (fetches its OpenID configuration)."""
    import msal
    import requests

    if not _TENANT_RE.match(tenant):
        raise ConfigError(f"[mailbox] oauth_tenant: expected common, organizations, consumers, a "
                          f"tenant id or a domain (got {tenant!r})")
    host, emulated = _authority_host()
    try:
        return msal.PublicClientApplication(
            client_id, authority=f"{host}/{tenant}", token_cache=cache, timeout=30,
            instance_discovery=False if emulated else None,
        )
    except requests.exceptions.RequestException as exc:
        raise ConnectionFailed(f"Microsoft sign-in: cannot reach {host} ({type(exc).__name__})") from exc
    except ValueError as exc:  # msal: the tenant's OpenID configuration could not be read
        raise ConfigError(f"[mailbox] oauth_tenant: Microsoft does not know tenant {tenant!r}") from exc


def _load(state_dir: Path) -> tuple[dict[str, Any], Any]:
    """The stored file's fields and its msal token cache."""
    import msal

    path = token_path(state_dir)
    if not path.is_file():
        raise AuthError(f"no Microsoft sign-in in {path}: run `followup auth microsoft` first")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or not isinstance(data.get("cache"), str):
            raise ValueError("not a followup Microsoft token file")
        cache = msal.SerializableTokenCache()
        cache.deserialize(data["cache"])
    except (ValueError, OSError) as exc:
        raise AuthError(f"Microsoft token {path} is unreadable ({type(exc).__name__}); {REAUTH}") from exc
    return data, cache


def _store(state_dir: Path, client_id: str, tenant: str, username: str, cache: Any) -> Path:
    path = token_path(state_dir)
    write_private(path, json.dumps({"client_id": client_id, "tenant": tenant, "username": username,
                                    "cache": cache.serialize()}))
    return path


def authorize(client_id: str, tenant: str, state_dir: Path, echo: Callable[[str], None],
              username: str = "") -> Path:
    """Run the device-code flow and store the token cache; returns the token file's path."""
    import msal
    import requests

    cache = msal.SerializableTokenCache()
    app = _app(client_id, tenant, cache)
    try:
        flow = app.initiate_device_flow(scopes=SCOPES)
        if "user_code" not in flow:
            raise AuthError(f"Microsoft refused to start the sign-in: {flow.get('error', 'error')}: "
                            f"{_first_line(flow.get('error_description'))}")
        echo(f"To sign in, open {flow.get('verification_uri')} in any browser and enter the code "
             f"{flow['user_code']}")
        echo(f"(waiting up to {int(flow.get('expires_in', 900)) // 60} minutes)")
        result = app.acquire_token_by_device_flow(flow)
    except requests.exceptions.RequestException as exc:
        raise ConnectionFailed(f"Microsoft sign-in: connection failed ({type(exc).__name__})") from exc
    if "access_token" not in result:
        raise AuthError(f"Microsoft sign-in failed: {result.get('error', 'error')}: "
                        f"{_first_line(result.get('error_description'))}")
    claims = result.get("id_token_claims") or {}
    signed_in = str(claims.get("preferred_username") or username)
    if username and signed_in and signed_in.lower() != username.lower():
        log.warning("signed in as %s, but [mailbox] username is %s", signed_in, username)
    path = _store(state_dir, client_id, tenant, signed_in, cache)
    log.info("Microsoft token stored in %s", path)
    return path


def microsoft_token_provider(state_dir: Path, username: str, *, client_id: str = "",
                             tenant: str = "") -> Callable[[], str]:
    """A function returning a valid access token for ``username`` (IMAP XOAUTH2).

    ``client_id``/``tenant`` (``[mailbox] oauth_client_id``/``oauth_tenant``) default to the
    ones the stored token was issued for.
    """
    import requests

    data, cache = _load(state_dir)
    stored_client = str(data.get("client_id") or "")
    if client_id and stored_client and client_id != stored_client:
        raise AuthError(f"the stored Microsoft sign-in is for another app (client id {stored_client}); "
                        f"{REAUTH}")
    client_id = client_id or stored_client
    tenant = tenant or str(data.get("tenant") or DEFAULT_TENANT)
    if not client_id:
        raise AuthError(f"Microsoft token {token_path(state_dir)} names no client id; {REAUTH}")
    state: dict[str, Any] = {}

    def token() -> str:
        if "app" not in state:
            state["app"] = _app(client_id, tenant, cache)
        app = state["app"]
        accounts = app.get_accounts(username=username) or app.get_accounts()
        if not accounts:
            raise AuthError(f"no Microsoft sign-in for {username} in {token_path(state_dir)}; {REAUTH}")
        try:
            result = app.acquire_token_silent_with_error(SCOPES, account=accounts[0])
        except requests.exceptions.RequestException as exc:
            raise ConnectionFailed(f"Microsoft token refresh: connection failed "
                                   f"({type(exc).__name__})") from exc
        if cache.has_state_changed:
            _store(state_dir, client_id, tenant, str(data.get("username") or username), cache)
            cache.has_state_changed = False
        if result and "access_token" in result:
            return str(result["access_token"])
        error = str((result or {}).get("error") or "no refresh token")
        if result is None or error in _REFUSED:
            raise AuthError(f"Microsoft refused the stored sign-in ({error}: expired or revoked); {REAUTH}")
        raise ConnectionFailed(f"Microsoft token refresh failed ({error}); try again later or {REAUTH}")

    return token
