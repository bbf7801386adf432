"""The training panel's TensorBoard row: whether tensorboard is installed, the default log folder, and the folder
button that shows a path shortened to the room it gets. Kept apart from the panel so the panel stays readable.
"""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QPushButton, QSizePolicy, QStyle

from ...core.text import msg
from ..common.i18n import tr, tr_text

TENSORBOARD_MISSING = msg("Needs the tensorboard package: pip install 'netbuilder[tensorboard]'")


def tensorboard_installed() -> bool:
    """Whether the tensorboard package is there, found without importing it (nor torch)."""
    if "tensorboard" in sys.modules:
        return sys.modules["tensorboard"] is not None
    try:
        return importlib.util.find_spec("tensorboard") is not None
    except (ImportError, ValueError):
        return False


def default_tensorboard_dir() -> str:
    """Where TensorBoard logs go until the person chooses: a folder in their home, easy to find and to point
    ``tensorboard --logdir`` at, whatever folder the app was started from."""
    return str(Path.home() / "netbuilder-runs")


def short_path(folder: str) -> str:
    home = str(Path.home())
    return "~" + folder[len(home):] if folder == home or folder.startswith(home + "/") else folder


class FolderButton(QPushButton):
    """A folder icon and a path, shortened in the middle to the width the button gets (click: choose another)."""

    def __init__(self) -> None:
        super().__init__()
        self.path = ""
        self.setIcon(self.style().standardIcon(QStyle.SP_DirIcon))
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)  # a long path never widens the panel
        self.setStyleSheet("QPushButton { text-align: left; padding: 2px 6px; }")

    def set_path(self, path: str) -> None:
        self.path = path
        self._elide()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        room = self.width() - self.iconSize().width() - 24
        self.setText(QFontMetrics(self.font()).elidedText(self.path, Qt.ElideMiddle, max(40, room)))


class TensorBoardChoice:
    """The panel's TensorBoard box and folder button, mixed into the panel (which has the ``tensorBoardChanged``
    signal and the ``state``): whether to log, and where."""

    def _build_tensorboard(self) -> QHBoxLayout:
        self.tensorboard = QCheckBox(tr("Log to TensorBoard in"))
        self.tensorboard.setObjectName("trainTensorBoard")
        self.tensorboard.toggled.connect(self._on_tensorboard_toggled)
        self.tensorboard_folder = FolderButton()
        self.tensorboard_folder.setObjectName("tensorBoardFolderButton")
        self.tensorboard_folder.clicked.connect(self._choose_tensorboard_folder)
        self._tensorboard_dir = default_tensorboard_dir()
        self.tensorboard_available = tensorboard_installed()
        self._show_tensorboard_folder()
        tensorboard_row = QHBoxLayout()
        tensorboard_row.addWidget(self.tensorboard)
        tensorboard_row.addWidget(self.tensorboard_folder, 1)
        return tensorboard_row

    def set_tensorboard(self, checked: bool, folder: str | None = None) -> None:
        """Show the preference (``folder`` None: keep the current one) without sending it back. Unchecked and
        disabled, whatever is asked, when tensorboard is not installed."""
        if folder:
            self._tensorboard_dir = str(Path(folder).expanduser())
        self.tensorboard.blockSignals(True)
        self.tensorboard.setChecked(bool(checked) and self.tensorboard_available)
        self.tensorboard.blockSignals(False)
        self._show_tensorboard_folder()

    @property
    def tensorboard_dir(self) -> str | None:
        """The folder a run logs to for TensorBoard, None when the box is not checked."""
        return self._tensorboard_dir if self.tensorboard.isChecked() and self.tensorboard_available else None

    @property
    def tensorboard_folder_path(self) -> str:
        """The folder shown, checked or not."""
        return self._tensorboard_dir

    def _show_tensorboard_folder(self) -> None:
        folder = self._tensorboard_dir
        self.tensorboard_folder.set_path(short_path(folder))
        if self.tensorboard_available:
            self.tensorboard.setToolTip(tr(
                "Write each run's loss, accuracy (or mae, r2) and learning rate per epoch for TensorBoard, in a "
                "subfolder of this folder named after the design and the time; view them with "
                "tensorboard --logdir {folder}. A preference of this window, not saved in the design.", folder=folder))
            self.tensorboard_folder.setToolTip(
                tr("{folder}\nClick to choose another folder for the TensorBoard logs.", folder=folder))
        else:
            self.tensorboard.setToolTip(tr_text(TENSORBOARD_MISSING))
            self.tensorboard_folder.setToolTip(tr_text(TENSORBOARD_MISSING))
        busy = self.state != "idle"
        self.tensorboard.setEnabled(self.tensorboard_available and not busy)
        self.tensorboard_folder.setEnabled(self.tensorboard_available and not busy)

    def _on_tensorboard_toggled(self, checked: bool) -> None:
        self.tensorBoardChanged.emit(bool(checked), self._tensorboard_dir)

    def _choose_tensorboard_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Folder for the TensorBoard logs"), self._tensorboard_dir)
        if folder:
            self._tensorboard_dir = folder
            self._show_tensorboard_folder()
            self.tensorBoardChanged.emit(self.tensorboard.isChecked(), folder)
