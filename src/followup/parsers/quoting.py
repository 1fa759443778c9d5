"""Plain-text mail bodies: the author's own words, quoted history, inline forwarded messages.

One linear pass over the lines finds three kinds of boundaries:
- forward / original-message markers ("---------- Forwarded message ---------",
  "-----Original Message-----", "Begin forwarded message:", localized variants), each
  followed by a header block (From:/Date:/Subject:/To:, localized labels too);
- Outlook header blocks without a marker ("From: … Sent: … To: … Subject: …");
- reply attributions ("On … wrote:", "Am … schrieb …:", "Le … a écrit :", "El … escribió:").
``own_text`` is everything before the first boundary minus "> " quoted lines; every header
block becomes a ``ForwardBlock`` whose text runs to the next block. Only the first
``MAX_ANALYSED`` characters are analysed, and every regex is anchored per line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import tzinfo

from followup.parsers.addresses import clean_name, normalize, parse_address_list
from followup.parsers.loose_date import parse_loose_date
from followup.parsers.model import Address, MailMeta

MAX_ANALYSED = 200_000
MAX_BLOCKS = 30
_MAX_HEADER_LINES = 14
_MAX_LINE = 600  # longer lines are never markers, headers or attributions

_SP = r"[ \t\u00a0]"
_MARKER = re.compile(
    r"^[ \t\u00a0>]*(?:"
    r"-{2,}[ \t\u00a0]*(?:forwarded(?:[ \t]+e-?mail)?[ \t]+message|original[ \t]+message|"
    r"weitergeleitete[ \t]+nachricht|urspr(?:ü|ue)ngliche[ \t]+nachricht|"
    r"message[ \t]+transf[ée]r[ée]|message[ \t]+d'origine|message[ \t]+original|"
    r"mensaje[ \t]+reenviado|mensaje[ \t]+original|messaggio[ \t]+inoltrato|"
    r"messaggio[ \t]+originale|doorgestuurd[ \t]+bericht|oorspronkelijk[ \t]+bericht|"
    r"mensagem[ \t]+encaminhada|mensagem[ \t]+original|videresendt[ \t]+meddelelse|"
    r"vidarebefordrat[ \t]+meddelande|urspr(?:ü|ue)ngliche[ \t]+mitteilung)"
    r"[ \t\u00a0]*-*[ \t\u00a0]*:?"
    r"|begin[ \t]+forwarded[ \t]+message[ \t]*:"
    r"|anfang[ \t]+der[ \t]+weitergeleiteten[ \t]+(?:nachricht|e-mail)[ \t]*:"
    r"|d[ée]but[ \t]+du[ \t]+message[ \t]+r[ée]exp[ée]di[ée][ \t\u00a0]*:"
    r"|inicio[ \t]+del[ \t]+mensaje[ \t]+reenviado[ \t]*:"
    r"|inizio[ \t]+messaggio[ \t]+inoltrato[ \t]*:"
    r")[ \t\u00a0]*$",
    re.IGNORECASE,
)

_LABELS: dict[str, tuple[str, ...]] = {
    "from": ("from", "de", "von", "van", "da", "mittente", "od", "från", "fra", "от"),
    "date": (
        "date",
        "sent",
        "datum",
        "gesendet",
        "envoyé",
        "envoye",
        "enviado",
        "enviada",
        "fecha",
        "data",
        "inviato",
        "verzonden",
        "skickat",
        "sendt",
        "date d'envoi",
        "enviado el",
    ),
    "subject": (
        "subject",
        "betreff",
        "objet",
        "sujet",  # (Thunderbird in French: "Sujet :", "Pour :")
        "assumpte",
        "asunto",
        "oggetto",
        "onderwerp",
        "assunto",
        "ämne",
        "emne",
        "тема",
    ),
    "to": ("to", "an", "à", "a", "pour", "para", "aan", "til", "till", "per", "destinatario", "кому"),
    "cc": ("cc", "kopie", "copie à", "copia", "cco", "bcc"),
    "other": (
        "reply-to",
        "antwort an",
        "répondre à",
        "responder a",
        "importance",
        "wichtigkeit",
        "priorité",
        "importancia",
        "attachments",
        "anlagen",
        "pièces jointes",
    ),
}
_LABEL_KIND = {label: kind for kind, labels in _LABELS.items() for label in labels}
_HEADER = re.compile(
    r"^[ \t\u00a0>]*\*{0,2}("
    + "|".join(sorted((re.escape(k) for k in _LABEL_KIND), key=len, reverse=True))
    + r")\*{0,2}[ \t\u00a0]*:[ \t\u00a0]*\*{0,2}[ \t\u00a0]*(.*)$",
    re.IGNORECASE,
)
_ENGLISH_LABELS = frozenset({"from", "date", "sent", "subject", "to", "cc", "bcc", "reply-to"})

_ATTRIBUTION = re.compile(
    r"^(?:-{1,5}[ \t]*)?(?:on|am|le|el|il|op|em|no[ \t]+dia|den|w dniu|\d)\b.{0,400}?"
    r"(?:wrote|writes|schrieb|a[ \t\u00a0]+écrit|a[ \t\u00a0]+ecrit|escribió|escribio|ha[ \t]+scritto|"
    r"schreef|het[ \t]+volgende[ \t]+geschreven|escreveu|skrev|napisał|написал|написала|napsal|kirjoitti)"
    r"(?:[ \t\u00a0][^:\n]{0,250})?[ \t\u00a0]*:[ \t\u00a0]*$"
    r"|^\d{4}-\d{2}-\d{2}[^<]{0,100}<[^<>@\s]{1,100}@[^<>\s]{1,200}>[ \t]*:$",
    re.IGNORECASE,
)
_ATTRIBUTION_START = re.compile(
    r"^(?:-{1,5}[ \t]*)?(?:on|am|le|el|il|op|em|no[ \t]+dia|den|w dniu|\d)", re.IGNORECASE
)
# The quote marks that start quoted lines (">", "> >"): taken out, a quoted thread reads as text.
QUOTE_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)
_SEPARATOR = re.compile(r"^[ \t]*(?:_{8,}|-{8,}|={8,})[ \t]*$")


@dataclass(frozen=True)
class ForwardBlock:
    meta: MailMeta
    text: str
    own_text: str


@dataclass(frozen=True)
class Split:
    own_text: str
    forwarded: tuple[ForwardBlock, ...]


def _header_block(lines: list[str], start: int) -> tuple[dict[str, str], int, bool]:
    """Read header lines from ``start``; returns (fields, index after block, english?)."""
    fields: dict[str, str] = {}
    english = True
    i = start
    n = len(lines)
    # Blank lines may precede the first header line.
    while i < n and i - start < 3 and not lines[i].strip(" \t\u00a0>"):
        i += 1
    last = ""
    taken = 0
    while i < n and taken < _MAX_HEADER_LINES:
        line = lines[i]
        m = _HEADER.match(line) if len(line) <= _MAX_LINE * 4 else None
        if m:
            label = m.group(1).lower()
            kind = _LABEL_KIND.get(label, "other")
            if kind in fields:
                break  # a repeated field starts the next block (or is not a header block)
            if label not in _ENGLISH_LABELS:
                english = False
            if kind != "other":
                fields[kind] = m.group(2).strip()
            last = kind
        elif line.strip(" \t\u00a0>") and last in ("to", "cc") and "@" in line and fields:
            fields[last] = f"{fields[last]} {line.strip()}"
        else:
            break
        taken += 1
        i += 1
    return fields, i, english


def _is_outlook_block(fields: dict[str, str]) -> bool:
    return (
        "from" in fields
        and ("date" in fields or "subject" in fields)
        and ("to" in fields or "subject" in fields)
        and len(fields) >= 3
    )


def _quoted(line: str) -> bool:
    return line.lstrip(" \t\u00a0").startswith(">")


def split_text(text: str, default_tz: tzinfo | None = None) -> Split:
    """Split a plain-text body into the author's own text and inline forwarded blocks."""
    return _split(text, default_tz, with_blocks=True)


