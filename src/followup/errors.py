"""The project's error tree, ranked by how much work an error aborts.

MessageError < InterviewError < AccountError < FatalError (offlineimap's idea).
StateError (damaged/full/read-only state file) is a FatalError; StateBusy (another
process holds the state lock) is a UserError with its own exit status, 75.
``UserError`` and its subclasses print as one line without a traceback.
"""

from __future__ import annotations


class Error(Exception):
    """Base of every error this project raises on purpose."""


class UserError(Error):
    """An error meant for the user: printed as one line, no traceback."""

    exit_code = 1


class ConfigError(UserError):
    """Bad configuration; names the file, the key and what is wrong."""

    exit_code = 2


class ParseError(Error):
    """An email or calendar file could not be read. Aborts one message."""


class MessageError(Error):
    """Processing one message failed; the others go on."""


class InterviewError(Error):
    """Processing one interview failed; the others go on."""


class AccountError(UserError):
    """A mailbox or calendar account is unusable (auth, host, TLS)."""


class AuthError(AccountError):
    """Wrong credentials, or a token that can no longer be refreshed."""


class ConnectionFailed(AccountError):
    """The server could not be reached, or the connection dropped."""


class FatalError(UserError):
    """Nothing can go on."""


class StateError(FatalError):
    """The state file is unusable: damaged, not a database, disk full, read-only."""


class StateBusy(UserError):
    """Another followup process holds the state lock (EX_TEMPFAIL)."""

    exit_code = 75
