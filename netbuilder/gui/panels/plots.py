"""Live training plots: loss per batch (raw and smoothed) with validation markers, and accuracy (or MAE) per epoch.

Training sends thousands of points a second, so points go into growing numpy buffers and nothing is drawn when they
arrive. The curves panel owns one QTimer that calls :meth:`refresh` on both plots about 12 times a second, and only
the series that changed get their buffers (``setData``). The per-epoch series are pyqtgraph curves that clip to the
view and downsample ("peak"). The two per-batch series, which change on every redraw, are :class:`FastCurve` items:
one cached path each, extended by the new points, repainting only the strip they add (peak-decimated above 8,192
points, so 200,000 batch points stay cheap). NaN (a diverged batch, an epoch without validation) is drawn as a gap.

Every millisecond the GUI thread spends in Python (and in the C++ drawing it calls) is a millisecond the training
thread waits for (the GIL): ``benchmarks/bench_gui_training.py`` measures the window against the CLI's trainer.

Choices:

- Smoothing is TensorBoard's debiased EMA. At 0 the smoothed series equals the raw one, so the full-strength smoothed
  curve lies exactly over the faint raw curve: the user sees the raw loss at full strength and nothing gets hidden.
  The weight adapts to the epoch (:func:`~netbuilder.gui.panels.plot_items.smoothing_factor`): the user's setting per
  batch, but never averaging over more than a quarter of an epoch, so a run of one batch an epoch (XOR) is not
  smoothed at all instead of lagging ten epochs behind its own loss.
- :meth:`export_csv` writes :meth:`data` with the csv module, not pyqtgraph's CSVExporter. That exporter writes what
  the curves got at the last refresh (stale until the next one), rounds to 10 decimal places (1e-12 becomes 0) and
  names columns after the legend text. Ours writes one header row, one column per series, shorter series padded with
  empty fields, and every float at full ``repr`` precision.
- Epoch bands are one :class:`EpochBands` item that paints only the visible epochs and is left out of auto-range.

What both plots share (series, refresh, palette, read-out, exports) is :class:`~.plot_base.LivePlot`.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from ...core.text import msg
from ..common.i18n import tr, tr_text
from ..common.style import with_alpha
from .plot_base import COLORS, LivePlot, Series
from .plot_items import EpochBands, GrowBuffer, _finite_or_nan, batches_per_epoch_of, ema_debiased, smoothing_factor

DEFAULT_SMOOTHING = 0.9
MAX_SMOOTHING = 0.999
TASK_LABELS = {"classification": msg("accuracy"), "regression": msg("mean absolute error")}


class LossPlot(LivePlot):
    """Training loss per batch (faint raw curve and smoothed curve), validation loss per epoch, epoch bands,
    divergence markers and an optional log y axis. Batch b of epoch e, with nb batches per epoch, sits at
    x = (e - 1) + b / nb."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("lossPlot", msg("loss"), legend_offset=(-10, 10), parent=parent)
        self._smoothing, self._ema_state = DEFAULT_SMOOTHING, (0.0, 0)
        self._per_epoch: int | None = None  # batches per epoch of the run shown
        self.divergence_lines: list[pg.InfiniteLine] = []
        self.bands = EpochBands()
        self.plotItem.addItem(self.bands, ignoreBounds=True)
        batch_x, loss = GrowBuffer(4096), GrowBuffer(4096)
        self._raw = self._add_series(Series(msg("training loss (per batch)"), batch_x, loss, "train", width=1, alpha=80,
                                            fast=True))
        self._smoothed = self._add_series(Series(msg("smoothed"), batch_x, GrowBuffer(4096), "train", width=2,
                                                 fast=True))
        self._val = self._add_series(Series(msg("validation loss"), GrowBuffer(64), GrowBuffer(64), "val", symbol="o"))
        self.log_action = self._add_menu_action(tr("Log scale"), "logScaleAction", self.set_log_y, checkable=True)
        self.plotItem.ctrl.logYCheck.toggled.connect(self.log_action.setChecked)  # pyqtgraph's own Log Y box
        self._apply_palette()

    def clear_run(self) -> None:
        """Forget the run: data, smoothing state and divergence markers. Draws at once, since no timer may be running."""
        self._reset_buffers()
        self._ema_state, self._per_epoch = (0.0, 0), None
        for line in self.divergence_lines:
            self.plotItem.removeItem(line)
        self.divergence_lines.clear()
        self.refresh()

    def append_batches(self, x, loss) -> None:
        """Add batch points. Only marks the plot dirty: the owner's timer draws them with :meth:`refresh`."""
        x, loss = np.asarray(x, dtype=np.float64).ravel(), _finite_or_nan(loss)
        if x.shape != loss.shape:
            raise ValueError(f"{x.size} x values for {loss.size} losses")
        self._raw.x.append(x)
        self._raw.y.append(loss)
        smoothed, self._ema_state = ema_debiased(loss, self.effective_smoothing, self._ema_state)
        self._smoothed.y.append(smoothed)
        self._changed(self._raw, self._smoothed, appended=True)

    def add_validation(self, epoch: float, value: float | None) -> None:
        self._val.x.append([epoch])
        self._val.y.append(_finite_or_nan([value]))
        self._changed(self._val)

    def load(self, batch_x, batch_loss, val_epochs, val_loss) -> None:
        """Replace everything at once (a saved checkpoint was opened) and draw."""
        val_epochs, val_loss = np.asarray(val_epochs, dtype=np.float64).ravel(), _finite_or_nan(val_loss)
        if np.shape(batch_x) != np.shape(batch_loss) or val_epochs.shape != val_loss.shape:
            raise ValueError("each x series must have the same length as its values")
        self.clear_run()
        self._per_epoch = batches_per_epoch_of(batch_x)
        self.append_batches(batch_x, batch_loss)
        self._val.x.append(val_epochs)
        self._val.y.append(val_loss)
        self._changed(self._val)
        if val_epochs.size:
            self.set_epochs_shown(int(np.ceil(np.nanmax(val_epochs))))
        self.refresh()

    def set_epochs_shown(self, n: int) -> None:
        """How many epoch bands there are (epochs 1..n); during a run, the x axis spans them."""
        self.bands.set_epochs(n)
        self.set_x_span(n)

    @property
    def smoothing(self) -> float:
        return self._smoothing

    @property
    def effective_smoothing(self) -> float:
        """The EMA weight in use: :attr:`smoothing`, at most what averages over a quarter of an epoch."""
        return smoothing_factor(self._smoothing, self._per_epoch)

    @property
    def batches_per_epoch(self) -> int | None:
        return self._per_epoch

    def set_smoothing(self, a: float) -> None:
        """Set the EMA weight per batch in [0, 0.999] (0 turns smoothing off; see :attr:`effective_smoothing`).
        Recomputes the whole series and draws it."""
        a = float(np.clip(np.nan_to_num(a), 0.0, MAX_SMOOTHING))
        if a != self._smoothing:
            self._smoothing = a
            self._resmooth()

    def set_batches_per_epoch(self, n: int | None) -> None:
        """The run's batches per epoch, which bound the smoothing (the curves panel passes the worker's)."""
        n = int(n) if n else None
        if n != self._per_epoch:
            before, self._per_epoch = self.effective_smoothing, n
            if self.effective_smoothing != before:
                self._resmooth()

    def _resmooth(self) -> None:
        smoothed, self._ema_state = ema_debiased(self._raw.y.view(), self.effective_smoothing)
        self._smoothed.y.clear()
        self._smoothed.y.append(smoothed)
        self._changed(self._smoothed)
        self.refresh()

    def set_log_y(self, on: bool) -> None:
        """Log y axis. Zero, negative and NaN losses become gaps."""
        self.plotItem.setLogMode(x=False, y=bool(on))
        self._y_span = None
        if self._live:
            self._widen_y()

    def mark_rewind(self, x: float | None) -> None:
        """A dashed vertical line where the weights were rewound to (None: none, the present)."""
        line = getattr(self, "_rewind_line", None)
        if x is None:
            if line is not None:
                line.hide()
            return
        if line is None:
            line = self._rewind_line = pg.InfiniteLine(angle=90, movable=False, label=tr("rewound here"),
                                                       labelOpts={"position": 0.85, "anchors": [(0, 0), (0, 0)]})
            line.setZValue(60)
            self.plotItem.addItem(line, ignoreBounds=True)
            self._apply_palette()
        line.setPos(float(x))
        line.show()

    def retranslate(self) -> None:
        super().retranslate()
        line = getattr(self, "_rewind_line", None)
        if line is not None:
            line.label.setFormat(tr("rewound here"))

    def rewind_mark(self) -> float | None:
        line = getattr(self, "_rewind_line", None)
        return float(line.value()) if line is not None and line.isVisible() else None

    def mark_divergence(self, x: float, text: str) -> None:
        """A red vertical line at ``x`` with a label. It stays until :meth:`clear_run`."""
        label = tr_text(text).replace("{", "{{").replace("}", "}}")  # InfiniteLine labels are format strings
        line = pg.InfiniteLine(pos=x, angle=90, movable=False, label=label,
                               labelOpts={"position": 0.92, "anchors": [(0, 0), (0, 0)]})
        line.setZValue(50)
        self.plotItem.addItem(line, ignoreBounds=True)
        self.divergence_lines.append(line)
        self._apply_palette()

    def _apply_theme_extras(self, dark: bool, base: QColor, text: QColor) -> None:
        self.bands.color = with_alpha(text, 16 if dark else 14)
        self.bands.update()
        color = QColor(COLORS["divergence"][dark])
        for line in self.divergence_lines:
            line.setPen(pg.mkPen(color, width=2))
            line.label.setColor(color)
            line.label.fill = pg.mkBrush(with_alpha(base, 220))
        rewind = getattr(self, "_rewind_line", None)
        if rewind is not None:
            rewind.setPen(pg.mkPen(text, width=2, style=Qt.DashLine))
            rewind.label.setColor(text)
            rewind.label.fill = pg.mkBrush(with_alpha(base, 220))

    def data(self) -> dict[str, np.ndarray]:
        return {"batch_x": self._raw.x.view().copy(), "batch_loss": self._raw.y.view().copy(),
                "smoothed": self._smoothed.y.view().copy(),
                "val_epoch": self._val.x.view().copy(), "val_loss": self._val.y.view().copy()}


