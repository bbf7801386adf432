"""The runs view: the table shows only the settings that differ and sorts numbers as numbers; three runs overlay
with a colour and a label each, in the curves (training and validation loss) and in the decision boundaries and
confusion matrices side by side."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from netbuilder.gui.panels.boundary import class_colors, class_regions, rgb_array
from netbuilder.gui.panels.runs import run_color
from netbuilder.gui.style import is_dark


def picture(image: QImage) -> np.ndarray:
    """A thumbnail's pixels as an RGB array."""
    image = image.convertToFormat(QImage.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : 3 * image.width()].reshape(image.height(), image.width(), 3).astype(np.float64)


def run(window, qtbot) -> dict:
    count = len(window.finished)
    assert window.train()
    qtbot.waitUntil(lambda: len(window.finished) > count, timeout=120_000)
    return window.finished[-1]


def test_three_runs_compared(window, qtbot):
    assert window.open_design("spirals")
    for lr in (0.1, 0.01, 0.001):  # learning rate too high, right, too low
        window.set_training_options(epochs=3, lr=lr)
        window.actions_by_name["actionResetWeights"].trigger()  # each run from the seed's weights
        run(window, qtbot)
    view = window.findChild(QWidget, "runsView")
    assert view is window.runs_view and window.show_panel("runsView")
    assert view.table.rowCount() == 3
    settings = [c for c in view.columns if "." in c]
    assert settings == ["optimizer.lr"]  # only what differs between the runs
    assert view.column_texts("optimizer.lr") == ["0.1", "0.01", "0.001"]
    assert view.column_texts("run") == ["Run 1", "Run 2", "Run 3"]
    # sorting by a metric sorts by its number
    col = view.columns.index("val accuracy")
    view.table.sortItems(col, Qt.DescendingOrder)
    shown = [float(t) for t in view.column_texts("val accuracy")]
    assert shown == sorted(shown, reverse=True)
    # three selected: three curves in each plot, labelled by run, in the run's colour
    view.select_runs([1, 2, 3])
    assert sorted(view.selected_runs()) == [1, 2, 3]
    overlay = view.overlay()
    assert sorted(overlay["loss"]) == ["Run 1", "Run 2", "Run 3"] and sorted(overlay["accuracy"]) == sorted(overlay["loss"])
    assert sorted(overlay["validation_loss"]) == ["Run 1 validation", "Run 2 validation", "Run 3 validation"]
    for curve in view.loss_plot.plotItem.listDataItems():
        number = int(curve.name().split()[1])
        assert curve.opts["pen"].color().name() == run_color(number).name()
        if curve.name().endswith("validation"):  # the validation loss per epoch, dashed
            assert curve.opts["pen"].style() == Qt.DashLine
            assert list(curve.getData()[1]) == [e["val_loss"] for e in window.training.runs[number - 1].history]
    finals = {r.number: r.history[-1]["val_accuracy"] for r in window.training.runs}
    for curve in view.accuracy_plot.plotItem.listDataItems():
        x, y = curve.getData()
        assert len(x) == 3 and y[-1] == finals[int(curve.name().split()[-1])]
    titles = view.matrix_titles()
    assert len(titles) == 3 and all(t.startswith("Run ") for t in titles)
    record = window.training.runs[0]
    m = np.asarray(record.validation["confusion"])
    assert f"{np.trace(m) / m.sum():.1%}" in next(t for t in titles if t.startswith("Run 1:"))
    # their decision boundaries side by side, drawn by the boundary panel's rule, framed in the run's colour
    assert len(view.boundary_titles()) == 3
    thumbs = {int(w.toolTip().split()[1].rstrip(":")): w.pixmap().toImage()
              for w in view.matrices.findChildren(QLabel, "runsBoundaryThumb")}
    assert sorted(thumbs) == [1, 2, 3]
    for number, image in thumbs.items():
        assert image.pixelColor(1, 1).name() == run_color(number).name()  # the frame
    pictures = {n: picture(image) for n, image in thumbs.items()}
    assert np.abs(pictures[1] - pictures[3]).mean() > 5  # lr 0.1 vs 0.001: different boundaries
    grid = window.training.runs[1].boundary
    expected = class_regions(grid["output"], rgb_array(view.palette().color(QPalette.Base)),
                             class_colors(is_dark(view.palette())), is_dark(view.palette()))[::-1]
    inner = pictures[2][3:-3, 3:-3]  # scaled from 48 x 48 to the thumbnail: compare the mean colour
    assert np.abs(inner.reshape(-1, 3).mean(0) - expected.reshape(-1, 3).mean(0)).max() < 12
    # a fourth run keeps the selection and adds a row
    window.set_training_options(epochs=1, lr=0.05)
    run(window, qtbot)
    assert view.table.rowCount() == 4 and sorted(view.selected_runs()) == [1, 2, 3]
    view.select_runs([4])
    assert view.overlay()["loss"] == ["Run 4"]
