"""The runs view: the table shows only the settings that differ and sorts numbers as numbers; three runs overlay
with a colour and a label each, in the curves (training and validation loss) and in the decision boundaries and
confusion matrices side by side; a solved run's boundary thumbnail (sure class colours where the spirals lie, y up,
its training points as dots) stands apart from a poor run's (pale all over), each framed in its run's colour."""
from __future__ import annotations

import copy
import json

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QWidget

from netbuilder.core.design.design_io import design_from_dict
from netbuilder.core.design.presets import preset_path
from netbuilder.core.session import TrainingSession
from netbuilder.gui.panels.boundary_colors import class_colors, class_regions, rgb_array
from netbuilder.gui.panels.runs import THUMB, RunsView, run_color
from netbuilder.gui.common.style import is_dark
from person import settle


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
    header = view.table.horizontalHeaderItem(view.columns.index("optimizer.lr"))
    assert header.text() == "learning\nrate" and header.toolTip() == "optimizer.lr"  # the settings schema's words
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
    assert sorted(overlay["loss"]) == ["Run 1", "Run 2", "Run 3"]
    assert sorted(overlay["accuracy"]) == sorted(overlay["loss"])
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
              for w in view.thumbnails("runsBoundaryThumb")}
    assert sorted(thumbs) == [1, 2, 3]
    for number, image in thumbs.items():
        assert image.pixelColor(1, 1).name() == run_color(number).name()  # the frame
    pictures = {n: picture(image) for n, image in thumbs.items()}
    assert np.abs(pictures[1] - pictures[3]).mean() > 5  # lr 0.1 vs 0.001: different boundaries
    grid = window.training.runs[1].boundary
    expected = class_regions(grid["output"], rgb_array(view.palette().color(QPalette.Base)),
                             class_colors(is_dark(view.palette())), is_dark(view.palette()))[::-1]
    inner = pictures[2][3:-3, 3:-3]  # scaled from 48 x 48 to the thumbnail: compare the median colour (the
    # training points, drawn in the full class colours over a few pixels, pull a mean away by as much as the palette)
    assert np.abs(np.median(inner.reshape(-1, 3), 0) - np.median(expected.reshape(-1, 3), 0)).max() < 12
    # a fourth run keeps the selection and adds a row
    window.set_training_options(epochs=1, lr=0.05)
    run(window, qtbot)
    assert view.table.rowCount() == 4 and sorted(view.selected_runs()) == [1, 2, 3]
    view.select_runs([4])
    assert view.overlay()["loss"] == ["Run 4"]


def spirals_runs(tmp_path) -> list:
    """Two runs of the spirals preset from the seed's weights, in one core session: Run 1 one epoch at lr 0.0003
    (no better than a coin), Run 2 twenty epochs at lr 0.05 (solved)."""
    data = json.loads(preset_path("spirals").read_text())
    data["training"].update(epochs=1, optimizer={"name": "adam", "lr": 0.0003})
    session = TrainingSession(design_from_dict(data), device="cpu", num_threads=1, data_dir=tmp_path)
    session.run()
    session.reset_weights()
    config = copy.deepcopy(session.config)
    config.epochs, config.optimizer["lr"] = 20, 0.05
    session.update_settings(config)
    session.run()
    return session.runs


