"""The index records its embedder and refuses another one."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from minutes_rag import EmbedderMismatch, ingest, search
from minutes_rag.cli import app


def test_embedder_mismatch_is_refused(tmp_path: Path) -> None:
    f = tmp_path / "m.txt"
    f.write_text("Minutes of the Parks Committee held on 2 June 2025. The bandstand repairs were approved.")
    index = tmp_path / "idx"
    ingest([f], index=index, embedder="hash")
    assert search("bandstand", index=index, embedder="hash").hits  # same embedder reads it
    # with no embedder asked for, the index's own is used
    assert search("bandstand", index=index).hits[0].source == str(f.resolve())
    with pytest.raises(EmbedderMismatch, match="built with embedder 'hash' \\(dimension 256\\), not 'minilm'"):
        search("bandstand", index=index, embedder="minilm")  # one asked for explicitly must match
    with pytest.raises(EmbedderMismatch):
        ingest([f], index=index, embedder="minilm")  # nor may another embedder write into it
    res = CliRunner().invoke(app, ["search", "bandstand", "--index", str(index), "--embedder", "minilm"])
    assert res.exit_code == 1
    assert "Use --embedder hash to read it, or build a new index" in " ".join(res.output.split())
    res = CliRunner(env={"MINUTES_RAG_EMBEDDER": "minilm"}).invoke(app, ["search", "bandstand", "--index", str(index)])
    assert res.exit_code == 1, "an embedder set in the environment is explicit too"


def test_default_embedder_is_the_bundled_model(tmp_path: Path) -> None:
    from minutes_rag.index.embed import get_embedder

    emb = get_embedder("minilm")
    assert emb.id == "minilm" and emb.dim == 384 and emb.max_tokens == 256
    v = emb.embed(["council tax", "council tax rise", "football results"])
    assert len(v[0]) == 384
    dot = lambda a, b: sum(x * y for x, y in zip(a, b, strict=True))  # noqa: E731
    assert dot(v[0], v[1]) > dot(v[0], v[2]) + 0.2  # a real model, not a hash
