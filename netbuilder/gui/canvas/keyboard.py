"""The canvas by keyboard: a current node (the keyboard's place on the canvas, drawn with a focus ring while the
canvas has the focus), moved with Tab / Shift+Tab (in the network's order), Home / End (its first and last) and
the arrow keys (the nearest card that way); Shift+arrows move the selected cards (one undo step a press); Enter or
F2 asks for the inspector on the current node (``inspectRequested``). Tab past the last node (Shift+Tab before
the first) leaves the canvas, as Tab does anywhere, so the keyboard is never trapped on it.

The current node follows the selection (a click, the palette's new layer), and every move selects it, so the
Edit menu's commands (Delete, Copy, Connect To…) act on what the ring shows. The ring is drawn in the view's
foreground: not a scene item, so it is never in an exported picture of the network."""
from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt, Signal
from PySide6.QtGui import QPen

from ...core.design.graph import flow_order
from . import style as st
from .commands import MoveNodesCommand

STEP = 25.0  # Shift+arrow moves a card one grid square (the scene's GRID)
RING_GAP = 9.0  # the focus ring sits outside the selection ring (4 px out), so that both show
_ARROWS = {Qt.Key_Left: (-1, 0), Qt.Key_Right: (1, 0), Qt.Key_Up: (0, -1), Qt.Key_Down: (0, 1)}


