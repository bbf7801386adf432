"""A camera's frames as QImages, for the "Collect images" dialog and Try it's live camera.

Qt Multimedia (PySide6-Addons) is imported only here and only when a camera is wanted (:func:`multimedia`): a
machine without it (or without the system libraries it loads, such as libpulse) still runs netbuilder, and the
dialogs say in one line why no camera can be used. The frame path is one: ``QVideoSink.videoFrameChanged`` ->
``QVideoFrame.toImage()`` -> :attr:`CameraFeed.frameArrived` (a QImage, in the GUI thread). A camera's sink may
signal from the camera's thread: the connection to this object's own slot queues it to the GUI thread. Tests
give the feed a sink of their own (:meth:`CameraFeed.connect_sink`) and call ``sink.setVideoFrame``.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QComboBox, QLabel

from ...core.text import msg
from .i18n import tr

NO_CAMERA = msg("No camera found")

_loaded: dict = {}


class CameraUnavailable(Exception):
    """No camera can be used here. ``reason``: why, in a few words; the message: the one line the Collect images
    dialog shows (the reason, then what to do instead)."""

    def __init__(self, reason: str):
        super().__init__(msg("{reason}: add pictures from files instead.", reason=reason))
        self.reason = reason


def multimedia():
    """The QtMultimedia module, imported now (once); CameraUnavailable saying why when it cannot load."""
    if "module" not in _loaded:
        try:
            from PySide6 import QtMultimedia
        except ImportError as exc:  # no PySide6-Addons, or a system library it needs (libpulse) is missing
            _loaded["module"], _loaded["why"] = None, " ".join(str(exc).split())
        else:
            _loaded["module"], _loaded["why"] = QtMultimedia, ""
    if _loaded["module"] is None:
        raise CameraUnavailable(msg("No camera support could load ({why})", why=_loaded["why"]))
    return _loaded["module"]


def cameras() -> list:
    """The cameras (QCameraDevice) this computer has, the default one first; CameraUnavailable when none."""
    qm = multimedia()
    found = list(qm.QMediaDevices.videoInputs())
    if not found:
        raise CameraUnavailable(NO_CAMERA)
    default = qm.QMediaDevices.defaultVideoInput()
    return sorted(found, key=lambda d: d != default)


class CameraFeed(QObject):
    """One camera at a time, its frames as ``frameArrived(QImage)`` in the GUI thread. ``failed(str)``: the
    camera stopped with an error (one line)."""

    frameArrived = Signal(QImage)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._camera = None
        self._session = None
        self._sink = None

    @property
    def active(self) -> bool:
        return self._camera is not None and self._camera.isActive()

    def connect_sink(self, sink) -> None:
        """Take frames from ``sink`` (a QVideoSink): a camera's, or one a test feeds."""
        sink.videoFrameChanged.connect(self._on_frame)

    def start(self, device=None) -> None:
        """Start ``device`` (a QCameraDevice; None: the default camera). CameraUnavailable when there is none."""
        qm = multimedia()
        self.stop()
        device = device if device is not None else cameras()[0]
        self._camera = qm.QCamera(device, self)
        self._camera.errorOccurred.connect(self._on_error)
        self._sink = qm.QVideoSink(self)
        self.connect_sink(self._sink)
        self._session = qm.QMediaCaptureSession(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._camera.start()

    def stop(self) -> None:
        if self._camera is not None:
            self._camera.stop()
            self._session.setCamera(None)
            for obj in (self._session, self._camera, self._sink):
                obj.deleteLater()
        self._camera = self._session = self._sink = None

    def _on_frame(self, frame) -> None:
        if frame.isValid():
            image = frame.toImage()
            if not image.isNull():
                self.frameArrived.emit(image)

    def _on_error(self, _error, text: str) -> None:
        self.failed.emit(tr("The camera stopped ({reason}): start it again, or choose another.",
                            reason=text or tr("it gave no reason")))
        self.stop()


def start_first(feed: CameraFeed, box: QComboBox, device=None) -> None:
    """Start ``device`` on ``feed``; None: list this computer's cameras in ``box`` (the default first, each item's
    data its QCameraDevice) and start the first. CameraUnavailable when there is none (the caller says so)."""
    if device is None:
        found = cameras()
        box.clear()
        for d in found:
            box.addItem(d.description(), d)
        box.setCurrentIndex(0)
        device = found[0]
    feed.start(device)


class LiveView(QLabel):
    """A camera's live picture: black, ``size`` pixels, a frame scaled to fit (:meth:`show_frame`) or a word."""

    def __init__(self, size: QSize, text: str = "", parent=None):
        super().__init__(text, parent)
        self.setFixedSize(size)
        self.setAlignment(Qt.AlignCenter)
        self.setStyleSheet("background: black; color: #aaa;")

    def show_frame(self, image: QImage) -> None:
        self.setPixmap(QPixmap.fromImage(image.scaled(self.size(), Qt.KeepAspectRatio)))


def image_array(image: QImage, channels: int = 3):
    """A QImage's pixels as a numpy uint8 array [height, width, 3] (RGB) or [height, width] (grey), a copy."""
    import numpy as np

    grey = channels == 1
    image = image.convertToFormat(QImage.Format_Grayscale8 if grey else QImage.Format_RGB888)
    width, height, line = image.width(), image.height(), image.bytesPerLine()
    rows = np.frombuffer(image.constBits(), np.uint8, count=line * height).reshape(height, line)
    pixels = rows[:, :width * (1 if grey else 3)]
    return (pixels if grey else pixels.reshape(height, width, 3)).copy()
