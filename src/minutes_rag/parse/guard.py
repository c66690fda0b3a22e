"""Parsing in a guarded worker process: a time limit per document and a memory cap.

Councils point ingest at thousands of PDFs of every vintage; one that makes the parser loop or balloon
must not stop the run or take the machine down. Each document is loaded and its structure recovered in
a separate process (``python -m minutes_rag.parse.guard``: a fresh interpreter, so no threads or model
weights are inherited, and the caller's own script is never re-run, as multiprocessing's ``spawn``
would). The worker runs under an address-space cap. A document that takes longer than the time limit
gets status ``timeout`` and the worker is killed and replaced; one that exhausts the cap gets
``too_large``; an unexpected parser exception gets ``parse_error``. The run goes on either way.

Frames on the worker's stdin/stdout are 4-byte big-endian lengths followed by a pickle (the worker is
our own child process; nothing else writes to those pipes).

Any OS: the cap is ``RLIMIT_AS`` where the ``resource`` module exists (Linux, macOS); elsewhere (Windows) a
watchdog thread in the worker reads the process's memory through ``psutil`` and ends the worker with
:data:`EXIT_TOO_LARGE` past the cap, which the parent reports as ``too_large``. Waiting for an answer uses
``select.poll`` where it exists and a reader thread where it does not (Windows pipes cannot be polled).
"""

from __future__ import annotations

import logging
import os
import pickle
import queue
import select
import signal
import struct
import subprocess
import sys
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

try:
    import resource
except ImportError:  # Windows: the watchdog below caps memory instead
    resource = None  # type: ignore[assignment]

from ..errors import MinutesRagError
from ..types import DocStatus, Structure
from .load import load_file
from .rawtext import LoadResult
from .structure import recover_structure

STARTUP_TIMEOUT_S = 60.0
#: the worker's exit status when the watchdog (no ``resource`` module) finds it over the memory cap
EXIT_TOO_LARGE = 3
log = logging.getLogger(__name__)


def _write(stream: IO[bytes], obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(struct.pack(">I", len(data)) + data)
    stream.flush()


def _read_exact(stream: IO[bytes], n: int) -> bytes:
    buf = b""
    while len(buf) < n:
        part = stream.read(n - len(buf))
        if not part:
            raise EOFError("worker pipe closed")
        buf += part
    return buf


def _read(stream: IO[bytes]) -> Any:
    (n,) = struct.unpack(">I", _read_exact(stream, 4))
    return pickle.loads(_read_exact(stream, n))  # noqa: S301 - frames from our own child process


def parse_file(path: str | Path, max_bytes: int | None, max_pages: int | None,
               mem_cap: int | None = None) -> tuple[LoadResult, Structure | None]:
    """Load a file and recover its structure; any parser failure becomes a typed status, never an exception.

    The worker runs this; so does an ingest with isolation off (``MINUTES_RAG_PARSE_ISOLATION=false``).
    """
    try:
        res = load_file(Path(path), max_bytes, max_pages)
        structure = (recover_structure(res.document.pages, Path(path).name)
                     if res.status == DocStatus.OK and res.document is not None else None)
        return res, structure
    except MemoryError:
        cap = f"the {mem_cap // 2**20} MiB memory cap" if mem_cap else "the memory available"
        return LoadResult(DocStatus.TOO_LARGE, message=(
            f"parsing needed more than {cap}; raise MINUTES_RAG_PARSE_MEMORY_MB or split the file.")), None
    except Exception as exc:  # noqa: BLE001 - any parser failure becomes a typed status
        last = traceback.format_exception_only(type(exc), exc)[-1].strip()
        return LoadResult(DocStatus.PARSE_ERROR, message=f"the parser failed: {last[:200]}"), None


def memory_in_use() -> int | None:
    """This process's memory in bytes as the OS counts it against a cap (virtual size), or None if unknown."""
    try:
        import psutil
    except ImportError:
        return None
    return int(psutil.Process().memory_info().vms)


def _exit_too_large() -> None:
    os._exit(EXIT_TOO_LARGE)


def watch_memory(cap: int, measure: Callable[[], int | None] | None = None,
                 on_exceed: Callable[[], object] = _exit_too_large,
                 interval_s: float = 0.05) -> threading.Thread | None:
    """Where ``resource`` is missing: a daemon thread that calls ``on_exceed`` once memory passes ``cap``.

    A parser stuck in C code cannot be interrupted, so the default ends the whole worker; the parent sees
    :data:`EXIT_TOO_LARGE` and reports the file as too_large. Returns None (no cap) when memory cannot be read.
    """
    measure = measure or memory_in_use
    if measure() is None:
        log.warning("no memory cap on the parser: install psutil to enforce MINUTES_RAG_PARSE_MEMORY_MB here")
        return None

    def watch() -> None:
        assert measure is not None
        while True:
            used = measure()
            if used is not None and used > cap:
                on_exceed()
                return
            time.sleep(interval_s)

    thread = threading.Thread(target=watch, name="minutes-rag-memory-cap", daemon=True)
    thread.start()
    return thread


def limit_memory(cap: int) -> str:
    """Cap this process's memory: ``rlimit`` (POSIX), ``watchdog`` (elsewhere, with psutil) or ``none``."""
    if resource is not None:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY else min(cap, hard), hard))
        return "rlimit"
    return "watchdog" if watch_memory(cap) is not None else "none"


