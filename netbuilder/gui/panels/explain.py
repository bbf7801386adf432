"""The Explain panel: what the network looked at for one sample, by one of four attribution methods (saliency,
Integrated Gradients, Grad-CAM on a chosen convolution, occlusion; computed with Captum in the core,
``core/training/explain.py``), drawn over the image with a colour bar, or as one signed bar per feature for a
table row or a point. A one-line caution stays under it: an explanation is a hint, not proof.

The panel draws what it is given (:meth:`ExplainPanel.show_explanation`: the core's ``explain`` probe result);
its owner (``gui/training/followers_explain.py``) decides which sample and when, and asks again when the person
picks another method, convolution or class (``requested``). Its pure rules are :mod:`.explain_data`'s.
"""
from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QStackedWidget, QVBoxLayout, QWidget

from ...core.text import msg
from ...core.training.explain import GRADCAM, METHODS, SALIENCY
from ..common.i18n import again, tr, tr_text
from .activations_view import finite_range, levels_for
from .explain_data import (CAUTION, METHOD_LABELS, METHOD_TIPS, attribution_map, caption_parts, feature_bars,
                           image_of, is_image, relative, short_name)

NOTHING = msg("Train a network, then click a sample in the confusion matrix's gallery, or press Explain in Try it "
              "or in the activations panel, to see what the network looked at.")
#: the overlay's colours: transparent where the attribution is zero, so that the image shows through there
UNSIGNED_MAP = pg.ColorMap([0.0, 0.08, 0.3, 0.6, 1.0], [(255, 30, 0, 0), (255, 30, 0, 0), (255, 40, 0, 130),
                                                        (255, 150, 0, 200), (255, 255, 90, 235)])
SIGNED_MAP = pg.ColorMap([0.0, 0.3, 0.46, 0.54, 0.7, 1.0], [(40, 110, 255, 235), (40, 110, 255, 150), (40, 110, 255, 0),
                                                          (240, 40, 30, 0), (240, 40, 30, 150), (240, 40, 30, 235)])
POSITIVE, NEGATIVE = (220, 50, 40), (50, 110, 230)


