"""The confusion chart that :class:`~netbuilder.gui.panels.confusion.ConfusionPanel` shows: one
:class:`MatrixItem` paints the cells, numbers, class names, axis titles and the recall and precision strips in
viewport pixels, in a :class:`MatrixView` that never scales or scrolls (scene coordinates are viewport coordinates).
Why one item and not pyqtgraph's: see the panel's module docstring. The panel gives it the texts and colours.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontInfo, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QGraphicsObject, QGraphicsScene, QGraphicsView, QToolTip, QWidget

from ...core.text import msg
from ..common.i18n import tr, tr_text
from ..common.palette import CONFUSION_HUES
from ..common.style import is_dark

#: Below this pixel size a number is not drawn in its cell (tooltips still give it).
MIN_TEXT_PX = 10
MAX_CELL_TEXT_PX = 16
MAX_CELL_PX = 96
MAX_NAME_PX = 110
#: Cell hues -> (on a light background, on a dark background).
HUES: dict[str, tuple[str, str]] = CONFUSION_HUES  # the active palette's (common.palette)
EMPTY_MESSAGE = msg("No confusion matrix yet: it appears after the first validation.")


def percent(share: float) -> str:
    """0.9321 -> "93.2%" (in the locale's form)."""
    return tr("{percent:.1f}%", percent=100.0 * share)


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


class MatrixItem(QGraphicsObject):
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
        pct_w = math.ceil(fm.horizontalAdvance(percent(1.0)))
        L.title_w = math.ceil(bfm.height()) + 6
        L.title_h = math.ceil(bfm.height()) + 4
        L.label_w = max(names_w, math.ceil(fm.horizontalAdvance(tr("precision")))) + 8
        L.recall_w = max(pct_w, math.ceil(fm.horizontalAdvance(tr("recall")))) + 14
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
                       tr_text(EMPTY_MESSAGE))
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
                   Qt.AlignHCenter | Qt.AlignBottom, tr("recall"))
        p.drawText(QRect(L.left + L.title_w, L.prec_y, L.label_w - 8, L.prec_h), Qt.AlignRight | Qt.AlignVCenter,
                   tr("precision"))
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
        title, up = tr("Predicted class"), tr("True class")
        span = max(width, math.ceil(QFontMetricsF(bold).horizontalAdvance(title)) + 4)
        p.drawText(QRect(L.mx + (width - span) // 2, L.top, span, L.title_h), Qt.AlignCenter, title)
        span = max(height, math.ceil(QFontMetricsF(bold).horizontalAdvance(up)) + 4)
        self._draw_up(p, L.left, L.my + (height + span) // 2, span, L.title_w, Qt.AlignCenter, up)
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


class MatrixView(QGraphicsView):
    """The view holding the chart; clicks and tooltips are in its viewport's coordinates (= scene coordinates)."""

    cellClicked = Signal(int, int)  # display row, display column

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("confusionMatrixView")
        self.setScene(QGraphicsScene(self))
        self.item = MatrixItem()
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
