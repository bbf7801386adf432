"""The window's learning-rate finder (issue 22): ``MainWindow.find_learning_rate`` returns a rate in the plotted
range and leaves the weights, the history and the runs list as they were; Training > Find Learning Rate… runs the
test in the worker (the status line says so, the action is off meanwhile) and opens ``lrFinderDialog`` with the
curve on a log axis and the suggestion marked; "Use it" sets the design's learning rate as one undo step; a run
going on refuses it, a failure is the house's dialog and the window goes on.

Every test here ends with no thread, QThread or QTimer running (tests/gui/conftest.py checks it)."""
from __future__ import annotations

import math
import re
import threading

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from netbuilder.core.errors import NetbuilderError, TrainingError
from netbuilder.core.training import lr_finder
from netbuilder.core.training.lr_finder import LR_END, LR_START, LR_STEPS
from netbuilder.gui.window.lr_finder import LRFinderDialog, loss_range, rate_text, shown
from training_helpers import click, wait_finished, wait_paused


def lr_of(window) -> float:
    return window.current_design()["training"]["optimizer"]["lr"]


def trained_xor(window, qtbot) -> None:
    assert window.open_design("xor")
    window.set_training_options(epochs=5)
    click(qtbot, window, "trainButton")
    assert wait_finished(qtbot, window)["status"] == "completed"


def test_find_learning_rate_returns_a_plotted_rate_and_leaves_weights_history_and_runs(window, qtbot):
    trained_xor(window, qtbot)
    session = window.training.session
    before = session.weights_snapshot()
    history = [dict(epoch) for epoch in session.history]
    runs = list(window.training.runs)
    lr = window.find_learning_rate()
    assert isinstance(lr, float)
    dialog = window.lrFinderDialog
    lrs = dialog.finding["lrs"]
    assert LR_START * (1 - 1e-9) <= lrs[0] <= lr <= lrs[-1] <= LR_END * (1 + 1e-9)
    assert dialog.isVisible() and lr == dialog.suggestion == shown(dialog.finding["suggestion"])
    qtbot.waitUntil(lambda: not window.training.controller.busy, timeout=10_000)  # a data load's job, if any
    assert window.training.session is session  # the same network: the same session, its weights untouched
    after = session.weights_snapshot()
    assert before.keys() == after.keys()
    for name in before:
        np.testing.assert_array_equal(before[name], after[name])
    assert session.history == history and window.training.runs == runs
    assert window.errors == []


def test_the_menu_runs_it_in_the_worker_and_use_it_is_one_undo_step(window, qtbot):
    assert window.open_design("xor")
    action = window.actions_by_name["actionFindLearningRate"]
    assert action in window.findChild(QMenu, "menuTraining").actions() and action.isEnabled()
    old, steps = lr_of(window), window.document.undo_stack.count()
    with qtbot.waitSignal(window.training.controller.lrFound, timeout=60_000):
        action.trigger()
        assert window.training.panel.status_line.text() == "Finding a learning rate…"
        assert not action.isEnabled()  # the controls see the test as an evaluation
    dialog = window.findChild(LRFinderDialog, "lrFinderDialog")
    assert dialog is not None and dialog.isVisible() and action.isEnabled()
    assert window.training.panel.status_line.text() != "Finding a learning rate…"
    finding = dialog.finding
    assert len(finding["lrs"]) == len(finding["losses"]) >= 10 and finding["stopped"] in ("exploded", "end")
    plot = dialog.plot.getPlotItem()
    assert plot.getAxis("bottom").logMode  # the learning rate on a log axis
    x, y = dialog.curve.getData()
    np.testing.assert_allclose(x, np.log10(finding["lrs"]))  # the plotted x: log10 of the rate
    np.testing.assert_allclose(y, finding["losses"])
    lr = dialog.suggestion
    assert dialog.marker.isVisible() and dialog.marker.value() == pytest.approx(math.log10(lr))
    assert rate_text(lr) in dialog.marker.label.toPlainText() and rate_text(lr) in dialog.caption.text()
    assert f"Suggested learning rate for Adam: {rate_text(lr)}" in dialog.caption.text()  # the test's optimizer
    assert "the rate is for Adam" in dialog.caption.text()
    assert dialog.raw_curve.opts["pen"].color().alpha() >= 150  # each batch's loss drawn visibly
    low, high = plot.viewRange()[0]
    assert low <= math.log10(lr) <= high
    assert window.training.runs == [] and window.finished == []  # no run
    assert lr != old
    qtbot.mouseClick(dialog.use_button, Qt.LeftButton)
    assert lr_of(window) == lr and not dialog.isVisible()
    assert window.document.undo_stack.count() == steps + 1
    assert window.training.panel.fields["lr"].value() == pytest.approx(lr)  # the panel shows it
    window.actions_by_name["actionUndo"].trigger()
    assert lr_of(window) == old
    assert window.errors == []


def test_a_run_going_on_refuses_it_with_one_line(window, qtbot):
    assert window.open_design("xor")
    window.set_training_options(epochs=50)
    window.training.step()  # paused after one batch
    qtbot.waitUntil(lambda: window.training.state == "paused", timeout=30_000)
    wait_paused(qtbot, window)
    assert not window.actions_by_name["actionFindLearningRate"].isEnabled()
    with pytest.raises(TrainingError, match="going on"):
        window.find_learning_rate()
    window._on_find_learning_rate()  # the action's slot, reached anyway: one line, nothing started
    assert "going on" in window.statusBar().currentMessage() and window.training.state == "paused"
    assert window.training.stop_and_wait()
    assert window.errors == [] and window.lrFinderDialog is None


