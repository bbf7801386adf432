"""The panels that look inside, in the window: decision boundary live during a run, confusion matrix and its
gallery, weights of the selected node, activations, show_panel. Offscreen; every test ends with no thread left."""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget
from person import settle


REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "artifacts"
DATA = Path(os.environ.get("NETBUILDER_DATA_DIR", REPO.parent / "shared" / "data"))


def run(window, qtbot, timeout=120_000) -> dict:
    count = len(window.finished)
    assert window.train()
    qtbot.waitUntil(lambda: len(window.finished) > count, timeout=timeout)
    return window.finished[-1]


def distinct_colours(widget) -> int:
    image = widget.grab().toImage().convertToFormat(QImage.Format_RGB32)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return len(np.unique(rows[::3, :image.width():3, :3].reshape(-1, 3), axis=0))


def test_show_panel_raises_each_panel_by_object_name(window):
    for name in ("decisionBoundaryPanel", "confusionMatrixPanel", "weightsPanel", "curvesPanel"):
        assert window.findChild(QWidget, name) is not None, name
        assert window.show_panel(name), name
        assert window.findChild(QWidget, name).isVisible(), name
    assert not window.show_panel("noSuchPanel")


def test_the_boundary_follows_a_run_while_shown_and_costs_nothing_hidden(window, qtbot):
    assert window.open_design("spirals")
    window.set_training_options(epochs=300)
    window.show_panel("decisionBoundaryPanel")
    panel = window.inside.boundary
    before = panel.updates
    assert window.train()
    qtbot.waitUntil(lambda: panel.updates >= before + 4, timeout=60_000)
    first = panel.image_item.image.copy()
    qtbot.waitUntil(lambda: panel.updates >= before + 8, timeout=60_000)
    assert not np.array_equal(first, panel.image_item.image)  # the boundary moves as the network learns
    ARTIFACTS.mkdir(exist_ok=True)
    panel.grab().save(str(ARTIFACTS / "decisionBoundaryPanel_spirals.png"))
    assert distinct_colours(panel) > 20  # regions in two colours, faded, and the points
    window.show_panel("confusionMatrixPanel")  # the boundary's tab goes behind: its probes stop
    assert "grid" not in window.training.controller.subscriptions
    window.training.controller.stop()
    qtbot.waitUntil(lambda: not window.training.busy, timeout=30_000)


def test_confusion_matrix_matches_the_validation_scores_and_a_cell_shows_its_examples(window, qtbot):
    assert window.open_design("spirals")
    window.set_training_options(epochs=20)
    window.show_panel("confusionMatrixPanel")
    result = run(window, qtbot)
    matrix = np.asarray(window.confusion_matrix())
    session = window.training.session
    assert matrix.sum() == len(session.trainer.splits["val"].x)
    assert np.trace(matrix) / matrix.sum() == pytest.approx(result["val_accuracy"])
    predictions = session.probe("predictions", split="val")
    wrong = np.flatnonzero(predictions["true"] != predictions["pred"])
    t, p = (int(predictions["true"][wrong[0]]), int(predictions["pred"][wrong[0]])) if len(wrong) else (1, 1)
    panel = window.inside.confusion
    with qtbot.waitSignal(panel.cellActivated, timeout=5000):
        rect = panel.cell_rect(t, p)
        qtbot.mouseClick(panel.matrix_view.viewport(), Qt.LeftButton, pos=rect.center())
    in_cell = set(np.flatnonzero((predictions["true"] == t) & (predictions["pred"] == p)).tolist())
    qtbot.waitUntil(lambda: panel.gallery_indices() != [], timeout=10_000)
    shown = panel.gallery_indices()
    assert set(shown) <= in_cell and len(shown) == min(len(in_cell), 48)
    # clicking an example explains it in the Explain panel, which comes to the front (tests/gui/test_explain_panel.py);
    # the activations panel looks at the same sample, one tab away
    gallery = panel.gallery
    item = gallery.item(0)
    qtbot.mouseClick(gallery.viewport(), Qt.LeftButton, pos=gallery.visualItemRect(item).center())
    explained = window.inside.explain
    qtbot.waitUntil(lambda: (explained.result or {}).get("index") == shown[0], timeout=10_000)
    assert window.inside.visible("explain")
    window.show_panel("activationsPanel")
    activations = window.inside.activations_panel
    qtbot.waitUntil(lambda: activations.caption.text().startswith(f"Validation sample {shown[0]} "), timeout=10_000)
    x = session.trainer.splits["val"].x[shown[0]].numpy()
    assert np.allclose(next(r for r in activations.view.rows if r.node_id == session.trainer.model.input_id).data,
                       session.trainer.preprocessor(session.trainer.splits["val"].x[shown[0]:shown[0] + 1])[0])
    assert x.shape == (2,)


