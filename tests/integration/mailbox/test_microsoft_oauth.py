"""Microsoft 365 / Outlook.com: `followup auth microsoft` (msal device-code flow) against a
local emulator of the identity endpoints, then `run --once` logging in to the real Dovecot
with XOAUTH2. Dovecot's passwd-file holds the access token the emulator issued last, so a
login succeeds only with exactly that token."""

from __future__ import annotations

import json
import os
import re
import ssl
import stat
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from followup.errors import AuthError, ConfigError
from followup.mailbox.microsoft_auth import TEST_AUTHORITY_ENV, microsoft_token_provider
from tests.support.dovecot import Account, Dovecot, make_certificates

from .microsoft_emulator import DEVICE_GRANT, IMAP_SCOPE, MicrosoftEmulator

CLIENT_ID = "11111111-2222-3333-4444-555555555555"


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    return make_certificates(tmp_path_factory.mktemp("ms-tls"))


@pytest.fixture
def emu(tls: tuple[Path, Path, Path], dovecot: Dovecot, account: Account,
        monkeypatch: pytest.MonkeyPatch) -> Iterator[MicrosoftEmulator]:
    ca, cert, key = tls
    server = MicrosoftEmulator(cert, key, client_id=CLIENT_ID, username=account.username)
    # Dovecot takes the bearer token like a password: only the latest issued token logs in
    server.on_access_token = lambda token: dovecot.add_user(account.username, token) and None
    server.start()
    monkeypatch.setenv(TEST_AUTHORITY_ENV, server.base)
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(ca))
    try:
        yield server
    finally:
        server.stop()


def _config(tmp_path: Path, dovecot: Dovecot, account: Account, **extra: str) -> Path:
    lines = "".join(f'{k} = "{v}"\n' for k, v in extra.items())
    path = tmp_path / "config.toml"
    path.write_text(
        '[owner]\nname = "Alex Rivera"\nemail = "alex@mailbox.example"\ntimezone = "UTC"\n'
        f'[mailbox]\nbackend = "imap"\nhost = "{dovecot.host}"\nport = {dovecot.port}\n'
        f'security = "none"\nusername = "{account.username}"\nauth = "oauth2-microsoft"\n{lines}'
        'folders = ["INBOX"]\n[calendar]\nbackend = "none"\n'
        f'[state]\npath = "{tmp_path / "state" / "state.db"}"\n')
    return path


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from followup.cli import main; main()", *args]


def _sign_in(emu: MicrosoftEmulator, ca: Path, config: Path, *extra: str) -> tuple[int, str, str]:
    """Run `followup auth microsoft`, read the URL and code it prints, approve them like a
    user in a browser would, and wait for the command to finish."""
    proc = subprocess.Popen(_cli("--config", str(config), "auth", "microsoft", *extra),
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=dict(os.environ, PYTHONUNBUFFERED="1"))
    assert proc.stdout is not None
    out: list[str] = []
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            out.append(line)
            m = re.search(r"open (https://\S+) in any browser and enter the code (\S+)", line)
            if m:
                url, code = m.groups()
                ctx = ssl.create_default_context(cafile=str(ca))
                with urllib.request.urlopen(f"{url}?code={code}", context=ctx, timeout=10) as resp:
                    assert json.load(resp) == {"approved": True}
                break
        rest, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    return proc.returncode, "".join(out) + rest, err


