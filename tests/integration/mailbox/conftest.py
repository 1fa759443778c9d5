"""Fixtures: one private Dovecot per session, a fresh user per test, and a harness per
backend (see mailbox_harness.py)."""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.dovecot import Account, Dovecot, DovecotUnavailable

from .mailbox_harness import Harness, ImapHarness, MaildirHarness

_users = itertools.count(1)


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    root = Path(tempfile.mkdtemp(prefix="followup-dovecot-"))
    try:
        server = Dovecot(root, tls=True)
    except DovecotUnavailable as exc:
        shutil.rmtree(root, ignore_errors=True)
        if os.environ.get("CI"):
            pytest.fail(str(exc))
        pytest.skip(str(exc))
    server.start()
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def account(dovecot: Dovecot) -> Account:
    return dovecot.add_user(f"user{next(_users)}-{os.getpid()}", "secret-pw")


@pytest.fixture(params=["imap", "maildir"])
def harness(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Harness]:
    h: Harness
    if request.param == "imap":
        dv = request.getfixturevalue("dovecot")
        h = ImapHarness(dv, request.getfixturevalue("account"))
    else:
        h = MaildirHarness(tmp_path / "Maildir")
    try:
        yield h
    finally:
        h.close()
