"""Page furniture: the running headers and footers a PDF prints on every page ("Page 3 of 12", "Souldern PC
minutes November 2025", "MAY 2024 PART 4.2: ACCESS TO INFORMATION PROCEDURE RULES", the clerk's address). In a
chunk they run into the sentences around them ("Time limit - 4 years MAY 2024 PART 4.2: ACCESS TO INFORMATION
PROCEDURE RULES APR9 SUMMARY ..."), lend those sentences the words of the document's title, and are quoted. The
index keeps the text as printed (a later page is found by the meeting its header names); the answerer finds the
running lines of a document from its pages and reads its chunks with them blanked (spaces of the same length, so
offsets and page maps hold)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

#: a page number in a header or footer ("Page 3 of 12", "P a g e | 3", "- 3 -", "3/12", "3")
_PAGE_NO = re.compile(r"\b(?:p\s?a\s?g\s?e|page)\s*\|?\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\b|^\W*\d{1,4}\W*$|"
                      r"\b\d{1,4}\s*(?:of|/)\s*\d{1,4}\b(?!\s*/)", re.I)
#: non-blank lines read at the top and at the bottom of each page
EDGE_LINES = 2
#: a line is furniture when it is at the edge of this many pages at least, and of this share of them
MIN_PAGES, MIN_SHARE = 3, 0.5
#: words a running line needs to be blanked inside text, and with a number or page number in it (a short line,
#: "OFFICIAL", "Souldern Parish Council", "Question 3 -", is also words of the text's sentences); an address (@) is
#: blanked whatever its length
MIN_WORDS, MIN_DATED_WORDS = 5, 4
#: the longest running line looked for, in words
MAX_WORDS = 14


def _key(words: list[str]) -> str:
    """Words as they repeat from page to page: case aside, any number any number (a page number, the page
    count, a date's day)."""
    return " ".join(re.sub(r"\d+", "#", w.lower()) for w in words)


def running_lines(pages: Iterable[str]) -> list[re.Pattern[str]]:
    """Patterns for the running lines of a document: the words that open one of the top lines, or close one of
    the bottom lines, of most of its pages (a header may have been joined to the paragraph after it, so it is
    found as the words a page's first line opens with). A label ("Reason for decision:"), a sentence ("As set
    out in the report.") or a question that recurs there is the pages' content, not furniture."""
    texts = list(pages)
    if len(texts) < MIN_PAGES:
        return _numbered_edges(texts)
    seen: Counter[tuple[str, bool]] = Counter()
    first: dict[tuple[str, bool], list[str]] = {}
    for text in texts:
        lines = [line.split() for line in text.splitlines() if line.strip()]
        found: set[tuple[str, bool]] = set()
        for words, top in [(w, True) for w in lines[:EDGE_LINES]] + [(w, False) for w in lines[-EDGE_LINES:]]:
            for n in range(1, min(len(words), MAX_WORDS) + 1):
                part = words[:n] if top else words[-n:]
                k = (_key(part), top)
                found.add(k)
                first.setdefault(k, part)
        seen.update(found)
    need = max(MIN_PAGES, MIN_SHARE * len(texts))
    common = {k for k, n in seen.items() if n >= need}
    out = []
    for k in common:
        key, top = k
        words = first[k]
        if any(c[1] == top and (c[0].startswith(key + " ") if top else c[0].endswith(" " + key)) for c in common):
            continue  # (the longest words the pages share)
        if key.endswith((":", ".", "?", "!")) or not re.search(r"[a-z]", key):  # (a bare page number, "- 3 -",
            continue  # would blank every number in the text)
        if len(words) < (MIN_DATED_WORDS if "#" in key else MIN_WORDS) and "@" not in key and not _PAGE_NO.search(
                " ".join(words)):  # (a page number, "P a g e | 3", is furniture whatever its length)
            continue  # (a short name, "Souldern Parish Council", is also the subject of sentences in the text)
        out.append(_line_pattern(words))
    return out + [p for p in _numbered_edges(texts) if p.pattern not in {o.pattern for o in out}]


def _line_pattern(words: list[str]) -> re.Pattern[str]:
    """A running line's words as a pattern, any number in them any number (the page number changes)."""
    return re.compile(r"(?<!\w)" + r"\s+".join(re.sub(r"\d+", r"\\d+", re.escape(w)) for w in words) + r"(?!\w)")


#: a line that is a page's header or footer on any page: a title or date that ends, or starts, with the page's
#: number ("Minutes – February 18, 2025 – Page 2", "Page 2 of 3 | Parish Council minutes")
_NUMBERED = re.compile(r"^(?:.*\S\s+[-–—|]\s*)?(?:p\s?a\s?g\s?e|page)\s*\|?\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|"
                       r"^(?:p\s?a\s?g\s?e|page)\s*\|?\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*[-–—|]\s*\S.*$", re.I)


def _numbered_edges(texts: list[str]) -> list[re.Pattern[str]]:
    """Patterns for the first and last lines of pages that number the page ("... – Page 2"): a document of a page or
    two has no pages enough to tell its running lines by repetition, but such a line is furniture on any page."""
    out: dict[str, re.Pattern[str]] = {}
    for text in texts:
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        for line in lines[:1] + lines[-1:]:
            if len(line.split()) <= MAX_WORDS and _NUMBERED.match(line):
                pattern = _line_pattern(line.split())
                out.setdefault(pattern.pattern, pattern)
    return list(out.values())


def blank_lines(text: str, patterns: list[re.Pattern[str]]) -> str:
    """The text with every running line blanked: spaces of the same length, so its offsets hold."""
    for pattern in patterns:
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text
