"""The decision-boundary panel: what a network with 1 or 2 inputs predicts over the plane of its inputs (or along
the line of its one input), with the training points on top, as TensorFlow Playground's output view shows it.

It draws the answers of the core's ``grid`` probe (:func:`netbuilder.core.training.inspection.probe_grid`) and
nothing else. What it shows:

- 2 inputs, classification: the predicted class over the plane in that class's colour (TensorFlow Playground's
  orange and blue for two classes, a qualitative palette up to 10), paler toward the background where the network
  is unsure (its top probability near 1/k) while "show probability" is on, hard regions while it is off. One
  sigmoid output (k == 1) is the probability of class 1: the same two colours, diverging around 0.5.
- 2 inputs, regression: the predicted value over the plane on a sequential colour map with a colour bar.
- 1 input: the output along the input as a line (one line per class for several softmax outputs), the training
  points as dots at (x, target), or (x, label) for a yes/no output.
- :meth:`BoundaryPanel.show_unit`: one hidden unit's own output instead (diverging colours centred on 0, symmetric
  levels of the unit's largest absolute value, a colour bar), kept across later grids until ``show_unit(None,
  None)``.

The owner calls :meth:`BoundaryPanel.set_grid` 5-10 times a second during a run, so an update builds no item and
no widget: it computes one small RGB image in numpy (or hands the unit's values with explicit levels), gives it to
the one ImageItem with ``autoLevels=False``, and gives the points to their item only when they changed (compared by
identity, then by shape and first values). The view range is set only when the grid's axes change; after that the
user's pan and zoom stay.

The colours are in :mod:`.boundary_colors` (the runs view's thumbnails share them), the caption, legend and axis
labels in :mod:`.boundary_texts`.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from ..common.i18n import tr, tr_text
from ..common.style import is_dark, with_alpha
from .boundary_colors import (CLASS_COLORS, REGION_STRENGTH, class_colors, class_regions, regression_map, rgb_array,
                              unsure_rgb)
from .boundary_texts import BoundaryTexts

POINT_SIZE = 7
LINE_WIDTH = 2.5


class BoundaryPanel(BoundaryTexts, QWidget):
    """objectName ``decisionBoundaryPanel``; inside: ``boundaryCaption``, ``boundaryLegend``,
    ``boundaryProbabilityCheck``, ``boundaryPlot`` and ``boundaryMessage``.

    Attributes: ``plot`` (the pg.PlotWidget), ``image_item`` (its pg.ImageItem), ``points_item`` (its
    pg.ScatterPlotItem), ``curve_item`` (the 1-D output line; ``curves`` holds one per class),
    ``color_bar`` (a pg.ColorBarItem, in the plot only while a unit or a regression map is shown) and ``updates``
    (how many :meth:`set_grid` calls drew).
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("decisionBoundaryPanel")
        self.updates = 0
        self._grid: dict | None = None
        self._unit: tuple[str, int | None] | None = None  # as asked; the grid may not hold it
        self._class_names: list[str] | None = None
        self._input_names = [tr("input {n}", n=1), tr("input {n}", n=2)]
        self._axes_key = None  # the grid axes the view range was last set for
        self._points_key = None  # what the points item last got
        self._points_obj = None  # ... and from which array (an identical object needs no comparison)
        self._lut_key = None  # the ImageItem's lookup table: None (RGB regions), "unit", "regression"
        self._value_range = (0.0, 1.0)  # the levels of the unit or regression map on show
        self._targets_range: tuple[float, float] | None = None
        self._shown = ""  # what the picture shows: "classes", "unit", "regression", "line", "" (nothing)

        self.caption = QLabel()
        self.caption.setObjectName("boundaryCaption")
        self.caption.setWordWrap(True)
        self.probability = QCheckBox(tr("show probability"))
        self.probability.setObjectName("boundaryProbabilityCheck")
        self.probability.setToolTip(tr("On: each region fades toward the background where the network is unsure.\n"
                                       "Off: hard regions, each point in the colour of the class predicted there."))
        self.probability.setChecked(True)
        self.probability.toggled.connect(self._on_probability)
        self.legend = QLabel()
        self.legend.setObjectName("boundaryLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.RichText)

        self.plot = pg.PlotWidget()
        self.plot.setObjectName("boundaryPlot")
        self.plot.setMenuEnabled(False)
        # the grid is coarse (64 x 64): smooth scaling turns its blocks into a smooth boundary, at a small cost
        self.plot.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        item = self.plot.getPlotItem()
        for name in ("left", "bottom"):
            item.getAxis(name).enableAutoSIPrefix(False)
        self.view = item.getViewBox()
        self.view.disableAutoRange()
        self.image_item = pg.ImageItem(axisOrder="row-major")
        self.points_item = pg.ScatterPlotItem(size=POINT_SIZE, pxMode=True)
        self.points_item.setZValue(10)
        self.curves: list[pg.PlotDataItem] = []
        self.curve_item = self._curve(0)
        self.plot.addItem(self.image_item)
        self.plot.addItem(self.points_item)
        self.color_bar = pg.ColorBarItem(values=(-1.0, 1.0), width=14, interactive=False, colorMapMenu=False)
        self.color_bar.hide()
        self._bar_in_layout = False

        self.message = QLabel()
        self.message.setObjectName("boundaryMessage")
        self.message.setAlignment(Qt.AlignCenter)
        self.message.setWordWrap(True)
        self.message.setMargin(16)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plot)
        self.stack.addWidget(self.message)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.caption, 1)
        top.addWidget(self.probability, 0, Qt.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.legend)
        layout.addWidget(self.stack, 1)
        self._apply_palette()
        self._set_axis_labels(force=True)
        self.clear()

    # public -----------------------------------------------------------------------------------------------------
    def set_grid(self, grid: dict) -> None:
        """Draw an answer of the core's ``grid`` probe: ``axes`` (1 or 2 coordinate arrays, raw units),
        ``output`` ([res_y, res_x, k] or [res, k]), ``units`` ({node id: [res_y, res_x, n] or [res, n]}),
        ``points`` ([n, 1 or 2]), ``labels`` or ``targets`` ([n] or None), ``task``, ``output_id``; an optional
        ``note`` starts the caption (e.g. "before training")."""
        axes = [np.asarray(a, dtype=np.float64).reshape(-1) for a in grid["axes"]]
        if len(axes) not in (1, 2):
            raise ValueError(f"a grid has 1 or 2 axes, not {len(axes)}")
        self._grid = dict(grid, axes=axes)
        if self.stack.currentWidget() is not self.plot:
            self.stack.setCurrentWidget(self.plot)
        key = tuple((len(a), float(a[0]), float(a[-1])) for a in axes)
        new_axes = key != self._axes_key
        self._axes_key = key
        self._draw()
        if new_axes:
            self._fit_view()
        self.updates += 1

    def show_unit(self, node_id: str | None, unit: int | None) -> None:
        """Show hidden unit ``unit`` (0-based; None: 0) of ``node_id`` over the plane instead of the network's
        output, now and for later grids; ``show_unit(None, None)`` goes back to the output. A node the grid does not
        hold (more than 8 units, or not a hidden layer) shows the output."""
        wanted = None if node_id is None else (str(node_id), None if unit is None else int(unit))
        if wanted == self._unit:
            return
        self._unit = wanted
        if self._plot_shown():
            self._draw()

    def set_class_names(self, names) -> None:
        """Names for the classes in the legend (default "class 0", "class 1", ...)."""
        self._class_names = [str(n) for n in names] if names else None
        if self._grid is not None and self._plot_shown():
            self._update_texts()

    def set_input_names(self, names) -> None:
        """Names of the inputs for the axes (default "input 1", "input 2")."""
        names = [str(n) for n in (names or [])]
        self._input_names = names + [tr("input {n}", n=i + 1) for i in range(len(names), 2)]
        self._set_axis_labels(force=True)

    def show_message(self, text: str) -> None:
        """Show ``text`` in place of the plot (e.g. why there is no boundary); the next grid shows the plot again."""
        self.message.setText(tr_text(text))
        self.stack.setCurrentWidget(self.message)
        self.caption.setText("")
        self.legend.hide()
        self.probability.hide()

    def clear(self) -> None:
        """Forget the grid: an empty plot (the unit asked for and the names stay)."""
        self._grid = None
        self._axes_key = self._points_key = self._points_obj = self._targets_range = None
        self._shown = ""
        self.image_item.clear()
        self.points_item.clear()
        for curve in self.curves:
            curve.setData([], [])
        self._show_color_bar(False)
        self.caption.setText("")
        self.legend.hide()
        self.probability.hide()
        self.stack.setCurrentWidget(self.plot)

    # drawing ----------------------------------------------------------------------------------------------------
    def _draw(self) -> None:
        grid = self._grid
        if grid is None:
            return
        if len(grid["axes"]) == 2:
            self._draw_plane(grid)
        else:
            self._draw_line(grid)
        self._update_texts()
        self._set_axis_labels()

    def _unit_values(self, grid: dict) -> tuple[str, int, np.ndarray] | None:
        """The hidden unit asked for, as (node id, unit, its values over the grid), or None."""
        if self._unit is None:
            return None
        node, unit = self._unit
        values = (grid.get("units") or {}).get(node)
        if values is None:
            return None
        values = np.asarray(values)
        dims = len(grid["axes"])
        if values.ndim == dims:  # one unit, no unit axis
            values = values[..., None]
        n = values.shape[-1]
        if n == 0:
            return None
        unit = min(max(0, unit or 0), n - 1)
        return node, unit, values[..., unit]

    def _draw_plane(self, grid: dict) -> None:
        xs, ys = grid["axes"]
        for curve in self.curves:
            if curve.xData is not None and len(curve.xData):
                curve.setData([], [])
        self._set_points(grid, plane=True)  # first: a regression map's levels are the targets' range
        output = np.asarray(grid["output"])
        if output.ndim == 2:
            output = output[..., None]
        chosen = self._unit_values(grid)
        if chosen is not None:
            values = np.nan_to_num(np.asarray(chosen[2], dtype=np.float64), nan=0.0, posinf=0.0, neginf=0.0)
            m = float(np.max(np.abs(values))) if values.size else 0.0
            m = m if m > 0 else 1.0
            self._value_range = (-m, m)
            self._use_lut("unit")
            self.image_item.setImage(values, autoLevels=False, levels=(-m, m))
            self._shown = "unit"
        elif grid.get("task") == "regression":
            values = np.nan_to_num(np.asarray(output[..., 0], dtype=np.float64), nan=0.0, posinf=0.0, neginf=0.0)
            lo, hi = self._targets_range or (float(values.min()), float(values.max()))
            if not hi > lo:
                lo, hi = lo - 0.5, lo + 0.5
            self._value_range = (lo, hi)
            self._use_lut("regression")
            self.image_item.setImage(values, autoLevels=False, levels=(lo, hi))
            self._shown = "regression"
        else:
            self._use_lut(None)
            self.image_item.setImage(self._regions(output), autoLevels=False, levels=(0, 255))
            self._shown = "classes"
        if self._shown in ("unit", "regression"):
            self.color_bar.setLevels(self._value_range)
        self._show_color_bar(self._shown in ("unit", "regression"))
        # shown for a classification plane (a unit's hover only greys it out: the layout does not jump)
        self.probability.setVisible(grid.get("task") != "regression")
        self.probability.setEnabled(self._shown == "classes")
        # each grid value is a pixel's centre: the image reaches half a step beyond the first and last values
        dx = (xs[-1] - xs[0]) / max(1, len(xs) - 1) or 1.0
        dy = (ys[-1] - ys[0]) / max(1, len(ys) - 1) or 1.0
        rect = QRectF(xs[0] - dx / 2, ys[0] - dy / 2, (xs[-1] - xs[0]) + dx, (ys[-1] - ys[0]) + dy)
        if rect != self.image_item.mapRectToParent(self.image_item.boundingRect()):
            self.image_item.setRect(rect)

    def _regions(self, output: np.ndarray) -> np.ndarray:
        return class_regions(output, self._background, self._class_rgb, self._dark, self.probability.isChecked())

    def _draw_line(self, grid: dict) -> None:
        xs = grid["axes"][0]
        if self.image_item.image is not None:
            self.image_item.clear()
        self._show_color_bar(False)
        self.probability.hide()  # no regions on a line
        chosen = self._unit_values(grid)
        if chosen is not None:
            columns = [np.asarray(chosen[2], dtype=np.float64).reshape(-1)]
            colors = [self._text]
            self._shown = "unit"
        else:
            output = np.asarray(grid["output"], dtype=np.float64).reshape(len(xs), -1)
            if grid.get("task") == "classification" and output.shape[1] > 1:
                columns = [output[:, c] for c in range(output.shape[1])]
                colors = [self._class_color(c) for c in range(output.shape[1])]
            else:
                columns = [output[:, 0]]
                colors = [self._text]
            self._shown = "line"
        while len(self.curves) < len(columns):
            self._curve(len(self.curves))
        for i, curve in enumerate(self.curves):
            if i < len(columns):
                curve.setData(xs, columns[i])
                curve.setPen(pg.mkPen(colors[i], width=LINE_WIDTH))
            elif curve.xData is not None and len(curve.xData):
                curve.setData([], [])
        self._set_points(grid, plane=False)

    def _curve(self, index: int) -> pg.PlotDataItem:
        curve = pg.PlotDataItem(connect="finite")
        curve.setZValue(5)
        self.plot.addItem(curve)
        self.curves.append(curve)
        return curve

    def _set_points(self, grid: dict, plane: bool) -> None:
        points, labels, targets = grid.get("points"), grid.get("labels"), grid.get("targets")
        if points is self._points_obj and self._points_key is not None and self._points_key[0] == plane:
            return  # the very same array: nothing to compare
        points = np.zeros((0, 2)) if points is None else np.asarray(points)
        points = points.reshape(len(points), -1)
        labels = None if labels is None else np.asarray(labels).reshape(-1)
        targets = None if targets is None else np.asarray(targets, dtype=np.float64).reshape(-1)
        output = np.asarray(grid["output"])
        k = output.shape[-1] if output.ndim > len(grid["axes"]) else 1
        key = (plane, points.shape, points[:4].tobytes(), points[-1:].tobytes(),
               None if labels is None else (labels.shape, labels[:16].tobytes()),
               None if targets is None else (targets.shape, targets[:8].tobytes()), k, self._dark)
        self._points_obj = grid.get("points")
        if key == self._points_key:
            return
        self._points_key = key
        self._targets_range = None
        if targets is not None and targets.size and np.isfinite(targets).any():
            finite = targets[np.isfinite(targets)]
            self._targets_range = (float(finite.min()), float(finite.max()))
        n = len(points)
        if n == 0:
            self.points_item.clear()
            return
        if plane:
            if points.shape[1] < 2:
                self.points_item.clear()
                return
            x, y = points[:, 0], points[:, 1]
        else:
            x = points[:, 0]
            if targets is not None:
                y = targets[:n]
            elif labels is not None and k <= 2:
                y = labels[:n].astype(np.float64)  # a yes/no output's probability is 0 or 1 at its points
            else:
                y = np.full(n, -0.06)  # several classes: the points as a rug under the probability lines
        outline = pg.mkPen(with_alpha(self._text, 200), width=1)
        if labels is not None:
            brushes = [pg.mkBrush(self._class_color(c)) for c in range(len(CLASS_COLORS))]
            brush = [brushes[int(c) % len(brushes)] for c in labels[:n]]
        elif targets is not None and plane:
            lo, hi = self._targets_range or (0.0, 1.0)
            scaled = (targets[:n] - lo) / (hi - lo if hi > lo else 1.0)
            colors = pg.colormap.get(regression_map()).map(np.clip(np.nan_to_num(scaled), 0, 1), mode="qcolor")
            brush = [pg.mkBrush(c) for c in colors]
        else:
            brush = pg.mkBrush(self._class_color(1))
        self.points_item.setData(x=np.asarray(x, dtype=np.float64), y=np.asarray(y, dtype=np.float64),
                                 brush=brush, pen=outline, size=POINT_SIZE)

    def _use_lut(self, kind: str | None) -> None:
        if kind == self._lut_key:
            return
        self._lut_key = kind
        if kind is None:
            self.image_item.setLookupTable(None, update=False)
            return
        cmap = self._unit_map() if kind == "unit" else pg.colormap.get(regression_map())
        self.image_item.setLookupTable(cmap.getLookupTable(nPts=256), update=False)
        self.color_bar.setColorMap(cmap)

    def _unit_map(self) -> pg.ColorMap:
        """TensorFlow Playground's scale for a unit: orange below 0, the unsure colour at 0, blue above."""
        strength = REGION_STRENGTH[self._dark]  # as pale as the class regions, so the points stand out on it
        ends = [self._background + (self._class_rgb[c] - self._background) * strength for c in (0, 1)]
        colors = [ends[0], unsure_rgb(self._background, self._dark), ends[1]]
        return pg.ColorMap([0.0, 0.5, 1.0], [QColor(*(int(round(v)) for v in c)) for c in colors])

    def _show_color_bar(self, show: bool) -> None:
        """The colour bar takes its column of the plot's layout only while shown."""
        if show == self._bar_in_layout:
            return
        layout = self.plot.getPlotItem().layout
        if show:
            layout.addItem(self.color_bar, 2, 3)
            self.color_bar.show()
        else:
            layout.removeItem(self.color_bar)
            self.color_bar.hide()
        self._bar_in_layout = show

    def _fit_view(self) -> None:
        """The view range for new grid axes: the plane's extent, or the line's x range and its values' range."""
        axes = self._grid["axes"]
        xs = axes[0]
        if len(axes) == 2:
            ys = axes[1]
            dx = (xs[-1] - xs[0]) / max(1, len(xs) - 1)
            dy = (ys[-1] - ys[0]) / max(1, len(ys) - 1)
            self.view.setRange(xRange=(xs[0] - dx / 2, xs[-1] + dx / 2), yRange=(ys[0] - dy / 2, ys[-1] + dy / 2),
                               padding=0)
            return
        values = [c.yData for c in self.curves if c.yData is not None and len(c.yData)]
        pts = self.points_item.getData()[1]
        if pts is not None and len(pts):
            values.append(pts)
        values = np.concatenate([np.asarray(v, dtype=np.float64) for v in values]) if values else np.zeros(1)
        values = values[np.isfinite(values)]
        lo, hi = (float(values.min()), float(values.max())) if values.size else (0.0, 1.0)
        if not hi > lo:
            lo, hi = lo - 0.5, hi + 0.5
        self.view.setRange(xRange=(xs[0], xs[-1]), yRange=(lo, hi), padding=0.05)

    def _plot_shown(self) -> bool:
        """A grid is drawn (no message in its place)."""
        return self._grid is not None and self.stack.currentWidget() is self.plot

    def _on_probability(self, _on: bool) -> None:
        if self._grid is not None and self._shown == "classes":
            self._draw()

    # theme ------------------------------------------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.FontChange and hasattr(self, "_background"):  # presentation mode, say
            self._set_axis_labels(force=True)
        if event.type() == QEvent.PaletteChange and hasattr(self, "_background"):
            self._apply_palette()
            self._set_axis_labels(force=True)
            self._points_key = self._points_obj = None  # the points' colours and outline follow the theme
            self._lut_key = None  # the unit map's middle is the background
            if self._plot_shown():
                self._draw()

    def _apply_palette(self) -> None:
        """The plot in the widget palette's Base and Text colours (not pyqtgraph's black), as the other plots."""
        palette = self.palette()
        self._dark = is_dark(palette)
        base, text = palette.color(QPalette.Base), palette.color(QPalette.Text)
        self._background = rgb_array(base)
        self._text = QColor(text)
        self._class_rgb = class_colors(self._dark)
        self.plot.setBackground(base)
        for plot_item in (self.plot.getPlotItem(), self.color_bar):
            for name in ("left", "bottom", "right", "top"):
                axis = plot_item.getAxis(name)
                axis.setPen(with_alpha(text, 150))
                axis.setTextPen(text)
