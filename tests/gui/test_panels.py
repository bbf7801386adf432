"""The side panels, driven as a user drives them: palette, inspector, summary, problems list, preset gallery."""
from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QLineEdit

from netbuilder.core.layers import CATEGORIES, REGISTRY
from netbuilder.core.design.presets import preset_info
from netbuilder.core.design.summary import summarize
from netbuilder.gui.canvas.commands import AddNodeCommand, RemoveNodesCommand, SetMetaCommand, SetParamCommand
from netbuilder.gui.window.document import DesignDocument
from netbuilder.gui.panels.gallery import PresetGallery
from netbuilder.gui.panels.inspector import Inspector
from netbuilder.gui.panels.palette import LAYER_MIME_TYPE, LayerPalette
from netbuilder.gui.panels.problems import ProblemsList
from netbuilder.gui.panels.summary import SummaryPanel, human_bytes, human_count
from netbuilder.gui.common.style import CATEGORY_COLORS


@pytest.fixture
def doc(qapp):
    document = DesignDocument()
    document.open("mnist_cnn")
    yield document
    document.undo_stack.clear()


@pytest.fixture
def inspector(qtbot, doc):
    widget = Inspector()
    qtbot.addWidget(widget)
    widget.set_document(doc)
    widget.resize(400, 600)
    widget.show()
    return widget


def test_panels_do_not_import_torch_and_the_dataset_names_match_the_registry():
    code = textwrap.dedent("""
        import sys
        import netbuilder.gui.common.style, netbuilder.gui.panels.icons, netbuilder.gui.panels.palette
        import netbuilder.gui.panels.inspector, netbuilder.gui.panels.summary
        import netbuilder.gui.panels.problems, netbuilder.gui.panels.gallery
        assert "torch" not in sys.modules, "a panel imported torch"
        from netbuilder.core.design import choices
        from netbuilder.core.datasets import DATASETS
        assert choices.DATASET_NAMES == tuple(DATASETS), (choices.DATASET_NAMES, tuple(DATASETS))
        print("ok")
    """)
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_every_category_has_a_colour():
    assert set(CATEGORIES) <= set(CATEGORY_COLORS)
    assert all(len(c) == 7 and c.startswith("#") for c in CATEGORY_COLORS.values())


# palette ---------------------------------------------------------------------------------------------------------
@pytest.fixture
def palette(qtbot):
    widget = LayerPalette()
    qtbot.addWidget(widget)
    widget.resize(300, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_palette_lists_every_type_under_its_category(palette):
    assert palette.objectName() == "layerPalette"
    assert palette.categories() == [c for c in CATEGORIES if any(s.category == c for s in REGISTRY.values())]
    listed = {t: c for c in palette.categories() for t in palette.types_in(c)}
    assert listed == {name: spec.category for name, spec in REGISTRY.items()}
    item = palette.item_for("Conv2d")
    assert REGISTRY["Conv2d"].explanation.split()[0] in item.toolTip(0)
    assert not item.icon(0).isNull()


def test_palette_search_filters_by_name_and_explanation(palette, qtbot):
    search = palette.findChild(QLineEdit, "layerPaletteSearch")
    assert search.placeholderText() == "Search layers"
    qtbot.keyClicks(search, "LSTM")
    assert "LSTM" in palette.visible_types()
    assert "Linear" not in palette.visible_types()
    assert palette.tree.currentItem() is palette.item_for("LSTM")
    search.clear()
    qtbot.keyClicks(search, "conv2d")  # case-insensitive
    visible = palette.visible_types()
    assert "Conv2d" in visible and "ReLU" not in visible
    assert palette.best_match() == "Conv2d"
    assert palette.item_for("Conv2d").parent().isExpanded()
    word = next(w for w in REGISTRY["Softmax"].explanation.split() if len(w) > 7 and w.isalpha())
    palette.set_filter(word.upper())  # a word found only in an explanation
    assert "Softmax" in palette.visible_types()
    palette.set_filter("no layer is called this")
    assert palette.visible_types() == []
    palette.set_filter("")
    assert len(palette.visible_types()) == len(REGISTRY)


def test_palette_drag_payload(palette):
    data = palette.mime_for("Linear")
    assert data.hasFormat(LAYER_MIME_TYPE)
    assert bytes(data.data(LAYER_MIME_TYPE)).decode("utf-8") == "Linear"
    tree = palette.tree
    assert tree.mimeTypes() == [LAYER_MIME_TYPE]
    tree.setCurrentItem(palette.item_for("MaxPool2d"))
    dragged = tree.mimeData(tree.selectedItems())
    assert bytes(dragged.data(LAYER_MIME_TYPE)).decode("utf-8") == "MaxPool2d"
    assert palette.item_for("MaxPool2d").flags() & Qt.ItemIsDragEnabled
    assert not palette.item_for("MaxPool2d").parent().flags() & Qt.ItemIsDragEnabled


def test_palette_double_click_and_enter_emit_layer_activated(palette, qtbot):
    tree = palette.tree
    item = palette.item_for("Dropout")
    tree.scrollToItem(item)
    centre = tree.visualItemRect(item).center()
    with qtbot.waitSignal(palette.layerActivated, timeout=1000) as blocker:
        qtbot.mouseClick(tree.viewport(), Qt.LeftButton, pos=centre)  # Qt 6's item views want a press first
        qtbot.mouseDClick(tree.viewport(), Qt.LeftButton, pos=centre)
    assert blocker.args == ["Dropout"]
    tree.setCurrentItem(palette.item_for("GRU"))
    with qtbot.waitSignal(palette.layerActivated, timeout=1000) as blocker:
        qtbot.keyClick(tree, Qt.Key_Return)
    assert blocker.args == ["GRU"]
    palette.set_filter("flatt")
    with qtbot.waitSignal(palette.layerActivated, timeout=1000) as blocker:
        qtbot.keyClick(palette.search, Qt.Key_Return)
    assert blocker.args == ["Flatten"]


# inspector -------------------------------------------------------------------------------------------------------
def test_inspector_edits_a_linear_layer_and_undo_restores_it(inspector, doc, qtbot):
    inspector.show_node("hidden")
    doc.analyse_now()
    assert "Linear" in inspector.title.text() and "hidden" in inspector.title.text()
    assert inspector.shapes.text() == "in [5408] → out [128]"
    assert REGISTRY["Linear"].explanation[:30] in inspector.explanation.text()
    spin = inspector.editor("out_features")
    assert spin.value() == 128
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin.lineEdit(), "64")
    qtbot.keyClick(spin.lineEdit(), Qt.Key_Return)
    assert doc.design.nodes["hidden"].params["out_features"] == 64
    assert doc.undo_stack.count() == 1
    assert isinstance(doc.undo_stack.command(0), SetParamCommand)
    doc.analyse_now()
    assert inspector.shapes.text() == "in [5408] → out [64]"
    doc.undo_stack.undo()
    assert doc.design.nodes["hidden"].params["out_features"] == 128
    qtbot.waitUntil(lambda: spin.value() == 128, timeout=1000)
    assert doc.undo_stack.count() == 1  # following the undo pushed nothing


