"""The summary: a model.summary()-style table of the design (id, type, output shape, parameters) and its totals.

Rows come from :func:`netbuilder.core.design.summary.summarize`, the same table the CLI prints, refreshed after every edit.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QTextDocument
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QSizePolicy, QTableWidget, QTableWidgetItem,
                               QVBoxLayout, QWidget)

from ...core.layers import REGISTRY
from ...core.layers.base import fmt_shape
from ...core.design.memory import USABLE_SHARE
from ...core.design.summary import memory_line, params_text, summarize
from ...core.system import human_bytes
from ...core.text import msg
from ..common.i18n import number, tr, tr_text
from ..common.style import is_dark, severity_text_color
from .icons import category_icon, severity_icon

COLUMNS = (msg("Layer"), msg("Type"), msg("Output shape"), msg("Parameters"), msg("FLOPs"))
#: the columns of numbers, right-aligned
NUMBERS = (3, 4)


def human_count(n: float) -> str:
    """1234 -> "1.23 K", 11_200_000 -> "11.2 M" (three significant digits)."""
    for unit, size in (("G", 1e9), ("M", 1e6), ("K", 1e3)):
        if abs(n) >= size:
            return f"{number(n / size, '.3g')} {unit}"
    return number(n, ",.0f")


def layer_params(layer: dict) -> str:
    """A summary row's parameters: the ones that learn, and its frozen ones apart (the core's ``params_text``)."""
    return params_text(layer["params"], layer.get("frozen_params") or 0)


class SummaryTable(QTableWidget):
    """One row per layer in topological order; rows with an error are red; clicking a row emits ``nodeActivated``."""

    nodeActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(0, len(COLUMNS), parent)
        self.setObjectName("summaryTable")
        self.setHorizontalHeaderLabels([tr_text(c) for c in COLUMNS])
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        for col in NUMBERS:
            self.horizontalHeaderItem(col).setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
        self.table: dict = {"layers": [], "total_params": 0, "flops": 0, "activation_bytes": 0}
        self._problem_ids: set[str] = set()
        self.cellClicked.connect(self._on_cell_clicked)
        self.cellActivated.connect(self._on_cell_clicked)

    def refresh(self, design, analysis) -> None:
        """Rebuild from ``summarize(design)``; ``analysis`` says which nodes have problems."""
        self.table = summarize(design)
        self._problem_ids = {d.node_id for d in analysis.diagnostics if d.node_id and d.severity == "error"}
        warned = {d.node_id for d in analysis.diagnostics if d.node_id and d.severity == "warning"}
        selected = self.selected_node()
        # the columns fit their contents once, after the fill: left on, every cell set re-measured every row
        # (quadratic: 40 s for 1,000 layers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        try:
            self._fill(analysis, selected, warned)
        finally:
            header.setSectionResizeMode(QHeaderView.ResizeToContents)

    def _fill(self, analysis, selected: str | None, warned: set[str]) -> None:
        self.setRowCount(len(self.table["layers"]))
        red = QBrush(QColor(severity_text_color("error", is_dark(self.palette()))))
        for row, layer in enumerate(self.table["layers"]):
            shape = fmt_shape(layer["output_shape"]) if layer["output_shape"] is not None else "?"
            info = analysis.report.nodes.get(layer["id"])
            flops = human_count(info.flops) if info is not None and info.flops else ""
            cells = [layer["id"], layer["type"], shape, tr_text(layer_params(layer)), flops]
            spec = REGISTRY.get(layer["type"])
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.UserRole, layer["id"])
                if col in NUMBERS:
                    item.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
                if col == 3 and layer.get("frozen_params"):
                    item.setToolTip(tr("{learn:,} parameters learn; {frozen:,} are frozen (they keep their pretrained "
                                       "values)", learn=layer["params"], frozen=layer["frozen_params"]))
                if col == 1 and spec is not None:
                    item.setIcon(category_icon(spec.category))
                    item.setToolTip(tr_text(spec.explanation))
                if layer["id"] in self._problem_ids:
                    item.setForeground(red)
                    if col == 0:
                        item.setIcon(severity_icon("error"))
                    item.setToolTip("; ".join(tr_text(d.message) for d in analysis.problems_of(layer["id"])))
                elif col == 0 and layer["id"] in warned:
                    item.setIcon(severity_icon("warning"))
                self.setItem(row, col, item)
            if layer["id"] == selected:
                self.selectRow(row)

    def row_texts(self) -> list[list[str]]:
        """The visible text of every row, for tests and scripts."""
        return [[self.item(r, c).text() for c in range(self.columnCount())] for r in range(self.rowCount())]

    def problem_rows(self) -> list[str]:
        """Ids of the rows shown in red."""
        return [layer["id"] for layer in self.table["layers"] if layer["id"] in self._problem_ids]

    def selected_node(self) -> str | None:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        return self.item(rows[0].row(), 0).data(Qt.UserRole) if rows and self.item(rows[0].row(), 0) else None

    def select_node(self, node_id: str | None) -> None:
        """Highlight ``node_id``'s row (e.g. when the canvas selection changes) without emitting nodeActivated."""
        self.clearSelection()
        for row in range(self.rowCount()):
            if self.item(row, 0).data(Qt.UserRole) == node_id:
                self.selectRow(row)
                self.scrollToItem(self.item(row, 0))

    def _on_cell_clicked(self, row: int, _col: int) -> None:
        item = self.item(row, 0)
        if item is not None:
            self.nodeActivated.emit(item.data(Qt.UserRole))


