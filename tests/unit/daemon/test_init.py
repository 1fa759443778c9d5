"""`followup init`: the config written for each provider choice, asked or given as flags."""

from __future__ import annotations

import stat
import tomllib
from pathlib import Path

import pytest
from click.testing import CliRunner

from followup.cli import cli
from followup.commands.init import Answers, complete, config_text
from followup.config import load_config
from followup.errors import UserError


def test_gmail_preset_with_oauth_and_with_an_app_password() -> None:
    a = complete(Answers(email="Alex@Gmail.com", name="Alex", timezone="UTC", calendar="none"), None)
    assert a.provider == "gmail" and a.email == "alex@gmail.com"
    data = tomllib.loads(config_text(a))
    assert (data["mailbox"]["host"], data["mailbox"]["auth"], data["mailbox"]["drafts_folder"]) == (
        "imap.gmail.com", "oauth2-google", "[Gmail]/Drafts")
    assert "password_command" not in data["mailbox"]
    with pytest.raises(UserError, match="--password-command"):
        complete(Answers(email="alex@gmail.com", name="A", timezone="UTC", gmail_auth="app-password"), None)
    a = complete(Answers(email="alex@gmail.com", name="A", timezone="UTC", gmail_auth="app-password",
                         password_command="pass show gmail", calendar="ics"), None)
    data = tomllib.loads(config_text(a))
    assert data["mailbox"]["password_command"] == "pass show gmail" and "auth" not in data["mailbox"]


@pytest.mark.parametrize(("provider", "url"), [("fastmail", "https://caldav.fastmail.com/dav/"),
                                                ("icloud", "https://caldav.icloud.com/")])
def test_caldav_presets(provider: str, url: str) -> None:
    a = complete(Answers(email=f"me@{provider}.example", name="Me", timezone="UTC", provider=provider,
                         password_command="pass show x", calendar="caldav"), None)
    data = tomllib.loads(config_text(a))
    assert data["calendar"] == {"backend": "caldav", "url": url, "username": f"me@{provider}.example",
                                "password_command": "pass show x"}


def test_nextcloud_needs_its_host_and_other_needs_a_url() -> None:
    with pytest.raises(UserError, match="--caldav-url"):
        complete(Answers(email="me@x.example", name="Me", timezone="UTC", provider="imap",
                         host="imap.x.example", password_command="p", calendar="caldav",
                         caldav_provider="other"), None)
    ans = complete(Answers(email="me@x.example", name="Me", timezone="UTC", provider="imap",
                           host="cloud.x.example", password_command="p", calendar="caldav",
                           caldav_provider="nextcloud"), None)
    assert ans.caldav_url == "https://cloud.x.example/remote.php/dav"


def test_missing_values_name_the_flag_and_odd_values_are_quoted(tmp_path: Path) -> None:
    with pytest.raises(UserError, match="--email"):
        complete(Answers(), None)
    a = complete(Answers(email="a@b.example", name='Zoë "Z" O\'Neil\\', timezone="UTC", provider="maildir",
                         maildir=str(tmp_path / "Mail"), calendar="none"), None)
    config = tmp_path / "config.toml"
    config.write_text(config_text(a))
    loaded = load_config(config)
    assert loaded.owner.name == 'Zoë "Z" O\'Neil\\' and loaded.mailbox.path == tmp_path / "Mail"


def test_interactive_init_asks_and_writes_a_private_file(tmp_path: Path) -> None:
    config = tmp_path / "cfg" / "config.toml"
    answers = "\n".join(["alex@mailbox.example", "Alex Rivera", "Europe/Paris", "maildir",
                         str(tmp_path / "Mail"), "none"]) + "\n"
    result = CliRunner().invoke(cli, ["--config", str(config), "init", "--no-check"], input=answers)
    assert result.exit_code == 0, result.output
    assert "Your email address" in result.output and "Mail provider" in result.output
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    loaded = load_config(config)
    assert (loaded.owner.email, loaded.owner.timezone, loaded.mailbox.backend) == (
        "alex@mailbox.example", "Europe/Paris", "maildir")
    again = CliRunner().invoke(cli, ["--config", str(config), "init", "--non-interactive",
                                     "--email", "x@y.z"])
    assert again.exit_code != 0 and config.read_text() == config_text(complete(Answers(
        email="alex@mailbox.example", name="Alex Rivera", timezone="Europe/Paris", provider="maildir",
        maildir=str(tmp_path / "Mail"), calendar="none"), None))


def test_keyring_and_microsoft_choices_write_valid_configs(tmp_path: Path) -> None:
    a = complete(Answers(email="me@fastmail.com", name="Me", timezone="UTC", keyring=True,
                         calendar="caldav"), None)
    data = tomllib.loads(config_text(a))
    assert data["mailbox"]["password_keyring"] is True and "password_command" not in data["mailbox"]
    assert data["calendar"]["password_keyring"] is True
    m = complete(Answers(email="me@outlook.com", name="Me", timezone="UTC", calendar="ics",
                         oauth_client_id="1b2c3d4e-0000-4000-8000-000000000001"), None)
    assert m.provider == "microsoft"
    config = tmp_path / "config.toml"
    config.write_text(config_text(m))
    loaded = load_config(config)
    assert (loaded.mailbox.auth, loaded.mailbox.host, loaded.mailbox.oauth_client_id) == (
        "oauth2-microsoft", "outlook.office365.com", "1b2c3d4e-0000-4000-8000-000000000001")
    result = CliRunner().invoke(cli, ["--config", str(tmp_path / "k.toml"), "init", "--non-interactive",
                                      "--email", "me@fastmail.com", "--keyring", "--calendar", "ics"])
    assert result.exit_code == 0, result.output
    assert "auth password" in result.output and "system keyring" in result.output
