"""Convolutions and upsampling: layers that slide small filters over a sequence [C, L] or an image [C, H, W].

FLOPs per sample: a convolution does ``in_channels * prod(kernel_size)`` multiply-adds (2 FLOPs each) per output
value, plus one for the bias; a transposed convolution does the same work per *input* value. Nearest-neighbour
upsampling only copies (0 FLOPs); bilinear costs about 7 per output value (4 weighted reads and their sum).
"""
from __future__ import annotations

from .registry import register
from .base import LayerSpec, Param, conv_out, fmt_shape, numel, pair
from ..errors import ShapeError
from ..text import msg

#: What the input must look like and where to find one, by number of spatial dimensions (see need_spatial).
RANK_TEXT = {
    1: (msg("[C, L] (channels, length)"), msg("Put it after a sequence Input such as [1, 100] or a Reshape.")),
    2: (msg("[C, H, W]"), msg("Put it after an image Input or a Reshape.")),
}


def need_spatial(type_name: str, shape, n: int) -> None:
    """Raise the house-style ShapeError unless ``shape`` is [C, L] (n = 1) or [C, H, W] (n = 2)."""
    if len(shape) != n + 1:
        what, hint = RANK_TEXT[n]
        raise ShapeError(msg("{type_name} needs an input of shape {what}; it gets {shape}. {hint}",
                             type_name=type_name, what=what, shape=fmt_shape(shape), hint=hint))


def sizes(type_name: str, p: dict, name: str, n: int) -> tuple[int, ...]:
    """Parameter ``name`` as ``n`` numbers: ``3`` -> ``(3, 3)``, ``[3]`` -> ``(3, 3)``, ``[3, 5]`` stays."""
    try:
        return pair(p[name], n)
    except ShapeError:
        raise ShapeError(msg("{type_name}'s {name} must be one number or {n} numbers (one per spatial dimension); "
                             "it is {value}.", type_name=type_name, name=name, n=n, value=list(p[name]))) from None


def size_arg(value, n: int):
    """A size parameter as a plain constructor argument: one int when all its entries agree, else a list."""
    if isinstance(value, int):
        return value
    value = list(value) * (n if len(value) == 1 else 1)
    return value[0] if len(set(value)) == 1 else value


def fmt_sizes(value, n: int | None = None) -> str:
    """``3`` -> ``3`` (or ``3x3`` with n = 2); ``[3, 5]`` -> ``3x5``."""
    if isinstance(value, int):
        value = [value]
    if len(value) == 1 and n:
        value = list(value) * n
    return "x".join(str(v) for v in value)


def empty_output(type_name: str, spatial_in, kernel, what: str = msg("kernel")) -> ShapeError:
    size = "x".join(map(str, spatial_in))
    return ShapeError(msg("{type_name}'s {kernel} {what} does not fit its input of size {size}: the output would "
                          "be empty. Use a smaller kernel or stride, more padding, or place it before the size "
                          "shrinks.", type_name=type_name, kernel="x".join(map(str, kernel)), what=what, size=size))


# Conv1d, Conv2d -------------------------------------------------------------------------------------------

def _conv_shape(type_name, n):
    def shape(shapes, p):
        s = shapes[0]
        need_spatial(type_name, s, n)
        k, st, pad, dil = (sizes(type_name, p, name, n) for name in ("kernel_size", "stride", "padding", "dilation"))
        out = tuple(conv_out(s[1 + i], k[i], st[i], pad[i], dil[i]) for i in range(n))
        if any(d <= 0 for d in out):
            what = msg("dilated kernel") if any(d > 1 for d in dil) else msg("kernel")
            raise empty_output(type_name, s[1:], [dil[i] * (k[i] - 1) + 1 for i in range(n)], what)
        return (p["out_channels"], *out)
    return shape


def _conv_count(n):
    def count(shapes, p):
        k = sizes("Conv", p, "kernel_size", n)
        return shapes[0][0] * p["out_channels"] * numel(k) + (p["out_channels"] if p["bias"] else 0)
    return count


