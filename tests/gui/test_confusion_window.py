"""The confusion matrix as a person meets it in the window: its numbers in "counts" at the window's default size and
at 1366x768, readable in the light and the dark theme; the gallery of a clicked cell follows Evaluate to the test
split."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QPushButton

from netbuilder.core.training.inspection import probe_examples
from netbuilder.gui.window.app import dark_palette
from netbuilder.gui.panels.confusion_chart import MIN_TEXT_PX


def validation_matrix() -> np.ndarray:
    """MNIST's validation split after an epoch (3,000 samples): three-digit counts on the diagonal, a few errors."""
    rng = np.random.default_rng(7)
    conf = rng.integers(0, 7, (10, 10)) * (rng.random((10, 10)) < 0.5)
    conf[np.diag_indices(10)] = rng.integers(255, 360, 10)
    return conf


def ink_pixels(panel, image: QImage, true: int, pred: int) -> int:
    """Pixels inside a cell that stand out from its fill (its number), in the grabbed panel."""
    rect = panel.cell_rect(true, pred).adjusted(1, 1, -1, -1)
    top_left = panel.matrix_view.viewport().mapTo(panel, rect.topLeft())
    ratio = image.devicePixelRatio()

    def at(x: int, y: int) -> QColor:
        return image.pixelColor(int((top_left.x() + x) * ratio), int((top_left.y() + y) * ratio))

    fill = at(1, 1)
    return sum(max(abs(c.red() - fill.red()), abs(c.green() - fill.green()), abs(c.blue() - fill.blue())) > 90
               for c in (at(x, y) for x in range(rect.width()) for y in range(rect.height())))


@pytest.mark.parametrize("size", [None, (1366, 768)], ids=["default", "1366x768"])
@pytest.mark.parametrize("theme", ["light", "dark"])
def test_counts_are_written_in_the_cells_readably(window, qtbot, tmp_path, size, theme):
    if size is not None:
        window.resize(*size)
    if theme == "dark":
        QApplication.instance().setPalette(dark_palette())
    try:
        assert window.show_panel("confusionMatrixPanel")
        panel = window.inside.confusion
        qtbot.waitUntil(lambda: panel.isVisible() and panel.matrix_view.viewport().width() > 50)
        conf = validation_matrix()
        window.inside.followers["confusion"].set_matrix((conf.tolist(), [f"{k} - class" for k in range(10)]),
                                                        dict(split="validation", epoch=1))
        assert panel.mode() == "counts" and window.confusion_matrix() == conf.tolist()
        # every non-empty cell carries its count, at a readable size
        assert panel.cell_texts() == [[str(v) if v else "" for v in row] for row in conf.tolist()]
        assert panel.cell_font_px() >= MIN_TEXT_PX
        image = panel.grab().toImage().convertToFormat(QImage.Format_RGB32)
        image.save(str(tmp_path / f"confusion_{theme}.png"))
        # ...and it is drawn in ink that stands out from the cell: a 3-digit number on the darkest and the lightest
        # filled cells, nothing in an empty one
        for t, p in ((0, 0), *np.argwhere(conf == conf[conf > 0].min())[:1].tolist()):
            assert ink_pixels(panel, image, t, p) >= 8 * len(str(conf[t, p])), (theme, t, p)
        empty = np.argwhere(conf == 0)[0].tolist()
        assert ink_pixels(panel, image, *empty) == 0
    finally:
        QApplication.instance().setPalette(QApplication.style().standardPalette())


def test_after_evaluate_the_gallery_shows_the_test_splits_samples(window, qtbot):
    assert window.open_design("spirals")
    window.set_training_options(epochs=5)
    count = len(window.finished)
    assert window.train()
    qtbot.waitUntil(lambda: len(window.finished) > count, timeout=60_000)
    assert window.show_panel("confusionMatrixPanel")
    panel = window.inside.confusion
    qtbot.waitUntil(lambda: panel.isVisible() and panel.split == "validation")
    trainer = window.training.session.trainer
    n = len(panel.matrix())
    cell = max(((t, p) for t in range(n) for p in range(n)), key=lambda c: panel.matrix()[c[0]][c[1]])

    def expected(split: str) -> list[int]:
        return [e["index"] for e in probe_examples(trainer, split, *cell, limit=48)["examples"]]

    val, test = expected("val"), expected("test")
    assert val and test and val != test  # the two splits' samples of that cell differ: the test can tell them apart
    with qtbot.waitSignal(panel.cellActivated, timeout=1000):
        qtbot.mouseClick(panel.matrix_view.viewport(), Qt.LeftButton, pos=panel.cell_rect(*cell).center())
    qtbot.waitUntil(lambda: panel.gallery.count() > 0, timeout=10_000)
    assert panel.gallery_indices() == val
    assert panel.gallery_title.text().startswith("Validation split, ")

    evaluate = window.findChild(QPushButton, "evaluateButton")
    qtbot.mouseClick(evaluate, Qt.LeftButton)
    qtbot.waitUntil(lambda: panel.split == "test" and panel.gallery_indices() == test, timeout=30_000)
    assert panel.gallery_title.text().startswith("Test split, ")
    assert window.confusion_matrix() == np.asarray(window.training.last_test["test_confusion"]).tolist()
    qtbot.waitUntil(lambda: not window.training.busy, timeout=5000)
    # the gallery's first sample is drawn where the list shows it (a person sees it, not only the model)
    first = panel.gallery.visualItemRect(panel.gallery.item(0))
    assert not first.isEmpty() and panel.gallery.viewport().rect().contains(first.center())


@pytest.mark.parametrize("size", [(410, 578), (520, 600)])
def test_counts_fit_the_panel_in_a_narrow_dock(qtbot, size):
    """The size the dock got in the window 895 px wide (MNIST's counts were left out there, cells 23 x 14 px), and a
    little wider: ten classes' three-digit counts show."""
    from netbuilder.gui.panels.confusion import ConfusionPanel
    panel = ConfusionPanel()
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    conf = validation_matrix()
    panel.set_matrix(conf, [f"{k} - class" for k in range(10)], split="validation", epoch=1)
    assert panel.cell_texts() == [[str(v) if v else "" for v in row] for row in conf.tolist()]
    image = panel.grab().toImage().convertToFormat(QImage.Format_RGB32)
    assert ink_pixels(panel, image, 0, 0) >= 24