class SummaryPanel(QWidget):
    """The summary table and, below it, the totals (``summaryTotals``). Follows ``document.analysed``."""

    nodeActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("summaryPanel")
        self.document = None
        self.table = SummaryTable(self)
        # the table scrolls itself: it takes the height left, never its 192 px hint, so the totals stay on screen
        self.table.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Ignored)
        self.table.setMinimumHeight(self.table.minimumSizeHint().height())  # Ignored alone would let it vanish
        self.totals = QLabel(self)
        self.totals.setObjectName("summaryTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(4)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        self.data = QLabel(self)  # a person's images: how many, and preloaded or streamed from disk
        self.data.setObjectName("summaryData")
        self.data.setWordWrap(True)
        self.data.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.data.hide()
        layout.addWidget(self.data)
        self.table.nodeActivated.connect(self.nodeActivated)

    def set_document(self, document) -> None:
        if self.document is not None:
            self.document.analysed.disconnect(self._on_analysed)
        self.document = document
        document.analysed.connect(self._on_analysed)
        self.refresh()

    def refresh(self) -> None:
        if self.document is None:
            return
        self.table.refresh(self.document.design, self.document.analysis)
        t = self.table.table
        frozen = t.get("frozen_params") or 0
        rows = (((tr("Trainable parameters"), number(t['total_params'], ",")), (tr("Frozen parameters"), number(frozen, ",")))
                if frozen else ((tr("Total parameters"), number(t['total_params'], ",")),)) + (
                (tr("FLOPs per sample"), human_count(t["flops"])),
                (tr("Activation memory per sample"), tr_text(human_bytes(t["activation_bytes"]))))
        m = t.get("memory")
        if m:
            free = m.get("free_bytes")
            total = tr_text(human_bytes(m["total_bytes"]))
            if free is not None:
                total = (tr("{total} of {free} free under its limit", total=total, free=tr_text(human_bytes(free)))
                         if m.get("limit_bytes") is not None  # ulimit -v, a cgroup
                         else tr("{total} of {free} free", total=total, free=tr_text(human_bytes(free))))
                if m["total_bytes"] > USABLE_SHARE * free:
                    total = tr("{memory} (too much)", memory=total)
            rows += ((tr("Memory to train (batch {batch:,})", batch=m["batch_size"]), total),)
        self.totals.setText("<table cellspacing='0' cellpadding='1'>" + "".join(
            f"<tr><td>{html.escape(k)}:&nbsp;&nbsp;</td><td align='right'><b>{html.escape(v)}</b></td></tr>"
            for k, v in rows) + "</table>")
        tip = tr("{flops:,} floating-point operations to run one sample forward (a multiply-add counts 2); "
                 "{size:,} bytes of layer outputs kept for the backward pass", flops=t["flops"],
                 size=t["activation_bytes"])
        self.totals.setToolTip(tip + (f"\n{tr_text(memory_line(m))}" if m else ""))
        self.data.setText(tr_text(t.get("data")))
        self.data.setVisible(bool(t.get("data")))

    def retranslate(self) -> None:
        self.refresh()

    def memory_text(self) -> str:
        return tr_text(memory_line(self.table.table["memory"]))

    def totals_text(self) -> str:
        """The totals as plain text."""
        doc = QTextDocument()
        doc.setHtml(self.totals.text())
        return doc.toPlainText()

    def _on_analysed(self, _analysis) -> None:
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802  (Qt's name)
        if event.type() == QEvent.PaletteChange and self.document is not None:
            self.refresh()
        super().changeEvent(event)
