"""The HTTP API (``minutes-rag serve``): a FastAPI app over the library verbs in :mod:`minutes_rag.api`.

Each route checks the caller (:mod:`.gate`, :mod:`.guard`), calls one verb and returns its ``to_dict()``:
the shapes the CLI prints with ``--json``, described by :mod:`.models` in the OpenAPI schema at
``/openapi.json``, with file paths relative to the index (:mod:`.public`). The report routes also answer
as the CLI renders them, with ``?format=md``, ``html`` (or ``csv``, for decisions). There is no ``/docs`` page:
Swagger UI would load its script from a CDN, and no installed package ships its assets. A new verb is
one more small function in :func:`create_app`, like ``search`` below.

Concurrency: reads run in FastAPI's thread pool, side by side. Uploads and deletes run one at a time;
an upload is parsed and embedded while reads go on, and takes the write side of a
:class:`~minutes_rag.index.lock.ReadWriteLock` only to write each document. On a local index the process
holds the index's writer lock (:mod:`minutes_rag.index.lock`) for as long as it serves.
"""

# no `from __future__ import annotations`: FastAPI reads the route signatures at run time

import hashlib
import ipaddress
import logging
import math
import os
import tempfile
import threading
from collections.abc import AsyncIterator
from contextlib import ExitStack, asynccontextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

try:
    import anyio.to_thread
    from fastapi import Depends, FastAPI, File, Form, HTTPException, Query, Request, Response, UploadFile
    from fastapi import Path as PathParam
    from fastapi.encoders import jsonable_encoder
    from fastapi.exceptions import RequestValidationError
    from fastapi.responses import JSONResponse
    from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
except ModuleNotFoundError as exc:  # pragma: no cover - depends on the install
    raise ModuleNotFoundError(
        f"the HTTP server needs its optional dependencies ({exc.name} is missing): "
        "pip install 'minutes-rag[server]'",
        name=exc.name,
    ) from exc

from .. import __version__, api, scope
from ..errors import (
    ConfigError,
    DocumentNotFoundError,
    EmbedderError,
    EmbedderMismatch,
    EmptyIndexError,
    IndexLockedError,
    IndexUnavailableError,
    MinutesRagError,
    NothingIngestedError,
)
from ..index.lock import ReadWriteLock, writer_lock
from ..index.store import open_store
from ..parse.load import SUPPORTED_SUFFIXES
from ..render.reports import render
from ..settings import Settings, get_settings
from ..types import DocumentRecord, IngestReport
from .gate import ADMITTED, Doorman, Gate, allowed_hosts
from .guard import BodyLimit
from .models import (
    AnswerResponse,
    AskRequest,
    BriefRequest,
    DecisionsRequest,
    DeleteResponse,
    DocumentList,
    ErrorBody,
    Health,
    IngestResponse,
    SearchRequest,
    SearchResponse,
    SummariseRequest,
    TimelineRequest,
)
from .public import PublicPaths
from .settings import ServerSettings, get_server_settings

log = logging.getLogger(__name__)

JSON_BODY_LIMIT = 64 * 1024  # every body but an upload: a question is at most 2,000 characters

#: HTTP status of each library error, most specific first; anything else is a 400
STATUS: list[tuple[type[MinutesRagError], int]] = [
    (DocumentNotFoundError, 404),
    (IndexLockedError, 503),
    (EmptyIndexError, 409),
    (NothingIngestedError, 422),
    (ConfigError, 422),
    (EmbedderMismatch, 500),
    (IndexUnavailableError, 503),
    (EmbedderError, 503),
]

DocId = Annotated[str, PathParam(pattern=r"^[A-Za-z0-9_-]{1,64}$", description="A document id (`doc_id`).")]

#: the formats of a report route (``?format=``); the decision register also comes as CSV
FORMATS = ("json", "md", "html")
Format = Literal["json", "md", "html"]
RegisterFormat = Literal["json", "md", "html", "csv"]
FORMAT = Query(alias="format", description="json (default), md (Markdown), html (one self-contained page); "
               "csv for the decision register.")
