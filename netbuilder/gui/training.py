"""Training from the window: the controller between the design document, the core's TrainingSession, the worker
thread, the training panel and the curves. The main window creates one and forwards its public methods to it.

Rules it keeps: a run trains a copy of the design (the session's), so the canvas is locked only to keep what is
shown and what trains the same; every run ends with ``MainWindow.training_finished``; a failure never costs the
design or the weights of earlier runs.
"""
from __future__ import annotations

import copy
import re
import time
import weakref
from contextlib import contextmanager

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from ..core.errors import Cause, NetbuilderError, TrainingError, failure_advice
from .commands import SetMetaCommand
from .panels.curves import CurvesPanel
from .panels.training import TrainingPanel
from .panels.training_tensorboard import TENSORBOARD_MISSING
from ..core.settings import OPTIONS
from .panels.training_fields import check_training_value, with_training_value
from .workers import TrainingController, training_threads

PROGRESS_SECONDS = 0.25
REWIND_MS = 80  # while the rewind slider is dragged, the panels follow at most this often
#: what set_training_options takes: every setting the schema lets a form edit, and the machine's device
OPTION_KEYS = OPTIONS


def _score(key: str, value: float) -> str:
    return f"{key.replace('_', ' ')} {100 * value:.1f}%" if key.endswith("accuracy") else f"{key} {value:.4g}"


