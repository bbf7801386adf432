"""A visible keyboard focus everywhere: a ring drawn around whichever control of a window has the focus.

The Fusion style marks a focused field with a one-pixel frame of the highlight colour and a focused button or
list hardly at all, too faint to find on a projector or for a person with low vision. :class:`FocusOutline`
follows the application's focus and puts a Qt :class:`QFocusFrame` (a widget that sits around another one,
outside it, and follows it when it moves) around the focused control of its window, drawn as a thick line in
the palette's highlight colour, in the same place in every style and in presentation mode. The canvas draws its
own ring around the current layer (``gui/canvas/keyboard.py``) and gets none here."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QFocusFrame, QWidget

WIDTH = 3.0


class _Ring(QFocusFrame):
    def paintEvent(self, _event) -> None:  # noqa: N802  (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        pen = QPen(self.palette().color(QPalette.Highlight), WIDTH)
        painter.setPen(pen)
        painter.setBrush(Qt.NoBrush)
        half = WIDTH / 2
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half), 3, 3)
        painter.end()


class FocusOutline(QObject):
    """Draws the ring around the focused control of ``window`` (and its dialogs); ``skip``: controls that show
    their focus themselves."""

    def __init__(self, window: QWidget, skip=()):
        super().__init__(window)  # reached as parent(): an attribute would tie the window in a reference cycle
        self.skip = tuple(skip)
        self.ring: _Ring | None = None
        QApplication.instance().focusChanged.connect(self._on_focus)

    def widget(self) -> QWidget | None:
        """The control the ring is around now (None when it shows none)."""
        ring = self.ring
        return ring.widget() if ring is not None and shiboken6.isValid(ring) and ring.isVisible() else None

    def _on_focus(self, _old, new) -> None:
        if not shiboken6.isValid(self) or self.parent() is None:
            return
        if self.ring is not None and not shiboken6.isValid(self.ring):
            self.ring = None  # it went with the dialog it was in
        if new is None or new in self.skip or not self._ours(new):
            if self.ring is not None:
                self.ring.setWidget(None)
                self.ring.hide()
            return
        if self.ring is None:
            self.ring = _Ring()
        self.ring.setWidget(new)
        self.ring.show()
        self.ring.raise_()

    def _ours(self, widget: QWidget) -> bool:
        top = widget.window()
        window = self.parent()
        return top is window or top.parentWidget() is window
