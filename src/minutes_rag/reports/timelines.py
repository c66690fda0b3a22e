"""Topic timelines: what happened to a topic at each meeting, oldest first, each statement cited.

The topic is searched across the scope (hybrid, plus a wider keyword pass so a meeting that names the
topic is not missed), the hits are grouped by meeting (authority, body and date; the minutes, decision
notice and reports of one meeting together), and each meeting with evidence on the topic becomes an entry:
its decisions on the topic first, then its most telling sentences. Papers that are not meetings (assessments,
forward plans) and meetings that mention the topic only in passing make no entry; a sentence an earlier entry
already said, or a report's retelling of an earlier decision, is not said again. With a chat model, each entry's
statements are written by the model from that meeting's passages and checked as in ``ask``.
"""

from __future__ import annotations

import re

from ..answer.scoring import Stats
from ..index.embed import Embedder
from ..index.store import Store
from ..text import content_stems, shingles
from ..types import DocumentRecord, Hit
from .basis import basis_of
from .decisions import citation_of, decisions_in, vote_label
from .evidence import (
    DECIDED,
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
from .meetings import NOT_MEETINGS, bodies, meetings
from .types import SummaryPoint, Timeline, TimelineEntry

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_MONTH_YEAR = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(20\d\d)\b", re.I)
#: a form's field label quoted as if it were a statement: "(a) Subject: ...", "(g) Additional information ...: None"
_FORM_FIELD = re.compile(r"^\(?[a-z]\)\s+[A-Z][^.:]{0,80}:")


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
    sittings = meetings(scope.documents)
    meeting_of = {d.doc_id: key for key, ds in sittings.items() for d in ds}
    names = bodies(scope.documents)
    grouped: dict[tuple[str, str, str], list[Hit]] = {}
    undated = not_meetings = passing = 0
    for h in hits:
        key = meeting_of.get(h.doc_id)
        if key is None:
            in_scope = any(d.doc_id == h.doc_id for d in scope.documents)
            undated += in_scope and not h.meeting_date
            not_meetings += in_scope and bool(h.meeting_date)
            continue
        grouped.setdefault(key, []).append(h)
    book = CitationBook()
    out = Timeline(topic=topic, generator=generator, filters=scope.describe())
    docs = {d.doc_id: d for d in scope.documents}
    earlier: list[str] = []  # what earlier entries said: a later entry does not say it again
    for (day, authority, body), group in sorted(grouped.items()):
        ev = assess(topic, group, stats)
        if ev.strength != "strong":  # passing mentions ("LEVI" funding is not the levy) make no entry
            passing += ev.found
            continue
        named = names.get((authority, body))
        entry = TimelineEntry(meeting_date=day, authority=authority or None, committee=named.name if named else None,
                              authority_basis=basis_of(sittings.get((day, authority, body), [])))
        rel = sorted(ev.relevant_hits(), key=lambda h: h.kind not in _RECORDS)  # the meeting's own record first
        entry.items = _one_per_item(rel)
        entry.sources = dedupe(h.source for h in rel)
        if answer is not None:
            question = (f"What happened to {topic} at the {entry.committee or authority} meeting of {day}? "
                        "State decisions, votes and figures.")
            ans = answer(question, rel[:6])
            out.warnings.extend(f"{day}: {w}" for w in ans.warnings)
            out.unsupported.extend(ans.unsupported)
            entry.points = answer_points(ans, rel[:6], book)
        else:
            labels = {" ".join(x for x in (h.item_number, h.item_title) if x) for h in rel}
            entry.points = _decision_points(store, docs, rel, labels, ev.weights, book)
            taken = {p.text for p in entry.points}
            for p in select_points(ev, max_points + 3, boost=_record_boost):
                if len(entry.points) >= max_points + 1:
                    break
                if (p.text in taken or any(p.text[:60] in t for t in taken) or _FORM_FIELD.match(p.text)
                        or p.text.count(":") >= 3  # a cover sheet's fields ("COMMITTEE: ... DATE: ...")
                        or _recalls(p.text, day) or _quoted_before(p.text, earlier)
                        or (DECIDED.search(p.text) and p.hit.kind in NOT_MEETINGS)):  # a report's history
                    continue
                entry.points.append(point_of(book, p))
        earlier += [p.text for p in entry.points]
        if entry.points:
            out.entries.append(entry)
    out.citations = book.citations()
    if undated:
        out.warnings.append(f"{undated} passage(s) on the topic have no meeting date and are not on the timeline")
    if passing:
        out.warnings.append(f"{passing} meeting(s) mention the topic only in passing and are not on the timeline")
    if not_meetings:
        out.warnings.append(f"{not_meetings} passage(s) on the topic come from papers that are not meetings "
                            "(assessments, forward plans) and are not on the timeline")
    return out


_RECORDS = ("minutes", "decision_notice", "transcript")


def _one_per_item(hits: list[Hit]) -> list[str]:
    """The items where the topic was found, one per subject: the minutes and the decision notice of one
    meeting often number the same item differently ("15 ... Update report", "13 ... Update report")."""
    out: list[str] = []
    seen: set[str] = set()
    for h in hits:
        if not (h.item_number or h.item_title):
            continue
        subject = " ".join(content_stems(h.item_title or h.item_number or ""))
        if subject in seen:
            continue
        seen.add(subject)
        out.append(" ".join(x for x in (h.item_number, h.item_title) if x))
    return out


def _quoted_before(text: str, earlier: list[str]) -> bool:
    """Did an earlier entry already say this (most of its wording printed there)?"""
    own = shingles(text, 3)
    return any(len(own & shingles(e, 3)) >= 0.5 * len(own) for e in earlier)


def _recalls(text: str, day: str) -> bool:
    """Does the sentence re-tell a decision of an earlier month ("In September 2024 ... approved ...")?"""
    if not DECIDED.search(text):
        return False
    for m in _MONTH_YEAR.finditer(text):
        when = f"{m.group(2)}-{_MONTHS.index(m.group(1).casefold()) + 1:02d}"
        if when < day[:7]:
            return True
    return False


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
