"""The index: a Chroma store holding chunks (with vectors) and the index's own record of documents.

Two collections:

- ``<name>``: one record per chunk, with its embedding, text and citation metadata. The collection's
  metadata records the embedder id and dimension; opening it with another embedder is refused.
- ``<name>-documents``: one record per document (status, hashes, metadata and where each field came
  from). A document is recorded ``ok`` only after all its chunks are written, so the record is the
  truth about what is complete.

Chroma metadata cannot hold None, so missing values are stored as "" (and dates as 0) and mapped back.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import EmbedderMismatch, IndexFullError, IndexLockedError, IndexReadOnlyError, IndexUnavailableError
from ..links import url_host
from ..parse.dates import calendar_date
from ..scope import Filters
from ..settings import Settings
from ..types import Chunk, DocumentRecord
from .embed import Embedder, get_embedder
from .fields import chroma_where, date_int, filter_values
from .keyword import FILE_NAME, KeywordIndex
from .opening import open_collections
from .renderings import renderings
from .storage import storage_error

log = logging.getLogger(__name__)
#: seconds the cached authority/committee names and duplicate lists are trusted (see ``Store.facets``)
FACETS_TTL = 30.0
#: chunks up to which an unfiltered vector search scans every vector exactly rather than asking Chroma's approximate
#: HNSW index (3.4 ms over the 9,375 chunks of ../shared/corpus, HNSW 1.6 ms: about 18 ms at this size)
EXACT_ROWS = 50_000
_ADD_BATCH = 1000


@dataclass
class Facets:
    """Read from the document records at once: the (authority, committee) pairs, the sources of duplicates
    (and of other renderings) by document, and the ids of machine-made documents (``meta.is_machine_made``)."""

    pairs: list[tuple[str, str]] = field(default_factory=list)
    copies: dict[str, list[str]] = field(default_factory=dict)
    machine_made: set[str] = field(default_factory=set)


class Store:
    """Chunks and document records in one Chroma database."""

    def __init__(self, path: Path, embedder_id: str, dim: int, collection: str = "minutes",
                 create: bool = True, chroma_url: str | None = None) -> None:
        """Open the index at ``path`` (with ``chroma_url``, on a Chroma server instead): to write
        (``create``: made if need be, its keyword index brought in step with the chunks), or only to read,
        which writes nothing of its own.

        A local index that Chroma cannot open to read (a read-only mount, a disk with no space left) is read
        from its files (see ``chroma_files``): searchable, with every write refused by ``refusal``. In server
        mode the keyword index is a local cache under ``path/keyword-cache/HOST_PORT``, rebuilt from the
        server's chunk texts whenever it is out of step with them.
        """
        self.path = path
        self.chroma_url = chroma_url
        self.name = collection
        self.embedder_id, self.dim = embedder_id, dim
        self._facets: tuple[int, float, Facets] | None = None
        self._facets_checked = 0.0
        self._facets_reading = threading.Lock()
        self._in_step: tuple[int, float, bool] | None = None
        #: why this index is read from its files and refuses writes (None: Chroma opened it)
        self.refusal: IndexUnavailableError | None = None
        if chroma_url:
            from urllib.parse import urlparse

            u = urlparse(chroma_url if "://" in chroma_url else f"http://{chroma_url}")
            self._keyword_dir = path / "keyword-cache" / f"{u.hostname}_{u.port or 8000}"
        else:
            if not create and not (path / "chroma.sqlite3").exists():
                raise IndexUnavailableError(
                    f"no index at {path}. Build one first: `minutes-rag ingest FOLDER --index {path}`"
                )
            self._keyword_dir = path
        self.chunks, self.docs, self.refusal = open_collections(self.path, collection, embedder_id, dim, create,
                                                                chroma_url)
        writer = create or bool(chroma_url)  # a server's keyword index is this machine's cache: kept in step
        if writer:
            self._keyword_dir.mkdir(parents=True, exist_ok=True)
        self.keyword = KeywordIndex(self._keyword_dir, create=writer)
        self._keyword_seen: int | None = None  # the file's mtime when a reader last found it unusable
        if writer:
            self.sync_keyword()

    def prepare_writes(self) -> None:
        """Make ready for a writer (under the writer lock): a keyword index that can be written, in step with
        the chunks. An index read from its files is opened through Chroma again (space may have been freed),
        or its refusal is raised: IndexReadOnlyError or IndexFullError."""
        if self.refusal is not None:
            self.chunks, self.docs, self.refusal = open_collections(self.path, self.name, self.embedder_id,
                                                                    self.dim, True, None)
        self._keyword_for_writing()
        self.sync_keyword()

    def _keyword_for_writing(self) -> KeywordIndex:
        """The keyword index, reopened to write if it was opened to read."""
        if self.refusal is not None:
            raise self.refusal
        if not self.keyword.writable:
            self._keyword_dir.mkdir(parents=True, exist_ok=True)
            self.keyword = KeywordIndex(self._keyword_dir, create=True)
            self._in_step = None
        return self.keyword

    def _keyword_for_reading(self) -> KeywordIndex:
        """The keyword index; a reader's that was found missing or older is opened again once a writer (in
        another process) has made it."""
        kw = self.keyword
        if kw.state == "ok" or kw.writable:
            return kw
        try:
            changed = (self._keyword_dir / FILE_NAME).stat().st_mtime_ns
        except OSError:
            return kw
        if changed != self._keyword_seen:  # a stat a search until then
            self._keyword_seen = changed
            fresh = KeywordIndex(self._keyword_dir, create=False)
            if fresh.state == "ok":
                self.keyword = kw = fresh
        return kw

    def warnings(self) -> list[str]:
        """What a reader of this index should be told: a keyword index missing, or out of step with the chunks
        (an ingest cut short), so keyword matches (and, read from the files, vector matches) may be missed."""
        if self.chroma_url:
            return []  # the cache is brought in step before each search
        repair = "run `minutes-rag doctor --repair`" + (" on a writable copy" if self.refusal is not None else "")
        state = self.keyword.state
        if state != "ok":
            what = {"missing": "missing", "older": "of an older layout"}.get(state, "unreadable")
            return [f"the keyword index of {self.path} is {what}: keyword matches are missing from these results; "
                    f"{repair} to rebuild it."]
        if self.keyword_in_step():  # counted once in a while: a Chroma count is slow at a million chunks
            return []
        n, total = self.keyword.count(), self.chunks.count()
        if n != total:
            return [f"the keyword index of {self.path} holds {n} of its {total} chunks (an ingest was cut short?): "
                    f"some matches may be missing; {repair}."]
        return []

    def sync_keyword(self) -> None:
        """Rebuild the keyword index when it is out of step with the chunks.

        That happens after a lost file, an ingest cut short (a crash, a full disk), with an index made before
        keyword search, or (Chroma server mode) after another process's writes. A local index is rebuilt only
        by a writer, under its writer lock: a reader writes nothing, and is told what is out of step
        (``warnings``).
        """
        if self.keyword.count() == self.chunks.count():
            return
        if self.chroma_url:
            self.rebuild_keyword_index()
            return
        from .lock import index_lock

        try:
            with index_lock(self.path):
                if self.keyword.count() != self.chunks.count():
                    self.rebuild_keyword_index()
        except IndexLockedError:
            pass  # a writer is at work; it leaves both in step when it finishes

    # ---- documents ----------------------------------------------------------------------------------

    @staticmethod
    def _doc_from_meta(meta: dict[str, Any]) -> DocumentRecord:
        data = json.loads(str(meta["record"]))
        data["meeting_date"] = calendar_date(data.get("meeting_date"))  # an index written before dates were checked
        known = {f.name for f in fields(DocumentRecord)}
        return DocumentRecord(**{k: v for k, v in data.items() if k in known})  # a newer version's fields: ignored

    def facets(self, refresh: bool = False) -> Facets:
        """What resolving a filter name, listing a hit's copies and demoting machine-made summaries need
        from the document records (see ``Facets``).

        Cached, since reading every document record costs seconds at a million chunks: a write through this
        Store, a change in the number of records or ``refresh`` reads them again before answering. After
        ``FACETS_TTL`` seconds (another process may have rewritten a record) they are read again in the
        background while the cached ones keep answering: a name not among them is retried with ``refresh``.
        """
        cached = self._facets
        now = time.monotonic()
        if cached is not None and not refresh and now - self._facets_checked < 1.0:
            return cached[2]  # checked within the second: a search makes several calls
        self._facets_checked = now
        count = self.docs.count()
        if refresh or cached is None or cached[0] != count:
            cached = self._read_facets(count)
        elif now - cached[1] > FACETS_TTL and not self._facets_reading.locked():
            threading.Thread(target=self._read_facets, args=(count,), daemon=True,
                             name="minutes-rag-facets").start()
        return cached[2]

    def _read_facets(self, count: int) -> tuple[int, float, Facets]:
        from ..parse.meta import is_machine_made

        with self._facets_reading:
            docs = self.find_documents()
            out = Facets(copies=renderings(docs))  # a record saved in two formats names the other file
            pairs: set[tuple[str, str]] = set()
            for d in docs:
                if d.status == "duplicate" and d.duplicate_of:
                    out.copies.setdefault(d.duplicate_of, []).append(d.source)
                if d.authority or d.committee:
                    pairs.add((d.authority or "", d.committee or ""))
                # (a file of several meetings' records: each record's own body and committee)
                pairs.update(d.record_pairs)
                if is_machine_made(d.source):
                    out.machine_made.add(d.doc_id)
            out.pairs = sorted(pairs)
            cached = (count, time.monotonic(), out)
            self._facets = cached
            return cached

    def put_document(self, rec: DocumentRecord) -> None:
        self._facets = None
        meta = {
            "record": json.dumps(rec.to_dict()),
            "status": rec.status,
            "content_hash": rec.content_hash,
            "text_hash": rec.text_hash or "",
            "authority": rec.authority or "",
            "duplicate_of": rec.duplicate_of or "",
        }
        self.docs.upsert(ids=[rec.doc_id], embeddings=[[1.0]],  # type: ignore[arg-type]
                         documents=[rec.source], metadatas=[meta])

    def get_document(self, doc_id: str) -> DocumentRecord | None:
        got = self.docs.get(ids=[doc_id], include=["metadatas"])
        if not got["ids"]:
            return None
        return self._doc_from_meta(dict(got["metadatas"][0]))  # type: ignore[index]

    def find_documents(self, **where: str) -> list[DocumentRecord]:
        clause: dict[str, Any] | None
        if not where:
            clause = None
        elif len(where) == 1:
            clause = dict(where)
        else:
            clause = {"$and": [{k: v} for k, v in where.items()]}
        got = self.docs.get(where=clause, include=["metadatas"])
        return [self._doc_from_meta(dict(m)) for m in got["metadatas"] or []]

    def all_documents(self) -> list[DocumentRecord]:
        return sorted(self.find_documents(), key=lambda d: d.source)

    def delete_document(self, doc_id: str) -> None:
        self._facets = None
        self.delete_chunks(doc_id)
        self.docs.delete(ids=[doc_id])

    # ---- chunks -------------------------------------------------------------------------------------

    def delete_chunks(self, doc_id: str) -> None:
        keyword = self._keyword_for_writing()
        self.chunks.delete(where={"doc_id": doc_id})
        keyword.delete_doc(doc_id)

    def add_chunks(self, rec: DocumentRecord, chunks: list[Chunk], embeddings: list[list[float]],
                   headers: list[str] | None = None) -> None:
        """Write chunks to the vector store and the keyword index (vectors first)."""
        keyword = self._keyword_for_writing()
        metas = [self.chunk_metadata(rec, c) for c in chunks]
        heads = headers or [""] * len(chunks)
        for m, h in zip(metas, heads, strict=True):
            m["header"] = h
        for i in range(0, len(chunks), _ADD_BATCH):
            sl = slice(i, i + _ADD_BATCH)
            self.chunks.upsert(
                ids=[c.chunk_id for c in chunks[sl]],
                embeddings=embeddings[sl],  # type: ignore[arg-type]
                documents=[c.text for c in chunks[sl]],
                metadatas=metas[sl],  # type: ignore[arg-type]
            )
        keyword.add(
            [(c.chunk_id, rec.doc_id, c.text, h, m["authority"], m["committee"], m["date_int"], m)
             for c, h, m in zip(chunks, heads, metas, strict=True)],
            embeddings,
        )

    def set_authority(self, rec: DocumentRecord, authority: str, source: str) -> None:
        """Give an indexed document an inferred authority (its chunks in both indexes, and its record), in place:
        its text and vectors are unchanged."""
        from .keyword import as_rows

        got = self.chunks.get(where={"doc_id": rec.doc_id}, include=["documents", "metadatas", "embeddings"])
        old, rec.authority = rec.authority or "", authority
        rec.provenance.update({"authority": source, "authority_basis": "inferred"})
        # (a record of a file of several meetings keeps its own)
        metas = [dict(m, authority=authority if m.get("authority") in ("", None, old) else m["authority"],
                      inferred=",".join(rec.inferred)) for m in got["metadatas"] or []]
        if got["ids"]:
            self.chunks.update(ids=got["ids"], metadatas=metas)  # type: ignore[arg-type]
            keyword = self._keyword_for_writing()
            keyword.delete_doc(rec.doc_id)
            keyword.add(as_rows(dict(got, metadatas=metas)), got["embeddings"])  # type: ignore[arg-type]
        self.put_document(rec)

    def rebuild_keyword_index(self) -> int:
        """Refill the keyword index (texts, filter values, vectors) from Chroma; returns the chunks indexed."""
        from .keyword import as_rows

        keyword = self._keyword_for_writing()
        keyword.clear()
        total = self.chunks.count()
        if total > 20000:  # minutes at a million chunks: say why the command is slow
            log.warning("rebuilding the keyword index of %s from its %d chunks (once)", self.path, total)
        done = 0
        for offset in range(0, total, 5000):
            got = self.chunks.get(include=["documents", "metadatas", "embeddings"], limit=5000, offset=offset)
            rows = as_rows(dict(got))
            keyword.add(rows, got["embeddings"])  # type: ignore[arg-type]
            done += len(rows)
        return done

    @staticmethod
    def chunk_metadata(rec: DocumentRecord, c: Chunk) -> dict[str, Any]:
        return {
            "doc_id": rec.doc_id,
            "source": rec.source,
            "authority": c.authority or rec.authority or "",  # (a section's own, in a file of several meetings)
            "committee": c.committee or rec.committee or "",
            "meeting_date": c.meeting_date or rec.meeting_date or "",
            "date_int": date_int(c.meeting_date or rec.meeting_date),
            "kind": rec.kind or "",
            "item_number": c.item_number or "",
            "item_title": c.item_title or "",
            "page_start": c.page_start or 0,
            "page_end": c.page_end or 0,
            "ordinal": c.ordinal,
            "has_resolution": c.has_resolution,
            "n_tokens": c.n_tokens,
            "page_map": c.page_map,
            "url": c.url or rec.url or "",
            "site": url_host(rec.url) or "",
            "inferred": ",".join(rec.inferred),  # fields inferred, not stated; absent in older indexes: stated
        }

    def keyword_in_step(self) -> bool:
        """The keyword index holds every chunk, so it can answer a filtered vector search exactly.

        Chroma is counted again only when the keyword count changes (every write changes both) or after
        ``FACETS_TTL`` seconds: counting a million chunks in Chroma takes ~100 ms, a query's whole budget.
        """
        n = self._keyword_for_reading().count()
        now = time.monotonic()
        cached = self._in_step
        if cached is None or cached[0] != n or now - cached[1] > FACETS_TTL:
            cached = self._in_step = (n, now, n == self.chunks.count())
        return cached[2]

    def is_empty(self) -> bool:
        """No chunks at all (the keyword count, cached, answers first; Chroma's only when it says none)."""
        return self.keyword.count() == 0 and self.chunks.count() == 0

    def count_chunks(self, doc_id: str | None = None) -> int:
        if doc_id is None:
            return int(self.chunks.count())
        return len(self.chunks.get(where={"doc_id": doc_id}, include=[])["ids"])

    def chunk_ids(self) -> set[str]:
        return set(self.chunks.get(include=[])["ids"])

    def nearest(self, embedding: list[float], k: int, where: dict[str, Any] | None) -> list[tuple[str, float]]:
        """(chunk id, cosine similarity) of the nearest chunks, best first, without their texts (search reads
        those only for the few that can rank). Asking for more than there are is fine."""
        res = self.chunks.query(query_embeddings=[embedding], n_results=k, where=where,  # type: ignore[arg-type]
                                include=["distances"])
        return [(cid, 1.0 - float(d)) for cid, d in zip(res["ids"][0], res["distances"][0], strict=True)]  # type: ignore[index]

    # ---- the doors search and the answerers use (nothing outside ``index/`` touches Chroma or FTS) ----

    def name_pairs(self, refresh: bool = False) -> set[tuple[str, str]]:
        """The (authority, committee) pairs of the indexed chunks, for resolving filter names."""
        return set(self.facets(refresh).pairs)

    def keyword_search(self, query: str, k: int, filters: Filters) -> list[tuple[str, float]]:
        """(chunk id, BM25 score) of the best keyword matches, filtered."""
        return self._keyword_for_reading().search(query, k, *filter_values(filters))

    def vector_candidates(self, qvec: list[float], k: int, filters: Filters, in_step: bool) -> list[tuple[str, float]]:
        """(chunk id, cosine) of the nearest chunks: where the keyword index is ``in_step``, scored exactly over
        its rows that pass a filter, or over all of them in an index of up to ``EXACT_ROWS`` chunks (HNSW's
        neighbours may differ from one process to the next: a question asked twice got different hits; an exact
        scan's never do); otherwise by Chroma's HNSW index."""
        exact = in_step and (filters.active or self._keyword_for_reading().count() <= EXACT_ROWS)
        if exact or self.refusal is not None:  # read from the files, Chroma's HNSW index is out of reach
            return self.keyword.vector_search(qvec, k, *filter_values(filters))
        return self.nearest(qvec, k, chroma_where(filters))

    def read_rows(self, cids: list[str], qvec: list[float], in_step: bool) -> dict[str, tuple[str, dict[str, Any], float]]:
        """Text, metadata and cosine to ``qvec`` of chunks: from the keyword index's rows when it is in step
        (a Chroma get costs ~20 ms at 1M chunks), otherwise, or for what it lacks, from Chroma."""
        out: dict[str, tuple[str, dict[str, Any], float]] = {}
        if (in_step or self.refusal is not None) and cids:
            out.update(self.keyword.get(cids, qvec))
        missing = [c for c in cids if c not in out]
        if not missing:
            return out
        if self.refusal is not None:  # read from the files: texts and metadata, but no vectors to score
            files = self.chunks.get(ids=missing, include=["documents", "metadatas"])
            for cid, text, meta in zip(files["ids"], files["documents"] or [], files["metadatas"] or [], strict=True):
                out[cid] = (text, dict(meta), 0.0)
            return out
        got = self.chunks.get(ids=missing, include=["documents", "metadatas", "embeddings"])
        q = np.asarray(qvec, dtype=np.float32)
        for cid, text, meta, vec in zip(
            got["ids"], got["documents"] or [], got["metadatas"] or [], got["embeddings"], strict=True  # type: ignore[arg-type]
        ):
            out[cid] = (text, dict(meta), float(np.dot(q, np.asarray(vec, dtype=np.float32))))
        return out

    def next_chunk(self, doc_id: str, ordinal: int) -> dict[str, Any] | None:
        """The chunk of a document at ``ordinal`` (id, text, meta), if there is one."""
        got = self.chunks.get(where={"$and": [{"doc_id": doc_id}, {"ordinal": ordinal}]},
                              include=["documents", "metadatas"])
        if not got["ids"]:
            return None
        return {"id": got["ids"][0], "text": (got["documents"] or [""])[0], "meta": dict((got["metadatas"] or [{}])[0])}

    def word_stats(self) -> tuple[int, Callable[[str], int]]:
        """The number of chunks and a term -> chunk count function, for weighing question words."""
        return self.keyword.count(), self.keyword.doc_freq

    def get_chunks(self, where: dict[str, Any] | None = None, ids: Iterable[str] | None = None) -> list[dict[str, Any]]:
        res = self.chunks.get(
            ids=list(ids) if ids is not None else None, where=where, include=["documents", "metadatas"]
        )
        return [
            {"id": cid, "text": text, "meta": dict(meta)}
            for cid, text, meta in zip(res["ids"], res["documents"] or [], res["metadatas"] or [], strict=True)
        ]


_STORES: dict[tuple[str, str, str, str | None], Store] = {}


def open_store(settings: Settings, create: bool = False) -> tuple[Store, Embedder]:
    """The index and the embedder it was built with; one Store per index a process.

    An embedder asked for explicitly (flag, setting or environment) must match the index's; otherwise the
    embedder the index records is used, so an index built with ``--embedder minilm-int8`` reads as is.
    """
    try:
        return _open_store(settings, settings.embedder, create)
    except EmbedderMismatch as exc:
        if "embedder" in settings.model_fields_set or not exc.recorded:
            raise
        return _open_store(settings, exc.recorded, create)


def _open_store(settings: Settings, embedder_id: str, create: bool) -> tuple[Store, Embedder]:
    embedder = get_embedder(embedder_id, settings.embed_batch_size)
    path = Path(settings.index).resolve()
    key = (str(path), settings.collection, embedder.id, settings.chroma_url)
    store = _STORES.get(key)
    if store is None or (not settings.chroma_url and not (path / "chroma.sqlite3").exists()):
        store = Store(path, embedder.id, embedder.dim, settings.collection, create=create,
                      chroma_url=settings.chroma_url)
        _STORES[key] = store
    return store, embedder


@contextmanager
def writing(store: Store) -> Iterator[None]:
    """Around a writer's writes: when one fails for want of space or on a read-only index, the Store is
    forgotten, with Chroma's cached client, so the next open in this process starts afresh (Chroma's client
    hung on its next write after a full disk; a reader then opens the index from its files)."""
    try:
        yield
    except Exception as exc:
        if isinstance(exc, IndexFullError | IndexReadOnlyError) or storage_error(exc, store.path) is not None:
            for key in [k for k, s in _STORES.items() if s is store]:
                del _STORES[key]
            if not store.chroma_url:
                from chromadb.api.shared_system_client import SharedSystemClient

                SharedSystemClient.clear_system_cache()  # clients already made keep theirs
        raise
