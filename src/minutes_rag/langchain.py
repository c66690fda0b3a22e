"""LangChain's own interfaces over the library: a retriever and a document loader.

- :class:`MinutesRetriever` is a ``BaseRetriever`` over :func:`minutes_rag.api.search` (hybrid by default),
  with the same filters (authority, committee, since, until); ``k`` and every filter can be set on the
  retriever or per call (``retriever.invoke(query, k=3, authority="kent")``). Each ``Document`` is one chunk,
  and its metadata carries what a citation needs: ``source``, ``pages``, ``authority``, ``committee``,
  ``meeting_date``, ``item`` and ``score`` (with ``page``, ``item_number``, ``item_title``, ``kind``,
  ``doc_id``, ``chunk_id``, ``url``, ``copies``, ``copy_pages``, ``rank``).
- :class:`MinutesLoader` is a ``BaseLoader`` that yields the structured sections (agenda items) of a file or
  folder as ``Document``s, read as ``ingest`` reads them but not indexed, for pipelines that embed and store
  text themselves.

Like the CLI, this is a shell: it calls one verb of :mod:`minutes_rag.api` and converts what comes back.
Errors are the library's own (:class:`~minutes_rag.errors.MinutesRagError` and its subclasses).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.document_loaders import BaseLoader
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever

from . import api
from .errors import ConfigError
from .settings import Settings
from .types import Hit, ParsedSection

__all__ = ["MinutesLoader", "MinutesRetriever", "document_from_hit", "document_from_section"]

#: what a call may override: ``retriever.invoke(query, k=3, since="2025-01-01")``
SEARCH_OPTIONS = ("k", "authority", "committee", "since", "until", "mode")


def _item(number: str | None, title: str | None) -> str | None:
    """``"5 Section 25 Report"``: the agenda item as a citation names it."""
    return " ".join(x for x in (number, title) if x) or None


def document_from_hit(hit: Hit) -> Document:
    """One search hit as a LangChain ``Document`` (text and citation metadata; the chunk id is its id)."""
    return Document(
        id=hit.chunk_id,
        page_content=hit.text,
        metadata={
            "source": hit.source, "pages": list(hit.pages), "page": hit.pages[0] if hit.pages else None,
            "authority": hit.authority, "committee": hit.committee, "meeting_date": hit.meeting_date,
            "item": _item(hit.item_number, hit.item_title), "item_number": hit.item_number,
            "item_title": hit.item_title, "kind": hit.kind, "score": hit.score, "rank": hit.rank,
            "doc_id": hit.doc_id, "chunk_id": hit.chunk_id, "url": hit.url, "copies": list(hit.copies),
            "copy_pages": {k: list(v) for k, v in hit.copy_pages.items()},
        },
    )


def document_from_section(section: ParsedSection) -> Document:
    """One parsed section as a LangChain ``Document`` (text and the document's metadata)."""
    return Document(
        page_content=section.text,
        metadata={
            "source": section.source, "pages": list(section.pages),
            "page": section.pages[0] if section.pages else None, "authority": section.authority,
            "committee": section.committee, "meeting_date": section.meeting_date,
            "item": _item(section.item_number, section.item_title), "item_number": section.item_number,
            "item_title": section.item_title, "kind": section.kind, "title": section.title,
            "section": section.ordinal, "resolutions": list(section.resolutions), "url": section.url,
        },
    )


class MinutesRetriever(BaseRetriever):
    """Hybrid search over a minutes_rag index as a LangChain retriever.

    ``MinutesRetriever(index="index", k=5, authority="kent").invoke("parking levy")`` returns the top chunks
    as ``Document``s with citation metadata. ``index`` (or ``settings``) names the index; unset, the
    ``MINUTES_RAG_INDEX`` environment variable or ``./index``.
    """

    k: int = 10
    authority: str | list[str] | None = None
    committee: str | None = None
    since: str | None = None
    until: str | None = None
    mode: str = "hybrid"
    index: str | Path | None = None
    embedder: str | None = None
    settings: Settings | None = None

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun,
                                **kwargs: Any) -> list[Document]:
        unknown = sorted(set(kwargs) - set(SEARCH_OPTIONS))
        if unknown:
            raise ConfigError(f"unknown search option {unknown[0]!r}: use {', '.join(SEARCH_OPTIONS)}")
        opts = {name: kwargs.get(name, getattr(self, name)) for name in SEARCH_OPTIONS}
        result = api.search(query, k=opts["k"], authority=opts["authority"], committee=opts["committee"],
                            since=opts["since"], until=opts["until"], mode=opts["mode"], index=self.index,
                            embedder=self.embedder, settings=self.settings)
        return [document_from_hit(h) for h in result.hits]


class MinutesLoader(BaseLoader):
    """The structured sections of minutes files as ``Document``s, without indexing them.

    ``MinutesLoader("minutes/", authority="Kent County Council").load()`` reads every file under the folder
    (PDF, text, Markdown, HTML, JSON), recovers its agenda items, pages and metadata (manifests beside the
    files are read, as ``ingest`` reads them) and yields one ``Document`` per item. A file that cannot be
    read is logged and skipped.
    """

    def __init__(self, path: str | Path | Sequence[str | Path], *, authority: str | None = None,
                 committee: str | None = None, meeting_date: str | None = None,
                 manifests: Sequence[str | Path] = (), auto_manifest: bool = True, follow_symlinks: bool = False,
                 settings: Settings | None = None) -> None:
        self.paths: list[str | Path] = [path] if isinstance(path, str | Path) else list(path)
        self.authority = authority
        self.committee = committee
        self.meeting_date = meeting_date
        self.manifests = list(manifests)
        self.auto_manifest = auto_manifest
        self.follow_symlinks = follow_symlinks
        self.settings = settings

    def lazy_load(self) -> Iterator[Document]:
        sections = api.read_sections(
            self.paths, authority=self.authority, committee=self.committee, meeting_date=self.meeting_date,
            manifests=self.manifests, auto_manifest=self.auto_manifest, follow_symlinks=self.follow_symlinks,
            settings=self.settings,
        )
        for section in sections:
            yield document_from_section(section)
