"""A teacher's locks in the window: with a locked lesson open, real input (Delete on a selected card, a paste, an
inspector edit, a training field) leaves the design as it was and says why; the allowed settings change; Undo
cannot take back the lesson's own locked change; closing the lesson lifts the locks."""
from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLabel, QWidget

from netbuilder.gui.teaching.lesson_locks import ALT

LOCKED = {"layers": True, "dataset": True, "settings": {"except": ["lr", "epochs"]}}


def _open(window, tmp_path, locked=LOCKED) -> None:
    path = tmp_path / "locked_lesson.json"
    path.write_text(json.dumps({
        "format": "netbuilder-lesson", "version": 1, "title": "Only the learning rate", "design": "xor",
        "locked": locked,
        "steps": [{"title": "A smaller batch", "action": {"set": {"batch_size": 2}}},
                  {"title": "Your turn", "text": "Change the learning rate and the epochs."}]}))
    assert window.open_lesson(str(path))


def _label_of(window, name: str) -> QLabel:
    widget = window.findChild(QWidget, name)
    return next(label for label in window.training.panel.findChildren(QLabel) if label.buddy() is widget)


def _status(window) -> str:
    return window.statusBar().currentMessage()


def test_a_locked_lesson_refuses_every_edit_path_and_says_why(window, qtbot, tmp_path, monkeypatch):
    _open(window, tmp_path)
    doc, view = window.document, window.view
    line = window.findChild(QWidget, "lessonLocks")
    assert line.isVisible() and ALT in line.text() and line.text().endswith(
        "This lesson locks the layers and the other training settings; you may change the learning rate and the "
        "epochs.")
    assert window.lesson_next()  # the lesson's own step sets a locked setting: the lock is the students'
    assert doc.design.training["batch_size"] == 2
    assert doc.undo_stack.count() == 0  # ... and Undo cannot take it back
    before = doc.to_dict()

    window.scene.select_nodes(["hidden"])  # Delete on a selected card
    view.setFocus()
    QTest.keyClick(view, Qt.Key_Delete)
    assert doc.to_dict() == before and _status(window).startswith("Locked by the lesson: the layers")
    window.statusBar().clearMessage()

    view.copy()  # a paste, as Ctrl+V does it
    window.actions_by_name["actionPaste"].trigger()
    assert doc.to_dict() == before and _status(window).startswith("Locked by the lesson")
    assert window.scene.selected_node_ids() == ["hidden"]

    window.palette_panel.layerActivated.emit("ReLU")  # a palette double-click adds no layer
    assert doc.to_dict() == before and _status(window).startswith("Locked by the lesson: the layers")

    errors = []  # another design, from File > Open or New, would change the layers too
    monkeypatch.setattr(window, "show_error", lambda _title, message: errors.append(message))
    assert not window.open_design("spirals") and errors[0].startswith("Locked by the lesson: another design")
    window.actions_by_name["actionNew"].trigger()
    assert doc.to_dict() == before and _status(window).startswith("Locked by the lesson: another design")

    window.scene.select_nodes(["hidden"])  # an inspector edit: refused, the field shows the design's value again
    reason = window.inspector.set_param_value("out_features", 6)
    assert reason.startswith("Locked by the lesson: the layers")
    assert doc.to_dict() == before
    assert window.findChild(QWidget, "inspectorError").text().startswith("Not changed: Locked by the lesson")

    for name in ("batchSizeSpin", "datasetCombo", "optimizerCombo", "seedSpin"):  # the locked fields
        field = window.findChild(QWidget, name)
        assert not field.isEnabled(), name
        assert field.toolTip().startswith("Locked by the lesson: students do not change"), name
        assert _label_of(window, name).text().startswith("<img") and ALT in _label_of(window, name).text(), name
    try:
        window.set_training_options(batch_size=8)
    except Exception as exc:  # noqa: BLE001  (TrainingError, with the lock's reason)
        assert "Locked by the lesson: the batch size cannot be changed" in str(exc)
    else:
        raise AssertionError("a locked setting was changed")
    assert doc.to_dict() == before

    epochs = window.findChild(QWidget, "epochsSpin")  # the allowed few stay editable
    assert epochs.isEnabled() and ALT not in _label_of(window, "epochsSpin").text()
    epochs.setValue(123)
    window.findChild(QWidget, "learningRateSpin").setValue(0.01)
    assert doc.design.training["epochs"] == 123 and doc.design.training["optimizer"]["lr"] == 0.01
    doc.undo_stack.undo()  # Undo steps through the students' own, allowed edits
    doc.undo_stack.undo()
    assert doc.design.training["epochs"] == 500 and doc.design.training["batch_size"] == 2
    assert doc.undo_stack.index() == 0

    assert window.close_lesson()  # closing the lesson lifts the locks
    assert not line.isVisible()
    for name, label in (("batchSizeSpin", "Batch"), ("datasetCombo", "Dataset")):
        assert window.findChild(QWidget, name).isEnabled()
        assert _label_of(window, name).text() == label
    window.set_training_options(batch_size=8)
    assert doc.design.training["batch_size"] == 8
    window.scene.select_nodes(["hidden"])
    assert window.inspector.set_param_value("out_features", 6) is None
    view.setFocus()
    window.scene.select_nodes(["act"])
    QTest.keyClick(view, Qt.Key_Delete)
    assert "act" not in doc.design.nodes and doc.design.nodes["hidden"].params["out_features"] == 6


def test_a_run_keeps_the_locked_fields_off_and_the_allowed_ones_as_a_run_has_them(window, qtbot, tmp_path):
    _open(window, tmp_path, {"dataset": True})
    window.set_training_options(epochs=2)
    with qtbot.waitSignal(window.training_finished, timeout=60_000):
        assert window.train()  # a run enables the panel's fields again when it ends: the lock stays
    qtbot.waitUntil(lambda: window.training.panel.state == "idle")
    assert not window.findChild(QWidget, "datasetCombo").isEnabled()
    assert window.findChild(QWidget, "batchSizeSpin").isEnabled()
    assert window.findChild(QWidget, "lessonLocks").text().endswith("&nbsp;This lesson locks the dataset.")
    window.scene.select_nodes(["hidden"])
    assert window.inspector.set_param_value("out_features", 6) is None  # the layers are not locked here
    assert window.inspector.set_training_value("dataset", "spirals").startswith("Locked by the lesson: the dataset")
    assert window.document.design.training["dataset"] == {"name": "xor"}
