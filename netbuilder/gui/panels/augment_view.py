"""What the Augment panel draws: one sample of the dataset, large, beside its augmented copies in a 4x4 grid.

Small images are drawn at a whole multiple of their size, pixel for pixel (a 28x28 digit shows its own pixels,
and a test can read them back from the grab); larger ones are scaled down smoothly to the tile. The scaled
pixmaps are made once for the images and the widget's size (17 smooth scalings of 224x224 pictures on every paint
would cost each repaint, a hover or a dock moved, tens of milliseconds).
"""
from __future__ import annotations

import numpy as np
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QSizePolicy, QWidget

GAP = 4
COLUMNS = 4
SAMPLE_TILES = 2  # the sample is this many tiles wide


def to_qimage(image: np.ndarray) -> QImage:
    """A ``[C, H, W]`` image of 0..1 (1 channel grey, 3 colour; any other count shows its first) as a QImage."""
    pixels = np.clip(np.asarray(image, dtype=np.float32) * 255 + 0.5, 0, 255).astype(np.uint8)
    pixels = pixels[:3] if pixels.shape[0] == 3 else np.repeat(pixels[:1], 3, axis=0)
    rgb = np.ascontiguousarray(pixels.transpose(1, 2, 0))
    height, width = rgb.shape[:2]
    return QImage(rgb.data, width, height, 3 * width, QImage.Format_RGB888).copy()  # owns its pixels


class AugmentPreview(QWidget):
    """The sample (``sample``: ``[C, H, W]``) and its copies (``copies``: ``[16, C, H, W]``), as shown last;
    :meth:`tile_rect` says where each one is drawn (-1: the sample)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("augmentPreview")
        self.sample: np.ndarray | None = None
        self.copies: np.ndarray | None = None
        self._images: list[QImage] = []
        self._scaled: list[QPixmap] = []  # the images scaled to their places, for the size in _scaled_for
        self._scaled_for: QSize | None = None
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)
        self.setMinimumWidth((COLUMNS + SAMPLE_TILES) * 24 + (COLUMNS + 1) * GAP)

    def show_images(self, sample: np.ndarray | None, copies: np.ndarray | None) -> None:
        self.sample, self.copies = sample, copies
        self._images = [] if sample is None else [to_qimage(sample), *(to_qimage(c) for c in copies)]
        self._scaled_for = None
        self._fit_height()
        self.update()

    def _tile(self) -> int:
        """The side of a copy's tile: a whole multiple of a small image's side, as big as the width allows."""
        room = max(8, (self.width() - (COLUMNS + 1) * GAP) // (COLUMNS + SAMPLE_TILES))
        side = max(self.sample.shape[-2:]) if self.sample is not None else 28
        return side * max(1, room // side) if side <= room else room

    def _rows_height(self, tile: int) -> int:
        return COLUMNS * tile + (COLUMNS - 1) * GAP

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize((COLUMNS + SAMPLE_TILES) * 56 + (COLUMNS + 1) * GAP, self._rows_height(56))

    def _fit_height(self) -> None:
        """As tall as the grid at this width (the tile follows the width and the image's size)."""
        self.setFixedHeight(self._rows_height(self._tile()))

    def resizeEvent(self, event) -> None:  # noqa: N802
        self._fit_height()
        super().resizeEvent(event)

    def tile_rect(self, k: int) -> QRect:
        """Where image ``k`` is drawn: -1 the sample (on the left, two tiles wide), 0..15 the copies."""
        tile = self._tile()
        big = SAMPLE_TILES * tile
        height = self._rows_height(tile)
        left = max(0, (self.width() - (big + 2 * GAP + height)) // 2)
        if k < 0:
            return QRect(left, (height - big) // 2, big, big)
        row, col = divmod(k, COLUMNS)
        return QRect(left + big + 2 * GAP + col * (tile + GAP), row * (tile + GAP), tile, tile)

    def image_rect(self, k: int) -> QRect:
        """Where image ``k``'s pixels are drawn, centred in its tile (a whole multiple of a small image's size)."""
        rect, image = self.tile_rect(k), self._images[k + 1]
        scale = min(rect.width() / image.width(), rect.height() / image.height())
        width, height = round(image.width() * scale), round(image.height() * scale)
        return QRect(rect.x() + (rect.width() - width) // 2, rect.y() + (rect.height() - height) // 2, width, height)

    def scaled(self) -> list[QPixmap]:
        """The images as drawn (the sample first), scaled to their places once for these images and this size:
        a small image by a whole multiple, pixel for pixel; a larger one smoothly."""
        if self._scaled_for != self.size():
            self._scaled = []
            for k, image in enumerate(self._images):
                target = self.image_rect(k - 1).size()
                smooth = Qt.SmoothTransformation if target.width() < image.width() else Qt.FastTransformation
                self._scaled.append(QPixmap.fromImage(image.scaled(target, Qt.IgnoreAspectRatio, smooth)))
            self._scaled_for = self.size()
        return self._scaled

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        if not self._images:
            painter.end()
            return
        for k, pixmap in enumerate(self.scaled()):
            painter.fillRect(self.tile_rect(k - 1), self.palette().color(QPalette.Mid))
            painter.drawPixmap(self.image_rect(k - 1).topLeft(), pixmap)
        painter.setPen(QColor(self.palette().color(QPalette.Highlight)))
        painter.drawRect(self.tile_rect(-1).adjusted(-1, -1, 0, 0))
        painter.end()
