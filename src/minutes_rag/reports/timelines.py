"""Topic timelines: what happened to a topic at each meeting, oldest first, each statement cited.

The topic is searched across the scope (hybrid, plus a wider keyword pass so a meeting that names the
topic is not missed), the hits are grouped by meeting (authority, body and date; the minutes, decision
notice and reports of one meeting together), and each meeting with evidence on the topic becomes an entry:
its decisions on the topic first, then its most telling sentences. With a chat model, each entry's
statements are written by the model from that meeting's passages and checked as in ``ask``.
"""

from __future__ import annotations

from collections import Counter

from ..answer.scoring import Stats
from ..index.embed import Embedder
from ..index.store import Store
from ..scope import body_key
from ..text import content_stems
from ..types import DocumentRecord, Hit
from .decisions import citation_of, decisions_in, vote_label
from .evidence import (
    AnswerFn,
    CitationBook,
    Scope,
    answer_points,
    assess,
    clip,
    dedupe,
    hits_for,
    point_of,
    select_points,
)
from .types import SummaryPoint, Timeline, TimelineEntry


def timeline(store: Store, emb: Embedder, topic: str, scope: Scope, *, stats: Stats | None = None,
             k: int = 60, max_points: int = 3, answer: AnswerFn | None = None, generator: str = "extractive",
             copies: dict[str, list[str]] | None = None) -> Timeline:
    """Dated entries of ``topic`` across the meetings in ``scope``, oldest first."""
    auths = scope.authorities
    hits = hits_for(store, emb, topic, k, auths, scope.committees, scope.since, scope.until, copies)
    seen = {h.chunk_id for h in hits}
    wide = hits_for(store, emb, topic, 3 * k, auths, scope.committees, scope.since, scope.until, copies,
                    mode="keyword")
    hits += [h for h in wide if h.chunk_id not in seen]
    in_scope = {d.doc_id for d in scope.documents}
    meetings: dict[tuple[str, str, str], list[Hit]] = {}
    undated = 0
    for h in hits:
        if h.doc_id not in in_scope:
            continue
        if not h.meeting_date:
            undated += 1
            continue
        meetings.setdefault((h.meeting_date, h.authority or "", body_key(h.committee)), []).append(h)
    book = CitationBook()
    out = Timeline(topic=topic, generator=generator, filters=scope.describe())
    docs = {d.doc_id: d for d in scope.documents}
    for (day, authority, _), group in sorted(meetings.items()):
        ev = assess(topic, group, stats)
        if not ev.found:
            continue
        entry = TimelineEntry(meeting_date=day, authority=authority or None,
                              committee=Counter(h.committee for h in group if h.committee).most_common(1)[0][0]
                              if any(h.committee for h in group) else None)
        rel = ev.relevant_hits()
        entry.items = dedupe(" ".join(x for x in (h.item_number, h.item_title) if x) for h in rel
                             if h.item_number or h.item_title)
        entry.sources = dedupe(h.source for h in rel)
        if answer is not None:
            question = (f"What happened to {topic} at the {entry.committee or authority} meeting of {day}? "
                        "State decisions, votes and figures.")
            ans = answer(question, rel[:6])
            out.warnings.extend(f"{day}: {w}" for w in ans.warnings)
            out.unsupported.extend(ans.unsupported)
            entry.points = answer_points(ans, rel[:6], book)
        else:
            entry.points = _decision_points(store, docs, rel, set(entry.items), ev.weights, book)
            taken = {p.text for p in entry.points}
            for p in select_points(ev, max_points, boost=_record_boost):
                if len(entry.points) >= max_points + 1:
                    break
                if p.text not in taken and not any(p.text[:60] in t for t in taken):
                    entry.points.append(point_of(book, p))
        if entry.points:
            out.entries.append(entry)
    out.citations = book.citations()
    if undated:
        out.warnings.append(f"{undated} passage(s) on the topic have no meeting date and are not on the timeline")
    return out


def _record_boost(h: Hit) -> float:
    # what the meeting itself recorded beats a report's background section
    return 0.1 if h.kind in ("minutes", "decision_notice") else 0.0


def _decision_points(store: Store, docs: dict[str, DocumentRecord], hits: list[Hit], items: set[str],
                     weights: dict[str, float], book: CitationBook) -> list[SummaryPoint]:
    """The decisions recorded at this meeting under the items where the topic was found (at most two)."""
    out: list[SummaryPoint] = []
    total = sum(weights.values()) or 1.0
    for doc_id in dedupe(h.doc_id for h in hits):
        doc = docs.get(doc_id)
        if doc is None:
            continue
        for d in decisions_in(store, doc):
            stems = set(content_stems(f"{d.item or ''} {d.text}"))
            if d.kind != "resolution" or d.item not in items or sum(w for t, w in weights.items() if t in stems) < 0.5 * total:
                continue
            text = clip(d.text.replace("\n", " "))
            if any(_same(text, p.text) for p in out):
                continue
            out.append(SummaryPoint(text, [book.cite_made(f"decision:{d.chunk_id}:{d.page}", citation_of(d))],
                                    label=vote_label(d)))
            if len(out) >= 2:
                return out
    return out


def _same(a: str, b: str) -> bool:
    sa, sb = set(content_stems(a)), set(content_stems(b))
    return bool(sa and sb) and len(sa & sb) / min(len(sa), len(sb)) > 0.7