def _conv_flops(n):
    def flops(shapes, out, p):
        per_output = 2 * shapes[0][0] * numel(sizes("Conv", p, "kernel_size", n)) + (1 if p["bias"] else 0)
        return per_output * numel(out)
    return flops


def _conv_module(type_name, n):
    def module(shapes, p):
        kwargs = {"in_channels": shapes[0][0], "out_channels": p["out_channels"]}
        for name in ("kernel_size", "stride", "padding", "dilation"):
            kwargs[name] = size_arg(p[name], n)
        kwargs["bias"] = p["bias"]
        return f"nn.{type_name}", kwargs
    return module


def _conv_label(type_name, n):
    return lambda p: f"{type_name} {p['out_channels']}@{fmt_sizes(p['kernel_size'], n)}"


def _conv_params(kernel_default):
    return (
        Param("out_channels", "int", 16, msg("Number of filters, i.e. output channels (feature maps)"), min=1,
              max=65536),
        Param("kernel_size", "size", kernel_default, msg("Filter size: one number, or one per spatial dimension"),
              min=1, max=1024),
        Param("stride", "size", 1, msg("Step between filter positions; 2 halves the size"), min=1, max=1024),
        Param("padding", "size", 0, msg("Zeros added on each side; (kernel_size - 1) / 2 keeps the size"), min=0,
              max=1024),
        Param("dilation", "size", 1, msg("Spacing between filter taps; more than 1 widens the view cheaply"), min=1,
              max=1024),
        Param("bias", "bool", True, msg("Learn an additive bias for each output channel")),
    )


def _conv_spec(type_name, n, explanation, examples):
    return LayerSpec(
        type=type_name, category="Convolution", explanation=explanation, params=_conv_params(3),
        shape=_conv_shape(type_name, n), count=_conv_count(n), flops=_conv_flops(n),
        module=_conv_module(type_name, n), key_params=("out_channels", "kernel_size"),
        label=_conv_label(type_name, n),
        extra={"example_inputs": examples},
    )


# ConvTranspose2d ------------------------------------------------------------------------------------------

def _tconv_shape(shapes, p):
    s = shapes[0]
    need_spatial("ConvTranspose2d", s, 2)
    k, st, pad, opad = (sizes("ConvTranspose2d", p, name, 2)
                        for name in ("kernel_size", "stride", "padding", "output_padding"))
    for i in range(2):
        if opad[i] >= st[i]:
            raise ShapeError(msg("ConvTranspose2d's output_padding must be smaller than its stride; it is "
                                 "{output_padding} with stride {stride}.",
                                 output_padding=fmt_sizes(p['output_padding']),
                                 stride=fmt_sizes(p['stride'])))
    out = tuple((s[1 + i] - 1) * st[i] - 2 * pad[i] + k[i] + opad[i] for i in range(2))
    if any(d <= 0 for d in out):
        raise ShapeError(msg("ConvTranspose2d's padding {padding} is too large for its {kernel} kernel on an input "
                             "of size {height}x{width}: the output would be empty. Use less padding.",
                             padding=fmt_sizes(p['padding']), kernel='x'.join(map(str, k)), height=s[1],
                             width=s[2]))
    return (p["out_channels"], *out)


def _tconv_flops(shapes, out, p):
    k = sizes("ConvTranspose2d", p, "kernel_size", 2)
    return 2 * numel(shapes[0]) * p["out_channels"] * numel(k) + (numel(out) if p["bias"] else 0)


def _tconv_module(shapes, p):
    kwargs = {"in_channels": shapes[0][0], "out_channels": p["out_channels"]}
    for name in ("kernel_size", "stride", "padding", "output_padding"):
        kwargs[name] = size_arg(p[name], 2)
    kwargs["bias"] = p["bias"]
    return "nn.ConvTranspose2d", kwargs