def worker_main() -> None:
    """The worker loop: read (path, max_bytes, max_pages) frames, answer (LoadResult, Structure)."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    # Ctrl-C in a terminal reaches the whole process group: the ingesting process stops the run and closes
    # this worker, which must not die first and have the file it was parsing recorded as a parse error
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    sys.stdout = sys.stderr  # stray prints from a parser must not corrupt the frames
    mem_cap = int(os.environ.get("MINUTES_RAG_WORKER_MEM_CAP", "0")) or None
    if mem_cap:
        limit_memory(mem_cap)
    _write(stdout, "ready")  # imports done: the time limit counts parsing only
    while True:
        try:
            msg = _read(stdin)
        except EOFError:
            return
        if msg is None:
            return
        path, max_bytes, max_pages = msg
        _write(stdout, parse_file(path, max_bytes, max_pages, mem_cap))


def receive(stream: IO[bytes], timeout: float) -> Any:
    """The next frame on ``stream``; TimeoutError when none comes within ``timeout`` s, EOFError at its end."""
    if hasattr(select, "poll"):
        poller = select.poll()  # not select.select: it fails on descriptors above 1024, common in servers
        poller.register(stream, select.POLLIN | select.POLLHUP)
        if not poller.poll(timeout * 1000):
            raise TimeoutError
        return _read(stream)
    return _receive_in_thread(stream, timeout)


def _receive_in_thread(stream: IO[bytes], timeout: float) -> Any:
    """Where pipes cannot be polled (Windows): read in a thread and wait for it. After a timeout the caller
    kills the worker, which ends the read (and the thread) with EOFError."""
    box: queue.Queue[tuple[bool, Any]] = queue.Queue(maxsize=1)

    def read() -> None:
        try:
            box.put((True, _read(stream)))
        except BaseException as exc:  # noqa: BLE001 - handed to the waiting thread
            box.put((False, exc))

    threading.Thread(target=read, name="minutes-rag-parse-read", daemon=True).start()
    try:
        ok, value = box.get(timeout=timeout)
    except queue.Empty:
        raise TimeoutError from None
    if not ok:
        raise value
    return value


class GuardedParser:
    """One worker process, reused across documents and replaced after a timeout or a crash."""

    def __init__(self, timeout_s: float, mem_cap_mb: int | None, page_timeout_s: float = 0.0) -> None:
        self.timeout_s = timeout_s
        self.page_timeout_s = page_timeout_s
        self.mem_cap = int(mem_cap_mb * 2**20) if mem_cap_mb else None
        self.command = [sys.executable, "-m", "minutes_rag.parse.guard"]
        self._proc: subprocess.Popen[bytes] | None = None

    def _start(self) -> subprocess.Popen[bytes]:
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        env = {**os.environ, "MINUTES_RAG_WORKER_MEM_CAP": str(self.mem_cap or 0),
               "MINUTES_RAG_WORKER_PAGE_TIMEOUT": str(self.page_timeout_s or 0)}
        self._proc = subprocess.Popen(
            self.command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, bufsize=0,
        )
        try:
            assert self._proc.stdout is not None
            if receive(self._proc.stdout, STARTUP_TIMEOUT_S) != "ready":
                raise EOFError
        except (EOFError, OSError, pickle.UnpicklingError, struct.error):  # TimeoutError is an OSError
            self._kill()
            raise MinutesRagError(
                "the parser process did not start; set MINUTES_RAG_PARSE_ISOLATION=false to parse in-process"
            ) from None
        return self._proc

    def _kill(self) -> int | None:
        """Stop the worker (if it still runs); its exit status."""
        code = None
        if self._proc is not None:
            self._proc.kill()
            code = self._proc.wait(5)
            for stream in (self._proc.stdin, self._proc.stdout):
                if stream is not None:
                    stream.close()
        self._proc = None
        return code

    def parse(self, path: Path, max_bytes: int | None, max_pages: int | None) -> tuple[LoadResult, Structure | None]:
        proc = self._start()
        assert proc.stdin is not None and proc.stdout is not None
        try:
            _write(proc.stdin, (str(path), max_bytes, max_pages))
            result: tuple[LoadResult, Structure | None] = receive(proc.stdout, self.timeout_s)
            return result
        except TimeoutError:
            self._kill()
            return LoadResult(DocStatus.TIMEOUT, message=(
                f"parsing took longer than {self.timeout_s:g} s; raise MINUTES_RAG_PARSE_TIMEOUT_S or split the "
                "file.")), None
        except (EOFError, OSError, pickle.UnpicklingError, struct.error):
            if self._kill() == EXIT_TOO_LARGE:  # the memory watchdog (no ``resource`` module) ended it
                return LoadResult(DocStatus.TOO_LARGE, message=(
                    f"parsing needed more than the {(self.mem_cap or 0) // 2**20} MiB memory cap; "
                    "raise MINUTES_RAG_PARSE_MEMORY_MB or split the file.")), None
            return LoadResult(DocStatus.PARSE_ERROR, message=(
                "the parser process died on this file (a crash or the memory cap); the run goes on.")), None

    def close(self) -> None:
        if self._proc is not None and self._proc.poll() is None and self._proc.stdin is not None:
            try:
                _write(self._proc.stdin, None)
                self._proc.wait(2)
            except (OSError, subprocess.TimeoutExpired):
                pass
        self._kill()

    def __enter__(self) -> GuardedParser:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


if __name__ == "__main__":
    worker_main()
