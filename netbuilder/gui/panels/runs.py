"""The runs view: the window's runs compared (objectName ``runsView``).

- A table, one row per run: its number, how it ended, only the settings that differ between the runs listed (in
  the settings schema's words; ``columns`` and :meth:`column_texts` go by their flattened names) (and
  which network, when the network changed), the final metrics, the test accuracy when evaluated, the time and the
  device. Sortable by any column (numbers as numbers).
- Select several rows to overlay their training loss (smoothed as the curves panel does by default, by its rule
  for the run's batches per epoch) with a
  classifier's validation loss per epoch (dashed: overfitting shows as a dashed line that turns up), and their
  validation accuracy (or loss, for regression) per epoch; each run keeps its colour and its label ("Run 3") in
  every picture.
- Which setting mattered (:mod:`.parallel_coords`, a tab beside the curves): the selected runs (all when fewer
  than 2 are selected) on parallel coordinates, each setting's importance; the table hides the runs an axis range
  leaves out.
- Side by side, per run: its decision boundary and its validation confusion matrix, as small pictures framed in
  the run's colour (:mod:`.runs_thumbs`).

The view only reads the :class:`~netbuilder.core.session.runs.RunRecord` list it is given.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QScrollArea, QSplitter, QTabWidget,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from .plot_items import batches_per_epoch_of, ema_debiased, smoothing_factor
from ..common.palette import RUN_COLORS as PALETTE_RUN_COLORS
from .parallel_coords import SettingsComparison
from ...core.text import msg
from ..common.i18n import number, tr, tr_text
from .runs_compare import metric_label, run_state, setting_label
from .plots import DEFAULT_SMOOTHING
from .runs_thumbs import THUMB, fill_thumbnails

#: The active palette's run colours (common.palette; Okabe and Ito's in both): run n keeps colour (n - 1) % 8
RUN_COLORS = PALETTE_RUN_COLORS
METRICS = (("loss", "loss"), ("accuracy", "accuracy"), ("val_loss", "val loss"),
           ("val_accuracy", "val accuracy"), ("mae", "MAE"), ("val_mae", "val MAE"))
#: Below this much width beside the table for the plots, the table goes above them.
PLOTS_MIN_W = 380
_SORT_ROLE = Qt.UserRole + 1
_RUN_ROLE = Qt.UserRole + 2
_HIDDEN_SETTINGS = ("metrics",)
#: the table's own columns (their names are ids: ``column_texts``), as their headers say them
_COLUMN_WORDS = {"run": msg("run"), "status": msg("status"), "network": msg("network"),
                 "test accuracy": msg("test accuracy"), "seconds": msg("seconds"), "device": msg("device"),
                 **{label: metric_label(key) for key, label in METRICS}}


def run_color(number: int) -> QColor:
    color = QColor(RUN_COLORS[(number - 1) % len(RUN_COLORS)])
    return color


def differing_settings(records) -> list[str]:
    """The flattened settings whose values are not the same in every record, in a stable order."""
    from ...core.session.runs import flat_settings  # torch comes with it: only once there are runs
    flats = [flat_settings(r.settings) for r in records]
    keys: list[str] = []
    for flat in flats:
        keys += [k for k in flat if k not in keys and k.split(".")[0] not in _HIDDEN_SETTINGS]
    return [k for k in keys if len({repr(f.get(k)) for f in flats}) > 1]


class _Item(QTableWidgetItem):
    """A cell that sorts by its number (or its text) instead of by the text shown."""

    def __lt__(self, other) -> bool:  # noqa: D105
        a, b = self.data(_SORT_ROLE), other.data(_SORT_ROLE)
        if isinstance(a, (int, float)) and isinstance(b, (int, float)):
            return a < b
        if isinstance(a, (int, float)) != isinstance(b, (int, float)):
            return isinstance(a, (int, float))  # numbers before blanks
        return str(self.text()) < str(other.text())


def _cell(text: str, sort=None) -> _Item:
    item = _Item(text)
    item.setData(_SORT_ROLE, sort if sort is not None else text)
    item.setFlags(Qt.ItemIsSelectable | Qt.ItemIsEnabled)
    return item


def _fmt(value) -> str:
    if isinstance(value, float):
        return number(value, ".4g")
    return "" if value is None else str(value)


class RunsView(QWidget):
    """objectName ``runsView``. :meth:`set_runs` shows a list of run records; selecting rows overlays them."""

    selectionChanged = Signal(list)  # the selected runs' numbers
    useSettings = Signal(int)  # "Use settings of Run K" pressed: K

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("runsView")
        self.records: list = []
        self._thumbs: list[QLabel] = []  # the thumbnails and captions shown now (old ones linger until deleted)
        self.columns: list[str] = []
        self.table = QTableWidget()
        self.table.setObjectName("runsTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)  # a line, not 30 px
        self.table.itemSelectionChanged.connect(self._on_selection)
        self.hint = QLabel(tr("Train a few runs, then select several here (Ctrl-click) to compare them."))
        self.hint.setWordWrap(True)

        self.loss_plot = pg.PlotWidget()
        self.loss_plot.setObjectName("runsLossPlot")
        self.accuracy_plot = pg.PlotWidget()
        self.accuracy_plot.setObjectName("runsAccuracyPlot")
        for plot, left in ((self.loss_plot, tr("loss")), (self.accuracy_plot, tr("validation"))):
            plot.setMenuEnabled(False)
            for name in ("left", "bottom"):
                plot.getAxis(name).enableAutoSIPrefix(False)  # accuracies read 0.9, not 900 m
            plot.setLabel("bottom", tr("epoch of the run"))
            plot.setLabel("left", left)
            plot.showGrid(x=False, y=True, alpha=0.15)
            plot.addLegend(offset=(-10, 10))
            plot.setMinimumHeight(120)
        self.matrices = QWidget()
        self.matrices.setObjectName("runsConfusionMatrices")
        self.matrices_row = QHBoxLayout(self.matrices)
        self.matrices_row.setContentsMargins(0, 0, 0, 0)
        self.matrices_row.addStretch(1)
        self._matrices_scroll = matrices_scroll = QScrollArea()
        matrices_scroll.setWidgetResizable(True)
        matrices_scroll.setWidget(self.matrices)
        matrices_scroll.setMinimumHeight(THUMB + 50)

        plots = QSplitter(Qt.Horizontal)
        plots.addWidget(self.loss_plot)
        plots.addWidget(self.accuracy_plot)
        self._right = QSplitter(Qt.Vertical)  # the plots above the thumbnails (beside them under the table)
        self._right.addWidget(plots)
        self.compare = SettingsComparison(run_color)
        self.compare.useSettings.connect(self.useSettings)
        self.compare.plot.filtered.connect(self._on_filtered)
        self._right.addWidget(matrices_scroll)
        self._right.setStretchFactor(0, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.hint)
        left_layout.addWidget(self.table, 1)
        self._split = QSplitter(Qt.Horizontal)  # the table beside the pictures, or above them when narrow
        self._split.addWidget(left)
        self.tabs = QTabWidget()  # the curves and pictures, or which setting mattered
        self.tabs.setObjectName("runsTabs")
        self.tabs.addTab(self._right, tr("Curves"))
        self.tabs.addTab(self.compare, tr("Which setting mattered"))
        self._split.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _index: self._arrange(force=True))
        self._split.setStretchFactor(1, 1)
        for splitter in (self._split, self._right):
            splitter.setChildrenCollapsible(False)
        self._split.splitterMoved.connect(self._on_user_sized)
        self._user_sized = False  # the person dragged the splitter: keep their sizes
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self._split)
        self._apply_palette()

    # public API -------------------------------------------------------------------------------------------------
    def set_runs(self, records) -> None:
        """Show these runs (the window's, oldest first); the selection is kept where the runs still are."""
        from ...core.session.runs import flat_settings, network_of  # torch comes with it: runs exist by now
        selected = self.selected_runs()
        self.records = list(records)
        settings = differing_settings(self.records)
        networks = {}
        for r in self.records:
            networks.setdefault(repr(network_of(r.design)), len(networks) + 1)
        metrics = [(k, label) for k, label in METRICS if any(k in r.final for r in self.records)]
        self.columns = (["run", "status"] + (["network"] if len(networks) > 1 else []) + settings
                        + [label for _k, label in metrics] + ["test accuracy", "seconds", "device"])
        table = self.table
        table.setSortingEnabled(False)
        table.clear()
        table.setColumnCount(len(self.columns))
        design = self.records[0].design if self.records else None  # a layer's column: "hidden1 units"
        words = [tr_text(setting_label(c, design) if c in settings else _COLUMN_WORDS.get(c, c))  # the schema's
                 for c in self.columns]
        table.setHorizontalHeaderLabels([c.replace(" ", "\n") for c in words])  # narrow: words on lines
        for col, name in enumerate(self.columns):
            table.horizontalHeaderItem(col).setToolTip(name)
        table.setRowCount(len(self.records))
        for row, r in enumerate(self.records):
            flat = flat_settings(r.settings)
            # a sweep's pruned trial: "pruned"
            cells = [_cell(tr_text(r.label), r.number), _cell(tr_text(run_state(r)))]
            if len(networks) > 1:
                n = networks[repr(network_of(r.design))]
                cells.append(_cell(tr("network {n}", n=n), n))
            cells += [_cell(_fmt(flat.get(k)), flat.get(k) if isinstance(flat.get(k), (int, float)) else None)
                      for k in settings]
            cells += [_cell(_fmt(r.final.get(k)), r.final.get(k)) for k, _label in metrics]
            test = r.test.get("test_accuracy") if r.test else None
            cells += [_cell(_fmt(test), test), _cell(number(r.seconds, ".1f"), r.seconds), _cell(r.device)]
            cells[0].setData(_RUN_ROLE, r.number)
            cells[0].setForeground(run_color(r.number))
            for col, cell in enumerate(cells):
                table.setItem(row, col, cell)
        table.setSortingEnabled(True)
        table.resizeColumnsToContents()
        self.hint.setVisible(len(self.records) < 2)
        self.select_runs([n for n in selected if any(r.number == n for r in self.records)])
        self._draw()
        self._arrange(force=True)

    def show_compare(self) -> None:
        """Bring the "Which setting mattered" tab to the front (a sweep's end shows its runs compared)."""
        self.tabs.setCurrentWidget(self.compare)

    def table_width(self) -> int:
        """The width the table needs to show every column whole (with room for its vertical scroll bar)."""
        t = self.table
        return t.horizontalHeader().length() + 2 * t.frameWidth() + t.verticalScrollBar().sizeHint().width()

    def table_height(self) -> int:
        """The height the table needs to show its header and every row."""
        t = self.table
        rows = sum(t.rowHeight(r) for r in range(t.rowCount()))
        return t.horizontalHeader().sizeHint().height() + rows + 2 * t.frameWidth() + 2

    def _arrange(self, force: bool = False) -> None:
        """The table beside the plots when the view is wide enough for every column and ``PLOTS_MIN_W`` of plots;
        else above them (its rows' height, at most half the view), the plots beside the thumbnails. The table
        gets the width (or height) it needs unless the person dragged the splitter."""
        wide = self.width() >= self.table_width() + PLOTS_MIN_W
        orientation = Qt.Horizontal if wide else Qt.Vertical
        if orientation != self._split.orientation():
            self._split.setOrientation(orientation)
            self._right.setOrientation(Qt.Vertical if wide else Qt.Horizontal)
            self._user_sized, force = False, True
        if self._user_sized and not force:
            return
        if wide:  # the settings compared want room: the table gets at most 2/5 beside them
            table = min(self.table_width(), self.width() * 2 // 5 if self.tabs.currentIndex() else self.width())
            self._split.setSizes([table, max(1, self.width() - table)])
        else:
            hint = self.hint.sizeHint().height() if self.hint.isVisible() else 0
            top = min(self.table_height() + hint, self.height() // 2)
            self._split.setSizes([top, max(1, self.height() - top)])
        if force:
            self._user_sized = False

    def _on_user_sized(self, *_args) -> None:
        self._user_sized = True

    def resizeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().resizeEvent(event)
        self._arrange()

    def select_runs(self, numbers) -> None:
        wanted = set(numbers)
        table = self.table
        table.blockSignals(True)
        table.clearSelection()
        mode = table.selectionMode()
        table.setSelectionMode(QAbstractItemView.MultiSelection)
        rows = [row for row in range(table.rowCount()) if table.item(row, 0).data(_RUN_ROLE) in wanted]
        for row in rows:
            table.selectRow(row)
        if rows:  # the first of them in sight (a sweep's ten runs: from its first, not its last)
            table.scrollToItem(table.item(rows[0], 0), QAbstractItemView.PositionAtTop)
        table.setSelectionMode(mode)
        table.blockSignals(False)
        self._on_selection()

    def selected_runs(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(row, 0).data(_RUN_ROLE) for row in rows]

    def column_texts(self, name: str) -> list[str]:
        """The cells of column ``name`` from top to bottom, as shown (for tests and scripts)."""
        col = self.columns.index(name)
        return [self.table.item(row, col).text() for row in range(self.table.rowCount())]

    def overlay(self) -> dict[str, list[str]]:
        """The labels of the curves drawn now: ``loss`` (training), ``validation_loss`` (a classifier's, dashed on
        the same plot) and ``accuracy`` (the right-hand plot)."""
        curves = self.loss_plot.plotItem.listDataItems()
        dashed = [c.opts["pen"].style() == Qt.DashLine for c in curves]  # by its pen: its name is in any language
        return {"loss": [c.name() for c, d in zip(curves, dashed) if not d],
                "validation_loss": [c.name() for c, d in zip(curves, dashed) if d],
                "accuracy": [c.name() for c in self.accuracy_plot.plotItem.listDataItems()]}

    def thumbnails(self, name: str) -> list[QLabel]:
        """The thumbnails shown now whose objectName is ``name`` (``runsBoundaryThumb``, ``runsConfusionThumb``, or
        ``runsThumbCaption`` for the captions under them), left to right."""
        return [w for w in self._thumbs if w.objectName() == name]

    def matrix_titles(self) -> list[str]:
        return [w.toolTip() for w in self.thumbnails("runsConfusionThumb")]

    def boundary_titles(self) -> list[str]:
        """The tooltips of the decision-boundary thumbnails shown now ("Run 3: the class it predicts ...")."""
        return [w.toolTip() for w in self.thumbnails("runsBoundaryThumb")]

    # drawing ----------------------------------------------------------------------------------------------------
    def _on_selection(self) -> None:
        self._draw()
        self.selectionChanged.emit(self.selected_runs())

    def _record(self, number: int):
        return next((r for r in self.records if r.number == number), None)

    def _draw(self) -> None:
        chosen = [r for r in (self._record(n) for n in self.selected_runs()) if r is not None]
        self.loss_plot.plotItem.clear()
        self.accuracy_plot.plotItem.clear()
        for plot in (self.loss_plot, self.accuracy_plot):
            if plot.plotItem.legend is not None:
                plot.plotItem.legend.clear()
        regression = any("val_mae" in r.final or "mae" in r.final for r in chosen)
        self.accuracy_plot.setLabel("left", tr("validation loss") if regression else tr("validation accuracy"))
        self.loss_plot.setLabel("left", tr("loss (smoothed)") if regression or not chosen  # short: the plot is low
                                else tr("loss (- - validation)"))
        for r in chosen:
            pen = pg.mkPen(run_color(r.number), width=2)
            x, loss = np.asarray(r.batch_x, dtype=np.float64), np.asarray(r.batch_loss, dtype=np.float64)
            if x.size:
                smooth, _state = ema_debiased(loss, smoothing_factor(DEFAULT_SMOOTHING, batches_per_epoch_of(x)))
                self.loss_plot.plot(x - np.floor(x.min()), smooth, pen=pen, name=tr_text(r.label))
            val_loss = [(i + 1, e["val_loss"]) for i, e in enumerate(r.history) if "val_loss" in e]
            if val_loss and not regression:  # regression: the right-hand plot shows it
                ex, ey = zip(*val_loss)
                self.loss_plot.plot(ex, ey, pen=pg.mkPen(run_color(r.number), width=2, style=Qt.DashLine),
                                    symbol="o", symbolSize=6, symbolBrush=run_color(r.number),
                                    name=tr("{run} validation", run=r.label))
            key = "val_loss" if regression else "val_accuracy"
            epochs = [(i + 1, e[key]) for i, e in enumerate(r.history) if key in e]
            if epochs:
                ex, ey = zip(*epochs)
                self.accuracy_plot.plot(ex, ey, pen=pen, symbol="o", symbolSize=7,
                                        symbolBrush=run_color(r.number), name=tr_text(r.label))
        self._draw_matrices(chosen)
        self.compare.set_runs(chosen if len(chosen) > 1 else self.records)

    def retranslate(self) -> None:
        """The table's headers and cells and the plots' legends, built from the runs, said again."""
        self.set_runs(self.records)

    def _on_filtered(self, shown: list[int]) -> None:
        """The table hides the runs compared that an axis range leaves out."""
        compared = {r.number for r in self.compare.plot.records}
        for row in range(self.table.rowCount()):
            number = self.table.item(row, 0).data(_RUN_ROLE)
            self.table.setRowHidden(row, number in compared and number not in shown)

    def _draw_matrices(self, chosen) -> None:
        """Per selected run, side by side: its decision boundary and its validation confusion matrix
        (:func:`.runs_thumbs.fill_thumbnails`)."""
        self._thumbs = fill_thumbnails(self.matrices_row, chosen, self.palette(), run_color)
        self._matrices_scroll.setVisible(bool(self._thumbs))  # no empty box beside the plots

    def changeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().changeEvent(event)
        if event.type() == event.Type.PaletteChange and hasattr(self, "compare"):
            self._apply_palette()
            self._draw()

    def _apply_palette(self) -> None:
        palette = self.palette()
        base, text = palette.color(QPalette.Base), palette.color(QPalette.Text)
        for plot in (self.loss_plot, self.accuracy_plot):
            plot.setBackground(base)
            for name in ("left", "bottom"):
                axis = plot.getAxis(name)
                axis.setPen(text)
                axis.setTextPen(text)
            legend = plot.plotItem.legend
            if legend is not None:  # over the curves: a panel of the background, so the labels read
                back = QColor(base)
                back.setAlpha(215)
                legend.setBrush(back)
                legend.setLabelTextColor(text)
