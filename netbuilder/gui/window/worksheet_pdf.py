"""A worksheet's pages: A4 portrait, painted with Qt's own PDF writer (``QPdfWriter`` + ``QPainter``) into memory,
in the GUI thread (the canvas is a scene: painting it belongs there). Black text, grey shades, line styles and
marker shapes: a page printed in grey reads as well as on screen. :class:`Sheet` is a top-to-bottom cursor that
starts a new page when the next block does not fit; the pictures (curves, a decision boundary, a confusion
matrix) are drawn here from plain data, never copied from a widget's pixels."""
from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter, QPen

from ..common.i18n import tr

#: the writer's units: 72 a inch, so that one unit is one typographic point
DPI = 72
#: the page's margins in points (about 15 mm)
MARGIN = 42.0
GREYS = ("#000000", "#555555", "#999999")
#: the pen styles of the curves, one per line, so that they read apart in grey too
DASHES = (Qt.SolidLine, Qt.DashLine, Qt.DotLine, Qt.DashDotLine)


class Sheet:
    """A worksheet being written: ``heading``, ``text``, ``table``, ``picture`` and ``ruled`` add blocks below the
    last one; :meth:`finish` returns the PDF's bytes."""

    def __init__(self, title: str):
        self._buffer = QBuffer()
        self._buffer.open(QIODevice.WriteOnly)
        self.writer = QPdfWriter(self._buffer)
        self.writer.setResolution(DPI)
        self.writer.setTitle(title)
        self.writer.setCreator("netbuilder")
        self.writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait,
                                              QMarginsF(MARGIN, MARGIN, MARGIN, MARGIN), QPageLayout.Point))
        self.painter = QPainter()
        if not self.painter.begin(self.writer):
            raise OSError("Qt's PDF writer could not start a page")
        self.painter.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self.area = QRectF(self.writer.pageLayout().paintRectPixels(DPI))
        self.area.moveTo(0, 0)
        self.y = 0.0
        self.pages = 1

    # blocks -----------------------------------------------------------------------------------------------------
    def heading(self, text: str, size: float = 13.0) -> None:
        font = self._font(size, bold=True)
        height = QFontMetricsF(font, self.writer).height()
        self._room(height * 2.5)  # a heading never ends a page alone
        self.y += 4
        self.painter.setFont(font)
        self.painter.setPen(QColor(GREYS[0]))
        self.painter.drawText(QRectF(0, self.y, self.area.width(), height), Qt.AlignLeft, text)
        self.y += height + 4

    def text(self, text: str, size: float = 10.0, grey: int = 0) -> None:
        font = self._font(size)
        flags = Qt.AlignLeft | Qt.TextWordWrap
        rect = QFontMetricsF(font, self.writer).boundingRect(QRectF(0, 0, self.area.width(), 10_000), flags, text)
        self._room(rect.height())
        self.painter.setFont(font)
        self.painter.setPen(QColor(GREYS[grey]))
        self.painter.drawText(QRectF(0, self.y, self.area.width(), rect.height() + 2), flags, text)
        self.y += rect.height() + 4

    def table(self, rows: list[tuple[str, ...]], widths: list[float], size: float = 9.0) -> None:
        """Rows of cells, the first row a header, ``widths`` shares of the page's width; a hairline under each."""
        font, bold = self._font(size), self._font(size, bold=True)
        line = QFontMetricsF(font, self.writer).height() + 3
        x_at = [0.0]
        for share in widths:
            x_at.append(x_at[-1] + share * self.area.width())
        for i, row in enumerate(rows):
            self._room(line)
            self.painter.setFont(bold if i == 0 else font)
            self.painter.setPen(QColor(GREYS[0]))
            for j, cell in enumerate(row):
                cell_rect = QRectF(x_at[j] + 2, self.y, x_at[j + 1] - x_at[j] - 4, line)
                self.painter.drawText(cell_rect, Qt.AlignLeft | Qt.AlignVCenter,
                                      QFontMetricsF(self.painter.font(), self.writer).elidedText(cell, Qt.ElideRight,
                                                                                    cell_rect.width()))
            self.y += line
            self.painter.setPen(QPen(QColor(GREYS[2] if i else GREYS[0]), 0.5))
            self.painter.drawLine(QPointF(0, self.y), QPointF(x_at[-1], self.y))
        self.y += 6

    def picture(self, height: float, draw, width: float | None = None) -> None:
        """``draw(painter, rect)`` paints into a block ``height`` points high (``width``: the page's, else)."""
        self._room(height)
        rect = QRectF(0, self.y, width or self.area.width(), height)
        self.painter.save()
        draw(self.painter, rect)
        self.painter.restore()
        self.y += height + 8

    def ruled(self, lines: int, gap: float = 22.0) -> None:
        """Ruled lines to write an answer on."""
        for _ in range(lines):
            self._room(gap)
            self.y += gap
            self.painter.setPen(QPen(QColor(GREYS[2]), 0.6))
            self.painter.drawLine(QPointF(0, self.y), QPointF(self.area.width(), self.y))
        self.y += 8

    def keep(self, height: float) -> None:
        """The next ``height`` points stay on one page (a question, its title and its lines)."""
        self._room(height)

    def text_height(self, text: str, size: float = 10.0) -> float:
        rect = QFontMetricsF(self._font(size), self.writer).boundingRect(
            QRectF(0, 0, self.area.width(), 10_000), Qt.AlignLeft | Qt.TextWordWrap, text)
        return rect.height() + 4

    def finish(self) -> bytes:
        self.painter.end()
        self._buffer.close()
        return bytes(self._buffer.data())

    # helpers ----------------------------------------------------------------------------------------------------
    def _room(self, height: float) -> None:
        if self.y > 0 and self.y + height > self.area.height():
            self.writer.newPage()
            self.pages += 1
            self.y = 0.0

    @staticmethod
    def _font(size: float, bold: bool = False) -> QFont:
        font = QFont()
        font.setPointSizeF(size)
        font.setBold(bold)
        return font


