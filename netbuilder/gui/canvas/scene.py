"""The design scene: one NodeItem per node and one EdgeItem per edge, kept in step with the design's events.

The scene reacts to :class:`DesignDocument` (``graphEvent`` and ``analysed``) and turns mouse gestures into undo
commands; it never edits the design or trusts its items as the truth.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QPen
from PySide6.QtWidgets import QGraphicsScene

from ...core.design.graph import Edge
from ...core.design.summary import params_text
from ...core.layers.base import fmt_shape
from ...core.design.layout import layered_layout
from ..common.i18n import tr, tr_text
from . import style as st
from .health import node_values
from .interactions import MoveInteraction, NewEdgeInteraction
from .items import EdgeItem, NodeItem

X_GAP, Y_GAP = 270.0, 100.0
GRID = 25.0


class DesignScene(QGraphicsScene):
    """The canvas of one :class:`~netbuilder.gui.window.document.DesignDocument`.

    Signals: ``connectionRefused(str, QPointF)`` with the reason and the scene position of the release;
    ``nodeHovered(str)`` with the id of the node the mouse went onto, "" when it left it.
    """

    connectionRefused = Signal(str, QPointF)
    nodeHovered = Signal(str)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.canvas_style = st.current_style()
        self._nodes: dict[str, NodeItem] = {}
        self._edges: dict[Edge, EdgeItem] = {}
        self._unplaced: dict[str, QPointF] = {}  # shown here, not yet written to the design
        self._laid_out: set[str] = set()  # unplaced nodes whose spot came from the auto-layout
        self._link: NewEdgeInteraction | None = None
        self._health: tuple[str, dict | None] = ("off", None)  # the canvas's health colouring and its data
        self._move: MoveInteraction | None = None
        self.last_refusal = ""
        self._place_timer = QTimer(self)
        self._place_timer.setSingleShot(True)
        self._place_timer.setInterval(0)
        self._place_timer.timeout.connect(self._commit_placements)
        self._route_timer = QTimer(self)
        self._route_timer.setSingleShot(True)
        self._route_timer.setInterval(0)
        self._route_timer.timeout.connect(self.reroute_long_edges)
        self.setItemIndexMethod(QGraphicsScene.BspTreeIndex)
        self.setBackgroundBrush(self.canvas_style.background)
        document.graphEvent.connect(self._on_graph_event)
        document.analysed.connect(self._on_analysed)
        self.rebuild()

    # public API ---------------------------------------------------------------------------------------
    @property
    def health_mode(self) -> str:
        return self._health[0]

    def set_health(self, mode: str, health: dict | None) -> None:
        """Colour the cards by ``mode`` ("off", "gradients", "dead", "saturated") of a health probe's answer;
        cards without the statistic go back to normal. Kept for cards made later (a rebuilt design)."""
        values = node_values(mode, health)  # raises for an unknown mode before anything changes
        self._health = (mode, health)
        for node_id, item in self._nodes.items():
            item.set_health(values.get(node_id))

    def retranslate(self) -> None:
        """The cards' and connections' texts (explanations, problems, shapes, health, tooltips) in the window's
        language now (the view calls it after a language switch)."""
        for item in self._nodes.values():
            self._set_content(item)
        for edge_item in self._edges.values():
            edge_item.retranslate()
        self._apply_analysis(self.document.analysis)
        self.set_health(*self._health)

    def node_item(self, node_id: str) -> NodeItem | None:
        return self._nodes.get(node_id)

    def edge_item(self, edge: Edge) -> EdgeItem | None:
        return self._edges.get(edge)

    def node_items(self) -> list[NodeItem]:
        return list(self._nodes.values())

    def edge_items(self) -> list[EdgeItem]:
        return list(self._edges.values())

    def selected_node_items(self) -> list[NodeItem]:
        return [item for item in self.selectedItems() if isinstance(item, NodeItem)]

    def selected_node_ids(self) -> list[str]:
        """Selected nodes, in design order."""
        chosen = {item.node_id for item in self.selected_node_items()}
        return [n for n in self.document.design.nodes if n in chosen]

    def selected_edges(self) -> list[Edge]:
        chosen = {item.edge for item in self.selectedItems() if isinstance(item, EdgeItem)}
        return [e for e in self.document.design.edges if e in chosen]

    def select_nodes(self, ids) -> None:
        wanted = set(ids)
        self.clearSelection()
        for node_id in wanted:
            item = self._nodes.get(node_id)
            if item is not None:
                item.setSelected(True)

    def port_scene_pos(self, node_id: str, kind: str = "in", port: int = 0) -> QPointF:
        return self._nodes[node_id].port_scene_pos(kind, port)

    def node_near(self, pos: QPointF, exclude: NodeItem | None = None) -> NodeItem | None:
        """The topmost node under ``pos`` or with a port within grabbing distance of it."""
        h = st.PORT_HIT
        for item in self.items(QRectF(pos.x() - h, pos.y() - h, 2 * h, 2 * h)):
            if isinstance(item, NodeItem) and item is not exclude:
                if item.contains(item.mapFromScene(pos)) or item.port_at(pos):
                    return item
        return None

    def cards_in(self, rect: QRectF, exclude=()) -> list[QRectF]:
        """Scene rectangles of the cards meeting ``rect`` (for edge routing; faster than the scene's index
        while items are being added or moved)."""
        found = []
        for item in self._nodes.values():
            if item not in exclude:
                card = item.scene_card_rect()
                if card.intersects(rect):
                    found.append(card)
        return found

    def nodes_rect(self) -> QRectF:
        rect = QRectF()
        for item in self._nodes.values():
            rect = rect.united(item.sceneBoundingRect())
        return rect

    def apply_theme(self, dark: bool | None = None) -> None:
        """Follow the application palette (light or dark), or force one."""
        self.canvas_style = st.current_style(dark)
        self.setBackgroundBrush(self.canvas_style.background)
        for item in self._nodes.values():
            item.set_style(self.canvas_style)
        for item in self._edges.values():
            item.set_style(self.canvas_style)

    def refuse(self, reason: str, pos: QPointF) -> None:
        self.last_refusal = reason
        self.connectionRefused.emit(tr_text(reason), pos)  # a str signal: the core's Text shown translated

    # building -----------------------------------------------------------------------------------------
    def rebuild(self, analysed: bool = True) -> None:
        """Drop every item and build them again from the design (construction and ``reset``). ``analysed``: show
        the document's analysis on them (after a ``reset`` it is the old design's: the new one's comes next)."""
        self._cancel_gestures()
        self.clear()
        self._nodes, self._edges, self._unplaced, self._laid_out = {}, {}, {}, set()
        design = self.document.design
        missing = [n.id for n in design.nodes.values() if n.position is None]
        spots = {}
        if missing:
            spots = layered_layout(design, X_GAP, Y_GAP)
            if len(missing) < len(design.nodes):  # keep the placed ones; put the others to their right
                placed = [design.nodes[n].position for n in design.nodes if n not in missing]
                right = max(p[0] for p in placed) + X_GAP
                left = min(spots[n][0] for n in missing)
                spots = {n: (spots[n][0] - left + right, spots[n][1]) for n in missing}
        for node_id in design.nodes:
            self._add_node_item(node_id, spots.get(node_id))
        for edge in design.edges:
            self._add_edge_item(edge)
        if analysed:
            self._apply_analysis(self.document.analysis)
        if self._unplaced:
            self._place_timer.start()

    def _add_node_item(self, node_id: str, spot=None) -> NodeItem:
        node = self.document.design.nodes[node_id]
        item = NodeItem(node_id, self.canvas_style)
        self._set_content(item)
        if node.position is not None:
            item.setPos(QPointF(*node.position))
        else:
            pos = QPointF(*spot) if spot is not None else self._free_spot(node_id)
            if spot is not None:
                self._laid_out.add(node_id)
            item.setPos(pos)
            self._unplaced[node_id] = pos
        self.addItem(item)
        self._nodes[node_id] = item
        if self._health[0] != "off":
            item.set_health(node_values(*self._health).get(node_id))
        return item

    def _add_edge_item(self, edge: Edge) -> None:
        source, target = self._nodes.get(edge.source), self._nodes.get(edge.target)
        if source is None or target is None or edge in self._edges:
            return
        item = EdgeItem(edge, source, target, self.canvas_style)
        self.addItem(item)
        self._edges[edge] = item
        item.adjust()  # now that it is in the scene it can look for cards in its way

    def _remove_edge_item(self, edge: Edge) -> None:
        item = self._edges.pop(edge, None)
        if item is not None:
            item.detach()
            self.removeItem(item)

    def _set_content(self, item: NodeItem) -> None:
        design = self.document.design
        node = design.nodes[item.node_id]
        spec = node.spec
        item.set_content(node.type, spec.category, spec.short_label(node.params), tr_text(spec.explanation),
                         self._n_inputs(item.node_id))

    def _n_inputs(self, node_id: str) -> int:
        design = self.document.design
        spec = design.nodes[node_id].spec
        if spec.max_inputs is not None:
            return spec.max_inputs
        ins = design.inputs_of(node_id)
        taken = max((e.port for e in ins), default=-1) + 1
        return max(len(ins), taken) + 1  # one per connected input, plus a free one

    def _update_ports(self, node_ids=None) -> None:
        for node_id in (self._nodes if node_ids is None else node_ids):
            item = self._nodes.get(node_id)
            if item is not None:
                self._set_content(item)

    def reroute_long_edges(self) -> None:
        """Let long edges find a new way after nodes moved, appeared or went (a node may now be in the way)."""
        for item in self._edges.values():
            if item.is_long:
                item.adjust()

    # placing nodes that have no position ------------------------------------------------------------
    def _free_spot(self, node_id: str) -> QPointF:
        """Below the node feeding it, else below the lowest node; moved right until it overlaps nothing."""
        design = self.document.design
        sources = [self._nodes[e.source] for e in design.inputs_of(node_id)
                   if e.source in self._nodes and e.source not in self._unplaced]
        others = [i for n, i in self._nodes.items() if n != node_id]
        if sources:
            x, y = sources[0].x(), sources[0].y() + Y_GAP
        elif others:
            lowest = max(others, key=lambda i: (i.y(), -i.x()))
            x, y = lowest.x(), lowest.y() + Y_GAP
        else:
            x, y = 0.0, 0.0
        for _ in range(50):
            if not any(abs(i.x() - x) < X_GAP * 0.9 and abs(i.y() - y) < Y_GAP * 0.9 for i in others):
                break
            x += X_GAP
        return QPointF(x, y)

    def _commit_placements(self) -> None:
        """Write the positions chosen for unplaced nodes into the design (no undo step: nothing the user did)."""
        design = self.document.design
        pending, laid_out = self._unplaced, self._laid_out
        self._unplaced, self._laid_out = {}, set()
        for node_id, pos in pending.items():
            node = design.nodes.get(node_id)
            if node is None or node.position is not None:
                continue
            if node_id not in laid_out and design.inputs_of(node_id):
                pos = self._free_spot(node_id)  # it was connected right after being added: go below its source
            design.set_position(node_id, (round(pos.x(), 1), round(pos.y(), 1)))

    # reacting to the design ---------------------------------------------------------------------------
    def _on_graph_event(self, event: str, data: dict) -> None:
        if event in ("node_added", "node_removed", "node_moved", "params_changed"):
            self._route_timer.start()
        if event == "reset":
            self.rebuild(analysed=False)
        elif event == "node_added":
            self._add_node_item(data["id"])
            if self._unplaced:
                self._place_timer.start()
        elif event == "node_removed":
            self._cancel_gestures()
            item = self._nodes.pop(data["id"], None)
            self._unplaced.pop(data["id"], None)
            if item is not None:
                for edge in list(item.edges):
                    self._remove_edge_item(edge.edge)
                self.removeItem(item)
        elif event == "edge_added":
            self._add_edge_item(data["edge"])
            self._update_ports([data["edge"].target])
        elif event == "edge_removed":
            self._remove_edge_item(data["edge"])
            self._update_ports([data["edge"].target])
        elif event == "params_changed":
            self._update_ports([data["id"]])
        elif event == "node_moved":
            item, node = self._nodes.get(data["id"]), self.document.design.nodes.get(data["id"])
            if item is not None and node is not None and node.position is not None:
                self._unplaced.pop(data["id"], None)
                item.setPos(QPointF(*node.position))

    def _on_analysed(self, analysis) -> None:
        self._apply_analysis(analysis)

    def _apply_analysis(self, analysis) -> None:
        by_node: dict[str, list[tuple[str, str]]] = {}
        for d in analysis.diagnostics:
            if d.node_id is not None:
                by_node.setdefault(d.node_id, []).append((d.severity, tr_text(d.message)))
        infos = analysis.report.nodes
        for node_id, item in self._nodes.items():
            info = infos.get(node_id)
            if info is None or info.shape is None:
                shape, params = tr("shape ?"), ""
            else:
                shape = fmt_shape(info.shape)
                params = "" if item.type_name == "Input" else tr_text(params_text(info.params, info.frozen)) \
                    if info.frozen else tr("{n:,} param", n=info.params) if info.params == 1 \
                    else tr("{n:,} params", n=info.params)
            item.set_analysis(shape, params, by_node.get(node_id, []))

    # mouse gestures -----------------------------------------------------------------------------------
    def _cancel_gestures(self) -> None:
        if self._link is not None:
            self._link.cancel()
            self._link = None
        self._move = None

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.LeftButton and self._link is None:
            pos = event.scenePos()
            item = self.node_near(pos)
            hit = item.port_at(pos) if item is not None else None
            if hit is not None:
                self._link = NewEdgeInteraction(self, item, hit[0], hit[1], pos)
                event.accept()
                return
        super().mousePressEvent(event)
        if event.button() == Qt.LeftButton and isinstance(self.mouseGrabberItem(), NodeItem):
            self._move = MoveInteraction(self)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._link is not None:
            self._link.move(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._link is not None and event.button() == Qt.LeftButton:
            link, self._link = self._link, None
            link.release(event.scenePos())
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if self._move is not None and event.button() == Qt.LeftButton:
            move, self._move = self._move, None
            move.release()

    # background ---------------------------------------------------------------------------------------
    def drawBackground(self, painter, rect: QRectF) -> None:  # noqa: N802
        super().drawBackground(painter, rect)
        scale = painter.worldTransform().m11()
        if scale < 0.45:
            return
        pen = QPen(QBrush(self.canvas_style.grid), 2.5)
        pen.setCosmetic(True)
        painter.setPen(pen)
        left = math.floor(rect.left() / GRID) * GRID
        top = math.floor(rect.top() / GRID) * GRID
        points = []
        y = top
        while y < rect.bottom():
            x = left
            while x < rect.right():
                points.append(QPointF(x, y))
                x += GRID
            y += GRID
        if len(points) < 20000:
            painter.drawPoints(points)
