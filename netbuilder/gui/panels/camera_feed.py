"""Try it on the live camera: the Camera toggle of the predict panel classifies a camera's frames, showing the top
classes and how many frames a second it classifies.

Each frame is made the model's input by the core's own rules: resized (for a pretrained backbone, and centre-
cropped) and made grey or RGB as an image folder's pictures are (:func:`netbuilder.core.datasets.images.fit_image`
with the layout ``layout_for`` gives), then scaled and normalised by the model's preprocessing (a checkpoint's
``predict``: the dataset's own, or the backbone's ImageNet mean and std). The model is a copy of the trained network (the
window hands one over: ``TrainingSession.as_checkpoint``), used only by the prediction thread
(:class:`~netbuilder.gui.common.background.Background`): the GUI thread stays free, and a frame that arrives while
one is being classified is dropped, so the rate is what the computer can do, never a growing queue.
"""
from __future__ import annotations

import collections
import time

from PySide6.QtCore import QObject, QSize, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget

from ..common.background import Background, one_line
from ..common.camera import CameraFeed, CameraUnavailable, LiveView, image_array, start_first
from ..common.i18n import tr, tr_text
from .outputs import class_name, read_output

VIEW = QSize(280, 210)
#: the frame rate is counted over the predictions of the last this many seconds
RATE_WINDOW_S = 2.0


def is_image_shape(shape) -> bool:
    """Whether samples of ``shape`` are pictures a camera frame can become: [channels 1 or 3, height, width]."""
    shape = tuple(shape or ())
    return len(shape) == 3 and shape[0] in (1, 3) and min(shape[1:]) >= 8


def frame_layout(model, shape):
    """What a frame becomes for ``model`` (a checkpoint's copy) whose samples have ``shape`` [channels, height,
    width]: the image folder's layout for that Input, with a pretrained backbone's resize and centre crop when the
    design has one (the core decides both: ``layout_for``, ``image_preprocessing``)."""
    from ...core.datasets.images import layout_for
    from ...core.design.preprocessing import image_preprocessing

    design = getattr(model, "design", None)
    return layout_for({}, tuple(int(d) for d in shape), image_preprocessing(design) if design is not None else None)


def classify(model, layout, pixels):
    """(``model``'s output, the sample) for one frame (``pixels``: uint8 [height, width, 3] or [height, width])
    made a sample by ``layout`` as an image folder's pictures are (:func:`fit_image`): the sample is the raw input
    Explain is given. Runs in the prediction thread."""
    from PIL import Image

    from ...core.datasets.images import fit_image

    sample = fit_image(Image.fromarray(pixels), layout).numpy()
    return model.predict(sample[None])[0], sample


class LiveClassifier(QObject):
    """Frames in (:meth:`take`), outputs out (``outputs(numpy array)``), one prediction at a time off the GUI
    thread; ``failed(str)`` with one line when the model cannot classify a frame. ``sample``: the last frame
    classified, as the model's raw input (uint8 [channels, height, width]), or None."""

    outputs = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.model = None
        self.shape = None
        self.layout = None
        self.names = None
        self.sample = None
        self.dropped = 0
        self.classified = 0
        self.clock = time.monotonic
        self._times: collections.deque = collections.deque()
        self.jobs = Background("netbuilder-camera", self)

    def set_model(self, model, shape) -> None:
        """The network to classify with (anything with ``predict(rows)``: a checkpoint's copy; None: none) and its
        sample shape [channels, height, width]."""
        self.model, self.shape = model, tuple(shape) if shape is not None else None
        self.layout = frame_layout(model, self.shape) if model is not None else None
        self.names = getattr(model, "class_names", None)
        self.sample = None
        self._times.clear()

    @property
    def busy(self) -> bool:
        return self.jobs.busy

    def take(self, image: QImage) -> bool:
        """Classify ``image`` unless a frame is being classified (then it is dropped); whether it was taken."""
        if self.model is None:
            return False
        if self.jobs.busy:
            self.dropped += 1
            return False
        model, layout = self.model, self.layout
        pixels = image_array(image, layout.channels)  # a copy: the thread touches no Qt object
        self.jobs.run(lambda: classify(model, layout, pixels), done=self._done,
                      failed=lambda exc: self.failed.emit(one_line(exc)))
        return True

    def _done(self, answer) -> None:
        output, self.sample = answer
        now = self.clock()
        self._times.append(now)
        while self._times and now - self._times[0] > RATE_WINDOW_S:
            self._times.popleft()
        self.classified += 1
        self.outputs.emit(output)

    def rate(self) -> float:
        """Frames classified a second, over the last ``RATE_WINDOW_S`` seconds."""
        if len(self._times) < 2:
            return 0.0
        span = self._times[-1] - self._times[0]
        return (len(self._times) - 1) / span if span > 0 else 0.0

    def wait(self) -> None:
        self.jobs.wait()


