"""The activations panel: every layer's output for one input, in network order (PerceptiLabs' preview at every
layer, CNN Explainer's colour scales, on the network the person built).

- feature maps ``[C, H, W]`` (and an image input) as a grid of small images, one per channel (the first
  ``MAX_TILES``);
- dense outputs ``[N]``: bars when there are at most ``MAX_BARS`` units (the class probabilities of a classifier's
  output, named), else a heat strip of cells wrapped to the panel's width;
- 2-D outputs ``[T, F]`` (sequences, 1-D convolutions) as one heat map; a single number as text.

Colours: a signed layer uses the diverging map symmetric around zero (the weights panel's), a layer with no
negative values a sequential map from 0 (viridis). The colour scale is chosen as CNN Explainer offers it: per unit
(each feature map its own range; a dense layer, one number per unit, uses its layer's), per layer, or one range
for the whole network. Each layer's header says its range.

The panel draws what it is given (:meth:`ActivationsPanel.set_activations`: the core's ``activations`` probe
result); its owner decides which sample and when. It asks for samples with ``sampleRequested(index)`` (the sample
box, the Random button) and reports a click on a layer with ``layerActivated(node_id)``; :meth:`scroll_to` brings
a layer into view (the canvas's selection).

Drawing: one widget paints all rows (only those in view); images are made with numpy lookup tables when the data
or the scale changes, never while painting.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QLinearGradient, QPainter, QPalette, QPen
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpinBox,
                               QToolTip, QVBoxLayout, QWidget)

from ..style import is_dark
from .outputs import class_name, read_output
from .weights import COLOR_MAPS

SCALES = ("unit", "layer", "network")
SCALE_LABELS = {"unit": "per unit", "layer": "per layer", "network": "whole network"}
SEQUENTIAL_MAP = "viridis"
MAX_TILES = 64
MAX_BARS = 32
MAX_CELLS = 4096
BAR_HEIGHT = 96
CELL_PX = 12
MIN_TILE, MAX_TILE, ONE_TILE = 28, 84, 140
GAP = 3
MARGIN = 8
RAMP_W = 90


def _lut(name: str) -> np.ndarray:
    return pg.colormap.get(name).getLookupTable(0.0, 1.0, 256, alpha=False).astype(np.uint8)


def shape_text(shape: tuple[int, ...]) -> str:
    return "×".join(str(d) for d in shape) if shape else "1"


def format_value(v: float) -> str:
    return f"{v:.3g}" if v == v else "nan"


@dataclass
class _Row:
    node_id: str
    type: str
    data: np.ndarray                       # float32, the node's output for the one input (batch axis removed)
    kind: str                              # "maps", "bars", "strip", "matrix", "value"
    lo: float = 0.0                        # the layer's range (finite values)
    hi: float = 0.0
    y: int = 0                             # layout, in the view's pixels
    height: int = 0
    tiles: list[QRect] = field(default_factory=list)
    body: QRect = field(default_factory=QRect)
    images: list[QImage] = field(default_factory=list)
    cols: int = 1                          # strips: cells per line
    levels: tuple[float, float, bool] = (0.0, 1.0, False)  # (low, high, signed) of the row's colours
    labels: list[str] = field(default_factory=list)        # bars: the names under them

    @property
    def shown(self) -> int:
        return min(len(self.data), MAX_TILES) if self.kind == "maps" else 0


def classify(data: np.ndarray) -> str:
    if data.ndim == 0 or data.size == 1:
        return "value"
    if data.ndim == 1:
        return "bars" if data.size <= MAX_BARS else "strip"
    if data.ndim == 2:
        return "matrix"
    return "maps"


def as_maps(data: np.ndarray) -> np.ndarray:
    """[C, H, W] from any output with 3 or more axes (extra leading axes folded into the channels)."""
    return data.reshape(-1, *data.shape[-2:])


def finite_range(values: np.ndarray) -> tuple[float, float]:
    finite = values[np.isfinite(values)]
    if not finite.size:
        return 0.0, 0.0
    return float(finite.min()), float(finite.max())


def levels_for(lo: float, hi: float) -> tuple[float, float, bool]:
    """(low, high, signed): signed ranges are symmetric around zero; others run from 0 to the top."""
    if lo < 0:
        limit = max(abs(lo), abs(hi)) or 1.0
        return -limit, limit, True
    return 0.0, (hi if hi > 0 else 1.0), False


class _LayersView(QWidget):
    """All the rows, painted in one widget (inside the panel's scroll area)."""

    clicked = Signal(str)

    def __init__(self, panel: "ActivationsPanel"):
        super().__init__()
        self.panel = panel
        self.rows: list[_Row] = []
        self.highlighted: str | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self._header_font = QFont(self.font())
        self._header_font.setBold(True)

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt's name)
        return QSize(320, self.minimumHeight())

    # layout ---------------------------------------------------------------------------------------------------
    def header_height(self) -> int:
        return QFontMetrics(self._header_font).height() + 6

    def relayout(self) -> None:
        width = max(160, self.width())
        inner = width - 2 * MARGIN
        y = MARGIN
        head = self.header_height()
        for row in self.rows:
            row.y = y
            top = y + head
            row.tiles = []
            if row.kind == "maps":
                n, (h, w) = row.shown, row.data.shape[-2:]
                side = ONE_TILE if n == 1 else max(MIN_TILE, min(MAX_TILE, (inner - GAP * 7) // 8))
                scale = side / max(h, w)
                tw, th = max(4, round(w * scale)), max(4, round(h * scale))
                cols = max(1, min(n, (inner + GAP) // (tw + GAP)))
                for i in range(n):
                    r, c = divmod(i, cols)
                    row.tiles.append(QRect(MARGIN + c * (tw + GAP), top + r * (th + GAP), tw, th))
                body_h = ((n + cols - 1) // cols) * (th + GAP) - GAP
            elif row.kind == "bars":
                body_h = BAR_HEIGHT + (QFontMetrics(self.font()).height() + 2 if row.labels else 0)
            elif row.kind == "strip":
                n = min(row.data.size, MAX_CELLS)
                row.cols = max(8, inner // CELL_PX)
                lines = (n + row.cols - 1) // row.cols
                body_h = lines * CELL_PX
            elif row.kind == "matrix":
                rows_, cols_ = row.data.shape
                cell = max(2, min(CELL_PX, inner // max(cols_, 1)))
                body_h = min(240, max(8, rows_ * cell))
            else:
                body_h = QFontMetrics(self.font()).height() + 4
            row.body = QRect(MARGIN, top, inner, body_h)
            row.height = head + body_h
            y += row.height + 2 * MARGIN
        self.setMinimumHeight(y)
        self.setMaximumHeight(y)

    def changeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        """A new font (presentation mode's large one): the headers in it, the rows measured again."""
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:
            self._header_font = QFont(self.font())
            self._header_font.setBold(True)
            self.relayout()
            self.update()

    def resizeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.relayout()
            self.panel._make_images()

    def row_rect(self, row: _Row) -> QRect:
        return QRect(MARGIN // 2, row.y - MARGIN // 2, self.width() - MARGIN, row.height + MARGIN)

    def row_at(self, pos: QPoint) -> _Row | None:
        for row in self.rows:
            if self.row_rect(row).contains(pos):
                return row
        return None

    # painting -------------------------------------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        p = QPainter(self)
        palette = self.palette()
        text, muted = palette.color(QPalette.Text), palette.color(QPalette.PlaceholderText)
        p.fillRect(event.rect(), palette.color(QPalette.Base))
        head = self.header_height()
        for row in self.rows:
            frame = self.row_rect(row)
            if not frame.intersects(event.rect()):
                continue
            if row.node_id == self.highlighted:
                p.setPen(QPen(palette.color(QPalette.Highlight), 3))
                p.setBrush(Qt.NoBrush)
                p.drawRoundedRect(frame.adjusted(1, 1, -2, -2), 6, 6)
            self._paint_header(p, row, head, text, muted)
            self._paint_body(p, row, text, muted)
        p.end()

    def _paint_header(self, p: QPainter, row: _Row, head: int, text: QColor, muted: QColor) -> None:
        rect = QRect(MARGIN, row.y, self.width() - 2 * MARGIN, head)
        p.setFont(self._header_font)
        p.setPen(text)
        title = f"{row.node_id}  ·  {row.type}"
        p.drawText(rect, Qt.AlignLeft | Qt.AlignVCenter, title)
        used = QFontMetrics(self._header_font).horizontalAdvance(title) + 12
        p.setFont(self.font())
        p.setPen(muted)
        detail = f"{shape_text(row.data.shape)}   {format_value(row.lo)} to {format_value(row.hi)}"
        if row.kind == "maps" and len(row.data) > MAX_TILES:
            detail += f"   (the first {MAX_TILES} of {len(row.data)} maps)"
        elif row.kind == "strip" and row.data.size > MAX_CELLS:
            detail += f"   (the first {MAX_CELLS:,} of {row.data.size:,} units)"
        ramp = QRect(rect.right() - RAMP_W, rect.top() + 5, RAMP_W, head - 10)
        detail_rect = QRect(rect.left() + used, rect.top(), max(0, ramp.left() - 8 - rect.left() - used), head)
        p.drawText(detail_rect, Qt.AlignLeft | Qt.AlignVCenter,
                   QFontMetrics(self.font()).elidedText(detail, Qt.ElideRight, detail_rect.width()))
        if row.kind in ("maps", "strip", "matrix") and ramp.left() > rect.left() + used:
            self._paint_ramp(p, ramp, row.levels[2])

    def _paint_ramp(self, p: QPainter, rect: QRect, signed: bool) -> None:
        lut = self.panel.lut(signed)
        gradient = QLinearGradient(rect.left(), 0, rect.right(), 0)
        for t in (0.0, 0.25, 0.5, 0.75, 1.0):
            r, g, b = lut[min(255, int(t * 255))]
            gradient.setColorAt(t, QColor(int(r), int(g), int(b)))
        p.setPen(QPen(self.palette().color(QPalette.Mid), 1))
        p.setBrush(gradient)
        p.drawRect(rect)

    def _paint_body(self, p: QPainter, row: _Row, text: QColor, muted: QColor) -> None:
        if row.kind == "maps":
            for rect, image in zip(row.tiles, row.images):
                p.drawImage(rect, image)
        elif row.kind in ("strip", "matrix") and row.images:
            image = row.images[0]
            if row.kind == "strip":
                target = QRect(row.body.left(), row.body.top(), row.cols * CELL_PX, row.body.height())
            else:
                target = row.body
            p.drawImage(target, image)
        elif row.kind == "bars":
            self._paint_bars(p, row, text, muted)
        else:
            p.setPen(text)
            value = float(row.data.ravel()[0]) if row.data.size else float("nan")
            p.drawText(row.body, Qt.AlignLeft | Qt.AlignVCenter, f"value {value:.4g}")

    def _paint_bars(self, p: QPainter, row: _Row, text: QColor, muted: QColor) -> None:
        values = row.data.ravel()
        n = values.size
        label_h = QFontMetrics(self.font()).height() + 2 if row.labels else 0
        area = QRect(row.body.left(), row.body.top(), row.body.width(), row.body.height() - label_h)
        lo, hi = min(0.0, row.lo), max(0.0, row.hi)
        span = (hi - lo) or 1.0
        zero_y = area.top() + area.height() * hi / span
        slot = area.width() / max(n, 1)
        width = max(2.0, slot * 0.72)
        palette = self.palette()
        positive, negative = palette.color(QPalette.Highlight), QColor("#d2601a")
        top = self.panel.top_class if row.node_id == self.panel.output_id else None
        p.setPen(Qt.NoPen)
        for i, v in enumerate(values):
            if not np.isfinite(v):
                continue
            x = area.left() + i * slot + (slot - width) / 2
            y = area.top() + area.height() * (hi - max(v, 0.0)) / span
            h = area.height() * abs(v) / span
            colour = positive if v >= 0 else negative
            if top is not None and i != top:
                colour = QColor(colour)
                colour.setAlpha(110)
            p.fillRect(int(x), int(y), max(1, int(width)), max(1, int(round(h))), colour)
        p.setPen(QPen(muted, 1))
        p.drawLine(area.left(), int(zero_y), area.right(), int(zero_y))
        if row.labels:
            p.setPen(text)
            for i, label in enumerate(row.labels):
                rect = QRect(int(area.left() + i * slot), area.bottom() + 2, int(slot), label_h)
                p.drawText(rect, Qt.AlignHCenter | Qt.AlignTop,
                           QFontMetrics(self.font()).elidedText(label, Qt.ElideRight, int(slot)))

    # interaction ----------------------------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        row = self.row_at(event.position().toPoint())
        if row is not None and event.button() == Qt.LeftButton:
            self.highlighted = row.node_id
            self.update()
            self.clicked.emit(row.node_id)
        super().mousePressEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.ToolTip:
            text = self.describe(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().event(event)

    def describe(self, pos: QPoint) -> str | None:
        """What is under ``pos``: a unit's value, for the tooltip."""
        row = self.row_at(pos)
        if row is None:
            return None
        if row.kind == "maps":
            for channel, rect in enumerate(row.tiles):
                if rect.contains(pos):
                    h, w = row.data.shape[-2:]
                    y = min(h - 1, (pos.y() - rect.top()) * h // max(rect.height(), 1))
                    x = min(w - 1, (pos.x() - rect.left()) * w // max(rect.width(), 1))
                    value = float(as_maps(row.data)[channel, y, x])
                    return f"{row.node_id}, channel {channel} at ({y}, {x}): {value:.4g}"
        elif row.kind in ("bars", "strip"):
            values = row.data.ravel()
            if row.kind == "bars":
                slot = row.body.width() / max(values.size, 1)
                index = int((pos.x() - row.body.left()) // slot) if slot else -1
            else:
                col = (pos.x() - row.body.left()) // CELL_PX
                line = (pos.y() - row.body.top()) // CELL_PX
                index = line * row.cols + col if 0 <= col < row.cols and line >= 0 else -1
            if 0 <= index < values.size and row.body.contains(pos):
                name = row.labels[index] if row.labels and index < len(row.labels) else f"unit {index}"
                return f"{row.node_id}, {name}: {float(values[index]):.4g}"
        elif row.kind == "matrix" and row.body.contains(pos):
            rows_, cols_ = row.data.shape
            r = min(rows_ - 1, (pos.y() - row.body.top()) * rows_ // max(row.body.height(), 1))
            c = min(cols_ - 1, (pos.x() - row.body.left()) * cols_ // max(row.body.width(), 1))
            return f"{row.node_id}, row {r}, column {c}: {float(row.data[r, c]):.4g}"
        return f"{row.node_id} ({row.type}): click to select it on the canvas"


class ActivationsPanel(QWidget):
    """objectName ``activationsPanel``. See the module docstring."""

    layerActivated = Signal(str)
    sampleRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("activationsPanel")
        self.class_names: list[str] | None = None
        self.output_id: str | None = None
        self.top_class: int | None = None
        self.rebuilds = 0  # how often the set of rows was made anew (not counting new values for the same rows)
        self.updates = 0  # how many results were shown
        self._scale = "layer"
        self._luts: dict[str, np.ndarray] = {}

        self.sample_spin = QSpinBox()
        self.sample_spin.setObjectName("activationSampleSpin")
        self.sample_spin.setToolTip("Which sample of the test split to look at")
        self.sample_spin.setKeyboardTracking(False)
        self.sample_spin.setRange(0, 0)
        self.sample_spin.valueChanged.connect(self.sampleRequested.emit)
        self.random_button = QPushButton("Random")
        self.random_button.setObjectName("activationRandomButton")
        self.random_button.setToolTip("Look at a sample of the test split chosen at random")
        self.random_button.clicked.connect(self._random)
        self.scale_combo = QComboBox()
        self.scale_combo.setObjectName("activationScaleCombo")
        self.scale_combo.setToolTip("Colour scale: each feature map its own range (per unit), one range per layer, "
                                    "or one range for the whole network")
        for key in SCALES:
            self.scale_combo.addItem(SCALE_LABELS[key], key)
        self.scale_combo.setCurrentIndex(SCALES.index(self._scale))
        self.scale_combo.currentIndexChanged.connect(lambda i: self.set_scale(self.scale_combo.itemData(i)))
        controls = QHBoxLayout()
        controls.addWidget(QLabel("Test sample"))
        controls.addWidget(self.sample_spin)
        controls.addWidget(self.random_button)
        controls.addStretch(1)
        controls.addWidget(QLabel("Colours"))
        controls.addWidget(self.scale_combo)

        self.caption = QLabel()
        self.caption.setObjectName("activationsCaption")
        self.caption.setWordWrap(True)
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        self.message = QLabel()
        self.message.setObjectName("activationsMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignCenter)

        self.view = _LayersView(self)
        self.view.clicked.connect(self.layerActivated.emit)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(self.view)
        self.scroll.setObjectName("activationsScroll")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(controls)
        layout.addWidget(self.caption)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.message, 1)
        self.show_nothing("Train a network, then pick a sample here to see what every layer makes of it.")

    # public API -------------------------------------------------------------------------------------------------
    def set_class_names(self, names) -> None:
        self.class_names = [str(n) for n in names] if names else None

    def set_sample_range(self, count: int) -> None:
        """The test split has ``count`` samples (0: none, the sample box is disabled)."""
        self.sample_spin.blockSignals(True)
        self.sample_spin.setRange(0, max(0, count - 1))
        self.sample_spin.blockSignals(False)
        self.sample_spin.setEnabled(count > 0)
        self.random_button.setEnabled(count > 0)

    def sample(self) -> int:
        return self.sample_spin.value()

    def set_sample(self, index: int, emit: bool = False) -> None:
        self.sample_spin.blockSignals(not emit)
        self.sample_spin.setValue(int(index))
        self.sample_spin.blockSignals(False)

    def set_activations(self, result: dict, layers: list[tuple[str, str]], *, source: str | None = None) -> None:
        """Show the core's ``activations`` probe result (``outputs``: node id -> array, in network order; ``label``,
        ``split``, ``index``). ``layers``: (node id, layer type) in network order; ``source``: the caption's
        beginning (default: "Test sample 17")."""
        self.updates += 1
        outputs = result["outputs"]
        types = dict(layers)
        order = [node_id for node_id, _ in layers if node_id in outputs]
        order += [node_id for node_id in outputs if node_id not in types]
        self.output_id = order[-1] if order else None
        if [row.node_id for row in self.view.rows] != order or any(
                row.data.shape != np.shape(outputs[row.node_id]) for row in self.view.rows):
            self.rebuilds += 1
            self.view.rows = [self._row(node_id, types.get(node_id, ""), outputs[node_id]) for node_id in order]
        else:
            for row in self.view.rows:
                self._fill(row, outputs[row.node_id])
        self._caption(result, source)
        self.message.hide()
        self.scroll.show()
        self.view.relayout()
        self._make_images()

    def set_scale(self, scale: str) -> None:
        if scale not in SCALES:
            raise ValueError(f"unknown colour scale {scale!r}; use one of {', '.join(SCALES)}")
        self._scale = scale
        index = SCALES.index(scale)
        if self.scale_combo.currentIndex() != index:
            self.scale_combo.setCurrentIndex(index)
        self._make_images()

    def scale(self) -> str:
        return self._scale

    def scroll_to(self, node_id: str) -> bool:
        """Highlight the layer of ``node_id`` and scroll it into view; False when it is not shown."""
        for row in self.view.rows:
            if row.node_id == node_id:
                self.view.highlighted = node_id
                self.view.update()
                self.scroll.ensureVisible(0, row.y + min(row.height, self.scroll.viewport().height() - 20) // 2,
                                          0, min(row.height, self.scroll.viewport().height()) // 2 + MARGIN)
                return True
        return False

    def highlighted(self) -> str | None:
        return self.view.highlighted

    def rows(self) -> list[str]:
        return [row.node_id for row in self.view.rows]

    def row_rect(self, node_id: str) -> QRect:
        """Where the layer is drawn, in the panel's coordinates (for tests and scripts)."""
        for row in self.view.rows:
            if row.node_id == node_id:
                rect = self.view.row_rect(row)
                return QRect(self.view.mapTo(self, rect.topLeft()), rect.size())
        return QRect()

    def row_kind(self, node_id: str) -> str | None:
        return next((row.kind for row in self.view.rows if row.node_id == node_id), None)

    def row_levels(self, node_id: str) -> list[tuple[float, float, bool]]:
        """The colour levels of a layer's images (one per feature map for maps, else one)."""
        row = next((r for r in self.view.rows if r.node_id == node_id), None)
        if row is None:
            return []
        return [self._levels(row, i) for i in range(max(1, row.shown))]

    def show_nothing(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.scroll.hide()
        self.caption.setText("")

    def clear(self) -> None:
        self.view.rows = []
        self.view.highlighted = None
        self.view.relayout()
        self.show_nothing("Train a network, then pick a sample here to see what every layer makes of it.")

    def lut(self, signed: bool) -> np.ndarray:
        name = COLOR_MAPS[is_dark(self.palette())] if signed else SEQUENTIAL_MAP
        if name not in self._luts:
            self._luts[name] = _lut(name)
        return self._luts[name]

    # internals --------------------------------------------------------------------------------------------------
    def _random(self) -> None:
        if self.sample_spin.maximum() > 0:
            self.sample_spin.setValue(random.randint(0, self.sample_spin.maximum()))

    def _row(self, node_id: str, node_type: str, data) -> _Row:
        row = _Row(node_id, node_type, np.zeros(0, np.float32), "value")
        self._fill(row, data)
        return row

    def _fill(self, row: _Row, data) -> None:
        array = np.asarray(data, dtype=np.float32)
        row.kind = classify(array)
        row.data = as_maps(array) if row.kind == "maps" else array
        row.lo, row.hi = finite_range(row.data)
        row.labels = []
        if row.kind == "bars" and row.node_id == self.output_id and self.class_names \
                and len(self.class_names) == row.data.size:
            row.labels = [name.split(" - ")[0][:8] for name in self.class_names]

    def _caption(self, result: dict, source: str | None) -> None:
        if source is None:
            split = {"test": "Test", "val": "Validation", "train": "Training"}.get(result.get("split") or "", "")
            source = f"{split} sample {result.get('index')}" if split else "Your input"
        parts = [source]
        label = result.get("label")
        if label is not None:
            parts.append(f"label {class_name(self.class_names, int(label))}")
        self.top_class = None
        if self.output_id is not None:
            reading = read_output(result["outputs"][self.output_id], self.class_names)
            if reading.kind == "probabilities":
                self.top_class = reading.top
            parts.append(reading.text)
        self.caption.setText(" · ".join(parts))

    def _levels(self, row: _Row, channel: int = 0) -> tuple[float, float, bool]:
        if self._scale == "network":
            ranges = [(r.lo, r.hi) for r in self.view.rows if r.data.size]
            lo, hi = min(r[0] for r in ranges), max(r[1] for r in ranges)
        elif self._scale == "unit" and row.kind == "maps":
            lo, hi = finite_range(row.data[channel])
        else:
            lo, hi = row.lo, row.hi
        return levels_for(lo, hi)

    def _colour(self, values: np.ndarray, levels: tuple[float, float, bool]) -> np.ndarray:
        low, high, signed = levels
        t = (values - low) / ((high - low) or 1.0)
        index = np.clip(np.nan_to_num(t, nan=0.0) * 255, 0, 255).astype(np.uint8)
        return self.lut(signed)[index]

    @staticmethod
    def _image(rgb: np.ndarray) -> QImage:
        rgb = np.ascontiguousarray(rgb, dtype=np.uint8)
        h, w = rgb.shape[:2]
        return QImage(rgb.data, w, h, 3 * w, QImage.Format_RGB888).copy()

    def _make_images(self) -> None:
        """The rows' images for the current data, colour scale and width."""
        background = np.array(self.palette().color(QPalette.Base).getRgb()[:3], dtype=np.uint8)
        for row in self.view.rows:
            row.images = []
            row.levels = self._levels(row)
            if row.kind == "maps":
                row.images = [self._image(self._colour(row.data[c], self._levels(row, c)))
                              for c in range(row.shown)]
            elif row.kind == "strip":
                values = row.data.ravel()[:MAX_CELLS]
                lines = (values.size + row.cols - 1) // row.cols
                rgb = np.empty((lines * row.cols, 3), dtype=np.uint8)
                rgb[:] = background
                rgb[:values.size] = self._colour(values, row.levels)
                row.images = [self._image(rgb.reshape(lines, row.cols, 3))]
            elif row.kind == "matrix":
                row.images = [self._image(self._colour(row.data, row.levels))]
        self.view.update()

    def changeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange and hasattr(self, "view"):
            self._make_images()