def test_selecting_a_node_changes_the_weights_shown(window, qtbot):
    assert window.open_design("xor")
    window.set_training_options(epochs=50)
    window.show_panel("weightsPanel")
    run(window, qtbot)
    panel = window.inside.weights
    nodes = [n for n, node in window.document.design.nodes.items() if node.type == "Linear"]
    window.scene.select_nodes([nodes[0]])
    qtbot.waitUntil(lambda: panel.node_id == nodes[0], timeout=5000)
    first = np.array(panel.image_item.image, copy=True)
    window.scene.select_nodes([nodes[1]])
    qtbot.waitUntil(lambda: panel.node_id == nodes[1], timeout=5000)
    assert first.shape != panel.image_item.image.shape or not np.array_equal(first, panel.image_item.image)
    state = window.training.session.weights_snapshot()
    lo, hi = panel.levels()
    assert hi == pytest.approx(np.abs(state[f"{nodes[1]}.weight"]).max()) and lo == -hi


def test_the_activations_panel_follows_a_run_while_shown(window, qtbot):
    assert window.open_design("spirals")
    window.set_training_options(epochs=400)
    window.show_panel("activationsPanel")
    panel = window.inside.activations_panel
    assert window.train()
    qtbot.waitUntil(lambda: panel.updates >= 2, timeout=60_000)
    first = {r.node_id: r.data.copy() for r in panel.view.rows}
    qtbot.waitUntil(lambda: panel.updates >= 4, timeout=60_000)
    assert panel.caption.text().startswith("Test sample 0 ")
    changed = [r.node_id for r in panel.view.rows if not np.array_equal(first[r.node_id], r.data)]
    assert changed and window.training.session.trainer.model.input_id not in changed  # the weights move, not x
    window.show_panel("inspector")
    assert "activations" not in window.training.controller.subscriptions
    window.training.controller.stop()
    qtbot.waitUntil(lambda: not window.training.busy, timeout=30_000)


def test_activations_between_runs_and_during_one(window, qtbot):
    assert window.open_design("spirals")
    window.set_training_options(epochs=2)
    run(window, qtbot)
    outs = window.activations(0)
    assert list(outs) == [window.training.session.trainer.model.input_id] + [
        n for n, _ in window.training.session.trainer.model.order]
    np.testing.assert_allclose(outs[window.training.session.trainer.model.output_id],
                               window.predict([outs[window.training.session.trainer.model.input_id].tolist()])[0],
                               rtol=1e-5)
    window.set_training_options(epochs=500)
    assert window.train()
    qtbot.waitUntil(lambda: window.training.controller.state == "running"
                    and window.training.session.trainer is not None, timeout=30_000)
    during = window.activations([0.5, -0.5])
    assert set(during) == set(outs)
    window.training.controller.stop()
    qtbot.waitUntil(lambda: not window.training.busy, timeout=30_000)


