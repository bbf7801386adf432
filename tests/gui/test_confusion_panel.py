"""The confusion-matrix panel: scores and summaries, colours on screen, clicks mapped through sorting, row shares,
the sample gallery, the dark theme, many classes."""
from __future__ import annotations

import time

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QImage, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QListWidget, QTableWidget, QToolTip

from netbuilder.gui.window.app import dark_palette
from netbuilder.gui.panels.confusion import ConfusionPanel
from netbuilder.gui.panels.confusion_chart import HUES, MIN_TEXT_PX

# rows true, columns predicted
M3 = [[5, 2, 0],
      [1, 7, 2],
      [3, 0, 10]]
# by hand: column sums 9, 9, 12; row sums 7, 10, 13; F1 = 2 TP / (2 TP + FP + FN)
M3_PRECISION = ["55.6%", "77.8%", "83.3%"]  # 5/9, 7/9, 10/12
M3_RECALL = ["71.4%", "70.0%", "76.9%"]  # 5/7, 7/10, 10/13
M3_F1 = ["62.5%", "73.7%", "80.0%"]  # 10/16, 14/19, 20/25
M3_SUPPORT = ["7", "10", "13"]


def mnist_like() -> np.ndarray:
    """10 classes, mostly diagonal, a few typical mix-ups."""
    support = [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]
    mixups = {0: {6: 8}, 1: {8: 4, 7: 3}, 2: {7: 30, 8: 6, 3: 4}, 3: {5: 12, 8: 25, 2: 6}, 4: {9: 35},
              5: {3: 23, 8: 29, 6: 5}, 6: {0: 16, 5: 7}, 7: {2: 32, 9: 12, 1: 4}, 8: {3: 19, 5: 12, 9: 31, 2: 17},
              9: {4: 30, 7: 23, 8: 9}}
    conf = np.zeros((10, 10), dtype=np.int64)
    for true, errors in mixups.items():
        for pred, count in errors.items():
            conf[true, pred] = count
        conf[true, true] = support[true] - sum(errors.values())
    return conf


def shown(qtbot, panel: ConfusionPanel, size=(700, 600)) -> ConfusionPanel:
    qtbot.addWidget(panel)
    panel.resize(*size)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def table_rows(panel: ConfusionPanel) -> dict[str, list[str]]:
    t = panel.table
    return {t.item(r, 0).text(): [t.item(r, c).text() for c in range(1, t.columnCount())] for r in range(t.rowCount())}


def grab(panel: ConfusionPanel) -> QImage:
    return panel.grab().toImage().convertToFormat(QImage.Format_RGB32)


def pixel_in_cell(panel: ConfusionPanel, image: QImage, true: int, pred: int) -> QColor:
    """The colour just inside a cell's top-left corner (away from its number), in the grabbed panel."""
    rect = panel.cell_rect(true, pred)
    point = panel.matrix_view.viewport().mapTo(panel, rect.topLeft() + QPoint(3, 3))
    ratio = image.devicePixelRatio()
    return image.pixelColor(int(point.x() * ratio), int(point.y() * ratio))


def distance(a: QColor, b: QColor) -> int:
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue()))


def click_cell(qtbot, panel: ConfusionPanel, true: int, pred: int, expect: tuple[int, int]) -> None:
    with qtbot.waitSignal(panel.cellActivated, timeout=1000) as blocker:
        qtbot.mouseClick(panel.matrix_view.viewport(), Qt.LeftButton, pos=panel.cell_rect(true, pred).center())
    assert tuple(blocker.args) == expect


def parse_percent(text: str) -> float:
    return float(text.lstrip("<").rstrip("%"))


