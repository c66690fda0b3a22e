"""One contract every embedder and both store modes pass, as LangChain's standard integration tests do for
its integrations: the same small minutes ingested into each combination must be searchable by their exact
words and by meaning, filterable, idempotent on re-ingest, deletable, and answerable with citations.

Combinations: embedders ``minilm`` (the bundled model), ``minilm-int8`` (its int8 ONNX copy) and ``hash``
(no model); stores embedded (a local folder) and client/server (a real ``chroma run`` on loopback).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from minutes_rag import api
from minutes_rag.errors import DocumentNotFoundError, EmbedderMismatch
from minutes_rag.settings import Settings

from .serving import chroma_server, isolated_env, write_minutes

EMBEDDERS = ["minilm", "minilm-int8", "hash"]


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with chroma_server(tmp_path_factory.mktemp("contract-chroma")) as url:
        yield url


@pytest.fixture(scope="module", params=[(e, m) for e in EMBEDDERS for m in ("embedded", "server")],
                ids=lambda p: f"{p[0]}-{p[1]}")
def store(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Settings, list[Path]]]:
    embedder, mode = request.param
    base = tmp_path_factory.mktemp(f"contract-{embedder}-{mode}")
    with isolated_env(base / "home") as mp:
        mp.setenv("MINUTES_RAG_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "model-cache"))
        url = request.getfixturevalue("chroma_url") if mode == "server" else None
        # one collection per combination on the shared server
        settings = Settings(index=base / "index", embedder=embedder, chroma_url=url,
                            collection=f"contract-{embedder.replace('-', '')}")
        files = write_minutes(base / "docs")
        report = api.ingest(files, authority="Test Parish Council", settings=settings)
        assert report.ingested == 3 and report.chunks_added == 9
        yield settings, files


def test_exact_words_are_found(store: tuple[Settings, list[Path]]) -> None:
    settings, _ = store
    hits = api.search("harbour dues", k=3, settings=settings).hits
    assert hits and Path(hits[0].source).name == "harbour.txt"
    assert all(h.authority == "Test Parish Council" and h.meeting_date for h in hits)


def test_meaning_is_found_in_vector_mode(store: tuple[Settings, list[Path]]) -> None:
    settings, _ = store
    if settings.embedder == "hash":
        pytest.skip("the hash embedder has no notion of meaning (words only)")
    hits = api.search("when may people borrow books at the weekend", k=3, settings=settings, mode="vector").hits
    assert Path(hits[0].source).name == "libraries.txt"


def test_filters_hold(store: tuple[Settings, list[Path]]) -> None:
    settings, _ = store
    hits = api.search("committee", k=10, since="2025-03-01", until="2025-03-31", settings=settings).hits
    assert hits and {Path(h.source).name for h in hits} == {"harbour.txt"}
    assert api.search("committee", k=10, authority="test parish", settings=settings).hits


def test_reingest_adds_nothing(store: tuple[Settings, list[Path]]) -> None:
    settings, files = store
    report = api.ingest(files, authority="Test Parish Council", settings=settings)
    assert report.chunks_added == 0 and {f.status.value for f in report.files} == {"unchanged"}


def test_answers_cite_their_source(store: tuple[Settings, list[Path]]) -> None:
    settings, _ = store
    ans = api.ask("What are the harbour dues for a 10-metre berth?", settings=settings)
    assert not ans.abstained and ans.citations
    assert Path(ans.citations[0].source).name == "harbour.txt"


def test_another_embedder_is_refused(store: tuple[Settings, list[Path]]) -> None:
    settings, _ = store
    other = "hash" if settings.embedder != "hash" else "minilm"
    with pytest.raises(EmbedderMismatch):
        api.search("harbour", settings=settings.model_copy(update={"embedder": other}))


def test_delete_removes_a_document(store: tuple[Settings, list[Path]]) -> None:
    settings, files = store
    doc = next(d for d in api.documents(settings=settings) if Path(d.source).name == "allotments.txt")
    api.delete_document(doc.doc_id, settings=settings)
    assert all(Path(h.source).name != "allotments.txt"
               for h in api.search("allotment water charge", k=10, settings=settings).hits)
    with pytest.raises(DocumentNotFoundError):
        api.delete_document(doc.doc_id, settings=settings)
    api.ingest([files[0]], authority="Test Parish Council", settings=settings)  # put it back for the next test
