"""Training from the window, driven through its buttons as a person would (offscreen, pytest-qt).

Every test here ends with no thread, QThread or QTimer running (tests/gui/conftest.py checks it).
"""
from __future__ import annotations

import math
import os
import subprocess
import threading
import sys
import textwrap
import time
from pathlib import Path

import numpy as np
import pyqtgraph as pg
import pytest
import torch
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QColor
from PySide6.QtWidgets import QApplication, QComboBox, QListWidget, QMessageBox, QProgressBar, QPushButton, QWidget
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from netbuilder.gui import MainWindow

REPO = Path(__file__).resolve().parents[2]
ARTIFACTS = REPO / "artifacts"


def button(window, name: str) -> QPushButton:
    found = window.findChild(QPushButton, name)
    assert found is not None, name
    return found


def click(qtbot, window, name: str) -> None:
    b = button(window, name)
    assert b.isEnabled(), f"{name} is disabled"
    qtbot.mouseClick(b, Qt.LeftButton)


def wait_finished(qtbot, window, timeout=60_000) -> dict:
    count = len(window.finished)
    qtbot.waitUntil(lambda: len(window.finished) > count, timeout=timeout)
    return window.finished[-1]


def loss_points(window) -> int:
    return len(window.training.curves.loss_plot.data()["batch_x"])


def start_long_run(window, qtbot, points: int) -> None:
    """Spirals for 1000 epochs, started with the Train button, once ``points`` batches are on the curve."""
    assert window.open_design("spirals")
    window.set_training_options(epochs=1000)
    click(qtbot, window, "trainButton")
    qtbot.waitUntil(lambda: loss_points(window) > points, timeout=30_000)


def test_the_training_contract_object_names(window):
    for name in ("trainingPanel", "runsList"):
        assert window.findChild(QWidget, name) is not None, name
    assert isinstance(window.findChild(QListWidget, "runsList"), QListWidget)
    for name in ("trainButton", "pauseButton", "stopButton", "stepButton"):
        assert window.findChild(QPushButton, name) is not None, name
    for name in ("deviceCombo", "optimizerCombo"):
        assert isinstance(window.findChild(QComboBox, name), QComboBox), name
    for name in ("epochsSpin", "batchSizeSpin", "learningRateSpin"):
        assert window.findChild(QWidget, name) is not None, name
    assert isinstance(window.findChild(QProgressBar, "trainingProgress"), QProgressBar)
    for name in ("lossPlot", "accuracyPlot"):
        assert isinstance(window.findChild(pg.PlotWidget, name), pg.PlotWidget), name
    for name in ("actionTrain", "actionPause", "actionStop", "actionStep", "actionSaveCheckpoint"):
        assert window.findChild(QAction, name) is not None, name


def test_train_xor_to_convergence_then_predict(window, qtbot):
    assert window.open_design("xor")
    click(qtbot, window, "trainButton")
    assert window.training.controller.state in ("running", "paused")
    result = wait_finished(qtbot, window)
    assert result["status"] == "completed" and "error" not in result
    assert result["loss"] < 0.05 and result["accuracy"] == 1.0
    assert "test" in result and result["test"]["test_accuracy"] == 1.0
    out = np.array(window.predict([[0, 0], [0, 1], [1, 0], [1, 1]])).reshape(-1)
    assert np.all(np.abs(out - np.array([0, 1, 1, 0])) < 0.2), out
    epochs = window.current_design()["training"]["epochs"]
    assert loss_points(window) == epochs  # one batch per epoch: every batch is on the curve
    acc = window.training.curves.accuracy_plot.data()
    assert len(acc["epoch"]) == epochs and acc["train"][-1] == 1.0
    assert window.findChild(QListWidget, "runsList").count() == 1
    assert "Completed" in window.training.panel.outcome.text()
    assert window.training.panel.progress.value() == window.training.panel.progress.maximum()
    line = window.training.panel.status_line.text()
    for part in (f"epoch {epochs}/{epochs}", "batch 1/1", "lr 0.05", "samples/s", "elapsed", "completed"):
        assert part in line, (part, line)
    assert " left" not in line  # a run that ended has no time left
    assert window.training.session.trainer.num_threads == max(1, (os.cpu_count() or 1) - 1)  # one core to drawing
    assert not window.document.locked and window.errors == []