def test_inspector_refuses_invalid_values(inspector, doc, qtbot):
    inspector.show_node("conv")
    before = doc.to_dict()
    reason = inspector.set_param_value("out_channels", 0)
    assert reason and "at least 1" in reason
    error = inspector.findChild(type(inspector.error), "inspectorError")
    assert error.isVisible() and "at least 1" in error.text()
    assert doc.to_dict() == before and doc.undo_stack.count() == 0
    field = inspector.editor("kernel_size")
    assert isinstance(field, QLineEdit) and field.text() == "3"
    field.setText("3 by 5")
    field.editingFinished.emit()
    assert "whole numbers" in error.text()
    assert doc.to_dict() == before and doc.undo_stack.count() == 0
    qtbot.waitUntil(lambda: field.text() == "3", timeout=1000)
    field.setText("[3, 5]")
    field.editingFinished.emit()
    assert doc.design.nodes["conv"].params["kernel_size"] == [3, 5]
    assert not error.isVisible()
    assert inspector.set_param_value("stride", 2.5) is not None
    assert inspector.set_param_value("no_such_param", 1) is not None
    assert doc.undo_stack.count() == 1


def test_inspector_nullable_size_and_bool_and_choice(inspector, doc, qtbot):
    inspector.show_node("pool")
    stride = inspector.editor("stride")
    assert stride.text() == ""  # None: same as the kernel size
    stride.setText("1")
    stride.editingFinished.emit()
    assert doc.design.nodes["pool"].params["stride"] == 1
    stride.setText("")
    stride.editingFinished.emit()
    assert doc.design.nodes["pool"].params["stride"] is None
    inspector.show_node("hidden")
    check = inspector.editor("bias")
    assert isinstance(check, QCheckBox) and check.isChecked()
    check.click()
    assert doc.design.nodes["hidden"].params["bias"] is False
    doc.push(AddNodeCommand(doc.design, "GELU", node_id="gelu"))
    inspector.show_node("gelu")
    combo = inspector.editor("approximate")
    assert isinstance(combo, QComboBox) and combo.currentText() == "none"
    count = doc.undo_stack.count()
    combo.setCurrentText("tanh")
    assert doc.design.nodes["gelu"].params["approximate"] == "tanh"
    assert doc.undo_stack.count() == count + 1
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: combo.currentText() == "none", timeout=1000)


