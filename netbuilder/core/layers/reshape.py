"""Layers that only rearrange values: Flatten, Unflatten, Reshape."""
from __future__ import annotations

from .registry import register
from .base import LayerSpec, Param, fmt_shape, numel
from ..errors import ShapeError
from ..text import msg


def _flatten_shape(shapes, p):
    s = shapes[0]
    rank = len(s) + 1  # with the batch
    start = p["start_dim"] % rank
    end = p["end_dim"] % rank
    if start == 0:
        raise ShapeError(msg("Flatten with start_dim 0 would merge the batch; use start_dim 1."))
    if start > end:
        raise ShapeError(msg("Flatten's start_dim {start_dim} comes after end_dim {end_dim} for an input of shape "
                             "{shape}.", start_dim=p['start_dim'], end_dim=p['end_dim'], shape=fmt_shape(s)))
    full = (None, *s)
    return (*full[1:start], numel(full[start:end + 1]), *full[end + 1:])


def _flatten_module(shapes, p):
    return "nn.Flatten", {"start_dim": p["start_dim"], "end_dim": p["end_dim"]}


def _reshape_shape(shapes, p):
    s = shapes[0]
    target = list(p["shape"])
    if target.count(-1) > 1:
        raise ShapeError(msg("Reshape allows at most one -1 in its shape."))
    if -1 in target:
        known = numel([d for d in target if d != -1])
        if numel(s) % known:
            raise ShapeError(msg("Reshape cannot fit {numel} values ({shape}) into {shape2}.", numel=numel(s),
                                 shape=fmt_shape(s), shape2=fmt_shape(target)))
        target[target.index(-1)] = numel(s) // known
    if numel(target) != numel(s):
        raise ShapeError(msg("Reshape needs the same number of values: {shape} holds {numel}, {shape2} holds "
                             "{numel2}.", shape=fmt_shape(s), numel=numel(s), shape2=fmt_shape(target),
                             numel2=numel(target)))
    return tuple(target)


def _reshape_module(shapes, p):
    return "Reshape", {"shape": list(_reshape_shape(shapes, p))}


def _unflatten_shape(shapes, p):
    s = shapes[0]
    rank = len(s) + 1
    dim = p["dim"] % rank
    if dim == 0 or not -rank <= p["dim"] < rank:
        raise ShapeError(msg("Unflatten's dim {dim} does not fit an input of shape {shape}; use 1..{n_s}.",
                             dim=p['dim'], shape=fmt_shape(s), n_s=len(s)))
    size = list(p["unflattened_size"])
    if numel(size) != s[dim - 1]:
        raise ShapeError(msg("Unflatten must split dimension {dim} of size {s} into sizes whose product is {s}; "
                             "{shape} makes {numel}.", dim=p['dim'], s=s[dim - 1], shape=fmt_shape(size),
                             numel=numel(size)))
    return (*s[:dim - 1], *size, *s[dim:])


def _unflatten_module(shapes, p):
    return "nn.Unflatten", {"dim": p["dim"], "unflattened_size": list(p["unflattened_size"])}


register(
    LayerSpec(
        type="Flatten", category="Reshape",
        explanation=msg("Turns each sample into one long vector, e.g. a [1, 28, 28] image into [784] values. Put it "
                        "between convolution/pooling layers and Linear layers."),
        params=(Param("start_dim", "int", 1, msg("First dimension to flatten (with the batch as 0)"), min=-8, max=8),
                Param("end_dim", "int", -1, msg("Last dimension to flatten"), min=-8, max=8)),
        shape=_flatten_shape, module=_flatten_module, flops=lambda s, o, p: 0,
        extra={"example_inputs": [[(2, 4, 4)], [(6,)]]},
    ),
    LayerSpec(
        type="Reshape", category="Reshape",
        explanation=msg("Rearranges each sample into a new shape with the same number of values, e.g. [784] into "
                        "[1, 28, 28] so that convolutions can see it as an image. One size may be -1 (inferred)."),
        params=(Param("shape", "shape", [-1], msg("New shape of one sample, without the batch dimension"), min=-1),),
        shape=_reshape_shape, module=_reshape_module, key_params=("shape",), flops=lambda s, o, p: 0,
        extra={"example_inputs": [[(16,)], [(2, 8)]], "example_params": {"shape": [1, 4, -1]}},
    ),
    LayerSpec(
        type="Unflatten", category="Reshape",
        explanation=msg("Splits one dimension into several, e.g. [784] into [1, 28, 28]. The opposite of Flatten."),
        params=(Param("dim", "int", 1, msg("Dimension to split (with the batch as 0)"), min=-8, max=8),
                Param("unflattened_size", "shape", [1, 28, 28], msg("Sizes it is split into"), min=1)),
        shape=_unflatten_shape, module=_unflatten_module, key_params=("unflattened_size",), flops=lambda s, o, p: 0,
        extra={"example_inputs": [[(784,)]]},
    ),
)
