"""The Sweep dialog (Training > Sweep…, ``sweepDialog``): a person checks settings, sets a budget and clicks
Start; the trials run in the training worker and each one that trained joins the runs view; Stop ends the sweep
early; a range the schema refuses is one line and nothing starts; closing the window stops the sweep and waits.
XOR for a few epochs: each trial takes a fraction of a second."""
from __future__ import annotations

import re
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDockWidget

from training_helpers import button, wait_finished

STATES = {"trained", "pruned", "stopped", "failed", "diverged", "repeat"}


def open_sweep(window, qtbot, epochs: int = 3):
    assert window.open_design("xor")
    window.set_training_options(epochs=epochs)
    window.actions_by_name["actionSweep"].trigger()
    dialog = window.findChild(QDialog, "sweepDialog")
    assert dialog is not None and dialog.isVisible()
    qtbot.waitExposed(dialog)
    return dialog


def click(qtbot, widget) -> None:
    assert widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.LeftButton)


def type_spec(qtbot, dialog, name: str, text: str) -> None:
    _check, edit, _note = dialog.rows[name]
    edit.selectAll()
    qtbot.keyClicks(edit, text)  # typing in a row checks it


def start(qtbot, dialog, trials: int) -> None:
    dialog.trials.setValue(trials)
    click(qtbot, dialog.start_button)


def test_a_sweep_lists_its_trials_and_fills_the_runs_view(window, qtbot):
    dialog = open_sweep(window, qtbot)
    names = [name for name in dialog.rows]
    assert names[:2] == ["optimizer", "lr"] and "units:hidden" in names  # the settings schema's order
    assert dialog.rows["lr"][0].isChecked() and dialog.rows["lr"][1].text() == "1e-4..1e-1:log"
    assert dialog.rows["lr"][2].text() == "now 0.05"
    from netbuilder.core.session.sweep_params import suggested_spec
    assert dialog.rows["batch_size"][1].text() == suggested_spec(window.document.design, "batch_size")  # the core's
    type_spec(qtbot, dialog, "batch_size", "2,4")
    assert dialog.rows["batch_size"][0].isChecked()
    runs_before = len(window.training.runs)
    progress = []  # the panel's line as each trial's progress came
    window.training.controller.sweepProgress.connect(
        lambda info: progress.append((info, window.training.panel.status_line.text())))
    with qtbot.waitSignal(window.training.controller.sweepFinished, timeout=120_000) as done:
        start(qtbot, dialog, 3)
        assert dialog.running and not button(window, "trainButton").isEnabled()
        assert not button(window, "pauseButton").isEnabled()  # a sweep ends with Stop, it never pauses
        assert not window.actions_by_name["actionPause"].isEnabled()
        assert dialog.stop_button.isEnabled() and not dialog.start_button.isEnabled()
        assert window.training.panel.outcome.text().startswith("Sweeping: 3 trials")
        assert window.findChild(QDockWidget, "runsDock").isVisible()
    result = done.args[0]
    assert len(result.outcomes) == 3 and len(dialog.outcomes) == 3
    rows = dialog.trial_texts()
    assert len(rows) == 3 and all(r["State"] in STATES for r in rows)
    assert all("learning rate" in r["Settings"] and "batch size" in r["Settings"] for r in rows)
    trained = [o for o in result.outcomes if o.record is not None and o.record.history]
    assert trained, [(o.state, o.message) for o in result.outcomes]
    assert len(window.training.runs) == runs_before + len(trained)
    assert window.runs_view.records == window.training.runs
    numbers = [r.number for r in window.training.runs]
    assert numbers == list(range(1, len(numbers) + 1))  # numbered after the runs there
    for outcome in trained:
        record = outcome.record
        assert record.state is None  # never restored: a thousand trials keep no weights
        assert record.settings["optimizer"]["lr"] == outcome.params["lr"]
        assert record.settings["batch_size"] == outcome.params["batch_size"]
    assert dialog.progress.text().startswith("Done: 3 trials.")
    best = result.best
    assert best.record is not None and any(r is best.record for r in window.training.runs)
    assert f"Best: Run {best.record.number} (trial {best.number})," in dialog.progress.text()
    assert dialog.message.text().startswith("Swept learning rate, batch size:")  # done: the past tense
    assert dialog.table.horizontalHeaderItem(3).text() in ("Loss", "Val loss")  # the metric's words, not its key
    assert [r["Run"] for r in rows if r["Run"]] == [o.record.label for o in trained]
    # the training panel listed each trial's run, marked as not restorable: no gap in the runs' numbers
    texts = window.training.panel.run_texts()
    assert len(texts) == len(trained) and all("not restorable" in t and "sweep trial" in t for t in texts)
    # each trial's progress: which trial of how many, and its epoch
    assert progress and all(re.match(r"Trial \d of 3", text) for _info, text in progress)
    assert any(text.startswith(f"Trial {info['trial']} of 3 · epoch ") for info, text in progress)
    assert window.training.panel.outcome.text().startswith("Sweep done: 3 trials")
    assert window.training.state == "idle" and not window.training.busy
    assert button(window, "trainButton").isEnabled() and dialog.start_button.isEnabled()
    assert not dialog.stop_button.isEnabled()
    window.training.restore_run(trained[0].record.number)
    assert "sweep's trial" in window.training.panel.outcome.text()


