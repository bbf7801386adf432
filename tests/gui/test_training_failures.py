"""Training from the window when things go wrong or must wait (offscreen, pytest-qt): NaN losses, failing layers,
absent CUDA and data, designs with problems, refusals while training, throttled curves and weight snapshots,
the training menu, slow motion.

Every test here ends with no thread, QThread or QTimer running (tests/gui/conftest.py checks it).
"""
from __future__ import annotations

import math
import threading
import time
from pathlib import Path

import numpy as np
import pytest
import torch
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QComboBox, QListWidget, QWidget

from training_helpers import button, click, loss_points, start_long_run, wait_finished, wait_paused


REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "artifacts"


def test_a_nan_loss_stops_with_the_cores_message_and_keeps_good_weights(window, qtbot):
    assert window.open_design("linear_regression")
    window.set_training_options(lr=10.0, epochs=50)
    click(qtbot, window, "trainButton")
    result = wait_finished(qtbot, window)
    assert result["status"] == "diverged"
    assert "learning rate" in result["error"] and "Lower the learning rate" in result["error"]
    outcome = window.training.panel.outcome.text()
    assert outcome.startswith("Diverged") and "Lower the learning rate" in outcome
    assert "Diverged" in window.statusBar().currentMessage()
    lines = window.training.curves.loss_plot.divergence_lines
    assert len(lines) == 1
    state = window.training.session.state_snapshot()
    assert all(torch.isfinite(v).all() for v in state.values())
    out = window.predict([[1.0], [2.0]])
    assert all(math.isfinite(v) for row in out for v in row)
    assert window.errors == []  # a divergence is explained in the panel, not a crash dialog
    assert window.isVisible() and not window.training.busy


def test_a_layer_that_fails_at_run_time_shows_a_dialog_and_keeps_earlier_weights(window, qtbot, monkeypatch):
    assert window.open_design("xor")
    window.set_training_options(epochs=30)
    click(qtbot, window, "trainButton")
    assert wait_finished(qtbot, window)["status"] == "completed"
    good = window.predict([[0, 1]])
    design = window.current_design()

    def broken(self, x):
        raise RuntimeError("this layer broke")
    monkeypatch.setattr(torch.nn.ReLU, "forward", broken)
    click(qtbot, window, "trainButton")
    result = wait_finished(qtbot, window)
    monkeypatch.undo()
    assert result["status"] == "failed" and "this layer broke" in result["error"] and "act" in result["error"]
    title, message = window.errors[-1]
    assert title == "Training failed" and "this layer broke" in message and "unchanged" in message
    assert window.current_design() == design
    assert window.findChild(QListWidget, "runsList").count() == 2
    runs = window.findChild(QListWidget, "runsList")
    runs.setCurrentRow(0)
    click(qtbot, window, "restoreRunButton")
    np.testing.assert_allclose(window.predict([[0, 1]]), good, atol=1e-6)


def test_cuda_asked_for_and_absent_is_a_clear_dialog(window, qtbot, monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert window.open_design("xor")
    window.training.refresh_devices()
    combo = window.findChild(QComboBox, "deviceCombo")
    cuda = combo.findData("cuda")
    assert cuda >= 0 and not combo.model().item(cuda).isEnabled()
    assert "CUDA" in combo.itemData(cuda, Qt.ToolTipRole) or "cuda" in combo.itemData(cuda, Qt.ToolTipRole).lower()
    window.set_training_options(device="cuda")
    click(qtbot, window, "trainButton")
    result = wait_finished(qtbot, window)
    assert result["status"] == "failed" and "CUDA" in result["error"]
    assert "Choose CPU" in window.errors[-1][1]


def test_the_device_box_lists_every_cuda_device(window, monkeypatch):
    from types import SimpleNamespace
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 2)
    monkeypatch.setattr(torch.cuda, "get_device_properties",
                        lambda i: SimpleNamespace(name=f"Fake GPU {i}", total_memory=(i + 1) * 2**34))
    window.training.refresh_devices()
    combo = window.findChild(QComboBox, "deviceCombo")
    labels = [combo.itemText(i) for i in range(combo.count())]
    assert any("Fake GPU 0" in t and "16 GB" in t for t in labels), labels
    assert any("Fake GPU 1" in t and "32 GB" in t for t in labels), labels
    assert combo.itemData(0) == "auto" and "CUDA" in combo.itemText(0)


