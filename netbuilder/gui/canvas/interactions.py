"""Mouse gestures on the canvas as small objects (orange-canvas-core style): drawing a new connection, and
moving nodes. Each ends by pushing one undo command; neither edits the design or the items' truth directly."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF

from ..common.i18n import tr
from .commands import ConnectCommand, MoveNodesCommand
from .items import NodeItem, PendingEdgeItem

if TYPE_CHECKING:
    from .scene import DesignScene


class NewEdgeInteraction:
    """Drag from a port to another node's port (or body) to connect them.

    Forward: from an output port to an input port (or a node: its first free input). Reverse: from an input port
    to another node's output (or body). A connection the design refuses is not made: the scene reports the reason.
    """

    def __init__(self, scene: "DesignScene", origin: NodeItem, kind: str, port: int, pos: QPointF):
        self.scene = scene
        self.origin, self.kind, self.port = origin, kind, port
        self.pending = PendingEdgeItem(scene.canvas_style)
        scene.addItem(self.pending)
        self._target: NodeItem | None = None
        self.move(pos)

    def _candidate(self, pos: QPointF):
        """(node item, (source, target, port), reason) for a release at ``pos``; item None over empty space."""
        item = self.scene.node_near(pos, exclude=self.origin)
        if item is None:
            return None, None, None
        design = self.scene.document.design
        hit = item.port_at(pos)
        if self.kind == "out":
            port = hit[1] if hit and hit[0] == "in" else None
            link = (self.origin.node_id, item.node_id, port)
        else:
            link = (item.node_id, self.origin.node_id, self.port)
        return item, link, design.can_connect(*link)

    def _end_point(self, item: NodeItem | None, link, pos: QPointF) -> QPointF:
        if item is None or link is None:
            return pos
        if self.kind == "in":
            return item.port_scene_pos("out", 0)
        port = link[2]
        if port is None:
            port = self.scene.document.design.free_port(item.node_id)
        return item.port_scene_pos("in", port) if port is not None and item.n_inputs else pos

    def move(self, pos: QPointF) -> None:
        item, link, reason = self._candidate(pos)
        if item is not self._target:
            if self._target is not None:
                self._target.set_highlight(None)
            self._target = item
        if item is not None:
            item.set_highlight("bad" if reason else "ok")
        self.pending.set_state(None if item is None else ("bad" if reason else "ok"))
        end = self._end_point(item, link, pos)
        if self.kind == "out":
            self.pending.set_ends(self.origin.port_scene_pos("out", 0), end)
        else:
            self.pending.set_ends(end, self.origin.port_scene_pos("in", self.port))

    def release(self, pos: QPointF) -> None:
        item, link, reason = self._candidate(pos)
        self.cancel()
        if item is None:
            return
        if reason:
            self.scene.refuse(reason, pos)
            return
        document = self.scene.document
        document.push(ConnectCommand(document.design, *link))
        self.scene.last_refusal = ""

    def cancel(self) -> None:
        if self._target is not None:
            self._target.set_highlight(None)
            self._target = None
        if self.pending.scene() is not None:
            self.scene.removeItem(self.pending)


class MoveInteraction:
    """Remembers where the selected nodes were when a drag started; pushes one move command on release."""

    def __init__(self, scene: "DesignScene"):
        self.scene = scene
        self.start = {item.node_id: (item.x(), item.y()) for item in scene.selected_node_items()}

    def release(self) -> None:
        design = self.scene.document.design
        moves = {}
        for node_id, old in self.start.items():
            item = self.scene.node_item(node_id)
            if item is None or node_id not in design.nodes:
                continue
            new = (round(item.x(), 1), round(item.y(), 1))
            if abs(new[0] - old[0]) > 0.05 or abs(new[1] - old[1]) > 0.05:
                moves[node_id] = (design.nodes[node_id].position or old, new)
        if not moves:
            return
        text = (tr("Move {node}", node=next(iter(moves))) if len(moves) == 1
                else tr("Move {n} layers", n=len(moves)))
        self.scene.document.push(MoveNodesCommand(design, moves, text=text))