def test_inspector_follows_external_changes(inspector, doc, qtbot):
    inspector.show_node("logits")
    doc.push(SetParamCommand(doc.design, "logits", "out_features", 7))
    assert inspector.editor("out_features").value() == 7
    assert doc.undo_stack.count() == 1
    doc.push(RemoveNodesCommand(doc.design, ["logits"]))
    assert inspector.node_id is None
    assert "Design" in inspector.title.text()
    doc.undo_stack.undo()
    inspector.show_node("relu1")
    assert inspector.findChild(type(inspector.error), "inspectorNoParams").isVisible()
    doc.open("xor")
    assert inspector.node_id is None


def test_inspector_edits_the_design_when_nothing_is_selected(inspector, doc, qtbot):
    inspector.show_node(None)
    lr = inspector.editor("lr", "training")
    assert lr.value() == pytest.approx(0.001)
    lr.setValue(0.01)
    assert doc.design.training["optimizer"] == {"name": "adam", "lr": 0.01}
    assert isinstance(doc.undo_stack.command(0), SetMetaCommand)
    assert doc.undo_stack.count() == 1
    epochs = inspector.editor("epochs", "training")
    epochs.setValue(12)
    assert doc.design.training["epochs"] == 12 and doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.design.training["epochs"] == 5 and doc.design.training["optimizer"] == {"name": "adam", "lr": 0.001}
    qtbot.waitUntil(lambda: lr.value() == pytest.approx(0.001) and epochs.value() == 5, timeout=1000)
    assert doc.undo_stack.count() == 2  # nothing new pushed
    assert inspector.set_training_value("optimizer", "sgd") is None
    assert inspector.set_training_value("momentum", 0.9) is None
    assert doc.design.training["optimizer"]["momentum"] == 0.9
    assert inspector.set_training_value("optimizer", "adam") is None
    assert "momentum" not in doc.design.training["optimizer"]
    assert "momentum" in inspector.set_training_value("momentum", 0.5)
    assert inspector.set_training_value("batch_size", 0) is not None
    assert inspector.set_training_value("dataset", "fashion_mnist") is None
    assert doc.design.training["dataset"] == {"name": "fashion_mnist", "validation": 0.05}
    assert inspector.editor("dataset", "training").currentText() == "fashion_mnist"
    name = inspector.editor("name", "design")
    name.setText("Digits")
    name.editingFinished.emit()
    assert doc.design.name == "Digits" and "Digits" in inspector.title.text()
    description = inspector.editor("description", "design")
    count = doc.undo_stack.count()
    description.setPlainText("Ten classes of handwriting.")
    assert doc.undo_stack.count() == count  # not one command per keystroke
    description.committed.emit()  # focus leaves the field
    assert doc.design.description == "Ten classes of handwriting." and doc.undo_stack.count() == count + 1
    assert inspector.set_meta_value("name", "  ") is not None and doc.design.name == "Digits"


# summary ---------------------------------------------------------------------------------------------------------
def test_summary_matches_summarize_for_mnist_cnn(qtbot, doc):
    panel = SummaryPanel()
    qtbot.addWidget(panel)
    panel.set_document(doc)
    table = summarize(doc.design)
    rows = panel.table.row_texts()
    assert [r[0] for r in rows] == [layer["id"] for layer in table["layers"]]
    for row, layer in zip(rows, table["layers"]):
        assert row[1] == layer["type"]
        assert row[2] == "[" + ", ".join(map(str, layer["output_shape"])) + "]"
        assert row[3] == f"{layer['params']:,}"
    text = panel.totals_text()
    assert f"{table['total_params']:,}" in text and "693,962" in text
    assert human_count(table["flops"]) in text and human_bytes(table["activation_bytes"]) in text
    assert panel.table.problem_rows() == []
    with qtbot.waitSignal(panel.nodeActivated, timeout=1000) as blocker:
        panel.table.cellClicked.emit(1, 0)
    assert blocker.args == ["conv"]
    doc.push(SetParamCommand(doc.design, "conv", "kernel_size", 40))
    qtbot.waitUntil(lambda: panel.table.problem_rows() == ["conv"], timeout=1000)
    assert panel.table.item(1, 2).text() == "?"


def test_human_units():
    assert human_count(1_840_000) == "1.84 M" and human_count(512) == "512"
    assert human_bytes(512) == "512 B" and human_bytes(217_400) == "212.3 KB"


