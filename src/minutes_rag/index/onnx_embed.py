"""ONNX Runtime copies of a sentence-transformers model: fast to load, so a fresh `ask` does not wait on torch.

The bundled all-MiniLM-L6-v2 ships as safetensors only. The first time torch loads it (the first ingest,
say), an ONNX copy of the transformer is exported beside a dynamically quantised int8 copy, into a cache
folder (``MINUTES_RAG_CACHE_DIR``, default ``~/.cache/minutes_rag``). From then on every process embeds
through ONNX Runtime with no torch import: the fp32 copy gives the same vectors as sentence-transformers
(cosine 1.00000 on corpus chunks), so an index built either way serves both, and it is about 1.5x faster
than torch on CPU, which is most of an ingest's time. The int8 copy (weights quantised per output channel)
is a separate embedder (``minilm-int8``): about 1.25x faster again, but its vectors differ (mean cosine
about 0.99 to fp32), so an index is built and queried with it throughout, like any other embedder.

Pooling is the model's own: the mean of the token vectors under the attention mask, then L2 normalised.
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

log = logging.getLogger(__name__)

FP32 = "model.onnx"
INT8 = "model-int8-pc.onnx"  # per-channel weights; the per-tensor copy lost too much (cosine 0.95)
_INPUTS = ["input_ids", "attention_mask", "token_type_ids"]
#: calls with more texts than this (ingest) use a session whose threads spin; queries one whose threads sleep
SPIN_ABOVE = 1


def cache_root() -> Path:
    return Path(os.environ.get("MINUTES_RAG_CACHE_DIR") or Path.home() / ".cache" / "minutes_rag")


def cache_dir(model_dir: Path) -> Path:
    """Where the ONNX copies of a model folder live: keyed by the weights file's size and change time."""
    weights = next((model_dir / n for n in ("model.safetensors", "pytorch_model.bin") if (model_dir / n).exists()),
                   model_dir / "config.json")
    st = weights.stat()
    key = hashlib.sha1(f"{model_dir.resolve()}|{st.st_size}|{int(st.st_mtime)}".encode()).hexdigest()[:16]
    return cache_root() / "onnx" / key


def export(st_model: Any, model_dir: Path) -> Path:
    """Write the fp32 and int8 ONNX copies of a loaded sentence-transformers model; returns their folder.

    Needs torch (already loaded by then) and the ``onnx`` package. Written to a temporary name and renamed,
    so a reader never sees half a file.
    """
    import torch

    dest = cache_dir(model_dir)
    dest.mkdir(parents=True, exist_ok=True)
    transformer = st_model[0].auto_model.eval()

    class _Wrap(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.m = transformer

        def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
            return self.m(input_ids=input_ids, attention_mask=attention_mask,
                          token_type_ids=token_type_ids).last_hidden_state

    dummy = torch.ones(2, 16, dtype=torch.long)
    tmp = dest / f".{FP32}.{os.getpid()}"
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # tracer notes about constants that are constant for BERT
        torch.onnx.export(
            _Wrap(), (dummy, dummy, torch.zeros_like(dummy)), str(tmp), input_names=_INPUTS,
            output_names=["last_hidden_state"],
            dynamic_axes={n: {0: "batch", 1: "tokens"} for n in [*_INPUTS, "last_hidden_state"]},
            opset_version=17, dynamo=False,
        )
    tmp.replace(dest / FP32)
    quantize(dest)
    return dest


def quantize(dest: Path) -> Path:
    """Write the int8 copy beside the fp32 one (dynamic quantisation: int8 weights per output channel,
    activations quantised on the fly); needs the ``onnx`` package but not torch."""
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
    """Mean-pooled, normalised sentence vectors from an exported transformer, through ONNX Runtime."""

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
            hidden = session.run(None, {"input_ids": ids, "attention_mask": mask,
                                        "token_type_ids": np.zeros_like(ids)})[0]
            summed = (hidden * mask[..., None]).sum(axis=1)
            vecs = summed / np.maximum(mask.sum(axis=1, keepdims=True), 1)
            vecs /= np.maximum(np.linalg.norm(vecs, axis=1, keepdims=True), 1e-12)
            if out is None:
                out = np.zeros((len(texts), vecs.shape[1]), dtype=np.float32)
            out[idx] = vecs
        return [v.tolist() for v in out]
