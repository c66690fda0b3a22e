"""minutes_rag: ask questions across local-government meeting minutes, with every claim cited.

The public verbs live in :mod:`minutes_rag.api`. Names are imported on first use, so that
``minutes-rag --help`` and ``import minutes_rag.errors`` stay instant.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

#: public name -> module that defines it
_EXPORTS: dict[str, str] = {
    **{name: "api" for name in (
        "ingest", "search", "ask", "documents", "get_document", "delete_document", "evaluate",
        "summarise", "brief", "decisions", "timeline", "fetch_moderngov", "read_sections",
    )},
    **{name: "errors" for name in (
        "MinutesRagError", "ConfigError", "ManifestError", "EmbedderError", "EmbedderMismatch",
        "EmptyIndexError", "NothingIngestedError", "IndexLockedError", "DocumentNotFoundError",
        "IndexUnavailableError", "IndexFullError", "IndexReadOnlyError", "LLMError", "FetchError",
        "ServiceDisabledError", "RedirectRefusedError", "IngestInterrupted",
    )},
    "Settings": "settings",
    **{name: "types" for name in (
        "DocStatus", "DocumentRecord", "FileResult", "Hit", "IngestReport", "SearchResult", "Answer", "Citation",
        "ParsedSection",
    )},
}

__all__ = sorted([*_EXPORTS, "__version__"])


def _version() -> str:
    """The installed distribution's version (pyproject.toml is the one place it is written)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("minutes-rag")
    except PackageNotFoundError:  # run from a source tree that was never installed
        return "0+unknown"


def __getattr__(name: str) -> Any:
    if name == "__version__":
        globals()[name] = value = _version()
        return value
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'minutes_rag' has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__


if TYPE_CHECKING:
    __version__: str

    from .api import (
        ask,
        brief,
        decisions,
        delete_document,
        documents,
        evaluate,
        fetch_moderngov,
        get_document,
        ingest,
        read_sections,
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
        FetchError,
        IndexFullError,
        IndexLockedError,
        IndexReadOnlyError,
        IndexUnavailableError,
        IngestInterrupted,
        LLMError,
        ManifestError,
        MinutesRagError,
        NothingIngestedError,
        RedirectRefusedError,
        ServiceDisabledError,
    )
    from .settings import Settings
    from .types import (
        Answer,
        Citation,
        DocStatus,
        DocumentRecord,
        FileResult,
        Hit,
        IngestReport,
        ParsedSection,
        SearchResult,
    )
