"""The rows of the activations panel (:mod:`netbuilder.gui.panels.activations`): what each layer's output is
(feature maps, bars, a heat strip, a matrix, one value), its range and colour levels, and :class:`LayersView`, the
one widget that lays out and paints every row in view and says what is under the mouse.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QLinearGradient, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ..common.i18n import number, tr

if TYPE_CHECKING:  # the panel that owns the view: its rows, colours and class names
    from .activations import ActivationsPanel

MAX_TILES = 64
MAX_BARS = 32
MAX_CELLS = 4096
BAR_HEIGHT = 96
CELL_PX = 12
MIN_TILE, MAX_TILE, ONE_TILE = 28, 84, 140
GAP = 3
MARGIN = 8
RAMP_W = 90


def shape_text(shape: tuple[int, ...]) -> str:
    return "×".join(str(d) for d in shape) if shape else "1"


def format_value(v: float) -> str:
    return number(v, ".3g") if v == v else "nan"


@dataclass
class Row:
    node_id: str
    type: str
    data: np.ndarray                       # float32, the node's output for the one input (batch axis removed)
    kind: str                              # "maps", "bars", "strip", "matrix", "value"
    lo: float = 0.0                        # the layer's range (finite values)
    hi: float = 0.0
    y: int = 0                             # layout, in the view's pixels
    height: int = 0
    tiles: list[QRect] = field(default_factory=list)
    body: QRect = field(default_factory=QRect)
    images: list[QImage] = field(default_factory=list)
    cols: int = 1                          # strips: cells per line
    levels: tuple[float, float, bool] = (0.0, 1.0, False)  # (low, high, signed) of the row's colours
    labels: list[str] = field(default_factory=list)        # bars: the names under them

    @property
    def shown(self) -> int:
        return min(len(self.data), MAX_TILES) if self.kind == "maps" else 0


def classify(data: np.ndarray) -> str:
    if data.ndim == 0 or data.size == 1:
        return "value"
    if data.ndim == 1:
        return "bars" if data.size <= MAX_BARS else "strip"
    if data.ndim == 2:
        return "matrix"
    return "maps"


def as_maps(data: np.ndarray) -> np.ndarray:
    """[C, H, W] from any output with 3 or more axes (extra leading axes folded into the channels)."""
    return data.reshape(-1, *data.shape[-2:])


def finite_range(values: np.ndarray) -> tuple[float, float]:
    finite = values[np.isfinite(values)]
    if not finite.size:
        return 0.0, 0.0
    return float(finite.min()), float(finite.max())


def levels_for(lo: float, hi: float) -> tuple[float, float, bool]:
    """(low, high, signed): signed ranges are symmetric around zero; others run from 0 to the top."""
    if lo < 0:
        limit = max(abs(lo), abs(hi)) or 1.0
        return -limit, limit, True
    return 0.0, (hi if hi > 0 else 1.0), False


class LayersView(QWidget):
    """All the rows, painted in one widget (inside the panel's scroll area)."""

    clicked = Signal(str)

    def __init__(self, panel: "ActivationsPanel"):
        super().__init__()
        self.panel = panel
        self.rows: list[Row] = []
        self.highlighted: str | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self._header_font = QFont(self.font())
        self._header_font.setBold(True)

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt's name)
        return QSize(320, self.minimumHeight())

    # layout ---------------------------------------------------------------------------------------------------
    def header_height(self) -> int:
        return QFontMetrics(self._header_font).height() + 6

    def relayout(self) -> None:
        width = max(160, self.width())
        inner = width - 2 * MARGIN
        y = MARGIN
        head = self.header_height()
        for row in self.rows:
            row.y = y
            top = y + head
            row.tiles = []
            if row.kind == "maps":
                n, (h, w) = row.shown, row.data.shape[-2:]
                side = ONE_TILE if n == 1 else max(MIN_TILE, min(MAX_TILE, (inner - GAP * 7) // 8))
                scale = side / max(h, w)
                tw, th = max(4, round(w * scale)), max(4, round(h * scale))
                cols = max(1, min(n, (inner + GAP) // (tw + GAP)))
                for i in range(n):
                    r, c = divmod(i, cols)
                    row.tiles.append(QRect(MARGIN + c * (tw + GAP), top + r * (th + GAP), tw, th))
                body_h = ((n + cols - 1) // cols) * (th + GAP) - GAP
            elif row.kind == "bars":
                body_h = BAR_HEIGHT + (QFontMetrics(self.font()).height() + 2 if row.labels else 0)
            elif row.kind == "strip":
                n = min(row.data.size, MAX_CELLS)
                row.cols = max(8, inner // CELL_PX)
                lines = (n + row.cols - 1) // row.cols
                body_h = lines * CELL_PX
            elif row.kind == "matrix":
                rows_, cols_ = row.data.shape
                cell = max(2, min(CELL_PX, inner // max(cols_, 1)))
                body_h = min(240, max(8, rows_ * cell))
            else:
                body_h = QFontMetrics(self.font()).height() + 4
            row.body = QRect(MARGIN, top, inner, body_h)
            row.height = head + body_h
            y += row.height + 2 * MARGIN
        self.setMinimumHeight(y)
        self.setMaximumHeight(y)

    def changeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        """A new font (presentation mode's large one): the headers in it, the rows measured again."""
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:
            self._header_font = QFont(self.font())
            self._header_font.setBold(True)
            self.relayout()
            self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.relayout()
            self.panel._make_images()

    def row_rect(self, row: Row) -> QRect:
        return QRect(MARGIN // 2, row.y - MARGIN // 2, self.width() - MARGIN, row.height + MARGIN)

    def row_at(self, pos: QPoint) -> Row | None:
        for row in self.rows:
            if self.row_rect(row).contains(pos):
                return row
        return None

    # painting -------------------------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        p = QPainter(self)
        palette = self.palette()
        text, muted = palette.color(QPalette.Text), palette.color(QPalette.PlaceholderText)
        p.fillRect(event.rect(), palette.color(QPalette.Base))
        head = self.header_height()
        for row in self.rows:
            frame = self.row_rect(row)
            if not frame.intersects(event.rect()):
                continue
            if row.node_id == self.highlighted:
                p.setPen(QPen(palette.color(QPalette.Highlight), 3))
                p.setBrush(Qt.NoBrush)
                p.drawRoundedRect(frame.adjusted(1, 1, -2, -2), 6, 6)
            self._paint_header(p, row, head, text, muted)
            self._paint_body(p, row, text, muted)
        p.end()

    def _paint_header(self, p: QPainter, row: Row, head: int, text: QColor, muted: QColor) -> None:
        rect = QRect(MARGIN, row.y, self.width() - 2 * MARGIN, head)
        p.setFont(self._header_font)
        p.setPen(text)
        title = f"{row.node_id}  ·  {row.type}"
        p.drawText(rect, Qt.AlignLeft | Qt.AlignVCenter, title)
        used = QFontMetrics(self._header_font).horizontalAdvance(title) + 12
        p.setFont(self.font())
        p.setPen(muted)
        shape, lo, hi = shape_text(row.data.shape), format_value(row.lo), format_value(row.hi)
        if row.kind == "maps" and len(row.data) > MAX_TILES:
            detail = tr("{shape}   {lo} to {hi}   (the first {shown} of {total} maps)", shape=shape, lo=lo, hi=hi,
                        shown=MAX_TILES, total=len(row.data))
        elif row.kind == "strip" and row.data.size > MAX_CELLS:
            detail = tr("{shape}   {lo} to {hi}   (the first {shown:,} of {total:,} units)", shape=shape, lo=lo,
                        hi=hi, shown=MAX_CELLS, total=int(row.data.size))
        else:
            detail = tr("{shape}   {lo} to {hi}", shape=shape, lo=lo, hi=hi)
        ramp = QRect(rect.right() - RAMP_W, rect.top() + 5, RAMP_W, head - 10)
        detail_rect = QRect(rect.left() + used, rect.top(), max(0, ramp.left() - 8 - rect.left() - used), head)
        p.drawText(detail_rect, Qt.AlignLeft | Qt.AlignVCenter,
                   QFontMetrics(self.font()).elidedText(detail, Qt.ElideRight, detail_rect.width()))
        if row.kind in ("maps", "strip", "matrix") and ramp.left() > rect.left() + used:
            self._paint_ramp(p, ramp, row.levels[2])

    def _paint_ramp(self, p: QPainter, rect: QRect, signed: bool) -> None:
        lut = self.panel.lut(signed)
        gradient = QLinearGradient(rect.left(), 0, rect.right(), 0)
        for t in (0.0, 0.25, 0.5, 0.75, 1.0):
            r, g, b = lut[min(255, int(t * 255))]
            gradient.setColorAt(t, QColor(int(r), int(g), int(b)))
        p.setPen(QPen(self.palette().color(QPalette.Mid), 1))
        p.setBrush(gradient)
        p.drawRect(rect)

    def _paint_body(self, p: QPainter, row: Row, text: QColor, muted: QColor) -> None:
        if row.kind == "maps":
            for rect, image in zip(row.tiles, row.images):
                p.drawImage(rect, image)
        elif row.kind in ("strip", "matrix") and row.images:
            image = row.images[0]
            if row.kind == "strip":
                target = QRect(row.body.left(), row.body.top(), row.cols * CELL_PX, row.body.height())
            else:
                target = row.body
            p.drawImage(target, image)
        elif row.kind == "bars":
            self._paint_bars(p, row, text, muted)
        else:
            p.setPen(text)
            value = float(row.data.ravel()[0]) if row.data.size else float("nan")
            p.drawText(row.body, Qt.AlignLeft | Qt.AlignVCenter, tr("value {value:.4g}", value=value))

    def _paint_bars(self, p: QPainter, row: Row, text: QColor, muted: QColor) -> None:
        values = row.data.ravel()
        n = values.size
        label_h = QFontMetrics(self.font()).height() + 2 if row.labels else 0
        area = QRect(row.body.left(), row.body.top(), row.body.width(), row.body.height() - label_h)
        lo, hi = min(0.0, row.lo), max(0.0, row.hi)
        span = (hi - lo) or 1.0
        zero_y = area.top() + area.height() * hi / span
        slot = area.width() / max(n, 1)
        width = max(2.0, slot * 0.72)
        palette = self.palette()
        positive, negative = palette.color(QPalette.Highlight), QColor("#d2601a")
        top = self.panel.top_class if row.node_id == self.panel.output_id else None
        p.setPen(Qt.NoPen)
        for i, v in enumerate(values):
            if not np.isfinite(v):
                continue
            x = area.left() + i * slot + (slot - width) / 2
            y = area.top() + area.height() * (hi - max(v, 0.0)) / span
            h = area.height() * abs(v) / span
            colour = positive if v >= 0 else negative
            if top is not None and i != top:
                colour = QColor(colour)
                colour.setAlpha(110)
            p.fillRect(int(x), int(y), max(1, int(width)), max(1, int(round(h))), colour)
        p.setPen(QPen(muted, 1))
        p.drawLine(area.left(), int(zero_y), area.right(), int(zero_y))
        if row.labels:
            p.setPen(text)
            for i, label in enumerate(row.labels):
                rect = QRect(int(area.left() + i * slot), area.bottom() + 2, int(slot), label_h)
                p.drawText(rect, Qt.AlignHCenter | Qt.AlignTop,
                           QFontMetrics(self.font()).elidedText(label, Qt.ElideRight, int(slot)))

    # interaction ----------------------------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        row = self.row_at(event.position().toPoint())
        if row is not None and event.button() == Qt.LeftButton:
            self.highlighted = row.node_id
            self.update()
            self.clicked.emit(row.node_id)
        super().mousePressEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.ToolTip:
            text = self.describe(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def describe(self, pos: QPoint) -> str | None:
        """What is under ``pos``: a unit's value, for the tooltip."""
        row = self.row_at(pos)
        if row is None:
            return None
        if row.kind == "maps":
            for channel, rect in enumerate(row.tiles):
                if rect.contains(pos):
                    h, w = row.data.shape[-2:]
                    y = min(h - 1, (pos.y() - rect.top()) * h // max(rect.height(), 1))
                    x = min(w - 1, (pos.x() - rect.left()) * w // max(rect.width(), 1))
                    value = float(as_maps(row.data)[channel, y, x])
                    return tr("{node}, channel {channel} at ({y}, {x}): {value:.4g}", node=row.node_id, channel=channel,
                              y=int(y), x=int(x), value=value)
        elif row.kind in ("bars", "strip"):
            values = row.data.ravel()
            if row.kind == "bars":
                slot = row.body.width() / max(values.size, 1)
                index = int((pos.x() - row.body.left()) // slot) if slot else -1
            else:
                col = (pos.x() - row.body.left()) // CELL_PX
                line = (pos.y() - row.body.top()) // CELL_PX
                index = line * row.cols + col if 0 <= col < row.cols and line >= 0 else -1
            if 0 <= index < values.size and row.body.contains(pos):
                name = row.labels[index] if row.labels and index < len(row.labels) \
                    else tr("unit {index}", index=int(index))
                return tr("{node}, {name}: {value:.4g}", node=row.node_id, name=name, value=float(values[index]))
        elif row.kind == "matrix" and row.body.contains(pos):
            rows_, cols_ = row.data.shape
            r = min(rows_ - 1, (pos.y() - row.body.top()) * rows_ // max(row.body.height(), 1))
            c = min(cols_ - 1, (pos.x() - row.body.left()) * cols_ // max(row.body.width(), 1))
            return tr("{node}, row {r}, column {c}: {value:.4g}", node=row.node_id, r=int(r), c=int(c),
                      value=float(row.data[r, c]))
        return tr("{node} ({type}): click to select it on the canvas", node=row.node_id, type=row.type)
