"""The live training plots: buffers drawn only on refresh, EMA smoothing, gaps, log scale, bands, exports, read-out."""
from __future__ import annotations

import csv
import math

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from netbuilder.gui.window.app import dark_palette
from netbuilder.gui.panels.plot_items import FastCurve, peak_decimate
from netbuilder.gui.panels.plots import (COLORS, AccuracyPlot, EpochBands, GrowBuffer, LossPlot, ema_debiased)
from netbuilder.gui.common.style import is_dark


def hand_ema(values, a):
    """The definition, one value at a time (TensorBoard's loop)."""
    s, k, out = 0.0, 0, []
    for v in values:
        if not math.isfinite(v):
            out.append(math.nan)
            continue
        s, k = a * s + (1 - a) * v, k + 1
        out.append(s / (1 - a ** k))
    return np.array(out)


def _shown(qtbot, plot):
    qtbot.addWidget(plot)
    plot.resize(700, 350)
    plot.show()
    qtbot.waitExposed(plot)
    return plot


@pytest.fixture
def loss_plot(qtbot):
    return _shown(qtbot, LossPlot())


@pytest.fixture
def acc_plot(qtbot):
    return _shown(qtbot, AccuracyPlot())


def curve(plot, label):
    return next(s.curve for s in plot._series if s.label == label)


def menu_actions(plot):
    return {a.text(): a for a in plot.plotItem.vb.menu.actions()}


