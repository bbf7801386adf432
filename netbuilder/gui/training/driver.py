"""Training from the window: the controller between the design document, the core's TrainingSession, the worker
thread, the training panel and the curves. The main window creates one and forwards its public methods to it.

Rules it keeps: a run trains a copy of the design (the session's), so the canvas is locked only to keep what is
shown and what trains the same; every run ends with ``MainWindow.training_finished``; a failure never costs the
design or the weights of earlier runs.
"""
from __future__ import annotations

import re
import weakref
from contextlib import contextmanager
from typing import Callable

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from ...core.errors import Cause, NetbuilderError, TrainingError
from ...core.text import msg
from ..canvas.commands import SetMetaCommand
from ..common.i18n import tr, tr_error, tr_text
from ..panels.curves import CurvesPanel
from ..panels.training import TrainingPanel
from ..panels.training_tensorboard import TENSORBOARD_MISSING
from ...core.design.settings import OPTIONS
from ..panels.training_fields import check_training_value, with_training_value
from .news import TrainingNews
from .weights import TrainingWeights
from .workers import TrainingController, training_threads

REWIND_MS = 80  # while the rewind slider is dragged, the panels follow at most this often
#: what set_training_options takes: every setting the schema lets a form edit, and the machine's device
OPTION_KEYS = OPTIONS
#: a sweep's trial's state (core.session.sweep.STATES, file values) as the runs list says it
TRIAL_STATES = {"complete": msg("trained"), "pruned": msg("pruned"), "failed": msg("failed"),
                "diverged": msg("diverged"), "duplicate": msg("duplicate"), "stopped": msg("stopped")}


