"""Signature blocks: split one off a mail body, read the sender's phone and job title from it.

Pure text functions; no clock, no I/O.

``split_signature`` tries, in order: the RFC 3676 delimiter line ``-- `` (or a line of dashes /
underscores) near the end; the last closing line ("Best,", "Regards", "Saludos", "Grüße",
"Cordialement", ...) in the last lines; the trailing block of short lines when it carries a
name, a phone, an address or a URL. The closing line is part of the signature.

``find_phone`` prefers numbers labelled phone/tel/mobile/cell/direct (any language), never
returns numbers labelled fax/pager or meeting IDs/PINs/dial-ins, and never a date.
``find_title`` returns a job-title line under the name (recognised by its words: "Recruiter",
"Manager", "Directeur", "Personalreferentin", ...); it does not guess department names.
"""

from __future__ import annotations

import re

from followup.parsers import words

_MAX_SIG_LINES = 14  # a signature longer than this is probably body text
_SHORT = 60  # characters: a signature line is short

_DELIM_RE = re.compile(r"^(?:--\s?|-{3,}|_{3,}|={3,}|—+)$")
# A closing line before the signature, in every language the detector reads (parsers/words).
_CLOSING_RE = re.compile(r"^(?:" + "|".join(words.merged("CLOSINGS")) + r")\s*(?:,|\.|!|-|—)?\s*$", re.I)
_CONTACTISH_RE = re.compile(
    r"@|https?://|www\.|\+?\(?\d[\d\s().\-/]{6,}\d|\b(?:tel|phone|mobile|cell|fax|direct|office|móvil"
    r"|teléfono|handy|mobil|telefon|tél|portable)\b",
    re.I,
)
_NAME_LINE_RE = re.compile(
    r"^[-–—~*\s]*(?:[A-ZÀ-ÖØ-Þ][\w'’.-]+|de|del|la|van|von|der|da|di|le|du|dos|das)"
    r"(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|de|del|la|van|von|der|da|di|le|du|dos|das)){1,4}\s*(?:,.*)?$"
)


def _lines_end(lines: list[str]) -> int:
    end = len(lines)
    while end > 0 and not lines[end - 1].strip():
        end -= 1
    return end


def _sig_like(line: str) -> bool:
    """A line that may sit in a signature separated by blank lines (contact, name, short label)."""
    if len(line) > _SHORT:
        return False
    if _CONTACTISH_RE.search(line) or _DELIM_RE.match(line):
        return True
    return len(line.split()) <= 4 and not line.endswith((".", "?", "!", ":", ","))


