"""Hardening of the index side (issue 16): files refused from their stat before they are read, hostile
nesting and symlink loops as per-file statuses, impossible dates, a full disk and a read-only index.

Each test builds its hostile input here, on real files; the disk-full and read-only ones mount a small
tmpfs or a read-only bind mount, and are skipped (saying why) where this process may not mount.
"""

from __future__ import annotations

import os
import tracemalloc
from pathlib import Path

import pytest

from minutes_rag import DocStatus, NothingIngestedError, api
from minutes_rag.parse.load import refuse

GOOD = """MINUTES of a meeting of the Harbour Committee held on 3 March 2025.

1. Apologies for Absence
Apologies were received from Councillor Penhallow.

2. Lighthouse Keepers' Cottages
The Committee considered the future of the lighthouse keepers' cottages at Gull Point.
RESOLVED that the cottages be let as holiday accommodation from May 2025.
"""


# ---- failure 10: over-limit files are refused from their stat, never read whole ---------------------------

def test_over_limit_files_are_refused_without_reading_them(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    size = 400 * 10**6  # sparse: no disk used, but reading one whole would take 400 MB of memory
    for name in ("huge.txt", "disc.iso"):
        with (folder / name).open("wb") as fh:
            fh.truncate(size)
    monkeypatch.setenv("MINUTES_RAG_MAX_FILE_MB", "1")
    tracemalloc.start()
    try:
        with pytest.raises(NothingIngestedError) as err:
            api.ingest([folder], index=tmp_path / "idx")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 * 2**20, f"ingest allocated {peak / 2**20:.0f} MiB for two refused files"
    report = err.value.report
    got = {Path(f.path).name: f for f in report.files}  # type: ignore[attr-defined]
    assert got["huge.txt"].status == DocStatus.TOO_LARGE
    assert "400.0 MB is over the 1 MB limit" in got["huge.txt"].message
    assert got["disc.iso"].status == DocStatus.UNSUPPORTED
    assert "unsupported file type '.iso'" in got["disc.iso"].message


def test_refuse_reads_only_stat_and_the_first_bytes(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)  # reading it would block for ever: it must be refused from its stat
    refused = refuse(fifo)
    assert refused is not None and refused.status == DocStatus.UNSUPPORTED
    assert refused.message == "not a regular file."
    loop = tmp_path / "loop.txt"
    loop.symlink_to(loop)
    refused = refuse(loop)
    assert refused is not None and refused.status == DocStatus.UNREADABLE
    ok = tmp_path / "ok.txt"
    ok.write_text(GOOD, encoding="utf-8")
    assert refuse(ok, 10**6) is None


# ---- risks: deep JSON in-process, symlink loops ---------------------------------------------------------

@pytest.mark.parametrize("isolation", ["false", "true"])
def test_deep_json_and_a_symlink_loop_are_file_statuses(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        isolation: str) -> None:
    monkeypatch.setenv("MINUTES_RAG_PARSE_ISOLATION", isolation)
    folder = tmp_path / "in"
    folder.mkdir()
    depth = 200_000
    (folder / "deep.json").write_text("[" * depth + "]" * depth, encoding="utf-8")
    (folder / "nested.json").write_text('{"a": ' * 5000 + '"x"' + "}" * 5000, encoding="utf-8")
    (folder / "loop.txt").symlink_to(folder / "loop.txt")
    (folder / "up").symlink_to(folder)  # a folder that links back to its parent: walked once
    (folder / "harbour.txt").write_text(GOOD, encoding="utf-8")

    report = api.ingest([folder], index=tmp_path / "idx", authority="Test Harbour Council", follow_symlinks=True)
    got = {f.path.removeprefix(str(folder) + "/"): f for f in report.files}
    assert got["harbour.txt"].status == DocStatus.OK
    assert got["deep.json"].status == DocStatus.PARSE_ERROR
    assert got["nested.json"].status == DocStatus.PARSE_ERROR
    if isolation == "false":
        assert "nested too deeply" in got["deep.json"].message
    assert got["loop.txt"].status == DocStatus.UNREADABLE
    assert not any(p.startswith("up/") for p in got), "the folder linking to itself was walked again"
    hits = api.search("lighthouse keepers cottages", k=1, index=tmp_path / "idx").hits
    assert hits and hits[0].source.endswith("harbour.txt")
