"""Recover what a meeting document's own text says about itself.

Given the extracted text of a document, page by page, :func:`recover_structure` finds

* the meeting date and the meeting body ("committee") the document is about,
* the document kind (minutes, agenda, report, ...) and a short title,
* the agenda items, each with the text that belongs to it (page by page), and
* the decision blocks (RESOLVED / AGREED / "That ... Carried." motions) inside each item.

Everything here is plain regular expressions over text: no models, no heavy imports.  The
heading formats and decision wordings were taken from real council documents (Kent, Bristol,
London Ontario, Limerick, Nipissing, East Palo Alto, Souldern, West of England, ModernGov pages).

Guarantee: every character of the input pages lands in exactly one section, in order, so
``"".join`` of the section parts of one page gives that page's text back.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from datetime import date
from itertools import pairwise

from ..types import PageText, Section, Structure

__all__ = ["KINDS", "date_from_path", "date_from_text", "recover_structure"]

#: Document kinds :func:`recover_structure` can return (``"document"`` when nothing fits).
KINDS: tuple[str, ...] = (
    "minutes",
    "agenda",
    "report",
    "decision_notice",
    "questions",
    "statements",
    "forward_plan",
    "constitution",
    "eqia",
    "budget",
    "document",
)

#: Kinds whose numbered paragraphs are not agenda items: such documents stay one section.
_CONSERVATIVE_KINDS = frozenset({"report", "constitution", "eqia", "budget", "forward_plan"})
#: Kinds that are about one meeting (their first-page dates and bodies are trusted more).
_MEETING_KINDS = frozenset({"minutes", "agenda", "decision_notice", "questions", "statements"})

# --------------------------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------------------------

_MONTHS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])\.?"
)
# OCR sometimes turns an ordinal suffix into a stray mark: 17® January, 22™, 17" November.
_ORD = r"(?:st|nd|rd|th|[\"'®™°%])?"

# "13 February 2025", "13th-Feb-2025", "Thursday, 13th \nFebruary, 2025", "27TH NOVEMBER, 2023"
_DMY = re.compile(
    r"(?<![\w.,/£$])(?P<day>\d{1,2})" + _ORD + r"(?:[\s,.\-]{0,8}of)?[\s,.\-]{0,8}" + _MONTH
    + r"[\s,.\-]{0,8}(?P<year>(?:19|20)\d{2})(?!\d)(?![-/]\d\d(?!\d))",
    re.IGNORECASE,
)
# "April 16, 2024", "Tuesday, April 16, 2024", "April-16-2024", "January 27, 2020"
_MDY = re.compile(
    r"(?<![a-z])" + _MONTH + r"[\s\-]{0,3}(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d)[\s,\-]{0,4}"
    r"(?P<year>(?:19|20)\d{2})(?!\d)(?![-/]\d\d(?!\d))",
    re.IGNORECASE,
)
# "2025-02-13", "2024/01/22"
_ISO = re.compile(r"(?<![\d.])(?P<year>(?:19|20)\d{2})[-/.](?P<mon>\d{1,2})[-/.](?P<day>\d{1,2})(?![\d])")
# "12/09/2024" (UK day first), "10.12.24" (two-digit years only in file names)
_NUM4 = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>(?:19|20)\d{2})(?![\d/])")
_NUM2 = re.compile(r"(?<![\d/.])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<year>\d{2})(?![\d/.])")


def _iso(year: int, month: int, day: int) -> str | None:
    """ISO string for a valid calendar date between 1990 and 2100, else None."""
    if not 1990 <= year <= 2100:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _month_number(token: str) -> int:
    return _MONTHS[token[:3].lower()]


def _find_dates(text: str, two_digit_years: bool = False) -> list[tuple[int, int, str]]:
    """All dates in ``text`` as ``(start, end, iso)``, in order, without overlaps."""
    found: list[tuple[int, int, str]] = []
    for m in _DMY.finditer(text):
        iso = _iso(int(m["year"]), _month_number(m["mon"]), int(m["day"]))
        if iso:
            found.append((m.start(), m.end(), iso))
    for m in _MDY.finditer(text):
        iso = _iso(int(m["year"]), _month_number(m["mon"]), int(m["day"]))
        if iso:
            found.append((m.start(), m.end(), iso))
    for m in _ISO.finditer(text):
        iso = _iso(int(m["year"]), int(m["mon"]), int(m["day"]))
        if iso:
            found.append((m.start(), m.end(), iso))
    numeric = [_NUM4] + ([_NUM2] if two_digit_years else [])
    for rx in numeric:
        for m in rx.finditer(text):
            year = int(m["year"])
            if year < 100:
                year += 2000 if year < 70 else 1900
            a, b = int(m["a"]), int(m["b"])
            iso = _iso(year, b, a) or _iso(year, a, b)  # day first (UK), month first if it must be
            if iso:
                found.append((m.start(), m.end(), iso))
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[tuple[int, int, str]] = []
    last_end = -1
    for start, end, iso in found:
        if start >= last_end:
            out.append((start, end, iso))
            last_end = end
    return out


def date_from_text(text: str) -> str | None:
    """The first confidently parsed date in ``text`` as ISO ``yyyy-mm-dd``, or None.

    Understands "13 February 2025", "Thursday, 13th February, 2025", "13th-Feb-2025",
    "Tuesday, April 16, 2024", "2025-02-13" and UK day-first "12/09/2024".
    """
    found = _find_dates(text)
    return found[0][2] if found else None


def date_from_path(path: str) -> str | None:
    """A date stated in a file or folder name, preferring the file name, as ISO, or None.

    Handles "2025-02-13", "13th-Feb-2025", "12-september-2024", "April-16-2024",
    "9 January 2025 - County Council minutes.pdf", "CPP Minutes 10.12.24.pdf" and, failing those,
    a date spread over folders such as ``limerick/2024/01/22-Full Meeting``.
    """
    parts = [p for p in re.split(r"[\\/]+", path) if p]
    if not parts:
        return None
    name = re.sub(r"\.[A-Za-z][A-Za-z0-9]{0,4}$", "", parts[-1])
    for piece in [name] + parts[-2::-1]:
        found = _find_dates(piece.replace("_", " "), two_digit_years=True)
        if found:
            return found[0][2]
    found = _find_dates("/".join(parts[:-1]).replace("_", " "))
    return found[0][2] if found else None


_DATE_STRONG = re.compile(
    r"\b(?:held|meeting|minutes|summons|agenda|date\s*:|meeting\s*:)|(?:^|\n)\s*to\s*:|(?:^|\n)\s*(?-i:To)\s[^\n]*$",
    re.IGNORECASE,
)
_DATE_AFTER = re.compile(r"\b(?:meeting|minutes)\b", re.IGNORECASE)
_DATE_NEGATIVE = re.compile(
    r"\b(?:published|dated|deadline|circulated|pathway|letter|notice|received|referral)\b[^\n]{0,40}$"
    r"|\bminutes of (?:the )?(?:\w+ )?meetings?\b[^.]{0,80}?\bheld on\s*$"
    r"|\b(?:last|previous|next) (?:\w+ )?(?:meeting|mee\W*ng)\b[^\n]{0,40}$",
    re.IGNORECASE,
)
_URL = re.compile(r"\b(?:https?|ftp)://\S+|\bwww\.\S+")
_WEEKDAY_BEFORE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\W{0,3}$", re.IGNORECASE)
_LIST_LINE = re.compile(r"^\s*(?:\(?\d{1,2}[a-z]?[.)]|\(?[a-z]{1,2}\))\s")


def _meeting_date(pages: list[PageText], kind: str) -> str | None:
    """The date of the meeting the document is about, from its first page(s), or None.

    Each date on the first page is scored: meeting words just before it ("held on", "Meeting
    on", "Date:", "To: Cabinet –"), a weekday, and a place among the first heading lines count
    for it; "published", "dated", "minutes of the meeting held on" (an earlier meeting) and
    agenda list lines count against it.  The best date with enough evidence wins.
    """
    meeting_kind = kind in _MEETING_KINDS
    max_pages = 3 if meeting_kind else 1
    seen = 0
    for page in pages:
        text = page.text
        if not text.strip():
            continue
        # blank out markdown emphasis and links' addresses (their dates are the file's, not the
        # meeting's), keeping offsets
        head = _URL.sub(lambda m: " " * len(m.group(0)), text[:4000].replace("*", " "))
        best: tuple[int, int, str] | None = None
        for start, end, iso in _find_dates(head):
            if start <= 200:
                before = head[:start]
            else:
                cut = head.find("\n", start - 200)
                # from a line start when one is near, else a mid-line slice marked as such
                before = head[cut + 1 : start] if 0 <= cut < start else "\x00" + head[start - 200 : start]
            line_start = head.rfind("\n", 0, start) + 1
            line_end = head.find("\n", end)
            same_line = head[line_start:start]
            after = head[end : (line_end if line_end != -1 else len(head))][:60]
            score = 0
            if _DATE_STRONG.search(before):
                score += 3
            if _DATE_AFTER.search(after):
                score += 2
            if _WEEKDAY_BEFORE.search(before):
                score += 2
            if _DATE_NEGATIVE.search(before):
                score -= 4
            if _LIST_LINE.match(same_line) and re.search(r"minutes|held|meeting", same_line, re.IGNORECASE):
                score -= 4
            if seen == 0:
                line_no = sum(
                    1 for ln in head[:line_start].split("\n") if ln.strip() and not _JUNK_LINE.match(ln.strip())
                )
                if line_no < 3:
                    score += 3 if meeting_kind else 1
                elif line_no < 8 and meeting_kind:
                    score += 1
            cand = (score, -start, iso)
            if score >= 2 and (best is None or cand > best):
                best = cand
        if best is not None:
            return best[2]
        seen += 1
        if seen >= max_pages:
            break
    return None


# --------------------------------------------------------------------------------------------
# Kind, committee, title
# --------------------------------------------------------------------------------------------

_KIND_FROM_NAME: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("decision_notice", re.compile(r"decision notice|\bdecisions \d|record of decision")),
    ("report", re.compile(r"\bprod\b")),
    ("questions", re.compile(r"\bquestions\b")),
    ("statements", re.compile(r"\bstatements\b")),
    ("forward_plan", re.compile(r"forward plan")),
    ("eqia", re.compile(r"\beqia\b|equality impact")),
    (
        "constitution",
        re.compile(
            r"constitution|\bpart \d( \d)?\b|terms of reference|delegation|standing orders"
            r"|financial regulations|procedure rules"
        ),
    ),
    ("minutes", re.compile(r"\bminutes\b")),
    ("agenda", re.compile(r"\bagenda\b|reports pack|\bsummons\b")),
    ("budget", re.compile(r"\bbudget\b(?! (?:committee|meeting))")),
    ("report", re.compile(r"\breports?\b|\bcover\b|\bcovering\b")),
)

_KIND_FROM_TEXT: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("decision_notice", re.compile(r"decision recording form|decision notice|record of decision", re.IGNORECASE)),
    ("questions", re.compile(r"^\s*(?:public\s+)?questions?\b(?:\s+\d|\s+and\s+|\s+put)", re.IGNORECASE | re.MULTILINE)),
    ("statements", re.compile(r"^\s*statements?\s+(?:to\b|\d)", re.IGNORECASE | re.MULTILINE)),
    ("forward_plan", re.compile(r"^\s*forward plan\b", re.IGNORECASE | re.MULTILINE)),
    ("eqia", re.compile(r"equality impact assessment|eqia submission", re.IGNORECASE)),
    (
        "report",
        re.compile(
            r"^\s*(?:subject|report\s+to)\s*:|committee report|purpose of (?:the )?report|^\s*report to\b",
            re.IGNORECASE | re.MULTILINE,
        ),
    ),
    ("minutes", re.compile(r"\bminutes\b|called to order|motion passed", re.IGNORECASE | re.MULTILINE)),
    ("agenda", re.compile(r"\bagenda\b|\bsummons\b", re.IGNORECASE)),
    ("constitution", re.compile(r"constitution|standing orders|terms of reference", re.IGNORECASE)),
    ("budget", re.compile(r"\bbudget\b", re.IGNORECASE)),
)


def _kind(filename: str, first_text: str) -> str:
    """Document kind from the file name first, then from the first page's text."""
    base = re.split(r"[\\/]", filename)[-1].lower()
    base = re.sub(r"\.[a-z0-9]{1,5}$", "", base)
    base = re.sub(r"[_\-]+", " ", base)
    for kind, rx in _KIND_FROM_NAME:
        if rx.search(base):
            return kind
    head = first_text[:2500]
    nonblank = [ln for ln in head.split("\n") if ln.strip()]
    top, heading = "\n".join(nonblank[:15]), "\n".join(nonblank[:3])
    for kind, rx in _KIND_FROM_TEXT:
        if kind in ("report", "decision_notice", "questions"):
            window = head
        else:
            window = heading if kind == "budget" else top
        if rx.search(window):
            return kind
    if re.search(r"called to order|motion passed|^\s*minutes\s*:", head, re.IGNORECASE | re.MULTILINE):
        return "minutes"
    return "document"


_BODY_WORD = (
    r"(?:Sub-?Committee|Committee|Council|Cabinet|Commission|Panel|Board|Authority|Forum|Assembly"
    r"|Executive|Parish Meeting|Partnership)"
)
_BODY_END = re.compile(_BODY_WORD + r"$|^Municipal District of \S+(?: \S+)?$", re.IGNORECASE)
_NOT_BODY_START = re.compile(
    r"^(?:agenda|summons|minutes|question|statement|public|notice|report|decision|dear|to|from)\b|^\d"
    r"|^(?:sub-?committee|committee|panel|board|commission|authority|forum|assembly|executive|partnership)$",
    re.IGNORECASE,
)
_SMALL_WORDS = frozenset({"and", "of", "the", "for", "in", "on", "to", "a", "an", "at", "by", "with"})


def _smart_case(s: str) -> str:
    """Title-case a string written in capitals; leave mixed-case text alone."""
    letters = [c for c in s if c.isalpha()]
    if not letters or any(c.islower() for c in letters):
        return s
    words = s.lower().split(" ")
    out = []
    for i, w in enumerate(words):
        if i > 0 and w in _SMALL_WORDS:
            out.append(w)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in w.split("-")))
    return " ".join(out)


