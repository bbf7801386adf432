"""Colours, fonts and sizes of the canvas, for a light or a dark theme, chosen for a projector: strong outlines,
large text. Category colours come from :mod:`netbuilder.gui.common.style`, shared with the palette and the gallery."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

from ..common.style import category_color

NODE_MIN_WIDTH = 220.0
NODE_HEIGHT = 56.0
NODE_RADIUS = 9.0
STRIPE = 9.0
PAD = 12.0
PORT_RADIUS = 7.0
PORT_HIT = 13.0       # grab distance around a port, generous for a touchpad in front of a class
PORT_SPACING = 30.0
ARROW = 11.0


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved ``t`` of the way to ``b``."""
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont(QGuiApplication.font())
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


@dataclass
class CanvasStyle:
    dark: bool
    background: QColor
    grid: QColor
    text: QColor
    muted: QColor
    edge: QColor
    selection: QColor
    error: QColor
    warning: QColor
    port_fill: QColor
    ok: QColor

    def __post_init__(self):
        self.title_font = _font(16, bold=True)
        self.small_font = _font(13)
        self._cards: dict[str, tuple[QColor, QColor, QColor]] = {}

    def card(self, category: str) -> tuple[QColor, QColor, QColor]:
        """(fill, stripe, border) for a category."""
        if category not in self._cards:
            base = QColor(category_color(category))  # the palette's and the gallery's colours
            if self.dark:
                fill = _mix(base, QColor("#1b1b1f"), 0.72)
                stripe = base.lighter(150)
                border = base.lighter(170)
            else:
                fill = _mix(base, QColor("#ffffff"), 0.87)
                stripe = base
                border = base.darker(115)
            self._cards[category] = (fill, stripe, border)
        return self._cards[category]


def current_style(dark: bool | None = None) -> CanvasStyle:
    """The style matching the application palette (or forced light/dark)."""
    if dark is None:
        dark = QGuiApplication.palette().color(QPalette.Window).lightness() < 128
    if dark:
        return CanvasStyle(True, QColor("#202124"), QColor("#2c2d31"), QColor("#f2f2f2"), QColor("#b8bcc4"),
                           QColor("#c9ccd3"), QColor("#64b5f6"), QColor("#ff5252"), QColor("#ffb300"),
                           QColor("#202124"), QColor("#69f0ae"))
    return CanvasStyle(False, QColor("#fafafa"), QColor("#ececec"), QColor("#111111"), QColor("#4a4f57"),
                       QColor("#3c4048"), QColor("#1e88e5"), QColor("#d50000"), QColor("#e69500"),
                       QColor("#ffffff"), QColor("#2e7d32"))
