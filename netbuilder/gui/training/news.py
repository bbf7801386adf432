"""The worker's news, shown: the training panel's state, progress and outcome, the curves, the runs list, and
``MainWindow.training_finished`` (the driver's ``finished``) at the end of every run. A mixin of
:class:`~.driver.TrainingDriver` (which owns ``panel``, ``curves``, ``controller``, ``session``, ``runs``,
``finished`` and ``show_error``); its slots run in the GUI thread, connected to the controller's queued signals.
"""
from __future__ import annotations

import time
import weakref

from ...core.errors import failure_advice
from ...core.text import msg
from ..common.i18n import tr, tr_text

PROGRESS_SECONDS = 0.25
#: the share of the window's height (or width, docked at a side) the runs dock gets at a sweep's end: its table,
#: plot with its axis names and "Use settings" button readable at 1366x768
SWEEP_DOCK_SHARE = 0.5
#: a run's status as the runs list says it (the statuses themselves are file values: never translated)
_STATUS = {"completed": msg("completed"), "stopped": msg("stopped"), "failed": msg("failed"),
           "early_stopping": msg("early stopping"), "diverged": msg("diverged")}


def _score(key: str, value: float):
    """A final metric as the runs list says it (``accuracy 95.0%``), words and number in the window's language: the
    core's own templates (``describe``'s), never an English key glued to a translated line."""
    if key == "loss":
        return msg("loss {loss:.4g}", loss=value)
    if key == "val_loss":
        return msg("validation loss {loss:.4g}", loss=value)
    if key == "accuracy":
        return msg("accuracy {accuracy:.1f}%", accuracy=100 * value)
    if key == "val_accuracy":
        return msg("validation accuracy {accuracy:.1f}%", accuracy=100 * value)
    if key == "mae":
        return msg("mean absolute error {mae:.4g}", mae=value)
    from ..panels.runs_compare import metric_label
    return msg("{where}: {value:.4g}", where=metric_label(key), value=value)


def _listed(first, *more):
    """``first, more[0], more[1]...`` as one message, each part translated (the core's "{first}, {then}")."""
    for part in more:
        first = msg("{first}, {then}", first=first, then=part)
    return first


