"""Which setting mattered, in the runs view: the parallel-coordinates plot has one axis per setting that varies and
one for the final metric, one line per run in its colour; an axis range (set by a script or dragged with the
mouse) keeps some runs, fades the others and hides them in the table; the importance bars rank the setting that
drives the metric first; "Use settings of Run K" makes the best run's learning rate, batch size and units the
design's, and one undo puts them all back; no runs or one run shows a hint."""
from __future__ import annotations

import copy

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton, QWidget

from netbuilder.core.design.design_io import design_from_dict
from netbuilder.core.session.runs import RunRecord
from netbuilder.gui.panels.runs import RunsView, run_color

LRS = (1e-4, 1e-3, 1e-2, 1e-1)
SIZES = (16, 64, 256)


def xor_design(units: int = 8, lr: float = 0.05, batch_size: int = 4) -> dict:
    return {"name": "XOR", "nodes": [
        {"id": "x", "type": "Input", "params": {"shape": [2]}, "position": [0, 0]},
        {"id": "hidden", "type": "Linear", "params": {"out_features": units}, "position": [0, 100]},
        {"id": "act", "type": "ReLU", "params": {}, "position": [0, 200]},
        {"id": "out", "type": "Linear", "params": {"out_features": 1}, "position": [0, 300]},
        {"id": "prob", "type": "Sigmoid", "params": {}, "position": [0, 400]}],
        "edges": [{"source": a, "target": b} for a, b in (("x", "hidden"), ("hidden", "act"), ("act", "out"),
                                                          ("out", "prob"))],
        "training": {"dataset": {"name": "xor"}, "loss": "bce", "optimizer": {"name": "adam", "lr": lr},
                     "epochs": 5, "batch_size": batch_size, "seed": 0, "metrics": ["accuracy"]}}


