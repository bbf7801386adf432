"""Figures for slides: the canvas as SVG and as PNG at twice the screen's resolution, any panel as a PNG at twice
its size, written atomically; File > Export."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMenu

from netbuilder.core.errors import NetbuilderError


def test_the_canvas_as_svg_keeps_its_text_and_shapes(window, tmp_path):
    assert window.open_design("mnist_cnn")
    path = window.export_canvas(tmp_path / "net.svg")
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    text = "".join(root.itertext())
    for label in ("Conv2d 32@3x3", "MaxPool2d 2x2", "Linear 128", "Softmax"):
        assert label in text, label
    assert len(list(root.iter("{http://www.w3.org/2000/svg}path"))) > 10  # cards, edges, arrows: vectors
    assert [p.name for p in tmp_path.iterdir()] == ["net.svg"]  # no temporary file left


def test_the_canvas_as_png_is_twice_the_size_and_shows_the_cards(window, tmp_path):
    assert window.open_design("xor")
    window.scene.select_nodes(list(window.document.design.nodes)[:1])
    content = window.scene.itemsBoundingRect()
    image = QImage(str(window.export_canvas(tmp_path / "net.png")))
    assert abs(image.width() - 2 * (content.width() + 48)) <= 2 and abs(image.height() - 2 * (content.height() + 48)) <= 2
    rgb = np.frombuffer(image.convertToFormat(QImage.Format_RGB32).constBits(), np.uint8).reshape(
        image.height(), -1, 4)[:, :image.width(), :3]
    assert len(np.unique(rgb.reshape(-1, 3), axis=0)) > 50  # cards, text and edges, antialiased
    assert window.scene.selected_node_ids() == list(window.document.design.nodes)[:1]  # selection given back


def test_a_panel_as_png_is_drawn_at_twice_its_size(window, tmp_path):
    window.show_panel("problemsList")
    widget = window.findChild(QMenu, "menuExportPanel")
    assert widget is not None and len(widget.actions()) == len(window.docks)
    path = window.export_panel("problemsList", tmp_path / "problems.png")
    image = QImage(str(path))
    panel = window.problems
    assert (image.width(), image.height()) == (2 * panel.width(), 2 * panel.height())
    with pytest.raises(NetbuilderError, match="no panel"):
        window.export_panel("noSuchPanel", tmp_path / "x.png")


def test_an_export_that_cannot_be_written_says_why_and_leaves_nothing(window, tmp_path):
    window.ask_export_path = lambda *a: str(tmp_path / "missing" / "net.png")
    window.actions_by_name["actionExportCanvasPng"].trigger()
    assert window.errors and "does not exist" in window.errors[-1][1]
    existing = tmp_path / "net.svg"
    existing.write_text("an older picture")
    window.ask_export_path = lambda *a: str(existing)
    window.actions_by_name["actionExportCanvasSvg"].trigger()
    assert existing.read_text().lstrip().startswith("<?xml")  # replaced whole
