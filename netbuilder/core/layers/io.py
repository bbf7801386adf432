"""The graph's entry point."""
from __future__ import annotations

from .registry import register
from .base import LayerSpec, Param
from ..text import msg


def _input_shape(shapes, p):
    return tuple(p["shape"])


register(LayerSpec(
    type="Input", category="Input/Output",
    explanation=msg("Where data enters the network. Its shape is the shape of one sample: [2] for two numbers, [1, "
                    "28, 28] for a grey 28x28 image, [28, 28] for a sequence of 28 steps of 28 features."),
    params=(Param("shape", "shape", [2], msg("Shape of one sample, without the batch dimension"), min=1),),
    shape=_input_shape, min_inputs=0, max_inputs=0, key_params=("shape",), flops=lambda s, o, p: 0,
))
