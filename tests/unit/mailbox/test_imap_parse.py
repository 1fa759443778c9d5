"""Pure parsing of IMAP FETCH data: tokenizer, BODYSTRUCTURE, ENVELOPE, APPENDUID."""

from __future__ import annotations

import contextlib
from datetime import UTC, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.mailbox import imap_parse as ip
from followup.parsers.model import Address


def bs(text: bytes) -> ip.Value:
    (value,) = ip.parse_values(text)
    return value


# Real Dovecot answers (2.3.19) for messages built by tests.support.dovecot.sample_message
INVITE_BS = (b'((("text" "plain" ("charset" "utf-8") NIL NIL "7bit" 800 9 NIL NIL NIL NIL)'
             b'("text" "calendar" ("charset" "utf-8" "method" "REQUEST") NIL NIL "7bit" 392 14 NIL NIL '
             b'NIL NIL) "alternative" ("boundary" "inner") NIL NIL NIL)("application" "ics" ("name" '
             b'"invite.ics") NIL NIL "7bit" 392 NIL ("attachment" ("filename" "invite.ics")) NIL NIL) '
             b'"mixed" ("boundary" "outer") NIL NIL NIL)')
PLAIN_BS = b'("text" "plain" ("charset" "utf-8") NIL NIL "7bit" 2099 24 NIL NIL NIL NIL)'
ENVELOPE = (b'("Wed, 25 Nov 2026 18:10:38 +0000" "=?utf-8?q?Entrevista_ma=C3=B1ana?=" '
            b'(("Person 0" NIL "person0" "corp0.example")) (("Person 0" NIL "person0" "corp0.example")) '
            b'(("Person 0" NIL "person0" "corp0.example")) (("Alex Rivera" NIL "Alex" "Mailbox.Example")) '
            b'(("=?utf-8?q?J=C3=BCrgen_M=C3=BCller?=" NIL "jm0" "corp.example")("Team" NIL NIL NIL)'
            b'("Ann \\"A\\" B" NIL "ann" "corp.example")(NIL NIL NIL NIL)) NIL "<parent@x>" '
            b'"<m0@sample.example>")')


class TestTokenizer:
    def test_nested_lists_nil_quoted_escapes(self) -> None:
        assert ip.parse_values([b'1 (A NIL "x \\"y\\" \\\\z" (b (c)) {3}', b")"], [b"lit"]) == [
            b"1", [b"A", None, b'x "y" \\z', [b"b", [b"c"]], b"lit"]]

    def test_body_section_is_one_atom(self) -> None:
        got = ip.parse_values(b"(BODY[HEADER.FIELDS (A B)] NIL BODY[]<0> x)")
        assert got == [[b"BODY[HEADER.FIELDS (A B)]", None, b"BODY[]<0>", b"x"]]

    @pytest.mark.parametrize("bad", [b"(a", b"a)", b'("open'])
    def test_malformed(self, bad: bytes) -> None:
        with pytest.raises(ip.ResponseError):
            ip.parse_values(bad)

    def test_parse_fetch_regroups_imaplib_data(self) -> None:
        data = [
            (b'1 (UID 7 ENVELOPE (NIL "s" NIL NIL NIL NIL NIL NIL NIL NIL) BODY[HEADER.FIELDS (X)] {9}',
             b"X: y\r\n\r\n"),
            b")",
            (b"2 (UID 8 BODY[] {3}", b"abc"),
            (b" BODY[1] {2}", b"de"),
            b")",
            b"3 (UID 9 FLAGS (\\Seen))",
        ]
        items = list(ip.parse_fetch(data))
        assert [i[b"UID"] for i in items] == [b"7", b"8", b"9"]
        assert items[0][b"BODY[HEADER.FIELDS (X)]"] == b"X: y\r\n\r\n"
        assert items[1][b"BODY[]"] == b"abc" and items[1][b"BODY[1]"] == b"de"
        assert items[2][b"FLAGS"] == [b"\\Seen"]

    def test_peek_is_dropped_from_keys(self) -> None:
        (item,) = ip.parse_fetch([(b"1 (UID 1 BODY.PEEK[] {1}", b"x"), b")"])
        assert item[b"BODY[]"] == b"x"

    @settings(max_examples=300, deadline=None)
    @given(st.binary(max_size=200), st.lists(st.binary(max_size=20), max_size=3))
    def test_random_input_raises_only_response_error(self, raw: bytes, lits: list[bytes]) -> None:
        with contextlib.suppress(ip.ResponseError):
            ip.parse_values(raw, lits)


@pytest.mark.parametrize(("uids", "want"), [
    ([1, 2, 3, 5, 7, 8], "1:3,5,7:8"), ([4], "4"), ([], ""), ([9, 3, 3, 4], "3:4,9")])
def test_uid_set(uids: list[int], want: str) -> None:
    assert ip.uid_set(uids) == want


class TestAppendUid:
    @pytest.mark.parametrize(("resp", "want"), [
        (b"[APPENDUID 1764094238 12] Append completed (0.004 + 0.000 secs).", (1764094238, 12)),
        ("[appenduid 5 1] ok", (5, 1)),
        (b"Append completed.", None),
        (b"[APPENDUID 5] broken", None),
    ])
    def test_parse(self, resp: bytes | str, want: tuple[int, int] | None) -> None:
        assert ip.parse_appenduid(resp) == want


