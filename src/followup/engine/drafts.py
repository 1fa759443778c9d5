"""Thank-you drafts: one real RFC 5322 message per person, from a user-overridable template.

Templates are Jinja2, rendered in a sandboxed environment: ``thank_you.txt.j2`` (plain text)
and ``thank_you.html.j2`` (HTML, autoescaped; only with ``followup.html_drafts``). The user's
own copies in ``followup.template_dir`` or ``<config dir>/templates/`` win over the packaged
ones. Every value that reaches a header or the body is cleaned first: no control characters
(so no CR/LF header injection), bounded length; HTML is escaped by the template engine.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from email.errors import HeaderParseError
from email.header import decode_header, make_header
from email.headerregistry import Address as HAddress
from email.message import EmailMessage
from email.utils import format_datetime, quote
from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from followup.config import Config, OwnerConfig, default_config_path
from followup.engine.names import greeting, parse_name
from followup.errors import DraftError, UserError
from followup.mailbox.draft_ids import message_id_for_key

FILL_IN = "[[ Add one specific thing you discussed with {who} ]]"
TEXT_TEMPLATE = "thank_you.txt.j2"
HTML_TEMPLATE = "thank_you.html.j2"
NAME_MAX = 100
FIELD_MAX = 200
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069]+")


def clean(text: str | None, limit: int = FIELD_MAX) -> str:
    """One line of plain text: control and bidi characters out, whitespace collapsed, capped."""
    if not text:
        return ""
    t = re.sub(r"\s+", " ", _CONTROL.sub(" ", text)).strip()
    if len(t) > limit:
        t = t[: limit - 1].rstrip() + "…"
    return t


def _decoded(text: str) -> str:
    """RFC 2047 encoded words decoded, so that what they hide (CR/LF…) is cleaned too."""
    if "=?" not in text:
        return text
    try:
        return str(make_header(decode_header(text)))
    except (ValueError, LookupError, UnicodeError, HeaderParseError):
        return text


def safe_name(name: str | None) -> str:
    """A person's name fit for a greeting and a display name: encoded words decoded, then no
    control characters, quotes, brackets or @, and no encoded-word markers left."""
    n = clean(_decoded(name or "")[:4 * NAME_MAX], NAME_MAX).replace("=?", " ").replace("?=", " ")
    n = clean(n, NAME_MAX)
    n = re.sub(r"[\"<>@\\;]", "", n).strip(" '")
    return n


# an addr-spec as stored: no spaces, quotes, brackets, commas or control characters; the local
# part may be UTF-8 (RFC 6531), the domain a U-label or A-label
_ADDR_SPEC = re.compile(r"[^\s\x00-\x1f\x7f-\x9f<>()\[\]\\,;:\"@]+@[^\s\x00-\x1f\x7f-\x9f<>()\[\]\\,;:\"@]+")


def format_addr(name: str | None, email: str) -> str:
    """``Name <addr>`` for a header; an internationalised address (josé@…) is written as is
    (the mailbox stores such a draft as UTF-8, RFC 6532). DraftError for a non-address."""
    email = (email or "").strip()
    local, _, domain = email.rpartition("@")
    if not _ADDR_SPEC.fullmatch(email) or ".." in email or local.startswith(".") or \
            local.endswith(".") or not all(domain.split(".")):
        raise DraftError(f"not a usable address: {clean(email, 80)!r}")
    display = safe_name(name)
    if email.isascii():
        try:
            return str(HAddress(display_name=display, addr_spec=email))
        except (ValueError, IndexError) as exc:
            raise DraftError(f"not a usable address: {clean(email, 80)!r}") from exc
    return f'"{quote(display)}" <{email}>' if display else f"<{email}>"


_ROLE_WORDS = re.compile(r"\s+(?:position|role|opening|job|vacancy)$", re.IGNORECASE)
_SEPARATORS = r"\s*(?:[-–—|:/,@]|\bat\b|\bwith\b|\bbei\b|\bchez\b|\ben\b)\s*"


def role(position: str | None, company: str | None) -> str:
    """The role as named in the mail, without the company ("Data Engineer – Datos Ibéricos"
    → "Data Engineer") and without a trailing "position"/"role"; "" when unknown."""
    p = clean(position, 80)
    co = clean(company)
    if p and co:
        esc = re.escape(co)
        p = re.sub(rf"^(?:{esc}){_SEPARATORS}|{_SEPARATORS}(?:{esc})$", "", p, flags=re.IGNORECASE)
        p = re.sub(rf"^(?:{esc})\s+", "", p, flags=re.IGNORECASE)  # "Acme Data Engineer"
        if p.casefold() == co.casefold():
            p = ""
    p = _ROLE_WORDS.sub("", p).strip(" -–—|:,.")
    return "" if p.lower() in {"", "open", "position", "role", "job", "interview"} else p


@dataclass(frozen=True)
class DraftInput:
    key: str
    to_email: str
    to_name: str | None
    company: str | None
    position: str | None
    interview_start: datetime
    thread: tuple[str, ...] = ()  # Message-IDs to thread under (recruiter only), oldest first


def template_dirs(config: Config) -> list[Path]:
    dirs: list[Path] = []
    if config.followup.template_dir is not None:
        dirs.append(config.followup.template_dir)
    conf_dir = config.source.parent if config.source is not None else default_config_path().parent
    dirs.append(conf_dir / "templates")
    return dirs


class DraftWriter:
    def __init__(self, owner: OwnerConfig, tz: tzinfo, *, dirs: Sequence[Path] = (),
                 html: bool = False, greeting_style: str = "first-name") -> None:
        self.owner = owner
        self.tz = tz
        self.html = html
        self.greeting_style = greeting_style
        loader = jinja2.ChoiceLoader([
            jinja2.FileSystemLoader([str(d) for d in dirs]),
            jinja2.PackageLoader("followup", "templates"),
        ])
        self.env = SandboxedEnvironment(
            loader=loader,
            autoescape=jinja2.select_autoescape(enabled_extensions=("html", "html.j2", "htm"),
                                                default_for_string=False, default=False),
            undefined=jinja2.StrictUndefined, keep_trailing_newline=True)

    @classmethod
    def from_config(cls, config: Config) -> DraftWriter:
        return cls(config.owner, config.owner.zone, dirs=template_dirs(config),
                   html=config.followup.html_drafts, greeting_style=config.drafts.greeting)

    def context(self, d: DraftInput) -> dict[str, str]:
        who = parse_name(safe_name(d.to_name))
        name, first = who.full, who.first
        start = d.interview_start.astimezone(self.tz)
        owner_name = safe_name(self.owner.name)
        signature = self.owner.signature.strip() or "\n".join(
            x for x in (owner_name, clean(self.owner.phone, 40), self.owner.email) if x)
        signature = "\n".join(clean(line, FIELD_MAX) for line in signature.splitlines()[:8])
        return {
            "greeting": greeting(who, self.greeting_style),
            "name": name, "full_name": name, "first_name": first, "last_name": who.last,
            "title": who.honorific,
            "company": clean(d.company), "position": role(d.position, d.company) or "open",
            "date": f"{start:%A, %B} {start.day}",
            "when": f"on {start:%A, %B} {start.day}",
            "fill_in": FILL_IN.format(who=first or "them"),
            "owner_name": owner_name, "owner_email": self.owner.email,
            "owner_phone": clean(self.owner.phone, 40), "signature": signature,
        }

    def _render(self, name: str, ctx: dict[str, str]) -> str:
        try:
            return self.env.get_template(name).render(**ctx)
        except jinja2.TemplateError as exc:
            raise UserError(f"thank-you template {name}: {exc}") from exc

    def build(self, d: DraftInput, now: datetime) -> EmailMessage:
        ctx = self.context(d)
        msg = EmailMessage()
        msg["From"] = format_addr(self.owner.name, self.owner.email) if self.owner.email else ""
        try:
            msg["To"] = format_addr(d.to_name, d.to_email)
        except (ValueError, IndexError, HeaderParseError) as exc:  # what the header parser refuses
            raise DraftError(f"not a usable address: {clean(d.to_email, 80)!r} ({exc})") from exc
        position = role(d.position, d.company)
        at = f" at {ctx['company']}" if ctx["company"] else ""
        subject = f"Thank you — {position} interview" if position else f"Thank you for the interview{at}"
        msg["Subject"] = clean(subject, FIELD_MAX + 40)
        msg["Date"] = format_datetime(now.astimezone(self.tz))
        msg["Message-ID"] = message_id_for_key(d.key, self.owner.email.rpartition("@")[2])
        # ids exactly as received (case kept); only what cannot be in an msg-id goes
        thread = [t for t in (re.sub(r"[^\x21-\x7e]|[<>]", "", x) for x in d.thread)
                  if "@" in t and len(t) <= 250]
        if thread:
            msg["In-Reply-To"] = f"<{thread[-1]}>"
            msg["References"] = " ".join(f"<{t}>" for t in thread[-20:])
        text = self._render(TEXT_TEMPLATE, ctx)
        msg.set_content(text)
        if self.html:
            msg.add_alternative(self._render(HTML_TEMPLATE, ctx), subtype="html")
        return msg