def _run_once(config: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(_cli("--config", str(config), "run", "--once", "--now", "2026-12-01T12:00:00Z"),
                          stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=120,
                          check=False)


def _expire_access_tokens(token_file: Path) -> None:
    data = json.loads(token_file.read_text())
    cache = json.loads(data["cache"])
    assert cache["AccessToken"], "no access token cached"
    for entry in cache["AccessToken"].values():
        entry["expires_on"] = entry["extended_expires_on"] = str(int(time.time()) - 60)
    data["cache"] = json.dumps(cache)
    token_file.write_text(json.dumps(data))


def test_sign_in_run_refresh_revoke(emu: MicrosoftEmulator, tls: tuple[Path, Path, Path],
                                    dovecot: Dovecot, account: Account, tmp_path: Path) -> None:
    config = _config(tmp_path, dovecot, account, oauth_tenant="organizations")
    rc, out, err = _sign_in(emu, tls[0], config, "--client-id", CLIENT_ID)
    assert rc == 0, err
    assert "Microsoft token stored in" in out
    assert emu.grants[DEVICE_GRANT] >= 1 and emu.grants["refresh_token"] == 0
    scopes = emu.device_scopes[0].split()
    assert IMAP_SCOPE in scopes and "offline_access" in scopes
    token_file = tmp_path / "state" / "microsoft-token.json"
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    issued = emu.access_tokens[-1]
    assert issued in token_file.read_text()

    time.sleep(1.1)  # Dovecot re-reads a changed passwd-file at most once a second
    done = _run_once(config)
    assert done.returncode == 0, done.stderr
    assert emu.grants["refresh_token"] == 0  # the cached token was still valid

    # an expired access token is refreshed silently, and the new one is what logs in
    _expire_access_tokens(token_file)
    emu.next_access_token = "fresh-access-token-2"
    dovecot.add_user(account.username, "fresh-access-token-2")
    time.sleep(1.1)
    done = _run_once(config)
    assert done.returncode == 0, done.stderr
    assert emu.grants["refresh_token"] == 1
    assert "fresh-access-token-2" in token_file.read_text()
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    done = _run_once(config)
    assert done.returncode == 0, done.stderr
    assert emu.grants["refresh_token"] == 1  # the refreshed token was stored and reused

    # a revoked refresh token: one clear line telling the user what to run
    emu.revoke_refresh_tokens()
    _expire_access_tokens(token_file)
    done = _run_once(config)
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    lines = [ln for ln in done.stderr.splitlines() if "followup auth microsoft" in ln]
    assert len(lines) == 1 and "invalid_grant" in lines[0], done.stderr
    assert emu.grants["refresh_token"] == 2
    assert "AADSTS" not in done.stderr and issued not in done.stderr


def test_auth_microsoft_takes_client_id_from_config(emu: MicrosoftEmulator, tls: tuple[Path, Path, Path],
                                                    dovecot: Dovecot, account: Account,
                                                    tmp_path: Path) -> None:
    config = _config(tmp_path, dovecot, account, oauth_client_id=CLIENT_ID)
    rc, _out, err = _sign_in(emu, tls[0], config)
    assert rc == 0, err
    provider = microsoft_token_provider(tmp_path / "state", account.username, client_id=CLIENT_ID)
    assert provider() == emu.access_tokens[-1]
    with pytest.raises(AuthError, match="another app"):
        microsoft_token_provider(tmp_path / "state", account.username, client_id="other-app")


def test_auth_microsoft_errors_are_one_line(emu: MicrosoftEmulator, dovecot: Dovecot, account: Account,
                                            tmp_path: Path) -> None:
    config = _config(tmp_path, dovecot, account)
    done = subprocess.run(_cli("--config", str(config), "auth", "microsoft"), capture_output=True,
                          text=True, timeout=60, stdin=subprocess.DEVNULL, check=False)
    assert done.returncode == 2 and "[mailbox] oauth_client_id: required" in done.stderr
    done = subprocess.run(_cli("--config", str(config), "auth", "microsoft", "--client-id", "unknown-app"),
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL, check=False)
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert "Microsoft refused to start the sign-in: unauthorized_client" in done.stderr
    done = subprocess.run(_cli("--config", str(config), "auth", "microsoft", "--client-id", CLIENT_ID,
                               "--tenant", "no-such-tenant"),
                          capture_output=True, text=True, timeout=60, stdin=subprocess.DEVNULL, check=False)
    assert done.returncode == 2 and "does not know tenant 'no-such-tenant'" in done.stderr
    # run --once before any sign-in
    done = _run_once(config)
    assert done.returncode == 1 and "run `followup auth microsoft` first" in done.stderr


def test_missing_token_file_and_provider(tmp_path: Path) -> None:
    with pytest.raises(AuthError, match="followup auth microsoft"):
        microsoft_token_provider(tmp_path, "alex@contoso.example")
    (tmp_path / "microsoft-token.json").write_text("{not json")
    with pytest.raises(AuthError, match="unreadable"):
        microsoft_token_provider(tmp_path, "alex@contoso.example")


def test_imap_needs_the_sign_in(dovecot: Dovecot, account: Account) -> None:
    from followup.backends import imap_from
    from followup.secrets import MailboxLogin

    from .mailbox_harness import imap_config

    cfg = imap_config(dovecot, account, auth="oauth2-microsoft", password_command="")
    with pytest.raises(ConfigError, match="followup auth microsoft"):
        imap_from(cfg, MailboxLogin())
