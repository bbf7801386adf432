"""The predict panel: try the network on an input of your own. For 28x28 image models a pad to draw a digit with
the mouse (prepared as MNIST's digits were: the stroke's bounding box scaled to fit 20x20 pixels, centred by its
centre of mass in 28x28), for other models one field per input value; the prediction updates as you draw or type.

The panel only turns what the person made into one raw input row (``inputChanged``) and shows the outputs it is
given (:meth:`PredictPanel.show_outputs`); the owner runs the network (the core's ``activations`` probe), which also
feeds the activations panel.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (QDoubleSpinBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from .camera_feed import CameraTry, is_image_shape
from ..common.i18n import tr, tr_text
from .outputs import class_name, read_output

PAD = 280  # the drawing pad's side in pixels (10 per MNIST pixel)
BRUSH = 22  # stroke width on the pad (about 2 MNIST pixels, as a pen-drawn digit)
MAX_FIELDS = 16


def mnist_like(pad: np.ndarray) -> np.ndarray:
    """A drawn grey image (ink > 0) -> 28x28 uint8 as MNIST's digits were prepared: the ink's bounding box scaled
    (keeping its shape) to fit 20x20, then placed so that its centre of mass is at the centre of 28x28."""
    ink = np.asarray(pad, dtype=np.float64)
    out = np.zeros((28, 28), dtype=np.float64)
    rows, cols = np.flatnonzero(ink.max(1) > 0), np.flatnonzero(ink.max(0) > 0)
    if not len(rows):
        return out.astype(np.uint8)
    box = ink[rows[0]:rows[-1] + 1, cols[0]:cols[-1] + 1]
    h, w = box.shape
    scale = 20.0 / max(h, w)
    th, tw = max(1, int(round(h * scale))), max(1, int(round(w * scale)))
    if th >= h:  # a small drawing grows: each target pixel takes the source pixel it falls on
        small = box[(np.arange(th) * h) // th][:, (np.arange(tw) * w) // tw]
    else:  # it shrinks: each target pixel averages the source pixels it covers
        ys = np.minimum((np.arange(h) * th) // h, th - 1)
        xs = np.minimum((np.arange(w) * tw) // w, tw - 1)
        small = np.zeros((th, tw))
        counts = np.zeros((th, tw))
        np.add.at(small, (ys[:, None], xs[None, :]), box)
        np.add.at(counts, (ys[:, None], xs[None, :]), 1.0)
        small = small / np.maximum(counts, 1.0)
    total = small.sum()
    cy = (small.sum(1) * np.arange(th)).sum() / total
    cx = (small.sum(0) * np.arange(tw)).sum() / total
    top, left = int(round(13.5 - cy)), int(round(13.5 - cx))
    top, left = min(max(top, 0), 28 - th), min(max(left, 0), 28 - tw)
    out[top:top + th, left:left + tw] = small
    return np.clip(out * (255.0 / max(out.max(), 1e-9)), 0, 255).astype(np.uint8)


class DrawingPad(QWidget):
    """A square to draw on with the mouse (white ink on black, as MNIST). ``changed`` while drawing."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("drawingPad")
        self.setFixedSize(PAD, PAD)
        self.setCursor(Qt.CrossCursor)
        self.setToolTip(tr("Draw a digit with the mouse; Clear starts again"))
        self.image = QImage(PAD, PAD, QImage.Format_Grayscale8)
        self.image.fill(0)
        self._last: QPointF | None = None

    def clear(self) -> None:
        self.image.fill(0)
        self.update()
        self.changed.emit()

    def pixels(self) -> np.ndarray:
        """The pad as a (PAD, PAD) uint8 array (0 = no ink)."""
        ptr = self.image.constBits()
        rows = np.frombuffer(ptr, np.uint8).reshape(PAD, self.image.bytesPerLine())
        return rows[:, :PAD].copy()

    def stroke(self, points) -> None:
        """Draw a stroke through ``points`` (pad coordinates), as a mouse drag would."""
        painter = QPainter(self.image)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setPen(QPen(QColor(255, 255, 255), BRUSH, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin))
        points = [QPointF(*p) if not isinstance(p, QPointF) else p for p in points]
        if len(points) == 1:
            painter.drawPoint(points[0])
        for a, b in zip(points, points[1:]):
            painter.drawLine(a, b)
        painter.end()
        self.update()
        self.changed.emit()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.drawImage(0, 0, self.image)
        painter.setPen(QPen(self.palette().color(QPalette.Mid), 1))
        painter.drawRect(0, 0, PAD - 1, PAD - 1)
        painter.end()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.LeftButton:
            self._last = event.position()
            self.stroke([self._last])

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._last is not None:
            point = event.position()
            self.stroke([self._last, point])
            self._last = point

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        self._last = None


