"""The ONNX graph of a BERT sentence encoder (all-MiniLM-L6-v2), assembled from its weights without torch.

The bundled model ships ``config.json`` and ``model.safetensors``; ``safetensors`` reads the weights into
numpy and the ``onnx`` package's helpers write the graph that sentence-transformers runs:

    embeddings (word + position + token type, LayerNorm)
    -> N encoder layers (self-attention with the padding mask, add & LayerNorm, GELU feed-forward, add & LayerNorm)
    -> mean of the token vectors under the attention mask -> L2 normalisation

Inputs are ``input_ids``, ``attention_mask`` and ``token_type_ids`` (int64, batch x tokens); the output
``sentence_embedding`` (float32, batch x hidden) is what ``SentenceTransformer.encode(normalize_embeddings=True)``
returns: cosine >= 0.9999 on corpus chunks (``tests/test_onnx_graph.py``). Opset 17, so any ONNX Runtime
since 1.14 runs it.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

from ..errors import EmbedderError

OPSET = 17
OUTPUT = "sentence_embedding"
INPUTS = ("input_ids", "attention_mask", "token_type_ids")


class _Graph:
    """Nodes and initialisers under construction, with fresh names."""

    def __init__(self, weights: dict[str, Any]) -> None:
        from onnx import helper, numpy_helper

        self.helper = helper
        self.numpy_helper = numpy_helper
        self.weights = weights
        self.nodes: list[Any] = []
        self.inits: list[Any] = []
        self._n = 0

    def name(self, hint: str) -> str:
        self._n += 1
        return f"{hint}_{self._n}"

    def op(self, op_type: str, inputs: list[str], hint: str = "", **attrs: Any) -> str:
        out = self.name(hint or op_type.lower())
        self.nodes.append(self.helper.make_node(op_type, inputs, [out], name=out, **attrs))
        return out

    def const(self, value: Any, hint: str = "c") -> str:
        import numpy as np

        name = self.name(hint)
        self.inits.append(self.numpy_helper.from_array(np.asarray(value), name))
        return name

    def weight(self, key: str, transpose: bool = False) -> str:
        """A tensor of the checkpoint as an initialiser (a linear layer's weight transposed for MatMul)."""
        import numpy as np

        if key not in self.weights:
            raise EmbedderError(f"the model's weights have no {key!r}: not a BERT checkpoint this builder knows")
        value = self.weights[key].astype(np.float32)
        return self.const(np.ascontiguousarray(value.T) if transpose else value, key)

    def linear(self, x: str, prefix: str) -> str:
        return self.op("Add", [self.op("MatMul", [x, self.weight(f"{prefix}.weight", transpose=True)]),
                               self.weight(f"{prefix}.bias")])

    def layer_norm(self, x: str, prefix: str, eps: float) -> str:
        return self.op("LayerNormalization", [x, self.weight(f"{prefix}.weight"), self.weight(f"{prefix}.bias")],
                       axis=-1, epsilon=eps)


def _attention(g: _Graph, x: str, mask_bias: str, prefix: str, heads: int, hidden: int) -> str:
    """Multi-head self-attention of one layer (before its output projection)."""
    import numpy as np

    head_dim = hidden // heads
    split = g.const(np.array([0, 0, heads, head_dim], dtype=np.int64), "split_heads")

    def heads_of(name: str, perm: list[int]) -> str:
        return g.op("Transpose", [g.op("Reshape", [g.linear(x, f"{prefix}.{name}"), split])], perm=perm)

    q = heads_of("query", [0, 2, 1, 3])  # batch, heads, tokens, head_dim
    k = heads_of("key", [0, 2, 3, 1])  # batch, heads, head_dim, tokens
    v = heads_of("value", [0, 2, 1, 3])
    scale = g.const(np.array(1.0 / math.sqrt(head_dim), dtype=np.float32), "scale")
    scores = g.op("Add", [g.op("Mul", [g.op("MatMul", [q, k]), scale]), mask_bias])
    context = g.op("MatMul", [g.op("Softmax", [scores], axis=-1), v])
    merged = g.const(np.array([0, 0, hidden], dtype=np.int64), "merge_heads")
    return g.op("Reshape", [g.op("Transpose", [context], perm=[0, 2, 1, 3]), merged])


def _gelu(g: _Graph, x: str) -> str:
    """GELU as BERT computes it: 0.5 * x * (1 + erf(x / sqrt(2)))."""
    import numpy as np

    erf = g.op("Erf", [g.op("Div", [x, g.const(np.array(math.sqrt(2.0), dtype=np.float32), "sqrt2")])])
    one = g.const(np.array(1.0, dtype=np.float32), "one")
    half = g.const(np.array(0.5, dtype=np.float32), "half")
    return g.op("Mul", [g.op("Mul", [x, half]), g.op("Add", [erf, one])])


def build_graph(weights: dict[str, Any], config: dict[str, Any]) -> Any:
    """The ``onnx.ModelProto`` of a BERT encoder with mean pooling and normalisation, from its weights."""
    import numpy as np
    from onnx import TensorProto, checker, helper

    hidden = int(config["hidden_size"])
    heads = int(config["num_attention_heads"])
    layers = int(config["num_hidden_layers"])
    eps = float(config.get("layer_norm_eps", 1e-12))
    if config.get("model_type", "bert") != "bert" or config.get("hidden_act", "gelu") != "gelu" \
            or config.get("position_embedding_type", "absolute") != "absolute":
        raise EmbedderError("only BERT encoders with absolute positions and GELU can be built without torch")
    prefix = "bert." if "bert.embeddings.word_embeddings.weight" in weights else ""
    g = _Graph({k.removeprefix(prefix): v for k, v in weights.items()})

    ids, mask, types = INPUTS
    zero, one = (g.const(np.array(v, dtype=np.int64), f"i{v}") for v in (0, 1))
    tokens = g.op("Gather", [g.op("Shape", [ids]), one], axis=0)  # a scalar
    positions = g.op("Range", [zero, tokens, one])
    x = g.op("Add", [g.op("Add", [g.op("Gather", [g.weight("embeddings.word_embeddings.weight"), ids]),
                                  g.op("Gather", [g.weight("embeddings.position_embeddings.weight"), positions])]),
                     g.op("Gather", [g.weight("embeddings.token_type_embeddings.weight"), types])])
    x = g.layer_norm(x, "embeddings.LayerNorm", eps)

    mask_f = g.op("Cast", [mask], to=TensorProto.FLOAT)
    # padding gets the lowest float added to its scores, as transformers does: exp() makes it exactly 0
    lowest = g.const(np.array(np.finfo(np.float32).min, dtype=np.float32), "lowest")
    inverted = g.op("Sub", [g.const(np.array(1.0, dtype=np.float32), "one"), mask_f])
    axes12 = g.const(np.array([1, 2], dtype=np.int64), "axes12")
    mask_bias = g.op("Unsqueeze", [g.op("Mul", [inverted, lowest]), axes12])  # batch, 1, 1, tokens

    for n in range(layers):
        p = f"encoder.layer.{n}"
        attended = g.linear(_attention(g, x, mask_bias, f"{p}.attention.self", heads, hidden),
                            f"{p}.attention.output.dense")
        x = g.layer_norm(g.op("Add", [attended, x]), f"{p}.attention.output.LayerNorm", eps)
        inner = _gelu(g, g.linear(x, f"{p}.intermediate.dense"))
        x = g.layer_norm(g.op("Add", [g.linear(inner, f"{p}.output.dense"), x]), f"{p}.output.LayerNorm", eps)

    # mean pooling under the mask (sentence-transformers clamps the count at 1e-9), then L2 (F.normalize: 1e-12)
    axis1 = g.const(np.array([1], dtype=np.int64), "axis1")
    weights3 = g.op("Unsqueeze", [mask_f, g.const(np.array([2], dtype=np.int64), "axis2")])
    summed = g.op("ReduceSum", [g.op("Mul", [x, weights3]), axis1], keepdims=0)
    count = g.op("Max", [g.op("ReduceSum", [mask_f, axis1], keepdims=1),
                         g.const(np.array(1e-9, dtype=np.float32), "min_count")])
    pooled = g.op("Div", [summed, count])
    axis_last = g.const(np.array([-1], dtype=np.int64), "axis_last")
    norm = g.op("Sqrt", [g.op("ReduceSum", [g.op("Mul", [pooled, pooled]), axis_last], keepdims=1)])
    norm = g.op("Max", [norm, g.const(np.array(1e-12, dtype=np.float32), "min_norm")])
    g.nodes.append(helper.make_node("Div", [pooled, norm], [OUTPUT], name=OUTPUT))

    dims = ["batch", "tokens"]
    graph = helper.make_graph(
        g.nodes, "sentence_encoder",
        [helper.make_tensor_value_info(name, TensorProto.INT64, dims) for name in INPUTS],
        [helper.make_tensor_value_info(OUTPUT, TensorProto.FLOAT, ["batch", hidden])],
        initializer=g.inits,
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)], producer_name="minutes_rag")
    model.ir_version = 8  # what ONNX Runtime 1.14 and later read
    checker.check_model(model)
    return model


def build(model_dir: Path, dest: Path) -> Path:
    """Write the fp32 ONNX graph of the sentence-transformers BERT model in ``model_dir`` to ``dest``."""
    import onnx
    from safetensors.numpy import load_file

    weights_file = model_dir / "model.safetensors"
    if not weights_file.exists():
        raise EmbedderError(f"no model.safetensors in {model_dir}: the ONNX graph is built from safetensors weights")
    config = json.loads((model_dir / "config.json").read_text(encoding="utf-8"))
    pooling = model_dir / "1_Pooling" / "config.json"
    if pooling.exists() and not json.loads(pooling.read_text(encoding="utf-8")).get("pooling_mode_mean_tokens", True):
        raise EmbedderError(f"{model_dir} does not pool by mean: only mean pooling is built without torch")
    model = build_graph(load_file(str(weights_file)), config)
    dest.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(model, str(dest))
    return dest
