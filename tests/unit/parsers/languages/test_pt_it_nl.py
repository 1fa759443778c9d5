"""Portuguese, Italian and Dutch: dates, times, cues and interview words, then whole mails.

Every example is written here from the language (none is copied from a held-out set).
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime, time
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


def test_the_three_languages_are_read() -> None:
    assert {m.__name__.rsplit(".", 1)[-1] for m in words.LANGUAGES} >= {"pt", "it", "nl"}


def _when(text: str) -> tuple[list[date], list[tuple[time, time | None]]]:
    return [d.value for d in find_dates(text, REF)], [(t.start, t.end_time) for t in find_times(text)]


@pytest.mark.parametrize(
    ("text", "day", "times"),
    [
        ("entrevista na terça-feira, 1º de dezembro, às 14h30", date(2026, 12, 1), [(time(14, 30), None)]),
        ("quarta-feira, dia 2 de dezembro, das 14h às 15h", date(2026, 12, 2), [(time(14), time(15))]),
        ("colloquio martedì 1 dicembre alle ore 15:30", date(2026, 12, 1), [(time(15, 30), None)]),
        ("giovedì 3 dicembre, dalle 10 alle 11", date(2026, 12, 3), [(time(10), time(11))]),
        ("il 1° dicembre alle 15", date(2026, 12, 1), [(time(15), None)]),
        ("sollicitatiegesprek op dinsdag 1 december om 14.30 uur", date(2026, 12, 1), [(time(14, 30), None)]),
        ("donderdag 3 december van 10:00 tot 11:00", date(2026, 12, 3), [(time(10), time(11))]),
        ("vrijdag 4 december, 14:00 – 15:00 uur", date(2026, 12, 4), [(time(14), time(15))]),
        ("vrijdag 4 december van 10 tot 11 uur", date(2026, 12, 4), [(time(10), time(11))]),
        ("maandag 30 november om 14u30", date(2026, 11, 30), [(time(14, 30), None)]),  # Flemish
        ("woensdag 2 december van 10u tot 11u", date(2026, 12, 2), [(time(10), time(11))]),
    ],
)
def test_dates_and_times(text: str, day: date, times: list[tuple[time, time | None]]) -> None:
    days, got = _when(text)
    assert days == [day]
    assert got == times


@pytest.mark.parametrize("text", ["segunda entrevista", "a segunda fase", "1 out of 3", "set 3 reminders"])
def test_ordinals_and_short_words_are_not_dates(text: str) -> None:
    assert find_dates(text, REF) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Daremos um retorno até sexta-feira.", date(2026, 11, 27)),
        ("Daremos um retorno em até 5 dias úteis.", date(2026, 12, 2)),
        ("Entraremos em contato dentro de duas semanas.", date(2026, 12, 9)),
        ("Ligue para mim na próxima semana.", date(2026, 11, 30)),
        ("Le daremo un riscontro entro venerdì.", date(2026, 11, 27)),
        ("Ti faremo sapere entro 3 giorni lavorativi.", date(2026, 11, 30)),
        ("Le daremo un riscontro entro il 4 dicembre.", date(2026, 12, 4)),
        ("Le daremo un riscontro entro il 4° dicembre.", date(2026, 12, 4)),
        ("We laten je voor vrijdag weten hoe het verder gaat.", date(2026, 11, 27)),
        ("Je hoort binnen vijf werkdagen van ons.", date(2026, 12, 2)),
        ("We laten het je uiterlijk 4 december weten.", date(2026, 12, 4)),
        ("We nemen binnen twee weken contact met je op.", date(2026, 12, 9)),
        ("Daremos um retorno amanhã.", date(2026, 11, 26)),
        ("Daremos um retorno até o fim da próxima semana.", date(2026, 12, 4)),
        ("Daremos uma resposta até o fim desta semana.", date(2026, 11, 27)),
        ("Le daremo un riscontro dopodomani.", date(2026, 11, 27)),
        ("Le daremo un riscontro entro la fine della settimana.", date(2026, 11, 27)),
        ("Ti faremo sapere entro la fine della prossima settimana.", date(2026, 12, 4)),
        ("Je hoort eind van de week van ons.", date(2026, 11, 27)),
        ("Goedemorgen, we laten je vandaag nog weten hoe het zit.", date(2026, 11, 25)),
    ],
)
def test_follow_up_cues(text: str, expected: date) -> None:
    assert find_timeline(text, ANCHOR, ZoneInfo("UTC")).follow_up_after == expected


@pytest.mark.parametrize(
    ("table", "text"),
    [
        ("INTERVIEW", "Convite para uma entrevista de emprego"),
        ("INTERVIEW", "próxima etapa do processo seletivo: dinâmica de grupo"),
        ("INTERVIEW", "colloquio conoscitivo con il team"),
        ("INTERVIEW", "secondo colloquio tecnico"),
        ("INTERVIEW", "uitnodiging voor een kennismakingsgesprek"),
        ("INTERVIEW", "het tweede gesprek vindt plaats op kantoor"),
        ("INTERVIEW", "ons online gesprek staat gepland"),
        ("INTERVIEW", "un incontro conoscitivo in videochiamata"),
        ("CANDIDATE_FRAMING", "confirmamos a sua entrevista"),
        ("CANDIDATE_FRAMING", "ecco i dettagli del suo colloquio"),
        ("CANDIDATE_FRAMING", "hierbij de details van uw sollicitatiegesprek"),
        ("CANDIDATE_FRAMING", "alles staat klaar voor je gesprek"),
        ("CANCEL", "a entrevista foi cancelada"),
        ("CANCEL", "il colloquio è stato annullato"),
        ("CANCEL", "het gesprek gaat helaas niet door"),
        ("RESCHEDULE", "precisamos remarcar a entrevista"),
        ("RESCHEDULE", "il colloquio è stato spostato"),
        ("RESCHEDULE", "het gesprek is verplaatst"),
        ("RESCHEDULE", "het gesprek is verschoven naar een nieuw tijdstip"),
        ("RESCHEDULE", "a entrevista foi adiada"),
        ("RESCHEDULE", "il colloquio è stato posticipato"),
        ("CANCEL", "het gesprek is afgelast"),
        ("NOT_THE_TIME", "qual a sua disponibilidade na próxima semana?"),
        ("NOT_THE_TIME", "ci indichi la sua disponibilità"),
        ("NOT_THE_TIME", "wat is je beschikbaarheid?"),
    ],
)
def test_interview_words(table: str, text: str) -> None:
    rx = getattr(lexicon, table)
    assert rx.search(text), (table, text)


@pytest.mark.parametrize(
    "text",
    [
        "Please complete the online assessment by Friday.",  # not an assessment centre
        "The colloquia on data ethics are held in the main hall.",  # academic talks
        "Our data team shipped the report.",  # "data" is not a Portuguese/Italian date label
    ],
)
def test_english_is_not_read_as_the_new_languages(text: str) -> None:
    assert lexicon.INTERVIEW.search(text) is None
    assert lexicon.SCHEDULED.search(text) is None


@pytest.mark.parametrize(
    ("body", "closing"),
    [
        ("Até terça.\n\nAtenciosamente,\nBeatriz Alves\nCaravela Tech", "Atenciosamente,"),
        ("A presto.\n\nCordiali saluti,\nGiulia Ferri\nLagunaSoft", "Cordiali saluti,"),
        ("Tot dinsdag.\n\nMet vriendelijke groet,\nSanne de Jong\nPolderData", "Met vriendelijke groet,"),
    ],
)
def test_signature_closings(body: str, closing: str) -> None:
    _, signature = split_signature(body)
    assert signature.startswith(closing)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Você conversará com Rafael Monteiro, Gerente de Engenharia.", "Rafael Monteiro"),
        ("Incontrerai Marco Bianchi, Responsabile Tecnico.", "Marco Bianchi"),
        ("Je spreekt met Pieter Visser, Teamlead Data.", "Pieter Visser"),
        ("Intervistatori: Laura Conti, Paolo Greco", "Laura Conti"),
    ],
)
def test_people_triggers(text: str, name: str) -> None:
    people = find_named_people(text)
    assert people and people[0].name == name
    assert people[0].title is None or people[0].title != name


def test_forward_prefixes() -> None:
    for subject in ("Enc: Entrevista", "I: Colloquio", "Doorst: Sollicitatiegesprek"):
        assert lexicon.FORWARD_SUBJECT.match(subject)


def test_portuguese_invite() -> None:
    d = analyze_email((FIXTURES / "pt_invite.eml").read_bytes(), ME, NOW)
    assert d.is_interview and d.kind == "invite"
    assert d.start == datetime(2026, 12, 1, 17, 0, tzinfo=UTC)  # 14h -03:00
    assert d.end == datetime(2026, 12, 1, 18, 0, tzinfo=UTC)  # às 15h
    assert d.position == "Analista de Dados"
    assert d.follow_up_after == date(2026, 12, 4)  # "daremos um retorno até sexta-feira, 4 de dezembro"
    assert [p.name for p in d.people if p.role == "interviewer"] == ["Rafael Monteiro", "Juliana Prado"]


def test_italian_invite_and_reschedule() -> None:
    d = analyze_email((FIXTURES / "it_invite.eml").read_bytes(), ME, NOW)
    assert d.is_interview and d.kind == "invite"
    assert d.start == datetime(2026, 12, 1, 14, 30, tzinfo=UTC)  # alle ore 15:30 +01:00
    assert d.end == datetime(2026, 12, 1, 15, 15, tzinfo=UTC)  # durerà circa 45 minuti
    assert d.position == "Sviluppatore Backend"
    assert d.follow_up_after == date(2026, 12, 8)  # entro 5 giorni lavorativi dal colloquio
    r = analyze_email((FIXTURES / "it_reschedule.eml").read_bytes(), ME, NOW)
    assert r.kind == "reschedule"
    assert (r.start, r.end) == (datetime(2026, 12, 3, 9, tzinfo=UTC), datetime(2026, 12, 3, 10, tzinfo=UTC))


def test_dutch_invite() -> None:
    d = analyze_email((FIXTURES / "nl_invite.eml").read_bytes(), ME, NOW)
    assert d.is_interview and d.kind == "invite"
    assert d.start == datetime(2026, 12, 1, 13, 30, tzinfo=UTC)  # om 14.30 uur +01:00
    assert d.position == "Data Engineer"
    assert d.follow_up_after == date(2026, 12, 8)  # binnen een week na het gesprek
    assert [p.name for p in d.people if p.role == "interviewer"] == ["Pieter Visser", "Eva Mulder"]


@pytest.mark.parametrize(
    ("name", "kind", "start"),
    [
        ("pt_invite.eml", "invite", "2026-12-01T17:00:00Z"),
        ("pt_cancel.eml", "cancellation", "2026-12-01T17:00:00Z"),
        ("it_invite.eml", "invite", "2026-12-01T14:30:00Z"),
        ("it_reschedule.eml", "reschedule", "2026-12-03T09:00:00Z"),
        ("nl_invite.eml", "invite", "2026-12-01T13:30:00Z"),
        ("nl_cancel.eml", "cancellation", "2026-12-01T13:30:00Z"),
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
    "text",
    [
        "Por favor, nos avise até sexta-feira se o horário funciona, e daremos um retorno.",
        "Ci faccia sapere entro venerdì la sua disponibilità; poi le daremo un riscontro.",
        "Laat ons voor vrijdag weten of dinsdag past, dan hoor je daarna van ons.",
    ],
)
def test_reply_by_deadlines_are_not_follow_up_dates(text: str) -> None:
    assert find_timeline(text, ANCHOR, ZoneInfo("UTC")).follow_up_after is None


def _meta(subject: str) -> MailMeta:
    return MailMeta(None, None, (), subject, None, (), (), None)


@pytest.mark.parametrize(
    "subject",
    [
        "Convite: Caravela Tech",
        "Processo seletivo - próxima etapa",
        "Invito - LagunaSoft, martedì 1 dicembre",
        "Appuntamento spostato",
        "Uitnodiging kennismaking PolderData",
        "Afspraak verplaatst naar donderdag",
    ],
)
def test_prefilter_fetches_portuguese_italian_dutch_subjects(subject: str) -> None:
    assert wants_body(_meta(subject), has_calendar_part=False)


def test_prefilter_still_skips_unrelated_subjects() -> None:
    assert not wants_body(_meta("Nieuwsbrief november: tips voor de feestdagen"), has_calendar_part=False)


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("neg_it_press.eml", "no job interview"),  # "intervista" for a newspaper
        ("neg_nl_application_ack.eml", "application acknowledgement"),
        ("neg_pt_rejection.eml", "rejection"),
    ],
)
def test_negatives(name: str, why: str) -> None:
    d = analyze_email((FIXTURES / name).read_bytes(), ME, NOW)
    assert not d.is_interview
    assert d.reasons and why in d.reasons[0]


@pytest.mark.parametrize(
    ("name", "written", "numeric"),
    [
        ("pt_invite.eml", "na terça-feira, 1º de dezembro,", "no dia 01/12"),
        ("it_invite.eml", "martedì 1° dicembre", "il giorno 01/12"),
        ("nl_invite.eml", "op dinsdag 1 december", "op 01/12"),
    ],
)
def test_numeric_dates_are_day_first(name: str, written: str, numeric: str) -> None:
    raw = (FIXTURES / name).read_bytes()
    assert written.encode() in raw
    d = analyze_email(raw.replace(written.encode(), numeric.encode()), ME, NOW)
    assert d.start is not None and d.start.date() == date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [("Il colloquio durerà 1 ora.", 60), ("durata prevista: due ore", 120), ("2 orders shipped", None)],
)
def test_italian_meeting_length(text: str, minutes: int | None) -> None:
    got = find_duration(text)
    assert (got.total_seconds() // 60 if got else None) == minutes


@pytest.mark.parametrize("local", ["recrutamento", "vagas", "selezione", "werving", "vacature"])
def test_group_mailboxes_are_not_people(local: str) -> None:
    assert lexicon.GROUP_LOCAL.match(local)


@pytest.mark.parametrize("title", ["Selezione del personale", "Medewerker werving & selectie"])
def test_recruiter_titles(title: str) -> None:
    assert lexicon.RECRUITER_TITLE.search(title)
