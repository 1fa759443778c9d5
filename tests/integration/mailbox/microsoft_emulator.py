"""A local emulator of the Microsoft identity platform endpoints msal uses, over HTTPS.

Stdlib only: ThreadingHTTPServer in a daemon thread, TLS with the tests' private CA (msal
accepts only https authorities; point requests at the CA with REQUESTS_CA_BUNDLE).

- ``GET  /{tenant}/v2.0/.well-known/openid-configuration``  the authority's metadata
  (tenant discovery; msal skips instance discovery with ``instance_discovery=False``)
- ``POST /{tenant}/oauth2/v2.0/devicecode``  starts a device-code flow (RFC 8628)
- ``GET  /devicelogin?code=USER-CODE``  what the user does in a browser: approves the code
- ``POST /{tenant}/oauth2/v2.0/token``  grants ``device_code`` (``authorization_pending``
  until approved) and ``refresh_token`` (rotating; a revoked one is 400 ``invalid_grant``)

Every grant is counted by type in :attr:`MicrosoftEmulator.grants`. Tokens issued go to
:attr:`on_access_token` so a test can make Dovecot accept exactly the current one.
"""

from __future__ import annotations

import base64
import itertools
import json
import re
import secrets
import ssl
import threading
import time
import urllib.parse
from collections import Counter
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

IMAP_SCOPE = "https://outlook.office.com/IMAP.AccessAsUser.All"
DEVICE_GRANT = "urn:ietf:params:oauth:grant-type:device_code"
TENANTS = ("common", "organizations", "consumers", "9188040d-6c67-4c5b-b112-36a304b66dad")
_PATH_RE = re.compile(
    r"^/([^/]+)/(v2\.0/\.well-known/openid-configuration|oauth2/v2\.0/(?:devicecode|token))$")


def _b64(data: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(data).encode()).decode().rstrip("=")