def _split(text: str, default_tz: tzinfo | None, with_blocks: bool) -> Split:
    analysed = text[:MAX_ANALYSED]
    lines = analysed.split("\n")
    n = len(lines)
    cut: int | None = None
    blocks: list[_Block] = []
    dropped: set[int] = set()  # attribution lines of quoted history that is not cut
    i = 0
    while i < n:
        if cut is not None and (not with_blocks or len(blocks) >= MAX_BLOCKS):
            break  # own text is settled and no more blocks are wanted
        line = lines[i]
        if len(line) > _MAX_LINE or not line.strip():
            i += 1
            continue
        if _quoted(line):
            # A forwarded or replied-to message quoted with ">" (Hotmail/Yahoo forwards, or a
            # quoted Outlook header block): a block whose body is the rest of that quote.
            if with_blocks and len(blocks) < MAX_BLOCKS:
                quoted = _quoted_block(lines, i)
                if quoted is not None:
                    blocks.append(quoted)
                    i = quoted.end
                    continue
            i += 1
            continue
        if _MARKER.match(line):
            fields, body, english = _header_block(lines, i + 1)
            if cut is None:
                cut = i
            if len(blocks) < MAX_BLOCKS:
                blocks.append(_Block(i, fields, body, english))
            i = max(body, i + 1)
            continue
        m = _HEADER.match(line)
        if m and _LABEL_KIND.get(m.group(1).lower()) == "from":
            fields, body, english = _header_block(lines, i)
            if _is_outlook_block(fields):
                start = i
                if i > 0 and _SEPARATOR.match(lines[i - 1]):
                    start = i - 1
                elif i > 1 and not lines[i - 1].strip() and _SEPARATOR.match(lines[i - 2]):
                    start = i - 2
                if cut is None:
                    cut = start
                if len(blocks) < MAX_BLOCKS:
                    blocks.append(_Block(start, fields, body, english))
                i = body
                continue
        if cut is None and _ATTRIBUTION_START.match(line.lstrip()):
            span = _attribution_span(lines, i)
            if span:
                after = i + span
                while after < n and not lines[after].strip():
                    after += 1
                if after < n and _quoted(lines[after]):
                    # Quoted history follows: drop the attribution, keep reading, since a
                    # bottom-posted or interleaved reply continues below the quote.
                    dropped.update(range(i, i + span))
                    i += span
                    continue
                cut = i
        i += 1
    own_lines = lines if cut is None else lines[:cut]
    own = _own([ln for k, ln in enumerate(own_lines) if k not in dropped] if dropped else own_lines)
    if not with_blocks:
        return Split(own, ())
    forwarded = []
    unquoted = [b for b in blocks if not b.quoted]
    for block in blocks:
        if block.quoted:
            body_lines = lines[block.body : block.end]
            for _ in range(block.depth):
                body_lines = [_dequote(ln) for ln in body_lines]
        else:
            later = [b.start for b in unquoted if b.start > block.start]
            body_lines = lines[block.body : later[0] if later else n]
            if all(_quoted(ln) for ln in body_lines if ln.strip()):
                # "Begin forwarded message:" over a message quoted whole with ">" (Apple Mail)
                body_lines = [_dequote(ln) for ln in body_lines]
        body_text = "\n".join(body_lines).strip("\n")
        fields, english = block.fields, block.english
        # Only the body's own text is wanted (its further blocks are this list's next ones).
        inner = _split(body_text, default_tz, with_blocks=False) if body_text else Split("", ())
        forwarded.append(
            ForwardBlock(
                meta=_block_meta(fields, english, default_tz),
                text=body_text,
                own_text=inner.own_text if body_text else "",
            )
        )
    return Split(own, tuple(forwarded))


