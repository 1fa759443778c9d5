"""split_signature / find_phone / find_title: table tests, corpus signatures in place, hypothesis."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.parsers.signature import find_phone, find_title, is_title, phones_in, split_signature

REPO = Path(__file__).resolve().parents[4]
CORPUS = REPO.parent / "shared" / "corpus" / "signatures"
FIXTURES = Path(__file__).parent / "fixtures"


SPLITS = [
    ("Thanks for your time.\n\n-- \nJane Doe\nRecruiter\n", "Thanks for your time.", "Jane Doe\nRecruiter"),
    ("See you then.\n\nBest,\nJane Doe\nRecruiter, Acme\n", "See you then.",
     "Best,\nJane Doe\nRecruiter, Acme"),
    ("Hola Ana,\nnos vemos el lunes.\n\nSaludos,\nLucía\n", "Hola Ana,\nnos vemos el lunes.",
     "Saludos,\nLucía"),
    ("Bis dann.\n\nViele Grüße\nPetra Lang\n", "Bis dann.", "Viele Grüße\nPetra Lang"),
    ("À bientôt.\n\nCordialement,\nClaire Martin\n", "À bientôt.", "Cordialement,\nClaire Martin"),
    ("Great talking today.\n\nJane Doe\nSenior Technical Recruiter\n(713) 853-1234\n",
     "Great talking today.", "Jane Doe\nSenior Technical Recruiter\n(713) 853-1234"),
    ("Just a short note without a signature.", "Just a short note without a signature.", ""),
    ("", "", ""),
]


@pytest.mark.parametrize(("text", "body", "sig"), SPLITS)
def test_split_signature(text: str, body: str, sig: str) -> None:
    assert split_signature(text) == (body, sig)


PHONES = [
    ("Jane Doe\nRecruiter\nPhone: +1 555 010 0199\nFax: +1 555 010 0100", "+1 555 010 0199"),
    ("Jane Doe\nFax: +1 555 010 0100\nMobile: (713) 853-1234", "(713) 853-1234"),
    ("Jane Doe\n713.853.1234", "713.853.1234"),
    ("Petra Lang\nTel.: +49 30 1234567\nFax: +49 30 1234568", "+49 30 1234567"),
    ("Claire Martin\nTél : +33 1 23 45 67 89", "+33 1 23 45 67 89"),
    ("Lucía Gómez\nMóvil: +34 612 345 678", "+34 612 345 678"),
    ("Hans Meier\nHandy: 0171 1234567", "0171 1234567"),
    ("Sara Shackleton\n713-853-5620 (phone)\n713-646-3490 (fax)", "713-853-5620"),
    ("Sara Shackleton\n713-646-3490 (fax)\n713-853-5620", "713-853-5620"),
    ("Dana\n1400 Smith Street\nHouston, Texas 77002-7361\n713 345 7732", "713 345 7732"),
    ("Dana\nPh:212.536.8133\nFx:917.342.8810", "212.536.8133"),
    ("Dana\nt. 555-931-0702\nf. 555-875-7611", "555-931-0702"),
]


@pytest.mark.parametrize(("sig", "phone"), PHONES)
def test_find_phone(sig: str, phone: str) -> None:
    assert find_phone(sig) == phone


NO_PHONE = [
    "Jane Doe\nRecruiter\nSent 11/30/2026",
    "Jane Doe\nHouston, TX 77002",
    "Join Zoom meeting\nMeeting ID: 981 2345 6789\nPasscode: 123456",
    "Dial-in: +1 646 558 8656\nPIN: 1234 5678#",
    "Jane Doe\nFax: +1 555 010 0100\nPager: 555 010 0111",
    "Jane Doe\n2026-11-30 10:00",
    "Jane Doe\nhttps://example.com/jobs/12345678901",
]


@pytest.mark.parametrize("sig", NO_PHONE)
def test_no_phone(sig: str) -> None:
    assert find_phone(sig) is None


def test_phone_near_the_named_sender_wins() -> None:
    sig = "Thanks,\nDana Whitfield\n555-010-0199\n\nfor Maria Lopez\n555-010-0222"
    assert find_phone(sig, name="Maria Lopez") == "555-010-0222"
    assert find_phone(sig, email=None) == "555-010-0199"


def test_phone_from_a_whole_mail_uses_the_signature() -> None:
    text = (FIXTURES / "recruiter_followup.txt").read_text(encoding="utf-8")
    assert find_phone(text, name="Dana Whitfield") == "+1 555 010 0199"
    assert find_title(split_signature(text)[1], "Dana Whitfield") == "Senior Technical Recruiter"


TITLES = [
    ("Best,\nJane Doe\nSenior Technical Recruiter\nAcme", "Jane Doe", "Senior Technical Recruiter"),
    ("Jane Doe | Engineering Manager\nAcme Inc.", "Jane Doe", "Engineering Manager"),
    ("Jane Doe, Head of Talent", None, "Head of Talent"),
    ("Saludos,\nLucía Gómez\nReclutadora de talento", "Lucía Gómez", "Reclutadora de talento"),
    ("Viele Grüße\nPetra Lang\nPersonalreferentin", "Petra Lang", "Personalreferentin"),
    ("Cordialement,\nClaire Martin\nChargée de recrutement", "Claire Martin", "Chargée de recrutement"),
    ("Thanks,\nJohn E. Doe, Ph.D.\nPresident\nXxx Research", "John E. Doe", "President"),
    ("Best,\nJane Doe\nAcme Robotics Inc.\n555-010-0199", "Jane Doe", None),
    ("Best,\nJane", "Jane", None),
]


@pytest.mark.parametrize(("sig", "name", "title"), TITLES)
def test_find_title(sig: str, name: str | None, title: str | None) -> None:
    assert find_title(sig, name) == title


def test_is_title_and_phones_in() -> None:
    assert is_title("Staff Engineer") and is_title("EM") and not is_title("Google Meet")
    assert phones_in("Tel 555-010-0199, Fax 555-010-0100, Cell (713) 853-1234") == [
        "555-010-0199",
        "(713) 853-1234",
    ]


# ------------------------------------------------------------ corpus, in place

def _talon_marked(name: str) -> tuple[str, str]:
    """(text without markers, expected signature) from a talon file with #sig# line markers."""
    lines = (CORPUS / "talon" / name).read_text(encoding="utf-8").splitlines()
    text = [ln.replace("#sig#", "", 1) for ln in lines if not ln.startswith("#reply#")]
    sig = [ln.replace("#sig#", "", 1) for ln in lines if ln.startswith("#sig#")]
    return "\n".join(text), "\n".join(sig).strip()


