"""Google Calendar through google-api-python-client (Calendar v3).

Reading: ``events.list`` with ``singleEvents=true``, incremental by ``syncToken`` (a 410
drops it and resyncs in full, with deleted events). Writing: our events get the
deterministic id :func:`event_id`, ``iCalUID`` :func:`event_uid` and the private
extended property ``followupKey``; every write sends ``sendUpdates=none``. A 409 on insert
means the id exists (deleted ids cannot be reused): we fetch it and update or un-delete.

Retries: tenacity, exponential backoff with jitter, on 429, 5xx and 403 rate-limit
reasons; a 403 ``quotaExceeded`` (daily quota) is one AccountError line.
"""

from __future__ import annotations

import contextlib
import functools
import json
import logging
import re
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tenacity

from followup.calendar_sync.base import (
    GOOGLE_MARKER,
    CalendarChange,
    NotOursError,
    event_id,
    load_state,
)
from followup.engine.events import FollowupEvent
from followup.errors import AccountError, AuthError, ConnectionFailed
from followup.parsers.model import Attendee, CalEvent
from followup.state import StateStore

log = logging.getLogger(__name__)

RATE_REASONS = frozenset({"rateLimitExceeded", "userRateLimitExceeded"})
QUOTA_REASONS = frozenset({"quotaExceeded", "dailyLimitExceeded"})
_OUR_ID = re.compile(r"[a-v0-9]{52}")  # the shape of event_id(); Google's own ids are shorter
_PARTSTAT = {
    "needsAction": "NEEDS-ACTION",
    "accepted": "ACCEPTED",
    "declined": "DECLINED",
    "tentative": "TENTATIVE",
}


def http_status(exc: BaseException) -> int | None:
    resp = getattr(exc, "resp", None)
    status = getattr(resp, "status", None)
    return int(status) if status is not None else None


def http_reasons(exc: BaseException) -> set[str]:
    """The ``errors[].reason`` values of a Google error body."""
    content = getattr(exc, "content", b"")
    try:
        body = json.loads(content.decode("utf-8") if isinstance(content, bytes) else content)
    except (ValueError, AttributeError):
        return set()
    error = body.get("error") if isinstance(body, dict) else None
    if not isinstance(error, dict):
        return set()
    reasons = {str(e.get("reason")) for e in error.get("errors", []) if isinstance(e, dict)}
    for detail in error.get("details", []) or []:
        if isinstance(detail, dict) and detail.get("reason"):
            reasons.add(str(detail["reason"]))
    return reasons


def is_retryable(exc: BaseException) -> bool:
    from googleapiclient.errors import HttpError

    if isinstance(exc, HttpError):
        status = http_status(exc)
        if status == 429 or (status is not None and status >= 500):
            return True
        if status == 403:
            reasons = http_reasons(exc)
            return bool(reasons & RATE_REASONS) and not reasons & QUOTA_REASONS
        return False
    return isinstance(exc, (ConnectionError, TimeoutError))


