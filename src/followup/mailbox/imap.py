"""The IMAP backend (imapclient): incremental read-only scans, drafts by APPEND, IDLE.

Scanning selects folders with EXAMINE (read-only) and fetches with BODY.PEEK only, so no
flag ever changes. One connection is kept and reused; while the caller waits for mail it
stays in IDLE, so a quiet wait cycle costs no round trip at all.
"""

from __future__ import annotations

import contextlib
import imaplib
import json
import logging
import ssl
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import tenacity
from imapclient import IMAPClient
from imapclient.imapclient import DRAFTS, SENT

from followup.errors import ConfigError, ConnectionFailed
from followup.mailbox import imap_parse, partial
from followup.mailbox.base import (
    KEY_HEADER,
    Prefilter,
    ScannedMessage,
    draft_bytes,
    is_our_draft,
    prepare_draft,
)
from followup.mailbox.draft_ids import matches_key, message_id_local
from followup.mailbox.folder_state import ImapFolderState
from followup.mailbox.imap_errors import DEAD, Dead, Refused, imap_error, one_line
from followup.state import StateStore

log = logging.getLogger(__name__)

HEADER_FIELDS = (b"MESSAGE-ID IN-REPLY-TO REFERENCES LIST-ID AUTO-SUBMITTED PRECEDENCE "
                 b"LIST-UNSUBSCRIBE REPLY-TO")
_META_ITEMS = (b"(UID FLAGS RFC822.SIZE ENVELOPE BODYSTRUCTURE BODY.PEEK[HEADER.FIELDS ("
               + HEADER_FIELDS + b")])")
_GM_META_ITEMS = _META_ITEMS[:-1] + b" X-GM-LABELS)"  # Gmail (X-GM-EXT-1): labels as keywords
_HEADER_KEY = b"BODY[HEADER.FIELDS (" + HEADER_FIELDS + b")]"
BATCH = 1000  # UIDs per metadata FETCH
BODY_BATCH = 50  # messages per FETCH of their text and calendar parts…
BODY_BYTES = 8 << 20  # …and at most this many bytes, estimated from BODYSTRUCTURE
SENT_NAMES = ("Sent", "Sent Items", "Sent Messages", "[Gmail]/Sent Mail", "INBOX.Sent", "INBOX/Sent")
DRAFT_NAMES = ("Drafts", "[Gmail]/Drafts", "INBOX.Drafts", "INBOX/Drafts")
MAX_IDLE = 29 * 60.0
# providers that drop idle connections well before RFC 2177's 29 minutes
SHORT_IDLE_HOSTS = {"imap.gmail.com": 9 * 60.0, "outlook.office365.com": 9 * 60.0,
                    "imap-mail.outlook.com": 9 * 60.0}

