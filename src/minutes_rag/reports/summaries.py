"""Cross-group summaries of a topic: a cited section per authority (or committee, or meeting), a coverage
table that lists every authority in scope (with "no evidence found" where there is none), and a cited
comparison of where the groups agree or differ.

Retrieval is balanced: each group gets its own search, so one large council cannot crowd out the others.
Offline (the default) every point is a sentence quoted from the minutes, chosen to be representative and
non-redundant, ranked by salience: close in meaning to the topic, and those that state something specific (a
figure, a judgement, a decision, a change, a concern raised) first; a web page's furniture is never one. With a chat model it is map-reduce: a cited summary per group,
then a cited comparison over the sources those summaries cite; every citation is checked as in ``ask``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from ..answer.scoring import Stats
from ..index.embed import Embedder
from ..index.store import Store
from ..scope import body_key
from ..types import DocumentRecord, Hit
from .basis import STATED, basis_of, marked
from .evidence import (
    DECIDED,
    STRONG_VECTOR,
    AnswerFn,
    CitationBook,
    Evidence,
    Pick,
    Scope,
    answer_points,
    assess,
    candidate_pool,
    clip,
    dedupe,
    hits_for,
    point_of,
    select_points,
)
from .meetings import bodies, meetings
from .salience import rating
from .types import ComparisonRow, Coverage, Summary, SummaryPoint, SummarySection

GROUPINGS = ("authority", "committee", "meeting")
NO_EVIDENCE = "no evidence found"
PARTIAL = "evidence found (partial: close to the topic, without naming every part of it)"


@dataclass
class Facet:
    """An aspect groups are compared on: sentences that match ``pattern`` speak of it."""

    name: str
    pattern: re.Pattern[str]
    label: Callable[[str], str | None] = field(default=lambda s: None)


def _money(text: str) -> str | None:
    m = re.search(r"£\s?\d[\d,.]*\s?(?:m|bn|k|million|billion)?\b|\b\d[\d,.]*\s?%", text)
    return m.group(0).strip() if m else None


FACETS: tuple[Facet, ...] = (
    Facet("Judgements and ratings", re.compile(
        r"(?:ofsted|inspection|rated|rating|judge?ment).{0,80}\b(?:inadequate|requires improvement|good|outstanding)\b"
        r"|\b(?:inadequate|requires improvement|good|outstanding)\b.{0,80}(?:ofsted|inspection|rated|rating)",
        re.I), rating),
    Facet("Funding and budget", re.compile(
        r"£\s?\d|\bbudget|\bfunding|\bfunded|\boverspen|\bfinancial|\bresources\b|\bgrant\b|\bcosts?\b", re.I), _money),
    Facet("Staffing and recruitment", re.compile(
        r"\brecruit|\bretention|\bagency staff|\bvacanc|\bcaseloads?\b|\bworkforce|\bsocial workers?\b|\bstaffing",
        re.I)),
    Facet("Demand and performance", re.compile(
        r"\bdemand\b|\breferrals?\b|\bperformance\b|\bindicators?\b|\bKPIs?\b|\btargets?\b|\btimescales?\b", re.I)),
    Facet("Improvement plans and monitoring", re.compile(
        r"\bimprovement (?:plan|board|programme|work)|\baction plan|\bmonitor|\bstanding (?:agenda )?item|\bupdates?\b",
        re.I)),
    Facet("Decisions recorded", DECIDED),
)


@dataclass
class _Group:
    label: str
    authority: str
    committee: str | None = None
    committees: list[str] = field(default_factory=list)  # stored names searched for it
    meeting_date: str | None = None
    unstated_committee: bool = False


def groups_of(scope: Scope, by: str) -> tuple[list[_Group], list[str]]:
    """The groups to summarise, and warnings about documents no group can hold."""
    warnings: list[str] = []
    if by == "authority":
        return [_Group(a, a, committees=list(scope.committees)) for a in scope.authorities], warnings
    out: dict[tuple[str, ...], _Group] = {}
    undated = not_meetings = 0
    names = bodies(scope.documents)
    sittings = {(a, key, day) for day, a, key in meetings(scope.documents)}
    for d in sorted(scope.documents, key=lambda d: (d.authority or "", d.meeting_date or "", d.committee or "")):
        a = d.authority or ""
        c = d.committee
        body = names.get((a, body_key(c)))
        shown = body.name if body else c
        if by == "committee":
            key: tuple[str, ...] = (a, body_key(c))
            label = f"{a} — {shown or '(committee not stated)'}"
            g = out.setdefault(key, _Group(label, a, shown, unstated_committee=not c))
        else:
            if not d.meeting_date:
                undated += 1
                continue
            key = (a, body_key(c), d.meeting_date)
            if key not in sittings:  # an assessment's or a forward plan's date is not a meeting
                not_meetings += 1
                continue
            label = f"{a} — {shown or '(committee not stated)'}, {d.meeting_date}"
            g = out.setdefault(key, _Group(label, a, shown, meeting_date=d.meeting_date, unstated_committee=not c))
        if c and c not in g.committees:
            g.committees.append(c)
    if undated:
        warnings.append(f"{undated} document(s) in scope have no meeting date and are left out of --by meeting")
    if not_meetings:
        warnings.append(f"{not_meetings} dated document(s) in scope are not papers of a meeting (assessments, "
                        "forward plans) and are left out of --by meeting")
    # authorities in scope without documents still get their row in the coverage table
    return list(out.values()), warnings


def summarise(store: Store, emb: Embedder, topic: str, scope: Scope, *, by: str = "authority",
              stats: Stats | None = None, k: int = 8, max_points: int = 5, answer: AnswerFn | None = None,
              generator: str = "extractive", copies: dict[str, list[str]] | None = None) -> Summary:
    """Summarise ``topic`` per group over the documents in ``scope``; ``answer`` set: map-reduce through a model."""
    groups, warnings = groups_of(scope, by)
    book = CitationBook()
    sections: list[SummarySection] = []
    evidence: dict[str, Evidence] = {}
    cited_hits: dict[str, list[Hit]] = {}
    unsupported: list[str] = []
    for g in groups:
        keep = (lambda h: h.committee is None) if g.unstated_committee else None
        hits = hits_for(store, emb, topic, k, [g.authority], g.committees, g.meeting_date or scope.since,
                        g.meeting_date or scope.until, copies, keep)
        ev = assess(topic, hits, stats)
        evidence[g.label] = ev
        sec = SummarySection(g.label, g.authority, g.committee, g.meeting_date, ev.found, ev.strength,
                             authority_basis=basis_of(_documents_of(scope, g)))
        if not hits:
            sec.note = f"{NO_EVIDENCE} (nothing indexed matches the filters)"
        elif not ev.found:
            sec.note = NO_EVIDENCE
        elif answer is not None:
            question = (f"Summarise what these minutes say about {topic} for {g.label}: the key points, one "
                        "sentence each, decisions and figures first.")
            ans = answer(question, ev.relevant_hits() or hits)
            warnings.extend(f"{g.label}: {w}" for w in ans.warnings)
            unsupported.extend(ans.unsupported)
            sec.points = answer_points(ans, hits, book, g.label)
            if not sec.points:
                sec.note = "the model found nothing to summarise in the evidence (NOT FOUND)"
        else:
            sec.points = [point_of(book, p, g.label) for p in select_points(ev, max_points, embed=emb.embed)]
        close = max((h.vector_score or 0.0) for h in hits) >= STRONG_VECTOR if hits else False
        # weak but in substance on the topic: close in meaning, or every specific word of it in on-topic passages
        # (short minutes on a short topic are far from it in vector space and still its evidence)
        if ev.strength == "weak" and (close or ev.share >= 1.0) and not sec.note:
            sec.note = PARTIAL
        elif ev.strength == "weak":  # lists, headings and passing mentions, far from the topic, are no evidence
            sec.found, sec.points = False, []
            sec.note = passing_note(ev)
        cited_hits[g.label] = [h for p in sec.points for n in p.citations if (h := book.hit_of(n)) is not None]
        sections.append(sec)
    found = [s for s in sections if s.found and s.points]
    comparison: list[ComparisonRow] = []
    if len(found) >= 2:
        if answer is not None:
            comparison = _compare_generated(topic, found, cited_hits, book, answer, warnings, unsupported)
        else:
            comparison = _compare(found, evidence, book, {s.group: s.authority_basis for s in found})
    elif len(sections) >= 2:
        warnings.append("no comparison: evidence was found for fewer than two groups")
    summary = Summary(topic=topic, by=by, sections=sections, comparison=comparison, generator=generator,
                      filters=scope.describe(), warnings=warnings, unsupported=unsupported)
    summary.citations = book.citations()
    summary.coverage = coverage(scope, sections, summary)
    if scope.unattributed:
        summary.warnings.append(f"{scope.unattributed} document(s) have no authority and were not summarised: "
                                "ingest them with --authority or a manifest")
    return summary


def passing_note(ev: Evidence) -> str:
    """'no evidence found (mentioned only in passing in N document(s))'."""
    docs = {ev.hits[c.hit].doc_id for c in ev.relevant} or {h.doc_id for h in ev.hits}
    return f"{NO_EVIDENCE} (mentioned only in passing in {len(docs)} document(s))"


def coverage(scope: Scope, sections: list[SummarySection], summary: Summary) -> list[Coverage]:
    """One row per authority in scope: evidence found or not, how many sources, which dates."""
    by_n = {c.n: c for c in summary.citations}
    rows = []
    for a in scope.authorities:
        secs = [s for s in sections if s.authority == a]
        cites = [by_n[n] for s in secs for p in s.points for n in p.citations if n in by_n]
        dates = sorted(c.meeting_date for c in cites if c.meeting_date)
        strengths = {s.strength for s in secs}
        docs = scope.docs_of(a)
        if not docs:
            status = f"{NO_EVIDENCE} (no documents in scope)"
        elif "strong" in strengths:
            status = "evidence found"
        elif any(s.found for s in secs):
            status = PARTIAL
        else:
            status = next((s.note for s in secs if s.note and "in passing" in s.note), NO_EVIDENCE)
        rows.append(Coverage(a, status.startswith("evidence"), status, len(docs),
                             len({c.source for c in cites}), dates[0] if dates else None,
                             dates[-1] if dates else None, basis_of(docs)))
    return rows


def _documents_of(scope: Scope, g: _Group) -> list[DocumentRecord]:
    """The documents in scope that a group speaks for (its authority's, its committee's, its meeting's)."""
    keys = {body_key(c) for c in g.committees}
    return [d for d in scope.docs_of(g.authority)
            if (not g.committees or body_key(d.committee) in keys or (g.unstated_committee and not d.committee))
            and (not g.meeting_date or d.meeting_date == g.meeting_date)] or scope.docs_of(g.authority)


def _compare(found: list[SummarySection], evidence: dict[str, Evidence], book: CitationBook,
             bases: dict[str, str]) -> list[ComparisonRow]:
    """Per aspect, the best on-topic sentence of each group that speaks of it; kept when two or more do."""
    rows = []
    for facet in FACETS:
        points: list[SummaryPoint] = []
        silent: list[str] = []
        for sec in found:
            ev = evidence[sec.group]
            pool = [c for c in candidate_pool(ev) if facet.pattern.search(c.text)]
            if facet.name == FACETS[0].name:  # a judgement needs its label; up to two (then and now)
                pool = [c for c in pool if facet.label(c.text)]
                labels = dedupe(facet.label(c.text) or "" for c in pool)[:2]
                pool = [next(c for c in pool if facet.label(c.text) == lab) for lab in labels]
            if not pool:
                silent.append(sec.group)
                continue
            for c in pool[:2] if facet.name == FACETS[0].name else pool[:1]:
                p = Pick(ev.hits[c.hit], c.offset, clip(c.text), c.score)
                points.append(SummaryPoint(clip(c.text), [book.pick(p)], sec.group, facet.label(c.text)))
        if len({p.group for p in points}) < 2:
            continue
        if facet.name == FACETS[0].name:  # judgements oldest first, each with its date
            points.sort(key=lambda p: _dated(p, book)[0])
        rows.append(ComparisonRow(facet.name, _finding(facet, points, len(found), book, bases), points, silent))
    return rows


def _dated(p: SummaryPoint, book: CitationBook) -> tuple[str, str]:
    """The date (or 'undated') and file name of the passage a point quotes."""
    h = book.hit_of(p.citations[0]) if p.citations else None
    return ((h.meeting_date if h and h.meeting_date else "undated"),
            (h.source.replace("\\", "/").rsplit("/", 1)[-1] if h else ""))


def _finding(facet: Facet, points: list[SummaryPoint], n_groups: int, book: CitationBook,
             bases: dict[str, str]) -> str:
    """A neutral line on what the groups state of one aspect, each group named with its basis."""
    labelled = [p for p in points if p.label]
    groups = dedupe(marked(p.group or "", bases.get(p.group or "", STATED)) for p in points)
    if labelled and facet.name == FACETS[0].name:
        values = {p.label for p in labelled}
        stated = "; ".join(f"{day}, {marked(p.group or '', bases.get(p.group or '', STATED))}: {p.label} ({name})"
                           for p in labelled for day, name in [_dated(p, book)])
        verdict = "the same judgement is stated" if len(values) == 1 else "the judgements stated differ"
        return f"{verdict.capitalize()}, oldest first: {stated}."
    if labelled and facet.name == "Funding and budget":
        return (f"Raised for {len(groups)} of the {n_groups} groups with evidence; figures stated: "
                + "; ".join(f"{marked(p.group or '', bases.get(p.group or '', STATED))}: {p.label}"
                            for p in labelled) + ".")
    return f"Raised for {len(groups)} of the {n_groups} groups with evidence: " + ", ".join(groups) + "."


def _compare_generated(topic: str, found: list[SummarySection], cited_hits: dict[str, list[Hit]],
                       book: CitationBook, answer: AnswerFn, warnings: list[str],
                       unsupported: list[str]) -> list[ComparisonRow]:
    """The reduce step: the model compares the groups over the sources their summaries cite."""
    hits: list[Hit] = []
    for sec in found:
        for h in cited_hits.get(sec.group, [])[:3]:
            if all(h.chunk_id != x.chunk_id for x in hits):
                hits.append(h)
    if not hits:
        return []
    names = "; ".join(s.group for s in found)
    question = (f"Compare {names} on {topic}: where do they agree and where do they differ (for example "
                "judgements, funding, staffing)? One sentence per claim, naming the groups.")
    ans = answer(question, hits)
    warnings.extend(f"comparison: {w}" for w in ans.warnings)
    unsupported.extend(ans.unsupported)
    points = answer_points(ans, hits, book)
    if not points:
        return []
    return [ComparisonRow("Comparison", f"Written by the model from the {len(hits)} sources cited above; "
                          "each claim checked against the source it cites.", points)]
