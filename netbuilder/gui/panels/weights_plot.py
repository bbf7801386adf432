"""The small themed plots of the weights panel (:mod:`netbuilder.gui.panels.weights`): an axis whose tick labels
never overlap (:class:`FittingAxis`) and a plot with an elided title, a hint for "nothing yet", a legend and a pool
of histogram curves made once (:class:`WeightsPlot`)."""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QTextOption
from PySide6.QtWidgets import QWidget

from ..common.style import with_alpha
from ..common.i18n import tr_text
from .weights_data import histogram

#: Histogram series colours: (light, dark); the bias histogram starts at the second one.
SERIES_COLORS = (("#1f63c6", "#6ea8ff"), ("#d2601a", "#ffa65c"), ("#2e9e6a", "#5fd39a"),
                 ("#8a5cc7", "#b995ff"), ("#a8861c", "#f0c850"))
MAX_SERIES = len(SERIES_COLORS)
MAX_TICK_LABELS = 16


def _next_nice(step: float) -> float:
    """The next step of the 1-2-5 series above ``step`` (0.2 -> 0.5 -> 1 -> 2)."""
    exponent = math.floor(math.log10(step))
    mantissa = step / 10.0 ** exponent
    return next(c for c in (2.0, 5.0, 10.0, 20.0) if c > mantissa * 1.0001) * 10.0 ** exponent


class FittingAxis(pg.AxisItem):
    """pyqtgraph's axis, whose major ticks are spaced (1-2-5 steps, as pyqtgraph's own) so that their labels fit
    side by side with a gap: pyqtgraph spaces them by the axis length alone, and always labels the major ticks, so
    the labels overlapped on a small plot ("-0.2-0.1 0 0.1"). Minor ticks get no labels."""

    GAP_PX = 4
    EDGE_PX = 18

    def __init__(self, orientation: str):
        super().__init__(orientation)
        self.setStyle(maxTextLevel=0)

    def boundingRect(self) -> QRectF:  # noqa: N802  (Qt's name)
        """A bottom axis's labels may reach ``EDGE_PX`` past its left end, into the empty corner under the left
        axis, so the tick at a histogram's left edge keeps its label (pyqtgraph leaves out any label that leaves
        the axis's rectangle; past the right end there is no room: the widget ends there)."""
        rect = super().boundingRect()
        return rect.adjusted(-self.EDGE_PX, 0, 0, 0) if self.orientation == "bottom" else rect

    def tickSpacing(self, minVal: float, maxVal: float, size: float):  # noqa: N802, N803  (pyqtgraph's names)
        levels = super().tickSpacing(minVal, maxVal, size)
        if not levels or self._tickSpacing is not None or size <= 0:
            return levels
        fm = QFontMetricsF(self.style["tickFont"] or self.font())
        lo, hi = min(minVal, maxVal), max(minVal, maxVal)
        if hi <= lo:
            return levels
        spacing, px_per_unit = levels[0][0], size / (hi - lo)
        for _ in range(12):  # adjacent labels, each centred on its tick, must not touch
            values = np.arange(math.ceil(lo / spacing), math.floor(hi / spacing) + 1) * spacing
            if len(values) < 2:
                break
            strings = self.tickStrings(list(values), self.autoSIPrefixScale * self.scale, spacing)
            extents = ([fm.horizontalAdvance(t) for t in strings] if self.orientation in ("bottom", "top")
                       else [fm.height()] * len(strings))
            need = max((a + b) / 2 for a, b in zip(extents, extents[1:])) + self.GAP_PX
            if spacing * px_per_unit >= need:
                break
            spacing = _next_nice(spacing)
        offset = 0.0
        if self.orientation in ("bottom", "top") and self._labels_inside(spacing, 0.0, lo, hi, size, fm) < 2:
            # the 1-2-5 step that fits side by side leaves one label (a narrow plot, a large font: 0 and 0.05 on
            # -0.023..0.054, the 0.05 label past the right end): the 2-4 steps between, e.g. 0 and 0.04, or
            # -0.02 and 0.02, keep a scale to read
            spacing, offset = self._two_labels(levels[0][0], lo, hi, size, fm) or (spacing, offset)
        return [(spacing, offset)] + [level for level in levels[1:] if level[0] < spacing][:1]

    def _label_extents(self, spacing: float, offset: float, lo: float, hi: float,
                       fm: QFontMetricsF) -> list[tuple[float, float]]:
        """(value, label width) of each tick ``offset + k * spacing`` within ``lo..hi``."""
        values = np.arange(math.ceil((lo - offset) / spacing), math.floor((hi - offset) / spacing) + 1) * spacing
        values = values + offset
        strings = self.tickStrings(list(values), self.autoSIPrefixScale * self.scale, spacing)
        return [(float(v), fm.horizontalAdvance(t)) for v, t in zip(values, strings)]

    def _labels_inside(self, spacing: float, offset: float, lo: float, hi: float, size: float,
                       fm: QFontMetricsF) -> int:
        """How many labels of a horizontal axis pyqtgraph draws: each centred on its tick, within the axis's
        rectangle (which reaches ``EDGE_PX`` past the left end, see :meth:`boundingRect`)."""
        px_per_unit = size / (hi - lo)
        return sum(1 for v, w in self._label_extents(spacing, offset, lo, hi, fm)
                   if (v - lo) * px_per_unit - w / 2 >= -self.EDGE_PX and (v - lo) * px_per_unit + w / 2 <= size)

    def _two_labels(self, start: float, lo: float, hi: float, size: float,
                    fm: QFontMetricsF) -> tuple[float, float] | None:
        """The smallest (spacing, offset) on the 1-2-4-5 series from ``start`` whose labels do not touch and of
        which at least two are drawn; ``None`` when there is none."""
        exponent = math.floor(math.log10(start))
        px_per_unit = size / (hi - lo)
        for power in range(exponent, exponent + 4):
            for mantissa in (1.0, 2.0, 4.0, 5.0):
                spacing = mantissa * 10.0 ** power
                if spacing < start * 0.9999:
                    continue
                if spacing > hi - lo:
                    return None
                # offset half a step too where that half is itself a round step (0.04 from 0.02: -0.02, 0.02)
                for offset in ((0.0, spacing / 2) if mantissa in (2.0, 4.0) else (0.0,)):
                    extents = self._label_extents(spacing, offset, lo, hi, fm)
                    if len(extents) < 2:
                        continue
                    need = max((a[1] + b[1]) / 2 for a, b in zip(extents, extents[1:])) + self.GAP_PX
                    if spacing * px_per_unit >= need and self._labels_inside(spacing, offset, lo, hi, size, fm) >= 2:
                        return spacing, offset
        return None