class ImapMailbox:
    """One IMAP account. Raises AuthError / ConnectionFailed / ConfigError as one-line errors."""

    def __init__(self, host: str, port: int, username: str, *, password: str | None = None,
                 token_provider: Callable[[], str] | None = None, security: str = "ssl",
                 ca_file: Path | None = None, folders: tuple[str, ...] = ("INBOX",),
                 drafts_folder: str = "auto", sent_folder: str = "auto", track_folder: str = "",
                 track_keyword: str = "", idle_timeout: float = 24 * 60.0,
                 poll_interval: float = 300.0, timeout: float = 60.0,
                 reconnect_wait_max: float = 60.0, reconnect_give_up: float = 300.0,
                 batch_size: int = BATCH) -> None:
        """Plain values, secrets resolved (``followup.backends.imap_from`` builds it from the
        config): ``token_provider`` returns an OAuth2 access token for XOAUTH2, else
        ``password`` is sent to LOGIN. ``security``: "ssl", "starttls" or "none"."""
        self.host, self.port, self.username, self.security = host, port, username, security
        self.ca_file = ca_file
        self.folders, self.drafts_folder_name, self.sent_folder_name = folders, drafts_folder, sent_folder
        self.track_folder, self.track_keyword = track_folder, track_keyword
        self.idle_timeout, self.poll_interval = idle_timeout, poll_interval
        self._token_provider = token_provider
        self._password = password
        self._timeout = timeout
        self._reconnect_wait_max = reconnect_wait_max
        self._reconnect_give_up = reconnect_give_up
        self._batch = max(1, batch_size)  # UIDs per metadata FETCH; the mark is saved after each
        self._client: IMAPClient | None = None
        self._selected: str | None = None
        self._idling = False
        self._idle_started = 0.0
        self._folders: list[tuple[tuple[bytes, ...], str]] | None = None
        self._uidnext: dict[str, int] = {}  # watched folder → UIDNEXT after the last scan
        self._yielded: dict[str, set[int]] = {}  # folder → UIDs yielded by the current scan
        self._lost = False  # the connection dropped and could not be re-established yet
        self.where = f"{host}:{port}"

    # -- connection ----------------------------------------------------------------------
    def _ssl_context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context()
        if self.ca_file:
            try:
                ctx.load_verify_locations(cafile=str(self.ca_file))
            except (OSError, ssl.SSLError) as exc:
                raise ConfigError(f"[mailbox] ca_file: cannot load {self.ca_file}: "
                                  f"{one_line(exc)}") from exc
        return ctx

    def _connect(self) -> IMAPClient:
        try:
            if self.security == "ssl":
                client = IMAPClient(self.host, port=self.port, ssl=True, ssl_context=self._ssl_context(),
                                    timeout=self._timeout)
            else:
                client = IMAPClient(self.host, port=self.port, ssl=False, timeout=self._timeout)
                if self.security == "starttls":
                    client.starttls(self._ssl_context())
        except (OSError, imaplib.IMAP4.error) as exc:
            raise imap_error(exc, self.where, "connect") from exc
        try:
            self._login(client)
            client.normalise_times = False
            if client.has_capability("CONDSTORE"):
                client.enable("CONDSTORE")
        except BaseException:
            _quietly_close(client)
            raise
        log.info("connected to %s as %s", self.where, self.username)
        return client

    def _login(self, client: IMAPClient) -> None:
        try:
            if self._token_provider is not None:
                client.oauth2_login(self.username, self._token_provider())
            else:
                client.login(self.username, self._password)
        except (*DEAD, imaplib.IMAP4.error) as exc:
            raise imap_error(exc, self.where, "login", username=self.username) from exc

    def _conn(self) -> IMAPClient:
        """The live connection, out of IDLE; connects when there is none."""
        if self._client is None:
            self._client = self._connect()
            self._selected = None
            self._idling = False
        if self._idling:
            self._idling = False
            try:
                self._client.idle_done()
            except DEAD as exc:
                self._drop()
                raise Dead(str(exc)) from exc
        return self._client

    def _drop(self) -> None:
        client, self._client = self._client, None
        self._selected = None
        self._idling = False
        self._folders = None
        if client is not None:
            _quietly_close(client)

    def _retry_once(self, fn: Callable[[IMAPClient], Any]) -> Any:
        """Run ``fn`` on the connection; if it turns out dead, reconnect once and retry."""
        try:
            return fn(self._conn())
        except Refused as exc:
            raise imap_error(exc, self.where) from exc
        except (Dead, *DEAD) as exc:
            log.info("%s: connection lost (%s); reconnecting", self.where, one_line(exc))
            self._drop()
        try:
            return fn(self._conn())
        except Refused as exc:
            raise imap_error(exc, self.where) from exc
        except (Dead, *DEAD) as exc:
            self._drop()
            raise imap_error(exc, self.where) from exc

    def _examine(self, client: IMAPClient, folder: str) -> dict[bytes, Any]:
        resp: dict[bytes, Any] = client.select_folder(folder, readonly=True)
        self._selected = folder
        return resp

    # -- folders -------------------------------------------------------------------------
    def _list(self, client: IMAPClient) -> list[tuple[tuple[bytes, ...], str]]:
        if self._folders is None:
            self._folders = [(tuple(flags), name) for flags, _sep, name in client.list_folders()]
        return self._folders

    def _special(self, client: IMAPClient, flag: bytes, configured: str,
                 names: tuple[str, ...]) -> str | None:
        folders = self._list(client)
        if configured and configured != "auto":
            return configured
        for flags, name in folders:
            if flag in flags:
                return name
        existing = {name.lower(): name for _f, name in folders}
        for n in names:
            if n.lower() in existing:
                return existing[n.lower()]
        return None

    def sent_folder(self) -> str | None:
        return self._retry_once(lambda c: self._special(c, SENT, self.sent_folder_name, SENT_NAMES))  # type: ignore[no-any-return]

    def drafts_folder(self, create: bool = False) -> str | None:
        """The Drafts folder; with ``create``, made when missing ("Drafts" unless configured)."""
        def find(c: IMAPClient) -> str | None:
            name = self._special(c, DRAFTS, self.drafts_folder_name, DRAFT_NAMES)
            if name is not None and name in {n for _f, n in self._list(c)}:
                return name
            if not create:
                return None
            name = name or "Drafts"
            log.info("%s: no Drafts folder; creating %r", self.where, name)
            c.create_folder(name)
            c.subscribe_folder(name)  # mail clients show subscribed folders only
            self._folders = None
            return name
        return self._retry_once(find)  # type: ignore[no-any-return]

    # -- scanning ------------------------------------------------------------------------
    def _scope(self, folder: str) -> str:
        return f"imap:{self.username}@{self.host}:{self.port}:{folder}"

    def scan(self, state: StateStore, since: datetime, wants_body: Prefilter) -> Iterator[ScannedMessage]:
        try:
            yield from self._scan(state, since, wants_body)
        except (Dead, *DEAD) as exc:
            self._drop()
            raise imap_error(exc, self.where) from exc

    def _scan(self, state: StateStore, since: datetime, wants_body: Prefilter) -> Iterator[ScannedMessage]:
        sent = self.sent_folder()
        # the track folder first: its copy of a message wins over the one in INBOX
        track = [self.track_folder] if self.track_folder else []
        folders = [(f, False) for f in dict.fromkeys([*track, *self.folders]) if f != sent]
        if sent:
            folders.append((sent, True))
        seen_ids: set[str] = set()
        self._yielded = {}
        watched = [f for f, is_sent in folders if not is_sent]
        for folder, is_sent in folders:
            if is_sent:  # (before Sent, so the last folder examined stays the one it was)
                yield from self._scan_all_marked(watched, state, since, wants_body)
            yield from self._scan_folder(folder, is_sent, state, since, seen_ids, wants_body)
        if not sent:
            yield from self._scan_all_marked(watched, state, since, wants_body)

    def _scan_all_marked(self, folders: list[str], state: StateStore, since: datetime,
                         wants_body: Prefilter) -> Iterator[ScannedMessage]:
        if self.track_keyword:
            for folder in folders:
                yield from self._scan_marked(folder, state, since, wants_body)

    def _scan_marked(self, folder: str, state: StateStore, since: datetime,
                     wants_body: Prefilter) -> Iterator[ScannedMessage]:
        """Older mail the user marked with the track keyword (or Gmail label) since the last
        scan: a flag change does not make a message new, so it is searched for. The UIDs
        already yielded are kept in the state; the engine is idempotent on them anyway."""
        scope = self._scope(folder) + ":marked"
        try:
            info = self._retry_once(lambda c: self._examine(c, folder))
        except imaplib.IMAP4.error:
            return
        uidvalidity = int(info.get(b"UIDVALIDITY", 0))
        client = self._conn()
        kw = self.track_keyword
        uids: set[int] = set()
        routes = [b"KEYWORD"] + ([b"X-GM-LABELS"] if client.has_capability("X-GM-EXT-1") else [])
        for route in routes:  # (Gmail: labels; its KEYWORD search may be refused)
            try:
                uids |= set(client.search([route, kw.encode(), b"SINCE", since.astimezone(UTC).date()]))
            except imaplib.IMAP4.error as exc:
                if isinstance(exc, imaplib.IMAP4.abort):
                    raise  # the connection is gone: scan() says so
                log.info("%s: %s: cannot search %s %s: %s", self.where, folder, route.decode(), kw,
                         one_line(exc))
        old = _load_marked(state.get_state(scope), uidvalidity)
        todo = sorted(uids - old - self._yielded.get(folder, set()))
        for start in range(0, len(todo), self._batch):
            yield from self._scan_batch(folder, False, uidvalidity, todo[start:start + self._batch],
                                        set(), wants_body)
        state.set_state(scope, json.dumps({"uidvalidity": uidvalidity, "uids": sorted(uids)}))

    def _scan_folder(self, folder: str, is_sent: bool, state: StateStore, since: datetime,
                     seen_ids: set[str], wants_body: Prefilter) -> Iterator[ScannedMessage]:
        scope = self._scope(folder)
        try:
            info = self._retry_once(lambda c: self._examine(c, folder))
        except imaplib.IMAP4.error as exc:
            log.warning("%s: cannot open folder %s: %s", self.where, folder, one_line(exc))
            return
        uidvalidity = int(info.get(b"UIDVALIDITY", 0))
        uidnext = int(info.get(b"UIDNEXT", 0) or 0)
        modseq = info.get(b"HIGHESTMODSEQ")
        modseq = int(modseq) if modseq is not None else None
        old = ImapFolderState.from_json(state.get_state(scope))
        if old is not None and old.uidvalidity != uidvalidity:
            log.warning("%s: UIDVALIDITY of %s changed (%s → %s); rescanning the folder",
                        self.where, folder, old.uidvalidity, uidvalidity)
            old = None
            state.set_state(scope, None)
        client = self._conn()
        if old is not None:
            if uidnext and uidnext <= old.last_uid + 1:
                uids: list[int] = []
            else:
                uids = [u for u in client.search([b"UID", f"{old.last_uid + 1}:*"]) if u > old.last_uid]
        else:
            uids = client.search([b"SINCE", since.astimezone(UTC).date()])
        uids.sort()
        last_uid = old.last_uid if old else 0
        log.debug("%s: %s: %d new message(s)", self.where, folder, len(uids))
        for start in range(0, len(uids), self._batch):
            batch = uids[start:start + self._batch]
            yield from self._scan_batch(folder, is_sent, uidvalidity, batch, seen_ids, wants_body)
            last_uid = max(last_uid, batch[-1])
            state.set_state(scope, ImapFolderState(uidvalidity, last_uid, modseq).to_json())
        # every UID below UIDNEXT (read before the SEARCH) was considered, matched or not:
        # older mail outside the lookback window is never yielded later
        last_uid = max(last_uid, uidnext - 1)
        state.set_state(scope, ImapFolderState(uidvalidity, last_uid, modseq).to_json())
        if uidnext:
            self._uidnext[folder] = uidnext

    def _uid_fetch(self, client: IMAPClient, uids: list[int], items: bytes) -> list[Any]:
        uidset = imap_parse.uid_set(uids)
        typ, data = client._imap.uid("FETCH", uidset, items.decode())
        if typ != "OK":
            raise Refused(f"FETCH failed: {one_line(data)}")
        return list(data)

    def _scan_fetch(self, folder: str, uidvalidity: int, uids: list[int],
                    items: bytes) -> list[dict[bytes, Any]]:
        """One FETCH for a scan, on the live connection (reopened when needed), parsed.

        A response that trips imaplib's line limit (a header over 1 MB in the ENVELOPE, a
        BODYSTRUCTURE of thousands of parts) or that the server refuses leaves the
        connection out of step: it is dropped, and the UIDs are fetched again in halves,
        down to the one message that fails, which is logged and skipped. Responses that do
        not parse are logged and skipped alone. A dead connection raises ConnectionFailed.
        """
        try:
            client = self._conn()
            self._ensure_selected(client, folder, uidvalidity)
            typ, data = client._imap.uid("FETCH", imap_parse.uid_set(uids), items.decode())
            problem = None if typ == "OK" else f"server said {typ}: {one_line(data)}"
        except imaplib.IMAP4.error as exc:
            if isinstance(exc, imaplib.IMAP4.abort):
                raise  # the connection is gone: scan() says so
            self._drop()  # the rest of an over-long line may still be on the socket
            problem = one_line(exc)
        if problem is not None:
            if len(uids) == 1:
                log.warning("%s: %s UID %s: cannot be fetched (%s); skipped", self.where, folder,
                            uids[0], problem[:200])
                return []
            half = len(uids) // 2
            return (self._scan_fetch(folder, uidvalidity, uids[:half], items)
                    + self._scan_fetch(folder, uidvalidity, uids[half:], items))

        def unreadable(uid: str, exc: Exception) -> None:
            log.warning("%s: %s UID %s: unreadable FETCH response (%s); skipped", self.where,
                        folder, uid, one_line(exc)[:200])
        return list(imap_parse.parse_fetch(data, on_error=unreadable))

    def _scan_batch(self, folder: str, is_sent: bool, uidvalidity: int, batch: list[int],
                    seen_ids: set[str], wants_body: Prefilter) -> Iterator[ScannedMessage]:
        """Metadata for the batch in one FETCH, then — for the messages the prefilter wants —
        only the header, text and calendar parts (partial.py), in chunks fetched as the
        caller consumes them. Attachments are never downloaded."""
        metas: list[tuple[int, Any, partial.Plan | None]] = []
        keywords: dict[int, frozenset[str]] = {}
        items = _GM_META_ITEMS if self._conn().has_capability("X-GM-EXT-1") else _META_ITEMS
        for item in self._scan_fetch(folder, uidvalidity, batch, items):
            uid_raw = item.get(b"UID")
            if not isinstance(uid_raw, bytes) or not uid_raw.isdigit():
                continue
            keywords[int(uid_raw)] = kws = _keywords(item.get(b"FLAGS"), item.get(b"X-GM-LABELS"))
            try:
                meta = imap_parse.meta_from_fetch(item.get(b"ENVELOPE"), _as_bytes(item.get(_HEADER_KEY)))
                bs = item.get(b"BODYSTRUCTURE")
                wanted = wants_body(folder, meta, kws, imap_parse.has_calendar_part(bs))
                plan = partial.plan(bs) if wanted else None
            except (ValueError, TypeError, IndexError, RecursionError) as exc:
                log.warning("%s: %s UID %s: unreadable envelope (%s); skipped", self.where, folder,
                            uid_raw.decode(), type(exc).__name__)
                continue
            if meta.message_id is not None:
                if meta.message_id in seen_ids:
                    continue  # the same message in another folder (e.g. Gmail's All Mail)
                seen_ids.add(meta.message_id)
            if plan is not None and plan.dropped:
                log.info("%s: %s UID %s: %d part(s) beyond the limits not read", self.where,
                         folder, uid_raw.decode(), plan.dropped)
            metas.append((int(uid_raw), meta, plan))
        metas.sort(key=lambda m: m[0])
        bodies: dict[int, bytes] = {}
        for pos, (uid, meta, plan) in enumerate(metas):
            raw = None
            if plan is not None:
                if uid not in bodies:
                    self._fetch_bodies(folder, uidvalidity, _body_chunk(metas, pos), bodies)
                raw = bodies.pop(uid, None)
                if raw is None:
                    log.warning("%s: %s UID %s: body not read (vanished or unreadable)", self.where,
                                folder, uid)
            self._yielded.setdefault(folder, set()).add(uid)
            yield ScannedMessage(folder=folder, uid=f"{uidvalidity}:{uid}", meta=meta, raw=raw,
                                 in_sent=is_sent,
                                 keywords=keywords.get(uid, frozenset()))

    def _fetch_bodies(self, folder: str, uidvalidity: int, chunk: list[tuple[int, partial.Plan]],
                      bodies: dict[int, bytes]) -> None:
        """Fetch the planned sections of ``chunk`` (one FETCH per distinct plan) and put the
        rebuilt messages into ``bodies``."""
        groups: dict[tuple[str, ...], list[tuple[int, partial.Plan]]] = {}
        for uid, p in chunk:
            groups.setdefault(p.items, []).append((uid, p))
        for items, members in groups.items():
            plans = dict(members)
            query = ("(UID " + " ".join(items) + ")").encode()
            for item in self._scan_fetch(folder, uidvalidity, sorted(plans), query):
                uid_raw = item.get(b"UID")
                if isinstance(uid_raw, bytes) and uid_raw.isdigit() and int(uid_raw) in plans:
                    bodies[int(uid_raw)] = partial.rebuild(plans[int(uid_raw)], item)

    def _ensure_selected(self, client: IMAPClient, folder: str, uidvalidity: int) -> None:
        """Re-open ``folder`` if the caller used the mailbox (Drafts) in the middle of a scan."""
        if self._selected == folder:
            return
        info = self._examine(client, folder)
        if int(info.get(b"UIDVALIDITY", 0)) != uidvalidity:
            raise ConnectionFailed(f"{self.where}: UIDVALIDITY of {folder} changed during a scan; "
                                   "the next scan starts over")

    # -- drafts --------------------------------------------------------------------------
    def _find_draft(self, client: IMAPClient, folder: str, key: str) -> str | None:
        """Our draft for ``key``: its Message-ID local part is the key's (any domain), or an
        old draft carries ``X-Followup-Key: key``. "UIDVALIDITY:UID", or None."""
        info = self._examine(client, folder)
        uv = int(info.get(b"UIDVALIDITY", 0))
        local = message_id_local(key)
        uids = sorted(client.search([b"OR", b"HEADER", b"MESSAGE-ID", f"<{local}@".encode(),
                                     b"HEADER", KEY_HEADER.encode(), key.encode()]))
        if not uids:
            return None
        # SEARCH HEADER matches substrings: confirm the exact value
        names = f"MESSAGE-ID {KEY_HEADER.upper()}"
        field = f"BODY[HEADER.FIELDS ({names})]".encode()
        items = f"(UID BODY.PEEK[HEADER.FIELDS ({names})])".encode()
        for item in imap_parse.parse_fetch(self._uid_fetch(client, uids, items)):
            hdr = imap_parse.parse_header_fields(_as_bytes(item.get(field)))
            if matches_key(hdr.get("message-id"), key) or \
                    hdr.get(KEY_HEADER.lower(), "").strip() == key:
                uid_raw = item.get(b"UID")
                return f"{uv}:{int(uid_raw)}" if isinstance(uid_raw, bytes) else f"{uv}:?"
        return None

    def draft_markers(self) -> list[tuple[str | None, str | None]]:
        """(X-Followup-Key, Message-ID) of every message in Drafts (``state rebuild``)."""
        folder = self.drafts_folder()
        if folder is None:
            return []
        field = f"BODY[HEADER.FIELDS (MESSAGE-ID {KEY_HEADER.upper()})]".encode()
        items = f"(UID BODY.PEEK[HEADER.FIELDS (MESSAGE-ID {KEY_HEADER.upper()})])".encode()

        def run(c: IMAPClient) -> list[tuple[str | None, str | None]]:
            self._examine(c, folder)
            uids = sorted(c.search([b"ALL"]))
            out: list[tuple[str | None, str | None]] = []
            for start in range(0, len(uids), self._batch):
                for item in imap_parse.parse_fetch(
                        self._uid_fetch(c, uids[start:start + self._batch], items)):
                    hdr = imap_parse.parse_header_fields(_as_bytes(item.get(field)))
                    out.append((hdr.get(KEY_HEADER.lower(), "").strip() or None,
                                hdr.get("message-id", "").strip() or None))
            return out
        return self._retry_once(run)  # type: ignore[no-any-return]

    def has_draft(self, key: str) -> bool:
        folder = self.drafts_folder()
        if folder is None:
            return False
        return self._retry_once(lambda c: self._find_draft(c, folder, key)) is not None

    def append_draft(self, message: EmailMessage, key: str) -> str | None:
        """APPEND (flags \\Draft \\Seen, as mail clients store drafts) unless a draft for
        ``key`` exists; returns "UIDVALIDITY:UID" of the new draft (UIDPLUS), or of the
        existing one, or None when the server does not say."""
        prepare_draft(message, key)
        folder = self.drafts_folder(create=True)
        assert folder is not None
        data = draft_bytes(message)

        def run(c: IMAPClient) -> str | None:
            existing = self._find_draft(c, folder, key)
            if existing is not None:
                log.info("%s: draft %s already exists; not appending", self.where, key)
                return existing
            resp = c.append(folder, data, flags=(b"\\Draft", b"\\Seen"), msg_time=datetime.now(UTC))
            parsed = imap_parse.parse_appenduid(resp)
            log.debug("%s: appended draft %s to %s", self.where, key, folder)  # the engine logs it
            return f"{parsed[0]}:{parsed[1]}" if parsed else None
        return self._retry_once(run)  # type: ignore[no-any-return]

    def delete_our_draft(self, key: str) -> bool:
        """UID STORE \\Deleted + UID EXPUNGE of exactly our unsent draft(s) for ``key``:
        \\Draft flag and our Message-ID (``base.is_our_draft``). Needs UIDPLUS (a plain EXPUNGE would
        also remove whatever else the user marked deleted), else a one-line error."""
        folder = self.drafts_folder()
        if folder is None:
            return False

        def run(c: IMAPClient) -> bool:
            if not c.has_capability("UIDPLUS"):
                raise ConnectionFailed(f"{self.where}: the server lacks UIDPLUS; remove the draft "
                                       f"{key} from {folder} by hand")
            c.select_folder(folder)  # read-write: the one place we change anything
            self._selected = None
            uids = c.search([b"OR", b"HEADER", b"MESSAGE-ID", f"<{message_id_local(key)}@".encode(),
                             b"HEADER", KEY_HEADER.encode(), key.encode()])
            if not uids:
                return False
            items = f"(UID FLAGS BODY.PEEK[HEADER.FIELDS ({KEY_HEADER.upper()} MESSAGE-ID)])".encode()
            field = f"BODY[HEADER.FIELDS ({KEY_HEADER.upper()} MESSAGE-ID)]".encode()
            ours: list[int] = []
            for item in imap_parse.parse_fetch(self._uid_fetch(c, uids, items)):
                hdr = imap_parse.parse_header_fields(_as_bytes(item.get(field)))
                flags = item.get(b"FLAGS")
                uid_raw = item.get(b"UID")
                draft = isinstance(flags, list) and any(
                    isinstance(f, bytes) and f.lower() == b"\\draft" for f in flags)
                if draft and isinstance(uid_raw, bytes) and is_our_draft(
                        key, hdr.get(KEY_HEADER.lower()), hdr.get("message-id")):
                    ours.append(int(uid_raw))
            if not ours:
                return False
            uidset = imap_parse.uid_set(ours)
            typ, data = c._imap.uid("STORE", uidset, "+FLAGS.SILENT", "(\\Deleted)")
            if typ != "OK":
                raise Refused(f"STORE failed: {one_line(data)}")
            typ, data = c._imap.uid("EXPUNGE", uidset)
            if typ != "OK":
                raise Refused(f"UID EXPUNGE failed: {one_line(data)}")
            c.unselect_folder()
            log.info("%s: removed our draft %s from %s", self.where, key, folder)
            return True
        return self._retry_once(run)  # type: ignore[no-any-return]

    def fetch_message(self, folder: str, uid: str, message_id: str | None) -> bytes | None:
        """BODY.PEEK[] of (folder, "UIDVALIDITY:UID"), else of the message with
        ``message_id`` in ``folder`` (SEARCH HEADER, exact value confirmed)."""
        want = message_id.strip().strip("<>").lower() if message_id else None

        def run(c: IMAPClient) -> bytes | None:
            info = self._examine(c, folder)
            uv = int(info.get(b"UIDVALIDITY", 0))
            v, _, n = uid.partition(":")
            cands: list[int] = [int(n)] if v == str(uv) and n.isdigit() else []
            if want:
                cands += [u for u in c.search([b"HEADER", b"Message-ID", want.encode()]) if u not in cands]
            for u in cands:
                for item in imap_parse.parse_fetch(self._uid_fetch(c, [u], b"(UID BODY.PEEK[])")):
                    body = item.get(b"BODY[]")
                    if not isinstance(body, bytes):
                        continue
                    if want is None or _message_id_of(body) == want:
                        return body
            return None
        try:
            return self._retry_once(run)  # type: ignore[no-any-return]
        except imaplib.IMAP4.error as exc:
            log.warning("%s: cannot read from %s: %s", self.where, folder, one_line(exc))
            return None

    # -- waiting -------------------------------------------------------------------------
    def idle_period(self) -> float:
        limit = SHORT_IDLE_HOSTS.get(self.host.lower(), MAX_IDLE)
        return max(1.0, min(self.idle_timeout, limit))

    def wait_for_mail(self, timeout: float) -> bool:
        """IDLE (or NOOP polling) on the first watched folder for up to ``timeout`` s.

        True when mail arrived, or after a reconnect (mail may have arrived meanwhile).
        A dropped connection is re-established with backoff within the timeout (at least
        5 s); if that fails, ConnectionFailed. Between calls the connection stays in IDLE.
        """
        deadline = time.monotonic() + max(0.0, timeout)
        try:
            return self._wait(deadline)
        except (Dead, ConnectionFailed, *DEAD) as exc:
            log.warning("%s: connection lost while waiting (%s); reconnecting", self.where,
                        one_line(exc))
            self._drop()
            self._lost = True
            # keep trying for the rest of the caller's timeout (at least a few seconds)
            self._reconnect(max(5.0, deadline - time.monotonic()))
            self._lost = False
            return True

    def _wait(self, deadline: float) -> bool:
        folder = self.folders[0] if self.folders else "INBOX"
        if self._lost:  # an earlier wait gave up reconnecting: back now, so rescan
            self._conn()
            self._lost = False
            return True
        if not self._idling or self._selected != folder:
            client = self._conn()
            if self._selected != folder:
                info = self._examine(client, folder)
                known = self._uidnext.get(folder)
                now_next = int(info.get(b"UIDNEXT", 0) or 0)
                if known is not None and now_next > known:
                    return True
        client = self._client
        assert client is not None
        if not client.has_capability("IDLE"):
            return self._poll(client, deadline)
        period = self.idle_period()
        while True:
            now = time.monotonic()
            if not self._idling or now - self._idle_started >= period:
                if self._idling:
                    self._idling = False
                    client.idle_done()
                client.idle()
                self._idling = True
                self._idle_started = time.monotonic()
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False  # stay in IDLE: the next wait continues for free
            step = min(remaining, period - (time.monotonic() - self._idle_started))
            t0 = time.monotonic()
            responses = client.idle_check(timeout=max(0.01, step))
            if not responses:
                if time.monotonic() - t0 < min(step, 1.0) * 0.5:
                    raise Dead("idle_check returned at once: socket closed")
                continue
            for resp in responses:
                if len(resp) >= 1 and resp[0] == b"BYE":
                    raise Dead("server said BYE")
                if len(resp) >= 2 and resp[1] in (b"EXISTS", b"RECENT") and resp[0] != 0:
                    return True

    def _poll(self, client: IMAPClient, deadline: float) -> bool:
        while True:
            _kind, responses = client.noop()
            for resp in responses:
                if len(resp) >= 1 and resp[0] == b"BYE":
                    raise Dead("server said BYE")
                if len(resp) >= 2 and resp[1] == b"EXISTS":
                    return True
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return False
            time.sleep(min(remaining, self.poll_interval))

    def _reconnect(self, budget: float) -> None:
        """Reconnect with exponential backoff and jitter for up to ``budget`` seconds (capped
        by ``reconnect_give_up``); AuthError is not retried, ConnectionFailed is raised when
        the budget runs out."""
        retry = tenacity.Retrying(
            wait=(tenacity.wait_exponential(multiplier=0.2, max=self._reconnect_wait_max)
                  + tenacity.wait_random(0, min(1.0, self._reconnect_wait_max / 2))),
            stop=tenacity.stop_after_delay(min(budget, self._reconnect_give_up)),
            retry=tenacity.retry_if_exception_type(ConnectionFailed),
            reraise=True,
            before_sleep=lambda rs: log.info("%s: reconnect attempt %d failed; retrying",
                                             self.where, rs.attempt_number),
        )
        for attempt in retry:
            with attempt:
                self._conn()
        log.info("%s: reconnected", self.where)

    def close(self) -> None:
        client, self._client = self._client, None
        if client is None:
            return
        try:
            if self._idling:
                client.idle_done()
            client.logout()
        except (*DEAD, imaplib.IMAP4.error):
            pass
        finally:
            self._idling = False
            _quietly_close(client)


