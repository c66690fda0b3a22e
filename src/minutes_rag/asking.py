"""Answering over what retrieval found: the index's word statistics and embedder for the extractive answerer,
the chunk after a hit, the recorded decisions of a hit's document, and the answer step itself (extractive, or
through a LangChain chat model whose citations are checked)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, TypeAlias

from .answer.extractive import NO_ANSWER, answer_extractive
from .answer.scoring import Stats
from .chunk import page_marks
from .index.embed import Embedder
from .index.store import Store
from .parse.furniture import running_lines
from .types import Answer, Decision, Hit

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

#: a chat model: a spec string (``openai-compatible``, ``openai:MODEL``...) or a LangChain chat model
LLMSpec: TypeAlias = "str | BaseChatModel"


#: the running lines of the documents answered from, by index, document and version: a document's pages are read
#: once per process, not once a question
_RUNNING: dict[tuple[str, str], tuple[frozenset[str], list[re.Pattern[str]]]] = {}
RUNNING_DOCS = 4096


def stats_of(store: Store, emb: Embedder | None = None) -> Stats:
    """Word statistics of an index, for weighing question words, a way to read on past a chunk, and the
    index's embedder for weighing sentences by meaning."""
    n_chunks, doc_freq = store.word_stats()
    read: dict[tuple[str, str], list[Decision]] = {}

    def decisions(hit: Hit) -> list[Decision]:
        """A document's decisions, read once per version of it (the answerer asks for a document's recorded
        decisions as candidates, and again for its recorded vote)."""
        doc = store.get_document(hit.doc_id)
        if doc is None:
            return []
        key = (doc.doc_id, doc.content_hash)
        if key not in read:
            from .reports.decisions import decisions_in

            read[key] = decisions_in(store, doc)
        return read[key]

    def furniture(hit: Hit) -> list[re.Pattern[str]]:
        """A document's running headers and footers, found from its pages as indexed once per version of it in
        this process (a hit from a chunk not read then is from a new version)."""
        key = (str(store.path or store.chroma_url), hit.doc_id)
        known = _RUNNING.get(key)
        if known is None or hit.chunk_id not in known[0]:
            if len(_RUNNING) >= RUNNING_DOCS:
                _RUNNING.clear()
            ids, pages = doc_pages(store, hit.doc_id)
            known = _RUNNING[key] = (ids, running_lines(pages))
        return known[1]

    return Stats(n_chunks=n_chunks, doc_freq=doc_freq, next_chunk=lambda h: next_chunk(store, h),
                 prev_chunk=lambda h: next_chunk(store, h, -1),
                 decisions=decisions, embed=emb.embed if emb is not None else None,
                 authorities=tuple(sorted({a for a, _ in store.name_pairs() if a})), furniture=furniture,
                 pieces=emb.count_tokens if emb is not None else None)


def doc_pages(store: Store, doc_id: str) -> tuple[frozenset[str], list[str]]:
    """The ids of a document's chunks, and the text of each of its pages put together from them (none for a
    document without pages)."""
    by_page: dict[int, list[str]] = {}
    rows = sorted(store.get_chunks(where={"doc_id": doc_id}), key=lambda r: int(r["meta"].get("ordinal") or 0))
    for row in rows:
        text, meta = row["text"] or "", row["meta"]
        page = int(meta.get("page_start") or 0)
        if not page:
            continue
        cuts = [(0, page), *page_marks(str(meta.get("page_map") or ""))]
        for (at, p), (end, _) in zip(cuts, cuts[1:] + [(len(text), 0)], strict=True):
            by_page.setdefault(p, []).append(text[at:end])
    return frozenset(r["id"] for r in rows), ["\n".join(by_page[p]) for p in sorted(by_page)]


def next_chunk(store: Store, hit: Hit, step: int = 1) -> Hit | None:
    """The chunk after a hit in its document (or, with ``step=-1``, before it), as a hit, if there is one."""
    parts = hit.chunk_id.split(":")
    if len(parts) < 2 or not parts[1].isdigit() or int(parts[1]) + step < 0:
        return None
    row = store.next_chunk(hit.doc_id, int(parts[1]) + step)
    if row is None:
        return None
    from dataclasses import replace

    from .index.fields import row_hit

    return replace(row_hit(row), rank=hit.rank, copies=list(hit.copies))


def answer_from_hits(question: str, hits: list[Hit], llm: LLMSpec | None = None,
                     llm_base_url: str | None = None, stats: Stats | None = None, explain: bool = False) -> Answer:
    """The answer step alone, over hits already retrieved (extractive, or through a chat model)."""
    if llm is None:
        return answer_extractive(question, hits, stats, explain=explain)
    from .answer.cite import check_citations
    from .answer.llm import NOT_FOUND, generate, make_chat_model

    model = make_chat_model(llm, llm_base_url) if isinstance(llm, str) else llm
    spec = llm if isinstance(llm, str) else type(llm).__name__
    if not hits:
        return Answer(question, NO_ANSWER, True, generator=spec, warnings=["nothing matched the question and filters"])
    raw = generate(model, question, hits)
    if NOT_FOUND.casefold() in raw.casefold()[:40]:
        return Answer(question, NO_ANSWER, True, generator=spec, closest=hits[:5])
    checked = check_citations(raw, hits, {h.url for h in hits if h.url})
    abstained = not checked.citations
    warnings = checked.warnings + (["the model cited no source: treat this answer as unsupported"] if abstained else [])
    return Answer(question, checked.answer, False, checked.citations, warnings, generator=spec,
                  unsupported=checked.unsupported, closest=hits[:5] if abstained else [])