def trained_then_sweep(window, qtbot, epochs: int):
    """XOR trained two epochs (the rewind slider holds them), then the Sweep dialog open on ``epochs``."""
    assert window.open_design("xor")
    window.set_training_options(epochs=2)
    window.train()
    wait_finished(qtbot, window)
    assert window.training.panel.timeline.isEnabled()
    window.set_training_options(epochs=epochs)
    window.actions_by_name["actionSweep"].trigger()
    return window.findChild(QDialog, "sweepDialog")


def test_a_sweeps_end_shows_which_setting_mattered_with_room_and_rewind_again(window, qtbot):
    window.resize(1366, 768)
    dialog = trained_then_sweep(window, qtbot, 3)
    type_spec(qtbot, dialog, "batch_size", "2,4")
    with qtbot.waitSignal(window.training.controller.sweepFinished, timeout=120_000):
        start(qtbot, dialog, 3)
        assert not window.training.panel.timeline.isEnabled()
    view = window.runs_view
    assert view.tabs.currentWidget() is view.compare
    dock = window.findChild(QDockWidget, "runsDock")
    assert dock.isVisible()
    qtbot.waitUntil(lambda: dock.height() >= 0.45 * window.height(), timeout=2000)  # laid out on the next turn
    assert window.training.panel.timeline.isEnabled()  # rewind usable again after a sweep
    assert window.training.panel.run_texts()[0].startswith("Run 1: ")  # the run trained before, restorable


def test_the_windows_model_answers_at_once_during_a_sweep(window, qtbot):
    """The trials train models of their own: the window's is idle, so the GUI thread answers at once (the sweep's
    worker never reads its queue)."""
    dialog = trained_then_sweep(window, qtbot, 400)
    dialog.prune.setChecked(False)
    seen = []
    window.training.controller.sweepProgress.connect(seen.append)
    with qtbot.waitSignal(window.training.controller.sweepFinished, timeout=120_000):
        start(qtbot, dialog, 20)
        qtbot.waitUntil(lambda: bool(seen), timeout=60_000)
        began = time.monotonic()
        outputs = window.activations(0)
        attributions = window.explain(0, "saliency")
        weights = window.training.controller.weights_snapshot(window.training.session)
        took = time.monotonic() - began
        assert window.training.controller.job == "sweep" and took < 5, took  # not the call's 30 s timeout
        click(qtbot, dialog.stop_button)
    assert outputs and attributions is not None and weights
    assert not window.errors


def test_a_failed_sweep_says_so(window, qtbot, monkeypatch):
    from netbuilder.core.errors import NetbuilderError
    from netbuilder.core.session import sweep

    def fail(*_args, **_kwargs):
        raise NetbuilderError("the disk is full")
    monkeypatch.setattr(sweep, "run_sweep", fail)
    dialog = trained_then_sweep(window, qtbot, 3)
    with qtbot.waitSignal(window.training.controller.jobFailed, timeout=60_000):
        start(qtbot, dialog, 2)
    assert window.errors and window.errors[-1][0] == "The sweep failed"
    assert dialog.message.text() == "The sweep failed: the disk is full"
    assert window.training.panel.timeline.isEnabled()  # rewind usable again after a failed job


