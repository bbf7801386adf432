"""One class of the "Collect images" dialog (:mod:`.collect`): its row (choose it, rename it, remove it, its count
and its thumbnails), and how a picture is kept and written."""
from __future__ import annotations

import io

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (QFrame, QHBoxLayout, QLabel, QLineEdit, QListView, QListWidget, QListWidgetItem,
                               QPushButton, QRadioButton, QVBoxLayout)

from ...core.datasets import collect
from ..common.camera import image_array
from ..common.i18n import tr

THUMB = QSize(64, 48)


def kept(image: QImage) -> QImage:
    """A picture as the dialog keeps it: RGB, scaled down to fit ``MAX_SIDE`` (a copy, not the camera's buffer)."""
    side = collect.MAX_SIDE
    if image.width() > side or image.height() > side:
        image = image.scaled(side, side, Qt.KeepAspectRatio, Qt.SmoothTransformation)
    return image.convertToFormat(QImage.Format_RGB888).copy()


def png_bytes(image: QImage) -> bytes:
    """A picture's PNG file, encoded with PIL (no Qt object is made, so any thread may call it)."""
    from PIL import Image

    out = io.BytesIO()
    Image.fromarray(image_array(image)).save(out, "PNG")
    return out.getvalue()


class ClassRow(QFrame):
    """One class: a radio button (capture into it), its name (edit it to rename), its count, Remove, and its
    thumbnails (select one and press Delete to take it out)."""

    def __init__(self, name: str, dialog):
        """``dialog`` filters the thumbnails' keys (Delete)."""
        super().__init__()
        self.setFrameShape(QFrame.StyledPanel)
        self.pick = QRadioButton()
        self.pick.setToolTip(tr("Capture into this class"))
        self.name = QLineEdit(name)
        self.name.setToolTip(tr("The class's name (its folder's name): edit it to rename the class"))
        self.count = QLabel()
        self.remove = QPushButton(tr("Remove"))
        self.remove.setToolTip(tr("Remove this class and its pictures"))
        self.thumbs = QListWidget()
        self.thumbs.setViewMode(QListView.IconMode)
        self.thumbs.setFlow(QListView.LeftToRight)
        self.thumbs.setWrapping(False)
        self.thumbs.setIconSize(THUMB)
        self.thumbs.setMovement(QListView.Static)
        self.thumbs.setSelectionMode(QListWidget.ExtendedSelection)
        self.thumbs.setFixedHeight(THUMB.height() + 28)
        self.thumbs.installEventFilter(dialog)
        head = QHBoxLayout()
        for w in (self.pick, self.name, self.count, self.remove):
            head.addWidget(w)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(head)
        layout.addWidget(self.thumbs)
        self.accepted = name
        self.update_count()

    def pictures(self) -> list[QImage]:
        return [self.thumbs.item(i).data(Qt.UserRole) for i in range(self.thumbs.count())]

    def add(self, image: QImage) -> None:
        item = QListWidgetItem(QIcon(QPixmap.fromImage(image.scaled(THUMB, Qt.KeepAspectRatio))), "")
        item.setData(Qt.UserRole, image)
        item.setSizeHint(THUMB + QSize(8, 8))
        self.thumbs.addItem(item)
        self.thumbs.scrollToItem(item)
        self.update_count()

    def delete_selected(self) -> int:
        rows = sorted((self.thumbs.row(i) for i in self.thumbs.selectedItems()), reverse=True)
        for row in rows:
            self.thumbs.takeItem(row)
        self.update_count()
        return len(rows)

    def update_count(self) -> None:
        n = self.thumbs.count()
        self.count.setText(tr("{n} picture", n=n) if n == 1 else tr("{n} pictures", n=n))