class AccuracyPlot(LivePlot):
    """Training and validation accuracy per epoch (classification) or mean absolute error (regression), at x = epoch."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("accuracyPlot", TASK_LABELS["classification"], legend_offset=(-10, -10), parent=parent)
        epochs = GrowBuffer(64)
        self._train = self._add_series(Series(msg("training"), epochs, GrowBuffer(64), "train", width=2, symbol="o"))
        self._val = self._add_series(Series(msg("validation"), epochs, GrowBuffer(64), "val", width=2, dashed=True,
                                            symbol="s"))
        self.task = ""
        self.set_task("classification")
        self._apply_palette()

    def _fixed_y(self) -> tuple[float, float] | None:
        return (0.0, 1.0) if self.task == "classification" else None

    def set_task(self, task: str) -> None:
        """"classification": accuracy, y from 0 to 1 (the A button or View All autoranges), legend bottom right.
        "regression": mean absolute error, y autoranged, legend top right (the error falls)."""
        if task not in TASK_LABELS:
            raise ValueError(f"unknown task {task!r}; expected one of {sorted(TASK_LABELS)}")
        self.task, self._labels["left"] = task, TASK_LABELS[task]
        self._apply_palette()  # the new label, in the colours and the size (presentation mode) of the others
        if task == "classification":
            self.plotItem.setYRange(0.0, 1.0, padding=0.03)
        else:
            self.plotItem.enableAutoRange(axis="y")
        self._legend.setOffset((-10, -10 if task == "classification" else 10))

    def clear_run(self) -> None:
        self._reset_buffers()
        self.refresh()

    def add_epoch(self, epoch: float, train: float | None, val: float | None) -> None:
        """Add one epoch's values (None = no value that epoch). Only marks the plot dirty."""
        self._train.x.append([epoch])
        self._train.y.append(_finite_or_nan([train]))
        self._val.y.append(_finite_or_nan([val]))
        self._changed()

    def load(self, epochs, train, val) -> None:
        """Replace everything at once (a saved checkpoint was opened) and draw."""
        epochs, train, val = np.asarray(epochs, dtype=np.float64).ravel(), _finite_or_nan(train), _finite_or_nan(val)
        if not epochs.shape == train.shape == val.shape:
            raise ValueError("epochs, train and val must have the same length")
        self._reset_buffers()
        self._train.x.append(epochs)
        self._train.y.append(train)
        self._val.y.append(val)
        self.refresh()

    def data(self) -> dict[str, np.ndarray]:
        return {"epoch": self._train.x.view().copy(), "train": self._train.y.view().copy(),
                "val": self._val.y.view().copy()}

    def _csv_header(self) -> list[str]:
        metric = TASK_LABELS[self.task].replace(" ", "_")
        return ["epoch", f"train_{metric}", f"val_{metric}"]
