"""Hardening of the index side (issue 16): files refused from their stat before they are read, hostile
nesting and symlink loops as per-file statuses, impossible dates, a full disk and a read-only index.

Each test builds its hostile input here, on real files; the disk-full and read-only ones mount a small
tmpfs or a read-only bind mount, and are skipped (saying why) where this process may not mount.
"""

from __future__ import annotations

import json
import os
import subprocess
import tracemalloc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from minutes_rag import DocStatus, NothingIngestedError, api
from minutes_rag.parse.load import refuse

from .conftest import HARBOUR_MINUTES

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
    ok.write_text(HARBOUR_MINUTES, encoding="utf-8")
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
    (folder / "harbour.txt").write_text(HARBOUR_MINUTES, encoding="utf-8")

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
    f.write_text(HARBOUR_MINUTES, encoding="utf-8")
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


# ---- failure 9 and risks: a full disk, a read-only index, reads that never write ------------------------------

def _mount(args: list[str], what: str) -> None:
    if os.geteuid() != 0:
        pytest.skip(f"{what} needs root (mount); this process runs as uid {os.geteuid()}")
    done = subprocess.run(["mount", *args], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"{what} cannot be mounted here: {done.stderr.strip()}")


def _umount(mount_point: Path) -> None:
    subprocess.run(["umount", "-l", str(mount_point)], capture_output=True, check=False)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 1.2 MB file system: an index with a few documents fits, a folder of long ones does not."""
    disk = tmp_path / "disk"
    disk.mkdir()
    _mount(["-t", "tmpfs", "-o", "size=1200k", "tmpfs", str(disk)], "a size-capped tmpfs")
    yield disk
    _umount(disk)


def _fresh_process() -> None:
    """Forget this process's open indexes, as a new command would start without them."""
    from minutes_rag.index import store

    store._STORES.clear()


