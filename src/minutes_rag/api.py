"""The public verbs. The CLI, HTTP and MCP shells call these and only render what they return."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import scope
from .asking import LLMSpec, answer_from_hits, stats_of
from .errors import ConfigError, EmptyIndexError
from .evaluate import EvalReport
from .index import ingest as pipeline
from .index.doctor import DoctorReport
from .index.embed import Embedder
from .index.ingest import ProgressFn, WriteLock
from .index.lock import writer_lock
from .index.store import Store, open_store, writing
from .retrieve import MODES, retrieve, widen
from .settings import Settings, get_settings
from .types import (
    Answer,
    DocumentRecord,
    Hit,
    IngestReport,
    ParsedSection,
    SearchResult,
)

if TYPE_CHECKING:

    from .reports.evidence import Scope
    from .reports.types import Brief, DecisionRegister, Summary, Timeline
    from .sources.moderngov import Committee, FetchProgress, FetchReport
    from .sources.webclient import PoliteClient

log = logging.getLogger(__name__)

#: the longest query or question a verb takes (ConfigError above it); the HTTP and MCP shells check it too
MAX_QUERY_CHARS = 2000

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
    write_lock: WriteLock | None = None,
) -> IngestReport:
    """Ingest files and folders into the index; idempotent.

    Each file gets a typed status. Unchanged files are skipped, changed files replace their old chunks,
    documents whose text equals an indexed one are recorded as duplicates and not embedded again.
    Raises NothingIngestedError (carrying the report) when files were given but none is searchable.
    ``write_lock`` (a context manager factory) is held only while each document is written, not while it
    is parsed and embedded: a server passes its own, so reads go on meanwhile.
    """
    settings = settings or get_settings(index=index, embedder=embedder)
    flags = {"authority": authority, "committee": committee, "meeting_date": scope.parse_date(meeting_date, "--date")}
    return pipeline.run(paths, settings, flags, manifests, auto_manifest, follow_symlinks, progress, write_lock)


def read_sections(paths: Sequence[str | Path], *, authority: str | None = None, committee: str | None = None,
                  meeting_date: str | None = None, manifests: Iterable[str | Path] = (), auto_manifest: bool = True,
                  follow_symlinks: bool = False, settings: Settings | None = None) -> Iterator[ParsedSection]:
    """The structured sections (agenda items, with pages and metadata) of files and folders, read as ``ingest``
    reads them but not indexed. Lazy: files are read as the iterator is consumed; unreadable ones are logged."""
    from .parse.manifest import gather
    from .parse.read import read_sections as read

    if missing := [str(p) for p in paths if not Path(p).exists()]:
        raise ConfigError(f"{missing[0]}: no such file or folder.")
    flags = {"authority": authority, "committee": committee, "meeting_date": scope.parse_date(meeting_date, "--date")}
    return read(paths, flags, gather(paths, manifests, auto_manifest), settings or get_settings(), follow_symlinks)


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
    _check_query(query, k)
    if mode not in MODES:
        raise ConfigError(f"unknown search mode {mode!r}: use one of {', '.join(MODES)}")
    settings = settings or get_settings(index=index, embedder=embedder)
    return _search(query, k, authority, committee, since, until, settings, mode)[0]


def _check_query(query: str, k: int) -> None:
    if not query or not query.strip():
        raise ConfigError("the query is empty: say what to look for.")
    if len(query) > MAX_QUERY_CHARS:
        raise ConfigError(f"the query is over {MAX_QUERY_CHARS} characters ({len(query)}): shorten it.")
    if k < 1 or k > 200:
        raise ConfigError(f"-k must be between 1 and 200, not {k}.")


def _search(query: str, k: int, authority: str | Sequence[str] | None, committee: str | None, since: str | None,
            until: str | None, settings: Settings, mode: str = "hybrid",
            ) -> tuple[SearchResult, Store, Embedder, scope.Filters]:
    """``search`` after its argument checks, with the open index and the resolved filters (``ask`` widens
    its hits with them)."""
    since, until = scope.date_range(since, until)
    store, emb = _open_nonempty(settings)
    filters = scope.resolve(store, authority, committee, since, until)
    hits = retrieve(store, emb, query, k, filters, mode, _copies(store))
    warnings = store.warnings()
    for w in warnings:
        log.warning("%s", w)
    return SearchResult(query=query, hits=hits, filters=filters.describe(), warnings=warnings), store, emb, filters


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
    llm: LLMSpec | None = None,
    llm_base_url: str | None = None,
    index: str | Path | None = None,
    embedder: str | None = None,
    settings: Settings | None = None,
    explain: bool = False,
) -> Answer:
    """Answer a question from the minutes, every claim cited, or abstain saying they hold no answer.

    Without ``llm`` the answer is extractive (offline, never invents text). ``llm`` is a spec string
    (``openai-compatible``, ``openai:MODEL``...) or a LangChain chat model instance. With ``explain`` the
    answer's ``explain`` holds the candidate chunks and sentences, their scores, and why each was taken or
    dropped, so a wrong answer can be traced to retrieval or to selection.
    """
    if not question or not question.strip():
        raise ConfigError("the question is empty.")
    if len(question) > MAX_QUERY_CHARS:
        raise ConfigError(f"the question is over {MAX_QUERY_CHARS} characters ({len(question)}): shorten it.")
    settings = settings or get_settings(index=index, embedder=embedder)
    llm = llm if llm is not None else (settings.llm or None)
    _check_query(question, k)
    result, store, emb, filters = _search(question, k, authority, committee, since, until, settings)
    hits = result.hits if llm is not None else widen(store, emb, question, result.hits, k, filters)
    answer = answer_from_hits(question, hits, llm, llm_base_url or settings.llm_base_url, stats_of(store, emb),
                              explain=explain)
    answer.filters = result.filters
    return answer


def evaluate(
    questions: str | Path,
    *,
    corpus_root: str | Path | None = None,
    k: int = 10,
    answer_k: int = 8,
    llm: LLMSpec | None = None,
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

    resolved: dict[str, scope.Filters] = {}  # question -> the filters it was searched with

    def search_fn(question: str, filters: dict[str, Any]) -> list[Hit]:
        _check_query(question, max(k, 10))
        result, _, _, resolved[question] = _search(question, max(k, 10), filters.get("authority"), None, None, None,
                                                   settings)
        return result.hits

    store, emb = open_store(settings)
    stats = stats_of(store, emb)

    def answer_fn(question: str, hits: list[Hit]) -> Answer:
        top = hits[:answer_k]
        if llm is None:
            top = widen(store, emb, question, top, answer_k, resolved.get(question, scope.Filters()))
        return answer_from_hits(question, top, llm, base_url, stats)

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
        with writing(store):
            store.prepare_writes()
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

def _report_scope(settings: Settings, authority: str | Sequence[str] | None, committee: str | None,
                  since: str | None, until: str | None) -> tuple[Store, Embedder, Scope]:
    """Open the index and resolve the filters shared by the report verbs into a Scope."""
    from .reports.evidence import resolve_scope

    since, until = scope.date_range(since, until)
    store, emb = _open_nonempty(settings)
    return store, emb, resolve_scope(store, scope.resolve(store, authority, committee, since, until))


def _answer_fn(store: Store, llm: LLMSpec | None, llm_base_url: str | None,
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
    llm: LLMSpec | None = None,
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
    llm: LLMSpec | None = None,
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
    llm: LLMSpec | None = None,
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
        try:
            store, _ = open_store(settings)
        except EmptyIndexError:  # an ingest stopped before it made its collections: nothing recorded
            return DoctorReport(actions=["the index holds no documents yet: nothing to check"])
        return check(store)

    def reingest(rec: DocumentRecord) -> None:
        def flag(name: str) -> str | None:  # keep what a user's flag had set; the rest is found again
            return getattr(rec, name) if rec.provenance.get(name) == "flag" else None

        ingest([rec.source], settings=settings, authority=flag("authority"), committee=flag("committee"),
               meeting_date=flag("meeting_date"))

    with writer_lock(settings):
        try:
            store, _ = open_store(settings)
        except EmptyIndexError:
            return DoctorReport(actions=["the index holds no documents yet: nothing to repair"])
        with writing(store):
            store.prepare_writes()
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
