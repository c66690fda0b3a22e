"""minutes_rag: ask questions across local-government meeting minutes, with every claim cited.

The public verbs live in :mod:`minutes_rag.api`; heavy dependencies load on first use.
"""

from __future__ import annotations

from .api import brief, decisions, documents, ingest, search, summarise, timeline
from .errors import (
    ConfigError,
    EmbedderError,
    EmbedderMismatch,
    EmptyIndexError,
    ManifestError,
    MinutesRagError,
    NothingIngestedError,
)
from .settings import Settings
from .types import DocStatus, DocumentRecord, FileResult, Hit, IngestReport, SearchResult

__version__ = "0.1.0"

__all__ = [
    "ConfigError",
    "DocStatus",
    "DocumentRecord",
    "EmbedderError",
    "EmbedderMismatch",
    "EmptyIndexError",
    "FileResult",
    "Hit",
    "IngestReport",
    "ManifestError",
    "MinutesRagError",
    "NothingIngestedError",
    "SearchResult",
    "Settings",
    "__version__",
    "brief",
    "decisions",
    "documents",
    "ingest",
    "search",
    "summarise",
    "timeline",
]
