"""Layers with several inputs: residual sums and concatenation."""
from __future__ import annotations

from .registry import register
from .base import LayerSpec, Param, fmt_shape
from ..errors import ShapeError
from ..text import msg


def _add_shape(shapes, p):
    first = shapes[0]
    for other in shapes[1:]:
        if other != first:
            got = " and ".join(fmt_shape(s) for s in shapes)
            raise ShapeError(msg("Add needs equal shapes; it gets {got}. Change the layers before it so that their "
                                 "outputs match (same units or channels, same size).", got=got))
    return first


def _concat_shape(shapes, p):
    rank = len(shapes[0])
    dim = p["dim"]
    axis = dim - 1 if dim > 0 else rank + dim  # position in the per-sample shape
    if dim == 0 or not 0 <= axis < rank:
        raise ShapeError(msg("Concat over dim {dim} does not fit inputs of shape {shape}: dim counts the batch as "
                             "0, so use 1..{rank} (or -1 for the last).", dim=dim, shape=fmt_shape(shapes[0]),
                             rank=rank))
    for s in shapes[1:]:
        if len(s) != rank or any(a != b for i, (a, b) in enumerate(zip(s, shapes[0])) if i != axis):
            got = " and ".join(fmt_shape(x) for x in shapes)
            raise ShapeError(msg("Concat along dim {dim} needs inputs that agree in every other dimension; it gets "
                                 "{got}.", dim=dim, got=got))
    out = list(shapes[0])
    out[axis] = sum(s[axis] for s in shapes)
    return tuple(out)


register(
    LayerSpec(
        type="Add", category="Merge",
        explanation=msg("Adds its inputs element by element. With a skip connection it makes a residual block: the "
                        "layers in between only learn a correction, which lets deep networks train."),
        shape=_add_shape, module=lambda s, p: ("Add", {}), min_inputs=2, max_inputs=None,
        flops=lambda shapes, out, p: (len(shapes) - 1) * _numel(out),
        extra={"example_inputs": [[(8,), (8,)], [(2, 3, 3), (2, 3, 3), (2, 3, 3)]]},
    ),
    LayerSpec(
        type="Concat", category="Merge",
        explanation=msg("Joins its inputs side by side along one dimension (1 = features or channels). Use it to "
                        "combine branches that look at the data differently."),
        params=(Param("dim", "int", 1, msg("Dimension to join along, counted with the batch dimension"), min=-8,
                      max=8),),
        shape=_concat_shape, module=lambda s, p: ("Concat", {"dim": p["dim"]}), min_inputs=2, max_inputs=None, key_params=("dim",),
        flops=lambda shapes, out, p: 0,
        extra={"example_inputs": [[(3,), (5,)], [(2, 4, 4), (3, 4, 4)]]},
    ),
)


def _numel(shape):
    n = 1
    for d in shape:
        n *= d
    return n
