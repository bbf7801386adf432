"""The confusion matrix of a classifier (like MATLAB's ``confusionchart``), its per-class scores, and the samples of a
cell.

Rows are the true class, columns the predicted class. Each cell shows its count or its share of the row ("row %"),
coloured by value: the diagonal (correct) in blue, the errors in red, each scaled to its own maximum so that a few
errors next to thousands of correct samples still show. Right of each row is that class's recall, under each
column that class's precision, both in percent. The per-class table under the matrix repeats precision, recall,
F1 and support; the gallery shows the samples of a clicked cell, which the owner fetches and passes to
:meth:`ConfusionPanel.show_examples`. The gallery follows the matrix's split: when a matrix of another split comes
(the test split after Evaluate), the clicked cell is asked for again (``cellActivated``) on that split.

Choices:

- The whole chart (cells, numbers, class names, axis titles, the recall and precision strips) is one
  :class:`_MatrixItem` that paints itself in viewport pixels, in a plain ``QGraphicsView`` that never scales or
  scrolls (scene coordinates are viewport coordinates). pyqtgraph would bring an ``ImageItem`` for the colours but
  then one ``TextItem`` per cell (each its own graphics item with a view-dependent transform, costly to update every
  epoch), category axes that cannot rotate long class names, no summary strips, and a ViewBox whose pan and zoom
  would have to be switched off. One item paints everything in one call, lays it out on whole pixels (no seams
  between cells) and hit-tests a click with two divisions.
- An update (:meth:`ConfusionPanel.set_matrix`, once an epoch during training) reuses every widget and item: it
  computes the colours with numpy, the texts with Python, and asks for one repaint (about a millisecond for 10
  classes).
- The cell numbers are sized to fit the cells (their ink 2 px inside the cell's width, their line at most 0.8 of
  its height as the row names', at most ``MAX_CELL_TEXT_PX``); when they would be smaller than
  ``MIN_TEXT_PX`` (many classes in a small panel) they are left out and only the colours remain; tooltips still
  give every number. Class names that do not fit under a column are drawn upwards; when rows get lower than a
  readable line only every k-th name is drawn.
- Colours come from the widget palette (Base for the background and the "no samples" cells, which get no fill, Text
  for the labels): light and dark themes both work, and a palette change re-colours at once. Text on a cell is black
  or white, whichever contrasts more with that cell's fill.

The chart's item and view are in :mod:`.confusion_chart`, the gallery in :mod:`.confusion_gallery`.
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QEvent, QLocale, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPalette
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QSplitter, QTableWidget,
                               QTableWidgetItem, QVBoxLayout, QWidget)

from ...core.text import msg
from ..common.i18n import tr, tr_text
from ..common.style import is_dark
from .confusion_chart import EMPTY_MESSAGE, HUES, MatrixView, percent
from .confusion_gallery import SampleGallery, split_word

#: set_mode() values -> the combo box's words.
MODES: dict[str, str] = {"counts": msg("counts"), "row": msg("row %")}
#: set_sort() values -> the combo box's words.
SORTS: dict[str, str] = {"class": msg("by class"), "error": msg("by error")}
#: The lightest tint a non-zero cell gets (share of the hue blended into the background), so it never looks empty.
MIN_TINT = 0.14
TABLE_COLUMNS = (msg("class"), msg("precision"), msg("recall"), msg("F1"), msg("support"))
TABLE_TIPS = (msg("the class"), msg("of the samples predicted as this class, the share that really are this class"),
              msg("of the samples of this class, the share predicted as this class"),
              msg("the harmonic mean of precision and recall"), msg("how many samples of this class there are"))


def per_class_scores(confusion) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per-class precision, recall and F1 of a confusion matrix (rows true, columns predicted), 0 where undefined
    (as ``netbuilder.core.training.metrics.scores_from_confusion``)."""
    conf = np.asarray(confusion, dtype=np.float64)
    diag = np.diagonal(conf)
    predicted, actual = conf.sum(0), conf.sum(1)
    with np.errstate(divide="ignore", invalid="ignore"):
        precision = np.where(predicted > 0, diag / np.maximum(predicted, 1e-300), 0.0)
        recall = np.where(actual > 0, diag / np.maximum(actual, 1e-300), 0.0)
        denom = precision + recall
        f1 = np.where(denom > 0, 2 * precision * recall / np.maximum(denom, 1e-300), 0.0)
    return precision, recall, f1


