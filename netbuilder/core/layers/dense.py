"""Fully connected layers, dropout and embeddings."""
from __future__ import annotations

from .registry import register
from .base import LayerSpec, Param, fmt_shape, numel, same_shape
from ..errors import ShapeError
from ..text import msg


def _linear_shape(shapes, p):
    (s,) = shapes
    if len(s) == 0:
        raise ShapeError(msg("Linear needs an input with at least one dimension; it gets a scalar."))
    return (*s[:-1], p["out_features"])


def _linear_count(shapes, p):
    in_f = shapes[0][-1]
    return in_f * p["out_features"] + (p["out_features"] if p["bias"] else 0)


def _linear_flops(shapes, out, p):
    return 2 * shapes[0][-1] * numel(out)


def _linear_module(shapes, p):
    return "nn.Linear", {"in_features": shapes[0][-1], "out_features": p["out_features"], "bias": p["bias"]}


def _embedding_shape(shapes, p):
    s = shapes[0]
    if len(s) != 1:
        raise ShapeError(msg("Embedding needs an input of shape [T] (a sequence of T token numbers); it gets "
                             "{shape}. Put it right after an Input of shape [T].", shape=fmt_shape(s)))
    return (s[0], p["embedding_dim"])


def _embedding_module(shapes, p):
    return "Embedding", {"num_embeddings": p["num_embeddings"], "embedding_dim": p["embedding_dim"]}


register(
    LayerSpec(
        type="Linear", category="Dense",
        explanation=msg("A fully connected (dense) layer: every output is a weighted sum of all inputs plus a bias. "
                        "The workhorse of most networks; follow it with an activation such as ReLU. It acts on the "
                        "last dimension, so put a Flatten before it for images."),
        params=(
            Param("out_features", "int", 16, msg("Number of output units (neurons)"), min=1, max=1_000_000),
            Param("bias", "bool", True, msg("Learn an additive bias for each unit")),
        ),
        shape=_linear_shape, count=_linear_count, flops=_linear_flops, module=_linear_module,
        key_params=("out_features",),
        extra={"example_inputs": [[(8,)], [(5, 8)]]},
    ),
    LayerSpec(
        type="Dropout", category="Normalisation",
        explanation=msg("During training, sets a random fraction p of its inputs to zero (and scales the rest), so "
                        "the network cannot rely on any single unit. Reduces overfitting; does nothing at test time."),
        params=(Param("p", "float", 0.5, msg("Probability of zeroing each element"), min=0.0, max=1.0),),
        shape=same_shape, module=lambda s, p: ("nn.Dropout", {"p": p["p"]}), key_params=("p",),
        extra={"example_inputs": [[(8,)], [(2, 4, 4)]]},
    ),
    LayerSpec(
        type="Embedding", category="Dense",
        explanation=msg("A lookup table that turns each token number (a word or character index) into a learned "
                        "vector of embedding_dim values. Put it first in a text model, then a recurrent or "
                        "attention layer."),
        params=(
            Param("num_embeddings", "int", 100, msg("Vocabulary size: token numbers run from 0 to this minus 1"), min=1,
                  max=10_000_000),
            Param("embedding_dim", "int", 32, msg("Length of the vector learned for each token"), min=1, max=65536),
        ),
        shape=_embedding_shape, count=lambda shapes, p: p["num_embeddings"] * p["embedding_dim"],
        flops=lambda shapes, out, p: 0, module=_embedding_module, key_params=("num_embeddings", "embedding_dim"),
        label=lambda p: f"Embedding {p['num_embeddings']}x{p['embedding_dim']}",
        extra={"example_inputs": [[(7,)]]},
    ),
)
