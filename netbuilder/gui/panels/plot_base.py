"""The live plot that both training plots (:mod:`netbuilder.gui.panels.plots`) are: series whose buffers go to their
curves only on refresh, colours from the palette, presentation mode, the hover read-out, and the CSV and PNG exports
(why our own CSV writer: see the plots module's docstring).
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

from ...core.text import msg
from ..common.i18n import tr, tr_text
from ..common.palette import CURVE_COLORS
from ..common.style import is_dark, with_alpha
from .plot_items import FastCurve, GrowBuffer
from .plot_ranges import LiveRanges

#: Series colour roles -> (on a light background, on a dark background): the active palette's (common.palette).
COLORS: dict[str, tuple[str, str]] = CURVE_COLORS

#: presentation mode: the thinnest line and the text size, in pixels (18 pt is 24 px at 96 dpi)
PRESENTATION_LINE = 3.0
PRESENTATION_TEXT = 24
MAX_MARKERS = 80


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


class LivePlot(pg.PlotWidget, LiveRanges):
    """Shared by both plots: buffers go to the curves only on refresh, palette colours, hover read-out and exports."""

    def __init__(self, object_name: str, y_label: str, legend_offset: tuple[int, int], parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self._dirty, self._series, self._readout_text = False, [], ""
        self._big = False  # presentation mode: thick lines, large text
        self._big_px = PRESENTATION_TEXT
        self._live, self._y_span, self._x_span, self._x_end = False, None, None, 1.0
        self._labels = {"bottom": msg("epoch"), "left": y_label}  # msg: shown through tr_text
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
        self.export_csv_action = self._add_menu_action(tr("Export data as CSV…"), "exportCsvAction",
                                                       self._on_export_csv_triggered)
        self.export_png_action = self._add_menu_action(tr("Export picture as PNG…"), "exportPngAction",
                                                       self._on_export_png_triggered)

    def _add_series(self, series: Series) -> Series:
        if series.fast:
            series.curve = FastCurve(tr_text(series.label))
            self.plotItem.addItem(series.curve)
            self._legend.addItem(series.curve, tr_text(series.label))
        else:
            series.curve = self.plotItem.plot(name=tr_text(series.label), connect="finite", symbol=series.symbol,
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

    def retranslate(self) -> None:
        """The axes' labels and the legend in the window's language."""
        self._apply_palette()
        self._refill_legend()

    def _refill_legend(self) -> None:
        """The legend's entries made again at the text size now: pyqtgraph's labels grow with a larger text but keep
        their size when it gets smaller, so after presentation mode the legend stayed large."""
        legend = self._legend
        legend.clear()
        for s in self._series:
            legend.addItem(s.curve, tr_text(s.label))
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
            axis.setPen(pg.mkPen(with_alpha(text, 150), width=2 if self._big else 1))
            axis.setTextPen(text)
            axis.setStyle(tickFont=font if self._big else None)
            big = {"font-size": f"{self._big_px}px"} if self._big else {}
            axis.setLabel(tr_text(label), color=text.name(), **big)
        self._legend.setBrush(with_alpha(base, 215))
        self._legend.setPen(with_alpha(text, 60))
        self._legend.setLabelTextColor(text)
        self._legend.setLabelTextSize(f"{self._big_px}px" if self._big else "9pt")
        for _, label in self._legend.items:
            label.setText(label.text)  # setLabelTextColor only takes effect on the next setText
        self._readout.setColor(text)
        self._readout.fill, self._readout.border = pg.mkBrush(with_alpha(base, 230)), pg.mkPen(with_alpha(text, 90))
        self._readout_dot.setPen(pg.mkPen(text, width=1.5))
        for s in self._series:
            color = QColor(COLORS[s.color][dark])
            style = Qt.DashLine if s.dashed else Qt.SolidLine
            width = max(PRESENTATION_LINE, 2 * s.width) if self._big else s.width
            s.curve.setPen(pg.mkPen(with_alpha(color, s.alpha), width=width, style=style))
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
        self._readout_text = tr("{series}\nepoch {x:.2f}: {y:.4g}", series=s.label, x=px, y=py)
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
            QMessageBox.warning(self, caption, tr("Could not write {path}:\n{error}", path=path, error=str(exc)))

    def _on_export_csv_triggered(self) -> None:
        self._export_with_dialog(self.export_csv, tr("Export data as CSV"), tr("CSV files (*.csv)"), ".csv")

    def _on_export_png_triggered(self) -> None:
        self._export_with_dialog(self.export_png, tr("Export picture as PNG"), tr("PNG images (*.png)"), ".png")
