"""Any OS: the branches taken where POSIX pieces are missing (Windows), simulated here on Linux by taking those
pieces away (``resource``, ``select.poll``, ``signal.SIGALRM``, ``os.pwrite``), and the platform's folders for
the cache and the config file. The writer lock without ``fcntl`` is in ``test_lock.py``."""

from __future__ import annotations

import logging
import os
import select
import signal
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from minutes_rag import paths
from minutes_rag.parse import guard
from minutes_rag.parse.guard import EXIT_TOO_LARGE, GuardedParser
from minutes_rag.types import DocStatus

MINUTES = """Minutes of the Harbour Committee held on 3 March 2025.

1. Harbour Dues
RESOLVED that harbour dues rise by 3% from 1 April 2025.
"""

#: a stand-in worker: says it is ready, reads a request, then does what argv[1] says
FAKE_WORKER = r"""
import pickle, struct, sys, time
out = sys.stdout.buffer
frame = pickle.dumps("ready")
out.write(struct.pack(">I", len(frame)) + frame)
out.flush()
sys.stdin.buffer.read(4)
if sys.argv[1] == "hang":
    time.sleep(60)
elif sys.argv[1] == "hog":  # memory grows past the cap: the watchdog (no `resource` module) ends the worker
    from minutes_rag.parse import guard
    guard.resource = None
    assert guard.limit_memory(150 * 2**20) == "watchdog"
    hog = []
    for _ in range(60):
        hog.append(bytearray(20 * 2**20))
        time.sleep(0.02)
    time.sleep(10)
sys.exit(int(sys.argv[2]) if len(sys.argv) > 2 else 0)
"""


def _parser(behaviour: str, *args: str, timeout_s: float = 30, cap_mb: int | None = 150) -> GuardedParser:
    parser = GuardedParser(timeout_s, cap_mb)
    parser.command = [sys.executable, "-c", FAKE_WORKER, behaviour, *args]
    return parser


# ---- the parser's memory cap ------------------------------------------------------------------------------------

def test_without_resource_the_watchdog_ends_the_worker_and_the_file_is_too_large(tmp_path: Path) -> None:
    pytest.importorskip("psutil", reason="the watchdog reads memory through psutil (installed on Windows)")
    with _parser("hog") as parser:
        started = time.monotonic()
        loaded, _ = parser.parse(tmp_path / "any.pdf", None, None)
    assert loaded.status == DocStatus.TOO_LARGE, loaded.message
    assert loaded.message == ("parsing needed more than the 150 MiB memory cap; raise MINUTES_RAG_PARSE_MEMORY_MB "
                              "or split the file.")
    assert time.monotonic() - started < 10  # ended by the watchdog, not by the 10 s sleep


def test_a_worker_that_dies_otherwise_is_a_parse_error(tmp_path: Path) -> None:
    with _parser("exit", "1") as parser:
        loaded, _ = parser.parse(tmp_path / "any.pdf", None, None)
    assert loaded.status == DocStatus.PARSE_ERROR and "the run goes on" in loaded.message


