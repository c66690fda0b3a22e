"""Briefing packs for newly elected members: one body (an authority, or one of its committees) over a
date range, everything cited.

Sections: what the body covers (its agenda items), the meetings in range, the main decisions (from the
decision register, with dates, items and recorded votes), recurring issues (items on the agenda at two or
more meetings), key figures, and open questions or actions recorded; the citation list is the sources
appendix. ``topic`` narrows decisions, figures and actions to one subject. With a chat model, an overview
written by the model from the body's agenda items is added first, its citations checked as in ``ask``.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..answer.scoring import Stats
from ..index.embed import Embedder
from ..index.fields import row_hit
from ..index.store import Store
from ..text import content_stems, sentences
from ..types import Decision, DocumentRecord, Hit
from .basis import basis_of
from .decisions import citation_of, register, vote_label
from .evidence import (
    DECIDED,
    AnswerFn,
    CitationBook,
    Scope,
    answer_points,
    assess,
    clip,
    dedupe,
    good_sentence,
    hits_for,
    label_of,
)
from .meetings import canonical, meetings
from .types import Brief, BriefSection, SummaryPoint

MAX_POINTS = 10

_PROCEDURAL = re.compile(
    r"apolog|declarations?\b|interests?\b|minutes of|previous meeting|welcome|announcements|public forum|"
    r"any other business|exclusion of|next meeting|urgent business|substitut|membership|work programme|"
    r"forward plan|terms of reference|appointment of|election of|chair'?s? business",
    re.I,
)
_ACTION = re.compile(
    r"\bACTION\b|\bwould (?:be )?(?:circulated|shared|provided|reported back|brought back|report back|return|"
    r"come back|follow)|\brequested (?:that|a|an|further|to be|an update|sight)|\basked (?:that|for)\b|"
    r"\bto be (?:provided|circulated|shared|reviewed|brought)|\bfurther (?:update|report|information)\b|"
    r"\bawaiting\b|\boutstanding\b|\bfollow[- ]up\b|\bnext update\b|\bin due course\b|\bwould be (?:kept|invited)",
    re.I,
)
_MONEY = re.compile(r"£\s?\d[\d,.]*\s?(?:m|bn|k|million|billion)?\b|\b\d[\d,.]*\s?(?:%|per ?cent)", re.I)
_RECORD_KINDS = ("minutes", "decision_notice", "transcript", "agenda")


def norm_title(title: str) -> str:
    """An agenda item's title for spotting recurrences: 'Workplace Parking Levy Update report' and
    'Workplace Parking Levy' are the same issue."""
    t = re.sub(r"\(.*?\)", " ", title.casefold())
    t = re.sub(r"\b(?:update|updates|report|reports|urgent item|item|progress|final|draft|\d[\w/.-]*)\b", " ", t)
    return " ".join(re.findall(r"[a-z']+", t.replace("&", " and ")))


def brief(store: Store, emb: Embedder, scope: Scope, *, topic: str | None = None, stats: Stats | None = None,
          answer: AnswerFn | None = None, generator: str = "extractive",
          copies: dict[str, list[str]] | None = None) -> Brief:
    """A briefing pack on the body in ``scope`` (one authority, optionally some of its committees)."""
    authority = scope.authorities[0]
    book = CitationBook()
    docs = sorted(scope.documents, key=lambda d: (d.meeting_date or "", d.source))
    rows = {d.doc_id: [row_hit(r) for r in sorted(store.get_chunks(where={"doc_id": d.doc_id}),
                                                   key=lambda r: int(r["meta"].get("ordinal", 0)))]
            for d in docs}
    sittings = meetings(docs)
    dates = [day for day, _, _ in sittings]
    names, aliases = canonical(docs, scope.committees or dedupe(d.committee for d in docs if d.committee))
    out = Brief(authority=authority, committees=names, aliases=aliases,
                topic=topic, meetings=len(sittings), documents=len(docs), first_date=dates[0] if dates else None,
                last_date=dates[-1] if dates else None, generator=generator,
                filters={**scope.describe(), **({"topic": topic} if topic else {})}, authority_basis=basis_of(docs))
    if not docs:
        out.warnings.append("no documents of this body in the date range: widen --since/--until or check --committee")
        return out
    pool = _topic_pool(store, emb, topic, scope, stats, copies) if topic else [h for d in docs for h in rows[d.doc_id]]
    items = _items(docs, rows)
    if answer is not None:
        out.sections.append(_overview(items, topic, book, answer, out))
    out.sections += [
        _covers(items, book),
        _meeting_list(sittings, rows, book, {c: canonical(docs, [c])[0][0] for c in {d.committee for d in docs} if c}),
        _decisions(store, scope, topic, book),
        _recurring(items, book),
        _figures(pool, topic, book),
        _actions(pool, book),
    ]
    out.citations = book.citations()
    return out


def _items(docs: list[DocumentRecord], rows: dict[str, list[Hit]]) -> dict[str, list[Hit]]:
    """Each agenda item's normalised title -> the first passage of that item in each document (oldest first)."""
    out: dict[str, list[Hit]] = defaultdict(list)
    for d in docs:
        if (d.kind or "") not in _RECORD_KINDS:
            continue
        seen: set[str] = set()
        for h in rows[d.doc_id]:
            if not h.item_title or _PROCEDURAL.search(h.item_title):
                continue
            key = norm_title(h.item_title)
            if key and key not in seen:
                seen.add(key)
                out[key].append(h)
    return dict(out)


