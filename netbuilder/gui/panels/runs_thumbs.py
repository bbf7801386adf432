"""The runs view's small pictures, side by side per selected run: its decision boundary at the end of the run (2
inputs, a classifier; coloured by the decision-boundary panel's own rule, with its training points) and its
validation confusion matrix (row-normalised), each framed in the run's colour and captioned by
:func:`thumb_caption`. No anchor compares pictures across runs, only curves."""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QPointF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ..common.i18n import tr, tr_text
from ..common.style import is_dark
from .boundary_colors import class_colors, class_regions, rgb_array

#: a thumbnail's side, in pixels
THUMB = 120


def thumb_caption(record) -> str:
    """The caption under a run's thumbnails: its label and its last validation accuracy (validation loss for
    regression)."""
    final = record.final
    if isinstance(final.get("val_accuracy"), float):
        return tr("{run}\nval accuracy {accuracy:.1%}", run=record.label, accuracy=final["val_accuracy"])
    if isinstance(final.get("val_loss"), float):
        return tr("{run}\nval loss {loss:.4g}", run=record.label, loss=final["val_loss"])
    return tr_text(record.label)


def fill_thumbnails(row: QHBoxLayout, chosen, palette: QPalette, run_color) -> list[QLabel]:
    """Put the pictures of the ``chosen`` runs in ``row`` (a layout ending in a stretch), in place of those there;
    return the thumbnails and captions (objectNames ``runsBoundaryThumb``, ``runsConfusionThumb``,
    ``runsThumbCaption``), left to right. ``run_color``: run number -> its QColor."""
    thumbs: list[QLabel] = []
    while row.count() > 1:
        widget = row.takeAt(0).widget()
        if widget is not None:  # off the screen now, deleted when the event loop next runs
            widget.hide()
            widget.deleteLater()
    dark = is_dark(palette)
    for r in chosen:
        pictures = []
        grid = r.boundary
        if grid is not None and len(grid["axes"]) == 2 and grid.get("task") == "classification":
            pictures.append(("runsBoundaryThumb", boundary_pixmap(grid, run_color(r.number), dark, palette),
                             tr("{run}: the class it predicts over the plane of its two inputs at its end (paler "
                                "where it is unsure), with {n:,} training points", run=r.label, n=len(grid["points"]))))
        confusion = (r.validation or {}).get("confusion")
        if confusion is not None:
            m = np.asarray(confusion, dtype=np.float64)
            share = m / np.maximum(m.sum(axis=1, keepdims=True), 1)
            accuracy = np.trace(m) / max(m.sum(), 1)
            pictures.append(("runsConfusionThumb", matrix_pixmap(share, run_color(r.number), dark),
                             tr("{run}: validation accuracy {accuracy:.1%} ({n:,} samples)", run=r.label,
                                accuracy=accuracy, n=int(m.sum()))))
        if not pictures:
            continue
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(2, 2, 2, 2)
        line = QHBoxLayout()
        for name, pixmap, tip in pictures:
            label = QLabel()
            label.setObjectName(name)
            label.setPixmap(pixmap)
            label.setToolTip(tip)
            line.addWidget(label)
            thumbs.append(label)
        column.addLayout(line)
        caption = QLabel(thumb_caption(r))
        caption.setObjectName("runsThumbCaption")
        caption.setAlignment(Qt.AlignHCenter)
        column.addWidget(caption)
        thumbs.append(caption)
        row.insertWidget(row.count() - 1, box)
    return thumbs


def boundary_pixmap(grid: dict, color: QColor, dark: bool, palette: QPalette) -> QPixmap:
    """The run's boundary as the decision-boundary panel colours it (:func:`class_regions`), its training points
    as dots, framed in the run's colour."""
    background = rgb_array(palette.color(QPalette.Base))
    colors = class_colors(dark)
    rgb = np.ascontiguousarray(class_regions(grid["output"], background, colors, dark)[::-1])  # y up
    h, w = rgb.shape[:2]
    image = QImage(rgb.data, w, h, 3 * w, QImage.Format_RGB888).copy()
    pixmap = QPixmap(QSize(THUMB, THUMB))
    pixmap.fill(color)
    inner = pixmap.rect().adjusted(3, 3, -3, -3)
    p = QPainter(pixmap)
    p.setRenderHint(QPainter.Antialiasing)
    p.drawImage(inner, image)
    xs, ys = grid["axes"]
    labels = grid.get("labels")
    if labels is not None and len(xs) > 1 and len(ys) > 1:
        points = np.asarray(grid["points"], dtype=np.float64)
        px = inner.left() + (points[:, 0] - xs[0]) / (xs[-1] - xs[0]) * inner.width()
        py = inner.bottom() - (points[:, 1] - ys[0]) / (ys[-1] - ys[0]) * inner.height()
        p.setPen(Qt.NoPen)
        for cls in np.unique(labels):
            p.setBrush(QColor(*colors[int(cls) % len(colors)].astype(int)))
            for x, y in zip(px[labels == cls], py[labels == cls]):
                p.drawEllipse(QPointF(x, y), 1.6, 1.6)
    p.end()
    return pixmap


def matrix_pixmap(share: np.ndarray, color: QColor, dark: bool) -> QPixmap:
    """The row-normalised matrix as a small heat map: white (black in a dark theme) to the run's colour, with a
    frame in the run's colour."""
    n = share.shape[0]
    base = np.array([0, 0, 0] if dark else [255, 255, 255], dtype=np.float64)
    ink = np.array([color.red(), color.green(), color.blue()], dtype=np.float64)
    rgb = (base + (ink - base) * share[..., None]).clip(0, 255).astype(np.uint8)
    image = QImage(np.ascontiguousarray(rgb).data, n, n, 3 * n, QImage.Format_RGB888).copy()
    pixmap = QPixmap(QSize(THUMB, THUMB))
    pixmap.fill(color)
    p = QPainter(pixmap)
    p.drawImage(pixmap.rect().adjusted(3, 3, -3, -3), image)
    p.end()
    return pixmap
