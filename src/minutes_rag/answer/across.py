"""Cross-authority questions: the authorities a question names, and one statement for each of them (or word that
the minutes hold none)."""

from __future__ import annotations

import re

from ..parse.meta import authority_core, core_at, names_authority
from ..text import content_stems
from ..types import Hit
from .around import namings
from .cues import QUESTION_WORDS
from .parts import part_type
from .scoring import Cand, Stats, is_heading

#: where a question passes from one authority's subject to the next ("Kent's budget, and Bristol's levy"; "what
#: did A decide about X and what did B decide about Y")
_CLAUSE_BREAK = re.compile(r"[,;:?]\s*|\s+(?:and|while|whereas|but|versus|vs\.?|compared (?:with|to))\s+", re.I)


def asked_authorities(question: str, hits: list[Hit], stats: Stats | None) -> list[str]:
    """The authorities a question names (of those indexed), in the order it names them."""
    known = namings(hits, stats.authorities if stats and stats.authorities else ())  # (one naming of each body)
    found = []
    for a in known:
        if names_authority(question, a):
            at = core_at(question, authority_core(a)) or list(re.finditer(re.escape(a), question, re.I))
            found.append((min(m.start() for m in at) if at else len(question), a))
    return [a for _, a in sorted(found)]


def own_words(question: str, authority: str, others: list[str]) -> set[str]:
    """The words of the clause of a question that names one authority and no other, less the names: what is asked
    of that authority in particular ("Nipissing's new backhoe, and London's rescue vehicle": backhoe of Nipissing)."""
    names = set().union(*(content_stems(n) for n in (authority, authority_core(authority))))
    words: set[str] = set()
    for clause in _CLAUSE_BREAK.split(question):
        if names_authority(clause, authority) and not any(names_authority(clause, o) for o in others):
            words |= set(content_stems(clause)) - names - QUESTION_WORDS
    return words


def asked_of_each(question: str, asked: list[str], ranked: list[Cand], weights: dict[str, float]) -> dict[str, set[str]]:
    """What the question asks of each named authority in particular: the words of its own clause that some evidence
    holds (a word no evidence holds frames the question: "which companies were chosen")."""
    held_anywhere = set().union(*(c.covered for c in ranked))
    return {a: own_words(question, a, [o for o in asked if o != a]) & set(weights) & held_anywhere for a in asked}


def _most_specific(words: set[str], weights: dict[str, float]) -> str:
    """The most specific (heaviest) of some words, in a fixed order among equals; "" for none."""
    return max(words, key=lambda t: (weights[t], t)) if words else ""


def cover_authorities(question: str, asked: list[str], hits: list[Hit], ranked: list[Cand], chosen: list[Cand],
                      weights: dict[str, float], asked_of: dict[str, set[str]]) -> tuple[list[Cand], list[str]]:
    """Add the best sentence of each named authority the chosen ones leave out, or leave without a word of what is
    asked of it in particular (``asked_of``, see ``asked_of_each``); the authorities with no evidence at all are
    returned apart, to be said so."""
    out = list(chosen)
    silent = []
    fits = part_type(question)
    for a in asked:
        own = asked_of[a]
        mine = [c for c in ranked if hits[c.hit].authority == a and c.coverage > 0 and not is_heading(c)]
        held = [c for c in out if hits[c.hit].authority == a]
        if held and (not own or any(own & c.covered and (not fits or fits(c.text)) for c in held)):
            continue
        top = _most_specific(own, weights)
        holds = [c for c in mine if top in c.covered]  # (the best that holds its most specific word, and what
        fit = next((c for c in holds if fits(c.text)), None) if fits else None  # is asked: a figure, a firm's name)
        fit = fit or next(iter(holds), None)
        best = fit if fit is not None else (None if held else next(iter(mine), None))
        if best is None:
            if not held:
                silent.append(a)
        elif best not in out:
            best.for_part = True
            out.append(best)
    return out, silent


def each_found(asked: list[str], hits: list[Hit], chosen: list[Cand], weights: dict[str, float],
               asked_of: dict[str, set[str]]) -> bool:
    """Do the chosen sentences hold, for each of two or more named authorities, the most specific word of what is
    asked of it in particular (``asked_of``)? A question that pairs its bodies' subjects stands on them, however it
    words the rest ("which suppliers were picked": "we accept the Tender submitted ... from")."""
    tops = 0
    for a in asked:
        if not asked_of[a]:
            continue
        top = _most_specific(asked_of[a], weights)
        if not any(top in c.covered for c in chosen if hits[c.hit].authority == a):
            return False
        tops += 1
    return tops >= 2
