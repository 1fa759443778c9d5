"""Audit of the DESIGN.md rules table against the planner, with a fixed ``now``: DST weeks,
Friday→Monday roll-overs, imminent decisions, move-on timing, sent thank-yous, and a property
test that nothing but the prep reminder is ever due before the interview ends."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from followup.config import Span
from followup.engine.planner import Action, Done, Rules, first_call_time, plan

from .engine_helpers import END, RULES, START, ny, state


def by_key(actions: tuple[Action, ...], key: str) -> Action:
    return next(a for a in actions if a.key == key)


def start_of(actions: tuple[Action, ...], key: str) -> datetime:
    ev = by_key(actions, key).event
    assert ev is not None
    return ev.start


def interview(y: int, m: int, d: int, hh: int = 14) -> dict[str, datetime]:
    s = ny(y, m, d, hh)
    return {"start": s, "end": s + timedelta(hours=1)}


# ------------------------------------------------------------------ calls: business days, zone, DST

@pytest.mark.parametrize(
    ("when", "call1", "call2"),
    [
        # spring forward (Sun 8 Mar 2026): Fri 6 Mar → Fri 13 Mar 10:00 EDT, callback Tue 17 Mar
        (interview(2026, 3, 6), datetime(2026, 3, 13, 14, 0, tzinfo=UTC),
         datetime(2026, 3, 17, 14, 0, tzinfo=UTC)),
        # fall back (Sun 1 Nov 2026): Fri 30 Oct → Fri 6 Nov 10:00 EST, callback Tue 10 Nov
        (interview(2026, 10, 30), datetime(2026, 11, 6, 15, 0, tzinfo=UTC),
         datetime(2026, 11, 10, 15, 0, tzinfo=UTC)),
    ],
)
def test_calls_at_call_time_local_through_a_dst_change(when: dict[str, datetime], call1: datetime,
                                                       call2: datetime) -> None:
    p = plan(state(**when), RULES, when["end"] + timedelta(hours=1))
    assert start_of(p.actions, "call:iv-1:1") == call1
    assert start_of(p.actions, "call:iv-1:2") == call2


def test_friday_rolls_over_to_monday() -> None:
    rules = Rules(**{**RULES.__dict__, "first_call_after": Span(business_days=1),
                     "callback_after": Span(delta=timedelta(days=3))})
    fri = interview(2026, 3, 6)  # Friday
    p = plan(state(**fri), rules, fri["end"])
    assert start_of(p.actions, "call:iv-1:1") == ny(2026, 3, 9)  # Monday 10:00
    assert start_of(p.actions, "call:iv-1:2") == ny(2026, 3, 12)  # Mon + 3 days = Thursday
    # a stated Friday call; the plain-days callback lands on Monday, not on Sunday
    p = plan(state(**fri, follow_up_after=date(2026, 3, 13)), Rules(**{**rules.__dict__,
             "callback_after": Span(delta=timedelta(days=2))}), fri["end"])
    assert start_of(p.actions, "call:iv-1:1") == ny(2026, 3, 13)
    assert start_of(p.actions, "call:iv-1:2") == ny(2026, 3, 16)
    # a stated Sunday → Monday
    at, _ = first_call_time(state(**fri, follow_up_after=date(2026, 3, 8)), rules)
    assert at == ny(2026, 3, 9)


def test_stated_timeline_wins_over_the_default() -> None:
    # "call me in four days" after Tue 3 Mar → Sat 7 Mar → Monday 9 Mar at call_time
    at, why = first_call_time(state(follow_up_after=date(2026, 3, 7)), RULES)
    assert at == ny(2026, 3, 9) and "stated timeline" in why


def test_call_time_setting_is_local_time() -> None:
    rules = Rules(**{**RULES.__dict__, "call_time": time(15, 30)})
    p = plan(state(), rules, END)
    assert start_of(p.actions, "call:iv-1:1") == ny(2026, 3, 10, 15, 30)


# ------------------------------------------------------------------ imminent decision

def test_imminent_decision_late_friday_calls_monday_and_drafts_are_urgent_at_the_end() -> None:
    fri = {"start": ny(2026, 3, 6, 15, 30), "end": ny(2026, 3, 6, 16, 30)}  # call at 17:30: too late
    p = plan(state(**fri, decision_imminent=True), RULES, fri["end"])
    drafts = [a for a in p.actions if a.kind == "draft"]
    assert drafts and all(a.urgent and a.due == fri["end"] for a in drafts)
    assert start_of(p.actions, "call:iv-1:1") == ny(2026, 3, 9)


def test_without_imminent_decision_drafts_wait_for_the_delay_and_are_not_urgent() -> None:
    p = plan(state(), RULES, END)
    drafts = [a for a in p.actions if a.kind == "draft"]
    assert drafts and all(not a.urgent and a.due == END + timedelta(minutes=30) for a in drafts)
    assert [a for a in p.actions if a.kind == "draft" and a.due <= END] == []


# ------------------------------------------------------------------ move on after the LAST call

def test_move_on_a_week_after_the_last_call_in_wall_clock_days_across_dst() -> None:
    feb = interview(2026, 2, 23)  # Mon 23 Feb; call Mon 2 Mar, callback Wed 4 Mar (EST)
    p = plan(state(**feb), RULES, feb["end"])
    assert start_of(p.actions, "call:iv-1:2") == ny(2026, 3, 4)
    # a week later is Wed 11 Mar at the same local time (EDT by then), not an hour off
    assert start_of(p.actions, "moveon:iv-1") == ny(2026, 3, 11)
    assert by_key(p.actions, "close:iv-1").due == ny(2026, 3, 11)


def test_move_on_follows_the_callback_as_written_not_the_default() -> None:
    # the callback was written for Thu 12 Mar and has passed: move-on a week after it
    done = {"call:iv-1:1": Done("call:iv-1:1", "done", END, ny(2026, 3, 10)),
            "call:iv-1:2": Done("call:iv-1:2", "done", ny(2026, 3, 10), ny(2026, 3, 12))}
    p = plan(state(done=done), RULES, ny(2026, 3, 13))
    assert start_of(p.actions, "moveon:iv-1") == ny(2026, 3, 19)
    assert [a.key for a in p.actions if a.key.startswith("call:")] == []


def test_after_the_close_nothing_is_planned() -> None:
    done = {k: Done(k, "done", END, None) for k in ("close:iv-1",)}
    p = plan(state(status="closed", outcome="no-response", done=done), RULES, ny(2026, 3, 20))
    assert p.actions == ()


# ------------------------------------------------------------------ replies

def test_reply_before_the_interview_keeps_every_call() -> None:
    p = plan(state(replies=(START - timedelta(hours=3),)), RULES, END + timedelta(hours=1))
    assert {"call:iv-1:1", "call:iv-1:2", "moveon:iv-1", "close:iv-1"} <= {a.key for a in p.actions}


def test_reply_right_after_the_end_stops_the_chain_and_keeps_the_drafts() -> None:
    p = plan(state(replies=(END + timedelta(minutes=5),)), RULES, END + timedelta(hours=1))
    assert {a.kind for a in p.actions} == {"draft"}


# ------------------------------------------------------------------ the owner's own thank-you

def test_thank_you_sent_after_the_draft_was_written_marks_it_sent() -> None:
    key = "thanks:iv-1:bob.smith@acme.com"
    done = {key: Done(key, "done", END + timedelta(minutes=30))}
    sent = {"bob.smith@acme.com": END + timedelta(hours=5)}
    p = plan(state(done=done, sent_thanks=sent), RULES, END + timedelta(hours=6))
    a = by_key(p.actions, key)
    assert a.kind == "mark_sent" and a.due <= END + timedelta(hours=6)
    # once recorded as sent, nothing more
    done2 = {key: Done(key, "sent", END + timedelta(hours=6))}
    p2 = plan(state(done=done2, sent_thanks=sent), RULES, END + timedelta(hours=7))
    assert key not in {a.key for a in p2.actions}


def test_thank_you_sent_before_the_due_time_means_no_draft() -> None:
    sent = {"jane.doe@acme.com": END + timedelta(minutes=5)}
    p = plan(state(sent_thanks=sent), RULES, END + timedelta(minutes=10))
    a = by_key(p.actions, "thanks:iv-1:jane.doe@acme.com")
    assert a.kind == "mark_sent" and a.due == END + timedelta(minutes=5)


# ------------------------------------------------------------------ property: nothing before the end

ZONES = ["America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney", "UTC"]


@settings(max_examples=150, deadline=None)
@given(start=st.datetimes(min_value=datetime(2025, 1, 1), max_value=datetime(2028, 12, 31)),
       minutes=st.integers(15, 8 * 60), zone=st.sampled_from(ZONES),
       offset=st.integers(-3 * 24 * 60, 40 * 24 * 60), imminent=st.booleans(),
       stated=st.one_of(st.none(), st.integers(-3, 20)), prep=st.booleans(), note=st.booleans(),
       first=st.sampled_from([Span(business_days=5), Span(business_days=1), Span(delta=timedelta(days=4))]),
       cb=st.sampled_from([Span(business_days=2), Span(delta=timedelta(days=1))]))
def test_nothing_but_the_prep_reminder_before_the_end_and_calls_on_business_days(
        start: datetime, minutes: int, zone: str, offset: int, imminent: bool, stated: int | None,
        prep: bool, note: bool, first: Span, cb: Span) -> None:
    tz = ZoneInfo(zone)
    s = start.replace(tzinfo=UTC)
    e = s + timedelta(minutes=minutes)
    rules = Rules(tz=tz, tz_name=zone, first_call_after=first, callback_after=cb, prep_reminder=prep,
                  handwritten_note=note)
    fua = (e.astimezone(tz).date() + timedelta(days=stated)) if stated is not None else None
    now = e + timedelta(minutes=offset)
    p = plan(state(start=s, end=e, decision_imminent=imminent, follow_up_after=fua), rules, now)
    for a in p.actions:
        if a.key.startswith("prep:"):
            assert a.event is not None and a.event.start < s
            continue
        assert a.due >= e, a.key
        if a.event is not None:
            assert a.event.start > e, a.key
    calls = [a for a in p.actions if a.key.startswith("call:")]
    assert {a.key for a in calls} <= {"call:iv-1:1", "call:iv-1:2"}
    for a in calls:
        assert a.event is not None
        local = a.event.start.astimezone(tz)
        assert local.weekday() < 5, (a.key, local)
        if not (imminent and a.key.endswith(":1")):
            assert local.time() == rules.call_time, (a.key, local)
    if len(calls) == 2:
        assert calls[0].event and calls[1].event and calls[0].event.start < calls[1].event.start


def test_logistics_mail_at_the_start_is_not_the_thank_you() -> None:
    # "I can't get into the video call" two minutes in: still one draft to the recruiter
    early = {"jane.doe@acme.com": START + timedelta(minutes=2)}
    p = plan(state(sent_thanks=early), RULES, END + timedelta(hours=1))
    assert by_key(p.actions, "thanks:iv-1:jane.doe@acme.com").kind == "draft"
    # the interview ended early and the owner wrote right away: that is the thank-you
    late = {"jane.doe@acme.com": END - timedelta(minutes=10)}
    p = plan(state(sent_thanks=late), RULES, END + timedelta(hours=1))
    assert by_key(p.actions, "thanks:iv-1:jane.doe@acme.com").kind == "mark_sent"
