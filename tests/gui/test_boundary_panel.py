"""The decision-boundary panel (gui/panels/boundary.py) on hand-made grids: which colour lands where on screen (a
non-square grid with different x and y ranges, so a transposed or flipped picture fails), the points, updates in
place, the probability switch, a hidden unit's map, a line for one input, a sigmoid output, messages, the theme."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QPalette

from netbuilder.gui.window.app import dark_palette
from netbuilder.gui.panels.boundary import BoundaryPanel
from netbuilder.gui.panels.boundary_colors import CLASS_COLORS, REGION_STRENGTH, rgb_array
from person import settle

RES_X, RES_Y = 50, 40
XS = np.linspace(-3.0, 3.0, RES_X)
YS = np.linspace(-1.0, 2.0, RES_Y)
POINTS = np.array([[-2.0, -0.5], [2.0, 1.5], [-1.5, 1.0], [2.5, -0.6], [-2.6, 1.9]])
LABELS = np.array([0, 1, 0, 1, 0])


def _logistic(z):
    return 1.0 / (1.0 + np.exp(-z))


def _grid(along: str = "x", k: int = 2, flip: bool = False, unit_scale: float = 1.0, points=POINTS,
          labels=LABELS) -> dict:
    """Class 1 where x > 0 (``along="x"``) or where y > 0.5 (``along="y"``), sure away from the boundary; ``flip``
    swaps the predicted classes. Units of node "h": 0: x, 1: 2y - 1, 2: 0.5 (times ``unit_scale``)."""
    gy, gx = np.meshgrid(YS, XS, indexing="ij")  # [RES_Y, RES_X]: row i is y = YS[i], column j is x = XS[j]
    z = 3.0 * gx if along == "x" else 6.0 * (gy - 0.5)
    p1 = _logistic(-z if flip else z)
    output = p1[..., None] if k == 1 else np.stack([1.0 - p1, p1], axis=-1)
    units = np.stack([gx, 2.0 * gy - 1.0, np.full_like(gx, 0.5)], axis=-1) * unit_scale
    return {"axes": [XS.copy(), YS.copy()], "output": output, "units": {"h": units, "one": units[..., :1]},
            "points": np.array(points, dtype=np.float64), "labels": labels.copy(), "targets": None,
            "task": "classification", "output_id": "out"}


def _line_grid() -> dict:
    xs = np.linspace(-1.0, 1.0, 30)
    px = np.array([-0.8, -0.1, 0.4, 0.9])
    return {"axes": [xs], "output": (2.0 * xs)[:, None], "units": {"h": np.stack([np.tanh(xs), -xs], axis=1)},
            "points": px[:, None], "labels": None, "targets": 2.0 * px + np.array([0.1, -0.1, 0.05, 0.0]),
            "task": "regression", "output_id": "out"}


@pytest.fixture
def panel(qtbot):
    widget = BoundaryPanel()
    qtbot.addWidget(widget)
    widget.resize(500, 450)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _shot(panel, qtbot, tmp_path=None, name="panel.png"):
    settle()  # layout and paint
    image = panel.grab().toImage()
    if tmp_path is not None:
        image.save(str(tmp_path / name))
    return image


def _pixel(panel, image, x: float, y: float) -> np.ndarray:
    """The grabbed panel's colour at the data point (x, y)."""
    scene = panel.plot.getPlotItem().getViewBox().mapViewToScene(QPointF(x, y))
    at = panel.plot.mapTo(panel, panel.plot.mapFromScene(scene))
    ratio = image.devicePixelRatio()
    point = QPoint(round(at.x() * ratio), round(at.y() * ratio))
    assert image.rect().contains(point), (x, y, point)
    c = image.pixelColor(point)
    return np.array([c.red(), c.green(), c.blue()], dtype=float)


def _expected(panel, cls: int, strength: float) -> np.ndarray:
    base = panel.palette().color(QPalette.Base)
    bg = np.array([base.red(), base.green(), base.blue()], dtype=float)
    c = rgb_array(CLASS_COLORS[cls][panel._dark])
    return bg + (c - bg) * strength


def _close(a, b, tol=14.0) -> bool:
    return float(np.abs(np.asarray(a) - np.asarray(b)).max()) <= tol


