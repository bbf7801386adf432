"""One thread per model (issue 20, point 6): while a run exists, its worker thread alone uses the model; the GUI
thread hears by signal when Step's batches are done."""
from __future__ import annotations

from person import settle
from test_training import button, loss_points, wait_finished


def test_steps_done_comes_once_the_steps_are_trained_and_the_run_waits(window, qtbot):
    assert window.open_design("spirals")
    controller = window.training.controller
    done = []
    controller.stepsDone.connect(lambda: done.append(loss_points(window)))
    with qtbot.waitSignal(controller.stepsDone, timeout=30_000):
        window.training.step()
    session = window.training.session
    assert session.steps_pending == 0 and session.waiting and len(done) == 1
    for _ in range(3):
        controller.step()
    qtbot.waitUntil(lambda: len(done) == 2, timeout=10_000)
    window.training.curves.redraw()
    assert session.steps_pending == 0 and session.waiting
    assert loss_points(window) == 4  # one batch a Step: the signal came after all three
    controller.call(lambda: None)  # answered from the run's wait: a second "paused" would have been sent by now
    settle()  # and delivered
    assert len(done) == 2  # once for the three presses
    button(window, "stopButton").click()
    assert wait_finished(qtbot, window)["status"] == "stopped"


def test_autosave_serialises_the_weights_off_the_gui_thread(window, qtbot, monkeypatch):
    import threading

    import torch

    from netbuilder.core.training import load_checkpoint

    assert window.open_design("xor")
    window.set_training_options(epochs=3)
    window.train()
    wait_finished(qtbot, window)
    saved_in = []
    real = torch.save
    monkeypatch.setattr(torch, "save", lambda *a, **k: saved_in.append(threading.get_ident()) or real(*a, **k))
    autosave = window.autosave
    autosave.last_saved = None
    assert autosave.save_now() and autosave.design_path.exists()
    qtbot.waitUntil(lambda: autosave.last_saved is not None, timeout=10_000)
    assert saved_in and threading.main_thread().ident not in saved_in  # serialised in the writer thread
    assert load_checkpoint(autosave.weights_path).history  # and on disk, whole, once last_saved says so


def test_predictions_and_weights_of_a_paused_run_come_from_its_worker(window, qtbot):
    import threading

    assert window.open_design("xor")
    controller = window.training.controller
    with qtbot.waitSignal(controller.stepsDone, timeout=30_000):
        window.training.step()
    session = window.training.session
    used_in = []
    controller.call(lambda: session.trainer.model.register_forward_hook(
        lambda *_: used_in.append(threading.get_ident())))
    assert len(window.predict([[0, 1]])) == 1
    assert used_in and threading.get_ident() not in used_in
    button(window, "stopButton").click()
    assert wait_finished(qtbot, window)["status"] == "stopped"


def test_train_does_not_wait_for_the_previews_data_load(window, qtbot, monkeypatch):
    """The boundary's preview loads its data in a throw-away session's thread; Train, pressed meanwhile, starts
    its own session's thread at once (two models, one thread each) instead of blocking the GUI thread."""
    import time

    from netbuilder.core.session.session import TrainingSession

    assert window.open_design("spirals")
    prepare = TrainingSession.prepare

    def slow_prepare(self, *args, **kwargs):
        if window.training.session is not self:  # the preview's session: a slow data load
            time.sleep(1.5)  # sleep is the behaviour: the preview's data load is slow
        return prepare(self, *args, **kwargs)
    monkeypatch.setattr(TrainingSession, "prepare", slow_prepare)
    window.show_panel("decisionBoundaryPanel")
    qtbot.waitUntil(lambda: window.training.probing, timeout=10_000)
    window.set_training_options(epochs=2)
    began = time.perf_counter()
    assert window.train()
    assert time.perf_counter() - began < 1.0 and window.training.busy  # not the 1.5 s the preview's load takes
    assert window.training.controller.retiring  # the preview's thread finishes on its own
    assert wait_finished(qtbot, window)["status"] == "completed"
    qtbot.waitUntil(lambda: not window.training.controller.retiring, timeout=10_000)
