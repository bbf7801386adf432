"""The smoothed loss line as a person sees it: it follows the loss it smooths. Its weight adapts to the batches per
epoch (never averaging over more than a quarter of an epoch), so XOR's one batch an epoch is not smoothed and the
line no longer lags ten epochs behind, above both real curves."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QPushButton

from netbuilder.gui.panels.plot_items import SMOOTHING_EPOCHS, smoothing_factor
from netbuilder.gui.panels.plots import DEFAULT_SMOOTHING, LossPlot


def lag_in_epochs(x: np.ndarray, raw: np.ndarray, smoothed: np.ndarray) -> float:
    """How far back (in epochs) the raw loss last was as high as the smoothed line, at the median point of a falling
    loss: 0 when the line is on the raw loss, about ``a / (1 - a)`` batches for an EMA of weight ``a``."""
    lags = []
    for i in range(len(x)):
        back = np.flatnonzero(raw[:i + 1] >= smoothed[i] - 1e-12)
        lags.append(x[i] - x[back[-1]] if back.size else x[i])
    return float(np.median(lags))


def drawn(plot, label: str) -> tuple[np.ndarray, np.ndarray]:
    """What the curve item of that legend entry was given to draw."""
    x, y = next(s.curve for s in plot._series if s.label == label).getData()
    return np.asarray(x), np.asarray(y)


def pixel_of(plot, x: float, y: float) -> QPointF:
    return plot.plotItem.vb.mapViewToScene(QPointF(x, y))


def test_xor_one_batch_an_epoch_the_smoothed_line_is_on_the_loss(window, qtbot, tmp_path):
    assert window.open_design("xor")
    curves = window.training.curves
    assert curves.smoothing.value() == pytest.approx(DEFAULT_SMOOTHING)  # the setting a person finds
    count = len(window.finished)
    qtbot.mouseClick(window.findChild(QPushButton, "trainButton"), Qt.LeftButton)
    qtbot.waitUntil(lambda: len(window.finished) > count, timeout=60_000)
    plot = curves.loss_plot
    plot.refresh()
    x, raw = drawn(plot, "training loss (per batch)")
    _, smoothed = drawn(plot, "smoothed")
    epochs = window.current_design()["training"]["epochs"]
    assert len(x) == epochs and plot.batches_per_epoch == 1
    assert lag_in_epochs(x, raw, smoothed) <= SMOOTHING_EPOCHS
    # at the last epoch the drawn line is where the loss is (it was ten epochs' worth above it), and not above both
    # the training and the validation loss
    _, val = drawn(plot, "validation loss")
    assert smoothed[-1] <= max(raw[-1], val[-1]) + 1e-9
    end_raw, end_smoothed = pixel_of(plot, x[-1], raw[-1]), pixel_of(plot, x[-1], smoothed[-1])
    assert abs(end_raw.y() - end_smoothed.y()) <= 2.0
    plot.grab().save(str(tmp_path / "xor_loss.png"))
    # the smoothing box says why
    assert "not smoothed" in curves.smoothing.toolTip() and "1 batch" in curves.smoothing.toolTip()


@pytest.mark.parametrize("per_epoch", [1, 4, 10, 60, 469])
def test_the_lag_stays_under_a_quarter_epoch_whatever_the_epoch(qtbot, per_epoch):
    plot = LossPlot()
    qtbot.addWidget(plot)
    epochs = 30
    x = np.arange(1, epochs * per_epoch + 1) / per_epoch
    loss = 2.0 * np.exp(-x / 6.0) + 0.02  # a falling loss, as a run draws it
    plot.set_batches_per_epoch(per_epoch)
    plot.append_batches(x, loss)
    smoothed = plot.data()["smoothed"]
    assert lag_in_epochs(x, loss, smoothed) <= SMOOTHING_EPOCHS + 1e-9
    used = plot.effective_smoothing
    assert used == smoothing_factor(DEFAULT_SMOOTHING, per_epoch)
    if per_epoch * SMOOTHING_EPOCHS >= 1 / (1 - DEFAULT_SMOOTHING):  # long epochs: the user's 0.9 per batch stands
        assert used == DEFAULT_SMOOTHING
    elif per_epoch <= 1 / SMOOTHING_EPOCHS:  # an epoch of a few batches: not smoothed
        assert used == 0.0 and np.array_equal(smoothed, loss)
    else:
        assert 0 < used < DEFAULT_SMOOTHING


def test_a_loaded_curve_finds_its_batches_per_epoch_and_a_new_run_forgets_them(qtbot):
    plot = LossPlot()
    qtbot.addWidget(plot)
    x = np.arange(1, 51) / 1.0  # a checkpoint of 50 one-batch epochs
    loss = np.linspace(1.0, 0.1, 50)
    plot.load(x, loss, [], [])
    assert plot.batches_per_epoch == 1 and np.array_equal(plot.data()["smoothed"], loss)
    plot.clear_run()
    assert plot.batches_per_epoch is None and plot.effective_smoothing == DEFAULT_SMOOTHING
