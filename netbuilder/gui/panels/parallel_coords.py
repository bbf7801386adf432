"""Which setting mattered, in the runs view (objectName ``runsSettingsComparison``):

- the parallel-coordinates plot (objectName ``parallelCoordinatesPlot``): one vertical axis per setting that varies
  between the runs compared and one for the final metric (:mod:`.runs_compare`), each run a line in its colour
  through its values. Dragging along an axis keeps the runs whose value lies in the dragged range (a band on the
  axis, whose edges can be dragged again; a click on the axis clears it); the others fade to grey;
- each setting's importance as bars (:mod:`.importance_bars`, from
  :func:`~netbuilder.core.session.importance.setting_importance`), with a line saying what it means;
- the button "Use settings of Run K" (at the top of the side column, in sight in a short dock), K the best run by
  the metric among those the filters keep;
- a run cut short (pruned, stopped, diverged, failed: no final metric by the core's rule,
  :func:`~netbuilder.core.session.importance.metric_value`) dashed and faint: it counts for neither the
  importance nor the best. Settings and the metric read in words (:func:`.runs_compare.setting_label`).
"""
from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ..common.i18n import tr, tr_text
from .importance_bars import ImportanceBars
from .runs_compare import Axis, axes_of, kept, metric_label, run_state

#: the band of an axis that catches a drag, in axis spacings either side
GRAB = 0.3
#: the plot's margins, in axis spacings (left, right: the last axis's labels) and heights of the 0..1 axes (at
#: least: below, the axes' names and above, half a tick label, whatever the plot's height in pixels)
LEFT, RIGHT, BELOW, ABOVE = 0.3, 0.55, 0.3, 0.1
#: the share of the plot's height its margins may take at most (a very short plot squeezes its axes, not its words)
MARGINS_AT_MOST = 0.7


def two_lines(label: str) -> str:
    """An axis name on at most two lines (``learning\nrate``): split at the space nearest its middle."""
    if "\n" in label or " " not in label:
        return label
    middle = len(label) / 2
    cut = min((i for i, c in enumerate(label) if c == " "), key=lambda i: abs(i - middle))
    return f"{label[:cut]}\n{label[cut + 1:]}"


class _AxesBox(pg.ViewBox):
    """A view box that turns a drag along an axis into that axis's range; elsewhere it does nothing."""

    def __init__(self, owner: "ParallelCoordinates"):
        super().__init__(enableMouse=False, enableMenu=False)
        self.owner = owner

    def _axis_at(self, scene_pos) -> int | None:
        x = self.mapSceneToView(scene_pos).x()
        i = round(x)
        return i if 0 <= i < len(self.owner.axes) and abs(x - i) <= GRAB else None

    def mouseDragEvent(self, ev, axis=None) -> None:  # noqa: N802  (Qt's name)
        i = self._axis_at(ev.buttonDownScenePos()) if ev.button() == Qt.LeftButton else None
        if i is None:
            ev.ignore()
            return
        ev.accept()
        y0 = self.mapSceneToView(ev.buttonDownScenePos()).y()
        y1 = self.mapSceneToView(ev.scenePos()).y()
        self.owner.set_place_range(self.owner.axes[i].name, y0, y1)

    def mouseClickEvent(self, ev) -> None:  # noqa: N802
        i = self._axis_at(ev.scenePos()) if ev.button() == Qt.LeftButton else None
        if i is None:
            ev.ignore()
            return
        ev.accept()
        self.owner.clear_axis_range(self.owner.axes[i].name)


