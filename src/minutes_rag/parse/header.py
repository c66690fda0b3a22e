"""What a document says about itself in its header: its kind (minutes, agenda, report...), the date of
the meeting it is about, the meeting body ("committee") and a short title."""

from __future__ import annotations

import re
from datetime import date

from ..types import PageText
from .dates import find_dates

#: Document kinds :func:`recover_structure` can return (``"document"`` when nothing fits).
KINDS: tuple[str, ...] = (
    "minutes",
    "agenda",
    "report",
    "decision_notice",
    "questions",
    "statements",
    "transcript",
    "forward_plan",
    "constitution",
    "eqia",
    "budget",
    "document",
)

#: Kinds whose numbered paragraphs are not agenda items: such documents stay one section.
CONSERVATIVE_KINDS = frozenset({"report", "constitution", "eqia", "budget", "forward_plan"})
#: Kinds that are about one meeting (their first-page dates and bodies are trusted more).
_MEETING_KINDS = frozenset({"minutes", "agenda", "decision_notice", "questions", "statements"})


_DATE_STRONG = re.compile(
    r"\b(?:held|meeting|minutes|summons|agenda|date\s*[:;]|meeting\s*[:;])|(?:^|\n)\s*to\s*:|(?:^|\n)\s*(?-i:To)\s[^\n]*$",
    re.IGNORECASE,
)
_DATE_AFTER = re.compile(r"\b(?:meeting|minutes)\b", re.IGNORECASE)
_DATE_NEGATIVE = re.compile(
    r"\b(?:published|dated|deadline|circulated|pathway|letter|notice|received|referral)\b[^\n]{0,40}$"
    # (nor the stamp of the meeting that approved the minutes: "APPROVED DECEMBER 11 2019")
    r"|\b(?:approved|signed)\s*(?:on\s*|:\s*)?$"
    # (nor the file's own "Last Updated: 2/9/2021", on the date's own line)
    r"|\b(?:updated|revised|modified|printed)[ \t]*(?:on[ \t]*|:[ \t]*)?\Z"
    # (not a title's "MINUTES OF A MEETING OF X PARISH COUNCIL HELD ON 9TH JANUARY 2019": "a" meeting is this one)
    r"|\bminutes of (?:the )?(?!an?\b)(?:\w+ )?meetings?\b[^.]{0,80}?\bheld on\s*$"
    # (nor an agenda's list of minutes to approve, "b. Minutes of the Work Session of the City Council held on")
    r"|(?:^|\n)[ \t]*\(?(?:\d{1,2}|[a-z])[.)][ \t]+minutes of\b[^.]{0,120}?\bheld on\s*$"
    r"|\b(?:last|previous|next) (?:\w+ )?(?:meeting|mee\W*ng)\b[^\n]{0,40}$",
    re.IGNORECASE,
)
#: an address, or a name a date is fused into ("slug = 2009-07-02-minutes-of-regular-meeting"): the file's date, not
#: the meeting's
_URL = re.compile(r"\b(?:https?|ftp)://\S+|\bwww\.\S+|\b\d{4}-\d\d-\d\d-[A-Za-z][\w-]*")
_WEEKDAY_BEFORE = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\W{0,3}$", re.IGNORECASE)
_LIST_LINE = re.compile(r"^\s*(?:\(?\d{1,2}[a-z]?[.)]|\(?[a-z]{1,2}\))\s")


