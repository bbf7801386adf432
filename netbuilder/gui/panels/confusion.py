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
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetricsF, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QFrame, QGraphicsObject, QGraphicsScene,
                               QGraphicsView, QHBoxLayout, QHeaderView, QLabel, QListView, QListWidget,
                               QListWidgetItem, QSplitter, QTableWidget, QTableWidgetItem, QToolTip, QVBoxLayout,
                               QWidget)

from ..style import is_dark

#: set_mode() values -> the combo box's words.
MODES: dict[str, str] = {"counts": "counts", "row": "row %"}
#: set_sort() values -> the combo box's words.
SORTS: dict[str, str] = {"class": "by class", "error": "by error"}
#: Below this pixel size a number is not drawn in its cell (tooltips still give it).
MIN_TEXT_PX = 10
MAX_CELL_TEXT_PX = 16
MAX_CELL_PX = 96
MAX_NAME_PX = 110
THUMB_PX = 56
#: Cell hues -> (on a light background, on a dark background).
HUES: dict[str, tuple[str, str]] = {"correct": ("#1f63c6", "#3f86e8"), "error": ("#d23f3f", "#e0605a")}
#: The lightest tint a non-zero cell gets (share of the hue blended into the background), so it never looks empty.
MIN_TINT = 0.14
TABLE_COLUMNS = ("class", "precision", "recall", "F1", "support")
_INDEX_ROLE = Qt.UserRole + 1
_EMPTY_MESSAGE = "No confusion matrix yet: it appears after the first validation."
_GALLERY_HINT = "Click a cell to see its samples here."


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


def percent(share: float) -> str:
    """0.9321 -> "93.2%"."""
    return f"{100.0 * share:.1f}%"


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


def image_pixmap(image, size: int = THUMB_PX) -> QPixmap | None:
    """A thumbnail of a 2-D grey (HxW) or channels-first (CxHxW, 1 or 3 channels; HxWx3 is also understood) image,
    scaled 0..max to black..white (min..max when it has negative values), at most ``size`` pixels a side."""
    a = np.asarray(image)
    if a.ndim == 3:
        if a.shape[0] in (1, 3, 4):
            a = a[0] if a.shape[0] == 1 else a[:3]
        elif a.shape[-1] in (3, 4):
            a = np.moveaxis(a[..., :3], -1, 0)
        else:
            a = a.mean(0)
    if a.ndim not in (2, 3) or a.size == 0:
        return None
    a = np.nan_to_num(a.astype(np.float64), nan=0.0, posinf=0.0, neginf=0.0)
    lo, hi = min(0.0, float(a.min())), float(a.max())
    scaled = (a - lo) * (255.0 / (hi - lo)) if hi > lo else np.zeros_like(a)
    u8 = np.clip(np.rint(scaled), 0, 255).astype(np.uint8)
    if u8.ndim == 2:
        h, w = u8.shape
        buf = np.ascontiguousarray(u8)
        img = QImage(buf.data, w, h, w, QImage.Format_Grayscale8).copy()
    else:
        h, w = u8.shape[1:]
        buf = np.ascontiguousarray(np.moveaxis(u8, 0, -1))
        img = QImage(buf.data, w, h, 3 * w, QImage.Format_RGB888).copy()
    mode = Qt.FastTransformation if max(h, w) <= size else Qt.SmoothTransformation  # crisp pixels when enlarged
    return QPixmap.fromImage(img.scaled(size, size, Qt.KeepAspectRatio, mode))


