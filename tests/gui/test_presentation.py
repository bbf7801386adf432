"""Presentation mode: what a class sees on a 1080p projector (sizes measured on the items, in a process whose
offscreen screen is 1920x1080), what hides and comes back, the presenter keys, and the layout folded into columns."""
from __future__ import annotations

import textwrap

import numpy as np
import pytest
from person import on_a_screen
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QToolBar

from netbuilder.core.design.design_io import load_design
from netbuilder.core.design.layout import fold_layers, layered_layout
from netbuilder.core.design.presets import preset_path


def test_on_a_1080p_projector_text_and_lines_are_big_enough(tmp_path):
    shot = tmp_path / "presentation.png"
    script = textwrap.dedent(f"""
        import json
        from PySide6.QtGui import QFontInfo
        from PySide6.QtWidgets import QApplication, QMessageBox
        app = QApplication([])
        from netbuilder.gui import MainWindow
        from netbuilder.gui.teaching.presentation import TEXT_PX
        w = MainWindow()
        w.ask_save_changes = lambda: QMessageBox.Discard
        w.show()
        w.open_design("mnist_cnn")
        w.set_presentation(True)
        for _ in range(20):
            app.processEvents()
        plots = (w.training.curves.loss_plot, w.training.curves.accuracy_plot)
        axis = w.training.curves.loss_plot.getAxis("bottom")
        out = {{"screen": [w.width(), w.height()], "text_px": w.presentation.text_px(),
                "app_font_px": QFontInfo(app.font()).pixelSize(), "tick_px": axis.style["tickFont"].pixelSize(),
                "lines": [width for p in plots for width in p.line_widths()],
                "button_px": w.presentation.buttons["train"].font().pixelSize(),
                "docks": sorted(n for n, d in w.docks.items() if d.isVisible()),
                "menu": w.menuBar().isVisible(), "columns": len({{round(i.x()) for i in w.scene.node_items()}})}}
        w.grab().save({str(shot)!r})
        w.set_presentation(False)
        w.document.undo_stack.setClean()
        print(json.dumps(out))
    """)
    got, _ = on_a_screen(tmp_path, 1920, 1080, script)
    assert got["screen"] == [1920, 1080]  # full screen
    assert got["text_px"] >= 24, got  # a card's smallest text: 18 pt at 96 dpi
    assert got["app_font_px"] >= 24 and got["tick_px"] >= 24 and got["button_px"] >= 24
    assert min(got["lines"]) >= 3
    assert got["docks"] == ["curves"] and got["menu"] is False
    assert got["columns"] >= 2  # nine layers folded into columns to fill a wide screen
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1920, 1080)
    pixels = np.frombuffer(image.convertToFormat(QImage.Format_RGB32).constBits(), np.uint8).reshape(1080, -1, 4)
    assert pixels[..., :3].mean() < 80  # the high-contrast theme: dark, with light text and cards
    assert len(np.unique(pixels[::4, ::4, :3].reshape(-1, 3), axis=0)) > 100


def run_projected(tmp_path, body: str) -> tuple[dict, str]:
    """Run ``body`` in a process whose screen is a 1080p projector; it prints one JSON line. Returns it and
    stderr."""
    script = textwrap.dedent("""
        import json
        from PySide6.QtGui import QFontInfo
        from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
        app = QApplication([])
        from netbuilder.gui import MainWindow
        w = MainWindow()
        w.ask_save_changes = lambda: QMessageBox.Discard
        w.show()
    """) + body + textwrap.dedent("""
        w.set_presentation(False)
        w.document.undo_stack.setClean()
        w.close()
    """)
    return on_a_screen(tmp_path, 1920, 1080, script)


MEASURE = textwrap.dedent("""
    w.set_presentation(True)
    for _ in range(20):
        app.processEvents()
    from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QLineEdit, QWidget
    rect = w.scene.nodes_rect()
    seen = w.view.mapToScene(w.view.viewport().rect()).boundingRect()
    docks = {n: d for n, d in w.docks.items() if d.isVisible()}
    texts = (QLabel, QAbstractButton, QComboBox, QAbstractSpinBox, QLineEdit)
    health = w.view.health_control
    print(json.dumps({
        "text_px": w.presentation.text_px(), "whole": seen.contains(rect), "docks": sorted(docks),
        "titles": {n: QFontInfo(d.titleBarWidget().font()).pixelSize() for n, d in docks.items()
                   if d.titleBarWidget()},
        "lesson_px": sorted({QFontInfo(l.font()).pixelSize() for l in w.docks["lesson"].findChildren(QLabel)
                             if l.isVisible() and l.text()}),
        # every text on screen (the panels' labels and controls, the presenter bar, the status bar) below 24 px
        "small": [[type(x).__name__, x.objectName(), px] for x, px in
                  ((x, QFontInfo(x.font()).pixelSize()) for x in w.findChildren(QWidget) if isinstance(x, texts))
                  if x.isVisible() and x.window() is w and px < 24],
        # cards cut at the canvas's top or bottom (a network that scrolls does so sideways, each column whole)
        "cut": sum(not (seen.top() <= i.sceneBoundingRect().top() and i.sceneBoundingRect().bottom() <= seen.bottom())
                   for i in w.scene.node_items()),
        "health_fits": health.height() >= health.sizeHint().height(),
        "layer_headers_px": QFontInfo(w.inside.activations_panel.view._header_font).pixelSize()}))
""")