def _clean_body(raw: str) -> str | None:
    """Normalise a candidate committee name; None unless it looks like a meeting body."""
    s = re.sub(r"\s+", " ", raw.replace("&nbsp;", " ")).strip(" ,.;:-–—")
    s = re.sub(r"^(?:to\s+)?(?:the|a|an)\s+|^to\s+", "", s, flags=re.IGNORECASE)
    cut = _find_dates(s)
    if cut:
        s = s[: cut[0][0]].strip(" ,.;:-–—")
    s = re.sub(r"\s+(?:held|on|at|was|will|which|meeting|to be)\b.*$", "", s, flags=re.IGNORECASE)
    s = re.sub(r"[\s,\-–—]+(?:mon|tues|wednes|thurs|fri|satur|sun)day$", "", s, flags=re.IGNORECASE)
    s = _smart_case(s.strip(" ,.;:-–—"))
    if re.search(r"parish$", s, re.IGNORECASE) and re.search(r"parish meeting", raw, re.IGNORECASE):
        s += " Meeting"
    if not s or len(s) > 100 or len(s.split()) > 14:
        return None
    if not _BODY_END.search(s) or _NOT_BODY_START.match(s):
        return None
    if any(w[:1].islower() and w.lower() not in _SMALL_WORDS for w in s.split()):
        return None
    if re.search(r"\b(?:members?|leaders?|dear|chairman|mayor|officers?)\b", s, re.IGNORECASE):
        return None
    return s