@pytest.fixture(scope="module")
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("shared corpus not present")
    return CORPUS


def test_talon_stripped_signatures(corpus: Path) -> None:
    names = ["jeff", "johndoeexamplecom", "long", "short_url", "sparse"]
    for name in names:
        body = (corpus / "talon" / f"stripped__{name}_body").read_text(encoding="utf-8")
        expected = (corpus / "talon" / f"stripped__{name}_signature").read_text(encoding="utf-8")
        if name == "johndoeexamplecom":
            body, expected = _talon_marked(f"stripped__{name}_body")
        got = split_signature(body)[1]
        last = [ln.strip() for ln in expected.splitlines() if ln.strip()][-1]
        assert last in got, name
        assert got.strip() in expected or expected.strip().endswith(got.strip()) or got.strip().startswith(
            next(ln for ln in expected.splitlines() if ln.strip()).strip()
        ), name


def test_talon_phones_and_titles(corpus: Path) -> None:
    long_body = (corpus / "talon" / "stripped__long_body").read_text(encoding="utf-8")
    assert find_phone(long_body) == "(555) 346-9947"
    sparse = (corpus / "talon" / "stripped__sparse_body").read_text(encoding="utf-8")
    assert find_phone(sparse) == "555-931-0702"  # "f. 555-875-7611" is the fax
    text, _sig = _talon_marked("P__johndoeexamplecom_body")
    assert find_title(split_signature(text)[1], "John E. Doe") == "President"


def _quagga_first_bodies(corpus: Path) -> list[tuple[str, list[str], list[str], list[str]]]:
    """(first body text, phones, positions, names) annotated in it, for every Quagga file."""
    out = []
    for ann in sorted((corpus / "quagga").glob("*/*.ann")):
        data = json.loads(ann.read_text(encoding="utf-8"))
        den = data["denotations"]
        bodies = sorted((x for x in den if x["type"] == "Body"), key=lambda x: x["start"])
        if not bodies:
            continue
        b = bodies[0]

        def inside(x: dict[str, object], b: dict[str, int] = b) -> bool:
            return b["start"] <= int(str(x["start"])) < b["end"]

        def texts(kind: str, den: list[dict[str, object]] = den) -> list[str]:
            return [str(x["text"]).strip() for x in den if x["type"] == kind and inside(x)]

        out.append((data["text"][b["start"]:b["end"]], texts("Body/Signature/Phone"),
                    texts("Body/Signature/Position"), texts("Body/Signature/Name")))
    return out


def test_quagga_phones(corpus: Path) -> None:
    cases = _quagga_first_bodies(corpus)
    assert len(cases) > 100
    expected = ok = wrong = false_pos = 0
    for body, phones, _pos, names in cases:
        got = find_phone(body, names[0] if names else None)
        if phones:
            expected += 1
            if got and any(got.strip("() ") in p or p.strip("() ") in got for p in phones):
                ok += 1
            elif got:
                wrong += 1
        elif got:
            false_pos += 1
    # measured: 70 of 72 found, 0 wrong, 7 where the annotation has no signature phone
    assert ok / expected >= 0.9
    assert wrong <= 2
    assert false_pos <= 10


def test_quagga_titles(corpus: Path) -> None:
    expected = ok = 0
    for body, _ph, positions, names in _quagga_first_bodies(corpus):
        if not positions:
            continue
        expected += 1
        sig = split_signature(body)[1] or body
        got = find_title(sig, names[0] if names else None)
        ok += bool(got and any(got in p or p in got for p in positions))
    # measured: 28 of 42 (the rest are department names such as "Trading Support" or no name line)
    assert expected > 30 and ok / expected >= 0.6


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    body, sig = split_signature(text)
    assert isinstance(body, str) and isinstance(sig, str)
    phone = find_phone(text)
    flat = text.replace(" ", "").replace("\t", "")
    assert phone is None or phone in text or phone.replace(" ", "") in flat
    assert find_title(sig, None) is None or isinstance(find_title(sig, None), str)


_SIG_PARTS = st.sampled_from([
    "Best,", "Jane Doe", "Recruiter", "Phone: +1 555 010 0199", "Fax: 555 010 0100", "", "--",
    "Meeting ID: 981 2345 6789", "11/30/2026", "Houston, TX 77002", "jane@example.com", "Grüße",
])


@settings(max_examples=200, deadline=None)
@given(st.lists(_SIG_PARTS, max_size=15))
def test_never_a_fax_pin_or_date(lines: list[str]) -> None:
    phone = find_phone("\n".join(lines))
    assert phone in (None, "+1 555 010 0199")