def test_widgets_are_found_by_object_name(qtbot):
    panel = ConfusionPanel()
    qtbot.addWidget(panel)
    assert panel.objectName() == "confusionMatrixPanel"
    assert panel.findChild(QComboBox, "confusionModeCombo") is panel.mode_combo
    assert panel.findChild(QComboBox, "confusionSortCombo") is panel.sort_combo
    assert panel.findChild(QTableWidget, "perClassTable") is panel.table
    assert panel.findChild(QListWidget, "confusionGallery") is panel.gallery
    assert [panel.mode_combo.itemText(i) for i in range(2)] == ["counts", "row %"]
    assert [panel.sort_combo.itemText(i) for i in range(2)] == ["by class", "by error"]
    assert panel.matrix() == [] and panel.table.rowCount() == 0
    assert "No confusion matrix yet" in panel.caption.text()


def test_matrix_round_trips_and_scores_are_right(qtbot):
    panel = ConfusionPanel()
    qtbot.addWidget(panel)
    panel.set_matrix(np.array(M3), split="validation", epoch=3)
    assert panel.matrix() == M3
    assert all(type(v) is int for row in panel.matrix() for v in row)
    assert panel.split == "validation"
    assert table_rows(panel) == {str(k): [M3_PRECISION[k], M3_RECALL[k], M3_F1[k], M3_SUPPORT[k]] for k in range(3)}
    assert [panel.table.horizontalHeaderItem(c).text() for c in range(5)] == ["class", "precision", "recall", "F1",
                                                                              "support"]
    assert panel.summary_texts() == {"recall": M3_RECALL, "precision": M3_PRECISION}
    assert panel.caption.text().startswith("validation, epoch 3")
    assert "accuracy 73.3%" in panel.caption.text()  # 22 of 30
    assert panel.cell_tooltip(1, 2) == "true 1, predicted 2: 2 samples (20.0% of class 1)"
    assert panel.cell_tooltip(0, 0).endswith("correct")


def test_given_scores_and_names_are_used_and_updates_reuse_the_widgets(qtbot):
    panel = ConfusionPanel()
    qtbot.addWidget(panel)
    view, table, item = panel.matrix_view, panel.table, panel.matrix_view.item
    panel.set_matrix(M3, ["cat", "dog", "bird"], split="test", precision=[0.5, 0.25, 1.0], recall=[0.1, 0.2, 0.3],
                     f1=[0.9, 0.8, 0.7])
    assert table_rows(panel) == {"cat": ["50.0%", "10.0%", "90.0%", "7"], "dog": ["25.0%", "20.0%", "80.0%", "10"],
                                 "bird": ["100.0%", "30.0%", "70.0%", "13"]}
    assert panel.summary_texts() == {"recall": ["10.0%", "20.0%", "30.0%"], "precision": ["50.0%", "25.0%", "100.0%"]}
    assert panel.caption.text().startswith("test: accuracy")
    assert panel.cell_tooltip(2, 0) == "true bird, predicted cat: 3 samples (23.1% of class bird)"
    four = [[4, 0, 0, 1], [0, 3, 0, 0], [0, 0, 2, 0], [1, 0, 0, 1]]
    panel.set_matrix(four, split="validation", epoch=7)
    assert panel.matrix() == four and panel.split == "validation"
    assert panel.matrix_view is view and panel.table is table and panel.matrix_view.item is item
    assert table.rowCount() == 4 and sorted(table_rows(panel)) == ["0", "1", "2", "3"]
    assert table_rows(panel)["3"] == ["50.0%", "50.0%", "50.0%", "2"]
    assert panel.caption.text().startswith("validation, epoch 7")


def test_bad_matrices_are_refused_and_clear_empties_everything(qtbot):
    panel = ConfusionPanel()
    qtbot.addWidget(panel)
    with pytest.raises(ValueError):
        panel.set_matrix([[1, 2, 3], [4, 5, 6]])
    with pytest.raises(ValueError):
        panel.set_mode("percent")
    panel.set_matrix(M3)
    panel.show_examples([{"index": 1, "image": None, "values": [1.0], "probs": np.array([0.2, 0.3, 0.5])}], "x")
    panel.clear()
    assert panel.matrix() == [] and panel.table.rowCount() == 0 and panel.gallery.count() == 0
    assert panel.summary_texts() == {"recall": [], "precision": []}
    assert "No confusion matrix yet" in panel.caption.text()
    assert panel.cell_rect(0, 0).isNull()