class TrainingNews:
    def _on_state(self, _state: str) -> None:
        state = self.state  # a probe counts as idle: every control stays usable (they wait for it)
        previous = self.panel.state
        self.panel.set_state(state)
        if self.controller.job == "sweep":  # a sweep ends with Stop; its trials never pause
            self.panel.buttons["pause"].setEnabled(False)
        if state in ("running", "paused"):
            self.curves.start_live()
            self.panel.timeline.setEnabled(False)
        if state == "paused":
            self.panel.show_outcome(tr("Paused. Resume goes on; Step trains exactly one batch and pauses again."),
                                    "info")
        elif state == "running" and previous == "paused":
            self.panel.show_outcome(tr("Training…"), "info")

    def _on_run_started(self, info: dict) -> None:
        self._devices_listed or self.refresh_devices()
        self.panel.forget_progress()
        if info["first_epoch"] == 0 or self.curves.task != info["task"]:
            self.curves.set_task(info["task"])
        self.curves.set_epochs(info["first_epoch"] + info["epochs"])
        where = tr("on {dataset} ({samples:,} samples) with {device}", dataset=info["dataset"],
                   samples=info["samples"], device=info["device"])
        logs = tr(" TensorBoard logs: {folder}", folder=info["tensorboard"]) if info.get("tensorboard") else ""
        if self.controller.state == "paused":
            if self._step_start:
                text = tr("Paused after one batch {where}. Step trains one batch more; Resume goes on.{logs}",
                          where=where, logs=logs)
            else:
                text = tr("Paused before the first batch {where}. Step trains one batch more; Resume goes on.{logs}",
                          where=where, logs=logs)
            self.panel.show_outcome(text, "info")
        else:
            self.panel.show_outcome(tr("Training {where}…{logs}", where=where, logs=logs), "info")

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

    def _on_download(self, info: dict) -> None:
        """A backbone's ImageNet weights downloading into torch's cache before the run (its first use): the run's
        bar counts the bytes (busy while their total is unknown); the run's start gives it back."""
        from ...core.system import human_bytes
        done, total = info["done"], info["total"]
        size = tr("{done} of {total}", done=human_bytes(done), total=human_bytes(total)) if total else human_bytes(done)
        bar = self.panel.progress
        bar.setFormat(tr("download %p%"))
        bar.setRange(0, total or 0)
        bar.setValue(done)
        self.panel.status_line.setText(tr("Downloading {name} into torch's cache (first use of this backbone): {size}",
                                          name=info["name"], size=size))

    def _on_run_finished(self, record) -> None:
        from ...core.session.runs import describe
        self.document.unlock()
        self.curves.stop_live()
        record.number = len(self.runs) + 1  # numbered across sessions: the runs list is the window's
        self._run_session[record.number] = weakref.ref(self.session)
        self.runs.append(record)
        scores = [_score(k, v) for k, v in record.final.items() if isinstance(v, float)]
        changed = ", ".join(f"{k}={v}" for k, v in record.changed.items() if k != "metrics") \
            if len(self.runs) > 1 else ""
        epochs = len(record.history)
        status = tr_text(_STATUS.get(record.status, record.status.replace("_", " ")))
        if epochs == 1:
            line = tr("{label}: {status}, 1 epoch", label=record.label, status=status)
        else:
            line = tr("{label}: {status}, {epochs} epochs", label=record.label, status=status, epochs=epochs)
        tip = tr("{label} on {device} ({seconds:.1f} s). ", label=record.label, device=record.device,
                 seconds=record.seconds)
        if changed:
            tip = tr("{label} on {device} ({seconds:.1f} s). Changed: {changed}", label=record.label,
                     device=record.device, seconds=record.seconds, changed=changed)
        self.panel.add_run(record.number, _listed(line, *scores), tip)
        text = tr_text(describe(record))
        self.panel.show_outcome(text, record.status)
        last_lr = record.history[-1].get("lr") if record.history else None  # the rate its last epoch trained at
        self.panel.end_progress(record.status, last_lr if isinstance(last_lr, (int, float)) else None)
        if record.diverged_x is not None:
            self.curves.mark_divergence(record.diverged_x, "diverged")
        self._status(text.split(". ")[0] + ".", 10000)
        self.sync_timeline()
        self.finished.emit(record.outcome())  # before a dialog: scripts need not wait for a person
        if record.status == "failed":
            self.show_error(tr("Training failed"),
                            f"{tr_text(record.message)}\n\n{tr_text(failure_advice(record.cause))}")

    def _on_sweep_progress(self, info: dict) -> None:
        """The trial training now: the panel's bars follow it, its line says which trial of how many."""
        now = time.perf_counter()
        if now - self._progress_shown >= PROGRESS_SECONDS or info["done"] >= info["total"]:
            self._progress_shown = now
            self.panel.show_progress(info)
            line = self.panel.status_line
            line.setText(tr("Trial {trial} of {trials} · {progress}", trial=info["trial"], trials=info["trials"],
                            progress=line.text()))

    def _show_comparison(self) -> None:
        """The runs view's "Which setting mattered" tab in front, its dock (docked) given room to read it."""
        from PySide6.QtCore import Qt, QTimer
        from PySide6.QtWidgets import QDockWidget, QMainWindow
        view = self.runs_view
        getattr(view, "show_compare", lambda: view.tabs.setCurrentWidget(view.compare))()
        dock = view.parentWidget()
        while dock is not None and not isinstance(dock, QDockWidget):
            dock = dock.parentWidget()
        window = dock.parentWidget() if dock is not None else None
        if not isinstance(window, QMainWindow) or dock.isFloating():
            return
        dock.show()
        dock.raise_()
        def grow() -> None:
            across = window.dockWidgetArea(dock) in (Qt.LeftDockWidgetArea, Qt.RightDockWidgetArea)
            room = int(SWEEP_DOCK_SHARE * (window.width() if across else window.height()))
            if (dock.width() if across else dock.height()) < room:
                window.resizeDocks([dock], [room], Qt.Horizontal if across else Qt.Vertical)
        grow()
        QTimer.singleShot(0, dock, grow)  # again once a dock just shown or raised has its place in the layout

    def _on_evaluated(self, scores: dict) -> None:
        self.last_test = scores
        parts = [f"{k.removeprefix('test_')} {v:.4g}" for k, v in scores.items() if isinstance(v, float)]
        self.panel.show_outcome(tr("Test split: {scores}", scores=", ".join(parts)), "info")

    def _on_job_failed(self, job: str, message: str, cause) -> None:
        self.document.unlock()
        self.curves.stop_live()
        self.sync_timeline()
        message = tr_text(message)
        self.panel.show_outcome(tr("Failed: {message}", message=message), "failed")
        title = {"evaluate": tr("Evaluation failed"), "lr_find": tr("Could not find a learning rate"),
                 "sweep": tr("The sweep failed")}.get(job) or tr("Training failed")
        self.show_error(title, f"{message}\n\n{tr_text(failure_advice(cause))}")
