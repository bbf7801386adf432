"""Health on the canvas: cards coloured by a statistic of the run (gradient norm, dead ReLU units, saturation) with a
legend and the number in the tooltip; and, in the window, the health probe feeding the colouring and the learners'
advice in the problems list."""
from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from helpers import chain
from person import settle
from netbuilder.core.design.design_io import design_from_dict
from netbuilder.gui.canvas import style as st
from netbuilder.gui.canvas.health import (MODES, NodeHealth, gradient_badness, health_color, node_values,
                                          short_number)
from netbuilder.gui.canvas.items import NodeItem
from netbuilder.gui.canvas.view import CanvasView
from netbuilder.gui.window.document import DesignDocument

HEALTH = {"units": {"n1": {"kind": "dead", "share": 1.0, "units": 16},
                    "n3": {"kind": "dead", "share": 0.0, "units": 16},
                    "n5": {"kind": "saturated", "share": 0.25, "units": 2}},
          "gradients": {"n0": 1e-6, "n2": 0.5, "n4": 1.0}}


def design_dict() -> dict:
    return chain((2,), [("Linear", {"out_features": 16}), ("ReLU", None), ("Linear", {"out_features": 16}),
                        ("ReLU", None), ("Linear", {"out_features": 2}), ("Sigmoid", None)],
                 dataset={"name": "moons"}, loss="bce")


def test_node_values_for_each_mode():
    dead = node_values("dead", HEALTH)
    assert set(dead) == {"n1", "n3"}
    assert dead["n1"] == NodeHealth(1.0, 1.0, "100% of its 16 units dead (output 0 for every input probed)", "100%")
    assert dead["n3"].badness == 0.0
    saturated = node_values("saturated", HEALTH)
    assert set(saturated) == {"n5"} and saturated["n5"].badness == 0.25 and "25%" in saturated["n5"].text
    grads = node_values("gradients", HEALTH)
    assert set(grads) == {"n0", "n2", "n4"}
    assert grads["n4"].badness == 0.0 and grads["n2"].badness == 0.0  # half the largest: healthy
    assert grads["n0"].badness == 1.0 and "1/1,000,000 of the largest" in grads["n0"].text
    assert gradient_badness(1e-1) == 0.0 and gradient_badness(1e-4) == 1.0
    assert gradient_badness(10 ** -2.5) == pytest.approx(0.5)
    assert node_values("off", HEALTH) == {} and node_values("dead", None) == {}
    with pytest.raises(ValueError):
        node_values("colourful", HEALTH)
    assert MODES[0] == "off"


def test_badges_give_short_numbers():
    assert node_values("gradients", HEALTH)["n0"].short == "1e-6"
    assert [short_number(x) for x in (0, 3.2e-5, 4e-3, 0.08, 0.9, 12, 999.4, 1.5e4)] == \
        ["0", "3.2e-5", "4e-3", "0.08", "0.9", "12", "999", "1.5e+4"]


def test_the_ramp_runs_from_blue_to_vermilion():
    good, bad = health_color(0.0), health_color(1.0)
    assert good.blue() > good.red() and bad.red() > bad.blue()
    assert health_color(-3) == good and health_color(7) == bad


@pytest.fixture
def view(qtbot):
    document = DesignDocument()
    document.load(design_from_dict(design_dict()))
    v = CanvasView(document)
    qtbot.addWidget(v)
    v.resize(900, 800)
    v.show()
    qtbot.waitExposed(v)
    return v


