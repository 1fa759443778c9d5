"""IMAP-only behaviour against the private Dovecot: auth, connection errors, IDLE, reconnects."""

from __future__ import annotations

import contextlib
import re
import select
import socket
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from followup.backends import imap_from
from followup.config import parse_config
from followup.errors import AuthError, ConfigError, ConnectionFailed, UserError
from followup.secrets import MailboxLogin
from followup.state import MemoryState
from tests.support.dovecot import Account, Dovecot, sample_message
from tests.support.scripts import no_shell_password_command

from .mailbox_harness import WANTS, imap_config, imap_mailbox

pytestmark = pytest.mark.integration
SINCE = datetime.now(UTC) - timedelta(days=60)


def _one_line_user_error(exc: BaseException) -> str:
    assert isinstance(exc, UserError)
    text = str(exc)
    assert text and "\n" not in text and "Traceback" not in text
    return text


def test_wrong_password_is_one_clear_line(dovecot: Dovecot, account: Account) -> None:
    mb = imap_mailbox(imap_config(dovecot, account, password_command="echo wrong-pw"))
    with pytest.raises(AuthError) as info:
        list(mb.scan(MemoryState(), SINCE, WANTS))
    text = _one_line_user_error(info.value)
    assert account.username in text and "login failed" in text
    assert "wrong-pw" not in text


def test_failing_password_command(dovecot: Dovecot, account: Account) -> None:
    # the secret is resolved when the backend is built, before anything connects
    with pytest.raises(AuthError, match="exited with status 1"):
        imap_mailbox(imap_config(dovecot, account, password_command="false"))
    with pytest.raises(AuthError, match="program not found"):
        imap_mailbox(imap_config(dovecot, account, password_command="/nonexistent/pass show x"))


def test_password_command_runs_without_a_shell(dovecot: Dovecot, account: Account,
                                               tmp_path: Path) -> None:
    script = no_shell_password_command(tmp_path)
    cfg = imap_config(dovecot, account, password_command=f"{script} '{account.password}'")
    mb = imap_mailbox(cfg)
    assert list(mb.scan(MemoryState(), SINCE, WANTS)) == []
    mb.close()


def test_xoauth2_with_token_provider(dovecot: Dovecot, account: Account) -> None:
    calls: list[int] = []

    def token() -> str:
        calls.append(1)
        return account.password  # Dovecot's passwd-file checks the bearer token like a password

    cfg = imap_config(dovecot, account, auth="oauth2-google", password_command="")
    mb = imap_from(cfg, MailboxLogin(token_provider=token))
    assert not mb.has_draft("k")
    assert calls == [1]
    mb.close()
    with pytest.raises(ConfigError, match="oauth2-google"):
        imap_from(cfg, MailboxLogin())


def test_security_none_refused_for_remote_host(dovecot: Dovecot, account: Account) -> None:
    # checked once, where the config is read: no backend is ever built for it
    data = {"mailbox": {"backend": "imap", "host": "imap.example.com", "port": dovecot.port,
                        "security": "none", "username": account.username,
                        "password_command": f"echo {account.password}"}}
    with pytest.raises(ConfigError) as info:
        parse_config(data, None)
    assert "loopback" in _one_line_user_error(info.value)


def test_refused_connection_names_host_and_port(dovecot: Dovecot, account: Account) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound, not listening: connections are refused
        mb = imap_mailbox(imap_config(dovecot, account, port=port))
        with pytest.raises(ConnectionFailed) as info:
            mb.has_draft("x")
    assert f"127.0.0.1:{port}: connection refused" == _one_line_user_error(info.value)


def test_a_server_that_never_greets_is_a_timeout(dovecot: Dovecot, account: Account) -> None:
    with socket.create_server(("127.0.0.1", 0)) as silent:  # accepts (backlog), never answers
        port = silent.getsockname()[1]
        mb = imap_mailbox(imap_config(dovecot, account, port=port), timeout=0.5)
        with pytest.raises(ConnectionFailed) as info:
            mb.has_draft("x")
    assert f"127.0.0.1:{port}: connection timed out" == _one_line_user_error(info.value)


def test_unknown_host(dovecot: Dovecot, account: Account) -> None:
    cfg = imap_config(dovecot, account, host="no-such-host.invalid", security="ssl", port=993)
    with pytest.raises(ConnectionFailed) as info:
        imap_mailbox(cfg).has_draft("x")
    assert "no-such-host.invalid:993: unknown host" in _one_line_user_error(info.value)


def test_tls_to_a_plain_server_is_one_line(dovecot: Dovecot, account: Account) -> None:
    cfg = imap_config(dovecot, account, security="ssl")
    with pytest.raises(ConnectionFailed) as info:
        imap_mailbox(cfg).has_draft("x")
    assert f"127.0.0.1:{dovecot.port}" in _one_line_user_error(info.value)


def test_append_records_appenduid(dovecot: Dovecot, account: Account) -> None:
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["Subject"] = "Thank you"
    msg.set_content("hi")
    mb = imap_mailbox(imap_config(dovecot, account))
    uid = mb.append_draft(msg, "k-1")
    assert uid is not None
    validity, _, number = uid.partition(":")
    assert int(validity) > 0 and int(number) >= 1
    mb.close()


