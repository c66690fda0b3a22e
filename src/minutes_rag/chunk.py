"""Chunking that respects structure.

A chunk never spans two agenda items (sections) or two documents. Inside an item, text is split into
paragraphs, then sentences, then (last resort) word windows, and packed greedily up to a budget of
word pieces, so that the context header plus the body fits the embedder's window. Chunks do not
overlap: nothing is embedded twice.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass

from .text import ends_abbreviation
from .types import Chunk, Section

_PARA_SPLIT = re.compile(r"\n[ \t\xa0]*\n+")
_SENT_SPLIT = re.compile(r"(?<=[.!?;:])\s+(?=[\"'“(\[]?[A-Z0-9•\-–(])")
_RESOLUTION = re.compile(
    r"\b(RESOLVED|AGREED|DECISION|BE IT RESOLVED|Carried|CARRIED|Motion Passed|BE APPROVED|BE RECEIVED)\b"
)

Counter = Callable[[list[str]], list[int]]


@dataclass
class _Unit:
    text: str
    page: int | None
    tokens: int


def clean_paragraph(text: str) -> str:
    """Join a paragraph's hard-wrapped lines and squeeze its spaces."""
    text = re.sub(r"-\n(?=[a-z])", "", text)  # re-join words hyphenated at a line end
    text = re.sub(r"(?<=[A-Za-z])-\n(?=[A-Z])", "-", text)  # and a name's own hyphen ("Hickey-" / "O’Mara")
    text = re.sub(r"[ \t\xa0]*\n[ \t\xa0]*", " ", text)
    return re.sub(r"[ \t\xa0]{2,}", " ", text).strip()


def _split_long(text: str, budget: int, count: Counter) -> list[tuple[str, int]]:
    """Split a paragraph over budget into sentences, and sentences over budget into word windows."""
    pieces = [s for s in _SENT_SPLIT.split(text) if s.strip()]
    sentences: list[tuple[str, int]] = []
    for s, n in zip(pieces, count(pieces), strict=True):
        # "Mr." / "No." ends no sentence ("Mr. Williams", "By-law No. Z.-1"): the next piece is its sentence's, as
        # long as the two fit in a chunk (a longer one would be cut into word windows anywhere)
        if sentences and ends_abbreviation(sentences[-1][0]) and sentences[-1][1] + n <= budget:
            sentences[-1] = (sentences[-1][0] + " " + s, sentences[-1][1] + n)
        else:
            sentences.append((s, n))
    out: list[tuple[str, int]] = []
    for s, n in sentences:
        if n <= budget:
            out.append((s, n))
            continue
        out.extend(_windows(s.split(), n, budget, count))
    return out


def _windows(words: list[str], n: int, budget: int, count: Counter) -> list[tuple[str, int]]:
    """Word windows of at most ``budget`` pieces (halving any window that is still over)."""
    # words per window, scaled from the measured pieces-per-word ratio of this text
    per = max(1, int(len(words) * budget / max(n, 1) * 0.9))
    pieces = [" ".join(words[i : i + per]) for i in range(0, len(words), per)]
    out: list[tuple[str, int]] = []
    for piece, k in zip(pieces, count(pieces), strict=True):
        w = piece.split()
        if k > budget and len(w) > 1:
            half = len(w) // 2
            for part in (w[:half], w[half:]):
                out.extend(_windows(part, count([" ".join(part)])[0], budget, count))
        else:
            out.append((piece, k))
    return out


def _units(section: Section, budget: int, count: Counter) -> list[_Unit]:
    paras: list[tuple[str, int | None]] = []
    for part in section.parts:
        for raw in _PARA_SPLIT.split(part.text):
            para = clean_paragraph(raw)
            if para:
                paras.append((para, part.number))
    if not paras:
        return []
    counts = count([p for p, _ in paras])
    units: list[_Unit] = []
    for (para, page), n in zip(paras, counts, strict=True):
        if n <= budget:
            units.append(_Unit(para, page, n))
        else:
            units.extend(_Unit(t, page, k) for t, k in _split_long(para, budget, count))
    return units


def page_marks(page_map: str) -> list[tuple[int, int]]:
    """A chunk's page map ("offset:page;...") as (offset, page) pairs, in order: where each page starts in it."""
    return [(int(at), int(p)) for at, _, p in (mark.partition(":") for mark in page_map.split(";") if mark)]


def page_at(page_map: str, offset: int, default: int | None) -> int | None:
    """The page on which character ``offset`` of a chunk lies, from its page map."""
    page = default
    for at, p in page_marks(page_map):
        if at <= offset:
            page = p
        else:
            break
    return page


def chunk_id(doc_id: str, ordinal: int, text: str) -> str:
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    return f"{doc_id}:{ordinal:05d}:{digest}"


def _chunk(doc_id: str, ordinal: int, section: Section, buf: list[_Unit], size: int) -> Chunk:
    text = "\n".join(u.text for u in buf)
    pages = [u.page for u in buf if u.page is not None]
    # where the page changes inside the chunk: "offset:page" pairs, so a sentence can cite its page
    marks: list[str] = []
    offset, last = 0, None
    for u in buf:
        if u.page is not None and u.page != last:
            marks.append(f"{offset}:{u.page}")
            last = u.page
        offset += len(u.text) + 1
    return Chunk(
        chunk_id=chunk_id(doc_id, ordinal, text),
        doc_id=doc_id,
        text=text,
        ordinal=ordinal,
        page_start=min(pages) if pages else None,
        page_end=max(pages) if pages else None,
        item_number=section.item_number,
        item_title=section.item_title,
        has_resolution=bool(_RESOLUTION.search(text)),
        n_tokens=size,
        page_map=";".join(marks) if len(marks) > 1 else "",
        url=section.url,
        authority=section.authority,
        committee=section.committee,
        meeting_date=section.meeting_date,
    )


def chunk_sections(doc_id: str, sections: list[Section], count: Counter, budget: int = 200) -> list[Chunk]:
    """Chunks of at most ``budget`` word pieces (one unit may reach it alone), never across sections."""
    chunks: list[Chunk] = []
    for section in sections:
        buf: list[_Unit] = []
        size = 0
        for unit in _units(section, budget, count):
            # +1 per join: the newline between units is (roughly) free, but be conservative
            if buf and size + unit.tokens + 1 > budget:
                chunks.append(_chunk(doc_id, len(chunks), section, buf, size))
                buf, size = [], 0
            buf.append(unit)
            size += unit.tokens + (1 if len(buf) > 1 else 0)
        if buf:
            chunks.append(_chunk(doc_id, len(chunks), section, buf, size))
    return chunks


def context_header(
    authority: str | None,
    committee: str | None,
    meeting_date: str | None,
    item_number: str | None,
    item_title: str | None,
) -> str:
    """A one-line header embedded with each chunk, so a chunk's vector knows where it is from."""
    bits = [b for b in (authority, committee, meeting_date) if b]
    item = " ".join(b for b in (f"Item {item_number}" if item_number else "", item_title or "") if b)
    if item:
        bits.append(item[:120])
    return " | ".join(bits)
