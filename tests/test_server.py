"""The HTTP API, served for real by uvicorn on loopback: the whole flow, keys, limits and concurrency."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("fastapi", reason="the HTTP server needs the 'server' extra: pip install 'minutes-rag[server]'")
pytest.importorskip("multipart", reason="uploads need python-multipart (the 'server' extra)")
pytest.importorskip("httpx", reason="the tests call the server with httpx")

import httpx

from minutes_rag.server.app import create_app
from minutes_rag.server.models import AnswerResponse, IngestResponse, SearchResponse
from minutes_rag.server.settings import ServerSettings
from minutes_rag.settings import Settings

from .serving import MINUTES, free_port, isolated_env, live_server

ROOT = Path(__file__).resolve().parent.parent
RW, RO = "rw-key-0123456789", "ro-key-0123456789"
RW_H, RO_H = {"Authorization": f"Bearer {RW}"}, {"Authorization": f"Bearer {RO}"}
UPLOAD_LIMIT_MB = 0.05


class Server:
    """A running server: its URL, index folder and upload folder."""

    def __init__(self, url: str, index: Path) -> None:
        self.url = url
        self.index = index
        self.uploads = index / "uploads"
        self.http = httpx.Client(base_url=url, timeout=60, limits=httpx.Limits(max_connections=100))

    def upload(self, name: str, data: bytes, headers: dict[str, str] | None = None, **fields: str) -> Any:
        return self.http.post("/v1/ingest", files={"file": (name, data)}, data=fields,
                              headers=RW_H if headers is None else headers)

    def documents(self) -> list[dict[str, Any]]:
        res = self.http.get("/v1/documents", headers=RW_H)
        assert res.status_code == 200, res.text
        return list(res.json()["documents"])

    def stored_files(self) -> list[str]:
        return sorted(p.name for p in self.uploads.iterdir()) if self.uploads.exists() else []


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    with isolated_env(tmp_path_factory.mktemp("home")):
        index = tmp_path_factory.mktemp("server") / "index"
        config = ServerSettings(api_keys=[RW], readonly_api_keys=[RO], max_upload_mb=UPLOAD_LIMIT_MB,
                                rate_limit_per_minute=60_000, rate_limit_burst=500)
        with live_server(create_app(Settings(index=index), config)) as url:
            srv = Server(url, index)
            yield srv
            srv.http.close()


@pytest.fixture()
def clean(server: Server) -> Iterator[Server]:
    """The shared server, with no documents before or after the test."""
    for doc in server.documents():
        server.http.delete(f"/v1/documents/{doc['doc_id']}", headers=RW_H)
    yield server
    for doc in server.documents():
        server.http.delete(f"/v1/documents/{doc['doc_id']}", headers=RW_H)


def _ingest(srv: Server, name: str, **fields: str) -> dict[str, Any]:
    res = srv.upload(name, MINUTES[name].encode(), **fields)
    assert res.status_code == 200, res.text
    return dict(res.json())


# ---- the whole flow ------------------------------------------------------------------------------


def test_health_is_open_and_schema_lists_routes(server: Server) -> None:
    res = httpx.get(f"{server.url}/health")
    assert res.status_code == 200 and res.json() == {"status": "ok", "version": "0.1.0", "store": "local",
                                                     "auth": True}
    paths = httpx.get(f"{server.url}/openapi.json").json()["paths"]
    assert {"/health", "/v1/search", "/v1/ask", "/v1/documents", "/v1/documents/{doc_id}", "/v1/ingest"} <= set(paths)
    assert set(paths["/v1/documents/{doc_id}"]) == {"get", "delete"}
    assert paths["/v1/ask"]["post"]["security"] == [{"HTTPBearer": []}]


def test_upload_ask_list_delete(clean: Server) -> None:
    srv = clean
    data = MINUTES["allotments.txt"].encode()
    res = srv.upload("../../etc/Allotments May 2025.txt", data, authority="Test Parish Council",
                     committee="Allotments Committee", date="2025-05-14")
    assert res.status_code == 200, res.text
    body = res.json()
    IngestResponse.model_validate(body)
    sha = body["upload"]["sha256"]
    assert body["summary"]["ingested"] == 1 and body["summary"]["chunks_added"] >= 2
    assert body["upload"] == {"filename": "Allotments May 2025.txt", "bytes": len(data), "sha256": sha,
                              "stored_as": f"uploads/{sha}.txt"}  # relative: no server path in an answer
    assert srv.stored_files() == [f"{sha}.txt"]  # under its hash, never the client's name
    meta = body["files"][0]["metadata"]
    assert meta["authority"] == {"value": "Test Parish Council", "source": "flag"}
    assert meta["meeting_date"] == {"value": "2025-05-14", "source": "flag"}

    res = srv.http.post("/v1/ask", json={"question": "What water charge do plot holders pay?"}, headers=RO_H)
    assert res.status_code == 200, res.text
    answer = res.json()
    AnswerResponse.model_validate(answer)
    assert not answer["abstained"] and "£12" in answer["answer"] and "[1]" in answer["answer"]
    cite = answer["citations"][0]
    assert cite["source"] == body["upload"]["stored_as"] and cite["authority"] == "Test Parish Council"
    assert cite["meeting_date"] == "2025-05-14" and cite["item"] == "2 Water Charges" and "£12" in cite["quote"]

    res = srv.http.post("/v1/search", json={"query": "water charge", "k": 3, "authority": "parish"},
                        headers=RO_H)
    assert res.status_code == 200, res.text
    SearchResponse.model_validate(res.json())
    assert res.json()["filters"] == {"authority": ["Test Parish Council"]}
    assert res.json()["hits"][0]["item_number"] == "2"

    docs = srv.documents()
    assert [d["source"] for d in docs] == [body["upload"]["stored_as"]]
    doc_id = docs[0]["doc_id"]
    one = srv.http.get(f"/v1/documents/{doc_id}", headers=RO_H)
    assert one.status_code == 200 and one.json() == docs[0]

    again = srv.upload("other-name.txt", data, authority="Test Parish Council", committee="Allotments Committee",
                       date="2025-05-14")
    assert again.status_code == 200 and again.json()["files"][0]["status"] == "unchanged"

    res = srv.http.delete(f"/v1/documents/{doc_id}", headers=RW_H)
    assert res.status_code == 200, res.text
    assert [d["doc_id"] for d in res.json()["deleted"]] == [doc_id]
    assert srv.documents() == [] and srv.stored_files() == []
    assert srv.http.get(f"/v1/documents/{doc_id}", headers=RW_H).status_code == 404
    gone = srv.http.delete(f"/v1/documents/{doc_id}", headers=RW_H)
    assert gone.status_code == 404 and doc_id in gone.json()["detail"]


def test_deleting_a_document_removes_records_of_its_duplicates(clean: Server) -> None:
    srv = clean
    first = _ingest(srv, "harbour.txt")
    copy = srv.upload("copy.txt", (MINUTES["harbour.txt"] + "\n\n").encode())  # other bytes, same text
    assert copy.status_code == 200 and copy.json()["files"][0]["status"] == "duplicate"
    doc_id = first["files"][0]["doc_id"]
    res = srv.http.delete(f"/v1/documents/{doc_id}", headers=RW_H)
    assert res.status_code == 200
    assert [d["status"] for d in res.json()["deleted"]] == ["ok", "duplicate"]
    assert "duplicate(s) of it were removed too" in res.json()["message"]
    assert srv.documents() == [] and srv.stored_files() == []
    again = srv.upload("copy.txt", (MINUTES["harbour.txt"] + "\n\n").encode())
    assert again.json()["files"][0]["status"] == "ok"  # the copy is now the searched one


# ---- keys ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("headers", "detail"),
    [
        ({}, "missing API key: send the header `Authorization: Bearer KEY`."),
        ({"Authorization": "Bearer not-a-key-at-all"}, "invalid API key."),
        ({"Authorization": f"Basic {RW}"}, "missing API key: send the header `Authorization: Bearer KEY`."),
        ({"Authorization": RW}, "missing API key: send the header `Authorization: Bearer KEY`."),
    ],
)
def test_401_without_a_valid_key(server: Server, headers: dict[str, str], detail: str) -> None:
    for method, path, kwargs in [
        ("POST", "/v1/ask", {"json": {"question": "water"}}),
        ("POST", "/v1/search", {"json": {"query": "water"}}),
        ("GET", "/v1/documents", {}),
        ("GET", "/v1/documents/abc", {}),
        ("DELETE", "/v1/documents/abc", {}),
    ]:
        res = server.http.request(method, path, headers=headers, **kwargs)
        assert res.status_code == 401, (path, res.text)
        assert res.json() == {"detail": detail} and res.headers["www-authenticate"] == "Bearer"
    res = server.upload("a.txt", b"text", headers=headers)
    assert res.status_code == 401


def test_read_only_key_cannot_ingest_or_delete(clean: Server) -> None:
    srv = clean
    res = srv.upload("allotments.txt", MINUTES["allotments.txt"].encode(), headers=RO_H)
    assert res.status_code == 403
    assert res.json() == {"detail": "this API key is read-only: it cannot ingest or delete documents."}
    assert srv.documents() == [] and srv.stored_files() == []
    doc_id = _ingest(srv, "allotments.txt")["files"][0]["doc_id"]
    assert srv.http.delete(f"/v1/documents/{doc_id}", headers=RO_H).status_code == 403
    assert [d["doc_id"] for d in srv.documents()] == [doc_id]  # nothing lost
    assert srv.http.post("/v1/search", json={"query": "water"}, headers=RO_H).status_code == 200


# ---- limits and bad input ------------------------------------------------------------------------


def test_413_upload_over_the_limit_declared_or_streamed(clean: Server) -> None:
    srv = clean
    _ingest(srv, "allotments.txt")
    before, files = srv.documents(), srv.stored_files()
    big = b"The Committee noted the report.\n" * int(UPLOAD_LIMIT_MB * 1_000_000 / 16)
    res = srv.upload("big.txt", big)
    assert res.status_code == 413
    assert res.json() == {"detail": "the upload is over the 0.05 MB limit (MINUTES_RAG_MAX_UPLOAD_MB)"}

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield b"--xx\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n\r\n"
        for _ in range(20):
            yield b"x" * 10_000
        yield b"\r\n--xx--\r\n"

    res = srv.http.post("/v1/ingest", content=chunks(), headers={
        **RW_H, "Content-Type": "multipart/form-data; boundary=xx"})
    assert res.status_code == 413 and "0.05 MB limit" in res.json()["detail"]

    res = srv.http.post("/v1/ask", content=json.dumps({"question": "x" * 70_000}),
                        headers={**RW_H, "Content-Type": "application/json"})
    assert res.status_code == 413 and res.json() == {"detail": "the request body is over 64 KiB"}
    assert srv.documents() == before and srv.stored_files() == files  # nothing stored, nothing lost


@pytest.mark.parametrize(
    ("path", "body", "where", "msg"),
    [
        ("/v1/ask", {"question": ""}, ["body", "question"], "at least 1 character"),
        ("/v1/ask", {"question": "x" * 1001}, ["body", "question"], "the question is over 1000 characters"),
        ("/v1/ask", {"question": "water", "k": 0}, ["body", "k"], "greater than or equal to 1"),
        ("/v1/ask", {"question": "water", "k": 51}, ["body", "k"], "k must be at most 50 on this server"),
        ("/v1/ask", {"question": "water", "since": "2025-02-30"}, ["body", "since"], "valid date"),
        ("/v1/ask", {"question": "water", "llm": "openai:gpt-4o"}, ["body", "llm"], "Extra inputs"),
        ("/v1/search", {"query": "water", "mode": "fuzzy"}, ["body", "mode"], "'hybrid', 'vector' or 'keyword'"),
        ("/v1/search", {"k": 3}, ["body", "query"], "Field required"),
    ],
)
def test_422_bad_fields(server: Server, path: str, body: dict[str, Any], where: list[str], msg: str) -> None:
    res = server.http.post(path, json=body, headers=RO_H)
    assert res.status_code == 422, res.text
    errors = res.json()["detail"]
    assert any(e["loc"] == where and msg in e["msg"] for e in errors), errors


def test_422_library_errors_and_failed_uploads_keep_nothing(clean: Server) -> None:
    srv = clean
    _ingest(srv, "allotments.txt", authority="Test Parish Council")
    before, files = srv.documents(), srv.stored_files()
    res = srv.http.post("/v1/ask", json={"question": "water", "authority": "Atlantis"}, headers=RO_H)
    assert res.status_code == 422
    assert res.json()["detail"].startswith("no indexed authority matches 'Atlantis'.")
    res = srv.http.post("/v1/ask", json={"question": "   "}, headers=RO_H)
    assert res.status_code == 422 and res.json() == {"detail": "the question is empty."}
    res = srv.upload("minutes.txt", b"some text", date="14/05/2025")
    assert res.status_code == 422 and res.json()["detail"].startswith("date '14/05/2025' is not a date")
    res = srv.upload("tool.exe", b"MZ\x90\x00binary")
    assert res.status_code == 422
    assert res.json()["detail"].startswith("the upload could not be ingested: unsupported: unsupported file type")
    assert res.json()["report"]["files"][0]["status"] == "unsupported"
    res = srv.upload("empty.txt", b"")
    assert res.status_code == 422 and res.json()["report"]["files"][0]["status"] == "empty"
    res = srv.http.post("/v1/ingest", data={"authority": "x"}, headers=RW_H)
    assert res.status_code == 422 and res.json()["detail"][0]["loc"] == ["body", "file"]
    res = srv.http.get("/v1/documents/..%2F..%2Fetc", headers=RO_H)
    assert res.status_code in (404, 422)
    assert srv.documents() == before and srv.stored_files() == files


def test_429_over_the_rate_with_retry_after(tmp_path: Path) -> None:
    config = ServerSettings(api_keys=[RW, "second-key-0123456789"], rate_limit_per_minute=6, rate_limit_burst=3)
    app = create_app(Settings(index=tmp_path / "index"), config)
    with live_server(app) as url, httpx.Client(base_url=url, timeout=30) as http:
        codes = [http.get("/v1/documents", headers=RW_H).status_code for _ in range(4)]
        assert codes == [200, 200, 200, 429]
        res = http.get("/v1/documents", headers=RW_H)
        assert res.status_code == 429 and 1 <= int(res.headers["retry-after"]) <= 10
        assert res.json()["detail"].startswith("over the limit of 6 requests a minute: retry in")
        other = {"Authorization": "Bearer second-key-0123456789"}
        assert http.get("/v1/documents", headers=other).status_code == 200  # one bucket per key
        assert http.get("/health").status_code == 200  # never limited
        bad = [http.get("/v1/documents", headers={"Authorization": "Bearer wrong-key-xx"}).status_code
               for _ in range(4)]
        assert bad == [401, 401, 401, 429]  # guessing keys is limited too


# ---- concurrency and the writer lock --------------------------------------------------------------


def test_50_concurrent_asks(clean: Server) -> None:
    srv = clean
    for name in ("allotments.txt", "harbour.txt", "libraries.txt"):
        _ingest(srv, name)
    questions = [
        ("What water charge do plot holders pay?", "£12", "allotments"),
        ("How much are the harbour dues for a berth?", "£412", "harbour"),
        ("Until when is the central library open on Saturdays?", "6pm", "libraries"),
    ]

    def ask(i: int) -> tuple[int, str, dict[str, Any]]:
        question = questions[i % 3][0]
        res = srv.http.post("/v1/ask", json={"question": question, "k": 4}, headers=RO_H)
        return i, str(res.status_code), res.json()

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=50) as pool:
        results = list(pool.map(ask, range(50)))
    seconds = time.perf_counter() - started
    by_source = {d["doc_id"]: d for d in srv.documents()}
    assert len(by_source) == 3
    for i, status, body in results:
        _q, figure, _name = questions[i % 3]
        assert status == "200", body
        assert not body["abstained"] and figure in body["answer"], body["answer"]
        assert any(figure in c["quote"] for c in body["citations"])
    print(f"50 concurrent asks: {seconds:.2f} s")


def test_a_second_writer_fails_fast_naming_the_server(server: Server) -> None:
    # the server holds the index's writer lock; another process cannot take it
    code = ("import sys\nfrom minutes_rag.index.lock import index_lock\nfrom minutes_rag.errors import IndexLockedError\n"
            "try:\n    with index_lock(sys.argv[1]): pass\nexcept IndexLockedError as e:\n    print(e); sys.exit(3)\n")
    res = subprocess.run([sys.executable, "-c", code, str(server.index)], check=False, capture_output=True, text=True, timeout=60)
    assert res.returncode == 3, res.stderr
    assert f"is being written by another process (pid {os.getpid()}," in res.stdout
    assert "ingest and delete through its HTTP API" in res.stdout

    started = time.monotonic()
    res = subprocess.run(
        [sys.executable, "-m", "minutes_rag.cli", "serve", "--index", str(server.index), "--port", str(free_port())],
        check=False, capture_output=True, text=True, timeout=60, env={**os.environ, "MINUTES_RAG_API_KEYS": RW},
    )
    assert res.returncode == 1 and f"pid {os.getpid()}" in res.stderr and "Error:" in res.stderr
    assert time.monotonic() - started < 30  # fails before loading the model


def test_examples_http_client_runs_against_the_server(clean: Server, tmp_path: Path) -> None:
    doc = tmp_path / "harbour.txt"
    doc.write_text(MINUTES["harbour.txt"], encoding="utf-8")
    res = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "http_client.py"), str(doc), "How much are the harbour dues?",
         "--authority", "Port Isaac Harbour Board", "--delete"],
        check=False, capture_output=True, text=True, timeout=120,
        env={**os.environ, "MINUTES_RAG_URL": clean.url, "MINUTES_RAG_API_KEY": RW},
    )
    assert res.returncode == 0, res.stderr
    assert "£412" in res.stdout and "[1]" in res.stdout and "Port Isaac Harbour Board" in res.stdout
    assert "deleted" in res.stdout
    assert clean.documents() == []


# ---- the models track the library's shapes ---------------------------------------------------------


def test_response_models_have_the_cli_json_shapes() -> None:
    from minutes_rag.server.models import DocumentList, IngestSummary
    from minutes_rag.types import Answer, Citation, Hit, IngestReport, SearchResult

    hit = Hit(1, 0.5, "c", "d", "s.txt", [1], "A", "C", "2025-01-01", "2", "T", "minutes", "text")
    cite = Citation(1, "s.txt", 1, [1], "A", "C", "2025-01-01", "2 T", "quote")
    answer = Answer("q", "a [1]", False, [cite], closest=[hit])
    for model, data in [
        (SearchResponse, SearchResult("q", [hit]).to_dict()),
        (AnswerResponse, answer.to_dict()),
        (IngestSummary, IngestReport().summary()),
        (DocumentList, {"documents": []}),
    ]:
        parsed = model.model_validate(data)
        assert set(model.model_fields) <= set(data), model.__name__
        assert parsed.model_dump(mode="json") == json.loads(json.dumps(data)), model.__name__


# ---- settings --------------------------------------------------------------------------------------


def test_keys_from_the_environment_and_the_config_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from minutes_rag.errors import ConfigError
    from minutes_rag.server.settings import get_server_settings

    config = tmp_path / "config.toml"
    config.write_text('[server]\napi_keys = ["file-key-0123456789"]\nreadonly_api_keys = "ro-file-key-0123"\n'
                      "max_k = 20\n")
    monkeypatch.setenv("MINUTES_RAG_CONFIG", str(config))
    got = get_server_settings()
    assert (got.api_keys, got.readonly_api_keys, got.max_k) == (["file-key-0123456789"], ["ro-file-key-0123"], 20)
    monkeypatch.setenv("MINUTES_RAG_API_KEYS", " env-key-0123456789 , second-env-key-01,")
    assert get_server_settings().api_keys == ["env-key-0123456789", "second-env-key-01"]  # env beats the file
    assert get_server_settings(max_k=5).max_k == 5

    monkeypatch.setenv("MINUTES_RAG_API_KEYS", "short")
    with pytest.raises(ConfigError, match=r"^server setting api_keys \(MINUTES_RAG_API_KEYS\): Value error, API keys "
                       r"must be at least 8 characters"):
        get_server_settings()
    monkeypatch.delenv("MINUTES_RAG_API_KEYS")
    config.write_text("[server\n")
    with pytest.raises(ConfigError, match=r"^cannot read the config file .*config.toml: "):
        get_server_settings()
    monkeypatch.setenv("MINUTES_RAG_CONFIG", str(tmp_path / "missing.toml"))
    with pytest.raises(ConfigError, match=r"^MINUTES_RAG_CONFIG names .*missing.toml, which is not a file\.$"):
        get_server_settings()


def test_serve_refuses_an_open_server_beyond_loopback(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from minutes_rag.cli import app

    res = CliRunner().invoke(app, ["serve", "--host", "0.0.0.0", "--index", str(tmp_path / "index")])
    assert res.exit_code == 1
    assert "refusing to serve on 0.0.0.0 without API keys: set MINUTES_RAG_API_KEYS" in res.output
    assert not (tmp_path / "index").exists()  # refused before touching anything


def test_report_routes_summarise_decisions_timeline_brief(clean: Server) -> None:
    srv = clean
    _ingest(srv, "allotments.txt", authority="Test Parish Council", committee="Allotments Committee",
            date="2025-05-14")
    _ingest(srv, "harbour.txt", authority="Test Harbour Council", committee="Harbour Committee", date="2025-03-03")
    paths = srv.http.get("/openapi.json").json()["paths"]
    assert {"/v1/summarise", "/v1/brief", "/v1/decisions", "/v1/timeline"} <= set(paths)

    res = srv.http.post("/v1/summarise", json={"topic": "charges and dues"}, headers=RO_H)
    assert res.status_code == 200, res.text
    text = res.text
    assert "Test Parish Council" in text and "Test Harbour Council" in text and "£12" in text

    res = srv.http.post("/v1/decisions", json={"authority": ["harbour"]}, headers=RO_H)
    assert res.status_code == 200, res.text
    assert "harbour dues rise by 3%" in res.text and "allotments" not in res.text.lower()

    res = srv.http.post("/v1/timeline", json={"topic": "harbour dues"}, headers=RO_H)
    assert res.status_code == 200, res.text
    assert "2025-03-03" in res.text

    res = srv.http.post("/v1/brief", json={"authority": "Test Parish Council"}, headers=RO_H)
    assert res.status_code == 200, res.text
    assert "£12" in res.text and "Harbour" not in res.text

    assert srv.http.post("/v1/summarise", json={"topic": ""}, headers=RO_H).status_code == 422
    assert srv.http.post("/v1/brief", json={}, headers=RO_H).status_code == 422


def test_report_routes_answer_in_markdown_html_and_csv(clean: Server) -> None:
    srv = clean
    _ingest(srv, "allotments.txt", authority="Test Parish Council", committee="Allotments Committee",
            date="2025-05-14")
    _ingest(srv, "harbour.txt", authority="Test Harbour Council", committee="Harbour Committee", date="2025-03-03")
    index = str(srv.index.resolve())

    res = srv.http.post("/v1/decisions?format=md", json={"authority": ["harbour"]}, headers=RO_H)
    assert res.status_code == 200, res.text
    assert res.headers["content-type"] == "text/markdown; charset=utf-8"
    assert res.text.startswith("# Decision register") and "harbour dues rise by 3%" in res.text
    assert "| Date |" in res.text and index not in res.text

    res = srv.http.post("/v1/decisions?format=csv", json={}, headers=RO_H)
    assert res.status_code == 200 and res.headers["content-type"] == "text/csv; charset=utf-8"
    rows = res.text.splitlines()
    assert rows[0].startswith("meeting_date,authority,") and len(rows) == 3, res.text
    assert ",uploads/" in rows[1] and index not in res.text  # the stored file, not the server's path

    res = srv.http.post("/v1/timeline?format=html", json={"topic": "harbour dues"}, headers=RO_H)
    assert res.status_code == 200 and res.headers["content-type"] == "text/html; charset=utf-8"
    assert res.text.lstrip().lower().startswith("<!doctype html>") and "2025-03-03" in res.text
    assert "<script" not in res.text.lower() and index not in res.text

    res = srv.http.post("/v1/brief?format=md", json={"authority": "Test Parish Council"}, headers=RO_H)
    assert res.status_code == 200 and res.headers["content-type"].startswith("text/markdown")
    assert "£12" in res.text and "[1]" in res.text

    res = srv.http.post("/v1/summarise?format=html", json={"topic": "charges and dues"}, headers=RO_H)
    assert res.status_code == 200 and res.headers["content-type"].startswith("text/html")
    assert "Test Parish Council" in res.text and "Test Harbour Council" in res.text

    res = srv.http.post("/v1/summarise?format=json", json={"topic": "charges and dues"}, headers=RO_H)
    assert res.headers["content-type"] == "application/json" and res.json()["topic"] == "charges and dues"
    res = srv.http.post("/v1/timeline?format=csv", json={"topic": "harbour dues"}, headers=RO_H)
    assert res.status_code == 422 and "format" in res.text  # CSV is for the decision register
    res = srv.http.post("/v1/decisions?format=pdf", json={}, headers=RO_H)
    assert res.status_code == 422
    assert srv.http.post("/v1/decisions?format=md", json={}).status_code == 401  # the key is still required

    spec = srv.http.get("/openapi.json").json()["paths"]
    assert set(spec["/v1/decisions"]["post"]["responses"]["200"]["content"]) == {
        "application/json", "text/markdown", "text/html", "text/csv"}
    assert set(spec["/v1/brief"]["post"]["responses"]["200"]["content"]) == {
        "application/json", "text/markdown", "text/html"}
    assert any(p["name"] == "format" and p["in"] == "query" for p in spec["/v1/timeline"]["post"]["parameters"])
    readme = (ROOT / "README.md").read_text()  # every route is in the README's table
    routes = [f"`{method.upper()} {path}`" for path, methods in spec.items() for method in methods]
    assert [r for r in routes if r not in readme] == [] and len(routes) == 11
    assert "?format=md" in readme and "?format=csv" in readme
