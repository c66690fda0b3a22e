"""The public surface: __all__ names what the package exports, and the CLI starts without heavy imports."""

from __future__ import annotations

import subprocess
import sys

import minutes_rag


def test_all_names_resolve() -> None:
    for name in minutes_rag.__all__:
        assert getattr(minutes_rag, name) is not None, name
    assert {"ingest", "search", "ask", "documents", "evaluate", "Settings", "MinutesRagError"} <= set(
        minutes_rag.__all__)


def test_cli_help_does_not_import_heavy_packages() -> None:
    code = (
        "import sys; from minutes_rag.cli import app; "
        "heavy = [m for m in ('torch', 'chromadb', 'sentence_transformers', 'langchain_core', 'fastapi', 'mcp', "
        "'pypdf') if m in sys.modules]; print(','.join(heavy))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert out == "", f"importing the CLI loaded {out}"