class ExplainPanel(QWidget):
    """objectName ``explainPanel``. See the module docstring."""

    #: the person picked another method, convolution or class: the owner asks for the explanation again
    requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("explainPanel")
        self.class_names: list[str] | None = None
        self.result: dict | None = None
        self._source: str | None = None  # the caption's beginning the result was shown with
        self.shown_map: np.ndarray | None = None  # what the picture shows: the map, or the bars' values
        self.updates = 0

        self.method_combo = QComboBox()
        self.method_combo.setObjectName("explainMethodCombo")
        for method in METHODS:
            self.method_combo.addItem(tr_text(METHOD_LABELS[method]), method)
        self._method_tips()
        self.method_combo.setToolTip(tr("How the explanation is computed"))
        self.conv_label = QLabel(tr("on"))
        self.conv_combo = QComboBox()
        self.conv_combo.setObjectName("explainConvCombo")
        self.conv_combo.setToolTip(tr("The convolution whose feature maps Grad-CAM looks at (the last one sees the "
                                      "most of the image at once)"))
        self.conv_combo.addItem(tr("last"), None)
        self.class_combo = QComboBox()
        self.class_combo.setObjectName("explainClassCombo")
        self.class_combo.setToolTip(tr("The class whose score is explained: the one the network predicts, or "
                                       "another (why not this one?)"))
        self.class_combo.addItem(tr("predicted"), None)
        for combo, letters in ((self.method_combo, 12), (self.conv_combo, 6), (self.class_combo, 7)):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)  # a narrow dock stays so
            combo.setMinimumContentsLength(letters)
        controls = QHBoxLayout()
        for widget in (QLabel(tr("Method")), self.method_combo, self.conv_label, self.conv_combo, QLabel(tr("class")),
                       self.class_combo):
            controls.addWidget(widget, 1 if isinstance(widget, QComboBox) else 0)  # the combos take what is left
        self.method_combo.currentIndexChanged.connect(self._on_method)
        self.conv_combo.currentIndexChanged.connect(lambda _i: self._on_choice())
        self.class_combo.currentIndexChanged.connect(lambda _i: self._on_choice())

        self.caption = QLabel()
        self.caption.setObjectName("explainCaption")
        self.caption.setWordWrap(True)
        font = self.caption.font()
        font.setBold(True)
        self.caption.setFont(font)
        # two lines kept for it: a longer caption (Grad-CAM's convolution) does not move the picture
        self.caption.setMinimumHeight(2 * self.caption.fontMetrics().lineSpacing())

        self.picture = pg.GraphicsLayoutWidget()
        self.picture.setObjectName("explainPicture")
        self.picture.setMinimumSize(140, 100)
        # the picture takes the height the dock gives, never pyqtgraph's 480 px hint: the caution stays on screen
        self.picture.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Ignored)
        self.plot = self.picture.addPlot()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(False, False)
        self.plot.hideButtons()
        for axis in ("left", "bottom"):
            self.plot.hideAxis(axis)
        self.plot.setAspectLocked(True)
        self.plot.invertY(True)
        self.image_item = pg.ImageItem(axisOrder="row-major")
        self.overlay = pg.ImageItem(axisOrder="row-major")
        self.plot.addItem(self.image_item)
        self.plot.addItem(self.overlay)
        self.color_bar = pg.ColorBarItem(values=(0.0, 1.0), width=14, colorMap=UNSIGNED_MAP, interactive=False,
                                         colorMapMenu=False, label=tr("relative to the largest"))
        self.color_bar.setImageItem(self.overlay, insert_in=self.plot)

        self.bars = pg.PlotWidget()
        self.bars.setObjectName("explainBars")
        self.bars.setMenuEnabled(False)
        self.bars.setMouseEnabled(False, False)
        self.bars.hideButtons()
        self.bars.invertY(True)
        self.bars.getAxis("bottom").enableAutoSIPrefix(False)
        self.bars.setMinimumHeight(100)
        self.bars.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Ignored)
        self.bar_item = pg.BarGraphItem(x0=[], y=[], height=0.7, width=[])
        self.bars.addItem(self.bar_item)
        self.bars.addItem(pg.InfiniteLine(pos=0, angle=90, pen=pg.mkPen((128, 128, 128), width=1)))

        self.message = QLabel()
        self.message.setObjectName("explainMessage")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignCenter)
        self.stack = QStackedWidget()
        for page in (self.picture, self.bars, self.message):
            self.stack.addWidget(page)

        self.caution = QLabel(tr_text(CAUTION))
        self.caution.setObjectName("explainCaution")
        self.caution.setWordWrap(True)
        font = self.caution.font()
        font.setItalic(True)
        self.caution.setFont(font)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(controls)
        layout.addWidget(self.caption)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.caution)
        self._apply_palette()
        self._on_method(self.method_combo.currentIndex(), emit=False)
        self.show_nothing(NOTHING)

    # what the person chose --------------------------------------------------------------------------------------
    def method(self) -> str:
        return self.method_combo.currentData()

    def set_method(self, method: str, emit: bool = False) -> None:
        if method not in METHODS:
            raise ValueError(f"unknown explanation method {method!r}; one of {', '.join(METHODS)}")
        self.method_combo.blockSignals(not emit)
        self.method_combo.setCurrentIndex(METHODS.index(method))
        self.method_combo.blockSignals(False)
        self._on_method(self.method_combo.currentIndex(), emit=False)

    def node(self) -> str | None:
        """The convolution Grad-CAM looks at (None: the last one)."""
        return self.conv_combo.currentData()

    def target(self) -> int | None:
        """The class explained (None: the predicted one)."""
        return self.class_combo.currentData()

    def options(self) -> dict:
        """The probe's options for what is chosen: ``method``, and ``node`` for Grad-CAM, ``target``."""
        options = {"method": self.method(), "target": self.target()}
        if self.method() == GRADCAM:
            options["node"] = self.node()
        return options

    def set_class_names(self, names) -> None:
        """The classes a person may ask about (none for a network that does not classify)."""
        names = [str(n) for n in names] if names else None
        if names == self.class_names:
            return
        self.class_names = names
        self.class_combo.blockSignals(True)
        while self.class_combo.count() > 1:
            self.class_combo.removeItem(1)
        for i, name in enumerate(names or ()):
            self.class_combo.addItem(name, i)
        self.class_combo.setCurrentIndex(0)
        self.class_combo.blockSignals(False)
        self.class_combo.setEnabled(bool(names))

    def set_convolutions(self, convs) -> None:
        """The network's convolutions (Grad-CAM's choice), "last" first as the default; each by its short name
        (:func:`.explain_data.short_name`: the box is narrow), its full name the tooltip (and the caption's)."""
        convs = list(convs or ())
        current = [self.conv_combo.itemData(i) for i in range(1, self.conv_combo.count())]
        if convs != current:
            keep = self.node()
            self.conv_combo.blockSignals(True)
            while self.conv_combo.count() > 1:
                self.conv_combo.removeItem(1)
            for node_id in convs:
                self.conv_combo.addItem(short_name(node_id), node_id)
                self.conv_combo.setItemData(self.conv_combo.count() - 1, node_id, Qt.ToolTipRole)
            self.conv_combo.setCurrentIndex(convs.index(keep) + 1 if keep in convs else 0)
            self.conv_combo.blockSignals(False)
        last = convs[-1] if convs else None
        self.conv_combo.setItemData(0, tr("The last convolution: {node}", node=last) if last else None, Qt.ToolTipRole)
        self._on_method(self.method_combo.currentIndex(), emit=False)

    # drawing ----------------------------------------------------------------------------------------------------
    def show_explanation(self, result: dict, source: str | None = None) -> None:
        """Show the core's ``explain`` probe result (``attributions`` and ``input`` of the sample's shape, ``method``,
        ``target``, ``node``, ``convs``, ``features``, ``label``, ``split``, ``index``); ``source``: the caption's
        beginning (default "Test sample 17")."""
        self.updates += 1
        self.result, self._source = result, source
        if result.get("method") in METHODS and result["method"] != self.method():
            self.set_method(result["method"])
        self.set_convolutions(result.get("convs") or ())
        self.class_combo.setEnabled(bool(self.class_names) and result.get("outputs", 2) > 1)  # one column: no choice
        attributions = np.asarray(result["attributions"], dtype=np.float32)
        parts = [tr_text(part) for part in caption_parts(result, again(source) or source, self.class_names)]
        if is_image(attributions.shape):
            self._draw_image(image_of(result["input"]),
                             relative(attribution_map(attributions, result.get("method", ""))))
        else:
            labels, values, total = feature_bars(attributions, result.get("features"))
            self._draw_bars([tr_text(label) for label in labels], values)
            if total > len(values):
                parts.append(tr("the {shown} largest of {total:,} features", shown=len(values), total=total))
        self.caption.setText(" · ".join(parts))

    def retranslate(self) -> None:
        """The methods' tips and what is shown in the window's language (after a language switch)."""
        self._method_tips()
        self.set_convolutions([self.conv_combo.itemData(i) for i in range(1, self.conv_combo.count())])
        if self.result is not None and self.stack.currentWidget() is not self.message:
            updates = self.updates
            self.show_explanation(self.result, self._source)
            self.updates = updates

    def _method_tips(self) -> None:
        for i, method in enumerate(METHODS):
            self.method_combo.setItemData(i, tr_text(METHOD_TIPS[method]), Qt.ToolTipRole)

    def show_nothing(self, text: str) -> None:
        self.message.setText(tr_text(text))
        self.stack.setCurrentWidget(self.message)
        self.caption.setText("")
        self.shown_map = None

    def show_waiting(self) -> None:
        """An explanation was asked for: the caption says so until it comes."""
        self.caption.setText(tr("Computing {method}…", method=METHOD_LABELS[self.method()]))

    def clear(self) -> None:
        self.result = None
        self.set_convolutions(())
        self.show_nothing(NOTHING)

    def _draw_image(self, image: np.ndarray, heat: np.ndarray) -> None:
        self.shown_map = heat
        self.image_item.setImage(image, levels=(0.0, 1.0), autoLevels=False)
        low, high, signed = levels_for(*finite_range(heat))  # the activations panel's rule: signed is symmetric
        self.color_bar.setColorMap(SIGNED_MAP if signed else UNSIGNED_MAP)
        self.color_bar.setLevels(values=(low, high))
        self.overlay.setImage(heat, levels=(low, high), autoLevels=False)
        h, w = heat.shape
        self.plot.setRange(xRange=(0, w), yRange=(0, h), padding=0.02)
        self.stack.setCurrentWidget(self.picture)

    def _draw_bars(self, labels: list[str], values: np.ndarray) -> None:
        self.shown_map = values
        y = np.arange(len(values), dtype=float)
        brushes = [pg.mkBrush(*(POSITIVE if v >= 0 else NEGATIVE)) for v in values]
        self.bar_item.setOpts(x0=np.zeros(len(values)), y=y, height=0.7, width=values, brushes=brushes, pen=None)
        self.bars.getAxis("left").setTicks([[(float(i), label[:18]) for i, label in enumerate(labels)]])
        top = float(np.abs(values).max()) if len(values) else 1.0
        self.bars.setXRange(-(top or 1.0), top or 1.0, padding=0.08)
        self.bars.setYRange(-0.6, max(0.6, len(values) - 0.4), padding=0)
        method = (self.result or {}).get("method", SALIENCY)
        name = tr_text(METHOD_LABELS.get(method, method))
        self.bars.setLabel("bottom", tr("{method}: red adds to the score, blue takes away", method=name)
                           if np.any(values < 0) else name)
        self.stack.setCurrentWidget(self.bars)

    # internals --------------------------------------------------------------------------------------------------
    def _on_method(self, _index: int, emit: bool = True) -> None:
        gradcam = self.method() == GRADCAM
        for widget in (self.conv_label, self.conv_combo):
            widget.setVisible(gradcam)
        self.conv_combo.setEnabled(self.conv_combo.count() > 1 or self.result is None)
        if emit:
            self.requested.emit()

    def _on_choice(self) -> None:
        self.requested.emit()

    def _apply_palette(self) -> None:
        palette = self.palette()
        base, text = palette.color(QPalette.Base), palette.color(QPalette.Text)
        self.picture.setBackground(base)
        self.bars.setBackground(base)
        for axis in (self.bars.getAxis("left"), self.bars.getAxis("bottom"), self.color_bar.axis):
            axis.setPen(text)
            axis.setTextPen(text)

    def changeEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.PaletteChange and hasattr(self, "bars"):
            self._apply_palette()