def test_settings_are_the_designs_and_each_change_is_one_undo_step(window, qtbot):
    assert window.open_design("xor")
    stack = window.document.undo_stack
    before = stack.count()
    window.findChild(QWidget, "epochsSpin").setValue(123)
    assert window.current_design()["training"]["epochs"] == 123 and stack.count() == before + 1
    combo = window.findChild(QComboBox, "optimizerCombo")
    combo.setCurrentIndex(combo.findData("sgd"))
    assert window.current_design()["training"]["optimizer"]["name"] == "sgd" and stack.count() == before + 2
    stack.undo()
    stack.undo()
    assert window.current_design()["training"]["epochs"] == 500
    assert window.findChild(QWidget, "epochsSpin").value() == 500  # the panel follows the design
    window.set_training_options(epochs=7, batch_size=2, lr=0.01, optimizer="adamw", seed=3, limit=3)
    training = window.current_design()["training"]
    assert (training["epochs"], training["batch_size"], training["seed"]) == (7, 2, 3)
    assert training["optimizer"]["name"] == "adamw" and training["optimizer"]["lr"] == 0.01
    assert training["dataset"]["limit"] == 3
    window.set_training_options(dataset="moons", loss="cross_entropy", scheduler="cosine")
    training = window.current_design()["training"]
    assert training["dataset"]["name"] == "moons" and training["loss"] == "cross_entropy"
    assert training["scheduler"] == {"name": "cosine"}
    assert window.findChild(QComboBox, "schedulerCombo").currentData() == "cosine"
    with pytest.raises(TypeError):
        window.set_training_options(colour="blue")
    with pytest.raises(Exception, match="epochs"):
        window.set_training_options(epochs=0)


def test_pause_resume_and_step_exactly_one_batch(window, qtbot):
    start_long_run(window, qtbot, points=20)
    click(qtbot, window, "pauseButton")
    assert button(window, "pauseButton").text() == "Resume"
    session = window.training.session
    qtbot.waitUntil(lambda: session.trainer is not None and session.trainer.paused, timeout=5000)
    qtbot.wait(400)  # whatever was trained before the pause has reached the plot
    window.training.curves.redraw()
    paused_at = loss_points(window)
    qtbot.wait(300)
    assert loss_points(window) == paused_at  # nothing trains while paused
    weights = session.weights_snapshot()
    for steps in (1, 2):
        click(qtbot, window, "stepButton")
        qtbot.waitUntil(lambda: loss_points(window) >= paused_at + steps, timeout=5000)
        qtbot.wait(200)
        assert loss_points(window) == paused_at + steps  # exactly one batch per Step
    changed = session.weights_snapshot()
    assert any(not np.array_equal(weights[k], changed[k]) for k in weights)  # a single update shows
    click(qtbot, window, "pauseButton")  # Resume
    assert button(window, "pauseButton").text() == "Pause"
    qtbot.waitUntil(lambda: loss_points(window) > paused_at + 30, timeout=30_000)
    click(qtbot, window, "stopButton")
    result = wait_finished(qtbot, window)
    assert result["status"] == "stopped" and "Stopped by you" in window.training.panel.outcome.text()


def test_step_from_idle_trains_one_batch_then_waits(window, qtbot):
    assert window.open_design("spirals")
    click(qtbot, window, "stepButton")
    qtbot.waitUntil(lambda: loss_points(window) == 1, timeout=30_000)
    qtbot.wait(300)
    assert loss_points(window) == 1 and window.training.controller.state == "paused"
    click(qtbot, window, "stopButton")
    assert wait_finished(qtbot, window)["status"] == "stopped"