def split_signature(text: str) -> tuple[str, str]:
    """(body, signature block); the signature is "" when none is found."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    end = _lines_end(lines)
    if end == 0:
        return text.strip(), ""
    first_tail = max(0, end - 3 * _MAX_SIG_LINES)

    # 1. "-- " delimiter (the last one), or a separator line of dashes/underscores.
    for i in range(end - 1, first_tail - 1, -1):
        if _DELIM_RE.match(lines[i].rstrip()) and lines[i].strip():
            sig = "\n".join(lines[i + 1 : end]).strip("\n")
            if sig.strip() and end - i - 1 <= 2 * _MAX_SIG_LINES:
                return "\n".join(lines[:i]).rstrip(), sig
    # 2. A closing line ("Best,", "Saludos") in the last lines: the signature starts there.
    first_close = max(0, end - _MAX_SIG_LINES)
    for i in range(end - 1, first_close - 1, -1):
        line = lines[i].strip()
        if len(line) <= 40 and _CLOSING_RE.match(line):
            return "\n".join(lines[:i]).rstrip(), "\n".join(lines[i:end]).strip("\n")
    # 3. The trailing block of short lines, when it has a name or contact details.
    start = end
    while start > 0 and end - start < _MAX_SIG_LINES:
        line = lines[start - 1].strip()
        if not line:
            prev = start - 1
            while prev > 0 and not lines[prev - 1].strip():
                prev -= 1
            if prev == 0 or not _sig_like(lines[prev - 1].strip()):
                break
            start = prev
            continue
        sentence_end = line.endswith((".", "?", "!", ":")) and len(line.split()) > 4
        if len(line) > _SHORT or (sentence_end and not _CONTACTISH_RE.search(line)):
            break
        start -= 1
    block = [ln for ln in lines[start:end] if ln.strip()]
    if (
        start > 0
        and len(block) >= 1
        and (
            sum(1 for ln in block if _CONTACTISH_RE.search(ln)) >= 1
            or (len(block) >= 2 and _NAME_LINE_RE.match(block[0].strip()))
        )
    ):
        while start < end and not lines[start].strip():
            start += 1
        return "\n".join(lines[:start]).rstrip(), "\n".join(lines[start:end]).strip("\n")
    return "\n".join(lines[:end]).rstrip(), ""


# ---------------------------------------------------------------- phone

_PHONE_RE = re.compile(r"(?<![\w@/=.+#-])(\+?[ \t]?\(?\+?\d[\d \t().\-/]{5,22}\d)(?![\w@/-]|\.\d)")
_DATE_LIKE_RE = re.compile(
    r"^(?:\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}|\d{1,2}[/.\-]\d{1,2}|\d{4}|\d{1,2}:\d{2}.*|\d{5}-\d{4})$"
)
_BAD_LABEL_RE = re.compile(
    r"(?:fax|telefax|télécopie|fx|pager|beeper|meeting|conference|webinar|zoom|webex|teams|bridge|dial(?:-?in)?"
    r"|passcode|pass\s*code|access\s*code|pin|code|id|participant|room|zip|postal|cp|plz|suite|box"
    r"|order|ref|ticket|account|acct|invoice|iban|bic|swift|ssn|sin)\b[\s.:#()-]*$",
    re.I,
)
_BAD_SHORT_LABEL_RE = re.compile(r"(?:^|[\s|,;])f\s*[.:]\s*$", re.I)
_GOOD_LABEL_RE = re.compile(
    r"(?:phone|ph|tel|tél|tele|telephone|téléphone|teléfono|telefono|telefon|fon|mobile|mob|cell|cellular"
    r"|direct|direct\s+line|office|work|main|móvil|movil|celular|handy|mobil|portable|ligne\s+directe"
    r"|fixe|whatsapp|call|m|t|c|p|o|d|w|mo|tf|tlf)\b[\s.:#()-]*$",
    re.I,
)
_AFTER_BAD_RE = re.compile(r"^\s*[(\[]?\s*(?:fax|f|pager|meeting|pin)\b", re.I)
_AFTER_GOOD_RE = re.compile(
    r"^\s*[(\[]?\s*(?:phone|tel|mobile|cell|direct|office|work|ph|c|m|o|w|p|d)\b", re.I
)


def _digits(s: str) -> int:
    return sum(ch.isdigit() for ch in s)


def _valid_number(candidate: str) -> bool:
    n = _digits(candidate)
    if not 7 <= n <= 15:
        return False
    compact = re.sub(r"\s+", "", candidate)
    if _DATE_LIKE_RE.match(compact) or _DATE_LIKE_RE.match(candidate.strip()):
        return False
    # at most one "/" (German "030/1234567", "605/978-2836"); no two separators in a row
    if candidate.count("/") > 1 or re.search(r"[.\-/]{2}", candidate):
        return False
    # a separator-free run of 11+ digits without "+" is an ID, not a phone
    return not (not candidate.lstrip().startswith("+") and re.search(r"\d{11,}", candidate))


def _clean(candidate: str) -> str:
    s = candidate.strip()
    if s.count("(") > s.count(")"):
        s = s.replace("(", "", s.count("(") - s.count(")")).strip()
    if s.count(")") > s.count("("):
        s = s[::-1].replace(")", "", s.count(")") - s.count("("))[::-1].strip()
    return re.sub(r"[ \t]{2,}", " ", s)


def phones_in(text: str) -> list[str]:
    """Every plausible phone number in ``text`` (as written, trimmed), fax/PIN-labelled ones excluded."""
    return [p for _score, p in _phones(text, -1)]


def _phones(block: str, anchor_pos: int) -> list[tuple[tuple[int, int, int], str]]:
    found: list[tuple[tuple[int, int, int], str]] = []
    for m in _PHONE_RE.finditer(block):
        raw = m.group(1)
        if not _valid_number(raw):
            continue
        line_start = block.rfind("\n", 0, m.start()) + 1
        before = block[line_start : m.start()]
        # only the label text after the previous number on the same line counts
        before = re.split(r"\d[\d\s().\-/]{4,}\d", before)[-1]
        line_end = block.find("\n", m.end())
        after = block[m.end() : line_end if line_end >= 0 else len(block)][:20]
        if _BAD_LABEL_RE.search(before) or _BAD_SHORT_LABEL_RE.search(before) or _AFTER_BAD_RE.match(after):
            continue
        labelled = bool(_GOOD_LABEL_RE.search(before) or _AFTER_GOOD_RE.match(after))
        near = 1 if anchor_pos >= 0 and m.start() >= anchor_pos else 0
        found.append(((int(labelled), near, -m.start()), _clean(raw)))
    return found


def is_title(text: str) -> bool:
    """Whether ``text`` reads like a job title ("Staff Engineer", "Head of Data", "EM")."""
    return _title_line(text) is not None


def find_phone(text: str, name: str | None = None, email: str | None = None) -> str | None:
    """The sender's phone number from the signature block of ``text`` (as written, trimmed)."""
    _body, sig = split_signature(text)
    block = sig or text
    anchor_pos = -1
    for key in (name, email):
        if key:
            pos = block.lower().find(key.lower())
            if pos >= 0:
                anchor_pos = pos
                break
    found = _phones(block, anchor_pos)
    return max(found)[1] if found else None


