"""A backbone design's summary, as a person sees it: the "Your own pictures" preset opened in the window, the
Pretrained row with its frozen parameters apart and its FLOPs, the totals split into trainable and frozen, and a
click on that row selecting the node (the README's docs/backbone_summary.png is this window)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QScrollArea

from netbuilder.core.design.design_io import load_design
from netbuilder.core.design.summary import summarize
from netbuilder.core.layers.pretrained import BACKBONES
from netbuilder.gui.panels.summary import human_count

REPO = Path(__file__).resolve().parents[2]


def test_the_summary_shows_a_frozen_backbone_apart_with_its_flops(window, qtbot):
    assert window.open_design("your_own_pictures")
    panel = window.summary
    rows = {row[0]: row for row in panel.table.row_texts()}
    frozen = BACKBONES["mobilenet_v3_small"].total
    assert rows["backbone"][1:4] == ["Pretrained", "[576]", f"0 + {frozen:,} frozen"]
    flops = window.document.analysis.report.nodes["backbone"].flops
    assert rows["backbone"][4] == human_count(flops) and flops > 50e6
    assert rows["logits"][3] == "1,731" and rows["image"][4] == ""  # an Input does no work
    card = window.view.design_scene.node_item("backbone")  # the canvas says the same, not "0 params"
    assert card.params_text == f"0 + {frozen:,} frozen"
    assert window.view.design_scene.node_item("logits").params_text == "1,731 params"
    text = panel.totals_text()
    assert "Trainable parameters:" in text and "1,731" in text and f"Frozen parameters:  \n{frozen:,}" in text
    assert "Total parameters" not in text
    assert summarize(load_design("your_own_pictures"))["frozen_params"] == frozen

    table = panel.table
    row = [r[0] for r in table.row_texts()].index("backbone")
    at = table.visualRect(table.model().index(row, 3)).center()
    with qtbot.waitSignal(panel.nodeActivated, timeout=2000) as clicked:
        qtbot.mouseClick(table.viewport(), Qt.LeftButton, pos=at)
    assert clicked.args == ["backbone"]


def test_the_totals_are_on_screen_at_1920x1080(window, qtbot):
    """The table scrolls itself and takes the height left: the totals and the data line are never cut."""
    window.resize(1920, 1080)
    assert window.open_design("your_own_pictures")
    window.show_panel("summaryPanel")
    qtbot.waitUntil(lambda: window.summary.isVisible() and window.summary.data.isVisible())
    panel = window.summary
    area = panel.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    viewport = area.viewport().rect()
    for label in (panel.totals, panel.data):
        top = label.mapTo(area.viewport(), label.rect().topLeft())
        assert viewport.contains(top) and viewport.contains(top + label.rect().bottomRight()), label.objectName()
    assert panel.table.height() >= panel.table.minimumSizeHint().height() > 0
    assert "1,731 + 927,008 frozen parameters" in window.status.text()  # the status bar says what the summary does


def test_a_design_without_frozen_weights_keeps_its_total(window):
    assert window.open_design("mnist_cnn")
    text = window.summary.totals_text()
    assert "Total parameters" in text and "Frozen" not in text
    assert f"{window.summary.table.table['total_params']:,} parameters" in window.status.text()
    assert all("frozen" not in row[3] for row in window.summary.table.row_texts())


def test_the_readme_picture_renders(window, tmp_path):
    spec = importlib.util.spec_from_file_location("render", REPO / "tools" / "render_backbone_summary.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    out = module.render(window, tmp_path / "summary.png")
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1366, 768)
    assert window.summary.isVisible() and window.summary.height() > 300
