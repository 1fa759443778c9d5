"""Classes of failure seen on unseen mail, round 5: each fixed by a general mechanism (own examples,
not copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, datetime, time

from followup.parsers import analyze_email, analyze_ics
from followup.parsers import lexicon as lx
from followup.parsers.addresses import Owner
from followup.parsers.judging import other_topic
from followup.parsers.model import Detection
from followup.parsers.when_times import find_times
from followup.parsers.when_zones import language_zone

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
ME = Owner.of(["sam.okafor@mailbox.example"])


def mail(
    body: str,
    subject: str,
    sender: str,
    *,
    to: str = "Sam Okafor <sam.okafor@mailbox.example>",
    cc: str | None = None,
    date: str = "Tue, 24 Nov 2026 10:00:00 -0500",
    extra: str = "",
) -> Detection:
    head = (
        f"From: {sender}\nTo: {to}\nSubject: {subject}\nDate: {date}\nMessage-ID: <t5@example.test>\n"
        + (f"Cc: {cc}\n" if cc else "")
        + extra
        + "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n"
    )
    return analyze_email((head + body).encode(), ME, NOW)


# An interview by another name: a meeting about a job, in one sentence.


def test_a_conversation_for_a_role_is_an_interview() -> None:
    d = mail(
        "Hi Sam,\n\nI look after Ruth Adler's calendar and I'm arranging your conversation with her for "
        "the Head of Data role.\n\nYou're confirmed for Thursday, December 10, 2026, 11:00 - 11:45 AM "
        "Eastern, on Zoom.\n\nBest,\nLena\n",
        "Ruth Adler / Sam Okafor",
        "Lena Fox <lena.fox@corvid.example>",
        cc="Ruth Adler <ruth.adler@corvid.example>",
    )
    assert d.is_interview
    assert d.start == datetime(2026, 12, 10, 16, 0, tzinfo=UTC)
    assert set(d.thank_you_recipients) == {"lena.fox@corvid.example", "ruth.adler@corvid.example"}


def test_a_job_meeting_is_named_in_every_language() -> None:
    assert lx.JOB_MEETING.search("je vous confirme notre échange avec Paul pour le poste de chef de projet")
    assert lx.JOB_MEETING.search("te confirmo la llamada con Ana para el puesto de analista")
    assert lx.JOB_MEETING.search("hierbij bevestig ik het gesprek met Femke voor de functie van analist")
    assert not lx.JOB_MEETING.search("Thanks for the call. I will send the slides about the budget.")


def test_a_meeting_about_a_job_in_a_calendar_description_is_an_interview() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        "UID:jm-1@corvid.example\r\nDTSTAMP:20261124T100000Z\r\n"
        "DTSTART:20261210T160000Z\r\nDTEND:20261210T163000Z\r\n"
        "SUMMARY:Sam Okafor / Ruth Adler\r\n"
        "DESCRIPTION:Your 30-minute conversation with Ruth Adler\\, VP Data\\, for the Head of Data role.\r\n"
        "ORGANIZER;CN=Lena Fox:mailto:lena.fox@corvid.example\r\n"
        "ATTENDEE;CN=Ruth Adler:mailto:ruth.adler@corvid.example\r\n"
        "ATTENDEE;CN=Sam Okafor:mailto:sam.okafor@mailbox.example\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    d = analyze_ics(ics.encode(), ME, NOW)
    assert d.is_interview and d.start == datetime(2026, 12, 10, 16, 0, tzinfo=UTC)


# A thread settled in the newest reply, in the words people use.


def test_a_slot_locked_in_or_a_weekday_that_works_settles_the_thread() -> None:
    assert lx.CONFIRM_REPLY.search("I've locked in Thursday 3 December with Aoife.")
    assert lx.CONFIRM_REPLY.search("Monday 8am your time works. I'll call your cell.")
    d = mail(
        "Perfect - I've locked in Thursday 3 December, 14:00-15:00 London time with Aoife.\n\nConor\n\n"
        "> On 18 Nov, Conor wrote:\n> Aoife would like to interview you. Could any of these work?\n",
        "RE: next step with Aoife",
        "Conor Walsh <conor.walsh@harbour.example>",
        extra="In-Reply-To: <x1@harbour.example>\n",
    )
    assert d.is_interview and d.start == datetime(2026, 12, 3, 14, 0, tzinfo=UTC)


# "Unfortunately" rejects only in a sentence about the application or the decision.


def test_unfortunately_in_a_reschedule_is_not_a_rejection() -> None:
    d = mail(
        "Bonjour Sam,\n\nNotre directeur est malheureusement retenu chez un client le mardi 1er décembre. "
        "Nous déplaçons donc votre entretien au mercredi 9 décembre, de 9h15 à 10h00 (heure de Paris).\n\n"
        "Sophie\n",
        "Votre entretien du 1er décembre",
        "Sophie Lambert <sophie.lambert@atomium.example>",
    )
    assert d.is_interview and d.start == datetime(2026, 12, 9, 8, 15, tzinfo=UTC)


def test_unfortunately_about_the_application_still_rejects() -> None:
    d = mail(
        "Hi Sam,\n\nThank you for your interview on 20 November at 10:00. Unfortunately your application "
        "will not go further.\n\nKind regards,\nMaya\n",
        "Your application",
        "Maya Roe <maya.roe@corvid.example>",
    )
    assert not d.is_interview and d.reasons == ("rejection",)


# People who are not people, and the owner at another address.


def test_a_sender_that_says_it_is_a_program_is_not_thanked() -> None:
    d = mail(
        "Hi Sam!\n\nThis is Ava, the virtual recruiting assistant for Kestrel. Your video interview is "
        "confirmed:\n\nMonday, December 7, 2026\n11:00 AM - 11:45 AM Pacific Time\n\n"
        "You'll be meeting with Jordan Mills (jordan.mills@kestrel.example).\n\nAva\n",
        "Confirmed: your interview with Kestrel",
        "Ava - Kestrel Recruiting <ava-kestrel@chat-hire.example>",
    )
    assert d.is_interview
    assert d.thank_you_recipients == ("jordan.mills@kestrel.example",)


def test_the_ics_email_parameter_is_the_person_whatever_the_mailto() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        "UID:relay-1@cloud.example\r\nDTSTAMP:20261124T100000Z\r\n"
        "DTSTART:20261208T150000Z\r\nDTEND:20261208T160000Z\r\nSUMMARY:Interview - Designer\r\n"
        "ORGANIZER;CN=Claire Dubois;EMAIL=claire.dubois@boreal.example:mailto:x7q2@hide-relay.example\r\n"
        "ATTENDEE;CN=Claire Dubois;EMAIL=claire.dubois@boreal.example:mailto:x7q2@hide-relay.example\r\n"
        "ATTENDEE;CN=Sam Okafor:mailto:sam.okafor@mailbox.example\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    d = analyze_ics(ics.encode(), ME, NOW)
    assert d.is_interview and d.thank_you_recipients == ("claire.dubois@boreal.example",)


def test_the_owner_under_their_own_name_at_work_is_the_owner() -> None:
    d = mail(
        "For my phone.\n\n-----Original Message-----\nFrom: Tom Reed <tom.reed@acme-work.example>\n"
        "To: Sam Okafor <sam.okafor@acme-work.example>; Max Bauer <max.bauer@mail.example>\n"
        "Subject: Interview Junior Analyst - Max Bauer\n\nHi Sam,\n\ncould you join the panel for our Junior "
        "Analyst opening? Candidate is Max Bauer. Thursday 3 December, 10:00-11:00, room Prater.\n\nTom\n",
        "FW: Interview Junior Analyst - Max Bauer",
        "Sam Okafor <sam.okafor@acme-work.example>",
    )
    assert not d.is_interview


def test_the_owners_other_address_under_their_name_is_not_thanked() -> None:
    d = mail(
        "Hi Sam,\n\nYour interview for the Analyst role is confirmed for Thursday, December 10, 2026 at "
        "2:00 PM Eastern with Ruth Adler.\n\nLena\n",
        "Interview confirmed",
        "Lena Fox <lena.fox@corvid.example>",
        cc="Ruth Adler <ruth.adler@corvid.example>, Sam Okafor <sam.okafor@corvid.example>",
    )
    assert d.is_interview
    assert set(d.thank_you_recipients) == {"lena.fox@corvid.example", "ruth.adler@corvid.example"}


# Times, zones and the quoted thread.


def test_a_bare_afternoon_hour_is_read_in_the_afternoon() -> None:
    assert find_times("Friday 12/4 at 4:30 here at the office")[0].start == time(16, 30)
    assert find_times("um 04:30 Uhr")[0].start == time(4, 30)
    assert find_times("at 9:30")[0].start == time(9, 30)


def test_a_day_without_its_time_takes_the_time_the_thread_gave_it() -> None:
    d = mail(
        "Hi Sam,\n\nI'm sorry, but we need to cancel your final round on Thursday, December 17.\n\nRenee\n\n"
        "> On Thu, Nov 19, 2026, Renee wrote:\n> Your final round is set for Thursday, December 17, "
        "9:00-11:00 AM PT, on Zoom.\n",
        "Re: Final round - Thursday 12/17",
        "Renee Dubois <renee@saltmarsh.example>",
        extra="In-Reply-To: <x2@saltmarsh.example>\n",
    )
    assert d.kind == "cancellation"
    assert d.start == datetime(2026, 12, 17, 17, 0, tzinfo=UTC)
    assert d.end == datetime(2026, 12, 17, 19, 0, tzinfo=UTC)


def test_a_one_zone_language_means_its_zone_when_the_date_says_utc() -> None:
    body = (
        "Gentile Sam,\n\nla convochiamo a un colloquio per la posizione di analista, che si terrà venerdì "
        "18 dicembre 2026 dalle 10 alle 11 presso la nostra sede di Padova.\n\nCordiali saluti,\n"
        "Simone Marchetti\n"
    )
    d = mail(body, "Convocazione colloquio", "Simone Marchetti <simone@edil.example>",
             date="Thu, 19 Nov 2026 16:05:00 +0000")
    assert d.start == datetime(2026, 12, 18, 9, 0, tzinfo=UTC)
    assert language_zone("Thanks, see you on the call with the team. Please bring your laptop.") is None


# Look-alikes: another event's point of reference, the press.


def test_an_interview_named_as_a_point_of_reference_is_not_the_event() -> None:
    assert lx.INTERVIEW_ELSEWHERE.search("happy to share what I know before your onsite")
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        "UID:coffee-1@cal.example\r\nDTSTAMP:20261124T100000Z\r\n"
        "DTSTART:20261203T150000Z\r\nDTEND:20261203T160000Z\r\nSUMMARY:Coffee: Sam + Mateo\r\n"
        "DESCRIPTION:Heard you're interviewing around - happy to share what I know before your onsite.\r\n"
        "ORGANIZER;CN=Mateo Ruiz:mailto:mateo@friends.example\r\n"
        "ATTENDEE;CN=Sam Okafor:mailto:sam.okafor@mailbox.example\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    assert not analyze_ics(ics.encode(), ME, NOW).is_interview


def test_quotes_for_a_piece_make_a_press_interview() -> None:
    assert lx.PRESS.search("I'll be recording audio only, for quotes.")
    assert lx.PRESS.search("The piece is slated to run the week of December 14.")
    assert not lx.PRESS.search("Please bring two references and a quote from your portfolio.")


# Who is on the hiring side when an agency writes.


def test_a_recruiters_next_step_note_is_about_the_process() -> None:
    d = mail(
        "Hi Sam - I've confirmed Friday 12/11 at 4:00pm ET for 30 minutes with Amir. He'll use his Zoom "
        "room.\n\nNora\n\nNora Quinn\nTechnical Recruiter | Bluewater Payments\n",
        "Fwd: Sam Okafor - next step",
        "Nora Quinn <nora.quinn@bluewater.example>",
    )
    assert d.is_interview and d.start == datetime(2026, 12, 11, 21, 0, tzinfo=UTC)


def test_an_agencys_client_is_the_company_and_its_copied_interviewer_is_thanked() -> None:
    d = mail(
        "Hoi Sam,\n\nFemke van Polder Energy heeft het gesprek verzet. Nieuw moment: woensdag 20 januari "
        "om 10.00 uur, via Teams.\n\nGroet,\nDaan\n\nDaan Bakker\nSenior Consultant\nOranje Werving\n",
        "Sollicitatiegesprek Polder Energy - nieuwe tijd",
        "Daan Bakker <daan.bakker@oranjewerving.example>",
        cc="Femke Smit <femke.smit@polderenergy.example>",
    )
    assert d.is_interview
    assert set(d.thank_you_recipients) == {
        "daan.bakker@oranjewerving.example",
        "femke.smit@polderenergy.example",
    }
    assert d.company == "Polder Energy"


def test_a_person_given_a_title_is_not_the_company() -> None:
    d = mail(
        "No problem. I've moved your phone interview with Greg Lawson to Thursday, December 3 at 3:30 PM "
        "Eastern.\n\nBethany\n\n> You're confirmed for a phone interview with Greg Lawson, Manager of "
        "Grid Analytics, on Monday, November 30.\n",
        "RE: Solstice Energy - phone interview",
        "Bethany Ruiz <bruiz@solstice-energy.example>",
        extra="In-Reply-To: <x3@solstice-energy.example>\n",
    )
    assert d.is_interview and d.company != "Greg Lawson"
    assert d.company == "Solstice Energy"


# An offer to move the interview is not a move, in every language.


def test_an_offer_to_move_is_not_a_reschedule() -> None:
    body = (
        "Gentile Sam,\n\ncome anticipato telefonicamente, Le confermo il colloquio per la posizione di "
        "analista: mercoledì 16 dicembre alle ore 15:00 (ora italiana).\n\nNel caso avesse bisogno di "
        "spostare l'appuntamento, mi scriva pure.\n\nGiulia Bianchi\n"
    )
    d = mail(body, "Conferma colloquio", "Giulia Bianchi <giulia@navigli.example>")
    assert d.is_interview and d.kind == "invite"
    d = mail(
        "Olá Sam,\n\nSua entrevista para a vaga de analista: 01/12/2026, 10h30 (horário de Brasília).\n\n"
        "Caso precise remarcar, responda com 24 horas de antecedência.\n",
        "Entrevista agendada",
        "Camila Rocha <camila@nuvem.example>",
    )
    assert d.is_interview and d.kind == "invite"


# The newest reply settles a slot the quoted thread gave.

_OPTIONS = (
    "\n\n> On Mon, Nov 16, 2026, Jordan Lee wrote:\n> Nina would like to interview you. Three options, "
    "all in Pacific time:\n>\n>   1) Wed, Dec 2, 9:00-10:00 AM PT\n>   2) Thu, Dec 3, 1:00-2:00 PM PT\n"
    ">   3) Fri, Dec 4, 10:00-11:00 AM PT\n>\n> Let me know which one works best.\n"
)


def test_a_reply_choosing_the_nth_option_takes_that_slot() -> None:
    for words, day in (("the second option", 3), ("the last one", 4), ("option 1", 2)):
        d = mail(
            f"Hi Sam,\n\nLet's go with {words}. Nina will send the invite today.\n\nJordan" + _OPTIONS,
            "Re: Redwood - next step with Nina",
            "Jordan Lee <jordan.lee@redwood.example>",
            extra="In-Reply-To: <x4@redwood.example>\n",
        )
        assert d.is_interview, words
        assert d.start is not None and d.start.day == day, words


def test_thanks_for_confirming_settles_the_one_slot_of_the_thread() -> None:
    d = mail(
        "Obrigada pela confirmação, Sam! Até lá.\n\nPriscila\n\n> Em 18 nov. 2026, Priscila escreveu:\n"
        "> Gostaríamos de convidá-lo para uma entrevista na quarta-feira, 13 de janeiro de 2027, às 10h "
        "(horário de Brasília). A duração prevista é de 50 minutos.\n",
        "RE: Convite para entrevista",
        "Priscila Nogueira <priscila@pampa.example>",
        extra="In-Reply-To: <x5@pampa.example>\n",
    )
    assert d.is_interview and d.start == datetime(2027, 1, 13, 13, 0, tzinfo=UTC)


# Dates, times, lengths and zones as written around the world.


def test_the_zone_after_a_time_is_its_own_not_the_next_times() -> None:
    paris = find_times("de 17h00 à 18h00 heure de Paris (11h00 à 12h00 heure de Montréal)")[0]
    assert str(paris.zone) == "Europe/Paris"
    pacific = find_times("7:00 - 8:30 AM Pacific (8:30 - 10:00 PM IST)")[0]
    assert str(pacific.zone) == "America/Los_Angeles"


def test_a_day_alone_on_its_line_takes_the_time_on_the_next_line() -> None:
    d = mail(
        "Hi Sam,\n\nI'm confirming your system design interview:\n\nWednesday, December 9, 2026\n"
        "7:00 - 8:30 AM Pacific (8:30 - 10:00 PM IST)\nZoom: https://zoom.example/j/1\n\nMegan\n",
        "System Design interview confirmed (Dec 9)",
        "Megan Lee <megan.lee@cascade.example>",
    )
    assert d.start == datetime(2026, 12, 9, 15, 0, tzinfo=UTC)
    assert d.end == datetime(2026, 12, 9, 16, 30, tzinfo=UTC)


def test_day_month_year_with_hyphens_is_a_date() -> None:
    from followup.parsers.when import find_dates

    first = find_dates("Date: 09-Dec-2026 (Wednesday)", NOW.date())[0]
    assert first.value.isoformat() == "2026-12-09"


def test_an_ordinal_before_any_months_name_does_not_end_the_sentence() -> None:
    d = mail(
        "Sehr geehrter Herr Okafor,\n\nwir laden Sie zu einem Bewerbungsgespräch ein:\n\n"
        "Dienstag, 19. Jänner 2027, um 13.30 Uhr\nLinz, Besprechungsraum 2\n\n"
        "Für das Gespräch sollten Sie ca. 1,5 Stunden einplanen.\n\nBirgit Eder\n",
        "Einladung zum Bewerbungsgespräch am 19. Jänner 2027",
        "Birgit Eder <birgit.eder@traunsee.example>",
        cc="bewerbung@traunsee.example",
        date="Thu, 12 Nov 2026 11:08:33 +0100",
    )
    assert d.start == datetime(2027, 1, 19, 12, 30, tzinfo=UTC)
    assert d.end == datetime(2027, 1, 19, 14, 0, tzinfo=UTC)
    assert d.thank_you_recipients == ("birgit.eder@traunsee.example",)


# Threads settled in words the detector did not know.


def test_a_call_on_a_role_fixed_in_a_reply_is_a_screening_call() -> None:
    d = mail(
        "Hi Sam,\n\nThanks for confirming! I'll give you a call on Wednesday, December 2 at 3:30 PM Eastern "
        "- plan on about 20 minutes.\n\nAlicia\n\n> On Mon, Nov 23, Sam wrote:\n"
        "> Wednesday afternoon works.\n",
        "Re: Clinical Systems Project Manager - quick call",
        "Alicia Moreno <alicia.moreno@tidewater.example>",
        extra="In-Reply-To: <x6@tidewater.example>\n",
    )
    assert d.is_interview and d.start == datetime(2026, 12, 2, 20, 30, tzinfo=UTC)


def test_a_german_reply_that_holds_or_confirms_the_day_settles_it() -> None:
    assert lx.CONFIRM_REPLY.search("Dann halten wir den Donnerstag, 10. Dezember 2026, um 11.00 Uhr fest.")
    assert lx.CONFIRM_REPLY.search("Gerne bestätige ich Ihnen unser Gespräch am Montag")


def test_a_stage_wrapped_across_quoted_lines_is_still_named() -> None:
    d = mail(
        "Thursday works. Let's lock in Thu 10 Dec, 8:00-9:00 am Pacific.\n\nSam\n\n"
        "> On Sun, Nov 22, 2026, Sam Whitfield wrote:\n>> Next step would be a 1-hour technical\n"
        ">> deep dive with me. What days work for you?\n",
        "Re: Quillstack - next step",
        "Sam Whitfield <sam@quillstack.example>",
        extra="In-Reply-To: <x7@quillstack.example>\n",
    )
    assert d.is_interview and d.start == datetime(2026, 12, 10, 16, 0, tzinfo=UTC)


def test_an_agency_names_its_client_in_words() -> None:
    d = mail(
        "Hi Sam,\n\nGood news - Halcyon Bank would like to move forward! I've confirmed your interview for "
        "the Senior Project Manager role: Friday, December 4, 2026, 11:00 AM Eastern, on Teams.\n\n"
        "Dana\n\nDana Reid\nSenior Consultant\nKeystone Talent Partners\n",
        "Confirmed: Halcyon Bank interview - Fri Dec 4, 11 AM",
        "Dana Reid <dana.reid@keystonetalent.example>",
    )
    assert d.is_interview and d.company == "Halcyon Bank"


def test_preparing_for_interviews_in_general_names_no_interview() -> None:
    d = mail(
        "Bonjour Sam,\n\nVotre rendez-vous est confirmé.\n\nService : Rencontre avec une conseillère en "
        "emploi\nDate : lundi 30 novembre 2026\nHeure : 9 h 00\n\nLa conseillère pourra vous aider à "
        "préparer vos entrevues d'embauche.\n",
        "Confirmation de votre rendez-vous",
        "Services Emploi <no-reply@rdv.emploi.example>",
    )
    assert not d.is_interview


def test_when_you_will_hear_back_in_the_words_of_each_language() -> None:
    cases = [
        ("We aim to get back to everyone by Wednesday, December 9.", "2026-12-09"),
        ("Nous communiquerons avec vous d'ici le vendredi 11 décembre.", "2026-12-11"),
        ("Spätestens bis Freitag, 11. Dezember hörst du von uns.", "2026-12-11"),
        ("Na het gesprek hoor je uiterlijk vrijdag 8 januari 2027 van ons.", "2027-01-08"),
    ]
    for sentence, want in cases:
        d = mail(
            f"Hi Sam,\n\nYour interview is confirmed for Wednesday, December 2, 2026 at 3:30 PM Eastern.\n\n"
            f"{sentence}\n\nAlicia\n",
            "Interview confirmed",
            "Alicia Moreno <alicia.moreno@tidewater.example>",
        )
        assert d.follow_up_after is not None and d.follow_up_after.isoformat() == want, sentence


# Round 6: interviews by other names, look-alikes, titles and threads.


def test_interview_stages_by_other_names() -> None:
    for text in (
        "I'll call you for the telephone screen.",
        "The plan is a whiteboard session with two of our product designers.",
        "We'd like to invite you to a design task review.",
        "Next step would be a 1-hour technical deep dive with me.",
    ):
        assert lx.INTERVIEW.search(text), text
    assert lx.JOB_MEETING.search("Richard Lowe would like to meet you in person for the VP Finance search.")
    assert lx.CONFIRM_REPLY.search("Hi Oliver - 10am Tuesday 1 Dec works, I'll ring you on your mobile.")


def test_look_alikes_in_other_languages() -> None:
    for text in (
        "Te confirmo tu participación como panelista en el Foro CFO. Entrevista breve con prensa.",
        "Es una entrevista de referencias breve sobre tu experiencia trabajando con Jorge.",
        "Le confermiamo il colloquio con il nostro consulente mutui per la sua richiesta di mutuo.",
        "Kennismakingsgesprek over uw aangifte inkomstenbelasting bij het administratiekantoor.",
        "Your RSVP for this event is confirmed. Practise presenting your work before interviews.",
    ):
        assert other_topic(text), text


def test_a_doctor_before_a_name_is_a_title_not_an_appointment() -> None:
    d = mail(
        "Valentina, buen día.\n\nEl doctor Mauricio Zuluaga, nuestro Vicepresidente Financiero, "
        "tuvo un viaje "
        "imprevisto. Por eso movimos tu entrevista del jueves 3 de diciembre al lunes 14 de diciembre a las "
        "3:00 p.m., hora de Bogotá.\n\nDiana\n",
        "Reprogramación de entrevista",
        "Diana Castaño <diana.castano@sierra.example>",
    )
    assert d.is_interview and d.kind == "reschedule"
    assert d.start == datetime(2026, 12, 14, 20, 0, tzinfo=UTC)


def test_see_you_then_settles_the_slot_the_candidate_chose_among_options() -> None:
    d = mail(
        "Perfect, see you then Sam! I've copied in Ciarán.\n\nAoife\n\n"
        "From: Sam Okafor <sam.okafor@mailbox.example>\nSent: Friday, November 20, 2026 9:47 AM\n"
        "Subject: Re: next steps for the UX Designer role\n\n"
        "Thursday 10 December at 2pm works perfectly for me.\n\n"
        "From: Aoife Brennan <aoife@harbour.example>\nSent: Thursday, November 19, 2026 4:05 PM\n\n"
        "We'd like to invite you to a second-stage interview. Which of these suits? (Irish time)\n\n"
        "  *   Tuesday 8 December, 11:00\n  *   Thursday 10 December, 14:00\n"
        "  *   Friday 11 December, 09:30\n",
        "RE: Harbourlight - next steps for the UX Designer role",
        "Aoife Brennan <aoife@harbour.example>",
        date="Fri, 20 Nov 2026 10:00:00 +0000",
        extra="In-Reply-To: <x8@harbour.example>\n",
    )
    assert d.is_interview and d.start == datetime(2026, 12, 10, 14, 0, tzinfo=UTC)


def test_all_booked_in_settles_a_reply() -> None:
    assert lx.CONFIRM_REPLY.search("Great, thanks - that's all booked in. I'll call you on Wednesday.")


def test_an_all_day_placeholder_reads_its_time_in_the_languages_zone() -> None:
    ics = (
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\n"
        "UID:allday-1@cloud.example\r\nDTSTAMP:20261124T100000Z\r\n"
        "DTSTART;VALUE=DATE:20261214\r\nDTEND;VALUE=DATE:20261215\r\n"
        "SUMMARY:Colloquio Studio Lumen\r\n"
        "DESCRIPTION:Ciao Sam\\, il colloquio per la posizione di designer è alle 11:30 nella nostra "
        "sede. Grazie e a presto\\, con cordiali saluti.\r\n"
        "ORGANIZER;CN=Marta Gallo:mailto:marta@lumen.example\r\n"
        "ATTENDEE;CN=Sam Okafor:mailto:sam.okafor@mailbox.example\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n"
    )
    d = analyze_ics(ics.encode(), ME, NOW)
    assert d.is_interview and d.start == datetime(2026, 12, 14, 10, 30, tzinfo=UTC)


def test_a_forwarded_confirmation_gives_the_slot_and_its_people() -> None:
    d = mail(
        "Ciao Sam,\n\nti inoltro la conferma del cliente: ci siamo!\n\nAlessandro\n\n"
        "-----Messaggio originale-----\nDa: Stefano Rossetti <stefano@cantine.example>\n"
        "Inviato: giovedì 19 novembre 2026 18:05\nA: Alessandro Bruno <alessandro@talentpiazza.example>\n"
        "Cc: Valeria Gallo <valeria@cantine.example>\nOggetto: Conferma colloquio\n\n"
        "Buonasera Alessandro,\n\nconfermo il colloquio con Sam per martedì 15 dicembre alle 15:00 presso "
        "la nostra sede di Canelli.\n\nStefano\n",
        "I: Conferma colloquio Cantine Rossetti",
        "Alessandro Bruno <alessandro@talentpiazza.example>",
        date="Fri, 20 Nov 2026 09:00:00 +0100",
    )
    assert d.is_interview and d.start == datetime(2026, 12, 15, 14, 0, tzinfo=UTC)
    assert set(d.thank_you_recipients) == {
        "alessandro@talentpiazza.example",
        "stefano@cantine.example",
        "valeria@cantine.example",
    }


def test_four_digit_clock_times_with_a_range_a_zone_or_at() -> None:
    got = find_times("Thursday 3 Dec, 0900-1030 CST")[0]
    assert (got.start, got.end_time, str(got.zone)) == (time(9), time(10, 30), "America/Chicago")
    assert find_times("I'll call you at 1500 CST")[0].start == time(15)
    assert find_times("on 12/22 at 0700")[0].start == time(7)
    for not_a_time in ("from 2025-2026 we grew", "call +49 30 1234-5678", "in 2026 CST", "PO Box 1500"):
        assert find_times(not_a_time) == [], not_a_time


# Round 7.


def test_round_seven_words() -> None:
    assert lx.INTERVIEW.search("Fase final: presentación del caso práctico")
    assert lx.NEXT_STEP.search("RE: Próxima fase - UX Researcher")
    assert lx.CONFIRM_REPLY.search("Prima Tom, dan zie ik je donderdag 26/11 om 17u30 bij ons.")
    assert lx.JOB_MEETING.search("Richard would like to speak with you about the Finance Controller role.")
    assert lx.JOB_CALL.search("Teams call with Richard Palmer (Group CFO) - Benelux Finance Controller")


def test_a_look_alike_word_inside_a_job_title_is_the_role() -> None:
    assert other_topic("Thanks for applying to the Services Manager, Patient Flow competition.") is None
    assert other_topic("You will meet Elena Prieto, Head of User Research, at our office.") is None
    assert other_topic("Your personal schedule - Copenhagen Tech Career Fair, 3 December")


def test_a_latin_american_application_thread_settled_with_nos_vemos() -> None:
    d = mail(
        "Hola Sam, gracias por escribir, muy buen portafolio.\n"
        "Nos vemos el lunes 7 de diciembre a las 9:30, "
        "hora de Santiago, por Zoom. Conversamos unos 30 minutos.\n\nRodrigo\n\n"
        "> El mié, 18 nov 2026, Sam escribió:\n> Vi que están buscando una UX Researcher.\n",
        "Re: Postulación UX Researcher - Sam Okafor",
        "Rodrigo Valdés <rvaldes@cordillera.example>",
        extra="In-Reply-To: <x9@cordillera.example>\n",
    )
    assert d.is_interview and d.start == datetime(2026, 12, 7, 12, 30, tzinfo=UTC)


def test_a_city_of_the_time_zone_database_with_the_word_for_time() -> None:
    from followup.parsers.when_zones import zone_from_text

    assert str(zone_from_text("a las 9:30, hora de Santiago, por Zoom")) == "America/Santiago"
    assert str(zone_from_text("3 PM Montevideo time")) == "America/Montevideo"


def test_round_seven_look_alikes_and_a_time_before_a_comma() -> None:
    assert find_times("let's do your interview Tuesday 12/22 at 0700, 4 West")[0].start == time(7)
    assert other_topic("Invitación: Entrevista con usuaria P4 - estudio onboarding (modera Lucía)")
    assert other_topic("Te invitamos a nuestro Demo Day: habrá mini entrevistas con reclutadores.")
    assert other_topic("Kennismakingsgesprek over je belastingaangifte, kosteloos en vrijblijvend.")


def test_the_next_stage_of_the_process_in_argentine_spanish() -> None:
    assert lx.INTERVIEW.search("Te escribo para confirmarte la próxima instancia del proceso.")


def test_hs_after_an_hour_is_a_clock_time() -> None:
    assert find_times("Jueves 14 de enero, 10 hs (hora argentina)")[0].start == time(10)


def test_details_block_labels_in_every_language() -> None:
    d = mail(
        "Monsieur,\n\nnous avons le plaisir de vous convier à un entretien :\n\n"
        "Date : jeudi 17 décembre 2026\nHoraire : de 9h00 à 10h30\nLieu : Genève\n\nAurélie Favre\n",
        "Convocation à un entretien",
        "Aurélie Favre <aurelie.favre@leman.example>",
        date="Fri, 20 Nov 2026 11:03:27 +0100",
    )
    assert d.start == datetime(2026, 12, 17, 8, 0, tzinfo=UTC)
    assert d.end == datetime(2026, 12, 17, 9, 30, tzinfo=UTC)


def test_the_new_day_takes_the_time_written_after_it() -> None:
    d = mail(
        "Hi Sam,\n\nWe need to move your panel interview from Thursday 12/10 at 10am to Monday 12/14 at "
        "2:00pm Central. Same 90-minute format.\n\nNicole\n",
        "RE: Panel interview - Thursday 12/10",
        "Nicole Barrett <nbarrett@oakpark.example>",
    )
    assert d.kind == "reschedule" and d.start == datetime(2026, 12, 14, 20, 0, tzinfo=UTC)


def test_an_initial_and_surname_address_after_the_name_is_that_person() -> None:
    d = mail(
        "Dear Sam,\n\nWe would like to invite you for an interview.\n\nDate: Thursday, January 7, 2027\n"
        "Time: 08:00 AM (GMT-06:00) Central Time\n\nYour interview is coordinated by Brenda Collins, Talent "
        "Acquisition Coordinator (bcollins@mercycrest.example, 314-555-0164).\n",
        "Interview Schedule - Operations Manager",
        "Mercy Crest Health System <no-reply@taleo-notify.example>",
    )
    assert d.is_interview and "bcollins@mercycrest.example" in d.thank_you_recipients


def test_an_agencys_forward_thanks_the_clients_people_it_names() -> None:
    d = mail(
        "Hi Sam,\n\nGood news - see Eva's confirmation below. Your interview at Amstel Mobility is set for "
        "Wednesday 2 December, 11:00-12:00 (Amsterdam time).\n\nEva Jansen is the Finance Director; Ruben "
        "de Boer is their Group Controller.\n\nDaan\n\n---------- Forwarded message ---------\n"
        "From: Eva Jansen <eva.jansen@amstelmobility.example>\nDate: Thu, 19 Nov 2026 at 14:50\n"
        "Subject: Interview Sam Okafor\nTo: Daan Peters <daan.peters@talentbridge.example>\n"
        "Cc: Ruben de Boer <ruben.deboer@amstelmobility.example>\n\nHi Daan, Ruben and I would like to meet "
        "him on Wednesday 2 December from 11:00 to 12:00.\n\nEva\n",
        "Fwd: Interview Sam Okafor - Finance Manager",
        "Daan Peters <daan.peters@talentbridge.example>",
    )
    assert set(d.thank_you_recipients) == {
        "daan.peters@talentbridge.example",
        "eva.jansen@amstelmobility.example",
        "ruben.deboer@amstelmobility.example",
    }


def test_a_short_reply_takes_its_language_from_the_thread() -> None:
    d = mail(
        "Perfetto, allora ci vediamo venerdì 4 dicembre alle 9:00 da noi.\n\nRoberta\n\n"
        "> Il giorno 16 nov 2026, Sam ha scritto:\n> Gentile Roberta, grazie per il messaggio, sarei "
        "disponibile venerdì 4 dicembre.\n>> Buongiorno, sono la direttrice marketing. Ho letto con "
        "interesse la sua candidatura e mi piacerebbe conoscerla per un colloquio di circa un'ora.\n",
        "Re: Candidatura Marketing Lead",
        "Roberta Villa <r.villa@grafiche.example>",
        date="Mon, 16 Nov 2026 17:58:03 +0000",
        extra="In-Reply-To: <x10@grafiche.example>\n",
    )
    assert d.is_interview and d.start == datetime(2026, 12, 4, 8, 0, tzinfo=UTC)
