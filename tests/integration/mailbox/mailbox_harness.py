"""Test harnesses: one per backend, so one contract test class runs against IMAP and Maildir."""

from __future__ import annotations

import itertools
import os
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from imapclient import IMAPClient

from followup.backends import imap_from, maildir_from
from followup.config import Config, MailboxConfig
from followup.engine.ingest import scan_prefilter
from followup.mailbox.base import KEY_HEADER, Mailbox
from followup.mailbox.draft_ids import message_id_local
from followup.mailbox.imap import ImapMailbox
from followup.mailbox.maildir import folder_dir
from tests.support.dovecot import Account, Dovecot

OWNER = ("alex@mailbox.example",)
WATCHED = ("INBOX", "Jobs")


# what the engine's scans read the text of (the default [mailbox] track settings)
WANTS = scan_prefilter(MailboxConfig())


def imap_config(dovecot: Dovecot, account: Account, **kw: Any) -> MailboxConfig:
    base = MailboxConfig(backend="imap", host=dovecot.host, port=dovecot.port, security="none",
                         username=account.username, password_command=f"echo {account.password}",
                         folders=WATCHED, idle_timeout=60.0, poll_interval=0.5)
    return replace(base, **kw)


def imap_mailbox(cfg: MailboxConfig, **tuning: Any) -> ImapMailbox:
    """The IMAP adapter as followup builds it: the secret resolved once (``followup.secrets``),
    plain values from ``cfg``; ``tuning``: timeouts, batch size."""
    from followup.secrets import mailbox_login

    return imap_from(cfg, mailbox_login(Config(mailbox=cfg)), **tuning)


class Harness(Protocol):
    name: str

    def mailbox(self, **kw: Any) -> Mailbox: ...
    def deliver(self, raw: bytes, folder: str = "INBOX", when: datetime | None = None) -> None: ...
    def flags(self, folder: str = "INBOX") -> dict[str, frozenset[str]]: ...
    def reset_folder(self, folder: str) -> None: ...
    def drafts(self, key: str) -> list[tuple[frozenset[str], bytes]]: ...
    def close(self) -> None: ...


class ImapHarness:
    name = "imap"

    def __init__(self, dovecot: Dovecot, account: Account) -> None:
        self.dovecot, self.account = dovecot, account
        self.admin: IMAPClient = dovecot.client(account)
        self.admin.create_folder("Jobs")
        self.opened: list[Mailbox] = []

    def mailbox(self, **kw: Any) -> Mailbox:
        mb = imap_mailbox(imap_config(self.dovecot, self.account, **kw))
        self.opened.append(mb)
        return mb

    def deliver(self, raw: bytes, folder: str = "INBOX", when: datetime | None = None) -> None:
        self.admin.append(folder, raw, msg_time=when)

    def flags(self, folder: str = "INBOX") -> dict[str, frozenset[str]]:
        self.admin.select_folder(folder, readonly=True)
        uids = self.admin.search(["ALL"])
        got = self.admin.fetch(uids, ["FLAGS"]) if uids else {}
        return {str(u): frozenset(f.decode() for f in d[b"FLAGS"]) for u, d in got.items()}

    def reset_folder(self, folder: str) -> None:
        """Delete and recreate the folder with the same messages: a new UIDVALIDITY."""
        self.admin.select_folder(folder, readonly=True)
        uids = self.admin.search(["ALL"])
        bodies = [d[b"BODY[]"] for d in self.admin.fetch(uids, ["BODY.PEEK[]"]).values()]
        self.admin.unselect_folder()
        self.admin.delete_folder(folder)
        time.sleep(1.01)  # UIDVALIDITY is time-based in Dovecot's maildir
        self.admin.create_folder(folder)
        for b in bodies:
            self.admin.append(folder, b)

    def drafts(self, key: str) -> list[tuple[frozenset[str], bytes]]:
        """Drafts for ``key``: by the key's Message-ID, or an old draft's X-Followup-Key."""
        self.admin.select_folder("Drafts", readonly=True)
        uids = self.admin.search(["OR", "HEADER", "Message-ID", f"<{message_id_local(key)}@",
                                  "HEADER", KEY_HEADER, key])
        got = self.admin.fetch(uids, ["FLAGS", "BODY.PEEK[]"]) if uids else {}
        return [(frozenset(f.decode() for f in d[b"FLAGS"]), d[b"BODY[]"]) for d in got.values()]

    def close(self) -> None:
        for mb in self.opened:
            mb.close()
        self.admin.logout()


class MaildirHarness:
    name = "maildir"

    def __init__(self, root: Path) -> None:
        self.root = root
        for d in (root, root / ".Jobs", root / ".Sent"):
            for sub in ("cur", "new", "tmp"):
                (d / sub).mkdir(parents=True, exist_ok=True)
        self._n = itertools.count()

    def mailbox(self, **kw: Any) -> Mailbox:
        cfg = replace(MailboxConfig(backend="maildir", path=self.root, folders=WATCHED), **kw)
        return maildir_from(cfg)

    def deliver(self, raw: bytes, folder: str = "INBOX", when: datetime | None = None) -> None:
        d = folder_dir(self.root, folder)
        for sub in ("cur", "new", "tmp"):
            (d / sub).mkdir(parents=True, exist_ok=True)
        name = f"{time.time_ns()}.T{next(self._n)}.test"
        (d / "tmp" / name).write_bytes(raw)
        if when is not None:
            os.utime(d / "tmp" / name, (when.timestamp(), when.timestamp()))
        os.rename(d / "tmp" / name, d / "new" / name)

    def flags(self, folder: str = "INBOX") -> dict[str, frozenset[str]]:
        d = folder_dir(self.root, folder)
        return {f"{sub}/{p.name}": frozenset(p.name.partition(":2,")[2])
                for sub in ("new", "cur") for p in (d / sub).iterdir()}

    def reset_folder(self, folder: str) -> None:
        """The folder is restored from a backup: the same messages under new names."""
        d = folder_dir(self.root, folder)
        for sub in ("new", "cur"):
            for p in list((d / sub).iterdir()):
                raw = p.read_bytes()
                p.unlink()
                self.deliver(raw, folder)

    def drafts(self, key: str) -> list[tuple[frozenset[str], bytes]]:
        out = []
        for sub in ("new", "cur"):
            for p in (self.root / ".Drafts" / sub).glob("*"):
                raw = p.read_bytes()
                header = f"{KEY_HEADER}: {key}".encode()
                ours = f"<{message_id_local(key)}@".encode() in raw
                if ours or header + b"\r\n" in raw or header + b"\n" in raw:
                    names = {"D": "\\Draft", "S": "\\Seen"}
                    flags = frozenset(names.get(c, c) for c in p.name.partition(":2,")[2])
                    out.append((flags, raw))
        return out

    def close(self) -> None:
        pass