_COMMITTEE_FLAT: tuple[re.Pattern[str], ...] = (
    re.compile(r"\bdecision determined at (?:the )?(.{3,120}?) meeting on\b", re.IGNORECASE),
    re.compile(r"\bmeeting of (?:the )?(municipal district of [\w\-]+(?: [\w\-]+)??)\s+(?:held|in|at|on)\b", re.IGNORECASE),
    re.compile(r"\bmeeting:\s*\S+\s*-\s*(.{3,100}?)\s*\(item", re.IGNORECASE),
    re.compile(r"\bminutes of (?:a|the) (?:\w+ )?meeting of (?:the )?(.{3,120}?) (?:held|which|on)\b", re.IGNORECASE),
    re.compile(
        r"\b(?:(?:a|an|the|attend) )?(?:regular |special |ordinary |extraordinary |annual |budget |inaugural "
        r"|adjourned )?meeting of (?:the )?(.{3,120}?) (?:was|will be|is to be|to be|is) held\b",
        re.IGNORECASE,
    ),
    re.compile(r"\bminutes of (?:proceedings at )?(?:the )?(?:\w+ )?meeting of (?:the )?(.{3,120}?) held\b", re.IGNORECASE),
    re.compile(r"\bminutes of (?:the )?(.{3,160})", re.IGNORECASE),
    re.compile(r"\bmeeting of (?:the )?(.{3,120}?) held\b", re.IGNORECASE),
)
_FRONT_TITLE = re.compile(r"^title:\s*(.+)$", re.MULTILINE)
_TO_LINE = re.compile(r"^\s*(?:report\s+)?to\s*:\s*(.*)$|^\s*committee\s*:\s*(.*)$", re.IGNORECASE)


def _committee_in(first_text: str, kind: str) -> str | None:
    """The meeting body named on one page's text, or None."""
    head = first_text[:3500]
    m = _FRONT_TITLE.search(head[:600])
    if m:
        t = m.group(1)
        mm = re.search(r"meeting of (?:the )?(.+)$", t, re.IGNORECASE) or re.search(
            r"(?:\d+(?:st|nd|rd|th)\s+)?(?:special\s+)?(.+?)\s+meeting\b", t, re.IGNORECASE
        )
        if mm:
            body = _clean_body(mm.group(1))
            if body:
                return body
    flat = re.sub(r"\s+", " ", head.replace("*", " "))[:2500]
    found: list[tuple[int, int, str]] = []
    for k, rx in enumerate(_COMMITTEE_FLAT):
        for m in rx.finditer(flat):
            body = _clean_body(m.group(1))
            if body:
                found.append((m.start(), k, body))
                break
    m = re.search(r"\bmeeting\s*[-–—]\s*((?:[A-Z][\w&'’-]*|and|of|the|for|&)(?:\s+(?:[A-Z][\w&'’-]*|and|of|the|for|&)){0,14})", flat)
    if m:
        ends = list(re.finditer(_BODY_WORD, m.group(1)))
        if ends:
            body = _clean_body(m.group(1)[: ends[-1].end()])
            if body:
                found.append((m.start(), len(_COMMITTEE_FLAT), body))
    if found:
        return min(found)[2]
    lines = [ln.strip() for ln in head.split("\n")]
    nonblank = [ln for ln in lines if ln]
    # "REPORT TO: X" / "To: Cabinet – 30 January 2025" / "COMMITTEE: Transport ... Committee"
    for i, ln in enumerate(nonblank[:40]):
        m = _TO_LINE.match(ln)
        if m:
            value = (m.group(1) if m.group(1) is not None else m.group(2) or "").strip()
            if not value and i + 1 < len(nonblank):
                value = nonblank[i + 1]
            value = re.split(r"\s[–—-]\s|,|\bDate\s*:", value)[0]
            body = _clean_body(value)
            if body:
                return body
    # a heading line just above "MINUTES" / below "AGENDA", or "X – 10th December 2024"
    for i, ln in enumerate(nonblank[:15]):
        low = ln.lower()
        if re.fullmatch(r"(?:regular |special |annual )?(?:meeting )?minutes", low) and i > 0:
            body = _clean_body(nonblank[i - 1])
            if body:
                return body
        if low == "agenda" and i + 1 < len(nonblank):
            body = _clean_body(nonblank[i + 1])
            if body:
                return body
        dm = _find_dates(ln)
        if dm and dm[0][0] > 3:
            part = ln[: dm[0][0]]
            if i > 0 and not re.search(r"[.:;]$", nonblank[i - 1]) and not re.match(r"(?i)to\b", part):
                body = _clean_body(re.split(r",", nonblank[i - 1] + " " + part)[0])
                if body:
                    return body
            body = _clean_body(part)
            if body:
                return body
    if kind in _MEETING_KINDS:
        for i, ln in enumerate(nonblank[:12]):
            if ":" in ln or re.match(r"(?:to|from|dear|by)\b", ln, re.IGNORECASE):
                continue
            body = _clean_body(ln)
            if body is None and i + 1 < len(nonblank) and len(ln.split()) >= 2:
                body = _clean_body(re.split(r",", ln + " " + nonblank[i + 1])[0])
            if body:
                return body
    return None


def _committee(pages: list[PageText], kind: str) -> str | None:
    """The meeting body the document is about, from its first page (second, for meeting kinds)."""
    texts = [p.text for p in pages if p.text.strip()][: 2 if kind in _MEETING_KINDS else 1]
    for text in texts:
        body = _committee_in(text, kind)
        if body:
            return body
    return None


