"""The canvas view: drop layers from the palette, zoom, pan, select, delete, clipboard and auto-layout."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QKeySequence, QPainter
from PySide6.QtWidgets import QGraphicsView, QLabel, QToolTip

from ...core.layers import REGISTRY
from ...core.design.layout import layered_layout
from ..common.i18n import tr, tr_text
from .commands import AddNodeCommand, MoveNodesCommand, RemoveNodesCommand
from .clipboard import Clipboard
from .health import HealthControl
from .keyboard import CanvasKeys
from .items import EdgeItem, NodeItem
from .scene import X_GAP, Y_GAP, DesignScene

LAYER_MIME = "application/x-netbuilder-layer"
MIN_ZOOM, MAX_ZOOM = 0.2, 4.0
FIT_MAX_ZOOM = 1.5  # fitting two layers should not blow them up to poster size
FIT_MARGIN = 40.0
WORLD = 50000.0


class CanvasView(QGraphicsView):
    """Shows a :class:`DesignScene` (given, or made for a given document); every edit goes through
    ``document.push``. Its bottom-left corner holds the health colouring's control (``health_control``); a change
    of its mode is announced with ``healthModeChanged(mode)``.

    ``last_refusal`` holds the reason of the last refused connection, drop or paste (also shown as a tooltip).
    """

    healthModeChanged = Signal(str)

    def __init__(self, scene_or_document, parent=None):
        super().__init__(parent)
        self.setObjectName("canvasView")
        if isinstance(scene_or_document, DesignScene):
            self.design_scene = scene_or_document
        else:
            self.design_scene = DesignScene(scene_or_document, self)
        self.document = document = self.design_scene.document
        self.setScene(self.design_scene)
        self.clipboard = Clipboard(self.design_scene)
        self.last_refusal = ""
        self._pan_from: QPointF | None = None
        self._space = False
        self._fitted = False
        self.setSceneRect(QRectF(-WORLD, -WORLD, 2 * WORLD, 2 * WORLD))  # room to pan anywhere
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing | QPainter.SmoothPixmapTransform)
        self.setViewportUpdateMode(QGraphicsView.SmartViewportUpdate)
        self.setDragMode(QGraphicsView.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ContainsItemShape)  # a band across an edge leaves it alone
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.AnchorViewCenter)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.StrongFocus)
        self.design_scene.connectionRefused.connect(self._on_refused)
        document.designReplaced.connect(self._on_design_replaced)
        self.lock_banner = QLabel(self)
        self.lock_banner.setObjectName("canvasLock")
        self.lock_banner.setAlignment(Qt.AlignCenter)
        self.lock_banner.setStyleSheet("QLabel { background: rgba(180, 110, 0, 225); color: white; font-weight: bold;"
                                       " padding: 6px 14px; border-radius: 6px; }")
        self.lock_banner.hide()
        document.lockChanged.connect(self._on_lock_changed)
        self.health_control = HealthControl(self)
        self.health_control.modeChanged.connect(self._on_health_mode)
        self.health_control.adjustSize()
        self._place_health_control()
        self.keys = CanvasKeys(self)  # Tab, arrows, Shift+arrows, Enter/F2; the focus ring

    # the health colouring ----------------------------------------------------------------------------------
    def _on_health_mode(self, mode: str) -> None:
        """The cards go back at once when the colouring is turned off; the window brings the data otherwise."""
        if mode == "off":
            self.design_scene.set_health("off", None)
        self._place_health_control()
        self.healthModeChanged.emit(mode)

    def _place_health_control(self) -> None:
        self.health_control.move(8, max(4, self.height() - self.health_control.height() - 8))

    # the lock while a run trains ---------------------------------------------------------------------------
    def _on_lock_changed(self, reason: str) -> None:
        if reason:
            self.lock_banner.setText(tr("{reason}: the network is locked until the run ends (cards can still move)",
                                        reason=reason))
            self.lock_banner.adjustSize()
            self._place_banner()
            self.lock_banner.show()
            self.lock_banner.raise_()
        else:
            self.lock_banner.hide()

    def _place_banner(self) -> None:
        self.lock_banner.move(max(4, (self.width() - self.lock_banner.width()) // 2), 8)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_banner()
        self._place_health_control()

    # zoom and fit -------------------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor_mouse: bool = False) -> None:
        factor = min(MAX_ZOOM, max(MIN_ZOOM, factor))
        current = self.zoom()
        if abs(factor - current) < 1e-9:
            return
        if not anchor_mouse:
            self.setTransformationAnchor(QGraphicsView.AnchorViewCenter)
        self.scale(factor / current, factor / current)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * 1.25)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / 1.25)

    def reset_zoom(self) -> None:
        self.set_zoom(1.0)

    def fit_to_view(self) -> None:
        """Show every layer, with a margin (never zoomed in past 150%)."""
        rect = self.design_scene.nodes_rect()
        if rect.isNull():
            self.resetTransform()
            self.centerOn(0, 0)
            return
        rect = rect.adjusted(-FIT_MARGIN, -FIT_MARGIN, FIT_MARGIN, FIT_MARGIN)
        self.fitInView(rect, Qt.KeepAspectRatio)
        if self.zoom() > FIT_MAX_ZOOM:
            self.resetTransform()
            self.scale(FIT_MAX_ZOOM, FIT_MAX_ZOOM)
            self.centerOn(rect.center())
        self._fitted = True

    def wheelEvent(self, event) -> None:  # noqa: N802
        delta = event.angleDelta().y() or event.pixelDelta().y()
        if delta:
            self.set_zoom(self.zoom() * 1.0015 ** delta, anchor_mouse=True)
        event.accept()

    # selection and editing ----------------------------------------------------------------------------
    def select_all(self) -> None:
        for item in self.design_scene.items():
            if isinstance(item, (NodeItem, EdgeItem)):
                item.setSelected(True)

    def delete_selected(self) -> None:
        nodes, edges = self.design_scene.selected_node_ids(), self.design_scene.selected_edges()
        if nodes or edges:
            self.document.push(RemoveNodesCommand(self.document.design, nodes, edges))

    def copy_selection(self) -> dict:
        from .clipboard import selection_dict
        return selection_dict(self.design_scene)

    def copy(self) -> dict:
        return self.clipboard.copy()

    def cut(self) -> dict:
        return self.clipboard.cut()

    def paste(self) -> list[str]:
        ids = self.clipboard.paste()
        if self.clipboard.last_error:
            self.last_refusal = self.clipboard.last_error
        return ids

    def duplicate(self) -> list[str]:
        return self.clipboard.duplicate()

    def auto_layout(self) -> None:
        """Arrange all layers top to bottom (one undo step), then fit them in view."""
        design, scene = self.document.design, self.design_scene
        if not design.nodes:
            return
        widths = {n: item.width for n, item in ((n, scene.node_item(n)) for n in design.nodes) if item}
        spots = layered_layout(design, X_GAP, Y_GAP, widths=widths)
        anchor = (design.input_nodes() or list(design.nodes))[0]
        item = scene.node_item(anchor)
        dx, dy = item.x() - spots[anchor][0], item.y() - spots[anchor][1]
        moves = {}
        for node_id, (x, y) in spots.items():
            old = design.nodes[node_id].position
            new = (round(x + dx, 1), round(y + dy, 1))
            if old is None or abs(old[0] - new[0]) > 0.05 or abs(old[1] - new[1]) > 0.05:
                moves[node_id] = (old, new)
        if moves:
            self.document.push(MoveNodesCommand(design, moves, text=tr("Auto-layout")))
        self.fit_to_view()

    # drag and drop from the palette -------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(LAYER_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(LAYER_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        event.accept()

    def dropEvent(self, event) -> None:  # noqa: N802
        mime = event.mimeData()
        if not mime.hasFormat(LAYER_MIME):
            event.ignore()
            return
        type_name = bytes(mime.data(LAYER_MIME).data()).decode("utf-8", "replace").strip()
        if type_name not in REGISTRY:
            self._show_refusal(tr("unknown layer type '{layer}'", layer=type_name[:40]), event.position())
            event.ignore()
            return
        pos = self.mapToScene(event.position().toPoint())
        command = AddNodeCommand(self.document.design, type_name, position=(round(pos.x(), 1), round(pos.y(), 1)))
        self.document.push(command)
        self.design_scene.select_nodes([command.node_id])
        self.setFocus()
        event.acceptProposedAction()

    # panning and keys ---------------------------------------------------------------------------------
    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MiddleButton:
            self._pan_from = event.position()
            self.viewport().setCursor(Qt.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._pan_from is not None:
            delta = event.position() - self._pan_from
            self._pan_from = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - round(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - round(delta.y()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MiddleButton and self._pan_from is not None:
            self._pan_from = None
            self.viewport().unsetCursor()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if key == Qt.Key_Space and not event.isAutoRepeat():
            self._set_space_pan(True)
        elif key in (Qt.Key_Delete, Qt.Key_Backspace):
            self.delete_selected()
        elif event.matches(QKeySequence.SelectAll):
            self.select_all()
        elif event.matches(QKeySequence.Copy):
            self.copy()
        elif event.matches(QKeySequence.Cut):
            self.cut()
        elif event.matches(QKeySequence.Paste):
            self.paste()
        elif key == Qt.Key_D and event.modifiers() & Qt.ControlModifier:
            self.duplicate()
        elif key in (Qt.Key_Plus, Qt.Key_Equal):
            self.zoom_in()
        elif key == Qt.Key_Minus:
            self.zoom_out()
        elif key == Qt.Key_Escape:
            self.design_scene.clearSelection()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def keyReleaseEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key_Space and not event.isAutoRepeat():
            self._set_space_pan(False)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: N802
        self._set_space_pan(False)
        super().focusOutEvent(event)

    def _set_space_pan(self, on: bool) -> None:
        if on == self._space:
            return
        self._space = on
        self.setDragMode(QGraphicsView.ScrollHandDrag if on else QGraphicsView.RubberBandDrag)
        self.setInteractive(not on)

    # feedback -----------------------------------------------------------------------------------------
    def _on_refused(self, reason: str, scene_pos: QPointF) -> None:
        self._show_refusal(reason, QPointF(self.mapFromScene(scene_pos)))

    def _show_refusal(self, reason: str, view_pos: QPointF) -> None:
        self.last_refusal = reason
        global_pos = self.viewport().mapToGlobal(view_pos.toPoint())
        QToolTip.showText(global_pos, tr_text(reason), self.viewport())

    def retranslate(self) -> None:
        """After a language switch: the cards' and connections' texts (the scene draws them itself)."""
        self.design_scene.retranslate()

    def _on_design_replaced(self) -> None:
        if self.isVisible():
            self.fit_to_view()
        else:
            self._fitted = False

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if not self._fitted:
            self.fit_to_view()

    def drawForeground(self, painter, rect) -> None:  # noqa: N802
        super().drawForeground(painter, rect)
        self.keys.draw_focus(painter)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.PaletteChange:
            self.design_scene.apply_theme()
        super().changeEvent(event)