def card_pixels(scene, node_id: str) -> np.ndarray:
    item = scene.node_item(node_id)
    rect = item.sceneBoundingRect().adjusted(-4, -4, 4, 4)
    image = QImage(int(rect.width()), int(rect.height()), QImage.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    return rows[..., :3].copy()  # a copy: the image's memory goes with it


def near(pixels: np.ndarray, colour: QColor, tolerance: int = 12) -> int:
    target = np.array([colour.blue(), colour.green(), colour.red()])  # RGB32 is BGRA in memory
    return int((np.abs(pixels.astype(int) - target).max(axis=-1) <= tolerance).sum())


def test_the_scene_colours_the_cards_and_keeps_it_through_a_rebuild(view):
    scene = view.design_scene
    scene.set_health("dead", HEALTH)
    assert scene.health_mode == "dead"
    assert scene.node_item("n1").health.badness == 1.0 and scene.node_item("n3").health.badness == 0.0
    assert scene.node_item("n0").health is None and scene.node_item("n5").health is None
    assert "100% of its 16 units dead" in scene.node_item("n1").toolTip()
    bad, good = card_pixels(scene, "n1"), card_pixels(scene, "n3")
    assert near(bad, health_color(1.0)) > 300 and near(bad, health_color(0.0)) == 0
    assert near(good, health_color(0.0)) > 300 and near(good, health_color(1.0)) == 0
    item, unselected = scene.node_item("n1"), near(bad, health_color(1.0))
    item.setSelected(True)  # the selection ring goes outside the health ring: none of the colour is covered
    assert near(card_pixels(scene, "n1"), health_color(1.0)) >= 0.9 * unselected
    item.setSelected(False)
    scene.rebuild()  # a design replaced or reloaded: the colouring stays
    assert scene.node_item("n1").health is not None and near(card_pixels(scene, "n1"), health_color(1.0)) > 300
    scene.set_health("off", None)
    assert all(item.health is None for item in scene.node_items())
    assert near(card_pixels(scene, "n1"), health_color(1.0)) == 0
    assert "Health" not in scene.node_item("n1").toolTip()


def test_the_badge_stays_clear_of_the_ports_and_inside_the_bounds(qtbot):
    item = NodeItem("add", st.current_style())
    item.set_content("Add", "Merge", "Add", "", 6)  # a narrow card crowded with input ports
    item.set_health(NodeHealth(1e-6, 1.0, "gradient norm 1e-06", "1.2e-5"))
    badge = item._badge_rect
    assert not badge.isEmpty() and item.boundingRect().contains(badge)
    for kind, port in item.ports():
        centre = item.port_pos(kind, port)
        assert not badge.adjusted(-st.PORT_RADIUS, -st.PORT_RADIUS, st.PORT_RADIUS, st.PORT_RADIUS).contains(centre)
    item.set_health(None)
    assert item._badge_rect.isEmpty() and item.boundingRect().width() < item.card_rect().width() + 30


def test_the_corner_control_switches_modes_and_shows_its_legend(view, qtbot):
    control = view.health_control
    assert control.objectName() == "healthControl" and not control.legend.isVisible()
    with qtbot.waitSignal(view.healthModeChanged, timeout=2000) as got:
        control.set_mode("gradients")
    assert got.args == ["gradients"] and control.legend.isVisible()
    assert "1/10,000" in control.bad_label.text()
    view.design_scene.set_health("gradients", HEALTH)
    assert view.design_scene.node_item("n0").health is not None
    assert control.geometry().bottom() <= view.height() and control.x() < view.width() / 2  # bottom-left corner
    with qtbot.waitSignal(view.healthModeChanged, timeout=2000):
        control.combo.setCurrentIndex(0)  # off, as a person picks it: the cards go back at once
    assert not control.legend.isVisible()
    assert all(item.health is None for item in view.design_scene.node_items())


# in the window ----------------------------------------------------------------------------------------------------
def dying_design(tmp_path) -> str:
    """SGD at learning rate 5 on spirals: the second ReLU layer's units all die (measured, seed 0)."""
    d = chain((2,), [("Linear", {"out_features": 16}), ("ReLU", None), ("Linear", {"out_features": 16}),
                     ("ReLU", None), ("Linear", {"out_features": 2}), ("Softmax", None)],
              dataset={"name": "spirals", "validation": 0.2}, loss="cross_entropy",
              optimizer={"name": "sgd", "lr": 5.0}, epochs=20, batch_size=64, seed=0)
    path = tmp_path / "dying.json"
    path.write_text(json.dumps(d))
    return str(path)


def test_a_run_that_kills_its_relu_units_is_told_so_and_coloured(window, qtbot, tmp_path):
    assert window.open_design(dying_design(tmp_path))
    window.view.health_control.set_mode("dead")
    count = len(window.finished)
    assert window.train()
    qtbot.waitUntil(lambda: len(window.finished) > count, timeout=120_000)
    problems = window.problems
    qtbot.waitUntil(lambda: any("n3's 16 units are dead" in t for t in problems.row_texts()), timeout=10_000)
    dead = next(a for a in problems.advice if a.code == "dead_relu" and a.node_id == "n3")
    assert dead.value == 1.0
    item = window.scene.node_item("n3")
    qtbot.waitUntil(lambda: item.health is not None, timeout=10_000)
    assert item.health.badness == 1.0 and "100%" in item.toolTip()
    # the advice row shows the node on the canvas when clicked
    row = next(i for i, t in enumerate(problems.row_texts()) if "n3's 16 units" in t)
    assert problems.node_of_row(row) == "n3"
    # a new run starts with no advice from the last one
    window.set_training_options(epochs=1, lr=0.01, optimizer="adam")
    at_start = []
    window.training.controller.runStarted.connect(lambda _info: at_start.append(problems.advice_count()))
    assert window.train()
    qtbot.waitUntil(lambda: len(window.finished) > count + 1, timeout=60_000)
    assert at_start == [0]


def test_the_health_probe_is_wanted_only_while_something_shows_it(window, qtbot):
    controller = window.training.controller
    window.docks["problems"].hide()
    settle()
    assert "health" not in controller.subscriptions  # nothing shows it: no probe during runs
    window.view.health_control.set_mode("saturated")
    assert controller.subscriptions["health"][0] == 0.5
    window.view.health_control.set_mode("off")
    assert "health" not in controller.subscriptions
    window.docks["problems"].show()
    qtbot.waitUntil(lambda: "health" in controller.subscriptions, timeout=2000)
    assert controller.subscriptions["health"][0] == 2.0  # the advice alone: every 2 seconds


def test_the_advice_does_not_argue_with_the_xor_lesson(window, qtbot):
    """Its one-neuron and two-unit steps are meant to fail (their flat loss and dead units are expected, not a
    learning rate's fault), and its eight units solve XOR with a saturated output sigmoid, as a confident classifier's
    should be: after each step's run, with the health of its final weights in, the problems list has no advice."""
    from netbuilder.core.teaching.lessons import load_lesson
    lesson = load_lesson("xor")
    health = window.inside.health
    assert window.open_lesson("xor")
    trained = []
    for step in lesson.steps:
        assert window.lesson_next()
        qtbot.waitUntil(lambda: not window.lesson_state()["running"], timeout=120_000)
        if step.kind == "train":
            assert window.lesson_state()["expected_met"] is True, window.lessons.found
            qtbot.waitUntil(lambda: health.latest is not None and not window.training.busy, timeout=10_000)
            settle()
            trained.append((step.title, [a.code for a in window.problems.advice]))
    assert len(trained) == sum(s.kind == "train" for s in lesson.steps) and trained == [(t, []) for t, _ in trained]
