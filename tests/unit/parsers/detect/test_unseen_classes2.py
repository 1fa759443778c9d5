"""Classes of failure seen on unseen mail, round 2: each fixed by a general mechanism (own examples)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from followup.parsers import analyze_email
from followup.parsers.addresses import Owner
from followup.parsers.judging import other_topic
from followup.parsers.model import Detection
from followup.parsers.when_times import find_duration, find_times
from followup.parsers.when_zones import zone_from_text

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
ME = Owner.of(["sam.okafor@mailbox.example"], "Sam Okafor")


def mail(body: str, subject: str, sender: str, *, extra: str = "", ctype: str = "text/plain") -> Detection:
    head = (
        f"From: {sender}\nTo: Sam Okafor <sam.okafor@mailbox.example>\nSubject: {subject}\n"
        "Date: Tue, 24 Nov 2026 10:00:00 -0500\nMessage-ID: <t2@example.test>\n"
        + extra
        + f"MIME-Version: 1.0\nContent-Type: {ctype}; charset=utf-8\n\n"
    )
    return analyze_email((head + body).encode(), ME, NOW)


def ics_mail(body: str, subject: str, sender: str, vevent: str) -> Detection:
    head = (
        f"From: {sender}\nTo: Sam Okafor <sam.okafor@mailbox.example>\nSubject: {subject}\n"
        "Date: Tue, 24 Nov 2026 10:00:00 -0500\nMessage-ID: <t3@example.test>\n"
        'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b1"\n\n'
        "--b1\nContent-Type: text/plain; charset=utf-8\n\n" + body + "\n"
        '--b1\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n'
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        + vevent.replace("\n", "\r\n")
        + "END:VEVENT\r\nEND:VCALENDAR\r\n--b1--\n"
    )
    return analyze_email(head.encode(), ME, NOW)


# Boilerplate about the mailing (unsubscribe, view in browser) below the invite does not veto it.


def test_unsubscribe_line_in_a_disclaimer_does_not_veto_an_invite() -> None:
    text = (
        "Hi Sam,\n\nThe client would like to meet you for a second interview for the Analyst role.\n"
        "Confirmed: Thursday 10 December, 14:00-14:45 London time, on Teams.\n\nGood luck!\n\nPriya\n\n"
        "Priya Shah\nSenior Consultant\nBrightwater Search Ltd\n\nBrightwater Search acts as an employment "
        "agency. If you no longer wish to hear from us, reply with UNSUBSCRIBE.\n"
    )
    assert other_topic(text) is None
    # in every language the detector reads
    assert other_topic(text.replace("reply with UNSUBSCRIBE", "cliquez ici pour vous désinscrire")) is None
    assert other_topic(text.replace("reply with UNSUBSCRIBE", "clique aqui para se descadastrar")) is None


def test_unsubscribe_still_vetoes_a_newsletter_about_interviews() -> None:
    assert other_topic("Unsubscribe | This week: what recruiters ask in an interview, and our jobs board.")


# A job title after "Interview:" in an event's summary is the role, not another candidate.


def test_event_summary_naming_a_job_title_is_not_another_candidate() -> None:
    d = ics_mail(
        "Hi Sam, your interview is confirmed. Rachel will call you.",
        "Interview confirmed for Thu, Dec 10",
        "Ava at Orchard Books <ava@paradox.ai>",
        "UID:t3-1\nDTSTAMP:20261124T100000Z\nDTSTART:20261210T150000Z\nDTEND:20261210T153000Z\n"
        "SUMMARY:Phone interview: Senior Product Designer - Orchard Books\n"
        "ORGANIZER;CN=Ava:mailto:ava@paradox.ai\n"
        "ATTENDEE;CN=Sam Okafor:mailto:sam.okafor@mailbox.example\n",
    )
    assert d.is_interview and d.start == datetime(2026, 12, 10, 15, 0, tzinfo=UTC)


# Press words that name the role ("interview for Podcast Editor", "vaga de Head de Podcasts") are
# the job, not a press interview; press and research interviews are read in every language.


def test_press_words_in_the_role_are_the_job() -> None:
    assert other_topic("Interview for Podcast Editor with Lena Ruiz (Head of Audio).\nMarc Bell") is None
    assert other_topic("Confirmo nossa entrevista para a vaga de Head de Podcasts na quinta às 14h.") is None


def test_press_interviews_in_every_language() -> None:
    for text in (
        "Ich bin Redakteur beim Stadtanzeiger und würde gern ein Interview für unsere Zeitung führen.",
        "Ik bevestig ons interview voor het artikel in het Dagblad; de fotograaf komt om 11 uur.",
        "Confirmo a entrevista para a reportagem do Jornal do Porto, sexta às 10h.",
        "Le confermo l'intervista per l'articolo sul nostro giornale, giovedì alle 11.",
        "Le confirmo la entrevista para el reportaje del periódico, el jueves a las 11.",
        "Je vous confirme l'entretien pour le reportage de notre journal, jeudi à 11 h.",
    ):
        assert other_topic(text) == "press or media interview", text


def test_research_interviews_in_every_language() -> None:
    for text in (
        "Thanks for joining our research interview on Monday at 10. There are no right or wrong answers.",
        "Confirmo sua entrevista de pesquisa na terça às 13h. Você receberá um vale-presente.",
        "Bedankt dat je meedoet aan ons gebruikersonderzoek: je interview is maandag om 11:00.",
        "Grazie per l'intervista di ricerca di lunedì alle 10: riceverai un buono regalo.",
        "Gracias por participar: su entrevista de investigación es el lunes a las 10.",
        "Merci pour votre entretien de recherche lundi à 10 h: une carte cadeau vous attend.",
        "Danke für Ihre Teilnahme an unserer Nutzerstudie: Interview am Montag um 10 Uhr.",
    ):
        assert other_topic(text), text
    assert other_topic("Obrigada por participar da minha pesquisa de mestrado: a entrevista é na terça.")


# Zones in words in every language, IANA names in text, "13 h 30", lengths in words.


def test_zones_in_words_in_every_language() -> None:
    for text, name in (
        ("às 15h (horário de Brasília)", "America/Sao_Paulo"),
        ("às 10h, hora de Lisboa", "Europe/Lisbon"),
        ("alle 11:00 ora italiana", "Europe/Rome"),
        ("alle 11 (ora di Roma)", "Europe/Rome"),
        ("om 14u Belgische tijd", "Europe/Brussels"),
        ("om 9.30 uur Nederlandse tijd", "Europe/Amsterdam"),
        ("at 2pm Irish time", "Europe/Dublin"),
        ("à 10 h (heure de Bruxelles)", "Europe/Brussels"),
        ("Tijd | 09:00 – 09:45 (Europe/Amsterdam)", "Europe/Amsterdam"),
    ):
        zone = zone_from_text(text)
        assert zone is not None and str(zone) == name, text
    assert zone_from_text("l'ora di pranzo è alle 13") is None  # no place: not a zone
    assert zone_from_text("a full time role at 3pm") is None
    # the zone that follows a clock time belongs to that time
    hit = find_times("martedì alle 17:00 ora italiana")[0]
    assert hit.zone is not None and str(hit.zone) == "Europe/Rome"


def test_french_time_with_spaced_h() -> None:
    assert [h.start.strftime("%H:%M") for h in find_times("jeudi à 13 h 30 à Lyon")] == ["13:30"]


def test_lengths_in_words_and_the_named_length_first() -> None:
    assert find_duration("Durata prevista: un'ora e mezza, su Meet") == timedelta(minutes=90)
    assert find_duration("Het gesprek duurt anderhalf uur") == timedelta(minutes=90)
    assert find_duration("an hour and a half with the team") == timedelta(minutes=90)
    assert find_duration("une heure et demie") == timedelta(minutes=90)
    text = "Avrà 30 minuti per preparare il caso; in tutto l'incontro durerà circa 2 ore."
    assert find_duration(text) == timedelta(hours=2)
    assert find_duration("segunda-feira, 30/11, às 8h, no escritório") is None  # a clock time, not 8 hours


# Addresses that are not people: calendar relays, no-reply boxes in every language, group boxes.


def test_calendar_relay_organizer_is_read_from_its_email_parameter() -> None:
    d = ics_mail(
        "Hi Sam, Paolo invited you to the interview below.",
        "Invitation: Interview - UX Designer",
        "Paolo Ferri <noreply@email.icloud.example>",
        "UID:t3-2\nDTSTAMP:20261124T100000Z\nDTSTART:20261210T150000Z\nDTEND:20261210T160000Z\n"
        "SUMMARY:Interview - UX Designer (Sam Okafor)\n"
        "ORGANIZER;CN=Paolo Ferri;EMAIL=paolo.ferri@studioq.example:mailto:2_GQ3TMNBZHA2DEMZQ@imip.me.com\n"
        "ATTENDEE;CN=Paolo Ferri;EMAIL=paolo.ferri@studioq.example;ROLE=CHAIR:"
        "mailto:2_GQ3TMNBZHA2DEMZQ@imip.me.com\n"
        "ATTENDEE;CN=Sam Okafor;EMAIL=sam.okafor@mailbox.example:mailto:sam.okafor@mailbox.example\n",
    )
    assert d.is_interview and d.thank_you_recipients == ("paolo.ferri@studioq.example",)


def test_no_reply_and_group_boxes_in_every_language_are_not_people() -> None:
    from followup.parsers.addresses import is_machine
    from followup.parsers.judging import is_person

    for addr in (
        "naoresponda@ats-mail.example",
        "ne-pas-repondre@jobs.example",
        "notifiche@prenota.example",
        "niet-beantwoorden@werk.example",
        "2_GQ3TMNBZHA2DEMZQ@imip.me.com",
    ):
        assert is_machine(addr), addr
    assert not is_person("talentos@empresa.example", None, ME)
    assert is_person("renata.lopes@empresa.example", "Renata Lopes", ME)


# People: interviewers copied on an invitation with a calendar part, names joined to addresses
# that a forwarded message of the thread gives, "With:" lists, "Head of Credit Risk" is a title.


def test_interviewers_copied_on_an_invitation_with_a_calendar_hold_are_kept() -> None:
    head_cc = "Cc: Ravi Menon <ravi.menon@dunmore.example>, Ola Berg <ola.berg@dunmore.example>, " \
              "Facilities <frontdesk@dunmore.example>\n"
    raw = (
        "From: Nora Quinn <nora.quinn@dunmore.example>\nTo: Sam Okafor <sam.okafor@mailbox.example>\n"
        + head_cc
        + "Subject: Interview confirmation - Data Engineer\nDate: Tue, 24 Nov 2026 10:00:00 -0500\n"
        'Message-ID: <t4@example.test>\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b1"\n\n'
        "--b1\nContent-Type: text/plain; charset=utf-8\n\n"
        "Hi Sam,\n\nYour interview is on Thursday, December 10, "
        "2:00-3:00 PM Eastern. You'll meet Ravi Menon and Ola Berg, both copied here.\n\nNora\n"
        "--b1\nContent-Type: text/calendar; charset=utf-8; method=REQUEST\n\n"
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        "UID:t4-1\r\nDTSTAMP:20261124T100000Z\r\nDTSTART:20261210T190000Z\r\nDTEND:20261210T200000Z\r\n"
        "SUMMARY:Dunmore - Sam Okafor - Data Engineer\r\nDESCRIPTION:Dunmore interview - Data Engineer\r\n"
        "ORGANIZER;CN=Nora Quinn:mailto:nora.quinn@dunmore.example\r\n"
        "ATTENDEE;CN=Sam Okafor:mailto:sam.okafor@mailbox.example\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n--b1--\n"
    )
    d = analyze_email(raw.encode(), ME, NOW)
    assert d.is_interview
    assert set(d.thank_you_recipients) == {
        "nora.quinn@dunmore.example", "ravi.menon@dunmore.example", "ola.berg@dunmore.example"
    }


def test_a_named_interviewer_gets_the_address_of_the_forwarded_message() -> None:
    d = mail(
        "Hi Sam,\n\nGood news: Brightfield would like to meet you for the Risk Analyst role.\n"
        "Confirmed: Thursday 10 December, 14:00-15:00 London time, on Zoom.\n"
        "With: Maeve Doyle, Head of Credit Risk\n\nBest,\nPriya\n\n"
        "---------- Forwarded message ---------\nFrom: Maeve Doyle <maeve.doyle@brightfield.example>\n"
        "Date: Mon, 23 Nov 2026 at 17:48\nSubject: Zoom: Brightfield / Sam Okafor\n"
        "To: Priya Shah <priya.shah@agency.example>\n\nThursday works - please pass this on.\n",
        "Brightfield - interview confirmed for Thu 10 Dec",
        "Priya Shah <priya.shah@agency.example>",
    )
    assert d.is_interview
    assert set(d.thank_you_recipients) == {"priya.shah@agency.example", "maeve.doyle@brightfield.example"}
    maeve = next(p for p in d.people if p.email == "maeve.doyle@brightfield.example")
    assert maeve.title == "Head of Credit Risk"


def test_words_after_a_titles_of_are_not_a_person() -> None:
    from followup.parsers.people_text import find_named_people

    found = find_named_people("Interviewers: Ana Ruiz, Head of Credit Risk; Tom Lee, Director of Cloud Ops")
    assert [(p.name, p.title) for p in found] == [
        ("Ana Ruiz", "Head of Credit Risk"), ("Tom Lee", "Director of Cloud Ops")
    ]


# Calendar times that only the text settles: a floating time whose zone the description names,
# an all-day placeholder whose real time the title or description gives.


def _ics_file(vevent: str) -> bytes:
    return (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        + vevent.replace("\n", "\r\n")
        + "ORGANIZER;CN=Nora Quinn:mailto:nora.quinn@dunmore.example\r\n"
        "ATTENDEE;CN=Sam Okafor:mailto:sam.okafor@mailbox.example\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    ).encode()


def test_floating_time_is_read_in_the_zone_the_description_names() -> None:
    from followup.parsers import analyze_ics

    d = analyze_ics(
        _ics_file(
            "UID:t5-1\nDTSTAMP:20261124T100000Z\nDTSTART:20261210T100000\nDTEND:20261210T110000\n"
            "SUMMARY:Dunmore - Interview: Sam Okafor\n"
            "DESCRIPTION:Your interview, 10:00-11:00 AM Central Time.\n"
        ),
        ME,
        NOW,
    )
    assert d.is_interview and d.start == datetime(2026, 12, 10, 16, 0, tzinfo=UTC)
    assert d.end == datetime(2026, 12, 10, 17, 0, tzinfo=UTC)


def test_all_day_placeholder_takes_the_time_its_text_gives() -> None:
    from followup.parsers import analyze_ics

    d = analyze_ics(
        _ics_file(
            "UID:t5-2\nDTSTAMP:20261124T100000Z\nDTSTART;VALUE=DATE:20261210\nDTEND;VALUE=DATE:20261211\n"
            "SUMMARY:Final round: Sam Okafor x Dunmore\n"
            "DESCRIPTION:Holding the day - your interview itself is 2:00-3:30 PM Eastern.\n"
        ),
        ME,
        NOW,
    )
    assert d.is_interview and d.start == datetime(2026, 12, 10, 19, 0, tzinfo=UTC)
    assert d.end == datetime(2026, 12, 10, 20, 30, tzinfo=UTC)


# The owner on the other side: an agency presenting its candidate, a committee's candidate named,
# a candidate writing to the owner with their own CV; a formal Italian convocation is to the candidate.


def test_mail_about_someone_elses_candidacy_is_the_hiring_side() -> None:
    for body, subject in (
        (
            "Hi Sam,\n\nConfirming the interview with our candidate Lena Fox for your Analyst vacancy:\n"
            "Candidate: Lena Fox\nMonday 7 December, 14:00-15:00 CET, on Teams.\nLet me know how it went.\n",
            "Interview confirmation - candidate Lena Fox",
        ),
        (
            "Oi Sam,\n\nConfirmo nossa entrevista para a vaga de analista na quinta, 3/12, às 14h.\n"
            "Segue meu currículo atualizado em anexo.\n\nObrigado!\nRui\n",
            "Re: Vaga de analista",
        ),
        (
            "Beste Sam,\n\nSollicitatiegesprek met kandidaat Mehmet Yilmaz op donderdag 3 december, 20:00.\n"
            "Het cv van Mehmet zit in de bijlage.\n",
            "Sollicitatiegesprek jeugdtrainer",
        ),
    ):
        d = mail(body, subject, "Ana Reis <ana.reis@elsewhere.example>")
        assert not d.is_interview, subject


def test_formal_italian_convocation_speaks_to_the_candidate() -> None:
    d = mail(
        "Gentile Dott. Okafor,\n\nLa informiamo che è convocato per il colloquio con la commissione, "
        "che si terrà "
        "martedì 12 gennaio 2027, dalle ore 14:30 alle ore 16:00, presso la nostra sede di Genova.\n"
        "L'esito sarà comunicato a tutti i candidati entro il 22 gennaio.\n",
        "Convocazione colloquio - Data Analyst",
        "Ufficio Personale <personale@genolab.example>",
    )
    assert d.is_interview and d.start == datetime(2027, 1, 12, 19, 30, tzinfo=UTC)  # the Date header's zone


# Scheduling threads: the newest message of a thread about a job settles the time, in every language.


def _reply(body: str, subject: str, sender: str, quoted: str) -> Detection:
    return mail(
        body + "\n\n" + "\n".join("> " + line for line in quoted.splitlines()),
        subject,
        sender,
        extra="In-Reply-To: <q1@example.test>\n",
    )


def test_a_reply_in_a_job_thread_that_settles_the_time_is_the_interview() -> None:
    d = _reply(
        "Sehr geehrter Herr Okafor,\n\nvielen Dank. Dann halten wir fest:\n"
        "Mittwoch, 16. Dezember 2026, 15:30–16:30 Uhr MEZ, per Teams.\n\nMit freundlichen Grüßen\nKarin Lenz",
        "AW: Ihre Bewerbung als Analyst – Terminvorschläge",
        "Karin Lenz <karin.lenz@bergwerk.example>",
        "Am 20.11.2026 schrieb Sam Okafor:\nMittwoch oder Donnerstag passt mir beide.",
    )
    assert d.is_interview and d.start == datetime(2026, 12, 16, 14, 30, tzinfo=UTC)
    d = _reply(
        "Oi Sam, fechado então: te espero quinta, 10/12, às 17h aqui no escritório.\n\nAbs,\nRui",
        "Re: Vaga Product Analyst",
        "Rui Costa <rui.costa@caju.example>",
        "Em 23 de nov. de 2026, Sam Okafor escreveu:\nQuinta 10/12 às 17h funciona sim pra mim.",
    )
    assert d.is_interview and d.start is not None and d.start.date().isoformat() == "2026-12-10"


def test_a_reply_that_only_chats_about_a_job_is_not_an_interview() -> None:
    d = _reply(
        "Thanks Sam, perfect - I'll pass your notes on to the team.\n\nBest,\nRui",
        "Re: Product Analyst role",
        "Rui Costa <rui.costa@caju.example>",
        "On Mon, Sam wrote:\nHere are my notes on the take-home.",
    )
    assert not d.is_interview


def test_dutch_assessment_and_short_intro_call_name_an_interview_and_om_9_uur_is_a_clock_time() -> None:
    d = mail(
        "Beste Sam,\n\nHierbij bevestigen wij je assessment voor de functie Analist.\n\n"
        "Datum: vrijdag 11 december 2026\nTijd: van 09:00 tot 12:00 uur\nLocatie: Utrecht\n",
        "Bevestiging assessment",
        "Recruitment Zorgpunt <recruitment@zorgpunt.example>",
    )
    assert d.is_interview and d.end is not None and d.start is not None
    assert d.end - d.start == timedelta(hours=3)
    assert find_duration("Zie je woensdag 2 december om 9 uur bij ons op kantoor") is None


def test_a_bare_weekday_in_the_newest_message_takes_the_date_the_thread_gave() -> None:
    from datetime import date

    from followup.parsers.when import find_dates

    assert [d.text for d in find_dates("Great, Monday 9:30 it is.", date(2026, 11, 19))] == ["Monday"]
    d = _reply(
        "Great, Monday 9:30 it is. Just ask for me at reception.\n\nMark",
        "Re: Product Analyst role at Tidewater",
        "Mark Vos <mark@tidewater.example>",
        "On 18 Nov 2026, Sam Okafor wrote:\nMonday 7 December at 9:30 works best for me.\n"
        "> Would Monday 7 December at 9:30 or Tuesday 8 December at 14:00 work for you?",
    )
    assert d.is_interview and d.start is not None and d.start.date() == date(2026, 12, 7)


# Job alerts, career coaching and a list of offered slots are not an interview, in every language.


def test_job_alerts_and_career_coaching_are_not_interviews() -> None:
    for text in (
        "Ecco le nuove offerte di lavoro per la tua ricerca: colloquio immediato per i profili in linea!",
        "Encontramos novas vagas que combinam com o seu alerta. Etapas: triagem e entrevista.",
        "Your job alert: 12 new jobs for you. Interview tips inside.",
        "Bevestiging van ons kennismakingsgesprek voor je loopbaantraject op vrijdag om 16.00 uur.",
    ):
        assert other_topic(text), text


def test_dutch_list_of_offered_moments_fixes_no_time() -> None:
    d = mail(
        "Beste Sam,\n\nWe nodigen je graag uit voor een eerste gesprek. Ik kan je de volgende momenten "
        "aanbieden:\n\n- dinsdag 1 december om 10.00 uur\n- woensdag 2 december om 14.30 uur\n\n"
        "Laat je weten welk moment jou het beste past?\n",
        "Uitnodiging eerste gesprek - kies een moment",
        "Robin Vos <robin.vos@kennemer.example>",
    )
    assert not d.is_interview


def test_a_colleague_forwarding_the_interviewers_note_is_the_recruiter() -> None:
    d = mail(
        "Hi Sam,\n\nForwarding Clara's note below - all confirmed on our side, the Teams invite is coming. "
        "We're aiming to make a decision by Friday 22 January.\n\nBest,\nOwen Hale\nTalent Partner\n\n"
        "---------- Forwarded message ---------\nFrom: Clara Price <clara.price@fenwood.example>\n"
        "Date: Mon, 23 Nov 2026 at 16:02\nSubject: Re: Sam Okafor - final interview\n"
        "To: Owen Hale <owen.hale@fenwood.example>\nCc: Raj Patel <raj.patel@fenwood.example>\n\n"
        "Hi Owen,\n\nHappy to see Sam on Thursday 14 January at 3pm UK time, for an hour. I'll bring Raj "
        "(cc'd). Could you pass it on?\n\nClara\n",
        "Fwd: Sam Okafor - final interview",
        "Owen Hale <owen.hale@fenwood.example>",
    )
    assert d.is_interview and d.start == datetime(2027, 1, 14, 15, 0, tzinfo=UTC)
    assert d.recruiter_email == "owen.hale@fenwood.example"
    assert set(d.thank_you_recipients) == {
        "owen.hale@fenwood.example", "clara.price@fenwood.example", "raj.patel@fenwood.example"
    }
    assert d.follow_up_after is not None and d.follow_up_after.isoformat() == "2027-01-22"


def test_a_forwarded_confirmation_settles_the_time_and_its_writer_interviews() -> None:
    d = mail(
        "Oi Sam, bom dia!\n\nSegue abaixo a confirmação do Marcelo, gestor da área. Então fica combinado: "
        "sexta-feira, 18/12, às 10h, no nosso escritório. A conversa deve durar 1h30.\n\nVanessa Moura\n\n"
        "---------- Forwarded message ---------\nDe: Marcelo Antunes <marcelo.antunes@trilho.example>\n"
        "Date: seg., 23 de nov. de 2026 às 18:40\nSubject: Re: Entrevista Sam Okafor\n"
        "To: Vanessa Moura <vanessa.moura@trilho.example>\n\nVanessa, pode marcar na sexta 18/12 às 10h.\n",
        "Fwd: Entrevista Sam Okafor – Analista de Dados",
        "Vanessa Moura <vanessa.moura@trilho.example>",
    )
    assert d.is_interview and d.start is not None and d.end is not None
    assert d.end - d.start == timedelta(minutes=90)
    assert set(d.thank_you_recipients) == {"vanessa.moura@trilho.example", "marcelo.antunes@trilho.example"}


def test_the_slot_given_up_instead_of_is_not_the_new_time() -> None:
    d = mail(
        "Sehr geehrter Herr Okafor,\n\nhiermit bestätige ich Ihnen den neuen Termin für Ihr "
        "Vorstellungsgespräch (statt Freitag, 4. Dezember, 10:00 Uhr):\n\n"
        "Montag, 14. Dezember 2026, 11:30 - 12:30 Uhr\nper Teams\n",
        "AW: Ihr Vorstellungsgespräch – neuer Termin",
        "Julia Brandt <julia.brandt@bergblick.example>",
    )
    assert d.is_interview and d.start is not None and d.start.date().isoformat() == "2026-12-14"


def test_your_onsite_names_an_interview() -> None:
    d = mail(
        "Hi Sam,\n\nHere is the plan for your onsite on Tuesday 12 January 2027 (Irish time):\n\n"
        "  10:00 - 10:45  Niamh Kelly, Head of Editorial\n  10:45 - 11:30  Conor Walsh, COO\n\n"
        "Orla\n",
        "Your onsite at Ferro Labs - Tuesday 12 January",
        "Orla Byrne <orla.byrne@ferrolabs.example>",
    )
    assert d.is_interview and d.start == datetime(2027, 1, 12, 10, 0, tzinfo=UTC)


def test_school_and_tax_appointments_are_not_job_interviews_in_every_language() -> None:
    for text in (
        "Le confermo il colloquio per giovedì alle 17:00 per l'apertura della partita IVA.",
        "Gentile genitore, il colloquio con il docente è confermato: mercoledì dalle 16:40.",
        "Le confirmo la cita con su asesor fiscal el jueves a las 17:00.",
        "Bevestiging van je 10-minutengesprek op de ouderavond, dinsdag om 19:10.",
        "Your parent-teacher interview is booked for Tuesday at 4:10 PM.",
    ):
        assert other_topic(text), text


def test_submitted_availability_windows_are_not_a_fixed_time() -> None:
    d = mail(
        "Hi Sam,\n\nThanks for submitting your availability for your interview with Arcadia.\n\n"
        "You told us you're available (Central Time):\n\n  Mon, Nov 30   10:00 AM - 12:00 PM\n"
        "  Tue, Dec 1    1:00 PM - 5:00 PM\n  Thu, Dec 3    2:00 PM - 4:00 PM\n\n"
        "You'll receive a calendar invitation once your interview is scheduled.\n",
        "Thanks for submitting your availability - Arcadia",
        "Arcadia Recruiting <no-reply@greenhouse-mail.io>",
    )
    assert not d.is_interview


def test_a_bare_weekday_takes_the_zone_the_thread_wrote_on_that_slot() -> None:
    d = _reply(
        "Tuesday at 4 works (that's 5 PM for me in New York). I'll call you then.\n\nCarla",
        "Re: Analytics Engineer - phone screen",
        "Carla Mendes <carla.mendes@hudsonpine.example>",
        "On Wed, Nov 18, 2026 at 1:05 PM Sam Okafor wrote:\nHere are a few times that work for me:\n"
        "- Monday Nov 30, any time after 1:00 PM Central\n- Tuesday Dec 1 at 4:00 PM Central\n",
    )
    assert d.is_interview and d.start == datetime(2026, 12, 1, 22, 0, tzinfo=UTC)
