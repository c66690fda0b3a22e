"""What a failed write to the index means (a full disk, a read-only index, or neither), and the
one-line errors that say so.

SQLite says "database or disk is full" and the OS says ENOSPC, but Chroma's core often reports a full disk
only as "Error in compaction: Failed to apply logs to the metadata segment". So a failed write is also
judged by the space left where the index lives: with less than ``LOW_SPACE`` free, it is a full disk.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

from ..errors import IndexFullError, IndexReadOnlyError, IndexUnavailableError, MinutesRagError

#: a write that fails with less than this free on the index's file system is taken for a full disk
LOW_SPACE = 64 * 2**20

_FULL_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT})
_FULL_TEXT = ("database or disk is full", "no space left", "disk quota", "os error 28", "(code: 13)")
_READ_ONLY_TEXT = ("readonly database", "read-only file system", "os error 30", "(code: 8)")


def _existing(folder: Path) -> Path:
    """The folder, or the nearest folder above it that exists."""
    p = folder
    while not p.exists() and p != p.parent:
        p = p.parent
    return p


def free_bytes(folder: Path) -> int | None:
    """Bytes this process may still write on the file system that holds ``folder`` (None: unknown)."""
    try:
        st = os.statvfs(_existing(folder))
    except OSError:
        return None
    return st.f_bavail * st.f_frsize


def low_on_space(folder: Path) -> bool:
    """Is less than ``LOW_SPACE`` free where ``folder`` is? Chroma writes as it opens a folder and as it reads
    (it applies its log), so an index there is read from its files instead."""
    free = free_bytes(folder)
    return free is not None and free < LOW_SPACE


def is_read_only(folder: Path) -> bool:
    """Is ``folder`` (or the folder it would be made in) closed to writing: a read-only mount, or no
    write permission for this process?"""
    return not os.access(_existing(folder), os.W_OK)


def full_error(folder: Path) -> IndexFullError:
    free = free_bytes(folder)
    left = f" ({free / 2**20:.1f} MiB free)" if free is not None else ""
    return IndexFullError(
        f"the disk holding the index at {folder} is full{left}: free space there, or move the index and use "
        "--index, then run the command again; everything indexed before is kept."
    )


def read_only_error(folder: Path) -> IndexReadOnlyError:
    return IndexReadOnlyError(
        f"the index at {folder} is read-only: search, ask and documents work on it, but to ingest, delete or "
        "repair, copy it to a writable folder and use --index there (or remount it read-write)."
    )


def storage_error(exc: BaseException, folder: Path) -> IndexUnavailableError | None:
    """The one-line error a failed write to the index at ``folder`` stands for, or None when the failure is
    not about storage (it is then raised as it is)."""
    if isinstance(exc, MinutesRagError):
        return None
    code = getattr(exc, "errno", None)
    text = str(exc).lower()
    if code in _FULL_ERRNOS or any(t in text for t in _FULL_TEXT):
        return full_error(folder)
    if code == errno.EROFS or any(t in text for t in _READ_ONLY_TEXT):
        return read_only_error(folder)
    if isinstance(exc, OSError | sqlite3.Error) or type(exc).__module__.startswith("chromadb"):
        if low_on_space(folder):
            return full_error(folder)
        if is_read_only(folder):
            return read_only_error(folder)
    return None


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to the SQLite file at ``path``.

    ``mode=ro`` first; where even that needs a write (a WAL file with no ``-shm`` beside it on a read-only
    mount), ``immutable=1``, which reads the file as it stands.
    """
    base = f"file:{quote(str(path))}?mode=ro"
    last: sqlite3.Error | None = None
    for uri in (base, base + "&immutable=1"):
        try:
            db = sqlite3.connect(uri, uri=True, check_same_thread=False, timeout=30)
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return db
        except sqlite3.Error as exc:
            last = exc
    raise IndexUnavailableError(f"cannot read {path}: {last}; check the file is there and readable.")


@contextmanager
def storage_errors(folder: str | Path) -> Iterator[None]:
    """Turn a write that fails for want of space, or on a read-only index, into its one-line error."""
    try:
        yield
    except Exception as exc:
        mapped = storage_error(exc, Path(folder).resolve())
        if mapped is None:
            raise
        raise mapped from exc
