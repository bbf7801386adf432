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
or the scale changes, never while painting. The rows and the view that paints them are in :mod:`.activations_view`.
"""
from __future__ import annotations

import random

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSpinBox, QVBoxLayout, QWidget

from ...core.text import msg
from ..common.i18n import again, tr, tr_text
from ..common.style import is_dark
from .activations_view import MARGIN, MAX_CELLS, LayersView, Row, as_maps, classify, finite_range, levels_for
from .outputs import class_name, read_output
from .weights import COLOR_MAPS

SCALES = ("unit", "layer", "network")
SCALE_LABELS = {"unit": msg("per unit"), "layer": msg("per layer"), "network": msg("whole network")}
NOTHING = msg("Train a network, then pick a sample here to see what every layer makes of it.")
SEQUENTIAL_MAP = "viridis"


def _lut(name: str) -> np.ndarray:
    return pg.colormap.get(name).getLookupTable(0.0, 1.0, 256, alpha=False).astype(np.uint8)


class ActivationsPanel(QWidget):
    """objectName ``activationsPanel``. See the module docstring."""

    layerActivated = Signal(str)
    sampleRequested = Signal(int)
    explainRequested = Signal()  # the Explain button: what the network looked at for the sample shown

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
        self.sample_spin.setToolTip(tr("Which sample of the test split to look at"))
        self.sample_spin.setKeyboardTracking(False)
        self.sample_spin.setRange(0, 0)
        self.sample_spin.valueChanged.connect(self.sampleRequested.emit)
        self.random_button = QPushButton(tr("Random"))
        self.random_button.setObjectName("activationRandomButton")
        self.random_button.setToolTip(tr("Look at a sample of the test split chosen at random"))
        self.random_button.clicked.connect(self._random)
        self.scale_combo = QComboBox()
        self.scale_combo.setObjectName("activationScaleCombo")
        self.scale_combo.setToolTip(tr("Colour scale: each feature map its own range (per unit), one range per layer, "
                                       "or one range for the whole network"))
        for key in SCALES:
            self.scale_combo.addItem(tr_text(SCALE_LABELS[key]), key)
        self.scale_combo.setCurrentIndex(SCALES.index(self._scale))
        self.scale_combo.currentIndexChanged.connect(lambda i: self.set_scale(self.scale_combo.itemData(i)))
        self.explain_button = QPushButton(tr("Explain"))
        self.explain_button.setObjectName("activationExplainButton")
        self.explain_button.setToolTip(tr("What the network looked at for this sample, in the Explain panel"))
        self.explain_button.clicked.connect(self.explainRequested.emit)
        controls = QHBoxLayout()
        controls.addWidget(QLabel(tr("Test sample")))
        controls.addWidget(self.sample_spin)
        controls.addWidget(self.random_button)
        controls.addWidget(self.explain_button)
        controls.addStretch(1)
        controls.addWidget(QLabel(tr("Colours")))
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

        self.view = LayersView(self)
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
        self._last_caption: tuple[dict, str | None] | None = None
        self.show_nothing(NOTHING)

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
        self.message.setText(tr_text(text))
        self.message.show()
        self.scroll.hide()
        self.caption.setText("")

    def clear(self) -> None:
        self.view.rows = []
        self.view.highlighted = None
        self.view.relayout()
        self.show_nothing(NOTHING)

    def lut(self, signed: bool) -> np.ndarray:
        name = COLOR_MAPS[is_dark(self.palette())] if signed else SEQUENTIAL_MAP
        if name not in self._luts:
            self._luts[name] = _lut(name)
        return self._luts[name]

    # internals --------------------------------------------------------------------------------------------------
    def _random(self) -> None:
        if self.sample_spin.maximum() > 0:
            self.sample_spin.setValue(random.randint(0, self.sample_spin.maximum()))

    def _row(self, node_id: str, node_type: str, data) -> Row:
        row = Row(node_id, node_type, np.zeros(0, np.float32), "value")
        self._fill(row, data)
        return row

    def _fill(self, row: Row, data) -> None:
        array = np.asarray(data, dtype=np.float32)
        row.kind = classify(array)
        row.data = as_maps(array) if row.kind == "maps" else array
        row.lo, row.hi = finite_range(row.data)
        row.labels = []
        if row.kind == "bars" and row.node_id == self.output_id and self.class_names \
                and len(self.class_names) == row.data.size:
            row.labels = [name.split(" - ")[0][:8] for name in self.class_names]

    def retranslate(self) -> None:
        """The caption and the rows' texts in the window's language (after a language switch)."""
        if self._last_caption is not None and self.caption.text():
            self._caption(*self._last_caption)
        self.view.update()

    def _caption(self, result: dict, source: str | None) -> None:
        self._last_caption = (result, source)
        if source is None:
            index, split = result.get("index"), result.get("split") or ""
            source = {"test": tr("Test sample {index}", index=index),
                      "val": tr("Validation sample {index}", index=index),
                      "train": tr("Training sample {index}", index=index)}.get(split) or tr("Your input")
        else:
            source = again(source) or tr_text(source)
        parts = [source]
        label = result.get("label")
        if label is not None:
            parts.append(tr("label {name}", name=class_name(self.class_names, int(label))))
        self.top_class = None
        if self.output_id is not None:
            reading = read_output(result["outputs"][self.output_id], self.class_names)
            if reading.kind == "probabilities":
                self.top_class = reading.top
            parts.append(tr_text(reading.text))
        self.caption.setText(" · ".join(parts))

    def _levels(self, row: Row, channel: int = 0) -> tuple[float, float, bool]:
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
