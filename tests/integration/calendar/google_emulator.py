"""A local emulator of the Google Calendar v3 endpoints followup uses, plus POST /token.

Stdlib only: ThreadingHTTPServer in a daemon thread. Behaviour follows Google's documented
semantics closely enough for the real google-api-python-client:

- ``POST   /calendar/v3/calendars/{cal}/events``           insert (client id: a-v0-9, 5-1024;
  an existing id, deleted or not, is 409 ``duplicate``)
- ``GET    /calendar/v3/calendars/{cal}/events``           list: pageToken, maxResults,
  showDeleted, singleEvents, syncToken (deleted events included; unknown/expired → 410),
  ``nextSyncToken`` on the last page only
- ``GET|PATCH|PUT|DELETE /calendar/v3/calendars/{cal}/events/{id}``
- ``POST   /token``  refresh_token grant → a new access token (or 400 invalid_grant)

Fault injection: :meth:`GoogleEmulator.fail_next` queues error responses; access tokens
can be expired (401 until refreshed); sync tokens can be invalidated (410).
"""

from __future__ import annotations

import copy
import itertools
import json
import re
import secrets
import threading
import urllib.parse
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

SCOPE = "https://www.googleapis.com/auth/calendar.events"
_ID_RE = re.compile(r"^[a-v0-9]{5,1024}$")
_EVENTS_RE = re.compile(r"^/calendar/v3/calendars/([^/]+)/events(?:/([^/]+))?$")

_STATUS_TEXT = {400: "INVALID_ARGUMENT", 401: "UNAUTHENTICATED", 403: "PERMISSION_DENIED",
                404: "NOT_FOUND", 409: "ALREADY_EXISTS", 410: "GONE", 429: "RESOURCE_EXHAUSTED",
                500: "INTERNAL", 503: "UNAVAILABLE"}


@dataclass
class Fault:
    status: int
    reason: str
    method: str | None = None  # only requests with this HTTP method
    path_part: str | None = None  # only requests whose path contains this


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    body: dict[str, Any] | None
    status: int = 0


@dataclass
class _Cal:
    events: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> event
    seq: dict[str, int] = field(default_factory=dict)  # id -> change counter