def test_cells_are_coloured_by_kind_and_value(qtbot, tmp_path):
    panel = shown(qtbot, ConfusionPanel())
    panel.set_matrix(M3, split="validation", epoch=3)
    image = grab(panel)
    image.save(str(tmp_path / "confusion.png"))
    base = panel.palette().color(QPalette.Base)
    diagonal, error, zero = (pixel_in_cell(panel, image, *cell) for cell in ((2, 2), (1, 2), (0, 2)))
    assert diagonal.blue() > diagonal.red() + 60  # correct: blue
    assert error.red() > error.blue() + 30  # an error: red
    assert distance(diagonal, error) > 60
    assert distance(zero, base) <= 8  # no samples: no fill
    assert distance(diagonal, base) > 60 and distance(error, base) > 30
    # intensity follows the value: 3 errors (2, 0) are a deeper red than 1 error (1, 0)
    one, three = pixel_in_cell(panel, image, 1, 0), pixel_in_cell(panel, image, 2, 0)
    assert distance(three, base) > distance(one, base) + 20
    # the numbers are drawn in contrasting ink: the dark blue cell holds white text pixels
    rect = panel.cell_rect(2, 2)
    top_left = panel.matrix_view.viewport().mapTo(panel, rect.topLeft())
    ratio = image.devicePixelRatio()
    whites = sum(image.pixelColor(int((top_left.x() + x) * ratio), int((top_left.y() + y) * ratio)).lightness() > 220
                 for x in range(rect.width()) for y in range(rect.height()))
    assert whites > 10
    colours = {image.pixel(x, y) for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}
    assert len(colours) > 60  # not blank


def test_clicking_a_cell_emits_its_classes_also_after_sorting(qtbot):
    panel = shown(qtbot, ConfusionPanel())
    panel.set_matrix(M3)
    assert panel.cell_rect(2, 0).width() == panel.matrix_view.item.L.cw
    click_cell(qtbot, panel, 2, 0, (2, 0))
    before = {cell: panel.cell_rect(*cell) for cell in ((0, 0), (2, 0))}

    panel.set_sort("error")  # errors per true class: 2, 3, 3 -> class 1, then 2 (ties keep their order), then 0
    assert panel.sort_combo.currentText() == "by error"
    assert panel.display_order() == [1, 2, 0]
    assert panel.cell_rect(2, 0) != before[(2, 0)]
    click_cell(qtbot, panel, 2, 0, (2, 0))
    # what is now drawn where (0, 0) was is class 1's diagonal; where (2, 0) was: true 0, predicted 1
    for old, expect in (((0, 0), (1, 1)), ((2, 0), (0, 1))):
        with qtbot.waitSignal(panel.cellActivated, timeout=1000) as blocker:
            qtbot.mouseClick(panel.matrix_view.viewport(), Qt.LeftButton, pos=before[old].center())
        assert tuple(blocker.args) == expect
    # the same order on both axes, in the table too; the summaries still follow their classes
    assert [panel.table.item(r, 0).text() for r in range(3)] == ["1", "2", "0"]
    assert panel.summary_texts() == {"recall": M3_RECALL, "precision": M3_PRECISION}
    assert panel.cell_texts()[2][0] == "3"
    # a click outside the cells emits nothing
    with qtbot.assertNotEmitted(panel.cellActivated, wait=50):
        qtbot.mouseClick(panel.matrix_view.viewport(), Qt.LeftButton, pos=QPoint(2, 2))


def test_cell_tooltip_shows_on_hover(qtbot):
    panel = shown(qtbot, ConfusionPanel())
    panel.set_matrix(M3)
    viewport = panel.matrix_view.viewport()
    pos = panel.cell_rect(1, 2).center()
    QApplication.sendEvent(viewport, QHelpEvent(QEvent.ToolTip, pos, viewport.mapToGlobal(pos)))
    assert QToolTip.text() == "true 1, predicted 2: 2 samples (20.0% of class 1)"
    QToolTip.hideText()