def draw_curves(painter: QPainter, rect: QRectF, history: list[dict], keys: list[tuple[str, str]],
                title: str) -> None:
    """One chart of per-epoch values (``keys``: (metric, label), each its own line style), epochs along x, with
    its lowest and highest values written on the y axis and a legend."""
    font = QFont()
    font.setPointSizeF(8)
    painter.setFont(font)
    fm = QFontMetricsF(font, painter.device())
    plot = rect.adjusted(44, fm.height() + 4, -6, -fm.height() - 16)
    series = [(label, [e.get(key) for e in history]) for key, label in keys]
    series = [(label, v) for label, v in series if any(_finite(x) for x in v)]
    values = [x for _, v in series for x in v if _finite(x)]
    painter.setPen(QColor(GREYS[0]))
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), fm.height()), Qt.AlignLeft, title)
    painter.setPen(QPen(QColor(GREYS[0]), 0.8))
    painter.drawRect(plot)
    if not values:
        painter.drawText(plot, Qt.AlignCenter, tr("no values"))
        return
    low, high = min(values), max(values)
    if high - low < 1e-12:
        low, high = low - 0.5, high + 0.5
    n = len(history)

    def at(i: int, v: float) -> QPointF:
        x = plot.left() + (i / max(n - 1, 1)) * plot.width()
        return QPointF(x, plot.bottom() - (v - low) / (high - low) * plot.height())

    painter.drawText(QRectF(rect.left(), plot.top() - 2, 40, fm.height()), Qt.AlignRight, f"{high:.3g}")
    painter.drawText(QRectF(rect.left(), plot.bottom() - fm.height() + 2, 40, fm.height()), Qt.AlignRight,
                     f"{low:.3g}")
    painter.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width(), fm.height()), Qt.AlignHCenter,
                     tr("epochs 1 to {n}", n=n))
    legend_x = plot.left()
    for k, (label, v) in enumerate(series):
        pen = QPen(QColor(GREYS[min(k, 1)]), 1.6, DASHES[k % len(DASHES)])
        painter.setPen(pen)
        points = [at(i, x) for i, x in enumerate(v) if _finite(x)]
        for a, b in zip(points, points[1:]):
            painter.drawLine(a, b)
        if len(points) == 1:
            painter.drawEllipse(points[0], 1.5, 1.5)
        y = rect.bottom() - fm.height() / 2
        painter.drawLine(QPointF(legend_x, y), QPointF(legend_x + 22, y))
        painter.setPen(QColor(GREYS[0]))
        painter.drawText(QPointF(legend_x + 26, y + fm.ascent() / 2 - 1), label)
        legend_x += 34 + fm.horizontalAdvance(label)


