"""The detector on invites, reschedules, cancellations and hard negatives (fixtures by name)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from followup.parsers import analyze_email, analyze_event, analyze_ics
from followup.parsers.addresses import Owner
from followup.parsers.model import Attendee, CalEvent, Detection

FIXTURES = Path(__file__).parent / "fixtures"
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
ME = Owner.of(["alex.rivera@mailbox.example"], "Alex Rivera")


def load(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def detect(name: str, owner: Owner | None = ME) -> Detection:
    return analyze_email(load(name), owner, NOW)


def z(s: str) -> datetime:
    return datetime.fromisoformat(s.replace("Z", "+00:00"))


def test_greenhouse_invite_with_calendar_parts() -> None:
    d = detect("greenhouse_invite.eml")
    assert d.is_interview and d.kind == "invite"
    assert d.start == z("2026-12-01T18:00:00Z") and d.end == z("2026-12-01T19:30:00Z")
    assert d.thank_you_recipients == (
        "maria.lopez@acme-corp.com",
        "jane.doe@acme-corp.com",
        "raj.patel@acme-corp.com",
    )
    assert d.recruiter_email == "maria.lopez@acme-corp.com"
    assert d.recruiter is not None and d.recruiter.phone and "555-0142" in d.recruiter.phone
    assert d.company == "Acme Corp"
    assert d.position == "Senior Backend Engineer"
    assert d.follow_up_after == date(2026, 12, 4)  # "decision by Friday, December 4"
    assert d.uid == "gh-4711-onsite@greenhouse.io"


def test_plus_address_counts_as_the_owner() -> None:
    d = detect("greenhouse_invite.eml")
    assert all("alex.rivera" not in r for r in d.thank_you_recipients)


def test_rooms_ats_addresses_never_recipients() -> None:
    d = detect("greenhouse_invite.eml")
    assert not any("resource.calendar" in r or "greenhouse" in r for r in d.thank_you_recipients)


def test_reschedule_and_cancellation_keep_the_uid() -> None:
    r = detect("greenhouse_reschedule.eml")
    c = detect("greenhouse_cancel.eml")
    assert r.is_interview and r.kind == "reschedule" and r.sequence == 1
    assert r.start == z("2026-12-02T22:00:00Z")
    assert c.is_interview and c.kind == "cancellation" and c.sequence == 2
    assert r.uid == c.uid == "gh-4711-onsite@greenhouse.io"
    assert c.follow_up_after is None


def test_html_only_ats_mail_with_a_table() -> None:
    d = detect("lever_plain.eml")
    assert d.is_interview and d.kind == "invite"
    assert d.start == z("2026-12-01T19:00:00Z") and d.end == z("2026-12-01T19:45:00Z")
    assert d.recruiter_email == "tom.becker@globex.io"  # Reply-To of the no-reply sender
    assert d.position == "Product Designer"
    assert d.company == "Globex"


def test_google_calendar_invitation() -> None:
    d = detect("google_calendar_invite.eml")
    assert d.is_interview
    assert d.start == z("2026-12-02T18:00:00Z")
    assert d.thank_you_recipients == ("priya.nair@initech.com",)
    assert d.company == "Initech"


def test_outlook_teams_german_with_windows_zone() -> None:
    d = detect("outlook_teams_de.eml")
    assert d.is_interview
    assert d.start == z("2026-12-03T13:30:00Z")  # 14:30 W. Europe Standard Time
    assert "jonas.weber@beispiel-gmbh.de" in d.thank_you_recipients
    assert not any(r.startswith("raum") for r in d.thank_you_recipients)
    assert d.follow_up_after == date(2026, 12, 11)  # "bis Ende nächster Woche"


def test_spanish_plain_mail() -> None:
    d = detect("spanish_plain.eml")
    assert d.is_interview
    assert d.start == z("2026-12-01T09:00:00Z")  # 10:00 hora de Madrid
    assert d.position == "Analista de Datos"
    assert d.thank_you_recipients == ("carmen.ruiz@empresa-ejemplo.es", "lucia.gomez@empresa-ejemplo.es")
    assert d.follow_up_after == date(2026, 12, 11)


def test_french_plain_mail() -> None:
    d = detect("french_plain.eml")
    assert d.is_interview
    assert d.start == z("2026-12-03T13:30:00Z")  # 14h30 heure de Paris
    assert d.position == "Chef de projet"
    assert d.recruiter_email == "amelie.durand@societe-exemple.fr"
    assert d.follow_up_after == date(2026, 12, 7)  # "dans quatre jours" after the interview


@pytest.mark.parametrize(
    ("name", "why"),
    [
        ("neg_newsletter_tips.eml", "bulk"),
        ("neg_press.eml", "press"),
        ("neg_internal_meeting.eml", "no job interview"),
        ("neg_application_received.eml", "application"),
        ("neg_rejection.eml", "rejection"),
        ("neg_cold_outreach.eml", "no fixed"),
        ("neg_own_note.eml", "own mail"),  # a reply to a friend that mentions her interview
        ("neg_dentist.eml", "no job interview"),
        ("neg_hiring_side.eml", "hiring side"),
        ("neg_webinar_ics.eml", "webinar"),
    ],
)
def test_hard_negatives(name: str, why: str) -> None:
    d = detect(name)
    assert not d.is_interview
    assert d.thank_you_recipients == ()
    assert any(why in r for r in d.reasons), d.reasons


def test_the_owners_reply_confirming_the_interview_is_the_interview_with_the_person_answered() -> None:
    d = detect("own_sent_confirmation.eml")  # "thanks - I confirm the interview on Tuesday, December 1 …"
    assert d.is_interview, d.reasons
    assert d.start == z("2026-12-01T18:00:00Z")
    assert d.thank_you_recipients == ("maria.lopez@acme-corp.com",)


def test_a_reply_after_the_interview_carries_its_timeline() -> None:
    d = detect("recruiter_reply_timeline.eml")
    assert not d.is_interview
    assert d.follow_up_after == date(2026, 12, 5)  # "call me in four days", mail of Dec 1
    assert d.meta is not None and d.meta.in_reply_to == "<thanks-1@mailbox.example>"


def test_without_an_owner_the_addressee_is_the_owner() -> None:
    d = detect("greenhouse_invite.eml", owner=None)
    assert d.is_interview
    assert "alex.rivera@mailbox.example" not in d.thank_you_recipients


def _event(**kw: object) -> CalEvent:
    base: dict[str, object] = dict(
        uid="u1",
        summary="Interview with Acme",
        start=z("2026-12-01T18:00:00Z"),
        end=z("2026-12-01T19:00:00Z"),
        method="REQUEST",
        organizer=Attendee("rec@acme.example", "Rita Recruiter"),
        attendees=(
            Attendee("alex.rivera@mailbox.example", "Alex Rivera"),
            Attendee("eng@acme.example", "Ed Eng"),
        ),
    )
    base.update(kw)
    return CalEvent(**base)  # type: ignore[arg-type]


def test_calendar_event_from_a_backend() -> None:
    d = analyze_event(_event(), ME, NOW)
    assert d.is_interview and d.thank_you_recipients == ("rec@acme.example", "eng@acme.example")


def test_event_organised_by_the_owner_is_not_an_invite() -> None:
    d = analyze_event(_event(organizer=Attendee("alex.rivera@mailbox.example")), ME, NOW)
    assert not d.is_interview


def test_declined_and_resource_attendees_are_skipped() -> None:
    ev = _event(
        attendees=(
            Attendee("alex.rivera@mailbox.example"),
            Attendee("eng@acme.example", "Ed", partstat="DECLINED"),
            Attendee("projector@acme.example", "Projector", cutype="RESOURCE"),
            Attendee("lists@acme.example", "Everyone", cutype="GROUP"),
        )
    )
    d = analyze_event(ev, ME, NOW)
    assert d.thank_you_recipients == ("rec@acme.example",)


def test_bare_ics_file_guesses_the_candidate() -> None:
    ics = b"""BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:x1\r\n\