class TrainingDriver(QObject):
    """Signal ``weightsReplaced()``: the one moment the network the panels show is another (a design opened, New, a
    lesson's design, a checkpoint) or has other weights (Reset weights, a run restored, the timeline rewound).
    ``session`` is then the new one (None before any training of a new design); every panel showing design- or
    run-derived state starts again from it."""

    weightsReplaced = Signal()
    #: the NetbuilderError that kept Train or Step from starting a run (its message is in the panel too)
    startRefused = Signal(object)

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.panel = TrainingPanel()
        self.curves = CurvesPanel()
        self.controller = TrainingController(self)
        self.session = None
        self.runs: list = []  # every run since the window opened (RunRecords, numbered in order)
        # run number -> its session, weakly: a session holds its data and model, kept only while it is the current one
        self._run_session: dict[int, weakref.ref] = {}
        self.last_test: dict | None = None
        self._devices_listed = False
        self._progress_shown = 0.0
        self._step_start = False
        self._keep_runs = False  # a lesson's next design: its runs stay, to be compared

        self.panel.settingChanged.connect(self._on_setting_changed)
        self.panel.action.connect(self._on_action)
        self.panel.restoreRun.connect(self.restore_run)
        self.panel.delayChanged.connect(self._on_delay)
        self.panel.rewindRequested.connect(self._on_rewind_requested)
        prefs = QSettings()  # TensorBoard logging: a preference of the window, not a design setting
        self.panel.set_tensorboard(prefs.value("training/tensorboard", False, type=bool),
                                   prefs.value("training/tensorboardDir", "", type=str) or None)
        self.panel.tensorBoardChanged.connect(self._save_tensorboard)
        self._rewind_timer = QTimer(self)
        self._rewind_timer.setSingleShot(True)
        self._rewind_timer.setInterval(REWIND_MS)
        self._rewind_timer.timeout.connect(self._rewind_now)
        self._rewind_to: int | None = None
        self.panel.device.installEventFilter(self)
        window.installEventFilter(self)
        c = self.controller
        c.stateChanged.connect(self._on_state)
        c.runStarted.connect(self._on_run_started)
        c.curve.connect(self._on_curve)
        c.epochEnded.connect(self.curves.add_epoch)
        c.runFinished.connect(self._on_run_finished)
        c.evaluated.connect(self._on_evaluated)
        c.jobFailed.connect(self._on_job_failed)
        self.document.graphEvent.connect(self._on_graph_event)
        self.document.designReplaced.connect(self._on_design_replaced)
        self._sync_panel()

    # state -------------------------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """A run or an evaluation going on. A panel's look before training (a probe job loading its data) is not:
        whatever needs the model or the thread first waits for it (:meth:`settle`), a moment at most."""
        return self.controller.busy and not self.probing

    @property
    def probing(self) -> bool:
        return self.controller.job == "probe"

    @property
    def state(self) -> str:
        """The controller's state as the controls see it: a probe job (a panel's look before training) is idle."""
        return "idle" if self.probing else self.controller.state

    def settle(self) -> bool:
        """Wait for a probe job (its data loading cannot be cut short); True when the thread is free."""
        if self.probing:
            self.controller.shutdown()
        return not self.controller.busy

    @property
    def running(self) -> bool:
        return self.controller.state in ("running", "paused")

    def _status(self, text: str, ms: int = 8000) -> None:
        self.window.statusBar().showMessage(text, ms)

    def _on_graph_event(self, event: str, data: dict) -> None:
        if event == "meta_changed" and data.get("key") == "training":
            self._sync_panel()

    def _sync_panel(self) -> None:
        self.panel.show_training(self.document.design.training)

    def refresh_devices(self) -> None:
        from ..core.training.device import available_devices
        self.panel.set_devices(available_devices())
        self._devices_listed = True

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent
        if obj is self.window and event.type() == QEvent.Close:
            self.settle()  # no probe thread outlives the window (a run is the window's to ask about)
        if obj is self.panel.device and event.type() == QEvent.MouseButtonPress and not self._devices_listed:
            self.refresh_devices()  # list CUDA devices when the box is first opened (torch is loaded by then)
        return False

    # settings ---------------------------------------------------------------------------------------------
    def apply_setting(self, key: str, value) -> str | None:
        """Write one training setting to the design (one undo step); the learning rate also reaches a run going
        on, from its next batch. Returns the refusal reason, or None."""
        training = self.document.design.training
        reason = check_training_value(training, key, value)
        if reason is None and key != "lr" and self.busy:
            reason = "only the learning rate can change during a run"
        if reason:
            self._status(f"Not changed: {reason}")
            self._sync_panel()
            return reason
        new = with_training_value(training, key, value)
        if new != training:
            command = SetMetaCommand(self.document.design, "training", new, text=f"Set {key.replace('_', ' ')}")
            if key == "lr":
                command.allowed_while_locked = True
                if self.running:
                    self.session.set_lr(float(value))
            self.document.push(command)
        return None

    def set_options(self, **settings) -> None:
        unknown = sorted(set(settings) - set(OPTION_KEYS))
        if unknown:
            raise TypeError(f"unknown training option(s) {', '.join(unknown)}; use {', '.join(OPTION_KEYS)}")
        for key, value in settings.items():
            if key == "device":
                if not isinstance(value, str) or not re.fullmatch(r"auto|cpu|cuda(:\d+)?", value.strip().lower()):
                    raise TrainingError(f"device: {value!r} is not one of auto, cpu, cuda, cuda:N")
                if not self._devices_listed:
                    self.refresh_devices()
                self.panel.select_device(value.strip().lower())
                continue
            reason = self.apply_setting(key, value)
            if reason:
                raise TrainingError(f"{key}: {reason}")
        self._sync_panel()

    def set_tensorboard(self, enabled: bool, folder=None) -> None:
        """Log the next runs for TensorBoard into ``folder`` (None: the one shown) or not; kept for next time.
        Refused with a TrainingError, saying what to install, when tensorboard is missing."""
        if enabled and not self.panel.tensorboard_available:
            raise TrainingError(TENSORBOARD_MISSING)
        self.panel.set_tensorboard(enabled, str(folder) if folder else None)
        self._save_tensorboard(self.panel.tensorboard.isChecked(), self.panel.tensorboard_folder_path)

    def _save_tensorboard(self, checked: bool, folder: str) -> None:
        prefs = QSettings()
        prefs.setValue("training/tensorboard", bool(checked))
        prefs.setValue("training/tensorboardDir", folder)

    def _on_setting_changed(self, key: str, value) -> None:
        self.apply_setting(key, value)

    # actions ------------------------------------------------------------------------------------------------
    # rewind -----------------------------------------------------------------------------------------------
    def sync_timeline(self) -> None:
        """The rewind slider at the present, with what the session's timeline holds; usable between runs."""
        timeline = self.session.timeline if self.session is not None else None
        count = len(timeline) if timeline is not None else 0
        text = f"Rewind: {timeline.describe()}" if count else "Rewind: nothing recorded yet"
        self.panel.set_timeline(count, text, enabled=not self.busy)
        self.curves.loss_plot.mark_rewind(None)

    def _on_rewind_requested(self, index: int) -> None:
        self._rewind_to = index
        self._rewind_timer.start()  # dragging: the panels follow a few times a second, not at every pixel

    def _rewind_now(self) -> None:
        index, self._rewind_to = self._rewind_to, None
        if index is not None:
            self.rewind(index)

    def rewind(self, index: int) -> bool:
        """Put the weights back to the timeline's snapshot ``index`` (between runs); every panel shows the network
        as it was then. False, with the reason in the panel, when it cannot."""
        if self.session is None or not self.settle():
            return False
        try:
            snapshot = self.session.rewind(index)
        except NetbuilderError as exc:
            self.panel.show_outcome(f"Not rewound: {exc}", "failed")
            return False
        last = index == len(self.session.timeline) - 1
        where = f"epoch {snapshot.x:.2f}".rstrip("0").rstrip(".")
        self.panel.timeline_label.setText(
            f"Rewind: {'the present, ' if last else ''}{where} (snapshot {index + 1} of {len(self.session.timeline)}"
            f"; {self.session.timeline.describe()}){'' if last else '. Train goes on from here as a new run.'}")
        self.panel.timeline.blockSignals(True)
        self.panel.timeline.setValue(index)
        self.panel.timeline.blockSignals(False)
        self.curves.loss_plot.mark_rewind(None if last else snapshot.x)
        self.weightsReplaced.emit()
        return True

    def _on_delay(self, seconds: float) -> None:
        """Slow motion: applies at once, also to the run going on (the session passes it to its trainer)."""
        if self.session is not None:
            self.session.set_delay(seconds)

    def _on_action(self, name: str) -> None:
        c = self.controller
        {"train": self.train, "pause": c.pause, "resume": c.resume, "stop": c.stop, "step": self.step,
         "reset": self.reset_weights, "evaluate": self.evaluate, "save": self.window._on_save_checkpoint}[name]()

    def step(self) -> None:
        if self.controller.state == "paused":
            self.controller.step()
        elif self.settle():
            self.train(step=True)

    def train(self, step: bool = False) -> bool:
        """Start a run from the current weights (a new session when the network changed). False, with the reason
        in the panel, when the design cannot train."""
        if not self.settle():
            return False
        from ..core.train_config import TrainConfig
        design = self.document.design
        errors = [d for d in self.document.analyse_now().diagnostics if d.severity == "error"]
        try:
            if errors:
                where = f"'{errors[0].node_id}': " if errors[0].node_id else ""
                raise TrainingError(f"Fix the design's problems first ({where}{errors[0].message})",
                                    cause=Cause.DESIGN)
            config = TrainConfig.from_design(design)
        except NetbuilderError as exc:
            self.panel.show_outcome(str(exc), "failed")
            self._status(str(exc))
            self.startRefused.emit(exc)
            return False
        if not self._devices_listed:
            self.refresh_devices()
        device = self.panel.device_spec
        note = ""
        if self.session is not None and self.session.same_network(design):
            self.session.update_settings(config, device, design=design)
            last = self.session.runs[-1] if self.session.runs else None
            if self.session.rewound is not None:  # go on from where the timeline was rewound to: a shorter curve
                self.session.go_on_from_rewound()
                x, loss = self.session.curves.points()
                self.curves.load(self.session.history, x, loss, self.curves.task)
            elif last is not None and last.diverged_x is not None:  # go on from the weights it went back to
                x, loss = self.session.curves.points()
                self.curves.load(self.session.history, x, loss, self.curves.task)
                self.curves.mark_divergence(last.diverged_x, "diverged")
        else:
            from ..core.training.session import TrainingSession
            if self.session is not None:
                note = "The network changed since the last run, so this run starts from new weights. "
            self.session = TrainingSession(design, config, device=device, num_threads=training_threads())
            self.session.set_delay(self.panel.delay())
            self.curves.clear()
        self.panel.show_outcome(note + ("Loading the data and building the model…" if not self.session.prepared
                                        else "Training…"), "info")
        self.document.lock("Training")
        self._step_start = step
        self.controller.tensorboard_dir = self.panel.tensorboard_dir  # a plain string for the worker, or None
        self.controller.train(self.session, step=step)
        return True

    def evaluate(self) -> None:
        if not self.settle():
            return
        if self.session is None:
            self.panel.show_outcome("Nothing to evaluate yet: train first.", "info")
            return
        self.panel.show_outcome("Scoring the test split…", "info")
        self.controller.evaluate(self.session)

    def reset_weights(self) -> None:
        if not self.settle() or self.session is None:
            return
        from ..core.train_config import TrainConfig
        try:  # the settings on screen (a new seed) are the ones the fresh weights come from
            if self.session.same_network(self.document.design):
                self.session.update_settings(TrainConfig.from_design(self.document.design), self.panel.device_spec,
                                             design=self.document.design)
        except NetbuilderError as exc:
            self.panel.show_outcome(f"Not reset: {exc}", "failed")
            return
        self.session.reset_weights()
        self.curves.clear()
        self.panel.reset_progress()
        self.sync_timeline()
        self.panel.show_outcome("Weights reset: the next run starts from new weights.", "info")
        self.weightsReplaced.emit()

    def restore_run(self, number: int) -> None:
        record = next((r for r in self.runs if r.number == number), None)
        if not self.settle():
            return
        try:
            if record is None:
                raise TrainingError(f"there is no run {number}")
            if (self.session is None or self._run_session[number]() is not self.session
                    or not self.session.same_network(self.document.design)):
                raise TrainingError(f"{record.label} trained a different network from the one on the canvas "
                                    "(layers or connections changed since); its weights do not fit it")
            self.session.restore_run(record)
        except NetbuilderError as exc:
            self.panel.show_outcome(f"Not restored: {exc}", "failed")
            return
        x, loss = self.session.curves.points()
        self.curves.load(self.session.history, x, loss, self.curves.task)
        self.sync_timeline()
        self.panel.show_outcome(f"Restored the weights {record.label} ended with "
                                f"(epoch {len(record.full_history)}).", "info")
        self.weightsReplaced.emit()

    def stop_and_wait(self, timeout_ms: int = 15_000) -> bool:
        """Stop whatever runs and wait for its thread (closing, opening another design). False when it did not end
        in time (the data is still loading: that cannot be cut short)."""
        finished = self.controller.shutdown(timeout_ms)
        if finished:
            self.document.unlock()
            self.curves.stop_live()
        return finished

    # the worker's news --------------------------------------------------------------------------------------
    def _on_state(self, _state: str) -> None:
        state = self.state  # a probe counts as idle: every control stays usable (they wait for it)
        previous = self.panel.state
        self.panel.set_state(state)
        if state in ("running", "paused"):
            self.curves.start_live()
            self.panel.timeline.setEnabled(False)
        if state == "paused":
            self.panel.show_outcome("Paused. Resume goes on; Step trains exactly one batch and pauses again.", "info")
        elif state == "running" and previous == "paused":
            self.panel.show_outcome("Training…", "info")

    def _on_run_started(self, info: dict) -> None:
        self._devices_listed or self.refresh_devices()
        self.panel.forget_progress()
        if info["first_epoch"] == 0 or self.curves.task != info["task"]:
            self.curves.set_task(info["task"])
        self.curves.set_epochs(info["first_epoch"] + info["epochs"])
        where = f"on {info['dataset']} ({info['samples']:,} samples) with {info['device']}"
        logs = f" TensorBoard logs: {info['tensorboard']}" if info.get("tensorboard") else ""
        if self.controller.state == "paused":
            first = "Paused after one batch" if self._step_start else "Paused before the first batch"
            self.panel.show_outcome(f"{first} {where}. Step trains one batch more; Resume goes on.{logs}", "info")
        else:
            self.panel.show_outcome(f"Training {where}…{logs}", "info")

    def _on_curve(self, info: dict) -> None:
        """New loss points (up to CURVE_HZ a second). The progress read-out is redrawn about 4 times a second:
        each update repaints two progress bars and re-lays out a label, GUI-thread Python time that the
        training thread waits for (the GIL), and nobody reads numbers faster."""
        self.curves.add_points(info)
        if "epoch" not in info:
            return
        now = time.perf_counter()
        if now - self._progress_shown >= PROGRESS_SECONDS or info["paused"] or info["done"] >= info["total"]:
            self._progress_shown = now
            self.panel.show_progress(info)

    def _on_run_finished(self, record) -> None:
        from ..core.training.runs import describe
        self.document.unlock()
        self.curves.stop_live()
        record.number = len(self.runs) + 1  # numbered across sessions: the runs list is the window's
        self._run_session[record.number] = weakref.ref(self.session)
        self.runs.append(record)
        scores = ", ".join(_score(k, v) for k, v in record.final.items() if isinstance(v, float))
        changed = ", ".join(f"{k}={v}" for k, v in record.changed.items() if k != "metrics") \
            if len(self.runs) > 1 else ""
        epochs = len(record.history)
        self.panel.add_run(record.number, f"{record.label}: {record.status.replace('_', ' ')}, "
                                          f"{epochs} epoch{'s' * (epochs != 1)}" + (f", {scores}" if scores else ""),
                           f"{record.label} on {record.device} ({record.seconds:.1f} s). "
                           f"{('Changed: ' + changed) if changed else ''}")
        text = describe(record)
        self.panel.show_outcome(text, record.status)
        last_lr = record.history[-1].get("lr") if record.history else None  # the rate its last epoch trained at
        self.panel.end_progress(record.status, last_lr if isinstance(last_lr, (int, float)) else None)
        if record.diverged_x is not None:
            self.curves.mark_divergence(record.diverged_x, "diverged")
        self._status(text.split(". ")[0] + ".", 10000)
        self.sync_timeline()
        self.window.training_finished.emit(record.outcome())  # before a dialog: scripts need not wait for a person
        if record.status == "failed":
            self.window.show_error("Training failed", f"{record.message}\n\n{failure_advice(record.cause)}")

    def _on_evaluated(self, scores: dict) -> None:
        self.last_test = scores
        parts = [f"{k.removeprefix('test_')} {v:.4g}" for k, v in scores.items() if isinstance(v, float)]
        self.panel.show_outcome("Test split: " + ", ".join(parts), "info")

    def _on_job_failed(self, job: str, message: str, cause) -> None:
        self.document.unlock()
        self.curves.stop_live()
        self.panel.show_outcome(f"Failed: {message}", "failed")
        self.window.show_error("Evaluation failed" if job == "evaluate" else "Training failed",
                               f"{message}\n\n{failure_advice(cause)}")

    @contextmanager
    def keeping_runs(self, keep: bool = True):
        """Designs replaced inside this block keep the runs list when ``keep`` (a lesson's steps, whose runs it
        compares); any other new design starts a new list."""
        self._keep_runs = bool(keep)
        try:
            yield
        finally:
            self._keep_runs = False

    def _on_design_replaced(self) -> None:
        if self.controller.busy:  # the window asks and stops before replacing; never leave a run on a replaced design
            self.stop_and_wait()
        self.session = None
        self.curves.clear()
        self.panel.show_outcome("", "info")
        self.panel.reset_progress()
        if not self._keep_runs:  # another piece of work: the last design's runs are no runs of this one
            self.runs, self._run_session, self.last_test = [], {}, None
            self.panel.clear_runs()
            runs_view = getattr(self.window, "runs_view", None)  # the window's comparison of runs
            if runs_view is not None and runs_view.records:
                runs_view.set_runs([])
        self._sync_panel()
        self.weightsReplaced.emit()

    # checkpoints and predictions -------------------------------------------------------------------------
    def open_checkpoint(self, checkpoint, path) -> None:
        """Show a loaded checkpoint: its design on the canvas, its curves, its weights ready to train on. The
        loader checked it whole; the session is built before the canvas changes, so a refusal leaves it as is."""
        from ..core.training.session import TrainingSession
        session = TrainingSession.from_checkpoint(checkpoint, device=self.panel.device_spec,
                                                  num_threads=training_threads())
        session.set_delay(self.panel.delay())
        self.document.load(copy.deepcopy(checkpoint.design), None)
        self.session = session  # after the load, which clears the last design's session
        x, loss = self.session.curves.points()
        self.curves.load(checkpoint.history, x, loss, checkpoint.task)
        test = checkpoint.test or {}
        acc = test.get("test_accuracy")
        self.panel.show_outcome(
            f"Opened the checkpoint {path}: {len(checkpoint.history)} epochs trained"
            + (f", test accuracy {100 * acc:.1f}%" if isinstance(acc, float) else "")
            + ". Train goes on from these weights.", "info")
        self.sync_timeline()
        self.weightsReplaced.emit()

    def save_checkpoint(self, path) -> None:
        self.settle()
        if self.session is None:
            raise TrainingError("nothing has been trained yet: train first, then save a checkpoint")
        self.session.save_checkpoint(path)

    def predict(self, rows) -> list:
        self.settle()
        state = self.controller.state
        if state != "idle" and not (state == "paused" and self.session is not None and self.session.waiting):
            raise TrainingError("the model is in use (training or evaluating): pause or stop the run, wait for its "
                                "current batch, then predict")
        if self.session is None:
            raise TrainingError("nothing has been trained yet: train first")
        return self.session.predict(rows).tolist()

