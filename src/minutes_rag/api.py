"""The public verbs. The CLI, HTTP and MCP shells call these and only render what they return."""

from __future__ import annotations

import hashlib
import logging
import re
import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import nullcontext
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import scope
from .answer.extractive import NO_ANSWER, Stats, answer_extractive
from .chunk import chunk_sections, context_header
from .errors import ConfigError, EmbedderMismatch, EmptyIndexError, ManifestError, NothingIngestedError
from .evaluate import EvalReport
from .index.doctor import DoctorReport
from .index.embed import Embedder, get_embedder
from .index.lock import writer_lock
from .index.store import Store
from .parse.guard import GuardedParser
from .parse.load import DOC_FILE_RE, discover, load_file
from .parse.manifest import Manifest, is_manifest_file, read_manifest
from .parse.meta import resolve
from .parse.structure import recover_structure
from .retrieve import MODES, retrieve
from .settings import Settings, get_settings
from .types import (
    INDEXED_STATUSES,
    Answer,
    Decision,
    DocStatus,
    DocumentRecord,
    FileResult,
    Hit,
    IngestReport,
    SearchResult,
    Section,
)

if TYPE_CHECKING:
    from .sources.moderngov import Committee, FetchProgress, FetchReport
    from .sources.webclient import PoliteClient

log = logging.getLogger(__name__)

ProgressFn = Callable[[FileResult, int, int], None]


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


def _doc_id(path: Path) -> str:
    return hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:16]


def _text_hash(text: str) -> str:
    norm = re.sub(r"\s+", " ", text).strip().casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def _auto_manifests(paths: Sequence[str | Path]) -> Manifest:
    """Manifests lying in the given folders or up to two folders above them."""
    found: set[Path] = set()
    for raw in paths:
        p = Path(raw).resolve()
        base = p if p.is_dir() else p.parent
        for folder in [base, *list(base.parents)[:2]]:
            for name in ("authorities.csv", "manifest.csv"):
                if (folder / name).is_file():
                    found.add(folder / name)
        if p.is_dir():
            found.update(f for f in p.rglob("*.csv") if is_manifest_file(f))
    m = Manifest()
    for f in sorted(found):
        try:
            m.merge(read_manifest(f))
        except ManifestError as exc:
            log.warning("ignoring %s: %s", f, exc)
    return m


def ingest(
    paths: Sequence[str | Path],
    *,
    index: str | Path | None = None,
    authority: str | None = None,
    committee: str | None = None,
    meeting_date: str | None = None,
    manifests: Iterable[str | Path] = (),
    auto_manifest: bool = True,
    follow_symlinks: bool = False,
    embedder: str | None = None,
    settings: Settings | None = None,
    progress: ProgressFn | None = None,
) -> IngestReport:
    """Ingest files and folders into the index; idempotent.

    Each file gets a typed status. Unchanged files are skipped, changed files replace their old chunks,
    documents whose text equals an indexed one are recorded as duplicates and not embedded again.
    Raises NothingIngestedError (carrying the report) when files were given but none is searchable.
    """
    settings = settings or get_settings(index=index, embedder=embedder)
    flags = {"authority": authority, "committee": committee, "meeting_date": scope.parse_date(meeting_date, "--date")}
    if not paths:
        raise ConfigError("nothing to ingest: give one or more files or folders.")
    for p in paths:
        if not Path(p).exists():
            raise ConfigError(f"{p}: no such file or folder.")
    manifest = _auto_manifests(paths) if auto_manifest else Manifest()
    for m in manifests:
        manifest.merge(read_manifest(m))  # explicit ones win over auto-found ones

    started = time.perf_counter()
    report = IngestReport(index=str(settings.index))
    files: list[tuple[Path, bool]] = []
    for f, explicit in discover(paths, follow_symlinks=follow_symlinks):
        if not explicit and (is_manifest_file(f) or DOC_FILE_RE.match(f.name)):
            continue  # manifests and folder read-mes are not minutes
        files.append((f, explicit))
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    guard = (GuardedParser(settings.parse_timeout_s, settings.parse_memory_mb, settings.parse_page_timeout_s)
             if settings.parse_isolation else None)
    with writer_lock(settings), guard or nullcontext():  # one writer per local index: a second one fails fast
        store, emb = open_store(settings, create=True)
        ahead = _ParseAhead(guard, settings) if guard is not None and len(files) > 1 else None
        try:
            for n, (path, _explicit) in enumerate(files, start=1):
                if ahead is not None:  # the worker parses the next files while this one is embedded
                    for nxt, _ in files[n - 1:n + 1]:
                        if not ahead.has(nxt) and not _unchanged(nxt, store, flags, manifest):
                            ahead.submit(nxt)
                result = _ingest_one(path, store, emb, settings, flags, manifest, stamp, report, guard, ahead)
                report.files.append(result)
                if progress is not None:
                    progress(result, n, len(files))
        finally:
            if ahead is not None:
                ahead.close()
    report.seconds = time.perf_counter() - started
    if files and not any(f.status in INDEXED_STATUSES for f in report.files):
        raise NothingIngestedError(
            f"none of the {len(files)} files could be ingested; see the statuses above.", report
        )
    return report