# where the colours land ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("along", ["x", "y"])
def test_each_class_colours_its_side_of_the_plane(panel, qtbot, tmp_path, along):
    panel.set_grid(_grid(along))
    image = _shot(panel, qtbot, tmp_path, f"boundary_{along}.png")
    strength = REGION_STRENGTH[panel._dark]
    one, zero = _expected(panel, 1, strength), _expected(panel, 0, strength)
    # spots away from the points and from the boundary, in all four corners of the (non-square) plane
    spots = [(2.2, -0.8), (2.2, 1.8), (-2.2, -0.8), (-2.2, 1.8), (2.9, 1.5), (-2.8, -0.3)]
    for x, y in spots:
        side = x > 0 if along == "x" else y > 0.5
        got = _pixel(panel, image, x, y)
        assert _close(got, one if side else zero), (x, y, got, one, zero)
        assert got[2] > got[0] if side else got[0] > got[2]  # blue for class 1, orange for class 0
    assert panel.findChild(type(panel.caption), "boundaryCaption").text().startswith("predicted class over the plane")


def test_the_view_follows_the_grid_axes_but_keeps_the_users_zoom(panel):
    panel.set_grid(_grid())
    (x0, x1), (y0, y1) = panel.plot.getPlotItem().getViewBox().viewRange()
    assert x0 < -3 < 3 < x1 and x1 - x0 < 6.5 and y0 < -1 < 2 < y1 and y1 - y0 < 3.5
    panel.plot.getPlotItem().getViewBox().setRange(xRange=(0, 1), yRange=(0, 1), padding=0)  # the user zooms
    panel.set_grid(_grid(flip=True))
    assert np.allclose(panel.plot.getPlotItem().getViewBox().viewRange(), [[0, 1], [0, 1]])
    wider = _grid()
    wider["axes"] = [np.linspace(-10, 10, RES_X), YS.copy()]
    panel.set_grid(wider)  # new axes: the view follows them
    (x0, x1), _ = panel.plot.getPlotItem().getViewBox().viewRange()
    assert x0 < -10 and x1 > 10


# the points ------------------------------------------------------------------------------------------------------
def test_points_sit_where_the_data_says_in_their_class_colours(panel):
    panel.set_grid(_grid())
    x, y = panel.points_item.getData()
    assert len(x) == len(POINTS)
    assert np.allclose(x, POINTS[:, 0]) and np.allclose(y, POINTS[:, 1])
    brushes = [b.color().name() for b in panel.points_item.data["brush"]]
    assert brushes == [CLASS_COLORS[c][panel._dark] for c in LABELS]


def test_an_update_reuses_the_items_and_leaves_unchanged_points_alone(panel, qtbot, monkeypatch):
    panel.set_grid(_grid())
    image_item, points_item, before = panel.image_item, panel.points_item, panel.updates
    first = _pixel(panel, _shot(panel, qtbot), 2.2, 1.8)
    calls = []
    original = points_item.setData
    monkeypatch.setattr(points_item, "setData", lambda *a, **k: (calls.append(1), original(*a, **k)))
    panel.set_grid(_grid(flip=True, points=POINTS.copy(), labels=LABELS.copy()))  # new output, equal points
    assert panel.image_item is image_item and panel.points_item is points_item
    assert panel.updates == before + 1
    assert calls == [] and len(points_item.getData()[0]) == len(POINTS)
    second = _pixel(panel, _shot(panel, qtbot), 2.2, 1.8)
    assert second[0] > second[2] and first[2] > first[0]  # the same spot turned from class 1 to class 0
    moved = POINTS + 0.25
    panel.set_grid(_grid(points=moved))
    assert calls == [1]
    assert np.allclose(points_item.getData()[0], moved[:, 0])
    assert panel.updates == before + 2


# the probability switch -----------------------------------------------------------------------------------------
def test_show_probability_fades_only_where_the_network_is_unsure(panel, qtbot):
    check = panel.findChild(type(panel.probability), "boundaryProbabilityCheck")
    assert check is panel.probability and check.isChecked()
    panel.set_grid(_grid())
    base = panel.palette().color(QPalette.Base)
    bg = np.array([base.red(), base.green(), base.blue()], dtype=float)
    weak_spot, deep_spot = (0.08, 0.3), (2.4, 0.3)  # p(class 1) = 0.56 there; 0.9993 deep inside
    faded = _shot(panel, qtbot)
    check.setChecked(False)
    hard = _shot(panel, qtbot)
    weak_faded, weak_hard = _pixel(panel, faded, *weak_spot), _pixel(panel, hard, *weak_spot)
    assert np.abs(weak_faded - bg).max() < 40  # nearly the background
    assert _close(weak_hard, _expected(panel, 1, REGION_STRENGTH[panel._dark]), 20)  # full class colour
    assert _close(_pixel(panel, faded, *deep_spot), _pixel(panel, hard, *deep_spot), 4)
    assert "paler" not in panel.caption.text()
    check.setChecked(True)
    assert "paler" in panel.caption.text()


