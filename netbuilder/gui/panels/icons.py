"""Small icons drawn with QPainter: one per layer category, one per diagnostic severity.

Drawn at several sizes (and at the screen's pixel ratio) so they stay crisp on a projector or a high-DPI screen.
Glyphs use black or white, whichever contrasts with the category colour, so they read in light and dark themes.
"""
from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QIcon, QPainter, QPainterPath, QPen, QPixmap

from ..common.style import SEVERITY_COLORS, category_color, text_color_for

_SIZES = (16, 20, 24, 32, 48, 64)


def _pixmap(size: int, draw) -> QPixmap:
    app = QGuiApplication.instance()
    ratio = app.devicePixelRatio() if app is not None else 1.0
    pm = QPixmap(int(math.ceil(size * ratio)), int(math.ceil(size * ratio)))
    pm.setDevicePixelRatio(ratio)
    pm.fill(Qt.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.Antialiasing)
    p.scale(size / 64.0, size / 64.0)  # every glyph is drawn on a 64 x 64 grid
    draw(p)
    p.end()
    return pm


def _icon(draw) -> QIcon:
    icon = QIcon()
    for size in _SIZES:
        icon.addPixmap(_pixmap(size, draw))
    return icon


def _pen(color: QColor, width: float = 5.0) -> QPen:
    pen = QPen(color, width)
    pen.setCapStyle(Qt.RoundCap)
    pen.setJoinStyle(Qt.RoundJoin)
    return pen


def _glyph(category: str, p: QPainter, ink: QColor) -> None:
    p.setPen(_pen(ink))
    p.setBrush(Qt.NoBrush)
    if category == "Input/Output":  # an arrow into a bar
        p.drawLine(QPointF(14, 32), QPointF(40, 32))
        p.drawPolyline([QPointF(30, 22), QPointF(40, 32), QPointF(30, 42)])
        p.drawLine(QPointF(50, 18), QPointF(50, 46))
    elif category == "Dense":  # two columns of neurons, fully connected
        left, right = [QPointF(18, y) for y in (20, 32, 44)], [QPointF(46, y) for y in (24, 40)]
        p.setPen(_pen(ink, 2.5))
        for a in left:
            for b in right:
                p.drawLine(a, b)
        p.setPen(Qt.NoPen)
        p.setBrush(ink)
        for c in left + right:
            p.drawEllipse(c, 5, 5)
    elif category == "Convolution":  # a 3x3 kernel
        p.setPen(_pen(ink, 3.5))
        for i in range(4):
            p.drawLine(QPointF(16 + 10.7 * i, 16), QPointF(16 + 10.7 * i, 48))
            p.drawLine(QPointF(16, 16 + 10.7 * i), QPointF(48, 16 + 10.7 * i))
        p.setPen(Qt.NoPen)
        p.setBrush(ink)
        p.drawRect(QRectF(26.7, 26.7, 10.7, 10.7))
    elif category == "Pooling":  # a big grid funnelled into a small square
        p.setPen(_pen(ink, 3.5))
        p.drawRect(QRectF(12, 14, 22, 22))
        p.drawLine(QPointF(23, 14), QPointF(23, 36))
        p.drawLine(QPointF(12, 25), QPointF(34, 25))
        p.setBrush(ink)
        p.drawRect(QRectF(40, 36, 12, 12))
        p.drawLine(QPointF(34, 36), QPointF(40, 40))
    elif category == "Normalisation":  # a bell curve
        path = QPainterPath(QPointF(10, 48))
        for i in range(0, 45):
            x = 10 + i
            path.lineTo(QPointF(x, 48 - 32 * math.exp(-((x - 32) / 9.0) ** 2)))
        p.drawPath(path)
        p.setPen(_pen(ink, 3))
        p.drawLine(QPointF(8, 52), QPointF(56, 52))
    elif category == "Recurrent":  # a loop with an arrow head
        p.drawArc(QRectF(14, 14, 36, 36), 60 * 16, 300 * 16)
        p.drawPolyline([QPointF(38, 8), QPointF(42, 17), QPointF(33, 21)])
    elif category == "Attention":  # one token looking at several
        p.setPen(Qt.NoPen)
        p.setBrush(ink)
        p.drawEllipse(QPointF(16, 32), 6, 6)
        targets = [QPointF(48, y) for y in (16, 32, 48)]
        for t in targets:
            p.drawEllipse(t, 4.5, 4.5)
        for t, w in zip(targets, (2.0, 5.0, 2.5)):
            p.setPen(_pen(ink, w))
            p.drawLine(QPointF(22, 32), t)
    elif category == "Activation":  # a ReLU
        p.setPen(_pen(ink, 3))
        p.drawLine(QPointF(8, 44), QPointF(56, 44))
        p.setPen(_pen(ink))
        p.drawPolyline([QPointF(10, 44), QPointF(32, 44), QPointF(52, 16)])
    elif category == "Merge":  # two branches joining
        p.drawLine(QPointF(16, 14), QPointF(32, 34))
        p.drawLine(QPointF(48, 14), QPointF(32, 34))
        p.drawLine(QPointF(32, 34), QPointF(32, 52))
    elif category == "Reshape":  # a tall block becomes a wide one
        p.drawRect(QRectF(12, 14, 12, 36))
        p.drawRect(QRectF(34, 26, 20, 12))
        p.setPen(_pen(ink, 3))
        p.drawLine(QPointF(26, 32), QPointF(32, 32))
    else:
        p.drawEllipse(QPointF(32, 32), 12, 12)


@lru_cache(maxsize=None)
def category_icon(category: str) -> QIcon:
    """A rounded square in the category's colour with a glyph for the family of layers."""
    fill = QColor(category_color(category))
    ink = QColor(text_color_for(category_color(category)))

    def draw(p: QPainter) -> None:
        p.setPen(QPen(fill.darker(135), 2))
        p.setBrush(QBrush(fill))
        p.drawRoundedRect(QRectF(2, 2, 60, 60), 12, 12)
        _glyph(category, p, ink)

    return _icon(draw)


@lru_cache(maxsize=None)
def severity_icon(severity: str) -> QIcon:
    """A red disc with "!" for errors, an amber triangle for warnings, a blue disc with "i" otherwise."""
    fill = QColor(SEVERITY_COLORS.get(severity, SEVERITY_COLORS["info"]))
    ink = QColor(text_color_for(fill.name()))

    def draw(p: QPainter) -> None:
        p.setPen(QPen(fill.darker(140), 2.5))
        p.setBrush(fill)
        if severity == "warning":
            p.drawPolygon([QPointF(32, 5), QPointF(60, 57), QPointF(4, 57)])
            top, bottom, dot = 22, 42, 50
        else:
            p.drawEllipse(QRectF(4, 4, 56, 56))
            top, bottom, dot = 15, 37, 47
        p.setPen(_pen(ink, 7))
        if severity in ("error", "warning"):
            p.drawLine(QPointF(32, top), QPointF(32, bottom))
            p.drawPoint(QPointF(32, dot))
        else:
            p.drawPoint(QPointF(32, 18))
            p.drawLine(QPointF(32, 29), QPointF(32, 48))

    return _icon(draw)


@lru_cache(maxsize=None)
def ok_icon() -> QIcon:
    """A green tick, for "No problems"."""
    def draw(p: QPainter) -> None:
        p.setPen(_pen(QColor("#2e9e4a"), 8))
        p.drawPolyline([QPointF(12, 34), QPointF(26, 48), QPointF(52, 16)])

    return _icon(draw)
