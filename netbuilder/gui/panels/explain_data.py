"""The Explain panel's pure rules (numpy only): what an attribution array becomes on screen, an image-like map
over the input or one bar per feature, and the words of its caption.

- An input with 2 or 3 axes (``[H, W]``, ``[C, H, W]``) is an image: its attributions become one ``[H, W]`` map,
  Grad-CAM's as it is (every channel holds the same map), saliency's the largest over the channels (as Simonyan
  et al. drew it), Integrated Gradients' and occlusion's summed over the channels (signed: what adds to the
  class's score and what takes from it).
- An input of one axis (a table row, a point of a 2-D toy set) gets one signed bar per feature, the ``MAX_BARS``
  largest when there are more.
"""
from __future__ import annotations

import numpy as np

from ...core.text import msg
from ...core.training.explain import GRADCAM, INTEGRATED_GRADIENTS, METHODS, OCCLUSION, SALIENCY
from .outputs import class_name

#: the methods' names as the panel offers them
METHOD_LABELS = {SALIENCY: msg("Saliency"), INTEGRATED_GRADIENTS: msg("Integrated Gradients"), GRADCAM: msg("Grad-CAM"),
                 OCCLUSION: msg("Occlusion")}
METHOD_TIPS = {
    SALIENCY: msg("How much a tiny change of each input value would change the class's score (the gradient's size)"),
    INTEGRATED_GRADIENTS: msg("What each input value adds to the class's score, summed along the way from a black "
                              "image (or zeros) to this input: red adds, blue takes away"),
    GRADCAM: msg("Which places a convolution's feature maps that matter for the class light up (Grad-CAM), "
                 "enlarged to the input's size"),
    OCCLUSION: msg("How much the class's score drops when a patch of the input is blanked out: red where hiding it "
                   "hurts, blue where hiding it helps"),
}
CAUTION = msg("An explanation is a hint of what the network used, not proof of why.")
MAX_BARS = 30
SHORT_NAME = 18
CLIP_PERCENTILE = 99.5
assert tuple(METHOD_LABELS) == METHODS


def is_image(shape) -> bool:
    """Whether an input of this shape is drawn as an image (2 or 3 axes) rather than as bars (1 axis)."""
    return len(tuple(shape)) in (2, 3)


def attribution_map(attributions, method: str) -> np.ndarray:
    """An image input's attributions as one ``[H, W]`` map (see the module docstring)."""
    a = np.nan_to_num(np.asarray(attributions, dtype=np.float32), nan=0.0, posinf=0.0, neginf=0.0)
    if a.ndim == 2:
        return a
    if a.ndim != 3:
        raise ValueError(f"an image's attributions have 2 or 3 axes, not {a.ndim}")
    if method == GRADCAM:
        return a[0]
    if method == SALIENCY:
        return np.abs(a).max(0)
    return a.sum(0)


def relative(heat, percentile: float = CLIP_PERCENTILE) -> np.ndarray:
    """A map divided by the size of its largest values (the ``percentile``-th of the sizes, so that a few extreme
    pixels do not wash the rest out, as Captum's own ``visualize_image_attr`` clips them), within -1..1: maps of
    any method and network read on one scale."""
    a = np.asarray(heat, dtype=np.float32)
    sizes = np.abs(a[np.isfinite(a)])
    top = float(np.percentile(sizes, percentile)) if sizes.size else 0.0
    top = top if top > 0 else float(sizes.max(initial=0.0))
    return np.clip(a / top, -1.0, 1.0) if top > 0 else np.zeros_like(a)


def short_name(node: str, longest: int = SHORT_NAME) -> str:
    """A convolution's name as the panel's narrow box shows it: a name (not an index) repeated at once dropped
    (a backbone node's ``backbone.backbone.features.12.0`` is ``backbone.features.12.0``), and when still longer
    than ``longest`` letters its last three parts after an ellipsis (``…features.12.0``)."""
    split = node.split(".")
    parts = [p for i, p in enumerate(split) if i == 0 or p != split[i - 1] or p.isdigit()]  # 0.0: 2 indices
    name = ".".join(parts)
    return name if len(name) <= longest or len(parts) <= 3 else "…" + ".".join(parts[-3:])


def image_of(x) -> np.ndarray:
    """The input as an ``[H, W]`` grey image or ``[H, W, 3]`` colour image, scaled to 0..1 (min..max)."""
    a = np.nan_to_num(np.asarray(x, dtype=np.float32))
    if a.ndim == 3:
        a = np.moveaxis(a[:3], 0, -1) if a.shape[0] == 3 else a.mean(0)
    lo, hi = float(a.min(initial=0.0)), float(a.max(initial=0.0))
    return (a - lo) / (hi - lo) if hi > lo else np.zeros_like(a)


def feature_bars(attributions, names=None) -> tuple[list[str], np.ndarray, int]:
    """(labels, values, total) of a one-axis input's bars: every feature in order, or the ``MAX_BARS`` largest
    by size (in the input's order) when there are more. ``names``: the features' names, else "input 1", ..."""
    values = np.nan_to_num(np.asarray(attributions, dtype=np.float32).ravel())
    total = values.size
    labels = [str(names[i]) if names is not None and i < len(names) else msg("input {n}", n=i + 1)
              for i in range(total)]
    if total > MAX_BARS:
        keep = np.sort(np.argsort(-np.abs(values), kind="stable")[:MAX_BARS])
        return [labels[i] for i in keep], values[keep], total
    return labels, values, total


def caption_parts(result: dict, source: str | None, class_names=None) -> list[str]:
    """The pieces of the first line over the picture (each a :func:`msg` the window translates, or a name): the
    sample, its label, the class explained, the method (and for Grad-CAM its convolution)."""
    if source is None:
        index, split = result.get("index"), result.get("split") or ""
        source = {"test": msg("Test sample {index}", index=index),
                  "val": msg("Validation sample {index}", index=index),
                  "train": msg("Training sample {index}", index=index)}.get(split) or msg("Your input")
    parts = [source]
    if result.get("label") is not None:
        parts.append(msg("label {name}", name=class_name(class_names, int(result["label"]))))
    target = result.get("target")
    if result.get("outputs") == 1:  # one column: a yes/no probability (of the last class) or a value
        parts.append(msg("explaining the probability of {name}", name=class_names[-1]) if class_names
                     else msg("explaining the output"))
    elif target is not None:
        parts.append(msg("explaining class {name}", name=class_name(class_names, int(target))))
    method = METHOD_LABELS.get(result.get("method"), str(result.get("method")))
    parts.append(msg("{method} on {node}", method=method, node=result["node"]) if result.get("node") else method)
    return parts


def caption(result: dict, source: str | None, class_names=None) -> str:
    """The first line over the picture, in English (:func:`caption_parts` joined)."""
    return " · ".join(caption_parts(result, source, class_names))
