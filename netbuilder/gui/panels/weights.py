"""The weights panel: what the layer selected on the canvas holds, and how large its gradients have been.

The driver (``netbuilder.gui.training.inside``) calls :meth:`WeightsPanel.show_node` with that node's tensors as plain numpy
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
  (at most :data:`~.weights_plot.MAX_SERIES`; the smallest are pooled as "others"), non-finite values left out.
- The gradient norm of the node over time (x = epoch), from :meth:`add_gradient_norm`/:meth:`set_gradient_history`,
  kept per node. Log y is in the plot's context menu (Plot options > Transforms).

Colours follow the widget palette (Base background, Text for text), re-applied on ``QEvent.PaletteChange``.

The rules without Qt (tensors, levels, tiles, words) are in :mod:`.weights_data`, the small plots in
:mod:`.weights_plot`.
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...core.text import msg
from ..common.i18n import tr, tr_text
from ..common.style import is_dark, with_alpha
from .weights_data import (channel_words, float_tensors, grid_shape, histogram_series, is_bias, is_buffer, main_tensor,
                           matrix_axes, pixel_text, symmetric_limit, tile_filters, title_text, vector_axis)
from .weights_plot import MAX_SERIES, WeightsPlot

#: Diverging colour maps, (light theme, dark theme): each one's middle (zero) is close to that theme's background.
COLOR_MAPS = ("CET-D1", "CET-D4")
#: The view background behind the heat map, visible through the gaps between filter tiles: (light, dark).
GAP_COLORS = ("#8d949b", "#5b6066")
GRADIENT_COLORS = ("#2e9e6a", "#5fd39a")
DEFAULT_MESSAGE = msg("Select a layer on the canvas to see its weights.")


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
        self.tensor_box.setToolTip(tr("Which of the layer's tensors the heat map shows"))
        self.tensor_label = QLabel(tr("tensor"), self)
        self.channel_box = QComboBox(self)
        self.channel_box.setObjectName("inputChannelBox")
        self.channel_box.setToolTip(tr("Show the filters averaged over their input channels, or for one input "
                                       "channel"))
        self.channel_label = QLabel(tr("input channel"), self)
        for box in (self.tensor_box, self.channel_box):
            box.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.tensor_box.currentIndexChanged.connect(self._on_tensor_chosen)
        self.channel_box.currentIndexChanged.connect(self._on_channel_chosen)

        # the heat map: one ImageItem and one colour bar, made once
        self.heatmap = WeightsPlot("weightHeatmap", "", msg("input"), msg("output unit"), self)
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

        self.weight_histogram = WeightsPlot("weightHistogram", msg("weights"), msg("value"), msg("count"), self)
        self.bias_histogram = WeightsPlot("biasHistogram", msg("biases"), msg("value"), msg("count"), self)
        for plot in (self.weight_histogram, self.bias_histogram):
            for _ in range(MAX_SERIES):
                curve = pg.PlotDataItem(stepMode="center", fillLevel=0)
                curve.hide()
                plot.plotItem.addItem(curve)
                plot.series.append(curve)
        self.gradient_plot = WeightsPlot("gradientNormPlot", msg("gradient norm"), msg("epoch"), msg("norm"), self)
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
            self.title.setText(tr("{node} · {type} · no weights", node=node_id, type=node_type))
            self.title.show()
            self._show_message(tr("{type} has no weights: it transforms its input the same way however the network "
                                  "trains.", type=node_type) if not params else
                               tr("{type} holds no weights to show here (only counters or empty tensors).",
                                  type=node_type))
            return
        self.title.setText(tr_text(title_text(node_id, node_type, tensors)))
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
        self.message.setText(tr_text(text))
        self.message.show()

    def _clear_plots(self) -> None:
        self.image_item.clear()
        self._image_shape = self._layout_info = None
        for plot in (self.weight_histogram, self.bias_histogram):
            for curve in plot.series:
                curve.setData([], [])
                curve.hide()

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
            self.channel_box.addItems([tr("average of {n}", n=channels) if channels > 1 else tr("average")]
                                      + [str(i) for i in range(channels)])
            self.channel_box.setCurrentIndex(index if 0 <= index <= channels else 0)
            self.channel_box.blockSignals(False)
        index = self.channel_box.currentIndex()
        return index - 1 if index > 0 else None

    def _draw_heatmap(self) -> None:
        name = self._shown_tensor if self._shown_tensor in self._tensors else main_tensor(self._tensors)
        array = self._tensors[name]
        conv = "Conv" in self._node_type
        out_word, in_word, out_words, in_words = channel_words(self._node_type)
        self.channel_label.setText(tr_text(in_word) if array.ndim >= 3 else tr("input channel"))
        channel = self._sync_channel_box(array.shape[1] if array.ndim >= 3 else None)
        if array.ndim >= 3:
            picked = array[:, channel] if channel is not None else array.mean(axis=1, dtype=np.float64)
            which = (tr("{word} {channel}", word=in_word, channel=channel) if channel is not None else
                     tr("averaged over {n} {words}", n=array.shape[1], words=in_words) if array.shape[1] > 1 else "")
        else:
            picked, which = array, ""
        if picked.ndim <= 2:
            image = np.ascontiguousarray(np.atleast_2d(picked), dtype=np.float32)
            if array.ndim >= 3:
                rows, cols = out_word, msg("kernel tap") if conv else msg("column")
            elif array.ndim == 2:
                rows, cols = matrix_axes(self._node_type, name)
            else:
                rows, cols = "", vector_axis(self._node_type)
            info = {"kind": "matrix", "rows": rows or msg("row"), "cols": cols}
            self.heatmap.plotItem.vb.setAspectLocked(False)
            self.heatmap.set_labels(cols, rows)
            self.heatmap.plain_ticks(one_row=image.shape[0] == 1)
            shape_text = " × ".join(f"{s:,}" for s in array.shape) or tr("scalar")
        else:
            filters = picked.reshape(picked.shape[0], -1, picked.shape[-1])
            n, h, w = filters.shape
            tile_rows, tile_cols = grid_shape(n, h, w)
            image = tile_filters(filters, tile_cols)
            info = {"kind": "tiles", "n": n, "h": h, "w": w, "cols": tile_cols, "what": out_word}
            self.heatmap.plotItem.vb.setAspectLocked(True)
            self.heatmap.set_labels(msg("one tile per {what}, row by row", what=out_word), out_words)
            self.heatmap.tile_ticks(n, h, w, tile_rows, tile_cols)
            shape_text = tr("{n:,} filters of {size}", n=n, size="×".join(str(s) for s in picked.shape[1:]))
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
        self._caption = " · ".join(p for p in (name, shape_text, which, tr("colour scale ±{m:.3g}", m=m),
                                               tr("hover for values")) if p)
        self.readout.setText(self._caption)

    def _draw_histograms(self) -> None:
        """Every float tensor: the biases in the bias histogram, the rest (weights, running statistics) in the
        weight histogram, one series each."""
        weights = [(k, a) for k, a in self._tensors.items() if not is_bias(k)]
        biases = [(k, a) for k, a in self._tensors.items() if is_bias(k)]
        learned = sum(a.size for k, a in weights if not is_buffer(k))
        stats = sum(a.size for k, a in weights if is_buffer(k))
        title = " · ".join(p for p in (tr("weights ({n:,})", n=learned) if learned else "",
                                       tr("statistics ({n:,})", n=stats) if stats else "") if p)
        dark = is_dark(self.palette())
        self.weight_histogram.show_histograms(histogram_series(weights, MAX_SERIES), 0, title, tr("no weights"), dark)
        bias_title = tr("biases ({n:,})", n=sum(a.size for _, a in biases)) if biases else tr("biases")
        self.bias_histogram.show_histograms(histogram_series(biases, MAX_SERIES), 1, bias_title,
                                            tr("no biases in this layer"), dark)

    def _show_gradient_history(self) -> None:
        xs, ys = self._history.get(self.node_id, ([], [])) if self.node_id else ([], [])
        plot = self.gradient_plot
        self.gradient_curve.setData(np.asarray(xs, dtype=float), np.asarray(ys, dtype=float))
        self.gradient_curve.setSymbol("o" if 0 < len(xs) <= 60 else None)
        if xs:
            plot.show_hint(None)
            plot.set_title(tr("gradient norm {norm:.3g}", norm=ys[-1]))
        else:
            plot.show_hint(tr("no gradients yet:\nthey appear while it trains"))
            plot.set_title(tr("gradient norm"))

    # hover read-out -----------------------------------------------------------------------------------------
    def _on_mouse_moved(self, pos: QPointF) -> None:
        vb = self.heatmap.plotItem.vb
        text = None
        if self._layout_info is not None and vb.sceneBoundingRect().contains(pos):
            p = vb.mapSceneToView(pos)
            text = self.describe_pixel(int(math.floor(p.y() + 0.5)), int(math.floor(p.x() + 0.5)))
        self.readout.setText(tr_text(text) if text else self._caption)

    def describe_pixel(self, row: int, col: int) -> str | None:
        """What heat-map pixel (``row``, ``col``) of the image shows, in words, or None outside a value."""
        return pixel_text(self.image_item.image, self._layout_info, row, col)

    def retranslate(self) -> None:
        self._apply_palette()  # the plots' titles and axes, the histograms
        self._show_gradient_history()
        if self._tensors:
            self._draw_heatmap()

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
            axis.setPen(with_alpha(text, 150))
            axis.setTextPen(text)
        self.color_bar.setColorMap(COLOR_MAPS[dark])
        self.color_bar.setLevels(self._levels)
        self.gradient_curve.setPen(pg.mkPen(QColor(GRADIENT_COLORS[dark]), width=1.5))
        self.gradient_curve.setSymbolBrush(QColor(GRADIENT_COLORS[dark]))
        self.gradient_curve.setSymbolPen(None)
        if self._tensors:
            self._draw_histograms()
