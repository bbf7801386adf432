"""Serialising, exporting and waiting happen off the GUI thread (issue 20, point 6): what a person writes from a
menu (a checkpoint, a lesson with its weights, an ONNX model) is written in a thread of its own while the window
goes on; the file is whole once the window says so; an error reaches the person in one line; closing waits for a
write going on; ``activations()`` waits for the worker without a nested event loop. No thread is left (conftest)."""
from __future__ import annotations

import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction

from netbuilder.core.exchange import onnx_export
from netbuilder.core.session.session import TrainingSession
from netbuilder.core.training import checkpoint as checkpoint_module
from netbuilder.core.training import load_checkpoint
from training_helpers import wait_finished

GUI = threading.get_ident()


def trained(window, qtbot, design="xor", epochs=3):
    assert window.open_design(design) if design != "lesson" else window.open_lesson("xor")
    window.set_training_options(epochs=epochs)
    assert window.train()
    assert wait_finished(qtbot, window)["status"] == "completed"


def slowed(monkeypatch, module, name: str, writing: threading.Event, used_in: list):
    """``module.name`` recording its thread and taking half a second more, ``writing`` set meanwhile."""
    real = getattr(module, name)

    def slow(*args, **kwargs):
        used_in.append(threading.get_ident())
        writing.set()
        try:
            time.sleep(0.5)  # sleep is the behaviour: a slow write (a big network's), while the window goes on
            return real(*args, **kwargs)
        finally:
            writing.clear()
    monkeypatch.setattr(module, name, slow)


def check_onnx(path, window):
    ort = pytest.importorskip("onnxruntime")
    x = np.array([[0, 1], [1, 1]], dtype=np.float32)
    got = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"]).run(["output"], {"input": x})[0]
    np.testing.assert_allclose(got, window.predict(x.tolist()), rtol=0, atol=1e-4)


def check_lesson(path, window):
    from netbuilder.core.teaching.lessons import load_lesson
    assert load_lesson(str(path)).data["title"] == window.lessons.lesson.data["title"]


MENU_WRITES = {  # action: (what it is asked for, the suffix, what writes slowly, check of the file written)
    "actionSaveCheckpoint": ("ask_checkpoint_path", ".ckpt", (checkpoint_module, "write_checkpoint"),
                             lambda path, window: load_checkpoint(path).history),
    "actionSaveLesson": ("ask_export_path", ".nblesson", (checkpoint_module, "write_checkpoint"), check_lesson),
    "actionExportOnnx": ("ask_export_path", ".onnx", (onnx_export, "export_checkpoint"), check_onnx),
}


@pytest.mark.parametrize("action_name", sorted(MENU_WRITES))
def test_a_menu_write_runs_in_its_own_thread_while_the_window_goes_on(window, qtbot, tmp_path, monkeypatch,
                                                                        action_name):
    if action_name == "actionExportOnnx":
        pytest.importorskip("onnxruntime")
    ask, suffix, (module, name), check = MENU_WRITES[action_name]
    trained(window, qtbot, "lesson" if action_name == "actionSaveLesson" else "xor")
    path = tmp_path / f"written{suffix}"
    monkeypatch.setattr(window, ask, lambda *args: str(path))
    writing, used_in, ticks = threading.Event(), [], []
    slowed(monkeypatch, module, name, writing, used_in)
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: writing.is_set() and ticks.append(time.perf_counter()))
    timer.start()
    try:
        with qtbot.waitSignal(window.writes.finished, timeout=60_000) as finished:
            window.findChild(QAction, action_name).trigger()
            assert window.writes.busy  # the action has returned; the file is being written
    finally:
        timer.stop()
    assert finished.args[1] is None and window.errors == []
    assert used_in and GUI not in used_in  # written in another thread
    assert ticks  # the GUI thread ran its timer while the write went on
    assert path.is_file() and str(path) in window.statusBar().currentMessage()
    check(path, window)
    assert not window.writes.busy


