"""Catalan: dates, times, cues and interview words, then whole mails.

Every example is written here from the language (none is copied from a held-out set).
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followup.parsers import analyze_email, lexicon, words
from followup.parsers.addresses import Owner
from followup.parsers.model import MailMeta
from followup.parsers.people_text import find_named_people
from followup.parsers.prefilter import wants_body
from followup.parsers.signature import split_signature
from followup.parsers.timeline import find_timeline
from followup.parsers.when import find_dates
from followup.parsers.when_times import find_duration, find_times

FIXTURES = Path(__file__).parent / "fixtures"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
REF = date(2026, 11, 25)  # a Wednesday
ME = Owner.of(["alex.rivera@mailbox.example"], "Alex Rivera")
ANCHOR = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)
MADRID = ZoneInfo("Europe/Madrid")


def test_catalan_is_read_after_spanish() -> None:
    names = [m.__name__.rsplit(".", 1)[-1] for m in words.LANGUAGES]
    assert names.index("ca") == names.index("es") + 1


def _when(text: str) -> tuple[list[date], list[tuple[time, time | None]]]:
    return [d.value for d in find_dates(text, REF)], [(t.start, t.end_time) for t in find_times(text)]


@pytest.mark.parametrize(
    ("text", "day", "times"),
    [
        ("entrevista el dijous 3 de desembre a les 10", date(2026, 12, 3), [(time(10), None)]),
        ("dijous, 3 de desembre de 2026, a les 10:30", date(2026, 12, 3), [(time(10, 30), None)]),
        ("el dimecres 2 de desembre a les 16 h", date(2026, 12, 2), [(time(16), None)]),
        ("dimarts dia 1 de desembre, de 10 a 11", date(2026, 12, 1), [(time(10), time(11))]),
        ("dimecres 2 de desembre de les 10 a les 11", date(2026, 12, 2), [(time(10), time(11))]),
        ("divendres 4 de desembre, de 9:30 a 10:30 h", date(2026, 12, 4), [(time(9, 30), time(10, 30))]),
        ("el 3 de desembre del 2026 a les 12:00", date(2026, 12, 3), [(time(12), None)]),
        ("el dilluns 30 de novembre a dos quarts de deu", date(2026, 11, 30), [(time(9, 30), None)]),
        ("divendres 4 de desembre a tres quarts de deu", date(2026, 12, 4), [(time(9, 45), None)]),
        ("dijous 3 de desembre a dos quarts d'onze", date(2026, 12, 3), [(time(10, 30), None)]),
        ("dijous 3 de desembre a tres quarts d'una", date(2026, 12, 3), [(time(12, 45), None)]),
        # CLOCK_QUARTER_BEFORE
        ("dimarts 1 de desembre a un quart de deu", date(2026, 12, 1), [(time(9, 15), None)]),
        ("dilluns 30 de novembre a les deu del matí", date(2026, 11, 30), [(time(10), None)]),
        ("dijous 3 de desembre a les dues de la tarda", date(2026, 12, 3), [(time(14), None)]),
        ("dijous 3 de desembre a les deu i mitja", date(2026, 12, 3), [(time(10, 30), None)]),
        ("dijous 3 de desembre a la una en punt", date(2026, 12, 3), [(time(13), None)]),
        ("demà a les 17:00", date(2026, 11, 26), [(time(17), None)]),
        ("demà passat a les 9:00", date(2026, 11, 27), [(time(9), None)]),
        ("avui a les 18:00", date(2026, 11, 25), [(time(18), None)]),
        ("el dilluns que ve a les 9", date(2026, 11, 30), [(time(9), None)]),
    ],
)
def test_dates_and_times(text: str, day: date, times: list[tuple[time, time | None]]) -> None:
    days, got = _when(text)
    assert days == [day]
    assert got == times


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("el 12 d'octubre de 2027", date(2027, 10, 12)),
        ("el 6 d’abril", date(2027, 4, 6)),
        ("el 20 d'agost", date(2027, 8, 20)),
        ("el 14 de gener", date(2027, 1, 14)),
        ("el 2 de març", date(2027, 3, 2)),
    ],
)
def test_elided_and_other_months(text: str, day: date) -> None:
    assert [d.value for d in find_dates(text, REF)] == [day]


@pytest.mark.parametrize(
    ("text", "zone"),
    [("a les 16:00 (hora peninsular)", MADRID), ("a les 10:00, hora de Barcelona", MADRID)],
)
def test_zones(text: str, zone: ZoneInfo) -> None:
    (hit,) = find_times(text)
    assert hit.zone == zone


@pytest.mark.parametrize(
    "text",
    [
        "de 2 a 3 setmanes",  # a length, not a range of hours
        "segona entrevista",
        "set 3 reminders",
    ],
)
def test_what_is_not_a_time(text: str) -> None:
    assert find_times(text) == []
    assert find_dates(text, REF) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Et donarem una resposta en un termini de 5 dies laborables.", date(2026, 12, 2)),
        ("Us donarem una resposta abans del divendres 18 de desembre.", date(2026, 12, 18)),
        ("Us direm alguna cosa la setmana que ve.", date(2026, 11, 30)),
        ("Et direm alguna cosa demà.", date(2026, 11, 26)),
        ("Et direm alguna cosa demà passat.", date(2026, 11, 27)),
        ("Et farem saber la decisió a finals de la setmana que ve.", date(2026, 12, 4)),
        ("Et donarem una resposta a finals d'aquesta setmana.", date(2026, 11, 27)),
        ("Us informarem d'aquí a dues setmanes.", date(2026, 12, 9)),
        ("Ens posarem en contacte amb tu dins dels propers 5 dies.", date(2026, 11, 30)),
        ("Tindràs una resposta avui.", date(2026, 11, 25)),
        ("Et donarem una resposta abans del 4 de desembre.", date(2026, 12, 4)),
    ],
)
def test_follow_up_cues(text: str, expected: date) -> None:
    assert find_timeline(text, ANCHOR, ZoneInfo("UTC")).follow_up_after == expected


@pytest.mark.parametrize(
    "text",
    [
        "Fes-nos saber abans de divendres si et va bé, i després et direm alguna cosa.",
        "Confirma'ns la teva disponibilitat abans del divendres 27 de novembre; et donarem una resposta.",
    ],
)
def test_reply_by_deadlines_are_not_follow_up_dates(text: str) -> None:
    assert find_timeline(text, ANCHOR, ZoneInfo("UTC")).follow_up_after is None


@pytest.mark.parametrize(
    ("table", "text"),
    [
        ("INTERVIEW", "Convocatòria d'entrevista de feina"),
        ("INTERVIEW", "la segona entrevista serà a les nostres oficines"),
        ("INTERVIEW", "l'entrevista final amb la directora"),
        ("INTERVIEW", "una dinàmica de grup amb altres candidats"),
        ("INTERVIEW", "una prova tècnica presencial a l'oficina de Girona"),
        ("INTERVIEW", "una reunió amb la responsable de l'equip de producte"),
        ("INTERVIEW", "la presentació del cas pràctic davant del comitè"),
        ("INTERVIEW", "passes a la fase final del procés"),
        ("CANDIDATE_FRAMING", "et convidem a una videotrucada"),
        ("CANDIDATE_FRAMING", "us convidem a visitar les nostres oficines"),
        ("CANDIDATE_FRAMING", "en relació amb la teva candidatura"),
        ("CANDIDATE_FRAMING", "ens agradaria conèixer-te en persona"),
        ("CANDIDATE_FRAMING", "aquí tens els detalls de la vostra entrevista"),
        ("CANCEL", "l'entrevista de dijous queda cancel·lada"),
        ("CANCEL", "l'entrevista ha estat anul·lada"),
        ("CANCEL", "la trucada queda cancellada"),  # written without the middle dot
        ("RESCHEDULE", "hem d'ajornar l'entrevista"),
        ("RESCHEDULE", "necessitem canviar l'hora de la trucada"),
        ("RESCHEDULE", "t'enviem una nova data"),
        ("RESCHEDULE", "l'entrevista s'ha ajornat una setmana"),
        ("NEW_TIME", "la nova hora és dijous a les 11"),
        ("CONFIRM_REPLY", "Perfecte, gràcies!"),
        ("CONFIRM_REPLY", "Dijous a les 10 em va bé."),
        ("CONFIRM_REPLY", "Confirmat, ens veiem dijous."),
        ("CONFIRM_REPLY", "D'acord, hi seré."),
        ("NOT_THE_TIME", "quina és la teva disponibilitat la setmana que ve?"),
        ("NOT_THE_TIME", "quin dia et va millor?"),
        ("REJECTION_SOFT", "Malauradament, hem decidit no continuar."),
    ],
)
def test_interview_words(table: str, text: str) -> None:
    rx = getattr(lexicon, table)
    assert rx.search(text), (table, text)


@pytest.mark.parametrize(
    "text",
    [
        "Please send your approval by Friday.",  # "approval" holds "prova": the guard wakes, nothing fires
        "The presentation of the test results is on Monday.",
        "Our data team shipped the report.",
        "Les Paul guitars are on sale.",
    ],
)
def test_english_is_not_read_as_catalan(text: str) -> None:
    assert lexicon.INTERVIEW.search(text) is None
    assert lexicon.SCHEDULED.search(text) is None
    assert lexicon.PRESS.search(text) is None


@pytest.mark.parametrize(
    ("body", "closing"),
    [
        ("Fins dijous.\n\nSalutacions,\nMarta Puig\nMediterrània Digital", "Salutacions,"),
        ("Fins aviat.\n\nCordialment,\nJordi Vila\nMediterrània Digital", "Cordialment,"),
        ("Ens veiem!\n\nUna abraçada,\nLaia Ferrer\nMediterrània Digital", "Una abraçada,"),
        ("Gràcies.\n\nMoltes salutacions,\nPere Roca\nTramuntana Labs", "Moltes salutacions,"),
    ],
)
def test_signature_closings(body: str, closing: str) -> None:
    _, signature = split_signature(body)
    assert signature.startswith(closing)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Parlaràs amb Jordi Vila, Cap de Dades.", "Jordi Vila"),
        ("Et reuniràs amb Laia Ferrer, Enginyera de Dades.", "Laia Ferrer"),
        ("Entrevistadors: Pere Roca, Anna Serra", "Pere Roca"),
        # Catalan writes an article before a first name ("la Montserrat", "en Pere")
        ("Parlaràs amb la Montserrat Riera, directora de Recursos Humans.", "Montserrat Riera"),
        ("Et reuniràs amb en Pere Roca i la Anna Serra.", "Pere Roca"),
    ],
)
def test_people_triggers(text: str, name: str) -> None:
    people = find_named_people(text)
    assert people and people[0].name == name


def test_forward_prefix() -> None:
    assert lexicon.FORWARD_SUBJECT.match("RV: Entrevista")


def _meta(subject: str) -> MailMeta:
    return MailMeta(None, None, (), subject, None, (), (), None)


@pytest.mark.parametrize(
    "subject",
    [
        "Convocatòria: Mediterrània Digital",
        "Invitació - dijous 3 de desembre",
        "Trucada amb l'equip de Dades",
    ],
)
def test_prefilter_fetches_catalan_subjects(subject: str) -> None:
    assert wants_body(_meta(subject), has_calendar_part=False)


def test_catalan_invite() -> None:
    d = analyze_email((FIXTURES / "ca_invite.eml").read_bytes(), ME, NOW)
    assert d.is_interview and d.kind == "invite"
    assert d.start == datetime(2026, 12, 3, 9, 0, tzinfo=UTC)  # de les 10 (hora peninsular, +01:00)
    assert d.end == datetime(2026, 12, 3, 10, 0, tzinfo=UTC)  # a les 11
    assert d.follow_up_after == date(2026, 12, 11)  # "abans del divendres 11 de desembre"
    assert [p.name for p in d.people if p.role == "interviewer"] == ["Jordi Vila", "Laia Ferrer"]


def test_catalan_reschedule_to_half_past_nine() -> None:
    d = analyze_email((FIXTURES / "ca_reschedule.eml").read_bytes(), ME, NOW)
    assert d.is_interview and d.kind == "reschedule"
    assert d.start == datetime(2026, 12, 4, 8, 30, tzinfo=UTC)  # a dos quarts de deu, hora de Barcelona


def test_catalan_cancellation() -> None:
    d = analyze_email((FIXTURES / "ca_cancel.eml").read_bytes(), ME, NOW)
    assert d.is_interview and d.kind == "cancellation"
    assert d.start == datetime(2026, 12, 3, 9, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("name", "kind", "start"),
    [
        ("ca_invite.eml", "invite", "2026-12-03T09:00:00Z"),
        ("ca_reschedule.eml", "reschedule", "2026-12-04T08:30:00Z"),
        ("ca_cancel.eml", "cancellation", "2026-12-03T09:00:00Z"),
    ],
)
def test_mails_through_inspect(name: str, kind: str, start: str) -> None:
    r = subprocess.run(
        [sys.executable, "-m", "followup.cli", "inspect", str(FIXTURES / name), "--json",
         "--me", "alex.rivera@mailbox.example"],
        capture_output=True, text=True, timeout=60,
    )
    assert r.returncode == 0, r.stderr
    obj = json.loads(r.stdout)
    assert obj["is_interview"] is True and obj["kind"] == kind
    assert obj["start"] == start
    assert obj["thank_you_recipients"] and all("alex.rivera" not in r for r in obj["thank_you_recipients"])


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("neg_ca_press.eml", "press or media interview"),  # a newspaper interview
        ("neg_ca_fair.eml", "not a job interview"),  # a fira d'ocupació with interviews at the stands
        ("neg_ca_application_ack.eml", "application acknowledgement"),
        ("neg_ca_rejection.eml", "rejection"),
    ],
)
def test_negatives(name: str, why: str) -> None:
    d = analyze_email((FIXTURES / name).read_bytes(), ME, NOW)
    assert not d.is_interview
    assert d.reasons and why in d.reasons[0]


def test_numeric_dates_are_day_first() -> None:
    raw = (FIXTURES / "ca_invite.eml").read_bytes()
    written = "el dijous 3 de desembre,"
    assert written.encode() in raw
    d = analyze_email(raw.replace(written.encode(), b"el dia 03/12,"), ME, NOW)
    assert d.start is not None and d.start.date() == date(2026, 12, 3)


@pytest.mark.parametrize(
    ("text", "length"),
    [
        ("L'entrevista durarà una hora i mitja.", timedelta(minutes=90)),
        ("Durada: mitja hora", timedelta(minutes=30)),
        ("una videotrucada de 45 minuts", timedelta(minutes=45)),
        ("Reserva't 1 hora i 30 minuts, si us plau.", timedelta(minutes=90)),
        ("Durada aproximada: dues hores", timedelta(hours=2)),
    ],
)
def test_meeting_lengths(text: str, length: timedelta) -> None:
    assert find_duration(text) == length
