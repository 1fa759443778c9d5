"""Classes of failure seen on unseen mail, round 35 (Phoenix, Porto, Zurich): each fixed by a general
mechanism (own examples, not copies of the blind sets)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from followup.parsers import analyze_email
from followup.parsers import lexicon as lx
from followup.parsers.when_times import find_duration
from tests.unit.parsers.detect.test_unseen_classes6 import ME, NOW, raw_mail


def test_an_onsite_on_a_day_is_named_not_onsite_working_days() -> None:
    assert lx.INTERVIEW.search("Mila Novak - onsite Thursday 12/10")
    assert lx.INTERVIEW.search("Confirmed: onsite Fri 12/11 at 9am")
    assert not lx.INTERVIEW.search("Hybrid role, onsite Monday to Thursday in Tempe")
    assert not lx.INTERVIEW.search("You would work onsite Tuesday through Friday.")


def test_a_compound_length_is_not_a_clock_time() -> None:
    assert find_duration("It was planned as a two-hour visit, so free that time.") == timedelta(hours=2)
    assert find_duration("It is a 2-hour session with the team.") == timedelta(hours=2)
    assert find_duration("a las 10 horas") is None
    assert find_duration("um 10 Uhr") is None


def test_the_owners_thanks_settles_the_slot_the_answered_message_set_and_names_its_people() -> None:
    body = (
        "Got it, thanks Dana! Talk to Omar then.\n\nSent from my iPhone\n\n"
        "> On Nov 24, 2026, at 4:18 PM, Dana Reyes <dana.reyes@kestrel.example> wrote:\n>\n> Hi Mila,\n>\n"
        "> You're all set for Tuesday, Dec 15 from 11:00-11:45am PT with Omar Haddad, our Head of "
        "Operations (omar.haddad@kestrel.example).\n>\n> Dana\n>\n"
        ">> On Mon, Nov 23, 2026 at 9:05 PM Mila Novak <mila.novak@mailbox.example> wrote:\n"
        ">> Tuesday Dec 15 at 11am Pacific works great for me.\n>>\n"
        ">>> On Mon, Nov 23, 2026 at 2:10 PM Dana Reyes <dana.reyes@kestrel.example> wrote:\n"
        ">>> Omar would like to set up a 45-minute phone interview. Would either of these work?\n>>>\n"
        ">>> - Tuesday, Dec 15 at 11:00am PT\n>>> - Wednesday, Dec 16 at 2:00pm PT\n"
    )
    raw = raw_mail(body, "Mila Novak <mila.novak@mailbox.example>", "Re: Operations Analyst",
                   "Tue, 24 Nov 2026 19:42:10 -0700", to="Dana Reyes <dana.reyes@kestrel.example>")
    raw = raw.replace(b"Subject:", b"In-Reply-To: <x1@kestrel.example>\nSubject:")
    got = analyze_email(raw, ME, NOW)
    assert got.is_interview
    assert got.start == datetime(2026, 12, 15, 19, 0, tzinfo=UTC)
    assert got.end == datetime(2026, 12, 15, 19, 45, tzinfo=UTC)
    assert sorted(got.thank_you_recipients) == ["dana.reyes@kestrel.example", "omar.haddad@kestrel.example"]
