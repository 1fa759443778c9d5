"""The tracker: interviews, people, messages, replies, timelines, actions and journal in SQLite.

One interview per real interview, merged across its invite mail, updates and calendar event:
joined by iCalendar UID, else by mail thread (Message-ID / In-Reply-To / References), else by
company domain and the same start. Messages are deduplicated by Message-ID, so a rescan
(new UIDVALIDITY, a second run) records nothing twice.

Schema versioned with ``PRAGMA user_version`` and forward migrations (safe when two processes
open a new file at once); WAL; every change in one ``BEGIN IMMEDIATE`` transaction, nested
changes in savepoints. During a mailbox scan (``scanning``) one transaction spans each batch
and is committed by the backend's ``set_state``, so what a batch found and the folder's mark
are stored together. An empty, garbage or truncated file is a ``StateError`` (see
``engine/statefile.py``), never a silent fresh start. Also implements ``followup.state.StateStore`` (table
``sync_state``) so the adapters keep their sync state in the same file.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from followup.engine import statefile
from followup.engine.names import canonical, parse_name
from followup.engine.planner import Done, InterviewState, PersonState
from followup.errors import FatalError, StateBusy, UserError
from followup.parsers import vendors
from followup.parsers.addresses import base_domain, domain_of, is_machine
from followup.parsers.model import Address, Detection, MailMeta, Person

log = logging.getLogger(__name__)

ROLE_RANK = {"recruiter": 5, "hiring_manager": 4, "interviewer": 3, "coordinator": 2, "contact": 1}
OUTCOMES = ("offer", "rejected", "no-response", "withdrawn")

MIGRATIONS: tuple[str, ...] = (
    # 1: the initial schema
    """
    CREATE TABLE interviews (
        id TEXT PRIMARY KEY,
        company TEXT, position TEXT, domain TEXT,
        start TEXT NOT NULL, "end" TEXT NOT NULL,
        sequence INTEGER NOT NULL DEFAULT 0,
        source_date TEXT,
        status TEXT NOT NULL DEFAULT 'scheduled',
        outcome TEXT, closed_at TEXT,
        decision_imminent INTEGER NOT NULL DEFAULT 0,
        recruiter_email TEXT,
        recruiter_thread TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL, updated TEXT NOT NULL
    );
    CREATE TABLE interview_keys (
        key TEXT PRIMARY KEY,              -- 'uid:<UID>' or 'msg:<Message-ID>'
        interview_id TEXT NOT NULL REFERENCES interviews(id)
    );
    CREATE TABLE people (
        interview_id TEXT NOT NULL REFERENCES interviews(id),
        pkey TEXT NOT NULL,                -- email, or 'name:<name>'
        email TEXT, name TEXT, role TEXT NOT NULL, phone TEXT, title TEXT,
        recipient INTEGER NOT NULL DEFAULT 0, guessed INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (interview_id, pkey)
    );
    CREATE TABLE messages (
        mkey TEXT PRIMARY KEY,             -- Message-ID, else folder/uid
        folder TEXT, uid TEXT, interview_id TEXT, what TEXT NOT NULL,
        sender TEXT, date TEXT, seen TEXT NOT NULL
    );
    CREATE TABLE replies (
        interview_id TEXT NOT NULL, mkey TEXT NOT NULL, sender TEXT, at TEXT NOT NULL,
        PRIMARY KEY (interview_id, mkey)
    );
    CREATE TABLE sent_thanks (
        interview_id TEXT NOT NULL, email TEXT NOT NULL, at TEXT NOT NULL, mkey TEXT,
        PRIMARY KEY (interview_id, email)
    );
    CREATE TABLE timelines (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        interview_id TEXT NOT NULL, follow_up_after TEXT, decision_imminent INTEGER NOT NULL,
        phrase TEXT, source TEXT NOT NULL, at TEXT NOT NULL
    );
    CREATE TABLE actions (
        key TEXT PRIMARY KEY, interview_id TEXT NOT NULL, kind TEXT NOT NULL,
        status TEXT NOT NULL, at TEXT NOT NULL, start TEXT, detail TEXT
    );
    CREATE TABLE journal (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        interview_id TEXT NOT NULL, at TEXT NOT NULL, text TEXT, outcome TEXT
    );
    CREATE TABLE sync_state (scope TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE INDEX interviews_domain ON interviews(domain, start);
    CREATE INDEX actions_interview ON actions(interview_id);
    """,
    # 2: the owner's corrections (engine/corrections.py): possible interviews the detector
    # rejected (or the owner marked without a time), and interviews the owner ignored
    """
    CREATE TABLE candidates (
        mkey TEXT PRIMARY KEY, folder TEXT, uid TEXT, message_id TEXT,
        subject TEXT, sender TEXT, date TEXT, reason TEXT NOT NULL,
        marked INTEGER NOT NULL DEFAULT 0, seen TEXT NOT NULL
    );
    CREATE TABLE ignored (interview_id TEXT PRIMARY KEY, at TEXT NOT NULL);
    CREATE INDEX candidates_date ON candidates(date);
    """,
    # 3: where the owner moved one of our events in their calendar (read back each cycle)
    """
    ALTER TABLE actions ADD COLUMN moved TEXT;
    """,
    # 4: mail a scan found but whose handling waits for the scan's end (replies, sent mail),
    # stored in the same transaction that moves the folder's mark
    """
    CREATE TABLE pending (
        mkey TEXT PRIMARY KEY, folder TEXT NOT NULL, uid TEXT NOT NULL,
        is_sent INTEGER NOT NULL, meta TEXT NOT NULL, det_meta TEXT,
        follow_up_after TEXT, decision_imminent INTEGER NOT NULL DEFAULT 0
    );
    """,
)
SCHEMA_VERSION = len(MIGRATIONS)


def _init_schema(db: sqlite3.Connection) -> None:
    """The whole schema in one transaction, on a new file (see ``statefile.create_db``)."""
    db.execute("BEGIN IMMEDIATE")
    for migration in MIGRATIONS:
        for stmt in migration.split(";"):
            if stmt.strip():
                db.execute(stmt)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.execute("COMMIT")


def _iso(t: datetime | None) -> str | None:
    return t.astimezone(UTC).isoformat() if t is not None else None


def _dt(s: str | None) -> datetime | None:
    return datetime.fromisoformat(s) if s else None


def interview_id_for(seed: str) -> str:
    """A deterministic interview id from its UID, first Message-ID or domain+start."""
    return "iv-" + hashlib.sha256(seed.encode("utf-8", "replace")).hexdigest()[:10]


def _msg_key(meta: MailMeta | None, folder: str, uid: str) -> str:
    if meta is not None and meta.message_id:
        return meta.message_id.strip().strip("<>").lower()
    return f"{folder}/{uid}"


def _ids(values: Sequence[str | None]) -> list[str]:
    """Message-IDs as lookup keys: lower-case, so matching ignores case (see ``_raw_ids``)."""
    return [v.strip().strip("<>").lower() for v in values if v]


def _raw_ids(values: Sequence[str | None]) -> list[str]:
    """Message-IDs byte-exact as received (for In-Reply-To/References: a mail client threads
    by the exact id), without the angle brackets."""
    return [v.strip().strip("<>") for v in values if v and v.strip().strip("<>")]


@dataclass(frozen=True)
class PendingMail:
    mkey: str
    folder: str
    uid: str
    is_sent: bool
    meta: MailMeta
    det_meta: MailMeta | None
    follow_up_after: date | None
    decision_imminent: bool


def meta_to_json(meta: MailMeta) -> str:
    data = asdict(meta)
    data["date"] = meta.date.isoformat() if meta.date else None
    return json.dumps(data)


def meta_from_json(text: str) -> MailMeta:
    d = json.loads(text)

    def addr(a: dict[str, Any] | None) -> Address | None:
        return Address(a["email"], a.get("name")) if a else None

    def addrs(v: list[dict[str, Any]]) -> tuple[Address, ...]:
        return tuple(Address(a["email"], a.get("name")) for a in v)

    return MailMeta(message_id=d["message_id"], in_reply_to=d["in_reply_to"],
                    references=tuple(d["references"]), subject=d["subject"], sender=addr(d["sender"]),
                    to=addrs(d["to"]), cc=addrs(d["cc"]), date=_dt(d["date"]),
                    reply_to=addrs(d.get("reply_to", [])), list_id=d.get("list_id"),
                    auto_submitted=bool(d.get("auto_submitted")))


@dataclass(frozen=True)
class JournalEntry:
    at: datetime
    text: str | None
    outcome: str | None


class Tracker:
    """The SQLite store. Use as a context manager or call ``close``."""

    def __init__(self, path: Path | str, *, in_memory_copy: bool = False) -> None:
        self.path = Path(path) if str(path) != ":memory:" else None
        self._depth = 0
        self._scanning = False
        if self.path is not None:
            statefile.check_file(self.path)
        try:
            if in_memory_copy:
                self.db = sqlite3.connect(":memory:", isolation_level=None)
                if self.path is not None and self.path.exists():
                    src = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
                    try:
                        statefile.quick_check(src, self.path)
                        src.backup(self.db)
                    finally:
                        src.close()
            else:
                if self.path is not None:
                    if not self.path.exists():
                        statefile.create_db(self.path, _init_schema)
                    statefile.warn_if_open(self.path, "state file")
                self.db = sqlite3.connect(str(path), isolation_level=None, timeout=30)
                self.db.execute("PRAGMA journal_mode=WAL")
                if self.path is not None:
                    statefile.quick_check(self.db, self.path)
            self.db.row_factory = sqlite3.Row
            self.db.execute("PRAGMA foreign_keys=ON")
            self.db.execute("PRAGMA busy_timeout=30000")
            self.migrate()
        except sqlite3.Error as exc:
            raise statefile.sqlite_error(self.path, exc) from exc
        except OSError as exc:
            raise FatalError(f"state file {path}: cannot open: {exc}") from exc

    @classmethod
    def overlay(cls, path: Path) -> Tracker:
        """An in-memory copy of the store at ``path``: reads see it, writes go nowhere."""
        return cls(path, in_memory_copy=True)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Tracker:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def tx(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE); nested calls are savepoints inside it."""
        if self._depth:
            name = f"sp{self._depth}"
            self.db.execute(f"SAVEPOINT {name}")
            self._depth += 1
            try:
                yield self.db
            except BaseException:
                self.db.execute(f"ROLLBACK TO {name}")
                self.db.execute(f"RELEASE {name}")
                raise
            else:
                self.db.execute(f"RELEASE {name}")
            finally:
                self._depth -= 1
            return
        self._begin()
        self._depth = 1
        try:
            yield self.db
            self.db.execute("COMMIT")
        except BaseException as exc:
            if self.db.in_transaction:
                self.db.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):  # disk full, read-only, damaged: one line
                raise statefile.sqlite_error(self.path, exc) from exc
            raise
        finally:
            self._depth = 0

    def _begin(self) -> None:
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise StateBusy(f"state file {self.path} is busy (followup is recording a mail scan); "
                                "try again in a minute") from exc
            raise statefile.sqlite_error(self.path, exc) from exc

    @contextmanager
    def scanning(self) -> Iterator[None]:
        """Hold one transaction across a mailbox scan; each ``set_state`` (a backend saving a
        folder's mark after a batch) commits it and starts the next, so what the batch found
        and the mark are stored together. An error rolls back the unfinished batch only."""
        with self.tx():
            self._scanning = True
            try:
                yield
            finally:
                self._scanning = False

    def migrate(self) -> None:
        version = int(self.db.execute("PRAGMA user_version").fetchone()[0])
        if version > SCHEMA_VERSION:
            raise FatalError(f"state file {self.path}: schema version {version} is newer than this "
                             f"program's ({SCHEMA_VERSION}); upgrade followup")
        for n in range(version, SCHEMA_VERSION):
            with self.tx() as db:
                # another process may have migrated meanwhile: read again under the write lock
                if int(db.execute("PRAGMA user_version").fetchone()[0]) > n:
                    continue
                for stmt in MIGRATIONS[n].split(";"):
                    if stmt.strip():
                        db.execute(stmt)
                db.execute(f"PRAGMA user_version = {n + 1}")
            log.info("state schema migrated to version %s", n + 1)

    # ------------------------------------------------------------ StateStore
    def get_state(self, scope: str) -> str | None:
        row = self.db.execute("SELECT value FROM sync_state WHERE scope = ?", (scope,)).fetchone()
        return str(row[0]) if row else None

    def set_state(self, scope: str, value: str | None) -> None:
        with self.tx() as db:
            if value is None:
                db.execute("DELETE FROM sync_state WHERE scope = ?", (scope,))
            else:
                db.execute("INSERT INTO sync_state(scope, value) VALUES (?, ?) "
                           "ON CONFLICT(scope) DO UPDATE SET value = excluded.value", (scope, value))
        if self._scanning and self._depth == 1:
            self.db.execute("COMMIT")
            self._begin()

    # ------------------------------------------------------------ mail waiting for the scan's end
    def add_pending(self, mkey: str, folder: str, uid: str, *, is_sent: bool, meta: MailMeta,
                    det_meta: MailMeta | None, follow_up_after: date | None,
                    decision_imminent: bool) -> None:
        with self.tx() as db:
            db.execute("INSERT OR REPLACE INTO pending(mkey, folder, uid, is_sent, meta, det_meta, "
                       "follow_up_after, decision_imminent) VALUES (?,?,?,?,?,?,?,?)",
                       (mkey, folder, uid, int(is_sent), meta_to_json(meta),
                        meta_to_json(det_meta) if det_meta is not None else None,
                        follow_up_after.isoformat() if follow_up_after else None,
                        int(decision_imminent)))

    def pending(self) -> list[PendingMail]:
        """Mail waiting to be handled, in the order it was found (also an interrupted scan's)."""
        out: list[PendingMail] = []
        for r in self.db.execute("SELECT * FROM pending ORDER BY rowid").fetchall():
            out.append(PendingMail(
                r["mkey"], r["folder"], r["uid"], bool(r["is_sent"]), meta_from_json(r["meta"]),
                meta_from_json(r["det_meta"]) if r["det_meta"] else None,
                date.fromisoformat(r["follow_up_after"]) if r["follow_up_after"] else None,
                bool(r["decision_imminent"])))
        return out

    def drop_pending(self, mkey: str) -> None:
        with self.tx() as db:
            db.execute("DELETE FROM pending WHERE mkey = ?", (mkey,))

    # ------------------------------------------------------------ messages
    def seen_message(self, meta: MailMeta | None, folder: str, uid: str) -> bool:
        key = _msg_key(meta, folder, uid)
        return self.db.execute("SELECT 1 FROM messages WHERE mkey = ?", (key,)).fetchone() is not None

    def record_message(self, meta: MailMeta | None, folder: str, uid: str, *, what: str,
                       interview_id: str | None, now: datetime) -> None:
        key = _msg_key(meta, folder, uid)
        sender = meta.sender.email if meta and meta.sender else None
        with self.tx() as db:
            db.execute("INSERT OR IGNORE INTO messages(mkey, folder, uid, interview_id, what, sender, date, "
                       "seen) VALUES (?,?,?,?,?,?,?,?)",
                       (key, folder, uid, interview_id, what, sender,
                        _iso(meta.date) if meta else None, _iso(now)))

    # ------------------------------------------------------------ interviews
    def _find(self, det: Detection) -> str | None:
        if det.uid:
            row = self.db.execute("SELECT interview_id FROM interview_keys WHERE key = ?",
                                  (f"uid:{det.uid}",)).fetchone()
            if row:
                return str(row[0])
        if det.meta is not None:
            ids = _ids([det.meta.message_id, det.meta.in_reply_to, *det.meta.references])
            for mid in ids:
                row = self.db.execute("SELECT interview_id FROM interview_keys WHERE key = ?",
                                      (f"msg:{mid}",)).fetchone()
                if row:
                    return str(row[0])
        domain = _company_domain(det)
        if domain and det.start is not None:
            row = self.db.execute("SELECT id FROM interviews WHERE domain = ? AND start = ?",
                                  (domain, _iso(det.start))).fetchone()
            if row:
                return str(row[0])
        return None

    def record_detection(self, det: Detection, now: datetime, *, owner_reply: bool = False) -> str | None:
        """Merge an interview detection into the store; returns the interview id.

        Detections that are not interviews (or have no time) return None. ``owner_reply``: read
        from the owner's own reply, so an interview already known is left as it is (its id is
        returned), and a new one is also keyed by the message the reply answers (the invite,
        should it be scanned later, joins it).
        """
        if not det.is_interview:
            return None
        with self.tx() as db:
            iid = self._find(det)
            if iid is not None and owner_reply:
                return iid
            source_date = det.meta.date if det.meta and det.meta.date else now
            if iid is None:
                if det.start is None or det.end is None or det.kind == "cancellation":
                    return None  # a cancellation of something never seen: nothing to do
                seed = (f"uid:{det.uid}" if det.uid else
                        f"msg:{_ids([det.meta.message_id])[0]}" if det.meta and det.meta.message_id else
                        f"at:{_company_domain(det)}:{_iso(det.start)}")
                iid = interview_id_for(seed)
                db.execute(
                    "INSERT OR IGNORE INTO interviews(id, company, position, domain, start, \"end\", "
                    "sequence, source_date, created, updated) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (iid, det.company, det.position, _company_domain(det), _iso(det.start), _iso(det.end),
                     det.sequence, _iso(source_date), _iso(now), _iso(now)))
            else:
                self._update(iid, det, source_date, now)
            if det.uid:
                db.execute("INSERT OR IGNORE INTO interview_keys(key, interview_id) VALUES (?, ?)",
                           (f"uid:{det.uid}", iid))
            if det.meta is not None:
                for mid in _ids([det.meta.message_id, *([det.meta.in_reply_to] if owner_reply else [])]):
                    db.execute("INSERT OR IGNORE INTO interview_keys(key, interview_id) VALUES (?, ?)",
                               (f"msg:{mid}", iid))
            self._merge_people(iid, det)
            if det.follow_up_after is not None or det.decision_imminent:
                self.add_timeline(iid, det.follow_up_after, det.decision_imminent, None, "mail",
                                  source_date)
            if det.recruiter and det.recruiter.email and det.meta and det.meta.sender and \
                    det.meta.sender.email == det.recruiter.email:
                self._note_recruiter_mail(iid, det.meta)
        return iid

    def _update(self, iid: str, det: Detection, source_date: datetime, now: datetime) -> None:
        row = self.db.execute("SELECT * FROM interviews WHERE id = ?", (iid,)).fetchone()
        newer = det.sequence > row["sequence"] or (
            det.sequence == row["sequence"] and (det.kind in ("reschedule", "cancellation") or
                                                 (_iso(source_date) or "") >= (row["source_date"] or "")))
        sets: dict[str, Any] = {"updated": _iso(now)}
        if det.company and not row["company"]:
            sets["company"] = det.company
        if det.position and not row["position"]:
            sets["position"] = det.position
        if not row["domain"] and _company_domain(det):
            sets["domain"] = _company_domain(det)
        if newer:
            sets["sequence"] = max(det.sequence, row["sequence"])
            sets["source_date"] = _iso(source_date)
            if det.kind == "cancellation":
                if row["status"] == "scheduled":
                    sets["status"] = "cancelled"
                    log.info("interview %s cancelled", iid)
            elif det.start is not None and det.end is not None:
                if _iso(det.start) != row["start"] or _iso(det.end) != row["end"]:
                    log.info("interview %s moved to %s", iid, _iso(det.start))
                sets["start"], sets["end"] = _iso(det.start), _iso(det.end)
                if row["status"] == "cancelled":
                    sets["status"] = "scheduled"
        cols = ", ".join(f'"{k}" = ?' for k in sets)
        self.db.execute(f"UPDATE interviews SET {cols} WHERE id = ?", (*sets.values(), iid))

    def _merge_people(self, iid: str, det: Detection) -> None:
        recips = set(det.thank_you_recipients)
        people = list(det.people)
        if det.recruiter is not None and all(p.email != det.recruiter.email or not p.email for p in people):
            people.append(det.recruiter)
        emails = {p.email for p in people if p.email}
        people += [Person(email=e, name=None, role="interviewer") for e in recips - emails]
        for p in people:
            self._upsert_person(iid, p, recipient=bool(p.email and p.email in recips) or p.guessed_email,
                                is_recruiter=det.recruiter is not None and p == det.recruiter)
        if det.recruiter and det.recruiter.email:
            self.db.execute("UPDATE interviews SET recruiter_email = ? "
                            "WHERE id = ? AND recruiter_email IS NULL",
                            (det.recruiter.email, iid))

    def _upsert_person(self, iid: str, p: Person, *, recipient: bool, is_recruiter: bool) -> None:
        email = p.email.lower() if p.email else None
        # no control characters ever reach a header; "Ünal, Ayşe" is stored as "Ayşe Ünal"
        name = parse_name(p.name).display[:200] or None
        if not email and not name:
            return
        pkey = email or f"name:{canonical(name)}"
        role = "recruiter" if is_recruiter else p.role
        row = self.db.execute("SELECT * FROM people WHERE interview_id = ? AND pkey = ?",
                              (iid, pkey)).fetchone()
        legacy = f"name:{(p.name or '').strip()[:200].lower()}"  # the key before names were parsed
        if row is None and not email and legacy != pkey:
            row = self.db.execute("SELECT * FROM people WHERE interview_id = ? AND pkey = ?",
                                  (iid, legacy)).fetchone()
            if row is not None:
                pkey = legacy
        if row is None and not email and name:
            # known already with an address under the same name: that person, not a second one
            row = next((r for r in self.db.execute(
                "SELECT * FROM people WHERE interview_id = ? AND email IS NOT NULL", (iid,))
                if canonical(r["name"]) == canonical(name)), None)
            if row is not None:
                pkey = row["pkey"]
        if row is None and email and name:
            # the same person seen earlier by name only: give that row its address
            row = self.db.execute("SELECT * FROM people WHERE interview_id = ? AND pkey = ?",
                                  (iid, f"name:{canonical(name)}")).fetchone()
            if row is not None:
                self.db.execute("UPDATE people SET pkey = ?, email = ? WHERE interview_id = ? AND pkey = ?",
                                (pkey, email, iid, row["pkey"]))
                row = self.db.execute("SELECT * FROM people WHERE interview_id = ? AND pkey = ?",
                                      (iid, pkey)).fetchone()
        if row is None:
            self.db.execute("INSERT INTO people(interview_id, pkey, email, name, role, phone, title, "
                            "recipient, guessed) VALUES (?,?,?,?,?,?,?,?,?)",
                            (iid, pkey, email, name, role, p.phone, p.title, int(recipient),
                             int(p.guessed_email)))
            return
        if ROLE_RANK.get(row["role"], 0) > ROLE_RANK.get(role, 0):
            role = row["role"]
        self.db.execute("UPDATE people SET name = ?, role = ?, phone = ?, title = ?, recipient = ?, "
                        "guessed = ? WHERE interview_id = ? AND pkey = ?",
                        (row["name"] or name, role, row["phone"] or p.phone, row["title"] or p.title,
                         int(bool(row["recipient"]) or recipient),
                         int(bool(row["guessed"]) and p.guessed_email), iid, pkey))

    def _note_recruiter_mail(self, iid: str, meta: MailMeta) -> None:
        ids = _raw_ids([*meta.references, meta.in_reply_to, meta.message_id])
        thread = list(dict.fromkeys(ids))[-20:]
        self.db.execute("UPDATE interviews SET recruiter_thread = ? WHERE id = ?", (" ".join(thread), iid))

    def add_timeline(self, iid: str, follow_up_after: date | None, decision_imminent: bool,
                     phrase: str | None, source: str, at: datetime) -> None:
        with self.tx() as db:
            db.execute("INSERT INTO timelines(interview_id, follow_up_after, decision_imminent, phrase, "
                       "source, at) VALUES (?,?,?,?,?,?)",
                       (iid, follow_up_after.isoformat() if follow_up_after else None, int(decision_imminent),
                        phrase, source, _iso(at)))

    def record_calendar_removed(self, uid: str, now: datetime) -> str | None:
        """An interview's calendar event was deleted: before its end, that is a cancellation."""
        row = self.db.execute("SELECT i.id, i.\"end\", i.status FROM interview_keys k JOIN interviews i "
                              "ON i.id = k.interview_id WHERE k.key = ?", (f"uid:{uid}",)).fetchone()
        if row is None or row["status"] != "scheduled" or (_dt(row["end"]) or now) <= now:
            return None
        with self.tx() as db:
            db.execute("UPDATE interviews SET status = 'cancelled', updated = ? WHERE id = ?",
                       (_iso(now), row["id"]))
        return str(row["id"])

    # ------------------------------------------------------------ replies and sent mail
    def record_reply(self, meta: MailMeta, *, follow_up_after: date | None, decision_imminent: bool,
                     mkey: str, now: datetime) -> str | None:
        """Company-side mail: a reply to the interview it belongs to (when after its end).

        A reply stating a later follow-up date only sets the timeline; any other reply from a
        person (not a no-reply/ATS address) after the interview's end stops the calls.
        Returns the interview id, if any.
        """
        if meta.sender is None:
            return None
        sender = meta.sender.email.lower()
        at = meta.date or now
        iid = self._match_reply(meta, sender, at)
        if iid is None:
            return None
        with self.tx() as db:
            if follow_up_after is not None or decision_imminent:
                self.add_timeline(iid, follow_up_after, decision_imminent, None, "mail", at)
            end = _dt(db.execute('SELECT "end" FROM interviews WHERE id = ?', (iid,)).fetchone()[0])
            states_date = follow_up_after is not None and follow_up_after > at.date()
            # a no-reply/ATS/survey mail, even in the thread, is not an answer from a person
            if end is not None and at >= end and not states_date and not is_machine(sender):
                db.execute("INSERT OR IGNORE INTO replies(interview_id, mkey, sender, at) VALUES (?,?,?,?)",
                           (iid, mkey, sender, _iso(at)))
            row = db.execute("SELECT recruiter_email FROM interviews WHERE id = ?", (iid,)).fetchone()
            if row["recruiter_email"] == sender:
                self._note_recruiter_mail(iid, meta)
        return iid

    def _match_reply(self, meta: MailMeta, sender: str, at: datetime) -> str | None:
        ids = _ids([meta.in_reply_to, *meta.references])
        for mid in ids:
            row = self.db.execute("SELECT interview_id FROM interview_keys WHERE key = ?",
                                  (f"msg:{mid}",)).fetchone()
            if row:
                return str(row[0])
        # the latest interview already started when the mail was written, else the next one
        by_person = ("SELECT DISTINCT i.id, i.start FROM interviews i JOIN people p ON p.interview_id = i.id "
                     "WHERE p.email = ? ORDER BY (i.start > ?), abs(julianday(i.start) - julianday(?))")
        row = self.db.execute(by_person, (sender, _iso(at), _iso(at))).fetchone()
        if row:
            return str(row["id"])
        dom = base_domain(domain_of(sender))
        if dom in vendors.FREE_MAIL or is_machine(sender):
            return None
        by_domain = ("SELECT id FROM interviews WHERE domain = ? "
                     "ORDER BY (start > ?), abs(julianday(start) - julianday(?))")
        row = self.db.execute(by_domain, (dom, _iso(at), _iso(at))).fetchone()
        return str(row["id"]) if row else None

    def record_sent(self, meta: MailMeta, mkey: str, now: datetime) -> list[str]:
        """The owner's own mail: a thank-you to a person of an interview after it started."""
        at = meta.date or now
        found: list[str] = []
        with self.tx() as db:
            for addr in (*meta.to, *meta.cc):
                rows = db.execute("SELECT i.id FROM interviews i JOIN people p ON p.interview_id = i.id "
                                  "WHERE p.email = ? AND i.start <= ?",
                                  (addr.email.lower(), _iso(at))).fetchall()
                for r in rows:
                    # the latest mail counts (the planner decides whether it is the thank-you)
                    db.execute("INSERT INTO sent_thanks(interview_id, email, at, mkey) VALUES (?,?,?,?) "
                               "ON CONFLICT(interview_id, email) DO UPDATE SET at = excluded.at, "
                               "mkey = excluded.mkey WHERE excluded.at > sent_thanks.at",
                               (r["id"], addr.email.lower(), _iso(at), mkey))
                    found.append(str(r["id"]))
        return found

    # ------------------------------------------------------------ actions
    def record_action(self, key: str, interview_id: str, kind: str, status: str, now: datetime,
                      start: datetime | None = None, detail: str | None = None) -> None:
        with self.tx() as db:
            db.execute("INSERT INTO actions(key, interview_id, kind, status, at, start, detail) VALUES "
                       "(?,?,?,?,?,?,?) ON CONFLICT(key) DO UPDATE SET status = excluded.status, "
                       "at = excluded.at, start = excluded.start, detail = excluded.detail, moved = NULL",
                       (key, interview_id, kind, status, _iso(now), _iso(start), detail))
            if kind == "close":
                db.execute("UPDATE interviews SET status = 'closed', "
                           "outcome = COALESCE(outcome, 'no-response'), closed_at = ? WHERE id = ?",
                           (_iso(now), interview_id))

    def record_moved(self, key: str, start: datetime) -> None:
        """The owner moved our event ``key`` to ``start`` in their calendar."""
        with self.tx() as db:
            db.execute("UPDATE actions SET moved = ? WHERE key = ?", (_iso(start), key))

    # ------------------------------------------------------------ owner input
    def set_outcome(self, iid: str, outcome: str, now: datetime) -> None:
        if outcome not in OUTCOMES:
            raise UserError(f"outcome must be one of {', '.join(OUTCOMES)} (got {outcome!r})")
        with self.tx() as db:
            db.execute("UPDATE interviews SET outcome = ?, status = 'closed', "
                       "closed_at = COALESCE(closed_at, ?) WHERE id = ?", (outcome, _iso(now), iid))

    def add_journal(self, iid: str, text: str | None, outcome: str | None, now: datetime) -> None:
        with self.tx() as db:
            if outcome:
                self.set_outcome(iid, outcome, now)
            db.execute("INSERT INTO journal(interview_id, at, text, outcome) VALUES (?,?,?,?)",
                       (iid, _iso(now), text, outcome))

    def journal(self, iid: str) -> list[JournalEntry]:
        rows = self.db.execute("SELECT at, text, outcome FROM journal WHERE interview_id = ? ORDER BY id",
                               (iid,)).fetchall()
        return [JournalEntry(_dt(r["at"]) or datetime.min, r["text"], r["outcome"]) for r in rows]

    def find_interview(self, ref: str) -> str:
        """An interview by id, unique id prefix, or company name (the latest one)."""
        ref = ref.strip()
        rows = self.db.execute("SELECT id FROM interviews WHERE id = ? OR id LIKE ? OR id LIKE ?",
                               (ref, ref + "%", "iv-" + ref + "%")).fetchall()
        if len(rows) == 1:
            return str(rows[0][0])
        if len(rows) > 1:
            raise UserError(f"{ref!r} matches {len(rows)} interviews; give more of the id")
        rows = self.db.execute("SELECT id FROM interviews WHERE lower(company) = lower(?) "
                               "ORDER BY start DESC",
                               (ref,)).fetchall() or self.db.execute(
            "SELECT id FROM interviews WHERE lower(company) LIKE lower(?) ORDER BY start DESC",
            (f"%{ref}%",)).fetchall()
        if not rows:
            raise UserError(f"no interview matches {ref!r} (see `followup status`)")
        if len(rows) > 1:
            log.info("%r matches %s interviews; using the latest", ref, len(rows))
        return str(rows[0][0])

    # ------------------------------------------------------------ snapshots
    def interview_ids(self) -> list[str]:
        """Every interview but those the owner ignored (``followup ignore``)."""
        return [str(r[0]) for r in self.db.execute(
            "SELECT id FROM interviews WHERE id NOT IN (SELECT interview_id FROM ignored) ORDER BY start")]

    def row(self, iid: str) -> sqlite3.Row:
        row = self.db.execute("SELECT * FROM interviews WHERE id = ?", (iid,)).fetchone()
        if row is None:
            raise UserError(f"no interview {iid}")
        return row  # type: ignore[no-any-return]

    def snapshot(self, iid: str) -> InterviewState:
        r = self.row(iid)
        people = tuple(
            PersonState(p["email"], p["name"], p["role"], p["phone"], p["title"], bool(p["recipient"]),
                        bool(p["guessed"]))
            for p in self.db.execute("SELECT * FROM people WHERE interview_id = ? ORDER BY rowid", (iid,)))
        tl = self.timeline(iid)
        replies = tuple(_dt(x["at"]) or datetime.min for x in
                        self.db.execute("SELECT at FROM replies WHERE interview_id = ?", (iid,)))
        sent = {x["email"]: _dt(x["at"]) or datetime.min for x in
                self.db.execute("SELECT email, at FROM sent_thanks WHERE interview_id = ?", (iid,))}
        done = {x["key"]: Done(x["key"], x["status"], _dt(x["at"]) or datetime.min, _dt(x["start"]),
                               _dt(x["moved"]))
                for x in self.db.execute("SELECT * FROM actions WHERE interview_id = ?", (iid,))}
        return InterviewState(
            id=iid, start=_dt(r["start"]) or datetime.min, end=_dt(r["end"]) or datetime.min,
            company=r["company"], position=r["position"], domain=r["domain"], status=r["status"],
            outcome=r["outcome"], people=people, recruiter_email=r["recruiter_email"],
            recruiter_thread=tuple((r["recruiter_thread"] or "").split()),
            follow_up_after=tl[0], decision_imminent=tl[1] or bool(r["decision_imminent"]),
            replies=replies, sent_thanks=sent, done=done)

    def timeline(self, iid: str) -> tuple[date | None, bool, str | None]:
        """The stated timeline that counts: the owner's latest, else the latest from mail."""
        rows = self.db.execute("SELECT * FROM timelines WHERE interview_id = ? "
                               "ORDER BY (source = 'owner'), at, id",
                               (iid,)).fetchall()
        fua: date | None = None
        imminent = False
        phrase: str | None = None
        for r in rows:
            if r["follow_up_after"]:
                fua = date.fromisoformat(r["follow_up_after"])
                phrase = r["phrase"] or phrase
            imminent = imminent or bool(r["decision_imminent"])
        return fua, imminent, phrase

    def recruiter_thread(self, iid: str) -> list[str]:
        return [t for t in (self.row(iid)["recruiter_thread"] or "").split() if t]

    def counts(self) -> dict[str, int]:
        return {t: int(self.db.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
                for t in ("interviews", "people", "messages", "replies", "actions", "journal")}


def _company_domain(det: Detection) -> str | None:
    """The company's mail domain: the recruiter's, else the most common recipient domain."""
    cands: list[str] = []
    if det.recruiter and det.recruiter.email:
        cands.append(det.recruiter.email)
    cands += list(det.thank_you_recipients)
    cands += [p.email for p in det.people if p.email and not p.guessed_email]
    counts: dict[str, int] = {}
    for e in cands:
        d = base_domain(domain_of(e))
        if d in vendors.FREE_MAIL or is_machine(e):
            continue
        counts[d] = counts.get(d, 0) + 1
    if not counts:
        return None
    return max(counts, key=counts.__getitem__)  # ties: the first seen (the recruiter's)
