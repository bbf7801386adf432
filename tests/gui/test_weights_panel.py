"""The weights panel: heat map orientation and symmetric levels, filter tiles, histograms, gradient history, messages,
odd tensors and the theme."""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from netbuilder.gui.window.app import dark_palette
from netbuilder.gui.panels.weights import WeightsPanel
from netbuilder.gui.panels.weights_data import grid_shape, histogram, symmetric_limit, tile_filters
from netbuilder.gui.common.style import is_dark


@pytest.fixture
def panel(qtbot):
    p = WeightsPanel()
    qtbot.addWidget(p)
    p.resize(700, 600)
    p.show()
    qtbot.waitExposed(p)
    return p


def linear(rng, n_out=20, n_in=30, scale=0.1):
    return {"weight": rng.normal(0, scale, (n_out, n_in)).astype(np.float32),
            "bias": rng.normal(0, scale, n_out).astype(np.float32)}


def visible_counts(plot) -> int:
    return int(sum(c.getData()[1].sum() for c in plot.series if c.isVisible() and c.getData()[1] is not None))


def pixel_at(panel, image, row: float, col: float) -> QColor:
    """The colour the panel's grab ``image`` shows at heat-map data point (``row``, ``col``)."""
    view = panel.heatmap
    scene = view.plotItem.vb.mapViewToScene(QPointF(col, row))
    point = view.viewport().mapTo(panel, view.mapFromScene(scene))
    return QColor(image.pixel(point))


def test_found_by_object_names(panel):
    assert panel.objectName() == "weightsPanel"
    for name in ("weightHistogram", "biasHistogram", "gradientNormPlot", "weightHeatmap"):
        assert isinstance(panel.findChild(pg.PlotWidget, name), pg.PlotWidget), name
    assert isinstance(panel.findChild(QLabel, "weightsTitle"), QLabel)
    assert isinstance(panel.findChild(QComboBox, "inputChannelBox"), QComboBox)
    assert isinstance(panel.image_item, pg.ImageItem)
    assert isinstance(panel.color_bar, pg.ColorBarItem)
    assert panel.node_id is None
    assert panel.findChild(QLabel, "weightsMessage").text() == "Select a layer on the canvas to see its weights."


def test_linear_title_orientation_levels_and_reuse(panel):
    rng = np.random.default_rng(1)
    w = rng.uniform(-0.2, 0.2, (128, 784)).astype(np.float32)
    m = np.float32(0.75)
    w[0, 5] = m
    w[100, 3] = -0.5
    panel.show_node("hidden1", "Linear", {"weight": w, "bias": np.zeros(128, np.float32)})
    assert panel.node_id == "hidden1"
    assert panel.findChild(QLabel, "weightsTitle").text() == "hidden1 · Linear · 784 → 128 · 100,480 weights"
    assert panel.levels() == (-float(m), float(m))
    item = panel.image_item
    image = item.image
    assert image.shape == (128, 784)  # rows = output units, columns = inputs
    assert np.unravel_index(np.argmax(image), image.shape) == (0, 5)
    assert np.unravel_index(np.argmin(image), image.shape) == (100, 3)
    np.testing.assert_array_equal(image, w)
    assert tuple(item.getLevels()) == (-float(m), float(m))
    assert tuple(panel.color_bar.levels()) == (-float(m), float(m))
    # row 0 is drawn at the top, column 0 at the left
    vb = panel.heatmap.plotItem.vb
    assert vb.mapViewToScene(QPointF(0, 0)).y() < vb.mapViewToScene(QPointF(0, 127)).y()
    assert vb.mapViewToScene(QPointF(0, 0)).x() < vb.mapViewToScene(QPointF(783, 0)).x()
    assert panel.describe_pixel(0, 5) == "output unit 0, input 5: 0.75"

    w2 = (w * 4).astype(np.float32)  # the next epoch: other values, a larger scale
    panel.show_node("hidden1", "Linear", {"weight": w2, "bias": np.zeros(128, np.float32)})
    assert panel.image_item is item
    assert [i for i in panel.heatmap.plotItem.items if isinstance(i, pg.ImageItem)] == [item]
    assert panel.levels() == (-3.0, 3.0)
    assert tuple(item.getLevels()) == (-3.0, 3.0)
    assert tuple(panel.color_bar.levels()) == (-3.0, 3.0)
    np.testing.assert_array_equal(panel.image_item.image, w2)