class TrainingDriver(TrainingNews, TrainingWeights, QObject):
    """Signal ``weightsReplaced()``: the one moment the network the panels show is another (a design opened, New, a
    lesson's design, a checkpoint) or has other weights (Reset weights, a run restored, the timeline rewound).
    ``session`` is then the new one (None before any training of a new design); every panel showing design- or
    run-derived state starts again from it."""

    weightsReplaced = Signal()
    #: the NetbuilderError that kept Train or Step from starting a run (its message is in the panel too)
    startRefused = Signal(object)

    def __init__(self, document, *, status: Callable[[str, int], None], finished,
                 show_error: Callable[[str, str], None], save_checkpoint: Callable[[], object], runs_view=None,
                 parent=None):
        """Its collaborators, given by the window that wires it: ``document`` (the open design), ``status`` (text,
        ms -> the status bar), ``finished`` (the window's ``training_finished`` signal, emitted once per run),
        ``show_error`` (title, text -> a dialog), ``save_checkpoint`` (the panel's Save: asks where, then saves)
        and ``runs_view`` (the runs compared, emptied with the runs list; None: none shown). The window calls
        :meth:`closing` when it closes."""
        super().__init__(parent)
        self.document = document
        self._show_status, self.finished, self.show_error = status, finished, show_error
        self._save_checkpoint, self.runs_view = save_checkpoint, runs_view
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
        c = self.controller
        c.stateChanged.connect(self._on_state)
        c.runStarted.connect(self._on_run_started)
        c.curve.connect(self._on_curve)
        c.download.connect(self._on_download)
        c.epochEnded.connect(self.curves.add_epoch)
        c.runFinished.connect(self._on_run_finished)
        c.evaluated.connect(self._on_evaluated)
        c.jobFailed.connect(self._on_job_failed)
        c.trial.connect(self.add_trial_run)
        c.sweepProgress.connect(self._on_sweep_progress)
        c.sweepFinished.connect(self._on_sweep_finished)
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
        """Free the controller for this window's session; True when it is free. A probe job of the boundary's
        preview (another session) finishes on its own, unwaited for; one loading this session's data (its load
        cannot be cut short) is waited for, a moment at most."""
        if self.probing and not self.controller.detach_probe(self.session):
            self.controller.shutdown()
        return not self.controller.busy

    @property
    def running(self) -> bool:
        return self.controller.state in ("running", "paused")

    def _status(self, text: str, ms: int = 8000) -> None:
        self._show_status(text, ms)

    def _on_graph_event(self, event: str, data: dict) -> None:
        if event == "meta_changed" and data.get("key") == "training":
            self._sync_panel()

    def _sync_panel(self) -> None:
        self.panel.show_training(self.document.design.training)

    def refresh_devices(self) -> None:
        from ...core.training.device import available_devices
        self.panel.set_devices(available_devices())
        self._devices_listed = True

    def closing(self) -> None:
        """The window is closing: no probe thread outlives it (a run is the window's to ask about)."""
        if self.probing:
            self.controller.shutdown()
        self.controller.wait_retired()

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        from PySide6.QtCore import QEvent
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
            reason = msg("only the learning rate can change during a run")
        if reason:
            self._status(tr("Not changed: {reason}", reason=tr_text(reason)))
            self._sync_panel()
            return reason
        new = with_training_value(training, key, value)
        if new != training:
            command = SetMetaCommand(self.document.design, "training", new,
                                     text=tr("Set {setting}", setting=key.replace("_", " ")))
            command.allowed_while_locked = key == "lr"
            if not self.document.push(command):  # refused (a lesson's lock): the field shows the design's value
                self._sync_panel()
                return self.document.refusal(command)
            if key == "lr" and self.running and self.controller.job == "train":
                self.session.set_lr(float(value))
        return None

    def set_options(self, **settings) -> None:
        unknown = sorted(set(settings) - set(OPTION_KEYS))
        if unknown:
            raise TypeError(f"unknown training option(s) {', '.join(unknown)}; use {', '.join(OPTION_KEYS)}")
        for key, value in settings.items():
            if key == "device":
                if not isinstance(value, str) or not re.fullmatch(r"auto|cpu|cuda(:\d+)?", value.strip().lower()):
                    raise TrainingError(msg("device: {value} is not one of auto, cpu, cuda, cuda:N", value=repr(value)))
                if not self._devices_listed:
                    self.refresh_devices()
                self.panel.select_device(value.strip().lower())
                continue
            reason = self.apply_setting(key, value)
            if reason:
                raise TrainingError(msg("{setting}: {reason}", setting=key, reason=reason))
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
    def _on_delay(self, seconds: float) -> None:
        """Slow motion: applies at once, also to the run going on (the session passes it to its trainer)."""
        if self.session is not None:
            self.session.set_delay(seconds)

    def _on_action(self, name: str) -> None:
        c = self.controller
        {"train": self.train, "pause": c.pause, "resume": c.resume, "stop": c.stop, "step": self.step,
         "reset": self.reset_weights, "evaluate": self.evaluate, "save": self._save_checkpoint}[name]()

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
        try:
            note = self.ready_session()
        except NetbuilderError as exc:
            self.panel.show_outcome(tr_error(exc), "failed")
            self._status(tr_error(exc))
            self.startRefused.emit(exc)
            return False
        last = self.session.runs[-1] if self.session.runs else None
        if self.session.rewound is not None:  # go on from where the timeline was rewound to: a shorter curve
            self.session.go_on_from_rewound()
            x, loss = self.session.curves.points()
            self.curves.load(self.session.history, x, loss, self.curves.task)
        elif last is not None and last.diverged_x is not None:  # go on from the weights it went back to
            x, loss = self.session.curves.points()
            self.curves.load(self.session.history, x, loss, self.curves.task)
            self.curves.mark_divergence(last.diverged_x, "diverged")
        self.panel.show_outcome(note + (tr("Loading the data and building the model…") if not self.session.prepared
                                        else tr("Training…")), "info")
        self.document.lock(tr("Training"))
        self._step_start = step
        self.controller.tensorboard_dir = self.panel.tensorboard_dir  # a plain string for the worker, or None
        self.controller.train(self.session, step=step)
        return True

    def ready_session(self) -> str:
        """Make ``session`` the one the next job uses (between jobs): the current one with the design's settings now,
        or a new one (new weights) when the network changed or none exists. Returns a note for the person ("" or
        why the weights are new); raises NetbuilderError (cause DESIGN) when the design cannot train."""
        from ...core.design.train_config import TrainConfig
        design = self.document.design
        errors = [d for d in self.document.analyse_now().diagnostics if d.severity == "error"]
        if errors:
            first = errors[0]
            problem = (msg("Fix the design's problems first ('{node}': {problem})", node=first.node_id,
                           problem=first.message) if first.node_id
                       else msg("Fix the design's problems first ({problem})", problem=first.message))
            raise TrainingError(problem, cause=Cause.DESIGN)
        config = TrainConfig.from_design(design)
        if not self._devices_listed:
            self.refresh_devices()
        device = self.panel.device_spec
        if self.session is not None and self.session.same_network(design):
            self.session.update_settings(config, device, design=design)
            return ""
        from ...core.session.session import TrainingSession
        note = (tr("The network changed since the last run, so this run starts from new weights. ")
                if self.session is not None else "")
        self.session = TrainingSession(design, config, device=device, num_threads=training_threads())
        self.session.set_delay(self.panel.delay())
        self.curves.clear()
        return note

    def sweep(self, spec: dict) -> None:
        """Start a sweep of the design (the Sweep dialog's ``spec``: params, trials, sampler, prune) in the worker,
        on the device the panel names; its trials come with ``controller.trial``. Raises NetbuilderError when the
        design cannot train, RuntimeError while another job goes on."""
        if not self.settle():
            raise RuntimeError("a training job is already running")
        self.ready_session()  # its dataset, once loaded, is the trials' too
        from ...core.design.design_io import design_to_dict
        spec = {**spec, "design": design_to_dict(self.document.design), "device": self.panel.device_spec}
        self.controller.sweep(self.session, spec)
        self.panel.forget_progress()
        self.panel.status_line.setText(tr("Trial 1 of {trials}: starting…", trials=spec["trials"]))
        self.panel.show_outcome(tr("Sweeping: {trials} trials, each one that trains joins the Runs view "
                                   "(Training > Sweep… lists them).", trials=spec["trials"]), "info")

    def add_trial_run(self, outcome) -> None:
        """A sweep's trial (a TrialOutcome) that trained: its run joins the window's runs list (the panel's too,
        marked as not restorable), numbered after the runs there, and the runs view (its curves and settings). Its
        weights were the trial's own session's, not the canvas's: compared, never restored, so not kept."""
        record = outcome.record
        if record is None or not record.history:
            return
        record.number, record.state = len(self.runs) + 1, None  # a thousand trials' weights: memory without end
        self.runs.append(record)
        epochs, state = len(record.history), tr_text(TRIAL_STATES.get(outcome.state, outcome.state))
        values = dict(label=record.label, trial=outcome.number, state=state, epochs=epochs)
        line = (tr("{label}: sweep trial {trial}, {state}, 1 epoch (not restorable)", **values) if epochs == 1
                else tr("{label}: sweep trial {trial}, {state}, {epochs} epochs (not restorable)", **values))
        self.panel.add_run(record.number, line,
                           tr("{label} is a sweep's trial: its curves and settings are in the Runs view; its "
                              "weights were not kept, so it cannot be restored.", label=record.label))
        if self.runs_view is not None:
            self.runs_view.set_runs(self.runs)

    def _on_sweep_finished(self, result) -> None:
        """The sweep's runs selected in the runs view, its "Which setting mattered" tab in front and its dock given
        room to read it; the rewind slider usable again."""
        self.curves.stop_live()
        self.sync_timeline()
        ended = len(result.outcomes)
        if ended == 1:
            self.panel.show_outcome(tr("Sweep done: 1 trial; compare them in the Runs view."), "info")
            self.panel.status_line.setText(tr("Sweep done: 1 trial ended."))
        else:
            self.panel.show_outcome(tr("Sweep done: {n} trials; compare them in the Runs view.", n=ended), "info")
            self.panel.status_line.setText(tr("Sweep done: {n} trials ended.", n=ended))
        filed = {id(record) for record in self.runs}
        ours = [o.record.number for o in result.outcomes if id(o.record) in filed]
        if self.runs_view is not None and ours:
            self.runs_view.select_runs(ours)
            self._show_comparison()

    def evaluate(self) -> None:
        if not self.settle():
            return
        if self.session is None:
            self.panel.show_outcome(tr("Nothing to evaluate yet: train first."), "info")
            return
        self.panel.show_outcome(tr("Scoring the test split…"), "info")
        self.controller.evaluate(self.session)

    def stop_and_wait(self, timeout_ms: int = 15_000) -> bool:
        """Stop whatever runs and wait for its thread (closing, opening another design). False when it did not end
        in time (the data is still loading: that cannot be cut short)."""
        finished = self.controller.shutdown(timeout_ms)
        if finished:
            self.document.unlock()
            self.curves.stop_live()
        return finished

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
            if self.runs_view is not None and self.runs_view.records:  # the window's comparison of runs
                self.runs_view.set_runs([])
        self._sync_panel()
        self.weightsReplaced.emit()