@dataclass
class _Layout:
    """Where everything goes, in viewport pixels (display order: row r, column c)."""
    cw: int = 0  # cell width
    ch: int = 0  # cell height
    mx: int = 0  # matrix top-left
    my: int = 0
    left: int = 0  # the block's left edge ("True class" title)
    top: int = 0  # the block's top edge ("Predicted class" title)
    title_w: int = 0
    title_h: int = 0
    label_w: int = 0  # row-name column
    header_h: int = 0  # column-name band
    recall_x: int = 0
    recall_w: int = 0
    prec_y: int = 0
    prec_h: int = 0
    rotate_names: bool = False
    rotate_prec: bool = False
    label_step: int = 1  # draw every label_step-th row name
    column_step: int = 1  # draw every column_step-th column name
    label_font: QFont = field(default_factory=QFont)
    prec_font: QFont = field(default_factory=QFont)
    rows_readable: bool = True  # recall texts fit the rows
    columns_readable: bool = True  # precision texts fit the columns
    cell_font: QFont | None = None  # None: no numbers in the cells
    texts: list[str] = field(default_factory=list)  # flat n*n, "" where nothing is drawn


class _MatrixItem(QGraphicsObject):
    """Paints the chart. ``set_frame`` gives it the data in display order; it only lays out and paints."""

    def __init__(self):
        super().__init__()
        self._w, self._h = 100, 100
        self._font = QFont()
        self.n = 0
        self.names: list[str] = []
        self._options: list[list[str]] = []
        self._fills: list[QColor | None] = []
        self._text_colors: list[QColor] = []
        self.recall_texts: list[str] = []
        self.precision_texts: list[str] = []
        self._recall: np.ndarray = np.zeros(0)
        self._precision: np.ndarray = np.zeros(0)
        self._hover: tuple[int, int] | None = None
        self._colors: dict[str, QColor] = {}
        self.set_palette(QPalette())
        self.L = _Layout()

    # inputs -----------------------------------------------------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802  (Qt's name)
        return QRectF(0, 0, self._w, self._h)

    def set_size(self, w: int, h: int) -> None:
        if (w, h) != (self._w, self._h):
            self.prepareGeometryChange()
            self._w, self._h = max(1, w), max(1, h)
            self._relayout()

    def set_font(self, font: QFont) -> None:
        self._font = QFont(font)
        self._relayout()
        self.update()

    def set_palette(self, palette: QPalette) -> None:
        dark = is_dark(palette)
        text = palette.color(QPalette.Text)

        def tint(hex_color: str, alpha: int) -> QColor:
            color = QColor(hex_color)
            color.setAlpha(alpha)
            return color

        self._colors = {
            "text": text,
            "muted": palette.color(QPalette.PlaceholderText),
            "grid": QColor(text.red(), text.green(), text.blue(), 34),
            "frame": QColor(text.red(), text.green(), text.blue(), 90),
            "good": tint(HUES["correct"][dark], 95 if dark else 70),
            "bad": tint(HUES["error"][dark], 70 if dark else 45),
        }
        self.update()

    def set_frame(self, names: list[str], options: list[list[str]], fills: list[QColor | None],
                  text_colors: list[QColor], recall: np.ndarray, precision: np.ndarray) -> None:
        """``options``: the cell texts (flat, row by row) from the most to the least detailed; the first that fits
        the cells at a readable size is drawn."""
        relayout = names != self.names
        self.n, self.names, self._options = len(names), names, options
        self._fills, self._text_colors = fills, text_colors
        self._recall, self._precision = recall, precision
        self.recall_texts = [percent(v) for v in recall.tolist()]
        self.precision_texts = [percent(v) for v in precision.tolist()]
        if self._hover is not None and max(self._hover) >= self.n:
            self._hover = None
        if relayout:
            self._relayout()
        else:
            self._fit_cell_text()
        self.update()

    def set_hover(self, cell: tuple[int, int] | None) -> None:
        if cell != self._hover:
            self._hover = cell
            self.update()

    # layout -----------------------------------------------------------------------------------------------------
    def _relayout(self) -> None:
        """Cells as large as fit (wider than high when the height is short: numbers need width), the class names
        upwards when they do not fit under their column, the precision texts too."""
        n, L = self.n, _Layout()
        self.L = L
        if n == 0:
            return
        fm = QFontMetricsF(self._font)
        bold = QFont(self._font)
        bold.setBold(True)
        bfm = QFontMetricsF(bold)
        lh = math.ceil(fm.height())
        margin, gap = 8, 6
        names_w = min(MAX_NAME_PX, math.ceil(max(fm.horizontalAdvance(s) for s in self.names)))
        pct_w = math.ceil(fm.horizontalAdvance("100.0%"))
        L.title_w = math.ceil(bfm.height()) + 6
        L.title_h = math.ceil(bfm.height()) + 4
        L.label_w = max(names_w, math.ceil(fm.horizontalAdvance("precision"))) + 8
        L.recall_w = max(pct_w, math.ceil(fm.horizontalAdvance("recall"))) + 14
        left_w = L.title_w + L.label_w
        label_px = QFontInfo(self._font).pixelSize()
        pct_min_w = pct_w * MIN_TEXT_PX / label_px  # the precision texts at the smallest readable size
        for _ in range(3):  # rotating names or precision texts makes the cells smaller, which may call for the other
            L.header_h = names_w + 10 if L.rotate_names else lh + 4
            L.prec_h = pct_w + 12 if L.rotate_prec else lh + 10
            raw_w = (self._w - 2 * margin - left_w - gap - L.recall_w) / n
            raw_h = (self._h - 2 * margin - L.title_h - L.header_h - gap - L.prec_h) / n
            L.ch = max(1, int(min(raw_h, raw_w, MAX_CELL_PX)))
            L.cw = max(1, int(min(raw_w, 2.2 * L.ch, 1.3 * MAX_CELL_PX)))
            rotate_names = L.rotate_names or names_w > L.cw - 4
            rotate_prec = L.rotate_prec or pct_min_w > L.cw - 4
            if (rotate_names, rotate_prec) == (L.rotate_names, L.rotate_prec):
                break
            L.rotate_names, L.rotate_prec = rotate_names, rotate_prec
        width, height = n * L.cw, n * L.ch
        block_w = left_w + width + gap + L.recall_w
        block_h = L.title_h + L.header_h + height + gap + L.prec_h
        L.left = max(margin, (self._w - block_w) // 2)
        L.top = max(margin, (self._h - block_h) // 2)
        L.mx, L.my = L.left + left_w, L.top + L.title_h + L.header_h
        L.recall_x, L.prec_y = L.mx + width + gap, L.my + height + gap
        # class names and summaries: the widget's font, smaller in low rows, and only every k-th name below that
        fitted = min(label_px, L.ch * 0.8)
        L.label_font = QFont(self._font)
        if fitted < label_px:
            L.label_font.setPixelSize(max(MIN_TEXT_PX, int(fitted)))
        L.rows_readable = fitted >= MIN_TEXT_PX
        L.label_step = 1 if L.rows_readable else math.ceil(MIN_TEXT_PX / 0.8 / L.ch)
        # upwards, a column's texts need the cell width for one line; across, the precision needs its width
        upwards = min(label_px, L.cw * 0.8)
        L.column_step = 1 if not L.rotate_names or upwards >= MIN_TEXT_PX else math.ceil(MIN_TEXT_PX / 0.8 / L.cw)
        across = upwards if L.rotate_prec else min(label_px, label_px * (L.cw - 4) / pct_w)
        L.columns_readable = across >= MIN_TEXT_PX
        L.prec_font = QFont(self._font)
        if across < label_px:
            L.prec_font.setPixelSize(max(MIN_TEXT_PX, int(across)))
        self._fit_cell_text()

    def _fit_cell_text(self) -> None:
        L, n = self.L, self.n
        L.cell_font, L.texts = None, [""] * (n * n)
        if n == 0:
            return
        probe = QFont(self._font)
        probe.setPixelSize(100)
        fm = QFontMetricsF(probe)
        for texts in self._options:
            # the widest ink (not advance: the side bearings are blank) with 2 px either side, and a line as high
            # as the row names' (0.8 of the row): "335" fits a 23 x 14 px cell at 10 px, as MNIST's 10 classes get
            width = max((fm.boundingRect(t).width() for t in set(texts) if t), default=1.0)
            px = min(100.0 * (L.cw - 4) / width, L.ch * 0.8, MAX_CELL_TEXT_PX)
            if px >= MIN_TEXT_PX:
                L.cell_font = QFont(self._font)
                L.cell_font.setPixelSize(int(px))
                L.texts = texts
                return

    # geometry ---------------------------------------------------------------------------------------------------
    def cell_rect(self, r: int, c: int) -> QRect:
        L = self.L
        return QRect(L.mx + c * L.cw, L.my + r * L.ch, L.cw, L.ch)

    def region_at(self, pos: QPointF) -> tuple | None:
        """("cell", r, c), ("recall", r), ("precision", c), ("row", r), ("column", c) or None, display order."""
        L, n = self.L, self.n
        if n == 0:
            return None
        x, y = pos.x(), pos.y()
        c = math.floor((x - L.mx) / L.cw)
        r = math.floor((y - L.my) / L.ch)
        in_cols, in_rows = 0 <= c < n, 0 <= r < n
        if in_cols and in_rows:
            return ("cell", r, c)
        if in_rows and L.recall_x <= x < L.recall_x + L.recall_w:
            return ("recall", r)
        if in_cols and L.prec_y <= y < L.prec_y + L.prec_h:
            return ("precision", c)
        if in_rows and L.left <= x < L.mx:
            return ("row", r)
        if in_cols and L.my - L.header_h <= y < L.my:
            return ("column", c)
        return None

    # painting ---------------------------------------------------------------------------------------------------
    def paint(self, p: QPainter, option, widget=None) -> None:
        col, L, n = self._colors, self.L, self.n
        if n == 0:
            p.setPen(col["muted"])
            p.setFont(self._font)
            p.drawText(self.boundingRect().adjusted(12, 12, -12, -12), Qt.AlignCenter | Qt.TextWordWrap,
                       _EMPTY_MESSAGE)
            return
        cw, ch = L.cw, L.ch
        width, height = n * cw, n * ch
        for i, fill in enumerate(self._fills):
            if fill is not None:
                p.fillRect(L.mx + (i % n) * cw, L.my + (i // n) * ch, cw, ch, fill)
        p.setPen(QPen(col["grid"], 1))
        for k in range(1, n):
            p.drawLine(L.mx + k * cw, L.my, L.mx + k * cw, L.my + height - 1)
            p.drawLine(L.mx, L.my + k * ch, L.mx + width - 1, L.my + k * ch)
        p.setPen(QPen(col["frame"], 1))
        p.setBrush(Qt.NoBrush)
        p.drawRect(L.mx, L.my, width - 1, height - 1)
        if L.cell_font is not None:
            p.setFont(L.cell_font)
            for i, text in enumerate(L.texts):
                if text:
                    p.setPen(self._text_colors[i])
                    p.drawText(L.mx + (i % n) * cw, L.my + (i // n) * ch, cw, ch, Qt.AlignCenter, text)
        self._paint_summaries(p)
        self._paint_labels(p)
        if self._hover is not None:
            r, c = self._hover
            p.setPen(QPen(col["text"], 2))
            p.setBrush(Qt.NoBrush)
            p.drawRect(QRectF(self.cell_rect(r, c)).adjusted(1, 1, -1, -1))

    def _paint_summaries(self, p: QPainter) -> None:
        """Recall right of the rows, precision under the columns: a bar (the correct share blue, the rest red)
        with the percentage on it."""
        col, L = self._colors, self.L
        cw, ch = L.cw, L.ch
        p.setPen(Qt.NoPen)
        for r, share in enumerate(self._recall.tolist()):  # from the left
            y = L.my + r * ch
            good = int(round(L.recall_w * min(1.0, max(0.0, share))))
            p.fillRect(L.recall_x, y + 1, good, ch - 2, col["good"])
            p.fillRect(L.recall_x + good, y + 1, L.recall_w - good, ch - 2, col["bad"])
        for c, share in enumerate(self._precision.tolist()):  # from the bottom up
            x = L.mx + c * cw
            good = int(round(L.prec_h * min(1.0, max(0.0, share))))
            p.fillRect(x + 1, L.prec_y + L.prec_h - good, cw - 2, good, col["good"])
            p.fillRect(x + 1, L.prec_y, cw - 2, L.prec_h - good, col["bad"])
        p.setPen(col["text"])
        p.setFont(self._font)
        p.drawText(QRect(L.recall_x - 4, L.my - L.header_h, L.recall_w + 8, L.header_h - 2),
                   Qt.AlignHCenter | Qt.AlignBottom, "recall")
        p.drawText(QRect(L.left + L.title_w, L.prec_y, L.label_w - 8, L.prec_h), Qt.AlignRight | Qt.AlignVCenter,
                   "precision")
        p.setFont(L.label_font)
        if L.rows_readable:
            for r, text in enumerate(self.recall_texts):
                p.drawText(QRect(L.recall_x, L.my + r * ch, L.recall_w, ch), Qt.AlignCenter, text)
        if L.columns_readable:
            p.setFont(L.prec_font)
            for c, text in enumerate(self.precision_texts):
                x = L.mx + c * cw
                if L.rotate_prec:
                    self._draw_up(p, x, L.prec_y + L.prec_h, L.prec_h, cw, Qt.AlignCenter, text)
                else:
                    p.drawText(QRect(x, L.prec_y, cw, L.prec_h), Qt.AlignCenter, text)

    def _paint_labels(self, p: QPainter) -> None:
        col, L, n = self._colors, self.L, self.n
        cw, ch = L.cw, L.ch
        width, height = n * cw, n * ch
        bold = QFont(self._font)
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(col["text"])
        title = "Predicted class"
        span = max(width, math.ceil(QFontMetricsF(bold).horizontalAdvance(title)) + 4)
        p.drawText(QRect(L.mx + (width - span) // 2, L.top, span, L.title_h), Qt.AlignCenter, title)
        span = max(height, math.ceil(QFontMetricsF(bold).horizontalAdvance("True class")) + 4)
        self._draw_up(p, L.left, L.my + (height + span) // 2, span, L.title_w, Qt.AlignCenter, "True class")
        p.setFont(L.label_font)
        fm = QFontMetricsF(L.label_font)
        names = [fm.elidedText(s, Qt.ElideRight, MAX_NAME_PX) for s in self.names]
        for k in range(0, n, L.label_step):
            p.drawText(QRect(L.left + L.title_w, L.my + k * ch, L.label_w - 8, ch), Qt.AlignRight | Qt.AlignVCenter,
                       names[k])
        for k in range(0, n, L.column_step):
            if L.rotate_names:
                self._draw_up(p, L.mx + k * cw, L.my - 4, L.header_h - 6, cw, Qt.AlignLeft | Qt.AlignVCenter,
                              names[k])
            else:
                p.drawText(QRect(L.mx + k * cw - 4, L.my - L.header_h, cw + 8, L.header_h - 2),
                           Qt.AlignHCenter | Qt.AlignBottom, names[k])

    @staticmethod
    def _draw_up(p: QPainter, x: float, y: float, length: float, thickness: float, flags, text: str) -> None:
        """Text reading upwards, from (x, y) (bottom-left of its box) over ``length`` pixels, ``thickness`` wide."""
        p.save()
        p.translate(x, y)
        p.rotate(-90)
        p.drawText(QRectF(0, 0, length, thickness), flags, text)
        p.restore()


class _MatrixView(QGraphicsView):
    """The view holding the chart; clicks and tooltips are in its viewport's coordinates (= scene coordinates)."""

    cellClicked = Signal(int, int)  # display row, display column

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("confusionMatrixView")
        self.setScene(QGraphicsScene(self))
        self.item = _MatrixItem()
        self.scene().addItem(self.item)
        self.setFrameShape(QFrame.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setAlignment(Qt.AlignLeft | Qt.AlignTop)
        self.setRenderHints(QPainter.TextAntialiasing)
        self.viewport().setMouseTracking(True)
        self.setMinimumSize(300, 260)  # 10 classes stay readable; the dock grows to fit
        self.tooltip_for = None  # the panel's: region -> text
        self._pressed = None

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt's name)
        return QSize(560, 460)

    def resizeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().resizeEvent(event)
        size = self.viewport().size()
        self.setSceneRect(0, 0, size.width(), size.height())
        self.item.set_size(size.width(), size.height())

    def changeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:
            self.item.set_font(self.font())

    def _cell_at(self, event) -> tuple[int, int] | None:
        region = self.item.region_at(self.mapToScene(event.position().toPoint()))
        return (region[1], region[2]) if region and region[0] == "cell" else None

    def mousePressEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        if event.button() == Qt.LeftButton:
            self._pressed = self._cell_at(event)
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        if event.button() == Qt.LeftButton:
            pressed, self._pressed = self._pressed, None
            if pressed is not None and self._cell_at(event) == pressed:
                self.cellClicked.emit(*pressed)
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        cell = self._cell_at(event)
        self.item.set_hover(cell)
        if cell is None:
            self.viewport().unsetCursor()
        else:
            self.viewport().setCursor(Qt.PointingHandCursor)

    def viewportEvent(self, event) -> bool:  # noqa: N802  (Qt's name)
        if event.type() == QEvent.ToolTip:
            region = self.item.region_at(self.mapToScene(event.pos()))
            text = self.tooltip_for(region) if region and self.tooltip_for else ""
            if text:
                QToolTip.showText(event.globalPos(), text, self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        if event.type() == QEvent.Leave:
            self.item.set_hover(None)
        return super().viewportEvent(event)


class ConfusionPanel(QWidget):
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
        self._last_example: tuple[int | None, float] = (None, 0.0)

        self.caption = QLabel(_EMPTY_MESSAGE)
        self.caption.setObjectName("confusionCaption")
        self.caption.setWordWrap(True)
        self.mode_combo = QComboBox()
        self.mode_combo.setObjectName("confusionModeCombo")
        self.mode_combo.setToolTip("counts: samples in each cell; row %: each cell's share of its true class")
        for key, text in MODES.items():
            self.mode_combo.addItem(text, key)
        self.sort_combo = QComboBox()
        self.sort_combo.setObjectName("confusionSortCombo")
        self.sort_combo.setToolTip("by class: the classes in their order; by error: the classes with the most "
                                   "wrongly predicted samples first")
        for key, text in SORTS.items():
            self.sort_combo.addItem(text, key)
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(QLabel("Show:"))
        top.addWidget(self.mode_combo)
        top.addSpacing(6)
        top.addWidget(QLabel("Order:"))
        top.addWidget(self.sort_combo)

        self.matrix_view = _MatrixView()
        self.matrix_view.tooltip_for = self._tooltip_for
        self.matrix_view.cellClicked.connect(self._on_cell_clicked)

        self.table = QTableWidget(0, len(TABLE_COLUMNS))
        self.table.setObjectName("perClassTable")
        self.table.setHorizontalHeaderLabels(list(TABLE_COLUMNS))
        tips = ("the class",
                "of the samples predicted as this class, the share that really are this class",
                "of the samples of this class, the share predicted as this class",
                "the harmonic mean of precision and recall",
                "how many samples of this class there are")
        for i, tip in enumerate(tips):
            self.table.horizontalHeaderItem(i).setToolTip(tip)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(QFontMetricsF(self.font()).height() + 8)

        self.gallery_title = QLabel(_GALLERY_HINT)
        self.gallery_title.setObjectName("confusionGalleryTitle")
        self.gallery_title.setWordWrap(True)
        self.gallery = QListWidget()
        self.gallery.setObjectName("confusionGallery")
        self.gallery.setViewMode(QListView.IconMode)
        self.gallery.setIconSize(QSize(THUMB_PX, THUMB_PX))
        self.gallery.setResizeMode(QListView.Adjust)
        self.gallery.setMovement(QListView.Static)
        self.gallery.setWrapping(True)
        self.gallery.setWordWrap(True)
        self.gallery.setUniformItemSizes(True)
        self.gallery.setSelectionMode(QAbstractItemView.SingleSelection)
        self.gallery.itemClicked.connect(self._on_example)
        self.gallery.itemActivated.connect(self._on_example)
        gallery_box = QWidget()
        box = QVBoxLayout(gallery_box)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(3)
        box.addWidget(self.gallery_title)
        box.addWidget(self.gallery, 1)

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
        share = f" ({percent(count / total)} of class {names[true_class]})" if total else ""
        word = "sample" if count == 1 else "samples"
        correct = ", correct" if true_class == pred_class else ""
        return f"true {names[true_class]}, predicted {names[pred_class]}: {count:,} {word}{share}{correct}"

    def show_examples(self, examples: list[dict], title: str) -> None:
        """Fill the gallery: a thumbnail per image (or the values as text), and under it the predicted probability
        of the true and the predicted class. Each example: ``index``, ``image`` (HxW or CxHxW, or None),
        ``values`` (list of floats, or None), ``probs`` (class probabilities); optional ``true`` and ``pred``
        (class indices; by default the cell last clicked, and the most probable class)."""
        g = self.gallery
        g.setUpdatesEnabled(False)
        g.clear()
        fm = QFontMetricsF(g.font())
        any_image = any(e.get("image") is not None for e in examples)
        texts = [self._example_text(e, int(e["index"])) for e in examples]
        lines = max((text.count("\n") + 1 for text, _ in texts), default=3)
        widest = max((fm.horizontalAdvance(line) for text, _ in texts for line in text.split("\n")), default=0.0)
        width = min(220, max(THUMB_PX + 40, math.ceil(widest) + 14))
        g.setGridSize(QSize(width, (THUMB_PX + 6 if any_image else 0) + math.ceil(fm.height() * lines) + 10))
        for e, (text, tip) in zip(examples, texts):
            index = int(e["index"])
            item = QListWidgetItem(text)
            item.setData(_INDEX_ROLE, index)
            item.setToolTip(tip)
            item.setTextAlignment(Qt.AlignHCenter | Qt.AlignTop)
            image = e.get("image")
            if image is not None:
                pixmap = image_pixmap(image)
                if pixmap is not None:
                    item.setIcon(pixmap)
            g.addItem(item)
        g.setUpdatesEnabled(True)
        split = f"{self.split.capitalize()} split, " if self.split and title else ""
        self.gallery_title.setText(split + title if title else _GALLERY_HINT)

    def clear_examples(self) -> None:
        self.gallery.clear()
        self.gallery_title.setText(_GALLERY_HINT)

    def gallery_indices(self) -> list[int]:
        """The "index" of each example in the gallery, in order."""
        return [self.gallery.item(i).data(_INDEX_ROLE) for i in range(self.gallery.count())]

    # internals --------------------------------------------------------------------------------------------------
    def _name(self, k) -> str:
        return self._names[k] if k is not None and 0 <= k < len(self._names) else str(k)

    def _example_text(self, e: dict, index: int) -> tuple[str, str]:
        probs = e.get("probs")
        probs = np.asarray(probs, dtype=np.float64).reshape(-1) if probs is not None else np.zeros(0)
        true = e.get("true", self._clicked[0] if self._clicked else None)
        pred = e.get("pred", self._clicked[1] if self._clicked else (int(np.argmax(probs)) if probs.size else None))
        lines, tip = [f"#{index}"], [f"sample {index}"]
        values = e.get("values")
        if e.get("image") is None and values is not None:
            shown = ", ".join(f"{float(v):.3g}" for v in list(values)[:4])
            lines.append(shown + (", …" if len(values) > 4 else ""))
            tip.append("values: " + ", ".join(f"{float(v):.4g}" for v in list(values)[:32])
                       + (", …" if len(values) > 32 else ""))
        for word, long_word, k in (("true", "true class", true), ("pred", "predicted class", pred)):
            if k is not None and 0 <= int(k) < probs.size:
                lines.append(f"{word} {self._name(int(k))}: {probs[int(k)]:.2f}")
                tip.append(f"{long_word} {self._name(int(k))}: probability {probs[int(k)]:.3f}")
        return "\n".join(lines), "\n".join(tip)

    def _on_example(self, item: QListWidgetItem) -> None:
        index = item.data(_INDEX_ROLE)
        last, when = self._last_example
        now = time.monotonic()
        if index == last and now - when < QApplication.doubleClickInterval() / 1000.0:
            return  # a double-click: its first click already emitted
        self._last_example = (index, now)
        self.exampleActivated.emit(int(index))

    def _follow_split(self) -> None:
        """The matrix is now another split's (the test split's after Evaluate): the gallery's samples were the old
        split's, so they go, and the same cell of the new split is asked for (the owner answers with
        :meth:`show_examples`)."""
        clicked = self._clicked
        self.clear_examples()
        if clicked is not None and max(clicked) < len(self._names):
            self.gallery_title.setText(f"Fetching the {self.split} split's samples of true "
                                       f"{self._name(clicked[0])}, predicted {self._name(clicked[1])}…")
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
            return (f"class {names[k]}: recall {percent(recall[k])} ({int(self._conf[k, k]):,} of its {total:,} "
                    f"samples predicted as {names[k]})")
        total = int(self._conf[:, k].sum())
        return (f"predicted {names[k]}: precision {percent(precision[k])} ({int(self._conf[k, k]):,} of the "
                f"{total:,} samples predicted as {names[k]} are class {names[k]})")

    def _update(self) -> None:
        """Redraw everything from the stored matrix, mode, sort and palette."""
        n, conf, item = len(self._names), self._conf, self.matrix_view.item
        item.set_palette(self.palette())
        if n == 0:
            self._order = np.zeros(0, dtype=np.int64)
            item.set_frame([], [], [], [], np.zeros(0), np.zeros(0))
            self.table.setRowCount(0)
            self.caption.setText(_EMPTY_MESSAGE)
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
            options = [[_share_text(v, 1) for v in flat], [_share_text(v, 0) for v in flat]]
        else:
            values = shown.astype(np.float64)
            options = [[str(v) if v else "" for v in shown.ravel().tolist()]]
        fills, text_colors = self._cell_colors(values)
        precision, recall, f1 = self._scores
        item.set_frame([self._names[k] for k in order.tolist()], options, fills, text_colors, recall[order],
                       precision[order])
        self._fill_table(order, precision, recall, f1, conf.sum(1))
        total, correct = int(conf.sum()), int(np.trace(conf))
        where = self.split or "validation"
        if self.epoch is not None:
            where += f", epoch {self.epoch}"
        accuracy = (f"accuracy {percent(correct / total)} ({correct:,} of {total:,} samples)" if total
                    else "no samples")
        self.caption.setText(f"{where}: {accuracy}")

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
            texts = (self._names[k], percent(precision[k]), percent(recall[k]), percent(f1[k]), f"{int(support[k]):,}")
            for col, text in enumerate(texts):
                cell = t.item(row, col)
                if cell is None:
                    cell = QTableWidgetItem()
                    cell.setTextAlignment((Qt.AlignLeft if col == 0 else Qt.AlignRight) | Qt.AlignVCenter)
                    t.setItem(row, col, cell)
                if cell.text() != text:
                    cell.setText(text)

    def changeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().changeEvent(event)
        kind = event.type()
        if kind == QEvent.PaletteChange and hasattr(self, "matrix_view"):
            self._update()

    def resizeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().resizeEvent(event)
        # table and gallery side by side when there is room, else one above the other
        self._bottom.setOrientation(Qt.Horizontal if self.width() >= 620 else Qt.Vertical)