_JUNK_LINE = re.compile(
    r"^(?:p\s*a\s*g\s*e\b.*|page \d+.*|\d+|official|version .*|template approved.*|\[original .*|---+"
    r"|\*<small>.*|parish clerk.*|issue - meetings|agenda item|draft version|item no|\W+"
    r"|(?:tel|mobile|e-?mail|direct dial|ask for|dear)\b.*|date\s*:.*|.*\b[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}\b.*)$",
    re.IGNORECASE,
)


def _title(first_text: str) -> str | None:
    """A short title: front matter, "Subject:" / "Title:", else the first meaningful line."""
    head = first_text[:3000]
    m = _FRONT_TITLE.search(head[:600])
    if m:
        return m.group(1).strip() or None
    lines = [ln.strip() for ln in head.split("\n")]
    nonblank = [ln for ln in lines if ln]
    for i, ln in enumerate(nonblank[:40]):
        m2 = re.match(r"^(?:subject|title)\s*:\s*(.*)$", ln, re.IGNORECASE)
        if m2:
            value = m2.group(1).strip()
            if not value and i + 1 < len(nonblank):
                value = nonblank[i + 1]
            value = re.sub(r"\s+", " ", value).strip()
            if value:
                return value[:150]
    for ln in nonblank[:15]:
        if "@" in ln or _JUNK_LINE.match(ln):
            continue
        if sum(c.isalpha() for c in ln) < 3:
            continue
        return re.sub(r"\s+", " ", ln)[:150]
    return None


# --------------------------------------------------------------------------------------------
# Agenda items
# --------------------------------------------------------------------------------------------


@dataclass
class _Line:
    start: int  # offset of the line in the joined text
    text: str  # the line without its newline
    strip: str


@dataclass
class _Cand:
    start: int  # offset where the item's section begins
    num: tuple[int, ...]
    item_number: str
    title: str
    minute_number: str | None = None
    style: int = 0  # which numbering style produced it (a switch mid-chain costs)


def _split_lines(text: str) -> list[_Line]:
    out: list[_Line] = []
    pos = 0
    for raw in text.split("\n"):
        out.append(_Line(pos, raw, raw.strip()))
        pos += len(raw) + 1
    return out


def _next_nonblank(lines: list[_Line], i: int, limit: int = 3) -> int | None:
    j = i + 1
    while j < len(lines) and j <= i + limit:
        if lines[j].strip:
            return j
        j += 1
    return None


_MONTH_START = re.compile(_MONTH + r"\s*,?\s*\d", re.IGNORECASE)
_ENDS_MID = re.compile(
    r"(?:[,;]|\b(?:and|or|of|to|the|a|an|for|with|in|on|by|be|that|which|from|as|at|is|are|was|were|has"
    r"|have|will|would|should|this|their|its|our))$",
    re.IGNORECASE,
)
_SENTENCE_INSIDE = re.compile(r"[a-z]{3,}[.!?] +[A-Z]")
_FINITE_VERB = re.compile(r"\b(?:would|should|shall|be|was|were|had|been|did)\b", re.IGNORECASE)


def _plausible_title(title: str, max_words: int = 16) -> bool:
    """Does a numbered line read like an agenda-item heading rather than a sentence or table row?"""
    t = title.strip()
    if not t or len(t) > 160:
        return False
    if not (t[0].isupper() or re.match(r"(?:\d{2}/\d{3,5}|(?:19|20)\d\d(?:/\d\d(?:\d\d)?)?)\s+\S", t) or t[0] in "“\"'"):
        return False
    words = t.split()
    if len(words) > max_words:
        return False
    letters = sum(c.isalpha() for c in t)
    if letters < 3 or letters < 0.5 * len(t.replace(" ", "")):
        return False
    if _MONTH_START.match(t):
        return False
    if _ENDS_MID.search(t.rstrip(" .:")) and not t.rstrip().endswith(":"):
        return False
    if _SENTENCE_INSIDE.search(t):
        return False
    if _FINITE_VERB.search(t) or re.match(r"(?:that|whereas)\b", t, re.IGNORECASE):
        return False  # motion wording, not a heading
    return not (t.endswith(".") and len(words) > 5)


def _join_title(lines: list[_Line], i: int, first: str) -> str:
    """A heading title, plus the next line when the heading visibly wraps onto it."""
    title = first
    j = i + 1
    if j < len(lines):
        nxt = lines[j].strip
        if nxt and len(nxt.split()) <= 8 and not re.match(r"^\(?\d", nxt):
            wraps_lower = nxt[0].islower()
            wraps_caps = title.isupper() and nxt.isupper() and len(title) > 25
            if wraps_lower or wraps_caps:
                title = title + " " + nxt
    return re.sub(r"\s+", " ", title).strip()


def _heading_title(lines: list[_Line], i: int, first: str, max_words: int = 16) -> str | None:
    """The title of a numbered heading line, or None when the line reads like prose.

    Tries the line with its visible wrap, then the line alone, then the part before " - "
    ("Public Participation - to receive submissions from ..." -> "Public Participation").
    """
    joined = _join_title(lines, i, first)
    parts = re.split(r"\s[-–—]\s+", joined, maxsplit=1)
    if len(parts) == 2 and parts[1][:1].islower() and len(joined.split()) > 6:
        head = parts[0].strip()
        if len(head.split()) <= 8 and _plausible_title(head):
            return head  # "Declarations of Interest - to receive any declarations of interest from ..."
    colon = re.split(r":\s+", joined, maxsplit=1)
    if len(colon) == 2 and len(colon[1].split()) >= 5 and len(colon[0].split()) <= 6 and _plausible_title(colon[0]):
        return colon[0].strip()  # "Parking: Inconsiderate parking is an ongoing problem ..."
    if _plausible_title(joined, max_words):
        return joined
    line = re.sub(r"\s+", " ", first).strip()
    if joined != line and _plausible_title(line, max_words):
        return line
    head = re.split(r"\s[-–—]\s", line, maxsplit=1)[0].strip()
    if head != line and len(head.split()) <= 8 and _plausible_title(head, max_words):
        return head
    return None


_ITEM_PAREN = re.compile(r"^\(Item\s+(\d+[A-Za-z]?)\)$", re.IGNORECASE)
_MINUTE_NO = re.compile(r"^(\d{1,4})\.\s+(\S.*)$")


def _cands_kent(lines: list[_Line]) -> list[_Cand]:
    """Kent ModernGov minutes: title line(s), optionally "286.", then "(Item N)" on its own line."""
    out: list[_Cand] = []
    for i, ln in enumerate(lines):
        m = _ITEM_PAREN.match(ln.strip)
        if not m:
            continue
        j = i - 1
        skipped = 0
        while j >= 0 and not lines[j].strip and skipped < 12:
            j -= 1
            skipped += 1
        if j < 0 or not lines[j].strip:
            continue
        if _ITEM_PAREN.match(lines[j].strip):
            continue
        block = [j]
        k = j - 1
        while k >= 0 and lines[k].strip and len(block) < 4 and not _ITEM_PAREN.match(lines[k].strip):
            block.insert(0, k)
            k -= 1
        top = None
        for idx in block:
            if _MINUTE_NO.match(lines[idx].strip):
                top = idx
        if top is None:
            # no minute number: the title is the run of lines just above, back to a sentence end
            top = block[-1]
            for idx in reversed(block[:-1]):
                if _TERMINAL.search(lines[idx].strip) or block[-1] - idx >= 3:
                    break
                top = idx
        minute = None
        first = lines[top].strip
        mm = _MINUTE_NO.match(first)
        if mm:
            minute, first = mm.group(1), mm.group(2)
        title_lines = [first] + [lines[x].strip for x in block if x > top]
        title = re.sub(r"\s+", " ", " ".join(title_lines)).strip()
        num_src = minute if minute else re.sub(r"\D", "", m.group(1))
        out.append(_Cand(lines[top].start, (int(num_src),), m.group(1), title, minute))
    # keep minute numbers increasing (a stray repeat would otherwise split an item)
    kept: list[_Cand] = []
    for c in out:
        rising = not kept or c.minute_number is None or kept[-1].minute_number is None or c.num > kept[-1].num
        if rising and (not kept or c.start > kept[-1].start):
            kept.append(c)
    return kept