class GoogleCalendar:
    """The Calendar protocol over one Google calendar."""

    def __init__(
        self,
        calendar_id: str = "primary",
        *,
        credentials: Any,
        api_endpoint: str | None = None,
        default_tz: str = "UTC",
        retries: int = 6,
        backoff: float = 1.0,
        max_backoff: float = 60.0,
    ) -> None:
        from googleapiclient.discovery import build

        self.calendar_id = calendar_id
        self.credentials = credentials
        try:
            self.default_tz = ZoneInfo(default_tz)
        except (ZoneInfoNotFoundError, ValueError):
            self.default_tz = ZoneInfo("UTC")
        options = {"api_endpoint": api_endpoint} if api_endpoint else None
        self.service = build(
            "calendar",
            "v3",
            credentials=credentials,
            static_discovery=True,
            cache_discovery=False,
            client_options=options,
        )
        self.scope = f"calendar:google:{calendar_id}"
        self._retrying = tenacity.Retrying(
            retry=tenacity.retry_if_exception(is_retryable),
            wait=tenacity.wait_random_exponential(multiplier=backoff, max=max_backoff),
            stop=tenacity.stop_after_attempt(retries),
            before_sleep=self._log_retry,
            reraise=True,
        )
        self._ours: set[str] = set()  # ids of our events seen by this process

    @staticmethod
    def _log_retry(state: tenacity.RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        log.info(
            "Google Calendar: attempt %s failed (HTTP %s); retrying",
            state.attempt_number,
            http_status(exc) if exc else "?",
        )

    # ------------------------------------------------------------------ requests

    def _call(self, make: Callable[[], Any]) -> Any:
        """Execute ``make()`` (a request) with retries; translate errors at the edge."""
        import google.auth.exceptions
        from googleapiclient.errors import HttpError

        from followup.google_oauth import auth_error

        try:
            return self._retrying(lambda: make().execute())
        except google.auth.exceptions.RefreshError as exc:
            raise auth_error(exc) from exc
        except HttpError as exc:
            status = http_status(exc)
            reasons = http_reasons(exc)
            if status == 401:
                raise AuthError(
                    "Google Calendar refused the token; run `followup auth google` again"
                ) from exc
            if status == 403 and reasons & QUOTA_REASONS:
                raise AccountError(
                    f"Google Calendar quota exceeded ({', '.join(sorted(reasons))}); "
                    "try again tomorrow or raise the quota in the Cloud console"
                ) from exc
            if status == 403 and reasons & RATE_REASONS:
                raise AccountError("Google Calendar rate limit: still refused after retries") from exc
            if status == 429 or (status is not None and status >= 500):
                raise ConnectionFailed(f"Google Calendar: HTTP {status} still after retries") from exc
            if status == 403:
                raise AccountError(
                    f"Google Calendar forbids this ({', '.join(sorted(reasons)) or 'HTTP 403'}"
                    f"); check calendar_id {self.calendar_id!r} and its sharing"
                ) from exc
            raise
        except (ConnectionError, TimeoutError, OSError) as exc:
            raise ConnectionFailed(f"Google Calendar unreachable: {type(exc).__name__}") from exc

    def _get_raw(self, gid: str) -> dict[str, Any] | None:
        from googleapiclient.errors import HttpError

        try:
            result: dict[str, Any] = self._call(
                lambda: self.service.events().get(calendarId=self.calendar_id, eventId=gid)
            )
            return result
        except HttpError as exc:
            if http_status(exc) in (404, 410):
                return None
            raise

    # ------------------------------------------------------------------ writing

    def _body(self, ev: FollowupEvent) -> dict[str, Any]:
        gid = event_id(ev.key)
        try:
            zone = ZoneInfo(ev.timezone)
            zone_name = ev.timezone
        except (ZoneInfoNotFoundError, ValueError):
            zone, zone_name = ZoneInfo("UTC"), "UTC"
        return {
            "id": gid,
            "summary": ev.title,
            "description": ev.description,
            "start": {"dateTime": ev.start.astimezone(zone).isoformat(), "timeZone": zone_name},
            "end": {"dateTime": ev.end.astimezone(zone).isoformat(), "timeZone": zone_name},
            "status": "confirmed",
            "transparency": "opaque",
            "reminders": {
                "useDefault": False,
                "overrides": [{"method": "popup", "minutes": ev.reminder_minutes}],
            },
            "extendedProperties": {"private": {GOOGLE_MARKER: ev.key}},
        }

    def put_event(self, event: FollowupEvent) -> None:
        from googleapiclient.errors import HttpError

        gid = event_id(event.key)
        body = self._body(event)
        self._ours.add(gid)
        try:
            self._call(
                lambda: self.service.events().insert(
                    calendarId=self.calendar_id, body=body, sendUpdates="none"
                )
            )
            log.debug("Google Calendar: inserted %s", gid)
            return
        except HttpError as exc:
            if http_status(exc) != 409:
                raise
        existing = self._get_raw(gid)
        if existing is None:
            raise AccountError(f"Google Calendar: event id {gid} is taken but cannot be read")
        if _marker(existing) != event.key:
            raise NotOursError(f"Google Calendar event {gid} exists without our marker; left alone")
        if existing.get("status") != "cancelled" and to_followup(existing, event.key) == event:
            return
        # a changed or deleted event of ours: a full update also un-deletes it
        self._call(
            lambda: self.service.events().update(
                calendarId=self.calendar_id, eventId=gid, body=body, sendUpdates="none"
            )
        )
        log.debug("Google Calendar: updated %s", gid)

    def get_event(self, key: str) -> FollowupEvent | None:
        raw = self._get_raw(event_id(key))
        if raw is None or raw.get("status") == "cancelled" or _marker(raw) != key:
            return None
        return to_followup(raw, key)

    def delete_event(self, key: str) -> bool:
        from googleapiclient.errors import HttpError

        gid = event_id(key)
        raw = self._get_raw(gid)
        if raw is None or raw.get("status") == "cancelled":
            return False
        if _marker(raw) != key:
            log.warning("Google Calendar event %s has no marker of ours; not deleted", gid)
            return False
        self._ours.add(gid)
        try:
            self._call(
                lambda: self.service.events().delete(
                    calendarId=self.calendar_id, eventId=gid, sendUpdates="none"
                )
            )
        except HttpError as exc:
            if http_status(exc) in (404, 410):
                return False
            raise
        return True

    # ------------------------------------------------------------------ reading

    def changes(self, state: StateStore) -> Iterator[CalendarChange]:
        from googleapiclient.errors import HttpError

        saved = load_state(state.get_state(self.scope))
        token = saved.get("syncToken")
        uids: dict[str, str] = dict(saved.get("uids", {}))
        resync = False
        while True:
            try:
                items, next_token = self._list_all(token, show_deleted=resync)
                break
            except HttpError as exc:
                if http_status(exc) == 410 and token is not None:
                    log.info("Google Calendar: sync token expired; full resync")
                    token, resync = None, True  # the id -> UID map is kept for deletions
                    continue
                raise
        for item in items:
            change = self._change(item, uids)
            if change is not None:
                yield change
        state.set_state(self.scope, json.dumps({"syncToken": next_token, "uids": uids}))

    def _list_all(self, token: str | None, show_deleted: bool) -> tuple[list[dict[str, Any]], str | None]:
        items: list[dict[str, Any]] = []
        page: str | None = None
        while True:
            kwargs: dict[str, Any] = {"calendarId": self.calendar_id, "singleEvents": True, "maxResults": 250}
            if token:
                kwargs["syncToken"] = token
            elif show_deleted:
                kwargs["showDeleted"] = True
            if page:
                kwargs["pageToken"] = page
            resp = self._call(functools.partial(self.service.events().list, **kwargs))
            items.extend(resp.get("items", []))
            page = resp.get("nextPageToken")
            if not page:
                return items, resp.get("nextSyncToken")

    def _change(self, item: dict[str, Any], uids: dict[str, str]) -> CalendarChange | None:
        gid = str(item.get("id", ""))
        if _marker(item) is not None or gid in self._ours or _OUR_ID.fullmatch(gid):
            return None
        if item.get("status") == "cancelled":
            uid = str(item.get("iCalUID") or uids.pop(gid, None) or gid)
            uids.pop(gid, None)
            if item.get("recurringEventId") and item.get("originalStartTime"):
                rid, _ = _when(item["originalStartTime"])
                return CalendarChange(
                    uid, CalEvent(uid=uid, status="CANCELLED", recurrence_id=rid, recurring=True)
                )
            return CalendarChange(uid, None)
        ev = to_calevent(item, self.default_tz)
        uid = ev.uid or gid
        if uid != gid:
            uids[gid] = uid
        return CalendarChange(uid, ev)

    def close(self) -> None:
        close = getattr(self.service, "close", None)
        if callable(close):
            close()


# ---------------------------------------------------------------------- conversion


def _marker(item: dict[str, Any]) -> str | None:
    private = (item.get("extendedProperties") or {}).get("private") or {}
    key = private.get(GOOGLE_MARKER)
    return str(key) if key is not None else None


def _when(value: dict[str, Any], default_tz: ZoneInfo | None = None) -> tuple[datetime | None, bool]:
    """A Google start/end object as (aware UTC datetime, all_day); (None, False) when unreadable."""
    if not isinstance(value, dict):
        return None, False
    try:
        return _when_checked(value, default_tz)
    except (ValueError, TypeError, OverflowError):
        return None, False


def _when_checked(value: dict[str, Any], default_tz: ZoneInfo | None) -> tuple[datetime | None, bool]:
    if value.get("dateTime"):
        dt = datetime.fromisoformat(str(value["dateTime"]).replace("Z", "+00:00"))
        if dt.tzinfo is None:
            zone = default_tz or ZoneInfo("UTC")
            with_zone = value.get("timeZone")
            if with_zone:
                with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
                    zone = ZoneInfo(str(with_zone))
            dt = dt.replace(tzinfo=zone)
        return dt.astimezone(UTC), False
    if value.get("date"):
        d = date.fromisoformat(str(value["date"]))
        return datetime(d.year, d.month, d.day, tzinfo=UTC), True
    return None, False


def _attendee(a: dict[str, Any]) -> Attendee:
    email = a.get("email")
    if a.get("organizer"):
        role = "CHAIR"
    elif a.get("optional"):
        role = "OPT-PARTICIPANT"
    else:
        role = "REQ-PARTICIPANT"
    return Attendee(
        email=str(email).lower() if email else None,
        name=a.get("displayName") or None,
        role=role,
        cutype="RESOURCE" if a.get("resource") else "INDIVIDUAL",
        partstat=_PARTSTAT.get(str(a.get("responseStatus", ""))),
    )


def _conference_url(item: dict[str, Any]) -> str | None:
    if item.get("hangoutLink"):
        return str(item["hangoutLink"])
    data = item.get("conferenceData")
    points = data.get("entryPoints") if isinstance(data, dict) else None
    if not isinstance(points, list):
        return None
    for p in points:
        if isinstance(p, dict) and p.get("entryPointType") == "video" and p.get("uri"):
            return str(p["uri"])
    for p in points:
        if isinstance(p, dict) and p.get("uri"):
            return str(p["uri"])
    return None


def to_calevent(item: dict[str, Any], default_tz: ZoneInfo | None = None) -> CalEvent:
    """A Google Calendar v3 event resource as a CalEvent."""
    start, all_day = _when(item.get("start") or {}, default_tz)
    end, _ = _when(item.get("end") or {}, default_tz)
    organizer = None
    org = item.get("organizer")
    if isinstance(org, dict) and (org.get("email") or org.get("displayName")):
        organizer = Attendee(
            email=str(org["email"]).lower() if org.get("email") else None,
            name=org.get("displayName") or None,
            role="CHAIR",
        )
    raw_attendees = item.get("attendees")
    attendees = (
        tuple(_attendee(a) for a in raw_attendees if isinstance(a, dict))
        if isinstance(raw_attendees, list)
        else ()
    )
    rid = None
    if item.get("originalStartTime"):
        rid, _ = _when(item["originalStartTime"], default_tz)
    updated = None
    if item.get("updated"):
        try:
            updated = datetime.fromisoformat(str(item["updated"]).replace("Z", "+00:00")).astimezone(UTC)
        except ValueError:
            updated = None
    status = item.get("status")
    return CalEvent(
        uid=str(item.get("iCalUID") or item.get("id") or "") or None,
        summary=str(item.get("summary") or ""),
        description=str(item.get("description") or ""),
        location=str(item.get("location") or ""),
        start=start,
        end=end if end is not None else start,
        all_day=all_day,
        status=str(status).upper() if status else None,
        sequence=_int(item.get("sequence")),
        dtstamp=updated,
        recurrence_id=rid,
        recurring=bool(item.get("recurringEventId") or item.get("recurrence")),
        organizer=organizer,
        attendees=attendees,
        conference_url=_conference_url(item),
        followup_key=_marker(item),
    )


def _int(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0


def to_followup(item: dict[str, Any], key: str) -> FollowupEvent | None:
    """Our event back from its Google resource."""
    start_obj, end_obj = item.get("start") or {}, item.get("end") or {}
    zone_name = str(start_obj.get("timeZone") or "UTC")
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    start, _ = _when(start_obj, zone)
    end, _ = _when(end_obj, zone)
    if start is None or end is None:
        return None
    minutes = 10
    for o in (item.get("reminders") or {}).get("overrides") or []:
        if isinstance(o, dict) and o.get("method") == "popup":
            minutes = int(o.get("minutes", 10))
            break
    return FollowupEvent(
        key=key,
        title=str(item.get("summary") or ""),
        start=start.astimezone(zone),
        end=end.astimezone(zone),
        timezone=zone_name,
        description=str(item.get("description") or ""),
        reminder_minutes=minutes,
    )
