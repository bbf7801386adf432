"""The samples of a confusion cell, for :class:`~netbuilder.gui.panels.confusion.ConfusionPanel`: thumbnails of
images (or a sample's values as text) with the probabilities of its true and predicted class. A part of the panel
(:class:`SampleGallery`, mixed into it) kept apart so that the chart, the table and the gallery each read alone.
"""
from __future__ import annotations

import math
import time

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFontMetricsF, QImage, QPixmap
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QLabel, QListView, QListWidget, QListWidgetItem,
                               QVBoxLayout, QWidget)

from ...core.text import msg
from ..common.i18n import tr, tr_text

THUMB_PX = 56
INDEX_ROLE = Qt.UserRole + 1
GALLERY_HINT = msg("Click a cell to see its samples here.")
#: a split's id -> its word in the captions
SPLIT_WORDS = {"validation": msg("validation"), "test": msg("test"), "train": msg("train")}


def split_word(split: str) -> str:
    """A split's word (``test`` -> "test"), in the window's language."""
    return tr_text(SPLIT_WORDS.get(split, split))


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


class SampleGallery:
    """The gallery of a clicked cell's samples; the panel provides ``split``, ``_clicked``, ``_name`` and
    ``exampleActivated``."""

    def _build_gallery(self) -> QWidget:
        """The gallery's title and list, in one widget for the panel's layout."""
        self._last_example: tuple[int | None, float] = (None, 0.0)
        self.gallery_title = QLabel(tr_text(GALLERY_HINT))
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
        return gallery_box

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
            item.setData(INDEX_ROLE, index)
            item.setToolTip(tip)
            item.setTextAlignment(Qt.AlignHCenter | Qt.AlignTop)
            image = e.get("image")
            if image is not None:
                pixmap = image_pixmap(image)
                if pixmap is not None:
                    item.setIcon(pixmap)
            g.addItem(item)
        g.setUpdatesEnabled(True)
        if not title:
            self.gallery_title.setText(tr_text(GALLERY_HINT))
        elif self.split:
            word = split_word(self.split)
            self.gallery_title.setText(tr("{split} split, {title}", split=word[:1].upper() + word[1:],
                                          title=tr_text(title)))
        else:
            self.gallery_title.setText(tr_text(title))

    def clear_examples(self) -> None:
        self.gallery.clear()
        self.gallery_title.setText(tr_text(GALLERY_HINT))

    def gallery_indices(self) -> list[int]:
        """The "index" of each example in the gallery, in order."""
        return [self.gallery.item(i).data(INDEX_ROLE) for i in range(self.gallery.count())]

    def _example_text(self, e: dict, index: int) -> tuple[str, str]:
        probs = e.get("probs")
        probs = np.asarray(probs, dtype=np.float64).reshape(-1) if probs is not None else np.zeros(0)
        true = e.get("true", self._clicked[0] if self._clicked else None)
        pred = e.get("pred", self._clicked[1] if self._clicked else (int(np.argmax(probs)) if probs.size else None))
        lines, tip = [f"#{index}"], [tr("sample {index}", index=index)]
        values = e.get("values")
        if e.get("image") is None and values is not None:
            shown = ", ".join(f"{float(v):.3g}" for v in list(values)[:4])
            lines.append(shown + (", …" if len(values) > 4 else ""))
            tip.append(tr("values: {values}", values=", ".join(f"{float(v):.4g}" for v in list(values)[:32])
                          + (", …" if len(values) > 32 else "")))
        if true is not None and 0 <= int(true) < probs.size:
            name, p = self._name(int(true)), float(probs[int(true)])
            lines.append(tr("true {name}: {p:.2f}", name=name, p=p))
            tip.append(tr("true class {name}: probability {p:.3f}", name=name, p=p))
        if pred is not None and 0 <= int(pred) < probs.size:
            name, p = self._name(int(pred)), float(probs[int(pred)])
            lines.append(tr("pred {name}: {p:.2f}", name=name, p=p))
            tip.append(tr("predicted class {name}: probability {p:.3f}", name=name, p=p))
        return "\n".join(lines), "\n".join(tip)

    def _on_example(self, item: QListWidgetItem) -> None:
        index = item.data(INDEX_ROLE)
        last, when = self._last_example
        now = time.monotonic()
        if index == last and now - when < QApplication.doubleClickInterval() / 1000.0:
            return  # a double-click: its first click already emitted
        self._last_example = (index, now)
        self.exampleActivated.emit(int(index))