_MD_HEAD = re.compile(r"^#{1,6}\s+(\d+(?:\.\d+)*)\.?(?:\s|&nbsp;)+(.+?)\s*#*\s*$")
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def _cands_md(lines: list[_Line]) -> list[_Cand]:
    """Markdown headings that carry an item number: "# 1.&nbsp;&nbsp;&nbsp;Title", "## 2.1 Title"."""
    out: list[_Cand] = []
    for ln in lines:
        m = _MD_HEAD.match(ln.strip)
        if not m:
            continue
        title = _MD_LINK.sub(r"\1", m.group(2).replace("&nbsp;", " "))
        title = re.sub(r"[*_`]+", "", re.sub(r"\s+", " ", title)).strip()
        num = tuple(int(x) for x in m.group(1).split("."))
        out.append(_Cand(ln.start, num, m.group(1), title))
    return out


_SUBJECT = re.compile(r"^\(a\)\s*Subject\s*:\s*(.*)$", re.IGNORECASE)
_AGENDA_ITEM = re.compile(r"^\(agenda item\s+(\d+[A-Za-z]?)\)", re.IGNORECASE)


def _cands_decision(lines: list[_Line]) -> list[_Cand]:
    """Bristol decision notices: "(a) Subject: Title" ... "(agenda item N)"."""
    out: list[_Cand] = []
    for i, ln in enumerate(lines):
        m = _SUBJECT.match(ln.strip)
        if not m:
            continue
        title_parts = [m.group(1).strip()]
        number = None
        for j in range(i + 1, min(i + 5, len(lines))):
            am = _AGENDA_ITEM.match(lines[j].strip)
            if am:
                number = am.group(1)
                break
            if lines[j].strip:
                title_parts.append(lines[j].strip)
        if number is None:
            continue
        start = ln.start
        for j in range(i - 1, max(i - 4, -1), -1):
            if re.match(r"deadline for escalation", lines[j].strip, re.IGNORECASE):
                start = lines[j].start
                break
        digits = re.sub(r"\D", "", number)
        title = re.sub(r"\s+", " ", " ".join(p for p in title_parts if p)).strip()
        out.append(_Cand(start, (int(digits),), number, title))
    return out


_QS = re.compile(r"^(Question|Statement)\s+(\d{1,3})\b\s*(?:[–—-]\s*(.*))?$")


def _cands_qs(lines: list[_Line]) -> list[_Cand]:
    """Questions and statements packs: "Question 1 – Name", "Statement 3 – Name"."""
    out: list[_Cand] = []
    for ln in lines:
        m = _QS.match(ln.strip)
        if not m or len(ln.strip) > 100:
            continue
        out.append(_Cand(ln.start, (int(m.group(2)),), m.group(2), re.sub(r"\s+", " ", ln.strip)))
    return _best_chain(out)


_SOULDERN = re.compile(r"^(\d{2})\.(\d{2})\.(\d{2})\s+(\S.*)$")


def _cands_minute_ref(lines: list[_Line]) -> list[_Cand]:
    """Parish minutes numbered month.year.item: "11.17.01 Apologies" (one prefix per meeting)."""
    raw: list[tuple[str, _Cand]] = []
    for i, ln in enumerate(lines):
        m = _SOULDERN.match(ln.strip)
        if not m:
            continue
        # the numbering itself is distinctive, so the title only has to be words
        title = _join_title(lines, i, m.group(4).strip())
        if sum(c.isalpha() for c in title) < 3:
            continue
        head = re.split(r"\s[-–—]\s", title, maxsplit=1)[0].strip()
        if head != title and len(title.split()) > 6 and head:
            title = head
        prefix = m.group(1) + "." + m.group(2)
        ref = prefix + "." + m.group(3)
        raw.append((prefix, _Cand(ln.start, (int(m.group(3)),), str(int(m.group(3))), title, ref)))
    if not raw:
        return []
    counts: dict[str, int] = {}
    for p, _ in raw:
        counts[p] = counts.get(p, 0) + 1
    main = max(counts, key=lambda p: counts[p])
    return _best_chain([c for p, c in raw if p == main])


_DOT = re.compile(r"^(\d{1,2})\.(?:\s+(\S.*))?$")
_NODOT = re.compile(r"^([1-9]\d?)\s+(\S.*)$")


def _numbered_lines(lines: list[_Line], dotted: bool) -> tuple[list[_Cand], list[_Cand]]:
    """Plain numbered item lines: "1. Apologies" / "1.\\n\\nTitle" (dotted) or "1 Welcome" (not).

    Returns (strong, weak): lines whose title reads like a heading, and numbered lines whose
    title reads less well ("3. Minutes of the meeting held on ... and, if in order, to be").
    """
    strong: list[_Cand] = []
    weak: list[_Cand] = []
    rx = _DOT if dotted else _NODOT
    style = 1 if dotted else 2
    for i, ln in enumerate(lines):
        m = rx.match(ln.strip)
        if not m:
            continue
        first = m.group(2)
        title_at = i
        if first is None:  # "1." alone, title on the next non-blank line (Limerick)
            j = _next_nonblank(lines, i, 3)
            if j is None:
                continue
            first, title_at = lines[j].strip, j
        n = int(m.group(1))
        if n == 0:
            continue
        first = _PAGES_REF.sub("", first.strip())
        title = _heading_title(lines, title_at, first)
        if title is not None:
            strong.append(_Cand(ln.start, (n,), str(n), _PAGES_REF.sub("", title).rstrip(" -–—"), style=style))
        elif first[:1].isupper() and not _MONTH_START.match(first) and len(first) <= 200:
            weak.append(_Cand(ln.start, (n,), str(n), re.sub(r"\s+", " ", first), style=style))
    return strong, weak


def _numbered_chain(strong: list[_Cand], weak: list[_Cand]) -> list[_Cand]:
    """The item chain over numbered lines; a weak line is taken when its number is exactly the
    one missing between two accepted neighbours."""
    chain = _best_chain(sorted(strong, key=lambda c: c.start), strict=True)
    if len(chain) < 2 or not weak:
        return chain
    weak = sorted(weak, key=lambda c: c.start)
    lead: list[_Cand] = []
    bound = chain[0].start
    for want in range(chain[0].num[0] - 1, 0, -1):  # "1. To receive apologies ... (the meeting will be"
        found = [w for w in weak if w.start < bound and w.num[0] == want]
        if not found:
            break
        lead.insert(0, found[-1])
        bound = found[-1].start
    filled: list[_Cand] = lead + [chain[0]]
    for a, b in pairwise(chain):
        want = a.num[0] + 1
        pos = a.start
        for w in weak:
            if want >= b.num[0]:
                break
            if pos < w.start < b.start and w.num[0] == want:
                filled.append(w)
                want += 1
                pos = w.start
        filled.append(b)
    return filled


