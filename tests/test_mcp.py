"""The MCP server over stdio, driven by the official SDK's client, as a desktop assistant would."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("mcp.server.mcpserver", reason="the MCP server needs the 'mcp' extra (mcp>=2): "
                    "pip install 'minutes-rag[mcp]'")

from mcp import Client, StdioServerParameters

from minutes_rag import api

from .serving import isolated_env, write_minutes

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def index(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("mcp")
    with isolated_env(tmp_path_factory.mktemp("home")):
        api.ingest(write_minutes(folder / "docs", ["allotments.txt", "harbour.txt"]), index=folder / "index",
                   authority="Test Parish Council")
    return folder / "index"


@pytest.fixture(scope="module")
def called(index: Path) -> dict[str, Any]:
    """Every tool called once, in one session with one server (it takes seconds to start)."""
    return _call_all(index)


def _call_all(index: Path) -> dict[str, Any]:
    params = StdioServerParameters(command=sys.executable, args=["-m", "minutes_rag.cli", "mcp", "--index", str(index)],
                                   env={"HF_HUB_OFFLINE": "1", "ANONYMIZED_TELEMETRY": "False",
                                        # this checkout's code, where it is not the installed one
                                        **{k: v for k, v in os.environ.items() if k == "PYTHONPATH"}})

    async def session() -> dict[str, Any]:
        async with Client(params, read_timeout_seconds=120) as client:
            return {
                "tools": await client.list_tools(),
                "ask": await client.call_tool("ask_minutes", {"question": "How much are the harbour dues?"}),
                "search": await client.call_tool("search_minutes", {"query": "water charge", "k": 2,
                                                                    "authority": ["parish"]}),
                "docs": await client.call_tool("list_documents", {}),
                "bad": await client.call_tool("ask_minutes", {"question": "dues", "authority": ["Atlantis"]}),
                "k": await client.call_tool("search_minutes", {"query": "dues", "k": 500}),
                "summary": await client.call_tool("summarise_across_authorities", {"topic": "charges and dues"}),
                "decisions": await client.call_tool("decision_register", {"topic": "harbour dues"}),
                "first": await client.call_tool("decision_register", {"limit": 1}),
                "brief": await client.call_tool("member_briefing", {"authority": "parish"}),
                "no_body": await client.call_tool("member_briefing", {"authority": "Atlantis"}),
                "timeline": await client.call_tool("topic_timeline", {"topic": "harbour dues"}),
                "long": await client.call_tool("topic_timeline", {"topic": "dues " * 101}),
            }

    return asyncio.run(session())


def test_mcp_tools_return_cited_results(called: dict[str, Any]) -> None:
    got = called
    tools = {t.name: t for t in got["tools"].tools}
    assert set(tools) == {"search_minutes", "ask_minutes", "list_documents", "summarise_across_authorities",
                          "decision_register", "member_briefing", "topic_timeline"}
    assert "authority" in tools["member_briefing"].input_schema["required"]
    assert "question" in tools["ask_minutes"].input_schema["required"]

    ask = got["ask"]
    assert not ask.is_error
    answer = ask.structured_content
    assert answer == json.loads(ask.content[0].text)  # the same JSON as text, for clients without structure
    assert not answer["abstained"] and "£412" in answer["answer"]
    cite = answer["citations"][0]
    assert cite["source"].endswith("harbour.txt") and cite["authority"] == "Test Parish Council"
    assert cite["meeting_date"] == "2025-03-03" and cite["item"] == "2 Harbour Dues" and "£412" in cite["quote"]

    hits = got["search"].structured_content["hits"]
    assert len(hits) == 2 and hits[0]["source"].endswith("allotments.txt") and hits[0]["item_number"] == "2"
    assert got["search"].structured_content["filters"] == {"authority": ["Test Parish Council"]}

    docs = got["docs"].structured_content["documents"]
    assert sorted(Path(d["source"]).name for d in docs) == ["allotments.txt", "harbour.txt"]

    assert got["bad"].is_error
    assert "no indexed authority matches 'Atlantis'. Known authorities: Test Parish Council" in got["bad"].content[0].text
    assert got["k"].is_error and "less than or equal to 50" in got["k"].content[0].text, got["k"].content[0].text

    summary = got["summary"]
    assert not summary.is_error, summary.content[0].text
    data = summary.structured_content
    assert [s["group"] for s in data["sections"]] == ["Test Parish Council"]
    assert data["sections"][0]["points"] and data["sections"][0]["points"][0]["citations"]
    assert data["coverage"][0]["found"] and {Path(c["source"]).name for c in data["citations"]} <= {
        "harbour.txt", "allotments.txt"}


def test_mcp_report_tools_decisions_briefing_timeline(called: dict[str, Any]) -> None:
    got = called
    register = got["decisions"]
    assert not register.is_error, register.content[0].text
    data = register.structured_content
    assert data == json.loads(register.content[0].text) and data["total"] == 1
    row = data["decisions"][0]
    assert "harbour dues rise by 3%" in row["text"] and row["meeting_date"] == "2025-03-03"
    assert row["authority"] == "Test Parish Council" and row["source"].endswith("harbour.txt") and row["item"]

    first = got["first"].structured_content  # capped, and said so
    assert first["total"] == 2 and len(first["decisions"]) == 1
    assert "showing the first 1 of 2 decisions" in first["warnings"][-1]

    brief = got["brief"]
    assert not brief.is_error, brief.content[0].text
    pack = brief.structured_content
    assert pack["authority"] == "Test Parish Council" and pack["meetings"] == 2 and pack["citations"]
    assert "£12" in brief.content[0].text and "£412" in brief.content[0].text
    assert got["no_body"].is_error and "Atlantis" in got["no_body"].content[0].text

    timeline = got["timeline"]
    assert not timeline.is_error, timeline.content[0].text
    entries = timeline.structured_content["entries"]
    assert [e["meeting_date"] for e in entries] == ["2025-03-03"]
    assert "£412" in json.dumps(entries, ensure_ascii=False) and timeline.structured_content["citations"][0]["source"].endswith(
        "harbour.txt")
    assert got["long"].is_error and "at most 500 characters" in got["long"].content[0].text


def test_mcp_command_has_help_and_readme_documents_it(called: dict[str, Any]) -> None:
    from typer.testing import CliRunner

    from minutes_rag.cli import app

    readme = (ROOT / "README.md").read_text()
    for name in ("serve", "mcp"):
        res = CliRunner().invoke(app, [name, "--help"])
        assert res.exit_code == 0 and "--index" in res.output and "--chroma-url" in res.output
        assert f"minutes-rag {name}" in readme
    # the tools the server lists are the ones `mcp --help` and the README name
    served = [t.name for t in called["tools"].tools]
    helped = " ".join(CliRunner().invoke(app, ["mcp", "--help"]).stdout.split())
    section = readme.split("### `minutes-rag mcp", 1)[1].split("\n## ", 1)[0]
    assert len(served) == 7
    for tool in served:
        assert tool in helped, tool
        assert f"`{tool}(" in section, tool
    assert f"with {len(served)} read-only tools" in section
    snippet = readme.split("(`claude_desktop_config.json`):\n\n```json\n", 1)[1].split("```", 1)[0]
    entry = json.loads(snippet)["mcpServers"]["minutes-rag"]
    assert entry["command"].endswith("/minutes-rag") and entry["args"][:1] == ["mcp"]


def test_examples_mcp_client_runs(index: Path) -> None:
    res = subprocess.run([sys.executable, str(ROOT / "examples" / "mcp_client.py"), "--index", str(index),
                          "What water charge do plot holders pay?"],
                         check=False, capture_output=True, text=True, timeout=180, env={**os.environ})
    assert res.returncode == 0, res.stderr[-3000:]
    assert ("tools: search_minutes, ask_minutes, summarise_across_authorities, decision_register, member_briefing, "
            "topic_timeline, list_documents") in res.stdout
    assert "£12" in res.stdout and "[1]" in res.stdout and "allotments.txt" in res.stdout
