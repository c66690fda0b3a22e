"""A candidate sentence's closeness in meaning to the question, by the bundled embedding model (trained on question-
answer pairs): it re-scores the best candidates by words, and it tells a sentence on topic without the question's
rarest words."""

from __future__ import annotations

from collections.abc import Callable

from .scoring import Cand

#: weight of the question-to-sentence similarity (the bundled model was trained on question-answer pairs)
SIM_WEIGHT = 0.3
#: sentences re-scored by meaning: the best by words (embedding them all would cost a query's budget)
SIM_POOL = 16
#: characters of a sentence weighed by meaning: its opening says what it is about, and a long table row
#: would cost a query's budget in the model
SIM_CHARS = 300


def similarities(text: str, cands: list[Cand], embed: Callable[[list[str]], list[list[float]]]) -> list[float]:
    """Cosine of each candidate (its first ``SIM_CHARS`` characters) to a question or a part of one, in one
    call of the embedder (its vectors are unit length); a candidate's vector is kept for the next question
    part, and embedded once."""
    todo = [c for c in cands if c.vec is None]
    vecs = embed([text] + [c.text[:SIM_CHARS] for c in todo])
    for c, v in zip(todo, vecs[1:], strict=True):
        c.vec = list(v)
    return [float(sum(a * b for a, b in zip(vecs[0], c.vec or (), strict=True))) for c in cands]


def by_meaning(question: str, ranked: list[Cand], embed: Callable[[list[str]], list[list[float]]] | None,
                ) -> list[Cand]:
    """The best candidates by words, re-scored with their similarity to the question, best first."""
    if embed is None or not ranked:
        return ranked
    head, tail = ranked[:SIM_POOL], ranked[SIM_POOL:]
    for c, sim in zip(head, similarities(question, head, embed), strict=True):
        c.similarity = sim
        c.score += SIM_WEIGHT * sim
    return sorted(head, key=lambda c: -c.score) + tail


#: a sentence at least this close in meaning to the question counts as on topic even without its rarest words
SIM_CONFIDENT = 0.65
