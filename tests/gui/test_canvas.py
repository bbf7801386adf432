"""The canvas, driven the way a user drives it: drops, drags, clicks and keys on the view's viewport."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from helpers import residual_chain
from netbuilder.core.design.graph import Design, Edge
from netbuilder.gui.canvas import LAYER_MIME, CanvasView, EdgeItem, NodeItem
from netbuilder.gui.canvas import clipboard
from netbuilder.gui.canvas.items import PendingEdgeItem
from netbuilder.gui.canvas.commands import AddNodeCommand, ConnectCommand, SetParamCommand
from netbuilder.gui.window.document import DesignDocument


@pytest.fixture
def make_view(qtbot):
    docs = []

    def make(preset: str | None = "mnist_cnn"):
        doc = DesignDocument()
        docs.append(doc)
        if preset:
            doc.open(preset)
        view = CanvasView(doc)
        qtbot.addWidget(view)
        view.resize(1200, 900)
        view.show()
        qtbot.waitExposed(view)
        view.fit_to_view()
        return doc, view

    yield make
    for doc in docs:
        doc.undo_stack.clear()


def vpos(view, scene_pos) -> QPoint:
    return view.mapFromScene(scene_pos)


def drag(view, start: QPoint, end: QPoint, steps: int = 6, button=Qt.LeftButton, modifiers=Qt.NoModifier):
    vp = view.viewport()
    QTest.mousePress(vp, button, modifiers, start)
    for i in range(1, steps + 1):
        QTest.mouseMove(vp, start + (end - start) * (i / steps))
    QTest.mouseRelease(vp, button, modifiers, end)


def port(view, node_id, kind="in", index=0) -> QPoint:
    return vpos(view, view.design_scene.port_scene_pos(node_id, kind, index))


def body(view, node_id) -> QPoint:
    """A point on the card away from its ports (left of the centre, on the text)."""
    item = view.design_scene.node_item(node_id)
    return vpos(view, item.pos() + QPointF(-item.width / 4, 0))


def send_drop(view, mime: QMimeData, at: QPoint) -> bool:
    vp = view.viewport()
    pos = QPointF(at)
    enter = QDragEnterEvent(at, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(vp, enter)
    move = QDragMoveEvent(at, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(vp, move)
    drop = QDropEvent(pos, Qt.CopyAction, mime, Qt.LeftButton, Qt.NoModifier)
    QApplication.sendEvent(vp, drop)
    return enter.isAccepted() and drop.isAccepted()


def layer_mime(payload: bytes, kind: str = LAYER_MIME) -> QMimeData:
    mime = QMimeData()
    mime.setData(kind, payload)
    return mime


def add(doc, type_name, node_id, position, params=None):
    doc.push(AddNodeCommand(doc.design, type_name, position=position, params=params, node_id=node_id))


# building -------------------------------------------------------------------------------------------------
def test_scene_shows_every_node_and_edge_with_label_shape_and_params(make_view):
    doc, view = make_view("mnist_cnn")
    scene = view.design_scene
    nodes = [i for i in scene.items() if isinstance(i, NodeItem)]
    edges = [i for i in scene.items() if isinstance(i, EdgeItem)]
    assert len(nodes) == len(doc.design.nodes) == 9
    assert len(edges) == len(doc.design.edges) == 8
    conv = scene.node_item("conv")
    assert (conv.label, conv.shape_text, conv.params_text) == ("Conv2d 32@3x3", "[32, 26, 26]", "320 params")
    hidden = scene.node_item("hidden")
    assert (hidden.label, hidden.shape_text, hidden.params_text) == ("Linear 128", "[128]", "692,352 params")
    assert scene.node_item("image").n_inputs == 0
    assert scene.node_item("conv").pos() == QPointF(*doc.design.nodes["conv"].position)
    for edge in doc.design.edges:
        assert scene.edge_item(edge).edge == edge
    assert view.objectName() == "canvasView"


def test_open_replaces_the_items_and_a_merge_shows_a_free_port(make_view):
    doc, view = make_view("mnist_cnn")
    doc.open("mnist_resnet")
    scene = view.design_scene
    assert {i.node_id for i in scene.items() if isinstance(i, NodeItem)} == set(doc.design.nodes)
    assert len([i for i in scene.items() if isinstance(i, EdgeItem)]) == len(doc.design.edges)
    assert scene.node_item("skip").n_inputs == 3  # two connected + one free


def test_nodes_without_positions_are_placed_without_an_undo_step(make_view, qtbot):
    doc, view = make_view(None)
    d = Design()
    d.add_node("Input", {"shape": [4]}, id="x")
    d.add_node("Linear", {"out_features": 3}, id="a")
    d.add_node("ReLU", id="b")
    d.connect("x", "a")
    d.connect("a", "b")
    doc.design.replace_with(d)
    scene = view.design_scene
    ys = [scene.node_item(n).y() for n in ("x", "a", "b")]
    assert ys == sorted(ys) and len(set(ys)) == 3
    qtbot.waitUntil(lambda: all(n.position is not None for n in doc.design.nodes.values()))
    assert doc.undo_stack.count() == 0
    assert doc.design.nodes["a"].position == (scene.node_item("a").x(), scene.node_item("a").y())
    # a node added with no position goes below the node that feeds it
    doc.push(AddNodeCommand(doc.design, "Sigmoid", connect_from="b", node_id="s"))
    qtbot.waitUntil(lambda: doc.design.nodes["s"].position is not None)
    assert doc.design.nodes["s"].position[1] > doc.design.nodes["b"].position[1]


# dropping layers from the palette -------------------------------------------------------------------------
def test_dropping_a_layer_adds_it_where_it_was_dropped_with_undo_and_redo(make_view):
    doc, view = make_view("mnist_cnn")
    at = QPoint(950, 300)
    target = view.mapToScene(at)
    assert send_drop(view, layer_mime(b"Linear"), at)
    new = [n for n in doc.design.nodes.values() if n.id not in ("hidden", "logits") and n.type == "Linear"]
    assert len(new) == 1
    node = new[0]
    assert abs(node.position[0] - target.x()) < 1 and abs(node.position[1] - target.y()) < 1
    item = view.design_scene.node_item(node.id)
    assert item is not None and item.isSelected()
    assert (item.label, doc.undo_stack.count()) == ("Linear 16", 1)
    doc.undo_stack.undo()
    assert node.id not in doc.design.nodes and view.design_scene.node_item(node.id) is None
    doc.undo_stack.redo()
    assert doc.design.nodes[node.id].position == node.position
    assert view.design_scene.node_item(node.id).pos() == QPointF(*node.position)


def test_drops_of_other_kinds_or_unknown_layers_are_ignored(make_view):
    doc, view = make_view("mnist_cnn")
    before = doc.to_dict()
    assert not send_drop(view, layer_mime(b"Linear", "text/plain"), QPoint(900, 300))
    assert not send_drop(view, layer_mime(b"NotALayer"), QPoint(900, 300))
    assert "NotALayer" in view.last_refusal
    assert doc.to_dict() == before and doc.undo_stack.count() == 0


# connecting -----------------------------------------------------------------------------------------------
@pytest.fixture
def loose(make_view):
    """An Input and two unconnected layers side by side."""
    doc, view = make_view(None)
    add(doc, "Input", "x", (0, 0), {"shape": [4]})
    add(doc, "Linear", "a", (-150, 160))
    add(doc, "Linear", "b", (150, 160))
    add(doc, "Add", "s", (0, 320))
    doc.undo_stack.clear()
    view.fit_to_view()
    return doc, view


def test_dragging_from_an_output_port_to_an_input_port_connects(loose, qtbot):
    doc, view = loose
    start, end = port(view, "x", "out"), port(view, "a", "in")
    vp = view.viewport()
    QTest.mousePress(vp, Qt.LeftButton, Qt.NoModifier, start)
    QTest.mouseMove(vp, (start + end) / 2)
    assert any(isinstance(i, PendingEdgeItem) for i in view.design_scene.items())
    QTest.mouseMove(vp, end)
    QTest.mouseRelease(vp, Qt.LeftButton, Qt.NoModifier, end)
    assert not any(isinstance(i, PendingEdgeItem) for i in view.design_scene.items())
    assert doc.design.edges == [Edge("x", "a", 0)]
    assert view.design_scene.edge_item(Edge("x", "a", 0)) is not None
    doc.undo_stack.undo()
    assert doc.design.edges == [] and view.design_scene.edge_items() == []
    doc.undo_stack.redo()
    assert doc.design.edges == [Edge("x", "a", 0)]


def test_dropping_a_connection_on_a_node_uses_its_first_free_port(loose):
    doc, view = loose
    drag(view, port(view, "a", "out"), body(view, "s"))
    drag(view, port(view, "b", "out"), body(view, "s"))
    assert doc.design.inputs_of("s") == [Edge("a", "s", 0), Edge("b", "s", 1)]
    assert view.design_scene.node_item("s").n_inputs == 3
    # the edges end on the ports they were given
    item = view.design_scene.edge_item(Edge("b", "s", 1))
    end = item.path().pointAtPercent(1.0)
    assert abs(end.x() - view.design_scene.port_scene_pos("s", "in", 1).x()) < 1


def test_dragging_from_an_input_port_to_an_output_connects_in_reverse(loose):
    doc, view = loose
    drag(view, port(view, "b", "in"), port(view, "x", "out"))
    assert doc.design.edges == [Edge("x", "b", 0)]


def test_refused_connections_leave_the_design_and_say_why(make_view):
    doc, view = make_view("mnist_cnn")
    before, count = doc.to_dict(), doc.undo_stack.count()
    drag(view, port(view, "relu2", "out"), port(view, "conv", "in"))  # would loop back
    assert "cycle" in view.last_refusal
    drag(view, port(view, "image", "out"), port(view, "hidden", "in"))  # hidden already has an input
    assert "taken" in view.last_refusal or "already" in view.last_refusal
    drag(view, port(view, "logits", "out"), body(view, "image"))  # nothing feeds an Input
    assert "Input" in view.last_refusal
    assert doc.to_dict() == before and doc.undo_stack.count() == count
    # releasing on empty canvas just cancels
    view.last_refusal = ""
    drag(view, port(view, "probs", "out"), QPoint(1100, 850))
    assert view.last_refusal == "" and doc.to_dict() == before


# moving, selecting, deleting ------------------------------------------------------------------------------
def test_moving_a_node_by_mouse_is_one_undo_step_and_edges_follow(make_view):
    doc, view = make_view("mnist_cnn")
    old = doc.design.nodes["pool"].position
    start = body(view, "pool")
    drag(view, start, start + QPoint(150, 30), steps=8)
    new = doc.design.nodes["pool"].position
    assert new[0] > old[0] + 100
    assert doc.undo_stack.count() == 1
    edge = view.design_scene.edge_item(Edge("pool", "flatten", 0))
    assert edge.path().pointAtPercent(0) == view.design_scene.port_scene_pos("pool", "out")
    # a second drag is its own step
    drag(view, body(view, "pool"), body(view, "pool") + QPoint(-40, 0))
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    doc.undo_stack.undo()
    assert doc.design.nodes["pool"].position == old
    assert view.design_scene.node_item("pool").pos() == QPointF(*old)
    assert edge.path().pointAtPercent(0) == view.design_scene.port_scene_pos("pool", "out")


def test_rubber_band_selects_and_delete_removes_nodes_and_edges_with_exact_undo(make_view, qtbot):
    doc, view = make_view("mnist_cnn")
    scene = view.design_scene
    before = doc.to_dict()
    relu1, flatten = scene.node_item("relu1"), scene.node_item("flatten")
    top_left = relu1.sceneBoundingRect().topLeft() - QPointF(60, 10)
    bottom_right = flatten.sceneBoundingRect().bottomRight() + QPointF(60, 4)
    drag(view, vpos(view, top_left), vpos(view, bottom_right), steps=10)
    assert scene.selected_node_ids() == ["relu1", "pool", "flatten"]
    view.setFocus()
    QTest.keyClick(view, Qt.Key_Delete)
    assert set(doc.design.nodes) == {"image", "conv", "hidden", "relu2", "logits", "probs"}
    assert len(scene.edge_items()) == len(doc.design.edges) == 4
    doc.undo_stack.undo()
    after = doc.to_dict()
    assert after == before  # same nodes and edges, in the same order, with parameters and positions
    assert len(scene.node_items()) == 9 and len(scene.edge_items()) == 8
    assert {i.edge for i in scene.edge_items()} == set(doc.design.edges)


def test_a_clicked_edge_can_be_deleted_alone(make_view):
    doc, view = make_view("mnist_cnn")
    edge = Edge("relu2", "logits", 0)
    arrow = view.design_scene.edge_item(edge).path().pointAtPercent(1.0) + QPointF(0, 4)  # on the arrowhead
    QTest.mouseClick(view.viewport(), Qt.LeftButton, Qt.NoModifier, vpos(view, arrow))
    assert view.design_scene.selected_edges() == [edge]
    view.delete_selected()
    assert edge not in doc.design.edges and len(doc.design.nodes) == 9
    doc.undo_stack.undo()
    assert edge in doc.design.edges


def test_select_all(make_view):
    doc, view = make_view("mnist_cnn")
    view.select_all()
    assert view.design_scene.selected_node_ids() == list(doc.design.nodes)
    assert view.design_scene.selected_edges() == doc.design.edges


# clipboard ------------------------------------------------------------------------------------------------
def test_copy_paste_and_duplicate_make_fresh_nodes_with_their_inner_edge(make_view):
    doc, view = make_view("mnist_cnn")
    scene = view.design_scene
    scene.select_nodes(["conv", "relu1"])
    data = view.copy_selection()
    assert [n["id"] for n in data["nodes"]] == ["conv", "relu1"]
    assert data["edges"] == [{"source": "conv", "target": "relu1"}]  # not image->conv nor relu1->pool
    view.copy()
    new = view.paste()
    assert len(new) == 2 and not set(new) & {"conv", "relu1"}
    assert Edge(new[0], new[1], 0) in doc.design.edges
    assert scene.selected_node_ids() == new
    assert doc.design.nodes[new[0]].params == doc.design.nodes["conv"].params
    assert doc.design.nodes[new[0]].position != doc.design.nodes["conv"].position
    again = view.paste()  # pasting twice does not stack the copies on each other
    assert doc.design.nodes[again[0]].position != doc.design.nodes[new[0]].position
    dup = view.duplicate()
    assert len(dup) == 2 and Edge(dup[0], dup[1], 0) in doc.design.edges
    assert len(doc.design.nodes) == 15
    for _ in range(3):
        doc.undo_stack.undo()
    assert len(doc.design.nodes) == 9 and len(scene.node_items()) == 9


def test_cut_removes_and_paste_brings_back(make_view):
    doc, view = make_view("mnist_cnn")
    view.design_scene.select_nodes(["relu2"])
    view.cut()
    assert "relu2" not in doc.design.nodes
    new = view.paste()
    assert doc.design.nodes[new[0]].type == "ReLU"


def test_paste_of_foreign_clipboard_does_nothing(make_view):
    doc, view = make_view("mnist_cnn")
    QApplication.clipboard().setText("hello")
    assert view.paste() == [] and len(doc.design.nodes) == 9


COPY_AND_QUIT = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from netbuilder.gui.canvas.clipboard import put_on_clipboard
put_on_clipboard('{"nodes": [], "edges": []}')
"""