def _body_chunk(metas: list[tuple[int, Any, partial.Plan | None]],
                start: int) -> list[tuple[int, partial.Plan]]:
    """The next wanted messages from ``start``: ≤ BODY_BATCH and ≤ BODY_BYTES (estimated)."""
    chunk: list[tuple[int, partial.Plan]] = []
    total = 0
    for uid, _meta, p in metas[start:]:
        if p is None:
            continue
        if chunk and (len(chunk) >= BODY_BATCH or total + p.estimate > BODY_BYTES):
            break
        chunk.append((uid, p))
        total += p.estimate
    return chunk


def _keywords(flags: Any, labels: Any) -> frozenset[str]:
    """Keywords (flags without a backslash) and Gmail labels, lower-case."""
    out: set[str] = set()
    for v in (flags, labels):
        for f in v if isinstance(v, list) else ():
            if isinstance(f, bytes) and f and not f.startswith(b"\\"):
                out.add(f.decode("utf-8", "replace").lower())
    return frozenset(out)


def _load_marked(text: str | None, uidvalidity: int) -> set[int]:
    try:
        data = json.loads(text) if text else {}
        if data.get("uidvalidity") == uidvalidity:
            return {int(u) for u in data.get("uids", [])}
    except (ValueError, TypeError, AttributeError):
        pass
    return set()


def _message_id_of(raw: bytes) -> str | None:
    from followup.parsers.mime_headers import read_meta

    try:
        mid = read_meta(raw[:64 * 1024]).message_id
    except Exception:  # unreadable headers: not the message asked for
        return None
    return mid.strip().strip("<>").lower() if mid else None


def _as_bytes(v: Any) -> bytes | None:
    return v if isinstance(v, bytes) else None


def _quietly_close(client: IMAPClient) -> None:
    with contextlib.suppress(Exception):  # a broken socket may fail to close any way it likes
        client.shutdown()

