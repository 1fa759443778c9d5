"""mailbox/imap_errors.py: every library error the IMAP adapter meets becomes one of ours, in one
function. The server behaviours behind them (a wrong password, a refused or stopped server,
a connection cut mid-login, TLS) are tested against the real Dovecot in
tests/integration/mailbox/test_imap_backend.py and test_scan_faults.py."""

from __future__ import annotations

import imaplib
import socket
import ssl

import pytest
from imapclient.exceptions import LoginError

from followup.errors import AuthError, ConnectionFailed
from followup.mailbox.imap_errors import Dead, Refused, imap_error

WHERE = "imap.example:993"


def _login_error_from(cause: BaseException) -> LoginError:
    """What imapclient raises: a LoginError raised while handling ``cause``."""
    try:
        try:
            raise cause
        except imaplib.IMAP4.error as exc:
            raise LoginError(str(exc))  # noqa: B904 (as imapclient's login() does)
    except LoginError as err:
        return err


@pytest.mark.parametrize(("exc", "text"), [
    (socket.gaierror(-2, "Name or service not known"), f"{WHERE}: unknown host (Name or service not known)"),
    (ConnectionRefusedError(111, "Connection refused"), f"{WHERE}: connection refused"),
    (TimeoutError("timed out"), f"{WHERE}: connection timed out"),
    (ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER] wrong version number"), f"{WHERE}: TLS error: "),
    (imaplib.IMAP4.error("greeting: * BYE too many connections"),
     f"{WHERE}: cannot connect: greeting: * BYE too many connections"),
])
def test_connecting(exc: BaseException, text: str) -> None:
    err = imap_error(exc, WHERE, "connect")
    assert type(err) is ConnectionFailed and str(err).startswith(text)


def test_a_no_to_login_is_auth_but_a_cut_during_login_is_a_lost_connection() -> None:
    refused = imap_error(_login_error_from(imaplib.IMAP4.error("[AUTHENTICATIONFAILED] no")), WHERE,
                         "login", username="alex")
    assert type(refused) is AuthError
    assert str(refused) == f"alex@{WHERE}: login failed: [AUTHENTICATIONFAILED] no"
    cut = imap_error(_login_error_from(imaplib.IMAP4.abort("socket error: EOF")), WHERE, "login",
                     username="alex")
    assert type(cut) is ConnectionFailed
    assert str(cut) == f"{WHERE}: connection lost during login: socket error: EOF"
    broken = imap_error(BrokenPipeError(32, "Broken pipe"), WHERE, "login", username="alex")
    assert type(broken) is ConnectionFailed and "connection lost during login" in str(broken)


@pytest.mark.parametrize("exc", [imaplib.IMAP4.abort("socket error: EOF"), EOFError(),
                                 ConnectionResetError(104, "reset"), Dead("server said BYE")])
def test_a_dropped_connection_afterwards(exc: BaseException) -> None:
    err = imap_error(exc, WHERE)
    assert type(err) is ConnectionFailed and str(err).startswith(f"{WHERE}: connection lost")


def test_a_refused_raw_command() -> None:
    err = imap_error(Refused("FETCH failed: [b'Invalid uidset']"), WHERE)
    assert type(err) is ConnectionFailed and str(err) == f"{WHERE}: FETCH failed: [b'Invalid uidset']"
