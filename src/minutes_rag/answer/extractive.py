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
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from ..chunk import page_at
from ..parse.meta import is_machine_made, names_authority
from ..parse.votes import VOTE_COUNT
from ..text import content_stems, content_terms, sentences, stem
from ..types import Answer, Citation, Decision, Hit

MAX_SENTENCES = 4
#: abstain when the best sentence holds less than this share of the question's (IDF-weighted) words...
MIN_COVERAGE = 0.12
#: ...or when the evidence and its context miss too much of the question's three most specific words
MIN_FOCUS = 0.5
#: weight of the chunk's retrieval rank in a sentence's score
PRIOR_WEIGHT = 0.25
#: a sentence from a source not yet cited must score at least this share of the best sentence
NEW_SOURCE_MIN = 0.5
MAX_SOURCES = 4
#: a sentence that covers no new question word must score at least this share of the best
REPEAT_MIN = 0.85
NO_ANSWER = "The indexed minutes do not answer this question."

_NUMERIC_Q = re.compile(
    r"\b(how (much|many|big|large|long|far|close)|what (share|size|ratio|rate|price|cost|amount|figure|number|"
    r"percentage|proportion|limit|level|budget)|at what price|what .*(£|\$|€|per ?cent|%))", re.I
)
#: a question about an amount even when it does not say "how much": its answer is a figure
_FIGURE_Q = re.compile(r"\b(costs?|costing|price[sd]?|spend|spent|spending|fees?|salar(y|ies)|ratio|rates?|sums?|"
                       r"totals?|value[sd]?|funding|grants?)\b", re.I)
#: a paragraph number opening a sentence ("7.3 The ...", "(2) ..."): not a figure
_PARA_NO = re.compile(r"^\s*\(?\d+(?:\.\d+)*\)?\.?\s+(?=[A-Z(])")


def has_figure(text: str) -> bool:
    """Does a sentence state an amount, share or ratio (not counting its paragraph number)?"""
    return bool(_FIGURE.search(_PARA_NO.sub("", text, count=1)))


_DECISION_Q = re.compile(r"\b(decid|agree|approv|resolv|sign(ed)? off|vote|chose|choose|award|adopt|set)\w*", re.I)
_WHO_Q = re.compile(r"\b(who|which (councillor|member|consultanc|supplier|company|officer|firm|team))\b", re.I)
_ROLE_Q = re.compile(r"\b(mayor|chair|leader|clerk|chief executive|treasurer|councillor|consultan|supplier|"
                     r"contractor|officer|director|commissioner|reeve|cathaoirleach|chomhairleoir)", re.I)
_WHEN_Q = re.compile(r"\b(when|what date|which date|on what date)\b", re.I)
_DECISION_S = re.compile(r"\b(RESOLVED|AGREED|approved|agreed|carried(?! out)|Carried|CARRIED|Motion Passed|BE APPROVED|"
                         r"voted|decided|awarded|accepted)\b")
_NAME_S = re.compile(r"\b(Councillor|Cllr|Mayor|Mr|Mrs|Ms|Dr|Chair)\.? [A-Z]|\b[A-Z][a-z]+ [A-Z][a-z]+\b")
_DATE_S = re.compile(r"\b\d{1,2}(st|nd|rd|th)? (January|February|March|April|May|June|July|August|September|"
                     r"October|November|December)\b|\b(January|February|March|April|May|June|July|August|"
                     r"September|October|November|December) \d{1,2}\b|\b\d{1,2}/\d{1,2}/\d{2,4}\b")
_DIGIT = re.compile(r"\d")
#: an amount, share or ratio (not a year, date or reference number such as R2025-072)
_FIGURE = re.compile(r"[£$€]\s?\d|\b\d+(?:\.\d+)?\s?(?:%|per ?cent\b)|\b\d+(?:\.\d+)?:\d+\b|\b\d{1,3}(?:,\d{3})+\b|"
                     r"(?<![-/.\d])\b\d+\.\d+\b(?![-/.]\d)|\b\d+(?:\.\d+)?\s?(?:m|bn|k|million|billion)\b")


@dataclass
class Stats:
    """What the answerer may ask of the index: how many chunks, how many hold a word, and (optionally)
    the chunk that follows a hit in its document, for evidence that runs over a chunk's end."""

    n_chunks: int
    doc_freq: Callable[[str], int]
    next_chunk: Callable[[Hit], Hit | None] | None = None
    #: the decisions and recorded votes of a hit's document, in order (see ``decision_register``)
    decisions: Callable[[Hit], list[Decision]] | None = None


