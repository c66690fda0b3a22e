"""One writer per local index.

A local index (a Chroma ``PersistentClient`` folder plus the keyword index beside it) is safe for one
writing process at a time: a second writer would interleave its chunk and keyword writes with the
first one's, and a long-running server would not see another process's changes. So every writer
takes ``<index>/.writer.lock`` (a ``filelock.FileLock``: ``flock`` on Linux and macOS, ``msvcrt`` locking
on Windows) without waiting, for as long as it writes; a second writer fails at once with
:class:`~minutes_rag.errors.IndexLockedError`, naming the holder from ``<index>/.writer.holder.json``.

- The lock is per process and re-entrant inside it: ``minutes-rag serve`` holds it for its whole
  life, and the ingest its routes run takes it again without deadlocking. Threads of one process are
  not kept apart by it; :class:`ReadWriteLock` does that.
- The operating system drops the lock when its holder exits, even on a crash, so a stale lock file
  never blocks anyone; the holder file is only there for the message (rewritten by each new holder).
- With a Chroma server (``chroma_url``) the server serialises writes and several processes may
  write, so :func:`writer_lock` takes no file lock.
"""

from __future__ import annotations

import json
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from ..errors import IndexLockedError
from ..settings import Settings
from .storage import storage_errors

LOCK_NAME = ".writer.lock"
HOLDER_NAME = ".writer.holder.json"


@dataclass
class _Held:
    lock: Any  # a filelock lock
    depth: int


_held: dict[Path, _Held] = {}
_held_guard = threading.Lock()


def _holder(folder: Path) -> str:
    """'pid 123, `minutes-rag serve`, since ...' from the holder file, as far as it can be read."""
    try:
        info = json.loads((folder / HOLDER_NAME).read_text(encoding="utf-8"))
        return f"pid {info['pid']}, `{info['command']}`, since {info['since']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "pid unknown"


def _write_holder(folder: Path) -> None:
    info = {
        "pid": os.getpid(),
        "command": " ".join([Path(sys.argv[0]).name, *sys.argv[1:]])[:200],
        "since": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    tmp = folder / f"{HOLDER_NAME}.{os.getpid()}"
    tmp.write_text(json.dumps(info), encoding="utf-8")
    tmp.replace(folder / HOLDER_NAME)  # whole or not at all, for a reader in another process


@contextmanager
def index_lock(index: str | Path) -> Iterator[None]:
    """Hold the writer lock of the local index at ``index`` (creating the folder if needed).

    Raises IndexLockedError at once, without waiting, when another process holds it.
    """
    folder = Path(index).resolve()
    with _held_guard:
        held = _held.get(folder)
        if held is not None:
            held.depth += 1
        else:
            folder.mkdir(parents=True, exist_ok=True)
            # not thread-local: this process's depth count is the re-entrancy, and the last release may
            # come from another thread than the first acquire (a server's routes)
            lock = FileLock(str(folder / LOCK_NAME), thread_local=False)
            try:
                lock.acquire(timeout=0)
            except Timeout:
                raise IndexLockedError(
                    f"the index at {folder} is being written by another process ({_holder(folder)}). Wait for it "
                    "to finish or stop it; while `minutes-rag serve` runs on this index, ingest and delete "
                    "through its HTTP API. For several writers, use a Chroma server (--chroma-url)."
                ) from None
            try:
                _write_holder(folder)
            except OSError:
                pass  # a full disk: the holder's details are only for another writer's message; the lock is held
            held = _held[folder] = _Held(lock, 1)
    try:
        yield
    finally:
        with _held_guard:
            held.depth -= 1
            if held.depth == 0:
                del _held[folder]
                try:
                    (folder / HOLDER_NAME).unlink(missing_ok=True)  # the pid is stale from now on
                finally:
                    held.lock.release()


@contextmanager
def writer_lock(settings: Settings) -> Iterator[None]:
    """The lock a writer of ``settings``' index must hold: the file lock, or none for a Chroma server.

    While it is held, a write that fails for want of disk space or on a read-only index (the lock file itself
    included) raises its one-line error, IndexFullError or IndexReadOnlyError, naming the index folder.
    """
    if settings.chroma_url:
        yield
        return
    with storage_errors(settings.index), index_lock(settings.index):
        yield


class ReadWriteLock:
    """Many readers or one writer, for the threads of one process; waiting writers go first."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False
        self._writers_waiting = 0

    @contextmanager
    def read(self) -> Iterator[None]:
        with self._cond:
            while self._writing or self._writers_waiting:
                self._cond.wait()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                if self._readers == 0:
                    self._cond.notify_all()

    @contextmanager
    def write(self) -> Iterator[None]:
        with self._cond:
            self._writers_waiting += 1
            try:
                while self._writing or self._readers:
                    self._cond.wait()
            finally:
                self._writers_waiting -= 1
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()