def meeting_date_of(pages: list[PageText], kind: str, filed: str | None = None) -> str | None:
    """The date of the meeting the document is about, from its first page(s), or None.

    Each date on the first page is scored: meeting words just before it ("held on", "Meeting
    on", "Date:", "To: Cabinet –"), a weekday, and a place among the first heading lines count
    for it; "published", "dated", "minutes of the meeting held on" (an earlier meeting) and
    agenda list lines count against it.  The best date with enough evidence wins, unless the date the file is
    named by (``filed``) has enough evidence too ("Voting Hearing Agenda May 1, 2025" over the "Hearing on Tuesday,
    April 29, 2025" whose votes it records, in "voting_minutes_2025-05-01.pdf").
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
        on_file = False  # (whether the date the file is named by has enough evidence)
        for start, end, iso in find_dates(head):
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
            weekday = _WEEKDAY_BEFORE.search(before)
            if weekday:  # "Friday 05 March 2026": the weekday backs the date, unless the calendar disagrees
                named = weekday.group(0).rstrip(" ,.-\t").lower()
                score += 2 if date.fromisoformat(iso).strftime("%A").lower() == named else -3
            negative = bool(_DATE_NEGATIVE.search(before))
            if negative:
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
            on_file = on_file or (score >= 2 and iso == filed and not negative)  # (not "Next meeting: ...")
        if best is not None:
            return filed if on_file else best[2]
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


def doc_kind(filename: str, first_text: str) -> str:
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
    r"|Executive|Parish Meeting|Partnership|Working Group|Steering Group|Governing Body|Board of (?:Governors|Trustees|"
    r"Directors))"
)
#: (a body named for what it oversees ends with it: "Commission on Aging", "Committee on Finance")
_BODY_END = re.compile(_BODY_WORD + r"(?: (?:on|for) (?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))?)?$"
                       r"|^Municipal District of \S+(?: \S+)?$", re.IGNORECASE)
_MONTH_NAMES = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
_NOT_BODY_START = re.compile(
    r"^(?:agenda|summons|minutes|question|statement|public|notice|report|decision|dear|to|from)\b|^\d"
    r"|^(?:sub-?committee|committee|panel|board|commission|authority|forum|assembly|executive|partnership"
    r"|working group|steering group)$",
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


#: a Markdown heading's marks opening a line ("# IOWA PUBLIC INFORMATION BOARD"): no part of a name or a title
HEADING_MARKS = re.compile(r"^#{1,6}\s+")


def _clean_body(raw: str) -> str | None:
    """Normalise a candidate committee name; None unless it looks like a meeting body."""
    s = re.sub(r"\s+", " ", raw.replace("&nbsp;", " ")).strip(" ,.;:-–—")
    s = HEADING_MARKS.sub("", s)
    s = re.sub(r"^(?:to\s+)?(?:the|a|an)\s+|^to\s+", "", s, flags=re.IGNORECASE)
    cut = find_dates(s)
    if cut:
        s = s[: cut[0][0]].strip(" ,.;:-–—")
    s = re.sub(r"\s+(?:held|at|was|will|which|meeting|minutes|to be)\b.*$", "", s, flags=re.IGNORECASE)
    # ("on" too, before a day or a date, not before a name: "Commission on Aging", "Committee on Finance")
    s = re.sub(r"\s+(?i:on)(?!\s+(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|" + _MONTH_NAMES +
               r")[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)?\s*$)\b.*$", "", s)
    s = re.sub(r"[\s,\-–—]+(?:mon|tues|wednes|thurs|fri|satur|sun)day$", "", s, flags=re.IGNORECASE)
    # (its initials after it, and a line's end running on to the next: "... Advisory Committee (OSVTAC) of")
    s = re.sub(r"\s*\([A-Z]{2,10}\)$", "", re.sub(r"\s+(?:of|for|and)(?:\s+the)?$", "", s))
    s = _smart_case(s.strip(" ,.;:-–—"))
    if re.match(r"(?:of|for|and|in|on|to|at|by|with)\b", s):  # the end of a name begun on the line above
        return None
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


def body_in_title(title: str) -> str | None:
    """The meeting body a document's title names ("4th Meeting of City Council" -> "City Council", "Special
    Planning Committee Meeting" -> "Planning Committee"), or None."""
    mm = re.search(r"meeting of (?:the )?(.+)$", title, re.IGNORECASE) or re.search(
        r"(?:\d+(?:st|nd|rd|th)\s+)?(?:special\s+)?(.+?)\s+meeting\b", title, re.IGNORECASE
    )
    return _clean_body(mm.group(1)) if mm else None


#: a minutes form's committee field, before its date field, in capitals with or without a colon
_COMMITTEE_FIELD = re.compile(r"\bCOMMITTEE\s*[:;]?\s+((?:[A-Z][\w&'’-]*|and|of|the|for|&)(?:\s+(?:[A-Z][\w&'’-]*|and|of|"
                              r"the|for|&)){0,8}?)\s+DATE\b")


def _committee_in(first_text: str, kind: str) -> str | None:
    """The meeting body named on one page's text, or None."""
    head = first_text[:3500]
    m = _FRONT_TITLE.search(head[:600])
    if m and (body := body_in_title(m.group(1))):
        return body
    flat = re.sub(r"\s+", " ", head.replace("*", " "))[:2500]
    field = _COMMITTEE_FIELD.search(flat)  # a form's fields: "COMMITTEE; Business Management Committee DATE; ..."
    if field and (body := _clean_body(field.group(1))):
        return body
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
        if re.fullmatch(r"(?:draft )?(?:regular |special |annual )?(?:meeting )?minutes(?: \(draft\))?", low):
            # (the body's name above the heading, or below it: "MEETING MINUTES / Open Source Voting System
            # Technical Advisory Committee / of the San Francisco Elections Commission")
            body = (_clean_body(nonblank[i - 1]) if i > 0 else None) or (
                _clean_body(nonblank[i + 1]) if i + 1 < len(nonblank) else None)
            if body:
                return body
        if low == "agenda" and i + 1 < len(nonblank):
            body = _clean_body(nonblank[i + 1])
            if body:
                return body
        dm = find_dates(ln)
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


def meeting_body(pages: list[PageText], kind: str) -> str | None:
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


def doc_title(first_text: str) -> str | None:
    """A short title, without a Markdown heading's marks: front matter, "Subject:" / "Title:", else the first
    meaningful line."""
    title = _title_line(first_text)
    return (HEADING_MARKS.sub("", title) or None) if title else None


def _title_line(first_text: str) -> str | None:
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
