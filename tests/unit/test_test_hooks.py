"""test_hooks: an emulator endpoint from the environment is accepted on loopback only (the one
is_loopback of config.py decides)."""

from __future__ import annotations

import pytest

from followup.errors import ConfigError
from followup.test_hooks import loopback_endpoint

ENV = "FOLLOWUP_TEST_SOME_ENDPOINT"


@pytest.mark.parametrize("url", ["http://127.0.0.1:8080/", "http://localhost:1", "http://[::1]:9"])
def test_loopback_endpoints_are_taken(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    monkeypatch.setenv(ENV, url)
    assert loopback_endpoint(ENV) == url.rstrip("/")


@pytest.mark.parametrize("url", ["https://oauth2.googleapis.com", "http://10.0.0.1:80", "http://127.0.0.1.example"])
def test_anything_else_is_one_config_line(monkeypatch: pytest.MonkeyPatch, url: str) -> None:
    monkeypatch.setenv(ENV, url)
    with pytest.raises(ConfigError, match="loopback hosts only"):
        loopback_endpoint(ENV)


def test_unset_is_none(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(ENV, raising=False)
    assert loopback_endpoint(ENV) is None