class WeightsPlot(pg.PlotWidget):
    """A small themed plot: axis labels and title follow the palette, and a centred hint for "nothing yet". The
    tick labels never overlap (:class:`FittingAxis`), the title is elided to the plot's width (whole in its
    tooltip) and the hint wraps within the plot."""

    def __init__(self, object_name: str, title: str, bottom: str, left: str, parent: QWidget | None = None):
        super().__init__(parent, axisItems={"bottom": FittingAxis("bottom"), "left": FittingAxis("left")})
        self.setObjectName(object_name)
        self._title, self._labels = title, {"bottom": bottom, "left": left}
        self._text = QColor("black")
        item = self.plotItem
        item.showGrid(x=False, y=True, alpha=0.15)
        item.setMenuEnabled(True)
        for name in ("left", "bottom"):
            item.getAxis(name).enableAutoSIPrefix(False)
        # the title over the whole plot, not only over its view box (pyqtgraph's cell): a small plot's title fits
        item.layout.removeItem(item.titleLabel)
        item.layout.addItem(item.titleLabel, 0, 0, 1, 3)
        self.hint = pg.TextItem(anchor=(0.5, 0.5))
        self.hint.textItem.document().setDefaultTextOption(QTextOption(Qt.AlignHCenter))
        self.hint.setZValue(50)
        self.hint.hide()
        item.addItem(self.hint, ignoreBounds=True)
        self.series: list[pg.PlotDataItem] = []
        self.legend: pg.LegendItem | None = None
        self._legend_names: tuple[str, ...] = ()

    def set_title(self, title: str) -> None:
        self._title = title
        self._show_title()

    def _show_title(self) -> None:
        """The title, elided to the plot's width; the whole of it in the tooltip when it is cut."""
        font = QFont(self.font())
        font.setPointSizeF(9)
        room = max(20, self.width() - 12)
        title = tr_text(self._title)
        shown = QFontMetricsF(font).elidedText(title, Qt.ElideRight, room)
        self.plotItem.setTitle(shown, color=self._text.name(), size="9pt")
        self.setToolTip(title if shown != title else "")

    def title_text(self) -> str:
        """The title as drawn (elided when the plot is narrow)."""
        return self.plotItem.titleLabel.text

    def _wrap_hint(self) -> None:
        self.hint.setTextWidth(max(40, self.width() - 16))

    def resizeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().resizeEvent(event)
        if hasattr(self, "_title"):
            self._show_title()
            self._wrap_hint()

    def set_labels(self, bottom: str, left: str) -> None:
        if (bottom, left) != (self._labels["bottom"], self._labels["left"]):
            self._labels = {"bottom": bottom, "left": left}
            self._set_axis_labels()

    def _set_axis_labels(self) -> None:
        for name, label in self._labels.items():
            self.getAxis(name).setLabel(tr_text(label), color=self._text.name())

    def show_hint(self, text: str | None) -> None:
        """A centred message over an empty plot (``None`` hides it and turns auto-range back on)."""
        vb = self.plotItem.vb
        for name in ("left", "bottom"):  # an empty plot's axes say nothing: its hint gets the room
            self.plotItem.showAxis(name, not text)
        if text:
            self.hint.setText(tr_text(text))
            self._wrap_hint()
            vb.disableAutoRange()
            vb.setRange(xRange=(0, 1), yRange=(0, 1), padding=0)
            self.hint.setPos(0.5, 0.5)
            self.hint.show()
        else:
            self.hint.hide()
            vb.enableAutoRange()

    def set_legend(self, names: tuple[str, ...]) -> None:
        """Legend entries for the visible series, only when there are two or more (refilled only on change)."""
        if names == self._legend_names:
            return
        self._legend_names = names
        if self.legend is None:
            self.legend = self.plotItem.addLegend(offset=(-2, 2), labelTextSize="7.5pt", verSpacing=-6,
                                                  horSpacing=4)
            self._theme_legend()
        self.legend.clear()
        if len(names) > 1:
            for curve, name in zip(self.series, names):
                self.legend.addItem(curve, tr_text(name))
        self.legend.setVisible(len(names) > 1)

    def _theme_legend(self) -> None:
        if self.legend is not None:
            base = self.backgroundBrush().color()
            self.legend.setBrush(with_alpha(base, 170))
            self.legend.setPen(with_alpha(self._text, 60))
            self.legend.setLabelTextColor(self._text)
            for _, label in self.legend.items:
                label.setText(label.text)

    def apply_palette(self, base: QColor, text: QColor) -> None:
        self._text = QColor(text)
        self.setBackground(base)
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setPen(with_alpha(text, 150))
            axis.setTextPen(text)
        self._set_axis_labels()
        self._show_title()
        self.hint.setColor(with_alpha(text, 170))
        self._theme_legend()

    def show_histograms(self, series, first_color: int, title: str, empty: str, dark: bool) -> None:
        """One stepped series per (label, values) of ``series`` in the pool of curves made once (colours from the
        ``first_color``-th of :data:`SERIES_COLORS` on), the legend and the title; the ``empty`` hint for none."""
        top = 0
        for i, curve in enumerate(self.series):
            if i < len(series):
                edges, counts = histogram(series[i][1])
                top = max(top, int(counts.max()) if counts.size else 0)
                color = QColor(SERIES_COLORS[(first_color + i) % len(SERIES_COLORS)][dark])
                curve.setData(edges, counts)
                curve.setPen(pg.mkPen(color, width=1.3))
                curve.setBrush(with_alpha(color, 60 if len(series) > 1 else 110))
                curve.show()
            else:
                curve.setData([], [])
                curve.hide()
        self.set_legend(tuple(label for label, _ in series))
        self.set_title(title)
        self.show_hint(None if series else empty)
        if series:  # headroom above the bars for the legend, which sits at the top
            vb = self.plotItem.vb
            vb.enableAutoRange(x=True, y=False)
            top = max(top, 1) * (1.06 if len(series) == 1 else 1.1 + 0.2 * len(series))
            vb.setYRange(-0.07 * top, top, padding=0)  # a little below 0, or the axis leaves out its 0 tick

    def plain_ticks(self, one_row: bool) -> None:
        """pyqtgraph's own ticks on both axes (none on the left for a one-row image)."""
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setTicks(None)
            axis.setStyle(showValues=not (one_row and name == "left"))

    def tile_ticks(self, n: int, h: int, w: int, rows: int, cols: int) -> None:
        """For ``n`` filters of ``h`` x ``w`` tiled ``rows`` x ``cols``: the left axis names the first channel of
        each tile row, the bottom axis the column offset within a row."""
        step_r = max(1, math.ceil(rows / MAX_TICK_LABELS))
        step_c = max(1, math.ceil(cols / MAX_TICK_LABELS))
        left = [(r * (h + 1) + (h - 1) / 2, str(r * cols)) for r in range(0, rows, step_r)]
        bottom = [(c * (w + 1) + (w - 1) / 2, f"+{c}") for c in range(0, min(cols, n), step_c)]
        self.getAxis("left").setTicks([left, []])
        self.getAxis("bottom").setTicks([bottom, []])
