"""Evidence for reports: what is in scope, balanced retrieval per group, whether a group has evidence,
which sentences represent it, and one numbered citation list for a whole report.

Summaries, briefing packs and timelines (``summarise``, ``brief``, ``timeline``) share these steps. The
sentence scoring is the extractive answerer's (:func:`minutes_rag.answer.extractive.score_sentences`); this module
adds the gate ("is there evidence at all?") and the choice of representative, non-redundant sentences.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..answer.cite import best_sentence, citation_for
from ..answer.cues import QUESTION_WORDS
from ..answer.extractive import MIN_FOCUS
from ..answer.meaning import similarities
from ..answer.scoring import Stats, jaccard, score_sentences
from ..index.embed import Embedder
from ..index.store import Store
from ..retrieve import retrieve
from ..scope import Filters
from ..text import content_stems, sentences
from ..types import Answer, Citation, DocumentRecord, Hit
from .basis import basis_of
from .salience import is_chrome, specifics, trim_furniture
from .types import SummaryPoint

Embed = Callable[[list[str]], list[list[float]]]

#: a sentence is on the topic when it holds this share of the topic's (IDF-weighted) words ...
MIN_POINT_COVERAGE = 0.4
#: ... or holds the topic's most specific word and this share
MIN_FOCUS_COVERAGE = 0.25
#: a group whose best on-topic passage is less similar than this to the topic has only passing mentions
STRONG_VECTOR = 0.45
#: ... and one this close in meaning, holding the topic's most specific word, is evidence even when the
#: minutes word the rest differently ("children's services" for "children's social care")
CLOSE_VECTOR = 0.55
MAX_POINT_CHARS = 500
#: weight of each kind of specific thing a sentence states (two at most count)
SPECIFIC_WEIGHT = 0.15
#: weight of a sentence's closeness in meaning to the topic, when the embedder is at hand
SIM_WEIGHT = 0.5
#: a sentence outside the on-topic passages is a point only when at least this close in meaning to the topic
NEAR_SENTENCE = 0.3
#: sentences outside the on-topic passages weighed by meaning, at most (each costs the embedder)
MAX_WIDENED = 24
#: sentences of a group weighed by meaning, at most (a summary of many groups embeds this many per group)
MAX_WEIGHED = 48

_MONEY = re.compile(r"£\s?\d[\d,.]*\s?(?:m|bn|k|million|billion)?\b|\b\d[\d,.]*\s?(?:%|per ?cent)", re.I)
#: a sentence that records a decision ("carried out" is not one)
DECIDED = re.compile(r"\b(?:RESOLVED|AGREED|APPROVED|CARRIED|[Rr]esolved|[Aa]greed|[Aa]pproved|[Dd]ecided"
                     r"|[Cc]arried(?! out)|[Aa]warded|[Aa]dopted)\b")
_JUNK = re.compile(r"pdf icon|view the full minutes|supporting documents:|additional documents:", re.I)
_MARK = re.compile(r"\[(\d+)\]")


@dataclass
class Scope:
    """The authorities, committees, dates and documents a report covers."""

    authorities: list[str]
    committees: list[str] = field(default_factory=list)  # stored committee names; empty: any
    since: str | None = None
    until: str | None = None
    documents: list[DocumentRecord] = field(default_factory=list)
    unattributed: int = 0  # documents in range without an authority (left out)

    def docs_of(self, authority: str) -> list[DocumentRecord]:
        return [d for d in self.documents if authority in d.bodies]

    def describe(self) -> dict[str, Any]:
        out: dict[str, Any] = {"authority": self.authorities, "committee": self.committees,
                               "since": self.since, "until": self.until}
        return {k: v for k, v in out.items() if v}


def resolve_scope(store: Store, filters: Filters) -> Scope:
    """The documents in scope of resolved filters (no authority: every indexed authority)."""
    docs = [d for d in store.all_documents() if d.status == "ok"]
    known = sorted({a for d in docs for a in d.bodies})
    auths = list(filters.authorities) or known
    committees = list(filters.committees)
    # (a file of several meetings' records has no one date: its records are dated, and kept or left out, one by one)
    dated = [d for d in docs if in_range(d.meeting_date, filters.since, filters.until) or (
        not d.authority and d.bodies)]
    chosen = [d for d in dated if set(d.bodies) & set(auths) and (not committees or d.committee in committees)]
    unattributed = sum(1 for d in dated if not d.bodies) if not filters.authorities else 0
    return Scope(auths, committees, filters.since, filters.until, chosen, unattributed)


def in_range(day: str | None, since: str | None, until: str | None) -> bool:
    if not since and not until:
        return True
    if not day:
        return False
    return (not since or day >= since) and (not until or day <= until)


def hits_for(store: Store, emb: Embedder, query: str, k: int, authorities: Sequence[str],
             committees: Sequence[str] = (), since: str | None = None, until: str | None = None,
             copies: dict[str, list[str]] | None = None, keep: Callable[[Hit], bool] | None = None,
             mode: str = "hybrid") -> list[Hit]:
    """Top-k hits for one group (any of its committees' names)."""
    pool = k * 3 if keep else k
    found = retrieve(store, emb, query, pool, Filters(list(authorities), list(committees), since, until), mode,
                     copies)
    hits = [h for h in found if keep is None or keep(h)][:k]
    for rank, h in enumerate(hits, start=1):
        h.rank = rank
    return hits


# ---- does a group have evidence, and which sentences stand for it ------------------------------------


@dataclass
class Evidence:
    """The scored sentences of a group's hits and the verdict on them."""

    hits: list[Hit]
    ranked: list[Any]  # extractive candidates, best first
    weights: dict[str, float]
    relevant: list[Any]  # candidates that are on the topic
    strength: str  # strong, weak or none
    share: float = 0.0  # weight of the topic's most specific words that the on-topic passages hold
    topic: str = ""

    @property
    def found(self) -> bool:
        return self.strength != "none"

    def relevant_hits(self) -> list[Hit]:
        seen: list[int] = []
        for c in self.relevant:
            if c.hit not in seen:
                seen.append(c.hit)
        return [self.hits[i] for i in sorted(seen)]


def assess(topic: str, hits: list[Hit], stats: Stats | None) -> Evidence:
    """Score a group's sentences against the topic and decide: strong, weak (passing mentions) or none.

    A sentence is on the topic when it holds enough of the topic's weighted words; the topic's most
    specific words must appear in the on-topic evidence (as for ``ask``); and the passage holding the
    best of it must be close to the topic, or the group has only passing mentions.
    """
    ev = _assess(topic, hits, stats)
    ev.topic = topic
    return ev


def _assess(topic: str, hits: list[Hit], stats: Stats | None) -> Evidence:
    ranked, weights = score_sentences(topic, hits, stats)
    ranked = [c for c in ranked if not c.other_year] or ranked
    if not ranked or not weights:
        return Evidence(hits, ranked, weights, [], "none")
    focus = sorted((t for t in weights if t not in QUESTION_WORDS), key=lambda t: -weights[t])[:3]
    focus = focus or sorted(weights, key=lambda t: -weights[t])[:3]
    top = focus[0]
    relevant = [c for c in ranked if c.coverage >= MIN_POINT_COVERAGE
                or (top in c.stems and c.coverage >= MIN_FOCUS_COVERAGE)]
    found: set[str] = set().union(*(c.covered for c in relevant[:8])) if relevant else set()
    share = sum(weights[t] for t in focus if t in found) / (sum(weights[t] for t in focus) or 1.0)
    best = max((h.vector_score or 0.0) for h in hits)
    if (not relevant or share == 0) and best >= STRONG_VECTOR:
        # passages close to the topic in meaning that miss its most specific word ("children's services"
        # without "Ofsted"): partial evidence, shown as such, rather than none
        relevant = [c for c in ranked if c.coverage > 0][:8]
        return Evidence(hits, ranked, weights, relevant, "weak" if relevant else "none")
    if not relevant or share == 0:
        return Evidence(hits, ranked, weights, [], "none")
    # closeness of the group's passages as a whole: a single on-topic phrase in an off-topic passage is weak,
    # and so is evidence that misses part of the topic
    strong = best >= STRONG_VECTOR and share >= MIN_FOCUS or best >= CLOSE_VECTOR and top in found
    return Evidence(hits, ranked, weights, relevant, "strong" if strong else "weak", share)


def good_sentence(text: str) -> bool:
    """Prose worth quoting: not a heading, a list of names, or page furniture."""
    words = text.split()
    if len(words) < 8 or _JUNK.search(text) or not re.search(r"[a-z]", text) or text.rstrip().endswith(":"):
        return False
    if is_chrome(text):  # a web page's title, breadcrumb or "Meeting: 17/12/2019" field
        return False
    alpha = [w for w in words if w[:1].isalpha()]
    caps = sum(1 for w in alpha if w[:1].isupper())
    return not (len(alpha) > 5 and caps / len(alpha) > 0.7)  # a list of names, a title, a reference


def label_of(text: str) -> str | None:
    """What a sentence states in brief: its first sum of money or percentage, or that it is a decision."""
    m = _MONEY.search(text)
    if m:
        return m.group(0).strip()
    return "decision" if DECIDED.search(text) else None


@dataclass
class Pick:
    hit: Hit
    offset: int
    text: str
    score: float
    label: str | None = None


def candidate_pool(ev: Evidence) -> list[Any]:
    """Sentences of the on-topic passages that are worth quoting, best first."""
    on_topic = {c.hit for c in ev.relevant}
    return [q for c in ev.ranked if c.hit in on_topic and (q := quotable(ev, c)) is not None]


def quotable(ev: Evidence, c: Any) -> Any | None:
    """A candidate worth quoting as it is, or without the page furniture the sentence splitter glued to its
    opening (a web page's breadcrumb and title lines), re-weighed on the words left; None when it is neither."""
    if good_sentence(c.text):
        return c
    offset, text = trim_furniture(ev.hits[c.hit].text, c.offset, c.text)
    if text == c.text or not good_sentence(text):
        return None
    stems = set(content_stems(text))
    total = sum(ev.weights.values()) or 1.0
    coverage = sum(w for t, w in ev.weights.items() if t in stems) / total
    return replace(c, offset=offset, text=text, stems=stems, coverage=coverage,
                   score=c.score + coverage - c.coverage)


def _bonus(text: str) -> float:
    """Weight for what a sentence states: each kind of specific thing (figure, judgement, decision, change,
    concern) counts, two at most."""
    return SPECIFIC_WEIGHT * min(len(specifics(text)), 2)


def _salient_pool(ev: Evidence, pool: list[Any], embed: Embed) -> tuple[list[Any], dict[int, float]]:
    """The pool widened to every passage of the group's hits, each sentence weighed by its closeness in meaning
    to the topic; a sentence outside the on-topic passages stays only when it is close to the topic and states
    something specific (a passage worded apart from the topic can hold its telling figure)."""
    on_topic = {c.hit for c in ev.relevant}
    extra = [q for c in ev.ranked
             if c.hit not in on_topic and (q := quotable(ev, c)) is not None and specifics(q.text)]
    wide = pool + extra[:MAX_WIDENED]
    # the best by words and by what they state are weighed by meaning (one call of the embedder); the rest keep
    # their place by words alone
    weighed = sorted(wide, key=lambda c: -(c.score + _bonus(c.text)))[:MAX_WEIGHED]
    sims = dict(zip((id(c) for c in weighed), similarities(ev.topic, weighed, embed), strict=True)) if weighed else {}
    return [c for c in wide if c.hit in on_topic or sims.get(id(c), 0.0) >= NEAR_SENTENCE], sims


def select_points(ev: Evidence, max_points: int = 5, only: Callable[[str], bool] | None = None,
                  boost: Callable[[Hit], float] | None = None, embed: Embed | None = None) -> list[Pick]:
    """Representative, non-redundant sentences (figures, judgements, decisions, changes and concerns preferred),
    at most ``max_points``.

    With ``embed`` (the index's embedder) the points are ranked by salience: each sentence is weighed by its
    closeness in meaning to the topic, and those that state something specific come before those that do not.
    """
    pool = [c for c in candidate_pool(ev) if only is None or only(c.text)]
    sims: dict[int, float] = {}
    if embed is not None and ev.topic:
        pool, sims = _salient_pool(ev, pool, embed)
        pool = [c for c in pool if only is None or only(c.text)]
    if not pool:
        return []
    scored = sorted(((c.score + _bonus(c.text) + SIM_WEIGHT * sims.get(id(c), 0.0)
                      + (boost(ev.hits[c.hit]) if boost else 0.0), c) for c in pool), key=lambda t: -t[0])
    best = scored[0][0]
    tiered = bool(sims)
    chosen: list[tuple[float, Any]] = []
    per_hit: dict[int, int] = {}
    while scored and len(chosen) < max_points:
        def gain(t: tuple[float, Any]) -> tuple[bool, float]:
            s, c = t
            overlap = max((jaccard(c.stems, k.stems) for _, k in chosen), default=0.0)
            return tiered and bool(specifics(c.text)), s - 0.5 * overlap - 0.08 * per_hit.get(c.hit, 0)

        pick = max(scored, key=gain)
        scored.remove(pick)
        s, c = pick
        if s < 0.4 * best or any(jaccard(c.stems, k.stems) > 0.5 for _, k in chosen):
            continue
        chosen.append(pick)
        per_hit[c.hit] = per_hit.get(c.hit, 0) + 1
    return [Pick(ev.hits[c.hit], c.offset, clip(c.text), s, label_of(c.text)) for s, c in chosen]


#: an e-mail address whose last label a line break split ("name@council.gov.u k")
_BROKEN_EMAIL = re.compile(r"(\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.)([a-z]{1,2})\s+([a-z]{1,2})\b(?![\w@])")


def join_emails(text: str) -> str:
    """Put back together an e-mail address broken across a line (its last label three letters at most)."""
    return _BROKEN_EMAIL.sub(lambda m: m.group(0) if len(m.group(2) + m.group(3)) > 3
                             else m.group(1) + m.group(2) + m.group(3), text)


def clip(text: str, limit: int = MAX_POINT_CHARS) -> str:
    """One line of at most ``limit`` characters; a list mark the sentence split left at its end is dropped."""
    t = re.sub(r"\s+\(?[a-z][.)]$", "", join_emails(" ".join(text.split())))
    t = re.sub(r"^[·•▪●◦]\s*", "", t)
    return t if len(t) <= limit else t[: limit - 1].rsplit(" ", 1)[0] + " …"


# ---- one citation list for a whole report ---------------------------------------------------------------


class CitationBook:
    """Numbers citations in order of first use across a report; one number per cited passage."""

    def __init__(self) -> None:
        self._order: list[str] = []
        self._hits: dict[str, Hit] = {}
        self._quotes: dict[str, list[tuple[int, str]]] = {}
        self._made: dict[str, Citation] = {}

    def cite(self, hit: Hit, offset: int, quote: str) -> int:
        """The number of a passage, adding the quoted sentence (at ``offset`` in the passage) to it."""
        key = hit.chunk_id or f"{hit.source}#{hit.pages}"
        if key not in self._hits and key not in self._made:
            self._order.append(key)
            self._hits[key] = hit
            self._quotes[key] = []
        if key in self._quotes and all(q != quote for _, q in self._quotes[key]):
            self._quotes[key].append((offset, quote))
        return self._order.index(key) + 1

    def cite_made(self, key: str, citation: Citation) -> int:
        """The number of a citation built elsewhere (a decision's row), keyed by ``key``."""
        if key not in self._made and key not in self._hits:
            self._order.append(key)
            self._made[key] = citation
        return self._order.index(key) + 1

    def pick(self, p: Pick) -> int:
        return self.cite(p.hit, p.offset, p.text.removesuffix(" …"))

    def hit_of(self, n: int) -> Hit | None:
        return self._hits.get(self._order[n - 1])

    def citations(self) -> list[Citation]:
        out = []
        for n, key in enumerate(self._order, start=1):
            if key in self._made:
                c = self._made[key]
                out.append(Citation(**{**c.to_dict(), "n": n}))
            else:
                hit = self._hits[key]
                c = citation_for(n, hit, sorted(self._quotes[key]))
                c.authority_basis = basis_of([hit]) if hit.authority else None
                out.append(c)
        return out


def point_of(book: CitationBook, p: Pick, group: str | None = None) -> SummaryPoint:
    return SummaryPoint(text=join_emails(p.text), citations=[book.pick(p)], group=group, label=p.label)


def answer_points(ans: Answer, hits: list[Hit], book: CitationBook, group: str | None = None) -> list[SummaryPoint]:
    """A checked generated answer as points, its citations renumbered into the report's list.

    Each sentence keeps the sources the model cited (already validated by :func:`minutes_rag.answer.cite.
    check_citations`); the quote recorded for a source is its sentence that best supports the claim.
    Sentences the check found unsupported are kept and marked ``supported=False``.
    """
    if ans.abstained:
        return []
    by_chunk = {h.chunk_id: h for h in hits}
    text = re.sub(r"([.!?])\s*((?:\[\d+\]\s*)+)", lambda m: " " + m.group(2).strip() + m.group(1), ans.answer)
    unsupported = {" ".join(u.split()) for u in ans.unsupported}
    points = []
    for _, sent in sentences(text):
        claim = re.sub(r"\s+([.!?,;:])", r"\1", " ".join(_MARK.sub("", sent).split()))
        if not re.search(r"\w", claim):
            continue
        numbers: list[int] = []
        for n in (int(x) for x in _MARK.findall(sent)):
            if not 1 <= n <= len(ans.citations):
                continue
            hit = by_chunk.get(ans.citations[n - 1].chunk_id)
            if hit is None:
                continue
            off, quote = best_sentence(claim, hit)
            g = book.cite(hit, off, quote)
            if g not in numbers:
                numbers.append(g)
        bare = claim.rstrip(".!?")
        ok = not any(bare in u or u.rstrip(".!?") in claim for u in unsupported)
        points.append(SummaryPoint(text=claim, citations=numbers, group=group, supported=ok))
    return points


AnswerFn = Callable[[str, list[Hit]], Answer]


def dedupe(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    for i in items:
        if i not in out:
            out.append(i)
    return out
