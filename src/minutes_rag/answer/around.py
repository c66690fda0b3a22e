"""What the answerer reads around the hits: the chunks just before and after the best one, and every hit without
its document's page furniture."""

from __future__ import annotations

from dataclasses import replace

from ..parse.furniture import blank_lines
from ..types import Hit
from .cues import asks_vote
from .scoring import Stats

#: the best hits whose chunks before and after are weighed with the hits
NEIGHBOUR_HITS = 1


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