def test_watch_memory_calls_back_past_the_cap_and_warns_when_it_cannot_measure(
        caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    readings = iter([10, 50, 120, 400, 400])
    exceeded: list[int] = []
    thread = guard.watch_memory(100, measure=lambda: next(readings), on_exceed=lambda: exceeded.append(1),
                                interval_s=0.001)
    assert thread is not None
    thread.join(5)
    assert exceeded == [1]
    monkeypatch.setattr(guard, "resource", None)
    monkeypatch.setattr(guard, "memory_in_use", lambda: None)
    with caplog.at_level(logging.WARNING):
        assert guard.limit_memory(100) == "none"
    assert "no memory cap on the parser: install psutil" in caplog.text


# ---- waiting for the worker where pipes cannot be polled ------------------------------------------------------

def test_without_poll_the_worker_is_read_through_a_thread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(select, "poll")
    doc = tmp_path / "harbour.txt"
    doc.write_text(MINUTES, encoding="utf-8")
    with GuardedParser(30, 512) as parser:  # the real worker
        loaded, structure = parser.parse(doc, None, None)
        assert loaded.status == DocStatus.OK and structure is not None
        assert structure.meeting_date == "2025-03-03"
        again, _ = parser.parse(doc, None, None)  # the same worker, reused
        assert again.status == DocStatus.OK
    with _parser("hang", timeout_s=0.5) as parser:
        started = time.monotonic()
        loaded, _ = parser.parse(doc, None, None)
    assert loaded.status == DocStatus.TIMEOUT and time.monotonic() - started < 5
    assert "raise MINUTES_RAG_PARSE_TIMEOUT_S" in loaded.message


def test_without_sigalrm_pages_have_no_time_limit_of_their_own(monkeypatch: pytest.MonkeyPatch) -> None:
    from minutes_rag.parse import load

    monkeypatch.delattr(signal, "SIGALRM")
    monkeypatch.setattr(load, "PAGE_TIMEOUT_S", 0.01)
    with load._page_time_limit():
        time.sleep(0.05)  # would have raised PageTimeout with SIGALRM


# ---- the index's vector file without pwrite -------------------------------------------------------------------

def test_vector_records_written_without_pwrite_are_the_same_bytes(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    from minutes_rag.index.vectors import VectorFile

    rng = np.random.default_rng(7)
    first, later = rng.normal(size=(3, 8)).astype(np.float32), rng.normal(size=(2, 8)).astype(np.float32)
    posix = VectorFile(tmp_path / "posix.i16")
    posix.write(1, first)
    posix.write(6, later)  # a gap: rows 4 and 5 come later
    monkeypatch.delattr(os, "pwrite")
    portable = VectorFile(tmp_path / "portable.i16")
    portable.write(1, first)
    portable.write(6, later)
    assert (tmp_path / "portable.i16").read_bytes() == (tmp_path / "posix.i16").read_bytes()
    got = portable.scores(np.array([1, 2, 3, 6, 7]), [1.0] + [0.0] * 7, 8)
    assert np.allclose(got, np.concatenate([first, later])[:, 0], atol=1e-3)


# ---- the platform's folders -------------------------------------------------------------------------------------

def test_cache_and_config_follow_the_platform(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from minutes_rag.index.onnx_embed import cache_dir
    from minutes_rag.server.settings import config_path

    monkeypatch.setenv("MINUTES_RAG_CACHE_DIR", str(tmp_path / "mine"))
    assert paths.cache_root() == tmp_path / "mine"  # the variable wins everywhere
    monkeypatch.delenv("MINUTES_RAG_CACHE_DIR")
    monkeypatch.delenv("MINUTES_RAG_CONFIG", raising=False)
    if sys.platform.startswith("linux"):
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg-cache"))
        monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
        assert paths.cache_root() == tmp_path / "xdg-cache" / "minutes-rag"
        assert config_path() == tmp_path / "xdg-config" / "minutes-rag" / "config.toml"
        model = tmp_path / "model"
        model.mkdir()
        (model / "config.json").write_text("{}")
        assert cache_dir(model).is_relative_to(tmp_path / "xdg-cache" / "minutes-rag" / "onnx")
        for var in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
            monkeypatch.delenv(var)
        assert paths.cache_root() == Path.home() / ".cache" / "minutes-rag"
    # another platform's rules (macOS's run anywhere; Windows' need its shell API), through the same seam
    from platformdirs.macos import MacOS

    monkeypatch.setattr(paths, "_dirs", lambda: MacOS(paths.APP, appauthor=False))
    assert paths.cache_root() == Path.home() / "Library" / "Caches" / "minutes-rag"
    assert config_path() == Path.home() / "Library" / "Application Support" / "minutes-rag" / "config.toml"
    monkeypatch.setenv("MINUTES_RAG_CONFIG", str(tmp_path / "x.toml"))
    assert config_path() == tmp_path / "x.toml"


def test_exit_status_is_distinct() -> None:
    assert EXIT_TOO_LARGE not in (0, 1, 2, -9, 137)  # not success, an exception, argparse, or a kill