def test_pixels_diverge_around_a_neutral_zero(panel, tmp_path):
    m = 0.5
    w = np.zeros((8, 12), np.float32)
    w[:, :4], w[:, 8:] = m, -m  # left block positive, middle zero, right block negative
    panel.show_node("fc", "Linear", {"weight": w, "bias": np.zeros(8, np.float32)})
    QApplication.processEvents()
    grab = panel.grab()
    grab.save(str(tmp_path / "pixels.png"))
    image = grab.toImage()
    pos, zero, neg = pixel_at(panel, image, 4, 1.5), pixel_at(panel, image, 4, 5.5), pixel_at(panel, image, 4, 9.5)
    assert pos.red() > pos.blue() + 100, pos.name()
    assert neg.blue() > neg.red() + 100, neg.name()
    assert max(zero.red(), zero.green(), zero.blue()) - min(zero.red(), zero.green(), zero.blue()) < 25, zero.name()
    assert zero.lightness() > 180  # light theme: zero is the near-white neutral
    # the rendered image of the item itself agrees
    panel.image_item.render()
    q = panel.image_item.qimage
    assert (q.width(), q.height()) == (12, 8)
    assert QColor(q.pixel(0, 0)).red() > QColor(q.pixel(0, 0)).blue()
    assert QColor(q.pixel(11, 7)).blue() > QColor(q.pixel(11, 7)).red()

    rng = np.random.default_rng(2)
    panel.show_node("fc", "Linear", linear(rng, 64, 100))
    QApplication.processEvents()
    image = panel.grab().toImage()
    colours = {image.pixel(pixel_at_point(panel, r, c)) for r in range(0, 64, 3) for c in range(0, 100, 3)}
    assert len(colours) > 50  # a picture, not a blank plot


def pixel_at_point(panel, row, col) -> QPoint:
    view = panel.heatmap
    return view.viewport().mapTo(panel, view.mapFromScene(view.plotItem.vb.mapViewToScene(QPointF(col, row))))


def test_conv2d_filters_are_tiled_with_gaps_and_follow_the_input_channel(panel):
    rng = np.random.default_rng(3)
    w = rng.normal(0, 0.3, (8, 3, 5, 5)).astype(np.float32)
    b = rng.normal(0, 0.1, 8).astype(np.float32)
    panel.show_node("conv1", "Conv2d", {"weight": w, "bias": b})
    assert panel.findChild(QLabel, "weightsTitle").text() == "conv1 · Conv2d · 3 → 8 channels, 5×5 · 608 weights"
    box = panel.findChild(QComboBox, "inputChannelBox")
    assert box.isVisible() and box.count() == 4 and box.currentIndex() == 0
    image = panel.image_item.image
    # 8 filters of 5x5 in 2 rows of 4 tiles, 1-pixel gaps between them: 2*5 + 1 by 4*5 + 3
    assert image.shape == (11, 23)
    assert np.isnan(image[5, :]).all() and np.isnan(image[:, 5]).all()  # the gaps
    np.testing.assert_allclose(image[0:5, 0:5], w[0].mean(axis=0), rtol=1e-5)  # averaged over inputs by default
    np.testing.assert_allclose(image[6:11, 18:23], w[7].mean(axis=0), rtol=1e-5)
    assert panel.levels()[1] == pytest.approx(np.abs(w.mean(axis=1)).max())

    box.setCurrentIndex(2)  # input channel 1
    image = panel.image_item.image
    np.testing.assert_array_equal(image[6:11, 6:11], w[5, 1])  # filter 5 = tile row 1, tile column 1
    np.testing.assert_array_equal(image[0:5, 12:17], w[2, 1])
    assert panel.levels() == (-float(np.abs(w[:, 1]).max()), float(np.abs(w[:, 1]).max()))
    assert panel.describe_pixel(6, 6 + 2) == f"output channel 5, row 0, column 2: {w[5, 1, 0, 2]:.4g}"
    assert panel.describe_pixel(5, 0) is None  # a gap

    panel.show_node("conv1", "Conv2d", {"weight": w * 2, "bias": b})  # the next epoch keeps the chosen channel
    assert box.currentIndex() == 2
    np.testing.assert_array_equal(panel.image_item.image[6:11, 6:11], w[5, 1] * 2)


