"""The line above a sentence that names what the sentence is about: an agenda item's heading ("25. INNOVATE LIMERICK:"
/ "It was agreed to defer this item ...") or a bullet's short title ("• Whiterig Turbines." / "This application has
been refused by SBC"). The sentence takes the line's words as its own: it states nothing of its subject by name."""

from __future__ import annotations

from ..text import sentences
from ..types import Hit
from .cues import DECISION_S, looks_like_heading

#: words of a heading whose words the sentence right under it takes as its own
ITEM_HEAD_WORDS = 8
#: words of a bullet's title that ends with a full stop ("Whiterig Turbines.")
TITLE_WORDS = 4


def heads_next(line: str) -> bool:
    """Does a line name the subject of the sentence after it: a heading, or a short title in capitals with its full
    stop (not an outcome: "Motion Carried.")?"""
    words = len(line.split())
    return words <= ITEM_HEAD_WORDS and (looks_like_heading(line) or (
        2 <= words <= TITLE_WORDS and line.rstrip().endswith(".") and not DECISION_S.search(line)
        and looks_like_heading(line.rstrip()[:-1])))


def chunk_ordinal(chunk_id: str) -> int:
    """A chunk's place in its document (``doc:00012:hash`` -> 12)."""
    parts = chunk_id.split(":")
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


def line_above(hits: list[Hit], i: int, sents: list[tuple[int, str]], k: int) -> str:
    """The line above the ``k``-th sentence of the ``i``-th hit: the sentence before it, or for a chunk's first the
    last of the chunk before it, when that chunk is among the hits (a bullet's title may end the chunk before)."""
    if k:
        return sents[k - 1][1]
    h = hits[i]
    at = chunk_ordinal(h.chunk_id)
    before = next((p for p in hits if p.doc_id == h.doc_id and at and chunk_ordinal(p.chunk_id) == at - 1), None)
    said = sentences(before.text) if before is not None else []
    return said[-1][1] if said else ""