_PAGES_REF = re.compile(r"\s*\(Pages?\b[^)]*\)?\s*$", re.IGNORECASE)


#: more candidate headings than this in one style is a table or a list, not an agenda
_MAX_CANDIDATES = 1500


def _best_chain(cands: list[_Cand], strict: bool = False) -> list[_Cand]:
    """The most plausible increasing run of item numbers among candidate headings.

    Numbers must rise.  A jump (6 -> 10) is refused when a skipped number (7, 8, 9) still turns
    up later in the document: then the "10" is a numbered list (statements, names), not the next
    item.  Runs that start high or leave gaps score lower.
    """
    cands = cands[:_MAX_CANDIDATES]
    n = len(cands)
    if n == 0:
        return []
    nums = [c.num[0] for c in cands]
    # the distinct numbers that occur after index i, sorted: for the "turns up later" rule
    later: list[list[int]] = [[] for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        nxt_list = later[i + 1]
        pos = bisect_left(nxt_list, nums[i])
        if pos < len(nxt_list) and nxt_list[pos] == nums[i]:
            later[i] = nxt_list
        else:
            later[i] = nxt_list[:pos] + [nums[i]] + nxt_list[pos:]

    def allowed(prev_num: int, after_index: int, nxt: int) -> bool:
        if not strict or nxt == prev_num + 1:
            return True
        pool = later[after_index]
        k = bisect_right(pool, prev_num)
        return k >= len(pool) or pool[k] >= nxt

    best: list[float] = [float("-inf")] * n
    back: list[int] = [-1] * n
    for i in range(n):
        # start a run here
        start_pen = min(0.3 * (nums[i] - 1), 2.5)
        if allowed(0, i + 1, nums[i]) or not strict:
            best[i] = 1.0 - start_pen
        for j in range(i):
            if nums[j] >= nums[i] or best[j] == float("-inf"):
                continue
            if not allowed(nums[j], j + 1, nums[i]):
                continue
            gap = nums[i] - nums[j] - 1
            score = best[j] + 1.0 - 0.3 * min(gap, 10) - (1.5 if cands[j].style != cands[i].style else 0.0)
            if score > best[i]:
                best[i], back[i] = score, j
    end = max(range(n), key=lambda k: (best[k], -k))
    if best[end] == float("-inf"):
        return []
    chain: list[_Cand] = []
    k = end
    while k != -1:
        chain.append(cands[k])
        k = back[k]
    chain.reverse()
    return chain


_MG_MEETING = re.compile(r"^Meeting:\s*.+\(Item\s+(\d+[A-Za-z]?)\)\s*$")
_MG_SIZE = re.compile(r"\s*(?:pdf icon\s*)?PDF\s+[\d.]+\s*[KM]B\s*$", re.IGNORECASE)


def _cands_moderngov(lines: list[_Line]) -> list[_Cand]:
    """A ModernGov item page: "Meeting: 13/10/2020 - Cabinet (Item 321)" then "321 Title PDF 2 MB"."""
    for i, ln in enumerate(lines[:40]):
        m = _MG_MEETING.match(ln.strip)
        if not m:
            continue
        number = m.group(1)
        for j in range(i + 1, min(len(lines), i + 6)):
            s = lines[j].strip
            if s.startswith(number + " "):
                title = _MG_SIZE.sub("", s[len(number) :]).strip()
                if title:
                    digits = re.sub(r"\D", "", number)
                    return [_Cand(lines[j].start, (int(digits),), number, title)]
    return []


def _choose_items(lines: list[_Line], kind: str, first_text: str) -> list[_Cand]:
    """Pick the heading style that explains the document best and return its items.

    Explicit formats (Kent "(Item N)", Markdown "# 1.", decision-notice "(agenda item N)") are
    trusted in any document.  Plain numbered lines are only read as items in minutes and
    agendas; reports, constitutions and the like keep their numbered paragraphs in one section.
    """
    options: list[tuple[float, list[_Cand]]] = []
    mg = _cands_moderngov(lines)
    if mg:
        options.append((4.0, mg))
    kent = _cands_kent(lines)
    if kent:
        options.append((3.0 * len(kent) + 1, kent))
    md = _cands_md(lines)
    if md:
        options.append((3.0 * len(md) + 1, md))
    dec = _cands_decision(lines)
    if dec:
        options.append((3.0 * len(dec) + 1, dec))
    qs = _cands_qs(lines)
    if qs and (kind in ("questions", "statements") or len(qs) >= 2):
        options.append((2.0 * len(qs), qs))
    if kind in ("questions", "statements") or kind in _CONSERVATIVE_KINDS:
        return max(options, key=lambda o: o[0])[1] if options else []
    ref = _cands_minute_ref(lines)
    if len(ref) >= 2:
        options.append((2.0 * len(ref), ref))
    if kind in ("minutes", "agenda"):
        dot_strong, dot_weak = _numbered_lines(lines, dotted=True)
        plain_strong, plain_weak = _numbered_lines(lines, dotted=False)
        for strong, weak in (
            (dot_strong, dot_weak),
            (plain_strong, plain_weak),
            (dot_strong + plain_strong, dot_weak + plain_weak),  # a document that switches style
        ):
            chain = _numbered_chain(strong, weak)
            if len(chain) >= 2:
                switches = sum(1 for x, y in pairwise(chain) if x.style != y.style)
                options.append((len(chain) - 0.2 * (chain[0].num[0] - 1) - 1.5 * switches, chain))
    if not options:
        return []
    return max(options, key=lambda o: o[0])[1]


# --------------------------------------------------------------------------------------------
# Decision blocks
# --------------------------------------------------------------------------------------------

_R_MOTION = re.compile(r"^R\d{4}-\d{1,4}\b")
_MOVED = re.compile(r"^>?\s*(?:Moved by|Motion made by)\b", re.IGNORECASE)
# a verdict closes the motion; "Carried" / "Defeated" end their line ("... as published.  Carried.")
_PASSED = re.compile(r"Motion Passed|\b(?:Carried|CARRIED)\b[.!]?\s*$")
_FAILED = re.compile(r"Motion Failed|\b(?:Defeated|DEFEATED|Lost|LOST)\b[.!]?\s*$")
_PREFIX = r"(?:\(?\d{1,3}[a-z]?[.)]\s*|\(\d{1,3}\)\s*|\(?[a-z]{1,2}[.)]\s*|\([ivx]{1,5}\)\s*|[•*\-–]\s*)?"
_TRIGGERS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^" + _PREFIX + r".{0,60}?\bRESOLVED\b"),
    re.compile(r"^" + _PREFIX + r"(?:And\s+|and\s+)?Resolved\b\s*(?::|that\b|,|to\b)"),
    re.compile(r"^" + _PREFIX + r"AGREED\b(?!\s+unanimously)"),
    re.compile(r"^" + _PREFIX + r"Agreed\s*(?::|that\b|to\b|[-–]\s)"),
    re.compile(r"^" + _PREFIX + r"(?:DECISION|Decision)\s*(?::|taken\b)"),
    re.compile(r"^" + _PREFIX + r"RESULT:\s*(?:APPROVED|ADOPTED|CARRIED|PASSED|ACCEPTED|RECEIVED)"),
)
_IT_WAS = re.compile(
    r"\b(?:(?:And|and)\s+)?(?:It|it)\s+was\s+(?:unanimously\s+|further\s+|therefore\s+)?"
    r"(?:RESOLVED|resolved|AGREED|agreed|APPROVED)\b"
)
_BE_DECISION = re.compile(
    r"\bBE (?:APPROVED|RECEIVED|NOTED|ADOPTED|AUTHORIZED|AUTHORISED|DIRECTED|REFERRED|INTRODUCED|ENACTED"
    r"|ENDORSED|REQUESTED|ACCEPTED|APPOINTED|FIXED|ESTABLISHED|AMENDED|GRANTED|REFUSED|DEFERRED|RATIFIED)\b"
)
_LIST_MARK = re.compile(
    r"^(?P<m>\(\d{1,3}[a-z]?\)|\d{1,3}[a-z]?\.(?=\s)|\d{1,3}[a-z]?\)|\([a-z]{1,2}\)|[a-z]{1,2}\.(?=\s)"
    r"|[a-z]{1,2}\)|\([ivx]{1,5}\)|[ivx]{1,5}\.(?=\s)|[•*▪●◦–—-](?=\s))"
)
_TERMINAL = re.compile(r"[.!?][\"”’')]*$")