def test_stop_ends_the_sweep_early(window, qtbot):
    dialog = open_sweep(window, qtbot, epochs=200)
    dialog.prune.setChecked(False)
    with qtbot.waitSignal(window.training.controller.sweepFinished, timeout=120_000) as done:
        start(qtbot, dialog, 50)
        qtbot.waitUntil(lambda: len(dialog.outcomes) >= 1, timeout=60_000)
        click(qtbot, dialog.stop_button)
        assert "Stopping" in dialog.progress.text()
    assert 1 <= len(done.args[0].outcomes) < 50
    assert window.training.controller.state == "idle" and not dialog.running
    assert dialog.start_button.isEnabled()


def test_a_refused_range_says_so_and_starts_nothing(window, qtbot):
    dialog = open_sweep(window, qtbot)
    type_spec(qtbot, dialog, "lr", "-1..2")
    click(qtbot, dialog.start_button)
    assert dialog.message.text().startswith("Not started:") and "lr" in dialog.message.text()
    assert window.training.controller.state == "idle" and not window.training.busy
    assert dialog.table.rowCount() == 0
    for name, (check, _edit, _note) in dialog.rows.items():
        check.setChecked(False)
    click(qtbot, dialog.start_button)
    assert dialog.message.text() == "Not started: Check at least one setting to sweep."
    assert not window.training.busy
    window.actions_by_name["actionNew"].trigger()  # an empty design cannot train: the dialog says why
    assert "units:hidden" not in dialog.rows  # the rows start again from the new design's suggestions
    assert dialog.rows["lr"][0].isChecked() and dialog.rows["lr"][1].text() == "1e-4..1e-1:log"
    click(qtbot, dialog.start_button)
    assert dialog.message.text().startswith("Not started: Fix the design's problems first")
    assert not window.training.busy


def test_closing_the_window_stops_the_sweep_and_waits(window, qtbot):
    dialog = open_sweep(window, qtbot, epochs=200)
    start(qtbot, dialog, 50)
    qtbot.waitUntil(lambda: len(dialog.outcomes) >= 1, timeout=60_000)
    assert window.training.busy
    window.close()
    assert window.asked_to_stop and not window.isVisible()
    assert not window.training.busy and window.training.controller.state == "idle"
    assert len(dialog.outcomes) < 50


def test_the_rows_rules():
    from netbuilder.core.design.design_io import load_design
    from netbuilder.core.design.presets import preset_path
    from netbuilder.gui.window.sweep_rows import NO_SETTING, now_text, param_lines, params_text
    design = load_design(preset_path("xor"))  # the values are the core's (sweep_params.current_value)
    assert [now_text(design, n) for n in ("lr", "batch_size", "optimizer", "units:hidden", "dropout")] \
        == ["now 0.05", "now 4", "now adam", "now 8", ""]
    rows = [("lr", "learning rate", True, " 1e-3..1e-1:log "), ("batch_size", "batch size", False, "8,16")]
    assert param_lines(rows) == (["lr=1e-3..1e-1:log"], None)
    assert param_lines([("lr", "learning rate", True, " ")])[1].startswith("learning rate: write a range")
    assert param_lines([("lr", "learning rate", False, "1..2")]) == ([], NO_SETTING)
    assert params_text({"lr": 0.0031234, "units:hidden": 17}, {"lr": "learning rate"}) \
        == "learning rate 0.003123, hidden units 17"


def test_a_closed_window_is_freed_with_its_sweep_dialog(qtbot, qapp):
    """The dialog's connections to the controller and the document hold no window alive (the soak's concern)."""
    import gc
    import weakref

    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QMessageBox

    from netbuilder.gui import MainWindow

    def settle():
        for _ in range(3):
            qapp.processEvents()
            QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)
        gc.collect()

    earlier = QApplication.topLevelWidgets()  # held, so that no id below is reused by a new wrapper
    before = {id(w) for w in earlier}
    w = MainWindow()
    w.ask_save_changes = lambda: QMessageBox.Discard
    w.show()
    dialog = open_sweep(w, qtbot)
    with qtbot.waitSignal(w.training.controller.sweepFinished, timeout=60_000):
        start(qtbot, dialog, 2)
    watched = [weakref.ref(o) for o in (w, dialog, w.training, w.training.runs[-1])]
    settle()
    assert w.close()
    w.deleteLater()
    del w, dialog
    settle()
    assert [type(r()).__name__ for r in watched if r() is not None] == []
    assert [t for t in QApplication.topLevelWidgets() if id(t) not in before] == []
