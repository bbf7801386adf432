"""Undo and Redo keys pressed in an editor field go to the design's undo, not the field's own text undo."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget


class UndoKeysToWindow(QObject):
    """Lets Undo/Redo keys (and Ctrl+Y) pressed in an inspector field reach the window's actions, the design's undo.

    A line edit, spin box or combo box accepts the ShortcutOverride of these keys for its own text undo, so the
    window's shortcut would never fire; this leaves that event un-accepted. It is installed on the application, not
    on each editor: pyqtgraph makes new editors whenever the tree is rebuilt (another layer selected, an undo), the
    focus may sit in an inner line edit or a combo's popup, and the event goes to whichever has focus; a filter on
    the application sees them all with no bookkeeping, for one type check per event. It dies with the inspector.
    """

    def __init__(self, inspector: QWidget):
        super().__init__(inspector)
        self._inspector = inspector

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
