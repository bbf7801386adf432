"""Undo and Redo keys pressed in an editor field go to the design's undo, not the field's own text undo."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


class UndoKeysToWindow(QObject):
    """Lets Undo/Redo keys (and Ctrl+Y) pressed in an inspector field reach the window's actions, the design's undo.

    A line edit, spin box or combo box accepts the ShortcutOverride of these keys for its own text undo, so the
    window's shortcut would never fire; this leaves that event un-accepted. It is installed on the application, not
    on each editor: pyqtgraph makes new editors whenever the tree is rebuilt (another layer selected, an undo), the
    focus may sit in an inner line edit or a combo's popup, and the event goes to whichever has focus; a filter on
    the application sees them all with no bookkeeping. It is installed only while the focus is inside the
    inspector, and dies with it.
    """

    def __init__(self, inspector: QWidget):
        super().__init__(inspector)
        self._inspector = inspector
        self._installed = False
        QApplication.instance().focusChanged.connect(self._on_focus_changed)

    def _on_focus_changed(self, _old, new) -> None:
        """Filter only while the keyboard focus is inside the inspector: a Python filter on the application runs
        for every event, and while training the GUI thread's time is the training thread's time (the GIL)."""
        inside = new is not None and (new is self._inspector or self._inspector.isAncestorOf(new))
        if inside != self._installed:
            app = QApplication.instance()
            (app.installEventFilter if inside else app.removeEventFilter)(self)
            self._installed = inside

    def eventFilter(self, obj, event) -> bool:  # noqa: N802  (Qt's name)
        if event.type() != QEvent.ShortcutOverride or not isinstance(obj, QWidget):
            return False
        if not (event.matches(QKeySequence.Undo) or event.matches(QKeySequence.Redo)
                or (event.key() == Qt.Key_Y and event.modifiers() == Qt.ControlModifier)):
            return False
        widget = obj
        while widget is not None and widget is not self._inspector:
            widget = widget.parentWidget()
        if widget is None:
            return False
        event.ignore()  # not overridden: the shortcut runs, and the editor never sees the key
        return True
