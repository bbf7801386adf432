"""Attention: every position of a sequence [T, E] looks at every other and takes what it needs.

FLOPs per sample for self-attention over T tokens of E features: the query, key, value and output projections
do ``4 * T * E * E`` multiply-adds and the scores and weighted sums ``2 * T * T * E``, i.e. about
``8*T*E^2 + 4*T^2*E`` FLOPs (softmax and biases left out). A transformer encoder layer adds its two feed-forward
Linear layers, ``4 * T * E * dim_feedforward``.
"""
from __future__ import annotations

from .registry import register
from .base import LayerSpec, Param, fmt_shape
from ..errors import ShapeError
from ..text import msg


def _self_attention_shape(type_name, heads_param):
    def shape(shapes, p):
        s = shapes[0]
        if len(s) != 2:
            raise ShapeError(msg("{type_name} needs an input of shape [T, E] (T tokens of E features); it gets "
                                 "{shape}. Put it after an Embedding, a recurrent layer with return_sequences, or a "
                                 "Reshape.", type_name=type_name, shape=fmt_shape(s)))
        embed, heads = s[1], p[heads_param]
        if embed % heads:
            fits = ", ".join(str(d) for d in [d for d in range(1, min(embed, 64) + 1) if embed % d == 0][:8])
            raise ShapeError(msg("{type_name} splits its {embed} input features among {heads_param} = {heads} "
                                 "heads, so the feature count must be divisible by {heads_param}; {embed} is not. "
                                 "Use {heads_param} {fits}, or change the layer before it.", type_name=type_name,
                                 embed=embed, heads_param=heads_param, heads=heads, fits=fits))
        return s
    return shape


def _attention_count(embed, bias):
    return 4 * embed * embed + (4 * embed if bias else 0)


def _attention_flops(steps, embed):
    return 8 * steps * embed * embed + 4 * steps * steps * embed


def _encoder_count(shapes, p):
    embed, ff = shapes[0][1], p["dim_feedforward"]
    linears = embed * ff + ff + ff * embed + embed
    return _attention_count(embed, True) + linears + 4 * embed  # two LayerNorms with scale and shift


def _encoder_flops(shapes, out, p):
    steps, embed = shapes[0]
    return _attention_flops(steps, embed) + 4 * steps * embed * p["dim_feedforward"]


def _encoder_module(shapes, p):
    return "nn.TransformerEncoderLayer", {
        "d_model": shapes[0][1], "nhead": p["nhead"], "dim_feedforward": p["dim_feedforward"],
        "dropout": float(p["dropout"]), "activation": p["activation"], "batch_first": True,
        "norm_first": p["norm_first"],
    }


_DROPOUT = Param("dropout", "float", 0.0, msg("Dropout on the attention weights during training"), min=0.0, max=1.0)

register(
    LayerSpec(
        type="MultiheadAttention", category="Attention",
        explanation=msg("Self-attention: each position of the sequence builds its output as a weighted mix of all "
                        "positions, with weights it learns to choose, in several independent heads. The core of "
                        "transformers; add positional information if order matters."),
        params=(
            Param("num_heads", "int", 4, msg("Number of parallel attention heads; must divide the feature count"),
                  min=1, max=256),
            _DROPOUT,
            Param("bias", "bool", True, msg("Learn additive biases in the projections")),
        ),
        shape=_self_attention_shape("MultiheadAttention", "num_heads"),
        count=lambda shapes, p: _attention_count(shapes[0][1], p["bias"]),
        flops=lambda shapes, out, p: _attention_flops(*shapes[0]),
        module=lambda s, p: ("MultiheadAttention", {"embed_dim": s[0][1], "num_heads": p["num_heads"],
                                                    "dropout": float(p["dropout"]), "bias": p["bias"]}),
        key_params=("num_heads",), label=lambda p: f"MultiheadAttention {p['num_heads']} heads",
        extra={"example_inputs": [[(5, 8)], [(1, 12)]]},
    ),
    LayerSpec(
        type="TransformerEncoderLayer", category="Attention",
        explanation=msg("One transformer block: self-attention followed by a small two-layer network, each with a "
                        "residual connection and LayerNorm. Stack a few after an Embedding for sequence tasks."),
        params=(
            Param("nhead", "int", 4, msg("Number of attention heads; must divide the feature count"), min=1, max=256),
            Param("dim_feedforward", "int", 256, msg("Width of the inner feed-forward network (PyTorch's default is "
                                                     "2048)"), min=1, max=1_000_000),
            Param("dropout", "float", 0.1, msg("Dropout after attention and in the feed-forward network"), min=0.0,
                  max=1.0),
            Param("activation", "choice", "relu", msg("Activation inside the feed-forward network"),
                  choices=("relu", "gelu")),
            Param("norm_first", "bool", False, msg("Normalise before attention and feed-forward (often trains more "
                                                   "stably) instead of after")),
        ),
        shape=_self_attention_shape("TransformerEncoderLayer", "nhead"), count=_encoder_count,
        flops=_encoder_flops, module=_encoder_module, key_params=("nhead",),
        label=lambda p: f"TransformerEncoderLayer {p['nhead']} heads",
        extra={"example_inputs": [[(5, 8)], [(1, 4)]]},
    ),
)
