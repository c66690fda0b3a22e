"""The CLI: help on every command, JSON output, and the exact message for each bad argument."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes_rag.cli import app

runner = CliRunner()

COMMANDS = ["ingest", "search", "ask", "eval", "documents", "doctor", "summarise", "brief", "decisions",
            "timeline", "serve", "mcp"]

MINUTES = """Minutes of the Allotments Committee held on 14 May 2025.

1. Apologies for Absence
Apologies were received from Councillor Hale.

2. Water Charges
RESOLVED that plot holders pay a flat water charge of £12 a year from 2026.
"""


def test_every_command_has_help() -> None:
    res = runner.invoke(app, ["--help"])
    assert res.exit_code == 0
    for name in COMMANDS:
        assert name in res.output
        sub = runner.invoke(app, [name, "--help"])
        assert sub.exit_code == 0, name
        names = [c.name or (c.callback.__name__ if c.callback else "") for c in app.registered_commands]
        doc = app.registered_commands[names.index(name) if name in names else names.index(f"{name}_")]
        assert doc.callback is not None and doc.callback.__doc__, f"{name} has no help text"
    # and no command is left out of the list above (sub-apps such as `fetch` are checked in their own tests)
    registered = {(c.name or (c.callback.__name__ if c.callback else "")).rstrip("_") for c in app.registered_commands}
    assert registered == set(COMMANDS), registered ^ set(COMMANDS)


def test_commands_are_documented_in_readme() -> None:
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text()
    for name in COMMANDS:
        assert f"minutes-rag {name}" in readme, f"README does not document `minutes-rag {name}`"


@pytest.fixture()
def built(tmp_path: Path) -> Path:
    f = tmp_path / "allotments.txt"
    f.write_text(MINUTES, encoding="utf-8")
    index = tmp_path / "idx"
    res = runner.invoke(app, ["ingest", str(f), "--index", str(index), "--authority", "Test Parish Council",
                              "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["summary"]["ingested"] == 1 and data["summary"]["chunks_added"] >= 1
    assert data["files"][0]["metadata"]["authority"] == {"value": "Test Parish Council", "source": "flag"}
    assert data["files"][0]["metadata"]["meeting_date"] == {"value": "2025-05-14", "source": "text"}
    return index


def test_ingest_search_documents_json(built: Path, tmp_path: Path) -> None:
    res = runner.invoke(app, ["search", "water charge for plot holders", "--index", str(built), "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["query"] == "water charge for plot holders"
    hit = data["hits"][0]
    for key in ("rank", "score", "source", "pages", "authority", "committee", "meeting_date", "item_number",
                "item_title", "text"):
        assert key in hit
    assert hit["rank"] == 1 and hit["authority"] == "Test Parish Council" and "£12" in hit["text"]
    assert hit["meeting_date"] == "2025-05-14" and hit["item_number"] == "2"

    res = runner.invoke(app, ["documents", "--index", str(built), "--json"])
    docs = json.loads(res.stdout)["documents"]
    assert len(docs) == 1 and docs[0]["status"] == "ok" and docs[0]["provenance"]["authority"] == "flag"

    res = runner.invoke(app, ["search", "water charge", "--index", str(built)])
    assert res.exit_code == 0 and "allotments.txt" in res.output and "Test Parish Council" in res.output

    # re-ingest: nothing added, and the table says so
    res = runner.invoke(app, ["ingest", str(tmp_path / "allotments.txt"), "--index", str(built),
                              "--authority", "Test Parish Council"])
    assert res.exit_code == 0 and "Nothing new" in res.output


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["search", "x", "--since", "13/02/2025"], 1, "--since '13/02/2025' is not a date: use YYYY-MM-DD"),
        (["search", "x", "--since", "2025-03-01", "--until", "2025-01-01"], 1,
         "--since 2025-03-01 is after --until 2025-01-01"),
        (["search", "x", "-k", "0"], 1, "-k must be between 1 and 200, not 0"),
        (["search", "   "], 1, "the query is empty"),
        (["search", "x", "--authority", "Atlantis"], 1, "no indexed authority matches 'Atlantis'"),
        (["search", "x", "--frobnicate"], 2, "No such option: --frobnicate"),
        (["ingest", "/no/such/folder"], 1, "/no/such/folder: no such file or folder"),
        (["ingest", "{tmp}/allotments.txt", "--date", "May 14"], 1, "--date 'May 14' is not a date"),
        (["ingest", "{tmp}/allotments.txt", "--manifest", "/no/manifest.csv"], 1,
         "manifest not found: /no/manifest.csv"),
    ],
)
def test_bad_arguments(built: Path, tmp_path: Path, args: list[str], code: int, message: str) -> None:
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    res = runner.invoke(app, [*args, "--index", str(built)])
    assert res.exit_code == code, res.output
    assert message in " ".join(res.output.split()), res.output


def test_search_without_an_index(tmp_path: Path) -> None:
    res = runner.invoke(app, ["search", "anything", "--index", str(tmp_path / "nothing")])
    assert res.exit_code == 1
    assert "no index at" in res.output and "minutes-rag ingest" in res.output


def test_ingest_exits_nonzero_when_nothing_ingested(tmp_path: Path) -> None:
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"not a pdf at all")
    res = runner.invoke(app, ["ingest", str(bad), "--index", str(tmp_path / "idx"), "--json"])
    assert res.exit_code == 1
    data = json.loads(res.stdout)
    assert data["files"][0]["status"] == "unreadable"
    assert "none of the 1 files could be ingested" in data["error"]
