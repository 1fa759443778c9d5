"""Classes of failure seen on unseen mail, round 8: each fixed by a general mechanism (own examples,
not copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, datetime

from followup.parsers import analyze_email
from followup.parsers.addresses import Owner
from followup.parsers.model import Detection

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
ME = Owner.of(["ines.moreau@mailbox.example"])


def mail(
    body: str,
    subject: str,
    sender: str,
    *,
    to: str = "Ines Moreau <ines.moreau@mailbox.example>",
    cc: str | None = None,
    date: str = "Tue, 24 Nov 2026 10:00:00 +0000",
    reply: bool = True,
) -> Detection:
    head = (
        f"From: {sender}\nTo: {to}\nSubject: {subject}\nDate: {date}\nMessage-ID: <t8@example.test>\n"
        + (f"Cc: {cc}\n" if cc else "")
        + ("In-Reply-To: <prev@mailbox.example>\n" if reply else "")
        + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
    )
    return analyze_email((head + body).encode(), ME, NOW)


# A company person's short reply in a thread about a job, fixing a day and a time: the job
# conversation the thread was about, whatever the newest message calls it.

_QUOTED_APPLICATION = (
    "\n\nOn Mon, 23 Nov 2026 at 18:02, Ines Moreau <ines.moreau@mailbox.example> wrote:\n"
    "> Hello Tariq,\n> Thank you for considering my application. I am free on Thursday 3 December\n"
    "> in the morning, or Friday afternoon.\n> Ines\n"
)


def test_a_short_reply_in_a_job_thread_fixes_the_conversation() -> None:
    d = mail(
        "Thursday 3 December at 9:30 then - I'll ring your mobile. Half an hour is plenty.\n\nTariq"
        + _QUOTED_APPLICATION,
        "Re: Logistics planner",
        "Tariq Rahman <tariq.rahman@northquay.example>",
    )
    assert d.is_interview
    assert d.start == datetime(2026, 12, 3, 9, 30, tzinfo=UTC)
    assert d.end == datetime(2026, 12, 3, 10, 0, tzinfo=UTC)
    assert d.thank_you_recipients == ("tariq.rahman@northquay.example",)


def test_a_short_reply_in_a_job_thread_in_dutch() -> None:
    d = mail(
        "Goed, dan spreken we elkaar vrijdag 4 december om 14u op kantoor in Gent.\n\nKoen\n\n"
        "> Op 22 nov. 2026 schreef Ines Moreau:\n> Dank voor uw reactie op mijn sollicitatie.\n",
        "Re: Sollicitatie planner",
        "Koen Maes <koen.maes@scheldeport.example>",
        date="Tue, 24 Nov 2026 10:00:00 +0100",
    )
    assert d.is_interview
    assert d.start == datetime(2026, 12, 4, 13, 0, tzinfo=UTC)


def test_a_short_reply_in_a_thread_about_no_job_is_not_an_interview() -> None:
    d = mail(
        "Thursday 3 December at 9:30 then - I'll ring your mobile.\n\nTariq\n\n"
        "On Mon, 23 Nov 2026 at 18:02, Ines Moreau <ines.moreau@mailbox.example> wrote:\n"
        "> Could we go over the invoice for the kitchen works?\n",
        "Re: Kitchen works",
        "Tariq Rahman <tariq.rahman@northquay.example>",
    )
    assert not d.is_interview


def test_a_question_in_a_job_thread_fixes_nothing() -> None:
    d = mail(
        "Would Thursday 3 December at 9:30 suit you?\n\nTariq" + _QUOTED_APPLICATION,
        "Re: Logistics planner",
        "Tariq Rahman <tariq.rahman@northquay.example>",
    )
    assert not d.is_interview


def test_a_job_thread_reply_copied_to_colleagues_needs_more_than_a_time() -> None:
    # Sent to a group, the same line is a team's arrangement, not the candidate's interview.
    d = mail(
        "Thursday 3 December at 9:30 then.\n\nTariq" + _QUOTED_APPLICATION,
        "Re: Logistics planner",
        "Tariq Rahman <tariq.rahman@northquay.example>",
        to="Ines Moreau <ines.moreau@mailbox.example>, Ana Ruiz <ana@northquay.example>, "
        "Bo Li <bo@northquay.example>, Cy Dee <cy@northquay.example>, Di Ek <di@northquay.example>",
    )
    assert not d.is_interview


def test_a_thread_about_a_cv_is_about_a_job() -> None:
    # "CV", "currículum", "processo seletivo": the words of an application, in every language.
    d = mail(
        "Perfecto, Ines: nos vemos el lunes 7 de diciembre a las 10:00 en la oficina de Valencia.\n\n"
        "Marta\n\n> El 20 nov 2026, Ines Moreau escribió:\n> Le adjunto mi currículum.\n",
        "Re: Mi CV",
        "Marta Gil <marta.gil@levantia.example>",
        date="Tue, 24 Nov 2026 10:00:00 +0100",
    )
    assert d.is_interview
    assert d.start == datetime(2026, 12, 7, 9, 0, tzinfo=UTC)


# Zones in words beyond the US and central Europe: Australian and other abbreviations, and cities
# that are not a time-zone database name ("heure de Genève", "10:00 Lyon").


def test_more_zone_abbreviations_and_cities_are_read() -> None:
    from zoneinfo import ZoneInfo

    from followup.parsers.when_times import find_times
    from followup.parsers.when_zones import zone_from_text

    cases = {
        "2:00 PM AWST": "Australia/Perth",
        "3 pm ACDT": "Australia/Adelaide",
        "11:00 WET": "Europe/Lisbon",
        "10:00 BRT": "America/Sao_Paulo",
        "9:30 Brisbane": "Australia/Brisbane",
        "10:00 Geneva": "Europe/Zurich",
        "10am Wellington": "Pacific/Auckland",
    }
    for text, zone in cases.items():
        assert find_times(text)[0].zone == ZoneInfo(zone), text
    assert zone_from_text("rendez-vous à 14h, heure de Genève") == ZoneInfo("Europe/Zurich")
    # A tax line in capitals is no zone: "GST" is left out on purpose.
    assert zone_from_text("Base salary AUD 140k + super, plus GST on contractor invoices") is None


def test_an_awst_time_in_a_mail_is_perth_time() -> None:
    d = mail(
        "Hi Ines,\n\nYour interview with our operations director is confirmed for Wednesday 9 December "
        "at 2:00 PM AWST, at our Perth office.\n\nRegards,\nKylie",
        "Interview confirmation - Planner",
        "Kylie Brown <kylie.brown@ironbark.example>",
        reply=False,
        date="Tue, 24 Nov 2026 10:00:00 +1100",
    )
    assert d.is_interview
    assert d.start == datetime(2026, 12, 9, 6, 0, tzinfo=UTC)


# Stages of a hiring process named without the word "interview", in every language.


def test_process_stages_name_an_interview() -> None:
    from followup.parsers import lexicon as lx

    for phrase in (
        "come back for the final loop on Thursday",
        "a sales role-play exercise with two of our managers",
        "a 30-minute case study presentation to the panel",
        "a conversation with the hiring manager",
        "la ronda final será presencial",
        "tu segunda ronda con el equipo",
        "le dernier tour aura lieu à Lyon",
        "un échange téléphonique de 20 minutes",
        "die zweite Runde findet in Zürich statt",
        "la fase finale di selezione si terrà a Milano",
        "a etapa final será presencial",
        "de tweede ronde is op kantoor",
    ):
        assert lx.INTERVIEW.search(phrase), phrase
    for phrase in ("a role play for the kids' theatre", "the tour of the office", "a final loop of the lake"):
        assert not lx.INTERVIEW.search(phrase), phrase


def test_a_weekday_with_next_and_a_day_number_is_that_day() -> None:
    from datetime import date

    from followup.parsers.when import find_dates

    ref = date(2026, 11, 20)
    assert [d.value for d in find_dates("mardi prochain 8 à 11h", ref)] == [date(2026, 12, 8)]
    assert [d.value for d in find_dates("martedì prossimo 8 alle 10", ref)] == [date(2026, 12, 8)]


# A meeting with the public employment service is about the job search, not a job interview; a
# colleague asking the owner to see a candidate is the hiring side, in French too.


def test_an_employment_service_appointment_is_not_a_job_interview() -> None:
    d = mail(
        "Madame,\n\nVous êtes convoquée à un entretien avec votre conseillère France Travail le jeudi "
        "10 décembre 2026 à 14h00, agence de Lyon Part-Dieu, dans le cadre de votre recherche "
        "d'emploi. Munissez-vous de votre CV.\n",
        "Convocation à un entretien",
        "France Travail <ne-pas-repondre@francetravail.example>",
        reply=False,
        date="Tue, 24 Nov 2026 10:00:00 +0100",
    )
    assert not d.is_interview
    assert d.reasons and "france travail" in d.reasons[0]


def test_a_colleague_sending_a_candidate_to_see_is_the_hiring_side_in_french() -> None:
    d = mail(
        "Bonjour Ines,\n\nTu trouveras ci-joint le CV de Julien Blanc, candidat pour le poste "
        "d'assistant logistique dans ton équipe. Tu le reçois en entretien jeudi 10 décembre à 11h, "
        "salle Rhône.\n\nMerci,\nLaura (RH)\n",
        "Candidat assistant logistique - entretien jeudi",
        "Laura Petit <laura.petit@currentco.example>",
        reply=False,
        date="Tue, 24 Nov 2026 10:00:00 +0100",
    )
    assert not d.is_interview
    assert d.reasons and d.reasons[0].startswith("hiring side")


def test_a_round_with_a_named_interviewer_is_an_interview() -> None:
    d = mail(
        "Hi Ines,\n\nWe need to cancel Thursday's product sense round with Priya (Thursday, Dec 10, "
        "11:00 AM GMT) - she is out sick. The rest of your loop stays as planned.\n\nNina\n",
        "Update: Thursday's round",
        "Nina Park <nina.park@lumenworks.example>",
        reply=False,
    )
    assert d.is_interview
    assert d.kind == "cancellation"
    assert d.start == datetime(2026, 12, 10, 11, 0, tzinfo=UTC)


def test_the_length_stated_in_the_quoted_thread_sets_the_end() -> None:
    d = mail(
        "Perfect - you're confirmed for Wednesday, December 2 at 2:00 PM GMT with Chris.\n\nJordan\n\n"
        "From: Jordan Blake <jordan.blake@tidepool.example>\nSent: Monday, November 23, 2026 6:40 PM\n"
        "To: Ines Moreau <ines.moreau@mailbox.example>\nSubject: RE: Planner role\n\n"
        "Could you do Wednesday, December 2 at 2:00 PM GMT for a 45-minute conversation with our "
        "hiring manager, Chris Wong?\n",
        "RE: Planner role",
        "Jordan Blake <jordan.blake@tidepool.example>",
    )
    assert d.is_interview
    assert d.start == datetime(2026, 12, 2, 14, 0, tzinfo=UTC)
    assert d.end == datetime(2026, 12, 2, 14, 45, tzinfo=UTC)


def test_a_zone_after_a_comma_and_in_other_languages_words() -> None:
    from zoneinfo import ZoneInfo

    from followup.parsers.when_times import find_times

    cases = {
        "à 10h, heure de Londres": "Europe/London",
        "at 10am, London time": "Europe/London",
        "à 14h00 (heure suisse)": "Europe/Zurich",
        "alle 15:00 ora svizzera": "Europe/Zurich",
        "alle 10 ora di Londra": "Europe/London",
        "10:00 (hora de Nueva York)": "America/New_York",
    }
    for text, zone in cases.items():
        assert find_times(text)[0].zone == ZoneInfo(zone), text
    assert find_times("at 3pm, Central Park")[0].zone is None


# A new slot proposed once in a reschedule is the slot: "we propose" is not "pick one of these".
# A date only said as when they will come back is not the interview's day.


def test_a_single_proposed_new_slot_in_a_reschedule_is_the_slot() -> None:
    d = mail(
        "Bonjour Ines,\n\nNotre directeur n'est malheureusement plus disponible mercredi pour votre "
        "entretien. Nous vous proposons le vendredi 11 décembre à 14h30, même lieu. Merci de nous "
        "confirmer que cela vous convient.\n\nBien cordialement,\nSolène Garnier\nRessources humaines",
        "Report de votre entretien",
        "Solène Garnier <solene.garnier@vercors-logistique.example>",
        date="Tue, 24 Nov 2026 10:00:00 +0100",
    )
    assert d.is_interview
    assert d.start == datetime(2026, 12, 11, 13, 30, tzinfo=UTC)


def test_a_hear_back_date_is_not_the_interview_day() -> None:
    d = mail(
        "Bonjour Ines,\n\nVotre entretien avec Marc Delorme aura lieu à 10h30 en visio.\n\n"
        "Nous reviendrons vers vous d'ici le vendredi 18 décembre.\n\nCordialement,\nSolène Garnier",
        "Entretien",
        "Solène Garnier <solene.garnier@vercors-logistique.example>",
        date="Tue, 24 Nov 2026 10:00:00 +0100",
    )
    assert d.start is None  # the day of the interview is not stated: no slot, not the 18th
    assert d.follow_up_after is not None and d.follow_up_after.isoformat() == "2026-12-18"


def test_two_days_offered_with_or_in_one_sentence_fix_nothing() -> None:
    for body in (
        "Hi Ines,\n\nThe team would like to meet you for a first interview. I can offer Tuesday "
        "8 December at 10:00 or Thursday 10 December at 14:00.\n\nBest,\nTariq",
        "Hallo Ines,\n\nwir möchten Sie gern zum Vorstellungsgespräch einladen: am Dienstag, "
        "8. Dezember um 10 Uhr oder am Donnerstag, 10. Dezember um 14 Uhr.\n\nViele Grüße\nTariq",
    ):
        d = mail(body, "Interview", "Tariq Rahman <tariq.rahman@northquay.example>", reply=False)
        assert d.start is None, body
        assert not d.is_interview
