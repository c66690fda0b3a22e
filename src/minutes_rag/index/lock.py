"""One writer per local index.

A local index (a Chroma ``PersistentClient`` folder plus the keyword index beside it) is safe for one
writing process at a time: a second writer would interleave its chunk and keyword writes with the
first one's, and a long-running server would not see another process's changes. So every writer
takes ``<index>/.writer.lock`` with ``fcntl.flock`` (non-blocking) for as long as it writes; a second
writer fails at once with :class:`~minutes_rag.errors.IndexLockedError`, naming the holder's pid.

- The lock is per process and re-entrant inside it: ``minutes-rag serve`` holds it for its whole
  life, and the ingest its routes run takes it again without deadlocking. Threads of one process are
  not kept apart by it; :class:`ReadWriteLock` does that.
- The operating system drops a ``flock`` when its holder exits, even on a crash, so a stale lock
  file never blocks anyone; the pid written in it is only there for the message.
- With a Chroma server (``chroma_url``) the server serialises writes and several processes may
  write, so :func:`writer_lock` takes no file lock.
"""

from __future__ import annotations

import fcntl
import json
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..errors import IndexLockedError
from ..settings import Settings
from .storage import storage_errors

LOCK_NAME = ".writer.lock"


@dataclass
class _Held:
    fd: int
    depth: int


_held: dict[Path, _Held] = {}
_held_guard = threading.Lock()


def _holder(fd: int) -> str:
    """'pid 123, `minutes-rag serve`, since ...' from the lock file, as far as it can be read."""
    try:
        raw = os.pread(fd, 4096, 0).decode("utf-8", "replace")
        info = json.loads(raw)
        return f"pid {info['pid']}, `{info['command']}`, since {info['since']}"
    except (OSError, ValueError, KeyError, TypeError):
        return "pid unknown"


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
            fd = os.open(folder / LOCK_NAME, os.O_RDWR | os.O_CREAT, 0o644)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = _holder(fd)
                os.close(fd)
                raise IndexLockedError(
                    f"the index at {folder} is being written by another process ({holder}). Wait for it "
                    "to finish or stop it; while `minutes-rag serve` runs on this index, ingest and delete "
                    "through its HTTP API. For several writers, use a Chroma server (--chroma-url)."
                ) from None
            info = {
                "pid": os.getpid(),
                "command": " ".join([Path(sys.argv[0]).name, *sys.argv[1:]])[:200],
                "since": datetime.now(UTC).isoformat(timespec="seconds"),
            }
            try:
                os.ftruncate(fd, 0)
                os.pwrite(fd, json.dumps(info).encode("utf-8"), 0)
            except OSError:
                pass  # a full disk: the pid is only for another writer's message, and the lock is held
            held = _held[folder] = _Held(fd, 1)
    try:
        yield
    finally:
        with _held_guard:
            held.depth -= 1
            if held.depth == 0:
                del _held[folder]
                try:
                    os.ftruncate(held.fd, 0)  # the pid is stale from now on
                finally:
                    os.close(held.fd)  # releases the flock


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