def test_row_mode_shows_shares_that_add_up_per_row(qtbot):
    panel = shown(qtbot, ConfusionPanel())
    conf = mnist_like()
    panel.set_matrix(conf)
    assert panel.cell_texts()[2][7] == "30"
    panel.set_mode("row")
    assert panel.mode_combo.currentText() == "row %"
    texts = panel.cell_texts()
    assert texts[0][0] == "99.2%"  # 972 / 980
    assert texts[0][1] == ""  # nothing there
    for row in texts:
        shares = [parse_percent(t) for t in row if t]
        assert all(t.endswith("%") for t in row if t)
        assert sum(shares) == pytest.approx(100.0, abs=0.05 * len(shares) + 1e-9)
    panel.mode_combo.setCurrentIndex(0)  # the user picks "counts" again
    assert panel.cell_texts()[0][0] == "972"


def test_gallery_shows_thumbnails_and_probabilities(qtbot):
    panel = shown(qtbot, ConfusionPanel())
    panel.set_matrix(mnist_like())
    click_cell(qtbot, panel, 7, 1, (7, 1))  # its samples: true 7, predicted 1
    rng = np.random.default_rng(0)
    examples = []
    for k, index in enumerate((12, 345, 6789)):
        probs = np.full(10, 0.01)
        probs[7], probs[1] = 0.12 + k / 100, 0.79 - k / 100
        examples.append({"index": index, "image": rng.random((28, 28)), "values": None, "probs": probs})
    panel.show_examples(examples, "true 7, predicted 1: 3 samples")
    g = panel.gallery
    assert g.count() == 3 and panel.gallery_indices() == [12, 345, 6789]
    assert "true 7, predicted 1" in panel.gallery_title.text()
    for k in range(3):
        text = g.item(k).text()
        assert f"true 7: {0.12 + k / 100:.2f}" in text and f"pred 1: {0.79 - k / 100:.2f}" in text
        assert not g.item(k).icon().isNull()
        assert g.item(k).icon().actualSize(g.iconSize()).width() == 56
    item = g.item(1)
    with qtbot.waitSignal(panel.exampleActivated, timeout=1000) as blocker:
        qtbot.mouseClick(g.viewport(), Qt.LeftButton, pos=g.visualItemRect(item).center())
    assert blocker.args == [345]
    # a double-click on it emits once more, not twice
    emitted = []
    panel.exampleActivated.connect(emitted.append)
    # sleep is the behaviour: a click after the double-click interval is a new click, not half of a double-click
    time.sleep(QApplication.doubleClickInterval() / 1000.0 + 0.01)  # sleep is the behaviour: see above
    where = g.visualItemRect(g.item(2)).center()
    qtbot.mouseClick(g.viewport(), Qt.LeftButton, pos=where)  # a double-click: a click, then the double-click
    qtbot.mouseDClick(g.viewport(), Qt.LeftButton, pos=where)
    assert emitted == [6789]
    g.setCurrentRow(0)
    qtbot.keyClick(g.viewport(), Qt.Key_Return)  # the keyboard activates too
    assert emitted == [6789, 12]

    # table rows: no image, the values as text; "true"/"pred" given by the owner win over the clicked cell
    rows = [{"index": 3, "image": None, "values": [0.5, -1.25, 3.0], "probs": np.array([0.7, 0.3]), "true": 0,
             "pred": 0}]
    panel.show_examples(rows, "values")
    assert g.count() == 1 and g.item(0).icon().isNull()
    assert "0.5, -1.25, 3" in g.item(0).text() and "true 0: 0.70" in g.item(0).text()
    panel.clear_examples()
    assert g.count() == 0