class _ParseAhead:
    """Parses files in the guarded worker from one background thread, ahead of the embedding in the main
    thread (the worker is a separate process, so the two overlap). Parsing writes nothing: the index is
    still written one document at a time, in order, by the main thread."""

    def __init__(self, guard: GuardedParser, settings: Settings) -> None:
        from concurrent.futures import ThreadPoolExecutor

        self.guard = guard
        self.max_bytes = int(settings.max_file_mb * 1e6)
        self.max_pages = settings.max_pages
        self.pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="minutes-rag-parse")
        self.futures: dict[Path, Any] = {}

    def has(self, path: Path) -> bool:
        return path in self.futures

    def submit(self, path: Path) -> None:
        def run() -> tuple[Any, Any, float]:
            t = time.perf_counter()
            loaded, parsed = self.guard.parse(path, self.max_bytes, self.max_pages)
            return loaded, parsed, time.perf_counter() - t

        self.futures[path] = self.pool.submit(run)

    def take(self, path: Path) -> tuple[Any, Any, float] | None:
        fut = self.futures.pop(path, None)
        return fut.result() if fut is not None else None

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


def _is_current(existing: DocumentRecord | None, content_hash: str, meta_key: str) -> bool:
    """Is this record an indexed copy of the same bytes under the same metadata (nothing to do)?"""
    return (existing is not None
            and existing.status in {s.value for s in INDEXED_STATUSES}
            and existing.content_hash == content_hash
            and existing.provenance.get("_meta_key") == meta_key)


def _unchanged(path: Path, store: Store, flags: dict[str, str | None], manifest: Manifest) -> bool:
    """Is a file indexed already with the same bytes and metadata (so ingest will skip it)?"""
    existing = store.get_document(_doc_id(path))
    if existing is None:
        return False
    try:
        content_hash = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return False
    return _is_current(existing, content_hash, _meta_key(flags, manifest.lookup(path)[0]))


def _meta_key(flags: dict[str, str | None], manifest_meta: dict[str, str]) -> str:
    data = repr((sorted((k, v) for k, v in flags.items() if v), sorted(manifest_meta.items())))
    return hashlib.sha1(data.encode()).hexdigest()[:12]


