"""Hybrid retrieval: vector search and keyword (BM25) search, fused by their normalised scores.

Both searches apply the same filters. A candidate's score is ``(1 - ALPHA) * v + ALPHA * k``, where ``v``
is its cosine similarity min-max scaled over the vector candidates and ``k`` its BM25 score over the
best BM25 score. Scores, unlike ranks, keep the margin of an exact match (a figure or item number whose
BM25 score is twice the next one), which reciprocal rank fusion throws away. Near-identical chunks (the same minutes printed in two packs) are collapsed into the best one,
whose ``copies`` lists the others.
"""

from __future__ import annotations

import calendar
import re
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from typing import Any

from .answer.across import clauses_asking
from .answer.bodies import NUMBER_OF_Q, PAPER_WORDS, body_kind, named_body, references
from .answer.cues import (
    FIGURE_NOUN_Q,
    FIGURE_Q,
    MONEY_NOUN_Q,
    MONTH_NAMES,
    NUMERIC_Q,
    QUESTION_WORDS,
    TITLES,
    asked_day,
    asks_vote,
    has_figure,
    named_months,
    part_period,
)
from .answer.heads import chunk_ordinal
from .answer.timing import TIME_S, named_seasons
from .index.embed import Embedder
from .index.fields import hit_fields, row_hit
from .index.store import Store
from .parse.meta import names_authority
from .scope import Filters
from .text import content_stems, question_parts, shingles
from .types import Hit

#: share of the keyword score in the fused score (measured on the public questions: 0.7 gives the best
#: recall@1 and MRR; 0.5-0.7 all beat rank fusion there)
ALPHA = 0.7
MODES = ("hybrid", "vector", "keyword")
#: score factor for chunks of documents named as machine-generated (see ``meta.is_machine_made``)
MACHINE_MADE_WEIGHT = 0.5


