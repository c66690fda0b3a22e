"""One writer per local index: the lock file, its message, and the verbs that take it."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from minutes_rag import api
from minutes_rag.errors import IndexLockedError
from minutes_rag.index.lock import HOLDER_NAME, LOCK_NAME, ReadWriteLock, index_lock, writer_lock
from minutes_rag.settings import Settings

from .serving import write_minutes

HOLD = """
import sys, time
if len(sys.argv) > 2:  # a platform without flock: importing fcntl fails, as on Windows
    sys.modules["fcntl"] = None
from minutes_rag.index.lock import index_lock
with index_lock(sys.argv[1]):
    print("held", flush=True)
    time.sleep(60)
"""


@contextmanager
def held_elsewhere(index: Path, *flags: str) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the index's writer lock."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(index), *flags], stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        yield proc
    finally:
        proc.kill()
        proc.wait()


def test_second_process_fails_fast_naming_the_holder(tmp_path: Path) -> None:
    with held_elsewhere(tmp_path / "index") as holder:
        started = time.monotonic()
        with pytest.raises(IndexLockedError) as err, index_lock(tmp_path / "index"):
            pass
        assert time.monotonic() - started < 1  # never waits
    msg = str(err.value)
    assert msg.startswith(f"the index at {(tmp_path / 'index').resolve()} is being written by another process "
                          f"(pid {holder.pid}, `-c {tmp_path / 'index'}`")
    assert "Wait for it to finish or stop it" in msg and "--chroma-url" in msg
    with index_lock(tmp_path / "index"):  # the holder died: the lock went with it
        assert (tmp_path / "index" / HOLDER_NAME).read_text().startswith(f'{{"pid": {os.getpid()}, ')
        assert (tmp_path / "index" / LOCK_NAME).exists()
    assert not (tmp_path / "index" / HOLDER_NAME).exists()  # no stale pid once released


NO_FLOCK = """
import sys
sys.modules["fcntl"] = None  # as on Windows: no flock; filelock takes its portable path
from minutes_rag.errors import IndexLockedError
from minutes_rag.index.lock import index_lock
try:
    with index_lock(sys.argv[1]):
        print("took it")
except IndexLockedError as exc:
    print(exc)
with index_lock(sys.argv[2]), index_lock(sys.argv[2]):
    print("re-entrant")
"""


def test_without_flock_a_second_writer_still_fails_fast_naming_the_holder(tmp_path: Path) -> None:
    """The lock module has no fcntl of its own: with fcntl unimportable (the non-POSIX branch, simulated),
    filelock's portable lock keeps the same rule, and the message still names the holder."""
    with held_elsewhere(tmp_path / "index", "--no-flock") as holder:
        started = time.monotonic()
        out = subprocess.run([sys.executable, "-c", NO_FLOCK, str(tmp_path / "index"), str(tmp_path / "other")],
                             capture_output=True, text=True, timeout=60)
        assert time.monotonic() - started < 20  # one attempt, no waiting (most of this is the interpreter start)
    assert out.returncode == 0, out.stderr
    first, second = out.stdout.strip().splitlines()
    assert first.startswith(f"the index at {(tmp_path / 'index').resolve()} is being written by another process "
                            f"(pid {holder.pid}, "), first
    assert second == "re-entrant"
    import ast

    tree = ast.parse(Path(__file__).resolve().parent.parent.joinpath("src/minutes_rag/index/lock.py").read_text())
    imported = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    assert "fcntl" not in imported and "msvcrt" not in imported


def test_reentrant_in_one_process_and_none_for_a_chroma_server(tmp_path: Path) -> None:
    index = tmp_path / "index"
    with index_lock(index), index_lock(index), writer_lock(Settings(index=index)):
        pass
    with index_lock(index):  # released by the outermost exit only
        with index_lock(index):
            pass
        with held_elsewhere(tmp_path / "other"):
            pass
    with held_elsewhere(index), writer_lock(Settings(index=index, chroma_url="http://127.0.0.1:9")):
        pass  # a Chroma server serialises writes itself


def test_delete_document_takes_the_lock_and_loses_nothing(tmp_path: Path) -> None:
    index = tmp_path / "index"
    report = api.ingest(write_minutes(tmp_path / "docs", ["allotments.txt"]), index=index)
    doc_id = report.files[0].doc_id
    assert doc_id is not None
    with held_elsewhere(index), pytest.raises(IndexLockedError):
        api.delete_document(doc_id, index=index)
    assert api.get_document(doc_id, index=index).status == "ok"
    removed = api.delete_document(doc_id, index=index)
    assert [r.doc_id for r in removed] == [doc_id] and api.documents(index=index) == []


def test_read_write_lock_readers_share_writers_are_alone() -> None:
    rw = ReadWriteLock()
    inside: list[str] = []
    both_reading = threading.Barrier(2, timeout=5)

    def reader() -> None:
        with rw.read():
            both_reading.wait()  # fails unless two readers are inside at once
            inside.append("r")

    threads = [threading.Thread(target=reader) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert inside == ["r", "r"]

    writing = threading.Event()
    release = threading.Event()
    got_read = threading.Event()

    def writer() -> None:
        with rw.write():
            writing.set()
            release.wait(5)

    def late_reader() -> None:
        with rw.read():
            got_read.set()

    w = threading.Thread(target=writer)
    w.start()
    assert writing.wait(5)
    r = threading.Thread(target=late_reader)
    r.start()
    assert not got_read.wait(0.2)  # a reader waits while a writer writes
    release.set()
    assert got_read.wait(5)
    w.join()
    r.join()


def test_ingest_fails_fast_while_another_process_writes(tmp_path: Path) -> None:
    index = tmp_path / "index"
    files = write_minutes(tmp_path / "docs", ["allotments.txt"])
    with held_elsewhere(index):
        try:
            api.ingest(files, index=index)
        except IndexLockedError as exc:
            assert "is being written by another process (pid" in str(exc)
        else:
            raise AssertionError("a second writer ingested into a locked index")
    if (index / "chroma.sqlite3").exists():
        assert api.documents(index=index) == []
