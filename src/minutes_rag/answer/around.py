"""What the answerer reads around the hits: the chunks just before and after the best one, and every hit without
its document's page furniture."""

from __future__ import annotations

from dataclasses import replace

from ..parse.furniture import blank_lines
from ..types import Hit
from .cues import asks_vote
from .parts import BECAME_Q
from .scoring import Stats

#: the best hits whose chunks before and after are weighed with the hits
NEIGHBOUR_HITS = 1
#: the most chunks read on through an agenda item to its end
ITEM_REACH = 16


def neighbours(question: str, searched: list[Hit], hits: list[Hit], stats: Stats | None) -> list[Hit]:
    """The chunks just before and after the best searched hit that are not among the hits: a debate runs on over
    a chunk's end, and the part of it that answers may not have been retrieved (the body the Mayor meets monthly, in
    the chunk before the one on the rail line he spoke of). They come after the hits, so they are weighed as the
    least likely evidence. Not for a question about a vote: a vote is read on from the motion it is on (see
    ``votes.cover_vote``), and the chunk after may hold another motion's."""
    if stats is None or asks_vote(question):
        return []
    have = {h.chunk_id for h in hits}
    out: list[Hit] = []
    for h in searched[:NEIGHBOUR_HITS]:
        for step in (stats.prev_chunk, stats.next_chunk):
            n = step(h) if step is not None else None
            if n is not None and n.chunk_id not in have:
                have.add(n.chunk_id)
                out.append(n)
    return unfurnished(out, stats)


def item_end(question: str, searched: list[Hit], hits: list[Hit], stats: Stats | None) -> list[Hit]:
    """For a question after what became of something ("what did the council do with the resolution ..."): the
    last chunk of the best hit's agenda item, where its outcome is recorded (a transcript's long debate ends with
    the chair's "Resolution 186 has been referred to committee"), when it is not among the hits."""
    if stats is None or stats.next_chunk is None or not searched or not BECAME_Q.search(question):
        return []
    h = searched[0]
    if not h.item_number:
        return []
    last = h
    for _ in range(ITEM_REACH):
        nxt = stats.next_chunk(last)
        if nxt is None or nxt.item_number != h.item_number:
            break
        last = nxt
    else:
        return []  # (an item longer than that: its end is too far from what was found to be read as its outcome)
    return [] if last is h or last.chunk_id in {x.chunk_id for x in hits} else unfurnished([last], stats)


def unfurnished(hits: list[Hit], stats: Stats | None) -> list[Hit]:
    """The hits with their documents' running headers and footers blanked (see ``parse.furniture``): such a line
    is not part of the sentence it runs into, and says nothing the question asks."""
    if stats is None or stats.furniture is None:
        return hits
    out = []
    for h in hits:
        patterns = stats.furniture(h)
        out.append(replace(h, text=blank_lines(h.text, patterns)) if patterns else h)
    return out