def _near_same(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return False
    return len(a & b) / len(a | b) >= 0.8


#: one thread for the keyword query, which runs while the query is embedded and the vectors searched
#: (SQLite and ONNX Runtime release the GIL); it saves the keyword query's time on a two-core machine
_KEYWORD_THREAD = ThreadPoolExecutor(max_workers=1, thread_name_prefix="minutes-rag-keyword")


def _fuse(vs: dict[str, float], kw_scores: dict[str, float], mode: str) -> dict[str, float]:
    """One score per candidate in [0, 1]: cosine (vector), BM25 over the best (keyword), or the blend."""
    if mode == "vector":
        return vs
    top = max(kw_scores.values(), default=0.0) or 1.0
    if mode == "keyword":
        return {c: k / top for c, k in kw_scores.items()}
    out: dict[str, float] = {}
    if vs:
        lo, hi = min(vs.values()), max(vs.values())
        for c, v in vs.items():
            out[c] = (1 - ALPHA) * ((v - lo) / (hi - lo) if hi > lo else 1.0)
    for c, k in kw_scores.items():
        out[c] = out.get(c, 0.0) + ALPHA * k / top
    return out


def retrieve(
    store: Store,
    emb: Embedder,
    query: str,
    k: int,
    filters: Filters,
    mode: str = "hybrid",
    copies: dict[str, list[str]] | None = None,
) -> list[Hit]:
    """Top-k hits for a query; ``mode`` is hybrid (default), vector or keyword."""
    pool = max(4 * k, 40)
    if store.chroma_url and (mode != "vector" or filters.active):
        store.sync_keyword()  # another process may have written to a shared Chroma server
    keyword = (_KEYWORD_THREAD.submit(store.keyword_search, query, pool, filters)
               if mode in ("hybrid", "keyword") else None)
    qvec = emb.embed([query])[0]
    # a filtered vector search, or any in a small index, scores the rows exactly (see keyword.py) where the keyword
    # index is in step with the vectors; otherwise Chroma's HNSW index answers. Either gives ids and scores only:
    # texts and metadata are read for the few candidates that can make the top k.
    in_step = store.keyword_in_step()
    vec_scores: dict[str, float] = {}
    if mode in ("hybrid", "vector"):
        vec_scores = dict(store.vector_candidates(qvec, pool, filters, in_step))
    kw_scores: dict[str, float] = dict(keyword.result()) if keyword is not None else {}
    fused = _fuse(vec_scores, kw_scores, mode)
    ranked = sorted(fused, key=lambda c: -fused[c])
    rows: dict[str, dict[str, Any]] = {}

    def fetch(cids: list[str]) -> None:
        """Text, metadata and vector score of candidates not read yet."""
        missing = [c for c in cids if c not in rows]
        for cid, (text, meta, cos) in store.read_rows(missing, qvec, in_step).items():
            rows[cid] = {"id": cid, "text": text, "meta": meta, "score": vec_scores.get(cid, cos)}

    head = max(2 * k, 16)  # enough for k hits unless many are near-duplicates; the rest only if needed
    fetch(ranked[:head])
    # machine-written summaries rank below the records they summarise (chunk ids begin with the doc id)
    machine = store.facets().machine_made
    demoted = [c for c in fused if c.split(":", 1)[0] in machine] if machine else []
    if demoted:
        for c in demoted:
            fused[c] *= MACHINE_MADE_WEIGHT
        ranked = sorted(fused, key=lambda c: -fused[c])
    copies = copies or {}
    hits: list[Hit] = []
    kept_shingles: list[set[str]] = []
    for n, cid in enumerate(ranked):
        if n == head:
            fetch(ranked[head:])
        found = rows.get(cid)
        if found is None:  # keyword index ahead of the vector store (a crash mid-write): skip
            continue
        row = found
        sh = shingles(row["text"])
        twin = next((i for i, s in enumerate(kept_shingles) if _near_same(sh, s)), None)
        fields = hit_fields(row["meta"])
        if twin is not None:
            kept = hits[twin]
            if fields["source"] == kept.source:  # the same text printed twice in one document: both pages
                kept.pages = sorted(set(kept.pages) | set(fields["pages"]))
            else:
                _add_copy(kept, fields["source"], fields["pages"])
            continue
        hits.append(Hit(
            rank=len(hits) + 1,
            score=round(fused[cid], 4),
            chunk_id=cid,
            text=row["text"],
            copies=list(copies.get(fields["doc_id"], [])),
            vector_score=round(row["score"], 4),
            keyword_score=round(kw_scores[cid], 4) if cid in kw_scores else None,
            **fields,
        ))
        kept_shingles.append(sh)
        if len(hits) == k:
            break
    return hits


def _add_copy(kept: Hit, source: str, pages: list[int]) -> None:
    """A near-identical chunk of another document listed among a hit's copies, with its pages where they are its own
    (a report's page 5 printed as page 7 of an agenda pack); a copy that prints the text twice names both pages."""
    if source not in kept.copies:
        kept.copies.append(source)
        if pages and pages != kept.pages:
            kept.copy_pages[source] = list(pages)
    elif pages:  # (again: its pages so far, the hit's when none of its own were noted)
        were = kept.copy_pages.get(source, kept.pages)
        if set(pages) - set(were):
            kept.copy_pages[source] = sorted(set(were) | set(pages))


#: hits searched for each further part of a many-part question, and for each authority a question names
PART_K = 4
#: hits searched within a report's meeting day for its record of the vote (the report's own chunks left out)
MEETING_K = 20
#: the kinds of document that record what a meeting did (a report or an agenda only proposes it)
RECORD_KINDS = ("minutes", "transcript")
#: hits searched for each part of a many-part question on its own, when it has this many content words
ALONE_K, ALONE_MIN_WORDS = 2, 3


def widen(store: Store, emb: Embedder, question: str, hits: list[Hit], k: int, filters: Filters) -> list[Hit]:
    """The hits of a question, with the best few for each further thing it asks ("..., and how many voted
    for it?") and, when it names several authorities and no filter, for each of them: each part of the
    question is answered from its own best evidence."""
    seen = {h.chunk_id for h in hits}
    out = list(hits)

    def add(found: list[Hit]) -> None:
        for h in found:
            if h.chunk_id not in seen:
                seen.add(h.chunk_id)
                h.rank = len(out) + 1
                out.append(h)

    parts = question_parts(question)
    searched: set[str] = set()
    for part in parts[1:]:
        # a part that already carries the question's subject ("X, in May 2025" after "X, in September 2024") is
        # searched alone; a bare one ("and how many voted?") with the first part's words
        first, this = set(content_stems(parts[0])), set(content_stems(part))
        query = part if len(first & this) >= 0.6 * len(first) else f"{parts[0]} {part}"
        searched.add(query)
        add(retrieve(store, emb, query, PART_K, filters, "hybrid", store.facets().copies))
        # a part that names a month of its own ("..., and what figure did the Leader give the county council in
        # March 2025?") is searched within that month, with the question's subject but not its other times
        month = _own_month(part, parts[0], question)
        if month is not None and not (filters.since or filters.until):
            subject = _DATES.sub(" ", parts[0]) if query != part else ""
            add(retrieve(store, emb, f"{subject} {part}".strip(), PART_K, _within(filters, month), "hybrid",
                         store.facets().copies))
    add(_done_by(store, emb, parts, question, filters, out))  # who did a thing ("who called it in?"): a chunk that
    # names who did it ("a call-in made by Mrs Jackie Meade and Mr Barry Lewis")
    for part in parts if len(parts) > 1 else []:  # a paper's number ("what by-law number did council pass?"): the
        add(_numbered(store, emb, part, parts, filters, out))  # chunks that give one beside the question's subject
    if len(parts) > 1:  # and each part with a subject of its own, alone: joined with the rest of the question, the
        # first part's many words can outrank what a short part asks about ("..., and what was the combined
        # authority's final revenue outturn?")
        for part in parts:
            if part not in searched and len(content_stems(part)) >= ALONE_MIN_WORDS:
                add(retrieve(store, emb, part, ALONE_K, filters, "hybrid", store.facets().copies))
    if not (filters.since or filters.until):  # a month the question names with no evidence among the hits:
        months = named_months(question)  # that month's best ("at the May 2025 annual meeting"); or, asked a figure,
        # none that gives one, of two or more months set side by side ("how much ... in June 2024, and how much by March
        # 2025?") or of one whose only hits are its documents' openings ("what bank balance did the treasurer report at
        # the March 2022 meeting?": its title names the month; the body that gives the figure need not); a date is in
        # every opening, so not for when
        figure = any(r.search(question) for r in (NUMERIC_Q, FIGURE_Q, FIGURE_NOUN_Q, MONEY_NOUN_Q))
        for month in months:
            of_month = [h for h in out[:k] if (h.meeting_date or "").startswith(month)]
            unfigured = figure and (len(months) >= 2 or all(chunk_ordinal(h.chunk_id) == 0 for h in of_month)) and not any(
                has_figure(TIME_S.sub(" ", h.text)) for h in of_month)  # (a meeting's start time is no figure)
            if not of_month or unfigured:
                add(retrieve(store, emb, question, PART_K, _within(filters, month), "hybrid", store.facets().copies))
        for since, until in named_seasons(question):  # a part of a year with no evidence among the hits: its best
            if not any(since <= (h.meeting_date or "") <= until for h in out[:k]):  # ("in early 2025")
                add(retrieve(store, emb, question, PART_K, replace(filters, since=since, until=until), "hybrid",
                             store.facets().copies))
    lead = out[0] if out else None
    if lead is not None and lead.kind not in RECORD_KINDS and lead.meeting_date and asks_vote(question) \
            and not (filters.since or filters.until):  # how a meeting voted on a report: that meeting's record
        found = retrieve(store, emb, question, MEETING_K, replace(filters, since=lead.meeting_date,
                                                                   until=lead.meeting_date), "hybrid",
                         store.facets().copies)
        add([h for h in found if h.doc_id != lead.doc_id and h.kind in RECORD_KINDS][:PART_K])
    if ATTEND_Q.search(question):  # who chaired or attended: the opening of that meeting's minutes
        add(opening_chunks(store, question, out[:k], filters))
    if not filters.authorities:
        named = sorted({a for a, _ in store.name_pairs() if a and names_authority(question, a)})
        if len(named) >= 2:
            queries = {a: authority_query(question, a, named) for a in named}  # (each worked out once)
            each = bool(_EACH.search(question)) or all(q != question for q in queries.values())
            for a in named:  # (a question about each one searched for each, though one's title block is among
                if each or not any(h.authority == a for h in out[:k]):  # the hits already)
                    add(retrieve(store, emb, queries[a], PART_K,
                                 Filters([a], filters.committees, filters.since, filters.until), "hybrid",
                                 store.facets().copies))
    if HOLDER_Q.search(question) and not ATTEND_Q.search(question):  # who held an office: the openings that name the
        firsts: dict[str | None, Hit] = {}  # officers, of the best meeting of each authority among the hits
        for h in out:
            firsts.setdefault(h.authority, h)
        add(opening_chunks(store, question, list(firsts.values()), filters, ("minutes", "agenda")))
    return out


#: a part asking who did something ("who called it in", "and who wrote the report"; not a relative clause, "the officer
#: who presented the report"): the verb
_WHO_DID = re.compile(r"(?:^|[,;:?.]\s*|\band\s+)[Ww]ho\s+(?:had\s+)?([a-z]{3,}ed|wrote|gave|made|brought|put|led|ran|"
                      r"took|chose|sent|sought)\b")
#: the forms of an irregular verb asked with ("who wrote") that a record of who did it uses ("written by")
_DONE = {"wrote": "writ", "gave": "giv", "made": "mad", "brought": "brought", "put": "put", "led": "led", "ran": "run",
         "took": "tak", "chose": "chos", "sent": "sent", "sought": "sought"}
#: hits searched for the question when a part asks who did something, and how many that name the doer are added
DONE_K, DONE_ADD = 40, 2
#: a named person after "by": a title and a name, or two capitalised words that are no month ("by Mrs Jackie Meade",
#: "by Barry Lewis"; not "by Cabinet", "by January 2025")
_DOER = (rf"(?:(?:{TITLES})\.?\s+[A-Z][a-z]|(?!(?:{MONTH_NAMES})\b)[A-Z][a-z]+\s+(?:[A-Z]\.\s+)?[A-Z][a-z])")


def doer_named(part: str) -> re.Pattern[str] | None:
    """For a part asking who did something ("who called it in?", "who wrote the report?"), a pattern for a text
    saying it was done by a named person ("a call-in made by Mrs Jackie Meade", "written by Ms Abrahams"); None for
    another part."""
    m = _WHO_DID.search(part)
    if m is None:
        return None
    verb = m.group(1)
    root = _DONE.get(verb, verb[:-2] if verb.endswith("ed") else verb)
    root = root[:max(4, len(root) - 1)] if len(root) > 4 else root  # (its other endings: "propos" for "proposal")
    return re.compile(rf"\b{re.escape(root)}\w*(?:[\s-]+\w+){{0,3}}?\s+by\s+(?:the\s+)?{_DOER}")


def _done_by(store: Store, emb: Embedder, parts: list[str], question: str, filters: Filters,
             hits: list[Hit]) -> list[Hit]:
    """For each part asking who did something: the chunks, among one search for the question, that say it was done
    by a named person, not among the hits already. A document about the matter has many chunks that share the
    question's words; the one naming who acted may share only its verb."""
    said = [p for part in parts if (p := doer_named(part)) is not None]
    if not said:
        return []
    have = {h.chunk_id for h in hits}
    found = retrieve(store, emb, question, DONE_K, filters, "hybrid", store.facets().copies)
    out: list[Hit] = []
    for pattern in said:
        out += [h for h in found if h.chunk_id not in have and pattern.search(h.text)][:DONE_ADD]
        have |= {h.chunk_id for h in out}
    return out


#: hits searched for a part after a paper's number, and how many of those that give one are added
PAPER_K, PAPER_ADD = 30, 2
#: characters before and after a paper's number read for the question's subject (its line in a list of by-laws)
PAPER_BEFORE, PAPER_AFTER = 40, 250


def _numbered(store: Store, emb: Embedder, part: str, parts: list[str], filters: Filters, hits: list[Hit]) -> list[Hit]:
    """For a part after a paper's number: the chunks, among a search for it with the rest of the question (its
    times left out), that give a number of that kind of paper ("By-law No. A.-8290(b)-69") with most of the rest's
    words beside it, from a meeting of the body the part names as its doer when it names one (the council's list
    of by-laws passed, not its committee's recommendation; or of a body not known). None for another part."""
    if not NUMBER_OF_Q.search(part):
        return []
    rest = " ".join(p for p in parts if p != part)
    subject = set(content_stems(rest)) - QUESTION_WORDS - PAPER_WORDS
    kind = named_body(part, hits)
    found = [h for h in retrieve(store, emb, f"{_DATES.sub(' ', rest)} {part}", PAPER_K, filters, "hybrid",
                                 store.facets().copies) if kind is None or body_kind(h) in (kind, None)]

    def beside(h: Hit) -> int:  # the subject's words around the best of its numbers
        return max((len(subject & set(content_stems(h.text[max(0, at - PAPER_BEFORE):at + PAPER_AFTER])))
                    for ref in references(part, h.text) if (at := h.text.find(ref)) >= 0), default=-1)

    ranked = sorted(((beside(h), h) for h in found), key=lambda x: -x[0])  # (stable: the search's order breaks ties)
    return [h for n, h in ranked if n >= 0][:PAPER_ADD]


def _own_month(part: str, first: str, question: str) -> str | None:
    """The month (YYYY-MM) a further part of a question names when the first part names another or none."""
    period = part_period(part, question)
    if period is None:
        return None
    month = period[0][:7]
    return None if month in named_months(first) else month


def _within(filters: Filters, month: str) -> Filters:
    """Filters narrowed to one month (YYYY-MM)."""
    year, mon = int(month[:4]), int(month[5:])
    return replace(filters, since=f"{month}-01", until=f"{month}-{calendar.monthrange(year, mon)[1]:02d}")


#: a time a question names: a day, month or financial year with its year ("in the November 2024-25 report",
#: "in January 2025", "on 13 March 2025")
_DATES = re.compile(r"\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + MONTH_NAMES +
                    r")?\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d(?:[-/]\d{2,4})?\b")


#: a question that asks the same of several authorities ("What did A and B each record about potholes?")
_EACH = re.compile(r"\b(?:each|both|respectively|compare[ds]?|comparison)\b", re.I)


def authority_query(question: str, authority: str, named: list[str] | None = None) -> str:
    """What to search one authority's documents for: the parts of a question that name it, when others name
    another ("what did A declare ..., and which application did a B councillor declare an interest in?"); or, when
    its parts do not part the ``named`` authorities, the clauses that ask of it, when they ask ``OWN_WORDS`` words of
    their own ("Name the internal auditor A appointed in April 2026 and the firm whose audit planning report B's
    Audit Committee approved")."""
    parts = question_parts(question)
    own = [p for p in parts if names_authority(p, authority)]
    if own and len(own) < len(parts):
        return " ".join(own)
    clauses = clauses_asking(question, authority, named) if named and len(named) >= 2 else question
    names = set().union(*(content_stems(a) for a in named or []))
    return clauses if len(set(content_stems(clauses)) - names - QUESTION_WORDS) >= OWN_WORDS else question


#: the words of its own a clause asks of one authority to be searched for alone
OWN_WORDS = 4


#: a question about who chaired, attended or sent apologies to a meeting: the minutes' opening lists them
ATTEND_Q = re.compile(r"\bwho\b.*\b(chair(ed|s|man|person|woman)?|presid\w*|attend\w*|present|absent)\b"
                      r"|\b(apologies|attendance|in the chair)\b", re.I)
#: a question about who held an office ("who was mayor of X in 2026", "who served as city clerk"): the opening of a
#: meeting's minutes or agenda names its officers ("Tommy Battle, Mayor", "Mayor Vince Lago")
HOLDER_Q = re.compile(r"\bwho\s+(?:was|were|is|are|served as|acted as)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?(?:mayor|"
                      r"clerk|manager|administrator|attorney|chair\w*|president|secretary|treasurer|reeve|leader)\b", re.I)
#: the first chunks of a document, where the minutes name the chair and those present
OPENING_CHUNKS = 3
#: meetings whose minutes' openings are read
OPENING_MEETINGS = 2
#: asked who chaired, the first chunks read for one naming the chair
CHAIR_CHUNKS = 10
_CHAIRED_Q = re.compile(r"\bwho\b.*\b(?:chair(?:ed|s|man|person|woman)?|presided)\b", re.I)
_CHAIR_S = re.compile(r"\bchair", re.I)


def opening_chunks(store: Store, question: str, hits: list[Hit], filters: Filters,
                   kinds: tuple[str, ...] = ("minutes",)) -> list[Hit]:
    """The opening chunks of the minutes (or other ``kinds``) of the meeting a question names by its day ("on 9
    January 2025"), or else of the meetings of its best hits: where minutes say who was in the chair, present and
    absent (and an agenda names the body's officers)."""
    day = asked_day(question)  # a day named: that meeting
    dates = [day] if day else list(dict.fromkeys(h.meeting_date for h in hits if h.meeting_date))
    out: list[Hit] = []
    # (asked who chaired, a few chunks more, of which those that name a chair: an AGM's "election of Daryl Foster from
    # CHOA to chair the meeting", its fifth item)
    chaired = bool(_CHAIRED_Q.search(question))
    for day in dates[:OPENING_MEETINGS]:
        where: list[dict[str, Any]] = [{"meeting_date": day}, {"kind": {"$in": list(kinds)}},
                                       {"ordinal": {"$lte": (CHAIR_CHUNKS if chaired else OPENING_CHUNKS) - 1}}]
        if filters.authorities:
            where.append({"authority": {"$in": list(filters.authorities)}})
        rows = sorted(store.get_chunks(where={"$and": where}), key=lambda r: (r["meta"]["doc_id"], r["meta"]["ordinal"]))
        rows = [r for r in rows if r["meta"]["ordinal"] < OPENING_CHUNKS or _CHAIR_S.search(r["text"])]
        # (the documents among the hits first, in their order: that day's other bodies' minutes are not asked of)
        ranked = [h.doc_id for h in hits] + sorted(r["meta"]["doc_id"] for r in rows)
        present = {r["meta"]["doc_id"] for r in rows}
        docs = [d for d in dict.fromkeys(ranked) if d in present][:OPENING_MEETINGS]
        out += [row_hit(r) for r in rows if r["meta"]["doc_id"] in docs]
    return out
