"""What ``ask --explain`` reports of an extractive answer: every candidate chunk and the best sentences, with their
scores and why each was taken or dropped, so a wrong answer can be traced to retrieval or to selection."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..chunk import page_at
from ..text import question_parts
from ..types import Answer, Hit
from .scoring import Cand
from .votes import item_label


@dataclass
class Trace:
    """What ``explain`` reports: every candidate chunk and the best sentences, with scores and reasons."""

    question: str
    hits: list[Hit]
    searched: int
    ranked: list[Cand]
    weights: dict[str, float]

    def to_dict(self, answer: Answer) -> dict[str, Any]:
        quoted = {q.chunk_id: q.n for q in answer.citations}
        quotes = " ".join(c.quote for c in answer.citations)
        sentences_out = []
        for c in self.ranked[:EXPLAIN_SENTENCES]:
            h = self.hits[c.hit]
            taken = not answer.abstained and c.text in quotes and not c.why
            sentences_out.append({
                "chunk": c.hit + 1, "page": page_at(h.page_map, c.offset, h.pages[0] if h.pages else None),
                "text": c.text[:300], "score": round(c.score, 3), "words": round(c.coverage, 3),
                "similarity": round(c.similarity, 3), "taken": taken,
                "why": (f"quoted [{quoted.get(h.chunk_id, '?')}]" + (f" for {c.step}" if c.step else ", beside a chosen "
                                                                             "sentence")) if taken else
                       (c.why or ("the answer abstained" if answer.abstained else "scored below the quoted sentences")),
            })
        return {
            "parts": question_parts(self.question),
            "weights": {k: round(v, 2) for k, v in sorted(self.weights.items(), key=lambda kv: -kv[1])},
            "chunks": [{"n": i + 1, "source": h.source, "pages": h.pages, "authority": h.authority,
                        "meeting_date": h.meeting_date, "item": item_label(h), "score": h.score,
                        "vector_score": h.vector_score, "keyword_score": h.keyword_score,
                        "from": "search" if i < self.searched else "recorded decisions"}
                       for i, h in enumerate(self.hits)],
            "sentences": sentences_out,
            "abstained_because": answer.warnings[0] if answer.abstained and answer.warnings else None,
        }


#: sentences listed by ``explain``
EXPLAIN_SENTENCES = 25


def taken_by(chosen: list[Cand], step: str) -> list[Cand]:
    """The chosen sentences, each newly chosen one marked with the step that took it (``explain`` says which)."""
    for c in chosen:
        c.step = c.step or step
    return chosen


def kept_by(ranked: list[Cand], test: Callable[[Cand], bool], why: str) -> list[Cand]:
    """The candidates that pass a test (all of them when none does); the others are marked with why it dropped them
    (``explain`` says it)."""
    kept = [c for c in ranked if test(c)]
    if not kept:
        return ranked
    for c in ranked:
        if not test(c):
            c.why = why
    return kept
