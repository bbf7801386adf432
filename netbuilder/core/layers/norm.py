"""Normalisation and channel dropout: layers that keep the shape and steady the values flowing through.

FLOPs per sample: about 4 per value for batch and layer normalisation (subtract, divide, scale, shift; layer
norm adds the mean and variance it computes, counted in the same rough figure), 1 per value for dropout.
"""
from __future__ import annotations

from .registry import register
from .base import LayerSpec, Param, need_rank, numel
from ..errors import ShapeError
from ..text import msg

_EPS = Param("eps", "float", 1e-5, msg("Small number added to the variance so it never divides by zero"), min=0.0,
             max=1.0)
_MOMENTUM = Param("momentum", "float", 0.1, msg("How fast the running mean and variance (used at test time) follow "
                                                "the batches"), min=0.0, max=1.0)
_AFFINE = Param("affine", "bool", True, msg("Learn a scale and a shift per channel after normalising"))


def _bn1d_shape(shapes, p):
    need_rank("BatchNorm1d", shapes[0], (1, 2), msg("[F] (features) or [C, L] (channels, length)"),
              msg("Use BatchNorm2d for images [C, H, W]."))
    return shapes[0]


def _bn2d_shape(shapes, p):
    need_rank("BatchNorm2d", shapes[0], (3,), msg("[C, H, W]"),
              msg("Put it after a Conv2d; use BatchNorm1d after Linear layers."))
    return shapes[0]


def _dropout2d_shape(shapes, p):
    need_rank("Dropout2d", shapes[0], (3,), msg("[C, H, W]"), msg("Put it after a Conv2d; use Dropout after Linear "
                                                                  "layers."))
    return shapes[0]


def _layernorm_shape(shapes, p):
    s = shapes[0]
    if len(s) == 0:
        raise ShapeError(msg("LayerNorm needs an input with at least one dimension; it gets a single number."))
    return s


def _batchnorm(type_name, shape, explanation, examples):
    return LayerSpec(
        type=type_name, category="Normalisation", explanation=explanation, params=(_EPS, _MOMENTUM, _AFFINE),
        shape=shape, count=lambda shapes, p: 2 * shapes[0][0] if p["affine"] else 0,
        flops=lambda shapes, out, p: 4 * numel(out),
        module=lambda s, p: (f"nn.{type_name}", {"num_features": s[0][0], "eps": p["eps"], "momentum": p["momentum"],
                                                 "affine": p["affine"]}),
        extra={"example_inputs": examples},
    )


register(
    LayerSpec(
        type="Dropout2d", category="Normalisation",
        explanation=msg("During training, switches off whole feature maps (channels) at random instead of single "
                        "values, which suits convolutions whose neighbouring values are alike. Off at test time."),
        params=(Param("p", "float", 0.5, msg("Probability of zeroing each channel"), min=0.0, max=1.0),),
        shape=_dropout2d_shape, module=lambda s, p: ("nn.Dropout2d", {"p": p["p"]}), key_params=("p",),
        extra={"example_inputs": [[(4, 5, 5)]]},
    ),
    _batchnorm("BatchNorm1d", _bn1d_shape,
               "Rescales each feature to mean 0 and variance 1 over the batch, then learns a scale and shift. "
               "Makes training faster and steadier; put it after a Linear (or Conv1d) layer, before the activation.",
               [[(8,)], [(3, 10)]]),
    _batchnorm("BatchNorm2d", _bn2d_shape,
               "Rescales each channel of an image to mean 0 and variance 1 over the batch, then learns a scale "
               "and shift. Put it after a Conv2d, before the activation, to train deep CNNs faster.",
               [[(4, 6, 6)]]),
    LayerSpec(
        type="LayerNorm", category="Normalisation",
        explanation=msg("Rescales the values of each sample (over its last dimension) to mean 0 and variance 1, "
                        "then learns a scale and shift. Unlike BatchNorm it does not depend on the batch; used in "
                        "transformers and recurrent networks."),
        params=(_EPS, Param("elementwise_affine", "bool", True, msg("Learn a scale and a shift per feature"))),
        shape=_layernorm_shape, count=lambda shapes, p: 2 * shapes[0][-1] if p["elementwise_affine"] else 0,
        flops=lambda shapes, out, p: 4 * numel(out),
        module=lambda s, p: ("nn.LayerNorm", {"normalized_shape": s[0][-1], "eps": p["eps"],
                                              "elementwise_affine": p["elementwise_affine"]}),
        extra={"example_inputs": [[(8,)], [(5, 6)], [(2, 3, 4)]]},
    ),
)
