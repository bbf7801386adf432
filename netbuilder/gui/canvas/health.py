"""Health on the canvas: the layer cards coloured by a live statistic of the run, with a legend.

The statistic comes from the core's ``health`` probe (``core.training.inspection.probe_health``):
``{"units": {node: {"kind": "dead" | "saturated", "share", "units"}}, "gradients": {node: norm}}``.
:func:`node_values` turns it into one :class:`NodeHealth` per node for a mode:

- ``dead``: the share of a ReLU layer's units that output 0 for every input probed (0% healthy, 100% bad);
- ``saturated``: the share of a sigmoid / tanh layer's outputs stuck in the flat tails;
- ``gradients``: each layer's gradient norm against the largest one's, on a log scale, since vanishing gradients
  are the concern: a tenth of the largest or more is healthy, 1/10,000 or less is bad, log-linear between.

Colours go from blue (healthy) through sky blue or teal and yellow to vermilion (bad), the active palette's
(:mod:`netbuilder.gui.common.palette`): distinguishable with the common colour-vision deficiencies, and strong on
both the light and the dark canvas. Colour never says it alone: each card's badge shows the number.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Signal
from PySide6.QtGui import QColor, QLinearGradient, QPainter, QPalette, QPen
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from ...core.text import msg
from ..common.i18n import tr, tr_text
from ..common.palette import HEALTH_RAMP

MODES = ("off", "gradients", "dead", "saturated")
MODE_LABELS = {"off": msg("Health: off"), "gradients": msg("Health: gradient norm"),
               "dead": msg("Health: dead ReLU units"), "saturated": msg("Health: saturated sigmoid / tanh")}
#: the legend's ends, per mode: (healthy, bad)
LEGEND_ENDS = {"gradients": (msg("≥ 1/10 of the largest"), msg("≤ 1/10,000")),
               "dead": (msg("0% dead"), msg("100% dead")), "saturated": (msg("0% saturated"), msg("100%"))}
HEALTHY_RATIO, BAD_RATIO = 1e-1, 1e-4
RAMP = HEALTH_RAMP  # the active palette's (common.palette): (badness, colour) stops


@dataclass(frozen=True)
class NodeHealth:
    value: float    # the statistic itself (a share, or a gradient norm)
    badness: float  # 0 healthy .. 1 bad
    text: str       # a sentence with the number (the card's tooltip)
    short: str      # the card's badge


def gradient_badness(ratio: float) -> float:
    """A norm's ratio to the largest -> badness: >= 1/10 -> 0, <= 1/10,000 -> 1, log-linear between."""
    if not ratio > 0:
        return 1.0
    t = (math.log10(HEALTHY_RATIO) - math.log10(ratio)) / (math.log10(HEALTHY_RATIO) - math.log10(BAD_RATIO))
    return min(1.0, max(0.0, t))


def node_values(mode: str, health: dict | None) -> dict[str, NodeHealth]:
    """The statistic of ``mode`` for each node that has it (nodes without it are left out)."""
    if mode == "off" or not health:
        return {}
    out: dict[str, NodeHealth] = {}
    if mode in ("dead", "saturated"):
        for node_id, unit in (health.get("units") or {}).items():
            if unit.get("kind") != mode:
                continue
            share, units = float(unit.get("share", 0.0)), int(unit.get("units", 0))
            if mode == "dead":
                text = tr("{share:.0%} of its {units:,} units dead (output 0 for every input probed)", share=share,
                          units=units)
            else:
                text = tr("{share:.0%} of its outputs saturated (in the flat tails, where they barely learn)",
                          share=share)
            out[node_id] = NodeHealth(share, min(1.0, max(0.0, share)), text, f"{share:.0%}")
    elif mode == "gradients":
        norms = {k: float(v) for k, v in (health.get("gradients") or {}).items() if math.isfinite(float(v))}
        top = max(norms.values(), default=0.0)
        for node_id, norm in norms.items():
            ratio = norm / top if top > 0 else 0.0
            if ratio >= 0.01:
                share = tr("{ratio:.0%} of the largest", ratio=ratio)
            else:
                share = tr("1/{n:,} of the largest", n=round(1 / ratio)) if ratio > 0 else tr("none")
            out[node_id] = NodeHealth(norm, gradient_badness(ratio),
                                      tr("gradient norm {norm:.3g} ({share})", norm=norm, share=share),
                                      short_number(norm))
    else:
        raise ValueError(f"unknown health mode {mode!r}; use one of {', '.join(MODES)}")
    return out