def test_drafts_folder_created_when_missing(dovecot: Dovecot, account: Account) -> None:
    from email.message import EmailMessage

    mb = imap_mailbox(imap_config(dovecot, account, drafts_folder="Entwürfe"))
    msg = EmailMessage()
    msg.set_content("hi")
    # a configured name wins over SPECIAL-USE; it exists after the append
    mb.append_draft(msg, "k-2")
    assert mb.has_draft("k-2")
    with dovecot.client(account) as c:
        assert "Entwürfe" in [name for _f, _s, name in c.list_folders()]
    mb.close()


def test_server_restart_during_idle(dovecot: Dovecot, account: Account) -> None:
    mb, state = imap_mailbox(imap_config(dovecot, account),
                            reconnect_wait_max=0.5, reconnect_give_up=20), MemoryState()
    assert list(mb.scan(state, SINCE, WANTS)) == []
    assert mb.wait_for_mail(0.2) is False  # now idling on INBOX
    dovecot.restart()
    with dovecot.client(account) as c:
        c.append("INBOX", sample_message(1, message_id="<after-restart@test.example>"))
    t0 = time.monotonic()
    assert mb.wait_for_mail(15) is True
    assert time.monotonic() - t0 < 10
    got = [m.meta.message_id for m in mb.scan(state, SINCE, WANTS)]
    assert got == ["<after-restart@test.example>"]
    mb.close()


def test_kicked_session_reconnects(dovecot: Dovecot, account: Account) -> None:
    mb, state = imap_mailbox(imap_config(dovecot, account),
                            reconnect_wait_max=0.5, reconnect_give_up=20), MemoryState()
    list(mb.scan(state, SINCE, WANTS))
    assert mb.wait_for_mail(0.2) is False
    dovecot.kick(account.username)
    assert mb.wait_for_mail(10) is True
    assert list(mb.scan(state, SINCE, WANTS)) == []
    mb.close()


def test_quiet_idle_cycle_sends_nothing(dovecot: Dovecot, account: Account) -> None:
    mb = imap_mailbox(imap_config(dovecot, account))
    list(mb.scan(MemoryState(), SINCE, WANTS))
    assert mb.wait_for_mail(0.1) is False
    sent: list[bytes] = []
    client = mb._client
    assert client is not None
    real_send = client._imap.send

    def spy(data: bytes) -> None:
        sent.append(data)
        real_send(data)

    client._imap.send = spy
    assert mb.wait_for_mail(0.3) is False
    assert sent == []  # still in IDLE from the previous call
    mb.close()


def test_mail_between_scan_and_wait_is_noticed(dovecot: Dovecot, account: Account) -> None:
    mb, state = imap_mailbox(imap_config(dovecot, account)), MemoryState()
    list(mb.scan(state, SINCE, WANTS))
    with dovecot.client(account) as c:
        c.append("INBOX", sample_message(2))
    t0 = time.monotonic()
    assert mb.wait_for_mail(5) is True
    assert time.monotonic() - t0 < 0.5  # seen from UIDNEXT, no need to wait for IDLE
    mb.close()


def test_polling_without_idle(dovecot: Dovecot, account: Account) -> None:
    mb, state = imap_mailbox(imap_config(dovecot, account, poll_interval=0.2)), MemoryState()
    list(mb.scan(state, SINCE, WANTS))
    client = mb._conn()
    client._cached_capabilities = tuple(c for c in client.capabilities() if c != b"IDLE")
    assert mb.wait_for_mail(0.3) is False
    with dovecot.client(account) as c:
        c.append("INBOX", sample_message(3))
    assert mb.wait_for_mail(5) is True
    mb.close()


def test_idle_period_is_shorter_for_known_droppers(dovecot: Dovecot, account: Account) -> None:
    long = imap_mailbox(imap_config(dovecot, account, idle_timeout=3600))
    assert long.idle_period() == 29 * 60
    cfg = imap_config(dovecot, account, host="imap.gmail.com", security="ssl", idle_timeout=3600)
    assert imap_mailbox(cfg).idle_period() <= 10 * 60


def test_server_down_while_waiting_is_one_line_then_recovers(dovecot: Dovecot, account: Account) -> None:
    mb = imap_mailbox(imap_config(dovecot, account), reconnect_wait_max=0.5)
    list(mb.scan(MemoryState(), SINCE, WANTS))
    assert mb.wait_for_mail(0.1) is False
    dovecot.stop()
    try:
        t0 = time.monotonic()
        with pytest.raises(ConnectionFailed) as info:
            mb.wait_for_mail(0.5)  # retries with backoff for at least 5 s, then gives up
        assert 4.5 < time.monotonic() - t0 < 9
        assert f"127.0.0.1:{dovecot.port}: connection refused" == _one_line_user_error(info.value)
    finally:
        dovecot.start()
    assert mb.wait_for_mail(5) is True  # reconnected: the caller should rescan
    mb.close()


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_tls_with_private_ca(dovecot: Dovecot, account: Account, security: str) -> None:
    port = dovecot.tls_port if security == "ssl" else dovecot.port
    cfg = imap_config(dovecot, account, security=security, port=port, ca_file=dovecot.ca_file)
    mb = imap_mailbox(cfg)
    assert not mb.has_draft("k")
    mb.close()


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_untrusted_certificate_is_refused(dovecot: Dovecot, account: Account, security: str) -> None:
    port = dovecot.tls_port if security == "ssl" else dovecot.port
    cfg = imap_config(dovecot, account, security=security, port=port)
    with pytest.raises(ConnectionFailed) as info:
        imap_mailbox(cfg).has_draft("k")
    text = _one_line_user_error(info.value)
    assert text.startswith(f"127.0.0.1:{port}: TLS certificate not trusted")



