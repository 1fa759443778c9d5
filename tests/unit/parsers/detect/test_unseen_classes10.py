"""Classes of failure seen on unseen mail, round 18 (Tokyo, Porto, Brussels): each fixed by a general
mechanism (own examples, not copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

from followup.parsers import analyze_email
from followup.parsers import lexicon as lx
from followup.parsers.addresses import is_machine
from followup.parsers.judging import is_person
from followup.parsers.loose_date import parse_loose_date
from followup.parsers.timeline import find_timeline
from followup.parsers.when import find_dates
from followup.parsers.when_times import find_duration, find_times
from tests.unit.parsers.detect.test_unseen_classes6 import ME, NOW, mail

JST = "Mon, 23 Nov 2026 10:00:00 +0900"


def test_year_first_dates_with_slashes_or_dots() -> None:
    ref = date(2026, 11, 23)
    for text in ("Date/Time: 2026/12/10 (Thu) 15:00-16:00 JST", "Datum: 2026.12.10, 15:00"):
        assert [h.value for h in find_dates(text, ref)] == [date(2026, 12, 10)], text
    assert find_dates("build 2026/13/45", ref) == []  # no such month


def test_a_weekday_written_after_a_numeric_date_picks_its_reading() -> None:
    ref = date(2026, 11, 23)
    # 1 February (Monday) or 2 January (Saturday), both soon: the Saturday is 2 January
    assert [h.value for h in find_dates("Assessment on 1/2 (Sat) at 10:00", ref, day_first=True)] == [
        date(2027, 1, 2)
    ]
    assert [h.value for h in find_dates("Assessment on 2/1 (Sat) at 10:00", ref)] == [date(2027, 1, 2)]
    assert [h.value for h in find_dates("next round: 2/1, Saturday", ref)] == [date(2027, 1, 2)]


def test_a_test_sat_at_a_fixed_time_is_a_stage_of_the_selection() -> None:
    d = mail(
        "Dear Ms. Novak,\n\nThank you for applying to Sora Works. As the next step, we would like you to "
        "take our online coding test at the time below. All candidates take it at the same time.\n\n"
        "Date: 2026/12/12 (Sat) 10:00-11:30 JST\n\nSora Works Recruiting\n",
        "Coding test schedule",
        "Sora Works <noreply@ats-mail.example>",
        date_header=JST,
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 12, 1, 0, tzinfo=UTC)
    for phrase in (
        "sit the computer-based reasoning tests",
        "an aptitude test",
        "the psychometric test",
        "we would like to invite you to the online technical test",
        "te invitamos a realizar la prueba técnica online",
        "us convidem a fer la prova tècnica en línia",
        "convidamo-lo a realizar a prova técnica online",
        "La invitiamo a svolgere la prova tecnica online",
        "nous vous invitons à passer le test technique en ligne",
        "wir laden Sie zum Online-Coding-Test ein",
        "we nodigen je uit voor de technische test",
    ):
        assert lx.INTERVIEW.search(phrase), phrase


def test_moved_your_interview_to_names_the_new_slot_over_the_reply_subject() -> None:
    d = mail(
        "Dear Ms. Novak,\n\nNo problem. We have moved your interview to 12/11 (Fri) 17:00-18:00 JST.\n\n"
        "Best regards,\nAya Ito\nRecruiter, Kumo Games\n",
        "Re: Interview invitation - 12/10 (Thu) 17:00",
        "Aya Ito <a.ito@kumogames.example>",
        date_header=JST,
    )
    assert d.is_interview, d.reasons
    assert d.kind == "reschedule"
    assert d.start == datetime(2026, 12, 11, 8, 0, tzinfo=UTC)


def test_a_change_of_date_is_a_move_and_an_offer_to_change_is_not() -> None:
    assert lx.RESCHEDULE.search("Change of interview date: 12/8 -> 12/9")
    assert lx.RESCHEDULE.search("we have rearranged your interview")
    d = mail(
        "Dear Mila,\n\nYour interview is on Friday, 11 December 2026, 10:00-11:00 CET.\n"
        "For any change of schedule, please contact the recruiter who scheduled it.\n\nPerla HR\n",
        "Interview scheduled",
        "Perla HR <jana.horak@perla.example>",
    )
    assert d.is_interview and d.kind == "invite", (d.kind, d.reasons)


def test_a_move_ruled_out_is_no_move_in_every_language() -> None:
    d = mail(
        "Caro Tiago,\n\nNa sequência da sua candidatura, convidamo-lo para a prova técnica online "
        "na terça-feira, 15 de dezembro, das 10h00 "
        "às 12h00 (hora de Lisboa). Não é possível alterar a hora depois de iniciada a sessão.\n\n"
        "Atenciosamente,\nJoana Reis\nRecrutamento, Foz Dados\n",
        "Prova técnica – Engenheiro de Dados",
        "Joana Reis <joana.reis@fozdados.example>",
        date_header="Tue, 24 Nov 2026 10:00:00 +0000",
    )
    assert d.is_interview and d.kind == "invite", (d.kind, d.reasons)
    assert d.start == datetime(2026, 12, 15, 10, 0, tzinfo=UTC)


def test_a_meetup_on_passing_interviews_is_no_interview() -> None:
    d = mail(
        "Your registration for the following event has been completed.\n\nEvent: How to pass a coding "
        "interview at big tech\nDate: 2026/12/10 (Thu) 19:30-21:30\nVenue: Hall B, 3F\n"
        "Your ticket: General (free)\n",
        "Registration completed: How to pass a coding interview",
        "Meetup Hub <no-reply@meetuphub.example>",
        date_header=JST,
    )
    assert not d.is_interview


def test_shared_mailboxes_relays_and_messengers_are_no_one_to_thank() -> None:
    for address in ("recruit@hikari.example", "planning@selectis.example", "saiyo@kumo.example"):
        assert not is_person(address, None, ME), address
    for address in ("relay+t1234@msg.jobboard.example", "messenger@webex.example"):
        assert is_machine(address), address


def test_a_forward_header_starting_with_the_french_tuesday() -> None:
    plus_one = timezone(timedelta(hours=1))
    # "mar." first is mardi (Tuesday), not March
    assert parse_loose_date("mar. 17 nov. 2026 à 15:20", False, plus_one) == datetime(
        2026, 11, 17, 15, 20, tzinfo=plus_one
    )
    assert parse_loose_date("5 mar 2026 10:00", False, plus_one) == datetime(
        2026, 3, 5, 10, 0, tzinfo=plus_one
    )


def test_the_result_dates_of_every_language() -> None:
    tokyo, lisbon, brussels = ZoneInfo("Asia/Tokyo"), ZoneInfo("Europe/Lisbon"), ZoneInfo("Europe/Brussels")
    sent = datetime(2026, 11, 20, 1, 0, tzinfo=UTC)
    tl = find_timeline(
        "We will inform you of the result by 12/24 (Thu).", datetime(2026, 12, 9, 3, tzinfo=UTC), tokyo, sent
    )
    assert tl.follow_up_after == date(2026, 12, 24)
    tl = find_timeline(
        "Receberá o resultado no prazo de 4 dias úteis após a prova.",
        datetime(2026, 12, 14, 14, tzinfo=UTC),
        lisbon,
        sent,
    )
    assert tl.follow_up_after == date(2026, 12, 18)
    tl = find_timeline(
        "Wij laten u binnen vijf werkdagen na het gesprek weten of u verder gaat.",
        datetime(2027, 1, 6, 9, tzinfo=UTC),
        brussels,
        sent,
    )
    assert tl.follow_up_after == date(2027, 1, 13)


def test_a_day_just_gone_is_not_next_years() -> None:
    london = ZoneInfo("Europe/London")
    tl = find_timeline(
        "Our office reopens on 4 January, so email me before then if anything comes up.",
        datetime(2027, 1, 5, 10, tzinfo=UTC),
        london,
        datetime(2026, 11, 20, tzinfo=UTC),
    )
    assert tl.follow_up_after is None


def test_belgian_numbers_and_a_move_said_with_an_adverb() -> None:
    assert find_duration("un entretien de nonante minutes") == timedelta(minutes=90)
    assert find_duration("comptez septante minutes") == timedelta(minutes=70)
    assert lx.RESCHEDULE.search("nous devons malheureusement déplacer votre entretien")


def test_a_day_programme_ends_when_its_stated_range_does() -> None:
    d = mail(
        "Hallo Mila,\n\nwir laden dich zu einem Probearbeitstag ein:\n\n"
        "Dienstag, 12. Januar 2027, von 9:00 bis 16:00 Uhr\n\nAblauf:\n09:00 Begrüßung\n"
        "10:00 Pairing im Team\n12:00 Mittagessen\n15:00 Abschlussgespräch\n16:00 Feierabend\n\n"
        "Viele Grüße\nLea Brandt\nPeople, Hafenlicht GmbH\n",
        "Dein Probearbeitstag bei Hafenlicht",
        "Lea Brandt <lea.brandt@hafenlicht.example>",
    )
    assert d.is_interview, d.reasons
    assert (d.start, d.end) == (
        datetime(2027, 1, 12, 8, 0, tzinfo=UTC),
        datetime(2027, 1, 12, 15, 0, tzinfo=UTC),
    )


def test_the_length_named_as_the_meetings_wins_over_a_bare_one_nearby() -> None:
    d = mail(
        "Gentile Mila,\n\nLa invitiamo al secondo colloquio giovedì 14 gennaio 2027 alle ore 9:30 presso la "
        "nostra sede. Avrà 20 minuti per leggere il caso, seguiti dalla presentazione e dalle domande del "
        "comitato, che Le illustreremo all'arrivo insieme alle altre informazioni pratiche sulla giornata e "
        "sul percorso di selezione per la posizione di analista.\n\nNel complesso l'incontro durerà circa "
        "un'ora e mezza.\n\nCordiali saluti\nElena Conti\nHR, Vela Consulting\n",
        "Secondo colloquio",
        "Elena Conti <elena.conti@velaconsulting.example>",
    )
    assert d.is_interview, d.reasons
    assert d.end is not None and d.start is not None and d.end - d.start == timedelta(minutes=90)


def test_a_length_given_in_parts_is_their_sum() -> None:
    cases = {
        "Format: 40 min case presentation + 20 min questions": 60,
        "Tendrás 25 minutos para presentar y otros 35 de preguntas.": 60,
        "Vous aurez 30 minutes de préparation, puis 15 minutes d'échange.": 45,
        "Een half uurtje is genoeg.": 30,
    }
    for text, minutes in cases.items():
        assert find_duration(text) == timedelta(minutes=minutes), text
    # a clock time after "then" is no second part
    assert find_duration("a 30-minute call, then 2 pm office tour") == timedelta(minutes=30)


def test_ats_hosts_and_resourcing_mailboxes_are_no_one_to_thank() -> None:
    assert is_machine("acmeenergyp@sapsf.example")
    assert is_machine("talent@eu.avature.example")
    assert not is_person("resourcing@dodderbank.example", None, ME)


def test_a_copied_colleague_the_event_title_names_is_an_interviewer() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//zoom.us//iCalendar Event//EN\r\nMETHOD:PUBLISH\r\n"
        "BEGIN:VEVENT\r\nUID:r2-5521@zoom.example\r\nDTSTAMP:20261112T211802Z\r\n"
        "DTSTART:20261210T200000Z\r\nDTEND:20261210T210000Z\r\n"
        "SUMMARY:Mila Novak - 2nd round (Omar Reyes / Ilse Baumann)\r\n"
        "DESCRIPTION:Omar Reyes is inviting you to a scheduled Zoom meeting.\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    raw = (
        "From: Omar Reyes <omar.reyes@ridgeway.example>\nTo: Mila Novak <mila.novak@mailbox.example>\n"
        "Cc: Ilse Baumann <ilse.baumann@ridgeway.example>\nSubject: Round 2\n"
        "Date: Thu, 12 Nov 2026 14:20:31 -0700\nMessage-ID: <r2@ridgeway.example>\nMIME-Version: 1.0\n"
        'Content-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain; charset=utf-8\n\n'
        "Mila - great talking last week. Locking in Thu Dec 10, 1pm Mountain for round 2 with me and Ilse "
        "(our CEO, cc'd), one hour on Zoom.\nOmar\n--b\nContent-Type: text/calendar; method=PUBLISH\n\n"
        + ics
        + "--b--\n"
    )
    d = analyze_email(raw.encode(), ME, NOW)
    assert d.is_interview, d.reasons
    assert set(d.thank_you_recipients) == {"omar.reyes@ridgeway.example", "ilse.baumann@ridgeway.example"}


def test_usability_work_in_a_researchers_technical_session_is_the_craft_not_the_topic() -> None:
    d = mail(
        "Olá Mila,\n\nA sua sessão de desafio técnico foi agendada.\n\nDesafio técnico – Investigação UX\n"
        "Quinta-feira, 10 de dezembro de 2026\n10:00 – 11:30 (Europe/Lisbon)\n"
        "Participantes: Rita Lopes (Talent Acquisition)\n\nVai analisar connosco os resultados de um teste "
        "de usabilidade de uma das nossas aplicações.\n\nCom os melhores cumprimentos,\nMaré Apps\n",
        "Desafio técnico agendado – UX Researcher",
        "Maré Apps <no-reply@teamtailor-mail.example>",
        date_header="Tue, 24 Nov 2026 10:00:00 +0000",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 10, 10, 0, tzinfo=UTC)
    # a usability session for a participant is still no interview
    d = mail(
        "Olá Mila,\n\nObrigado por participar no nosso estudo. O seu teste de usabilidade foi agendado para "
        "quinta-feira, 10 de dezembro, às 10h00. Receberá um vale de 20 euros.\n\nEquipa de Investigação\n",
        "Teste de usabilidade agendado",
        "Maré Apps Research <research@mareapps.example>",
        date_header="Tue, 24 Nov 2026 10:00:00 +0000",
    )
    assert not d.is_interview


def test_an_introductory_call_in_italian() -> None:
    for phrase in ("la call conoscitiva di giovedì", "una telefonata conoscitiva"):
        assert lx.INTERVIEW.search(phrase), phrase
    d = mail(
        "Ciao Mila,\n\nti confermo la call di dopodomani alle 11:30, durata 30 minuti circa, su Teams.\n\n"
        "Ciao e a giovedì,\nMarco Riva\nTalent Acquisition | Lumen S.p.A.\n",
        "Call conoscitiva Lumen",
        "Marco Riva <marco.riva@lumen.example>",
    )
    assert d.is_interview, d.reasons
    assert (d.start, d.end) == (
        datetime(2026, 11, 26, 10, 30, tzinfo=UTC),
        datetime(2026, 11, 26, 11, 0, tzinfo=UTC),
    )


def test_minutes_after_a_comma_right_after_an_at_hour_word() -> None:
    assert [(h.start, h.text) for h in find_times("venerdì 11 dicembre, sempre ore 10,30, in sede")] == [
        (time(10, 30), "ore 10,30")
    ]
    assert find_times("una quota di 10,30 euro") == []  # a decimal, not a time
    d = mail(
        "Gentile Mila,\n\ndobbiamo spostare il colloquio previsto per martedì 15 dicembre alle 9:30 a "
        "giovedì 17 dicembre, sempre ore 9,30, presso la nostra sede.\n\n"
        "Cordiali saluti\nLuca Ferri\nHR, Orsa Srl\n",
        "Colloquio - variazione data",
        "Luca Ferri <luca.ferri@orsa.example>",
    )
    assert d.is_interview and d.kind == "reschedule", (d.kind, d.reasons)
    assert d.start == datetime(2026, 12, 17, 8, 30, tzinfo=UTC)


def test_dutch_moves_and_offer_talks() -> None:
    d = mail(
        "Beste Mila,\n\nHelaas moet Eva ons gesprek van dinsdag 8 december verzetten. Het gesprek vindt nu "
        "plaats op woensdag 9 december 2026 van 11:00 tot 12:00 uur.\n\nMet vriendelijke groet,\n"
        "Joris Bos\nRecruiter | Duinzicht B.V.\n",
        "RE: Bevestiging sollicitatiegesprek",
        "Joris Bos <joris.bos@duinzicht.example>",
    )
    assert d.is_interview and d.kind == "reschedule", (d.kind, d.reasons)
    assert d.start == datetime(2026, 12, 9, 10, 0, tzinfo=UTC)
    d = mail(
        "Hoi Mila,\n\nGoed nieuws! We willen je graag een aanbod doen. Ik wil het contractvoorstel met je "
        "doorlopen in een arbeidsvoorwaardengesprek op maandag 30 november om 16.30 uur via Teams.\n\n"
        "Groet,\nNina Vos\nHR Manager | Kade Analytics\n",
        "Goed nieuws - arbeidsvoorwaardengesprek",
        "Nina Vos <nina.vos@kade.example>",
    )
    assert not d.is_interview


def test_the_service_that_relayed_the_mail_is_not_the_employer() -> None:
    d = mail(
        "Nora Lind le ha enviado un mensaje nuevo\n\nNora Lind\nTalent Partner en Faro Labs\n\n"
        '"Hola Mila! Te confirmo la entrevista telefónica de pasado mañana a las 16 h."\n\n'
        "Ver mensaje: https://www.linkedin.example/messaging/thread/2-AbC/\n\n"
        "© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.\n",
        "Nora ha enviado un mensaje nuevo",
        "Nora Lind a través de LinkedIn <messages-noreply@linkedin.example>",
    )
    assert d.is_interview, d.reasons
    assert d.company == "Faro Labs"


def test_a_move_explained_by_travel_names_its_new_slot() -> None:
    d = mail(
        "Dear Mila,\n\nApologies: due to our panel chair's mission travel, we need to move your "
        "interview from "
        "Tuesday 8 December at 11:00 to Friday 11 December at 14:00 Geneva time. The format "
        "stays the same.\n\n"
        "Best regards,\nAnna Berg\nHR Officer, Alpine Relief Council\n",
        "Re: Panel interview – HR Officer",
        "Anna Berg <anna.berg@alpinerelief.example>",
    )
    assert d.is_interview and d.kind == "reschedule", (d.kind, d.reasons)
    assert d.start == datetime(2026, 12, 11, 13, 0, tzinfo=UTC)


def test_a_french_assessment_day_is_a_stage_and_a_job_office_meeting_is_not() -> None:
    d = mail(
        "Madame,\n\nNous avons le plaisir de vous convier à la seconde étape de notre processus "
        "de sélection. "
        "Il s'agit d'une demi-journée d'assessment (centre d'évaluation) qui se déroulera :\n"
        "le jeudi 17 décembre 2026, de 8h30 à 12h00\nRue du Lac 4, 1003 Lausanne\n\n"
        "Avec nos meilleures salutations\nSophie Roch\nCoordinatrice RH, Caisse Lémanique\n",
        "Convocation – Assessment",
        "Sophie Roch <sophie.roch@caisse-lemanique.example>",
    )
    assert d.is_interview, d.reasons
    assert (d.start, d.end) == (
        datetime(2026, 12, 17, 7, 30, tzinfo=UTC),
        datetime(2026, 12, 17, 11, 0, tzinfo=UTC),
    )
    d = mail(
        "Madame,\n\nNous vous convoquons à un entretien de conseil et de contrôle auprès de "
        "votre conseillère en "
        "personnel.\nDate : lundi 7 décembre 2026\nHeure : 14h00\nLieu : Office régional de "
        "placement (ORP)\n",
        "Convocation à un entretien de conseil – ORP",
        "ORP <ne-pas-repondre@oce.example>",
    )
    assert not d.is_interview


def test_a_job_boards_reply_relay_in_other_languages_is_a_machine() -> None:
    for address in ("reponse-7f3a9c21e4@reply.jobboard.example", "antwort-77ab@relay.jobs.example"):
        assert is_machine(address), address


def test_a_count_with_its_figure_in_brackets() -> None:
    tl = find_timeline(
        "Feedback will be communicated within five (5) working days of the interview.",
        datetime(2026, 12, 14, 8, tzinfo=UTC),
        ZoneInfo("Africa/Nairobi"),
        datetime(2026, 11, 20, tzinfo=UTC),
    )
    assert tl.follow_up_after == date(2026, 12, 21)


def test_a_move_from_the_old_slot_to_a_new_line() -> None:
    d = mail(
        "Dear Mila,\n\nDue to unavoidable circumstances on the part of the panel, we need to move your "
        "interview "
        "for the position of Analyst from Tuesday 8th December, 2026 at 10.00am to:\n"
        "Wednesday 9th December, 2026 at 3.00pm (East Africa Time)\n\n"
        "Regards,\nRuth Achieng\nHR Manager, Ziwa Ltd\n",
        "RESCHEDULED: Interview – Analyst – Ziwa",
        "Ruth Achieng <ruth.achieng@ziwa.example>",
    )
    assert d.is_interview and d.kind == "reschedule", (d.kind, d.reasons)
    assert d.start == datetime(2026, 12, 9, 12, 0, tzinfo=UTC)


def test_yes_to_the_owners_request_to_move_is_a_move() -> None:
    raw = (
        "From: Joy Wanjiku <joy.wanjiku@maziwa.example>\nTo: Mila Novak <mila.novak@mailbox.example>\n"
        "Subject: Re: Interview - Analyst - Maziwa\nDate: Tue, 24 Nov 2026 19:12:08 +0300\n"
        "Message-ID: <r3@maziwa.example>\nIn-Reply-To: <q2@mailbox.example>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "Hi Mila, yes Monday 30th at 11am is fine. Same link. Regards, Joy\n\n"
        "> On 24 Nov 2026, at 17:40, Mila Novak <mila.novak@mailbox.example> wrote:\n>\n"
        "> Dear Joy, would it be possible to move my interview to Monday 30th November at 11.00am EAT?\n>\n"
        ">> On 20 Nov 2026, at 10:15, Joy Wanjiku <joy.wanjiku@maziwa.example> wrote:\n>>\n"
        ">> We are pleased to invite you for a virtual interview for the position of Analyst on Friday 27th "
        "November 2026 at 10.00am EAT via Google Meet.\n"
    )
    d = analyze_email(raw.encode(), ME, NOW)
    assert d.is_interview and d.kind == "reschedule", (d.kind, d.reasons)
    assert d.start == datetime(2026, 11, 30, 8, 0, tzinfo=UTC)


def test_a_replys_subject_keeps_the_first_day_and_the_newest_text_gives_the_slot() -> None:
    d = mail(
        "Thanks Mila, that's confirmed - Fri 11 Dec, 2:30pm, same venue. Still one hour with Mr. Lau. "
        "I've let the client know.\n\nJenny Ho\nAssociate Director | Harbour Talent Asia Limited\n",
        "RE: Crimson Tide Securities - interview Thu 10 Dec",
        "Jenny Ho <jenny.ho@harbourtalent.example>",
        date_header="Tue, 24 Nov 2026 12:40:18 +0800",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 11, 6, 30, tzinfo=UTC)


def test_an_italian_reply_subject_and_french_moves_and_offers() -> None:
    assert lx.REPLY_SUBJECT.match("R: Colloquio lunedì 30 novembre")
    d = mail(
        "Gentile Signora Novak,\n\nil colloquio previsto per lunedì 30 novembre alle ore 10:00 "
        "è quindi spostato "
        "a giovedì 3 dicembre alle ore 15:00, sempre presso la nostra sede.\n\nCordiali saluti\nSara Neri\n"
        "HR Specialist, Farmalago SA\n",
        "R: Colloquio lunedì 30 novembre – nuovo orario",
        "Sara Neri <sara.neri@farmalago.example>",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 3, 14, 0, tzinfo=UTC)
    d = mail(
        "Bonjour Madame Novak,\n\nNous avons donc dû déplacer l'entretien au mercredi 2 décembre à 16h00, "
        "toujours à notre siège.\n\nMeilleures salutations\nJulien Roux\nSpécialiste "
        "Recrutement, Lémanergie SA\n",
        "Entretien HRBP",
        "Julien Roux <julien.roux@lemanergie.example>",
    )
    assert d.is_interview and d.kind == "reschedule", (d.kind, d.reasons)
    d = mail(
        "Bonjour Madame Novak,\n\nla direction souhaite vous faire une offre pour le poste. Je "
        "vous propose un "
        "appel le vendredi 27 novembre à 17h00 afin de vous présenter les "
        "conditions.\n\nMeilleures salutations\n"
        "Christine Bonvin\nRH, Valaisanne SA\n",
        "Bonne nouvelle – proposition d'engagement",
        "Christine Bonvin <christine.bonvin@valaisanne.example>",
    )
    assert not d.is_interview


def test_shortlisted_candidates_central_africa_time_and_reporting_times() -> None:
    d = mail(
        "Dear Ms. Novak,\n\nWe are happy to inform you that you have been shortlisted for an interview for "
        "the "
        "position of Analyst at Sika Money.\nThe interview will take place on Tuesday 15th December 2026 at "
        "10:00 GMT via Microsoft Teams.\nWe will communicate the outcome of the interview to all candidates "
        "by Wednesday 23rd December 2026.\n\nYours faithfully,\nAma Owusu\nSenior HR Officer\n",
        "INVITATION FOR INTERVIEW - ANALYST",
        "Ama Owusu <ama.owusu@sikamoney.example>",
        date_header="Fri, 20 Nov 2026 12:10:33 +0000",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 15, 10, 0, tzinfo=UTC)
    assert next(h.zone for h in find_times("at 10:00 CAT (11:00 Nairobi time)")) == ZoneInfo("Africa/Maputo")
    d = mail(
        "Dear Mila,\n\nYou have been shortlisted to sit for an aptitude test.\n"
        "Date: Wednesday 2nd December 2026\n"
        "Reporting time: 8.00am\nTest time: 8.30am to 11.30am\nVenue: Prime Assessment Centre, Nairobi\n\n"
        "Regards,\nHuman Resources, Umoja Bima Ltd\n",
        "Aptitude Test - Analyst",
        "Umoja Bima Careers <careers@umojabima.example>",
        date_header="Fri, 20 Nov 2026 14:37:55 +0300",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 2, 5, 30, tzinfo=UTC)


def test_hk_time() -> None:
    zones = [h.zone for h in find_times("tomorrow (Thu) at 12:30 p.m. HK time.")]
    assert zones == [ZoneInfo("Asia/Hong_Kong")]