MEDIA_TYPES = {"md": "text/markdown", "html": "text/html", "csv": "text/csv"}


def create_app(settings: Settings | None = None, config: ServerSettings | None = None) -> FastAPI:
    """The HTTP API over one index; ``settings`` and ``config`` are read once, here."""
    settings = settings or get_settings()
    config = config or get_server_settings()
    rw = ReadWriteLock()
    writing = threading.Lock()  # one upload or delete at a time; only their writes keep readers out
    uploads = config.uploads(Path(settings.index)).resolve()
    public = PublicPaths(Path(settings.index), uploads)
    max_upload = int(config.max_upload_mb * 1_000_000)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        with ExitStack() as stack:
            stack.enter_context(writer_lock(settings))  # a local index: this process is its one writer
            await anyio.to_thread.run_sync(_warm_up, settings)
            if not config.auth_enabled:
                log.warning("no API keys are set (MINUTES_RAG_API_KEYS): anyone who can reach this server "
                            "can read and change the index")
            yield

    app = FastAPI(
        title="minutes_rag",
        version=__version__,
        summary="Search and ask across council meeting minutes, every claim cited.",
        lifespan=lifespan,
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN: the schema is at /openapi.json
        redoc_url=None,
    )

    too_large = f"the upload is over the {config.max_upload_mb:g} MB limit (MINUTES_RAG_MAX_UPLOAD_MB)"

    def limit_for(path: str) -> tuple[int, str]:
        if path == "/v1/ingest":
            return max_upload + 16_384, too_large  # room for the form's other fields
        return JSON_BODY_LIMIT, f"the request body is over {JSON_BODY_LIMIT // 1024} KiB"

    doorman = Doorman(config)
    app.add_middleware(BodyLimit, limit_for=limit_for, timeout=config.body_timeout_s)
    app.add_middleware(Gate, doorman=doorman, hosts=allowed_hosts(config), uploads=frozenset({"/v1/ingest"}))

    async def on_error(_request: Request, exc: MinutesRagError) -> JSONResponse:
        response = _on_error(exc)
        return JSONResponse(public(response[0]), status_code=response[1], headers=response[2])

    app.add_exception_handler(MinutesRagError, on_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _on_invalid)  # type: ignore[arg-type]
    reader, writer = _guards(doorman)
    can_read, can_write = [Depends(reader)], [Depends(writer)]

    @app.get("/health", response_model=Health, tags=["meta"])
    async def health() -> dict[str, Any]:
        """Open to all: is the server up, and which store does it use."""
        return {"status": "ok", "version": __version__, "store": "chroma" if settings.chroma_url else "local",
                "auth": config.auth_enabled}

    @app.post("/v1/search", response_model=SearchResponse, dependencies=can_read, tags=["query"],
              responses=_errors(409))
    def search(body: SearchRequest) -> dict[str, Any]:
        """Ranked passages, each with its source, pages, authority, committee, meeting date and item."""
        _within(config, "query", body.query, body.k)
        with rw.read():
            return public(api.search(body.query, k=body.k, mode=body.mode, settings=settings, **body.filters()).to_dict())

    @app.post("/v1/ask", response_model=AnswerResponse, dependencies=can_read, tags=["query"],
              responses=_errors(409))
    def ask(body: AskRequest) -> dict[str, Any]:
        """An answer whose every claim cites a numbered source, or an abstention with what was found."""
        _within(config, "question", body.question, body.k)
        with rw.read():
            return public(api.ask(body.question, k=body.k, settings=settings, **body.filters()).to_dict())

    # the reports, as JSON (the CLI's --json) or, with ?format=, as the CLI renders them: Markdown, a
    # self-contained HTML page, or CSV for the decision register
    def report(result: Any, fmt: str) -> Any:
        if fmt == "json":
            return public(result.to_dict())
        return Response(public.text(render(result, fmt)), media_type=MEDIA_TYPES[fmt])

    @app.post("/v1/summarise", dependencies=can_read, tags=["reports"], responses=_report_responses(*FORMATS))
    def summarise(body: SummariseRequest, fmt: Annotated[Format, FORMAT] = "json") -> Any:
        """Per-group cited key points (balanced retrieval per group), a coverage table and a comparison."""
        _within(config, "question", body.topic, body.k)
        with rw.read():
            return report(api.summarise(body.topic, by=body.by, k=body.k, settings=settings, **body.filters()), fmt)

    @app.post("/v1/brief", dependencies=can_read, tags=["reports"], responses=_report_responses(*FORMATS))
    def brief(body: BriefRequest, fmt: Annotated[Format, FORMAT] = "json") -> Any:
        """A briefing pack for a newly elected member: meetings, decisions, issues, figures, sources."""
        with rw.read():
            return report(api.brief(authority=body.authority, committee=body.committee, topic=body.topic,
                                    since=body.since.isoformat() if body.since else None,
                                    until=body.until.isoformat() if body.until else None, settings=settings), fmt)

    @app.post("/v1/decisions", dependencies=can_read, tags=["reports"],
              responses=_report_responses(*FORMATS, "csv"))
    def decisions(body: DecisionsRequest, fmt: Annotated[RegisterFormat, FORMAT] = "json") -> Any:
        """Decisions recovered from the minutes, with votes where printed, meeting, item, source and page."""
        with rw.read():
            return report(api.decisions(topic=body.topic, settings=settings, **body.filters()), fmt)

    @app.post("/v1/timeline", dependencies=can_read, tags=["reports"], responses=_report_responses(*FORMATS))
    def timeline(body: TimelineRequest, fmt: Annotated[Format, FORMAT] = "json") -> Any:
        """Dated entries of what happened to a topic across meetings, each cited."""
        with rw.read():
            return report(api.timeline(body.topic, settings=settings, **body.filters()), fmt)

    @app.get("/v1/documents", response_model=DocumentList, dependencies=can_read, tags=["documents"],
             responses=_errors())
    def documents() -> dict[str, Any]:
        """Every document the index knows of, with status, metadata and where each field came from."""
        with rw.read():
            return public({"documents": [d.to_dict() for d in api.documents(settings=settings)]})

    @app.get("/v1/documents/{doc_id}", response_model=DocumentRecord, dependencies=can_read, tags=["documents"],
             responses=_errors(404))
    def get_document(doc_id: DocId) -> dict[str, Any]:
        """One document's record."""
        with rw.read():
            return public(api.get_document(doc_id, settings=settings).to_dict())

    @app.delete("/v1/documents/{doc_id}", response_model=DeleteResponse, dependencies=can_write,
                tags=["documents"], responses=_errors(403, 404))
    def delete_document(doc_id: DocId) -> dict[str, Any]:
        """Remove a document, its chunks and its uploaded file; duplicates of it are removed too."""
        with writing, rw.write():
            removed = api.delete_document(doc_id, settings=settings)
            for record in removed:  # the API keeps no uploaded file without its record
                _discard_upload(Path(record.source), uploads)
        return public({"deleted": [r.to_dict() for r in removed], "message": _deleted_message(removed)})

    @app.post("/v1/ingest", response_model=IngestResponse, dependencies=can_write, tags=["documents"],
              responses=_errors(403, 413))
    def ingest(
        file: Annotated[UploadFile, File(description="A PDF, text, Markdown, HTML or JSON document.")],
        authority: Annotated[str | None, Form(max_length=200, description="Authority of the document.")] = None,
        committee: Annotated[str | None, Form(max_length=200, description="Committee or meeting body.")] = None,
        meeting_date: Annotated[str | None, Form(alias="date", description="Meeting date, YYYY-MM-DD.")] = None,
    ) -> dict[str, Any]:
        """Add one document (idempotent: the same bytes again change nothing), stored under its hash."""
        meeting_date = scope.parse_date(meeting_date, "date")
        with writing, writer_lock(settings):  # parsed and embedded while reads go on; rw.write() only to write
            stored = _store_upload(file, uploads, max_upload, too_large)
            try:
                report = api.ingest([stored.path], authority=authority or None, committee=committee or None,
                                    meeting_date=meeting_date, auto_manifest=False, settings=settings,
                                    write_lock=rw.write)
            except MinutesRagError as exc:
                failed = getattr(exc, "report", None)
                if stored.fresh:  # the client has the error; keep nothing of a failed upload
                    with rw.write():
                        _forget(stored.path, failed, settings)
                if isinstance(exc, NothingIngestedError) and isinstance(failed, IngestReport) and failed.files:
                    why = failed.files[0]
                    raise NothingIngestedError(f"the upload could not be ingested: {why.status.value}: "
                                               f"{why.message}", failed) from None
                raise
        return public({**report.to_dict(), "upload": stored.info()})

    return app


