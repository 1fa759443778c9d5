"""Mail and calendar providers' settings, for ``followup init``: one home for hosts, ports,
folder names and the way each provider lets a program log in.

Plain data; ``followup init`` turns a choice into config values. The notes are what a user
must do on the provider's side (an app password, an OAuth consent), shown by ``init``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MailPreset:
    label: str
    host: str
    port: int = 993
    security: str = "ssl"
    drafts_folder: str = "auto"
    sent_folder: str = "auto"
    auth: str = "password"  # password | oauth2-google | oauth2-microsoft
    note: str = ""


MAIL: dict[str, MailPreset] = {
    "gmail": MailPreset(
        "Gmail / Google Workspace", "imap.gmail.com", drafts_folder="[Gmail]/Drafts",
        sent_folder="[Gmail]/Sent Mail", auth="oauth2-google",
        note="Gmail: sign in with `followup auth google --gmail` (OAuth), or choose an app password "
             "(Google Account → Security → App passwords, needs 2-step verification) with "
             "--gmail-auth app-password."),
    "microsoft": MailPreset(
        "Microsoft 365 / Outlook.com", "outlook.office365.com", drafts_folder="Drafts",
        sent_folder="Sent Items", auth="oauth2-microsoft",
        note="Microsoft switched basic IMAP logins off: sign in with `followup auth microsoft` "
             "(a device code you enter in a browser)."),
    "fastmail": MailPreset(
        "Fastmail", "imap.fastmail.com",
        note="Fastmail: create an app password (Settings → Privacy & Security → App passwords, "
             "access IMAP and CalDAV)."),
    "icloud": MailPreset(
        "iCloud Mail", "imap.mail.me.com", sent_folder="Sent Messages",
        note="iCloud: create an app-specific password at appleid.apple.com (Sign-In and "
             "Security); the IMAP user name is your iCloud address."),
    "yahoo": MailPreset(
        "Yahoo Mail", "imap.mail.yahoo.com", drafts_folder="Draft",
        note="Yahoo: generate an app password (Account Info → Account security)."),
}

CALDAV: dict[str, str] = {
    "fastmail": "https://caldav.fastmail.com/dav/",
    "icloud": "https://caldav.icloud.com/",
    "nextcloud": "https://{host}/remote.php/dav",  # {host}: the user's Nextcloud server
}

MAIL_CHOICES = (*MAIL, "imap", "maildir")
CALENDAR_CHOICES = ("ics", "google", "caldav", "none")
CALDAV_CHOICES = (*CALDAV, "other")