@dataclass
class _Cand:
    hit: int  # index into hits
    offset: int
    text: str
    stems: set[str]
    score: float = 0.0
    coverage: float = 0.0  # share of the question's weight found in the sentence itself
    covered: frozenset[str] = frozenset()  # question stems found in the sentence or its context
    other_year: bool = False  # names only years other than those the question asks about


#: words that shape a question rather than name its subject; never the "specific words" it must find
QUESTION_WORDS = frozenset(stem(w) for w in """
    mean meant deal dealt grow grew grown size find found bring brought keep kept rise rose risen give gave
    given happen happened put close help prepare sign ask asked say said tell told show shown change changed
    choose chose chosen decide decided agree agreed approve approved set make made take took taken get got go
    went come came become became use used need want report reported expect expected plan planned follow
    followed move moved push pushed hold held cover covered compare trace describe explain list name named
    each both first last new old much many long big large small high low final recent latest current
    previous next kind type way ways part parts money amount number figure figures total stage step thing
    things time times year years date dates day days whole main key doing done said say says happen
""".split())

_VOTES_Q = re.compile(r"\b(vote|voted|votes|voting|how close)\b", re.I)
_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_MONTHS = ("january february march april may june july august september october november december").split()


def _candidates(hits: list[Hit]) -> list[_Cand]:
    out = []
    for i, h in enumerate(hits):
        for off, s in sentences(h.text):
            if len(s.split()) < 4 or len(s) > 1200:
                continue
            out.append(_Cand(i, off, s, set(content_stems(s))))
        votes = list(VOTE_COUNT.finditer(h.text))
        if len(votes) >= 2:  # a recorded vote: quote its counts together
            text = "; ".join(m.group(0).strip() for m in votes[:4])
            out.append(_Cand(i, votes[0].start(), text, set(content_stems(text)) | {"vote", "voted"}))
    return out


def _context(h: Hit) -> set[str]:
    """Words that describe where a chunk is from: authority, committee, item, month and year, file name."""
    bits = [h.authority or "", h.committee or "", h.item_title or "", Path(h.source).stem.replace("_", " ")]
    day = h.meeting_date or ""
    if day[5:7].isdigit() and 1 <= int(day[5:7]) <= 12:  # a Hit built by hand may carry any string
        bits.append(f"{_MONTHS[int(day[5:7]) - 1]} {day[:4]}")
    return set(content_stems(" ".join(bits)))


def _weights(question: str, cands: list[_Cand], stats: Stats | None) -> dict[str, float]:
    """IDF weight per question stem, from the whole index when known, else from the candidate pool."""
    weights: dict[str, float] = {}
    for raw, st in content_terms(question):
        if stats is not None:
            weights[st] = math.log((stats.n_chunks + 1) / (stats.doc_freq(raw) + 1)) + 0.1
        else:
            n = len(cands)
            weights[st] = math.log((n + 1) / (sum(1 for c in cands if st in c.stems) + 0.5))
    return {k: max(v, 0.05) for k, v in weights.items()}


def score_sentences(question: str, hits: list[Hit], stats: Stats | None = None) -> tuple[list[_Cand], dict[str, float]]:
    """Candidate evidence sentences, best first, and the weight of each question stem."""
    cands = _candidates(hits)
    weights = _weights(question, cands, stats)
    if not cands or not weights:
        return [], weights
    total = sum(weights.values())
    contexts = [_context(h) for h in hits]
    q_years = set(_YEAR.findall(question))
    numeric, decision = bool(_NUMERIC_Q.search(question)), bool(_DECISION_Q.search(question))
    who, when = bool(_WHO_Q.search(question)), bool(_WHEN_Q.search(question))
    role_m = _ROLE_Q.search(question)
    role = role_m.group(1) if role_m else None
    votes_q = bool(_VOTES_Q.search(question))
    for c in cands:
        own = {t for t in weights if t in c.stems}
        ctx = {t for t in weights if t in contexts[c.hit]} - own
        c.coverage = sum(weights[t] for t in own) / total
        c.covered = frozenset(own | ctx)
        bonus = 0.0
        if numeric and _DIGIT.search(c.text):
            bonus += 0.08
        if decision and _DECISION_S.search(c.text):
            bonus += 0.06
        if who and _NAME_S.search(c.text):
            bonus += 0.04
            if role and re.search(rf"\b{role}\w*\s+[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+)+", c.text, re.I):
                bonus += 0.15  # "Mayor Tom Piper" for "who was the mayor"
        if when and _DATE_S.search(c.text):
            bonus += 0.05
        if votes_q and VOTE_COUNT.search(c.text):
            bonus += 0.15
        s_years = set(_YEAR.findall(c.text))
        h = hits[c.hit]
        if q_years and s_years and not (q_years & s_years) and (h.meeting_date or "")[:4] not in q_years:
            c.other_year = True  # it speaks of another year than the one asked about
        prior = 1.0 / math.sqrt(c.hit + 1)
        length = max(len(c.stems), 1)
        c.score = (c.coverage + 0.4 * sum(weights[t] for t in ctx) / total + PRIOR_WEIGHT * prior + bonus
                   - 0.002 * max(length - 40, 0))
    ranked = sorted(cands, key=lambda c: -c.score)
    return ranked, weights


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
        quote=" ".join(q for _, q in quotes), chunk_id=h.chunk_id, copies=list(h.copies), url=h.url,
    )