def _ingest_one(
    path: Path,
    store: Store,
    emb: Embedder,
    settings: Settings,
    flags: dict[str, str | None],
    manifest: Manifest,
    stamp: str,
    report: IngestReport,
    parser: GuardedParser | None = None,
    ahead: _ParseAhead | None = None,
) -> FileResult:
    source = str(path)
    doc_id = _doc_id(path)
    try:
        content_hash = hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError as exc:
        return FileResult(source, DocStatus.UNREADABLE, f"cannot read file: {exc}")
    manifest_meta, manifest_name = manifest.lookup(path)
    meta_key = _meta_key(flags, manifest_meta)
    existing = store.get_document(doc_id)
    if existing is not None and _is_current(existing, content_hash, meta_key):
        return FileResult(source, DocStatus.UNCHANGED, "already indexed; nothing to do", doc_id=doc_id,
                          pages=0, chunks=0, duplicate_of=existing.duplicate_of)

    t_parse = time.perf_counter()
    max_bytes = int(settings.max_file_mb * 1e6)
    early = None
    if ahead is not None:  # every parse goes through the one background thread: the worker is not shared
        if not ahead.has(path):
            ahead.submit(path)
        early = ahead.take(path)
    if early is not None:  # parsed in the background: count the worker's time, not the wait
        loaded, parsed, seconds = early
        t_parse = time.perf_counter() - seconds
    elif parser is not None:
        loaded, parsed = parser.parse(path, max_bytes, settings.max_pages)
    else:
        loaded, parsed = load_file(path, max_bytes, settings.max_pages), None
    if loaded.status != DocStatus.OK or loaded.document is None:
        if existing is None:  # record the failure, so `documents` shows what needs attention
            store.put_document(DocumentRecord(
                doc_id=doc_id, source=source, status=loaded.status.value, content_hash=content_hash,
                text_hash=None, authority=manifest_meta.get("authority") or flags.get("authority"),
                committee=None, meeting_date=None, kind=None, title=path.stem, pages=0, chunks=0, items=0,
                message=loaded.message, ingested_at=stamp,
            ))
        msg = loaded.message
        if existing is not None and existing.status in {s.value for s in INDEXED_STATUSES}:
            msg += " (the previously indexed version is kept)"
        return FileResult(source, loaded.status, msg, doc_id=doc_id)

    doc = loaded.document
    structure = parsed or recover_structure(doc.pages, path.name)
    report.parse_seconds += time.perf_counter() - t_parse
    if doc.sections:  # the format stated its items (JSON): trust it over text heuristics
        structure.sections = doc.sections
    fields = resolve(path, doc, structure, flags, manifest_meta, manifest_name)
    values = {k: v.value for k, v in fields.items()}
    provenance = {k: v.source for k, v in fields.items()}
    provenance["_meta_key"] = meta_key
    full_text = "\n".join(p.text for p in doc.pages)
    text_hash = _text_hash(full_text)
    items = sum(1 for s in structure.sections if s.item_number)
    meta_out = {k: v.to_dict() for k, v in fields.items()}
    record = DocumentRecord(
        doc_id=doc_id, source=source, status=DocStatus.OK.value, content_hash=content_hash,
        text_hash=text_hash, authority=values["authority"], committee=values["committee"],
        meeting_date=values["meeting_date"], kind=values["kind"], title=values["title"],
        pages=sum(1 for p in doc.pages if p.number is not None), chunks=0, items=items,
        provenance=provenance, message="; ".join(loaded.warnings) or None, ingested_at=stamp, url=doc.url,
    )

    twins = [d for d in store.find_documents(text_hash=text_hash, status=DocStatus.OK.value) if d.doc_id != doc_id]
    if twins:
        canonical = twins[0]
        record.status = DocStatus.DUPLICATE.value
        record.duplicate_of = canonical.doc_id
        record.message = f"same text as {canonical.source}; searched through that copy"
        store.delete_chunks(doc_id)
        store.put_document(record)
        return FileResult(source, DocStatus.DUPLICATE, record.message, doc_id=doc_id, pages=record.pages,
                          items=items, duplicate_of=canonical.source, metadata=meta_out)

    chunks = chunk_sections(doc_id, structure.sections or [Section(None, None, doc.pages)], emb.count_tokens,
                            budget=min(settings.chunk_tokens, emb.max_tokens - 40))
    if not chunks:
        return FileResult(source, DocStatus.EMPTY, "no text to index after cleaning", doc_id=doc_id)
    headers = [
        context_header(values["authority"], values["committee"], values["meeting_date"], c.item_number,
                       c.item_title)
        for c in chunks
    ]
    embed_texts = [f"{h}\n{c.text}" if h else c.text for h, c in zip(headers, chunks, strict=True)]
    lengths = emb.count_tokens(embed_texts)
    for i, n in enumerate(lengths):
        if n > emb.max_tokens - 2 and headers[i]:  # the body matters more than its header
            headers[i] = ""
            embed_texts[i] = chunks[i].text
            lengths[i] = chunks[i].n_tokens
    truncated = sum(1 for n in lengths if n > emb.max_tokens - 2)
    t0 = time.perf_counter()
    vectors = emb.embed(embed_texts)
    report.embed_seconds += time.perf_counter() - t0
    # order matters for crash safety: mark pending, replace chunks, then record complete
    t_store = time.perf_counter()
    record.status = "pending"
    store.put_document(record)
    store.delete_chunks(doc_id)
    store.add_chunks(record, chunks, vectors, headers)
    record.status = DocStatus.OK.value
    record.chunks = len(chunks)
    store.put_document(record)
    report.store_seconds += time.perf_counter() - t_store
    msg = "replaced the previous version" if existing is not None and existing.status == "ok" else ""
    if loaded.warnings:
        msg = "; ".join([*loaded.warnings, msg] if msg else loaded.warnings)
    return FileResult(source, DocStatus.OK, msg, doc_id=doc_id, pages=record.pages, chunks=len(chunks),
                      items=items, truncated_chunks=truncated, metadata=meta_out)


