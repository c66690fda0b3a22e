"""doctor finds what an interrupted ingest leaves behind, and --repair restores a clean index."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from minutes_rag import api
from minutes_rag.cli import app
from minutes_rag.settings import get_settings

DOCS = {
    "harbour.txt": """Minutes of the Harbour Committee held on 3 March 2025.

1. Apologies for Absence
Apologies were received from Councillor Penhallow.

2. Harbour Dues
RESOLVED that harbour dues rise by 3% from 1 April 2025, to £412 a year for a 10-metre berth.
""",
    "parks.txt": """Minutes of the Parks Committee held on 2 June 2025.

1. Bandstand
The Committee approved repairs to the bandstand roof at a cost of £18,500.

2. Tree Planting
RESOLVED that 120 street trees be planted in the winter of 2025.
""",
}


def test_doctor_finds_and_repairs_a_broken_index(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    for name, text in DOCS.items():
        (folder / name).write_text(text, encoding="utf-8")
    index = tmp_path / "idx"
    api.ingest([folder], index=index, authority="Test Council")
    settings = get_settings(index=index)
    store, _ = api.open_store(settings)
    clean_ids = store.chunk_ids()
    assert api.doctor(settings=settings).consistent

    # what a crash leaves: one document marked pending with half its chunks, another's record lost
    docs = {Path(d.source).name: d for d in store.all_documents()}
    harbour, parks = docs["harbour.txt"], docs["parks.txt"]
    harbour.status = "pending"
    store.put_document(harbour)
    some = sorted(c["id"] for c in store.get_chunks(where={"doc_id": harbour.doc_id}))[:1]
    store.chunks.delete(ids=some)
    store.docs.delete(ids=[parks.doc_id])  # its chunks are now orphans

    res = CliRunner().invoke(app, ["doctor", "--index", str(index), "--json"])
    assert res.exit_code == 1
    found = json.loads(res.stdout)
    assert not found["consistent"]
    assert found["pending"] == [str(folder / "harbour.txt")]
    assert found["orphan_chunks"] >= 1 and found["keyword_chunks"] != found["chunks"]

    res = CliRunner().invoke(app, ["doctor", "--repair", "--index", str(index), "--json"])
    assert res.exit_code == 0, res.output
    fixed = json.loads(res.stdout)
    assert fixed["consistent"] and fixed["finished"] and fixed["repaired"] == [str(folder / "harbour.txt")]
    # the orphaned document's chunks are gone; ingest again restores exactly the clean chunk set
    api.ingest([folder], index=index, authority="Test Council")
    assert store.chunk_ids() == clean_ids
    assert api.doctor(settings=settings).consistent
    hit = api.search("harbour dues for a berth", k=1, settings=settings).hits[0]
    assert hit.source.endswith("harbour.txt") and hit.authority == "Test Council"


def test_doctor_on_an_index_cut_off_before_its_collections(tmp_path: Path) -> None:
    """An ingest killed after Chroma made its file but before the collections: nothing is recorded, so the
    index is consistent and empty; asking says to ingest first; an ingest then works as on a new folder."""
    import chromadb
    import pytest

    from minutes_rag.errors import EmptyIndexError

    index = tmp_path / "idx"
    chromadb.PersistentClient(path=str(index))  # the file, no collections
    assert (index / "chroma.sqlite3").exists()
    settings = get_settings(index=index)
    report = api.doctor(settings=settings)
    assert report.consistent and report.finished and report.documents == 0
    res = CliRunner().invoke(app, ["doctor", "--index", str(index), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["documents"] == 0
    assert api.doctor(settings=settings, repair=True).consistent
    with pytest.raises(EmptyIndexError, match="ingest"):
        api.ask("harbour dues", settings=settings)
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "harbour.txt").write_text(DOCS["harbour.txt"])
    api.ingest([folder], index=index, authority="Test Council")
    assert api.doctor(settings=settings).documents == 1
