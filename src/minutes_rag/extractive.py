"""The offline default answerer: it selects evidence sentences and cites each; it writes nothing else.

Sentences of the retrieved chunks are scored by how much of the question's content they cover
(IDF-weighted over the candidate pool), the rank of their chunk, and cues from the kind of question
(figures for "how much", decisions for "what was agreed", names for "who"). The best few, without
repeats, are grouped by source and cited ``[n]``. When even the best sentence covers too little of the
question, it abstains and lists the closest sources instead.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from .chunk import page_at
from .text import content_stems, sentences
from .types import Answer, Citation, Hit

MAX_SENTENCES = 4
#: below this share of the question's (IDF-weighted) content in the best evidence sentence, abstain
MIN_COVERAGE = 0.34
NO_ANSWER = "The indexed minutes do not answer this question."

_NUMERIC_Q = re.compile(
    r"\b(how (much|many|big|large|long|far|close)|what (share|size|ratio|rate|price|cost|amount|figure|number|"
    r"percentage|proportion|limit|level|budget)|at what price|what .*(£|\$|€|per ?cent|%))", re.I
)
_DECISION_Q = re.compile(r"\b(decid|agree|approv|resolv|sign(ed)? off|vote|chose|choose|award|adopt|set)\w*", re.I)
_WHO_Q = re.compile(r"\b(who|which (councillor|member|consultanc|supplier|company|officer|firm|team))\b", re.I)
_WHEN_Q = re.compile(r"\b(when|what date|which date|on what date)\b", re.I)
_DECISION_S = re.compile(r"\b(RESOLVED|AGREED|approved|agreed|carried|Carried|CARRIED|Motion Passed|BE APPROVED|"
                         r"voted|decided|awarded|accepted)\b")
_NAME_S = re.compile(r"\b(Councillor|Cllr|Mayor|Mr|Mrs|Ms|Dr|Chair)\.? [A-Z]|\b[A-Z][a-z]+ [A-Z][a-z]+\b")
_DATE_S = re.compile(r"\b\d{1,2}(st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|"
                     r"October|November|December)\b|\b(January|February|March|April|May|June|July|August|"
                     r"September|October|November|December) \d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_DIGIT = re.compile(r"\d")


@dataclass
class _Cand:
    hit: int  # index into hits
    offset: int
    text: str
    stems: set[str]
    score: float = 0.0
    coverage: float = 0.0


def _candidates(hits: list[Hit]) -> list[_Cand]:
    out = []
    for i, h in enumerate(hits):
        for off, s in sentences(h.text):
            words = s.split()
            if len(words) < 4 or len(s) > 1200:
                continue
            out.append(_Cand(i, off, s, set(content_stems(s))))
    return out


def _idf(cands: list[_Cand], terms: list[str]) -> dict[str, float]:
    n = len(cands)
    return {t: math.log((n + 1) / (sum(1 for c in cands if t in c.stems) + 0.5)) for t in terms}


def score_sentences(question: str, hits: list[Hit]) -> list[_Cand]:
    """Candidate evidence sentences, best first."""
    terms = list(dict.fromkeys(content_stems(question)))
    cands = _candidates(hits)
    if not cands or not terms:
        return []
    idf = _idf(cands, terms)
    total = sum(idf.values()) or 1.0
    numeric, decision = bool(_NUMERIC_Q.search(question)), bool(_DECISION_Q.search(question))
    who, when = bool(_WHO_Q.search(question)), bool(_WHEN_Q.search(question))
    for c in cands:
        c.coverage = sum(idf[t] for t in terms if t in c.stems) / total
        prior = 1.0 / math.sqrt(c.hit + 1)
        bonus = 0.0
        if numeric and _DIGIT.search(c.text):
            bonus += 0.12
        if decision and _DECISION_S.search(c.text):
            bonus += 0.1
        if who and _NAME_S.search(c.text):
            bonus += 0.06
        if when and _DATE_S.search(c.text):
            bonus += 0.08
        # long sentences cover more by chance: a gentle length penalty
        length = max(len(c.stems), 1)
        c.score = c.coverage + 0.25 * prior + bonus - 0.002 * max(length - 40, 0)
    return sorted(cands, key=lambda c: -c.score)


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def item_label(h: Hit) -> str | None:
    if not h.item_number and not h.item_title:
        return None
    return " ".join(x for x in (h.item_number, h.item_title) if x)


def citation_for(n: int, h: Hit, quotes: list[tuple[int, str]]) -> Citation:
    """A citation of a hit, with the page of each quoted sentence when the chunk spans pages."""
    default = h.pages[0] if h.pages else None
    pages = sorted({p for off, _ in quotes if (p := page_at(h.page_map, off, default)) is not None})
    return Citation(
        n=n, source=h.source, page=pages[0] if pages else default, pages=pages or list(h.pages),
        authority=h.authority, committee=h.committee, meeting_date=h.meeting_date, item=item_label(h),
        quote=" ".join(q for _, q in quotes), chunk_id=h.chunk_id, copies=list(h.copies),
    )


def answer_extractive(question: str, hits: list[Hit], max_sentences: int = MAX_SENTENCES) -> Answer:
    """Cited evidence sentences for a question, or an abstention listing the closest sources."""
    ranked = score_sentences(question, hits)
    if not ranked or ranked[0].coverage < MIN_COVERAGE:
        return Answer(question=question, answer=NO_ANSWER, abstained=True, closest=hits[:5],
                      warnings=["no evidence sentence covers enough of the question"] if hits else
                      ["nothing matched the question and filters"])
    best = ranked[0].score
    chosen: list[_Cand] = []
    for c in ranked:
        if len(chosen) == max_sentences or c.score < 0.6 * best:
            break
        if c.coverage == 0 or any(_jaccard(c.stems, k.stems) > 0.6 for k in chosen):
            continue
        chosen.append(c)
    # group by source chunk, in order of first choice; sentences in document order within a chunk
    order: list[int] = []
    for c in chosen:
        if c.hit not in order:
            order.append(c.hit)
    citations: list[Citation] = []
    paragraphs: list[str] = []
    for n, hi in enumerate(order, start=1):
        quotes = sorted((c.offset, c.text) for c in chosen if c.hit == hi)
        citations.append(citation_for(n, hits[hi], quotes))
        paragraphs.append(" ".join(f"{q} [{n}]" for _, q in quotes))
    return Answer(question=question, answer="\n\n".join(paragraphs), abstained=False, citations=citations)
