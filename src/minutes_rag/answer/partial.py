"""How much of one part of a many-part question the evidence holds: a part's few words are a small share of the whole
question's, so the gates on what the evidence mentions also weigh each part on its own."""

from __future__ import annotations

from ..text import content_stems, is_scope_clause
from .cues import QUESTION_WORDS
from .scoring import Cand


def part_coverage(part: str, weights: dict[str, float], c: Cand,
                  kind: frozenset[str] | set[str] = frozenset()) -> float:
    """Share of a question part's own (weighted) words that a sentence itself holds: not the words that shape a
    question nor the ``kind`` of thing it asks to be named, and 0 for a part with fewer than two (a part's one word,
    "and how much did it cost?", is in many sentences)."""
    own = {t for t in content_stems(part) if t in weights and t not in QUESTION_WORDS and t not in kind}
    if len(own) < PART_WORDS:
        return 0.0
    return sum(weights[t] for t in own if t in c.stems) / sum(weights[t] for t in own)


#: own words a question part needs for a quote holding most of them to stand for it
PART_WORDS = 2


def parts_held(parts: list[str], weights: dict[str, float], chosen: list[Cand],
               kind: frozenset[str] | set[str] = frozenset()) -> float:
    """The most of any one part's own words a quote holds (see ``part_coverage``), for a question of two or more
    parts (not its scope clauses); 0 for a question of one."""
    return max((part_coverage(p, weights, c, kind) for p in (parts if len(parts) > 1 else []) if not is_scope_clause(p)
                for c in chosen), default=0.0)


def part_focus(part: str, weights: dict[str, float], found: set[str],
                kind: frozenset[str] | set[str] = frozenset()) -> float:
    """Share of a question part's two most specific words (by weight, not the ``kind`` of thing it asks to be
    named) that the evidence holds."""
    unasked = QUESTION_WORDS | kind
    own = sorted({t for t in content_stems(part) if t in weights and t not in unasked},
                 key=lambda t: (-weights[t], t))[:2]  # (equal weights in a fixed order, whatever the hash seed)
    return sum(weights[t] for t in own if t in found) / (sum(weights[t] for t in own) or 1.0) if own else 0.0
