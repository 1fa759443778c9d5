"""Pure parsers: bytes in, frozen dataclasses out. No network, no clock, no config.

Public entry points (all take ``now`` and the owner explicitly):

- ``analyze_email(raw, owner, now, tz)`` → Detection for one RFC 5322 message
- ``analyze_ics(data, owner, now, tz)`` → Detection for one .ics file
- ``analyze_event(event, owner, now, tz)`` → Detection for one calendar event (CalEvent)

Only ``followup.errors.ParseError`` escapes them.
"""