def test_opening_another_design_while_training_asks_first(window, qtbot):
    start_long_run(window, qtbot, points=3)
    window.ask_stop_training = lambda: False
    assert not window.open_design("xor")
    assert window.training.busy and window.document.design.name != "XOR"
    window.ask_stop_training = lambda: True
    assert window.open_design("xor")
    assert not window.training.busy and window.finished[-1]["status"] == "stopped"
    assert loss_points(window) == 0


def test_curve_updates_are_throttled(window, qtbot):
    assert window.open_design("spirals")
    window.set_training_options(epochs=1000)
    arrivals = []
    window.training.controller.curve.connect(lambda info: arrivals.append(time.perf_counter()))
    click(qtbot, window, "trainButton")
    qtbot.waitUntil(lambda: loss_points(window) > 0, timeout=30_000)
    qtbot.wait(2000)  # waiting is the behaviour: the updates of two seconds are counted
    click(qtbot, window, "stopButton")
    wait_finished(qtbot, window)
    span = [t for t in arrivals if t - arrivals[0] <= 1.5]
    gaps = np.diff(arrivals[:-1])  # the last one comes with the stop, at once
    assert len(span) <= 1.5 * 20 + 1
    assert np.median(gaps) >= 1 / 20, np.median(gaps)
    assert loss_points(window) > len(arrivals)  # several batches per update


def test_a_design_with_problems_does_not_start(window, qtbot):
    window.findChild(QAction, "actionNew").trigger()
    click(qtbot, window, "trainButton")
    assert not window.training.busy
    assert "problems" in window.training.panel.outcome.text() or "design" in window.training.panel.outcome.text()


def test_screenshot_mid_run(window, qtbot):
    assert window.open_design("spirals")
    window.set_training_options(epochs=1000)
    window.view.fit_to_view()
    click(qtbot, window, "trainButton")
    qtbot.waitUntil(lambda: loss_points(window) > 3000, timeout=120_000)  # the spirals start to come apart
    click(qtbot, window, "pauseButton")
    qtbot.waitUntil(lambda: window.training.session.trainer.paused, timeout=5000)
    wait_paused(qtbot, window)
    ARTIFACTS.mkdir(exist_ok=True)
    image = window.grab().toImage()
    image.save(str(ARTIFACTS / "training_mid_run.png"))
    from netbuilder.gui.panels.plots import COLORS
    plot = window.training.curves.loss_plot
    origin = plot.mapTo(window, plot.rect().topLeft())
    blue = QColor(COLORS["train"][0])
    curve_pixels = sum(
        1 for x in range(origin.x(), origin.x() + plot.width(), 2) for y in range(origin.y(), origin.y() + plot.height(), 2)
        if abs(image.pixelColor(x, y).red() - blue.red()) + abs(image.pixelColor(x, y).green() - blue.green())
        + abs(image.pixelColor(x, y).blue() - blue.blue()) < 60)
    assert curve_pixels > 100, curve_pixels  # the loss plot shows the curve in its colour, not an empty box
    click(qtbot, window, "stopButton")
    wait_finished(qtbot, window)


def test_evaluate_scores_the_test_split(window, qtbot):
    assert window.open_design("spirals")
    window.set_training_options(epochs=5)
    click(qtbot, window, "evaluateButton")
    assert "train first" in window.training.panel.outcome.text()
    click(qtbot, window, "trainButton")
    wait_finished(qtbot, window)
    click(qtbot, window, "evaluateButton")
    qtbot.waitUntil(lambda: window.training.last_test is not None, timeout=30_000)
    qtbot.waitUntil(lambda: not window.training.busy, timeout=5000)
    scores = window.training.last_test
    assert {"test_loss", "test_accuracy", "test_confusion"} <= set(scores)
    assert "Test split" in window.training.panel.outcome.text() and "accuracy" in window.training.panel.outcome.text()