def test_conv1d_is_channels_by_taps(panel):
    w = np.arange(4 * 2 * 3, dtype=np.float32).reshape(4, 2, 3) - 10
    panel.show_node("c", "Conv1d", {"weight": w})
    np.testing.assert_allclose(panel.image_item.image, w.mean(axis=1))
    assert panel.image_item.image.shape == (4, 3)
    assert panel.heatmap.getAxis("bottom").labelText == "kernel tap"


def test_tiling_helpers():
    filters = np.arange(5 * 2 * 3, dtype=np.float32).reshape(5, 2, 3)
    image = tile_filters(filters, 3)
    assert image.shape == (2 * 3 - 1, 3 * 4 - 1)
    np.testing.assert_array_equal(image[3:5, 4:7], filters[4])
    assert np.isnan(image[3:5, 8:11]).all()  # the unused sixth tile
    rows, cols = grid_shape(32, 3, 3)
    assert rows * cols >= 32 and cols > rows
    assert symmetric_limit(np.array([0.0, np.nan, -np.inf, -0.25])) == 0.25
    assert symmetric_limit(np.zeros(3)) == 1.0
    edges, counts = histogram(np.array([1.0, np.nan, 2.0, 3.0]))
    assert counts.sum() == 3 and len(edges) == len(counts) + 1


def test_histogram_counts_sum_to_the_numbers_of_weights_and_biases(panel):
    rng = np.random.default_rng(4)
    params = linear(rng, 20, 30)
    panel.show_node("fc", "Linear", params)
    assert visible_counts(panel.weight_histogram) == 600
    assert visible_counts(panel.bias_histogram) == 20
    curve = next(c for c in panel.weight_histogram.series if c.isVisible())
    assert curve.opts["stepMode"] == "center"
    x, y = curve.getData()
    assert len(x) == len(y) + 1 and len(y) <= 40
    assert x[0] <= params["weight"].min() and x[-1] >= params["weight"].max()
    assert panel.weight_histogram.getAxis("bottom").labelText == "value"
    assert panel.weight_histogram.getAxis("left").labelText == "count"

    panel.show_node("fc2", "Linear", {"weight": params["weight"][:5]})  # no bias
    assert visible_counts(panel.weight_histogram) == 150
    assert visible_counts(panel.bias_histogram) == 0
    assert panel.bias_histogram.hint.isVisible()

    lstm = {"weight_ih_l0": rng.normal(size=(16, 3)), "weight_hh_l0": rng.normal(size=(16, 4)),
            "bias_ih_l0": rng.normal(size=16), "bias_hh_l0": rng.normal(size=16)}
    panel.show_node("lstm", "LSTM", lstm)
    assert visible_counts(panel.weight_histogram) == 16 * 7
    assert visible_counts(panel.bias_histogram) == 32
    assert sum(c.isVisible() for c in panel.weight_histogram.series) == 2