# ---------------------------------------------------------------- title

_TITLE_WORDS_RE = re.compile(r"\b(?:" + "|".join(words.merged("TITLE_WORDS")) + r")\b", re.I)
_NOT_TITLE_RE = re.compile(r"@|https?://|www\.|\d{3}|\b(?:inc|llc|ltd|gmbh|corp|s\.a|sas|sarl|ag)\b\.?", re.I)


def _title_line(line: str) -> str | None:
    s = line.strip().strip("|•·-–— \t")
    if not s or len(s) > 80 or len(s.split()) > 10 or _NOT_TITLE_RE.search(s):
        return None
    return s if _TITLE_WORDS_RE.search(s) else None


def find_title(signature: str, name: str | None) -> str | None:
    """The job-title line under ``name`` in ``signature`` ("Senior Technical Recruiter"), or None."""
    lines = [ln for ln in signature.replace("\r", "").split("\n") if ln.strip()]
    if not lines:
        return None
    start: int | None = None
    if name:
        key = name.strip().lower()
        for i, ln in enumerate(lines):
            if key and key in ln.lower():
                start = i
                break
    if start is None:
        for i, ln in enumerate(lines[:6]):
            if _CLOSING_RE.match(ln.strip()):
                continue
            if _NAME_LINE_RE.match(ln.strip()) and not _title_line(ln.split(",")[0]):
                start = i
                break
    if start is None:
        return None
    head = lines[start]
    # "Jane Doe, Senior Recruiter" / "Jane Doe | Recruiter" on the name line itself
    parts = re.split(r"\s*(?:,|\||–|—|\s-\s)\s*", head, maxsplit=1)
    if len(parts) == 2 and (not name or name.lower() in parts[0].lower()):
        got = _title_line(parts[1])
        if got and not re.fullmatch(r"(?:ph\.?d|md|mba|jr|sr|esq)\.?", got, re.I):
            return got
    for ln in lines[start + 1 : start + 4]:
        got = _title_line(ln)
        if got:
            return got
    return None


__all__ = ["find_phone", "find_title", "is_title", "phones_in", "split_signature"]
