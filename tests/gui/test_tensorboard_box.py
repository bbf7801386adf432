"""The window's "Log to TensorBoard" box: a window preference (QSettings, not the design), a run with it checked
writes TensorBoard event files into the chosen folder, and without the tensorboard package it is disabled with a
tooltip saying what to install. The tests point the folder at tmp_path: nothing is written into the home folder.
"""
from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QCheckBox, QPushButton
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

from netbuilder.core.errors import TrainingError
from netbuilder.gui.panels.training import TrainingPanel
from netbuilder.gui.panels.training_tensorboard import default_tensorboard_dir


def box(window) -> QCheckBox:
    found = window.findChild(QCheckBox, "trainTensorBoard")
    assert found is not None
    return found


def python_threads() -> set:
    """Threads Python started (daemons too: the event writer's is one), not the QThread Python merely saw."""
    return {t for t in threading.enumerate() if t.is_alive() and not isinstance(t, threading._DummyThread)}


def train_and_wait(window, qtbot) -> dict:
    count = len(window.finished)
    qtbot.mouseClick(window.findChild(QPushButton, "trainButton"), Qt.LeftButton)
    qtbot.waitUntil(lambda: len(window.finished) > count, timeout=30_000)
    qtbot.waitUntil(lambda: not window.training.busy, timeout=5000)
    return window.finished[-1]


def test_the_box_is_there_unchecked_with_a_folder_in_the_home(window):
    tb = box(window)
    assert "TensorBoard" in tb.text() and tb.isEnabled() and not tb.isChecked()
    assert window.training.panel.tensorboard_dir is None
    assert window.training.panel.tensorboard_folder_path == default_tensorboard_dir()
    assert "netbuilder-runs" in window.findChild(QPushButton, "tensorBoardFolderButton").text()
    assert "tensorboard --logdir" in tb.toolTip()


def test_checked_a_run_logs_its_epochs_into_the_folder_and_leaves_no_thread(window, qtbot, tmp_path):
    assert window.open_design("xor")
    window.set_training_options(epochs=6)
    design_before = window.current_design()
    window.training.set_tensorboard(False, tmp_path / "logs")
    assert not (tmp_path / "logs").exists()  # unchecked: nothing is written
    before = python_threads()
    started = []
    window.training.controller.runStarted.connect(lambda info: started.append(info["tensorboard"]))
    qtbot.mouseClick(box(window), Qt.LeftButton)
    assert box(window).isChecked() and window.training.panel.tensorboard_dir == str(tmp_path / "logs")
    result = train_and_wait(window, qtbot)
    assert result["status"] == "completed" and window.errors == []
    (run,) = (tmp_path / "logs").iterdir()
    assert run.name.startswith("XOR-")
    assert started == [str(run)]  # the window said where the logs go
    acc = EventAccumulator(str(run), size_guidance={"scalars": 0})
    acc.Reload()
    assert set(acc.Tags()["scalars"]) == {"loss/train", "loss/val", "accuracy/train", "accuracy/val", "lr"}
    history = window.training.session.history
    assert [e.step for e in acc.Scalars("loss/train")] == [1, 2, 3, 4, 5, 6]
    assert [round(e.value, 5) for e in acc.Scalars("loss/train")] == [round(m["loss"], 5) for m in history]
    assert python_threads() <= before  # the event writer's thread is gone
    assert window.current_design() == design_before  # a window preference: the design is unchanged
    prefs = QSettings()
    assert prefs.value("training/tensorboard", type=bool) is True
    assert prefs.value("training/tensorboardDir", type=str) == str(tmp_path / "logs")

    qtbot.mouseClick(box(window), Qt.LeftButton)  # unchecked: the next run writes nothing
    train_and_wait(window, qtbot)
    assert len(list((tmp_path / "logs").iterdir())) == 1 and started[-1] is None
    assert QSettings().value("training/tensorboard", type=bool) is False


def test_the_preference_comes_back_in_a_new_window(qtbot, tmp_path):
    QSettings().setValue("training/tensorboard", True)
    QSettings().setValue("training/tensorboardDir", str(tmp_path / "tb"))
    from netbuilder.gui import MainWindow
    w = MainWindow()
    qtbot.addWidget(w)
    assert box(w).isChecked() and w.training.panel.tensorboard_dir == str(tmp_path / "tb")


def test_without_tensorboard_the_box_is_disabled_and_says_what_to_install(qtbot, monkeypatch):
    monkeypatch.setitem(sys.modules, "tensorboard", None)
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.set_tensorboard(True)
    assert not panel.tensorboard.isEnabled() and not panel.tensorboard.isChecked()
    assert panel.tensorboard_dir is None
    assert "pip install 'netbuilder[tensorboard]'" in panel.tensorboard.toolTip()
    panel.set_state("running")
    panel.set_state("idle")
    assert not panel.tensorboard.isEnabled()  # still: enabling after a run must not bring it back


def test_the_window_refuses_to_log_without_tensorboard(window, monkeypatch, tmp_path):
    monkeypatch.setattr(window.training.panel, "tensorboard_available", False)
    with pytest.raises(TrainingError, match=r"pip install 'netbuilder\[tensorboard\]'"):
        window.training.set_tensorboard(True, tmp_path)
    assert window.training.panel.tensorboard_dir is None


def test_the_box_is_locked_during_a_run(qtbot):
    panel = TrainingPanel()
    qtbot.addWidget(panel)
    panel.set_state("running")
    assert not panel.tensorboard.isEnabled() and not panel.tensorboard_folder.isEnabled()
    panel.set_state("idle")
    assert panel.tensorboard.isEnabled() and panel.tensorboard_folder.isEnabled()
