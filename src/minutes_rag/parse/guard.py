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
"""

from __future__ import annotations

import os
import pickle
import resource
import select
import struct
import subprocess
import sys
import traceback
from pathlib import Path
from typing import IO, Any

from ..errors import MinutesRagError
from ..types import DocStatus, Structure
from .load import LoadResult, load_file
from .structure import recover_structure

STARTUP_TIMEOUT_S = 60.0


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


def worker_main() -> None:
    """The worker loop: read (path, max_bytes, max_pages) frames, answer (LoadResult, Structure)."""
    stdin, stdout = sys.stdin.buffer, sys.stdout.buffer
    sys.stdout = sys.stderr  # stray prints from a parser must not corrupt the frames
    mem_cap = int(os.environ.get("MINUTES_RAG_WORKER_MEM_CAP", "0")) or None
    if mem_cap:
        soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        resource.setrlimit(resource.RLIMIT_AS, (mem_cap if hard == resource.RLIM_INFINITY else min(mem_cap, hard),
                                                hard))
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


class GuardedParser:
    """One worker process, reused across documents and replaced after a timeout or a crash."""

    def __init__(self, timeout_s: float, mem_cap_mb: int | None, page_timeout_s: float = 0.0) -> None:
        self.timeout_s = timeout_s
        self.page_timeout_s = page_timeout_s
        self.mem_cap = int(mem_cap_mb * 2**20) if mem_cap_mb else None
        self._proc: subprocess.Popen[bytes] | None = None

    def _wait(self, timeout: float) -> bool:
        assert self._proc is not None and self._proc.stdout is not None
        poller = select.poll()  # not select.select: it fails on descriptors above 1024, common in servers
        poller.register(self._proc.stdout, select.POLLIN | select.POLLHUP)
        return bool(poller.poll(timeout * 1000))

    def _start(self) -> subprocess.Popen[bytes]:
        if self._proc is not None and self._proc.poll() is None:
            return self._proc
        env = {**os.environ, "MINUTES_RAG_WORKER_MEM_CAP": str(self.mem_cap or 0),
               "MINUTES_RAG_WORKER_PAGE_TIMEOUT": str(self.page_timeout_s or 0)}
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "minutes_rag.parse.guard"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, env=env, bufsize=0,
        )
        try:
            if not self._wait(STARTUP_TIMEOUT_S) or _read(self._proc.stdout) != "ready":  # type: ignore[arg-type]
                raise EOFError
        except (EOFError, OSError, pickle.UnpicklingError):
            self._kill()
            raise MinutesRagError(
                "the parser process did not start; set MINUTES_RAG_PARSE_ISOLATION=false to parse in-process"
            ) from None
        return self._proc

    def _kill(self) -> None:
        if self._proc is not None:
            self._proc.kill()
            self._proc.wait(5)
            for stream in (self._proc.stdin, self._proc.stdout):
                if stream is not None:
                    stream.close()
        self._proc = None

    def parse(self, path: Path, max_bytes: int | None, max_pages: int | None) -> tuple[LoadResult, Structure | None]:
        proc = self._start()
        assert proc.stdin is not None and proc.stdout is not None
        try:
            _write(proc.stdin, (str(path), max_bytes, max_pages))
            if self._wait(self.timeout_s):
                result: tuple[LoadResult, Structure | None] = _read(proc.stdout)
                return result
        except (EOFError, OSError, pickle.UnpicklingError, struct.error):
            self._kill()
            return LoadResult(DocStatus.PARSE_ERROR, message=(
                "the parser process died on this file (a crash or the memory cap); the run goes on.")), None
        self._kill()
        return LoadResult(DocStatus.TIMEOUT, message=(
            f"parsing took longer than {self.timeout_s:g} s; raise MINUTES_RAG_PARSE_TIMEOUT_S or split the file.")), None

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
