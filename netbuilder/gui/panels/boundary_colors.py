"""The colours of a decision boundary: the class colours per theme, how strongly a sure region takes them, the colour
of "unsure", and :func:`class_regions`, the RGB image of a classifier's output over a plane. The decision-boundary
panel (:mod:`netbuilder.gui.panels.boundary`) and the runs view's thumbnails both draw with these.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtGui import QColor

from ..common.palette import CLASS_COLORS, MAPS  # noqa: F401  (the active palette's; boundary.py reads them here)

#: How strongly a sure region takes its class's colour (the rest is the background), so the points, drawn in the
#: full colour, stand out on their own region.
REGION_STRENGTH = {False: 0.55, True: 0.5}  # by is_dark
#: Where the network is unsure (p = 0.5, or a unit at 0) the plane fades to the background in a light theme; in a
#: dark one that would be black, so it fades to a neutral grey this far from the background toward a light grey.
UNSURE_DARK = ("#e8eaed", 0.35)


def regression_map() -> str:
    """The sequential map for a regression output over the plane: the active palette's (cividis or viridis)."""
    return MAPS["regression"]


def class_colors(dark: bool) -> np.ndarray:
    """The class colours as RGB rows [10, 3] for a light or dark theme."""
    return np.stack([rgb_array(pair[dark]) for pair in CLASS_COLORS])


def unsure_rgb(background: np.ndarray, dark: bool) -> np.ndarray:
    """The colour of "unsure" (p = 0.5): the background in a light theme, a neutral mid grey in a dark one."""
    if not dark:
        return np.asarray(background, dtype=np.float64)
    light, share = UNSURE_DARK
    return background + (rgb_array(light) - background) * share


def class_regions(output: np.ndarray, background: np.ndarray, class_rgb: np.ndarray, dark: bool,
                  probability: bool = True) -> np.ndarray:
    """An RGB image [res_y, res_x, 3] of a classifier's output over a grid [res_y, res_x, k]: each point in the
    colour of the class predicted there, faded toward the unsure colour (:func:`unsure_rgb`: the background, or a
    grey in a dark theme) as the network gets less sure (when ``probability``). One output (k == 1) is a sigmoid's
    probability of class 1. The decision-boundary panel and the runs view's thumbnails both draw with this."""
    output = np.nan_to_num(np.asarray(output, dtype=np.float64), nan=0.0)
    if output.ndim == 2:
        output = output[..., None]
    k = output.shape[-1]
    if k == 1:  # one sigmoid output: the probability of class 1
        p = np.clip(output[..., 0], 0.0, 1.0)
        cls = (p > 0.5).astype(np.intp)
        sure = np.abs(p - 0.5) * 2.0
    else:
        cls = np.argmax(output, axis=-1)
        top = np.take_along_axis(output, cls[..., None], axis=-1)[..., 0]
        sure = np.clip((top - 1.0 / k) / (1.0 - 1.0 / k), 0.0, 1.0)
    strong = background + (class_rgb[cls % len(class_rgb)] - background) * REGION_STRENGTH[dark]  # [res_y, res_x, 3]
    unsure = unsure_rgb(background, dark)
    rgb = unsure + (strong - unsure) * (sure[..., None] if probability else 1.0)
    return np.clip(rgb + 0.5, 0, 255).astype(np.uint8)


def rgb_array(color) -> np.ndarray:
    c = QColor(color)
    return np.array([c.red(), c.green(), c.blue()], dtype=np.float64)
