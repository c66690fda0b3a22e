"""Filtered search scores the rows that pass the filter exactly, from the keyword index's own table of
filter values and float16 vectors, instead of Chroma's `where` path; it agrees with Chroma, keeps to the
filter, follows deletes, and an index made before the table is rebuilt into it."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import numpy as np
import pytest

from minutes_rag import api, scope
from minutes_rag.index import vectors
from minutes_rag.index.fields import chroma_where
from minutes_rag.index.ingest import doc_id_of
from minutes_rag.index.store import Store
from minutes_rag.scope import Filters
from minutes_rag.settings import get_settings

TOPICS = [
    "The committee approved the bandstand repairs in the park at a cost of 12,400 pounds.",
    "Members discussed the closure of the public library branch on the high street.",
    "A petition about speeding traffic on Mill Lane was received and referred to highways.",
    "The allotment rents for next year were set at 45 pounds per plot.",
    "Councillors noted the report on the recruitment of children's social workers.",
    "The planning application for six houses at Church Farm was refused on flood risk grounds.",
]


def _write(folder: Path, name: str, date: str, topics: list[str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    f = folder / name
    body = "\n\n".join(f"{n}. {t}" for n, t in enumerate(topics, start=1))
    f.write_text(f"Minutes of the meeting of the Parks Committee held on {date}.\n\n{body}\n")
    return f


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("filtered")
    idx = root / "idx"
    for n, (authority, date) in enumerate([("Northshire", "2 June 2021"), ("Southshire", "9 March 2023"),
                                           ("Westshire", "14 October 2024")]):
        files = [_write(root / authority, f"m{j}.txt", date, TOPICS[(n + j) % 6:] + TOPICS[:(n + j) % 6])
                 for j in range(2)]
        api.ingest(files, index=idx, authority=f"{authority} District Council")
    undated = root / "undated" / "notes.txt"  # no meeting date: passes an open-ended `until` only
    undated.parent.mkdir()
    undated.write_text("Notes of the Parks Committee.\n\n1. The bandstand repairs and the library closure were noted.\n")
    api.ingest([undated], index=idx, authority="Northshire District Council")
    return idx


def _store(index: Path) -> tuple[Store, object]:
    return api.open_store(get_settings(index=index))


def test_exact_filtered_vectors_agree_with_chroma(index: Path) -> None:
    store, emb = _store(index)
    qvec = emb.embed(["bandstand repair costs"])[0]  # type: ignore[attr-defined]
    for flt in (Filters(authorities=["Southshire District Council"]), Filters(since="2022-01-01"),
                Filters(authorities=["Northshire District Council", "Westshire District Council"],
                        until="2022-12-31")):
        chroma = store.nearest(qvec, 5, chroma_where(flt))
        exact = store.keyword.vector_search(qvec, 5, flt.authorities, flt.committees,
                                            int(flt.since.replace("-", "")) if flt.since else None,
                                            int(flt.until.replace("-", "")) if flt.until else None)
        assert chroma, flt
        assert [c for c, _ in exact] == [c for c, _ in chroma], flt
        assert np.allclose([s for _, s in exact], [s for _, s in chroma], atol=2e-3)


def test_tagged_keyword_filters_equal_the_exact_filter(index: Path) -> None:
    """The FTS5 tag tokens select exactly the rows the `rows` table does, ranked alike, whatever the
    filter: names, whole years, a range that cuts a year, an open end, more years than are tagged."""
    from minutes_rag.index import keyword as kw

    store, _ = _store(index)
    ki = store.keyword
    dates = {int(r[0]) for r in ki.db.execute("SELECT DISTINCT date_int FROM rows")}
    assert 0 in dates and len(dates) == 4, dates  # three meeting dates and the undated notes
    undated = {r[0] for r in ki.db.execute(
        "SELECT chunk_id FROM chunks WHERE rowid IN (SELECT rid FROM rows WHERE date_int = 0)")}
    north, south = "Northshire District Council", "Southshire District Council"
    for q in ("bandstand repairs", "library closure high street", "allotment rents plot"):
        unfiltered = ki.search(q, 200)
        assert unfiltered
        for authorities, committees, since, until in (
            ([south], [], None, None), ([north, south], [], None, None), ([], [], 20210101, 20211231),
            ([], [], 20210601, 20230310), ([], [], None, 20221231), ([], [], 20230101, None),
            ([north], [], 19900101, 20301231), ([], ["No Such Committee"], None, None), ([], [], 20250101, 20201231),
        ):
            got = ki.search(q, 200, authorities, committees, since, until)
            flt = kw._filter_clause(authorities, committees, since, until)
            assert flt is not None
            keep = {r[0] for r in ki.db.execute(f"SELECT chunk_id FROM chunks WHERE rowid IN (SELECT rid FROM rows WHERE {flt[0]})", flt[1])}
            expected = [c for c, _ in unfiltered if c in keep]
            assert [c for c, _ in got] == expected, (q, authorities, since, until)
            if (authorities, since, until) == ([], None, 20221231) and q != "allotment rents plot":
                assert undated & {c for c, _ in got}, q


def test_filtered_search_keeps_to_the_filter(index: Path) -> None:
    for mode in ("hybrid", "vector", "keyword"):
        hits = api.search("library closure", k=10, index=index, authority=["Southshire"], mode=mode).hits
        assert hits and {h.authority for h in hits} == {"Southshire District Council"}, mode
        hits = api.search("library closure", k=10, index=index, since="2023-01-01", mode=mode).hits
        assert hits and all(h.meeting_date and h.meeting_date >= "2023-01-01" for h in hits), mode
        assert {h.authority for h in hits} == {"Southshire District Council", "Westshire District Council"}


def test_deleted_documents_leave_the_filtered_rows(index: Path, tmp_path: Path) -> None:
    idx = tmp_path / "del"
    f = _write(tmp_path / "d", "only.txt", "1 May 2022", TOPICS)
    api.ingest([f], index=idx, authority="Eastshire District Council")
    store, emb = _store(idx)
    qvec = emb.embed(["allotment rents"])[0]  # type: ignore[attr-defined]
    assert store.keyword.vector_search(qvec, 3, ["Eastshire District Council"])
    store.delete_document(doc_id_of(f))
    assert store.keyword.vector_search(qvec, 3, ["Eastshire District Council"]) == []
    assert store.keyword.count() == store.chunks.count() == 0


@pytest.mark.parametrize("damage", ["old layout", "no rows table", "no vectors file"])
def test_an_older_or_damaged_keyword_index_is_rebuilt(index: Path, tmp_path: Path, damage: str) -> None:
    import shutil

    from minutes_rag.index import keyword as kw

    old = tmp_path / "old"
    shutil.copytree(index, old)
    db = sqlite3.connect(old / "keyword.sqlite3")
    if damage == "old layout":  # as made by a version before the tags column and the vectors file
        db.execute("PRAGMA user_version = 2")
    elif damage == "no rows table":
        db.execute("DROP TABLE rows")
    db.commit()
    db.close()
    if damage == "no vectors file":
        (old / vectors.VECTORS_FILE).unlink()
    store = Store(old, "minilm", 384)  # opening it rebuilds the keyword index from Chroma
    assert store.keyword.count() == store.chunks.count() > 0
    assert (old / vectors.VECTORS_FILE).stat().st_size >= store.chunks.count() * (4 + 2 * 384)
    assert int(store.keyword.db.execute("PRAGMA user_version").fetchone()[0]) == kw.SCHEMA
    hits = api.search("speeding on Mill Lane", k=3, index=old, authority=["Westshire"]).hits
    assert hits and hits[0].authority == "Westshire District Council" and "Mill Lane" in hits[0].text


def test_cached_names_follow_another_writer(index: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import shutil
    import time

    from minutes_rag.index import store as store_mod

    idx = tmp_path / "names"
    shutil.copytree(index, idx)
    reader = Store(idx, "minilm", 384)
    assert any(a == "Westshire District Council" for a, _ in reader.facets().pairs)
    writer = Store(idx, "minilm", 384)  # as another process: the reader's cache does not see its writes
    doc = next(d for d in writer.all_documents() if d.authority == "Westshire District Council")
    doc.authority = "Westshire Unitary Council"
    writer.put_document(doc)  # same number of records
    reader._facets_checked = 0.0
    assert all(a != "Westshire Unitary Council" for a, _ in reader.facets().pairs), "cached within the TTL"
    monkeypatch.setattr(store_mod, "FACETS_TTL", 0.0)
    reader._facets_checked = 0.0
    reader.facets()  # past the TTL: read again in the background, the cached answer meanwhile
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        reader._facets_checked = 0.0
        if any(a == "Westshire Unitary Council" for a, _ in reader.facets().pairs):
            break
        time.sleep(0.05)
    else:
        raise AssertionError("the background read never replaced the cached names")
    # and a name the cache lacks is looked up afresh at once
    doc.authority = "Westshire Combined Authority"
    writer.put_document(doc)
    reader._facets_checked = 0.0
    assert scope.resolve_authorities(reader, ["Westshire Combined"]) == ["Westshire Combined Authority"]


def test_int16_vector_records_keep_the_cosine() -> None:

    rng = np.random.default_rng(7)
    vecs = rng.normal(size=(500, 384)).astype(np.float32)
    vecs[:, :3] *= 20  # a few dominant components, as real embeddings have
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True)
    q = rng.normal(size=384).astype(np.float32)
    q /= np.linalg.norm(q)
    rec = vectors.quantise(vecs)
    approx = (rec["v"].astype(np.float32) @ q) * rec["s"]
    assert np.abs(approx - vecs @ q).max() < 1e-4
    assert np.array_equal(np.argsort(-approx)[:20], np.argsort(-(vecs @ q))[:20])


def test_a_query_word_shaped_like_a_tag_matches_no_tag(index: Path) -> None:
    from minutes_rag.index import keyword as kw

    store, _ = _store(index)
    assert kw.query_terms("zy2021 za123 bandstand") == ["bandstand"]
    assert store.keyword.search("zy2021", 10) == []
    assert store.keyword.search(kw.authority_tag("Southshire District Council"), 10) == []


def test_the_same_text_on_two_pages_of_a_document_cites_both(session_index: tuple[Path, object]) -> None:
    """Kent's printed budget minutes carry the budget resolution on page 4 and again on page 13: the two
    chunks collapse into one hit that names both pages (which one ranked first was a coin toss)."""
    from minutes_rag.render.terminal import _pages

    index, _ = session_index  # skips where ../shared/corpus is absent
    q = ("What net revenue budget requirement did Kent approve for 2025-26, and how many councillors voted "
         "for the final budget motion?")
    hits = api.search(q, k=5, index=index, authority=["Kent County Council"]).hits
    minutes = [h for h in hits if h.source.endswith("Printed minutes 13th-Feb-2025 09.30 County Council.pdf")]
    assert minutes, [h.source for h in hits]
    assert {4, 13} <= set(minutes[0].pages), minutes[0].pages
    assert _pages([4, 13]) == "pp4, 13" and _pages([4, 5]) == "pp4-5" and _pages([4]) == "p4"


def test_keyword_query_in_two_halves_equals_one(index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A big candidate set is scored in two rowid halves at once; merged, they give the one-query answer."""
    from minutes_rag.index import keyword as kw

    store, _ = _store(index)
    ki = store.keyword
    cases = [((), None, None), (("Southshire District Council",), None, None), ((), 20220101, None), ((), None, 20221231)]
    for q in ("bandstand repairs", "library closure high street", "petition speeding traffic Mill Lane"):
        for authorities, since, until in cases:
            monkeypatch.setattr(kw, "SPLIT_ROWS", 10**9)
            assert len(ki._split(authorities, (), since, until)) == 1
            one = ki.search(q, 5, authorities, (), since, until)
            monkeypatch.setattr(kw, "SPLIT_ROWS", 1)
            assert len(ki._split(authorities, (), since, until)) == 2
            two = ki.search(q, 5, authorities, (), since, until)
            assert one and [c for c, _ in two] == [c for c, _ in one], (q, authorities, since, until)
            assert np.allclose([s for _, s in two], [s for _, s in one])


def test_small_index_scanned_exactly_unfiltered(index: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Unfiltered, an index of up to EXACT_ROWS chunks is scanned exactly (HNSW's neighbours could differ from one
    process to the next: a question asked twice got different hits); above it, Chroma's HNSW index answers."""
    from minutes_rag.index import store as store_module

    store, emb = _store(index)
    qvec = emb.embed(["bandstand repair costs"])[0]  # type: ignore[attr-defined]
    exact = store.keyword.vector_search(qvec, 5)
    assert store.vector_candidates(qvec, 5, Filters(), in_step=True) == exact
    monkeypatch.setattr(store_module, "EXACT_ROWS", 0)
    calls: list[int] = []
    nearest = store.nearest
    monkeypatch.setattr(store, "nearest", lambda *a: calls.append(1) or nearest(*a))
    hnsw = store.vector_candidates(qvec, 5, Filters(), in_step=True)
    assert calls and [c for c, _ in hnsw] == [c for c, _ in exact]