def _gain(c: _Cand, weights: dict[str, float], done: frozenset[str], total: float) -> float:
    """A sentence's score plus the weight of the question words it adds to those already covered."""
    return c.score + 0.6 * sum(weights[t] for t in c.covered - done) / total


def _select(ranked: list[_Cand], weights: dict[str, float], max_sentences: int) -> list[_Cand]:
    """Greedy: the best sentences that add something, preferring ones that cover what is still missing."""
    total = sum(weights.values()) or 1.0
    best = ranked[0].score
    chosen: list[_Cand] = []
    covered: set[str] = set()
    pool = [c for c in ranked[:60] if c.score >= 0.5 * best and c.coverage > 0 and not c.other_year]
    while pool and len(chosen) < max_sentences:
        c = max(pool, key=partial(_gain, weights=weights, done=frozenset(covered), total=total))
        pool.remove(c)
        new = c.covered - covered
        if chosen and not new and c.score < REPEAT_MIN * best:
            continue
        if any(_jaccard(c.stems, k.stems) > 0.6 for k in chosen):
            continue
        sources = {k.hit for k in chosen}
        if chosen and c.hit not in sources and (len(sources) >= MAX_SOURCES or c.score < NEW_SOURCE_MIN * best):
            continue
        chosen.append(c)
        covered |= c.covered
    return chosen


def answer_extractive(question: str, hits: list[Hit], stats: Stats | None = None,
                      max_sentences: int = MAX_SENTENCES) -> Answer:
    """Cited evidence sentences for a question, or an abstention listing the closest sources."""
    ranked, weights = score_sentences(question, hits, stats)
    ranked = [c for c in ranked if not c.other_year] or ranked
    ranked = [c for c in ranked if not is_machine_made(hits[c.hit].source)] or ranked
    named = {i for i, h in enumerate(hits) if h.authority and names_authority(question, h.authority)}
    if named:  # the question names its authorities: quote no other authority's documents
        ranked = [c for c in ranked if c.hit in named or not hits[c.hit].authority] or ranked
    if not ranked:
        return _abstain(question, hits, "no evidence sentence shares a content word with the question")
    chosen = _select(ranked, weights, max_sentences)
    # the question's most specific words (rarest in the index) must be in the evidence or its context
    focus = sorted((t for t in weights if t not in QUESTION_WORDS), key=lambda t: -weights[t])[:3]
    found: set[str] = set().union(*(c.covered for c in chosen)) if chosen else set()
    focus_share = sum(weights[t] for t in focus if t in found) / (sum(weights[t] for t in focus) or 1.0)
    if not chosen or focus_share < MIN_FOCUS or ranked[0].coverage < MIN_COVERAGE:
        missing = [t for t in focus if t not in found]
        return _abstain(question, hits, f"no evidence mentions {', '.join(repr(m) for m in missing) or 'enough of the question'}")
    wants_figure = bool(_NUMERIC_Q.search(question) or _FIGURE_Q.search(question))
    order: list[int] = []
    for c in chosen:
        if c.hit not in order:
            order.append(c.hit)
    groups: list[tuple[int, list[tuple[int, str]], tuple[Hit, tuple[int, str]] | None]] = []
    for hi in order:
        quotes = _with_neighbours(hits[hi].text, sorted((c.offset, c.text) for c in chosen if c.hit == hi),
                                  wants_figure=wants_figure)
        groups.append((hi, quotes, _continuation(hits[hi], quotes, wants_figure, stats.next_chunk if stats else None)))
    if wants_figure:  # when some sources state figures, the ones that state none are context, not answer
        stated = [g for g in groups if any(has_figure(q) for _, q in g[1] + ([g[2][1]] if g[2] else []))]
        groups = stated or groups
    citations: list[Citation] = []
    paragraphs: list[str] = []
    for hi, quotes, follow in groups:
        n = len(citations) + 1
        citations.append(citation_for(n, hits[hi], quotes))
        para = " ".join(f"{q} [{n}]" for _, q in quotes)
        if follow is not None:  # the evidence runs on into the next chunk: quote its first sentence too
            nxt, quote = follow
            citations.append(citation_for(n + 1, nxt, [quote]))
            para += f" {quote[1]} [{n + 1}]"
        paragraphs.append(para)
    vote = next((v for hi in order if (v := _vote_asked(question, hits[hi], chosen,
                                                         stats.decisions if stats else None)) is not None), None)
    if vote is not None:  # the question asks how the vote went and no quote gives the counts
        n = len(citations) + 1
        citations.append(Citation(
            n=n, source=vote.source, page=vote.page, pages=list(vote.pages), authority=vote.authority,
            committee=vote.committee, meeting_date=vote.meeting_date, item=vote.item,
            quote=vote.votes.text if vote.votes else "", chunk_id=vote.chunk_id, copies=list(vote.also_in),
            url=vote.url))
        paragraphs.append(f"{citations[-1].quote} [{n}]")
    return Answer(question=question, answer="\n\n".join(paragraphs), abstained=False, citations=citations)


