"""The bundled model through ONNX Runtime: a graph built from its weights without torch, the same vectors as
sentence-transformers, a cold query and an ingest that never import torch, the int8 option."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from minutes_rag import api
from minutes_rag.index.embed import BundledEmbedder, bundled_model_dir, get_embedder
from minutes_rag.index.onnx_embed import FP32, INT8, cache_dir

from .conftest import corpus, needs_corpus

pytestmark = needs_corpus
#: two real minutes: one with agenda items and RESOLVED blocks, one long committee report
CHUNK_SOURCES = ["east-palo-alto/eastpaloalto_ca_minutes_2020-01-27.pdf",
                 "kent-county-council/full_council/2025-03-13/County Council - Pay Policy Statement 2025-2026.pdf"]


@pytest.fixture(scope="module")
def chunks() -> list[str]:
    """20 real chunks, as ingest embeds them (context header and body), from two corpus PDFs."""
    from minutes_rag.chunk import chunk_sections, context_header
    from minutes_rag.parse.load import load_file
    from minutes_rag.parse.structure import recover_structure

    count = BundledEmbedder().count_tokens
    out: list[str] = []
    for rel in CHUNK_SOURCES:
        doc = load_file(corpus(rel)).document
        assert doc is not None
        structure = recover_structure(doc.pages, corpus(rel).name)
        found = chunk_sections("d", structure.sections, count, budget=200)
        picked = found[:: max(1, len(found) // 10)][:10]
        out += [f"{context_header(None, structure.committee, structure.meeting_date, c.item_number, c.item_title)}"
                f"\n{c.text}" for c in picked]
    assert len(out) == 20
    return out


@pytest.fixture(scope="module")
def texts(chunks: list[str]) -> list[str]:
    """The chunks, a short question, a two-word line, and passages longer than the model's 256 pieces."""
    words = " ".join(chunks).split()
    long = [" ".join(words[i:i + 400]) for i in range(0, 1200, 400)]
    return ["What ratio between the highest and the median salary does Kent report?", "Motion carried.",
            *chunks, *long]


def test_the_graph_built_without_torch_gives_the_same_vectors_as_sentence_transformers(
        chunks: list[str], texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("sentence_transformers", reason="the torch extra is not installed: nothing to compare to")
    from sentence_transformers import SentenceTransformer

    ref_model = SentenceTransformer(str(bundled_model_dir()), device="cpu", local_files_only=True)
    ref = np.asarray(ref_model.encode(texts, normalize_embeddings=True, convert_to_numpy=True))
    emb = get_embedder("minilm")
    got = np.asarray(emb.embed(texts))  # builds the graph into the test cache on first use
    assert (cache_dir(bundled_model_dir()) / FP32).exists()
    cos = (got * ref).sum(axis=1)
    assert cos.min() >= 0.9999, (cos.min(), int(cos.argmin()))
    assert np.allclose(np.linalg.norm(got, axis=1), 1.0, atol=1e-5)
    assert len(chunks) == 20 and cos[2:22].min() >= 0.9999  # the 20 corpus chunks, by name
    # MINUTES_RAG_ONNX=0 runs the same model through torch: the same vectors
    monkeypatch.setenv("MINUTES_RAG_ONNX", "0")
    torch_path = np.asarray(BundledEmbedder().embed(texts[:4]))
    assert ((torch_path * got[:4]).sum(axis=1)).min() >= 0.9999


def test_building_the_graph_never_imports_torch(tmp_path: Path) -> None:
    code = (
        "import json, sys\n"
        "from minutes_rag.index.embed import BundledEmbedder\n"
        "v = BundledEmbedder().embed(['The committee approved the budget.'])\n"
        "print(json.dumps({'torch': 'torch' in sys.modules, 'st': 'sentence_transformers' in sys.modules, "
        "'dim': len(v[0])}))\n"
    )
    env = {**os.environ, "MINUTES_RAG_CACHE_DIR": str(tmp_path / "fresh-cache")}  # nothing cached: it builds
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == {"torch": False, "st": False, "dim": 384}
    assert len(list((tmp_path / "fresh-cache").rglob(FP32))) == 1


def test_ingest_embeds_without_torch(tmp_path: Path) -> None:
    code = (
        "import json, sys\n"
        "from minutes_rag import api\n"
        f"r = api.ingest([{str(corpus('nipissing-township/minutes/Minutes-April-8-2025.pdf'))!r}], "
        f"index={str(tmp_path / 'idx')!r})\n"
        "print(json.dumps({'torch': 'torch' in sys.modules, 'chunks': r.files[0].chunks}))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={**os.environ, "HF_HUB_OFFLINE": "1"})
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got == {"torch": False, "chunks": got["chunks"]} and got["chunks"] > 0


def test_a_model_the_builder_does_not_know_is_refused(tmp_path: Path) -> None:
    from minutes_rag.errors import EmbedderError
    from minutes_rag.index.onnx_graph import build

    with pytest.raises(EmbedderError, match="no model.safetensors"):
        build(tmp_path, tmp_path / "x.onnx")
    (tmp_path / "config.json").write_text('{"model_type": "roberta", "hidden_size": 8, "num_attention_heads": 2, '
                                          '"num_hidden_layers": 1}')
    (tmp_path / "model.safetensors").write_bytes(b"")
    from minutes_rag.index.onnx_graph import build_graph

    with pytest.raises(EmbedderError, match="only BERT encoders"):
        build_graph({}, json.loads((tmp_path / "config.json").read_text()))


def test_int8_is_close_to_fp32_and_finds_the_same_document(texts: list[str], tmp_path: Path) -> None:
    ref = np.asarray(get_embedder("minilm").embed(texts))
    int8 = np.asarray(get_embedder("minilm-int8").embed(texts))
    cos = (int8 * ref).sum(axis=1)
    # per-channel weights: mean ~0.99 (the per-tensor copy managed 0.95, min 0.90)
    assert cos.mean() >= 0.98 and cos.min() >= 0.95, (cos.mean(), cos.min())
    assert (cache_dir(bundled_model_dir()) / INT8).exists()
    index = tmp_path / "int8"
    api.ingest([corpus("nipissing-township/minutes/Minutes-February-18-2025.pdf"),
                corpus("nipissing-township/minutes/Minutes-April-8-2025.pdf")], index=index, embedder="minilm-int8")
    hits = api.search("new backhoe supplier", k=3, index=index, mode="vector").hits
    assert hits[0].source.endswith("Minutes-February-18-2025.pdf")
    # the index remembers its embedder: the fp32 model is refused on it
    from minutes_rag.errors import MinutesRagError

    with pytest.raises(MinutesRagError, match="minilm-int8"):
        api.search("backhoe", index=index, embedder="minilm")


def test_a_cold_query_process_does_not_import_torch(tmp_path: Path) -> None:
    index = tmp_path / "idx"
    api.ingest([corpus("nipissing-township/minutes/Minutes-February-18-2025.pdf")], index=index)
    code = (
        "import json, sys\n"
        "from minutes_rag import api\n"
        f"a = api.ask('Which supplier was chosen for the new backhoe?', index={str(index)!r})\n"
        "print(json.dumps({'torch': 'torch' in sys.modules, 'cited': [c.source for c in a.citations]}))\n"
    )
    env = {**os.environ, "HF_HUB_OFFLINE": "1"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    got = json.loads(out.stdout.strip().splitlines()[-1])
    assert got["torch"] is False
    assert got["cited"] and got["cited"][0].endswith("Minutes-February-18-2025.pdf")
