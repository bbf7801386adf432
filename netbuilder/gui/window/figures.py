"""Figures for slides and handouts: the canvas as SVG (vector: sharp at any size) or PNG at twice the screen's
resolution, and any panel as a PNG at twice its size. Files are written atomically (a temporary file in the same
folder, then renamed), so a failed export never leaves half a picture where a good one was."""
from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QGraphicsItem

from ...core.files.atomic import replacing
from ...core.errors import NetbuilderError
from ...core.text import msg

MARGIN = 24.0


class FigureError(NetbuilderError):
    """An export that could not be written (the message says where and why)."""


def _atomic(path, write) -> Path:
    """Call ``write(temporary path)``, then move the result to ``path`` (``core.atomic``: the permissions of a
    plain ``open()``)."""
    path = Path(path)
    if not path.parent.is_dir():
        raise FigureError(msg("cannot save {path}: the folder {folder} does not exist", path=path, folder=path.parent))
    with replacing(path) as tmp:
        if not write(str(tmp)):
            raise FigureError(msg("cannot save {path}: writing the picture failed (is the disk full?)", path=path))
    return path


def _content(scene) -> QRectF:
    """What the canvas holds (its cards and edges), with a margin; the whole scene when it is empty."""
    rect = scene.itemsBoundingRect()
    if rect.isEmpty():
        rect = QRectF(0, 0, 400, 300)
    return rect.marginsAdded(QMarginsF(MARGIN, MARGIN, MARGIN, MARGIN))


@contextmanager
def _for_export(scene):
    """While rendering a figure: no selection rings (they are for editing, not for a slide), and no item caches
    (a cached card is a bitmap: an SVG would hold pictures of text, a 2x PNG an enlarged blur). Both come back."""
    selected = scene.selectedItems()
    caches = [(item, item.cacheMode()) for item in scene.items() if item.cacheMode() != QGraphicsItem.NoCache]
    try:
        for item in selected:
            item.setSelected(False)
        for item, _mode in caches:
            item.setCacheMode(QGraphicsItem.NoCache)
        yield
    finally:
        for item, mode in caches:
            item.setCacheMode(mode)
        for item in selected:
            item.setSelected(True)


def canvas_png(scene, path, scale: float = 2.0) -> Path:
    """The canvas's content as a PNG, ``scale`` times its size on screen at 100% zoom."""
    source = _content(scene)
    image = QImage(QSize(round(source.width() * scale), round(source.height() * scale)), QImage.Format_ARGB32)
    image.fill(scene.backgroundBrush().color() if scene.backgroundBrush().style() else QColor("white"))
    with _for_export(scene):
        painter = QPainter(image)
        painter.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing | QPainter.SmoothPixmapTransform)
        scene.render(painter, QRectF(image.rect()), source)
        painter.end()
    return _atomic(path, lambda tmp: image.save(tmp, "PNG"))


def paint_canvas(scene, painter: QPainter, target: QRectF) -> QRectF:
    """The canvas's content painted into ``target`` of any paint device (a worksheet's PDF page), its proportions
    kept, centred at the top; returns where it went."""
    source = _content(scene)
    scale = min(target.width() / source.width(), target.height() / source.height())
    where = QRectF(target.left() + (target.width() - source.width() * scale) / 2, target.top(),
                   source.width() * scale, source.height() * scale)
    with _for_export(scene):
        scene.render(painter, where, source)
    return where


def canvas_svg(scene, path, title: str = "netbuilder design") -> Path:
    """The canvas's content as an SVG (text stays text, lines stay lines)."""
    source = _content(scene)

    def write(tmp: str) -> bool:
        generator = QSvgGenerator()
        generator.setFileName(tmp)
        generator.setSize(QSize(round(source.width()), round(source.height())))
        generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
        generator.setTitle(title)
        generator.setDescription("Exported from netbuilder")
        with _for_export(scene):
            painter = QPainter()
            if not painter.begin(generator):
                return False
            painter.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
            painter.fillRect(QRectF(0, 0, source.width(), source.height()), scene.backgroundBrush())
            scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
            painter.end()
        return os.path.getsize(tmp) > 0

    return _atomic(path, write)


def widget_png(widget, path, scale: float = 2.0) -> Path:
    """A panel as a PNG at ``scale`` times its size (drawn anew at that resolution, not enlarged)."""
    pixmap = QPixmap(QSize(round(widget.width() * scale), round(widget.height() * scale)))
    pixmap.setDevicePixelRatio(scale)
    pixmap.fill(widget.palette().window().color())
    widget.render(pixmap)
    return _atomic(path, lambda tmp: pixmap.save(tmp, "PNG"))