def test_gradient_history_is_kept_per_node(panel):
    rng = np.random.default_rng(5)
    panel.show_node("a", "Linear", linear(rng))
    plot = panel.findChild(pg.PlotWidget, "gradientNormPlot")
    assert len(panel.gradient_curve.getData()[0] if panel.gradient_curve.getData()[0] is not None else []) == 0
    assert plot.hint.isVisible()
    for epoch, norm in ((1, 2.0), (2, 1.0), (3, 0.5)):
        panel.add_gradient_norm("a", epoch, norm)
    panel.add_gradient_norm("b", 1, 9.0)
    x, y = panel.gradient_curve.getData()
    np.testing.assert_array_equal(x, [1, 2, 3])
    np.testing.assert_array_equal(y, [2.0, 1.0, 0.5])
    assert not plot.hint.isVisible()
    assert plot.getAxis("bottom").labelText == "epoch"

    panel.show_node("b", "Linear", linear(rng))
    np.testing.assert_array_equal(panel.gradient_curve.getData()[1], [9.0])
    panel.add_gradient_norm("a", 4, 0.25)  # another node's history grows without showing here
    np.testing.assert_array_equal(panel.gradient_curve.getData()[1], [9.0])
    assert panel.gradient_history("a") == ([1.0, 2.0, 3.0, 4.0], [2.0, 1.0, 0.5, 0.25])

    panel.set_gradient_history("b", [0.5, 1.0], [3.0, 2.0])
    np.testing.assert_array_equal(panel.gradient_curve.getData()[0], [0.5, 1.0])
    with pytest.raises(ValueError):
        panel.set_gradient_history("b", [1, 2], [1.0])

    panel.clear()
    assert panel.node_id is None
    assert panel.gradient_history("a") == ([], [])
    assert panel.findChild(QLabel, "weightsMessage").isVisible()


def test_parameterless_node_shows_a_message_not_a_plot(panel):
    panel.show_node("fc", "Linear", linear(np.random.default_rng(6)))
    assert panel.heatmap.isVisible()
    panel.show_node("relu1", "ReLU", {})
    message = panel.findChild(QLabel, "weightsMessage")
    assert message.isVisible()
    assert message.text() == ("ReLU has no weights: it transforms its input the same way however the network "
                              "trains.")
    assert not panel.heatmap.isVisible()
    assert not panel.weight_histogram.isVisible()
    assert panel.node_id == "relu1"
    assert panel.image_item.image is None

    panel.show_nothing("Train the network first: its weights appear here after the first epoch.")
    assert panel.node_id is None
    assert message.text().startswith("Train the network first")
    assert not panel.findChild(QLabel, "weightsTitle").isVisible()


@pytest.mark.parametrize("params", [
    {"weight": np.array(0.5)},  # 0-D
    {"weight": np.float32(-2.0)},
    {"weight": np.random.default_rng(7).normal(size=(3, 2, 2, 2, 2))},  # Conv3d-like 5-D
    {"weight": np.random.default_rng(8).normal(size=(2, 3, 4, 5, 6, 7))},  # 6-D
    {"num_batches_tracked": np.array(12)},  # an int tensor only
    {"weight": np.zeros((0, 4)), "bias": np.zeros(0)},  # empty
    {"weight": np.array([[np.nan, np.inf], [-np.inf, 1.0]])},
    {"weight": np.full((3, 3), np.nan)},
    {"weight": np.ones((4, 4), np.float16), "mask": np.ones((4, 4), bool)},
    {"weight": np.zeros((5, 5))},
    {"weight": [[1.0, -1.0]], "bias": object()},
])
def test_odd_shapes_and_types_do_not_crash(panel, params):
    panel.show_node("odd", "Strange", params)
    QApplication.processEvents()
    for row in range(-1, 4):
        for col in range(-1, 4):
            panel.describe_pixel(row, col)
    box = panel.findChild(QComboBox, "inputChannelBox")
    if box.isVisible():
        box.setCurrentIndex(box.count() - 1)
        QApplication.processEvents()
    lo, hi = panel.levels()
    assert lo == -hi and hi > 0
    panel.grab()