def test_missing_data_is_the_house_dialog_and_the_window_goes_on(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("NETBUILDER_DATA_DIR", str(tmp_path / "empty"))
    assert window.open_design("mnist_mlp")
    failed = []
    window.training.controller.jobFailed.connect(lambda job, message, cause: failed.append(job))
    window.actions_by_name["actionFindLearningRate"].trigger()
    qtbot.waitUntil(lambda: failed == ["lr_find"], timeout=30_000)
    title, message = window.errors[-1]
    assert title == "Could not find a learning rate" and "MNIST" in message
    assert window.training.panel.outcome.text().startswith("Failed")
    assert window.training.panel.status_line.text() != "Finding a learning rate…"
    assert window.isVisible() and not window.training.busy and window.lrFinderDialog is None


def test_a_design_with_problems_is_refused_before_it_starts(window, qtbot):
    window.actions_by_name["actionNew"].trigger()  # an empty design
    window.actions_by_name["actionFindLearningRate"].trigger()
    title, message = window.errors[-1]
    said = window.training.panel.outcome.text()
    assert title == "Could not find a learning rate" and said and message.startswith(said)
    assert not window.training.busy and window.lrFinderDialog is None
    with pytest.raises(NetbuilderError, match=re.escape(said[:30])):
        window.find_learning_rate()


def test_another_design_closes_the_last_ones_finding(window, qtbot):
    assert window.open_design("xor")
    dialog = window.show_lr_finding({"lrs": [1e-7, 1e-4, 0.1], "losses": [0.7, 0.6, 0.9], "raw": [0.7, 0.5, 1.0],
                                     "suggestion": 1e-5, "stopped": "exploded"})
    assert dialog.isVisible()
    assert window.open_design("spirals")
    assert not dialog.isVisible()


def test_no_suggestion_says_so_and_use_it_is_off(qtbot):
    dialog = LRFinderDialog(lambda lr: None)
    qtbot.addWidget(dialog)
    dialog.show_finding({"lrs": [1e-7, 1e-6, 1e-5], "losses": [1.0, 1.1, 1.3], "raw": [1.0, 1.2, 1.5],
                         "suggestion": None, "stopped": "exploded"})
    assert not dialog.use_button.isEnabled() and not dialog.marker.isVisible()
    assert dialog.caption.text().startswith("No suggestion")


def test_the_rules_for_showing_rates_and_losses():
    assert [rate_text(v) for v in (1e-7, 3.16e-5, 0.001, 0.25, 10.0)] == ["1e-7", "3.2e-5", "0.001", "0.25", "10"]
    assert shown(0.0031622776601683794) == 0.0032
    low, high = loss_range([2.3, 2.0, 1.0, 50.0], [2.4, 1.5, 0.4, 80.0])
    assert low == 0.4 and 2.3 < high < 3.0  # the blow-up does not flatten the rest


def held_at_the_first_batch(window, monkeypatch) -> threading.Event:
    """Trigger the menu's test and hold its worker after the first batch until the session is asked to stop (a
    window closing, another design): the stop comes mid-test, whatever the machine's speed."""
    gate = threading.Event()
    first = lr_finder.Progress.on_train_batch_end

    def held(self, trainer, epoch, batch, loss):
        first(self, trainer, epoch, batch, loss)
        if self.done == 1:
            gate.wait(60)
    monkeypatch.setattr(lr_finder.Progress, "on_train_batch_end", held)
    window.actions_by_name["actionFindLearningRate"].trigger()
    session = window.training.session
    asked = session.request_stop
    monkeypatch.setattr(session, "request_stop", lambda: (asked(), gate.set())[0])
    return gate


def test_the_panel_counts_the_batches_while_the_test_runs(window, qtbot, monkeypatch):
    assert window.open_design("xor")
    gate = held_at_the_first_batch(window, monkeypatch)
    line = window.training.panel.status_line
    qtbot.waitUntil(lambda: line.text() == f"Finding a learning rate… 1 of at most {LR_STEPS} batches",
                    timeout=30_000)
    gate.set()  # on to the end
    with qtbot.waitSignal(window.training.controller.lrFound, timeout=60_000):
        pass
    assert window.lrFinderDialog.isVisible() and "Finding" not in line.text()


@pytest.mark.parametrize("how", ["close the window", "open another design"])
def test_a_test_cut_short_by_closing_or_another_design_pops_no_dialog(window, qtbot, monkeypatch, how):
    assert window.open_design("xor")
    gate = held_at_the_first_batch(window, monkeypatch)
    found = []
    window.training.controller.lrFound.connect(found.append)
    qtbot.waitUntil(lambda: "1 of at most" in window.training.panel.status_line.text(), timeout=30_000)
    if how == "close the window":
        assert window.close() and not window.isVisible()
    else:
        assert window.open_design("spirals")
    assert gate.is_set() and [f["stopped"] for f in found] == ["stopped"]  # delivered, and not shown
    assert window.lrFinderDialog is None and not window.training.busy
    assert window.training.controller.state == "idle" and window.errors == []
