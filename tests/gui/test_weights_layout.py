"""The weights panel at the window's default size and at 1366x768, as a person reads it: the histograms' tick labels
side by side without overlapping, the small plots' titles whole or elided (not cut by the plot's edge), and the
"no gradients yet" hint wrapped inside its plot."""
from __future__ import annotations

import itertools

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QImage, QPainter

from netbuilder.gui.panels.weights import WeightsPanel
from person import settle


def tick_label_rects(plot, name: str = "bottom") -> list[QRectF]:
    """Where the axis draws its tick labels, in scene coordinates (pyqtgraph's own draw specs)."""
    axis = plot.getAxis(name)
    image = QImage(8, 8, QImage.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    if specs is None:
        return []
    return [axis.mapRectToScene(rect) for rect, _flags, _text in specs[2]]


def overlapping(rects: list[QRectF]) -> list[tuple[int, int]]:
    return [(i, j) for (i, a), (j, b) in itertools.combinations(enumerate(rects), 2) if a.intersects(b)]


def check_readable(panel: WeightsPanel) -> None:
    for plot in (panel.weight_histogram, panel.bias_histogram, panel.gradient_plot):
        if not plot.isVisible():
            continue
        plot.grab()  # painted as on screen: pyqtgraph places its text items when it paints them
        rects = tick_label_rects(plot) + tick_label_rects(plot, "left")
        assert overlapping(rects) == [], (plot.objectName(), [r.getRect() for r in rects])
        inside = plot.plotItem.mapRectToScene(plot.plotItem.boundingRect())
        outside = [r.getRect() for r in rects if not inside.contains(r)]
        assert outside == [], (plot.objectName(), inside.getRect(), outside)
        title = plot.plotItem.titleLabel.item.sceneBoundingRect()  # the text as laid out
        assert inside.contains(title), (plot.objectName(), plot.title_text(), title.getRect(), inside.getRect())
        if plot.hint.isVisible():
            hint = plot.hint.sceneBoundingRect()
            view = plot.plotItem.vb.sceneBoundingRect()
            assert view.contains(hint), (plot.objectName(), hint.getRect(), view.getRect())


def select(window, qtbot, node: str) -> None:
    window.scene.select_nodes([node])
    panel = window.inside.weights
    qtbot.waitUntil(lambda: panel.node_id == node and panel.content.isVisible(), timeout=10_000)


@pytest.mark.parametrize("size", [None, (1366, 768)], ids=["default", "1366x768"])
def test_the_weights_panel_reads_at_the_windows_size(window, qtbot, tmp_path, size):
    if size is not None:
        window.resize(*size)
    assert window.open_design("spirals")
    assert window.show_panel("weightsPanel")
    panel = window.inside.weights
    window.scene.select_nodes(["hidden1"])
    window.set_training_options(epochs=3)
    count = len(window.finished)
    assert window.train()
    qtbot.waitUntil(lambda: len(window.finished) > count, timeout=60_000)
    select(window, qtbot, "hidden1")
    assert panel.isVisible() and panel.content.isVisible()
    check_readable(panel)
    panel.grab().save(str(tmp_path / "weights_hidden1.png"))
    # another layer: no gradients recorded for it yet, so the hint shows, whole
    select(window, qtbot, "hidden2")
    settle()  # the plot lays out without its axes
    assert panel.gradient_plot.hint.isVisible() and "no gradients yet" in panel.gradient_plot.hint.toPlainText()
    check_readable(panel)
    panel.grab().save(str(tmp_path / "weights_hidden2.png"))


def show_spread(qtbot, size, spread) -> WeightsPanel:
    panel = WeightsPanel()
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    rng = np.random.default_rng(3)
    panel.show_node("fc", "Linear", {"weight": rng.uniform(-spread, spread, (32, 24)).astype(np.float32),
                                     "bias": rng.uniform(-spread / 3, spread, 32).astype(np.float32)})
    settle()
    return panel


@pytest.mark.parametrize("spread", [0.05, 0.45, 3.0])
@pytest.mark.parametrize("size", [(420, 340), (700, 600)])
def test_histogram_labels_never_overlap(qtbot, size, spread):
    panel = show_spread(qtbot, size, spread)
    check_readable(panel)
    for plot in (panel.weight_histogram, panel.bias_histogram):
        assert len(tick_label_rects(plot)) >= 2  # still a scale to read


@pytest.mark.parametrize("point_size", [10, 12, 13])
def test_a_larger_font_still_leaves_two_labels_on_a_small_histogram(qtbot, qapp, point_size):
    """The biases on -0.023..0.054 in a 150-px plot: with 10-pt text the 1-2-5 step whose labels fit side by side
    (0.05) left one label, "0" (the 0.05 label would pass the plot's right end); a 0.04 step keeps two."""
    saved = QFont(qapp.font())
    font = QFont(saved)
    font.setPointSizeF(point_size)
    qapp.setFont(font)
    try:
        panel = show_spread(qtbot, (420, 340), 0.05)
        check_readable(panel)
        for plot in (panel.weight_histogram, panel.bias_histogram):
            assert len(tick_label_rects(plot)) >= 2, (plot.objectName(), point_size)
    finally:
        qapp.setFont(saved)