def draw_boundary(painter: QPainter, rect: QRectF, grid: dict, class_rgb: np.ndarray) -> None:
    """A classifier's output over its two inputs' plane as pale regions, its training points as a shape per class
    (filled circle, open circle, cross, square...: told apart in grey as in colour)."""
    from ..panels.boundary_colors import class_regions
    side = min(rect.width(), rect.height())
    square = QRectF(rect.left(), rect.top(), side, side)
    white = np.array([255.0, 255.0, 255.0])
    rgb = np.ascontiguousarray(class_regions(grid["output"], white, class_rgb, False)[::-1])  # y up
    h, w = rgb.shape[:2]
    painter.drawImage(square, QImage(rgb.data, w, h, 3 * w, QImage.Format_RGB888).copy())
    painter.setPen(QPen(QColor(GREYS[0]), 0.8))
    painter.drawRect(square)
    xs, ys = grid["axes"]
    labels = grid.get("labels")
    if labels is None or len(xs) < 2 or len(ys) < 2:
        return
    points = np.asarray(grid["points"], dtype=np.float64)
    labels = np.asarray(labels)
    px = square.left() + (points[:, 0] - xs[0]) / (xs[-1] - xs[0]) * square.width()
    py = square.bottom() - (points[:, 1] - ys[0]) / (ys[-1] - ys[0]) * square.height()
    size = 3.5 if len(points) <= 40 else 1.8  # XOR's four points are seen from the back of the room
    for x, y, cls in zip(px, py, labels):
        _marker(painter, QPointF(x, y), int(cls), size)
    legend = QRectF(square.right() + 12, square.top(), rect.width() - side - 12, rect.height())
    font = QFont()
    font.setPointSizeF(8)
    painter.setFont(font)
    for k, cls in enumerate(sorted({int(c) for c in labels})):
        centre = QPointF(legend.left() + 4, legend.top() + 8 + 14 * k)
        _marker(painter, centre, cls, size=3.0)
        painter.setPen(QColor(GREYS[0]))
        painter.drawText(QPointF(centre.x() + 10, centre.y() + 3), tr("class {n}", n=cls))


def _marker(painter: QPainter, at: QPointF, cls: int, size: float = 1.8) -> None:
    shape = cls % 4
    painter.setPen(QPen(QColor(GREYS[0]), 0.5))
    painter.setBrush(QColor(GREYS[0]) if shape == 0 else QColor("white"))
    if shape in (0, 1):
        painter.drawEllipse(at, size, size)
    elif shape == 2:
        painter.drawLine(at + QPointF(-size, -size), at + QPointF(size, size))
        painter.drawLine(at + QPointF(-size, size), at + QPointF(size, -size))
    else:
        painter.drawRect(QRectF(at.x() - size, at.y() - size, 2 * size, 2 * size))
    painter.setBrush(Qt.NoBrush)


def draw_confusion(painter: QPainter, rect: QRectF, matrix, names: list[str] | None) -> None:
    """The confusion matrix as a table of counts (rows: true class, columns: predicted), each cell shaded grey by
    its share of the row, its count written in black or white to stay readable."""
    m = np.asarray(matrix, dtype=np.float64)
    n = m.shape[0]
    names = list(names or [])[:n] + [str(i) for i in range(len(names or []), n)]
    font = QFont()
    font.setPointSizeF(7 if n > 6 else 8)
    painter.setFont(font)
    fm = QFontMetricsF(font, painter.device())
    head = 80.0
    cell = min((rect.width() - head) / n, (rect.height() - 16) / (n + 1), 36.0)
    share = m / np.maximum(m.sum(axis=1, keepdims=True), 1)
    painter.setPen(QColor(GREYS[0]))
    painter.drawText(QRectF(rect.left() + head, rect.top(), cell * n, 14), Qt.AlignHCenter, tr("predicted"))
    for j in range(n):
        painter.drawText(QRectF(rect.left() + head + j * cell, rect.top() + 14, cell, cell), Qt.AlignCenter,
                         fm.elidedText(names[j], Qt.ElideRight, cell - 2))
    for i in range(n):
        top = rect.top() + 14 + (i + 1) * cell
        painter.setPen(QColor(GREYS[0]))
        painter.drawText(QRectF(rect.left(), top, head - 4, cell), Qt.AlignRight | Qt.AlignVCenter,
                         fm.elidedText(names[i], Qt.ElideRight, head - 6))
        for j in range(n):
            box = QRectF(rect.left() + head + j * cell, top, cell, cell)
            level = round(255 * (1 - 0.85 * share[i, j]))
            painter.fillRect(box, QColor(level, level, level))
            painter.setPen(QPen(QColor(GREYS[1]), 0.4))
            painter.drawRect(box)
            painter.setPen(QColor("white" if level < 128 else "black"))
            painter.drawText(box, Qt.AlignCenter, f"{int(m[i, j])}")


def _finite(x) -> bool:
    return isinstance(x, (int, float)) and math.isfinite(x)