def _harbour_index(tmp_path: Path) -> tuple[Path, Path]:
    """A folder with one set of harbour minutes and its index, built as a past command left it (no open
    stores)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "harbour.txt").write_text(HARBOUR_MINUTES, encoding="utf-8")
    index = tmp_path / "idx"
    api.ingest([folder], index=index, authority="Test Harbour Council")
    _fresh_process()
    return folder, index


def _long_minutes(folder: Path, n: int) -> Path:
    import random

    rng = random.Random(16)
    words = "harbour budget ferry quay slipway moorings dredging pontoon tariff berth pilotage".split()
    folder.mkdir()
    for i in range(n):
        body = " ".join(rng.choice(words) for _ in range(1500))
        (folder / f"long-{i:02d}.txt").write_text(
            f"Minutes of the Harbour Board held on {i % 27 + 1} May 2025.\n\n1. Dues\n{body}\n", encoding="utf-8")
    return folder


def _joined(text: str) -> str:
    return " ".join(text.split())


def test_a_full_disk_is_one_line_and_loses_nothing(tmp_path: Path, small_disk: Path) -> None:
    from typer.testing import CliRunner

    from minutes_rag import IndexFullError
    from minutes_rag.cli import app

    index = small_disk / "idx"
    first = tmp_path / "first"
    first.mkdir()
    (first / "harbour.txt").write_text(HARBOUR_MINUTES, encoding="utf-8")
    api.ingest([first], index=index, authority="Test Harbour Council")
    kept = api.search("lighthouse keepers cottages", k=1, index=index).hits[0].chunk_id

    long = _long_minutes(tmp_path / "long", 30)
    with pytest.raises(IndexFullError) as err:  # sqlite3.OperationalError or a Chroma InternalError before
        api.ingest([long], index=index, authority="Test Harbour Council")
    message = str(err.value)
    assert "\n" not in message and f"the disk holding the index at {index} is full" in message
    assert "everything indexed before is kept" in message

    def reads_work() -> None:
        hits = api.search("lighthouse keepers cottages", k=1, index=index).hits
        assert hits and hits[0].chunk_id == kept
        assert any(d.source.endswith("harbour.txt") and d.status == "ok" for d in api.documents(index=index))
        report = api.doctor(index=index)  # the document cut short is pending: unfinished, not inconsistent
        assert report.consistent, report.to_dict()

    reads_work()
    _fresh_process()
    reads_work()  # opening the index again writes nothing (it rebuilt the keyword index before, and failed)
    pad = small_disk / "pad"
    fd = os.open(pad, os.O_WRONLY | os.O_CREAT)
    try:  # not a byte left: Chroma itself cannot open the folder now
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)
    _fresh_process()
    reads_work()
    res = CliRunner().invoke(app, ["search", "lighthouse keepers cottages", "--index", str(index), "-k", "1"])
    assert res.exit_code == 0 and "harbour.txt" in res.output
    res = CliRunner().invoke(app, ["ingest", str(long), "--index", str(index)])
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert f"Error: the disk holding the index at {index} is full" in _joined(res.output)

    # with space again, the same ingest finishes the job, and what was indexed first is still there
    pad.unlink()
    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    _fresh_process()
    api.ingest([long], index=index, authority="Test Harbour Council")
    report = api.doctor(index=index)
    assert report.consistent and report.finished and report.keyword_chunks == report.chunks
    assert api.search("lighthouse keepers cottages", k=1, index=index).hits[0].chunk_id == kept
    assert len(api.documents(index=index)) == 31


@pytest.fixture
def read_only_index(tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """An index and a read-only view of it (a read-only bind mount: root ignores ``chmod a-w``)."""
    folder, index = _harbour_index(tmp_path)
    subprocess.run(["chmod", "-R", "a-w", str(index)], check=True)  # what a user without root does
    view = tmp_path / "ro"
    view.mkdir()
    _mount(["--bind", str(index), str(view)], "a bind mount")
    done = subprocess.run(["mount", "-o", "remount,bind,ro", str(view)], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        _umount(view)
        pytest.skip(f"a read-only bind mount cannot be made here: {done.stderr.strip()}")
    yield folder, view
    _umount(view)
    subprocess.run(["chmod", "-R", "u+w", str(index)], check=False)


def test_a_read_only_index_is_searched_and_refuses_writes_in_one_line(read_only_index: tuple[Path, Path]) -> None:
    from typer.testing import CliRunner

    from minutes_rag import IndexReadOnlyError
    from minutes_rag.cli import app

    folder, view = read_only_index
    hits = api.search("lighthouse keepers cottages", k=1, index=view).hits  # chromadb InternalError before
    assert hits and hits[0].source.endswith("harbour.txt") and hits[0].authority == "Test Harbour Council"
    assert api.search("holiday accommodation", k=1, index=view, mode="keyword").hits
    assert api.search("cottages", k=1, index=view, authority="Test Harbour Council", since="2025-01-01").hits
    answer = api.ask("What was resolved about the lighthouse keepers' cottages?", index=view)
    assert answer.citations and answer.citations[0].source.endswith("harbour.txt")
    [doc] = api.documents(index=view)
    assert doc.status == "ok" and doc.meeting_date == "2025-03-03"
    assert api.doctor(index=view).consistent
    # the reports read whole documents (Chroma `where` queries, answered from the file here)
    assert api.timeline("lighthouse cottages", index=view).entries
    assert api.decisions(index=view).documents_searched == 1
    assert "cottages" in str(api.summarise("lighthouse cottages", index=view).to_dict())

    with pytest.raises(IndexReadOnlyError, match=f"the index at {view} is read-only"):
        api.ingest([folder / "harbour.txt"], index=view)
    with pytest.raises(IndexReadOnlyError):
        api.delete_document(doc.doc_id, index=view)
    with pytest.raises(IndexReadOnlyError):
        api.doctor(index=view, repair=True)
    res = CliRunner().invoke(app, ["ingest", str(folder), "--index", str(view)])
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert _joined(res.output).startswith(f"Error: the index at {view} is read-only: search, ask and documents work")
    res = CliRunner().invoke(app, ["search", "lighthouse", "--index", str(view)])
    assert res.exit_code == 0 and "harbour.txt" in res.output


def test_reads_never_write_and_say_what_is_missing(tmp_path: Path) -> None:
    from minutes_rag.index.keyword import FILE_NAME

    _, index = _harbour_index(tmp_path)
    (index / FILE_NAME).unlink()  # a lost keyword index: opening the index used to rebuild it, as a reader

    result = api.search("lighthouse keepers cottages", k=1, index=index)
    assert result.hits and result.hits[0].source.endswith("harbour.txt")  # the vectors still answer
    assert not (index / FILE_NAME).exists(), "a search wrote the keyword index"
    [warning] = result.warnings
    assert f"the keyword index of {index} is missing" in warning and "minutes-rag doctor --repair" in warning
    assert result.to_dict()["warnings"] == [warning]
    assert not api.doctor(index=index).consistent
    assert not (index / FILE_NAME).exists()

    from minutes_rag.index.store import Store

    Store(index, "minilm", 384)  # a writer (as another process would be) rebuilds it as it opens the index
    again = api.search("lighthouse keepers cottages", k=1, index=index)  # the reader picks the new file up
    assert again.warnings == [] and "warnings" not in again.to_dict()
    assert api.search("holiday accommodation", k=1, index=index, mode="keyword").hits
    assert api.doctor(index=index).consistent


def _records(got: Any) -> dict[str, tuple[str, dict[str, Any]]]:
    return {cid: (doc, dict(meta)) for cid, doc, meta in zip(got["ids"], got["documents"], got["metadatas"], strict=True)}


def test_the_files_reader_answers_as_chroma_does(tmp_path: Path) -> None:
    """The reader of a Chroma folder's SQLite file (read-only and full-disk indexes) against Chroma itself."""
    from minutes_rag.api import open_store
    from minutes_rag.errors import IndexReadOnlyError
    from minutes_rag.index.chroma_files import read_collections
    from minutes_rag.settings import get_settings

    folder = tmp_path / "in"
    _write_impossible_dates(folder)
    (folder / "harbour.txt").write_text(HARBOUR_MINUTES, encoding="utf-8")
    index = tmp_path / "idx"
    api.ingest([folder], index=index, authority="Test Harbour Council")
    store, _ = open_store(get_settings(index=index))
    refusal = IndexReadOnlyError("read-only")
    chunks, docs = read_collections(index, ["minutes", "minutes-documents"], refusal)
    assert chunks.metadata == dict(store.chunks.metadata or {})
    assert (chunks.count(), docs.count()) == (store.chunks.count(), store.docs.count())
    doc_id = next(d.doc_id for d in store.all_documents() if d.source.endswith("harbour.txt"))
    for where in (None, {"doc_id": doc_id}, {"$and": [{"doc_id": doc_id}, {"ordinal": 0}]},
                  {"authority": {"$in": ["Test Harbour Council", "Nowhere"]}}, {"date_int": {"$gte": 20250301}},
                  {"$and": [{"committee": "Parks Committee"}, {"date_int": {"$lte": 20251231}}]},
                  {"$or": [{"kind": "minutes"}, {"has_resolution": True}]}):
        want = store.chunks.get(where=where, include=["documents", "metadatas"])  # type: ignore[arg-type]
        got = chunks.get(where=where, include=["documents", "metadatas"])
        assert want["ids"] and _records(got) == _records(want), where
    some = store.chunks.get(include=[])["ids"][:2]
    assert sorted(chunks.get(ids=some, include=[])["ids"]) == sorted(some)
    paged = [cid for off in range(0, chunks.count(), 2) for cid in chunks.get(limit=2, offset=off, include=[])["ids"]]
    assert sorted(paged) == sorted(store.chunk_ids())
    assert {str(m["status"]) for m in docs.get(where={"status": "ok"}, include=["metadatas"])["metadatas"] or []} == {"ok"}
    with pytest.raises(IndexReadOnlyError):
        chunks.delete(where={"doc_id": doc_id})