@pytest.mark.parametrize("open_it, panel, whole", [
    ('w.open_design("spirals"); w.show_panel("decisionBoundaryPanel")', "boundary", True),  # 7 layers beside it
    # the lesson opened over the panel in front: the lesson's text on the left, the panel it covered on the right
    ('w.open_design("xor"); w.show_panel("decisionBoundaryPanel"); w.open_lesson("xor")', "boundary", True),
    # two panels; the lesson's design opened while presenting (pyqtgraph's parameter tree once warned then)
    ('w.open_lesson("xor"); w.set_presentation(True); w.lesson_next(); w.show_panel("decisionBoundaryPanel")',
     "boundary", True),
    ('w.open_design("mnist_resnet"); w.show_panel("decisionBoundaryPanel")', "boundary", False),  # 15 layers
    # 9 layers beside the activations panel, whose controls' row at 24 px is wider than its column: the panel
    # scrolls inside its dock, and the network shows whole
    ('w.open_design("mnist_cnn"); w.show_panel("activationsPanel")', "activations", True),
])
def test_beside_panels_the_text_stays_readable(tmp_path, open_it, panel, whole):
    got, stderr = run_projected(tmp_path, open_it + "\n" + MEASURE)
    assert got["text_px"] >= 24, got  # 18 pt, whatever is beside the canvas
    assert got["whole"] is whole and got["cut"] == 0, got  # the whole network when it can be shown at that size
    assert panel in got["docks"] and set(got["titles"]) == set(got["docks"]), got
    assert min(got["titles"].values()) >= 24, got  # the docks' titles too
    assert ("lesson" in got["docks"]) is ("open_lesson" in open_it), got
    if "lesson" in got["docks"]:
        assert got["lesson_px"] and min(got["lesson_px"]) >= 24, got
    assert got["small"] == [], got  # every label and control of the panels, the presenter bar, the status bar
    assert got["health_fits"] and got["layer_headers_px"] >= 24, got
    assert "QFont" not in stderr, stderr[-2000:]


def test_presentation_hides_the_chrome_and_gives_everything_back(window, qtbot):
    assert window.open_design("xor")
    window.show_panel("decisionBoundaryPanel")
    before_font = QApplication.font().pixelSize(), QApplication.font().pointSizeF()
    before_palette = QApplication.palette().color(QApplication.palette().ColorRole.Window)
    undo_index = window.document.undo_stack.index()
    health = window.view.health_control.size()
    window.set_presentation(True)
    assert window.presentation.on and window.actions_by_name["actionPresentation"].isChecked()
    assert not window.menuBar().isVisible()
    assert window.findChild(QToolBar, "presenterBar").isVisible()
    assert not window.findChild(QToolBar, "mainToolBar").isVisible()
    visible = sorted(n for n, d in window.docks.items() if d.isVisible())
    assert visible == ["boundary", "curves"]  # the panel that was in front stays, with the plots
    assert window.training.curves.loss_plot.line_widths() and min(window.training.curves.loss_plot.line_widths()) >= 3
    qtbot.keyClick(window, Qt.Key_Escape)
    assert not window.presentation.on and not window.actions_by_name["actionPresentation"].isChecked()
    assert window.menuBar().isVisible() and window.findChild(QToolBar, "mainToolBar").isVisible()
    assert (QApplication.font().pixelSize(), QApplication.font().pointSizeF()) == before_font
    assert QApplication.palette().color(QApplication.palette().ColorRole.Window) == before_palette
    assert window.docks["inspector"].isVisible() or window.docks["boundary"].isVisible()
    assert window.docks["palette"].isVisible() or window.docks["training"].isVisible()
    assert window.document.undo_stack.index() == undo_index  # a presentation layout, if any, was taken back
    assert max(window.training.curves.loss_plot.line_widths()) < 3
    assert window.view.health_control.size() == health  # sized for the large font, and back


def test_presenter_keys_train_pause_step_and_leave(window, qtbot):
    assert window.open_design("spirals")
    window.set_training_options(epochs=2000)
    window.set_presentation(True)
    controller = window.training.controller
    qtbot.keyClick(window, Qt.Key_Space)  # train
    qtbot.waitUntil(lambda: controller.state == "running", timeout=30_000)
    qtbot.keyClick(window, Qt.Key_Space)  # pause
    qtbot.waitUntil(lambda: controller.state == "paused" and window.training.session.waiting, timeout=30_000)
    x = window.training.curves.loss_plot.data()["batch_x"]
    qtbot.waitUntil(lambda: len(window.training.curves.loss_plot.data()["batch_x"]) == len(x), timeout=5000)
    before = len(window.training.curves.loss_plot.data()["batch_x"])
    qtbot.keyClick(window, Qt.Key_Right)  # one batch
    qtbot.waitUntil(lambda: len(window.training.curves.loss_plot.data()["batch_x"]) == before + 1, timeout=10_000)
    assert controller.state == "paused"
    assert window.presentation.buttons["train"].text() == "Resume"
    window.presentation.buttons["stop"].click()
    qtbot.waitUntil(lambda: not window.training.busy, timeout=30_000)
    qtbot.keyClick(window, Qt.Key_Escape)
    assert not window.presentation.on


def test_a_long_chain_folds_into_columns_that_fit_the_shape():
    spots = layered_layout(load_design(preset_path("mnist_cnn")), 270, 100)
    assert len({x for x, _y in spots.values()}) == 1  # one column of nine layers
    folded = fold_layers(spots, 100, 300, rows=4)
    columns = sorted({x for x, _y in folded.values()})
    assert len(columns) == 3 and max(y for _x, y in folded.values()) - min(y for _x, y in folded.values()) == 300
    wide = fold_layers(spots, 100, 300, aspect=16 / 9)
    tall = fold_layers(spots, 100, 300, aspect=0.2)
    assert len({x for x, _y in wide.values()}) > 1 and tall == spots
    with pytest.raises(ValueError):
        fold_layers(spots, 100, 300)
