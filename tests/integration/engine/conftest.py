"""Reuse the mailbox helper's fixtures (one private Dovecot per session, a harness per backend)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_MAILBOX_TESTS = Path(__file__).resolve().parents[1] / "mailbox"
if str(_MAILBOX_TESTS) not in sys.path:
    sys.path.insert(0, str(_MAILBOX_TESTS))  # for their mailbox_harness module

_spec = importlib.util.spec_from_file_location("followup_mailbox_fixtures", _MAILBOX_TESTS / "conftest.py")
assert _spec is not None and _spec.loader is not None
_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_fixtures)

dovecot = _fixtures.dovecot
account = _fixtures.account
harness = _fixtures.harness
