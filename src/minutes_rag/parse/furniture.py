"""Page furniture: the running headers and footers a PDF prints on every page ("Page 3 of 12", "Souldern PC
minutes November 2025", the clerk's address). In a chunk they run into the sentences around them ("Annual Parish
Meeting minutes May 2025 with these changes it will ..."), and an answer quotes them. Each is kept where it first
appears in a document and blanked (spaces of the same length, so offsets and page maps hold) everywhere after;
chunks are cut before this, so no chunk's bounds move."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..types import Chunk

#: a page number in a header or footer ("Page 3 of 12", "P a g e | 3", "- 3 -", "3/12", "3")
_PAGE_NO = re.compile(r"\b(?:p\s?a\s?g\s?e|page)\s*\|?\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\b|^\W*\d{1,4}\W*$|"
                      r"\b\d{1,4}\s*(?:of|/)\s*\d{1,4}\b(?!\s*/)", re.I)
#: non-blank lines read at the top and at the bottom of each page
EDGE_LINES = 2
#: a line is furniture when it is at the edge of this many pages at least, and of this share of them
MIN_PAGES, MIN_SHARE = 3, 0.5
#: words a running line needs to be blanked inside text, and with a number or page number in it (a short line,
#: "OFFICIAL", "Souldern Parish Council", "Appendix 2", is also words of the text's sentences); an address (@) is
#: blanked whatever its length
MIN_WORDS, MIN_DATED_WORDS = 5, 3


def _key(line: str) -> str:
    """A line as it repeats from page to page: spacing and case aside, its page number any number."""
    return _PAGE_NO.sub("#", " ".join(line.split()).lower())


def running_lines(pages: Iterable[str]) -> list[re.Pattern[str]]:
    """Patterns for the lines at the top or bottom of most of a document's pages. A label ("Reason for
    decision:"), a sentence ("As set out in the report.") or a question that recurs there is the pages' content,
    not furniture."""
    texts = list(pages)
    if len(texts) < MIN_PAGES:
        return []
    seen: Counter[str] = Counter()
    first: dict[str, str] = {}
    for text in texts:
        lines = [line for line in text.splitlines() if line.strip()]
        edges = {_key(line): line for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:]}
        for k, line in edges.items():
            first.setdefault(k, line)
        seen.update(edges.keys())
    need = max(MIN_PAGES, MIN_SHARE * len(texts))
    out = []
    for k, n in seen.items():
        if n < need or k.endswith((":", ".", "?", "!")) or not re.search(r"[a-z]", first[k], re.I):  # (a bare page number,
            continue  # "- 3 -", would blank every number in the text)
        if len(k.split()) < (MIN_DATED_WORDS if re.search(r"[#\d]", k) else MIN_WORDS) and "@" not in k and (
                k.strip(" -|#")):  # (a page number alone, "P a g e | 3", is furniture whatever its length)
            continue  # (a short name, "Souldern Parish Council", is also the subject of sentences in the text)
        words = [re.escape(w) for w in first[k].split()]
        if "#" in k:  # the page number changes from page to page
            words = [re.sub(r"\d+", r"\\d{1,4}", w) for w in words]
        out.append(re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"))
    return out


def blank_running_lines(chunks: list[Chunk], patterns: list[re.Pattern[str]]) -> list[list[str]]:
    """Blank each running line in the chunks (in document order) after its first appearance; returns, for each
    chunk, the lines blanked in it (still words a search may look for: "Annual Parish Meeting minutes May 2025"
    says which meeting a later page is from)."""
    kept: set[int] = set()
    removed: list[list[str]] = []
    for chunk in chunks:
        text = chunk.text
        gone: list[str] = []
        for i, pattern in enumerate(patterns):
            def blank(m: re.Match[str], i: int = i, gone: list[str] = gone) -> str:
                if i not in kept:
                    kept.add(i)
                    return m.group(0)
                if (line := " ".join(m.group(0).split())) not in gone:
                    gone.append(line)
                return " " * len(m.group(0))
            text = pattern.sub(blank, text)
        chunk.text = text
        removed.append(gone)
    return removed
