"""The project's error tree, ranked by how much work an error aborts (offlineimap's idea).

    Error                       raised on purpose; anything else is a bug ("internal error", exit 70)
    ├── MessageError            one message: it is logged and skipped, the scan goes on
    │   └── ParseError          its bytes (MIME, iCalendar) cannot be read
    ├── InterviewError          one interview's action: logged, counted as failed, the rest goes on
    │   ├── DraftError          a draft cannot be built (an address that is not one)
    │   └── NotOursError        an event with our id that we did not write: left alone
    └── UserError               printed as one line without a traceback, with ``exit_code``
        ├── ConfigError (2)     names the file, the key and what is wrong
        ├── StateBusy (75)      another followup process holds the state lock
        ├── AccountError (1)    a mailbox or calendar account is unusable: its work stops this cycle
        │   ├── AuthError       wrong credentials, a token that can no longer be refreshed
        │   ├── ConnectionFailed  unreachable, dropped, TLS refused
        │   └── CalendarMissing   the CalDAV calendar does not exist (a dry run never creates it)
        └── FatalError (1)      nothing can go on
            └── StateError      the state file is damaged, not a database, full or read-only

Library errors (imaplib/imapclient, caldav, googleapiclient, sqlite3, OSError) are translated
into these where they are caught, at the adapter's edge, with ``raise … from exc``.
"""

from __future__ import annotations


class Error(Exception):
    """Base of every error this project raises on purpose."""


class MessageError(Error):
    """Processing one message failed; the others go on."""


class ParseError(MessageError):
    """An email or calendar file could not be read. Aborts one message."""


class InterviewError(Error):
    """Processing one interview (one of its actions) failed; the others go on."""


class DraftError(InterviewError):
    """One draft cannot be built (e.g. an address that is not one); the others go on."""


class NotOursError(InterviewError):
    """An event with our deterministic id exists but lacks our marker: never touched."""


class UserError(Error):
    """An error meant for the user: printed as one line, no traceback."""

    exit_code = 1


class ConfigError(UserError):
    """Bad configuration; names the file, the key and what is wrong."""

    exit_code = 2


class StateBusy(UserError):
    """Another followup process holds the state lock (EX_TEMPFAIL)."""

    exit_code = 75


class AccountError(UserError):
    """A mailbox or calendar account is unusable (auth, host, TLS)."""


class AuthError(AccountError):
    """Wrong credentials, or a token that can no longer be refreshed."""


class ConnectionFailed(AccountError):
    """The server could not be reached, or the connection dropped."""


class CalendarMissing(AccountError):
    """The configured CalDAV calendar does not exist (and was not to be created)."""


class FatalError(UserError):
    """Nothing can go on."""


class StateError(FatalError):
    """The state file is unusable: damaged, not a database, disk full, read-only."""