# a hidden unit ---------------------------------------------------------------------------------------------------
def test_a_hovered_unit_shows_its_own_output_with_symmetric_levels_and_a_colour_bar(panel, qtbot, tmp_path):
    grid = _grid()
    panel.set_grid(grid)
    assert not panel.color_bar.isVisible()
    panel.show_unit("h", 1)  # 2y - 1 over the plane: from -3 to 3
    values = grid["units"]["h"][..., 1]
    assert panel.image_item.image.shape == (RES_Y, RES_X)
    assert np.allclose(panel.image_item.image, values)
    m = np.abs(values).max()
    assert np.allclose(panel.image_item.getLevels(), (-m, m))
    assert np.allclose(panel.color_bar.levels(), (-m, m))
    assert panel.caption.text().startswith("unit 1 of h")
    image = _shot(panel, qtbot, tmp_path, "unit.png")
    assert panel.color_bar.isVisible()
    high, low = _pixel(panel, image, 1.0, 1.8), _pixel(panel, image, 1.0, -0.8)  # +2.6 and -2.6
    assert high[2] > high[0] + 40 and low[0] > low[2] + 40  # blue above 0, orange below: y is not flipped
    zero = _pixel(panel, image, -2.3, 0.5)  # the unit is 0 at y = 0.5: the background
    base = panel.palette().color(QPalette.Base)
    assert _close(zero, [base.red(), base.green(), base.blue()], 25)

    panel.set_grid(_grid(unit_scale=3.0))  # later grids update the unit's map
    assert np.allclose(panel.image_item.image, 3.0 * values)
    assert np.allclose(panel.image_item.getLevels(), (-3 * m, 3 * m))

    panel.show_unit("h", None)  # unit None: unit 0
    assert np.allclose(panel.image_item.image, 3.0 * grid["units"]["h"][..., 0])
    assert panel.caption.text().startswith("unit 0 of h")
    panel.show_unit("one", 5)  # past the node's units: its last
    assert panel.image_item.image.shape == (RES_Y, RES_X)
    panel.show_unit(None, None)
    settle()
    assert panel.image_item.image.shape == (RES_Y, RES_X, 3)  # the class regions again
    assert not panel.color_bar.isVisible()
    assert panel.caption.text().startswith("predicted class")
    panel.show_unit("not a hidden layer", 0)  # a node the grid does not hold: the output
    assert panel.image_item.image.shape == (RES_Y, RES_X, 3) and not panel.color_bar.isVisible()


def test_a_constant_zero_unit_does_not_divide_by_zero(panel):
    grid = _grid()
    grid["units"]["h"] = np.zeros((RES_Y, RES_X, 2))
    panel.set_grid(grid)
    panel.show_unit("h", 0)
    lo, hi = panel.image_item.getLevels()
    assert lo == -hi and hi > 0


# one input -------------------------------------------------------------------------------------------------------
def test_one_input_is_a_line_with_the_training_points_at_their_targets(panel, qtbot, tmp_path):
    grid = _line_grid()
    panel.set_grid(grid)
    x, y = panel.curve_item.getData()
    assert np.allclose(x, grid["axes"][0]) and np.allclose(y, 2.0 * grid["axes"][0])
    px, py = panel.points_item.getData()
    assert np.allclose(px, grid["points"][:, 0]) and np.allclose(py, grid["targets"])
    assert panel.image_item.image is None
    assert not panel.probability.isVisible()
    assert panel.plot.getPlotItem().getAxis("left").labelText == "output"
    (x0, x1), (y0, y1) = panel.plot.getPlotItem().getViewBox().viewRange()
    assert x0 <= -1 and x1 >= 1 and y0 <= -2 and y1 >= 2
    _shot(panel, qtbot, tmp_path, "line.png")
    panel.show_unit("h", 1)
    assert np.allclose(panel.curve_item.getData()[1], -grid["axes"][0])
    assert panel.caption.text().startswith("unit 1 of h")
    panel.show_unit(None, None)
    assert np.allclose(panel.curve_item.getData()[1], 2.0 * grid["axes"][0])


def test_one_input_with_several_classes_draws_a_line_per_class(panel):
    xs = np.linspace(-2, 2, 20)
    z = np.stack([-xs, 0 * xs, xs], axis=1)
    probs = np.exp(z) / np.exp(z).sum(1, keepdims=True)
    panel.set_grid({"axes": [xs], "output": probs, "units": {}, "points": np.array([[-1.0], [0.0], [1.5]]),
                    "labels": np.array([0, 1, 2]), "targets": None, "task": "classification", "output_id": "o"})
    drawn = [c for c in panel.curves if c.yData is not None and len(c.yData)]
    assert len(drawn) == 3
    assert np.allclose(drawn[2].yData, probs[:, 2])
    assert drawn[0].opts["pen"].color().name() == CLASS_COLORS[0][panel._dark]