@dataclass(frozen=True)
class _Block:
    start: int  # first line (marker, separator or From:)
    fields: dict[str, str]
    body: int  # first line of the body
    english: bool
    end: int = -1  # quoted blocks: line after the quote; others run to the next block
    quoted: bool = False
    depth: int = 0  # quote depth of a quoted block


def _dequote(line: str) -> str:
    stripped = line.lstrip(" \t\u00a0")
    if stripped.startswith(">"):
        stripped = stripped[1:]
        return stripped[1:] if stripped.startswith(" ") else stripped
    return line


def _quoted_block(lines: list[str], i: int, probe: bool = False) -> _Block | None:
    """A header block inside a "> " quote starting at line ``i``, or None.

    The block's body runs to the end of the quote or to the next quoted header block.
    ``probe`` only tells whether a block starts here (no body scan).
    """
    line = lines[i]
    marker = bool(_MARKER.match(line))
    m = None if marker else _HEADER.match(line)
    if not marker and not (m and _LABEL_KIND.get(m.group(1).lower()) == "from"):
        return None
    depth = len(line.lstrip(" \t\u00a0")) - len(line.lstrip(" \t\u00a0").lstrip(">"))
    header_lines = [_dequote(ln) for ln in lines[i + 1 if marker else i : i + 1 + _MAX_HEADER_LINES + 3]]
    fields, used, english = _header_block(header_lines, 0)
    if not (_is_outlook_block(fields) or (marker and "from" in fields)):
        return None
    body = (i + 1 if marker else i) + used
    if probe:
        return _Block(i, fields, body, english, end=body, quoted=True, depth=depth)
    end = body
    n = len(lines)
    prefix = ">" * depth
    while end < n and lines[end].lstrip(" \t\u00a0").startswith(prefix):
        if len(lines[end]) <= _MAX_LINE and _quoted_block(lines, end, probe=True) is not None:
            break
        end += 1
    return _Block(i, fields, body, english, end=end, quoted=True, depth=depth)


