"""Hardening of the index side (issue 16): files refused from their stat before they are read, hostile
nesting and symlink loops as per-file statuses, impossible dates, a full disk and a read-only index.

Each test builds its hostile input here, on real files; the disk-full and read-only ones mount a small
tmpfs or a read-only bind mount, and are skipped (saying why) where this process may not mount.
"""

from __future__ import annotations

import json
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


# ---- failure 3: impossible dates ----------------------------------------------------------------------------

def _write_impossible_dates(folder: Path) -> None:
    folder.mkdir()
    (folder / "escribe.json").write_text(json.dumps({
        "title": "Harbour Committee", "date": "2024-13-45T10:00:00", "meeting_type": "Harbour Committee",
        "items": {"1": {"number": "1", "title": "Lighthouse Keepers' Cottages",
                        "content": "RESOLVED that the lighthouse keepers' cottages be let as holiday homes."}},
    }), encoding="utf-8")
    (folder / "parks.md").write_text(
        "---\ntitle: Parks Committee\ndate: 2024-02-30\n---\n"
        "Minutes of the Parks Committee held on 2 June 2025.\n\n1. Bandstand\n"
        "The Committee approved repairs to the bandstand roof at a cost of £18,500.\n", encoding="utf-8")
    (folder / "ferry.txt").write_text(
        "Minutes of the Ferry Committee.\n\n1. Timetable\nThe winter ferry timetable was agreed.\n", encoding="utf-8")
    (folder / "manifest.csv").write_text("file,meeting_date\nferry.txt,2024-13-45\n", encoding="utf-8")


def test_impossible_dates_are_dropped_at_ingest_with_a_warning(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    _write_impossible_dates(folder)
    index = tmp_path / "idx"
    report = api.ingest([folder], index=index, authority="Test Harbour Council")
    got = {Path(f.path).name: f for f in report.files}
    assert {n: f.status for n, f in got.items()} == {n: DocStatus.OK for n in ("escribe.json", "parks.md", "ferry.txt")}
    for name, bad, source in (("escribe.json", "2024-13-45", "format"), ("parks.md", "2024-02-30", "format"),
                              ("ferry.txt", "2024-13-45", "manifest:")):
        note = f"meeting date '{bad}' from {source}"
        assert note in got[name].message and "is not a calendar date: ignored" in got[name].message, name
        assert note in got[name].metadata["meeting_date"]["note"]
    assert got["parks.md"].metadata["meeting_date"] == {  # the next source that states a real date wins
        "value": "2025-06-02", "source": "text", "note": got["parks.md"].metadata["meeting_date"]["note"]}
    docs = {Path(d.source).name: d for d in api.documents(index=index)}
    assert docs["escribe.json"].meeting_date is None and docs["ferry.txt"].meeting_date is None
    assert docs["parks.md"].meeting_date == "2025-06-02"
    assert "not a calendar date" in docs["escribe.json"].provenance["meeting_date_note"]

    answer = api.ask("Were the lighthouse keepers' cottages let?", index=index)  # IndexError before
    assert answer.citations and answer.citations[0].meeting_date is None
    assert api.timeline("lighthouse cottages", index=index) is not None
    assert "2024-02-30" not in str(api.summarise("bandstand repairs", index=index).to_dict())


def test_an_old_index_with_an_impossible_date_still_answers(tmp_path: Path) -> None:
    """An index written before dates were checked: the bad date is read as none, not a crash."""
    from minutes_rag.api import open_store
    from minutes_rag.settings import get_settings

    f = tmp_path / "harbour.txt"
    f.write_text(GOOD, encoding="utf-8")
    index = tmp_path / "idx"
    api.ingest([f], index=index, authority="Test Harbour Council")
    store, _ = open_store(get_settings(index=index))
    got = store.chunks.get(include=["metadatas"])
    metas = [{**dict(m), "meeting_date": "2024-13-45"} for m in got["metadatas"] or []]
    store.chunks.update(ids=got["ids"], metadatas=metas)  # type: ignore[arg-type]
    with store.keyword.db:
        store.keyword.db.execute("UPDATE rows SET meta = json_set(meta, '$.meeting_date', '2024-13-45')")
    doc = store.all_documents()[0]
    doc.meeting_date = "2024-13-45"
    store.put_document(doc)

    answer = api.ask("Were the lighthouse keepers' cottages let?", index=index)
    assert answer.citations and all(c.meeting_date is None for c in answer.citations)
    assert api.documents(index=index)[0].meeting_date is None
    assert "2024-13-45" not in str(api.timeline("lighthouse cottages", index=index).to_dict())
    assert "2024-13-45" not in str(api.summarise("lighthouse cottages", index=index).to_dict())
