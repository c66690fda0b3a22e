"""How the Chroma side of an index is opened: on a Chroma server, in a local folder, or, where Chroma cannot
open a local folder to read, from its files.

Chroma's client writes as it opens a folder (and as it reads, when it applies its log), so a reader of an index
on a read-only mount or a (nearly) full disk gets the folder's collections read from its SQLite file instead
(``chroma_files``), with the reason writes are refused. A writer (``create``) gets the error itself: IndexReadOnlyError or IndexFullError.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EmbedderMismatch, EmptyIndexError, IndexUnavailableError
from .storage import full_error, is_read_only, low_on_space, read_only_error, storage_error

if TYPE_CHECKING:
    from chromadb.api import ClientAPI
    from chromadb.api.models.Collection import Collection

    from .chroma_files import FileCollection

log = logging.getLogger(__name__)
DOC_SUFFIX = "-documents"

Collections = tuple["Collection | FileCollection", "Collection | FileCollection", IndexUnavailableError | None]


def open_collections(path: Path, name: str, embedder_id: str, dim: int, create: bool,
                     chroma_url: str | None) -> Collections:
    """The chunk and document collections of an index, and why writes are refused (None: they are not).

    ``create`` makes what is missing; without it nothing is written by this code, and a local folder that
    Chroma cannot open is read from its files.
    """
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    import chromadb

    settings = chromadb.config.Settings(anonymized_telemetry=False)
    client: ClientAPI
    if chroma_url:
        from urllib.parse import urlparse

        u = urlparse(chroma_url if "://" in chroma_url else f"http://{chroma_url}")
        try:
            client = chromadb.HttpClient(host=u.hostname or "127.0.0.1", port=u.port or 8000,
                                         ssl=u.scheme == "https", settings=settings)
            client.heartbeat()
        except Exception as exc:  # noqa: BLE001 - connection errors vary
            raise IndexUnavailableError(
                f"cannot reach the Chroma server at {chroma_url}: {exc}. Start one with "
                "`chroma run --path DIR --port 8000`, or drop --chroma-url to use a local index."
            ) from exc
    else:
        if not create and is_read_only(path):
            return _from_files(path, name, embedder_id, dim, read_only_error(path))
        if not create and low_on_space(path):
            return _from_files(path, name, embedder_id, dim, full_error(path))
        try:
            if create:
                path.mkdir(parents=True, exist_ok=True)
            client = chromadb.PersistentClient(path=str(path), settings=settings)
        except Exception as exc:  # noqa: BLE001 - chroma raises various types for a broken store
            mapped = storage_error(exc, path)
            if mapped is not None and not create:
                return _from_files(path, name, embedder_id, dim, mapped)
            raise mapped or IndexUnavailableError(f"cannot open the index at {path}: {exc}") from exc
    names = {c.name if hasattr(c, "name") else str(c) for c in client.list_collections()}
    if name in names:
        chunks = client.get_collection(name, embedding_function=None)
    elif create:
        chunks = client.create_collection(
            name,
            embedding_function=None,
            metadata={"embedder": embedder_id, "dim": dim, "schema": 1},
            configuration={"hnsw": {"space": "cosine"}},
        )
    else:
        raise EmptyIndexError(f"the index at {path} has no collection {name!r}; ingest something first.")
    check_embedder(path, dict(chunks.metadata or {}), embedder_id, dim)
    if create or name + DOC_SUFFIX not in names:  # made with the chunks: only an ingest cut short lacks it
        docs = client.get_or_create_collection(name + DOC_SUFFIX, embedding_function=None, metadata={"schema": 1})
    else:
        docs = client.get_collection(name + DOC_SUFFIX, embedding_function=None)
    return chunks, docs, None


def _from_files(path: Path, name: str, embedder_id: str, dim: int, refusal: IndexUnavailableError) -> Collections:
    from .chroma_files import read_collections

    log.info("reading the index at %s from its files: %s", path, refusal)
    chunks, docs = read_collections(path, [name, name + DOC_SUFFIX], refusal)
    check_embedder(path, chunks.metadata, embedder_id, dim)
    return chunks, docs, refusal


def check_embedder(path: Path, meta: dict[str, Any], embedder_id: str, dim: int) -> None:
    """Refuse an index built with another embedder (EmbedderMismatch names the one it records)."""
    if meta.get("embedder") != embedder_id or int(meta.get("dim", -1)) != dim:
        raise EmbedderMismatch(
            f"the index at {path} was built with embedder {meta.get('embedder')!r} "
            f"(dimension {meta.get('dim')}), not {embedder_id!r} (dimension {dim}). "
            f"Use --embedder {meta.get('embedder')} to read it, or build a new index with --index NEWDIR.",
            recorded=str(meta.get("embedder") or "") or None,
        )