def _vote_asked(question: str, lead: Hit, chosen: list[_Cand],
                decisions: Callable[[Hit], list[Decision]] | None) -> Decision | None:
    """For a question about a vote whose quotes hold no counts: the recorded vote of a quoted document's
    item, the one after the quoted text (or the last, for "the final motion")."""
    if decisions is None or not _VOTES_Q.search(question) or any(VOTE_COUNT.search(c.text) for c in chosen):
        return None
    votes = [d for d in decisions(lead) if d.votes and (d.votes.for_ is not None or d.votes.unanimous)
             and d.votes.text]
    same_item = [d for d in votes if d.item and d.item == item_label(lead)]
    votes = sorted(same_item or votes, key=lambda d: _ordinal(d.chunk_id))
    if not votes:
        return None
    if re.search(r"\b(final|substantive|last)\b", question, re.I):
        return votes[-1]
    at = _ordinal(lead.chunk_id)
    return next((d for d in votes if _ordinal(d.chunk_id) >= at), votes[-1])


def _ordinal(chunk_id: str) -> int:
    parts = chunk_id.split(":")
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


def _continuation(h: Hit, quotes: list[tuple[int, str]], wants_figure: bool,
                  next_chunk: Callable[[Hit], Hit | None] | None) -> tuple[Hit, tuple[int, str]] | None:
    """The next chunk's first sentence, when the last quote ends its chunk and either is cut off mid-sentence
    or the figure asked for is in none of the quotes and that sentence holds one."""
    if next_chunk is None or not quotes:
        return None
    sents = sentences(h.text)
    if not sents or quotes[-1][0] != sents[-1][0]:
        return None
    cut = not quotes[-1][1].rstrip().endswith((".", "!", "?", ";", ":"))
    figure = wants_figure and not any(has_figure(q) for _, q in quotes)
    if not (cut or figure):
        return None
    nxt = next_chunk(h)
    first = sentences(nxt.text)[0] if nxt is not None and nxt.text.strip() else None
    if nxt is None or first is None or not 4 <= len(first[1].split()) <= 60:
        return None
    if not cut and not has_figure(first[1]):
        return None
    return nxt, first


def _with_neighbours(text: str, quotes: list[tuple[int, str]], wants_figure: bool = False) -> list[tuple[int, str]]:
    """Short or cut-off evidence sentences with the sentence after them (where figures often follow); for
    a question after a figure, also a figureless sentence followed by one that has it."""
    sents = sentences(text)
    offsets = [o for o, _ in sents]
    out: dict[int, str] = dict(quotes)
    for off, q in quotes:
        if off not in offsets:
            continue
        i = offsets.index(off)
        short = len(q.split()) < 30
        cut = not q.rstrip().endswith((".", "!", "?", ";"))
        nxt = sents[i + 1][1] if i + 1 < len(sents) else ""
        # the next sentence, unless it is a bare heading ("Reasons for decision"): figures may be short
        figure_next = wants_figure and not has_figure(q) and bool(has_figure(nxt))
        if (short or cut or figure_next) and nxt and len(nxt.split()) <= 60 and (
                len(nxt.split()) >= 4 or _DIGIT.search(nxt)):
            out.setdefault(*sents[i + 1])
        if q[:1].islower() and i > 0 and len(sents[i - 1][1].split()) <= 40:
            out.setdefault(*sents[i - 1])
    return sorted(out.items())


def _abstain(question: str, hits: list[Hit], why: str) -> Answer:
    return Answer(question=question, answer=NO_ANSWER, abstained=True, closest=hits[:5],
                  warnings=[why] if hits else ["nothing matched the question and filters"])
