"""Thank-you drafts: one real RFC 5322 message per person, from a user-overridable template.

Templates are Jinja2, rendered in a sandboxed environment: ``thank_you.txt.j2`` (plain text)
and ``thank_you.html.j2`` (HTML, autoescaped; only with ``followup.html_drafts``). The user's
own copies in ``followup.template_dir`` or ``<config dir>/templates/`` win over the packaged
ones. Every value that reaches a header or the body is cleaned first: no control characters
(so no CR/LF header injection), bounded length; HTML is escaped by the template engine.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, tzinfo
from email.headerregistry import Address as HAddress
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from followup.config import Config, OwnerConfig, default_config_path
from followup.errors import UserError

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


def clean_name(name: str | None) -> str:
    """A person's name fit for a greeting and a display name: no quotes, no brackets or @."""
    n = clean(name, NAME_MAX)
    n = re.sub(r"[\"<>@\\;]", "", n).strip(" '")
    return n


def format_addr(name: str | None, email: str) -> str:
    display = clean_name(name)
    try:
        return str(HAddress(display_name=display, addr_spec=email))
    except (ValueError, IndexError):
        return str(HAddress(addr_spec=email))


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
                 html: bool = False) -> None:
        self.owner = owner
        self.tz = tz
        self.html = html
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
                   html=config.followup.html_drafts)

    def context(self, d: DraftInput) -> dict[str, str]:
        name = clean_name(d.to_name)
        first = name.split(" ")[0] if name else ""
        start = d.interview_start.astimezone(self.tz)
        owner_name = clean_name(self.owner.name)
        signature = self.owner.signature.strip() or "\n".join(
            x for x in (owner_name, clean(self.owner.phone, 40), self.owner.email) if x)
        signature = "\n".join(clean(line, FIELD_MAX) for line in signature.splitlines()[:8])
        return {
            "greeting": f"Dear {name}," if name else "Hello,",
            "name": name, "first_name": first,
            "company": clean(d.company), "position": clean(d.position) or "open",
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
        msg["To"] = format_addr(d.to_name, d.to_email)
        position = ctx["position"] if clean(d.position) else ""
        at = f" at {ctx['company']}" if ctx["company"] else ""
        subject = f"Thank you — {position} interview" if position else f"Thank you for the interview{at}"
        msg["Subject"] = clean(subject, FIELD_MAX + 40)
        msg["Date"] = format_datetime(now.astimezone(self.tz))
        domain = self.owner.email.rpartition("@")[2] or "followup.invalid"
        digest = hashlib.sha256(d.key.encode()).hexdigest()[:24]
        msg["Message-ID"] = f"<followup.{digest}@{domain}>"
        thread = [t for t in (re.sub(r"[^\x21-\x7e]", "", x).strip("<>") for x in d.thread) if t]
        if thread:
            msg["In-Reply-To"] = f"<{thread[-1]}>"
            msg["References"] = " ".join(f"<{t}>" for t in thread[-20:])
        text = self._render(TEXT_TEMPLATE, ctx)
        msg.set_content(text)
        if self.html:
            msg.add_alternative(self._render(HTML_TEMPLATE, ctx), subtype="html")
        return msg