def test_bodies_in_chunks_and_drafts_mid_scan(dovecot: Dovecot, account: Account,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    from email.message import EmailMessage

    from followup.mailbox import imap

    monkeypatch.setattr(imap, "BODY_BATCH", 2)
    with dovecot.client(account) as c:
        c.multiappend("INBOX", [sample_message(i, invite=i % 2 == 0, message_id=f"<c{i}@x>",
                                               subject=None if i % 2 == 0 else "Lunch photos")
                                for i in range(7)])
    mb = imap_mailbox(imap_config(dovecot, account))
    got = []
    for n, msg in enumerate(mb.scan(MemoryState(), SINCE, WANTS)):
        got.append(msg)
        if n == 0:  # the caller uses the mailbox while the scan is running
            draft = EmailMessage()
            draft.set_content("x")
            mb.append_draft(draft, "mid-scan")
    assert [m.meta.message_id for m in got] == [f"<c{i}@x>" for i in range(7)]
    for m in got:
        if int(m.meta.message_id[2]) % 2 == 0:
            assert m.raw is not None and m.meta.message_id.encode() in m.raw
        else:
            assert m.raw is None
    mb.close()


def test_mail_older_than_the_lookback_never_leaks_in_later(dovecot: Dovecot, account: Account) -> None:
    with dovecot.client(account) as c:
        c.append("INBOX", sample_message(1, message_id="<new@x>"))
        # higher UID, but an internal date outside the 60-day window
        c.append("INBOX", sample_message(2, message_id="<old@x>"),
                 msg_time=datetime.now(UTC) - timedelta(days=100))
    mb, state = imap_mailbox(imap_config(dovecot, account)), MemoryState()
    assert [m.meta.message_id for m in mb.scan(state, SINCE, WANTS)] == ["<new@x>"]
    assert list(mb.scan(state, SINCE, WANTS)) == []
    mb.close()


def test_created_drafts_folder_is_subscribed_and_drafts_are_seen_drafts(dovecot: Dovecot,
                                                                        account: Account) -> None:
    from email.message import EmailMessage

    mb = imap_mailbox(imap_config(dovecot, account, drafts_folder="Brouillons"))
    msg = EmailMessage()
    msg["From"] = "Alex <alex@mailbox.example>"
    msg["To"] = "dana@acme.example"
    msg.set_content("hi")
    uid = mb.append_draft(msg, "k-3")
    assert uid is not None
    mb.close()
    with dovecot.client(account) as c:
        # a folder mail clients do not list unless subscribed (LSUB)
        assert "Brouillons" in [name for _f, _s, name in c.list_sub_folders()]
        c.select_folder("Brouillons", readonly=True)
        flags = c.get_flags([int(uid.partition(":")[2])])
        assert {b"\\Draft", b"\\Seen"} <= set(next(iter(flags.values())))


class _CutAtLogin:
    """A loopback relay to the real Dovecot that drops both sides when the client sends its
    LOGIN (or AUTHENTICATE): the server going away in the middle of a login."""

    def __init__(self, port: int) -> None:
        self.target = port
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        with contextlib.suppress(OSError):
            while True:
                client, _ = self.server.accept()
                threading.Thread(target=self._relay, args=(client,), daemon=True).start()

    def _relay(self, client: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.target))
        with client, upstream, contextlib.suppress(OSError):
            while True:
                ready, _, _ = select.select([client, upstream], [], [], 10)
                if not ready:
                    return
                for s in ready:
                    data = s.recv(65536)
                    if not data or (s is client and re.search(rb"^\S+ (LOGIN|AUTHENTICATE)", data)):
                        return  # both sockets close: the server is gone mid-login
                    (upstream if s is client else client).sendall(data)

    def close(self) -> None:
        self.server.close()


def test_connection_cut_during_login_is_connection_failed_not_a_wrong_password(
        dovecot: Dovecot, account: Account) -> None:
    relay = _CutAtLogin(dovecot.port)
    try:
        mb = imap_mailbox(imap_config(dovecot, account, port=relay.port))
        with pytest.raises(ConnectionFailed) as info:  # retried by a reconnect, unlike AuthError
            mb.has_draft("x")
        assert _one_line_user_error(info.value).startswith(
            f"127.0.0.1:{relay.port}: connection lost during login")
    finally:
        relay.close()