def test_edits_are_refused_with_a_visible_lock_while_training(window, qtbot):
    start_long_run(window, qtbot, points=5)
    design_before = window.current_design()
    assert window.view.lock_banner.isVisible() and "locked" in window.view.lock_banner.text()
    assert not window.inspector.isEnabled()
    assert not window.findChild(QAction, "actionUndo").isEnabled()
    mime = QMimeData()
    mime.setData("application/x-netbuilder-layer", b"Linear")
    viewport = window.view.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(QPoint(300, 300), Qt.CopyAction, mime, Qt.LeftButton,
                                                     Qt.NoModifier))
    QApplication.sendEvent(viewport, QDropEvent(QPointF(300, 300), Qt.CopyAction, mime, Qt.LeftButton,
                                                Qt.NoModifier))
    window.scene.select_nodes(["hidden1"] if "hidden1" in window.document.design.nodes
                              else [next(iter(window.document.design.nodes))])
    window.view.delete_selected()
    assert window.current_design()["nodes"] == design_before["nodes"]
    assert "cannot be changed" in window.statusBar().currentMessage()
    assert not window.findChild(QWidget, "epochsSpin").isEnabled()
    # the learning rate may change mid-run and applies from the next batch
    window.set_training_options(lr=0.0005)
    qtbot.waitUntil(lambda: window.training.session.trainer.optimizer.param_groups[0]["lr"] == 0.0005,
                    timeout=5000)
    click(qtbot, window, "stopButton")
    wait_finished(qtbot, window)
    assert not window.view.lock_banner.isVisible() and window.inspector.isEnabled()
    assert window.current_design()["training"]["optimizer"]["lr"] == 0.0005


@pytest.mark.usefixtures("data_dir")
def test_stop_a_mnist_run_mid_epoch_within_a_second(window, qtbot, data_dir, monkeypatch):
    monkeypatch.setenv("NETBUILDER_DATA_DIR", str(data_dir))
    assert window.open_design("mnist_cnn")
    click(qtbot, window, "trainButton")
    qtbot.waitUntil(lambda: loss_points(window) > 10, timeout=120_000)
    started = time.perf_counter()
    click(qtbot, window, "stopButton")
    result = wait_finished(qtbot, window, timeout=10_000)
    took = time.perf_counter() - started
    assert result["status"] == "stopped"
    assert took < 1.0, f"Stop took {took:.2f} s"
    record = window.training.runs[-1]
    assert record.history[-1]["partial"] and record.history[-1]["batches"] < 1000
    assert "test" not in result  # no test pass after a person's stop


def test_close_the_window_mid_run(qtbot):
    w = MainWindow()
    w.ask_save_changes = lambda: QMessageBox.Discard
    answers = [False, True]
    w.ask_stop_training = lambda: answers.pop(0)
    finished = []
    w.training_finished.connect(finished.append)
    w.show()
    w.open_design("spirals")
    w.set_training_options(epochs=1000)
    w.train()
    qtbot.waitUntil(lambda: len(w.training.curves.loss_plot.data()["batch_x"]) > 5, timeout=30_000)
    assert not w.close()  # asked, and the person said no: still open, still training
    assert w.training.busy and w.isVisible()
    assert w.close()  # asked again, yes: stops and waits for the thread
    assert not w.training.busy and answers == []
    qtbot.waitUntil(lambda: bool(finished), timeout=5000)
    assert finished[-1]["status"] == "stopped"
    w.deleteLater()


