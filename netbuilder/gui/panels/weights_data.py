"""What the weights panel shows, computed without Qt: which of a layer's tensors are weights, biases or running
statistics, the colour scale, the tiling of convolution filters into one image, histograms, the words for a heat
map's axes and pixels, the panel's title. Kept apart from :mod:`netbuilder.gui.panels.weights` (the widgets) so
that the rules read, and test, on their own."""
from __future__ import annotations

import math

import numpy as np

from ...core.text import msg

MAX_BINS = 40
#: Width / height the filter grid aims at (the heat map is wider than it is tall).
TILE_ASPECT = 1.8
#: Buffers, not weights: shown, but not counted in the title's "N weights".
BUFFER_PREFIXES = ("running_", "num_batches_tracked")


def weights_count(n: int) -> str:
    """``1 weight``, ``1,234 weights`` (a message the window shows translated)."""
    return msg("{n:,} weight", n=n) if n == 1 else msg("{n:,} weights", n=n)


def float_tensors(params: dict) -> dict[str, np.ndarray]:
    """The real floating-point tensors of ``params`` (int, bool, complex and object values are left out)."""
    out = {}
    for name, value in params.items():
        try:
            array = np.asarray(value)
        except Exception:  # noqa: BLE001 - something numpy cannot read is not a tensor to show
            continue
        if array.dtype.kind == "f":
            out[str(name)] = array
    return out


def symmetric_limit(values: np.ndarray) -> float:
    """The largest finite ``|value|`` (1.0 when there is none or it is 0), for levels ``(-m, m)``."""
    if values.size == 0:
        return 1.0
    lo, hi = values.min(), values.max()  # NaN or inf when there are any: then only the finite values count
    if not (math.isfinite(lo) and math.isfinite(hi)):
        finite = values[np.isfinite(values)]
        if finite.size == 0:
            return 1.0
        lo, hi = finite.min(), finite.max()
    m = float(max(abs(lo), abs(hi)))
    return m if m > 0 else 1.0


def grid_shape(n: int, h: int, w: int, aspect: float = TILE_ASPECT) -> tuple[int, int]:
    """(rows, columns) of tiles for ``n`` filters of ``h`` x ``w`` so that the grid is about ``aspect`` wide."""
    cols = max(1, min(n, math.ceil(math.sqrt(n * aspect * (h + 1) / (w + 1)))))
    return math.ceil(n / cols), cols


def tile_filters(filters: np.ndarray, cols: int) -> np.ndarray:
    """``filters`` [n, h, w] as one float32 image: filter ``k`` at tile row ``k // cols``, tile column ``k % cols``,
    i.e. ``image[r*(h+1):r*(h+1)+h, c*(w+1):c*(w+1)+w]``; the 1-pixel gaps and unused tiles are NaN.
    Its size is ``(rows*(h+1) - 1, cols*(w+1) - 1)``."""
    n, h, w = filters.shape
    rows = math.ceil(n / cols)
    grid = np.full((rows * cols, h + 1, w + 1), np.nan, dtype=np.float32)
    grid[:n, :h, :w] = filters
    grid = grid.reshape(rows, cols, h + 1, w + 1).transpose(0, 2, 1, 3).reshape(rows * (h + 1), cols * (w + 1))
    return grid[:-1, :-1]


def histogram(values: np.ndarray, bins: int = MAX_BINS) -> tuple[np.ndarray, np.ndarray]:
    """(edges, counts) of the finite ``values``: at most ``bins`` bins, fewer for a few values."""
    values = values.ravel()
    finite = values[np.isfinite(values)] if not np.isfinite(values).all() else values
    if finite.size == 0:
        return np.zeros(0), np.zeros(0)
    bins = int(min(bins, max(6, 2 * math.sqrt(finite.size))))
    counts, edges = np.histogram(finite, bins=bins)
    return edges, counts


def is_buffer(name: str) -> bool:
    last = name.rsplit(".", 1)[-1]
    return last.startswith(BUFFER_PREFIXES)


def is_bias(name: str) -> bool:
    return "bias" in name.rsplit(".", 1)[-1]


def main_tensor(tensors: dict[str, np.ndarray]) -> str:
    """The tensor the heat map shows by default: ``weight``, else the largest one with 2 or more dimensions (names
    with "weight" first), else the largest one."""
    shown = {k: v for k, v in tensors.items() if v.size}
    if not shown:
        return next(iter(tensors))
    if "weight" in shown:
        return "weight"
    return max(shown, key=lambda k: (shown[k].ndim >= 2, "weight" in k, not is_buffer(k), shown[k].size))


