"""One thread per model (issue 20, point 6): while a run exists, its worker thread alone uses the model; the GUI
thread hears by signal when Step's batches are done."""
from __future__ import annotations

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
    qtbot.wait(200)
    assert len(done) == 2  # once for the three presses
    button(window, "stopButton").click()
    assert wait_finished(qtbot, window)["status"] == "stopped"
