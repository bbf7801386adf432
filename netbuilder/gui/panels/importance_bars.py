"""Each setting's importance as bars (objectName ``settingImportance``), in the runs view's tab "Which setting
mattered": one bar per setting, longest first, named in words, with its share."""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...core.text import Text
from ..common.i18n import again, tr, tr_text


class ImportanceBars(QWidget):
    """objectName ``settingImportance``: one bar per setting, longest first, with its share in words."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingImportance")
        self.shares: dict[str, float] = {}  # setting name -> share
        self.labels: dict[str, str] = {}  # setting name -> how it reads
        self.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Minimum)

    def set_importance(self, shares: dict[str, float], labels: dict[str, str] | None = None) -> None:
        self.shares = dict(shares)
        self.labels = {k: (labels or {}).get(k, k) for k in self.shares}
        self.setMinimumHeight(self._row() * len(self.shares) + 4)
        self.updateGeometry()
        self.update()

    def retranslate(self) -> None:
        self.update()  # the names and shares are painted in the window's language

    def _row(self) -> int:
        return self.fontMetrics().height() + 8

    def sizeHint(self):  # noqa: N802
        hint = super().sizeHint()
        hint.setHeight(self._row() * len(self.shares) + 4)
        return hint

    def paintEvent(self, _event) -> None:  # noqa: N802
        if not self.shares:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.Antialiasing)
        metrics, row = self.fontMetrics(), self._row()
        shown = {k: tr_text(v) if isinstance(v, Text) else again(v) or v for k, v in self.labels.items()}
        names_w = min(max(metrics.horizontalAdvance(k) for k in shown.values()) + 8, self.width() * 3 // 5)
        share_w = metrics.horizontalAdvance(tr("{share:.0%}", share=1.0)) + 6
        bar_w = max(10, self.width() - names_w - share_w)
        text = self.palette().color(QPalette.Text)
        fill = self.palette().color(QPalette.Highlight)
        for i, (name, share) in enumerate(self.shares.items()):
            top = 2 + i * row
            p.setPen(text)
            p.drawText(QRectF(0, top, names_w - 6, row), Qt.AlignRight | Qt.AlignVCenter,
                       metrics.elidedText(shown[name], Qt.ElideRight, names_w - 6))
            p.fillRect(QRectF(names_w, top + 4, max(1.0, bar_w * share), row - 8), fill)
            p.drawText(QRectF(names_w + bar_w * share + 4, top, share_w, row), Qt.AlignLeft | Qt.AlignVCenter,
                       tr("{share:.0%}", share=share))
        p.end()