def test_boundaries_side_by_side_show_a_solved_run_apart_from_a_poor_one(qtbot, tmp_path):
    poor, good = spirals_runs(tmp_path)
    assert poor.final["val_accuracy"] < 0.7 and good.final["val_accuracy"] > 0.95
    view = RunsView()
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.set_runs([poor, good])
    view.select_runs([1, 2])
    titles = view.boundary_titles()
    assert [t.split(":")[0] for t in titles] == ["Run 1", "Run 2"]
    assert all("two inputs" in t and "300 training points" in t for t in titles)
    captions = [w.text() for w in view.thumbnails("runsThumbCaption")]
    assert captions == [f"{r.label}\nval accuracy {r.final['val_accuracy']:.1%}" for r in (poor, good)]
    pictures = {int(w.toolTip().split()[1].rstrip(":")): picture(w.pixmap().toImage())
                for w in view.thumbnails("runsBoundaryThumb")}
    dark = is_dark(view.palette())
    background, colors = rgb_array(view.palette().color(QPalette.Base)), class_colors(dark)
    for number, pixels in pictures.items():  # a 3-pixel frame in the run's colour on every side
        frame = np.concatenate([pixels[:3].reshape(-1, 3), pixels[-3:].reshape(-1, 3),
                                pixels[:, :3].reshape(-1, 3), pixels[:, -3:].reshape(-1, 3)])
        color = run_color(number)
        assert (frame == [color.red(), color.green(), color.blue()]).all()
    # the solved run is sure almost everywhere (strong class colours); the poor one is pale (unsure) all over
    distance = {n: np.linalg.norm(p[3:-3, 3:-3] - background, axis=-1).mean() for n, p in pictures.items()}
    assert distance[2] > 3 * distance[1]
    assert np.abs(pictures[1] - pictures[2]).mean() > 30
    centres = (3 + (np.arange(48) + 0.5) * (THUMB - 6) / 48).astype(int)  # each grid cell's pixel
    for number, record in ((1, poor), (2, good)):
        grid, pixels = record.boundary, pictures[number]
        # the panel's own colouring, y up: most cells (all but those under a training point) show exactly it
        expected = class_regions(grid["output"], background, colors, dark)[::-1]
        cells = pixels[np.ix_(centres, centres)]
        assert (np.abs(cells - expected).max(-1) < 12).mean() > 0.75
        assert (np.abs(cells - expected[::-1]).max(-1) < 12).mean() < 0.6  # upside down would not match
        # the training points are dots in their class's full colour, where they lie in the plane
        (xs, ys), points = grid["axes"], grid["points"]
        px = (3 + (points[:, 0] - xs[0]) / (xs[-1] - xs[0]) * (THUMB - 6)).astype(int)
        py = (THUMB - 3 - (points[:, 1] - ys[0]) / (ys[-1] - ys[0]) * (THUMB - 6)).astype(int)
        assert (np.abs(pixels[py, px] - colors[grid["labels"]]).max(-1) < 40).mean() > 0.8
    # the solved run's plane shows both arms' colours, each over a good part of it
    cells = pictures[2][np.ix_(centres, centres)]
    nearest = np.argmin([np.abs(cells - (background + (c - background) * 0.55)).sum(-1) for c in colors[:2]], 0)
    assert 0.3 < nearest.mean() < 0.7
    # a run without a boundary (more than 2 inputs, or failed early) shows its confusion matrix only
    good.boundary = None
    view.set_runs([poor, good])
    assert [t.split(":")[0] for t in view.boundary_titles()] == ["Run 1"] and len(view.matrix_titles()) == 2


def whole_columns(view) -> list[str]:
    """The columns whose header or cells are not shown whole (cut by the table's edge or narrower than their text)."""
    table, header = view.table, view.table.horizontalHeader()
    cut = []
    for c, name in enumerate(view.columns):
        right = header.sectionViewportPosition(c) + header.sectionSize(c)
        texts = [table.item(r, c).text() for r in range(table.rowCount())]
        widest = max((table.fontMetrics().horizontalAdvance(t) for t in texts), default=0) + 6
        hint = header.sectionSizeFromContents(c).width()
        if header.sectionViewportPosition(c) < 0 or right > table.viewport().width() or header.sectionSize(c) < max(
                hint, widest):
            cut.append(name)
    return cut


@pytest.mark.parametrize("size", [None, (1366, 768)], ids=["default", "1366x768"])
def test_every_column_of_the_runs_table_shows_whole(window, qtbot, tmp_path, size):
    if size is not None:
        window.resize(*size)
    assert window.open_design("spirals")
    for lr in (0.1, 0.01):
        window.set_training_options(epochs=2, lr=lr)
        run(window, qtbot)
    assert window.show_panel("runsView")
    view = window.runs_view
    qtbot.waitUntil(lambda: view.isVisible() and view.table.viewport().width() > 50)
    settle()  # the splitter settles
    view.grab().save(str(tmp_path / "runs.png"))
    assert {"accuracy", "val accuracy", "test accuracy"} <= set(view.columns)
    assert whole_columns(view) == []
    assert not view.table.horizontalScrollBar().isVisible()
    # and its rows are all there, under the header
    table = view.table
    last = table.visualItemRect(table.item(table.rowCount() - 1, 0))
    assert last.bottom() <= table.viewport().height()
    # selecting runs draws them in plots that still have room
    view.select_runs([1, 2])
    assert view.loss_plot.height() >= 100 and view.loss_plot.width() >= 150


def test_selecting_many_runs_shows_the_first_of_them(qtbot):
    from test_parallel_coords import runs as twelve_runs
    view = RunsView()
    qtbot.addWidget(view)
    view.resize(800, 300)
    view.show()
    view.set_runs(twelve_runs())
    view.select_runs(list(range(1, 13)))
    table = view.table
    qtbot.waitUntil(lambda: table.visualItemRect(table.item(0, 0)).top() >= 0)
    assert table.verticalScrollBar().value() == 0