class GoogleEmulator:
    def __init__(self, page_size: int = 250) -> None:
        self.lock = threading.Lock()
        self.calendars: dict[str, _Cal] = {}
        self.counter = itertools.count(1)
        self.current = 0
        self.min_sync = 0  # sync tokens below this are expired (410)
        self.page_size = page_size
        self.faults: list[Fault] = []
        self.requests: list[Request] = []
        self.require_auth = False
        self.access_tokens: set[str] = set()
        self.refresh_tokens: set[str] = {"refresh-ok"}
        self.token_requests = 0
        self.token_forms: list[dict[str, str]] = []
        self.auth_codes: set[str] = {"code-ok"}
        self.grant_scope = SCOPE  # the scope string an authorization_code grant returns
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    # -------------------------------------------------------------- control

    @property
    def port(self) -> int:
        return int(self._server.server_address[1])

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_endpoint(self) -> str:
        return f"{self.base}/calendar/v3/"

    @property
    def token_uri(self) -> str:
        return f"{self.base}/token"

    def start(self) -> GoogleEmulator:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def fail_next(self, status: int, reason: str = "backendError", count: int = 1,
                  method: str | None = None, path_part: str | None = None) -> None:
        with self.lock:
            self.faults.extend(Fault(status, reason, method, path_part) for _ in range(count))

    def expire_sync_tokens(self) -> None:
        with self.lock:
            self.min_sync = self.current + 1

    def expire_access_tokens(self) -> None:
        with self.lock:
            self.access_tokens.clear()

    def cal(self, calendar_id: str = "primary") -> _Cal:
        return self.calendars.setdefault(calendar_id, _Cal())

    def add_event(self, event: dict[str, Any], calendar_id: str = "primary") -> dict[str, Any]:
        """Insert an event as another client would (no faults, no auth)."""
        with self.lock:
            return self._insert(self.cal(calendar_id), copy.deepcopy(event))

    def modify_event(self, event_id: str, changes: dict[str, Any], calendar_id: str = "primary") -> None:
        with self.lock:
            cal = self.cal(calendar_id)
            ev = cal.events[event_id]
            ev.update(copy.deepcopy(changes))
            ev["sequence"] = int(ev.get("sequence", 0)) + 1
            self._touch(cal, event_id)

    def remove_event(self, event_id: str, calendar_id: str = "primary") -> None:
        """Delete as another client would: the event stays, cancelled."""
        with self.lock:
            cal = self.cal(calendar_id)
            cal.events[event_id]["status"] = "cancelled"
            self._touch(cal, event_id)

    def event(self, event_id: str, calendar_id: str = "primary") -> dict[str, Any] | None:
        with self.lock:
            ev = self.cal(calendar_id).events.get(event_id)
            return copy.deepcopy(ev) if ev else None

    def live_events(self, calendar_id: str = "primary") -> list[dict[str, Any]]:
        with self.lock:
            return [copy.deepcopy(e) for e in self.cal(calendar_id).events.values()
                    if e.get("status") != "cancelled"]

    # -------------------------------------------------------------- model

    def _touch(self, cal: _Cal, event_id: str) -> None:
        self.current = next(self.counter)
        cal.seq[event_id] = self.current
        cal.events[event_id]["updated"] = datetime.now(UTC).isoformat().replace("+00:00", "Z")
        cal.events[event_id]["etag"] = f'"{self.current}"'

    def _insert(self, cal: _Cal, body: dict[str, Any]) -> dict[str, Any]:
        event_id = body.get("id") or secrets.token_hex(13)[:26].translate(str.maketrans("wxyz", "0123"))
        body["id"] = event_id
        body.setdefault("iCalUID", f"{event_id}@google.com")
        body.setdefault("status", "confirmed")
        body.setdefault("sequence", 0)
        body["kind"] = "calendar#event"
        body["created"] = datetime.now(UTC).isoformat().replace("+00:00", "Z")
        cal.events[event_id] = body
        self._touch(cal, event_id)
        return copy.deepcopy(body)

    # -------------------------------------------------------------- HTTP

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        emu = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return

            def _send(self, status: int, body: dict[str, Any] | None) -> None:
                data = json.dumps(body).encode() if body is not None else b""
                self.send_response(status)
                if body is not None:
                    self.send_header("Content-Type", "application/json; charset=UTF-8")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def _error(self, status: int, reason: str, message: str = "") -> None:
                domain = "usageLimits" if status in (403, 429) else "global"
                self._send(status, {"error": {
                    "code": status, "message": message or reason,
                    "errors": [{"domain": domain, "reason": reason, "message": message or reason}],
                    "status": _STATUS_TEXT.get(status, "UNKNOWN")}})

            def _handle(self) -> None:
                parsed = urllib.parse.urlsplit(self.path)
                query = dict(urllib.parse.parse_qsl(parsed.query))
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                body: dict[str, Any] | None = None
                if parsed.path == "/token":
                    form = dict(urllib.parse.parse_qsl(raw.decode()))
                    with emu.lock:
                        emu.token_requests += 1
                        emu.token_forms.append(form)
                        if form.get("grant_type") == "authorization_code":
                            if form.get("code") not in emu.auth_codes:
                                self._send(400, {"error": "invalid_grant"})
                                return
                            token, refresh = "at-" + secrets.token_hex(8), "rt-" + secrets.token_hex(8)
                            emu.access_tokens.add(token)
                            emu.refresh_tokens.add(refresh)
                            self._send(200, {"access_token": token, "refresh_token": refresh,
                                             "expires_in": 3600, "token_type": "Bearer",
                                             "scope": emu.grant_scope})
                            return
                        if form.get("refresh_token") not in emu.refresh_tokens:
                            self._send(400, {"error": "invalid_grant",
                                             "error_description": "Token has been expired or revoked."})
                            return
                        token = "at-" + secrets.token_hex(8)
                        emu.access_tokens.add(token)
                    self._send(200, {"access_token": token, "expires_in": 3600, "token_type": "Bearer",
                                     "scope": SCOPE})
                    return
                if raw:
                    try:
                        body = json.loads(raw)
                    except ValueError:
                        self._error(400, "parseError", "bad JSON")
                        return
                req = Request(self.command, parsed.path, query, body)
                with emu.lock:
                    emu.requests.append(req)
                    fault = next((f for f in emu.faults
                                  if (f.method is None or f.method == self.command)
                                  and (f.path_part is None or f.path_part in parsed.path)), None)
                    if fault is not None:
                        emu.faults.remove(fault)
                if fault is not None:
                    req.status = fault.status
                    self._error(fault.status, fault.reason)
                    return
                if emu.require_auth:
                    auth = self.headers.get("Authorization", "")
                    if not auth.startswith("Bearer ") or auth[7:] not in emu.access_tokens:
                        req.status = 401
                        self._error(401, "authError", "Invalid Credentials")
                        return
                m = _EVENTS_RE.match(parsed.path)
                if not m:
                    req.status = 404
                    self._error(404, "notFound", "no such endpoint")
                    return
                cal_id = urllib.parse.unquote(m.group(1))
                event_id = urllib.parse.unquote(m.group(2)) if m.group(2) else None
                with emu.lock:
                    status, out = emu._dispatch(self.command, cal_id, event_id, query, body)
                req.status = status
                if status >= 400:
                    assert out is not None
                    self._error(status, str(out["reason"]), str(out.get("message", "")))
                else:
                    self._send(status, out)

            def do_GET(self) -> None:
                self._handle()

            def do_POST(self) -> None:
                self._handle()

            def do_PUT(self) -> None:
                self._handle()

            def do_PATCH(self) -> None:
                self._handle()

            def do_DELETE(self) -> None:
                self._handle()

        return Handler

    def _dispatch(self, method: str, cal_id: str, event_id: str | None, query: dict[str, str],
                  body: dict[str, Any] | None) -> tuple[int, dict[str, Any] | None]:
        cal = self.cal(cal_id)
        if event_id is None:
            if method == "POST":
                body = body or {}
                if "id" in body and not _ID_RE.match(str(body["id"])):
                    return 400, {"reason": "invalid", "message": "Invalid resource id value."}
                if body.get("id") in cal.events:
                    return 409, {"reason": "duplicate", "message": "The requested identifier already exists."}
                return 200, self._insert(cal, body)
            if method == "GET":
                return self._list(cal, query)
            return 405, {"reason": "methodNotAllowed"}
        ev = cal.events.get(event_id)
        if ev is None:
            return 404, {"reason": "notFound", "message": "Not Found"}
        if method == "GET":
            return 200, copy.deepcopy(ev)
        if method == "DELETE":
            if ev.get("status") == "cancelled":
                return 410, {"reason": "deleted", "message": "Resource has been deleted"}
            ev["status"] = "cancelled"
            self._touch(cal, event_id)
            return 204, None
        if method == "PUT":
            new = copy.deepcopy(body or {})
            for keep in ("id", "iCalUID", "created", "kind"):
                if keep in ev:
                    new[keep] = ev[keep]
            new.setdefault("status", "confirmed")
            new["sequence"] = int(ev.get("sequence", 0)) + 1
            cal.events[event_id] = new
            self._touch(cal, event_id)
            return 200, copy.deepcopy(new)
        if method == "PATCH":
            _merge(ev, copy.deepcopy(body or {}))
            ev["sequence"] = int(ev.get("sequence", 0)) + 1
            self._touch(cal, event_id)
            return 200, copy.deepcopy(ev)
        return 405, {"reason": "methodNotAllowed"}

    def _list(self, cal: _Cal, query: dict[str, str]) -> tuple[int, dict[str, Any] | None]:
        sync = query.get("syncToken")
        since = 0
        if sync is not None:
            for bad in ("timeMin", "timeMax", "q", "orderBy", "privateExtendedProperty"):
                if bad in query:
                    return 400, {"reason": "invalid", "message": f"syncToken cannot be used with {bad}"}
            m = re.fullmatch(r"s(\d+)", sync)
            if not m or int(m.group(1)) < self.min_sync:
                return 410, {"reason": "fullSyncRequired", "message": "Sync token is no longer valid"}
            since = int(m.group(1))
        show_deleted = sync is not None or query.get("showDeleted") == "true"
        page = query.get("pageToken")
        if page:
            m = re.fullmatch(r"p(\d+):(\d+)", page)
            if not m:
                return 400, {"reason": "invalid", "message": "bad pageToken"}
            offset, snapshot = int(m.group(1)), int(m.group(2))
        else:
            offset, snapshot = 0, self.current
        ids = sorted((i for i, s in cal.seq.items() if since < s <= snapshot), key=lambda i: cal.seq[i])
        if not show_deleted:
            ids = [i for i in ids if cal.events[i].get("status") != "cancelled"]
        size = min(int(query.get("maxResults", 250)), self.page_size)
        chunk = ids[offset:offset + size]
        items = []
        for i in chunk:
            ev = cal.events[i]
            if ev.get("status") == "cancelled":
                items.append({"kind": "calendar#event", "id": i, "status": "cancelled"})
            else:
                items.append(copy.deepcopy(ev))
        out: dict[str, Any] = {"kind": "calendar#events", "items": items}
        if offset + size < len(ids):
            out["nextPageToken"] = f"p{offset + size}:{snapshot}"
        else:
            out["nextSyncToken"] = f"s{snapshot}"
        return 200, out


def _merge(target: dict[str, Any], patch: dict[str, Any]) -> None:
    for k, v in patch.items():
        if isinstance(v, dict) and isinstance(target.get(k), dict):
            _merge(target[k], v)
        else:
            target[k] = v
