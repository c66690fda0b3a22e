"""ONNX Runtime copies of the bundled sentence encoder: no torch, fast to load, the same vectors.

The bundled all-MiniLM-L6-v2 ships as safetensors. The first time it is needed, its ONNX graph is built from
those weights without torch (:mod:`.onnx_graph`: numpy, ``safetensors`` and the ``onnx`` package, a few
seconds) into a cache folder (``MINUTES_RAG_CACHE_DIR``, default the platform's user cache folder; see
:mod:`minutes_rag.paths`), and every process embeds through ONNX Runtime: the same vectors as
sentence-transformers (cosine >= 0.9999 on corpus chunks), so an index built either way serves both, and
about 1.5x faster than torch on CPU. The int8 copy (dynamic quantisation, weights per output channel) is a
separate embedder (``minilm-int8``): about 1.25x faster again, but its vectors differ (mean cosine about
0.99 to fp32), so an index is built and queried with it throughout, like any other embedder.

The graph pools itself (the mean of the token vectors under the attention mask, L2 normalised), so its
output is the sentence vector.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import warnings
from pathlib import Path
from typing import Any

from ..errors import EmbedderError
from ..paths import cache_root

log = logging.getLogger(__name__)

# the graph built without torch, pooled and normalised (the torch-exported copies of earlier versions were
# named model.onnx and model-int8-pc.onnx and put out token vectors; they are left alone, not read)
FP32 = "sentence-fp32.onnx"
INT8 = "sentence-int8-pc.onnx"  # per-channel weights; the per-tensor copy lost too much (cosine 0.95)
#: calls with more texts than this (ingest) use a session whose threads spin; queries one whose threads sleep
SPIN_ABOVE = 1


def cache_dir(model_dir: Path) -> Path:
    """Where the ONNX copies of a model folder live: keyed by the weights file's size and change time."""
    weights = next((model_dir / n for n in ("model.safetensors", "pytorch_model.bin") if (model_dir / n).exists()),
                   model_dir / "config.json")
    st = weights.stat()
    key = hashlib.sha1(f"{model_dir.resolve()}|{st.st_size}|{int(st.st_mtime)}".encode()).hexdigest()[:16]
    return cache_root() / "onnx" / key


def ensure(model_dir: Path, int8: bool = False) -> Path:
    """The path of the fp32 (or int8) ONNX copy of ``model_dir``, built first if it is not in the cache.

    Written to a temporary name and renamed, so a reader never sees half a file and two processes building
    at once both end with a whole one. Needs ``onnx`` and ``safetensors``, never torch.
    """
    dest = cache_dir(model_dir)
    fp32 = dest / FP32
    try:
        if not fp32.exists():
            from .onnx_graph import build

            tmp = dest / f".{FP32}.{os.getpid()}"
            build(model_dir, tmp)
            tmp.replace(fp32)
            log.info("built the ONNX copy of the embedding model at %s", fp32)
        if int8 and not (dest / INT8).exists():
            quantize(dest)
    except EmbedderError:
        raise
    except (ImportError, OSError, ValueError) as exc:
        raise EmbedderError(
            f"cannot build the ONNX copy of the embedding model in {dest}: {exc}. It needs the packages onnx, "
            "safetensors and numpy (pip install onnx safetensors numpy) and a writable cache folder "
            "(set MINUTES_RAG_CACHE_DIR)."
        ) from exc
    return dest / (INT8 if int8 else FP32)


def quantize(dest: Path) -> Path:
    """Write the int8 copy beside the fp32 one (dynamic quantisation: int8 weights per output channel,
    activations quantised on the fly)."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    tmp8 = dest / f".{INT8}.{os.getpid()}"
    root = logging.getLogger()
    level = root.level
    root.setLevel(max(level, logging.ERROR))  # it logs "consider pre-processing" to the root logger
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantize_dynamic(str(dest / FP32), str(tmp8), weight_type=QuantType.QInt8, per_channel=True)
    finally:
        root.setLevel(level)
    tmp8.replace(dest / INT8)
    return dest / INT8


class OnnxEncoder:
    """Sentence vectors from a pooled, normalised ONNX graph (:mod:`.onnx_graph`), through ONNX Runtime."""

    def __init__(self, path: Path, tokenizer_json: Path, max_tokens: int, batch_size: int = 32) -> None:
        if not path.exists():
            raise EmbedderError(f"no ONNX model at {path}")
        self.path = path
        self.tokenizer_json = tokenizer_json
        self.max_tokens = max_tokens
        self.batch_size = batch_size
        self._sessions: dict[bool, Any] = {}
        self._tok: Any = None
        self._lock = threading.Lock()

    def _load(self, spin: bool) -> tuple[Any, Any]:
        """The session (one that spins or one whose idle threads sleep) and the tokenizer."""
        with self._lock:
            if spin not in self._sessions:
                import onnxruntime as ort

                opts = ort.SessionOptions()
                opts.intra_op_num_threads = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") \
                    else (os.cpu_count() or 1)
                opts.log_severity_level = 3
                if not spin:
                    opts.add_session_config_entry("session.intra_op.allow_spinning", "0")
                self._sessions[spin] = ort.InferenceSession(str(self.path), opts, providers=["CPUExecutionProvider"])
            if self._tok is None:
                from tokenizers import Tokenizer

                tok = Tokenizer.from_file(str(self.tokenizer_json))
                tok.enable_truncation(self.max_tokens)
                tok.no_padding()
                self._tok = tok
        return self._sessions[spin], self._tok

    def embed(self, texts: list[str]) -> list[list[float]]:
        import numpy as np

        if not texts:
            return []
        # threads that spin between operators embed a long run of batches ~5-13% faster; for a query they
        # only burn the CPU that the keyword query beside it (and the next request) needs: search p95 on
        # the corpus index went from 67 ms to 47 ms with sleeping threads
        session, tok = self._load(spin=len(texts) > SPIN_ABOVE)
        ids_list = [e.ids for e in tok.encode_batch(texts)]
        out: Any = None
        # batches of similar length pad least; small batches keep the activations in cache (on 2 cores,
        # 8 texts a batch ran ~15% faster than 32 and ~40% faster than 128)
        order = sorted(range(len(texts)), key=lambda i: len(ids_list[i]))
        for start in range(0, len(order), self.batch_size):
            idx = order[start:start + self.batch_size]
            width = len(ids_list[idx[-1]])
            ids = np.zeros((len(idx), width), dtype=np.int64)
            mask = np.zeros((len(idx), width), dtype=np.int64)
            for row, i in enumerate(idx):
                ids[row, :len(ids_list[i])] = ids_list[i]
                mask[row, :len(ids_list[i])] = 1
            vecs = session.run(None, {"input_ids": ids, "attention_mask": mask,
                                      "token_type_ids": np.zeros_like(ids)})[0]
            if out is None:
                out = np.zeros((len(texts), vecs.shape[1]), dtype=np.float32)
            out[idx] = vecs
        return [v.tolist() for v in out]