def runs(base: dict | None = None) -> list[RunRecord]:
    """12 runs, each learning rate with each batch size, the units balanced: the lower the rate, the higher the
    validation loss; the larger batch a little lower; the units play no part. Run 12 (lr 0.1, batch 256, 64 units)
    is best."""
    out = []
    for i, (lr, size) in enumerate((lr, s) for lr in LRS for s in SIZES):
        design = copy.deepcopy(base or xor_design())
        design["training"]["optimizer"]["lr"] = lr
        design["training"]["batch_size"] = size
        design["nodes"][1]["params"]["out_features"] = (4, 16, 64)[(i + i // 3) % 3]
        loss = 0.9 - 0.15 * LRS.index(lr) - 0.01 * (i % 3)
        settings = {**design["training"], "device": "cpu"}
        out.append(RunRecord(number=i + 1, status="completed", message="", settings=settings, changed={},
                             device="cpu", design=design,
                             history=[{"epoch": 1, "loss": loss, "val_loss": loss, "val_accuracy": 1 - loss}]))
    return out


def shown_view(qtbot, records) -> RunsView:
    view = RunsView()
    qtbot.addWidget(view)
    view.resize(1366, 560)
    view.show()
    view.set_runs(records)
    view.show_compare()  # the tab "Which setting mattered"
    return view


def test_show_compare_brings_the_tab_to_the_front(qtbot):
    view = RunsView()
    qtbot.addWidget(view)
    view.set_runs(runs())
    assert view.tabs.currentWidget() is not view.compare
    view.show_compare()
    assert view.tabs.currentWidget() is view.compare


def test_one_axis_per_varying_setting_and_one_line_per_run(qtbot):
    view = shown_view(qtbot, runs())
    plot = view.findChild(QWidget, "parallelCoordinatesPlot")
    assert plot is view.compare.plot and plot.isVisible()
    assert plot.axis_names() == ["optimizer.lr", "batch_size", "hidden.out_features", "val_loss"]
    assert sorted(plot.lines) == list(range(1, 13))  # fewer than 2 selected: every run
    assert plot.lines[3].opts["pen"].color() == run_color(3)
    lr = plot.axes[0]
    assert lr.kind == "log" and lr.positions[0] == 0 and lr.positions[-1] == 1  # 1e-4 at the bottom, 0.1 at top
    assert abs(lr.positions[3] - 1 / 3) < 1e-9  # 1e-3: a third of the way up, on a log scale
    assert [t for _p, t in plot.axes[1].ticks()] == ["16", "64", "256"]
    # the importance: the learning rate first, with the line that says what it means
    bars = view.findChild(QWidget, "settingImportance")
    assert next(iter(bars.shares)) == "optimizer.lr" and bars.shares["optimizer.lr"] > 0.5
    assert "from these 12 runs" in view.findChild(QWidget, "settingImportanceMeaning").text()
    button = view.findChild(QPushButton, "useRunSettingsButton")
    assert button.text() == "Use settings of Run 12"
    # two selected: only they are compared
    view.select_runs([1, 12])
    assert sorted(plot.lines) == [1, 12]
    assert plot.axis_names() == ["optimizer.lr", "batch_size", "hidden.out_features", "val_loss"]


def test_an_axis_range_filters(qtbot):
    view = shown_view(qtbot, runs())
    plot = view.compare.plot
    plot.set_axis_range("optimizer.lr", 1e-4, 1e-3)  # the two lowest rates
    assert plot.shown_runs() == [1, 2, 3, 4, 5, 6]
    assert plot.lines[1].opts["pen"].color() == run_color(1)
    assert plot.lines[12].opts["pen"].color().alpha() < 100  # faded
    hidden = [view.table.item(row, 0).data(Qt.UserRole + 2) for row in range(view.table.rowCount())
              if view.table.isRowHidden(row)]
    assert sorted(hidden) == [7, 8, 9, 10, 11, 12]
    assert view.compare.button.text() == "Use settings of Run 6"  # the best among those kept
    plot.set_axis_range("batch_size", 200, 300)
    assert plot.shown_runs() == [3, 6]
    plot.clear_filters()
    assert plot.shown_runs() == list(range(1, 13)) and not any(view.table.isRowHidden(r) for r in range(12))


def test_a_mouse_drag_on_an_axis_filters(qtbot):
    view = shown_view(qtbot, runs())
    plot = view.compare.plot
    qtbot.waitUntil(lambda: plot.viewport().width() > 100)
    box = plot.plotItem.vb

    def point(x: float, y: float) -> QPoint:
        return plot.mapFromScene(box.mapViewToScene(QPointF(x, y)))

    start, end = point(3, 1.04), point(3, 0.5)  # along the metric's axis, from its top to half way down
    QTest.mousePress(plot.viewport(), Qt.LeftButton, Qt.NoModifier, start)
    for step in range(1, 11):
        QTest.mouseMove(plot.viewport(), start + (end - start) * step / 10)
    QTest.mouseRelease(plot.viewport(), Qt.LeftButton, Qt.NoModifier, end)
    low, high = plot.ranges["val_loss"]
    assert abs(high - 1) < 0.05 and abs(low - 0.5) < 0.05
    assert plot.shown_runs() == [1, 2, 3, 4, 5, 6]  # the worst runs: the two lowest rates
    QTest.mouseClick(plot.viewport(), Qt.LeftButton, Qt.NoModifier, point(3, 0.2))  # a click clears the axis
    assert "val_loss" not in plot.ranges and len(plot.shown_runs()) == 12


def test_no_runs_or_one_run_shows_a_hint(qtbot):
    view = shown_view(qtbot, [])
    compare = view.compare
    assert "two runs or more" in compare.hint.text() and compare.hint.isVisible()
    compare.set_runs([])
    assert "two runs or more" in compare.hint.text() and not compare.plot.lines and not compare.button.isVisible()
    compare.set_runs(runs()[:1])
    assert "two runs or more" in compare.hint.text() and compare.plot.axis_names() == []
    same = runs()[:2]
    same[1].settings = same[0].settings
    same[1].design = same[0].design
    compare.set_runs(same)
    assert "same settings" in compare.hint.text() and compare.bars.shares == {}
    view.set_runs(runs()[:1])
    assert "two runs or more" in compare.hint.text() and not compare.plot.lines


def test_use_settings_of_the_best_run_is_one_undo_step(window, qtbot):
    window.document.load(design_from_dict(xor_design(units=8, lr=0.05, batch_size=4)))
    records = runs(window.document.to_dict())
    window.runs_view.set_runs(records)
    assert window.show_panel("runsView")
    window.runs_view.tabs.setCurrentWidget(window.runs_view.compare)
    stack = window.document.undo_stack
    steps = stack.count()
    button = window.runs_view.findChild(QPushButton, "useRunSettingsButton")
    assert button.isVisible() and button.text() == "Use settings of Run 12"
    qtbot.mouseClick(button, Qt.LeftButton)
    design = window.document.design
    assert design.training["optimizer"]["lr"] == 0.1 and design.training["batch_size"] == 256
    assert design.node("hidden").params["out_features"] == 64
    assert stack.count() == steps + 1 and stack.undoText() == "Use settings of Run 12"
    stack.undo()
    assert design.training["optimizer"]["lr"] == 0.05 and design.training["batch_size"] == 4
    assert design.node("hidden").params["out_features"] == 8
    stack.redo()
    assert design.node("hidden").params["out_features"] == 64 and design.training["batch_size"] == 256
    # a run of another network: its training settings only
    other = copy.deepcopy(records[0])
    other.number, other.design["nodes"] = 13, other.design["nodes"][:3] + other.design["nodes"][4:]
    window.runs_view.set_runs(records + [other])
    assert window.use_run_settings(13)
    assert design.training["optimizer"]["lr"] == 1e-4 and design.node("hidden").params["out_features"] == 64


def test_the_plot_follows_a_dark_palette(qtbot):
    view = shown_view(qtbot, runs())
    palette = view.palette()
    palette.setColor(QPalette.Base, QColor("#1e1e1e"))
    palette.setColor(QPalette.Text, QColor("#e0e0e0"))
    view.setPalette(palette)
    plot = view.compare.plot
    qtbot.waitUntil(lambda: plot.backgroundBrush().color() == QColor("#1e1e1e"))
    assert len(plot.lines) == 12


def test_settings_read_in_the_schemas_words_and_the_button_comes_first(qtbot):
    view = shown_view(qtbot, runs())
    plot, bars = view.compare.plot, view.compare.bars
    assert [a.label.split("\n")[0] for a in plot.axes] == ["learning rate", "batch size", "hidden units", "val loss"]
    assert bars.labels["optimizer.lr"] == "learning rate" and bars.labels["hidden.out_features"] == "hidden units"
    assert "val loss" in view.compare.button.toolTip() and "val_loss" not in view.compare.button.toolTip()
    column = view.compare.button.parentWidget().layout()
    assert column.indexOf(view.compare.button) == 0  # at the top of the side column, in sight in a short dock


def test_axis_names_whole_in_a_short_dock(qtbot):
    view = shown_view(qtbot, runs())
    plot = view.compare.plot

    def whole() -> bool:
        visible = plot.mapToScene(plot.viewport().rect()).boundingRect()
        return len(plot._labels) == 4 and all(visible.contains(label.sceneBoundingRect()) for label in plot._labels)

    for height in (560, 260, 200):  # a short dock: the axes shorter, their names still whole
        view.resize(1366, height)
        qtbot.waitUntil(lambda h=height: view.height() == h and whole(), timeout=3000)


def test_use_settings_rounds_the_rate_as_use_it_does(window, qtbot):
    window.document.load(design_from_dict(xor_design(units=8, lr=0.05, batch_size=4)))
    records = runs(window.document.to_dict())
    records[-1].design["training"]["optimizer"]["lr"] = 0.07780155576901421
    records[-1].settings["optimizer"]["lr"] = 0.07780155576901421
    window.runs_view.set_runs(records)
    assert window.use_run_settings(12)
    assert window.document.design.training["optimizer"]["lr"] == 0.078


def test_runs_cut_short_are_drawn_apart_and_left_out(qtbot):
    records = runs()
    records[11].status, records[11].message = "diverged", "the loss became nan at epoch 1"
    records[11].history[-1].update(val_loss=float("nan"), val_accuracy=float("nan"))
    records[4].status = "failed"
    view = shown_view(qtbot, records)
    plot, compare = view.compare.plot, view.compare
    assert sorted(plot.lines) == list(range(1, 13))  # still on the plot, where their settings lie
    for number in (5, 12):
        assert plot.lines[number].opts["pen"].style() == Qt.DashLine
        assert plot.lines[number].opts["pen"].color().alpha() < 128
    assert plot.lines[11].opts["pen"].style() == Qt.SolidLine
    assert compare.button.text() == "Use settings of Run 11"  # the best of the runs that count
    assert "from these 10 runs" in compare.meaning.text()
    assert "Run 5 (failed), Run 12 (diverged)" in compare.hint.text() and "cut short" in compare.hint.text()


def test_a_pruned_trial_counts_for_neither_the_best_nor_the_importance(qtbot):
    records = runs()
    records[0].status, records[0].sweep_state = "stopped", "pruned"  # cut short with the lowest loss so far
    records[0].message = "Pruned by the sweep at epoch 1"
    records[0].history[-1].update(val_loss=0.01, val_accuracy=0.99)
    view = shown_view(qtbot, records)
    compare = view.compare
    assert compare.button.text() == "Use settings of Run 12" and "from these 11 runs" in compare.meaning.text()
    assert compare.plot.lines[1].opts["pen"].style() == Qt.DashLine and "Run 1 (pruned)" in compare.hint.text()
    assert view.column_texts("status")[0] == "pruned"