def test_layers_copied_last_let_the_process_end_cleanly(tmp_path):
    """Qt frees the clipboard's contents after the interpreter is gone: a QMimeData made in Python crashed then
    (exit 139, a segmentation fault after every test passed)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.run([sys.executable, "-c", COPY_AND_QUIT], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]


def test_at_exit_the_clipboard_keeps_the_copied_text_in_a_copy_qt_made(make_view):
    doc, view = make_view("mnist_cnn")
    view.design_scene.select_nodes(["conv"])
    view.copy()
    ours = clipboard._handed[0]
    clipboard._hand_back()  # what atexit calls
    assert not shiboken6.isValid(ours)  # freed now, while Python runs
    assert '"id": "conv"' in QApplication.clipboard().text()
    assert view.paste() == []  # plain text now: what another program pastes, not netbuilder's layers


# zoom and view --------------------------------------------------------------------------------------------
def test_zoom_buttons_wheel_and_fit(make_view):
    doc, view = make_view("mnist_resnet")
    z = view.zoom()
    view.zoom_in()
    assert view.zoom() == pytest.approx(z * 1.25)
    view.zoom_out()
    view.zoom_out()
    assert view.zoom() == pytest.approx(z / 1.25)
    for _ in range(30):
        view.zoom_in()
    assert view.zoom() == pytest.approx(4.0)
    for _ in range(40):
        view.zoom_out()
    assert view.zoom() == pytest.approx(0.2)
    at = QPointF(600, 450)
    wheel = QWheelEvent(at, QPointF(view.viewport().mapToGlobal(at.toPoint())), QPoint(), QPoint(0, 120),
                        Qt.NoButton, Qt.NoModifier, Qt.NoScrollPhase, False)
    QApplication.sendEvent(view.viewport(), wheel)
    assert view.zoom() > 0.2
    view.fit_to_view()
    visible = view.mapToScene(view.viewport().rect()).boundingRect()
    for item in view.design_scene.node_items():
        assert visible.contains(item.sceneBoundingRect())


def test_middle_button_pans(make_view):
    doc, view = make_view("mnist_cnn")
    before = view.mapToScene(QPoint(600, 450))
    drag(view, QPoint(600, 450), QPoint(500, 350), button=Qt.MiddleButton)
    after = view.mapToScene(QPoint(600, 450))
    assert after.x() > before.x() + 50 and after.y() > before.y() + 50
    assert len(doc.design.nodes) == 9 and doc.undo_stack.count() == 0


# feedback from the analysis -------------------------------------------------------------------------------
def test_a_node_with_a_shape_problem_gets_a_red_outline_and_its_message_as_tooltip(make_view, qtbot):
    doc, view = make_view("mnist_cnn")
    conv = view.design_scene.node_item("conv")
    assert not conv.has_problem
    with qtbot.waitSignal(doc.analysed):
        doc.push(SetParamCommand(doc.design, "conv", "kernel_size", 40))
    problems = doc.analysis.problems_of("conv")
    assert problems and conv.problem_level == "error"
    assert problems[0].message.split(".")[0] in conv.toolTip().replace("&gt;", ">").replace("&lt;", "<")
    assert conv.label == "Conv2d 32@40x40"
    assert view.design_scene.node_item("relu1").shape_text == "shape ?"
    with qtbot.waitSignal(doc.analysed):
        doc.undo_stack.undo()
    assert not conv.has_problem and conv.shape_text == "[32, 26, 26]"


# auto-layout ----------------------------------------------------------------------------------------------
def test_auto_layout_of_the_residual_preset_is_one_step_without_overlaps(make_view):
    doc, view = make_view("mnist_resnet")
    before = {n: node.position for n, node in doc.design.nodes.items()}
    view.auto_layout()
    assert doc.undo_stack.count() == 1 and doc.undo_stack.text(0) == "Auto-layout"
    cards = [(i.node_id, i.mapRectToScene(i.card_rect())) for i in view.design_scene.node_items()]
    for k, (a, ra) in enumerate(cards):
        for b, rb in cards[k + 1:]:
            assert not ra.intersects(rb), (a, b)
    assert view.design_scene.node_item("skip").pos() == QPointF(*doc.design.nodes["skip"].position)
    branch = {doc.design.nodes[n].position[0] for n in ("conv_a", "bn_a", "relu_a", "conv_b", "bn_b")}
    assert len(branch) == 1
    # the skip connection detours around the branch instead of crossing it
    path = view.design_scene.edge_item(Edge("pool1", "skip", 1)).path()
    points = [path.pointAtPercent(i / 200) for i in range(201)]
    for n in ("conv_a", "bn_a", "relu_a", "conv_b", "bn_b"):
        card = view.design_scene.node_item(n)
        rect = card.mapRectToScene(card.card_rect())
        assert not any(rect.contains(p) for p in points), n
    doc.undo_stack.undo()
    assert {n: node.position for n, node in doc.design.nodes.items()} == before


# scale ----------------------------------------------------------------------------------------------------
def test_a_300_node_design_builds_and_updates(make_view, qtbot):
    doc, view = make_view(None)
    doc.design.replace_with(residual_chain(100))
    assert len(view.design_scene.node_items()) == 301 and len(view.design_scene.edge_items()) == 400
    with qtbot.waitSignal(doc.analysed):
        doc.push(SetParamCommand(doc.design, "linear_1", "bias", False))
    item = view.design_scene.node_item("linear_1")
    assert (item.label, item.shape_text, item.params_text) == ("Linear 8", "[8]", "64 params")
    assert view.design_scene.node_item("linear_2").params_text == "72 params"
    view.fit_to_view()
    view.viewport().repaint()  # timings of this live in benchmarks/bench_validation.py


def test_connecting_goes_through_an_undo_command(loose):
    doc, view = loose
    drag(view, port(view, "x", "out"), port(view, "a", "in"))
    assert isinstance(doc.undo_stack.command(0), ConnectCommand)


def test_a_view_can_be_given_a_scene_made_elsewhere(qtbot):
    from netbuilder.gui.canvas import DesignScene

    doc = DesignDocument()
    doc.open("xor")
    scene = DesignScene(doc)
    view = CanvasView(scene)
    qtbot.addWidget(view)
    assert view.scene() is scene and view.document is doc
    assert len(scene.node_items()) == len(doc.design.nodes)


def test_space_and_left_drag_pans_without_moving_or_selecting(make_view):
    doc, view = make_view("mnist_cnn")
    view.setFocus()
    start = body(view, "pool")
    before = view.mapToScene(start)
    QTest.keyPress(view, Qt.Key_Space)
    drag(view, start, start + QPoint(-120, -80))
    QTest.keyRelease(view, Qt.Key_Space)
    assert view.mapToScene(start).x() > before.x() + 60
    assert doc.undo_stack.count() == 0 and view.design_scene.selected_node_ids() == []
    # back to normal: a left drag on a node moves it again
    drag(view, body(view, "pool"), body(view, "pool") + QPoint(50, 0))
    assert doc.undo_stack.count() == 1


def test_a_rubber_band_across_an_edge_does_not_take_the_edge(make_view):
    doc, view = make_view("mnist_resnet")
    view.auto_layout()
    scene = view.design_scene
    rects = [scene.node_item(n).sceneBoundingRect() for n in ("conv_a", "bn_b")]
    band = rects[0].united(rects[1]).adjusted(-20, -20, 60, 20)  # also crosses the skip connection
    drag(view, vpos(view, band.topLeft()), vpos(view, band.bottomRight()), steps=10)
    assert scene.selected_node_ids() == ["conv_a", "bn_a", "relu_a", "conv_b", "bn_b"]
    view.delete_selected()
    assert Edge("pool1", "skip", 1) in doc.design.edges


def test_canvas_cards_use_the_palettes_category_colours():
    from PySide6.QtGui import QColor

    from netbuilder.core.layers import CATEGORIES
    from netbuilder.gui.canvas.style import current_style
    from netbuilder.gui.common.style import category_color
    light = current_style(dark=False)
    for category in CATEGORIES:
        assert light.card(category)[1] == QColor(category_color(category)), category
