"""The Explain panel (issue 21, "What did the network look at"): ``MainWindow.explain`` returns the input's shape
for each method on a small trained CNN and on a 2-input toy network (per-feature bars there); the panel's pixels
change with the method; a real click on a confusion gallery sample, the Explain button of Try it and of the
activations panel each bring the panel to the front on that sample, explained in the training worker's thread,
never the GUI thread; an unknown method or an untrained network is one clear line, and the window goes on."""
from __future__ import annotations

import json
import os
import threading
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QScrollArea

from netbuilder.core.training import inspection
from netbuilder.core.training.explain import METHODS
from netbuilder.core.training.probe_kinds import EXPLAIN
from netbuilder.gui.panels.explain import ExplainPanel
from netbuilder.gui.panels.explain_data import CAUTION, MAX_BARS, attribution_map, short_name
from person import settle

REPO = Path(__file__).resolve().parents[2]
DATA = Path(os.environ.get("NETBUILDER_DATA_DIR", REPO.parent / "shared" / "data"))
needs_mnist = pytest.mark.skipif(not (DATA / "MNIST" / "raw").is_dir(), reason="MNIST is not in ../shared/data")


def run(window, qtbot, timeout=180_000) -> dict:
    count = len(window.finished)
    assert window.train()
    qtbot.waitUntil(lambda: len(window.finished) > count, timeout=timeout)
    assert window.errors == [] and window.finished[-1]["status"] == "completed", window.finished[-1]
    return window.finished[-1]