class CanvasKeys(QObject):
    """Installed on a :class:`~.view.CanvasView` (an event filter on it), which calls :meth:`draw_focus` from its
    ``drawForeground``. Signal ``inspectRequested(node_id)``: Enter or F2 on the current node."""

    inspectRequested = Signal(str)

    def __init__(self, view):
        super().__init__(view)
        self.scene = view.design_scene
        self._current: str | None = None
        self.scene.selectionChanged.connect(self._follow_selection)
        self.scene.changed.connect(self._on_scene_changed)  # a card moved under the ring: draw it again
        view.installEventFilter(self)

    @property
    def view(self):
        """The view (the parent: not kept in an attribute, which would make a reference cycle that the garbage
        collector breaks at any moment, deleting the view in the middle of another one's painting)."""
        return self.parent()

    # the current node --------------------------------------------------------------------------------------
    def current(self) -> str | None:
        """The node the keyboard is on (None when there is none, or it was deleted)."""
        if self._current is not None and self.scene.node_item(self._current) is None:
            self._current = None
        return self._current

    def set_current(self, node_id: str | None) -> None:
        """Put the keyboard on ``node_id``: selected alone, scrolled into view, the ring drawn around it."""
        item = self.scene.node_item(node_id) if node_id is not None else None
        self._current = node_id if item is not None else None
        if item is not None:
            self.scene.select_nodes([node_id])
            self.view.ensureVisible(item, 40, 40)
        self.view.viewport().update()

    def order(self) -> list[str]:
        """The nodes in the network's order (inputs first), then any the order leaves out (a cycle's)."""
        design = self.scene.document.design
        ordered = flow_order(list(design.nodes), [(e.source, e.target) for e in design.edges])
        return ordered + [n for n in design.nodes if n not in ordered]

    def _follow_selection(self) -> None:
        if not shiboken6.isValid(self.scene):
            return
        ids = self.scene.selected_node_ids()
        if ids and self._current not in ids:
            self._current = ids[-1]
        self._repaint()

    def _on_scene_changed(self, _regions) -> None:
        if self.focus_rect() is not None:
            self._repaint()

    def _repaint(self) -> None:
        """Draw the ring again; nothing while the view is being destroyed: it is a plain QWidget by then (its
        QGraphicsView part is gone), with no viewport left to repaint."""
        view = self.view
        viewport = getattr(view, "viewport", None) if view is not None and shiboken6.isValid(view) else None
        if viewport is not None:
            viewport().update()

    # keys --------------------------------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:  # noqa: N802  (Qt's name)
        kind = event.type()
        if kind == QEvent.KeyPress and watched is self.view:
            return self.handle(event)
        if kind in (QEvent.FocusIn, QEvent.FocusOut) and watched is self.view:
            self._repaint()  # the ring shows only while the canvas has the focus (also lost while destroyed)
        return False

    def handle(self, event) -> bool:
        """Whether the key was the canvas's keyboard navigation (then it is used up)."""
        key, mods = event.key(), event.modifiers() & ~Qt.KeypadModifier
        if mods & (Qt.ControlModifier | Qt.AltModifier | Qt.MetaModifier):
            return False  # Ctrl/Alt combinations are the window's shortcuts
        if key in (Qt.Key_Tab, Qt.Key_Backtab):
            return self._tab(forward=key == Qt.Key_Tab and not mods & Qt.ShiftModifier)
        if key in (Qt.Key_Home, Qt.Key_End):
            order = self.order()
            if order:
                self.set_current(order[0 if key == Qt.Key_Home else -1])
                return True
        if key in _ARROWS:
            if mods & Qt.ShiftModifier:
                self.move_selected(*_ARROWS[key])
            else:
                self.go(*_ARROWS[key])
            return True
        if key in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_F2) and not mods:
            node = self.current()
            if node is not None:
                self.inspectRequested.emit(node)
                return True
        return False

    def _tab(self, forward: bool) -> bool:
        order = self.order()
        if not order:
            return False
        node = self.current()
        if node is None or node not in order:
            self.set_current(order[0] if forward else order[-1])
            return True
        i = order.index(node) + (1 if forward else -1)
        if not 0 <= i < len(order):
            return False  # past the end: the focus goes on to the next control, as Tab does elsewhere
        self.set_current(order[i])
        return True

    def go(self, dx: int, dy: int) -> str | None:
        """Move to the nearest card in the direction (dx, dy): the one closest along it, favouring cards in line."""
        node = self.current()
        if node is None:
            order = self.order()
            if order:
                self.set_current(order[0])
            return self.current()
        here = self.scene.node_item(node).pos()
        best, best_score = None, None
        for item in self.scene.node_items():
            if item.node_id == node:
                continue
            vx, vy = item.x() - here.x(), item.y() - here.y()
            along, across = vx * dx + vy * dy, abs(vx * dy - vy * dx)
            if along <= 1.0 or across > 3 * along + st.NODE_HEIGHT:
                continue
            score = along + 2 * across
            if best_score is None or score < best_score:
                best, best_score = item.node_id, score
        if best is not None:
            self.set_current(best)
        return best

    def move_selected(self, dx: int, dy: int) -> None:
        """Shift+arrow: the selected cards (else the current one) one grid square that way, one undo step."""
        design = self.scene.document.design
        ids = self.scene.selected_node_ids() or ([self.current()] if self.current() else [])
        moves = {}
        for node_id in ids:
            item = self.scene.node_item(node_id)
            old = design.nodes[node_id].position or (item.x(), item.y())
            moves[node_id] = (old, (round(old[0] + dx * STEP, 1), round(old[1] + dy * STEP, 1)))
        if moves:
            self.scene.document.push(MoveNodesCommand(design, moves))
            self.view.ensureVisible(self.scene.node_item(ids[-1]), 40, 40)

    # the ring ----------------------------------------------------------------------------------------------
    def focus_rect(self) -> QRectF | None:
        """The ring's scene rectangle while the canvas has the focus and a current node, else None."""
        node = self.current()
        if node is None or not self.view.hasFocus():
            return None
        d = RING_GAP + (6 if self.scene.node_item(node).health is not None else 0)  # outside a health ring too
        return self.scene.node_item(node).scene_card_rect().adjusted(-d, -d, d, d)

    def draw_focus(self, painter) -> None:
        rect = self.focus_rect()
        if rect is None:
            return
        style = self.scene.canvas_style
        painter.save()
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        pen = QPen(style.text, 3.0, Qt.DashLine)  # the theme's ink, dashed: unlike the blue selection ring
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(Qt.NoBrush)
        painter.drawRoundedRect(rect, st.NODE_RADIUS + RING_GAP, st.NODE_RADIUS + RING_GAP)
        painter.restore()
