"""ONNX copies of the bundled model: the same vectors as torch, a cold query without torch, the int8 option."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from minutes_rag import api
from minutes_rag.index.embed import get_embedder
from minutes_rag.index.onnx_embed import FP32, INT8, OnnxEncoder, cache_dir

from .conftest import corpus, needs_corpus

pytestmark = needs_corpus


@pytest.fixture(scope="module")
def texts() -> list[str]:
    """Real chunk-sized texts: short questions, sentences, and passages longer than the model's 256 pieces."""
    from pypdf import PdfReader

    reader = PdfReader(corpus("kent-county-council/full_council/2025-03-13/County Council - Pay Policy Statement 2025-2026.pdf"))
    pages = [p.extract_text() or "" for p in reader.pages[:8]]
    words = " ".join(pages).split()
    out = ["What ratio between the highest and the median salary does Kent report?", "Motion carried."]
    out += [" ".join(words[i:i + 25]) for i in range(0, 500, 25)]
    out += [" ".join(words[i:i + 400]) for i in range(0, 2400, 400)]  # over 256 word pieces: truncated
    return out


def _torch_vectors(texts: list[str]) -> np.ndarray:
    emb = get_embedder("minilm")
    model = emb._load()  # type: ignore[attr-defined]
    emb._export_onnx(model)  # type: ignore[attr-defined]
    return np.asarray(model.encode(texts, normalize_embeddings=True, convert_to_numpy=True))


def test_the_onnx_copy_gives_the_same_vectors_as_torch(texts: list[str]) -> None:
    ref = _torch_vectors(texts)
    emb = get_embedder("minilm")
    path = cache_dir(emb.model_dir) / FP32  # type: ignore[attr-defined]
    assert path.exists(), "loading the model with torch exports the ONNX copy"
    fast = np.asarray(OnnxEncoder(path, emb.model_dir / "tokenizer.json", 256).embed(texts))  # type: ignore[attr-defined]
    cos = (fast * ref).sum(axis=1)
    assert cos.min() >= 0.9999, cos.min()
    assert np.allclose(np.linalg.norm(fast, axis=1), 1.0, atol=1e-5)
    # what ingest and queries call: the ONNX copy, in length-sorted batches of 8, in the caller's order
    assert emb.batch_size == 8  # type: ignore[attr-defined]
    got = np.asarray(emb.embed(texts))
    assert (got * ref).sum(axis=1).min() >= 0.9999


def test_ingest_embeds_without_torch_once_the_copy_exists(tmp_path: Path, texts: list[str]) -> None:
    _torch_vectors(texts[:2])  # the export a first ingest does
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


def test_int8_is_close_to_fp32_and_finds_the_same_document(texts: list[str], tmp_path: Path) -> None:
    ref = _torch_vectors(texts)
    int8 = np.asarray(get_embedder("minilm-int8").embed(texts))
    cos = (int8 * ref).sum(axis=1)
    # per-channel weights: mean ~0.99 (the per-tensor copy managed 0.95, min 0.90)
    assert cos.mean() >= 0.98 and cos.min() >= 0.95, (cos.mean(), cos.min())
    assert (cache_dir(get_embedder("minilm").model_dir) / INT8).exists()  # type: ignore[attr-defined]
    index = tmp_path / "int8"
    api.ingest([corpus("nipissing-township/minutes/Minutes-February-18-2025.pdf"),
                corpus("nipissing-township/minutes/Minutes-April-8-2025.pdf")], index=index, embedder="minilm-int8")
    hits = api.search("new backhoe supplier", k=3, index=index, mode="vector").hits
    assert hits[0].source.endswith("Minutes-February-18-2025.pdf")
    # the index remembers its embedder: the fp32 model is refused on it
    from minutes_rag.errors import MinutesRagError

    with pytest.raises(MinutesRagError, match="minilm-int8"):
        api.search("backhoe", index=index, embedder="minilm")


def test_a_cold_query_process_does_not_import_torch(tmp_path: Path, texts: list[str]) -> None:
    _torch_vectors(texts[:2])  # the export a first ingest does
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