def test_an_error_off_the_gui_thread_reaches_the_person_in_one_line(window, qtbot, tmp_path, monkeypatch):
    trained(window, qtbot)
    path = tmp_path / "full.ckpt"
    window.ask_checkpoint_path = lambda: str(path)

    def full(*args, **kwargs):
        raise OSError(28, "No space left on device\n(the disk is full)")
    monkeypatch.setattr(checkpoint_module, "write_checkpoint", full)
    with qtbot.waitSignal(window.writes.finished, timeout=30_000) as finished:
        window.findChild(QAction, "actionSaveCheckpoint").trigger()
    assert isinstance(finished.args[1], OSError)
    assert window.errors == [("Could not save the checkpoint",
                              "[Errno 28] No space left on device (the disk is full)")]
    assert not path.exists()


def test_closing_the_window_waits_for_a_write_going_on(window, qtbot, tmp_path, monkeypatch):
    trained(window, qtbot)
    path = tmp_path / "late.ckpt"
    window.ask_checkpoint_path = lambda: str(path)
    writing, used_in = threading.Event(), []
    slowed(monkeypatch, checkpoint_module, "write_checkpoint", writing, used_in)
    window.findChild(QAction, "actionSaveCheckpoint").trigger()
    assert window.writes.busy
    window.close()
    assert not window.writes.busy and not writing.is_set()
    assert load_checkpoint(path).history and used_in and GUI not in used_in


def test_activations_waits_for_the_worker_without_a_nested_event_loop(window, qtbot, tmp_path, monkeypatch):
    trained(window, qtbot, "spirals", epochs=1)
    window.training.save_checkpoint(tmp_path / "spirals.ckpt")
    window.set_training_options(epochs=500)
    assert window.train()
    session, controller = window.training.session, window.training.controller
    qtbot.waitUntil(lambda: controller.state == "running" and session.prepared, timeout=30_000)
    used_in = []
    controller.call(lambda: session.trainer.model.register_forward_hook(
        lambda *_: used_in.append(threading.get_ident())))
    fired = []
    QTimer.singleShot(0, lambda: fired.append(True))
    during = window.activations([0.5, -0.5])
    assert not fired  # no event was processed while it waited: no nested event loop ran
    assert used_in and GUI not in used_in  # the worker answered, between its batches
    assert session.output_id in during
    qtbot.waitUntil(lambda: bool(fired), timeout=5_000)
    controller.stop()
    assert wait_finished(qtbot, window)["status"] == "stopped"

    # a session opened from a checkpoint has no data loaded: a probe job loads it (the canvas's health check
    # starts one as the weights arrive, racing this thread), then answers
    loaded_in = []
    prepare = TrainingSession.prepare

    def recorded(self):
        if not self.prepared:
            loaded_in.append(threading.get_ident())
        return prepare(self)
    monkeypatch.setattr(TrainingSession, "prepare", recorded)
    assert window.open_design(str(tmp_path / "spirals.ckpt"))
    outs = window.activations(0)
    assert window.training.session.prepared and set(outs) == set(during)
    assert loaded_in and GUI not in loaded_in
    qtbot.waitUntil(lambda: not window.training.busy, timeout=30_000)


class DeafWorker:
    """A job's worker that never reads its queue again (it has just ended, or is stuck in a long batch)."""
    job = "train"

    def send(self, request) -> None:
        self.request = request


def test_a_call_is_bounded_and_answered_here_once_the_job_has_ended(qtbot):
    from PySide6.QtCore import QThread

    from netbuilder.core.errors import TrainingError
    from netbuilder.gui.training.workers import TrainingController

    controller, thread = TrainingController(), QThread()
    thread.start()
    controller._thread, controller._worker = thread, DeafWorker()
    try:
        began = time.perf_counter()
        with pytest.raises(TrainingError, match="did not answer in time"):
            controller.call(lambda: "ran", timeout_s=0.3)  # the thread lives on: the timeout ends the wait
        assert time.perf_counter() - began < 5
        cancelled = controller._worker.request[2]
        assert cancelled.cancelled()  # the worker, if it reads it later, runs nothing
        thread.quit()
        thread.wait()
        began = time.perf_counter()
        assert controller.call(threading.get_ident, timeout_s=30) == GUI  # ended unread: answered here
        assert time.perf_counter() - began < 5  # at once, not after the 30 s
    finally:
        thread.quit()
        thread.wait()
        controller._thread = controller._worker = None