class TestCalendarDetection:
    def test_invite_and_plain(self) -> None:
        assert ip.has_calendar_part(bs(INVITE_BS))
        assert not ip.has_calendar_part(bs(PLAIN_BS))

    def test_ics_attachment_by_filename_only(self) -> None:
        s = (b'(("text" "plain" NIL NIL NIL "7bit" 10 1 NIL NIL NIL NIL)("application" "octet-stream" '
             b'NIL NIL NIL "base64" 300 NIL ("attachment" ("filename" "Interview.ICS")) NIL NIL) "mixed" '
             b'("boundary" "b") NIL NIL NIL)')
        assert ip.has_calendar_part(bs(s))

    def test_name_parameter(self) -> None:
        s = b'("application" "octet-stream" ("name" "invite.ics") NIL NIL "base64" 300 NIL NIL NIL NIL)'
        assert ip.has_calendar_part(bs(s))

    def test_inside_forwarded_message(self) -> None:
        inner = b'("text" "calendar" ("method" "REQUEST") NIL NIL "7bit" 300 10 NIL NIL NIL NIL)'
        fwd = (b'(("text" "plain" NIL NIL NIL "7bit" 10 1 NIL NIL NIL NIL)("message" "rfc822" NIL NIL NIL '
               b'"7bit" 900 (NIL "inner" NIL NIL NIL NIL NIL NIL NIL NIL) ' + inner
               + b' 30 NIL NIL NIL NIL) "mixed" ("boundary" "b") NIL NIL NIL)')
        assert ip.has_calendar_part(bs(fwd))

    def test_attachment_not_calendar(self) -> None:
        s = (b'(("text" "plain" NIL NIL NIL "7bit" 10 1 NIL NIL NIL NIL)("application" "pdf" ("name" '
             b'"ics-report.pdf") NIL NIL "base64" 300 NIL ("attachment" ("filename" "ics.pdf")) NIL NIL) '
             b'"mixed" ("boundary" "b") NIL NIL NIL)')
        assert not ip.has_calendar_part(bs(s))

    @settings(max_examples=300, deadline=None)
    @given(st.recursive(st.one_of(st.none(), st.binary(max_size=12),
                                  st.sampled_from([b"text", b"calendar", b"name", b"x.ics"])),
                        lambda kids: st.lists(kids, max_size=8), max_leaves=40))
    def test_any_structure_never_raises(self, value: ip.Value) -> None:
        assert ip.has_calendar_part(value) in (True, False)


class TestMeta:
    def test_from_envelope(self) -> None:
        hdr = (b"References: <a@x>\r\n <parent@x>\r\nList-ID: <jobs.list>\r\nReply-To: r@x.example\r\n"
               b"Precedence: bulk\r\n\r\n")
        meta = ip.meta_from_fetch(bs(ENVELOPE), hdr)
        assert meta.subject == "Entrevista mañana"
        assert meta.sender == Address("person0@corp0.example", "Person 0")
        assert meta.to == (Address("alex@mailbox.example", "Alex Rivera"),)
        assert [a.email for a in meta.cc] == ["jm0@corp.example", "ann@corp.example"]
        assert meta.cc[0].name == "Jürgen Müller" and meta.cc[1].name == 'Ann "A" B'
        assert meta.message_id == "<m0@sample.example>"
        assert meta.in_reply_to == "<parent@x>"
        assert meta.references == ("<a@x>", "<parent@x>")
        assert meta.list_id == "<jobs.list>"
        assert meta.auto_submitted
        assert meta.reply_to == (Address("person0@corp0.example", "Person 0"),)
        assert meta.date == datetime(2026, 11, 25, 18, 10, 38, tzinfo=UTC)

    def test_reply_to_only_when_the_header_exists(self) -> None:
        meta = ip.meta_from_fetch(bs(ENVELOPE), b"\r\n")
        assert meta.reply_to == ()
        assert not meta.auto_submitted

    @pytest.mark.parametrize(("hdr", "auto"), [
        (b"Auto-Submitted: auto-generated\r\n", True), (b"Auto-Submitted: no\r\n", False),
        (b"List-Unsubscribe: <mailto:u@x>\r\n", True), (b"Precedence: list\r\n", True),
    ])
    def test_auto_submitted(self, hdr: bytes, auto: bool) -> None:
        assert ip.meta_from_fetch(bs(ENVELOPE), hdr).auto_submitted is auto

    def test_naive_and_bad_dates(self) -> None:
        env = bs(b'("Tue, 1 Dec 2026 10:00:00" "s" NIL NIL NIL NIL NIL NIL NIL NIL)')
        assert ip.meta_from_fetch(env, None).date == datetime(2026, 12, 1, 10, tzinfo=UTC)
        env = bs(b'("yesterday-ish" NIL NIL NIL NIL NIL NIL NIL NIL NIL)')
        meta = ip.meta_from_fetch(env, None)
        assert meta.date is None and meta.subject == "" and meta.sender is None

    def test_missing_envelope(self) -> None:
        meta = ip.meta_from_fetch(None, b"Message-ID: <only@header>\r\n\r\n")
        assert meta.message_id == "<only@header>"

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.one_of(st.none(), st.binary(max_size=30),
                              st.lists(st.lists(st.one_of(st.none(), st.binary(max_size=15)),
                                                max_size=5), max_size=3)), max_size=12),
           st.one_of(st.none(), st.binary(max_size=200)))
    def test_garbage_never_raises(self, env: list[ip.Value], hdr: bytes | None) -> None:
        ip.meta_from_fetch(env, hdr)
