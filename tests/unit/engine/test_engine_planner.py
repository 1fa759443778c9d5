"""Table tests for every etiquette rule, with a fixed ``now``."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from followup.config import Span
from followup.engine.planner import Done, PersonState, Rules, first_call_time, plan

from .engine_helpers import BOB, END, JANE, NY, RULES, START, ny, state

AFTER = END + timedelta(hours=2)


def keys(p: object) -> list[str]:
    return [a.key for a in p.actions]  # type: ignore[attr-defined]


def by_key(p: object, key: str) -> object:
    return next(a for a in p.actions if a.key == key)  # type: ignore[attr-defined]


def test_nothing_is_due_before_the_interview_ends() -> None:
    p = plan(state(), RULES, START - timedelta(days=1))
    assert p.actions  # there is a plan ...
    assert all(a.due >= END for a in p.actions)  # ... but nothing before the end


def test_one_draft_per_recipient_due_after_the_delay() -> None:
    p = plan(state(), RULES, AFTER)
    drafts = [a for a in p.actions if a.kind == "draft"]
    assert sorted(a.recipient for a in drafts) == ["bob.smith@acme.com", "jane.doe@acme.com"]
    assert all(a.due == END + timedelta(minutes=30) for a in drafts)
    assert "thanks:iv-1:bob.smith@acme.com" in keys(p)


def test_decision_imminent_makes_drafts_due_at_the_end_and_the_call_same_day() -> None:
    # planned when the interview ends (the cycle that writes the call event)
    p = plan(state(decision_imminent=True), RULES, END)
    drafts = [a for a in p.actions if a.kind == "draft"]
    assert all(a.due == END and a.urgent for a in drafts)
    call = by_key(p, "call:iv-1:1")
    assert call.event.start == END + timedelta(hours=1)  # type: ignore[attr-defined]
    # no cycle ran until after that hour: the call goes to the next call time ahead, not the past
    late = plan(state(decision_imminent=True), RULES, AFTER)
    assert by_key(late, "call:iv-1:1").event.start == ny(2026, 3, 4)  # type: ignore[attr-defined]


def test_late_interview_with_imminent_decision_calls_next_business_day() -> None:
    late_end = ny(2026, 3, 6, 17, 0)  # Friday 17:00
    st = state(start=late_end - timedelta(hours=1), end=late_end, decision_imminent=True)
    at, why = first_call_time(st, RULES)
    assert at == ny(2026, 3, 9)  # Monday 10:00
    assert "next business day" in why


def test_someone_known_only_by_name_and_phone_gets_no_draft_and_a_note() -> None:
    carl = PersonState(None, "Carl", "interviewer", "+1 555 0199")
    p = plan(state(people=(JANE, carl), domain="gmail.com"), RULES, AFTER)
    assert [a.recipient for a in p.actions if a.kind == "draft"] == ["jane.doe@acme.com"]
    assert any("Carl" in n and "phone +1 555 0199" in n and "no draft" in n for n in p.notes)


def test_guessed_address_from_colleagues_pattern_is_marked() -> None:
    sam = PersonState(None, "Sam Lee", "interviewer")
    p = plan(state(people=(JANE, BOB, sam)), RULES, AFTER)
    guessed = [a for a in p.actions if a.kind == "draft" and a.guessed]
    assert [a.recipient for a in guessed] == ["sam.lee@acme.com"]
    assert "GUESSED" in guessed[0].title
    assert any("sam.lee@acme.com" in n and "GUESSED" in n for n in p.notes)


def test_no_guess_when_colleagues_disagree() -> None:
    odd = PersonState("bsmith@acme.com", "Bob Smith", "interviewer", recipient=True)
    sam = PersonState(None, "Sam Lee", "interviewer")
    p = plan(state(people=(JANE, odd, sam)), RULES, AFTER)
    assert not any(a.guessed for a in p.actions)
    assert any("Sam Lee" in n and "no draft" in n for n in p.notes)


def test_parser_guessed_address_is_marked_too() -> None:
    g = PersonState("kim.park@acme.com", "Kim Park", "interviewer", guessed=True)
    p = plan(state(people=(JANE, g)), RULES, AFTER)
    assert by_key(p, "thanks:iv-1:kim.park@acme.com").guessed  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("follow_up_after", "expected"),
    [
        (None, ny(2026, 3, 10)),  # 5 business days after Tue 3 Mar
        (date(2026, 3, 7), ny(2026, 3, 9)),  # stated Saturday -> Monday
        (date(2026, 3, 5), ny(2026, 3, 5)),  # stated Thursday
        (date(2026, 3, 3), ny(2026, 3, 4)),  # the interview day itself ("by today"): next business day
        (date(2026, 2, 27), ny(2026, 3, 10)),  # a date before the interview (stale): the default
    ],
)
def test_first_call_time(follow_up_after: date | None, expected: object) -> None:
    at, _ = first_call_time(state(follow_up_after=follow_up_after), RULES)
    assert at == expected


def test_call_event_is_written_at_the_end_with_contact_tip_and_phone() -> None:
    p = plan(state(), RULES, AFTER)
    call = by_key(p, "call:iv-1:1")
    assert call.due == END  # type: ignore[attr-defined]
    ev = call.event  # type: ignore[attr-defined]
    assert ev.start == ny(2026, 3, 10) and ev.timezone == "America/New_York"
    assert "Jane Doe" in ev.title
    assert "+1 555 0111" in ev.description  # the recruiter's phone
    assert "leave a brief message and your phone number (+1 555 0100)" in ev.description
    assert "repeat your number" in ev.description


def test_callback_move_on_and_close_follow_the_chain() -> None:
    p = plan(state(), RULES, AFTER)
    cb = by_key(p, "call:iv-1:2")
    assert cb.due == ny(2026, 3, 10)  # written once the first call's time passed  # type: ignore[attr-defined]
    assert cb.event.start == ny(2026, 3, 12)  # type: ignore[attr-defined]
    mo = by_key(p, "moveon:iv-1")
    assert mo.due == ny(2026, 3, 12) and mo.event.start == ny(2026, 3, 19)  # type: ignore[attr-defined]
    close = by_key(p, "close:iv-1")
    assert close.due == ny(2026, 3, 19)  # type: ignore[attr-defined]


def test_never_a_third_call() -> None:
    done = {k: Done(k, "done", END, s) for k, s in
            [("call:iv-1:1", ny(2026, 3, 10)), ("call:iv-1:2", ny(2026, 3, 12))]}
    for now in (ny(2026, 3, 11), ny(2026, 3, 13), ny(2026, 3, 25), ny(2026, 6, 1)):
        p = plan(state(done=done), RULES, now)
        calls = [a for a in p.actions if a.key.startswith("call:")]
        assert calls == []
        assert all(not a.key.startswith("call:iv-1:3") for a in p.actions)


def test_reply_cancels_calls_not_yet_made() -> None:
    done = {"call:iv-1:1": Done("call:iv-1:1", "done", END, ny(2026, 3, 10)),
            "thanks:iv-1:jane.doe@acme.com": Done("thanks:iv-1:jane.doe@acme.com", "done", END)}
    p = plan(state(done=done, replies=(ny(2026, 3, 5, 9),)), RULES, ny(2026, 3, 5, 12))
    kinds = {a.key: a.kind for a in p.actions}
    assert kinds["call:iv-1:1"] == "delete_event"
    assert "call:iv-1:2" not in kinds and "moveon:iv-1" not in kinds and "close:iv-1" not in kinds


def test_reply_after_the_first_call_keeps_it_and_stops_the_callback() -> None:
    done = {"call:iv-1:1": Done("call:iv-1:1", "done", END, ny(2026, 3, 10)),
            "call:iv-1:2": Done("call:iv-1:2", "done", ny(2026, 3, 10), ny(2026, 3, 12))}
    p = plan(state(done=done, replies=(ny(2026, 3, 11),)), RULES, ny(2026, 3, 11, 12))
    assert [(a.key, a.kind) for a in p.actions if a.key.startswith(("call", "moveon"))] == [
        ("call:iv-1:2", "delete_event")]


def test_mail_before_the_end_is_not_a_reply() -> None:
    p = plan(state(replies=(START - timedelta(days=1),)), RULES, AFTER)
    assert "call:iv-1:1" in keys(p)


def test_cancellation_cancels_what_is_not_done() -> None:
    prep = Done("prep:iv-1", "done", START - timedelta(days=2), START - timedelta(hours=2))
    p = plan(state(status="cancelled", done={"prep:iv-1": prep}), RULES, START - timedelta(days=1))
    assert [(a.key, a.kind) for a in p.actions] == [("prep:iv-1", "delete_event")]
    assert plan(state(status="cancelled"), RULES, AFTER).actions == ()


def test_sent_thank_you_marks_the_draft_done() -> None:
    p = plan(state(sent_thanks={"bob.smith@acme.com": END + timedelta(minutes=10)}), RULES, AFTER)
    assert by_key(p, "thanks:iv-1:bob.smith@acme.com").kind == "mark_sent"  # type: ignore[attr-defined]
    assert by_key(p, "thanks:iv-1:jane.doe@acme.com").kind == "draft"  # type: ignore[attr-defined]


def test_mail_to_a_person_before_the_interview_is_not_a_thank_you() -> None:
    p = plan(state(sent_thanks={"bob.smith@acme.com": START - timedelta(days=1)}), RULES, AFTER)
    assert by_key(p, "thanks:iv-1:bob.smith@acme.com").kind == "draft"  # type: ignore[attr-defined]


def test_done_actions_are_not_planned_again() -> None:
    first = plan(state(), RULES, AFTER)
    done = {a.key: Done(a.key, "done", AFTER, a.event.start if a.event else None)
            for a in first.actions if a.due <= AFTER}
    again = plan(state(done=done), RULES, AFTER)
    assert not [a for a in again.actions if a.due <= AFTER]


def test_handwritten_note_reminder_within_48_hours() -> None:
    rules = Rules(**{**RULES.__dict__, "handwritten_note": True})
    p = plan(state(), rules, AFTER)
    notes = [a for a in p.actions if a.key.startswith("note:")]
    assert sorted(a.key for a in notes) == ["note:iv-1:bob.smith@acme.com", "note:iv-1:jane.doe@acme.com"]
    for a in notes:
        assert a.due == END and "Mail handwritten note to" in a.event.title  # type: ignore[union-attr]
        assert END < a.event.start < END + timedelta(hours=48)  # type: ignore[union-attr]


def test_prep_reminder_before_the_start_with_the_checklist() -> None:
    rules = Rules(**{**RULES.__dict__, "prep_reminder": True})
    p = plan(state(), rules, START - timedelta(days=1))
    prep = by_key(p, "prep:iv-1")
    assert prep.due <= START and prep.event.start < START  # type: ignore[attr-defined]
    assert "When can I follow up with you?" in prep.event.description  # type: ignore[attr-defined]
    assert "business card" in prep.event.description  # type: ignore[attr-defined]
    assert "prep:iv-1" not in keys(plan(state(), RULES, START - timedelta(days=1)))  # off by default


def test_reschedule_moves_a_written_event_not_yet_due() -> None:
    old = Done("call:iv-1:1", "done", END, ny(2026, 3, 10))
    later = END + timedelta(days=2)  # interview moved by two days: Thu 5 Mar
    p = plan(state(start=START + timedelta(days=2), end=later, done={"call:iv-1:1": old}), RULES, later)
    call = by_key(p, "call:iv-1:1")
    assert call.kind == "event" and call.event.start == ny(2026, 3, 12)  # type: ignore[attr-defined]


def test_closed_by_outcome_deletes_future_events() -> None:
    done = {"call:iv-1:1": Done("call:iv-1:1", "done", END, ny(2026, 3, 10))}
    p = plan(state(status="closed", outcome="offer", done=done), RULES, ny(2026, 3, 5))
    assert [(a.key, a.kind) for a in p.actions] == [("call:iv-1:1", "delete_event")]


def test_spans_in_plain_days() -> None:
    rules = Rules(**{**RULES.__dict__, "first_call_after": Span(delta=timedelta(days=4)),
                     "callback_after": Span(delta=timedelta(days=1))})
    p = plan(state(), rules, AFTER)
    assert by_key(p, "call:iv-1:1").event.start == ny(2026, 3, 9)  # Sat 7 -> Mon 9  # type: ignore[attr-defined]
    assert by_key(p, "call:iv-1:2").event.start == ny(2026, 3, 10)  # type: ignore[attr-defined]


def test_call_times_are_in_the_owners_zone_on_business_days() -> None:
    p = plan(state(), RULES, AFTER)
    for a in p.actions:
        if a.key.startswith("call:"):
            local = a.event.start.astimezone(NY)  # type: ignore[union-attr]
            assert local.weekday() < 5 and (local.hour, local.minute) == (10, 0)
