"""Client/server mode: a real `chroma run` on loopback gives the same results as the embedded store."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from minutes_rag import api
from minutes_rag.cli import app
from minutes_rag.settings import Settings

from .serving import chroma_server, isolated_env, live_server, write_minutes

QUERIES = [
    "water charge for plot holders",
    "harbour dues for a 10-metre berth",
    "Saturday opening hours of the central library",
    "apologies for absence",
]


@pytest.fixture(scope="module")
def chroma_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with chroma_server(tmp_path_factory.mktemp("chroma-server")) as url:
        yield url


@pytest.fixture(scope="module")
def both(chroma_url: str, tmp_path_factory: pytest.TempPathFactory) -> tuple[Settings, Settings, list[Path]]:
    """The same files ingested into an embedded index and into the Chroma server."""
    with isolated_env(tmp_path_factory.mktemp("home")):
        base = tmp_path_factory.mktemp("both")
        files = write_minutes(base / "docs")
        embedded = Settings(index=base / "embedded")
        served = Settings(index=base / "client", chroma_url=chroma_url)
        for settings in (embedded, served):
            report = api.ingest(files, authority="Test Parish Council", settings=settings)
            assert report.ingested == 3 and report.chunks_added == 9
        return embedded, served, files


def test_ingest_search_ask_match_the_embedded_store(both: tuple[Settings, Settings, list[Path]]) -> None:
    embedded, served, files = both
    for query in QUERIES:
        for mode in ("hybrid", "vector", "keyword"):
            a = api.search(query, k=5, mode=mode, settings=embedded).hits
            b = api.search(query, k=5, mode=mode, settings=served).hits
            assert [h.chunk_id for h in a] == [h.chunk_id for h in b], (query, mode)
            for x, y in zip(a, b, strict=True):
                assert x.score == pytest.approx(y.score, abs=1e-3)
                assert (x.source, x.item_number, x.meeting_date, x.authority) == (
                    y.source, y.item_number, y.meeting_date, y.authority)
        a, b = api.ask(query, settings=embedded), api.ask(query, settings=served)
        assert (a.answer, a.abstained) == (b.answer, b.abstained)
        assert [c.to_dict() for c in a.citations] == [c.to_dict() for c in b.citations]
    answer = api.ask("What water charge do plot holders pay?", settings=served)
    assert "£12" in answer.answer and answer.citations[0].source == str(files[0])

    again = api.ingest(files, authority="Test Parish Council", settings=served)
    assert {f.status.value for f in again.files} == {"unchanged"}
    assert {d.source for d in api.documents(settings=served)} == {str(f) for f in files}


def test_keyword_cache_is_rebuilt_from_the_server(both: tuple[Settings, Settings, list[Path]],
                                                  chroma_url: str, tmp_path: Path) -> None:
    _embedded, served, _files = both
    fresh = Settings(index=tmp_path / "another-machine", chroma_url=chroma_url)
    want = [h.chunk_id for h in api.search("harbour dues", k=3, mode="keyword", settings=served).hits]
    assert want and [h.chunk_id for h in api.search("harbour dues", k=3, mode="keyword", settings=fresh).hits] == want
    host_port = chroma_url.removeprefix("http://").replace(":", "_")
    assert (tmp_path / "another-machine" / "keyword-cache" / host_port / "keyword.sqlite3").is_file()
    assert not (tmp_path / "another-machine" / "chroma.sqlite3").exists()  # no vectors kept locally


def test_cli_search_through_the_chroma_url_env(both: tuple[Settings, Settings, list[Path]], chroma_url: str,
                                               tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MINUTES_RAG_CHROMA_URL", chroma_url)
    res = CliRunner().invoke(app, ["search", "harbour dues", "-k", "2", "--index", str(tmp_path / "cache"),
                                   "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["hits"][0]["source"].endswith("harbour.txt")


@contextmanager
def _two_servers(chroma_url: str, tmp_path: Path, collection: str) -> Iterator[tuple[Any, str, str]]:
    pytest.importorskip("fastapi", reason="the HTTP server needs the 'server' extra")
    import httpx

    from minutes_rag.server.app import create_app
    from minutes_rag.server.settings import ServerSettings

    config = ServerSettings(api_keys=[KEY], rate_limit_per_minute=0)
    first = create_app(Settings(index=tmp_path / "one", chroma_url=chroma_url, collection=collection), config)
    second = create_app(Settings(index=tmp_path / "two", chroma_url=chroma_url, collection=collection), config)
    with (live_server(first) as url_one, live_server(second) as url_two,
          httpx.Client(headers={"Authorization": f"Bearer {KEY}"}, timeout=60) as http):
        yield http, url_one, url_two


KEY = "shared-key-0123456789"


def _upload(http: Any, url: str, doc: Path) -> str:
    res = http.post(f"{url}/v1/ingest", files={"file": (doc.name, doc.read_bytes())})
    assert res.status_code == 200, res.text
    return str(res.json()["files"][0]["doc_id"])


def test_two_api_servers_share_one_index(chroma_url: str, tmp_path: Path) -> None:
    doc = write_minutes(tmp_path / "docs", ["libraries.txt"])[0]
    with _two_servers(chroma_url, tmp_path, "shared") as (http, one, two):
        assert http.get(f"{one}/health").json()["store"] == "chroma"
        doc_id = _upload(http, one, doc)
        asked = http.post(f"{two}/v1/ask", json={"question": "Until when is the library open on Saturdays?"})
        assert asked.status_code == 200 and "6pm" in asked.json()["answer"], asked.text
        assert http.delete(f"{two}/v1/documents/{doc_id}").status_code == 200
        assert http.get(f"{one}/v1/documents").json()["documents"] == []


def test_keyword_search_sees_another_servers_writes(chroma_url: str, tmp_path: Path) -> None:
    doc = write_minutes(tmp_path / "docs", ["libraries.txt"])[0]
    with _two_servers(chroma_url, tmp_path, "shared-keyword") as (http, one, two):
        _upload(http, one, doc)
        found = http.post(f"{two}/v1/search", json={"query": "library Saturday opening", "mode": "keyword"})
        assert found.status_code == 200 and found.json()["hits"]
