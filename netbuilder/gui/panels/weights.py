"""The weights panel: what the layer selected on the canvas holds, and how large its gradients have been.

The driver (``netbuilder.gui.inside``) calls :meth:`WeightsPanel.show_node` with that node's tensors as plain numpy
arrays (keyed as in PyTorch's ``state_dict`` without the node's prefix) once an epoch during a run, and more often
for tiny networks. An update therefore only feeds numpy arrays to pyqtgraph items made once in ``__init__``: one
``ImageItem`` (``setImage(..., autoLevels=False)`` with explicit levels), a fixed pool of histogram curves and one
gradient-norm curve. Nothing is rebuilt per update; combo boxes and legends are refilled only when what they list
changes.

What is drawn:

- The heat map. A 2-D tensor is shown as it is: ``image_item.image[i, j] == weight[i, j]`` (row-major), column ``j``
  on x (for Linear: input ``j``) and row ``i`` on y with row 0 at the top (for Linear: output unit ``i``), each cell
  centred on its integer coordinates. A 1-D tensor is a 1-row image, a 0-D tensor one cell. Tensors of 3 or more
  dimensions (Conv1d ``[out, in, k]``, Conv2d ``[out, in, kh, kw]``, Conv3d ...) are averaged over axis 1 (the input
  channels), or take the one channel chosen in ``inputChannelBox``. A 3-D tensor then becomes a matrix (rows =
  output channels, columns = kernel taps); higher ones become one small image per output channel, tiled row by row
  into ONE image with 1-pixel gaps (NaN, drawn transparent over a grey view background), see :func:`tile_filters`.
- Colours: a diverging colour map (``CET-D1`` on light backgrounds, ``CET-D4`` on dark ones) whose middle is the
  background-like neutral, with levels ``(-m, m)`` where ``m`` is the largest finite ``|value|`` of the image shown
  (1 when everything is zero), so zero is always neutral, positive red, negative blue. A colour bar shows the scale.
- Histograms of the weights and of the biases (tensors whose name contains "bias"), one stepped series per tensor
  (at most :data:`MAX_SERIES`; the smallest are pooled as "others"), non-finite values left out.
- The gradient norm of the node over time (x = epoch), from :meth:`add_gradient_norm`/:meth:`set_gradient_history`,
  kept per node. Log y is in the plot's context menu (Plot options > Transforms).

Colours follow the widget palette (Base background, Text for text), re-applied on ``QEvent.PaletteChange``.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette, QTextOption
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ..style import is_dark

#: Diverging colour maps, (light theme, dark theme): each one's middle (zero) is close to that theme's background.
COLOR_MAPS = ("CET-D1", "CET-D4")
#: The view background behind the heat map, visible through the gaps between filter tiles: (light, dark).
GAP_COLORS = ("#8d949b", "#5b6066")
#: Histogram series colours: (light, dark); the bias histogram starts at the second one.
SERIES_COLORS = (("#1f63c6", "#6ea8ff"), ("#d2601a", "#ffa65c"), ("#2e9e6a", "#5fd39a"),
                 ("#8a5cc7", "#b995ff"), ("#a8861c", "#f0c850"))
GRADIENT_COLORS = ("#2e9e6a", "#5fd39a")
MAX_SERIES = len(SERIES_COLORS)
MAX_BINS = 40
#: Width / height the filter grid aims at (the heat map is wider than it is tall).
TILE_ASPECT = 1.8
MAX_TICK_LABELS = 16
#: Buffers, not weights: shown, but not counted in the title's "N weights".
BUFFER_PREFIXES = ("running_", "num_batches_tracked")
DEFAULT_MESSAGE = "Select a layer on the canvas to see its weights."


def _with_alpha(color: QColor, alpha: int) -> QColor:
    color = QColor(color)
    color.setAlpha(alpha)
    return color


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def float_tensors(params: dict) -> dict[str, np.ndarray]:
    """The real floating-point tensors of ``params`` (int, bool, complex and object values are left out)."""
    out = {}
    for name, value in params.items():
        try:
            array = np.asarray(value)
        except Exception:  # noqa: BLE001 - something numpy cannot read is not a tensor to show
            continue
        if array.dtype.kind == "f":
            out[str(name)] = array
    return out


def symmetric_limit(values: np.ndarray) -> float:
    """The largest finite ``|value|`` (1.0 when there is none or it is 0), for levels ``(-m, m)``."""
    if values.size == 0:
        return 1.0
    lo, hi = values.min(), values.max()  # NaN or inf when there are any: then only the finite values count
    if not (math.isfinite(lo) and math.isfinite(hi)):
        finite = values[np.isfinite(values)]
        if finite.size == 0:
            return 1.0
        lo, hi = finite.min(), finite.max()
    m = float(max(abs(lo), abs(hi)))
    return m if m > 0 else 1.0


def grid_shape(n: int, h: int, w: int, aspect: float = TILE_ASPECT) -> tuple[int, int]:
    """(rows, columns) of tiles for ``n`` filters of ``h`` x ``w`` so that the grid is about ``aspect`` wide."""
    cols = max(1, min(n, math.ceil(math.sqrt(n * aspect * (h + 1) / (w + 1)))))
    return math.ceil(n / cols), cols


def tile_filters(filters: np.ndarray, cols: int) -> np.ndarray:
    """``filters`` [n, h, w] as one float32 image: filter ``k`` at tile row ``k // cols``, tile column ``k % cols``,
    i.e. ``image[r*(h+1):r*(h+1)+h, c*(w+1):c*(w+1)+w]``; the 1-pixel gaps and unused tiles are NaN.
    Its size is ``(rows*(h+1) - 1, cols*(w+1) - 1)``."""
    n, h, w = filters.shape
    rows = math.ceil(n / cols)
    grid = np.full((rows * cols, h + 1, w + 1), np.nan, dtype=np.float32)
    grid[:n, :h, :w] = filters
    grid = grid.reshape(rows, cols, h + 1, w + 1).transpose(0, 2, 1, 3).reshape(rows * (h + 1), cols * (w + 1))
    return grid[:-1, :-1]


def histogram(values: np.ndarray, bins: int = MAX_BINS) -> tuple[np.ndarray, np.ndarray]:
    """(edges, counts) of the finite ``values``: at most ``bins`` bins, fewer for a few values."""
    values = values.ravel()
    finite = values[np.isfinite(values)] if not np.isfinite(values).all() else values
    if finite.size == 0:
        return np.zeros(0), np.zeros(0)
    bins = int(min(bins, max(6, 2 * math.sqrt(finite.size))))
    counts, edges = np.histogram(finite, bins=bins)
    return edges, counts


def _is_buffer(name: str) -> bool:
    last = name.rsplit(".", 1)[-1]
    return last.startswith(BUFFER_PREFIXES)


def _is_bias(name: str) -> bool:
    return "bias" in name.rsplit(".", 1)[-1]


def main_tensor(tensors: dict[str, np.ndarray]) -> str:
    """The tensor the heat map shows by default: ``weight``, else the largest one with 2 or more dimensions (names
    with "weight" first), else the largest one."""
    shown = {k: v for k, v in tensors.items() if v.size}
    if not shown:
        return next(iter(tensors))
    if "weight" in shown:
        return "weight"
    return max(shown, key=lambda k: (shown[k].ndim >= 2, "weight" in k, not _is_buffer(k), shown[k].size))


def _series(tensors: list[tuple[str, np.ndarray]]) -> list[tuple[str, np.ndarray]]:
    """One (label, values) per tensor, at most MAX_SERIES: the smallest ones pooled as "N others"."""
    if len(tensors) <= MAX_SERIES:
        return [(name, a.ravel()) for name, a in tensors]
    by_size = sorted(tensors, key=lambda t: -t[1].size)
    keep, rest = by_size[:MAX_SERIES - 1], by_size[MAX_SERIES - 1:]
    return ([(name, a.ravel()) for name, a in keep]
            + [(f"{len(rest)} others", np.concatenate([a.ravel() for _, a in rest]))])


def _next_nice(step: float) -> float:
    """The next step of the 1-2-5 series above ``step`` (0.2 -> 0.5 -> 1 -> 2)."""
    exponent = math.floor(math.log10(step))
    mantissa = step / 10.0 ** exponent
    return next(c for c in (2.0, 5.0, 10.0, 20.0) if c > mantissa * 1.0001) * 10.0 ** exponent


class _FittingAxis(pg.AxisItem):
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


class _Plot(pg.PlotWidget):
    """A small themed plot: axis labels and title follow the palette, and a centred hint for "nothing yet". The
    tick labels never overlap (:class:`_FittingAxis`), the title is elided to the plot's width (whole in its
    tooltip) and the hint wraps within the plot."""

    def __init__(self, object_name: str, title: str, bottom: str, left: str, parent: QWidget | None = None):
        super().__init__(parent, axisItems={"bottom": _FittingAxis("bottom"), "left": _FittingAxis("left")})
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
        shown = QFontMetricsF(font).elidedText(self._title, Qt.ElideRight, room)
        self.plotItem.setTitle(shown, color=self._text.name(), size="9pt")
        self.setToolTip(self._title if shown != self._title else "")

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
            self.getAxis(name).setLabel(label, color=self._text.name())

    def show_hint(self, text: str | None) -> None:
        """A centred message over an empty plot (``None`` hides it and turns auto-range back on)."""
        vb = self.plotItem.vb
        for name in ("left", "bottom"):  # an empty plot's axes say nothing: its hint gets the room
            self.plotItem.showAxis(name, not text)
        if text:
            self.hint.setText(text)
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
                self.legend.addItem(curve, name)
        self.legend.setVisible(len(names) > 1)

    def _theme_legend(self) -> None:
        if self.legend is not None:
            base = self.backgroundBrush().color()
            self.legend.setBrush(_with_alpha(base, 170))
            self.legend.setPen(_with_alpha(self._text, 60))
            self.legend.setLabelTextColor(self._text)
            for _, label in self.legend.items:
                label.setText(label.text)

    def apply_palette(self, base: QColor, text: QColor) -> None:
        self._text = QColor(text)
        self.setBackground(base)
        for name in ("left", "bottom"):
            axis = self.getAxis(name)
            axis.setPen(_with_alpha(text, 150))
            axis.setTextPen(text)
        self._set_axis_labels()
        self._show_title()
        self.hint.setColor(_with_alpha(text, 170))
        self._theme_legend()


class WeightsPanel(QWidget):
    """The selected layer's weights as a heat map with a colour bar, histograms of its weights and biases, and its
    gradient norm over time. See the module docstring for what each part shows."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("weightsPanel")
        self.node_id: str | None = None
        self._node_type = ""
        self._tensors: dict[str, np.ndarray] = {}
        self._history: dict[str, tuple[list[float], list[float]]] = {}
        self._levels = (-1.0, 1.0)
        self._shown_tensor: str | None = None  # the tensor in the heat map
        self._layout_info: dict | None = None  # how heat-map pixels map back to tensor indices (hover read-out)
        self._image_shape: tuple[int, int] | None = None
        self._caption = ""
        self._themed = False

        self.title = QLabel(self)
        self.title.setObjectName("weightsTitle")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.message = QLabel(self)
        self.message.setObjectName("weightsMessage")
        self.message.setAlignment(Qt.AlignCenter)
        self.message.setWordWrap(True)

        self.tensor_box = QComboBox(self)
        self.tensor_box.setObjectName("tensorBox")
        self.tensor_box.setToolTip("Which of the layer's tensors the heat map shows")
        self.tensor_label = QLabel("tensor", self)
        self.channel_box = QComboBox(self)
        self.channel_box.setObjectName("inputChannelBox")
        self.channel_box.setToolTip("Show the filters averaged over their input channels, or for one input channel")
        self.channel_label = QLabel("input channel", self)
        for box in (self.tensor_box, self.channel_box):
            box.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.tensor_box.currentIndexChanged.connect(self._on_tensor_chosen)
        self.channel_box.currentIndexChanged.connect(self._on_channel_chosen)

        # the heat map: one ImageItem and one colour bar, made once
        self.heatmap = _Plot("weightHeatmap", "", "input", "output unit", self)
        self.heatmap.plotItem.showGrid(x=False, y=False)
        self.heatmap.plotItem.vb.invertY(True)
        self.image_item = pg.ImageItem(axisOrder="row-major")
        self.heatmap.plotItem.addItem(self.image_item)
        self.color_bar = pg.ColorBarItem(values=self._levels, width=14, colorMap=COLOR_MAPS[0], interactive=False,
                                         colorMapMenu=False)
        self.color_bar.setImageItem(self.image_item, insert_in=self.heatmap.plotItem)
        self.heatmap.setMinimumHeight(170)
        self.heatmap.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self.readout = QLabel(self)
        self.readout.setObjectName("weightReadout")
        self.readout.setTextInteractionFlags(Qt.TextSelectableByMouse)

        self.weight_histogram = _Plot("weightHistogram", "weights", "value", "count", self)
        self.bias_histogram = _Plot("biasHistogram", "biases", "value", "count", self)
        for plot in (self.weight_histogram, self.bias_histogram):
            for _ in range(MAX_SERIES):
                curve = pg.PlotDataItem(stepMode="center", fillLevel=0)
                curve.hide()
                plot.plotItem.addItem(curve)
                plot.series.append(curve)
        self.gradient_plot = _Plot("gradientNormPlot", "gradient norm", "epoch", "norm", self)
        self.gradient_curve = self.gradient_plot.plotItem.plot(connect="finite", symbolSize=5)
        for plot in (self.weight_histogram, self.bias_histogram, self.gradient_plot):
            plot.setMinimumSize(150, 140)

        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        for w in (self.tensor_label, self.tensor_box, self.channel_label, self.channel_box):
            controls.addWidget(w)
        controls.addStretch(1)
        small = QHBoxLayout()
        small.setContentsMargins(0, 0, 0, 0)
        small.setSpacing(4)
        for plot in (self.weight_histogram, self.bias_histogram, self.gradient_plot):
            small.addWidget(plot, 1)
        self.content = QWidget(self)
        self.content.setObjectName("weightsContent")
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(4)
        inner.addLayout(controls)
        inner.addWidget(self.heatmap, 3)
        inner.addWidget(self.readout)
        inner.addLayout(small, 2)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.addWidget(self.title)
        outer.addWidget(self.content, 1)
        outer.addWidget(self.message, 1)
        self.readout.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.title.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)

        self._apply_palette()
        self._show_gradient_history()
        self.show_nothing(DEFAULT_MESSAGE)

    # public API ---------------------------------------------------------------------------------------------
    def show_node(self, node_id: str, node_type: str, params: dict) -> None:
        """Show ``params`` (this node's tensors, keyed as in its ``state_dict``) of node ``node_id``."""
        new_node = node_id != self.node_id or node_type != self._node_type
        self.node_id, self._node_type = node_id, node_type
        tensors = {k: v for k, v in float_tensors(params).items() if v.size}
        self._tensors = tensors
        if new_node:
            self._show_gradient_history()
        if not tensors:
            self._clear_plots()
            self.title.setText(f"{node_id} · {node_type} · no weights")
            self.title.show()
            self._show_message(f"{node_type} has no weights: it transforms its input the same way however the "
                               "network trains." if not params else
                               f"{node_type} holds no weights to show here (only counters or empty tensors).")
            return
        self.title.setText(self._title_text(node_id, node_type, tensors))
        self.title.show()
        self.message.hide()
        self.content.show()
        names = tuple(tensors)
        if new_node or names != tuple(self.tensor_box.itemText(i) for i in range(self.tensor_box.count())):
            keep = self._shown_tensor if not new_node and self._shown_tensor in tensors else main_tensor(tensors)
            self.tensor_box.blockSignals(True)
            self.tensor_box.clear()
            self.tensor_box.addItems(list(names))
            self.tensor_box.setCurrentIndex(names.index(keep))
            self.tensor_box.blockSignals(False)
            self._shown_tensor = keep
        for w in (self.tensor_label, self.tensor_box):
            w.setVisible(len(names) > 1)
        if new_node:
            self.channel_box.blockSignals(True)
            self.channel_box.setCurrentIndex(0)
            self.channel_box.blockSignals(False)
        self._draw_heatmap()
        self._draw_histograms()

    def add_gradient_norm(self, node_id: str, x: float, norm: float) -> None:
        """Append (``x`` in epochs, ``norm``) to ``node_id``'s gradient-norm history."""
        xs, ys = self._history.setdefault(node_id, ([], []))
        xs.append(float(x))
        ys.append(float(norm))
        if node_id == self.node_id:
            self._show_gradient_history()

    def set_gradient_history(self, node_id: str, xs, norms) -> None:
        """Replace ``node_id``'s gradient-norm history."""
        xs, norms = [float(v) for v in np.ravel(xs)], [float(v) for v in np.ravel(norms)]
        if len(xs) != len(norms):
            raise ValueError(f"{len(xs)} x values but {len(norms)} norms")
        self._history[node_id] = (xs, norms)
        if node_id == self.node_id:
            self._show_gradient_history()

    def show_nothing(self, text: str) -> None:
        """A plain message instead of a node (gradient histories are kept)."""
        self.node_id, self._node_type, self._tensors = None, "", {}
        self._clear_plots()
        self.title.clear()
        self.title.hide()
        self._show_message(text)

    def clear(self) -> None:
        """Forget everything: the node, its tensors and every node's gradient history."""
        self._history.clear()
        self._shown_tensor = None
        self.show_nothing(DEFAULT_MESSAGE)
        self._show_gradient_history()

    def levels(self) -> tuple[float, float]:
        """The (low, high) colour levels of the heat map now: ``(-m, m)``, m the largest |value| shown."""
        return self._levels

    def gradient_history(self, node_id: str) -> tuple[list[float], list[float]]:
        """A copy of ``node_id``'s (x values, norms)."""
        xs, ys = self._history.get(node_id, ([], []))
        return list(xs), list(ys)

    # drawing ------------------------------------------------------------------------------------------------
    def _show_message(self, text: str) -> None:
        self.content.hide()
        self.message.setText(text)
        self.message.show()

    def _clear_plots(self) -> None:
        self.image_item.clear()
        self._image_shape = self._layout_info = None
        for plot in (self.weight_histogram, self.bias_histogram):
            for curve in plot.series:
                curve.setData([], [])
                curve.hide()

    @staticmethod
    def _title_text(node_id: str, node_type: str, tensors: dict[str, np.ndarray]) -> str:
        count = sum(a.size for k, a in tensors.items() if not _is_buffer(k))
        w = tensors.get("weight")
        shape = ""
        if w is not None and w.ndim == 2 and node_type == "Linear":
            shape = f"{w.shape[1]:,} → {w.shape[0]:,}"
        elif w is not None and w.ndim >= 3 and "Conv" in node_type:
            c_out, c_in = (w.shape[1], w.shape[0]) if "Transpose" in node_type else (w.shape[0], w.shape[1])
            shape = f"{c_in:,} → {c_out:,} channels, {'×'.join(str(s) for s in w.shape[2:])}"
        elif tensors:
            name = main_tensor(tensors)
            shape = f"{name} {'×'.join(f'{s:,}' for s in tensors[name].shape) or 'scalar'}"
        return " · ".join(p for p in (node_id, node_type, shape, _plural(count, "weight")) if p)

    def _on_tensor_chosen(self, index: int) -> None:
        if 0 <= index < self.tensor_box.count() and self._tensors:
            self._shown_tensor = self.tensor_box.itemText(index)
            self.channel_box.blockSignals(True)
            self.channel_box.setCurrentIndex(0)
            self.channel_box.blockSignals(False)
            self._draw_heatmap()

    def _on_channel_chosen(self, _index: int) -> None:
        if self._tensors:
            self._draw_heatmap()

    def _sync_channel_box(self, channels: int | None) -> int | None:
        """Show the input-channel box for ``channels`` channels (None hides it); returns the chosen channel or None
        for the average."""
        visible = channels is not None and channels > 1  # one channel: its average is itself
        self.channel_box.setVisible(visible)
        self.channel_label.setVisible(visible)
        if not visible:
            return None
        if self.channel_box.count() != channels + 1:
            index = self.channel_box.currentIndex()
            self.channel_box.blockSignals(True)
            self.channel_box.clear()
            self.channel_box.addItems([f"average of {channels}" if channels > 1 else "average"]
                                      + [str(i) for i in range(channels)])
            self.channel_box.setCurrentIndex(index if 0 <= index <= channels else 0)
            self.channel_box.blockSignals(False)
        index = self.channel_box.currentIndex()
        return index - 1 if index > 0 else None

    def _draw_heatmap(self) -> None:
        name = self._shown_tensor if self._shown_tensor in self._tensors else main_tensor(self._tensors)
        array = self._tensors[name]
        conv = "Conv" in self._node_type
        transpose = "Transpose" in self._node_type
        out_word = ("input channel" if transpose else "output channel") if conv else "slice"
        in_word = ("output channel" if transpose else "input channel") if conv else "index"
        self.channel_label.setText(in_word if array.ndim >= 3 else "input channel")
        channel = self._sync_channel_box(array.shape[1] if array.ndim >= 3 else None)
        if array.ndim >= 3:
            picked = array[:, channel] if channel is not None else array.mean(axis=1, dtype=np.float64)
            which = (f"{in_word} {channel}" if channel is not None else
                     f"averaged over {array.shape[1]} {in_word}s" if array.shape[1] > 1 else "")
        else:
            picked, which = array, ""
        if picked.ndim <= 2:
            image = np.ascontiguousarray(np.atleast_2d(picked), dtype=np.float32)
            if array.ndim >= 3:
                rows, cols = f"{out_word}", "kernel tap" if conv else "column"
            elif array.ndim == 2:
                rows, cols = self._matrix_axes(name)
            else:
                rows, cols = "", self._vector_axis()
            info = {"kind": "matrix", "rows": rows or "row", "cols": cols}
            self.heatmap.plotItem.vb.setAspectLocked(False)
            self.heatmap.set_labels(cols, rows)
            self._plain_ticks(one_row=image.shape[0] == 1)
            shape_text = " × ".join(f"{s:,}" for s in array.shape) or "scalar"
        else:
            filters = picked.reshape(picked.shape[0], -1, picked.shape[-1])
            n, h, w = filters.shape
            tile_rows, tile_cols = grid_shape(n, h, w)
            image = tile_filters(filters, tile_cols)
            info = {"kind": "tiles", "n": n, "h": h, "w": w, "cols": tile_cols, "what": out_word}
            self.heatmap.plotItem.vb.setAspectLocked(True)
            self.heatmap.set_labels(f"one tile per {out_word}, row by row", f"{out_word}s")
            self._tile_ticks(n, h, w, tile_rows, tile_cols)
            shape_text = f"{n:,} filters of {'×'.join(str(s) for s in picked.shape[1:])}"
        m = symmetric_limit(image)
        self._levels = (-m, m)
        self.image_item.setImage(image, autoLevels=False, levels=self._levels,
                                 autoDownsample=image.size > 1_000_000)
        self.color_bar.setLevels(self._levels)
        shape = image.shape
        if shape != self._image_shape:  # a new shape: fit it; the same shape keeps the user's zoom
            self._image_shape = shape
            self.image_item.setRect(QRectF(-0.5, -0.5, shape[1], shape[0]))
            vb = self.heatmap.plotItem.vb
            vb.setRange(xRange=(-0.5, shape[1] - 0.5), yRange=(-0.5, shape[0] - 0.5), padding=0)
        self._layout_info = info
        self._caption = " · ".join(p for p in (name, shape_text, which, f"colour scale ±{m:.3g}",
                                               "hover for values") if p)
        self.readout.setText(self._caption)

    def _matrix_axes(self, name: str) -> tuple[str, str]:
        """(row label, column label) of a 2-D tensor of this node type."""
        t = self._node_type
        if t == "Embedding":
            return "token", "dimension"
        if t in ("LSTM", "GRU", "RNN") or name.startswith(("weight_ih", "weight_hh")):
            return "gate unit", "hidden unit" if "hh" in name else "input"
        if "in_proj" in name:
            return "query, key, value unit", "input"
        return "output unit", "input"

    def _vector_axis(self) -> str:
        t = self._node_type
        if t.startswith(("BatchNorm", "InstanceNorm", "GroupNorm")):
            return "channel"
        if t == "LayerNorm":
            return "feature"
        return "index"

    def _plain_ticks(self, one_row: bool) -> None:
        for name in ("left", "bottom"):
            axis = self.heatmap.getAxis(name)
            axis.setTicks(None)
            axis.setStyle(showValues=not (one_row and name == "left"))

    def _tile_ticks(self, n: int, h: int, w: int, rows: int, cols: int) -> None:
        """Left axis: the first channel of each tile row; bottom axis: the column offset within a row."""
        step_r = max(1, math.ceil(rows / MAX_TICK_LABELS))
        step_c = max(1, math.ceil(cols / MAX_TICK_LABELS))
        left = [(r * (h + 1) + (h - 1) / 2, str(r * cols)) for r in range(0, rows, step_r)]
        bottom = [(c * (w + 1) + (w - 1) / 2, f"+{c}") for c in range(0, min(cols, n), step_c)]
        self.heatmap.getAxis("left").setTicks([left, []])
        self.heatmap.getAxis("bottom").setTicks([bottom, []])

    def _draw_histograms(self) -> None:
        """Every float tensor: the biases in the bias histogram, the rest (weights, running statistics) in the
        weight histogram, one series each."""
        weights = [(k, a) for k, a in self._tensors.items() if not _is_bias(k)]
        biases = [(k, a) for k, a in self._tensors.items() if _is_bias(k)]
        learned = sum(a.size for k, a in weights if not _is_buffer(k))
        stats = sum(a.size for k, a in weights if _is_buffer(k))
        title = " · ".join(p for p in (f"weights ({learned:,})" if learned else "",
                                       f"statistics ({stats:,})" if stats else "") if p)
        self._fill_histogram(self.weight_histogram, _series(weights), 0, title, "no weights")
        bias_title = f"biases ({sum(a.size for _, a in biases):,})" if biases else "biases"
        self._fill_histogram(self.bias_histogram, _series(biases), 1, bias_title, "no biases in this layer")

    def _fill_histogram(self, plot: _Plot, series, first_color: int, title: str, empty: str) -> None:
        dark = is_dark(self.palette())
        top = 0
        for i, curve in enumerate(plot.series):
            if i < len(series):
                edges, counts = histogram(series[i][1])
                top = max(top, int(counts.max()) if counts.size else 0)
                color = QColor(SERIES_COLORS[(first_color + i) % len(SERIES_COLORS)][dark])
                curve.setData(edges, counts)
                curve.setPen(pg.mkPen(color, width=1.3))
                curve.setBrush(_with_alpha(color, 60 if len(series) > 1 else 110))
                curve.show()
            else:
                curve.setData([], [])
                curve.hide()
        plot.set_legend(tuple(label for label, _ in series))
        plot.set_title(title)
        plot.show_hint(None if series else empty)
        if series:  # headroom above the bars for the legend, which sits at the top
            vb = plot.plotItem.vb
            vb.enableAutoRange(x=True, y=False)
            top = max(top, 1) * (1.06 if len(series) == 1 else 1.1 + 0.2 * len(series))
            vb.setYRange(-0.07 * top, top, padding=0)  # a little below 0, or the axis leaves out its 0 tick

    def _show_gradient_history(self) -> None:
        xs, ys = self._history.get(self.node_id, ([], [])) if self.node_id else ([], [])
        plot = self.gradient_plot
        self.gradient_curve.setData(np.asarray(xs, dtype=float), np.asarray(ys, dtype=float))
        self.gradient_curve.setSymbol("o" if 0 < len(xs) <= 60 else None)
        if xs:
            plot.show_hint(None)
            plot.set_title(f"gradient norm {ys[-1]:.3g}")
        else:
            plot.show_hint("no gradients yet:\nthey appear while it trains")
            plot.set_title("gradient norm")

    # hover read-out -----------------------------------------------------------------------------------------
    def _on_mouse_moved(self, pos: QPointF) -> None:
        vb = self.heatmap.plotItem.vb
        text = None
        if self._layout_info is not None and vb.sceneBoundingRect().contains(pos):
            p = vb.mapSceneToView(pos)
            text = self.describe_pixel(int(math.floor(p.y() + 0.5)), int(math.floor(p.x() + 0.5)))
        self.readout.setText(text or self._caption)

    def describe_pixel(self, row: int, col: int) -> str | None:
        """What heat-map pixel (``row``, ``col``) of the image shows, in words, or None outside a value."""
        image, info = self.image_item.image, self._layout_info
        if image is None or info is None or not (0 <= row < image.shape[0] and 0 <= col < image.shape[1]):
            return None
        value = float(image[row, col])
        if info["kind"] == "matrix":
            where = f"{info['rows']} {row}, {info['cols']} {col}" if image.shape[0] > 1 else f"{info['cols']} {col}"
        else:
            h, w = info["h"], info["w"]
            r, c = row % (h + 1), col % (w + 1)
            k = (row // (h + 1)) * info["cols"] + col // (w + 1)
            if r == h or c == w or k >= info["n"]:
                return None
            where = f"{info['what']} {k}, row {r}, column {c}"
        return f"{where}: {value:.4g}"

    # theme --------------------------------------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange and self._themed:
            self._apply_palette()

    def _apply_palette(self) -> None:
        """Backgrounds from the palette's Base, text from its Text; the colour map whose zero fits the background."""
        self._themed = True
        palette = self.palette()
        dark, base, text = is_dark(palette), palette.color(QPalette.Base), palette.color(QPalette.Text)
        for plot in (self.heatmap, self.weight_histogram, self.bias_histogram, self.gradient_plot):
            plot.apply_palette(base, text)
        self.heatmap.plotItem.vb.setBackgroundColor(QColor(GAP_COLORS[dark]))
        for name in ("left", "right", "top", "bottom"):
            axis = self.color_bar.getAxis(name)
            axis.setPen(_with_alpha(text, 150))
            axis.setTextPen(text)
        self.color_bar.setColorMap(COLOR_MAPS[dark])
        self.color_bar.setLevels(self._levels)
        self.gradient_curve.setPen(pg.mkPen(QColor(GRADIENT_COLORS[dark]), width=1.5))
        self.gradient_curve.setSymbolBrush(QColor(GRADIENT_COLORS[dark]))
        self.gradient_curve.setSymbolPen(None)
        if self._tensors:
            self._draw_histograms()
