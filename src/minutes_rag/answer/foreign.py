"""Bodies a question names whose own documents are not indexed, whose business another body's papers record (a
parish's minutes print the district councillor's report: "what change to bin collections was floated in Cherwell's
budget consultation?"), and the hits that record it."""

from __future__ import annotations

import re

from ..text import STOPWORDS, content_stems, stem
from ..types import Hit
from .cues import MONTHS, QUESTION_WORDS, ROLE_Q
from .scoring import Stats

#: a body named by its owner's mark ("Cherwell's district councillor", "in Cherwell's budget consultation"): one to
#: three capitalised words
_OWNER = re.compile(r"\b([A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})['’]s\b")
#: share of the index's chunks (or, in a small index, how many) under which a name is a body's own (an everyday
#: "Children's" is not)
FOREIGN_SHARE, FOREIGN_FEW = 0.01, 5
#: words that are no body's name: days and months ("Tuesday's meeting")
_NOT_BODIES = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", *MONTHS))


def foreign_names(question: str, stats: Stats | None) -> list[str]:
    """The names a question gives an owner's mark to that are no word of an indexed authority's name, nor an
    everyday word of the index, nor a post ("the Mayor's answers"), a day or a month: bodies the index holds no
    documents of, whose business another body's papers may record (a parish's minutes print the district
    councillor's report: "what change to bin collections was floated in Cherwell's budget consultation?"). A
    question's word before the name is no part of it ("In Cherwell's ...", "Was Cherwell's ..."). [] without the
    index's authorities."""
    if stats is None or not stats.authorities:
        return []
    held = set().union(*(content_stems(a) for a in stats.authorities))
    few = max(FOREIGN_SHARE * stats.n_chunks, FOREIGN_FEW)
    out = []
    for m in _OWNER.finditer(question):
        words = m.group(1).split()
        while words and (words[0].casefold() in STOPWORDS or stem(words[0]) in QUESTION_WORDS):
            words = words[1:]
        name = " ".join(words)
        if name and not (set(content_stems(name)) & held) and not ROLE_Q.search(name) and not any(
                w.casefold() in _NOT_BODIES for w in words) and all(stats.doc_freq(w) < few for w in words):
            out.append(name)
    return out


def name_patterns(names: list[str]) -> list[re.Pattern[str]]:
    """Patterns for foreign bodies' names as whole words, for ``of_foreign``."""
    return [re.compile(rf"\b{re.escape(n)}\b") for n in names]


#: chunks before a hit read for a body it records the business of (the report's title: "Cherwell District Council
#: Summary (2025-2026)")
FOREIGN_REACH = 3


def of_foreign(hit: Hit, found: list[re.Pattern[str]], stats: Stats | None) -> bool:
    """Does a hit, or one of the few chunks before it in its document, name one of a question's foreign bodies (see
    ``foreign_names``)?"""
    h = hit
    for step in range(FOREIGN_REACH + 1):
        if any(f.search(h.text) for f in found):
            return True
        before = stats.prev_chunk(h) if step < FOREIGN_REACH and stats is not None and stats.prev_chunk else None
        if before is None:
            return False
        h = before
    return False
