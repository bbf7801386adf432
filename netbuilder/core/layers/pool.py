"""Pooling: shrink a sequence [C, L] or an image [C, H, W] by summarising small windows. Nothing to learn.

FLOPs per sample: one comparison (max) or addition (average) per window element and output value, i.e.
``prod(kernel_size) * numel(output)``; adaptive average pooling reads every input value once (``numel(input)``).
"""
from __future__ import annotations

from .registry import register
from .base import LayerSpec, Param, conv_out, numel
from .conv import empty_output, fmt_sizes, need_spatial, size_arg, sizes
from ..errors import ShapeError
from ..text import msg


def _windows(type_name, n, p):
    """kernel, stride and padding as n numbers each (stride None: as kernel_size)."""
    k = sizes(type_name, p, "kernel_size", n)
    st = k if p["stride"] is None else sizes(type_name, p, "stride", n)
    pad = sizes(type_name, p, "padding", n)
    return k, st, pad


def _pool_shape(type_name, n):
    def shape(shapes, p):
        s = shapes[0]
        need_spatial(type_name, s, n)
        k, st, pad = _windows(type_name, n, p)
        if any(pad[i] > k[i] // 2 for i in range(n)):
            raise ShapeError(msg("{type_name}'s padding can be at most half its kernel size; it is {padding} for "
                                 "a {kernel} kernel.", type_name=type_name, padding=fmt_sizes(p['padding']),
                                 kernel=fmt_sizes(k)))
        out = tuple(conv_out(s[1 + i], k[i], st[i], pad[i]) for i in range(n))
        if any(d <= 0 for d in out):
            raise empty_output(type_name, s[1:], k, msg("window"))
        return (s[0], *out)
    return shape


def _pool_flops(n):
    return lambda shapes, out, p: numel(sizes("pool", p, "kernel_size", n)) * numel(out)


def _pool_module(type_name, n):
    def module(shapes, p):
        kwargs = {"kernel_size": size_arg(p["kernel_size"], n)}
        if p["stride"] is not None:
            kwargs["stride"] = size_arg(p["stride"], n)
        kwargs["padding"] = size_arg(p["padding"], n)
        return f"nn.{type_name}", kwargs
    return module


def _pool_spec(type_name, n, explanation, examples):
    return LayerSpec(
        type=type_name, category="Pooling", explanation=explanation,
        params=(
            Param("kernel_size", "size", 2, msg("Window size: one number, or one per spatial dimension"), min=1,
                  max=1024),
            Param("stride", "size", None, msg("Step between windows; empty means the same as kernel_size"), min=1,
                  max=1024, nullable=True),
            Param("padding", "size", 0, msg("Values added on each side (at most half the kernel size)"), min=0,
                  max=512),
        ),
        shape=_pool_shape(type_name, n), flops=_pool_flops(n), module=_pool_module(type_name, n),
        key_params=("kernel_size",), label=lambda p: f"{type_name} {fmt_sizes(p['kernel_size'], n)}",
        extra={"example_inputs": examples},
    )


def _adaptive_shape(shapes, p):
    s = shapes[0]
    need_spatial("AdaptiveAvgPool2d", s, 2)
    return (s[0], *sizes("AdaptiveAvgPool2d", p, "output_size", 2))


register(
    _pool_spec("MaxPool1d", 1,
               "Keeps the largest value in each window along a sequence, halving its length with the default "
               "window of 2. Makes the network care whether a pattern occurs, not exactly where.",
               [[(3, 10)], [(2, 7)]]),
    _pool_spec("MaxPool2d", 2,
               "Keeps the largest value in each small window of an image (2x2 halves height and width). Usually "
               "follows a convolution and ReLU: it shrinks the maps and adds a little tolerance to shifts.",
               [[(3, 8, 8)], [(2, 7, 5)]]),
    _pool_spec("AvgPool2d", 2,
               "Replaces each small window of an image by its average (2x2 halves height and width). A smoother "
               "alternative to max pooling.",
               [[(3, 8, 8)], [(1, 5, 9)]]),
    LayerSpec(
        type="AdaptiveAvgPool2d", category="Pooling",
        explanation=msg("Averages each feature map down to a fixed size, whatever the input size; with output_size "
                        "1 it gives one number per channel (global average pooling), often used before the "
                        "classifier."),
        params=(Param("output_size", "size", 1, msg("Height and width of the result: one number or two"), min=1,
                      max=4096),),
        shape=_adaptive_shape, flops=lambda shapes, out, p: numel(shapes[0]),
        module=lambda s, p: ("nn.AdaptiveAvgPool2d", {"output_size": size_arg(p["output_size"], 2)}),
        key_params=("output_size",), label=lambda p: f"AdaptiveAvgPool2d {fmt_sizes(p['output_size'], 2)}",
        extra={"example_inputs": [[(4, 7, 7)], [(2, 3, 5)]]},
    ),
)
