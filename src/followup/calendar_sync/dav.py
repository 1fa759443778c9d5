"""CalDAV through the ``caldav`` library (tested against a real Radicale).

The calendar is found by display name (``[calendar] calendar``) and created when missing.
Reading is incremental by WebDAV sync-collection (RFC 6578); servers without it fall back to
a ctag check and per-object etag comparison. Our objects live at ``<event_id>.ics`` with
UID :func:`event_uid` and the ``X-FOLLOWUP-KEY`` marker; they are written with conditional
PUTs (``If-None-Match: *`` to create, ``If-Match`` to update).
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from typing import Any, ClassVar, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import icalendar

from followup.calendar_sync.base import (
    MARKER,
    CalendarChange,
    CalendarMissing,
    NotOursError,
    event_id,
    event_uid,
    is_ours,
    load_state,
)
from followup.calendar_sync.ical import build_calendar, read_followup
from followup.engine.events import FollowupEvent
from followup.errors import AccountError, AuthError, ConnectionFailed, ParseError
from followup.parsers.model import CalEvent
from followup.state import StateStore

log = logging.getLogger(__name__)

T = TypeVar("T")
_CONTENT_TYPE = "text/calendar; charset=utf-8"


class CalDavCalendar:
    """The Calendar protocol over one CalDAV collection."""

    _ctag_tag: ClassVar[str] = "{http://calendarserver.org/ns/}getctag"

    def __init__(
        self,
        url: str,
        username: str,
        password: str,
        calendar_name: str,
        default_tz: str = "UTC",
        *,
        use_sync_token: bool = True,
        timeout: int = 30,
        create: bool = True,
    ) -> None:
        import caldav

        self.url = url
        self.username = username
        self.calendar_name = calendar_name
        self.use_sync_token = use_sync_token
        self.create = create  # False (dry runs): a missing calendar is CalendarMissing, not created
        try:
            self.default_tz = ZoneInfo(default_tz)
        except (ZoneInfoNotFoundError, ValueError):
            self.default_tz = ZoneInfo("UTC")
        self.client: Any = caldav.DAVClient(  # type: ignore[operator]
            url=url, username=username or None, password=password or None, timeout=timeout
        )
        self.cal = self._wrap(self._open_calendar)
        self.scope = f"calendar:caldav:{self.cal.url}"

    # ------------------------------------------------------------------ plumbing

    def _wrap(self, fn: Callable[[], T]) -> T:
        """Run ``fn``, turning library and transport errors into our one-line errors."""
        from caldav.lib import error

        try:
            return fn()
        except error.AuthorizationError as exc:
            raise AuthError(
                f"CalDAV {self.url}: the server refused user {self.username!r} "
                f"(wrong username or password_command?)"
            ) from exc
        except error.DAVError as exc:
            raise AccountError(
                f"CalDAV {self.url}: {type(exc).__name__}: "
                f"{str(exc).splitlines()[0] if str(exc) else 'server error'}"
            ) from exc
        except OSError as exc:
            raise ConnectionFailed(f"CalDAV {self.url}: cannot connect ({type(exc).__name__})") from exc

    def _open_calendar(self) -> Any:
        principal = self.client.principal()
        for cal in principal.calendars():
            name = cal.get_display_name() if hasattr(cal, "get_display_name") else cal.name
            if name == self.calendar_name:
                return cal
        if not self.create:
            raise CalendarMissing(f"CalDAV {self.url}: no calendar named {self.calendar_name!r} (yet)")
        log.info("CalDAV: creating calendar %r", self.calendar_name)
        return principal.make_calendar(name=self.calendar_name)

    def _href(self, key: str) -> str:
        return str(self.cal.url.join(f"{event_id(key)}.ics"))

    def _get(self, href: str) -> tuple[bytes, str | None] | None:
        """GET one object: (data, etag) or None when missing."""
        resp = self._wrap(lambda: self.client.request(href, "GET", "", {}))
        if resp.status == 404:
            return None
        if resp.status >= 300:
            raise AccountError(f"CalDAV {self.url}: GET {href}: HTTP {resp.status}")
        raw = resp.raw if isinstance(resp.raw, bytes) else str(resp.raw).encode("utf-8")
        return raw, resp.headers.get("ETag")

    def _find(self, key: str) -> tuple[str, bytes, str | None] | None:
        """Our object for ``key``: at its usual href, else by UID anywhere in the calendar."""
        from caldav.lib import error

        href = self._href(key)
        got = self._get(href)
        if got is not None:
            return href, got[0], got[1]
        try:
            obj = self._wrap(lambda: self.cal.get_event_by_uid(event_uid(key)))
        except AccountError as exc:
            if isinstance(exc.__cause__, error.NotFoundError):
                return None
            raise
        got = self._get(str(obj.url))
        return (str(obj.url), got[0], got[1]) if got else None

    # ------------------------------------------------------------------ writing

    def put_event(self, event: FollowupEvent) -> None:
        data = build_calendar(event).decode("utf-8")
        found = self._find(event.key)
        if found is None:
            resp = self._wrap(
                lambda: self.client.put(
                    self._href(event.key), data, {"Content-Type": _CONTENT_TYPE, "If-None-Match": "*"}
                )
            )
            if resp.status == 412:  # created meanwhile by another run: update it below
                found = self._find(event.key)
            elif resp.status >= 300:
                raise AccountError(f"CalDAV {self.url}: cannot create event: HTTP {resp.status}")
            else:
                return
            if found is None:
                raise AccountError(f"CalDAV {self.url}: event {event_uid(event.key)} vanished while writing")
        href, raw, etag = found
        current = _ours(raw)
        if current is None or current.key != event.key:
            raise NotOursError(f"CalDAV event {event_uid(event.key)} exists without our marker; left alone")
        if current == event:
            return
        headers = {"Content-Type": _CONTENT_TYPE}
        if etag:
            headers["If-Match"] = etag
        resp = self._wrap(lambda: self.client.put(href, data, headers))
        if resp.status >= 300:
            raise AccountError(f"CalDAV {self.url}: cannot update event: HTTP {resp.status}")

    def get_event(self, key: str) -> FollowupEvent | None:
        found = self._find(key)
        if found is None:
            return None
        ev = _ours(found[1])
        return ev if ev is not None and ev.key == key else None

    def delete_event(self, key: str) -> bool:
        found = self._find(key)
        if found is None:
            return False
        href, raw, etag = found
        ev = _ours(raw)
        if ev is None or ev.key != key:
            log.warning("CalDAV event %s has no marker of ours; not deleted", event_uid(key))
            return False
        headers = {"If-Match": etag} if etag else {}
        resp = self._wrap(lambda: self.client.delete(href, headers))
        if resp.status == 404:
            return False
        if resp.status >= 300:
            raise AccountError(f"CalDAV {self.url}: cannot delete event: HTTP {resp.status}")
        return True

    # ------------------------------------------------------------------ reading

    def changes(self, state: StateStore) -> Iterator[CalendarChange]:
        saved = load_state(state.get_state(self.scope))
        uids: dict[str, list[str]] = dict(saved.get("uids", {}))  # href -> UIDs (not ours)
        if self.use_sync_token:
            result = self._wrap(
                lambda: self.cal.get_objects_by_sync_token(sync_token=saved.get("token"), load_objects=True)
            )
            updated = [(str(o.url), o.data) for o in result if o.data is not None]
            deleted = [str(o.url) for o in result if o.data is None]
            new_state: dict[str, Any] = {"mode": "sync", "token": str(result.sync_token)}
            if saved.get("token") is None or saved.get("mode") != "sync":
                # a full listing: whatever we knew and is not listed any more is gone
                listed = {u for u, _ in updated}
                deleted.extend(h for h in uids if h not in listed)
        else:
            polled, deleted, etags, ctag = self._poll_etags(saved)
            if polled is None:
                return
            updated = polled
            new_state = {"mode": "etag", "ctag": ctag, "etags": etags}
        for href, data in updated:
            events = self._parse(href, data)
            if events is None:
                continue
            theirs = [ev for ev in events if ev.uid and not is_ours(ev)]
            old = set(uids.get(href, []))
            now = {str(ev.uid) for ev in theirs}
            for ev in theirs:
                yield CalendarChange(str(ev.uid), ev)
            for uid in sorted(old - now):
                yield CalendarChange(uid, None)
            if now:
                uids[href] = sorted(now)
            else:
                uids.pop(href, None)
        for href in deleted:
            for uid in uids.pop(href, []):
                yield CalendarChange(uid, None)
        new_state["uids"] = uids
        state.set_state(self.scope, json.dumps(new_state))

    def _poll_etags(self, saved: dict[str, Any]) -> tuple[Any, list[str], dict[str, str], str | None]:
        """ctag first (nothing changed → (None, ...)), then etags of every object."""
        from caldav.elements import dav
        from caldav.elements.base import ValuedBaseElement

        class GetCtag(ValuedBaseElement):
            tag = self._ctag_tag

        ctag_value = self._wrap(lambda: self.cal.get_property(GetCtag()))
        ctag = str(ctag_value) if ctag_value else None
        old_etags: dict[str, str] = dict(saved.get("etags", {})) if saved.get("mode") == "etag" else {}
        if ctag and saved.get("mode") == "etag" and saved.get("ctag") == ctag:
            return None, [], old_etags, ctag
        response = self._wrap(
            lambda: self.cal.get_properties([dav.GetEtag()], depth=1, parse_response_xml=False)
        )
        props = response.expand_simple_props([dav.GetEtag()])
        etags: dict[str, str] = {}
        own = str(self.cal.url.canonical()) if hasattr(self.cal.url, "canonical") else str(self.cal.url)
        for href, values in props.items():
            url = str(self.cal.url.join(href))
            if url.rstrip("/") == own.rstrip("/") or url.rstrip("/") == str(self.cal.url).rstrip("/"):
                continue
            etag = values.get(dav.GetEtag.tag)
            if etag:
                etags[url] = str(etag)
        updated: list[tuple[str, Any]] = []
        for url, etag in etags.items():
            if old_etags.get(url) != etag:
                got = self._get(url)
                if got is not None:
                    updated.append((url, got[0]))
        deleted = [u for u in old_etags if u not in etags]
        return updated, deleted, etags, ctag

    def _parse(self, href: str, data: Any) -> tuple[CalEvent, ...] | None:
        from followup.parsers.ics import parse_calendar

        try:
            text = data if isinstance(data, bytes | str) else str(data)
            return parse_calendar(text, default_tz=self.default_tz)
        except ParseError as exc:
            log.warning("CalDAV object %s: cannot parse (%s); skipped", href, exc)
            return None

    def close(self) -> None:
        close = getattr(self.client, "close", None)
        if callable(close):
            close()


def _ours(raw: bytes) -> FollowupEvent | None:
    try:
        cal = icalendar.Calendar.from_ical(raw)
    except ValueError:
        return None
    for vevent in cal.walk("VEVENT"):
        if vevent.get(MARKER) is not None:
            return read_followup(vevent)
    return None