class PredictPanel(QWidget):
    """objectName ``predictPanel``. ``inputChanged(list)`` carries one raw input row (28x28 drawings: 784 pixel
    values 0-255, row by row; otherwise the typed values)."""

    inputChanged = Signal(list)
    #: the Explain button: what the network looked at for this input (one raw row), in the Explain panel
    explainRequested = Signal(list)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("predictPanel")
        self.class_names: list[str] | None = None
        self.pad = DrawingPad()
        self.pad.changed.connect(self._schedule)
        self.clear_button = QPushButton(tr("Clear"))
        self.clear_button.setObjectName("clearDrawingButton")
        self.clear_button.clicked.connect(self.pad.clear)
        self.preview = QLabel()
        self.preview.setObjectName("drawingPreview")
        self.preview.setToolTip(tr("What the network sees: your drawing made 28x28 and centred, as MNIST's digits"))
        self.preview.setFixedSize(84, 84)
        pad_box = QVBoxLayout()
        pad_box.addWidget(self.pad)
        row = QHBoxLayout()
        row.addWidget(self.clear_button)
        row.addWidget(QLabel(tr("the network sees:")))
        row.addWidget(self.preview)
        row.addStretch(1)
        pad_box.addLayout(row)
        self.draw_page = QWidget()
        self.draw_page.setLayout(pad_box)

        self.fields: list[QDoubleSpinBox] = []
        self.fields_page = QWidget()
        self.fields_form = QFormLayout(self.fields_page)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignHCenter | Qt.AlignTop)  # read first, not below a short dock's fold
        self.stack = QStackedWidget()
        for page in (self.draw_page, self.fields_page, self.message):
            self.stack.addWidget(page)
        self.camera = CameraTry(self.stack)  # Try it on the live camera (image models): a page and its toggle
        self.camera.outputs.connect(self.show_outputs)

        self.result = QLabel()
        self.result.setObjectName("predictionLabel")
        font = self.result.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.result.setFont(font)
        self.bars = pg.PlotWidget()
        self.bars.setObjectName("predictionBars")
        self.bars.setMenuEnabled(False)
        self.bars.setMouseEnabled(False, False)
        self.bars.setYRange(0, 1)
        self.bars.setLabel("left", tr("probability"))
        self.bars.setMinimumHeight(140)
        self.bar_item = pg.BarGraphItem(x=[], height=[], width=0.7)
        self.bars.addItem(self.bar_item)
        self._apply_palette()
        self.explain_button = QPushButton(tr("Explain"))
        self.explain_button.setObjectName("predictExplainButton")
        self.explain_button.clicked.connect(self._on_explain)
        self.stack.currentChanged.connect(self._on_page)  # a drawing or typed values only (not the camera's feed)
        result_row = QHBoxLayout()
        result_row.addWidget(self.result, 1)
        result_row.addWidget(self.explain_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.camera.button)
        layout.addWidget(self.stack)
        layout.addLayout(result_row)
        layout.addWidget(self.bars, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(60)  # while drawing: at most about 15 predictions a second
        self._timer.timeout.connect(self.send)
        self.show_message(tr("Train a network, then try it on an input of your own here."))

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange and hasattr(self, "bars"):
            self._apply_palette()

    def _apply_palette(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.Text)
        self.bars.setBackground(palette.color(QPalette.Base))
        for name in ("left", "bottom"):
            axis = self.bars.getAxis(name)
            axis.setPen(text)
            axis.setTextPen(text)

    # set-up by the owner ---------------------------------------------------------------------------------------
    def set_input_shape(self, shape, names: list[str] | None = None) -> None:
        """Drawing for 28x28 images ((28, 28) or (1, 28, 28)); fields for up to 16 values; else a message."""
        shape = tuple(int(d) for d in shape)
        size = int(np.prod(shape)) if shape else 1
        self.shape = shape
        if shape in ((28, 28), (1, 28, 28), (784,)):
            self.stack.setCurrentWidget(self.draw_page)
        elif size <= MAX_FIELDS:
            while self.fields_form.rowCount():
                self.fields_form.removeRow(0)
            self.fields = []
            for i in range(size):
                box = QDoubleSpinBox()
                box.setObjectName(f"predictField{i}")
                box.setRange(-1e6, 1e6)
                box.setDecimals(3)
                box.setSingleStep(0.1)
                box.valueChanged.connect(self._schedule)
                self.fields.append(box)
                self.fields_form.addRow(names[i] if names and i < len(names) else tr("input {n}", n=i + 1), box)
            self.stack.setCurrentWidget(self.fields_page)
        elif is_image_shape(shape):
            self.show_message(tr("Drawing by hand needs a 28x28 image; this network takes {shape} pictures. Press "
                                 "Camera above to try it on what your camera sees (then Explain shows what it looked "
                                 "at); the activations panel shows its samples.", shape="x".join(map(str, shape))))
        else:
            self.show_message(tr("Trying an input by hand needs a 28x28 image or at most {most} values; this "
                                 "network takes {size:,}. The activations panel shows its samples.", most=MAX_FIELDS,
                                 size=size))
        self.camera.set_shape(shape)

    def set_class_names(self, names) -> None:
        self.class_names = [str(n) for n in names] if names else None

    def show_message(self, text: str) -> None:
        self.message.setText(tr_text(text))
        self.stack.setCurrentWidget(self.message)

    # input -------------------------------------------------------------------------------------------------
    def current_row(self) -> list[float] | None:
        """The input as one raw row, or None when there is nothing to try."""
        page = self.stack.currentWidget()
        if page is self.draw_page:
            digit = mnist_like(self.pad.pixels())
            self._show_preview(digit)
            return digit.astype(np.float64).ravel().tolist()
        if page is self.fields_page:
            return [box.value() for box in self.fields]
        return None

    def send(self) -> None:
        row = self.current_row()
        if row is not None:
            self.inputChanged.emit(row)

    def _on_page(self, _index: int = 0) -> None:
        self.explain_button.setVisible(self.stack.currentWidget() in (self.draw_page, self.fields_page, self.camera))
        on_camera = self.stack.currentWidget() is self.camera
        self.explain_button.setToolTip(tr("What the network looked at in the last camera frame classified")
                                       if on_camera else tr("What the network looked at for this input"))

    def _on_explain(self) -> None:
        """Explain what was drawn or typed, or on the camera's page the last frame classified (as its raw input:
        the frame made a sample as the training pictures are)."""
        if self.stack.currentWidget() is self.camera:
            row = self.camera.last_row()
            if row is None:
                self.camera.message.setText(tr("No frame classified yet: Explain looks at the last one the "
                                               "network saw."))
        else:
            row = self.current_row()
        if row is not None:
            self.explainRequested.emit(row)

    def _schedule(self, *_args) -> None:
        self._timer.start()

    def _show_preview(self, digit: np.ndarray) -> None:
        image = QImage(digit.tobytes(), 28, 28, 28, QImage.Format_Grayscale8).copy()
        self.preview.setPixmap(QPixmap.fromImage(image).scaled(84, 84))

    # output ------------------------------------------------------------------------------------------------
    def show_outputs(self, output) -> None:
        """The network's output for the input: probabilities (bars and the top class) or values."""
        reading = read_output(output, self.class_names)
        self.result.setText(reading.text)
        if reading.kind == "probabilities":
            values, names = reading.values, self.class_names
            self.bar_item.setOpts(x=np.arange(values.size), height=values, width=0.7,
                                  brush=pg.mkBrush(self.palette().color(QPalette.Highlight)))
            short = [class_name(names, i).split(" - ")[0][:6] for i in range(values.size)]
            self.bars.getAxis("bottom").setTicks([list(enumerate(short))])  # "0 - zero" under a bar reads "0"
            self.bars.show()
        else:
            self.bars.hide()
