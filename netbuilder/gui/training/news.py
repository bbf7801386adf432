"""The worker's news, shown: the training panel's state, progress and outcome, the curves, the runs list, and
``MainWindow.training_finished`` (the driver's ``finished``) at the end of every run. A mixin of
:class:`~.driver.TrainingDriver` (which owns ``panel``, ``curves``, ``controller``, ``session``, ``runs``,
``finished`` and ``show_error``); its slots run in the GUI thread, connected to the controller's queued signals.
"""
from __future__ import annotations

import time
import weakref

from ...core.errors import failure_advice

PROGRESS_SECONDS = 0.25
#: the share of the window's height (or width, docked at a side) the runs dock gets at a sweep's end: its table,
#: plot with its axis names and "Use settings" button readable at 1366x768
SWEEP_DOCK_SHARE = 0.5


def _score(key: str, value: float) -> str:
    return f"{key.replace('_', ' ')} {100 * value:.1f}%" if key.endswith("accuracy") else f"{key} {value:.4g}"


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

    def _on_download(self, info: dict) -> None:
        """A backbone's ImageNet weights downloading into torch's cache before the run (its first use): the run's
        bar counts the bytes (busy while their total is unknown); the run's start gives it back."""
        from ...core.system import human_bytes
        done, total = info["done"], info["total"]
        size = f"{human_bytes(done)} of {human_bytes(total)}" if total else human_bytes(done)
        bar = self.panel.progress
        bar.setFormat("download %p%")
        bar.setRange(0, total or 0)
        bar.setValue(done)
        self.panel.status_line.setText(f"Downloading {info['name']} into torch's cache (first use of this "
                                       f"backbone): {size}")

    def _on_run_finished(self, record) -> None:
        from ...core.session.runs import describe
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
        self.finished.emit(record.outcome())  # before a dialog: scripts need not wait for a person
        if record.status == "failed":
            self.show_error("Training failed", f"{record.message}\n\n{failure_advice(record.cause)}")

    def _on_sweep_progress(self, info: dict) -> None:
        """The trial training now: the panel's bars follow it, its line says which trial of how many."""
        now = time.perf_counter()
        if now - self._progress_shown >= PROGRESS_SECONDS or info["done"] >= info["total"]:
            self._progress_shown = now
            self.panel.show_progress(info)
            line = self.panel.status_line
            line.setText(f"Trial {info['trial']} of {info['trials']} · {line.text()}")

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
        self.panel.show_outcome("Test split: " + ", ".join(parts), "info")

    def _on_job_failed(self, job: str, message: str, cause) -> None:
        self.document.unlock()
        self.curves.stop_live()
        self.sync_timeline()
        self.panel.show_outcome(f"Failed: {message}", "failed")
        title = {"evaluate": "Evaluation failed", "lr_find": "Could not find a learning rate",
                 "sweep": "The sweep failed"}.get(job, "Training failed")
        self.show_error(title, f"{message}\n\n{failure_advice(cause)}")
