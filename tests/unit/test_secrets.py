"""followup.secrets: password_command without a shell and without its stderr, the system
keyring (the real ``keyring`` library on a file backend), config keys, `auth password`."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from followup.config import CalendarConfig, MailboxConfig, parse_config
from followup.errors import AuthError, ConfigError
from followup.secrets import (
    KEYRING_SERVICE,
    KEYRING_SERVICE_CALENDAR,
    calendar_password,
    mailbox_login,
    mailbox_password,
    run_password_command,
)

IMAP = {"backend": "imap", "host": "imap.example.com", "username": "alex@example.com"}


def _script(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "pw-cmd"
    path.write_text(f"#!{sys.executable} -IS\nimport sys\n{body}\n")
    path.chmod(0o755)
    return path


class TestPasswordCommand:
    def test_stderr_of_a_failing_command_is_never_shown(self, tmp_path: Path,
                                                        caplog: pytest.LogCaptureFixture) -> None:
        # a password manager that fails after echoing the secret to stderr (it happens)
        cmd = _script(tmp_path, "sys.stderr.write('hunter2-secret\\n'); sys.exit(4)")
        caplog.set_level("DEBUG")
        for run in (lambda: run_password_command(str(cmd)),
                    lambda: mailbox_password(MailboxConfig(password_command=str(cmd))),
                    lambda: calendar_password(CalendarConfig(password_command=str(cmd)))):
            with pytest.raises(AuthError) as info:
                run()
            text = str(info.value)
            assert "exited with status 4" in text and "\n" not in text
            assert "hunter2" not in text
        assert "hunter2" not in caplog.text

    def test_calendar_and_mailbox_share_the_runner(self, tmp_path: Path) -> None:
        cmd = _script(tmp_path, "print(sys.argv[1])")
        assert calendar_password(CalendarConfig(password_command=f"{cmd} 'two words'")) == "two words"
        assert mailbox_password(MailboxConfig(password_command=f"{cmd} 'two words'")) == "two words"
        assert calendar_password(CalendarConfig()) == ""  # nothing configured: no password
        with pytest.raises(AuthError, match=r"\[calendar\] password_command: .* printed nothing"):
            calendar_password(CalendarConfig(password_command="true"))


class TestKeyring:
    def test_mailbox_password_from_the_keyring(self, keyring_file: Path) -> None:
        import keyring

        keyring.set_password(KEYRING_SERVICE, "alex@example.com", "imap-pw")
        keyring.set_password(KEYRING_SERVICE_CALENDAR, "alex@example.com", "dav-pw")
        cfg = MailboxConfig(backend="imap", username="alex@example.com", password_keyring=True)
        assert mailbox_password(cfg) == "imap-pw"
        cal = CalendarConfig(backend="caldav", username="alex@example.com", password_keyring=True)
        assert calendar_password(cal) == "dav-pw"  # same account name, its own password
        assert keyring_file.is_file()

    def test_missing_entry_says_what_to_run(self, keyring_file: Path) -> None:
        cfg = MailboxConfig(backend="imap", username="nobody", password_keyring=True)
        with pytest.raises(AuthError) as info:
            mailbox_password(cfg)
        assert "followup auth password mailbox" in str(info.value) and "\n" not in str(info.value)
        with pytest.raises(AuthError, match="followup auth password calendar"):
            calendar_password(CalendarConfig(username="nobody", password_keyring=True))

    def test_mailbox_login_fetches_the_password_once(self, keyring_file: Path) -> None:
        import keyring

        keyring.set_password(KEYRING_SERVICE, "alex@example.com", "imap-pw")
        config = parse_config({"mailbox": {**IMAP, "password_keyring": True}}, None)
        login = mailbox_login(config)
        assert login.password == "imap-pw" and login.token_provider is None


class TestConfigKeys:
    def test_keyring_replaces_password_command(self) -> None:
        cfg = parse_config({"mailbox": {**IMAP, "password_keyring": True},
                            "calendar": {"backend": "caldav", "url": "https://dav.example.com/",
                                         "username": "alex", "password_keyring": True}}, None)
        assert cfg.mailbox.password_keyring and cfg.calendar.password_keyring

    def test_both_sources_is_one_clear_error(self) -> None:
        with pytest.raises(ConfigError) as info:
            parse_config({"mailbox": {**IMAP, "password_keyring": True, "password_command": "x"},
                          "calendar": {"password_keyring": True, "password_command": "y"}}, None)
        text = str(info.value)
        assert "[mailbox] password_keyring: set either" in text
        assert "[calendar] password_keyring: set either" in text
        with pytest.raises(ConfigError, match=r"\[mailbox\] password_keyring: expected true or false"):
            parse_config({"mailbox": {**IMAP, "password_keyring": "yes"}}, None)

    def test_microsoft_keys(self) -> None:
        cfg = parse_config({"mailbox": {**IMAP, "auth": "oauth2-microsoft", "oauth_client_id": "abc",
                                        "oauth_tenant": "organizations"}}, None)
        assert (cfg.mailbox.auth, cfg.mailbox.oauth_client_id, cfg.mailbox.oauth_tenant) == (
            "oauth2-microsoft", "abc", "organizations")
        with pytest.raises(ConfigError, match=r"\[mailbox\] oauth_tenant: expected common"):
            parse_config({"mailbox": {**IMAP, "auth": "oauth2-microsoft", "oauth_tenant": "a/b"}}, None)


def _cli(tmp_path: Path, *args: str, stdin: str) -> subprocess.CompletedProcess[str]:
    # a new session has no controlling terminal, so getpass reads the piped stdin
    return subprocess.run([sys.executable, "-c", "from followup.cli import main; main()", *args],
                          input=stdin, capture_output=True, text=True, timeout=60,
                          env=dict(os.environ), start_new_session=True, check=False)


def test_auth_password_cli_stores_in_the_keyring(tmp_path: Path, keyring_file: Path) -> None:
    import keyring

    config = tmp_path / "config.toml"
    config.write_text('[mailbox]\nbackend = "imap"\nhost = "imap.example.com"\n'
                      'username = "alex@example.com"\npassword_keyring = true\n'
                      '[calendar]\nbackend = "caldav"\nurl = "https://dav.example.com/"\n'
                      'username = "alex@example.com"\n')
    done = _cli(tmp_path, "--config", str(config), "auth", "password", stdin="s3cret-imap\n")
    assert done.returncode == 0, done.stderr
    assert "stored the mailbox password" in done.stdout and "s3cret" not in done.stdout + done.stderr
    done = _cli(tmp_path, "--config", str(config), "auth", "password", "calendar", stdin="s3cret-dav\n")
    assert done.returncode == 0, done.stderr
    assert "password_keyring = true" in done.stdout  # [calendar] does not use it yet: say so
    # the child wrote the file this process's keyring reads
    assert keyring.get_password(KEYRING_SERVICE, "alex@example.com") == "s3cret-imap"
    assert keyring.get_password(KEYRING_SERVICE_CALENDAR, "alex@example.com") == "s3cret-dav"
    assert keyring_file.is_file()
    for nothing in ("\n", ""):  # an empty line, or stdin closed at once
        done = _cli(tmp_path, "--config", str(config), "auth", "password", stdin=nothing)
        assert done.returncode == 1 and "followup: no password entered" in done.stderr, done.stderr
    assert keyring.get_password(KEYRING_SERVICE, "alex@example.com") == "s3cret-imap"