DTSTART;TZID=America/New_York:20261201T100000\r\nDTEND;TZID=America/New_York:20261201T110000\r\n\
SUMMARY:Technical Interview - Acme\r\nORGANIZER;CN=Rita:mailto:rita@acme.example\r\n\
ATTENDEE;CN=Ed Eng:mailto:ed@acme.example\r\nATTENDEE;CN=Alex Rivera:mailto:alex@gmail.com\r\n\
END:VEVENT\r\nEND:VCALENDAR\r\n"""
    d = analyze_ics(ics, None, NOW)
    assert d.is_interview
    assert d.start == z("2026-12-01T15:00:00Z")
    assert d.thank_you_recipients == ("rita@acme.example", "ed@acme.example")


def test_floating_text_time_uses_the_owner_zone() -> None:
    d = analyze_email(load("lever_plain.eml").replace(b" EST", b""), ME, NOW, ZoneInfo("Europe/Berlin"))
    assert d.start == z("2026-12-01T13:00:00Z")


def test_zoom_text_invitation_with_labels() -> None:
    d = detect("zoom_text_invite.eml")
    assert d.is_interview
    assert d.start == z("2026-12-03T21:00:00Z")  # 1 PM Pacific
    assert d.thank_you_recipients == ("maria.lopez@acme-corp.com",)


def test_confirmed_time_in_a_follow_up_sentence() -> None:
    d = detect("followup_confirmed.eml")
    assert d.is_interview
    assert d.start == z("2026-12-07T16:00:00Z") and d.end == z("2026-12-07T16:45:00Z")
    assert d.thank_you_recipients == ("tom.becker@globex.io", "sara.hill@globex.io")
    assert d.follow_up_after == date(2026, 12, 18)  # end of the week after the interview's


def test_google_invite_naming_the_owner_without_cn() -> None:
    d = detect("google_invite_no_cn.eml")
    assert d.is_interview
    assert d.start == z("2026-12-04T14:00:00Z")
    assert d.recruiter_email == "rita@hooli.example"
    assert d.thank_you_recipients == ("rita@hooli.example", "gavin@hooli.example")  # no group address


def test_onsite_sessions_in_one_invite_are_one_interview() -> None:
    d = detect("modernloop_onsite_sessions.eml")
    assert d.is_interview
    assert d.start == z("2026-12-02T16:00:00Z") and d.end == z("2026-12-02T17:45:00Z")
    assert d.thank_you_recipients == (
        "lucius.fox@waynetech.example",
        "bruce.wayne@waynetech.example",
        "selina.kyle@waynetech.example",
    )
    assert d.recruiter_email == "lucius.fox@waynetech.example"
    assert d.position == "Platform Engineer"


def test_an_invite_the_owner_forwarded_to_themselves() -> None:
    from email.message import EmailMessage
    from email.parser import BytesParser
    from email.policy import default

    outer = EmailMessage()
    outer["From"] = "Alex Rivera <alex.rivera@mailbox.example>"
    outer["To"] = "alex.rivera@mailbox.example"
    outer["Subject"] = "Fwd: Interview Confirmation: Senior Backend Engineer at Acme Corp"
    outer["Date"] = "Fri, 20 Nov 2026 12:00:00 -0800"
    outer.set_content("for my records")
    outer.add_attachment(BytesParser(policy=default).parsebytes(load("greenhouse_invite.eml")))
    d = analyze_email(outer.as_bytes(), ME, NOW)
    assert d.is_interview and "forwarded by the owner" in d.reasons
    assert d.start == z("2026-12-01T18:00:00Z")
    assert d.recruiter_email == "maria.lopez@acme-corp.com"
