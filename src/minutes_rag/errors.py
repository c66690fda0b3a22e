"""Exceptions raised by minutes_rag.

Every error a user can cause derives from ``MinutesRagError`` and carries a message that says what to
do next. The CLI, the HTTP API and the MCP server map it to a one-line error and a non-zero exit.

    MinutesRagError
    ├── ConfigError            bad option or setting (unknown date format, bad manifest)
    │   └── ManifestError      a manifest file that cannot be read
    ├── IndexUnavailableError  the index cannot be opened or used
    │   ├── EmbedderMismatch   the index was built with another embedding model
    │   ├── EmptyIndexError    nothing has been ingested yet
    │   ├── IndexLockedError   another process is writing to the index
    │   ├── IndexFullError     the disk holding the index is full
    │   └── IndexReadOnlyError the index is on a read-only file system or folder (reads still work)
    ├── DocumentNotFoundError  no document with that id in the index
    ├── EmbedderError          the embedding model cannot be loaded
    ├── NothingIngestedError   an ingest run in which no file could be indexed
    ├── LLMError               the chat model could not be reached or failed
    └── FetchError             a web service could not be fetched
        ├── ServiceDisabledError   the council has switched its web service off
        └── RedirectRefusedError   a redirect led off the site (another scheme, host or port)

    KeyboardInterrupt
    └── IngestInterrupted      Ctrl-C stopped an ingest; says how many files were done (not a user error)
"""

from __future__ import annotations


class MinutesRagError(Exception):
    """Base of every error minutes_rag raises on purpose."""


class IngestInterrupted(KeyboardInterrupt):
    """Ctrl-C (SIGINT) stopped an ingest after ``done`` of its ``total`` files; ``report`` holds their results.

    What was ingested stays indexed (a document being written when it came is left ``pending``, never counted
    complete), and the same ingest run again finishes the job: files already indexed are ``unchanged``."""

    def __init__(self, done: int, total: int, report: object | None = None) -> None:
        super().__init__(f"interrupted after {done} of {total} files")
        self.done = done
        self.total = total
        self.report = report


class ConfigError(MinutesRagError):
    """An option, setting or argument is invalid."""


class ManifestError(ConfigError):
    """A manifest file is missing, unreadable or has the wrong columns."""


class IndexUnavailableError(MinutesRagError):
    """The index cannot be opened or used."""


class EmbedderMismatch(IndexUnavailableError):
    """The index was built with a different embedding model than the one asked for."""

    def __init__(self, message: str, recorded: str | None = None) -> None:
        super().__init__(message)
        self.recorded = recorded  # the embedder id the index records


class EmptyIndexError(IndexUnavailableError):
    """The index holds no documents yet."""


class EmbedderError(MinutesRagError):
    """The embedding model cannot be loaded."""


class NothingIngestedError(MinutesRagError):
    """No file of an ingest run could be indexed."""

    def __init__(self, message: str, report: object | None = None) -> None:
        super().__init__(message)
        self.report = report


class IndexLockedError(IndexUnavailableError):
    """Another process holds the index's writer lock (see :mod:`minutes_rag.index.lock`)."""


class IndexFullError(IndexUnavailableError):
    """A write to the index failed for want of disk space; what was indexed before it is kept."""


class IndexReadOnlyError(IndexUnavailableError):
    """A write was asked of an index that cannot be written (a read-only mount or folder)."""


class DocumentNotFoundError(MinutesRagError):
    """No document with the given id is in the index."""


class LLMError(MinutesRagError):
    """The chat model could not be reached or failed."""


class FetchError(MinutesRagError):
    """A web request failed for good (after retries), or its answer could not be used."""


class ServiceDisabledError(FetchError):
    """The site has no ModernGov web service, or it is switched off or blocked for this client."""


class RedirectRefusedError(FetchError):
    """A redirect led outside the origin (scheme, host, port) of the address asked for, so it was not followed."""