class ParallelCoordinates(pg.PlotWidget):
    """objectName ``parallelCoordinatesPlot``. :meth:`set_runs` draws runs; :meth:`set_axis_range` (or a drag)
    filters them; :meth:`shown_runs` says which the filters keep; ``filtered`` tells their numbers."""

    filtered = Signal(list)

    def __init__(self, run_color, parent: QWidget | None = None):
        self.run_color = run_color  # run number -> its QColor (the runs view's rule)
        self.box = _AxesBox(self)
        super().__init__(parent, viewBox=self.box)
        self.setObjectName("parallelCoordinatesPlot")
        self.setMenuEnabled(False)
        for name in ("left", "bottom"):
            self.plotItem.hideAxis(name)
        self.setMinimumHeight(100)
        self.records: list = []
        self.axes: list[Axis] = []
        self.ranges: dict[str, tuple[float, float]] = {}  # axis name -> places (0..1) kept
        self.lines: dict[int, pg.PlotDataItem] = {}  # run number -> its line
        self._regions: dict[str, pg.LinearRegionItem] = {}
        self._labels: list[pg.TextItem] = []

    # public API -------------------------------------------------------------------------------------------------
    def set_runs(self, records) -> None:
        """Draw these runs (filters kept when the same runs come again, else cleared)."""
        records = list(records)
        if [r.number for r in records] != [r.number for r in self.records]:
            self.ranges = {}
        self.records = records
        self.axes = axes_of(records)
        self.ranges = {k: v for k, v in self.ranges.items() if any(a.name == k for a in self.axes)}
        self._draw()

    def axis_names(self) -> list[str]:
        return [a.name for a in self.axes]

    def set_axis_range(self, name: str, low, high) -> None:
        """Keep the runs whose ``name`` lies within ``low``..``high``, in the setting's own units (a choice axis:
        choice labels, or places 0..1)."""
        axis = self._axis(name)
        self.set_place_range(name, self._place(axis, low), self._place(axis, high))

    def set_place_range(self, name: str, low: float, high: float) -> None:
        """Keep the runs whose place on axis ``name`` lies within ``low``..``high`` (0 bottom, 1 top)."""
        low, high = sorted((min(max(low, 0.0), 1.0), min(max(high, 0.0), 1.0)))
        self.ranges[name] = (low, high)
        region = self._regions.get(name)
        if region is None:
            self._draw()
        else:
            region.blockSignals(True)
            region.setRegion((low, high))
            region.blockSignals(False)
            self._restyle()

    def clear_axis_range(self, name: str) -> None:
        if self.ranges.pop(name, None) is not None:
            self._draw()

    def clear_filters(self) -> None:
        self.ranges = {}
        self._draw()

    def shown_runs(self) -> list[int]:
        """The numbers of the runs the axis ranges keep (all of them without a range)."""
        return [r.number for i, r in enumerate(self.records) if kept(self.axes, self.ranges, i)]

    # drawing ----------------------------------------------------------------------------------------------------
    def _axis(self, name: str) -> Axis:
        for axis in self.axes:
            if axis.name == name:
                return axis
        raise KeyError(f"no axis {name!r}: the axes are {', '.join(self.axis_names()) or 'none'}")

    @staticmethod
    def _place(axis: Axis, value) -> float:
        if axis.kind == "choice":
            if isinstance(value, str):
                return axis.ticks()[axis.choices.index(value)][0]
            return float(value)
        number = math.log10(value) if axis.kind == "log" else float(value)
        span = axis.high - axis.low
        return 0.5 if span == 0 else (number - axis.low) / span

    def _colors(self) -> tuple[QColor, QColor]:
        palette = self.palette()
        return palette.color(QPalette.Base), palette.color(QPalette.Text)

    def counted(self, index: int) -> bool:
        """Whether run ``index`` has a final metric (the core's rule, :func:`~netbuilder.core.session.importance.
        metric_value`): a run cut short (pruned, stopped, diverged, failed) has none, is drawn dashed and faint,
        and counts for neither the importance nor the best."""
        return bool(self.axes) and self.axes[-1].positions[index] is not None

    def _fit_range(self) -> None:
        """The axes' names whole below the axes and the top tick label whole above them, however low the plot:
        the margins in pixels, as heights of the 0..1 axes."""
        n = len(self.axes)
        height = max(self.box.height(), 1.0)
        line = self.fontMetrics().height()
        names = max((label.boundingRect().height() for label in self._labels), default=2 * line)
        below, above = (names + 8) / height, (line / 2 + 6) / height
        if below + above > MARGINS_AT_MOST:
            below, above = (MARGINS_AT_MOST * below / (below + above), MARGINS_AT_MOST * above / (below + above))
        span = 1 / (1 - below - above)
        self.box.setRange(xRange=(-LEFT, max(n - 1, 1) + RIGHT),
                          yRange=(-max(BELOW, below * span), 1 + max(ABOVE, above * span)), padding=0)
        for label in self._labels:  # just under the axis, a few pixels down
            label.setPos(label.pos().x(), -4 / height * span)

    def resizeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().resizeEvent(event)
        if hasattr(self, "_labels"):
            self._fit_range()

    def _draw(self) -> None:
        item = self.plotItem
        item.clear()
        self.lines, self._regions, self._labels = {}, {}, []
        base, text = self._colors()
        self.setBackground(base)
        n = len(self.axes)
        faint = QColor(text)
        faint.setAlpha(150)
        for i, axis in enumerate(self.axes):
            item.addItem(pg.PlotDataItem([i, i], [0, 1], pen=pg.mkPen(faint, width=1.5)))
            label = pg.TextItem(two_lines(tr_text(axis.label)), color=text, anchor=(0.5, 0))
            self._labels.append(label)
            if axis.metric:
                font = label.textItem.font()
                font.setBold(True)
                label.setFont(font)
            label.setPos(i, -0.04)
            back = QColor(base)
            back.setAlpha(190)  # over the lines, the labels still read
            for place, words in axis.ticks():
                tick = pg.TextItem(words, color=faint, anchor=(0, 0.5), fill=pg.mkBrush(back))
                tick.setPos(i + 0.03, place)
                tick.setZValue(15)
                item.addItem(tick)
                item.addItem(pg.PlotDataItem([i, i + 0.025], [place, place], pen=pg.mkPen(faint, width=1.5)))
            item.addItem(label)
        self._fit_range()
        x = np.arange(n, dtype=np.float64)
        for index, record in enumerate(self.records if n > 1 else []):  # one axis (the metric) is no comparison
            y = np.array([np.nan if a.positions[index] is None else a.positions[index] for a in self.axes],
                         dtype=np.float64)
            line = pg.PlotDataItem(x, y, connect="finite", symbol="o", symbolSize=6, name=record.label)
            line.setToolTip(tr_text(record.label) if self.counted(index) else
                            tr("{run} ({state})", run=record.label, state=run_state(record)))
            item.addItem(line)
            self.lines[record.number] = line
        for name, (low, high) in self.ranges.items():
            i = self.axis_names().index(name)
            width = max(n - 1, 1) + LEFT + RIGHT
            span = ((i + LEFT - 0.07) / width, (i + LEFT + 0.07) / width)
            region = pg.LinearRegionItem((low, high), orientation="horizontal", span=span,
                                         brush=pg.mkBrush(QColor(text.red(), text.green(), text.blue(), 40)),
                                         pen=pg.mkPen(text, width=2), bounds=(0, 1))
            region.setZValue(20)
            region.sigRegionChanged.connect(lambda r, name=name: self._on_region(name, r))
            item.addItem(region)
            self._regions[name] = region
        self._restyle()

    def changeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange and hasattr(self, "lines"):  # a light or dark theme: redrawn
            self._draw()

    def _on_region(self, name: str, region: pg.LinearRegionItem) -> None:
        self.ranges[name] = tuple(sorted(region.getRegion()))
        self._restyle()

    def _restyle(self) -> None:
        """Kept runs in their colours above the rest, faded to grey."""
        shown = set(self.shown_runs())
        _base, text = self._colors()
        grey = QColor(text)
        grey.setAlpha(45)
        counted = {r.number for i, r in enumerate(self.records) if self.counted(i)}
        for number, line in self.lines.items():
            color = QColor(self.run_color(number) if number in shown else grey)
            if number not in counted:  # cut short: dashed and faint, under the runs that count
                color.setAlpha(min(color.alpha(), 110))
            line.setPen(pg.mkPen(color, width=2.5 if number in shown and number in counted else 1.5,
                                 style=Qt.SolidLine if number in counted else Qt.DashLine))
            line.setSymbolBrush(color if number in counted else QColor(0, 0, 0, 0))
            line.setSymbolPen(color)
            line.setZValue((10 if number in shown else 0) + (5 if number in counted else 0))
        self.filtered.emit(sorted(shown))


