"""Folder state JSON, password_command handling, Maildir helpers."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from followup.config import is_loopback
from followup.errors import AuthError, ConfigError
from followup.mailbox.folder_state import ImapFolderState, MaildirFolderState
from followup.mailbox.imap_errors import one_line
from followup.mailbox.maildir import folder_dir, has_calendar_part, header_block, message_key
from followup.secrets import command_argv, run_password_command
from tests.support.dovecot import sample_message


class TestFolderState:
    def test_imap_round_trip(self) -> None:
        s = ImapFolderState(1764094238, 42, 977)
        assert ImapFolderState.from_json(s.to_json()) == s
        assert ImapFolderState.from_json(ImapFolderState(5, 0).to_json()) == ImapFolderState(5, 0, None)

    def test_maildir_round_trip(self) -> None:
        s = MaildirFolderState(1_700_000_000_123_456_789, frozenset({"a.b.c", "d"}))
        assert MaildirFolderState.from_json(s.to_json()) == s

    @pytest.mark.parametrize("text", [None, "", "{", "[]", '{"uidvalidity": "1", "last_uid": 2}',
                                      '{"uidvalidity": 1, "last_uid": -1}',
                                      '{"uidvalidity": true, "last_uid": 1}'])
    def test_imap_unreadable_means_rescan(self, text: str | None) -> None:
        assert ImapFolderState.from_json(text) is None

    @given(st.text(max_size=80))
    def test_any_text_is_state_or_none(self, text: str) -> None:
        assert ImapFolderState.from_json(text) is None or isinstance(ImapFolderState.from_json(text),
                                                                     ImapFolderState)
        assert MaildirFolderState.from_json(text) is None or isinstance(
            MaildirFolderState.from_json(text), MaildirFolderState)


class TestPasswordCommand:
    def test_plain_commands_are_split_without_a_shell(self) -> None:
        assert command_argv("pass show mail/alex") == ["pass", "show", "mail/alex"]
        assert command_argv("security find-internet-password -w -s 'imap x.com'") == [
            "security", "find-internet-password", "-w", "-s", "imap x.com"]

    @pytest.mark.parametrize("cmd", ["pass show x | head -1", "echo $PW", "gpg -d ~/.pw.gpg",
                                     "a && b", "cat < f"])
    def test_shell_syntax_uses_sh(self, cmd: str) -> None:
        assert command_argv(cmd) == ["sh", "-c", cmd]

    def test_bad_quoting_is_a_config_error(self) -> None:
        with pytest.raises(ConfigError, match="password_command"):
            command_argv("echo 'unbalanced")

    def test_first_line_of_stdout(self) -> None:
        assert run_password_command("printf 'pw one\\nsecond\\n'") == "pw one"
        assert run_password_command(f"{sys.executable} -c \"print('s3cr3t')\"") == "s3cr3t"

    @pytest.mark.parametrize(("cmd", "msg"), [
        ("false", "exited with status 1"),
        ("/no/such/program arg", "program not found: /no/such/program"),
        ("true", "printed nothing"),
        ("echo oops >&2; exit 3", "exited with status 3"),
    ])
    def test_failures_are_one_line(self, cmd: str, msg: str) -> None:
        with pytest.raises(AuthError) as info:
            run_password_command(cmd)
        assert msg in str(info.value) and "\n" not in str(info.value)
        assert "oops" not in str(info.value)  # stderr may hold the secret: the status only

    def test_loopback(self) -> None:
        assert is_loopback("127.0.0.1") and is_loopback("::1") and is_loopback("localhost")
        assert is_loopback("[::1]")
        assert not is_loopback("imap.example.com") and not is_loopback("10.0.0.1")

    def test_one_line(self) -> None:
        assert one_line(b"a\r\n  b") == "a b"
        assert one_line("x" * 500, limit=10) == "x" * 10


class TestMaildirHelpers:
    @pytest.mark.parametrize(("folder", "sub"), [("INBOX", ""), ("inbox", ""), ("Jobs", ".Jobs"),
                                                 ("Jobs/2026", ".Jobs.2026"), ("INBOX.Sent", ".Sent")])
    def test_folder_dir(self, folder: str, sub: str, tmp_path: Path) -> None:
        assert folder_dir(tmp_path, folder) == (tmp_path / sub if sub else tmp_path)

    @pytest.mark.parametrize(("name", "key"), [("1700.M1P2.host:2,S", "1700.M1P2.host"),
                                               ("1700.M1P2.host", "1700.M1P2.host"),
                                               ("1700.x!2,FS", "1700.x")])
    def test_message_key(self, name: str, key: str) -> None:
        assert message_key(name) == key

    def test_calendar_detection_and_header_block(self) -> None:
        invite = sample_message(1, invite=True)
        plain = sample_message(2)
        assert has_calendar_part(invite)
        assert not has_calendar_part(plain)
        assert not has_calendar_part(b"Subject: x\r\n\r\nsee https://x.example/a.ics.html text/calendar?")
        assert header_block(b"A: 1\r\nB: 2\r\n\r\nbody\r\n\r\nmore") == b"A: 1\r\nB: 2\r\n"
        assert header_block(b"A: 1\nB: 2\n\nbody") == b"A: 1\nB: 2\n"
        assert header_block(b"A: 1") == b"A: 1"

    @given(st.binary(max_size=400))
    def test_calendar_detection_never_raises(self, raw: bytes) -> None:
        assert has_calendar_part(raw) in (True, False)
