"""Values the parsers produce. Frozen dataclasses, no behaviour beyond small helpers.

Every datetime here is timezone-aware UTC unless a field says otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

Kind = Literal["invite", "reschedule", "cancellation"]
Side = Literal["candidate", "interviewer"]
Role = Literal["recruiter", "interviewer", "hiring_manager", "coordinator", "contact"]


@dataclass(frozen=True)
class Address:
    """One mailbox: ``email`` is lower-case; ``name`` is the display name, if any."""

    email: str
    name: str | None = None


@dataclass(frozen=True)
class MailMeta:
    """The headers of one message that every later stage needs (cheap to compute)."""

    message_id: str | None
    in_reply_to: str | None
    references: tuple[str, ...]
    subject: str
    sender: Address | None
    to: tuple[Address, ...]
    cc: tuple[Address, ...]
    date: datetime | None  # aware, with the Date header's own UTC offset
    reply_to: tuple[Address, ...] = ()
    list_id: str | None = None
    auto_submitted: bool = False  # Auto-Submitted / Precedence: bulk / List-Unsubscribe


@dataclass(frozen=True)
class Attendee:
    """An ATTENDEE or ORGANIZER of a calendar event."""

    email: str | None
    name: str | None = None
    role: str | None = None  # CHAIR | REQ-PARTICIPANT | OPT-PARTICIPANT | NON-PARTICIPANT
    cutype: str | None = None  # INDIVIDUAL | GROUP | RESOURCE | ROOM | UNKNOWN
    partstat: str | None = None


@dataclass(frozen=True)
class CalEvent:
    """One VEVENT (or one Google/CalDAV event) in a source-neutral shape."""

    uid: str | None
    summary: str = ""
    description: str = ""
    location: str = ""
    start: datetime | None = None  # aware UTC; all-day events: midnight UTC of the date
    end: datetime | None = None
    all_day: bool = False
    floating: bool = False  # the source gave no zone; interpreted in the owner's zone
    method: str | None = None  # METHOD of the enclosing VCALENDAR
    status: str | None = None  # CONFIRMED | TENTATIVE | CANCELLED
    sequence: int = 0
    dtstamp: datetime | None = None
    recurrence_id: datetime | None = None
    recurring: bool = False
    organizer: Attendee | None = None
    attendees: tuple[Attendee, ...] = ()
    conference_url: str | None = None
    followup_key: str | None = None  # X-FOLLOWUP-KEY: set on events this program wrote


@dataclass(frozen=True)
class Person:
    """A company-side person in an interview."""

    email: str | None
    name: str | None
    role: Role
    phone: str | None = None
    title: str | None = None  # job title, e.g. "Engineering Manager"
    guessed_email: bool = False  # address derived from the company's address pattern


@dataclass(frozen=True)
class Timeline:
    """A follow-up or decision date stated in text."""

    follow_up_after: date | None
    decision_imminent: bool = False  # "decision by end of day / tomorrow"
    phrase: str | None = None  # the words it came from


@dataclass(frozen=True)
class Detection:
    """What one email or calendar file says about a job interview."""

    is_interview: bool
    kind: Kind | None = None
    start: datetime | None = None
    end: datetime | None = None
    company: str | None = None
    position: str | None = None
    people: tuple[Person, ...] = ()
    thank_you_recipients: tuple[str, ...] = ()
    recruiter: Person | None = None
    follow_up_after: date | None = None
    decision_imminent: bool = False
    uid: str | None = None
    sequence: int = 0
    side: Side | None = None
    meta: MailMeta | None = None
    reasons: tuple[str, ...] = field(default=())

    @property
    def recruiter_email(self) -> str | None:
        return self.recruiter.email if self.recruiter else None