def serve(settings: Settings | None = None, config: ServerSettings | None = None, *,
          host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the HTTP API until interrupted. Refuses a non-loopback address without API keys.

    uvicorn runs with the timeouts, connection cap and proxy trust of ``config`` (:mod:`.listener`)."""
    import uvicorn

    from .listener import uvicorn_options

    settings = settings or get_settings()
    config = config or get_server_settings()
    if not config.auth_enabled and not _is_loopback(host):
        raise ConfigError(
            f"refusing to serve on {host} without API keys: set MINUTES_RAG_API_KEYS (comma-separated; "
            "MINUTES_RAG_READONLY_API_KEYS for read-only ones), or serve on 127.0.0.1."
        )
    with writer_lock(settings):  # fail now, with the holder's pid, rather than after loading the model
        uvicorn.run(create_app(settings, config), host=host, port=port, log_level="info", **uvicorn_options(config))


# ---- helpers --------------------------------------------------------------------------------------


def _errors(*codes: int) -> dict[int | str, dict[str, Any]]:
    """The error responses of a guarded route, for the OpenAPI schema."""
    return {code: {"model": ErrorBody} for code in (401, 429, *codes)}


def _report_responses(*formats: str) -> dict[int | str, dict[str, Any]]:
    """A report route's answers for the OpenAPI schema: JSON, or text in the format asked for."""
    text = {MEDIA_TYPES[f]: {"schema": {"type": "string"}} for f in formats if f in MEDIA_TYPES}
    return {200: {"description": "The report, in the format asked for.",
                  "content": {"application/json": {"schema": {"type": "object"}}, **text}}, **_errors(409)}


def _guards(doorman: Doorman) -> tuple[Any, Any]:
    """The dependencies that admit a reader and a writer: a valid key, within its rate (shared by both).
    A request the gate admitted already (an upload, checked before its body was read) is not counted twice."""
    bearer = HTTPBearer(auto_error=False, description="An API key from MINUTES_RAG_API_KEYS.")

    def check(request: Request, write: bool) -> None:
        if request.scope.get("state", {}).get(ADMITTED):
            return
        client = request.client.host if request.client else "unknown"
        refusal = doorman.admit(client, request.headers.get("authorization"), write)
        if refusal is not None:
            raise HTTPException(refusal.status, refusal.detail, headers=refusal.headers or None)

    async def reader(request: Request, _creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
        check(request, write=False)

    async def writer(request: Request, _creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> None:
        check(request, write=True)

    return reader, writer


def _within(config: ServerSettings, field: str, text: str, k: int) -> None:
    """This server's limits on top of the models' own (422, in FastAPI's error shape)."""
    errors = []
    if len(text) > config.max_question_chars:
        errors.append({"type": "string_too_long", "loc": ("body", field),
                       "msg": f"the {field} is over {config.max_question_chars} characters: shorten it"})
    if k > config.max_k:
        errors.append({"type": "less_than_equal", "loc": ("body", "k"),
                       "msg": f"k must be at most {config.max_k} on this server"})
    if errors:
        raise RequestValidationError(errors)


def _on_error(exc: MinutesRagError) -> tuple[dict[str, Any], int, dict[str, str] | None]:
    """The body, status and headers of a library error's answer."""
    status = next((code for kind, code in STATUS if isinstance(exc, kind)), 400)
    body: dict[str, Any] = {"detail": str(exc)}
    if isinstance(exc, NothingIngestedError) and isinstance(exc.report, IngestReport):
        body["report"] = exc.report.to_dict()
    headers = {"Retry-After": "5"} if isinstance(exc, IndexLockedError) else None
    return body, status, headers


async def _on_invalid(_request: Request, exc: RequestValidationError) -> JSONResponse:
    """FastAPI's 422, with what cannot be JSON (NaN, Infinity, which Python's parser accepts) said in words:
    echoing such an input back made the error answer itself fail with a 500."""
    return JSONResponse({"detail": _finite(jsonable_encoder(exc.errors()))}, status_code=422)


def _finite(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)  # 'nan', 'inf', '-inf'
    if isinstance(value, dict):
        out = {k: _finite(v) for k, v in value.items()}
        if any(isinstance(v, float) and not math.isfinite(v) for v in value.values()):
            out["msg"] = f"{value.get('msg', 'invalid value')} (NaN and Infinity are not JSON numbers)"
        return out
    if isinstance(value, list):
        return [_finite(v) for v in value]
    return value


def _warm_up(settings: Settings) -> None:
    """Open (or create) the index and load the embedder once, before the first request."""
    _store, embedder = open_store(settings, create=True)
    embedder.embed(["warm up"])


@dataclass
class _Stored:
    path: Path
    filename: str
    size: int
    sha256: str
    fresh: bool  # not stored before this upload

    def info(self) -> dict[str, Any]:
        return {"filename": self.filename, "bytes": self.size, "sha256": self.sha256, "stored_as": str(self.path)}


def _store_upload(file: UploadFile, folder: Path, max_bytes: int, too_large: str) -> _Stored:
    """Copy an upload to ``folder/<sha256><ext>``; the extension is kept only if it is one we read."""
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=".upload-")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            while block := file.file.read(1 << 20):
                size += len(block)
                if size > max_bytes:
                    raise HTTPException(413, too_large)
                digest.update(block)
                out.write(block)
        name = Path((file.filename or "").replace("\\", "/")).name[:200]
        suffix = Path(name).suffix.lower()
        target = folder / (digest.hexdigest() + (suffix if suffix in SUPPORTED_SUFFIXES else ""))
        fresh = not target.exists()
        if fresh:
            os.replace(tmp, target)
        return _Stored(target, name, size, digest.hexdigest(), fresh)
    finally:
        tmp.unlink(missing_ok=True)


def _forget(path: Path, report: object, settings: Settings) -> None:
    """Remove a failed upload's file and the failure record ingest kept of it."""
    if isinstance(report, IngestReport):
        for result in report.files:
            if result.doc_id:
                with suppress(DocumentNotFoundError):
                    api.delete_document(result.doc_id, settings=settings)
    path.unlink(missing_ok=True)


def _discard_upload(source: Path, folder: Path) -> None:
    """Delete a stored upload; files that did not come through the API are never touched."""
    with suppress(OSError):
        if source.resolve().parent == folder:
            source.unlink()


def _deleted_message(removed: list[DocumentRecord]) -> str:
    msg = f"deleted {removed[0].source} ({removed[0].chunks} chunks)"
    copies = removed[1:]
    if copies:
        msg += (f"; {len(copies)} duplicate(s) of it were removed too: upload them again to search them "
                f"({', '.join(c.source for c in copies)})")
    return msg


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
