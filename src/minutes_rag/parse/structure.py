"""Recover what a meeting document's own text says about itself.

Given the extracted text of a document, page by page, :func:`recover_structure` finds

* the meeting date and the meeting body ("committee") the document is about (:mod:`.dates`, :mod:`.header`),
* the document kind (minutes, agenda, report, ...) and a short title,
* the agenda items, each with the text that belongs to it, page by page (:mod:`.items`, :mod:`.formats`), and
* the decision blocks (RESOLVED / AGREED / "That ... Carried." motions) inside each item (:mod:`.decisions`).

Everything here is plain regular expressions over text: no models, no heavy imports. The heading formats
and decision wordings were taken from real council documents of several countries and publishing systems.

Guarantee: every character of the input pages lands in exactly one section, in order, so
``"".join`` of the section parts of one page gives that page's text back."""

from __future__ import annotations

from ..types import PageText, Section, Structure
from .dates import date_from_path
from .decisions import resolutions
from .header import doc_kind, doc_title, meeting_body, meeting_date_of
from .items import choose_items
from .lines import Cand, split_lines


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
    kind = doc_kind(filename, first_text)
    structure = Structure(
        meeting_date=meeting_date_of(pages, kind, date_from_path(filename)),
        committee=meeting_body(pages, kind),
        kind=kind,
        title=doc_title(first_text),
    )
    full = "\n".join(p.text for p in pages)
    page_starts: list[int] = []
    pos = 0
    for p in pages:
        page_starts.append(pos)
        pos += len(p.text) + 1

    lines = split_lines(full)
    items = choose_items(lines, kind, first_text) if full.strip() else []
    items = [c for c in items if 0 <= c.start < len(full)]
    items.sort(key=lambda c: c.start)
    dedup: list[Cand] = []
    for c in items:
        if not dedup or c.start > dedup[-1].start:
            dedup.append(c)
    items = dedup

    bounds: list[tuple[int, Cand | None]] = []
    if not items:
        bounds.append((0, None))
    else:
        if full[: items[0].start].strip():
            bounds.append((0, None))
        else:
            items[0] = Cand(0, items[0].num, items[0].item_number, items[0].title, items[0].minute_number)
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
        sec.resolutions = resolutions(sec.text)
        sections.append(sec)
    structure.sections = sections
    return structure
