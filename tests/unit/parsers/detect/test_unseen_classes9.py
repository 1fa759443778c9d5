"""Classes of failure seen on unseen mail, round 16: each fixed by a general mechanism (own examples,
not copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, datetime, time

from followup.parsers import analyze_email
from followup.parsers.addresses import Owner, is_machine
from followup.parsers.judging import is_person
from followup.parsers.model import Detection
from followup.parsers.when_times import find_times
from tests.unit.parsers.detect.test_unseen_classes6 import ME, NOW, mail


def test_an_hour_in_words_made_a_clock_time_by_the_words_after_it() -> None:
    cases = {
        "Ci vediamo giovedì alle tre del pomeriggio.": time(15, 0),
        "Il colloquio è alle dieci e mezza.": time(10, 30),
        "A entrevista é às três da tarde.": time(15, 0),
        "La entrevista es a las once menos cuarto.": time(10, 45),
        "L'entretien aura lieu à neuf heures et demie.": time(9, 30),
        "Het gesprek is om drie uur.": time(15, 0),
    }
    for text, want in cases.items():
        assert [h.start for h in find_times(text)] == [want], text
    # an hour word alone after "alle" is too vague: "alle due sedi" (to both offices)
    assert find_times("Invieremo il contratto alle due sedi.") == []


def test_a_meeting_with_the_hiring_manager_is_an_interview_in_every_language() -> None:
    d = mail(
        "Gentile Mila,\n\ncome concordato, Le invio l'invito per l'incontro con il responsabile, "
        "Dott. Paolo Neri, che legge in copia: mercoledì 2 dicembre alle 16:30 su Teams.\n\n"
        "Cordiali saluti\nSara Bini\nHR Business Partner\nLanterna Servizi\n",
        "Incontro con il responsabile - Analista",
        "Sara Bini <sara.bini@lanternaservizi.example>",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 2, 15, 30, tzinfo=UTC)
    from followup.parsers import lexicon as lx

    for phrase in ("una reunión con la responsable del área", "un appel avec le manager du poste",
                   "uma conversa com a gestora da área", "an intro call with the hiring manager"):
        assert lx.INTERVIEW.search(phrase), phrase


def test_a_written_test_at_a_fixed_time_is_a_stage_of_the_selection() -> None:
    d = mail(
        "Gentile Dott.ssa Novak,\n\nLa informiamo che è stata ammessa alla prova scritta della "
        "selezione per il profilo di Analista. La prova si terrà in presenza lunedì 14 dicembre 2026, "
        "dalle ore 9:00 alle ore 11:00, presso la nostra sede di Via Roma 3, Torino.\n\n"
        "Ufficio Selezione\nBorgo Reti S.p.A.\n",
        "Convocazione prova scritta",
        "Borgo Reti - Selezione <selezione@borgoreti.example>",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 14, 8, 0, tzinfo=UTC)
    assert d.end == datetime(2026, 12, 14, 10, 0, tzinfo=UTC)


def test_a_thanks_for_confirming_reply_over_an_invite_whose_time_wraps_across_quoted_lines() -> None:
    d = mail(
        "Gentile Mila,\n\ngrazie per la conferma. Le daremo un riscontro dopo i colloqui.\n\nAnna\n\n"
        "Il giorno lun 23 nov 2026 alle ore 10:02 Anna Riva <anna.riva@golfobank.example> ha scritto:\n"
        "> Gentile Mila,\n>\n> siamo lieti di invitarLa a un colloquio per la posizione di Analista\n"
        "> giovedì 10 dicembre alle quattro del\n> pomeriggio, presso la nostra sede di Napoli.\n"
        ">\n> Anna Riva\n",
        "Re: Colloquio Analista",
        "Anna Riva <anna.riva@golfobank.example>",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 10, 15, 0, tzinfo=UTC)


def test_an_abbreviated_month_with_its_period_does_not_end_the_sentence() -> None:
    d = mail(
        "Gentile Mila,\n\npurtroppo il responsabile ha un imprevisto: spostiamo il secondo colloquio\n"
        "al 15 dic. alle 10, stessa sede e stessa durata.\n\nLaura Conti\nHR - Navigli Immobili\n",
        "Secondo colloquio: nuovo orario",
        "Laura Conti <laura.conti@navigliimmobili.example>",
    )
    assert d.is_interview, d.reasons
    assert (d.kind, d.start) == ("reschedule", datetime(2026, 12, 15, 9, 0, tzinfo=UTC))


def test_as_said_on_the_phone_is_not_a_move() -> None:
    d = mail(
        "Gentile Mila,\n\ncome anticipato al telefono, il colloquio è fissato per venerdì 27 novembre "
        "alle ore 17:00 presso la nostra sede.\n\nSimona Leone\nTalent Acquisition - Porta Retail\n",
        "Colloquio - Analista",
        "Simona Leone <simona.leone@portaretail.example>",
    )
    assert d.is_interview, d.reasons
    assert d.kind == "invite"


def test_a_surname_that_is_also_a_room_word_is_a_person() -> None:
    owner = Owner.of(["mila.novak@mailbox.example"])
    assert is_person("roberta.sala@duomo.example", "Roberta Sala", owner)
    assert not is_person("sala.tevere@duomo.example", "Sala Tevere (8 posti)", owner)
    assert not is_person("salle.rhone@duomo.example", "Salle Rhône", owner)


def test_a_relay_under_a_job_boards_email_domain_is_a_machine() -> None:
    assert is_machine("reply-4b9e1f27c0a8@indeedemail.example")
    assert not is_machine("marco.galli@lombarda.example")


# Round 16 (Singapore, Montréal, Munich).


def test_the_craft_a_designers_interview_is_about_is_no_look_alike() -> None:
    d = mail(
        "Bonjour Mila,\n\nMerci pour votre candidature au poste de designer UX chez Pixel Nord. Nous "
        "aimerions "
        "poursuivre avec une première entrevue téléphonique.\n\nDate : mardi 1er décembre 2026\n"
        "Heure : 14 h 30 à 15 h (heure de Montréal)\n\nAu programme : votre parcours et quelques questions "
        "sur votre démarche de recherche utilisateur.\n\nJulie Roy\nConseillère, acquisition de talents\n",
        "Invitation à une entrevue téléphonique (Designer UX)",
        "Julie Roy <julie.roy@pixelnord.example>",
        date_header="Thu, 19 Nov 2026 10:14:22 -0500",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 1, 19, 30, tzinfo=UTC)
    # a research session for the owner as a participant is still not a job interview
    d = mail(
        "Hi Mila,\n\nThanks for signing up! Your user interview is booked for Tuesday 1 December at 3pm. "
        "You'll receive a $50 voucher afterwards.\n\nThe Research Team\n",
        "Your user interview session",
        "Research Team <research@appco.example>",
    )
    assert not d.is_interview


def test_a_recruiters_job_board_message_with_an_unsubscribe_footer() -> None:
    d = mail(
        "Patrick Simard\nRecruteur principal – Forge Nord\n\nBonjour Mila, merci pour notre échange d'hier. "
        "Comme convenu, je vous confirme notre appel jeudi le 3 déc. à 16 h (heure de l'Est), une "
        "vingtaine de "
        "minutes.\n\nSi jamais vous avez besoin de me joindre : patrick.simard@forgenord.example\n\n"
        "----------------------------------------\nVous recevez des notifications par courriel. Se "
        "désabonner : "
        "https://www.linkedin.example/unsubscribe\n",
        "Patrick vous a envoyé un message",
        "Patrick Simard via LinkedIn <messages-noreply@linkedin.example>",
        date_header="Wed, 18 Nov 2026 14:22:37 +0000",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 3, 21, 0, tzinfo=UTC)


def test_a_case_study_presentation_is_an_interview_stage() -> None:
    d = mail(
        "Bonjour Mila,\n\nLa dernière étape du processus est la présentation de votre étude de cas. "
        "Nous vous "
        "attendons le mercredi 13 janvier 2027, de 14 h à 15 h 30 (heure de Montréal), à nos bureaux.\n\n"
        "Julien Roy\nDirecteur UX | Studio Nord\n",
        "Dernière étape : présentation de votre étude de cas",
        "Julien Roy <julien.roy@studionord.example>",
        date_header="Mon, 23 Nov 2026 17:26:09 -0500",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2027, 1, 13, 19, 0, tzinfo=UTC)


def _own(body: str, subject: str, to: str) -> Detection:
    raw = (
        f"From: Mila Novak <mila.novak@mailbox.example>\nTo: {to}\nSubject: {subject}\n"
        "Date: Fri, 20 Nov 2026 15:40:00 +0100\nMessage-ID: <own@example.test>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\n" + body
    )
    return analyze_email(raw.encode(), ME, NOW)


def test_the_owners_note_to_herself_is_read_like_mail_she_received() -> None:
    chat = (
        "For record.\n\n[20/11/2026, 3:02 pm] Aisha HR: Hi Mila, our team would like to proceed with your "
        "technical interview\n[20/11/2026, 3:11 pm] Aisha HR: Confirmed: Wed 2/12, 2pm-3.30pm CET, on Teams\n"
        "[20/11/2026, 3:11 pm] Aisha HR: My email is aisha.rahman@cloudco.example in case\n"
    )
    d = _own(chat, "Fwd: WhatsApp chat - Aisha (CloudCo HR)", "Mila Novak <mila.novak@mailbox.example>")
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 2, 13, 0, tzinfo=UTC)  # not the chat's own 3:02 pm stamps
    assert d.thank_you_recipients == ("aisha.rahman@cloudco.example",)
    # the same text sent to a friend is not the owner's interview note
    d = _own(chat, "Fwd: WhatsApp chat", "Ana <ana@friends.example>")
    assert not d.is_interview


def test_the_owner_confirming_with_me_convient_parfaitement() -> None:
    raw = (
        "From: Mila Novak <mila.novak@mailbox.example>\nTo: Olivier Roy <olivier.roy@logiciels.example>\n"
        "Subject: Re: Poste de designer – premier appel\nDate: Fri, 20 Nov 2026 12:03:17 -0500\n"
        "In-Reply-To: <a@logiciels.example>\nMessage-ID: <b@mailbox.example>\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
        "Bonjour Olivier,\n\nOui, lundi le 30 novembre à midi me convient parfaitement.\n\nMila\n\n"
        "Le ven. 20 nov. 2026, à 09 h 12, Olivier Roy <olivier.roy@logiciels.example> a écrit :\n"
        "> Bonjour Mila,\n>\n> Merci pour votre candidature au poste de designer. J'aimerais planifier un\n"
        "> premier appel de 30 minutes avec vous. Seriez-vous disponible lundi le 30 novembre à midi ?\n"
    )
    d = analyze_email(raw.encode(), ME, NOW)
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 11, 30, 17, 0, tzinfo=UTC)
    from followup.parsers import lexicon as lx

    assert not lx.CONFIRM_REPLY.search("Lundi ne me convient pas du tout.")


def test_german_assessment_centres_compounds_and_a_clients_wish_in_a_clause() -> None:
    from followup.parsers import lexicon as lx

    for phrase in ("Einladung zum Assessment-Center", "ein Einzelinterview mit dem Fachbereich",
                   "zur finalen Gesprächsrunde", "an assessment-centre day"):
        assert lx.INTERVIEW.search(phrase), phrase
    clause = "dass unser Mandant, die Weller GmbH, Sie gerne persönlich kennenlernen möchte"
    assert lx.JOB_MEETING.search(clause)
    assert lx.CANDIDATE_FRAMING.search("Das ist keine Absage Ihrer Bewerbung.")


def test_a_cancelled_appointment_named_only_as_termin_under_an_interview_subject() -> None:
    d = mail(
        "Sehr geehrte Frau Novak,\n\nleider muss ich Ihnen mitteilen, dass unser Termin übermorgen um 13 Uhr "
        "entfallen muss. Das ist ausdrücklich keine Absage Ihrer Bewerbung!\n\nMit freundlichen Grüßen\n"
        "Gerd Stengel\nPersonalleiter\n",
        "Absage Termin Vorstellungsgespräch",
        "Gerd Stengel <g.stengel@ries-mb.example>",
        date_header="Wed, 25 Nov 2026 08:14:27 +0100",
    )
    assert d.is_interview, d.reasons
    assert (d.kind, d.start) == ("cancellation", datetime(2026, 11, 27, 12, 0, tzinfo=UTC))


def test_an_address_of_initial_and_surname_after_a_titled_name() -> None:
    d = mail(
        "Sehr geehrte Frau Novak,\n\nwir laden Sie zum Vorstellungsgespräch am Do., 10.12.2026 um 10:00 Uhr "
        "ein. Ihr Ansprechpartner ist Herr Tobias Wurster (Recruiting), t.wurster@kraftwerk.example.\n\n"
        "Ihr Recruiting-Team\n",
        "Einladung zum Vorstellungsgespräch",
        "Kraftwerk GmbH <noreply@kraftwerk.rexx-recruitment.example>",
    )
    assert d.is_interview, d.reasons
    assert d.thank_you_recipients == ("t.wurster@kraftwerk.example",)


def test_options_listed_with_their_weekdays_are_offered_not_fixed() -> None:
    d = mail(
        "Hallo Frau Novak,\n\nvielen Dank für Ihre Bewerbung. Wir würden Sie gerne in einem ersten "
        "Kennenlerngespräch kennenlernen.\n\nFolgende Termine kann ich Ihnen anbieten:\n\n"
        "- Mo., 30.11., 14:00 Uhr\n- Mi., 02.12., 09:30 Uhr\n- Fr., 04.12., 11:00 Uhr\n\n"
        "Bitte teilen Sie mir mit, welcher Termin Ihnen am besten passt.\n\nPatrick Seidl\nHR Recruiting\n",
        "Kennenlerngespräch – Terminvorschläge",
        "Patrick Seidl <patrick.seidl@guss.example>",
    )
    assert not d.is_interview


def test_canadian_french_zone_abbreviations_and_indonesian_ones() -> None:
    from datetime import timedelta

    (hit,) = find_times("ven. 27 nov. 2026, 11 h 00 HNE")
    assert hit.zone is not None and hit.zone.utcoffset(datetime(2026, 11, 27)) == timedelta(hours=-5)
    (hit, _) = find_times("14.00–15.00 WIB (15.00–16.00 SGT)")
    assert hit.zone is not None and hit.zone.utcoffset(datetime(2026, 12, 9)) == timedelta(hours=7)


def test_a_move_from_the_call_planned_on_one_day_to_the_next_one() -> None:
    d = mail(
        "Bonjour Mila,\n\nUn imprévu m'oblige à déplacer notre appel prévu le mardi 1er décembre à 14 h 30. "
        "Notre entrevue aura donc lieu le jeudi 3 décembre, à la même heure, soit de 14 h 30 à 15 h "
        "(heure de Montréal).\n\nSophie Roy\nConseillère, acquisition de talents\n",
        "Changement d'horaire – votre entrevue téléphonique",
        "Sophie Roy <sophie.roy@lumen.example>",
        date_header="Tue, 24 Nov 2026 08:31:02 -0500",
    )
    assert d.is_interview, d.reasons
    assert (d.kind, d.start) == ("reschedule", datetime(2026, 12, 3, 19, 30, tzinfo=UTC))


def test_a_networking_evening_where_interviews_often_start_is_not_one() -> None:
    d = mail(
        "Bonjour Mila,\n\nNotre dernier 5 à 7 de l'année approche!\n\nQuand : jeudi 3 décembre, de "
        "17 h à 19 h\n"
        "Où : Brasserie du Coin, Montréal\n\nUne dizaine d'entreprises en recrutement seront sur "
        "place : c'est "
        "souvent là que commencent les entrevues!\n\nLe comité UX\n",
        "5 à 7 réseautage – designers et recruteurs",
        "UX Montréal <evenements@uxmtl.example>",
    )
    assert not d.is_interview
    from followup.parsers import lexicon as lx

    assert lx.OTHER_INTERVIEWS.search("Join our networking evening on Thursday")
    assert lx.OTHER_INTERVIEWS.search("Confirmation : demande de passeport (adulte)")


def test_a_live_design_exercise_and_a_proctored_assessment_at_a_fixed_time() -> None:
    from followup.parsers import lexicon as lx

    for phrase in ("Exercice pratique de design en direct (2 h)", "a live design exercise with the team",
                   "a proctored online technical assessment", "prueba técnica supervisada"):
        assert lx.INTERVIEW.search(phrase), phrase
    d = mail(
        "Dear Mila,\n\nAs the next step, you are invited to a proctored online technical assessment "
        "held at a "
        "fixed time for all shortlisted candidates:\n\nDate: Saturday, 5 December 2026\n"
        "Time: 10.00am – 12.00pm (CET)\n\nRegards,\nShalini Rao\nTalent Acquisition, Orchard Retail\n"
        "shalini.rao@orchardretail.example\n",
        "Online Technical Assessment – Data Engineer",
        "Orchard Retail <no-reply@smartrecruiters.example>",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
    assert d.end == datetime(2026, 12, 5, 11, 0, tzinfo=UTC)


def test_a_clients_interviewer_whose_name_has_an_accent_the_address_lacks() -> None:
    d = mail(
        "Salut Mila,\n\nNotre client, Assurances Nord, souhaite te rencontrer pour le poste de designer.\n\n"
        "- Date : lundi 14 décembre\n- Heure : 13h\n- Tu rencontreras Karine Dubé, directrice "
        "(karine.dube@assurancesnord.example)\n\nMaxime Pelletier\nConseiller en recrutement\n"
        "maxime.pelletier@horizonrh.example\n",
        "Entrevue chez notre client Assurances Nord – lundi 14 décembre 13h",
        "Maxime Pelletier <maxime.pelletier@horizonrh.example>",
    )
    assert d.is_interview, d.reasons
    assert set(d.thank_you_recipients) == {
        "karine.dube@assurancesnord.example", "maxime.pelletier@horizonrh.example"
    }


def test_the_length_asked_to_keep_free_wins_over_its_parts() -> None:
    from datetime import timedelta

    from followup.parsers.when_times import find_duration

    text = "Prévoyez environ 1 h 30 : une heure d'échange et une demi-heure de visite du studio."
    assert find_duration(text) == timedelta(hours=1, minutes=30)


def test_a_length_stated_in_a_sentence_of_the_thread_about_the_interview() -> None:
    raw = (
        "From: Jade Roy <jade.roy@mosaiq.example>\nTo: Mila Novak <mila.novak@mailbox.example>\n"
        "Subject: Re: Mosaïq – entrevue\nDate: Mon, 23 Nov 2026 19:48:03 -0500\nIn-Reply-To: "
        "<x@mosaiq.example>\n"
        "Message-ID: <y@mosaiq.example>\nContent-Type: text/plain; charset=utf-8\n\n"
        "Parfait, c'est noté : mercredi 2 déc. à 15 h.\n\nJade\n\n"
        "Le lun. 23 nov. 2026, à 16 h 05, Mila Novak <mila.novak@mailbox.example> a écrit :\n"
        "> Mercredi 15 h me convient parfaitement.\n>\n"
        "> Le lun. 23 nov. 2026, Jade Roy <jade.roy@mosaiq.example> a écrit :\n"
        ">> J'aimerais planifier une première entrevue vidéo de 30 minutes avec toi. Est-ce que mardi\n"
        ">> 1er déc. à 10 h ou mercredi 2 déc. à 15 h fonctionnerait?\n"
    )
    d = analyze_email(raw.encode(), ME, NOW)
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 2, 20, 0, tzinfo=UTC)
    assert d.end == datetime(2026, 12, 2, 20, 30, tzinfo=UTC)


def test_job_board_relays_and_asian_legal_forms() -> None:
    assert is_machine("reply-8f3a2c1d@messages.jobstreet.example")
    assert is_machine("reply+abc123@relay.example")
    from followup.parsers.judging_company import _strip_legal

    assert _strip_legal("Seri Mutiara Digital Sdn Bhd") == "Seri Mutiara Digital"
    assert _strip_legal("Wisła Consulting Sp. z o.o.") == "Wisła Consulting"


def test_an_old_and_new_slot_table_in_italian_and_dutch() -> None:
    for body, subject in (
        # (the new slot on the left: the later one is not the one that wins here)
        ("Gentile Mila,\n\nil colloquio è stato spostato:\n\nNuovo orario | Orario precedente\n"
         "venerdì 4 dicembre 2026, 15:00 | giovedì 3 dicembre 2026, 10:00\n\nGiulia Ferri\nHR\n",
         "Colloquio spostato"),
        ("Beste Mila,\n\nhet gesprek is verplaatst:\n\nNieuwe tijd | Oude tijd\n"
         "vrijdag 4 december 2026, 15:00 | donderdag 3 december 2026, 10:00\n\nSanne de Vries\nHR\n",
         "Sollicitatiegesprek verplaatst"),
    ):
        d = mail(body, subject, "HR <hr.team@borgo.example>")
        assert d.is_interview, d.reasons
        assert (d.kind, d.start) == ("reschedule", datetime(2026, 12, 4, 14, 0, tzinfo=UTC)), subject


# Round 17 (Dublin, Barcelona, Warsaw).


def test_a_signatures_international_phone_gives_the_zone_when_the_date_says_utc() -> None:
    d = mail(
        "Dear Mila,\n\nThank you for your application. We would like to invite you to a case study "
        "interview on Friday 4 December at 09:00 at our offices.\n\nKind regards\nBusi Mthembu\n"
        "Talent Acquisition | Jacaranda Fund\n+27 12 555 0188 | busi.mthembu@jacaranda.example\n",
        "Case study interview - Analyst",
        "Busi Mthembu <busi.mthembu@jacaranda.example>",
        date_header="Tue, 24 Nov 2026 10:00:00 +0000",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 4, 7, 0, tzinfo=UTC)  # 09:00 in South Africa (UTC+2)
    from followup.parsers.when_zones import phone_zone

    assert phone_zone("+1 212 555 0100 and +27 12 555 0188") is None  # two zones: none


def test_a_day_and_month_with_a_clock_time_after_it_is_a_date() -> None:
    from datetime import date

    from followup.parsers.when import find_dates

    (hit,) = find_dates("SAP Consultant - interview 14.12, 9:30 Warsaw time", date(2026, 11, 18))
    assert hit.value == date(2026, 12, 14)
    assert find_dates("slots at 14.30, 15:00", date(2026, 11, 18)) == []


def test_a_radio_request_a_jobs_fair_and_the_owners_suits_perfectly() -> None:
    d = mail(
        "Hi Mila,\n\nI'm a researcher on The Tech Show on City FM. Would you be free to join our presenter "
        "for a short live interview on Tuesday 1 December at 8.40am? It's about 6 minutes, down the line "
        "by phone.\n\nCiara\nCity FM | 103.8FM\n",
        "Interview request - The Tech Show - Tues 1 Dec",
        "Ciara Hennessy <ciara@cityfm.example>",
    )
    assert not d.is_interview
    d = mail(
        "Dear Jobseeker,\n\nWhen: Thursday 10 December, 10am - 3pm (drop in any time)\nMeet over 40 "
        "employers hiring now. Some employers will be holding on-the-spot interviews on the day.\n\n"
        "No need to register.\n",
        "You're invited: Dublin Jobs Fair - Thursday 10 December",
        "Employer Services <employerservices@intreo.example>",
    )
    assert not d.is_interview
    from followup.parsers import lexicon as lx

    assert lx.CONFIRM_REPLY.search("Thursday 10th at 9am Irish time (10am CET) suits perfectly, thanks")
    assert not lx.CONFIRM_REPLY.search("Let me know if Thursday suits you.")


def test_a_forwarded_note_gives_the_time_of_the_day_the_forwarder_names() -> None:
    d = mail(
        "Hi Mila,\n\nForwarding Sinéad's note below so you have the details - see you on the 17th.\n\n"
        "Pádraig\n\n---------- Forwarded message ---------\nFrom: Sinéad Quinn "
        "<sinead.quinn@harbour.example>\n"
        "Date: Tue, 24 Nov 2026 at 16:40\nSubject: Room booking - 2nd interview Mila Novak\n"
        "To: Pádraig Nolan <padraig.nolan@harbour.example>\n\nHi Pádraig,\n\nI've booked Room 4.02 for Mila "
        "Novak's second-round interview on Thursday 17 December from 4pm to 5pm.\n\nSinéad\n",
        "Fwd: Room booking - 2nd interview Mila Novak - Thurs 17 Dec",
        "Pádraig Nolan <padraig.nolan@harbour.example>",
        date_header="Tue, 24 Nov 2026 17:55:21 +0000",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 17, 16, 0, tzinfo=UTC)
    assert d.end == datetime(2026, 12, 17, 17, 0, tzinfo=UTC)


def test_an_invitation_to_an_online_technical_assessment_at_a_fixed_time() -> None:
    d = mail(
        "Dear Mila,\n\nAs the next step of our recruitment process we would like to invite you to an online "
        "technical assessment.\n\nDate: Monday, 7th of December 2026\nTime: 9.00-10.30 CET\n\nKind regards,\n"
        "Réka Szabó\nTalent Acquisition Specialist\nreka.szabo@tisza.example\n",
        "Technical assessment - SAP Consultant",
        "Réka Szabó (Tisza) <notification@smartrecruiters.example>",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 12, 7, 8, 0, tzinfo=UTC)


def test_spanish_mail_from_spain_moves_islands_and_offers() -> None:
    d = mail(
        "Hola Mila:\n\nA David le ha surgido un viaje, así que hemos movido la entrevista al viernes 4 de "
        "diciembre, a la misma hora (12:00 h) y con la misma duración.\n\nUn saludo,\nIrene Gómez\n"
        "Talent Acquisition | Almudena Analytics\n",
        "RE: Entrevista Almudena Analytics – jueves 3 de diciembre",
        "Irene Gómez <irene.gomez@almudena.example>",
    )
    assert d.is_interview, d.reasons
    assert (d.kind, d.start) == ("reschedule", datetime(2026, 12, 4, 11, 0, tzinfo=UTC))
    d = mail(
        "Hola Mila:\n\nTe escribimos para invitarte a una entrevista por videollamada.\n\n"
        "Fecha: jueves, 17 de diciembre de 2026\nHora: 10:00 – 11:00 (hora de Canarias)\n\nYaiza Santana\n",
        "Invitación a entrevista – Backend Developer",
        "Yaiza Santana <yaiza.santana@alisios.example>",
        date_header="Mon, 23 Nov 2026 09:15:20 +0000",
    )
    assert d.start == datetime(2026, 12, 17, 10, 0, tzinfo=UTC)  # Canary time is UTC+0 in winter
    d = mail(
        "Hola Mila:\n\n¡Buenas noticias! Después de las entrevistas con el equipo, nos gustaría que "
        "te unieras "
        "a Gorbea como Senior Backend Engineer. Te llamo mañana jueves a las 13:00 para contarte los "
        "detalles "
        "de la oferta.\n\nAmaia Uriarte\nHead of People\n",
        "¡Buenas noticias! Propuesta de incorporación – Gorbea",
        "Amaia Uriarte <amaia.uriarte@gorbea.example>",
    )
    assert not d.is_interview


def test_a_weekday_abbreviation_like_a_month_before_a_numeric_date() -> None:
    from datetime import date

    from followup.parsers.when import find_dates

    (hit,) = find_dates("Entrevista Mila Novak – mar 22/12, 9:00 h", date(2026, 11, 24))
    assert hit.value == date(2026, 12, 22)  # "mar" is martes here, not marzo


def test_a_recruiter_title_heading_a_messaging_sites_mail_and_an_hour_and_a_half() -> None:
    from datetime import timedelta

    from followup.parsers.when_times import find_duration

    d = mail(
        "Pau Vidal le ha enviado un mensaje nuevo\n\nPau Vidal\nTalent Partner en Poblenou Labs\n\n"
        "\"Hola Mila! Te confirmo la llamada para pasado mañana a las 16 h. Serán unos 30 minutos.\"\n",
        "Pau ha enviado un mensaje nuevo",
        "Pau Vidal a través de LinkedIn <messages-noreply@linkedin.example>",
        date_header="Wed, 25 Nov 2026 09:12:45 +0100",
    )
    assert d.is_interview, d.reasons
    assert d.start == datetime(2026, 11, 27, 15, 0, tzinfo=UTC)
    assert d.end == datetime(2026, 11, 27, 15, 30, tzinfo=UTC)
    assert find_duration("Duración: aproximadamente hora y media") == timedelta(minutes=90)
    assert find_duration("Te llamo en hora y media") is None  # no length cue: not the meeting's


def test_presenting_the_technical_test_to_the_team() -> None:
    from followup.parsers import lexicon as lx

    assert lx.INTERVIEW.search("nos gustaría que nos presentaras tu solución el martes 12 de enero")
    assert lx.INTERVIEW.search("Presentación prueba técnica – Prado Tech")
    assert lx.INTERVIEW.search("you'll present your take-home to the team")
