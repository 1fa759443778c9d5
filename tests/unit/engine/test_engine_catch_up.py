"""Catching up (first run on an old mailbox, a laptop that was off), holidays, the owner's
own moves and staggered calls: the planner's rules, with a fixed ``now``."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from followup.config import Span
from followup.engine.planner import Done, Rules, first_call_time, plan, plan_many
from followup.parsers.timeline import find_timeline
from followup.workdays import Workdays, country_for_zone, workdays_for

from .engine_helpers import END, NY, RULES, START, ny, state

US = workdays_for("US", range(2025, 2028))
RULES_US = Rules(tz=NY, tz_name="America/New_York", workdays=US)


def events(p: object, now: datetime | None = None) -> dict[str, datetime]:
    """The events of a plan (only those due by ``now`` when given)."""
    return {a.key: a.event.start for a in p.actions  # type: ignore[attr-defined]
            if a.event is not None and (now is None or a.due <= now)}


def drafts(p: object) -> list[str]:
    return [a.key for a in p.actions if a.kind == "draft"]  # type: ignore[attr-defined]


def test_first_run_forty_days_after_the_interview_writes_nothing_and_says_missed() -> None:
    now = END + timedelta(days=40)
    p = plan(state(), RULES, now)
    assert drafts(p) == [] and events(p) == {}
    assert not [a for a in p.actions if a.kind == "close"]  # not silently closed either
    assert p.missed
    assert any("missed while followup was not running" in n and "followup resume iv-1" in n for n in p.notes)
    assert any("no thank-you draft" in n and "3 days" in n for n in p.notes)


def test_drafts_only_within_the_thank_you_window() -> None:
    assert len(drafts(plan(state(), RULES, END + timedelta(days=2, hours=23)))) == 2
    assert drafts(plan(state(), RULES, END + timedelta(days=3, minutes=1))) == []
    wide = Rules(tz=NY, tz_name="America/New_York", thank_you_window=Span(delta=timedelta(days=5)))
    assert len(drafts(plan(state(), wide, END + timedelta(days=4)))) == 2


def test_a_missed_first_call_moves_to_the_next_call_time_ahead_and_the_chain_follows() -> None:
    # nominal: call Tue 10 Mar, callback Thu 12 Mar, move-on Thu 19 Mar; back on Tue 17 Mar 11:00
    now = ny(2026, 3, 17, 11, 0)
    p = plan(state(), RULES, now)
    assert events(p, now) == {"call:iv-1:1": ny(2026, 3, 18)}
    assert all(t > now for t in events(p).values())
    planned = {a.key: a for a in p.actions}
    assert planned["call:iv-1:2"].due == ny(2026, 3, 18)  # the callback follows the new call
    assert not p.missed


def test_a_missed_callback_moves_ahead_or_is_skipped_never_written_in_the_past() -> None:
    done = {"call:iv-1:1": Done("call:iv-1:1", "done", END, ny(2026, 3, 10))}
    # the callback (Thu 12 Mar) passed while off; back Tue 17 Mar: before its move-on (Thu 19 Mar)
    p = plan(state(done=done), RULES, ny(2026, 3, 17, 11, 0))
    assert events(p, ny(2026, 3, 17, 11, 0)) == {"call:iv-1:2": ny(2026, 3, 18)}
    # back Fri 20 Mar: too late for the callback; the move-on marker (Thu 19 Mar) passed too
    late = plan(state(done=done), RULES, ny(2026, 3, 20, 11, 0))
    assert events(late) == {}
    assert any("callback" in n and "skipped" in n for n in late.notes)
    assert [a.key for a in late.actions if a.kind == "close"] == ["close:iv-1"]


def test_no_event_is_ever_planned_with_a_start_already_past() -> None:
    for days in range(0, 60):
        now = END + timedelta(days=days, hours=3)
        for a in plan(state(), RULES, now).actions:
            if a.event is not None and a.due <= now:
                assert a.event.start > now, (days, a.key)


def test_holidays_are_not_business_days() -> None:
    assert country_for_zone("America/New_York") == "US" and country_for_zone("Europe/Berlin") == "DE"
    assert country_for_zone("UTC") == ""
    # an interview on Friday 18 Dec 2026: 5 business days skip the weekend and 25 Dec
    st = state(start=ny(2026, 12, 18, 13), end=ny(2026, 12, 18, 14))
    at, _ = first_call_time(st, RULES_US)
    assert at == ny(2026, 12, 28)
    assert first_call_time(st, RULES)[0] == ny(2026, 12, 25)  # weekends only: Christmas
    # an interview on Tue 29 Dec: 2 business days → Thu 31 Dec, not 1 Jan; 3 → Mon 4 Jan
    st = state(start=ny(2026, 12, 29, 13), end=ny(2026, 12, 29, 14))
    short = Rules(tz=NY, tz_name="America/New_York", workdays=US, first_call_after=Span(business_days=3))
    assert first_call_time(st, short)[0] == ny(2027, 1, 4)
    for a in plan(st, short, ny(2026, 12, 29, 15)).actions:
        if a.event is not None:
            assert a.event.start.astimezone(NY).date() not in (date(2026, 12, 25), date(2027, 1, 1))


def test_the_timeline_parser_skips_the_same_holidays() -> None:
    anchor = datetime(2026, 12, 23, 15, 0, tzinfo=UTC)
    tl = find_timeline("We will get back to you within 2 business days.", anchor, NY, None, US)
    assert tl.follow_up_after == date(2026, 12, 28)  # 24th, then (25th, weekend) 28th
    plain = find_timeline("We will get back to you within 2 business days.", anchor, NY, None, Workdays())
    assert plain.follow_up_after == date(2026, 12, 25)


def test_the_owners_move_wins_and_the_chain_follows_it() -> None:
    moved = ny(2026, 3, 11, 15, 0)  # our call was Tue 10 Mar 10:00; the owner moved it to Wed 15:00
    done = {"call:iv-1:1": Done("call:iv-1:1", "done", END, ny(2026, 3, 10), moved=moved)}
    now = ny(2026, 3, 10, 12, 0)  # after our time, before theirs
    p = plan(state(done=done), RULES, now)
    assert "call:iv-1:1" not in events(p)  # never moved back
    planned = {a.key: a for a in p.actions}
    assert planned["call:iv-1:2"].due == moved  # not written before the moved call
    assert planned["call:iv-1:2"].event.start == ny(2026, 3, 13)  # type: ignore[union-attr]


def test_calls_of_several_interviews_on_one_morning_are_staggered_and_stay_put() -> None:
    a = state(id="iv-a")
    b = state(id="iv-b", company="Initech", domain="initech.com")
    c = state(id="iv-c", company="Umbrella", domain="umbrella.com")
    now = END + timedelta(hours=1)
    plans = plan_many([a, b, c], RULES, now)
    starts = [events(plans[i])[f"call:{i}:1"] for i in ("iv-a", "iv-b", "iv-c")]
    assert starts == [ny(2026, 3, 10), ny(2026, 3, 10, 10, 30), ny(2026, 3, 10, 11, 0)]
    # written; then the first interview gets a reply and its call goes: the others do not move
    written = {i: {f"call:{i}:1": Done(f"call:{i}:1", "done", now, t)} for i, t in
               zip(("iv-a", "iv-b", "iv-c"), starts, strict=True)}
    a2 = state(id="iv-a", done=written["iv-a"], replies=(END + timedelta(days=1),))
    b2, c2 = state(id="iv-b", done=written["iv-b"]), state(id="iv-c", done=written["iv-c"])
    later = END + timedelta(days=2)
    again = plan_many([a2, b2, c2], RULES, later)
    assert "call:iv-b:1" not in events(again["iv-b"]) and "call:iv-c:1" not in events(again["iv-c"])
    assert plan_many([b2, c2], RULES, later) == {k: again[k] for k in ("iv-b", "iv-c")}
    assert START < END


def test_config_country_and_thank_you_window() -> None:
    import pytest

    from followup.config import parse_config
    from followup.errors import ConfigError

    cfg = parse_config({"owner": {"timezone": "Europe/Berlin"}}, None)
    assert cfg.owner.country == "DE" and cfg.followup.thank_you_window == Span(delta=timedelta(days=3))
    off = parse_config({"owner": {"timezone": "America/New_York", "country": "none"}}, None)
    assert off.owner.country == ""
    cfg = parse_config({"owner": {"timezone": "UTC", "country": "us"},
                        "followup": {"thank_you_window": "2 business days"}}, None)
    assert cfg.owner.country == "US" and cfg.followup.thank_you_window == Span(business_days=2)
    assert 25 in {d.day for d in Rules.from_config(cfg).workdays.holidays if d.month == 12}
    with pytest.raises(ConfigError, match=r"\[owner\] country: no public holidays known for 'XX'"):
        parse_config({"owner": {"country": "XX"}}, None)