class SettingsComparison(QWidget):
    """objectName ``runsSettingsComparison``: the plot, the importance beside it, and the "use settings" button,
    which emits ``useSettings(run number)``. ``run_color``: run number -> its colour (the runs view's)."""

    useSettings = Signal(int)

    def __init__(self, run_color, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("runsSettingsComparison")
        self.plot = ParallelCoordinates(run_color)
        self.bars = ImportanceBars()
        self.title = QLabel(tr("<b>Which setting mattered</b>"))
        self.meaning = QLabel()
        self.meaning.setWordWrap(True)
        self.meaning.setObjectName("settingImportanceMeaning")
        self.hint = QLabel()
        self.hint.setObjectName("parallelCoordinatesHint")
        self.hint.setWordWrap(True)
        self.button = QPushButton(tr("Use settings of the best run"))
        self.button.setObjectName("useRunSettingsButton")
        self.button.clicked.connect(self._on_use)
        self.best: int | None = None
        side = QWidget()
        column = QVBoxLayout(side)
        column.setContentsMargins(4, 0, 0, 0)
        for widget in (self.button, self.title, self.bars, self.meaning, self.hint):  # the button first: in sight
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea()  # a short dock scrolls the column rather than squeezing its lines together
        scroll.setWidget(side)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        scroll.setMaximumWidth(320)
        scroll.setMinimumWidth(230)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.plot, 1)
        row.addWidget(scroll)
        self.plot.filtered.connect(self._on_filtered)
        self.setMinimumHeight(1)  # a short dock shows part of it rather than squeezing the runs table

    def set_runs(self, records) -> None:
        """Compare these runs: the plot, the importance (from every run here) and the best run kept by the
        filters."""
        from ...core.session.importance import run_metric, setting_importance
        records = list(records)
        self.plot.set_runs(records)
        shares = setting_importance(records) if len(self.plot.axes) > 1 else {}
        self._records = records
        self.bars.set_importance(shares, {a.name: tr_text(a.label) for a in self.plot.axes})
        metric = tr_text(self.plot.axes[-1].label).split("\n")[0] if self.plot.axes else run_metric(records)[0]
        usable = sum(1 for v in (self.plot.axes[-1].values if self.plot.axes else []) if v is not None)
        self.meaning.setText(tr("How much of the {metric}'s spread each setting explains, from these {usable} runs "
                                "(Optuna's importance).", metric=metric, usable=usable) if shares else "")
        if len(records) < 2:
            hint = tr("Train two runs or more (or a sweep) to see which setting mattered.")
        elif len(self.plot.axes) < 2:
            hint = tr("These runs have the same settings: change one (or run a sweep) to compare.")
        elif not shares:
            hint = tr("Too few runs with a final metric to tell which setting mattered.")
        else:
            cut = [tr("{run} ({state})", run=r.label, state=run_state(r)) for i, r in enumerate(self.plot.records)
                   if not self.plot.counted(i)]
            hint = (tr("Drag along an axis to keep the runs within a range; click the axis to clear it. Dashed: the "
                       "runs cut short, {runs}: no final {metric}, so left out of the importance and the best.",
                       runs=", ".join(cut), metric=metric) if cut else
                    tr("Drag along an axis to keep the runs within a range; click the axis to clear it."))
        self.hint.setText(hint)
        self._on_filtered(self.plot.shown_runs())

    def _on_filtered(self, shown: list[int]) -> None:
        from ...core.session.importance import best_run
        records = [r for r in self.plot.records if r.number in set(shown)]
        metric = self.plot.axes[-1].name if self.plot.axes else None
        best = best_run(records, metric) if len(self.plot.axes) > 1 else None
        self.best = best.number if best is not None else None
        self.button.setVisible(best is not None)
        if best is not None:
            self.button.setText(tr("Use settings of {run}", run=best.label))
            self.button.setToolTip(tr("Make the design's training settings (and its layers' units or dropout, "
                                      "when the network is the same) those of {run}, the best by {metric} among the "
                                      "runs shown. One undo step.", run=best.label, metric=metric_label(metric)))

    def retranslate(self) -> None:
        """The plot's axes and the words beside it, built from the runs, said again."""
        if getattr(self, "_records", None) is not None:
            self.set_runs(self._records)

    def _on_use(self) -> None:
        if self.best is not None:
            self.useSettings.emit(self.best)
