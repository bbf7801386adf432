"""Undo commands. Each edits the core design graph; the canvas and panels follow the graph's events."""
from __future__ import annotations

import copy

from PySide6.QtGui import QUndoCommand

from ...core.design.graph import Design, Edge, Node
from ..common.i18n import tr


class _DesignCommand(QUndoCommand):
    #: True for edits that change no weight's meaning, which a locked document (a run training) still accepts
    allowed_while_locked = False

    def __init__(self, design: Design, text: str):
        super().__init__(text)
        self.design = design


class AddNodeCommand(_DesignCommand):
    """Add a layer, optionally connected from ``connect_from`` (e.g. a double-click in the palette)."""

    def __init__(self, design: Design, type_name: str, position=None, params=None, connect_from: str | None = None,
                 node_id: str | None = None):
        super().__init__(design, tr("Add {layer}", layer=type_name))
        self.type_name, self.position, self.params = type_name, position, params
        self.node_id = node_id or design.new_id(type_name)
        self.connect_from = connect_from
        self.edge: Edge | None = None

    def redo(self) -> None:
        self.design.add_node(self.type_name, self.params, id=self.node_id, position=self.position)
        if self.connect_from and self.design.can_connect(self.connect_from, self.node_id) is None:
            self.edge = self.design.connect(self.connect_from, self.node_id)

    def undo(self) -> None:
        self.design.remove_node(self.node_id)


class RemoveNodesCommand(_DesignCommand):
    """Delete nodes (and the edges touching them) and loose edges."""

    def __init__(self, design: Design, node_ids, edges=(), text: str | None = None):
        super().__init__(design, text or tr("Delete"))
        self.node_ids = [n for n in design.nodes if n in set(node_ids)]
        self.extra_edges = [e for e in edges if e.source not in self.node_ids and e.target not in self.node_ids]
        self.removed: list[tuple[int, Node]] = []
        self.removed_edges: list[tuple[int, Edge]] = []

    def redo(self) -> None:
        doomed = set(self.node_ids)
        self.removed_edges = [(i, e) for i, e in enumerate(self.design.edges)
                              if e in self.extra_edges or e.source in doomed or e.target in doomed]
        for _, edge in reversed(self.removed_edges):
            self.design.disconnect(edge)
        self.removed = []
        for node_id in self.node_ids:
            index = self.design.index_of(node_id)
            self.removed.append((index, self.design.remove_node(node_id)[0]))

    def undo(self) -> None:
        for index, node in reversed(self.removed):
            self.design.restore_node(node, index)
        for index, edge in self.removed_edges:
            self.design.add_edge(edge, index)


class ConnectCommand(_DesignCommand):
    def __init__(self, design: Design, source: str, target: str, port: int | None = None):
        super().__init__(design, tr("Connect {source} to {target}", source=source, target=target))
        self.source, self.target, self.port = source, target, port
        self.edge: Edge | None = None

    def redo(self) -> None:
        self.edge = self.design.connect(self.source, self.target, self.port)

    def undo(self) -> None:
        self.design.disconnect(self.edge)


class DisconnectCommand(_DesignCommand):
    def __init__(self, design: Design, edge: Edge):
        super().__init__(design, tr("Disconnect {source} from {target}", source=edge.source, target=edge.target))
        self.edge = edge

    def redo(self) -> None:
        self.design.disconnect(self.edge)

    def undo(self) -> None:
        self.design.add_edge(self.edge)


class SetParamCommand(_DesignCommand):
    """Change one parameter of one node. ``value=None`` restores the default."""

    def __init__(self, design: Design, node_id: str, name: str, value):
        super().__init__(design, tr("Set {node}.{parameter}", node=node_id, parameter=name))
        self.node_id, self.name, self.value = node_id, name, copy.deepcopy(value)
        self.old = copy.deepcopy(design.node(node_id).params)

    def redo(self) -> None:
        params = dict(self.old)
        if self.value is None and not self.design.node(self.node_id).spec.param(self.name).nullable:
            params.pop(self.name, None)
        else:
            params[self.name] = copy.deepcopy(self.value)
        self.design.set_params(self.node_id, params)

    def undo(self) -> None:
        self.design.set_params(self.node_id, copy.deepcopy(self.old))


class MoveNodesCommand(_DesignCommand):
    """Move nodes; ``moves`` maps id -> (old position, new position). One drag or one auto-layout is one step."""

    allowed_while_locked = True

    def __init__(self, design: Design, moves: dict, text: str | None = None):
        super().__init__(design, text or tr("Move"))
        self.moves = dict(moves)

    def redo(self) -> None:
        for node_id, (_old, new) in self.moves.items():
            self.design.set_position(node_id, new)

    def undo(self) -> None:
        for node_id, (old, _new) in self.moves.items():
            if old is not None:
                self.design.set_position(node_id, old)


class SetMetaCommand(_DesignCommand):
    """Change the design's name, description or training settings."""

    def __init__(self, design: Design, key: str, value, text: str | None = None):
        super().__init__(design, text or tr("Set {setting}", setting=key))
        self.key, self.value = key, copy.deepcopy(value)
        self.old = copy.deepcopy(getattr(design, key))

    def redo(self) -> None:
        self.design.set_meta(self.key, self.value)

    def undo(self) -> None:
        self.design.set_meta(self.key, self.old)


class PasteCommand(_DesignCommand):
    """Add copies of nodes and the edges between them, with fresh ids, shifted by ``offset``."""

    def __init__(self, design: Design, nodes: list[dict], edges: list[dict], offset=(30.0, 30.0),
                 text: str | None = None):
        super().__init__(design, text or tr("Paste"))
        self.items: list[tuple[str, dict]] = []
        taken = set(design.nodes)
        mapping = {}
        for item in nodes:
            new_id = design.new_id(item["type"], taken)
            taken.add(new_id)
            mapping[item["id"]] = new_id
            pos = item.get("position") or (0.0, 0.0)
            self.items.append((new_id, {"type": item["type"], "params": copy.deepcopy(item.get("params", {})),
                                        "position": (pos[0] + offset[0], pos[1] + offset[1])}))
        self.edges = [Edge(mapping[e["source"]], mapping[e["target"]], e.get("port", 0)) for e in edges
                      if e["source"] in mapping and e["target"] in mapping]
        self.mapping = mapping

    @property
    def new_ids(self) -> list[str]:
        return [i for i, _ in self.items]

    def redo(self) -> None:
        for node_id, item in self.items:
            self.design.add_node(item["type"], item["params"], id=node_id, position=item["position"])
        for edge in self.edges:
            self.design.add_edge(edge)

    def undo(self) -> None:
        for node_id, _ in reversed(self.items):
            self.design.remove_node(node_id)