def test_quitting_mid_run_leaves_no_thread_and_no_qt_warning(tmp_path):
    script = textwrap.dedent("""
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMessageBox
        app = QApplication([])
        from netbuilder.gui import MainWindow
        w = MainWindow()
        w.ask_save_changes = lambda: QMessageBox.Discard
        w.ask_stop_training = lambda: True
        w.show()
        w.open_design("spirals")
        w.set_training_options(epochs=100000)
        w.train()
        def quit_when_training():
            if len(w.training.curves.loss_plot.data()["batch_x"]) > 3:
                w.close(); app.quit()
            else:
                QTimer.singleShot(50, quit_when_training)
        QTimer.singleShot(50, quit_when_training)
        app.exec()
        print("busy", w.training.busy, flush=True)
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen",
                               "XDG_CONFIG_HOME": str(tmp_path)})
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "busy False" in proc.stdout
    assert "QThread: Destroyed" not in proc.stderr and "Traceback" not in proc.stderr, proc.stderr[-2000:]


def test_train_again_continues_and_reset_starts_over(window, qtbot):
    assert window.open_design("xor")
    window.set_training_options(epochs=20)
    click(qtbot, window, "trainButton")
    wait_finished(qtbot, window)
    click(qtbot, window, "trainButton")
    second = wait_finished(qtbot, window)
    assert second["epochs"] == 40 and loss_points(window) == 40
    assert window.training.curves.loss_plot.data()["batch_x"][-1] == pytest.approx(40.0)
    runs = window.findChild(QListWidget, "runsList")
    assert runs.count() == 2
    texts = window.training.panel.run_texts()
    assert texts[1].startswith("Run 2: completed, 20 epochs") and "accuracy 100.0%" in texts[1], texts
    click(qtbot, window, "resetButton")
    assert loss_points(window) == 0 and window.training.session.history == []
    click(qtbot, window, "trainButton")
    third = wait_finished(qtbot, window)
    assert third["epochs"] == 20
    # the weights of run 1 come back from the runs list
    first_state = window.training.runs[0].state
    runs.setCurrentRow(0)
    click(qtbot, window, "restoreRunButton")
    now = window.training.session.state_snapshot()
    assert all(torch.equal(now[k], first_state[k]) for k in first_state)
    assert len(window.training.session.history) == 20 and loss_points(window) == 20


def test_a_checkpoint_saved_from_the_window_opens_with_its_curves(window, qtbot, tmp_path):
    assert window.open_design("xor")
    window.set_training_options(epochs=30)
    click(qtbot, window, "trainButton")
    wait_finished(qtbot, window)
    expected = window.predict([[0, 1], [1, 1]])
    path = tmp_path / "xor.ckpt"
    window.ask_checkpoint_path = lambda: str(path)
    window.findChild(QAction, "actionSaveCheckpoint").trigger()
    assert path.is_file() and window.errors == []
    assert window.open_design("spirals")  # something else in between
    assert loss_points(window) == 0
    assert window.open_design(str(path))
    assert window.current_design()["name"] == "XOR" and len(window.current_design()["nodes"]) == 5
    assert loss_points(window) == 30 and len(window.training.curves.accuracy_plot.data()["epoch"]) == 30
    assert "checkpoint" in window.training.panel.outcome.text()
    np.testing.assert_allclose(window.predict([[0, 1], [1, 1]]), expected, atol=1e-6)  # no data loaded yet
    window.set_training_options(epochs=5)
    click(qtbot, window, "trainButton")
    result = wait_finished(qtbot, window)
    assert result["status"] == "completed" and result["epochs"] == 35 and loss_points(window) == 35


def test_a_broken_checkpoint_is_refused_and_the_design_stays(window, tmp_path):
    assert window.open_design("xor")
    bad = tmp_path / "bad.ckpt"
    import zipfile
    with zipfile.ZipFile(bad, "w") as z:
        z.writestr("junk", "nothing")
    before = window.current_design()
    assert not window.open_design(str(bad))
    assert window.errors and "checkpoint" in window.errors[-1][1]
    assert window.current_design() == before


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
    qtbot.wait(2000)
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
    qtbot.wait(300)
    window.training.curves.redraw()
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
    from netbuilder.gui.commands import SetMetaCommand
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
    qtbot.wait(200)
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
    from netbuilder.gui.training import failure_advice
    assert "batch size" in failure_advice("Training ran out of memory during epoch 1 on cuda:0 (batch size 64).")
    assert "CPU" in failure_advice("CUDA was requested but this machine has no CUDA device")


def test_data_loads_in_the_worker_and_weights_come_on_request(window, qtbot, monkeypatch):
    from netbuilder.core.training.session import TrainingSession
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
    qtbot.wait(1500)
    slow = loss_points(window) - before
    assert 2 <= slow <= (time.perf_counter() - began) / 0.2 + 2, slow  # about 5 batches a second, not thousands
    slider.setValue(0)  # full speed again, at once
    assert window.findChild(QLabel, "speedLabel").text() == "off"
    before = loss_points(window)
    qtbot.wait(1000)
    assert loss_points(window) - before > 10 * slow
    window.training.controller.stop()
    qtbot.waitUntil(lambda: not window.training.busy, timeout=30_000)