def short_number(x: float) -> str:
    """A norm for a badge: "0.08", "0.9", "12", "3.2e-5", "4e-3", "1.5e+4"."""
    if x == 0 or 0.01 <= abs(x) < 10:
        return f"{x:.2g}"
    if 10 <= abs(x) < 1000:
        return f"{x:.0f}"
    mantissa, exponent = f"{x:.1e}".split("e")
    exponent = int(exponent)
    return f"{mantissa.removesuffix('.0')}e{'+' if exponent > 0 else ''}{exponent}"


def health_color(badness: float) -> QColor:
    """The ramp's colour at ``badness`` (0..1)."""
    t = min(1.0, max(0.0, float(badness)))
    for (t0, c0), (t1, c1) in zip(RAMP, RAMP[1:]):
        if t <= t1:
            a, b, f = QColor(c0), QColor(c1), (t - t0) / (t1 - t0)
            return QColor(round(a.red() + (b.red() - a.red()) * f), round(a.green() + (b.green() - a.green()) * f),
                          round(a.blue() + (b.blue() - a.blue()) * f))
    return QColor(RAMP[-1][1])


class _Ramp(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMinimumSize(90, 14)
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802  (Qt's name)
        return QSize(120, 16)

    def paintEvent(self, _event) -> None:  # noqa: N802  (Qt's name)
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        rect = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        gradient = QLinearGradient(rect.left(), 0, rect.right(), 0)
        for t in (0.0, 0.25, 0.5, 0.75, 1.0):
            gradient.setColorAt(t, health_color(t))
        p.setPen(QPen(self.palette().color(self.foregroundRole()), 1))
        p.setBrush(gradient)
        p.drawRoundedRect(rect, 3, 3)
        p.end()


class HealthControl(QFrame):
    """The canvas's corner control: a mode box and, when a mode is on, its legend. ``modeChanged(str)``."""

    modeChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("healthControl")
        self.setAutoFillBackground(False)  # paintEvent: a semi-opaque panel, so that it reads over the grid
        self.setFrameShape(QFrame.NoFrame)
        self.combo = QComboBox(self)
        self.combo.setObjectName("healthModeCombo")
        self.combo.setToolTip(tr("Colour the layers by a statistic of the training run (probed between batches)"))
        for mode in MODES:
            self.combo.addItem(tr_text(MODE_LABELS[mode]), mode)
        self.combo.currentIndexChanged.connect(lambda i: self._changed(self.combo.itemData(i)))
        self.legend = QWidget(self)
        self.legend.setObjectName("healthLegend")
        self.good_label, self.bad_label = QLabel(self.legend), QLabel(self.legend)
        self.ramp = _Ramp(self.legend)
        row = QHBoxLayout(self.legend)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        row.addWidget(self.good_label)
        row.addWidget(self.ramp, 1)
        row.addWidget(self.bad_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 8, 4)
        layout.setSpacing(10)
        layout.addWidget(self.combo)
        layout.addWidget(self.legend)
        self.legend.hide()

    def mode(self) -> str:
        return self.combo.currentData()

    def paintEvent(self, event) -> None:  # noqa: N802  (Qt's name)
        """The window colour at 90% over the canvas, with a thin outline in the text colour (either theme)."""
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        back, ink = QColor(self.palette().color(QPalette.Window)), QColor(self.palette().color(QPalette.WindowText))
        back.setAlpha(230)
        ink.setAlpha(90)
        p.setPen(QPen(ink, 1))
        p.setBrush(back)
        p.drawRoundedRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
        p.end()

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown health mode {mode!r}; use one of {', '.join(MODES)}")
        self.combo.setCurrentIndex(MODES.index(mode))

    def _changed(self, mode: str) -> None:
        if mode != "off":
            good, bad = LEGEND_ENDS[mode]
            self.good_label.setText(tr_text(good))
            self.bad_label.setText(tr_text(bad))
        self.legend.setVisible(mode != "off")
        self.adjustSize()
        self.modeChanged.emit(mode)
