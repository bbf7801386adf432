"""Colour palettes (issue 23, Colour; gui/common/palette.py, gui/window/colour_palette.py).

Colour-vision deficiency is simulated with Machado, Oliveira & Fernandes (2009), "A Physiologically-based Model for
Simulation of Color Vision Deficiency" (IEEE TVCG 15(6)), severity 1.0 matrices for deuteranopia and protanopia,
applied to linear sRGB. Two colours count as apart when their CIE76 distance in CIELAB (D65), Euclidean Delta E*ab,
is at least MIN_DELTA_E. Why 15: one just-noticeable difference is about 2.3 (Sharma & Trussell 1997); the points and
small regions of a plot need several times that to be told apart at a glance (Stone, Szafir & Setlur 2014 measure
roughly 5 to 10 for marks a few pixels across), so 15, about six JNDs, leaves room for small points and screens.
Okabe-Ito's worst pair under either simulation is about 17 (orange and yellow under deuteranopia); the classic
palette's is about 1.2 (blue and purple under protanopia), below one JND: the test can fail.
"""
from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QSettings

from netbuilder.gui.canvas import style as canvas_style
from netbuilder.gui.canvas.health import MODES, node_values
from netbuilder.gui.canvas.items import NodeItem
from netbuilder.gui.common import palette
from netbuilder.gui.panels.boundary import BoundaryPanel
from netbuilder.gui.panels.plots import LossPlot
from person import settle

MACHADO = {  # severity 1.0, Machado et al. 2009, Table 1
    "deuteranopia": np.array([[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413],
                              [-0.011820, 0.042940, 0.968881]]),
    "protanopia": np.array([[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216],
                            [-0.003882, -0.048116, 1.051998]]),
}
MIN_DELTA_E = 15.0
SAFE_CLASSES = 8  # Okabe-Ito's eight; classes 9 and 10 are extras (see common/palette.py)


def _lab(hex_color: str, deficiency: str | None = None) -> np.ndarray:
    h = hex_color.lstrip("#")
    c = np.array([int(h[i:i + 2], 16) for i in (0, 2, 4)], dtype=float) / 255.0
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    if deficiency:
        lin = np.clip(MACHADO[deficiency] @ lin, 0.0, 1.0)
    xyz = np.array([[0.4124, 0.3576, 0.1805], [0.2126, 0.7152, 0.0722], [0.0193, 0.1192, 0.9505]]) @ lin
    xyz /= np.array([0.95047, 1.0, 1.08883])
    f = np.where(xyz > 0.008856, np.cbrt(xyz), 7.787 * xyz + 16 / 116)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def _closest_pair(colors: list[str], deficiency: str) -> tuple[float, str, str]:
    labs = [_lab(c, deficiency) for c in colors]
    return min((float(np.linalg.norm(labs[i] - labs[j])), colors[i], colors[j])
               for i, j in itertools.combinations(range(len(colors)), 2))


def _sets(name: str) -> dict[str, list[str]]:
    """The colours that must stay apart, per theme: the classes, the two curves, right and wrong."""
    table = palette.PALETTES[name]
    out = {}
    for dark in (0, 1):
        out[f"classes[{'dark' if dark else 'light'}]"] = [pair[dark] for pair in table["classes"][:SAFE_CLASSES]]
        out[f"curves[{dark}]"] = [table["curves"][k][dark] for k in ("train", "val")]
        out[f"confusion[{dark}]"] = [table["confusion"][k][dark] for k in ("correct", "error")]
    return out


@pytest.fixture(autouse=True)
def _default_palette_after():
    yield
    palette.use(palette.DEFAULT)


@pytest.mark.parametrize("deficiency", sorted(MACHADO))
def test_okabe_ito_stays_apart_under_simulated_deuteranopia_and_protanopia(deficiency):
    for what, colors in _sets("okabe-ito").items():
        distance, a, b = _closest_pair(colors, deficiency)
        assert distance >= MIN_DELTA_E, (what, deficiency, a, b, round(distance, 1))


def test_the_classic_palette_fails_the_same_test():
    worst = min(_closest_pair(_sets("classic")["classes[light]"], d)[0] for d in MACHADO)
    assert worst < 2.3  # below one just-noticeable difference: classes that look the same


def test_the_simulation_is_machados():
    """Grey stays itself (each row of the matrices sums to 1); protanopes see red darker than deuteranopes do; and
    a red and a green that
    differ most on CIELAB's red-green axis (a*) lose that difference under both."""
    for m in MACHADO.values():
        assert np.allclose(m.sum(axis=1), 1.0, atol=1e-5)
    assert np.allclose(_lab("#808080", "deuteranopia"), _lab("#808080"), atol=0.05)
    red_d, red_p = _lab("#ff0000", "deuteranopia"), _lab("#ff0000", "protanopia")
    assert red_p[0] < red_d[0]
    red, green = "#d62728", "#2ca02c"  # the classic palette's classes 3 and 2
    assert _lab(red)[1] > 50 and _lab(green)[1] < -50  # a*, the red-green axis, far apart
    for deficiency in MACHADO:  # and nearly gone: they differ only in lightness and blue-yellow
        assert abs(_lab(red, deficiency)[1]) < 10 and abs(_lab(green, deficiency)[1]) < 10, deficiency