def search(
    query: str,
    *,
    k: int = 10,
    authority: str | Sequence[str] | None = None,
    committee: str | None = None,
    since: str | None = None,
    until: str | None = None,
    index: str | Path | None = None,
    embedder: str | None = None,
    settings: Settings | None = None,
    mode: str = "hybrid",
) -> SearchResult:
    """Ranked chunks for a query, with citation fields, filtered by authority, committee and date.

    ``mode``: ``hybrid`` (keyword and vector results fused; the default), ``vector`` or ``keyword``.
    """
    if not query or not query.strip():
        raise ConfigError("the query is empty: say what to look for.")
    if k < 1 or k > 200:
        raise ConfigError(f"-k must be between 1 and 200, not {k}.")
    if mode not in MODES:
        raise ConfigError(f"unknown search mode {mode!r}: use one of {', '.join(MODES)}")
    settings = settings or get_settings(index=index, embedder=embedder)
    since, until = scope.date_range(since, until)
    store, emb = _open_nonempty(settings)
    filters = scope.resolve(store, authority, committee, since, until)
    hits = retrieve(store, emb, query, k, filters, mode, _copies(store))
    return SearchResult(query=query, hits=hits, filters=filters.describe())


def _open_nonempty(settings: Settings) -> tuple[Store, Embedder]:
    store, emb = open_store(settings)
    if store.is_empty():
        raise EmptyIndexError(f"the index at {settings.index} is empty: run `minutes-rag ingest FOLDER` first.")
    return store, emb


def _copies(store: Store) -> dict[str, list[str]]:
    return store.facets().copies


def documents(*, index: str | Path | None = None, settings: Settings | None = None) -> list[DocumentRecord]:
    """Every document the index knows of, with status and metadata."""
    settings = settings or get_settings(index=index)
    store, _ = open_store(settings)
    return store.all_documents()


def ask(
    question: str,
    *,
    k: int = 8,
    authority: str | Sequence[str] | None = None,
    committee: str | None = None,
    since: str | None = None,
    until: str | None = None,
    llm: str | Any | None = None,
    llm_base_url: str | None = None,
    index: str | Path | None = None,
    embedder: str | None = None,
    settings: Settings | None = None,
) -> Answer:
    """Answer a question from the minutes, every claim cited, or abstain saying they hold no answer.

    Without ``llm`` the answer is extractive (offline, never invents text). ``llm`` is a spec string
    (``openai-compatible``, ``openai:MODEL``...) or a LangChain chat model instance.
    """
    if not question or not question.strip():
        raise ConfigError("the question is empty.")
    if len(question) > 2000:
        raise ConfigError("the question is over 2000 characters: shorten it.")
    settings = settings or get_settings(index=index, embedder=embedder)
    llm = llm if llm is not None else (settings.llm or None)
    result = search(question, k=k, authority=authority, committee=committee, since=since, until=until,
                    settings=settings)
    store, _ = open_store(settings)
    answer = answer_from_hits(question, result.hits, llm, llm_base_url or settings.llm_base_url, stats_of(store))
    answer.filters = result.filters
    return answer


def stats_of(store: Store) -> Stats:
    """Word statistics of an index, for weighing question words, and a way to read on past a chunk."""
    n_chunks, doc_freq = store.word_stats()
    return Stats(n_chunks=n_chunks, doc_freq=doc_freq,
                 next_chunk=lambda h: next_chunk(store, h), decisions=lambda h: decisions_of(store, h))