@pytest.mark.skipif(not (DATA / "MNIST" / "raw").is_dir(), reason="MNIST is not in ../shared/data")
def test_after_a_short_mnist_cnn_run_each_panel_shows_something(window, qtbot, monkeypatch):
    monkeypatch.setenv("NETBUILDER_DATA_DIR", str(DATA))
    assert window.open_design("mnist_cnn")
    window.set_training_options(epochs=1, limit=2000)
    for name in ("weightsPanel", "confusionMatrixPanel", "activationsPanel"):
        window.show_panel(name)
    run(window, qtbot, timeout=300_000)
    assert window.errors == []
    convs = [n for n, node in window.document.design.nodes.items() if node.type == "Conv2d"]
    window.show_panel("weightsPanel")
    window.scene.select_nodes([convs[0]])
    qtbot.waitUntil(lambda: window.inside.weights.node_id == convs[0], timeout=5000)
    ARTIFACTS.mkdir(exist_ok=True)
    for name in ("weightsPanel", "confusionMatrixPanel", "decisionBoundaryPanel", "activationsPanel"):
        window.show_panel(name)
        settle()
        widget = window.findChild(QWidget, name)
        widget.grab().save(str(ARTIFACTS / f"{name}.png"))
        if name == "decisionBoundaryPanel":  # 784 inputs: no plane to draw, the panel says why
            assert "784" in window.inside.boundary.message.text()
        else:
            assert distinct_colours(widget) > 20, name
    matrix = np.asarray(window.confusion_matrix())
    assert matrix.shape == (10, 10) and matrix.sum() == len(window.training.session.trainer.splits["val"].x)
    # the activations panel: every layer in network order, for test sample 0; a click on a layer selects its node,
    # and selecting a node scrolls to its layer
    activations = window.inside.activations_panel
    model = window.training.session.trainer.model
    assert activations.rows() == [model.input_id] + [n for n, _ in model.order]
    label = int(window.training.session.trainer.splits["test"].labels[0])
    assert activations.caption.text().startswith(f"Test sample 0 · label {label}")
    window.show_panel("activationsPanel")
    qtbot.mouseClick(activations.view, Qt.LeftButton,
                     pos=activations.view.row_rect(activations.view.rows[1]).center())
    assert window.scene.selected_node_ids() == [convs[0]]
    dense = [n for n, node in window.document.design.nodes.items() if node.type == "Linear"][-1]
    window.scene.select_nodes([dense])
    assert activations.highlighted() == dense
    with qtbot.waitSignal(window.training.controller.probed, timeout=10_000):
        activations.sample_spin.setValue(5)
    assert activations.caption.text().startswith("Test sample 5 ")
    # draw a "1" on the predict panel, as a person would with the mouse: a vertical stroke
    window.show_panel("predictPanel")
    assert "activations" not in window.training.controller.subscriptions  # its tab went behind: no more probes
    predict = window.inside.predict
    assert predict.stack.currentWidget() is predict.draw_page
    pad = predict.pad
    qtbot.mousePress(pad, Qt.LeftButton, pos=QPoint(140, 50))
    for y in range(60, 240, 10):
        qtbot.mouseMove(pad, QPoint(140, y))
    qtbot.mouseRelease(pad, Qt.LeftButton, pos=QPoint(140, 230))
    qtbot.waitUntil(lambda: "prediction" in predict.result.text(), timeout=10_000)
    assert predict.result.text().startswith("prediction: 1"), predict.result.text()
    # the drawing is what the activations panel shows now
    assert activations.caption.text().startswith("Your input (Try it) · prediction: 1"), activations.caption.text()
    predict.grab().save(str(ARTIFACTS / "predictPanel.png"))
    assert distinct_colours(predict) > 10


def test_a_hidden_confusion_matrix_is_drawn_when_shown_and_read_from_a_script_any_time(window, qtbot, monkeypatch):
    assert window.open_design("spirals")
    window.set_training_options(epochs=5)
    window.show_panel("inspector")  # the confusion matrix's tab is behind
    drawn = []
    original = window.inside.confusion.set_matrix
    monkeypatch.setattr(window.inside.confusion, "set_matrix", lambda *a, **k: (drawn.append(1), original(*a, **k)))
    run(window, qtbot)
    assert drawn == []  # hidden: nothing drawn during the run
    matrix = np.asarray(window.confusion_matrix())  # a script still gets the latest
    assert drawn == [1] and matrix.sum() == len(window.training.session.trainer.splits["val"].x)
