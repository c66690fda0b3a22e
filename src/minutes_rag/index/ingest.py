"""The ingest pipeline: files -> guarded parse -> structure and metadata -> chunks -> embeddings -> store.

Idempotent: a content hash per file (and a key of the metadata given by flags and manifests) decides whether
a file is already indexed; a file whose text equals an indexed document is recorded as its duplicate and not
embedded again. The next files are parsed in the guarded worker while the current one is embedded. Every file
gets a typed status, and a bad file never stops the run nor touches what is indexed.

``write_lock`` (a context manager factory) is held only while a document is written, never while it is read,
parsed or embedded: the HTTP server passes the write side of its readers-writer lock, so searches go on while
an upload is embedded.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from contextlib import AbstractContextManager, nullcontext
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..chunk import chunk_sections, context_header
from ..errors import ConfigError, IngestInterrupted, NothingIngestedError
from ..links import web_url
from ..parse.guard import GuardedParser, parse_file
from ..parse.load import refuse
from ..parse.manifest import Manifest, gather
from ..parse.meta import misspelt, place_of, resolve
from ..parse.rawtext import LoadResult
from ..parse.read import document_files
from ..parse.structure import recover_structure
from ..settings import Settings
from ..text import initials
from ..types import INDEXED_STATUSES, DocStatus, DocumentRecord, FileResult, IngestReport, Section
from .embed import Embedder
from .lock import writer_lock
from .store import Store, open_store, writing

log = logging.getLogger(__name__)

ProgressFn = Callable[[FileResult, int, int], None]
WriteLock = Callable[[], AbstractContextManager[object]]


def doc_id_of(path: Path) -> str:
    return hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:16]


def file_hash(path: Path) -> str:
    """SHA-256 of a file's bytes, read in blocks (never the whole file in memory)."""
    with path.open("rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def _text_hash(text: str) -> str:
    norm = re.sub(r"\s+", " ", text).strip().casefold()
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def run(paths: Sequence[str | Path], settings: Settings, flags: dict[str, str | None],
        manifests: Iterable[str | Path] = (), auto_manifest: bool = True, follow_symlinks: bool = False,
        progress: ProgressFn | None = None, write_lock: WriteLock | None = None) -> IngestReport:
    """Ingest files and folders into the index (see :func:`minutes_rag.api.ingest`)."""
    if not paths:
        raise ConfigError("nothing to ingest: give one or more files or folders.")
    for p in paths:
        if not Path(p).exists():
            raise ConfigError(f"{p}: no such file or folder.")
    manifest = gather(paths, manifests, auto_manifest)  # explicit ones win over auto-found ones

    started = time.perf_counter()
    report = IngestReport(index=str(settings.index))
    files = list(document_files(paths, follow_symlinks))  # manifests and read-mes are not minutes
    stamp = datetime.now(UTC).isoformat(timespec="seconds")
    guard = (GuardedParser(settings.parse_timeout_s, settings.parse_memory_mb, settings.parse_page_timeout_s)
             if settings.parse_isolation else None)
    try:
        with writer_lock(settings), guard or nullcontext():  # one writer per local index: a second one fails fast
            store, emb = open_store(settings, create=True)
            ahead = _ParseAhead(guard, settings) if guard is not None and len(files) > 1 else None
            with writing(store), ahead or nullcontext():
                store.prepare_writes()  # a Store this process opened to read is made ready to write
                for n, path in enumerate(files, start=1):
                    if ahead is not None:  # the worker parses the next files while this one is embedded
                        for nxt in files[n - 1:n + 1]:
                            if not ahead.has(nxt) and _needs_parse(nxt, store, flags, manifest, settings):
                                ahead.submit(nxt)
                    result = _ingest_one(path, store, emb, settings, flags, manifest, stamp, report, guard, ahead,
                                         write_lock or nullcontext)
                    report.files.append(result)
                    log.info("%d of %d: %s %s%s", n, len(files), result.status.value, path,
                             f" ({result.chunks} chunks)" if result.chunks else "")
                    if progress is not None:
                        progress(result, n, len(files))
                with (write_lock or nullcontext)():  # a document the folder names
                    _authorities_of_folders(store, report)
    except KeyboardInterrupt as exc:  # Ctrl-C: what is written stays; say how far the run got
        report.seconds = time.perf_counter() - started
        if isinstance(exc, IngestInterrupted):
            raise
        raise IngestInterrupted(len(report.files), len(files), report) from None
    report.seconds = time.perf_counter() - started
    if files and not any(f.status in INDEXED_STATUSES for f in report.files):
        raise NothingIngestedError(
            f"none of the {len(files)} files could be ingested; see the statuses above.", report
        )
    return report




#: where an authority was stated as the document's own: its title block, the file format, a manifest, a flag
_OWN = ("text", "format", "flag", "manifest:")
#: share of a folder's documents that state an authority that must agree for the others to take it
FOLDER_AGREE = 2 / 3
#: folders above a document's own that may speak for it, when its own folder's documents state no authority
FOLDER_LEVELS = 2


def _authorities_of_folders(store: Store, report: IngestReport) -> None:
    """A document that names no authority of its own (or only one it mentions in passing) takes the one its
    folder's other documents state as theirs, when most agree: a committee's minutes ("Amenities Committee,
    Tuesday 13th March 2018") filed beside the council's reports that name the council. When none in its folder
    states one, the folder above speaks (a meeting's own folder under the council's). A document whose title
    block misspells the folder's authority by a letter takes it too. Marked inferred."""
    folders = {Path(os.path.abspath(f.path)).parent for f in report.files}  # (a symlink loop is not followed)
    if not folders:
        return
    docs = [(Path(os.path.abspath(d.source)).parent, d) for d in store.find_documents(status=DocStatus.OK.value)]
    stated = [(f, d.authority) for f, d in docs if d.authority and d.provenance.get("authority", "").startswith(
        _OWN) and d.provenance.get("authority_basis") != "inferred"]
    speaks: dict[Path, tuple[str, Path] | None] = {}  # a folder's authority, decided once for its documents

    def levels(folder: Path) -> list[Path]:
        """A document's folder and the folders above it that may speak for it."""
        return [folder, *folder.parents][:FOLDER_LEVELS + 1]

    def body_above(folder: Path) -> tuple[str, Path] | None:
        """The body the nearest folder named after one is named after, and that folder."""
        return next(((name, up) for up in levels(folder) if (name := body_named(up.name)) is not None), None)

    def folder_authority(folder: Path) -> tuple[str, Path] | None:
        path = levels(folder)
        # (a folder named after a body says whose documents they are, "colfax-township/minutes", or after a place
        # and the initials of the body its documents' titles name, "charlotte-hdc")
        body = body_above(folder)
        for k, up in enumerate(path):
            named = Counter(a for f, a in stated if f == up or up in f.parents)
            if named:
                authority, n = named.most_common(1)[0]
                if k and other_body(path[k - 1].name, authority):  # ("docs/port-of-alsea/minutes" beside
                    break  # "docs/cleveland-city-council": the port's documents are not the city's)
                if n >= FOLDER_AGREE * sum(named.values()):  # (unless they name another place than the folder's
                    # body, or its name cut short: "County of Santa Clara" or "City of San" in "san-jose-city-council")
                    return body if body and place_of(authority)[0] != place_of(body[0])[0] else (authority, up)
                break  # (they disagree: the folder's name speaks)
        return body or next(((name, up) for up in path if (name := initialled(up.name, [
            d.committee for f, d in docs if d.committee and (f == up or up in f.parents)])) is not None), None)

    for folder, d in docs:
        # (a title block that misspells its own authority, "Feeryport" for "Ferryport", names the folder's)
        misspelling = d.provenance.get("authority", "") == "text" and bool(d.authority)
        if folder not in folders or (d.provenance.get("authority", "none") not in ("none", "text:mention")
                                     and not misspelling):
            continue
        if folder not in speaks:
            speaks[folder] = folder_authority(folder)
        # (or names another place than the body a folder above is named after, whose place the folder's authority is:
        # a place it mentions, "County of Santa Clara", or its name cut short, "City of San")
        body = body_above(folder)
        if (found := speaks[folder]) is not None and d.authority != found[0] and (
                not misspelling or misspelt(d.authority or "", found[0]) or (body is not None and place_of(
                    d.authority or "")[0] != place_of(body[0])[0] == place_of(found[0])[0])):
            store.set_authority(d, found[0], "folder")
            log.info("%s: authority %r inferred from the documents in %s", d.source, found[0], found[1])


#: what a folder inside a council's may be named after: one of its bodies, or its papers ("highways-committee",
#: "full_council", "city-record", "2025-02-13")
_OF_A_COUNCIL = frozenset("committee committees subcommittee panel board cabinet forum group commission meeting meetings "
                          "minutes agenda agendas papers reports report documents docs records record archive files "
                          "pdfs public regular special annual budget packs pack decisions".split())


def _folder_words(folder: str) -> list[str]:
    """A folder's name as lower-case words ("Kent_County-Council" -> ["kent", "county", "council"])."""
    return [w for w in re.split(r"[-_ ]+", folder.strip().lower()) if w]


def other_body(folder: str, authority: str) -> bool:
    """Is a folder named after a body other than an authority: two words or more, not a council's body or papers, and
    a distinctive word of its name not in the authority's ("port-of-alsea" beside "City of Cleveland")?"""
    words = _folder_words(folder)
    if len(words) < 2 or not all(w.isalpha() for w in words) or words[-1] in _OF_A_COUNCIL:
        return False
    own = [w for w in words if len(w) >= 4 and w not in _BODY_KINDS | _NOT_A_PLACE | _OF_A_COUNCIL]
    if "governor" in authority.casefold():  # (a school's governors' own full board: "full-governing-body")
        own = [w for w in own if w not in _OF_GOVERNORS]
    return bool(own) and not any(w in authority.casefold() for w in own)


#: what a folder of a school's governors may be named after: their full board ("full-governing-body")
_OF_GOVERNORS = frozenset("body governing governors".split())


#: the kinds of body a folder's name may end with ("kent-county-council", "colfax-township")
_BODY_KINDS = frozenset("council township parish borough county city town village district authority".split())
#: words that make "X council" a body of a council or a kind of one, not a place's ("full_council", "youth-council")
_NOT_A_PLACE = frozenset("full youth executive cabinet student school church advisory scrutiny joint policy business "
                         "economic area planning combined regional municipal community".split())
_SMALL = frozenset("of and upon on the".split())


def body_named(folder: str) -> str | None:
    """The body a folder is named after, in title case ("colfax-township" -> "Colfax Township",
    "kent-county-council" -> "Kent County Council"): a place's name and the kind of its body; None for a folder
    named anything else ("minutes", "2024", "des-moines", "city-council", "full_council")."""
    words = _folder_words(folder)
    while len(words) > 2 and words[-1] in _OF_A_COUNCIL and words[-2] in _BODY_KINDS:  # ("arlington-town-meeting",
        words.pop()  # "colfax-township-minutes": the body's papers)
    school = len(words) >= 3 and words[-2] == "school" and words[-1] in _SCHOOL_BODIES  # ("minuteman-school-committee")
    if not 2 <= len(words) <= 6 or not all(w.isalpha() for w in words) or (
            words[-1] not in _BODY_KINDS and not school) or words[0] in _BODY_KINDS | _NOT_A_PLACE:
        return None
    if words[-1] in _OF_PLACE:  # ("arlington-town" -> "Town of Arlington", as such a body names itself)
        words = [words[-1], "of", *words[:-1]]
    return " ".join(w if w in _SMALL and k else w.capitalize() for k, w in enumerate(words))


def initialled(folder: str, bodies: list[str]) -> str | None:
    """The body a folder is named after by its place and the initials of the body most of its documents' titles
    name ("charlotte-hdc" over papers of the "Historic District Commission" -> "Charlotte Historic District
    Commission"; "louisa-coa" over the "Louisa County Commission on Aging", which some papers call the "Commission
    on Aging"), or None."""
    words = _folder_words(folder)
    if not 2 <= len(words) <= 4 or not all(w.isalpha() for w in words) or not 2 <= len(words[-1]) <= 5 or (
            words[0] in _BODY_KINDS | _NOT_A_PLACE | _OF_A_COUNCIL):
        return None
    place = [w.capitalize() for w in words[:-1]]

    def placed(body: str) -> bool:  # (a body named with its place: "Iowa Public Information Board")
        return [w.casefold() for w in body.split()[:len(place)]] == words[:-1]

    def abbreviated(body: str) -> bool:  # (by all its words' initials, or by those after its place and kind:
        rest = body.split()[len(place):] if placed(body) else body.split()  # "COA" of "Louisa County Commission
        rest = rest[1:] if rest and rest[0].casefold() in _BODY_KINDS else rest  # on Aging")
        return words[-1] in (initials(body).lower(), initials(" ".join(rest)).lower(), "".join(w[0] for w in rest).lower())

    named = Counter(b for b in bodies if abbreviated(b))
    if not named or sum(named.values()) < FOLDER_AGREE * len(bodies):
        return None
    # (the fullest naming, with its place, is the body's name; one whose initials hold its place already names it)
    body = max(named, key=lambda b: (placed(b), named[b]))
    return body if placed(body) else " ".join([*place, body])


#: the bodies that govern a place's schools, named after it ("minuteman-school-committee", "alameda-school-board")
_SCHOOL_BODIES = frozenset("committee board district".split())


#: the kinds of body named before their place ("Town of Arlington", "City of Alameda", "Village of Oak Park")
_OF_PLACE = frozenset("town city village".split())


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

    def __enter__(self) -> _ParseAhead:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _is_current(existing: DocumentRecord | None, content_hash: str, meta_key: str) -> bool:
    """Is this record an indexed copy of the same bytes under the same metadata (nothing to do)?"""
    return (existing is not None
            and existing.status in {s.value for s in INDEXED_STATUSES}
            and existing.content_hash == content_hash
            and existing.provenance.get("_meta_key") == meta_key)


def _needs_parse(path: Path, store: Store, flags: dict[str, str | None], manifest: Manifest,
                 settings: Settings) -> bool:
    """Will ingest parse this file (it is not refused from its stat, nor indexed already with the same bytes
    and metadata)?"""
    if refuse(path, int(settings.max_file_mb * 1e6)) is not None:
        return False
    try:
        existing = store.get_document(doc_id_of(path))
        if existing is None:
            return True
        content_hash = file_hash(path)
    except (OSError, RuntimeError):
        return False  # _ingest_one reports it
    return not _is_current(existing, content_hash, _meta_key(flags, manifest.lookup(path)[0]))


def _meta_key(flags: dict[str, str | None], manifest_meta: dict[str, str]) -> str:
    data = repr((sorted((k, v) for k, v in flags.items() if v), sorted(manifest_meta.items())))
    return hashlib.sha1(data.encode()).hexdigest()[:12]


def _failed(path: Path, doc_id: str, loaded: LoadResult, content_hash: str, existing: DocumentRecord | None,
            store: Store, manifest_meta: dict[str, str], flags: dict[str, str | None], stamp: str,
            hold: WriteLock = nullcontext) -> FileResult:
    """The result of a file that could not be loaded; a new one is recorded, so `documents` shows what needs
    attention, and an indexed version of it is kept."""
    if existing is None:
        with hold():
            store.put_document(DocumentRecord(
                doc_id=doc_id, source=str(path), status=loaded.status.value, content_hash=content_hash,
                text_hash=None, authority=manifest_meta.get("authority") or flags.get("authority"),
                committee=None, meeting_date=None, kind=None, title=path.stem, pages=0, chunks=0, items=0,
                message=loaded.message, ingested_at=stamp,
                provenance={"authority_basis": "inferred"} if not flags.get("authority")
                and manifest_meta.get("authority") and manifest_meta.get("authority_basis") == "inferred" else {},
            ))
    msg = loaded.message
    if existing is not None and existing.status in {s.value for s in INDEXED_STATUSES}:
        msg += " (the previously indexed version is kept)"
    return FileResult(str(path), loaded.status, msg, doc_id=doc_id)


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
    hold: WriteLock = nullcontext,
) -> FileResult:
    source = str(path)
    try:
        doc_id = doc_id_of(path)
    except (OSError, RuntimeError) as exc:  # RuntimeError: Path.resolve on a symlink loop (Python < 3.13)
        return FileResult(source, DocStatus.UNREADABLE, f"cannot resolve the path ({exc}); check for a symlink loop.")
    max_bytes = int(settings.max_file_mb * 1e6)
    manifest_meta, manifest_name = manifest.lookup(path)
    existing = store.get_document(doc_id)
    refused = refuse(path, max_bytes)  # from stat and the first bytes: an over-limit file is never read
    if refused is not None:
        return _failed(path, doc_id, refused, "", existing, store, manifest_meta, flags, stamp)
    try:
        content_hash = file_hash(path)
    except OSError as exc:
        return FileResult(source, DocStatus.UNREADABLE, f"cannot read file: {exc}")
    meta_key = _meta_key(flags, manifest_meta)
    if existing is not None and _is_current(existing, content_hash, meta_key):
        return FileResult(source, DocStatus.UNCHANGED, "already indexed; nothing to do", doc_id=doc_id,
                          pages=0, chunks=0, duplicate_of=existing.duplicate_of)

    t_parse = time.perf_counter()
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
        loaded, parsed = parse_file(path, max_bytes, settings.max_pages)  # in-process: still a status
    if loaded.status != DocStatus.OK or loaded.document is None:
        return _failed(path, doc_id, loaded, content_hash, existing, store, manifest_meta, flags, stamp, hold)

    doc = loaded.document
    structure = parsed or recover_structure(doc.pages, path.name)
    report.parse_seconds += time.perf_counter() - t_parse
    if doc.sections:  # the format stated its items (JSON): trust it over text heuristics
        structure.sections = doc.sections
    fields = resolve(path, doc, structure, flags, manifest_meta, manifest_name)
    values = {k: v.value for k, v in fields.items()}
    provenance = {k: v.source for k, v in fields.items()}
    provenance["_meta_key"] = meta_key
    notes = {k: v.note for k, v in fields.items() if v.note}
    provenance.update({f"{k}_note": note for k, note in notes.items()})  # `documents --json` shows why
    provenance.update({f"{k}_basis": v.basis for k, v in fields.items() if v.basis != "stated"})  # "inferred"
    warnings = [*loaded.warnings, *notes.values()]
    full_text = "\n".join(p.text for p in doc.pages)
    text_hash = _text_hash(full_text)
    items = sum(1 for s in structure.sections if s.item_number)
    meta_out = {k: v.to_dict() for k, v in fields.items()}
    record = DocumentRecord(
        doc_id=doc_id, source=source, status=DocStatus.OK.value, content_hash=content_hash,
        text_hash=text_hash, authority=values["authority"], committee=values["committee"],
        meeting_date=values["meeting_date"], kind=values["kind"], title=values["title"],
        pages=sum(1 for p in doc.pages if p.number is not None), chunks=0, items=items,
        provenance=provenance, message="; ".join(warnings) or None, ingested_at=stamp,
        url=doc.url or web_url(manifest_meta.get("url")),
    )

    twins = [d for d in store.find_documents(text_hash=text_hash, status=DocStatus.OK.value) if d.doc_id != doc_id]
    if twins:
        canonical = twins[0]
        record.status = DocStatus.DUPLICATE.value
        record.duplicate_of = canonical.doc_id
        record.message = f"same text as {canonical.source}; searched through that copy"
        with hold():
            store.delete_chunks(doc_id)
            store.put_document(record)
        return FileResult(source, DocStatus.DUPLICATE, record.message, doc_id=doc_id, pages=record.pages,
                          items=items, duplicate_of=canonical.source, metadata=meta_out)

    chunks = chunk_sections(doc_id, structure.sections or [Section(None, None, doc.pages)], emb.count_tokens,
                            budget=min(settings.chunk_tokens, emb.max_tokens - 40))
    if not chunks:
        return FileResult(source, DocStatus.EMPTY, "no text to index after cleaning", doc_id=doc_id)
    own = sorted({(c.authority or values["authority"] or "", c.committee or values["committee"] or "")
                  for c in chunks if c.authority or c.committee})
    if own:  # the bodies of a file of several meetings' records, for filtering by them
        record.provenance["records"] = json.dumps(own)
    headers = [
        context_header(c.authority or values["authority"], c.committee or values["committee"],
                       c.meeting_date or values["meeting_date"], c.item_number, c.item_title)
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
    with hold():  # readers wait only for this: the document is parsed and embedded already
        record.status = "pending"
        store.put_document(record)
        store.delete_chunks(doc_id)
        store.add_chunks(record, chunks, vectors, headers)
        record.status = DocStatus.OK.value
        record.chunks = len(chunks)
        store.put_document(record)
    report.store_seconds += time.perf_counter() - t_store
    msg = "replaced the previous version" if existing is not None and existing.status == "ok" else ""
    if warnings:
        msg = "; ".join([*warnings, msg] if msg else warnings)
    return FileResult(source, DocStatus.OK, msg, doc_id=doc_id, pages=record.pages, chunks=len(chunks),
                      items=items, truncated_chunks=truncated, metadata=meta_out)


