"""One settings file for every setting: the library's at the top of config.toml, the server's in [server];
the environment wins over the file, options over both, and a bad file is a one-line error."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes_rag.cli import app
from minutes_rag.errors import ConfigError
from minutes_rag.settings import get_settings

from .serving import write_minutes

runner = CliRunner()


@pytest.fixture()
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A config file named by MINUTES_RAG_CONFIG, and no MINUTES_RAG_INDEX (the conftest sets one)."""
    monkeypatch.delenv("MINUTES_RAG_INDEX", raising=False)
    path = tmp_path / "config.toml"
    path.write_text("# nothing set yet\n", encoding="utf-8")
    monkeypatch.setenv("MINUTES_RAG_CONFIG", str(path))
    return path


def test_the_file_sets_the_index_and_the_environment_and_options_win(
        config: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from_file = tmp_path / "index-from-the-file"
    config.write_text(f'index = "{from_file}"\nchunk_tokens = 120\n\n[server]\nmax_k = 7\n', encoding="utf-8")
    docs = write_minutes(tmp_path / "docs", ["allotments.txt"])
    res = runner.invoke(app, ["ingest", *map(str, docs), "--authority", "Test Parish Council", "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["index"] == str(from_file) and (from_file / "chroma.sqlite3").exists()
    res = runner.invoke(app, ["search", "water charge", "-k", "1", "--json"])  # no --index: the file's
    assert res.exit_code == 0 and json.loads(res.stdout)["hits"][0]["source"] == str(docs[0])
    assert get_settings().chunk_tokens == 120

    monkeypatch.setenv("MINUTES_RAG_INDEX", str(tmp_path / "index-from-the-env"))
    monkeypatch.setenv("MINUTES_RAG_CHUNK_TOKENS", "64")
    assert (get_settings().index, get_settings().chunk_tokens) == (tmp_path / "index-from-the-env", 64)
    res = runner.invoke(app, ["search", "water charge"])
    assert res.exit_code == 1 and f"no index at {tmp_path / 'index-from-the-env'}" in " ".join(res.output.split())
    res = runner.invoke(app, ["search", "water charge", "--index", str(from_file)])  # the option over both
    assert res.exit_code == 0 and "allotments.txt" in res.stdout

    config.write_text('index = "~/minutes-index"\n', encoding="utf-8")  # no shell expands it: we do
    monkeypatch.delenv("MINUTES_RAG_INDEX")
    assert get_settings().index == Path.home() / "minutes-index"


def test_the_server_reads_its_table_of_the_same_file(config: Path, tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("fastapi", reason="the HTTP server needs the 'server' extra")
    pytest.importorskip("httpx", reason="the test client needs httpx")
    from fastapi.testclient import TestClient

    from minutes_rag import api
    from minutes_rag.server.app import create_app

    index = tmp_path / "served"
    api.ingest(write_minutes(tmp_path / "docs"), index=index, authority="Test Parish Council")
    config.write_text(f'index = "{index}"\n\n[server]\nmax_k = 7\napi_keys = ["file-key-0123456789"]\n',
                      encoding="utf-8")
    with TestClient(create_app()) as http:  # both settings objects from the file alone
        key = {"Authorization": "Bearer file-key-0123456789"}
        assert http.post("/v1/search", json={"query": "harbour dues", "k": 3}).status_code == 401
        res = http.post("/v1/search", json={"query": "harbour dues", "k": 3}, headers=key)
        assert res.status_code == 200 and res.json()["hits"][0]["source"] == "harbour.txt"
        res = http.post("/v1/search", json={"query": "harbour dues", "k": 8}, headers=key)
        assert res.status_code == 422 and "k must be at most 7 on this server" in res.text
    monkeypatch.setenv("MINUTES_RAG_MAX_K", "9")  # the environment wins over the file
    with TestClient(create_app()) as http:
        res = http.post("/v1/search", json={"query": "harbour dues", "k": 8},
                        headers={"Authorization": "Bearer file-key-0123456789"})
        assert res.status_code == 200, res.text


def test_the_platform_config_folder_is_read_without_the_variable(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MINUTES_RAG_INDEX", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert get_settings().index == Path("index")  # no file: the default
    folder = tmp_path / "xdg" / "minutes-rag"
    folder.mkdir(parents=True)
    (folder / "config.toml").write_text('index = "/srv/minutes/index"\nembedder = "minilm-int8"\n')
    got = get_settings()
    assert (got.index, got.embedder) == (Path("/srv/minutes/index"), "minilm-int8")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('index = "unterminated\n', r"^cannot read the config file .*config\.toml: Illegal character '\\n' \(at line 1, "
                                    r"column 22\)$"),
        ("[server\nmax_k = 3\n", r"^cannot read the config file .*config\.toml: .*\(at line 1, column 8\)$"),
        ('indx = "typo"\n', r"^.*config\.toml: no setting is called 'indx' at the top; the settings there are "
                            r"index, embedder, "),
        ("server = 5\n", r"^.*config\.toml: no setting is called 'server' at the top"),
        ("chunk_tokens = 5\n", r"^setting chunk_tokens \(MINUTES_RAG_CHUNK_TOKENS, or chunk_tokens in the config "
                               r"file\): Input should be greater than or equal to 32$"),
    ],
)
def test_a_bad_file_is_a_one_line_config_error(config: Path, text: str, message: str) -> None:
    config.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        get_settings()
    res = runner.invoke(app, ["documents"])
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert len(res.stderr.strip().splitlines()) == 1  # one line, however narrow the terminal
    assert res.stderr.startswith("Error: ") and res.stdout == ""


def test_a_server_table_with_an_unknown_key_or_a_missing_file_is_refused(config: Path, tmp_path: Path,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from minutes_rag.server.settings import get_server_settings

    config.write_text("[server]\nmax_kk = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"no setting is called 'max_kk' in \[server\]; the settings there are "
                                          r"api_keys, readonly_api_keys, "):
        get_server_settings()
    assert get_settings().index == Path("index")  # the library's part of the file is fine
    monkeypatch.setenv("MINUTES_RAG_CONFIG", str(tmp_path / "missing.toml"))
    res = runner.invoke(app, ["documents"])
    assert res.exit_code == 1
    assert f"Error: MINUTES_RAG_CONFIG names {tmp_path / 'missing.toml'}, which is not a file." in " ".join(
        res.stderr.split())