def test_okabe_ito_is_the_default_and_an_unknown_name_is_refused_in_one_line():
    assert palette.DEFAULT == "okabe-ito" and palette.active() == "okabe-ito"
    assert palette.CLASS_COLORS[:2] == [("#e69f00", "#e69f00"), ("#0072b2", "#3a93d6")]
    with pytest.raises(ValueError) as caught:
        palette.use("rainbow")
    message = str(caught.value)
    assert "\n" not in message and "rainbow" in message and "okabe-ito" in message and "classic" in message
    assert palette.active() == "okabe-ito"


def test_the_health_colouring_always_shows_its_number(qtbot):
    """Health runs from blue to vermilion, but colour never says it alone: each coloured card has a badge with the
    statistic's number, and the same number in its tooltip."""
    health = {"units": {"r": {"kind": "dead", "share": 0.75, "units": 8},
                        "s": {"kind": "saturated", "share": 0.5, "units": 4}},
              "gradients": {"a": 1.0, "b": 1e-5}}
    for mode in MODES[1:]:
        values = node_values(mode, health)
        assert values
        for value in values.values():
            assert any(ch.isdigit() for ch in value.short), (mode, value)
            item = NodeItem("dense", canvas_style.current_style())
            item.set_health(value)
            assert item._badge == value.short and not item._badge_rect.isEmpty()
            assert value.text in item.toolTip()  # the sentence with the number, e.g. "75% of its 8 units dead"


def _class_pixel(panel) -> tuple[int, int, int]:
    settle()
    image = panel.plot.grab().toImage()
    c = image.pixelColor(image.width() // 5, image.height() // 2)  # the left side: class 0
    return c.red(), c.green(), c.blue()


def test_set_palette_repaints_the_boundary_and_the_curves_and_is_remembered(window, qtbot):
    assert window.palette_name() == "okabe-ito"
    assert window.palette_actions["okabe-ito"].isChecked()
    boundary = window.findChild(BoundaryPanel)
    curves = window.findChild(LossPlot)
    window.show_panel("decisionBoundaryDock")
    xs, ys = np.linspace(-1, 1, 30), np.linspace(-1, 1, 20)
    gy, gx = np.meshgrid(ys, xs, indexing="ij")
    p1 = 1 / (1 + np.exp(-6 * gx))
    boundary.set_grid({"axes": [xs, ys], "output": np.stack([1 - p1, p1], axis=-1), "units": {},
                       "points": np.array([[0.9, 0.9]]), "labels": np.array([1]), "targets": None,
                       "task": "classification", "output_id": "out"})
    before = _class_pixel(boundary)
    train_pen = curves._raw.curve.opts["pen"].color().name()
    assert train_pen == palette.PALETTES["okabe-ito"]["curves"]["train"][boundary._dark]

    window.set_palette("classic")
    after = _class_pixel(boundary)
    assert max(abs(a - b) for a, b in zip(before, after)) > 10, (before, after)
    classic_train = palette.PALETTES["classic"]["curves"]["train"][boundary._dark]
    assert curves._raw.curve.opts["pen"].color().name() == classic_train
    assert window.palette_actions["classic"].isChecked()
    assert QSettings().value("view/palette") == "classic"

    with pytest.raises(ValueError, match="okabe-ito, classic"):
        window.set_palette("sepia")
    assert window.palette_name() == "classic"
    window.palette_actions["okabe-ito"].trigger()
    assert window.palette_name() == "okabe-ito" and _class_pixel(boundary) == before


def test_the_panels_read_the_one_palette():
    """No second copy: each module that draws these colours reads the palette module's tables themselves."""
    from netbuilder.gui.canvas import health
    from netbuilder.gui.panels import boundary_colors, confusion_chart, plot_base, runs
    assert boundary_colors.CLASS_COLORS is palette.CLASS_COLORS
    assert plot_base.COLORS is palette.CURVE_COLORS and confusion_chart.HUES is palette.CONFUSION_HUES
    assert health.RAMP is palette.HEALTH_RAMP and runs.RUN_COLORS is palette.RUN_COLORS
    palette.use("classic")
    assert boundary_colors.regression_map() == "viridis" and runs.run_color(1).name() == "#0072b2"
    assert health.health_color(0.0).name() == "#2f6fd0"
    palette.use("okabe-ito")
    assert boundary_colors.regression_map() == "cividis" and health.health_color(1.0).name() == "#d55e00"
