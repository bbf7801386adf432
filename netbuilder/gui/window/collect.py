"""The "Collect images" dialog (File > Collect Images…): name classes, hold a button to capture frames from a
camera into the chosen class, see each class's count and thumbnails, delete a bad picture, add pictures from
files, and "Use these images": the pictures are written as an image folder (``class/0001.png``) and the design's
dataset becomes that folder, as one undo step, so the design trains on them at once.

The rules (class names, the folder, the writing) are the core's (:mod:`netbuilder.core.datasets.collect`); the
camera is :class:`~netbuilder.gui.common.camera.CameraFeed` (Qt Multimedia, imported only when the dialog opens:
without it, or without a camera, the dialog says so in one line and Add files still works). The folder is written
off the GUI thread (:class:`~netbuilder.gui.common.background.Background`) from copies of the pictures.
"""
from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QImage, QImageReader
from PySide6.QtWidgets import (QButtonGroup, QComboBox, QDialog, QFileDialog, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from ...core.datasets import collect
from ...core.text import msg
from ..canvas.commands import SetMetaCommand
from ..common.background import Background, one_line
from ..common.camera import CameraFeed, CameraUnavailable, LiveView, start_first
from ..common.i18n import tr, tr_error, tr_text
from .collect_row import ClassRow, kept, png_bytes

LIVE = QSize(320, 240)
#: at most this many captures a second while the button is held (a camera gives 30: near-identical pictures)
CAPTURE_HZ = 10
IMAGE_FILTER = msg("Pictures (*.png *.jpg *.jpeg *.bmp *.gif *.webp *.tif *.tiff);;All files (*)")


class CollectImagesDialog(QDialog):
    """objectName ``collectImagesDialog``. ``used(str)``: the folder written and now the design's dataset."""

    used = Signal(str)

    def __init__(self, document, parent: QWidget | None = None, status=None):
        super().__init__(parent)
        self.setObjectName("collectImagesDialog")
        self.setWindowTitle(tr("Collect images"))
        self.document, self._status = document, status
        self.rows: list[ClassRow] = []
        self.capturing = False
        self.capture_interval = 1.0 / CAPTURE_HZ  # seconds between two captures while the button is held
        self.clock = time.monotonic
        self._last_capture, self._captured = None, 0
        self._picks = QButtonGroup(self)
        self._picks.buttonToggled.connect(lambda *_: self._update_hold())
        self.feed = CameraFeed(self)
        self.feed.frameArrived.connect(self.take_frame)
        self.feed.failed.connect(self.say)
        self.writes = Background("netbuilder-collect", self)
        self._build()
        for name in ("class 1", "class 2"):
            self.add_class(name)

    # building --------------------------------------------------------------------------------------------
    def _build(self) -> None:
        def named(widget, name):
            widget.setObjectName(name)
            return widget

        self.message = named(QLabel(), "collectMessage")
        self.message.setWordWrap(True)
        self.camera_box = named(QComboBox(), "collectCameraBox")
        self.camera_box.setPlaceholderText(tr("no camera"))
        self.camera_box.activated.connect(lambda _i: self.start_camera(self.camera_box.currentData()))
        self.live = named(LiveView(LIVE, tr("no camera")), "collectLiveView")
        self.hold = named(QPushButton(tr("Hold to capture")), "collectHoldButton")
        self.hold.setToolTip(tr("Hold it down: up to {n} pictures a second go into the chosen class", n=CAPTURE_HZ))
        self.hold.setMinimumHeight(40)
        font = self.hold.font()
        font.setBold(True)
        self.hold.setFont(font)
        self.hold.pressed.connect(lambda: self.set_capturing(True))
        self.hold.released.connect(lambda: self.set_capturing(False))
        self.add_files_button = named(QPushButton(tr("Add files…")), "collectAddFiles")
        self.add_files_button.setToolTip(tr("Add pictures you already have to the chosen class"))
        self.add_files_button.clicked.connect(self._on_add_files)
        self.delete_button = named(QPushButton(tr("Delete selected")), "collectDeleteButton")
        self.delete_button.setToolTip(tr("Take the selected pictures out (or press Delete in a class's pictures)"))
        self.delete_button.clicked.connect(self.delete_selected)
        left = QVBoxLayout()
        for w in (QLabel(tr("Camera")), self.camera_box, self.live, self.hold, self.add_files_button,
                  self.delete_button):
            left.addWidget(w)
        left.addStretch(1)

        self.new_name = named(QLineEdit(), "collectNewClass")
        self.new_name.setPlaceholderText(tr("a new class's name, then Enter"))
        self.new_name.returnPressed.connect(self._on_add_class)
        add = named(QPushButton(tr("Add class")), "collectAddClass")
        add.clicked.connect(self._on_add_class)
        self.rows_box = QVBoxLayout()
        self.rows_box.addStretch(1)
        inner = QWidget()
        inner.setLayout(self.rows_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        right = QVBoxLayout()
        new_row = QHBoxLayout()
        new_row.addWidget(self.new_name, 1)
        new_row.addWidget(add)
        right.addLayout(new_row)
        right.addWidget(scroll, 1)

        name = self.document.design.name if self.document is not None else ""
        self.folder = named(QLineEdit(str(collect.default_folder(name or "my-images"))), "collectFolder")
        self.folder.setToolTip(tr("Where the pictures are written: a new or empty folder, one folder per class"))
        choose = named(QPushButton(tr("Choose…")), "collectChooseFolder")
        choose.clicked.connect(self._on_choose_folder)
        self.use_button = named(QPushButton(tr("Use these images")), "collectUseButton")
        self.use_button.setDefault(False)
        self.use_button.setAutoDefault(False)
        self.use_button.clicked.connect(self.use_images)
        close = QPushButton(tr("Close"))
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(tr("Folder:")))
        bottom.addWidget(self.folder, 1)
        bottom.addWidget(choose)
        bottom.addWidget(self.use_button)
        bottom.addWidget(close)
        grid = QGridLayout(self)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.addWidget(self.message, 1, 0, 1, 2)
        grid.addLayout(bottom, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        self.resize(900, 560)

    # classes ---------------------------------------------------------------------------------------------
    def class_names(self) -> list[str]:
        return [row.accepted for row in self.rows]

    def counts(self) -> dict[str, int]:
        return {row.accepted: row.thumbs.count() for row in self.rows}

    @property
    def current(self) -> ClassRow | None:
        return next((row for row in self.rows if row.pick.isChecked()), self.rows[0] if self.rows else None)

    def add_class(self, name: str | None = None) -> ClassRow | None:
        """A new class (``name`` None: the next free ``class N``), chosen for capture; None and the reason said
        when the name cannot be used."""
        name = collect.next_class_name(self.class_names()) if name is None else name.strip()
        problem = collect.class_name_problem(name, self.class_names())
        if problem:
            self.say(tr_text(problem))
            return None
        row = ClassRow(name, self)
        row.name.editingFinished.connect(lambda r=row: self.rename(r, r.name.text()))
        row.remove.clicked.connect(lambda _=False, r=row: self.remove_class(r))
        self._picks.addButton(row.pick)
        self.rows.append(row)
        self.rows_box.insertWidget(self.rows_box.count() - 1, row)
        row.pick.setChecked(True)
        self.say("")
        return row

    def rename(self, row: ClassRow, name: str) -> bool:
        name = name.strip()
        if name == row.accepted:
            return True
        problem = collect.class_name_problem(name, [n for n in self.class_names() if n != row.accepted])
        if problem:
            row.name.setText(row.accepted)
            self.say(tr_text(problem))
            return False
        row.accepted = name
        row.name.setText(name)
        self._update_hold()
        self.say("")
        return True

    def remove_class(self, row: ClassRow) -> None:
        self._picks.removeButton(row.pick)
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        if self.rows and not any(r.pick.isChecked() for r in self.rows):
            self.rows[0].pick.setChecked(True)

    def _update_hold(self) -> None:
        row = self.current
        self.hold.setText(tr("Hold to capture into “{name}”", name=row.accepted) if row is not None
                          else tr("Add a class first"))

    def _on_add_class(self) -> None:
        if self.add_class(self.new_name.text() if self.new_name.text().strip() else None) is not None:
            self.new_name.clear()

    # pictures --------------------------------------------------------------------------------------------
    def set_capturing(self, on: bool) -> None:
        """Capture (the button held) or stop (released: how many were taken is said)."""
        if self.capturing and not on and self.current is not None:
            n = self._captured
            name = self.current.accepted
            self.say(tr("Captured {n} picture into “{name}”: hold the button again for more, choose another class, "
                        "or Use these images.", n=n, name=name) if n == 1 else
                     tr("Captured {n} pictures into “{name}”: hold the button again for more, choose another "
                        "class, or Use these images.", n=n, name=name))
        self.capturing = bool(on) and self.current is not None
        self._last_capture, self._captured = None, 0

    def take_frame(self, image: QImage) -> None:
        """A camera frame: shown live, and captured into the chosen class while the button is held (at most
        ``CAPTURE_HZ`` a second)."""
        self.live.show_frame(image)
        self.hold.setEnabled(True)  # frames arrive: there is something to capture
        if not self.capturing or self.current is None:
            return
        now = self.clock()
        if self._last_capture is not None and now - self._last_capture < self.capture_interval:
            return
        self._last_capture = now
        self.current.add(kept(image))
        self._captured += 1

    def add_files(self, paths) -> int:
        """Add pictures from files to the chosen class; one line names those that could not be read."""
        row = self.current
        if row is None:
            self.say(tr("Add a class first, then its pictures."))
            return 0
        added, bad = 0, []
        for path in paths:
            reader = QImageReader(str(path))
            reader.setAutoTransform(True)
            image = reader.read()
            if image.isNull():
                bad.append(f"{Path(path).name} ({reader.errorString()})")
                continue
            row.add(kept(image))
            added += 1
        said = (tr("Added {n} picture to {name}.", n=added, name=row.accepted) if added == 1
                else tr("Added {n} pictures to {name}.", n=added, name=row.accepted))
        if bad:
            said = tr("{added} Not pictures, left out: {files}", added=said,
                      files=f"{'; '.join(bad[:3])}{' …' if len(bad) > 3 else ''}")
        self.say(said)
        return added

    def delete_selected(self) -> int:
        return sum(row.delete_selected() for row in self.rows)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == QEvent.KeyPress and event.key() in (Qt.Key_Delete, Qt.Key_Backspace):
            row = next((r for r in self.rows if r.thumbs is obj), None)
            if row is not None and row.thumbs.selectedItems():
                row.delete_selected()
                return True
        return super().eventFilter(obj, event)

    # the camera ------------------------------------------------------------------------------------------
    def start_camera(self, device=None) -> bool:
        """Start ``device`` (None: list the cameras and start the first); one line when there is none."""
        try:
            start_first(self.feed, self.camera_box, device)
        except CameraUnavailable as exc:
            self.camera_unavailable(tr_error(exc))
            return False
        self.hold.setEnabled(True)
        self.camera_box.setEnabled(True)
        return True

    def camera_unavailable(self, line: str) -> None:
        self.say(line)
        self.live.setText(tr("no camera"))
        self.hold.setEnabled(False)
        self.camera_box.setEnabled(False)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self.feed.active:
            self.start_camera()

    def hideEvent(self, event) -> None:  # noqa: N802
        self.set_capturing(False)
        self.feed.stop()  # the camera's light goes off while the dialog is away
        super().hideEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.writes.wait()
        super().closeEvent(event)

    # using them ------------------------------------------------------------------------------------------
    def use_images(self) -> bool:
        """Write the folder (off the GUI thread), then set the design's dataset to it. False, and the reason said,
        when the pictures or the folder cannot be used yet."""
        folder = self.folder.text().strip()
        problem = collect.collection_problem(self.counts()) or collect.folder_problem(folder)
        if problem is None and self.document is not None:
            problem = self.document.refusal()
        if problem:
            self.say(tr_text(problem))
            return False
        if self.writes.busy:
            return False
        pictures = {row.accepted: row.pictures() for row in self.rows}  # copies: the thread touches no widget
        self.use_button.setEnabled(False)
        self.say(tr("Writing {n} pictures to {folder}…", n=sum(map(len, pictures.values())), folder=folder))
        self.writes.run(lambda: collect.write_image_folder(folder, pictures, png_bytes),
                        done=lambda counts: self._written(folder, counts), failed=self._not_written)
        return True

    def _written(self, folder: str, counts: dict) -> None:
        self.use_button.setEnabled(True)
        path = str(Path(folder).expanduser())
        design = self.document.design
        training = dict(design.training)
        training["dataset"] = collect.dataset_spec(training.get("dataset"), path)
        command = SetMetaCommand(design, "training", training, text=tr("Use collected images"))
        pushed = self.document.push(command)
        total = sum(counts.values())
        line = (tr("Wrote {n} pictures in {classes} classes to {path}: the design now trains on them (Train, or "
                   "undo to go back).", n=total, classes=len(counts), path=path) if pushed else
                tr("Wrote {n} pictures in {classes} classes to {path}, but the design was not changed: {reason}",
                   n=total, classes=len(counts), path=path, reason=tr_text(self.document.refusal(command))))
        self.say(line)
        if self._status is not None:
            self._status(line, 8000)
        if pushed:
            self.used.emit(path)

    def _not_written(self, error: BaseException) -> None:
        self.use_button.setEnabled(True)
        self.say(tr("Nothing used: {reason}", reason=one_line(error)))

    # dialogs (overridable in tests) ----------------------------------------------------------------------
    def ask_files(self) -> list[str]:
        paths, _ = QFileDialog.getOpenFileNames(self, tr("Add pictures"), str(Path.home()), tr_text(IMAGE_FILTER))
        return paths

    def ask_folder(self) -> str:
        return QFileDialog.getExistingDirectory(self, tr("Write the pictures into"), self.folder.text())

    def _on_add_files(self) -> None:
        paths = self.ask_files()
        if paths:
            self.add_files(paths)

    def _on_choose_folder(self) -> None:
        folder = self.ask_folder()
        if folder:
            self.folder.setText(folder)

    def say(self, line: str) -> None:
        self.message.setText(line)