def test_missing_data_is_a_dialog_that_says_what_to_do(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("NETBUILDER_DATA_DIR", str(tmp_path / "empty"))
    assert window.open_design("mnist_mlp")
    click(qtbot, window, "trainButton")
    result = wait_finished(qtbot, window)
    assert result["status"] == "failed" and "MNIST" in result["error"]
    title, message = window.errors[-1]
    assert title == "Training failed" and str(tmp_path / "empty") in message
    assert window.isVisible() and not window.document.locked


def test_weight_snapshots_come_as_numpy_copies_once_an_epoch_at_most_twice_a_second(window, qtbot):
    assert window.open_design("xor")
    window.set_training_options(epochs=3)
    snapshots = []
    window.training.controller.weights.connect(snapshots.append)
    window.training.controller.want_weights = True
    click(qtbot, window, "trainButton")
    wait_finished(qtbot, window)
    qtbot.waitUntil(lambda: snapshots and snapshots[-1]["epoch"] == 3, timeout=5000)
    epochs = [s["epoch"] for s in snapshots]
    assert epochs[0] == 1 and epochs == sorted(set(epochs))  # xor's epochs take milliseconds: 1, then the last
    last = snapshots[-1]["weights"]
    assert isinstance(last["hidden.weight"], np.ndarray) and last["hidden.weight"].shape == (8, 2)
    final = window.training.session.weights_snapshot()
    np.testing.assert_array_equal(last["hidden.weight"], final["hidden.weight"])
    assert not np.shares_memory(last["hidden.weight"], final["hidden.weight"])


def test_early_stopping_says_which_epochs_weights_were_kept(window, qtbot):
    assert window.open_design("spirals")
    training = window.current_design()["training"]
    training.update(epochs=400, early_stopping={"patience": 2, "monitor": "loss", "min_delta": 0.5})
    from netbuilder.gui.canvas.commands import SetMetaCommand
    window.document.push(SetMetaCommand(window.document.design, "training", training))
    click(qtbot, window, "trainButton")
    result = wait_finished(qtbot, window)
    assert result["status"] == "early_stopping"
    text = window.training.panel.outcome.text()
    assert text.startswith("Early stopping") and "Kept the weights of epoch" in text


def test_the_leftover_check_catches_a_running_qthread_and_qtimer(qapp):
    import threading
    from PySide6.QtCore import QThread, QTimer
    from qt_leftovers import leftovers
    before = set(threading.enumerate())
    timer, thread = QTimer(), QThread()
    timer.setObjectName("forgotten")
    timer.start(50)
    thread.start()
    try:
        found = leftovers(before)
        assert any("forgotten" in f for f in found) and any(f.startswith("QThread") for f in found), found
    finally:
        timer.stop()
        thread.quit()
        thread.wait()
    assert leftovers(before) == []


def test_the_training_menu_mirrors_the_buttons(window, qtbot):
    assert window.open_design("spirals")
    window.set_training_options(epochs=1000)
    actions = {name: window.findChild(QAction, name) for name in
               ("actionTrain", "actionPause", "actionStop", "actionStep", "actionResetWeights")}
    assert [s.toString() for s in actions["actionTrain"].shortcuts()] == ["Ctrl+T"]
    assert actions["actionTrain"].isEnabled() and not actions["actionStop"].isEnabled()
    actions["actionTrain"].trigger()
    assert window.training.busy
    assert not actions["actionTrain"].isEnabled() and actions["actionStop"].isEnabled()
    assert not actions["actionResetWeights"].isEnabled()
    actions["actionStop"].trigger()
    wait_finished(qtbot, window)
    assert actions["actionTrain"].isEnabled() and not actions["actionStop"].isEnabled()


def test_predict_is_refused_while_the_model_is_in_use(window, qtbot):
    start_long_run(window, qtbot, points=3)
    with pytest.raises(Exception, match="in use"):
        window.predict([[0.0, 0.0]])
    click(qtbot, window, "pauseButton")
    qtbot.waitUntil(lambda: window.training.session.waiting, timeout=5000)
    assert len(window.predict([[0.0, 0.0]])[0]) == 2  # paused between batches: the model is free
    click(qtbot, window, "stopButton")
    click(qtbot, window, "stopButton") if button(window, "stopButton").isEnabled() else None  # a second press
    assert wait_finished(qtbot, window)["status"] == "stopped"
    qtbot.wait(200)  # waiting is the behaviour: a second finish may not follow
    assert len(window.finished) == 1 and not window.training.busy


def test_file_new_during_a_run_asks_first(window, qtbot):
    start_long_run(window, qtbot, points=3)
    window.ask_stop_training = lambda: False
    window.findChild(QAction, "actionNew").trigger()
    assert window.training.busy and window.document.design.nodes
    window.ask_stop_training = lambda: True
    window.findChild(QAction, "actionNew").trigger()
    assert not window.training.busy and not window.document.design.nodes


def test_options_are_checked_like_the_cores_settings(window):
    assert window.open_design("xor")
    with pytest.raises(Exception, match="device"):
        window.set_training_options(device="banana")
    window.set_training_options(seed=2**40)  # the core takes 64-bit seeds; so does the panel
    assert window.current_design()["training"]["seed"] == 2**40
    assert window.findChild(QWidget, "seedSpin").value() == 2**40
    with pytest.raises(Exception, match="learning rate"):
        window.set_training_options(lr=0.0)
    window.set_training_options(lr=20.0)  # no upper bound in the core: none in the box either
    assert window.findChild(QWidget, "learningRateSpin").value() == 20.0


def test_failure_advice_names_the_likely_fix():
    """The advice follows the error's cause, set where it was raised (torch's out of memory; a device missing)."""
    from netbuilder.core.errors import TrainingError, cause_of, failure_advice
    from netbuilder.core.training.device import resolve_device
    assert "batch size" in failure_advice(cause_of(torch.OutOfMemoryError("CUDA out of memory.")))
    with pytest.raises(TrainingError) as missing:
        resolve_device("cuda:99")  # no such device here, with or without CUDA
    assert "CPU" in failure_advice(missing.value.cause)


def test_data_loads_in_the_worker_and_weights_come_on_request(window, qtbot, monkeypatch):
    from netbuilder.core.session.session import TrainingSession
    prepared_in = []
    original = TrainingSession.prepare

    def prepare(self):
        prepared_in.append(threading.current_thread() is threading.main_thread())
        return original(self)
    monkeypatch.setattr(TrainingSession, "prepare", prepare)
    start_long_run(window, qtbot, points=3)
    assert prepared_in and not any(prepared_in)  # loading and compiling never in the GUI thread
    got = []
    window.training.controller.weights.connect(got.append)
    window.training.controller.request_weights()
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert isinstance(got[0]["weights"]["hidden1.weight"], np.ndarray)
    click(qtbot, window, "stopButton")
    wait_finished(qtbot, window)


def test_no_thread_is_ever_terminated():
    """Runs end cooperatively (stop flags); QThread.terminate() would kill a thread mid-step."""
    sources = (REPO / "netbuilder").rglob("*.py")
    assert not [p for p in sources if ".terminate(" in p.read_text()]


def test_slow_motion_from_the_slider_is_honoured_during_a_run(window, qtbot):
    from PySide6.QtWidgets import QLabel, QSlider
    assert window.open_design("xor")
    window.set_training_options(epochs=100_000)
    slider = window.findChild(QSlider, "speedSlider")
    slider.setValue(200)
    assert window.findChild(QLabel, "speedLabel").text() == "200 ms/batch"
    assert window.train()
    qtbot.waitUntil(lambda: window.training.controller.state == "running" and loss_points(window) >= 2,
                    timeout=30_000)
    assert window.training.session.trainer.delay == 0.2
    before, began = loss_points(window), time.perf_counter()
    qtbot.wait(1500)  # waiting is the behaviour: the batches of 1.5 s are counted
    slow = loss_points(window) - before
    assert 2 <= slow <= (time.perf_counter() - began) / 0.2 + 2, slow  # about 5 batches a second, not thousands
    slider.setValue(0)  # full speed again, at once
    assert window.findChild(QLabel, "speedLabel").text() == "off"
    before = loss_points(window)
    qtbot.wait(1000)  # waiting is the behaviour: the batches of a second are counted
    assert loss_points(window) - before > 10 * slow
    window.training.controller.stop()
    qtbot.waitUntil(lambda: not window.training.busy, timeout=30_000)