def _lead(h: Hit) -> tuple[int, str]:
    """The passage's first sentence worth quoting (or its first line)."""
    sents = sentences(h.text)
    return next(((o, s) for o, s in sents if good_sentence(s)), sents[0] if sents else (0, h.text[:200]))


def _cite_lead(book: CitationBook, h: Hit) -> int:
    off, s = _lead(h)
    return book.cite(h, off, clip(s))


def _meeting_label(hits: list[Hit]) -> list[str]:
    return dedupe(h.meeting_date for h in hits if h.meeting_date)


def _covers(items: dict[str, list[Hit]], book: CitationBook) -> BriefSection:
    ranked = sorted(items.values(), key=lambda hs: (len(_meeting_label(hs)), max(_meeting_label(hs) or [""])),
                    reverse=True)
    points = []
    for hs in ranked[:MAX_POINTS + 2]:
        latest = hs[-1]
        when = _meeting_label(hs)
        title = latest.item_title or ""
        points.append(SummaryPoint(f"{title} (on the agenda {len(when)} time(s): {', '.join(when)})",
                                   [_cite_lead(book, latest)], label=str(len(when))))
    return BriefSection("covers", "What the body covers", points,
                        None if points else "no agenda items were recognised in the documents")


def _meeting_list(sittings: dict[tuple[str, str, str], list[DocumentRecord]], rows: dict[str, list[Hit]],
                  book: CitationBook, names: dict[str, str]) -> BriefSection:
    points = []
    for (day, _, _), docs in sittings.items():
        rank = {k: i for i, k in enumerate(_RECORD_KINDS)}
        record = min(docs, key=lambda d: rank.get(d.kind or "", 9))
        first = rows[record.doc_id]
        items = dedupe(h.item_title for d in docs for h in rows[d.doc_id]
                       if h.item_title and not _PROCEDURAL.search(h.item_title))
        kinds = ", ".join(dedupe((d.kind or "document").replace("_", " ") for d in docs))
        text = f"{day} — {names.get(record.committee or '') or 'meeting'} ({kinds})"
        if items:
            text += ": " + "; ".join(items[:8]) + (" …" if len(items) > 8 else "")
        points.append(SummaryPoint(text, [_cite_lead(book, first[0])] if first else [], label=day))
    return BriefSection("meetings", "Meetings in range", points, None if points else "no dated meetings in range")


def _decisions(store: Store, scope: Scope, topic: str | None, book: CitationBook) -> BriefSection:
    reg = register(store, scope, topic)
    chosen = [d for d in reg.decisions if d.kind == "resolution"]

    def weight(d: Decision) -> tuple[int, int, str]:
        voted = d.votes is not None and (d.votes.for_ is not None or d.votes.unanimous)
        noted_only = bool(re.search(r"\bnoted\b", d.text)) and not re.search(r"approv|agree|authoris|resolv", d.text, re.I)
        return (int(voted) - int(noted_only), min(len(d.text), 600), d.meeting_date or "")

    top = sorted(chosen, key=weight, reverse=True)[:MAX_POINTS]
    top.sort(key=lambda d: (d.meeting_date or "", d.item or ""))
    points = [SummaryPoint(f"{d.meeting_date or 'undated'}, {d.item or 'item not stated'}: {clip(d.text.replace(chr(10), ' '), 400)}",
                           [book.cite_made(f"decision:{d.chunk_id}:{d.page}", citation_of(d))], label=vote_label(d))
              for d in top]
    note = None if points else "no decision blocks were recognised" + (f" on {topic!r}" if topic else "")
    if len(reg.decisions) > len(top):  # counted as the register counts them, so the two reports agree
        note = (f"{len(top)} of {len(reg.decisions)} decisions shown (recorded votes on amendments included in the "
                "count); `minutes-rag decisions` lists them all")
    return BriefSection("decisions", "Main decisions", points, note)


