"""Lessons in the window: every bundled lesson stepped through to the end with every expected result met; a broken
lesson file says why; hiding a control hides only that control; the lesson panel in presentation mode."""
from __future__ import annotations

import json

import pytest
from person import click_menu, visible_texts
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from netbuilder.core.design.design_io import design_from_dict, load_design
from netbuilder.core.teaching.lessons import lesson_names, load_lesson


def _on_mnist(name: str) -> bool:
    """Whether a lesson trains on MNIST (its design, or one of the designs its steps open)."""
    lesson = load_lesson(name)
    sources = [lesson.design] + [s.action["open"] for s in lesson.steps if s.kind == "open"]
    designs = [load_design(src) if isinstance(src, str) else design_from_dict(src)
               for src in sources if src != "lesson"]
    return any(d.training.get("dataset", {}).get("name") == "mnist" for d in designs)


@pytest.mark.parametrize("name", [pytest.param(n, marks=pytest.mark.slow) if _on_mnist(n) else n
                                  for n in lesson_names()])
def test_every_bundled_lesson_runs_to_the_end_with_its_results(window, qtbot, name, request, monkeypatch, tmp_path):
    if _on_mnist(name):  # real MNIST, read from the shared folder (never downloaded in a test)
        monkeypatch.setenv("NETBUILDER_DATA_DIR", str(request.getfixturevalue("data_dir")))
    # as a person meets it: another design open (784 inputs, a name no lesson uses), the lesson chosen from the
    # Lessons menu with the mouse, each step by a click on Next; no step may show the previous design's text
    previous = tmp_path / "previous.json"
    previous.write_text(json.dumps({"format": "netbuilder-design", "version": 1, "name": "Zebra previous design",
                                    "nodes": [{"id": "zebra_in", "type": "Input", "params": {"shape": [784]}},
                                              {"id": "zebra_out", "type": "Linear", "params": {"out_features": 10}}],
                                    "edges": [{"source": "zebra_in", "target": "zebra_out"}],
                                    "training": {"dataset": {"name": "mnist"}}}))
    assert window.open_design(str(previous))
    click_menu(qtbot, window, window.lessons_menu, window.actions_by_name[f"actionLesson_{name}"])
    assert window.findChild(QWidget, "lessonPanel").isVisible()
    lesson = load_lesson(name)
    state = window.lesson_state()
    assert state["index"] == -1 and state["title"] == lesson.title and not state["done"]
    next_button = window.lessons.panel.buttons["next"]
    for i, step in enumerate(lesson.steps):
        assert next_button.isEnabled(), (name, i)
        QTest.mouseClick(next_button, Qt.LeftButton)
        qtbot.waitUntil(lambda: not window.lesson_state()["running"], timeout=120_000)
        shot = window.grab().toImage()
        assert len({shot.pixel(x, y) for x in range(0, shot.width(), 37) for y in range(0, shot.height(), 29)}) > 20
        stale = [t for t in visible_texts(window) if "Zebra" in t or "zebra" in t or "has 784" in t]
        assert stale == [], (name, i, stale)
        state = window.lesson_state()
        assert state["index"] == i and state["title"] == step.title
        if step.expect:
            assert state["expected_met"] is True, (name, step.title, window.lessons.found)
            assert window.lessons.panel.result.text().startswith("✓")
        else:
            assert state["expected_met"] is None
    assert window.lesson_state()["done"] and not next_button.isEnabled() and not window.lesson_next()
    assert window.errors == []
    colours = [s.action["colour"] for s in lesson.steps if s.kind == "colour"]
    if colours:  # the canvas's health colouring is on, and colours the new design's cards too
        assert window.scene.health_mode == colours[-1]
        assert any(item.health is not None for item in window.scene.node_items())
    if any(s.action == {"show": "runsView"} for s in lesson.steps):  # the lesson's runs, overlaid
        trained = sum(1 for s in lesson.steps if s.kind == "train")
        assert sorted(window.runs_view.overlay()["loss"]) == [f"Run {n}" for n in window.lessons.runs]
        assert len(window.lessons.runs) == trained