class MicrosoftEmulator:
    def __init__(self, cert: Path, key: Path, client_id: str = "11111111-2222-3333-4444-555555555555",
                 username: str = "alex@contoso.example") -> None:
        self.client_id = client_id
        self.username = username
        self.lock = threading.Lock()
        self.grants: Counter[str] = Counter()
        self.devices: dict[str, dict[str, Any]] = {}  # device_code → {user_code, approved, scope}
        self.refresh_tokens: set[str] = set()
        self.access_tokens: list[str] = []
        self.next_access_token: str | None = None  # the next token issued (else a random one)
        self.on_access_token: Callable[[str], None] = lambda token: None
        self.device_scopes: list[str] = []
        self.counter = itertools.count(1)
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(str(cert), str(key))
        self._server.socket = ctx.wrap_socket(self._server.socket, server_side=True)
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        return f"https://127.0.0.1:{self._server.server_address[1]}"

    def start(self) -> MicrosoftEmulator:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def approve(self, user_code: str) -> bool:
        with self.lock:
            for dev in self.devices.values():
                if dev["user_code"] == user_code:
                    dev["approved"] = True
                    return True
        return False

    def revoke_refresh_tokens(self) -> None:
        with self.lock:
            self.refresh_tokens.clear()

    # -- responses -----------------------------------------------------------------------
    def _openid(self, tenant: str) -> dict[str, Any]:
        base = f"{self.base}/{tenant}"
        return {"authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
                "token_endpoint": f"{base}/oauth2/v2.0/token",
                "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
                "issuer": f"{self.base}/{TENANTS[-1]}/v2.0",
                "response_types_supported": ["code", "id_token", "code id_token"]}

    def _tokens(self, scope: str) -> dict[str, Any]:
        now = int(time.time())
        access = self.next_access_token or f"eyJ0eXAi.at-{next(self.counter)}-{secrets.token_hex(6)}"
        self.next_access_token = None
        refresh = f"rt-{next(self.counter)}-{secrets.token_hex(6)}"
        self.access_tokens.append(access)
        self.refresh_tokens.add(refresh)
        id_token = ".".join([_b64({"alg": "none", "typ": "JWT"}), _b64({
            "iss": f"{self.base}/{TENANTS[-1]}/v2.0", "aud": self.client_id, "iat": now, "nbf": now,
            "exp": now + 3600, "sub": "sub-alex", "oid": "00000000-0000-0000-aaaa-000000000001",
            "tid": TENANTS[-1], "preferred_username": self.username, "name": "Alex Rivera"}), ""])
        self.on_access_token(access)
        return {"token_type": "Bearer", "scope": scope, "expires_in": 3600, "ext_expires_in": 3600,
                "access_token": access, "refresh_token": refresh, "id_token": id_token,
                "client_info": _b64({"uid": "00000000-0000-0000-aaaa-000000000001",
                                     "utid": TENANTS[-1]})}

    def _token(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        grant = form.get("grant_type", "")
        self.grants[grant] += 1
        if form.get("client_id") != self.client_id:
            return 400, {"error": "unauthorized_client", "error_description": "AADSTS700016: unknown app"}
        if grant == DEVICE_GRANT:
            dev = self.devices.get(form.get("device_code", ""))
            if dev is None:
                return 400, {"error": "expired_token", "error_description": "AADSTS70019: expired"}
            if not dev["approved"]:
                return 400, {"error": "authorization_pending",
                             "error_description": "AADSTS70016: OAuth 2.0 device flow error"}
            del self.devices[form["device_code"]]
            return 200, self._tokens(IMAP_SCOPE)
        if grant == "refresh_token":
            rt = form.get("refresh_token", "")
            if rt not in self.refresh_tokens:
                return 400, {"error": "invalid_grant", "suberror": "bad_token",
                             "error_description": "AADSTS70008: The provided authorization code or "
                             "refresh token has expired due to inactivity.\r\nTrace ID: x"}
            self.refresh_tokens.discard(rt)
            return 200, self._tokens(IMAP_SCOPE)
        return 400, {"error": "unsupported_grant_type", "error_description": grant}

    def _devicecode(self, form: dict[str, str]) -> tuple[int, dict[str, Any]]:
        if form.get("client_id") != self.client_id:
            return 400, {"error": "unauthorized_client", "error_description": "AADSTS700016: unknown app"}
        self.device_scopes.append(form.get("scope", ""))
        device_code = secrets.token_hex(12)
        user_code = f"C{next(self.counter):03d}-{secrets.token_hex(2).upper()}"
        self.devices[device_code] = {"user_code": user_code, "approved": False}
        return 200, {"device_code": device_code, "user_code": user_code,
                     "verification_uri": f"{self.base}/devicelogin", "expires_in": 900, "interval": 1,
                     "message": f"To sign in, use a web browser to open the page {self.base}/devicelogin "
                                f"and enter the code {user_code} to authenticate."}

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        emu = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                pass

            def _send(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                parsed = urllib.parse.urlsplit(self.path)
                if parsed.path == "/devicelogin":
                    code = urllib.parse.parse_qs(parsed.query).get("code", [""])[0]
                    ok = emu.approve(code)
                    self._send(200 if ok else 404, {"approved": ok})
                    return
                m = _PATH_RE.match(parsed.path)
                if m and m.group(2).startswith("v2.0/"):
                    if m.group(1) not in TENANTS:
                        self._send(400, {"error": "invalid_tenant",
                                         "error_description": "AADSTS90002: Tenant not found."})
                        return
                    self._send(200, emu._openid(m.group(1)))
                    return
                self._send(404, {"error": "not_found"})

            def do_POST(self) -> None:
                parsed = urllib.parse.urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                form = {k: v[0] for k, v in urllib.parse.parse_qs(self.rfile.read(length).decode()).items()}
                m = _PATH_RE.match(parsed.path)
                if not m or m.group(1) not in TENANTS:
                    self._send(404, {"error": "not_found"})
                    return
                with emu.lock:
                    if m.group(2).endswith("devicecode"):
                        status, body = emu._devicecode(form)
                    else:
                        status, body = emu._token(form)
                self._send(status, body)

        return Handler
