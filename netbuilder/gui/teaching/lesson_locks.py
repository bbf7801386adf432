"""A lesson's locks shown in the training panel: each locked setting's field disabled, a lock mark on its label and
a tooltip saying why; the settings the lesson leaves free stay as they are. The document refuses the edits
themselves (:meth:`~netbuilder.gui.window.document.DesignDocument.lesson_refusal`); this only shows them."""
from __future__ import annotations

import base64
import html
from functools import lru_cache

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QWidget

from ...core.teaching.locks import Locks, setting_name
from ..common.i18n import again, tr, tr_text

ALT = 'alt="locked"'  # in a marked label's text (tests and scripts look for it)


@lru_cache(maxsize=8)
def _lock_uri(px: int, ink: str) -> str:
    """A padlock drawn in ``ink``, ``px`` high, as a data URI for a label's rich text (no font needed: the emoji
    padlock is missing from many systems' fonts)."""
    scale = 2  # drawn at twice the size, shown at ``px``: sharp on a high-density screen too
    pm = QPixmap(px * scale, px * scale)
    pm.fill(Qt.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.Antialiasing)
    s = px * scale
    p.setPen(QPen(QColor(ink), max(1.5, s * 0.11)))
    p.drawArc(QRectF(s * 0.28, s * 0.08, s * 0.44, s * 0.52), 0, 180 * 16)
    p.drawLine(int(s * 0.28), int(s * 0.34), int(s * 0.28), int(s * 0.46))
    p.drawLine(int(s * 0.72), int(s * 0.34), int(s * 0.72), int(s * 0.46))
    p.setPen(Qt.NoPen)
    p.setBrush(QColor(ink))
    p.drawRoundedRect(QRectF(s * 0.16, s * 0.44, s * 0.68, s * 0.5), s * 0.08, s * 0.08)
    p.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    pm.save(buffer, "PNG")
    return "data:image/png;base64," + base64.b64encode(bytes(data)).decode("ascii")


def marked(label: QLabel, text: str) -> str:
    """``text`` after a padlock as big as ``label``'s text, as rich text."""
    px = label.fontMetrics().ascent()
    ink = label.palette().color(label.foregroundRole()).name()
    return (f'<img src="{_lock_uri(px, ink)}" width="{px}" height="{px}" {ALT}>&nbsp;'
            f"{html.escape(text)}")
_SAVED = "_lesson_lock_saved"  # the panel's attribute: setting key -> (tooltip, label text) before any lock


def _labels(panel: QWidget) -> dict[QWidget, QLabel]:
    return {label.buddy(): label for label in panel.findChildren(QLabel) if label.buddy() is not None}


def mark_training_panel(panel, locks: Locks) -> None:
    """Disable and mark the training panel's locked fields (``panel.fields``: setting key -> widget); lift the marks
    of the others. Called again after every change of the run's state, which enables the fields anew."""
    labels = _labels(panel)
    if not hasattr(panel, _SAVED):
        setattr(panel, _SAVED, {})
    saved = getattr(panel, _SAVED)
    for key, widget in panel.fields.items():
        label = labels.get(widget)
        locked = locks.setting_locked(key)
        tip, text = saved.setdefault(key, (widget.toolTip(), label.text() if label is not None else ""))
        tip, text = again(tip) or tip, again(text) or text  # saved in the language of the first lock: say it now
        widget.setToolTip(tr("Locked by the lesson: students do not change {setting} in this lesson.",
                             setting=tr_text(setting_name(key))) if locked else tip)
        if label is not None:
            label.setText(marked(label, text) if locked else text)
            label.setToolTip(widget.toolTip() if locked else "")
        if locked:
            widget.setEnabled(False)
        elif not widget.isEnabled() and getattr(panel, "state", "idle") == "idle":
            widget.setEnabled(True)