class CameraTry(QWidget):
    """The predict panel's camera page (objectName ``predictCamera``) and its toggle (``predictCameraButton``,
    shown for image models). ``wanted(bool)``: the camera was turned on (the owner then hands a model over with
    :meth:`set_model`) or off."""

    wanted = Signal(bool)
    #: the model's outputs for the latest frame classified (the predict panel shows them)
    outputs = Signal(object)

    def __init__(self, stack: QStackedWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("predictCamera")
        self.stack, self._back = stack, None
        self.button = QPushButton(tr("Camera"))
        self.button.setObjectName("predictCameraButton")
        self.button.setCheckable(True)
        self.button.setToolTip(tr("Classify what your camera sees, live"))
        self.button.toggled.connect(self._on_toggled)
        self.button.hide()
        self.box = QComboBox()
        self.box.setObjectName("predictCameraBox")
        self.box.setPlaceholderText(tr("no camera"))
        self.box.activated.connect(lambda _i: self._start(self.box.currentData()))
        self.view = LiveView(VIEW)
        self.view.setObjectName("predictCameraView")
        self.rate_label = QLabel()
        self.rate_label.setObjectName("predictCameraRate")
        self.top_label = QLabel()
        self.top_label.setObjectName("predictCameraTop")
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        for w in (self.box, self.view, self.top_label, self.rate_label, self.message):
            layout.addWidget(w)
        layout.addStretch(1)
        self.feed = CameraFeed(self)
        self.feed.frameArrived.connect(self.take_frame)
        self.feed.failed.connect(self.message.setText)
        self.classifier = LiveClassifier(self)
        self.classifier.outputs.connect(self._on_outputs)
        self.classifier.failed.connect(self.message.setText)
        stack.addWidget(self)

    @property
    def on(self) -> bool:
        return self.button.isChecked()

    def set_shape(self, shape) -> None:
        """The model's sample shape: the toggle shows for images; the camera stops for anything else."""
        image = is_image_shape(shape)
        self.button.setVisible(image)
        if not image:
            self.button.setChecked(False)
        elif self.on:
            self.stack.setCurrentWidget(self)

    def set_model(self, model, shape, why: str = "") -> None:
        """The network the frames go through (None: none yet, ``why`` says so in one line)."""
        self.classifier.set_model(model, shape)
        self.message.setText(tr_text(why) if model is None else "")

    def take_frame(self, image: QImage) -> None:
        self.view.show_frame(image)
        self.classifier.take(image)

    def _on_outputs(self, output) -> None:
        c = self.classifier
        self.rate_label.setText(tr("{rate:.1f} frames a second classified ({dropped} dropped while busy)",
                                   rate=c.rate(), dropped=c.dropped))
        reading = read_output(output, c.names)
        if reading.kind == "probabilities":
            top = sorted(range(reading.values.size), key=lambda i: -reading.values[i])[:3]
            shown = ", ".join(tr("{name} {p:.2f}", name=class_name(c.names, i), p=float(reading.values[i]))
                              for i in top)
            self.top_label.setText(tr("top: {classes}", classes=shown))
        else:
            self.top_label.setText("")
        self.outputs.emit(output)

    def _on_toggled(self, on: bool) -> None:
        if on:
            if self.stack.currentWidget() is not self:
                self._back = self.stack.currentWidget()
            self.stack.setCurrentWidget(self)
            self.message.setText("")
            self.wanted.emit(True)  # the model first: a line about the camera is the one left to read
            self._start(None)
        else:
            self.stop()
            if self._back is not None and self.stack.currentWidget() is self:
                self.stack.setCurrentWidget(self._back)
            self.wanted.emit(False)

    def _start(self, device) -> None:
        try:
            start_first(self.feed, self.box, device)
        except CameraUnavailable as exc:
            self.view.setText(tr("no camera"))
            self.message.setText(tr("{reason}: Try it on the camera needs one; draw or type an input instead.",
                                    reason=tr_text(exc.reason)))

    def last_row(self) -> list | None:
        """The last frame classified as one raw input row (what Explain is given), or None before one."""
        sample = self.classifier.sample
        return None if sample is None else sample.ravel().tolist()

    def stop(self) -> None:
        """The camera off and the frame being classified finished (closing: no thread left)."""
        self.feed.stop()
        self.classifier.wait()
        self.view.clear()
        self.view.setText(tr("camera off"))