def _mark_type(s: str) -> str | None:
    m = _LIST_MARK.match(s)
    if not m:
        return None
    t = m.group("m")
    if t[0] in "•*▪●◦–—-":
        return "bullet"
    core = t.strip("().")
    kind = "num" if core[:1].isdigit() else "alpha"
    if t.startswith("("):
        return kind + "()"
    return kind + (")" if t.endswith(")") else ".")


def _mark_value(s: str) -> int:
    """The ordinal of a paragraph mark: "(4)" -> 4, "d)" -> 4, "12." -> 12; 0 when unknown."""
    m = _LIST_MARK.match(s)
    if not m:
        return 0
    core = re.sub(r"[^0-9a-z]", "", m.group("m").lower())
    digits = re.match(r"\d+", core)
    if digits:
        return int(digits.group(0))
    return ord(core[0]) - ord("a") + 1 if len(core) == 1 else 0


def _is_trigger(s: str) -> re.Match[str] | None:
    for rx in _TRIGGERS:
        m = rx.match(s)
        if m:
            return m
    return None


def _resolutions(text: str) -> list[str]:
    """Decision blocks inside one section's text, in order of appearance."""
    lines = _split_lines(text)
    n = len(lines)
    taken = [False] * n
    blocks: list[tuple[int, int]] = []
    lengths = sorted(len(ln.strip) for ln in lines if ln.strip)
    width = lengths[int(0.9 * (len(lengths) - 1))] if lengths else 0

    def line_end(i: int) -> int:
        return lines[i].start + len(lines[i].text)

    # 1. motions that end in a verdict: "R2024-089 ...: That ... Carried." / "Moved by ... Motion Passed"
    for i in range(n):
        s = lines[i].strip
        if taken[i] or not (_R_MOTION.match(s) or _MOVED.match(s)):
            continue
        is_r = bool(_R_MOTION.match(s))
        verdict_line = None
        failed = False
        for j in range(i, min(n, i + (60 if is_r else 250))):
            sj = lines[j].strip
            if j > i and ((is_r and _R_MOTION.match(sj)) or (not is_r and _MOVED.match(sj))):
                break
            if _MD_HEAD.match(sj):
                break
            pm = _PASSED.search(sj) if is_r or "Motion" in sj else None
            if pm:
                verdict_line = (j, line_end(j))
                break
            if _FAILED.search(sj) and (is_r or "Motion" in sj):
                failed = True
                verdict_line = (j, line_end(j))
                break
        if verdict_line is None:
            continue
        j_end, end_off = verdict_line
        for k in range(i, j_end + 1):
            taken[k] = True
        if failed:
            continue
        start_i = i
        if not is_r:
            for k in range(i + 1, j_end + 1):
                if lines[k].strip.startswith("That"):
                    start_i = k
                    break
        blocks.append((lines[start_i].start, end_off))

    # 2. blocks that open with RESOLVED / AGREED / It was resolved / Decision: / RESULT: APPROVED
    i = 0
    while i < n:
        s = lines[i].strip
        if taken[i] or not s:
            i += 1
            continue
        start_off: int | None = None
        if _is_trigger(s):
            start_off = lines[i].start + (len(lines[i].text) - len(lines[i].text.lstrip()))
        else:
            mw = _IT_WAS.search(s)
            if mw:
                at = lines[i].start + (len(lines[i].text) - len(lines[i].text.lstrip())) + mw.start()
                if s[: mw.start()].strip() or s[mw.start()].islower():
                    # mid-sentence ("After a discussion it was agreed ..."): from the sentence start
                    floor = max((end for _, end in blocks if end <= at), default=0)
                    start_off = _sentence_start(text, at, floor)
                else:
                    start_off = at
        if start_off is None:
            i += 1
            continue
        last = _extend_block(lines, i, taken, width)
        for k in range(i, last + 1):
            taken[k] = True
        blocks.append((start_off, line_end(last)))
        i = last + 1

    # 3. London-style "That it BE NOTED ..." paragraphs outside any motion; a lettered part
    #    ("b) the Mayor BE REQUESTED ...") is gathered with its "That ..." lead and sibling parts
    i = 0
    while i < n:
        if taken[i] or not _BE_DECISION.search(lines[i].strip):
            i += 1
            continue
        a, b = _paragraph(lines, i, taken)
        if _mark_type(lines[a].strip) is not None:
            k = a - 1
            while k >= 0 and k > a - 80 and not taken[k]:
                sk = lines[k].strip
                if sk.startswith(("That", "THAT")):
                    a = _paragraph(lines, k, taken)[0]
                    break
                if _MD_HEAD.match(sk) or sk.startswith(">"):
                    break
                k -= 1
        while True:
            nxt = _next_nonblank(lines, b, 3)
            if nxt is None or taken[nxt] or _mark_type(lines[nxt].strip) is None:
                break
            b = _paragraph(lines, nxt, taken)[1]
        for k in range(a, b + 1):
            taken[k] = True
        blocks.append((lines[a].start + len(lines[a].text) - len(lines[a].text.lstrip()), line_end(b)))
        i = b + 1

    blocks.sort()
    out = []
    for a, b in blocks:
        chunk = text[a:b].strip()
        if chunk:
            out.append(chunk)
    return out


def _paragraph(lines: list[_Line], i: int, taken: list[bool]) -> tuple[int, int]:
    """First and last line of the blank-line-delimited paragraph holding line ``i``."""
    a = i
    while a > 0 and lines[a - 1].strip and not taken[a - 1]:
        a -= 1
    b = i
    while b + 1 < len(lines) and lines[b + 1].strip and not taken[b + 1]:
        b += 1
    return a, b