def test_other_layers(panel):
    rng = np.random.default_rng(9)
    bn = {"weight": 1 + rng.normal(0, 0.1, 16), "bias": rng.normal(0, 0.1, 16), "running_mean": rng.normal(size=16),
          "running_var": rng.random(16) + 0.5, "num_batches_tracked": np.array(7)}
    panel.show_node("bn", "BatchNorm2d", bn)
    assert panel.image_item.image.shape == (1, 16)  # a 1-D tensor: a 1-row heat map
    np.testing.assert_allclose(panel.image_item.image[0], bn["weight"], rtol=1e-6)
    assert panel.findChild(QLabel, "weightsTitle").text().endswith("32 weights")  # running stats are not weights
    assert visible_counts(panel.weight_histogram) == 48  # weight and the running statistics
    assert visible_counts(panel.bias_histogram) == 16

    lstm = {"weight_ih_l0": rng.normal(size=(32, 3)), "weight_hh_l0": rng.normal(size=(32, 8)),
            "bias_ih_l0": rng.normal(size=32), "bias_hh_l0": rng.normal(size=32)}
    panel.show_node("lstm", "LSTM", lstm)
    tensors = panel.findChild(QComboBox, "tensorBox")
    assert tensors.isVisible() and tensors.currentText() == "weight_hh_l0"  # the largest 2-D tensor
    np.testing.assert_allclose(panel.image_item.image, lstm["weight_hh_l0"], rtol=1e-6)
    tensors.setCurrentIndex(tensors.findText("weight_ih_l0"))
    np.testing.assert_allclose(panel.image_item.image, lstm["weight_ih_l0"], rtol=1e-6)
    panel.show_node("lstm", "LSTM", lstm)  # the next epoch keeps the chosen tensor
    assert tensors.currentText() == "weight_ih_l0"

    mha = {"in_proj_weight": rng.normal(size=(24, 8)), "in_proj_bias": rng.normal(size=24),
           "out_proj.weight": rng.normal(size=(8, 8)), "out_proj.bias": rng.normal(size=8)}
    panel.show_node("attn", "MultiheadAttention", mha)
    assert panel.image_item.image.shape == (24, 8)
    assert visible_counts(panel.bias_histogram) == 32

    many = {f"layer{i}.weight": rng.normal(size=(i + 2, 3)) for i in range(8)}
    panel.show_node("enc", "TransformerEncoderLayer", many)
    assert visible_counts(panel.weight_histogram) == sum(a.size for a in many.values())


def test_dark_palette_changes_background_and_colour_map(qtbot):
    app = QApplication.instance()
    before = app.palette()
    try:
        app.setPalette(dark_palette())
        panel = WeightsPanel()
        qtbot.addWidget(panel)
        panel.resize(700, 600)
        panel.show()
        qtbot.waitExposed(panel)
        dark_base = dark_palette().color(QPalette.Base)
        assert panel.heatmap.backgroundBrush().color() == dark_base
        assert panel.weight_histogram.backgroundBrush().color() == dark_base
        assert panel.gradient_plot.getAxis("left").textPen().color() == dark_palette().color(QPalette.Text)
        w = np.zeros((8, 12), np.float32)
        w[:, :4], w[:, 8:] = 0.5, -0.5
        panel.show_node("fc", "Linear", {"weight": w})
        QApplication.processEvents()
        zero = pixel_at(panel, panel.grab().toImage(), 4, 5.5)
        assert zero.lightness() < 80  # on a dark background zero is a dark neutral

        app.setPalette(app.style().standardPalette())
        app.processEvents()
        assert not is_dark(panel.palette())
        assert panel.heatmap.backgroundBrush().color() == panel.palette().color(QPalette.Base)
        assert panel.heatmap.backgroundBrush().color() != dark_base
        zero = pixel_at(panel, panel.grab().toImage(), 4, 5.5)
        assert zero.lightness() > 180
    finally:
        app.setPalette(before)
