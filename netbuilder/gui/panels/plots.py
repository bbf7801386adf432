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
"""
from __future__ import annotations

import csv
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from pyqtgraph.exporters import ImageExporter
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAction, QColor, QFont, QPalette
from PySide6.QtWidgets import QFileDialog, QGraphicsItem, QMessageBox, QWidget

from ..style import is_dark
from .plot_items import (EpochBands, FastCurve, GrowBuffer, _finite_or_nan, batches_per_epoch_of, ema_debiased,
                         smoothing_factor)
from .plot_ranges import LiveRanges

#: Series colour roles -> (on a light background, on a dark background).
COLORS: dict[str, tuple[str, str]] = {
    "train": ("#1f63c6", "#6ea8ff"),
    "val": ("#d2601a", "#ffa65c"),
    "divergence": ("#d32f2f", "#ff6b6b"),
}
DEFAULT_SMOOTHING = 0.9
MAX_MARKERS = 80
MAX_SMOOTHING = 0.999
TASK_LABELS = {"classification": "accuracy", "regression": "mean absolute error"}


def _with_alpha(color: QColor, alpha: int) -> QColor:
    color = QColor(color)
    color.setAlpha(alpha)
    return color


#: presentation mode: the thinnest line and the text size, in pixels (18 pt is 24 px at 96 dpi)
PRESENTATION_LINE = 3.0
PRESENTATION_TEXT = 24


@dataclass(eq=False)
class Series:
    """A curve and the buffers behind it, with its style. ``color`` is a key of :data:`COLORS`."""
    label: str
    x: GrowBuffer
    y: GrowBuffer
    color: str
    width: float = 1.5
    alpha: int = 255
    dashed: bool = False
    symbol: str | None = None
    fast: bool = False  # drawn by a FastCurve (the series that grow on every redraw)
    curve: pg.PlotDataItem | FastCurve | None = None
    changed: bool = True  # its buffers changed since its curve last got them
    grew_only: bool = False  # points were only added at the end since its curve last got them


class _LivePlot(pg.PlotWidget, LiveRanges):
    """Shared by both plots: buffers go to the curves only on refresh, palette colours, hover read-out and exports."""

    def __init__(self, object_name: str, y_label: str, legend_offset: tuple[int, int], parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self._dirty, self._series, self._readout_text = False, [], ""
        self._big = False  # presentation mode: thick lines, large text
        self._big_px = PRESENTATION_TEXT
        self._live, self._y_span, self._x_span, self._x_end = False, None, None, 1.0
        self._labels = {"bottom": "epoch", "left": y_label}
        item = self.plotItem
        item.setClipToView(True)
        item.setDownsampling(auto=True, mode="peak")
        item.showGrid(x=False, y=True, alpha=0.15)
        for name in ("left", "bottom"):  # "epoch (x0.001)" over ticks 0..900 reads worse than 0..0.9
            item.getAxis(name).enableAutoSIPrefix(False)
        self._legend = item.addLegend(offset=legend_offset)
        # the legend and the axes change rarely: Qt repaints them from a pixmap instead of calling their Python
        # paint() on every frame (each call from C++ into Python takes the GIL from the training thread)
        for still in (self._legend, *(item.getAxis(name) for name in ("left", "bottom"))):
            still.setCacheMode(QGraphicsItem.DeviceCoordinateCache)
        self._readout = pg.TextItem(anchor=(0, 1), ensureInBounds=True)
        self._readout_dot = pg.ScatterPlotItem(size=9, brush=None)
        for extra in (self._readout_dot, self._readout):
            extra.setZValue(100)
            extra.hide()
            item.addItem(extra, ignoreBounds=True)
        self._mouse_proxy = pg.SignalProxy(self.scene().sigMouseMoved, rateLimit=30, slot=self._on_mouse_moved)
        item.vb.sigRangeChangedManually.connect(self._on_range_changed_manually)
        item.vb.menu.addSeparator()
        self.export_csv_action = self._add_menu_action("Export data as CSV…", "exportCsvAction",
                                                       self._on_export_csv_triggered)
        self.export_png_action = self._add_menu_action("Export picture as PNG…", "exportPngAction",
                                                       self._on_export_png_triggered)

    def _add_series(self, series: Series) -> Series:
        if series.fast:
            series.curve = FastCurve(series.label)
            self.plotItem.addItem(series.curve)
            self._legend.addItem(series.curve, series.label)
        else:
            series.curve = self.plotItem.plot(name=series.label, connect="finite", symbol=series.symbol,
                                              symbolSize=7)
        self._series.append(series)
        return series

    def _changed(self, *series: Series, appended: bool = False) -> None:
        """Note new data in ``series`` (all when none is named); the next refresh draws them. ``appended``: points
        were only added at the end (a fast curve then repaints just the new strip)."""
        for s in series or self._series:
            s.grew_only = (s.grew_only or not s.changed) if appended else False
            s.changed = True
        self._dirty = True

    def _add_menu_action(self, text: str, name: str, slot, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        action.setCheckable(checkable)
        (action.toggled if checkable else action.triggered).connect(slot)
        self.plotItem.vb.menu.addAction(action)
        return action

    def refresh(self) -> bool:
        """Push the buffers to the curves if anything changed since the last refresh; returns True when it did.
        The owner's timer calls this during a run."""
        if not self._dirty:
            return False
        for s in self._series:
            if not s.changed:
                continue
            s.changed = False
            if s.fast:
                s.curve.setData(s.x.view(), s.y.view(), appended_from=len(s.curve.getData()[0]) if s.grew_only
                                else None)
            else:
                s.curve.setData(s.x.view(), s.y.view())
            if s.symbol:  # markers on hundreds of epochs are a smear, and costly to paint: the line alone
                symbol = s.symbol if len(s.x) <= MAX_MARKERS else None
                if s.curve.opts["symbol"] != symbol:
                    s.curve.setSymbol(symbol)
        self._dirty = False
        if self._live:
            self._widen_x()
            self._widen_y()
        return True

    def _reset_buffers(self) -> None:
        for buf in {id(b): b for s in self._series for b in (s.x, s.y)}.values():
            buf.clear()
        self.hide_readout()
        self._changed()

    def data(self) -> dict[str, np.ndarray]:
        raise NotImplementedError

    def _csv_header(self) -> list[str]:
        return list(self.data())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange and getattr(self, "_themed", False):
            self._apply_palette()

    def set_presentation(self, on: bool, text_px: int = PRESENTATION_TEXT) -> None:
        """For a projector: lines at least PRESENTATION_LINE px, axis and legend text ``text_px`` px."""
        self._big = bool(on)
        self._big_px = int(text_px)
        self._apply_palette()
        self._refill_legend()

    def _refill_legend(self) -> None:
        """The legend's entries made again at the text size now: pyqtgraph's labels grow with a larger text but keep
        their size when it gets smaller, so after presentation mode the legend stayed large."""
        legend = self._legend
        legend.clear()
        for s in self._series:
            legend.addItem(s.curve, s.label)
        for _, label in legend.items:
            label.setText(label.text)  # the palette's text colour, as _apply_palette gives it

    def legend_size(self) -> tuple[float, float]:
        """The legend's (width, height) on screen, in pixels."""
        rect = self._legend.mapRectToScene(self._legend.boundingRect())
        return rect.width(), rect.height()

    def line_widths(self) -> list[float]:
        """Each series' pen width now (for tests and scripts)."""
        return [pg.mkPen(s.curve.opts["pen"]).widthF() for s in self._series]

    def _apply_palette(self) -> None:
        """Use the widget palette's Base and Text colours, not pyqtgraph's black, so both themes stay readable."""
        self._themed = True
        palette = self.palette()
        dark, base, text = is_dark(palette), palette.color(QPalette.Base), palette.color(QPalette.Text)
        self.setBackground(base)
        font = QFont(self.font())
        if self._big:
            font.setPixelSize(self._big_px)
        for name, label in self._labels.items():
            axis = self.getAxis(name)
            axis.setPen(pg.mkPen(_with_alpha(text, 150), width=2 if self._big else 1))
            axis.setTextPen(text)
            axis.setStyle(tickFont=font if self._big else None)
            axis.setLabel(label, color=text.name(), **({"font-size": f"{self._big_px}px"} if self._big else {}))
        self._legend.setBrush(_with_alpha(base, 215))
        self._legend.setPen(_with_alpha(text, 60))
        self._legend.setLabelTextColor(text)
        self._legend.setLabelTextSize(f"{self._big_px}px" if self._big else "9pt")
        for _, label in self._legend.items:
            label.setText(label.text)  # setLabelTextColor only takes effect on the next setText
        self._readout.setColor(text)
        self._readout.fill, self._readout.border = pg.mkBrush(_with_alpha(base, 230)), pg.mkPen(_with_alpha(text, 90))
        self._readout_dot.setPen(pg.mkPen(text, width=1.5))
        for s in self._series:
            color = QColor(COLORS[s.color][dark])
            style = Qt.DashLine if s.dashed else Qt.SolidLine
            width = max(PRESENTATION_LINE, 2 * s.width) if self._big else s.width
            s.curve.setPen(pg.mkPen(_with_alpha(color, s.alpha), width=width, style=style))
            if s.symbol:
                s.curve.setSymbolBrush(color)
                s.curve.setSymbolPen(pg.mkPen(base, width=1))
        self._apply_theme_extras(dark, base, text)

    def _apply_theme_extras(self, dark: bool, base: QColor, text: QColor) -> None:
        """For subclasses: colour their own items."""

    def _log_y(self) -> bool:
        return self.plotItem.ctrl.logYCheck.isChecked()

    def _to_view_y(self, y) -> np.ndarray:
        """Data y -> view y (log10 in log mode, NaN where that is undefined)."""
        y = np.asarray(y, dtype=np.float64)
        if not self._log_y():
            return y
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(y > 0, np.log10(np.where(y > 0, y, 1.0)), np.nan)

    def _on_mouse_moved(self, args) -> None:
        pos, vb = args[0], self.plotItem.vb
        if not vb.sceneBoundingRect().contains(pos):
            self.hide_readout()
            return
        point = vb.mapSceneToView(pos)
        self.show_readout_at(point.x(), 10.0 ** point.y() if self._log_y() else point.y())

    def leaveEvent(self, event) -> None:
        super().leaveEvent(event)
        self.hide_readout()

    def show_readout_at(self, x: float, y: float) -> str:
        """Show the visible data point nearest to (x, y) in data coordinates. Distance is measured in screen pixels,
        so both axes count the same. Returns the text, or "" when there is no point."""
        pw, ph = (v if np.isfinite(v) and v > 0 else 1.0 for v in self.plotItem.vb.viewPixelSize())
        yv = float(self._to_view_y([y])[0])
        if not np.isfinite(yv):
            yv, ph = 0.0, np.inf
        best = None
        for s in self._series:
            if s.curve.isVisible() and len(s.x):
                with np.errstate(invalid="ignore"):
                    d = ((s.x.view() - x) / pw) ** 2 + ((self._to_view_y(s.y.view()) - yv) / ph) ** 2
                i = int(np.nanargmin(d)) if not np.isnan(d).all() else -1
                if i >= 0 and (best is None or d[i] < best[0]):
                    best = (d[i], s, i)
        if best is None:
            self.hide_readout()
            return ""
        _, s, i = best
        px, py = float(s.x.view()[i]), float(s.y.view()[i])
        self._readout_text = f"{s.label}\nepoch {px:.2f}: {py:.4g}"
        view_y = float(self._to_view_y([py])[0])
        self._readout.setText(self._readout_text)
        self._readout.setPos(px, view_y)
        self._readout_dot.setData([px], [view_y])
        self._readout.show()
        self._readout_dot.show()
        return self._readout_text

    def hide_readout(self) -> None:
        self._readout_text = ""
        self._readout.hide()
        self._readout_dot.hide()

    def readout_text(self) -> str:
        return self._readout_text

    def export_csv(self, path) -> None:
        """One header row, then one column per series. Shorter series end in empty fields (see the module docstring)."""
        columns = list(self.data().values())
        rows = max((len(c) for c in columns), default=0)
        text = [[repr(v) for v in c.tolist()] + [""] * (rows - len(c)) for c in columns]
        with open(path, "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(self._csv_header())
            writer.writerows(zip(*text))

    def export_png(self, path, width: int | None = None) -> None:
        """Save the plot as drawn. It refreshes first, so the picture shows every point received so far."""
        self.refresh()
        exporter = ImageExporter(self.plotItem)
        if width:
            exporter.parameters()["width"] = int(width)
        exporter.export(str(path))

    def _ask_save_path(self, caption: str, name_filter: str, suffix: str) -> str:
        """The file dialog, kept in one small method so that tests can replace it."""
        path, _ = QFileDialog.getSaveFileName(self, caption, self.objectName() + suffix, name_filter)
        return path + suffix if path and not path.lower().endswith(suffix) else path

    def _export_with_dialog(self, export, caption: str, name_filter: str, suffix: str) -> None:
        path = self._ask_save_path(caption, name_filter, suffix)
        try:
            if path:
                export(path)
        except OSError as exc:
            QMessageBox.warning(self, caption, f"Could not write {path}:\n{exc}")

    def _on_export_csv_triggered(self) -> None:
        self._export_with_dialog(self.export_csv, "Export data as CSV", "CSV files (*.csv)", ".csv")

    def _on_export_png_triggered(self) -> None:
        self._export_with_dialog(self.export_png, "Export picture as PNG", "PNG images (*.png)", ".png")


class LossPlot(_LivePlot):
    """Training loss per batch (faint raw curve and smoothed curve), validation loss per epoch, epoch bands,
    divergence markers and an optional log y axis. Batch b of epoch e, with nb batches per epoch, sits at
    x = (e - 1) + b / nb."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("lossPlot", "loss", legend_offset=(-10, 10), parent=parent)
        self._smoothing, self._ema_state = DEFAULT_SMOOTHING, (0.0, 0)
        self._per_epoch: int | None = None  # batches per epoch of the run shown
        self.divergence_lines: list[pg.InfiniteLine] = []
        self.bands = EpochBands()
        self.plotItem.addItem(self.bands, ignoreBounds=True)
        batch_x, loss = GrowBuffer(4096), GrowBuffer(4096)
        self._raw = self._add_series(Series("training loss (per batch)", batch_x, loss, "train", width=1, alpha=80,
                                            fast=True))
        self._smoothed = self._add_series(Series("smoothed", batch_x, GrowBuffer(4096), "train", width=2,
                                                 fast=True))
        self._val = self._add_series(Series("validation loss", GrowBuffer(64), GrowBuffer(64), "val", symbol="o"))
        self.log_action = self._add_menu_action("Log scale", "logScaleAction", self.set_log_y, checkable=True)
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
            line = self._rewind_line = pg.InfiniteLine(angle=90, movable=False, label="rewound here",
                                                       labelOpts={"position": 0.85, "anchors": [(0, 0), (0, 0)]})
            line.setZValue(60)
            self.plotItem.addItem(line, ignoreBounds=True)
            self._apply_palette()
        line.setPos(float(x))
        line.show()

    def rewind_mark(self) -> float | None:
        line = getattr(self, "_rewind_line", None)
        return float(line.value()) if line is not None and line.isVisible() else None

    def mark_divergence(self, x: float, text: str) -> None:
        """A red vertical line at ``x`` with a label. It stays until :meth:`clear_run`."""
        label = text.replace("{", "{{").replace("}", "}}")  # InfiniteLine labels are format strings
        line = pg.InfiniteLine(pos=x, angle=90, movable=False, label=label,
                               labelOpts={"position": 0.92, "anchors": [(0, 0), (0, 0)]})
        line.setZValue(50)
        self.plotItem.addItem(line, ignoreBounds=True)
        self.divergence_lines.append(line)
        self._apply_palette()

    def _apply_theme_extras(self, dark: bool, base: QColor, text: QColor) -> None:
        self.bands.color = _with_alpha(text, 16 if dark else 14)
        self.bands.update()
        color = QColor(COLORS["divergence"][dark])
        for line in self.divergence_lines:
            line.setPen(pg.mkPen(color, width=2))
            line.label.setColor(color)
            line.label.fill = pg.mkBrush(_with_alpha(base, 220))
        rewind = getattr(self, "_rewind_line", None)
        if rewind is not None:
            rewind.setPen(pg.mkPen(text, width=2, style=Qt.DashLine))
            rewind.label.setColor(text)
            rewind.label.fill = pg.mkBrush(_with_alpha(base, 220))

    def data(self) -> dict[str, np.ndarray]:
        return {"batch_x": self._raw.x.view().copy(), "batch_loss": self._raw.y.view().copy(),
                "smoothed": self._smoothed.y.view().copy(),
                "val_epoch": self._val.x.view().copy(), "val_loss": self._val.y.view().copy()}


class AccuracyPlot(_LivePlot):
    """Training and validation accuracy per epoch (classification) or mean absolute error (regression), at x = epoch."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__("accuracyPlot", TASK_LABELS["classification"], legend_offset=(-10, -10), parent=parent)
        epochs = GrowBuffer(64)
        self._train = self._add_series(Series("training", epochs, GrowBuffer(64), "train", width=2, symbol="o"))
        self._val = self._add_series(Series("validation", epochs, GrowBuffer(64), "val", width=2, dashed=True,
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