def _recurring(items: dict[str, list[Hit]], book: CitationBook) -> BriefSection:
    points = []
    for hs in sorted(items.values(), key=lambda hs: -len(_meeting_label(hs))):
        when = _meeting_label(hs)
        if len(when) < 2:
            continue
        per_meeting = [next(h for h in hs if h.meeting_date == day) for day in when]
        points.append(SummaryPoint(f"{hs[-1].item_title}: on the agenda at {len(when)} meetings, "
                                   f"{when[0]} to {when[-1]}", [_cite_lead(book, h) for h in per_meeting],
                                   label=str(len(when))))
    return BriefSection("recurring", "Recurring issues", points[:MAX_POINTS],
                        None if points else "no item came back at a second meeting in range")


def _topic_pool(store: Store, emb: Embedder, topic: str, scope: Scope, stats: Stats | None,
                copies: dict[str, list[str]] | None) -> list[Hit]:
    hits = hits_for(store, emb, topic, 30, scope.authorities, scope.committees, scope.since, scope.until, copies)
    in_scope = {d.doc_id for d in scope.documents}
    ev = assess(topic, [h for h in hits if h.doc_id in in_scope], stats)
    return ev.relevant_hits()


def _figures(pool: list[Hit], topic: str | None, book: CitationBook) -> BriefSection:
    words = set(content_stems(topic or ""))
    cands: list[tuple[float, Hit, int, str]] = []
    for h in pool:
        for off, s in sentences(h.text):
            if not _MONEY.search(s) or not good_sentence(s):
                continue
            score = 1.0 + 0.5 * bool(DECIDED.search(s)) + 0.3 * len(words & set(content_stems(s)))
            score += 0.2 * (h.kind in ("minutes", "decision_notice"))
            cands.append((score, h, off, s))
    cands.sort(key=lambda t: (-t[0], t[1].meeting_date or ""))
    points: list[SummaryPoint] = []
    seen: list[set[str]] = []
    for _, h, off, s in cands:
        st = set(content_stems(s))
        if any(len(st & o) / max(len(st | o), 1) > 0.5 for o in seen):
            continue
        seen.append(st)
        points.append(SummaryPoint(clip(s), [book.cite(h, off, clip(s))], label=label_of(s)))
        if len(points) >= MAX_POINTS - 2:
            break
    return BriefSection("figures", "Key figures", points, None if points else "no sums of money or percentages found")


def _actions(pool: list[Hit], book: CitationBook) -> BriefSection:
    cands = [(h, off, s) for h in pool if h.kind in ("minutes", "decision_notice", "document", "agenda")
             for off, s in sentences(h.text) if _ACTION.search(s) and good_sentence(s)]
    cands.sort(key=lambda t: (t[0].meeting_date or ""), reverse=True)
    points: list[SummaryPoint] = []
    for h, off, s in cands:
        if any(p.text.endswith(clip(s)) for p in points):
            continue
        points.append(SummaryPoint(f"{h.meeting_date or 'undated'}: {clip(s)}", [book.cite(h, off, clip(s))],
                                   label=h.meeting_date))
        if len(points) >= MAX_POINTS:
            break
    return BriefSection("actions", "Open questions and actions recorded", points,
                        None if points else "no actions, requests or follow-ups were recorded in the minutes")


def _overview(items: dict[str, list[Hit]], topic: str | None, book: CitationBook, answer: AnswerFn,
              out: Brief) -> BriefSection:
    hits = [hs[-1] for hs in sorted(items.values(), key=lambda hs: -len(hs))][:10]
    body = ", ".join(out.committees[:3]) or out.authority
    about = f", in particular on {topic}" if topic else ""
    ans = answer(f"For a newly elected member: what does {body} of {out.authority} deal with, and what were its "
                 f"main concerns{about}?", hits)
    out.warnings.extend(f"overview: {w}" for w in ans.warnings)
    out.unsupported.extend(ans.unsupported)
    points = answer_points(ans, hits, book)
    return BriefSection("overview", "Overview", points, None if points else "the model wrote no overview (NOT FOUND)")
