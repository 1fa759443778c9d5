"""A private Dovecot on a free loopback port, for tests and bench/scan.py.

Follows ../shared/reference/dovecot-notes.md: everything lives in one temp dir (mode 0711),
passwd-file users, Maildir storage, SPECIAL-USE Drafts/Sent, IDLE, CONDSTORE/QRESYNC on by
default, ``auth_failure_delay = 0``. When run as root, mail is owned by a dedicated system
user (created with ``useradd`` if missing), because Dovecot refuses uid 0 for mail access.
Not used by the service itself.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

from imapclient import IMAPClient

DOVECOT = "/usr/sbin/dovecot"
DOVEADM = "/usr/bin/doveadm"
SYSTEM_USER = "followup-mail"


class DovecotUnavailable(RuntimeError):
    """The dovecot binary is missing."""


@dataclass(frozen=True)
class Account:
    username: str
    password: str


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run_user() -> tuple[str, int, int]:
    """The user Dovecot runs sessions as: ourselves, or a dedicated user when root."""
    if os.getuid() != 0:
        pw = pwd.getpwuid(os.getuid())
        return pw.pw_name, pw.pw_uid, pw.pw_gid
    try:
        pw = pwd.getpwnam(SYSTEM_USER)
    except KeyError:
        subprocess.run(
            ["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin", SYSTEM_USER],
            check=True, capture_output=True,
        )
        pw = pwd.getpwnam(SYSTEM_USER)
    return pw.pw_name, pw.pw_uid, pw.pw_gid


_CONF = """\
instance_name = followup-test-{port}
protocols = imap
listen = 127.0.0.1
base_dir = {d}/run
state_dir = {d}/state
log_path = {d}/log/dovecot.log
info_log_path = {d}/log/dovecot.log
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
first_valid_uid = {uid}
last_valid_uid = {uid}
first_valid_gid = {gid}
last_valid_gid = {gid}
{ssl}
disable_plaintext_auth = no
auth_mechanisms = plain login xoauth2 oauthbearer
auth_failure_delay = 0 secs
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {d}/users/%u
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={d}/mail/%u
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Drafts {{
    special_use = \\Drafts
    auto = subscribe
  }}
  mailbox Sent {{
    special_use = \\Sent
    auto = subscribe
  }}
}}
mailbox_idle_check_interval = 1 secs
protocol imap {{
  mail_max_userip_connections = 50
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {tls_port}
  }}
}}
service anvil {{
  chroot =
}}
service auth {{
  unix_listener auth-userdb {{
    mode = 0600
    user = {user}
  }}
}}
"""


def make_certificates(d: Path) -> tuple[Path, Path, Path]:
    """A private CA and a server certificate for 127.0.0.1 and localhost (EC P-256, 2 days).
    Returns (ca.pem, cert.pem, key.pem)."""
    d.mkdir(parents=True, exist_ok=True)
    ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]

    def openssl(*args: str) -> None:
        proc = subprocess.run(["openssl", *args], cwd=d, capture_output=True, check=False,
                              stdin=subprocess.DEVNULL)
        if proc.returncode != 0:
            raise RuntimeError(f"openssl {args[0]} failed: {proc.stderr.decode(errors='replace')}")

    openssl("req", "-x509", *ec, "-keyout", "ca.key", "-out", "ca.pem", "-days", "2",
            "-subj", "/CN=followup test CA", "-addext", "basicConstraints=critical,CA:TRUE",
            "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    openssl("req", *ec, "-keyout", "key.pem", "-out", "server.csr", "-subj", "/CN=localhost")
    (d / "ext.cnf").write_text("subjectAltName=IP:127.0.0.1,DNS:localhost\n"
                               "basicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n"
                               "keyUsage=critical,digitalSignature\n")
    openssl("x509", "-req", "-in", "server.csr", "-CA", "ca.pem", "-CAkey", "ca.key",
            "-CAcreateserial", "-out", "cert.pem", "-days", "2", "-extfile", "ext.cnf")
    return d / "ca.pem", d / "cert.pem", d / "key.pem"


class Dovecot:
    """One private Dovecot instance rooted in ``root`` (a fresh directory)."""

    def __init__(self, root: Path, port: int | None = None, *, tls: bool = False) -> None:
        """``tls``: also serve STARTTLS and implicit TLS (on ``tls_port``) with a certificate
        for 127.0.0.1/localhost signed by a private CA (``ca_file``), made with openssl."""
        if not Path(DOVECOT).exists():
            raise DovecotUnavailable(f"{DOVECOT} not found (apt-get install dovecot-imapd)")
        self.root = root
        self.port = port or free_port()
        self.host = "127.0.0.1"
        self.user, self.uid, self.gid = _run_user()
        self.conf = root / "dovecot.conf"
        self._users: dict[str, str] = {}
        self._pgid: int | None = None
        root.mkdir(parents=True, exist_ok=True)
        root.chmod(0o711)
        for sub in ("run", "state", "log", "mail"):
            (root / sub).mkdir(exist_ok=True)
        for sub in ("state", "log", "mail"):
            os.chown(root / sub, self.uid, self.gid)
        (root / "users").mkdir(exist_ok=True)
        self.tls_port = free_port() if tls else 0
        self.ca_file: Path | None = None
        ssl_conf = "ssl = no"
        if tls:
            self.ca_file, cert, key = make_certificates(root / "tls")
            ssl_conf = f"ssl = yes\nssl_cert = <{cert}\nssl_key = <{key}"
        self.conf.write_text(_CONF.format(d=root, port=self.port, user=self.user, group=self.user,
                                          uid=self.uid, gid=self.gid, ssl=ssl_conf,
                                          tls_port=self.tls_port))

    # -- lifecycle -------------------------------------------------------------------------
    def start(self, timeout: float = 10.0) -> None:
        # the daemon inherits our stdio: pipes would never close, so use a file
        with (self.root / "log" / "start.err").open("w+b") as err:
            proc = subprocess.run([DOVECOT, "-c", str(self.conf)], stdin=subprocess.DEVNULL,
                                  stdout=subprocess.DEVNULL, stderr=err, check=False)
            if proc.returncode != 0:
                err.seek(0)
                raise RuntimeError(f"dovecot failed to start: {err.read().decode(errors='replace')}")
        pidfile = self.root / "run" / "master.pid"
        deadline = time.monotonic() + timeout
        while not pidfile.exists() or not pidfile.read_text().strip():
            if time.monotonic() > deadline:
                raise RuntimeError("dovecot did not write its master.pid")
            time.sleep(0.01)
        self._pgid = os.getpgid(int(pidfile.read_text().strip()))
        probe = self.add_user("probe", "probe") if "probe" not in self._users else Account(
            "probe", self._users["probe"])
        while True:
            try:
                with self.client(probe):
                    return
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.02)

    def stop(self) -> None:
        """Signal the master's process group (live IMAP sessions die too) and wait."""
        if self._pgid is None:
            return
        pgid, self._pgid = self._pgid, None
        pidfile = self.root / "run" / "master.pid"
        master = int(pidfile.read_text().strip() or 0) if pidfile.exists() else 0
        try:
            os.killpg(pgid, signal.SIGTERM)
        except ProcessLookupError:
            return
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline:
            try:
                os.killpg(pgid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.02)
        else:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(pgid, signal.SIGKILL)
        # the master itself must be gone (a restart refuses while its master.pid names a live one)
        while master and time.monotonic() < deadline + 5:
            try:
                os.kill(master, 0)
            except ProcessLookupError:
                break
            time.sleep(0.02)
        else:
            if master:
                with contextlib.suppress(ProcessLookupError):
                    os.kill(master, signal.SIGKILL)
        pidfile.unlink(missing_ok=True)
        # the listener must be free before a restart on the same port
        while time.monotonic() < deadline + 5:
            try:
                with socket.create_connection((self.host, self.port), timeout=0.2):
                    time.sleep(0.02)
            except OSError:
                break

    def restart(self) -> None:
        self.stop()
        self.start()

    # -- accounts --------------------------------------------------------------------------
    def add_user(self, username: str, password: str) -> Account:
        # one passwd-file per user: Dovecot re-reads a changed file at most once a second
        self._users[username] = password
        (self.root / "users" / username).write_text(f"{username}:{{PLAIN}}{password}\n")
        return Account(username, password)

    def maildir(self, username: str) -> Path:
        return self.root / "mail" / username / "Maildir"

    def client(self, account: Account) -> IMAPClient:
        c = IMAPClient(self.host, port=self.port, ssl=False, timeout=10)
        c.login(account.username, account.password)
        return c

    def kick(self, username: str) -> None:
        subprocess.run([DOVEADM, "-c", str(self.conf), "kick", username], check=False,
                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def chown_tree(self, path: Path) -> None:
        """Give files written directly (bench) to the mail user."""
        if os.getuid() != 0:
            return
        for dirpath, _dirs, files in os.walk(path):
            shutil.chown(dirpath, self.uid, self.gid)
            for f in files:
                os.chown(os.path.join(dirpath, f), self.uid, self.gid)

    def __enter__(self) -> Dovecot:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


# -- sample mail -------------------------------------------------------------------------------
_WORDS = ("project", "update", "report", "budget", "quarterly", "team", "lunch", "schedule", "review",
          "notes", "deadline", "travel", "invoice", "receipt", "newsletter", "offer", "weekend",
          "family", "photos", "draft", "ideas", "plan")


def sample_message(i: int, *, invite: bool = False, size: int = 3000, subject: str | None = None,
                   message_id: str | None = None) -> bytes:
    """A realistic message: ordinary mail of about ``size`` bytes, or an interview invite
    with a text/calendar part (multipart/mixed > multipart/alternative + text/calendar)."""
    mid = message_id or f"<m{i}.{size}@sample.example>"
    date = time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(time.time() - 3600 * (i % 500)))
    rnd = (i * 2654435761) & 0xFFFFFFFF
    body_words = [_WORDS[(rnd >> (k % 24) ^ k) % len(_WORDS)] for k in range(max(10, size // 7))]
    body = "\r\n".join(" ".join(body_words[k:k + 12]) for k in range(0, len(body_words), 12))
    head = (f"From: Person {i} <person{i}@corp{i % 37}.example>\r\n"
            f"To: Alex Rivera <alex@mailbox.example>\r\n"
            f"Cc: =?utf-8?q?J=C3=BCrgen_M=C3=BCller?= <jm{i % 11}@corp.example>\r\n"
            f"Date: {date}\r\nMessage-ID: {mid}\r\nMIME-Version: 1.0\r\n")
    if not invite:
        subj = subject or f"{_WORDS[rnd % len(_WORDS)]} {_WORDS[(rnd >> 5) % len(_WORDS)]} #{i}"
        return (head + f"Subject: {subj}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n"
                + body + "\r\n").encode()
    subj = subject or f"Invitation: Interview with Acme Corp #{i}"
    ics = ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//sample//EN\r\nMETHOD:REQUEST\r\n"
           f"BEGIN:VEVENT\r\nUID:inv{i}@sample.example\r\nDTSTAMP:20261101T120000Z\r\n"
           "DTSTART:20261201T150000Z\r\nDTEND:20261201T160000Z\r\nSUMMARY:Interview\r\n"
           f"ORGANIZER;CN=Recruiter:mailto:recruiter{i}@acme.example\r\n"
           "ATTENDEE;CN=Alex Rivera:mailto:alex@mailbox.example\r\n"
           f"ATTENDEE;CN=Dana Lee:mailto:dana{i}@acme.example\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    return (head + f"Subject: {subj}\r\n"
            "Content-Type: multipart/mixed; boundary=\"outer\"\r\n\r\n"
            "--outer\r\nContent-Type: multipart/alternative; boundary=\"inner\"\r\n\r\n"
            "--inner\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" + body[:800] + "\r\n"
            "--inner\r\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\r\n\r\n" + ics
            + "--inner--\r\n--outer\r\nContent-Type: application/ics; name=\"invite.ics\"\r\n"
            "Content-Disposition: attachment; filename=\"invite.ics\"\r\n\r\n" + ics
            + "--outer--\r\n").encode()