def _share_text(share: float, decimals: int) -> str:
    if share <= 0:
        return ""
    smallest = 10.0 ** -decimals
    if 100.0 * share < smallest / 2:
        return f"<{smallest:.{decimals}f}%"
    return f"{100.0 * share:.{decimals}f}%"


def _contrasting_text(rgb: np.ndarray) -> np.ndarray:
    """True where black text reads better than white on the ``[..., 3]`` 0..255 colours (WCAG contrast)."""
    c = rgb / 255.0
    lin = np.where(c <= 0.03928, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    lum = lin @ np.array([0.2126, 0.7152, 0.0722])
    return (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05)


class ConfusionPanel(SampleGallery, QWidget):
    """The confusion matrix, per-class scores and a cell's samples. See the module docstring.

    Clicking a cell of :attr:`matrix_view` (in its ``viewport()``, at :meth:`cell_rect`) emits
    :attr:`cellActivated` with the ORIGINAL class indices, whatever the sort order.
    """

    cellActivated = Signal(int, int)  # true class, predicted class (original indices)
    exampleActivated = Signal(int)  # the example's "index"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("confusionMatrixPanel")
        self.split: str | None = None
        self.epoch: int | None = None
        self._conf = np.zeros((0, 0), dtype=np.int64)
        self._names: list[str] = []
        self._scores = (np.zeros(0), np.zeros(0), np.zeros(0))
        self._order = np.zeros(0, dtype=np.int64)
        self._mode, self._sort = "counts", "class"
        self._clicked: tuple[int, int] | None = None

        self.caption = QLabel(tr_text(EMPTY_MESSAGE))
        self.caption.setObjectName("confusionCaption")
        self.caption.setWordWrap(True)
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("confusionModeCombo")
        self.mode_combo.setToolTip(tr("counts: samples in each cell; row %: each cell's share of its true class"))
        for key, text in MODES.items():
            self.mode_combo.addItem(tr_text(text), key)
        self.sort_combo = QComboBox()
        self.sort_combo.setObjectName("confusionSortCombo")
        self.sort_combo.setToolTip(tr("by class: the classes in their order; by error: the classes with the most "
                                      "wrongly predicted samples first"))
        for key, text in SORTS.items():
            self.sort_combo.addItem(tr_text(text), key)
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(QLabel(tr("Show:")))
        top.addWidget(self.mode_combo)
        top.addSpacing(6)
        top.addWidget(QLabel(tr("Order:")))
        top.addWidget(self.sort_combo)

        self.matrix_view = MatrixView()
        self.matrix_view.tooltip_for = self._tooltip_for
        self.matrix_view.cellClicked.connect(self._on_cell_clicked)

        self.table = QTableWidget(0, len(TABLE_COLUMNS))
        self.table.setObjectName("perClassTable")
        self.table.setHorizontalHeaderLabels([tr_text(c) for c in TABLE_COLUMNS])
        self._header_tips()
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(QFontMetricsF(self.font()).height() + 8)
        gallery_box = self._build_gallery()

        self._bottom = QSplitter(Qt.Horizontal)
        self._bottom.setChildrenCollapsible(False)
        self._bottom.addWidget(self.table)
        self._bottom.addWidget(gallery_box)
        self._bottom.setSizes([330, 330])
        self._main = QSplitter(Qt.Vertical)
        self._main.setChildrenCollapsible(False)
        self._main.addWidget(self.matrix_view)
        self._main.addWidget(self._bottom)
        self._main.setStretchFactor(0, 3)
        self._main.setStretchFactor(1, 2)
        self._main.setSizes([600, 400])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self._main, 1)

        self.mode_combo.currentIndexChanged.connect(self._on_mode_changed)
        self.sort_combo.currentIndexChanged.connect(self._on_sort_changed)
        self.matrix_view.item.set_font(self.matrix_view.font())
        self._update()

    # public API -------------------------------------------------------------------------------------------------
    def set_matrix(self, confusion, class_names=None, *, split: str = "validation", epoch: int | None = None,
                   precision=None, recall=None, f1=None) -> None:
        """Show ``confusion`` (rows true class, columns predicted). ``precision``/``recall``/``f1``: per-class lists
        as the core computes them; computed from the matrix when None (or of the wrong length). Updates in place."""
        conf = np.asarray(confusion)
        if conf.size == 0:
            self.clear()
            return
        if conf.ndim != 2 or conf.shape[0] != conf.shape[1]:
            raise ValueError(f"a confusion matrix must be square, got shape {conf.shape}")
        conf = (np.rint(conf) if conf.dtype.kind == "f" else conf).astype(np.int64)
        n = conf.shape[0]
        given = [str(s) for s in class_names][:n] if class_names is not None else []
        names = given + [str(i) for i in range(len(given), n)]
        computed = per_class_scores(conf)
        scores = tuple(np.asarray(v, dtype=np.float64).reshape(-1) if v is not None and len(v) == n else c
                       for v, c in zip((precision, recall, f1), computed))
        self._conf, self._names, self._scores = conf, names, scores
        other_split = self.split is not None and split != self.split
        self.split, self.epoch = split, epoch
        self._update()
        if other_split and (self._clicked is not None or self.gallery.count()):
            self._follow_split()

    def matrix(self) -> list[list[int]]:
        """The latest matrix as given (original class order)."""
        return self._conf.tolist()

    def class_names(self) -> list[str]:
        return list(self._names)

    def clear(self) -> None:
        """No matrix, no table rows, no samples."""
        self._conf = np.zeros((0, 0), dtype=np.int64)
        self._names, self._scores = [], (np.zeros(0), np.zeros(0), np.zeros(0))
        self.split, self.epoch, self._clicked = None, None, None
        self._update()
        self.clear_examples()

    def set_mode(self, mode: str) -> None:
        """"counts" (samples per cell) or "row" (each cell's share of its row, in percent)."""
        key = "row" if mode in ("row", "row %") else mode
        if key not in MODES:
            raise ValueError(f"mode must be one of {list(MODES)}, got {mode!r}")
        self.mode_combo.setCurrentIndex(list(MODES).index(key))

    def mode(self) -> str:
        return self._mode

    def set_sort(self, sort: str) -> None:
        """"class" (the given order) or "error" (most wrongly predicted samples first, on both axes)."""
        if sort not in SORTS:
            raise ValueError(f"sort must be one of {list(SORTS)}, got {sort!r}")
        self.sort_combo.setCurrentIndex(list(SORTS).index(sort))

    def sort(self) -> str:
        return self._sort

    def display_order(self) -> list[int]:
        """The original class index shown in each row (and column), top to bottom."""
        return self._order.tolist()

    def cell_rect(self, true_class: int, pred_class: int) -> QRect:
        """Where the cell (true_class, pred_class) (original indices) is drawn, in the coordinates of
        ``matrix_view.viewport()``: click it with ``qtbot.mouseClick(panel.matrix_view.viewport(), Qt.LeftButton,
        pos=rect.center())``. An empty QRect when there is no such cell."""
        n = len(self._names)
        if not (0 <= true_class < n and 0 <= pred_class < n):
            return QRect()
        where = np.empty(n, dtype=np.int64)
        where[self._order] = np.arange(n)
        rect = self.matrix_view.item.cell_rect(int(where[true_class]), int(where[pred_class]))
        return self.matrix_view.mapFromScene(QRectF(rect)).boundingRect().adjusted(0, 0, -1, -1)

    def summary_texts(self) -> dict[str, list[str]]:
        """The recall (right of each row) and precision (under each column) texts, in ORIGINAL class order."""
        item, inverse = self.matrix_view.item, np.argsort(self._order)
        return {"recall": [item.recall_texts[i] for i in inverse.tolist()],
                "precision": [item.precision_texts[i] for i in inverse.tolist()]}

    def cell_texts(self) -> list[list[str]]:
        """The numbers drawn in the cells, ``[true][predicted]`` in ORIGINAL class order; "" where nothing is drawn
        (an empty cell, or every cell when the numbers would be smaller than ``MIN_TEXT_PX``)."""
        n, texts = len(self._names), self.matrix_view.item.L.texts
        if n == 0 or len(texts) != n * n:
            return [[""] * n for _ in range(n)]
        where = np.argsort(self._order).tolist()
        return [[texts[where[t] * n + where[p]] for p in range(n)] for t in range(n)]

    def cell_font_px(self) -> int:
        """The pixel size of the numbers in the cells; 0 when none are drawn."""
        font = self.matrix_view.item.L.cell_font
        return font.pixelSize() if font is not None else 0

    def cell_tooltip(self, true_class: int, pred_class: int) -> str:
        """The tooltip of a cell (original indices)."""
        conf, names = self._conf, self._names
        count, total = int(conf[true_class, pred_class]), int(conf[true_class].sum())
        share = tr(" ({share} of class {name})", share=percent(count / total), name=names[true_class]) if total else ""
        samples = tr("{count:,} sample", count=count) if count == 1 else tr("{count:,} samples", count=count)
        correct = tr(", correct") if true_class == pred_class else ""
        return tr("true {true}, predicted {pred}: {samples}{share}{correct}", true=names[true_class],
                  pred=names[pred_class], samples=samples, share=share, correct=correct)

    def retranslate(self) -> None:
        """The header tips, the caption, the table and the chart in the window's language (a language switch)."""
        self._header_tips()
        self.matrix_view.item.set_font(self.matrix_view.font())  # measures its words again
        self._update()

    # internals --------------------------------------------------------------------------------------------------
    def _name(self, k) -> str:
        return self._names[k] if k is not None and 0 <= k < len(self._names) else str(k)

    def _follow_split(self) -> None:
        """The matrix is now another split's (the test split's after Evaluate): the gallery's samples were the old
        split's, so they go, and the same cell of the new split is asked for (the owner answers with
        :meth:`show_examples`)."""
        clicked = self._clicked
        self.clear_examples()
        if clicked is not None and max(clicked) < len(self._names):
            self.gallery_title.setText(tr("Fetching the {split} split's samples of true {true}, predicted {pred}…",
                                          split=split_word(self.split), true=self._name(clicked[0]),
                                          pred=self._name(clicked[1])))
            self.cellActivated.emit(*clicked)

    def _on_cell_clicked(self, r: int, c: int) -> None:
        true, pred = int(self._order[r]), int(self._order[c])
        self._clicked = (true, pred)
        self.cellActivated.emit(true, pred)

    def _on_mode_changed(self, index: int) -> None:
        self._mode = self.mode_combo.itemData(index)
        self._update()

    def _on_sort_changed(self, index: int) -> None:
        self._sort = self.sort_combo.itemData(index)
        self._update()

    def _tooltip_for(self, region: tuple) -> str:
        kind, order, names = region[0], self._order, self._names
        precision, recall, _ = self._scores
        if kind == "cell":
            return self.cell_tooltip(int(order[region[1]]), int(order[region[2]]))
        k = int(order[region[1]])
        if kind in ("recall", "row"):
            total = int(self._conf[k].sum())
            return tr("class {name}: recall {recall} ({right:,} of its {total:,} samples predicted as {name})",
                      name=names[k], recall=percent(recall[k]), right=int(self._conf[k, k]), total=total)
        total = int(self._conf[:, k].sum())
        return tr("predicted {name}: precision {precision} ({right:,} of the {total:,} samples predicted as {name} "
                  "are class {name})", name=names[k], precision=percent(precision[k]), right=int(self._conf[k, k]),
                  total=total)

    def _update(self) -> None:
        """Redraw everything from the stored matrix, mode, sort and palette."""
        n, conf, item = len(self._names), self._conf, self.matrix_view.item
        item.set_palette(self.palette())
        if n == 0:
            self._order = np.zeros(0, dtype=np.int64)
            item.set_frame([], [], [], [], np.zeros(0), np.zeros(0))
            self.table.setRowCount(0)
            self.caption.setText(tr_text(EMPTY_MESSAGE))
            return
        errors = conf.sum(1) - np.diagonal(conf)
        order = np.argsort(-errors, kind="stable") if self._sort == "error" else np.arange(n)
        self._order = order
        shown = conf[np.ix_(order, order)]
        rows = shown.sum(1)
        if self._mode == "row":
            with np.errstate(divide="ignore", invalid="ignore"):
                values = np.where(rows[:, None] > 0, shown / np.maximum(rows[:, None], 1), 0.0)
            flat = values.ravel().tolist()
            point = QLocale().decimalPoint()  # the cells' shares in the locale's form (not through tr: too many)
            options = [[_share_text(v, 1).replace(".", point) for v in flat], [_share_text(v, 0) for v in flat]]
        else:
            values = shown.astype(np.float64)
            options = [[str(v) if v else "" for v in shown.ravel().tolist()]]
        fills, text_colors = self._cell_colors(values)
        precision, recall, f1 = self._scores
        item.set_frame([self._names[k] for k in order.tolist()], options, fills, text_colors, recall[order],
                       precision[order])
        self._fill_table(order, precision, recall, f1, conf.sum(1))
        total, correct = int(conf.sum()), int(np.trace(conf))
        where = split_word(self.split or "validation")
        accuracy = (tr("accuracy {share} ({correct:,} of {total:,} samples)", share=percent(correct / total),
                       correct=correct, total=total) if total else tr("no samples"))
        if self.epoch is not None:
            self.caption.setText(tr("{split}, epoch {epoch}: {accuracy}", split=where, epoch=self.epoch,
                                    accuracy=accuracy))
        else:
            self.caption.setText(tr("{split}: {accuracy}", split=where, accuracy=accuracy))

    def _cell_colors(self, values: np.ndarray) -> tuple[list[QColor | None], list[QColor]]:
        """Fill (None for an empty cell) and text colour per cell, flat, row by row."""
        palette = self.palette()
        dark = is_dark(palette)
        base = np.array(palette.color(QPalette.Base).getRgb()[:3], dtype=np.float64)
        good = np.array(QColor(HUES["correct"][dark]).getRgb()[:3], dtype=np.float64)
        bad = np.array(QColor(HUES["error"][dark]).getRgb()[:3], dtype=np.float64)
        n = len(values)
        diag = np.eye(n, dtype=bool)
        top_good = values[diag].max(initial=0.0)
        top_bad = values[~diag].max(initial=0.0)
        scale = np.where(diag, top_good, top_bad)
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.where(values > 0, MIN_TINT + (1 - MIN_TINT) * values / np.maximum(scale, 1e-300), 0.0)
        hue = np.where(diag[..., None], good, bad)
        rgb = np.rint(base + (hue - base) * t[..., None]).astype(int).reshape(-1, 3)
        black = _contrasting_text(rgb)
        filled = (values > 0).ravel().tolist()
        fills = [QColor(r, g, b) if f else None for (r, g, b), f in zip(rgb.tolist(), filled)]
        ink = (QColor("#000000"), QColor("#ffffff"))
        text_colors = [ink[0] if b else ink[1] for b in black.tolist()]
        return fills, text_colors

    def _fill_table(self, order, precision, recall, f1, support) -> None:
        t, n = self.table, len(order)
        if t.rowCount() != n:
            t.setRowCount(n)
        for row, k in enumerate(order.tolist()):
            texts = (self._names[k], percent(precision[k]), percent(recall[k]), percent(f1[k]),
                     tr("{support:,}", support=int(support[k])))
            for col, text in enumerate(texts):
                cell = t.item(row, col)
                if cell is None:
                    cell = QTableWidgetItem()
                    cell.setTextAlignment((Qt.AlignLeft if col == 0 else Qt.AlignRight) | Qt.AlignVCenter)
                    t.setItem(row, col, cell)
                if cell.text() != text:
                    cell.setText(text)

    def _header_tips(self) -> None:
        for i, tip in enumerate(TABLE_TIPS):
            self.table.horizontalHeaderItem(i).setToolTip(tr_text(tip))

    def changeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().changeEvent(event)
        kind = event.type()
        if kind == QEvent.PaletteChange and hasattr(self, "matrix_view"):
            self._update()

    def resizeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().resizeEvent(event)
        # table and gallery side by side when there is room, else one above the other
        self._bottom.setOrientation(Qt.Horizontal if self.width() >= 620 else Qt.Vertical)