# Upsample -------------------------------------------------------------------------------------------------

def _upsample_shape(shapes, p):
    s = shapes[0]
    if len(s) not in (2, 3):
        raise ShapeError(msg("Upsample needs an input of shape [C, L] or [C, H, W]; it gets {shape}. Put it after a "
                             "convolution or a Reshape.", shape=fmt_shape(s)))
    if p["mode"] == "bilinear" and len(s) != 3:
        raise ShapeError(msg("Upsample with mode bilinear needs an image [C, H, W]; it gets {shape}. Use mode "
                             "nearest for a sequence [C, L].", shape=fmt_shape(s)))
    out = tuple(int(d * float(p["scale_factor"])) for d in s[1:])
    if any(d <= 0 for d in out):
        raise ShapeError(msg("Upsample by {scale_factor:g} turns a size of {size} into nothing. Use a larger "
                             "scale_factor.", scale_factor=p['scale_factor'], size='x'.join(map(str, s[1:]))))
    return (s[0], *out)


def _upsample_flops(shapes, out, p):
    return 0 if p["mode"] == "nearest" else 7 * numel(out)


register(
    _conv_spec("Conv1d", 1,
               msg("Slides small filters along a sequence of shape [channels, length]; each filter learns to spot "
                   "one local pattern (a rise, a spike, a motif) wherever it occurs. Use it for signals, audio or "
                   "text."),
               [[(2, 20)], [(1, 9)]]),
    _conv_spec("Conv2d", 2,
               msg("Slides small filters (e.g. 3x3) over an image; each filter learns one local pattern such as an "
                   "edge or a texture and produces one feature map. The core of image networks (CNNs)."),
               [[(3, 16, 16)], [(1, 7, 9)]]),
    LayerSpec(
        type="ConvTranspose2d", category="Convolution",
        explanation=msg("A learned upsampling: the reverse of a strided convolution, it spreads each input value "
                        "over a small patch of a larger output. Use it in decoders and generators to grow images."),
        params=(
            Param("out_channels", "int", 16, msg("Number of output channels (feature maps)"), min=1, max=65536),
            Param("kernel_size", "size", 2, msg("Filter size: one number, or one per spatial dimension"), min=1,
                  max=1024),
            Param("stride", "size", 2, msg("Upsampling factor; 2 doubles height and width"), min=1, max=1024),
            Param("padding", "size", 0, msg("Rows and columns trimmed from each side of the output"), min=0, max=1024),
            Param("output_padding", "size", 0, msg("Extra rows/columns added on one side (must be below stride)"),
                  min=0, max=1024),
            Param("bias", "bool", True, msg("Learn an additive bias for each output channel")),
        ),
        shape=_tconv_shape, count=_conv_count(2), flops=_tconv_flops, module=_tconv_module,
        key_params=("out_channels", "kernel_size"), label=_conv_label("ConvTranspose2d", 2),
        extra={"example_inputs": [[(4, 5, 5)], [(2, 3, 4)]]},
    ),
    LayerSpec(
        type="Upsample", category="Convolution",
        explanation=msg("Makes a feature map larger by a fixed factor without learning anything: nearest copies "
                        "each value, bilinear blends neighbours smoothly. A cheap alternative to ConvTranspose2d."),
        params=(
            Param("scale_factor", "float", 2.0, msg("How many times larger each spatial size gets"), min=0.1, max=64.0),
            Param("mode", "choice", "nearest", msg("nearest copies values; bilinear interpolates (images only)"),
                  choices=("nearest", "bilinear")),
        ),
        shape=_upsample_shape, flops=_upsample_flops,
        module=lambda s, p: ("nn.Upsample", {"scale_factor": float(p["scale_factor"]), "mode": p["mode"]}),
        label=lambda p: f"Upsample x{p['scale_factor']:g}",
        extra={"example_inputs": [[(2, 4, 5)], [(3, 6)]]},
    ),
)
