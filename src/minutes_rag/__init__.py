"""minutes_rag: ask questions across local-government meeting minutes, with every claim cited.

The public verbs live in :mod:`minutes_rag.api`. Names are imported on first use, so that
``minutes-rag --help`` and ``import minutes_rag.errors`` stay instant.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

#: public name -> module that defines it
_EXPORTS: dict[str, str] = {
    **{name: "api" for name in (
        "ingest", "search", "ask", "documents", "get_document", "delete_document", "evaluate",
        "summarise", "brief", "decisions", "timeline",
    )},
    **{name: "errors" for name in (
        "MinutesRagError", "ConfigError", "ManifestError", "EmbedderError", "EmbedderMismatch",
        "EmptyIndexError", "NothingIngestedError", "IndexLockedError", "DocumentNotFoundError",
    )},
    "Settings": "settings",
    **{name: "types" for name in (
        "DocStatus", "DocumentRecord", "FileResult", "Hit", "IngestReport", "SearchResult", "Answer", "Citation",
    )},
    "fetch_moderngov": "moderngov",
    "FetchError": "webclient",
}

__all__ = sorted([*_EXPORTS, "__version__"])


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'minutes_rag' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    from .api import (
        ask,
        brief,
        decisions,
        delete_document,
        documents,
        evaluate,
        get_document,
        ingest,
        search,
        summarise,
        timeline,
    )
    from .errors import (
        ConfigError,
        DocumentNotFoundError,
        EmbedderError,
        EmbedderMismatch,
        EmptyIndexError,
        IndexLockedError,
        ManifestError,
        MinutesRagError,
        NothingIngestedError,
    )
    from .moderngov import fetch_moderngov
    from .settings import Settings
    from .types import Answer, Citation, DocStatus, DocumentRecord, FileResult, Hit, IngestReport, SearchResult
    from .webclient import FetchError