def pixels(widget) -> np.ndarray:
    image = widget.grab().toImage().convertToFormat(QImage.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return rows[:, :image.width(), :3].copy()


def explain_threads(monkeypatch) -> list:
    """The threads the explain probe ran in, from now on."""
    threads = []
    probe = inspection._PROBES[EXPLAIN]
    monkeypatch.setitem(inspection._PROBES, EXPLAIN,
                        lambda trainer, **options: threads.append(threading.current_thread()) or probe(trainer,
                                                                                                       **options))
    return threads


def in_front(window, panel) -> bool:
    return window.inside.visible("explain") and panel.isVisible()


def answered(panel, before: int):
    return lambda: panel.updates > before and not panel.caption.text().startswith("Computing")


# the panel alone, with made-up attributions ---------------------------------------------------------------------
def fake(method: str, attributions, x=None) -> dict:
    x = np.zeros_like(attributions) if x is None else x
    return {"attributions": attributions, "input": x, "method": method, "node": "conv" if method == "gradcam" else
            None, "convs": ["conv1", "conv"], "target": 1, "label": 1, "split": "test", "index": 4}


def test_the_panel_draws_a_map_over_the_image_with_a_colour_bar_and_the_caution(qtbot):
    panel = ExplainPanel()
    qtbot.addWidget(panel)
    panel.resize(460, 560)
    panel.show()
    qtbot.waitExposed(panel)
    yy, xx = np.mgrid[0:28, 0:28]
    digit = ((abs(xx - 14) < 3) & (abs(yy - 14) < 10)).astype(np.float32)[None] * 255
    heat = np.exp(-((xx - 14) ** 2 + (yy - 8) ** 2) / 20.0).astype(np.float32)[None]
    panel.set_class_names([f"{d} - digit" for d in range(10)])
    panel.show_explanation(fake("gradcam", heat, digit))
    settle()
    assert panel.stack.currentWidget() is panel.picture and panel.caution.text() == CAUTION
    assert panel.method() == "gradcam" and panel.conv_combo.isVisible()
    assert [panel.conv_combo.itemData(i) for i in range(panel.conv_combo.count())] == [None, "conv1", "conv"]
    assert panel.caption.text() == "Test sample 4 · label 1 - digit · explaining class 1 - digit · Grad-CAM on conv"
    assert panel.color_bar.levels() == pytest.approx((0.0, 1.0), abs=1e-3)
    gradcam = pixels(panel.picture)
    signed = (heat - 0.3) * digit / 255
    panel.show_explanation(fake("integrated_gradients", signed, digit))
    settle()
    assert not panel.conv_combo.isVisible() and panel.method() == "integrated_gradients"
    low, high = panel.color_bar.levels()
    assert (low, high) == pytest.approx((-1.0, 1.0))  # relative to the largest values, signed: around zero
    assert (np.abs(pixels(panel.picture).astype(int) - gradcam).sum(2) > 30).mean() > 0.05
    # the pure rules: saliency's largest over the channels, IG's sum, Grad-CAM's one map
    three = np.stack([signed[0], -2 * signed[0], signed[0]])
    assert np.allclose(attribution_map(three, "saliency"), 2 * np.abs(signed[0]))
    assert np.allclose(attribution_map(three, "integrated_gradients"), 0)


def test_a_row_of_many_features_shows_the_largest_as_signed_bars(qtbot):
    panel = ExplainPanel()
    qtbot.addWidget(panel)
    panel.resize(420, 500)
    panel.show()
    values = np.linspace(-1, 1, 50).astype(np.float32)
    panel.show_explanation({**fake("occlusion", values), "features": [f"f{i}" for i in range(50)]})
    settle()
    assert panel.stack.currentWidget() is panel.bars
    assert len(panel.shown_map) == MAX_BARS and set(np.abs(panel.shown_map)) >= {1.0}
    assert panel.caption.text().endswith(f"the {MAX_BARS} largest of 50 features")
    ticks = panel.bars.getAxis("left")._tickLevels[0]
    assert ticks[0][1] == "f0" and ticks[-1][1] == "f49"  # the ends are the largest, in the row's order


def test_a_backbones_convolutions_have_short_names_and_full_tooltips(qtbot):
    panel = ExplainPanel()
    qtbot.addWidget(panel)
    convs = ["backbone.backbone.features.0.0", "backbone.backbone.features.12.0"]
    panel.set_convolutions(convs)
    combo = panel.conv_combo
    assert [combo.itemText(i) for i in range(combo.count())] == ["last", "…features.0.0", "…features.12.0"]
    assert [combo.itemData(i, Qt.ToolTipRole) for i in (1, 2)] == convs and convs[-1] in combo.itemData(0,
                                                                                                         Qt.ToolTipRole)
    assert [combo.itemData(i) for i in (1, 2)] == convs  # what the probe is asked for: the full name
    assert short_name("conv2") == "conv2" and short_name("backbone.layer4.1.conv2") == "…layer4.1.conv2"


# in the window, on trained networks -----------------------------------------------------------------------------
def in_view(widget) -> bool:
    """Whether ``widget`` lies wholly within the visible part of its dock's scroll area."""
    area = widget.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    viewport = area.viewport()
    return viewport.isVisible() and viewport.rect().contains(QRect(widget.mapTo(viewport, QPoint(0, 0)),
                                                                   widget.size()))


def two_convolutions(tmp_path) -> str:
    """A small CNN with two convolutions on the bundled image folder (3 classes, 90 pictures, 32x32 here)."""
    design = json.loads((REPO / "presets" / "mnist_cnn.json").read_text(encoding="utf-8"))
    nodes = {n["id"]: n for n in design["nodes"]}
    nodes["image"]["params"]["shape"] = [3, 32, 32]
    nodes["conv"]["params"]["out_channels"] = 8
    nodes["hidden"]["params"]["out_features"] = 16
    nodes["logits"]["params"]["out_features"] = 3
    design["nodes"].insert(1, {"id": "conv0", "type": "Conv2d", "params": {"out_channels": 4, "kernel_size": 3},
                               "position": [0, 60]})
    design["edges"][0] = {"source": "image", "target": "conv0"}
    design["edges"].insert(1, {"source": "conv0", "target": "conv"})
    design["training"].update(dataset={"name": "image_folder", "path": "bundled:own_pictures", "validation": 0.3},
                              epochs=2, batch_size=16)
    del design["expected"]
    (tmp_path / "two_convs.json").write_text(json.dumps(design), encoding="utf-8")
    return str(tmp_path / "two_convs.json")


def test_the_caution_stays_on_screen_and_a_convolution_and_class_are_chosen(window, qtbot, tmp_path):
    assert window.open_design(two_convolutions(tmp_path))
    run(window, qtbot)
    panel = window.inside.explain
    for size in ((1920, 1080), (1366, 768)):  # the picture takes the room left, never more: the caution shows
        window.resize(*size)
        window.show_panel("explainPanel")
        window.explain(0, "gradcam")
        settle()
        assert in_front(window, panel) and in_view(panel.caution) and in_view(panel.picture), size
        assert panel.picture.height() >= 100, size
    assert panel.result["node"] == "conv" and panel.result["convs"] == ["conv0", "conv"]
    predicted = panel.result["target"]

    # the first convolution, chosen with the keyboard: asked of the worker, and explained
    combo = panel.conv_combo
    assert combo.isVisible() and combo.currentText() == "last"
    combo.setFocus()
    before = panel.updates
    qtbot.keyClick(combo, Qt.Key_Down)
    qtbot.waitUntil(answered(panel, before), timeout=30_000)
    assert combo.currentText() == "conv0" and panel.result["node"] == "conv0"
    assert panel.result["target"] == predicted and panel.result["split"] == "val"

    # a class the network did not predict, chosen with the keyboard: "why not this one?"
    other = (predicted + 1) % 3
    classes = panel.class_combo
    classes.setFocus()
    for _ in range(other + 1):  # "predicted", then the classes in order
        before = panel.updates
        qtbot.keyClick(classes, Qt.Key_Down)
        qtbot.waitUntil(answered(panel, before), timeout=30_000)
    assert classes.currentData() == other
    assert panel.result["target"] == other and panel.result["node"] == "conv0"
    assert f"explaining class {classes.currentText()}" in panel.caption.text()
    assert in_view(panel.caution) and window.errors == []


@needs_mnist
def test_a_small_cnn_is_explained_by_each_method_from_each_entry_point(window, qtbot, monkeypatch):
    monkeypatch.setenv("NETBUILDER_DATA_DIR", str(DATA))
    assert window.open_design("mnist_cnn")
    window.set_training_options(epochs=1, limit=600)
    window.show_panel("confusionMatrixPanel")
    run(window, qtbot)
    threads = explain_threads(monkeypatch)
    panel = window.inside.explain
    maps = {}
    for method in METHODS:  # the scripting contract
        maps[method] = window.explain(3, method)
        assert maps[method].shape == (1, 28, 28) and np.isfinite(maps[method]).all(), method
        assert np.abs(maps[method]).sum() > 0, method
    assert panel.result["index"] == 3 and panel.method() == "occlusion"
    drawn = np.full((28, 28), 0.0)
    drawn[4:24, 12:16] = 255.0  # a "1", as one raw row
    assert window.explain(drawn.ravel().tolist(), "saliency").shape == (1, 28, 28)

    # a real click on a sample of the confusion matrix's gallery: that sample, explained, in front
    confusion = window.inside.confusion
    window.show_panel("confusionMatrixPanel")
    settle()
    qtbot.mouseClick(confusion.matrix_view.viewport(), Qt.LeftButton, pos=confusion.cell_rect(1, 1).center())
    qtbot.waitUntil(lambda: confusion.gallery.count() > 1, timeout=20_000)
    gallery = confusion.gallery
    index = confusion.gallery_indices()[1]
    before = panel.updates
    qtbot.mouseClick(gallery.viewport(), Qt.LeftButton, pos=gallery.visualItemRect(gallery.item(1)).center())
    qtbot.waitUntil(answered(panel, before), timeout=30_000)
    assert in_front(window, panel)
    assert panel.result["split"] == "val" and panel.result["index"] == index
    assert panel.caption.text().startswith(f"Validation sample {index} · label 1")
    assert window.inside.followers["activations"].looking_at[0] == {"split": "val", "index": index}

    # another method, chosen with the keyboard: asked again, and the picture changes
    settle()
    first = pixels(panel.picture)
    combo = panel.method_combo
    combo.setFocus()
    for method in ("integrated_gradients", "gradcam"):
        before = panel.updates
        qtbot.keyClick(combo, Qt.Key_Down)
        qtbot.waitUntil(answered(panel, before), timeout=30_000)
        assert panel.result["method"] == method and panel.result["index"] == index
    assert panel.result["node"] == panel.result["convs"][-1] and panel.conv_combo.isVisible()
    settle()
    assert (np.abs(pixels(panel.picture).astype(int) - first).sum(2) > 30).mean() > 0.02

    # Try it's Explain button: what was drawn
    window.show_panel("predictPanel")
    predict = window.inside.predict
    qtbot.mousePress(predict.pad, Qt.LeftButton, pos=QPoint(140, 50))
    for y in range(60, 240, 10):
        qtbot.mouseMove(predict.pad, QPoint(140, y))
    qtbot.mouseRelease(predict.pad, Qt.LeftButton, pos=QPoint(140, 230))
    before = panel.updates
    qtbot.mouseClick(predict.explain_button, Qt.LeftButton)
    qtbot.waitUntil(answered(panel, before), timeout=30_000)
    assert in_front(window, panel) and panel.caption.text().startswith("Your input (Try it) · explaining class")
    assert panel.result["index"] is None

    # the activations panel's Explain button: the sample it shows
    window.show_panel("activationsPanel")
    activations = window.inside.activations_panel
    activations.sample_spin.setValue(5)
    before = panel.updates
    qtbot.mouseClick(activations.explain_button, Qt.LeftButton)
    qtbot.waitUntil(answered(panel, before), timeout=30_000)
    assert in_front(window, panel) and panel.result["split"] == "test" and panel.result["index"] == 5
    # the panel's explanations came from the training worker's threads; only the scripting calls (which wait
    # anyway, like activations()) ran here, between runs
    gui = threading.main_thread()
    assert sum(thread is gui for thread in threads) == len(METHODS) + 1
    assert sum(thread is not gui for thread in threads) >= 5
    assert window.errors == []


def test_a_two_input_network_gets_bars_and_bad_requests_are_one_line(window, qtbot):
    with pytest.raises(ValueError, match="nothing has been trained yet"):
        window.explain(0, "saliency")
    assert window.open_design("xor")
    window.set_training_options(epochs=20)
    run(window, qtbot)
    panel = window.inside.explain
    for method in ("saliency", "integrated_gradients", "occlusion"):
        assert window.explain(0, method).shape == (2,), method
    assert panel.stack.currentWidget() is panel.bars
    ticks = [label for _, label in panel.bars.getAxis("left")._tickLevels[0]]
    assert ticks == ["input 1", "input 2"]
    assert panel.result["outputs"] == 1 and "explaining the probability of" in panel.caption.text()
    assert not panel.class_combo.isEnabled()  # one sigmoid column: no class to choose
    assert window.explain([0.5, -0.5], "integrated_gradients").shape == (2,)
    with pytest.raises(ValueError, match="unknown explanation method 'lime'; use one of saliency"):
        window.explain(0, "lime")
    with pytest.raises(ValueError, match="gradcam needs a convolution"):
        window.explain(0, "gradcam")
    # the panel says the same in one line when a person picks Grad-CAM here, and the window goes on
    window.show_panel("explainPanel")
    before = panel.updates
    panel.set_method("gradcam", emit=True)
    qtbot.waitUntil(lambda: panel.stack.currentWidget() is panel.message, timeout=30_000)
    assert panel.message.text().startswith("gradcam needs a convolution") and "\n" not in panel.message.text()
    assert panel.updates == before
    assert window.explain(1, "saliency").shape == (2,) and window.errors == []


def test_during_a_run_the_worker_explains_between_its_batches(window, qtbot, monkeypatch):
    assert window.open_design("xor")
    window.set_training_options(epochs=20)
    run(window, qtbot)
    threads = explain_threads(monkeypatch)
    window.set_training_options(epochs=100_000)
    predict, panel, controller = window.inside.predict, window.inside.explain, window.training.controller
    with qtbot.waitSignal(controller.runStarted, timeout=30_000):
        assert window.train()
    window.show_panel("predictPanel")  # after the run's start, which raised the boundary and made the fields anew
    predict.fields[0].selectAll()
    qtbot.keyClicks(predict.fields[0], "1")
    before = panel.updates
    qtbot.mouseClick(predict.explain_button, Qt.LeftButton)
    qtbot.waitUntil(answered(panel, before), timeout=30_000)
    assert controller.state == "running" and predict.fields[0].value() == 1.0
    assert panel.result["input"].tolist() == [box.value() for box in predict.fields]
    assert threads and threading.main_thread() not in threads  # the run's worker answered
    controller.stop()
    qtbot.waitUntil(lambda: not window.training.busy, timeout=30_000)


def test_a_tables_bars_are_labelled_with_its_column_names(window, qtbot, tmp_path):
    rng = np.random.default_rng(0)
    rows = rng.uniform(0, 1, size=(60, 2))
    lines = ["height,weight,label"] + [f"{h:.3f},{w:.3f},{int(h > w)}" for h, w in rows]
    (tmp_path / "people.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    design = json.loads((REPO / "presets" / "xor.json").read_text(encoding="utf-8"))
    design["training"].update(dataset={"name": "csv", "path": str(tmp_path / "people.csv"), "target": "label"},
                              epochs=5, batch_size=16)
    (tmp_path / "people.json").write_text(json.dumps(design), encoding="utf-8")
    assert window.open_design(str(tmp_path / "people.json"))
    run(window, qtbot)
    assert window.explain(0, "integrated_gradients").shape == (2,)
    panel = window.inside.explain
    assert panel.result["features"] == ["height", "weight"]
    assert [label for _, label in panel.bars.getAxis("left")._tickLevels[0]] == ["height", "weight"]
    # activations(n) reads the same split as explain(n): this table's training split, it has no other
    assert set(window.training.session.split_sizes) == {"train"}
    outputs = window.activations(0)
    assert list(outputs) == ["x", "hidden", "act", "out", "prob"] and np.asarray(outputs["prob"]).size == 1
    assert window.errors == []
