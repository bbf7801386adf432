"""The problems list: every diagnostic of the design, errors first, then the advice for learners from the run going
on or just ended (plain words, with the number behind each, see ``core.advice``); clicking a row that names
a layer shows it on the canvas."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from ...core.text import msg
from ..common.i18n import tr, tr_text
from ..common.style import is_dark, severity_text_color
from .icons import ok_icon, severity_icon

_NODE_ROLE = Qt.UserRole + 1
_SEVERITY_ROLE = Qt.UserRole + 2
_SEVERITIES = {"error": msg("Error"), "warning": msg("Warning"), "info": msg("Info")}


class ProblemsList(QListWidget):
    """One row per diagnostic (severity icon, node id, message), then one per piece of advice about the run (an
"i" icon, "Training:"). Emits ``nodeActivated(node_id)`` on click."""

    nodeActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("problemsList")
        self.setWordWrap(True)
        self.setIconSize(QSize(20, 20))
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.setUniformItemSizes(False)
        self.setSpacing(2)
        self.setResizeMode(QListWidget.Adjust)
        self.document = None
        self.diagnostics: list = []
        self.advice: list = []
        self.itemClicked.connect(self._on_item)
        self.itemActivated.connect(self._on_item)
        self._show([])

    def set_document(self, document) -> None:
        if self.document is not None:
            self.document.analysed.disconnect(self._on_analysed)
        self.document = document
        document.analysed.connect(self._on_analysed)
        self._show(document.analysis.diagnostics)

    def problem_count(self) -> int:
        """How many diagnostics are listed (0 when the "No problems" row shows)."""
        return len(self.diagnostics)

    def advice_count(self) -> int:
        return len(self.advice)

    def set_advice(self, advice) -> None:
        """The run's advice (``core.advice.Advice`` items, most important first); [] removes it."""
        advice = list(advice)
        if [(a.code, a.node_id, a.message) for a in advice] != [(a.code, a.node_id, a.message) for a in self.advice]:
            self.advice = advice
            self._show(self.diagnostics)

    def row_texts(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())]

    def node_of_row(self, row: int) -> str | None:
        item = self.item(row)
        return item.data(_NODE_ROLE) if item is not None else None

    def _on_analysed(self, analysis) -> None:
        self._show(analysis.diagnostics)

    def _show(self, diagnostics) -> None:
        order = {"error": 0, "warning": 1}
        self.diagnostics = sorted(diagnostics, key=lambda d: order.get(d.severity, 2))
        self.clear()
        dark = is_dark(self.palette())
        if not self.diagnostics:
            item = QListWidgetItem(ok_icon(), tr("No problems in the design") if self.advice else tr("No problems"))
            item.setFlags(Qt.NoItemFlags)
            item.setForeground(QBrush(self.palette().color(QPalette.Disabled, QPalette.Text)))
            item.setToolTip(tr("The design is complete: every layer is connected and every shape fits."))
            self.addItem(item)
        for d in self.diagnostics:
            text = tr("{node}: {message}", node=d.node_id, message=d.message) if d.node_id else tr_text(d.message)
            item = QListWidgetItem(severity_icon(d.severity), text)
            item.setData(_NODE_ROLE, d.node_id)
            item.setData(_SEVERITY_ROLE, d.severity)
            severity = _SEVERITIES.get(d.severity) or d.severity.capitalize()
            item.setToolTip(tr("{severity}. Click to show {node} on the canvas.", severity=severity, node=d.node_id)
                            if d.node_id else tr_text(severity))
            if d.severity != "error":
                item.setForeground(QBrush(QColor(severity_text_color(d.severity, dark))))
            if not d.node_id:
                item.setFlags(Qt.ItemIsEnabled)
            self.addItem(item)
        for a in self.advice:
            item = QListWidgetItem(severity_icon("info"), tr("Training: {message}", message=a.message))
            item.setData(_NODE_ROLE, a.node_id)
            item.setData(_SEVERITY_ROLE, "advice")
            item.setToolTip(tr("Advice from the training run: it goes away when the run no longer shows it. Click to "
                               "show {node} on the canvas.", node=a.node_id) if a.node_id else
                            tr("Advice from the training run: it goes away when the run no longer shows it."))
            item.setForeground(QBrush(QColor(severity_text_color("info", dark))))
            if not a.node_id:
                item.setFlags(Qt.ItemIsEnabled)
            self.addItem(item)

    def _on_item(self, item: QListWidgetItem) -> None:
        node_id = item.data(_NODE_ROLE)
        if node_id:
            self.nodeActivated.emit(node_id)

    def retranslate(self) -> None:
        self._show(self.diagnostics)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  (Qt's name)
        if event.type() == QEvent.PaletteChange:
            self._show(self.diagnostics)
        super().changeEvent(event)