def test_a_broken_lesson_file_says_why_and_changes_nothing(window, tmp_path):
    assert window.open_design("spirals")
    path = tmp_path / "broken.json"
    path.write_text(json.dumps({"format": "netbuilder-lesson", "version": 1, "title": "B", "design": "xor",
                                "steps": [{"title": "Go", "action": {"train": {"epochs": -1}}}]}))
    assert not window.open_design(str(path))  # File > Open recognises a lesson
    title, message = window.errors[-1]
    assert title == "Could not open the lesson" and "step 1 (Go): action 'train'" in message
    assert window.document.design.name == "Spirals" or "spiral" in window.document.design.name.lower()
    assert window.lessons.lesson is None


def test_hiding_a_control_hides_only_that_control(window, qtbot, tmp_path):
    path = tmp_path / "hide.json"
    path.write_text(json.dumps({"format": "netbuilder-lesson", "version": 1, "title": "H", "design": "xor",
                                "steps": [{"title": "Hide", "action": {"hide": ["optimizerCombo", "trainButton"]}},
                                          {"title": "Unhide", "action": {"unhide": ["trainButton"]}}]}))
    assert window.open_lesson(str(path))
    window.show_panel("trainingPanel")
    readouts = [window.findChild(QWidget, n) for n in ("trainingProgress", "learningRateSpin", "stopButton")]
    assert all(w.isVisible() for w in readouts)
    window.lesson_next()
    assert not window.findChild(QWidget, "optimizerCombo").isVisible()
    assert not window.findChild(QWidget, "trainButton").isVisible()
    assert all(w.isVisible() for w in readouts)  # nothing else went
    window.lesson_next()
    assert window.findChild(QWidget, "trainButton").isVisible()
    assert not window.findChild(QWidget, "optimizerCombo").isVisible()
    assert window.open_lesson("xor")  # another lesson: everything hidden comes back
    assert window.findChild(QWidget, "optimizerCombo").isVisible()


def test_back_shows_the_previous_step_and_the_panel_stays_in_presentation(window, qtbot):
    assert window.open_lesson("hello_neuron")
    window.lesson_next()
    window.lesson_next()
    assert window.lesson_state()["index"] == 1
    assert window.lesson_back() and window.lesson_state()["index"] == 0
    window.set_presentation(True)
    assert window.docks["lesson"].isVisible()
    window.set_presentation(False)


def test_a_lesson_saved_with_weights_reopens_with_the_same_predictions(window, qtbot, tmp_path):
    from netbuilder.core.errors import NetbuilderError
    assert window.open_lesson("hello_neuron")
    with pytest.raises(NetbuilderError, match="no trained weights"):
        window.save_lesson(tmp_path / "early.nblesson")
    while not window.lesson_state()["done"]:
        assert window.lesson_next()
        qtbot.waitUntil(lambda: not window.lesson_state()["running"], timeout=60_000)
    before = window.predict([[7], [-3], [0.5]])
    path = window.save_lesson(tmp_path / "hello.nblesson")
    assert [p.name for p in tmp_path.iterdir()] == ["hello.nblesson"]  # written atomically, nothing left over
    assert window.open_design("spirals")  # something else meanwhile
    assert window.open_design(str(path))  # File > Open recognises a lesson with weights
    assert window.lessons.lesson.weights is not None and window.lesson_state()["index"] == -1
    window.lesson_next()  # its first step opens the lesson's network, with the saved weights
    assert window.predict([[7], [-3], [0.5]]) == before
    broken = tmp_path / "broken.nblesson"
    broken.write_bytes(path.read_bytes()[:200])
    assert not window.open_design(str(broken))
    assert window.errors and ("lesson" in window.errors[-1][1] or "checkpoint" in window.errors[-1][1])


def test_a_step_can_train_an_exact_number_of_batches(window, qtbot, tmp_path):
    path = tmp_path / "batches.json"
    path.write_text(json.dumps({"format": "netbuilder-lesson", "version": 1, "title": "B", "design": "spirals",
                                "steps": [{"title": "Open", "action": {"open": "lesson"}},
                                          {"title": "Three batches", "action": {"train": {"batches": 3}},
                                           "expect": {"status": "stopped"}}]}))
    assert window.open_lesson(str(path))
    window.lesson_next()
    window.lesson_next()
    qtbot.waitUntil(lambda: not window.lesson_state()["running"], timeout=60_000)
    assert window.lesson_state()["expected_met"] is True and window.lesson_state()["done"]
    assert len(window.training.curves.loss_plot.data()["batch_x"]) == 3
    assert not window.training.busy
