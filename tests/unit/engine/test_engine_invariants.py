"""Planner invariants over random histories: invites, reschedules, cancellations, replies, ticks.

The real tracker (SQLite in memory) records what happens, the real planner plans and the real
applier applies through in-memory fakes of the mailbox and calendar protocols.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from followup.config import Config, FollowupConfig, OwnerConfig
from followup.engine.apply import Applier
from followup.engine.drafts import DraftWriter
from followup.engine.planner import Rules, plan_many
from followup.engine.tracker import Tracker, interview_id_for
from followup.mailbox.base import Prefilter, ScannedMessage
from followup.parsers.model import Address, Detection, MailMeta, Person
from followup.state import StateStore

from .engine_helpers import FakeCalendar

T0 = datetime(2026, 3, 2, 14, 0, tzinfo=UTC)
NY = ZoneInfo("America/New_York")


class FakeMailbox:
    def __init__(self) -> None:
        self.appends: Counter[str] = Counter()
        self.drafts: dict[str, EmailMessage] = {}

    def scan(self, state: StateStore, since: datetime,
             wants_body: Prefilter) -> Iterator[ScannedMessage]:
        return iter(())

    def has_draft(self, key: str) -> bool:
        return key in self.drafts

    def append_draft(self, message: EmailMessage, key: str) -> str | None:
        self.appends[key] += 1
        self.drafts.setdefault(key, message)
        return str(len(self.drafts))

    def wait_for_mail(self, timeout: float) -> bool:
        return False

    def close(self) -> None:
        pass


@dataclass
class Model:
    uid: str
    iid: str
    start: datetime
    end: datetime
    recipients: tuple[str, ...]
    sequence: int = 0
    cancelled_at: datetime | None = None
    reply_at: datetime | None = None
    ops: list[tuple[datetime, str, datetime]] = field(default_factory=list)  # (when, key, end then)


def people(n: int, k: int) -> tuple[Person, ...]:
    names = ["Jane Doe", "Bob Smith", "Ana Ruiz", "Lee Chan"]
    out = [Person(f"{nm.lower().replace(' ', '.')}@acme{n}.com", nm,
                  "recruiter" if i == 0 else "interviewer") for i, nm in enumerate(names[:k])]
    return tuple(out)


class PlannerMachine(RuleBasedStateMachine):
    @initialize()
    def setup(self) -> None:
        self.now = T0
        self.tracker = Tracker(":memory:")
        self.mailbox = FakeMailbox()
        self.calendar = FakeCalendar()
        owner = OwnerConfig(name="Alex Rivera", email="alex@mailbox.example", timezone="America/New_York")
        self.config = Config(owner=owner, followup=FollowupConfig(handwritten_note=True, prep_reminder=True))
        self.rules = Rules.from_config(self.config)
        self.writer = DraftWriter.from_config(self.config)
        self.models: dict[int, Model] = {}
        self.plan_keys_ok = True
        self.cycles: list[datetime] = []

    def teardown(self) -> None:
        if hasattr(self, "tracker"):
            self.tracker.close()

    # ------------------------------------------------------------ the world
    def _cycle(self) -> None:
        applier = Applier(self.tracker, self.mailbox, self.calendar, self.writer, self.now)
        self.cycles.append(self.now)
        states = {i: self.tracker.snapshot(i) for i in self.tracker.interview_ids()}
        plans = plan_many(list(states.values()), self.rules, self.now)
        for iid, p in plans.items():
            ks = [a.key for a in p.actions]
            assert len(ks) == len(set(ks)), ks
            model = next(m for m in self.models.values() if m.iid == iid)
            for a in p.actions:
                if a.due <= self.now:
                    # never an event whose time has already passed when it is written
                    assert a.event is None or a.event.start > self.now, (a.key, a.event.start, self.now)
                    applier.apply(a, states[iid])
                    if a.kind in ("draft", "event"):
                        model.ops.append((self.now, a.key, model.end))

    def _detect(self, m: Model, kind: str, n: int) -> Detection:
        ppl = people(n, len(m.recipients))
        return Detection(is_interview=True, kind=kind, start=m.start, end=m.end,  # type: ignore[arg-type]
                         company=f"Acme{n}", position="Engineer", people=ppl,
                         thank_you_recipients=m.recipients, recruiter=ppl[0], uid=m.uid, sequence=m.sequence)

    @rule(n=st.integers(0, 1), hours=st.integers(1, 200), k=st.integers(1, 4))
    def invite(self, n: int, hours: int, k: int) -> None:
        if n in self.models:
            return
        start = self.now + timedelta(hours=hours)
        uid = f"uid-{n}@acme{n}.com"
        m = Model(uid, interview_id_for(f"uid:{uid}"), start, start + timedelta(hours=1),
                  tuple(p.email for p in people(n, k) if p.email))
        self.models[n] = m
        self.tracker.record_detection(self._detect(m, "invite", n), self.now)
        self._cycle()

    @rule(n=st.integers(0, 1), shift=st.integers(-48, 96))
    def reschedule(self, n: int, shift: int) -> None:
        m = self.models.get(n)
        if m is None or m.cancelled_at or self.now >= m.start:
            return
        m.start = max(self.now + timedelta(hours=1), m.start + timedelta(hours=shift))
        m.end = m.start + timedelta(hours=1)
        m.sequence += 1
        self.tracker.record_detection(self._detect(m, "reschedule", n), self.now)
        self._cycle()

    @rule(n=st.integers(0, 1))
    def cancel(self, n: int) -> None:
        m = self.models.get(n)
        if m is None or m.cancelled_at or self.now >= m.end:
            return
        m.sequence += 1
        self.tracker.record_detection(self._detect(m, "cancellation", n), self.now)
        m.cancelled_at = self.now
        self._cycle()

    @rule(n=st.integers(0, 1), who=st.integers(0, 3))
    def reply(self, n: int, who: int) -> None:
        m = self.models.get(n)
        if m is None:
            return
        sender = m.recipients[who % len(m.recipients)]
        meta = MailMeta(message_id=f"<r{len(m.ops)}-{self.now.timestamp()}@acme{n}.com>", in_reply_to=None,
                        references=(), subject="Re: interview", sender=Address(sender), to=(), cc=(),
                        date=self.now)
        self.tracker.record_reply(meta, follow_up_after=None, decision_imminent=False,
                                  mkey=meta.message_id or "", now=self.now)
        if self.now >= m.end and m.reply_at is None:
            m.reply_at = self.now
        self._cycle()

    @rule(n=st.integers(0, 1), days=st.integers(0, 20), owner=st.booleans(), imminent=st.booleans())
    def stated_timeline(self, n: int, days: int, owner: bool, imminent: bool) -> None:
        m = self.models.get(n)
        if m is None:
            return
        when = (self.now + timedelta(days=days)).date()
        if owner:
            self.tracker.add_timeline(m.iid, when, imminent, "call me then", "owner", self.now)
        else:
            meta = MailMeta(message_id=f"<t{days}-{self.now.timestamp()}@acme{n}.com>", in_reply_to=None,
                            references=(), subject="Re: next steps", sender=Address(m.recipients[0]),
                            to=(), cc=(), date=self.now)
            self.tracker.record_reply(meta, follow_up_after=when, decision_imminent=imminent,
                                      mkey=meta.message_id or "", now=self.now)
            if self.now >= m.end and m.reply_at is None and when <= self.now.date():
                m.reply_at = self.now  # a date already past is no new timeline: a plain reply
        self._cycle()

    @rule(hours=st.integers(1, 120))
    def tick(self, hours: int) -> None:
        self.now += timedelta(hours=hours)
        self._cycle()

    @rule(days=st.integers(2, 9))
    def tick_days(self, days: int) -> None:
        self.now += timedelta(days=days)
        self._cycle()

    # ------------------------------------------------------------ invariants
    @invariant()
    def at_most_two_calls(self) -> None:
        for m in self.models.values():
            calls = {k for _, k, _ in m.ops if k.startswith("call:")}
            assert calls <= {f"call:{m.iid}:1", f"call:{m.iid}:2"}

    @invariant()
    def nothing_before_the_interview_ends(self) -> None:
        for m in self.models.values():
            for when, key, end in m.ops:
                assert key.startswith("prep:") or when >= end, (when, key, end)

    @invariant()
    def nothing_after_a_reply_or_a_cancellation(self) -> None:
        for m in self.models.values():
            if m.reply_at is not None:
                assert not [k for t, k, _ in m.ops if t > m.reply_at and k.startswith(("call:", "moveon:"))]
                assert not [e for e in self.calendar.events.values()
                            if e.key.startswith((f"call:{m.iid}", f"moveon:{m.iid}"))
                            and e.start > m.reply_at]
            if m.cancelled_at is not None:
                assert not [k for t, k, _ in m.ops if t > m.cancelled_at]
                assert not [e for e in self.calendar.events.values()
                            if m.iid in e.key and e.start > m.cancelled_at]

    @invariant()
    def no_duplicate_drafts_and_one_per_recipient(self) -> None:
        assert all(c == 1 for c in self.mailbox.appends.values())
        for m in self.models.values():
            drafts = sorted(k.rsplit(":", 1)[1] for k in self.mailbox.drafts
                            if k.startswith(f"thanks:{m.iid}:"))
            # drafts are written by a cycle between their due time and the end of the thank-you
            # window (3 days of the owner's wall clock after the end), never later
            window_end = (m.end.astimezone(NY) + timedelta(days=3)).astimezone(UTC)
            in_window = any(m.end + timedelta(minutes=30) <= t <= window_end for t in self.cycles)
            if m.cancelled_at is None and in_window:
                assert drafts == sorted(m.recipients)
            elif m.cancelled_at is not None or self.now < m.end or not in_window:
                assert drafts == []


PlannerMachine.TestCase.settings = settings(max_examples=150, stateful_step_count=30, deadline=None,
                                            suppress_health_check=[HealthCheck.too_slow])
TestPlannerInvariants = PlannerMachine.TestCase
