"""Thank-you drafts: real RFC 5322 messages, templates, threading, hostile values."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.config import Config, FollowupConfig, OwnerConfig
from followup.engine.drafts import DraftInput, DraftWriter, clean
from followup.errors import UserError

NY = ZoneInfo("America/New_York")
OWNER = OwnerConfig(name="Alex Rivera", email="alex.rivera@mailbox.example", phone="+1 555 0100",
                    timezone="America/New_York")
NOW = datetime(2026, 3, 3, 21, 0, tzinfo=UTC)
START = datetime(2026, 3, 3, 19, 0, tzinfo=UTC)


def draft(name: str | None = "Jane Doe", email: str = "jane.doe@acme.com", *, company: str | None = "Acme",
          position: str | None = "Data Engineer", thread: tuple[str, ...] = (),
          writer: DraftWriter | None = None) -> EmailMessage:
    w = writer or DraftWriter(OWNER, NY)
    return w.build(DraftInput("thanks:iv-1:" + email, email, name, company, position, START, thread), NOW)


def reparse(msg: EmailMessage) -> EmailMessage:
    out = message_from_bytes(msg.as_bytes(), policy=policy.default)
    assert isinstance(out, EmailMessage)
    return out


def body(msg: EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    return str(part.get_content())  # type: ignore[attr-defined]


def test_a_complete_draft() -> None:
    msg = reparse(draft())
    assert msg["From"] == "Alex Rivera <alex.rivera@mailbox.example>"
    assert msg["To"] == "Jane Doe <jane.doe@acme.com>"
    assert msg["Subject"] == "Thank you — Data Engineer interview"
    assert msg["Date"] and msg["Message-ID"].endswith("@mailbox.example>")
    assert msg["In-Reply-To"] is None and msg["References"] is None
    text = body(msg)
    assert text.startswith("Dear Jane,\n")  # first name by default ([drafts] greeting)
    assert "Data Engineer position at Acme" in text and "Tuesday, March 3" in text
    assert text.count("[[") == 1 and "[[ Add one specific thing you discussed with Jane ]]" in text
    assert text.rstrip().endswith("Alex Rivera\n+1 555 0100\nalex.rivera@mailbox.example")


def test_message_id_is_deterministic_per_key() -> None:
    assert draft()["Message-ID"] == draft()["Message-ID"]
    assert draft()["Message-ID"] != draft(email="bob@acme.com")["Message-ID"]


def test_recruiter_draft_threads_under_the_last_mail() -> None:
    msg = reparse(draft(thread=("first@acme.com", "second@acme.com")))
    assert msg["In-Reply-To"] == "<second@acme.com>"
    assert msg["References"] == "<first@acme.com> <second@acme.com>"


def test_no_name_no_position() -> None:
    msg = reparse(draft(None, position=None))
    assert body(msg).startswith("Hello,")
    assert msg["Subject"] == "Thank you for the interview at Acme"
    assert msg["To"] == "jane.doe@acme.com"


@pytest.mark.parametrize("name", [
    "Evil\r\nBcc: victim@example.com",
    "Jane\nX-Injected: 1",
    '"Quoted" Name, <script>alert(1)</script>',
    "A" * 10_000,
    "Zoë Ñúñez 山田太郎",
    "\u202eReversed\u202c Name",
])
def test_hostile_names_never_inject(name: str) -> None:
    msg = draft(name, company="Acme\r\nBcc: x@y.z", position="Eng<b>ineer</b>\nX-Evil: 1")
    raw = msg.as_bytes()
    parsed = reparse(msg)
    assert parsed["Bcc"] is None and parsed["X-Injected"] is None and parsed["X-Evil"] is None
    assert len(parsed.get_all("To") or []) == 1
    assert "victim@example.com" not in str(parsed["To"])
    assert parsed["To"].addresses[0].addr_spec == "jane.doe@acme.com"
    assert len(str(parsed["To"])) < 200
    assert b"\r\nBcc" not in raw.split(b"\n\n", 1)[0] and b"\nBcc:" not in raw.split(b"\n\n", 1)[0]
    text = body(parsed)
    assert "\r" not in text.replace("\r\n", "\n")
    assert all(line == "" or ord(line[0]) >= 32 for line in text.splitlines())


def test_non_ascii_name_is_encoded_and_round_trips() -> None:
    parsed = reparse(draft("Zoë Ñúñez"))
    assert parsed["To"].addresses[0].display_name == "Zoë Ñúñez"
    assert body(parsed).startswith("Dear Zoë,")


def test_html_alternative_is_escaped() -> None:
    w = DraftWriter(OWNER, NY, html=True)
    msg = reparse(draft("<img src=x onerror=alert(1)>", company="<b>Acme</b>", writer=w))
    html = msg.get_body(("html",))
    assert html is not None
    content = str(html.get_content())  # type: ignore[attr-defined]
    assert "<img" not in content and "&lt;b&gt;Acme&lt;/b&gt;" in content
    assert "<b>Acme</b>" in body(msg)  # plain text is plain


def test_user_template_overrides_and_is_sandboxed(tmp_path: Path) -> None:
    (tmp_path / "thank_you.txt.j2").write_text("Hi {{ first_name }} — {{ fill_in }}\n{{ signature }}\n")
    w = DraftWriter(OWNER, NY, dirs=[tmp_path])
    assert body(reparse(draft(writer=w))).startswith("Hi Jane — [[ Add one specific thing")
    (tmp_path / "thank_you.txt.j2").write_text("{{ ''.__class__.__mro__[1].__subclasses__() }}")
    with pytest.raises(UserError, match=r"thank_you\.txt\.j2"):
        draft(writer=DraftWriter(OWNER, NY, dirs=[tmp_path]))


def test_template_dir_from_config(tmp_path: Path) -> None:
    (tmp_path / "templates").mkdir()
    (tmp_path / "templates" / "thank_you.txt.j2").write_text("config-dir template {{ name }}\n")
    cfg = Config(owner=OWNER, source=tmp_path / "config.toml")
    assert body(reparse(draft(writer=DraftWriter.from_config(cfg)))).startswith("config-dir template Jane")
    other = tmp_path / "mine"
    other.mkdir()
    (other / "thank_you.txt.j2").write_text("template_dir wins\n")
    cfg2 = Config(owner=OWNER, source=tmp_path / "config.toml", followup=FollowupConfig(template_dir=other))
    assert body(reparse(draft(writer=DraftWriter.from_config(cfg2)))).startswith("template_dir wins")


@settings(max_examples=200, deadline=None)
@given(name=st.text(max_size=300), company=st.text(max_size=300), position=st.text(max_size=300))
def test_any_values_make_one_safe_message(name: str, company: str, position: str) -> None:
    msg = reparse(draft(name, company=company, position=position))
    assert len(msg.get_all("To") or []) == 1
    assert msg["To"].addresses[0].addr_spec == "jane.doe@acme.com"
    assert set(msg.keys()) <= {"From", "To", "Subject", "Date", "Message-ID", "Content-Type",
                               "Content-Transfer-Encoding", "MIME-Version"}


def test_clean() -> None:
    assert clean("a\r\nb\x00c\u2028d") == "a b c d"
    assert len(clean("x" * 500)) == 200


def test_draft_message_id_is_what_ignore_recognises_as_ours() -> None:
    """``followup ignore`` removes a draft only when its Message-ID is ours for its key (or, a
    draft from an earlier version, our key header together with that version's Message-ID)."""
    import hashlib

    from followup.mailbox.base import is_our_draft

    msg = draft()
    key = "thanks:iv-1:jane.doe@acme.com"
    assert msg["X-Followup-Key"] is None  # nothing tool-specific leaves with the mail
    assert is_our_draft(key, None, msg["Message-ID"])
    assert not is_our_draft("thanks:iv-1:other@acme.com", None, msg["Message-ID"])
    assert not is_our_draft(key, key, "<someone.else@mailbox.example>")  # our header alone: not ours
    legacy = f"<followup.{hashlib.sha256(key.encode()).hexdigest()[:24]}@mailbox.example>"
    assert is_our_draft(key, key, legacy)
    assert not is_our_draft(key, None, legacy)
    assert not is_our_draft(key, "thanks:iv-1:other@acme.com", legacy)
