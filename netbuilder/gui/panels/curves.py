"""The curves dock: the loss and accuracy plots, their smoothing and scale, and the one timer that redraws them.

Data arrives as often as the worker sends it (at most ``CURVE_HZ`` times a second) and only fills the plots'
buffers; one QTimer, running only while a run is on, redraws both from those buffers ``REDRAW_HZ`` times a
second (pyqtgraph's scrolling-plot pattern), so a burst of updates never becomes a burst of repaints.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QDoubleSpinBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget
from PySide6.QtCore import Qt

from ..common.i18n import tr
from .plots import AccuracyPlot, LossPlot

REDRAW_HZ = 12


def _value(metrics: dict, key: str):
    value = metrics.get(key)
    return float(value) if isinstance(value, (int, float)) else None


class CurvesPanel(QWidget):
    """``lossPlot`` and ``accuracyPlot`` side by side, with ``smoothingSpin`` and ``logScaleCheck``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("curvesPanel")
        self.setMinimumHeight(230)  # below this the axes crowd out the curves
        self.loss_plot = LossPlot()
        self.accuracy_plot = AccuracyPlot()
        self.task = "classification"
        self.epochs = 1
        self.redraws = 0  # timer ticks that redrew something (benchmarks read it)

        self.smoothing = QDoubleSpinBox()
        self.smoothing.setObjectName("smoothingSpin")
        self.smoothing.setRange(0.0, 0.99)
        self.smoothing.setSingleStep(0.05)
        self.smoothing.setDecimals(2)
        self.smoothing.setValue(self.loss_plot.smoothing)
        self._explain_smoothing()
        self.smoothing.valueChanged.connect(self._on_smoothing)
        self.log_scale = QCheckBox(tr("log scale"))
        self.log_scale.setObjectName("logScaleCheck")
        self.log_scale.setToolTip(tr("Show the loss on a logarithmic scale: small losses stay visible"))
        self.log_scale.toggled.connect(self._on_log)

        controls = QHBoxLayout()
        controls.setContentsMargins(4, 0, 4, 0)
        controls.addWidget(QLabel(tr("smoothing")))
        controls.addWidget(self.smoothing)
        controls.addWidget(self.log_scale)
        controls.addStretch(1)
        split = QSplitter(Qt.Horizontal)
        split.addWidget(self.loss_plot)
        split.addWidget(self.accuracy_plot)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addLayout(controls)
        layout.addWidget(split, 1)

        self.timer = QTimer(self)
        self.timer.setObjectName("curvesTimer")
        self.timer.setInterval(int(1000 / REDRAW_HZ))
        self.timer.timeout.connect(self.redraw)

    # live updates ----------------------------------------------------------------------------------------
    def start_live(self) -> None:
        if not self.timer.isActive():
            for plot in (self.loss_plot, self.accuracy_plot):
                plot.set_live(True, self.epochs)
            self.timer.start()

    def stop_live(self) -> None:
        self.timer.stop()
        self.redraw()
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.set_live(False)

    def redraw(self) -> None:
        drew = self.loss_plot.refresh()
        drew = self.accuracy_plot.refresh() or drew
        self.redraws += bool(drew)

    def clear(self, task: str | None = None) -> None:
        self.loss_plot.clear_run()
        self.accuracy_plot.clear_run()
        self._explain_smoothing()
        if task:
            self.set_task(task)
        self.redraw()

    def set_task(self, task: str) -> None:
        self.task = task
        self.accuracy_plot.set_task(task)

    def set_epochs(self, epochs: int) -> None:
        self.epochs = epochs
        self.loss_plot.set_epochs_shown(epochs)
        self.accuracy_plot.set_x_span(epochs)

    def add_points(self, info: dict) -> None:
        if info.get("batches_per_epoch") and info["batches_per_epoch"] != self.loss_plot.batches_per_epoch:
            self.loss_plot.set_batches_per_epoch(info["batches_per_epoch"])
            self._explain_smoothing()
        if len(info["x"]):
            self.loss_plot.append_batches(info["x"], info["loss"])

    def add_epoch(self, metrics: dict) -> None:
        epoch = metrics["epoch"]
        if metrics.get("partial"):
            return
        if "val_loss" in metrics:
            self.loss_plot.add_validation(epoch, float(metrics["val_loss"]))
        key = "accuracy" if self.task == "classification" else "mae"
        self.accuracy_plot.add_epoch(epoch, _value(metrics, key), _value(metrics, f"val_{key}"))

    def mark_divergence(self, x: float, text: str = "diverged") -> None:
        self.loss_plot.mark_divergence(x, text)

    def load(self, history: list[dict], batch_x, batch_loss, task: str) -> None:
        """Show a whole saved session at once (a checkpoint, a restored run)."""
        self.set_task(task)
        done = [m for m in history if not m.get("partial")]
        val = [(m["epoch"], m["val_loss"]) for m in done if "val_loss" in m]
        self.loss_plot.load(batch_x, batch_loss, [e for e, _ in val], [v for _, v in val])
        self._explain_smoothing()
        key = "accuracy" if task == "classification" else "mae"
        nan = math.nan
        self.accuracy_plot.load([m["epoch"] for m in done],
                                [_value(m, key) if _value(m, key) is not None else nan for m in done],
                                [_value(m, f"val_{key}") if _value(m, f"val_{key}") is not None else nan
                                 for m in done])
        self.loss_plot.set_epochs_shown(len(history))
        self.redraw()

    # slots ------------------------------------------------------------------------------------------------
    def _on_smoothing(self, value: float) -> None:
        self.loss_plot.set_smoothing(value)
        self.loss_plot.refresh()
        self._explain_smoothing()

    def _explain_smoothing(self) -> None:
        """The spin box's tooltip says what the smoothed line does with this run's epochs."""
        plot = self.loss_plot
        per_epoch, used = plot.batches_per_epoch, plot.effective_smoothing
        if per_epoch and used < plot.smoothing:
            batches = tr("1 batch") if per_epoch == 1 else tr("{n:,} batches", n=per_epoch)
            usage = tr("{used:.2f} is used", used=used) if used > 0 else tr("not smoothed")
            text = tr("How much the smoothed loss line averages over recent batches (0: off); never more than a "
                      "quarter of an epoch. This run's epoch is {batches}: {usage}", batches=batches, usage=usage)
        else:
            text = tr("How much the smoothed loss line averages over recent batches (0: off); never more than a "
                      "quarter of an epoch")
        self.smoothing.setToolTip(text)

    def _on_log(self, on: bool) -> None:
        self.loss_plot.set_log_y(on)