# a sigmoid output ------------------------------------------------------------------------------------------------
def test_a_single_sigmoid_output_is_the_probability_of_class_1(panel, qtbot):
    panel.set_class_names(["no", "yes"])
    panel.set_grid(_grid(k=1))
    image = _shot(panel, qtbot)
    strength = REGION_STRENGTH[panel._dark]
    assert _close(_pixel(panel, image, 2.2, 1.8), _expected(panel, 1, strength))
    assert _close(_pixel(panel, image, -2.2, -0.8), _expected(panel, 0, strength))
    assert "probability of yes" in panel.caption.text()
    assert "no" in panel.legend.text() and "yes" in panel.legend.text()


# messages, names, clearing, theme ---------------------------------------------------------------------------------
def test_a_message_replaces_the_plot_until_the_next_grid(panel, qtbot):
    panel.set_grid(_grid())
    text = "A decision boundary needs 1 or 2 inputs; this network has 784."
    panel.show_message(text)
    message = panel.findChild(type(panel.caption), "boundaryMessage")
    assert message.text() == text and message.isVisible()
    assert not panel.plot.isVisible()
    panel.set_class_names(["a", "b"])  # what arrives meanwhile leaves the message alone
    panel.show_unit("h", 0)
    panel.setPalette(dark_palette())
    settle()
    assert message.isVisible() and not panel.plot.isVisible()
    assert panel.caption.text() == "" and not panel.probability.isVisible() and not panel.legend.isVisible()
    before = panel.updates
    panel.set_grid(_grid())
    assert panel.plot.isVisible() and not message.isVisible()
    assert panel.updates == before + 1
    assert panel.caption.text().startswith("unit 0 of h")  # the unit asked for meanwhile


def test_names_label_the_legend_and_the_axes(panel):
    panel.set_grid(_grid())
    assert "class 0" in panel.legend.text() and "class 1" in panel.legend.text()
    panel.set_class_names(["cat", "dog"])
    assert "cat" in panel.legend.text() and "dog" in panel.legend.text() and "class 0" not in panel.legend.text()
    axis = panel.plot.getPlotItem().getAxis
    assert (axis("bottom").labelText, axis("left").labelText) == ("input 1", "input 2")
    panel.set_input_names(["width", "height"])
    assert (axis("bottom").labelText, axis("left").labelText) == ("width", "height")


def test_clear_empties_the_plot(panel):
    panel.set_grid(_grid())
    panel.clear()
    assert panel.image_item.image is None
    assert len(panel.points_item.getData()[0]) == 0
    assert panel.caption.text() == ""


def test_the_dark_palette_darkens_the_plot_and_its_regions(panel, qtbot, tmp_path):
    panel.set_grid(_grid())
    light = _pixel(panel, _shot(panel, qtbot), -2.2, 1.8)
    panel.setPalette(dark_palette())
    settle()
    assert panel._dark
    base = dark_palette().color(QPalette.Base)
    assert panel.plot.backgroundBrush().color().name() == base.name()
    assert panel.plot.getPlotItem().getAxis("bottom").textPen().color().name() == \
        dark_palette().color(QPalette.Text).name()
    dark = _pixel(panel, _shot(panel, qtbot, tmp_path, "dark.png"), -2.2, 1.8)
    assert dark.sum() < light.sum() - 150
    assert _close(dark, _expected(panel, 0, REGION_STRENGTH[True]))
    brushes = [b.color().name() for b in panel.points_item.data["brush"]]
    assert brushes == [CLASS_COLORS[c][True] for c in LABELS]  # the points follow the theme too


@pytest.mark.parametrize("k", [1, 2])
def test_an_unsure_plane_is_a_visible_grey_in_the_dark_theme(panel, qtbot, tmp_path, k):
    """p = 0.5 everywhere (one neuron on XOR): not the dark background's near-black, a neutral mid grey that the
    plot's background and both classes' regions differ from."""
    panel.setPalette(dark_palette())
    settle()
    grid = _grid(k=k)
    grid["output"] = np.full_like(grid["output"], 0.5)
    panel.set_grid(grid)
    image = _shot(panel, qtbot, tmp_path, f"unsure_dark_{k}.png")
    got = _pixel(panel, image, 0.3, 0.2)  # away from the points
    base = panel.palette().color(QPalette.Base)
    background = np.array([base.red(), base.green(), base.blue()], dtype=float)
    assert got.mean() > 70 and np.abs(got - background).max() > 40, got  # not black on the dark plot
    assert np.ptp(got) < 12, got  # neutral: no class's hue
    for cls in (0, 1):
        assert not _close(got, _expected(panel, cls, REGION_STRENGTH[True]), tol=30), cls