def _sentence_start(text: str, at: int, floor: int) -> int:
    """Where the sentence holding offset ``at`` begins ("After a discussion it was agreed ...")."""
    lo = max(floor, at - 400)
    window = text[lo:at]
    cut = max(
        (m.end() for m in re.finditer(r"[.!?:;][\"”’)]?\s+|\n[ \t\xa0]*\n|^\s*(?:\(?\w{1,3}[.)])\s+", window)),
        default=0,
    )
    start = lo + cut
    while start < at and text[start].isspace():
        start += 1
    return start


def _extend_block(lines: list[_Line], i: int, taken: list[bool], width: int) -> int:
    """Index of the last line of a decision block opening at line ``i``."""
    n = len(lines)
    first = lines[i].strip
    trig_type = _mark_type(first)
    last = i
    list_mode = False
    # quote mode: the decision is a quoted resolution (Limerick: And Resolved: “That ... .”),
    # which ends where its quotation marks balance again (inner “TCE” pairs included)
    opener = re.search(r":\s*([“\"])", first)
    nxt = _next_nonblank(lines, i, 4)
    quoted_next = first.rstrip().endswith(":") and nxt is not None and lines[nxt].strip[:1] in "“\""
    if opener or quoted_next:
        depth = 0
        chars = 0
        segments = [(i, first[opener.start(1) :])] if opener else []
        j = i
        while True:
            for k, text in segments:
                for ch in text:
                    if ch == "“" or (ch == '"' and depth == 0):
                        depth += 1
                    elif ch == "”" or ch == '"':
                        depth -= 1
                last = k
                chars += len(text)
                if depth <= 0 and segments and (opener or k > i):
                    return last
            j += 1
            if j >= n or j > i + 120 or chars > 8000:
                return last
            s = lines[j].strip
            if taken[j] or (s and _is_trigger(s)):
                return last
            segments = [(j, s)] if s else []
    chars = len(first)
    for j in range(i + 1, min(n, i + 150)):
        s = lines[j].strip
        if taken[j]:
            break
        if not s:
            continue
        if _is_trigger(s) or _IT_WAS.match(s) or _R_MOTION.match(s) or _MD_HEAD.match(s):
            break
        prev = lines[last].strip
        prev_terminal = bool(_TERMINAL.search(prev))
        prev_colon = prev.endswith(":")
        t = _mark_type(s)
        if trig_type is not None and t == trig_type and _mark_value(s) == _mark_value(first) + 1:
            break  # the next sibling paragraph: "(4) RESOLVED ..." then "(5) ..."
        if t is not None:
            if not (list_mode or prev_colon or not prev_terminal):
                break
            list_mode = True
        elif prev_colon or _VOTE_LINE.match(s):
            pass  # the list or text a colon announces; a vote record under "RESULT:"
        elif not prev_terminal and (
            _wraps(prev, s) or (width >= 40 and len(prev) >= 0.8 * width) or (last == i and len(prev.split()) <= 5)
        ):
            pass  # the sentence wraps onto this line
        elif list_mode and len(s.split()) <= 8 and not _TERMINAL.search(s):
            after = _next_nonblank(lines, j, 4)
            if after is None or _mark_type(lines[after].strip) is None:
                break  # a sub-heading inside a resolved list must lead into more list items
        else:
            break
        last = j
        chars += len(s)
        if chars > 8000:
            break
    return last


_VOTE_LINE = re.compile(
    r"^(?:MOTION BY|MOVED BY|SECOND(?:ED)?(?: BY)?|AYES|NAYS|NOES|ABSENT|ABSTAIN(?:ED|ING)?|RECUSED)\s*:",
    re.IGNORECASE,
)


def _wraps(prev: str, nxt: str) -> bool:
    """Does ``nxt`` continue the sentence that ``prev`` leaves open?"""
    if not nxt:
        return False
    if nxt[0].islower() or nxt[0].isdigit() or nxt[0] in "(£$€%&“\"'":
        return True
    if re.search(r"[,;&/(\-–—]$", prev) or re.search(r"\d$", prev):
        return True
    return bool(_ENDS_MID.search(prev))


# --------------------------------------------------------------------------------------------
# Putting it together
# --------------------------------------------------------------------------------------------


def _slice_pages(pages: list[PageText], page_starts: list[int], a: int, b: int, last: bool) -> list[PageText]:
    """The parts of pages that fall in ``[a, b)`` of the joined text (``\\n`` between pages)."""
    parts: list[PageText] = []
    for page, ps in zip(pages, page_starts, strict=True):
        pe = ps + len(page.text)
        if page.text == "":
            if a <= ps < b or (last and ps == b):
                parts.append(PageText(page.number, ""))
            continue
        lo, hi = max(a, ps), min(b, pe)
        if lo < hi:
            parts.append(PageText(page.number, page.text[lo - ps : hi - ps]))
    return parts


def recover_structure(pages: list[PageText], filename: str) -> Structure:
    """Recover date, body, kind, title, agenda items and decisions from a document's text.

    ``pages`` is the text by page (pypdf ``extract_text()`` output, numbers 1-based) or a single
    ``PageText(None, text)`` for plain text.  ``filename`` (a name or path) decides the kind
    first; the other fields come from the text alone.  Every character of ``pages`` ends up in
    exactly one returned section; with no items found there is one section holding all pages.
    """
    pages = list(pages)
    first_text = next((p.text for p in pages if p.text.strip()), "")
    kind = _kind(filename, first_text)
    structure = Structure(
        meeting_date=_meeting_date(pages, kind),
        committee=_committee(pages, kind),
        kind=kind,
        title=_title(first_text),
    )
    full = "\n".join(p.text for p in pages)
    page_starts: list[int] = []
    pos = 0
    for p in pages:
        page_starts.append(pos)
        pos += len(p.text) + 1

    lines = _split_lines(full)
    items = _choose_items(lines, kind, first_text) if full.strip() else []
    items = [c for c in items if 0 <= c.start < len(full)]
    items.sort(key=lambda c: c.start)
    dedup: list[_Cand] = []
    for c in items:
        if not dedup or c.start > dedup[-1].start:
            dedup.append(c)
    items = dedup

    bounds: list[tuple[int, _Cand | None]] = []
    if not items:
        bounds.append((0, None))
    else:
        if full[: items[0].start].strip():
            bounds.append((0, None))
        else:
            items[0] = _Cand(0, items[0].num, items[0].item_number, items[0].title, items[0].minute_number)
        bounds.extend((c.start, c) for c in items)

    sections: list[Section] = []
    for k, (a, cand) in enumerate(bounds):
        is_last = k == len(bounds) - 1
        b = len(full) if is_last else bounds[k + 1][0]
        parts = _slice_pages(pages, page_starts, a, b, is_last)
        if not parts:
            parts = [PageText(pages[0].number if pages else None, "")]
        sec = Section(
            item_number=cand.item_number if cand else None,
            item_title=cand.title if cand else None,
            parts=parts,
            minute_number=cand.minute_number if cand else None,
        )
        sec.resolutions = _resolutions(sec.text)
        sections.append(sec)
    structure.sections = sections
    return structure
