"""IMAP errors: the one place where imaplib, imapclient, socket and TLS errors become ours.

As ``calendar_sync/dav.py``'s ``_wrap`` (and httpx's ``map_httpcore_exceptions``), the
adapter (``mailbox/imap.py``) catches library errors at its edge and raises
``imap_error(exc, …) from exc``:

    while connecting   unknown host, refused, timed out, TLS not trusted / TLS error,
                       anything else                              → ConnectionFailed
    while logging in   the server said NO / BAD                   → AuthError
                       the connection dropped (imapclient reports
                       that as a LoginError too)                  → ConnectionFailed
    afterwards         the connection dropped (imaplib's abort, a
                       socket error, EOF, a BYE)                  → ConnectionFailed
                       a raw command the server refused (Refused) → ConnectionFailed

ConnectionFailed is what a reconnect retries; AuthError is not retried. Other refusals
(imaplib's ``IMAP4.error`` from imapclient calls) are handled where they happen.
"""

from __future__ import annotations

import imaplib
import re
import socket
import ssl
from typing import Literal

from imapclient.exceptions import LoginError

from followup.errors import AccountError, AuthError, ConnectionFailed

# what a dead connection raises (IMAP4.readonly is an abort: it never reaches us)
DEAD = (imaplib.IMAP4.abort, OSError, EOFError)


class Dead(Exception):
    """The connection is gone (the server said BYE, IDLE found the socket closed): reconnect."""


class Refused(Exception):
    """The server answered a raw command (imaplib's ``uid``) with NO or BAD."""


Phase = Literal["connect", "login", "command"]


def imap_error(exc: BaseException, where: str, phase: Phase = "command", *,
               username: str = "") -> AccountError:
    """Our one-line error for ``exc``, raised by imaplib / imapclient / the socket while
    ``phase``; ``where`` is "host:port"."""
    if phase == "connect":
        if isinstance(exc, socket.gaierror):
            return ConnectionFailed(f"{where}: unknown host ({one_line(exc.strerror)})")
        if isinstance(exc, ssl.SSLCertVerificationError):
            return ConnectionFailed(f"{where}: TLS certificate not trusted: "
                                    f"{one_line(getattr(exc, 'verify_message', None) or exc)}")
        if isinstance(exc, ssl.SSLError):
            return ConnectionFailed(f"{where}: TLS error: {one_line(getattr(exc, 'reason', None) or exc)}")
        if isinstance(exc, ConnectionRefusedError):
            return ConnectionFailed(f"{where}: connection refused")
        if isinstance(exc, TimeoutError):
            return ConnectionFailed(f"{where}: connection timed out")
        return ConnectionFailed(f"{where}: cannot connect: {one_line(exc)}")
    if phase == "login":
        # imapclient turns every error during LOGIN/AUTHENTICATE into a LoginError, a dropped
        # connection too: what it was is the exception it was raised from
        cause = exc.__context__ if isinstance(exc, LoginError) else exc
        if isinstance(cause, DEAD):
            return ConnectionFailed(f"{where}: connection lost during login: {one_line(exc)}")
        return AuthError(f"{username}@{where}: login failed: {one_line(exc)}")
    if isinstance(exc, Refused):
        return ConnectionFailed(f"{where}: {exc}")
    return ConnectionFailed(f"{where}: connection lost: {one_line(exc)}")


def one_line(text: object, limit: int = 300) -> str:
    """Server or library text squeezed onto one line."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    s = re.sub(r"\s+", " ", str(text)).strip()
    s = s.removeprefix("b'").removesuffix("'") if s.startswith("b'") else s
    return s[:limit]