def histogram_series(tensors: list[tuple[str, np.ndarray]], most: int) -> list[tuple[str, np.ndarray]]:
    """One (label, values) per tensor, at most ``most``: the smallest ones pooled as "N others"."""
    if len(tensors) <= most:
        return [(name, a.ravel()) for name, a in tensors]
    by_size = sorted(tensors, key=lambda t: -t[1].size)
    keep, rest = by_size[:most - 1], by_size[most - 1:]
    return ([(name, a.ravel()) for name, a in keep]
            + [(msg("{n} others", n=len(rest)), np.concatenate([a.ravel() for _, a in rest]))])


def title_text(node_id: str, node_type: str, tensors: dict[str, np.ndarray]) -> str:
    """The panel's title: node, type, the layer's shape in words (``784 → 16``) and its number of weights."""
    count = sum(a.size for k, a in tensors.items() if not is_buffer(k))
    w = tensors.get("weight")
    shape = ""
    if w is not None and w.ndim == 2 and node_type == "Linear":
        shape = f"{w.shape[1]:,} → {w.shape[0]:,}"
    elif w is not None and w.ndim >= 3 and "Conv" in node_type:
        c_out, c_in = (w.shape[1], w.shape[0]) if "Transpose" in node_type else (w.shape[0], w.shape[1])
        shape = msg("{c_in:,} → {c_out:,} channels, {kernel}", c_in=c_in, c_out=c_out,
                    kernel="×".join(str(s) for s in w.shape[2:]))
    elif tensors:
        name = main_tensor(tensors)
        sizes = "×".join(f"{s:,}" for s in tensors[name].shape)
        shape = msg("{name} {shape}", name=name, shape=sizes) if sizes else msg("{name} scalar", name=name)
    if shape:
        return msg("{node} · {type} · {shape} · {count}", node=node_id, type=node_type, shape=shape,
                   count=weights_count(count))
    return msg("{node} · {type} · {count}", node=node_id, type=node_type, count=weights_count(count))


def channel_words(node_type: str) -> tuple:
    """(what a heat map's slice or tile is, what its averaged axis is, and their plurals) for a layer of type
    ``node_type``: a convolution's output and input channels (a transposed one's the other way round)."""
    if "Conv" not in node_type:
        return msg("slice"), msg("index"), msg("slices"), msg("indices")
    if "Transpose" in node_type:
        return msg("input channel"), msg("output channel"), msg("input channels"), msg("output channels")
    return msg("output channel"), msg("input channel"), msg("output channels"), msg("input channels")


def matrix_axes(node_type: str, name: str) -> tuple[str, str]:
    """(row label, column label) of a 2-D tensor ``name`` of a layer of type ``node_type``."""
    if node_type == "Embedding":
        return msg("token"), msg("dimension")
    if node_type in ("LSTM", "GRU", "RNN") or name.startswith(("weight_ih", "weight_hh")):
        return msg("gate unit"), msg("hidden unit") if "hh" in name else msg("input")
    if "in_proj" in name:
        return msg("query, key, value unit"), msg("input")
    return msg("output unit"), msg("input")


def vector_axis(node_type: str) -> str:
    """The label of a 1-D tensor's cells for a layer of type ``node_type``."""
    if node_type.startswith(("BatchNorm", "InstanceNorm", "GroupNorm")):
        return msg("channel")
    if node_type == "LayerNorm":
        return msg("feature")
    return msg("index")


def pixel_text(image: np.ndarray | None, info: dict | None, row: int, col: int) -> str | None:
    """What heat-map pixel (``row``, ``col``) of ``image`` shows, in words, or None outside a value. ``info``: how
    the image was made (``kind`` "matrix" with its axis words, or "tiles" with the filters' ``n``, ``h``, ``w``,
    ``cols`` and ``what``)."""
    if image is None or info is None or not (0 <= row < image.shape[0] and 0 <= col < image.shape[1]):
        return None
    value = float(image[row, col])
    if info["kind"] == "matrix":
        where = (msg("{rows} {row}, {cols} {col}", rows=info["rows"], row=row, cols=info["cols"], col=col)
                 if image.shape[0] > 1 else msg("{cols} {col}", cols=info["cols"], col=col))
    else:
        h, w = info["h"], info["w"]
        r, c = row % (h + 1), col % (w + 1)
        k = (row // (h + 1)) * info["cols"] + col // (w + 1)
        if r == h or c == w or k >= info["n"]:
            return None
        where = msg("{what} {k}, row {r}, column {c}", what=info["what"], k=k, r=r, c=c)
    return msg("{where}: {value:.4g}", where=where, value=value)