def test_plots_are_plot_widgets_found_by_object_name(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    layout = QVBoxLayout(parent)
    layout.addWidget(LossPlot())
    layout.addWidget(AccuracyPlot())
    assert isinstance(parent.findChild(pg.PlotWidget, "lossPlot"), LossPlot)
    assert isinstance(parent.findChild(pg.PlotWidget, "accuracyPlot"), AccuracyPlot)


def test_axis_labels_legend_and_cheap_curves(loss_plot):
    assert loss_plot.getAxis("bottom").labelText == "epoch"
    assert loss_plot.getAxis("left").labelText == "loss"
    names = [label.text for _, label in loss_plot.plotItem.legend.items]
    assert names == ["training loss (per batch)", "smoothed", "validation loss"]
    for s in loss_plot._series:
        if s.fast:  # the per-batch series: one cached path each (see FastCurve)
            assert isinstance(s.curve, FastCurve)
            continue
        assert s.curve.opts["clipToView"] and s.curve.opts["autoDownsample"]
        assert s.curve.opts["downsampleMethod"] == "peak"
        assert s.curve.opts["connect"] == "finite"
    assert [s.label for s in loss_plot._series if s.fast] == ["training loss (per batch)", "smoothed"]
    # no "(x0.001)" on the axes: a run stopped within its first epoch shows epochs 0..0.9, not 0..900
    assert not loss_plot.getAxis("bottom").autoSIPrefix and not loss_plot.getAxis("left").autoSIPrefix


def test_appending_marks_dirty_and_only_refresh_draws(loss_plot, monkeypatch):
    calls = []
    for s in loss_plot._series:
        original = s.curve.setData
        monkeypatch.setattr(s.curve, "setData", lambda *a, _o=original, _s=s, **k: (
            calls.append((_s.label, k.get("appended_from"))), _o(*a, **k)))
    loss_plot.append_batches(np.array([0.1, 0.2]), np.array([2.0, 1.5]))
    loss_plot.add_validation(1, 1.7)
    assert calls == []
    drawn_x, _ = curve(loss_plot, "smoothed").getData()
    assert drawn_x is None or len(drawn_x) == 0
    assert loss_plot.refresh() is True
    assert sorted(label for label, _ in calls) == ["smoothed", "training loss (per batch)", "validation loss"]
    np.testing.assert_array_equal(curve(loss_plot, "training loss (per batch)").getData()[1], [2.0, 1.5])
    assert loss_plot.refresh() is False
    assert len(calls) == 3
    # more batches: only the two batch curves are given their data, told that the first 2 points are unchanged
    calls.clear()
    loss_plot.append_batches([0.3], [1.2])
    loss_plot.append_batches([0.4], [1.1])
    assert loss_plot.refresh() is True
    assert sorted(calls) == [("smoothed", 2), ("training loss (per batch)", 2)]
    np.testing.assert_array_equal(curve(loss_plot, "training loss (per batch)").getData()[1], [2.0, 1.5, 1.2, 1.1])
    # a new smoothing rewrites the smoothed series: drawn whole
    calls.clear()
    loss_plot.set_smoothing(0.3)
    assert calls == [("smoothed", None)]


def _window_pixels(plot) -> np.ndarray:
    """What the window shows now (the backing store, painted strip by strip), not a fresh render like grab()."""
    image = QApplication.primaryScreen().grabWindow(plot.winId()).toImage().convertToFormat(QImage.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return rows[:, :image.width(), :3].copy()


def test_live_batches_repaint_strips_that_add_up_to_the_whole_picture(qtbot, monkeypatch):
    exposed = []
    original = FastCurve.paint
    monkeypatch.setattr(FastCurve, "paint", lambda self, p, option, widget=None: (
        exposed.append(option.exposedRect.width() / max(self.boundingRect().width(), 1e-12)),
        original(self, p, option, widget)))
    loss_plot = _shown(qtbot, LossPlot())  # made after the patch: Qt looks a paint() override up once
    loss_plot.set_live(True, 1)
    rng = np.random.default_rng(1)
    x = np.arange(1, 401) / 400
    y = 2.3 * np.exp(-5 * x) + 0.1 + 0.2 * rng.random(400)
    for i in range(0, 400, 25):
        loss_plot.append_batches(x[i:i + 25], y[i:i + 25])
        loss_plot.refresh()
        QApplication.processEvents()
    assert sum(w < 0.2 for w in exposed) >= 10, exposed  # most redraws painted a narrow strip, not the plot
    live = _window_pixels(loss_plot)
    loss_plot.viewport().repaint()  # everything at once, from the whole paths
    whole = _window_pixels(loss_plot)
    expected = QColor(COLORS["train"][is_dark(loss_plot.palette())])
    curve_pixels = (np.abs(whole.astype(int) - [expected.blue(), expected.green(), expected.red()]).max(-1) <= 12)
    assert curve_pixels.sum() > 500  # the smoothed line is there
    assert (live != whole).any(-1).sum() == 0


def test_fast_curve_decimates_long_series_keeping_the_extremes_and_the_gaps(qtbot):
    item = FastCurve("loss")
    n = 200_000
    x = np.arange(n) / 1000.0
    y = np.sin(x)
    y[123_457] = 50.0  # one spike among 200,000 points must still be drawn
    y[150_000:151_000] = np.nan  # a stretch of NaN stays a gap
    item.setData(x, y)
    path = item._path
    assert path.elementCount() <= 2 * FastCurve.MAX_BINS + 16
    bounds = path.boundingRect()
    assert bounds.bottom() == pytest.approx(50.0) and bounds.top() == pytest.approx(-1.0, abs=1e-3)
    moves = sum(path.elementAt(i).isMoveTo() for i in range(path.elementCount()))
    assert moves == 2  # the NaN stretch splits the line in two
    np.testing.assert_array_equal(item.getData()[1][:5], y[:5])  # getData gives the data, not the decimated path
    assert item.dataBounds(1) == (pytest.approx(-1.0, abs=1e-3), 50.0)
    xs, ys = peak_decimate(x[:10], y[:10], 4)
    assert len(xs) == 8 and ys.max() == y[:10].max() and ys.min() == y[:10].min()


def test_fast_curve_log_mode_and_flat_lines(qtbot):
    item = FastCurve("loss")
    item.setData([0.0, 1.0, 2.0], [0.01, 0.0, 1.0])  # 0 has no logarithm: a gap
    item.setLogMode(False, True)
    assert item.dataBounds(1) == (pytest.approx(-2.0), pytest.approx(0.0))
    item.setLogMode(False, False)
    item.setData([0.0, 1.0], [0.5, 0.5])  # a flat line still has an area, so it is painted
    assert item.dataBounds(1) == (0.5, 0.5)
    item.viewTransformChanged()  # outside a view: no pixel size, no padding, no error
    with pytest.raises(ValueError):
        item.setData([0.0, 1.0], [1.0])


def test_ema_matches_hand_computation_with_debiasing(loss_plot):
    loss_plot.set_smoothing(0.5)
    loss_plot.append_batches([0.25, 0.5], [1.0, 2.0])
    loss_plot.append_batches([0.75], [3.0])  # incremental: the EMA state carries over
    smoothed = loss_plot.data()["smoothed"]
    np.testing.assert_allclose(smoothed, [1.0, 1.25 / 0.75, 2.125 / 0.875])
    values = np.random.default_rng(1).normal(1, 0.3, 2000)
    for a in (0.0, 0.6, 0.9, 0.999):
        out, state = ema_debiased(values[:700], a)
        rest, _ = ema_debiased(values[700:], a, state)
        np.testing.assert_allclose(np.concatenate([out, rest]), hand_ema(values, a), rtol=1e-10)


def test_smoothing_zero_equals_raw_and_is_clamped(loss_plot):
    loss_plot.set_smoothing(0)
    assert loss_plot.smoothing == 0
    loss = np.array([3.0, 1.0, 2.0, np.nan, 0.5])
    loss_plot.append_batches(np.arange(1, 6) / 5, loss)
    np.testing.assert_array_equal(loss_plot.data()["smoothed"], loss)
    loss_plot.set_smoothing(5)
    assert loss_plot.smoothing == 0.999
    loss_plot.set_smoothing(-1)
    assert loss_plot.smoothing == 0.0


def test_changing_smoothing_recomputes_the_whole_series_and_draws(loss_plot):
    loss_plot.set_smoothing(0.9)
    values = np.linspace(3, 1, 50)
    loss_plot.append_batches(np.arange(1, 51) / 50, values)
    loss_plot.refresh()
    loss_plot.set_smoothing(0.3)
    np.testing.assert_allclose(loss_plot.data()["smoothed"], hand_ema(values, 0.3), rtol=1e-12)
    np.testing.assert_allclose(curve(loss_plot, "smoothed").getData()[1], hand_ema(values, 0.3), rtol=1e-12)
    loss_plot.append_batches([1.02], [0.9])  # continues from the recomputed state
    np.testing.assert_allclose(loss_plot.data()["smoothed"], hand_ema(np.append(values, 0.9), 0.3), rtol=1e-12)


def test_nan_and_inf_losses_are_gaps_and_do_not_poison_the_ema(loss_plot, qtbot):
    loss_plot.set_smoothing(0.5)
    loss_plot.append_batches([0.25, 0.5, 0.75, 1.0], [1.0, np.nan, np.inf, 3.0])
    data = loss_plot.data()
    assert np.isnan(data["batch_loss"][1:3]).all() and np.isnan(data["smoothed"][1:3]).all()
    assert data["smoothed"][3] == pytest.approx((0.25 + 1.5) / 0.75)
    assert loss_plot.refresh()
    assert np.isnan(curve(loss_plot, "smoothed").getData()[1][1])
    loss_plot.grab()  # paints the gap


@pytest.mark.filterwarnings("ignore:All-NaN slice")  # pyqtgraph, on a scatter whose only point is log(0)
def test_log_scale_survives_zero_negative_and_nan(loss_plot):
    loss_plot.append_batches([0.2, 0.4, 0.6, 0.8, 1.0], [1.0, 0.0, -2.0, np.nan, 0.1])
    loss_plot.add_validation(1, 0.0)
    loss_plot.set_log_y(True)
    assert loss_plot.log_action.isChecked()
    assert loss_plot.refresh()
    assert not loss_plot.grab().isNull()
    assert "epoch 0.20" in loss_plot.show_readout_at(0.2, 1.0)
    loss_plot.show_readout_at(0.5, 0.0)  # a y that has no logarithm
    loss_plot.log_action.setChecked(False)
    assert not loss_plot.plotItem.ctrl.logYCheck.isChecked()
    loss_plot.plotItem.ctrl.logYCheck.setChecked(True)  # pyqtgraph's own menu box keeps the action in step
    assert loss_plot.log_action.isChecked()


def test_grow_buffer_keeps_every_value_past_its_capacity(loss_plot):
    buf = GrowBuffer(4)
    chunks = [np.arange(3.0), np.arange(10.0, 20.0), np.arange(100.0, 1100.0)]
    for chunk in chunks:
        buf.append(chunk)
    np.testing.assert_array_equal(buf.view(), np.concatenate(chunks))
    assert buf._buf.size == 1024  # 4 doubled until the 1013 values fit
    x = np.arange(1, 10_001) / 1000
    for part in np.array_split(np.arange(x.size), 37):
        loss_plot.append_batches(x[part], 1 / x[part])
    np.testing.assert_array_equal(loss_plot.data()["batch_x"], x)
    np.testing.assert_array_equal(loss_plot.data()["batch_loss"], 1 / x)


def test_epoch_bands_are_one_item_ignored_by_auto_range(loss_plot, qtbot):
    loss_plot.set_epochs_shown(1000)
    bands = [i for i in loss_plot.plotItem.items if isinstance(i, EpochBands)]
    assert len(bands) == 1 and bands[0].epochs == 1000
    assert bands[0] not in loss_plot.plotItem.vb.addedItems  # addItem(..., ignoreBounds=True)
    loss_plot.append_batches(np.arange(1, 101) / 50, np.linspace(2, 1, 100))
    loss_plot.refresh()
    loss_plot.plotItem.vb.autoRange(padding=0)
    (x0, x1), _ = loss_plot.plotItem.vb.viewRange()
    assert x1 == pytest.approx(2.0, abs=0.05)  # the curves decide (plus a pen width), not the 1000 bands
    loss_plot.set_epochs_shown(4)
    assert len([i for i in loss_plot.plotItem.items if isinstance(i, EpochBands)]) == 1


def test_epoch_bands_shade_every_other_epoch(loss_plot):
    loss_plot.clear_run()
    loss_plot.set_epochs_shown(4)
    loss_plot.setXRange(0, 4, padding=0)
    loss_plot.setYRange(0, 1, padding=0)
    image = loss_plot.grab().toImage()
    vb = loss_plot.plotItem.vb

    def pixel(x, y):
        point = loss_plot.mapFromScene(vb.mapViewToScene(QPointF(x, y)))
        return image.pixelColor(point.x(), point.y()).rgb()

    assert pixel(0.5, 0.3) == pixel(2.5, 0.3)
    assert pixel(1.5, 0.3) == pixel(3.5, 0.3)
    assert pixel(0.5, 0.3) != pixel(1.5, 0.3)


def test_divergence_marker_is_drawn_then_cleared(loss_plot):
    loss_plot.mark_divergence(2.5, "loss is NaN {here}")
    lines = [i for i in loss_plot.plotItem.items if isinstance(i, pg.InfiniteLine)]
    assert len(lines) == 1 and lines[0].value() == 2.5 and lines[0].angle == 90
    assert lines[0].label.toPlainText() == "loss is NaN {here}"
    assert lines[0].pen.color().red() > 150
    loss_plot.clear_run()
    assert not [i for i in loss_plot.plotItem.items if isinstance(i, pg.InfiniteLine)]
    assert all(len(v) == 0 for v in loss_plot.data().values())


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    header, body = rows[0], rows[1:]
    return header, {name: np.array([float(r[i]) for r in body if r[i] != ""]) for i, name in enumerate(header)}


def test_export_csv_round_trips_the_data(loss_plot, acc_plot, tmp_path):
    loss_plot.set_smoothing(0.7)
    loss_plot.append_batches([0.5, 1.0, 1.5, 2.0], [2.0, np.nan, 1.0 / 3, 1e-12])
    loss_plot.add_validation(1, 1.25)
    loss_plot.add_validation(2, None)
    loss_plot.export_csv(tmp_path / "loss.csv")
    header, columns = read_csv(tmp_path / "loss.csv")
    assert header == ["batch_x", "batch_loss", "smoothed", "val_epoch", "val_loss"]
    for key, values in loss_plot.data().items():
        np.testing.assert_array_equal(columns[key], values)
    acc_plot.add_epoch(1, 0.5, 0.4)
    acc_plot.add_epoch(2, 0.75, None)
    acc_plot.export_csv(tmp_path / "acc.csv")
    header, columns = read_csv(tmp_path / "acc.csv")
    assert header == ["epoch", "train_accuracy", "val_accuracy"]
    np.testing.assert_array_equal(columns["val_accuracy"], [0.4, np.nan])


def distinct_colors(image: QImage, step: int = 3) -> set[int]:
    return {image.pixel(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)}


def test_export_png_draws_the_curves(loss_plot, tmp_path):
    x = np.arange(1, 601) / 200
    loss_plot.set_epochs_shown(3)
    loss_plot.append_batches(x, 2 * np.exp(-x) + 0.1)
    loss_plot.add_validation(1, 1.0)
    loss_plot.add_validation(2, 0.5)
    loss_plot.export_png(tmp_path / "loss.png", width=900)
    image = QImage(str(tmp_path / "loss.png"))
    assert image.width() == 900
    colors = distinct_colors(image)
    assert len(colors) > 10
    expected = QColor(COLORS["train"][is_dark(loss_plot.palette())])

    def close(rgb):
        c = QColor.fromRgba(rgb)
        return max(abs(c.red() - expected.red()), abs(c.green() - expected.green()),
                   abs(c.blue() - expected.blue())) <= 12
    assert any(close(rgb) for rgb in distinct_colors(image, step=1))


def test_hover_readout_picks_the_nearest_visible_point(loss_plot, qtbot):
    loss_plot.set_smoothing(0)
    loss_plot.append_batches([0.5, 1.0, 1.5, 2.0], [2.0, 1.5, 1.25, 1.0])
    loss_plot.add_validation(1, 1.8)
    loss_plot.add_validation(2, 1.6)
    loss_plot.refresh()
    loss_plot.plotItem.vb.autoRange()
    text = loss_plot.show_readout_at(1.98, 1.58)
    assert text == loss_plot.readout_text() == "validation loss\nepoch 2.00: 1.6"
    assert loss_plot._readout.isVisible()
    curve(loss_plot, "validation loss").hide()
    assert loss_plot.show_readout_at(1.98, 1.58).endswith("epoch 2.00: 1")
    loss_plot.load([0.5], [1.23456789], [], [])
    assert loss_plot.readout_text() == ""
    assert loss_plot.show_readout_at(0.4, 1.0).endswith("epoch 0.50: 1.235")


def test_mouse_move_drives_the_readout(loss_plot, qtbot):
    loss_plot.append_batches([0.5, 1.0], [2.0, 1.0])
    loss_plot.refresh()
    loss_plot.plotItem.vb.autoRange()
    scene_pos = loss_plot.plotItem.vb.mapViewToScene(QPointF(1.0, 1.0))
    loss_plot.scene().sigMouseMoved.emit(scene_pos)
    qtbot.waitUntil(lambda: "epoch 1.00" in loss_plot.readout_text(), timeout=2000)
    loss_plot.scene().sigMouseMoved.emit(QPointF(-50, -50))
    qtbot.waitUntil(lambda: loss_plot.readout_text() == "", timeout=2000)


def test_context_menu_exports_and_log_scale(loss_plot, acc_plot, tmp_path, monkeypatch):
    for plot in (loss_plot, acc_plot):
        actions = menu_actions(plot)
        assert {"Export data as CSV…", "Export picture as PNG…"} <= set(actions)
    log = menu_actions(loss_plot)["Log scale"]
    assert log.isCheckable() and not log.isChecked()
    log.trigger()
    assert loss_plot.plotItem.ctrl.logYCheck.isChecked()
    loss_plot.append_batches([0.5], [1.0])
    targets = iter([str(tmp_path / "menu"), str(tmp_path / "menu.png"), ""])
    monkeypatch.setattr(loss_plot, "_ask_save_path", lambda *a: next(targets))
    menu_actions(loss_plot)["Export data as CSV…"].trigger()
    menu_actions(loss_plot)["Export picture as PNG…"].trigger()
    menu_actions(loss_plot)["Export data as CSV…"].trigger()  # the dialog was cancelled
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("menu")) == ["menu", "menu.png"]
    assert read_csv(tmp_path / "menu")[1]["batch_loss"].tolist() == [1.0]
    assert not QImage(str(tmp_path / "menu.png")).isNull()


def test_load_replaces_everything(loss_plot):
    loss_plot.set_smoothing(0.5)
    loss_plot.append_batches([0.1, 0.2], [9.0, 9.0])
    loss_plot.add_validation(1, 9.0)
    loss_plot.mark_divergence(0.2, "old run")
    loss_plot.load(np.array([0.125, 0.25, 0.375]), np.array([2.0, 1.0, 4.0]), np.array([1.0]), np.array([1.5]))
    data = loss_plot.data()
    np.testing.assert_array_equal(data["batch_x"], [0.125, 0.25, 0.375])
    assert loss_plot.batches_per_epoch == 8  # read from the x step: 0.5 per batch is a quarter-epoch average
    np.testing.assert_allclose(data["smoothed"], hand_ema([2.0, 1.0, 4.0], 0.5))
    np.testing.assert_array_equal(data["val_loss"], [1.5])
    assert not loss_plot.divergence_lines and loss_plot.bands.epochs == 1
    assert loss_plot.refresh() is False  # load draws at once
    np.testing.assert_array_equal(curve(loss_plot, "training loss (per batch)").getData()[1], [2.0, 1.0, 4.0])
    with pytest.raises(ValueError):
        loss_plot.load([0.5], [1.0, 2.0], [], [])
    np.testing.assert_array_equal(loss_plot.data()["batch_x"], [0.125, 0.25, 0.375])


def test_accuracy_plot_tasks_values_and_load(acc_plot):
    assert acc_plot.getAxis("left").labelText == "accuracy"
    (_, _), (y0, y1) = acc_plot.plotItem.vb.viewRange()
    assert y0 < 0.0 < 1.0 < y1 < 1.1
    acc_plot.add_epoch(1, 0.5, None)
    acc_plot.add_epoch(2, 0.8, 0.7)
    assert acc_plot.refresh() and not acc_plot.refresh()
    np.testing.assert_array_equal(acc_plot.data()["val"], [np.nan, 0.7])
    np.testing.assert_array_equal(curve(acc_plot, "validation").getData()[1], [np.nan, 0.7])
    acc_plot.grab()
    acc_plot.set_task("regression")
    assert acc_plot.getAxis("left").labelText == "mean absolute error"
    assert acc_plot.plotItem.vb.autoRangeEnabled()[1]
    with pytest.raises(ValueError):
        acc_plot.set_task("clustering")
    acc_plot.load([1, 2, 3], [3.0, 2.0, 1.0], [3.5, np.nan, 1.5])
    np.testing.assert_array_equal(acc_plot.data()["epoch"], [1, 2, 3])
    np.testing.assert_array_equal(curve(acc_plot, "training").getData()[1], [3.0, 2.0, 1.0])
    assert acc_plot.show_readout_at(3.0, 1.4) == "validation\nepoch 3.00: 1.5"
    acc_plot.clear_run()
    assert all(len(v) == 0 for v in acc_plot.data().values())


def test_colours_follow_the_palette(qtbot):
    app = QApplication.instance()
    before = app.palette()
    try:
        app.setPalette(dark_palette())
        plot = LossPlot()
        qtbot.addWidget(plot)
        assert plot.backgroundBrush().color() == dark_palette().color(QPalette.Base)
        assert plot.getAxis("left").textPen().color() == dark_palette().color(QPalette.Text)
        assert curve(plot, "smoothed").opts["pen"].color() == QColor(COLORS["train"][1])
        app.setPalette(app.style().standardPalette())
        app.processEvents()
        assert not is_dark(plot.palette())
        assert curve(plot, "smoothed").opts["pen"].color() == QColor(COLORS["train"][0])
        assert plot.backgroundBrush().color() == plot.palette().color(QPalette.Base)
    finally:
        app.setPalette(before)
