"""Training from the window, driven through its buttons as a person would (offscreen, pytest-qt): train, pause,
step, stop, close and quit mid-run, train again, reset, checkpoints. Failures, refusals and throttling are in
test_training_failures.py.

Every test here ends with no thread, QThread or QTimer running (tests/gui/conftest.py checks it).
"""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time

import numpy as np
import pyqtgraph as pg
import pytest
import torch
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QComboBox, QListWidget, QMessageBox, QProgressBar, QPushButton, QWidget
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from netbuilder.gui import MainWindow
from training_helpers import button, click, loss_points, start_long_run, wait_finished, wait_paused


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
    wait_paused(qtbot, window)  # whatever was trained before the pause has reached the plot
    paused_at = loss_points(window)
    qtbot.wait(300)  # waiting is the behaviour: nothing may arrive in this time
    assert loss_points(window) == paused_at  # nothing trains while paused
    weights = session.weights_snapshot()
    for steps in (1, 2):
        click(qtbot, window, "stepButton")
        qtbot.waitUntil(lambda: loss_points(window) >= paused_at + steps, timeout=5000)
        qtbot.wait(200)  # waiting is the behaviour: no second batch may follow
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
    qtbot.wait(300)  # waiting is the behaviour: no second batch may follow
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
    with qtbot.waitSignal(window.writes.finished, timeout=30_000):
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