def decisions_of(store: Store, hit: Hit) -> list[Decision]:
    """The decisions and recorded votes of a hit's document, in order."""
    from .reports.decisions import decisions_in

    doc = store.get_document(hit.doc_id)
    return decisions_in(store, doc) if doc is not None else []


def next_chunk(store: Store, hit: Hit) -> Hit | None:
    """The chunk after a hit in its document, as a hit (same document, next ordinal), if there is one."""
    parts = hit.chunk_id.split(":")
    if len(parts) < 2 or not parts[1].isdigit():
        return None
    row = store.next_chunk(hit.doc_id, int(parts[1]) + 1)
    if row is None:
        return None
    from .index.store import hit_fields

    return Hit(rank=hit.rank, score=0.0, chunk_id=row["id"], text=row["text"], copies=list(hit.copies),
               **hit_fields(row["meta"]))


def answer_from_hits(question: str, hits: list[Hit], llm: str | Any | None = None,
                     llm_base_url: str | None = None, stats: Stats | None = None) -> Answer:
    """The answer step alone, over hits already retrieved (extractive, or through a chat model)."""
    if llm is None:
        return answer_extractive(question, hits, stats)
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


def evaluate(
    questions: str | Path,
    *,
    corpus_root: str | Path | None = None,
    k: int = 10,
    answer_k: int = 8,
    llm: str | Any | None = None,
    llm_base_url: str | None = None,
    index: str | Path | None = None,
    embedder: str | None = None,
    settings: Settings | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> EvalReport:
    """Score retrieval and answers on a questions file (see ``../shared/eval/README.md`` for the format).

    ``corpus_root`` is the folder the gold paths are relative to (default: ``../corpus`` beside the
    questions file's folder).
    """
    from .evaluate import evaluate as run_eval
    from .evaluate import load_questions

    settings = settings or get_settings(index=index, embedder=embedder)
    qs = load_questions(questions)
    root = Path(corpus_root) if corpus_root else Path(questions).resolve().parent.parent / "corpus"
    if not root.is_dir():
        raise ConfigError(f"corpus root {root} not found: pass --corpus-root, the folder gold paths are relative to")
    base_url = llm_base_url or settings.llm_base_url
    llm = llm if llm is not None else settings.llm

    def search_fn(question: str, filters: dict[str, Any]) -> list[Hit]:
        return search(question, k=max(k, 10), authority=filters.get("authority"), settings=settings).hits

    store, _ = open_store(settings)
    stats = stats_of(store)

    def answer_fn(question: str, hits: list[Hit]) -> Answer:
        return answer_from_hits(question, hits[:answer_k], llm, base_url, stats)

    return run_eval(qs, search_fn, answer_fn, root, k=k, progress=progress)


def get_document(doc_id: str, *, index: str | Path | None = None, settings: Settings | None = None) -> DocumentRecord:
    """The index's record of one document; DocumentNotFoundError when no document has that id."""
    from .errors import DocumentNotFoundError

    settings = settings or get_settings(index=index)
    store, _ = open_store(settings)
    record = store.get_document(doc_id)
    if record is None:
        raise DocumentNotFoundError(
            f"no document {doc_id!r} in the index at {settings.chroma_url or settings.index}: "
            "`minutes-rag documents --json` lists the ids."
        )
    return record


def delete_document(
    doc_id: str, *, index: str | Path | None = None, settings: Settings | None = None
) -> list[DocumentRecord]:
    """Remove a document and its chunks from the index; the file itself is never touched.

    Returns the records removed: the document first, then the records of files that were duplicates
    of it (they had no chunks of their own, so they are no longer searchable: ingest them again and
    the first becomes the searched copy). Holds the index's writer lock while it writes.
    """
    from .errors import DocumentNotFoundError
    from .index.lock import writer_lock

    settings = settings or get_settings(index=index)
    with writer_lock(settings):
        store, _ = open_store(settings)
        record = store.get_document(doc_id)
        if record is None:
            raise DocumentNotFoundError(
                f"no document {doc_id!r} in the index at {settings.chroma_url or settings.index}: "
                "`minutes-rag documents --json` lists the ids."
            )
        copies = store.find_documents(duplicate_of=doc_id)
        for copy in copies:  # first, so a crash part-way never leaves copies pointing at nothing
            store.delete_document(copy.doc_id)
        store.delete_document(doc_id)
    return [record, *copies]


# ---- reports: summaries, briefing packs, decision registers, timelines ----------------------------------

from typing import TYPE_CHECKING  # noqa: E402 - this section was appended; keep it self-contained

if TYPE_CHECKING:
    from .reports.evidence import Scope
    from .types import Brief, DecisionRegister, Summary, Timeline


def _report_scope(settings: Settings, authority: str | Sequence[str] | None, committee: str | None,
                  since: str | None, until: str | None) -> tuple[Store, Embedder, Scope]:
    """Open the index and resolve the filters shared by the report verbs into a Scope."""
    from .reports.evidence import resolve_scope

    since, until = scope.date_range(since, until)
    store, emb = _open_nonempty(settings)
    return store, emb, resolve_scope(store, scope.resolve(store, authority, committee, since, until))


def _answer_fn(store: Store, llm: str | Any | None, llm_base_url: str | None,
               settings: Settings) -> tuple[Callable[[str, list[Hit]], Answer] | None, str]:
    """The generative step of a report (None: extractive) and the generator's name."""
    llm = llm if llm is not None else (settings.llm or None)
    if llm is None:
        return None, "extractive"
    from .answer.llm import make_chat_model

    base_url = llm_base_url or settings.llm_base_url
    model = make_chat_model(llm, base_url) if isinstance(llm, str) else llm  # fail early on a bad spec
    stats = stats_of(store)

    def answer(question: str, hits: list[Hit]) -> Answer:
        return answer_from_hits(question, hits, model, base_url, stats)

    return answer, llm if isinstance(llm, str) else type(llm).__name__


def _topic(text: str, what: str = "topic") -> str:
    if not text or not text.strip():
        raise ConfigError(f"the {what} is empty: say what to look for.")
    if len(text) > 500:
        raise ConfigError(f"the {what} is over 500 characters: shorten it.")
    return text.strip()


def summarise(
    topic: str,
    *,
    by: str = "authority",
    authority: str | Sequence[str] | None = None,
    committee: str | None = None,
    since: str | None = None,
    until: str | None = None,
    k: int = 8,
    max_points: int = 5,
    llm: str | Any | None = None,
    llm_base_url: str | None = None,
    index: str | Path | None = None,
    embedder: str | None = None,
    settings: Settings | None = None,
) -> Summary:
    """A cited summary of ``topic`` per authority, committee or meeting (``by``), with a coverage table
    listing every authority in scope and a cited comparison; returns a :class:`~minutes_rag.types.Summary`.

    Each group is searched on its own (balanced retrieval). Offline the points are quoted sentences;
    with ``llm`` (a spec or a LangChain chat model) it is map-reduce, every citation checked as in ``ask``.
    """
    from .reports.summaries import GROUPINGS
    from .reports.summaries import summarise as run

    topic = _topic(topic)
    if by not in GROUPINGS:
        raise ConfigError(f"--by {by!r}: use one of {', '.join(GROUPINGS)}")
    if not 1 <= k <= 50 or not 1 <= max_points <= 20:
        raise ConfigError("-k must be between 1 and 50 and --max-points between 1 and 20.")
    settings = settings or get_settings(index=index, embedder=embedder)
    store, emb, scope = _report_scope(settings, authority, committee, since, until)
    answer, generator = _answer_fn(store, llm, llm_base_url, settings)
    return run(store, emb, topic, scope, by=by, stats=stats_of(store), k=k, max_points=max_points,
               answer=answer, generator=generator, copies=_copies(store))


def brief(
    *,
    authority: str,
    committee: str | None = None,
    topic: str | None = None,
    since: str | None = None,
    until: str | None = None,
    llm: str | Any | None = None,
    llm_base_url: str | None = None,
    index: str | Path | None = None,
    embedder: str | None = None,
    settings: Settings | None = None,
) -> Brief:
    """A briefing pack on one body (an authority, or its committee) for a newly elected member; returns a
    :class:`~minutes_rag.types.Brief` whose every point is cited and whose citations are the sources appendix."""
    from .reports.briefing import brief as run

    if not authority or not str(authority).strip():
        raise ConfigError("--authority is required: name the council, e.g. --authority bristol")
    topic = _topic(topic) if topic is not None else None
    settings = settings or get_settings(index=index, embedder=embedder)
    store, emb, scope = _report_scope(settings, authority, committee, since, until)
    answer, generator = _answer_fn(store, llm, llm_base_url, settings)
    return run(store, emb, scope, topic=topic, stats=stats_of(store), answer=answer, generator=generator,
               copies=_copies(store))


def decisions(
    *,
    authority: str | Sequence[str] | None = None,
    committee: str | None = None,
    since: str | None = None,
    until: str | None = None,
    topic: str | None = None,
    index: str | Path | None = None,
    embedder: str | None = None,
    settings: Settings | None = None,
) -> DecisionRegister:
    """The decision register of the documents in scope (RESOLVED / AGREED / carried blocks and recorded
    votes, with meeting, item, source and page); returns a :class:`~minutes_rag.types.DecisionRegister`.
    Decisions are quoted as printed: no model is involved."""
    from .reports.decisions import register

    topic = _topic(topic) if topic is not None else None
    settings = settings or get_settings(index=index, embedder=embedder)
    store, _, scope = _report_scope(settings, authority, committee, since, until)
    return register(store, scope, topic)


def timeline(
    topic: str,
    *,
    authority: str | Sequence[str] | None = None,
    committee: str | None = None,
    since: str | None = None,
    until: str | None = None,
    k: int = 60,
    llm: str | Any | None = None,
    llm_base_url: str | None = None,
    index: str | Path | None = None,
    embedder: str | None = None,
    settings: Settings | None = None,
) -> Timeline:
    """What happened to ``topic`` at each meeting, oldest first, each statement cited; returns a
    :class:`~minutes_rag.types.Timeline`."""
    from .reports.timelines import timeline as run

    topic = _topic(topic)
    if not 1 <= k <= 200:
        raise ConfigError(f"-k must be between 1 and 200, not {k}.")
    settings = settings or get_settings(index=index, embedder=embedder)
    store, emb, scope = _report_scope(settings, authority, committee, since, until)
    answer, generator = _answer_fn(store, llm, llm_base_url, settings)
    return run(store, emb, topic, scope, stats=stats_of(store), k=k, answer=answer, generator=generator,
               copies=_copies(store))


def doctor(*, repair: bool = False, index: str | Path | None = None, embedder: str | None = None,
           settings: Settings | None = None) -> DoctorReport:
    """Check the index against its record of documents; with ``repair``, fix what an interrupted ingest left
    (orphan chunks deleted, keyword index rebuilt, pending or short documents re-ingested from source)."""
    from .index.doctor import check
    from .index.doctor import repair as run_repair

    settings = settings or get_settings(index=index, embedder=embedder)
    if not repair:
        store, _ = open_store(settings)
        return check(store)

    def reingest(rec: DocumentRecord) -> None:
        def flag(name: str) -> str | None:  # keep what a user's flag had set; the rest is found again
            return getattr(rec, name) if rec.provenance.get(name) == "flag" else None

        ingest([rec.source], settings=settings, authority=flag("authority"), committee=flag("committee"),
               meeting_date=flag("meeting_date"))

    with writer_lock(settings):
        store, _ = open_store(settings)
        return run_repair(store, reingest)


def fetch_moderngov(site_url: str, *, committees: Sequence[str] = (), since: str | None = None,
                    until: str | None = None, authority: str | None = None, include_reports: bool = False,
                    index: str | Path | None = None, delay: float = 1.0, progress: FetchProgress | None = None,
                    client: PoliteClient | None = None, settings: Settings | None = None) -> FetchReport:
    """Fetch a ModernGov site's meetings in a date range and ingest them (see :mod:`.sources.moderngov`)."""
    from .sources import moderngov

    return moderngov.fetch_moderngov(site_url, committees=committees, since=since, until=until, authority=authority,
                                     include_reports=include_reports, index=index, delay=delay, progress=progress,
                                     client=client, settings=settings, ingest=ingest)


def list_committees(site_url: str, *, delay: float = 1.0, client: PoliteClient | None = None) -> list[Committee]:
    """The committees a ModernGov site lists (id, title, deleted or not)."""
    from .sources import moderngov

    return moderngov.list_committees(site_url, delay=delay, client=client)