# problems --------------------------------------------------------------------------------------------------------
def test_problems_list_shows_errors_and_activates_nodes(qtbot, doc):
    problems = ProblemsList()
    qtbot.addWidget(problems)
    problems.resize(500, 300)
    problems.set_document(doc)
    problems.show()
    assert problems.problem_count() == 0 and problems.row_texts() == ["No problems"]
    assert problems.item(0).flags() == Qt.NoItemFlags
    with qtbot.assertNotEmitted(problems.nodeActivated):
        qtbot.mouseClick(problems.viewport(), Qt.LeftButton, pos=problems.visualItemRect(problems.item(0)).center())
    doc.push(SetParamCommand(doc.design, "conv", "kernel_size", 40))
    qtbot.waitUntil(lambda: problems.problem_count() > 0, timeout=1000)
    rows = problems.row_texts()
    row = next(i for i, text in enumerate(rows) if text.startswith("conv:"))
    assert "kernel" in rows[row]
    with qtbot.waitSignal(problems.nodeActivated, timeout=1000) as blocker:
        qtbot.mouseClick(problems.viewport(), Qt.LeftButton,
                         pos=problems.visualItemRect(problems.item(row)).center())
    assert blocker.args == ["conv"]
    doc.undo_stack.undo()
    qtbot.waitUntil(lambda: problems.problem_count() == 0, timeout=1000)


# gallery ---------------------------------------------------------------------------------------------------------
def test_gallery_lists_presets_and_returns_the_choice(qtbot):
    gallery = PresetGallery()
    qtbot.addWidget(gallery)
    assert gallery.objectName() == "presetGallery"
    assert gallery.preset_names() == [name for name, _ in preset_info()]
    assert gallery.select("xor") and gallery.selected_preset() == "xor"
    assert not gallery.select("no_such_preset")
    gallery.show()
    qtbot.mouseClick(gallery.open_button, Qt.LeftButton)
    assert gallery.result() == QDialog.Accepted and gallery.selected_preset() == "xor"

    again = PresetGallery()
    qtbot.addWidget(again)
    again.show()
    again.select("mnist_cnn")
    item = again.list.currentItem()
    again.list.scrollToItem(item)
    pos: QPoint = again.list.visualItemRect(item).center()
    qtbot.mouseClick(again.list.viewport(), Qt.LeftButton, pos=pos)
    qtbot.mouseDClick(again.list.viewport(), Qt.LeftButton, pos=pos)
    assert again.result() == QDialog.Accepted and again.selected_preset() == "mnist_cnn"


def test_gallery_shows_a_diagram_of_each_preset(qtbot):
    from PySide6.QtGui import QColor

    from netbuilder.core.design.design_io import load_design
    from netbuilder.gui.panels.gallery import draw_thumbnail

    def colours(pixmap):
        image = pixmap.toImage()
        return {image.pixelColor(x, y).name() for x in range(0, image.width(), 3) for y in range(0, image.height(), 3)}

    small, big = draw_thumbnail(load_design("hello_neuron")), draw_thumbnail(load_design("mnist_resnet"))
    assert not small.isNull() and not big.isNull()
    for name in ("hello_neuron", "mnist_resnet"):
        design = load_design(name)
        found = colours(draw_thumbnail(design))
        for node in design.nodes.values():  # each layer's category colour is drawn
            assert QColor(CATEGORY_COLORS[node.spec.category]).name() in found, (name, node.type)
    assert small.toImage() != big.toImage()
    gallery = PresetGallery()
    qtbot.addWidget(gallery)
    gallery.resize(900, 700)
    gallery.show()
    qtbot.waitExposed(gallery)
    from pathlib import Path
    artifacts = Path(__file__).resolve().parents[2] / "artifacts"
    artifacts.mkdir(exist_ok=True)
    assert gallery.grab().save(str(artifacts / "preset_gallery.png"))


def test_the_summary_dock_says_how_a_folder_of_images_will_be_read(qtbot, tmp_path):
    """A person's images: the Summary panel says how many and whether they are preloaded or streamed; the line is
    hidden for the other datasets."""
    import json

    from helpers import chain, make_folder

    from netbuilder.gui.window.document import DesignDocument
    from netbuilder.gui.panels.summary import SummaryPanel

    doc = DesignDocument()
    panel = SummaryPanel()
    qtbot.addWidget(panel)
    panel.set_document(doc)
    panel.show()
    data = chain((3, 8, 8), [("Flatten", None), ("Linear", {"out_features": 2})], loss="cross_entropy",
                 dataset={"name": "image_folder", "path": str(make_folder(tmp_path / "pets"))})
    (tmp_path / "pets.json").write_text(json.dumps(data), encoding="utf-8")
    doc.open(tmp_path / "pets.json")
    doc.analyse_now()
    panel.refresh()
    assert panel.data.isVisible()
    assert panel.data.text().startswith("data: pets, 2 classes; 24 images of 3x8x8 as uint8")
    assert "preloaded" in panel.data.text()
    doc.open("xor")
    doc.analyse_now()
    panel.refresh()
    assert not panel.data.isVisible()
