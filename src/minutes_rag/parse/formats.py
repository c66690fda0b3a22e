"""Agenda-item heading formats, one finder each, named for the printed format it reads:

* ``item_paren_items``: a title, optionally a running minute number ("286."), then "(Item N)" alone on a line;
* ``markdown_heading_items``: Markdown headings carrying a number ("# 1.&nbsp;Title", "## 2.1 Title");
* ``subject_notice_items``: decision notices, "(a) Subject: Title" ... "(agenda item N)";
* ``question_items``: question and statement packs, "Question 1 – Name";
* ``minute_ref_items``: minutes numbered month.year.item, "11.17.01 Apologies";
* ``numbered_lines``: plain numbered headings, "1. Title" or "1 Title";
* ``moderngov_page_items``: saved ModernGov item pages ("Meeting: ... (Item N)")."""

from __future__ import annotations

import re

from .lines import (
    MD_HEAD,
    MONTH_START,
    PAGES_REF,
    TERMINAL,
    Cand,
    Line,
    best_chain,
    heading_title,
    join_title,
    next_nonblank,
)

_ITEM_PAREN = re.compile(r"^\(Item\s+(\d+[A-Za-z]?)\)$", re.IGNORECASE)
_MINUTE_NO = re.compile(r"^(\d{1,4})\.\s+(\S.*)$")


def item_paren_items(lines: list[Line]) -> list[Cand]:
    """Title line(s), optionally a running minute number ("286."), then "(Item N)" on its own line."""
    out: list[Cand] = []
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
                if TERMINAL.search(lines[idx].strip) or block[-1] - idx >= 3:
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
        out.append(Cand(lines[top].start, (int(num_src),), m.group(1), title, minute))
    # keep minute numbers increasing (a stray repeat would otherwise split an item)
    kept: list[Cand] = []
    for c in out:
        rising = not kept or c.minute_number is None or kept[-1].minute_number is None or c.num > kept[-1].num
        if rising and (not kept or c.start > kept[-1].start):
            kept.append(c)
    return kept
_MD_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")


def markdown_heading_items(lines: list[Line]) -> list[Cand]:
    """Markdown headings that carry an item number: "# 1.&nbsp;&nbsp;&nbsp;Title", "## 2.1 Title"."""
    out: list[Cand] = []
    for ln in lines:
        m = MD_HEAD.match(ln.strip)
        if not m:
            continue
        title = _MD_LINK.sub(r"\1", m.group(2).replace("&nbsp;", " "))
        title = re.sub(r"[*_`]+", "", re.sub(r"\s+", " ", title)).strip()
        num = tuple(int(x) for x in m.group(1).split("."))
        out.append(Cand(ln.start, num, m.group(1), title))
    return out


_SUBJECT = re.compile(r"^\(a\)\s*Subject\s*:\s*(.*)$", re.IGNORECASE)
_AGENDA_ITEM = re.compile(r"^\(agenda item\s+(\d+[A-Za-z]?)\)", re.IGNORECASE)


def subject_notice_items(lines: list[Line]) -> list[Cand]:
    """Decision notices: "(a) Subject: Title" ... "(agenda item N)"."""
    out: list[Cand] = []
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
        out.append(Cand(start, (int(digits),), number, title))
    return out


_QS = re.compile(r"^(Question|Statement)\s+(\d{1,3})\b\s*(?:[–—-]\s*(.*))?$")


def question_items(lines: list[Line]) -> list[Cand]:
    """Questions and statements packs: "Question 1 – Name", "Statement 3 – Name"."""
    out: list[Cand] = []
    for ln in lines:
        m = _QS.match(ln.strip)
        if not m or len(ln.strip) > 100:
            continue
        out.append(Cand(ln.start, (int(m.group(2)),), m.group(2), re.sub(r"\s+", " ", ln.strip)))
    return best_chain(out)


_MINUTE_REF = re.compile(r"^(\d{2})\.(\d{2})\.(\d{2})\s+(\S.*)$")


def minute_ref_items(lines: list[Line]) -> list[Cand]:
    """Parish minutes numbered month.year.item: "11.17.01 Apologies" (one prefix per meeting)."""
    raw: list[tuple[str, Cand]] = []
    for i, ln in enumerate(lines):
        m = _MINUTE_REF.match(ln.strip)
        if not m:
            continue
        # the numbering itself is distinctive, so the title only has to be words
        title = join_title(lines, i, m.group(4).strip())
        if sum(c.isalpha() for c in title) < 3:
            continue
        head = re.split(r"\s[-–—]\s", title, maxsplit=1)[0].strip()
        if head != title and len(title.split()) > 6 and head:
            title = head
        prefix = m.group(1) + "." + m.group(2)
        ref = prefix + "." + m.group(3)
        raw.append((prefix, Cand(ln.start, (int(m.group(3)),), str(int(m.group(3))), title, ref)))
    if not raw:
        return []
    counts: dict[str, int] = {}
    for p, _ in raw:
        counts[p] = counts.get(p, 0) + 1
    main = max(counts, key=lambda p: counts[p])
    return best_chain([c for p, c in raw if p == main])


_DOT = re.compile(r"^(\d{1,2})\.(?:\s+(\S.*))?$")
_NODOT = re.compile(r"^([1-9]\d?)\s+(\S.*)$")


def numbered_lines(lines: list[Line], dotted: bool) -> tuple[list[Cand], list[Cand]]:
    """Plain numbered item lines: "1. Apologies" / "1.\\n\\nTitle" (dotted) or "1 Welcome" (not).

    Returns (strong, weak): lines whose title reads like a heading, and numbered lines whose
    title reads less well ("3. Minutes of the meeting held on ... and, if in order, to be").
    """
    strong: list[Cand] = []
    weak: list[Cand] = []
    rx = _DOT if dotted else _NODOT
    style = 1 if dotted else 2
    for i, ln in enumerate(lines):
        m = rx.match(ln.strip)
        if not m:
            continue
        first = m.group(2)
        title_at = i
        if first is None:  # "1." alone, title on the next non-blank line
            j = next_nonblank(lines, i, 3)
            if j is None:
                continue
            first, title_at = lines[j].strip, j
        n = int(m.group(1))
        if n == 0:
            continue
        first = PAGES_REF.sub("", first.strip())
        title = heading_title(lines, title_at, first)
        if title is not None:
            strong.append(Cand(ln.start, (n,), str(n), PAGES_REF.sub("", title).rstrip(" -–—"), style=style))
        elif first[:1].isupper() and not MONTH_START.match(first) and len(first) <= 200:
            weak.append(Cand(ln.start, (n,), str(n), re.sub(r"\s+", " ", first), style=style))
    return strong, weak


_MG_MEETING = re.compile(r"^Meeting:\s*.+\(Item\s+(\d+[A-Za-z]?)\)\s*$")
_MG_SIZE = re.compile(r"\s*(?:pdf icon\s*)?PDF\s+[\d.]+\s*[KM]B\s*$", re.IGNORECASE)


def moderngov_page_items(lines: list[Line]) -> list[Cand]:
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
                    return [Cand(lines[j].start, (int(digits),), number, title)]
    return []