def quoted_after(thread: str, newest: str, limit: int | None = None) -> str:
    """The thread under the newest message (its first ``limit`` characters), quote marks out; "" when
    the thread does not start with that message."""
    if not thread.startswith(newest):
        return ""
    rest = thread[len(newest) :]
    return QUOTE_MARKS.sub("", rest[:limit] if limit is not None else rest)


def answered_message(thread: str, newest: str) -> str:
    """The message the newest one answers: the thread's lines at one level of quoting, quote marks
    and the attribution ("El 24 nov …, a las 17:58, … escribió:") out; "" when none."""
    quoted = thread[len(newest) :] if thread.startswith(newest) else ""
    lines, pos = [], 0
    for line in quoted.split("\n"):
        if re.match(r"\s*>(?!\s*>)", line) and not in_attribution(quoted, pos):
            lines.append(QUOTE_MARKS.sub("", line))
        pos += len(line) + 1
    return "\n".join(lines)


def in_attribution(text: str, pos: int) -> bool:
    """The position is in a reply attribution ("Em ter., 24 de nov. de 2026 às 14:58, Ana <…>
    escreveu:"), read with quote marks out and up to two wrapped lines joined."""
    line_start = text.rfind("\n", 0, pos) + 1
    if not _ATTRIBUTION_START.match(QUOTE_MARKS.sub("", text[line_start : line_start + 40]).lstrip()):
        return False
    lines = QUOTE_MARKS.sub("", text[line_start : line_start + 600]).split("\n")[:3]
    return _attribution_span(lines, 0) > 0


def _attribution_span(lines: list[str], i: int) -> int:
    """How many lines (1-3) the reply attribution starting at line ``i`` spans; 0 if none."""
    joined = lines[i].strip()
    for extra in range(3):
        if _ATTRIBUTION.match(joined):
            return extra + 1
        if i + extra + 1 >= len(lines):
            return 0
        nxt = lines[i + extra + 1].strip()
        if not nxt or _quoted(nxt) or len(joined) > _MAX_LINE:
            return 0
        joined = f"{joined} {nxt}"
    return 0


def _own(lines: list[str]) -> str:
    kept = [ln if ln == "-- " else ln.rstrip() for ln in lines if not _quoted(ln)]
    while kept and (not kept[-1].strip() or _SEPARATOR.match(kept[-1])):
        kept.pop()
    while kept and not kept[0].strip():
        kept.pop(0)
    return "\n".join(kept)


# ---------------------------------------------------------------- inline header values

_MAILTO = re.compile(r"\[mailto:([^\]\s]{1,300})\]|<mailto:([^>\s]{1,300})>", re.IGNORECASE)
_BRACKETED = re.compile(r"<([^<>\s]{1,300}@[^<>\s]{1,300})>")
_MD_LINK = re.compile(r"\[([^\]\s]{1,300}@[^\]\s]{1,300})\]\(mailto:[^)]*\)")


def _inline_addresses(value: str | None) -> tuple[Address, ...]:
    if not value:
        return ()
    v = value[:8000].replace("*", "")
    v = _MD_LINK.sub(r"\1", v)
    v = _MAILTO.sub(lambda m: f"<{m.group(1) or m.group(2)}>", v)
    # Outlook separates recipients with ";" and writes names as "Last, First" unquoted, so
    # an item with exactly one <address> is one mailbox whatever commas its name holds.
    out: list[Address] = []
    for item in v.split(";") if ";" in v else [v]:
        brackets = _BRACKETED.findall(item)
        if len(brackets) == 1:
            email = normalize(brackets[0])
            if email:
                name = clean_name(item.split("<", 1)[0])
                out.append(Address(email, name))
            continue
        try:
            out.extend(parse_address_list([item]))
        except Exception:
            continue
    unique: dict[str, Address] = {}
    for a in out:
        unique.setdefault(a.email, a)
    return tuple(unique.values())


def _block_meta(fields: dict[str, str], english: bool, default_tz: tzinfo | None) -> MailMeta:
    senders = _inline_addresses(fields.get("from"))
    subject = re.sub(r"\s+", " ", fields.get("subject", "").replace("*", "")).strip()
    return MailMeta(
        message_id=None,
        in_reply_to=None,
        references=(),
        subject=subject,
        sender=senders[0] if senders else None,
        to=_inline_addresses(fields.get("to")),
        cc=_inline_addresses(fields.get("cc")),
        date=parse_loose_date(fields.get("date"), english, default_tz),
    )