def test_image_thumbnails_accept_channels_first_and_scale_to_the_maximum(qtbot):
    panel = shown(qtbot, ConfusionPanel())
    panel.set_matrix(M3)
    grey = np.zeros((28, 28), dtype=np.uint8)
    grey[:, 14:] = 100  # the maximum: drawn white
    rgb = np.zeros((3, 8, 8), dtype=np.float32)
    rgb[0] = 2.0  # red only
    panel.show_examples([{"index": 0, "image": grey, "values": None, "probs": np.array([1.0, 0, 0])},
                         {"index": 1, "image": rgb, "values": None, "probs": np.array([0, 1.0, 0])}], "images")
    g = panel.gallery
    first = g.item(0).icon().pixmap(56, 56).toImage()
    assert first.pixelColor(50, 28).lightness() == 255 and first.pixelColor(5, 28).lightness() == 0
    second = g.item(1).icon().pixmap(56, 56).toImage().pixelColor(28, 28)
    assert (second.red(), second.green(), second.blue()) == (255, 0, 0)


def test_dark_palette_background_follows_the_palette(qtbot):
    panel = ConfusionPanel()
    panel.setPalette(dark_palette())
    shown(qtbot, panel)
    panel.set_matrix(M3, split="validation", epoch=1)
    image = grab(panel)
    base = dark_palette().color(QPalette.Base)
    corner = panel.matrix_view.viewport().mapTo(panel, QPoint(3, 3))
    ratio = image.devicePixelRatio()
    assert distance(image.pixelColor(int(corner.x() * ratio), int(corner.y() * ratio)), base) <= 6
    assert distance(pixel_in_cell(panel, image, 0, 2), base) <= 8  # an empty cell
    # the largest diagonal cell gets the theme's full "correct" hue; the largest error the full "error" hue
    assert distance(pixel_in_cell(panel, image, 2, 2), QColor(HUES["correct"][1])) <= 2
    assert distance(pixel_in_cell(panel, image, 2, 0), QColor(HUES["error"][1])) <= 2
    # back to a light palette: the same widgets re-colour
    panel.setPalette(QApplication.style().standardPalette())
    image = grab(panel)
    light = panel.palette().color(QPalette.Base)
    assert distance(image.pixelColor(int(corner.x() * ratio), int(corner.y() * ratio)), light) <= 6
    assert distance(pixel_in_cell(panel, image, 0, 2), light) <= 8
    assert distance(pixel_in_cell(panel, image, 2, 2), QColor(HUES["correct"][0])) <= 2


def test_twenty_classes_drop_numbers_that_would_be_unreadable(qtbot):
    rng = np.random.default_rng(1)
    conf = rng.integers(0, 9, (20, 20))
    conf[np.diag_indices(20)] = rng.integers(100, 400, 20)
    panel = shown(qtbot, ConfusionPanel(), size=(700, 600))
    panel.set_matrix(conf, split="validation", epoch=2)
    px = panel.cell_font_px()
    assert px == 0 or px >= MIN_TEXT_PX
    texts = [t for row in panel.cell_texts() for t in row]
    assert (px == 0) == (not any(texts))
    image = grab(panel)
    assert distance(pixel_in_cell(panel, image, 5, 5), pixel_in_cell(panel, image, 5, 6)) > 40  # colours stay

    panel.resize(420, 360)  # smaller: no numbers at all, still colours
    qtbot.waitUntil(lambda: panel.matrix_view.viewport().width() < 420)
    assert panel.cell_font_px() == 0 and not any(t for row in panel.cell_texts() for t in row)
    image = grab(panel)
    assert distance(pixel_in_cell(panel, image, 3, 3), panel.palette().color(QPalette.Base)) > 40

    panel.resize(1500, 1300)  # big enough: numbers at a readable size
    qtbot.waitUntil(lambda: panel.matrix_view.viewport().width() > 1000)
    assert panel.cell_font_px() >= MIN_TEXT_PX
    assert panel.cell_texts()[0][0] == str(conf[0, 0])


def test_set_matrix_takes_a_few_milliseconds(qtbot):
    panel = shown(qtbot, ConfusionPanel())
    conf = mnist_like()
    took = []
    for epoch in range(30):
        conf[0, 0] += 1
        start = time.perf_counter()
        panel.set_matrix(conf, split="validation", epoch=epoch)
        took.append(time.perf_counter() - start)
    assert np.median(took) < 0.010
    assert panel.matrix()[0][0] == mnist_like()[0][0] + 30
