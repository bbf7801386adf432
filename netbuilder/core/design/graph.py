"""The design graph: nodes, edges with input ports, edits, change events. No Qt, no torch.

The GUI's undo commands edit this model and its canvas follows the events; the CLI and the trainer read it.
"""
from __future__ import annotations

import copy
import heapq
import re
from dataclasses import dataclass, field
from graphlib import CycleError, TopologicalSorter
from typing import Any, Callable, Hashable, Iterable, Sequence

from ..errors import GraphError, quote

#: the design file's format name and version (DESIGN_FORMAT.md): what ``to_dict`` writes, ``design_io`` reads
FORMAT = "netbuilder-design"
VERSION = 1
from ..layers import get_spec
from ..text import msg

ID_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
# Module attribute names that a node id must not shadow in the compiled model.
RESERVED_IDS = frozenset({"forward", "training", "state_dict", "parameters", "modules", "children", "to", "cuda",
                          "cpu", "train", "eval", "type", "float", "double", "half", "apply", "zero_grad",
                          "register_buffer", "buffers", "named_modules", "design", "forward_logits", "order"})


@dataclass
class Node:
    id: str
    type: str
    params: dict = field(default_factory=dict)
    position: tuple[float, float] | None = None

    @property
    def spec(self):
        return get_spec(self.type)


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    port: int = 0


Listener = Callable[[str, dict], None]


class Design:
    """A network design: a DAG of layers plus its training settings.

    Events (``subscribe``): ``node_added``/``node_removed`` (id), ``edge_added``/``edge_removed`` (edge),
    ``params_changed`` (id), ``node_moved`` (id), ``meta_changed`` (key), ``reset`` (a whole new graph).
    """

    def __init__(self, name: str = "Untitled", description: str = ""):
        self.name = name
        self.description = description
        self.nodes: dict[str, Node] = {}
        self.edges: list[Edge] = []
        self.training: dict = {}
        self.expected: dict | None = None
        self._listeners: list[Listener] = []

    # events -------------------------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _emit(self, event: str, **data: Any) -> None:
        for listener in list(self._listeners):
            listener(event, data)

    # nodes --------------------------------------------------------------------------------------------
    def new_id(self, type_name: str, taken=()) -> str:
        """A fresh readable id such as ``linear_2`` (also avoiding the ids in ``taken``)."""
        base = re.sub(r"(?<!^)(?=[A-Z][a-z])", "_", type_name).lower().replace("__", "_")
        base = re.sub(r"[^a-z0-9_]", "", base) or "node"
        i = 1
        while f"{base}_{i}" in self.nodes or f"{base}_{i}" in RESERVED_IDS or f"{base}_{i}" in taken:
            i += 1
        return f"{base}_{i}"

    def add_node(self, type_name: str, params: dict | None = None, id: str | None = None,
                 position: tuple[float, float] | None = None) -> Node:
        get_spec(type_name)  # unknown types raise
        node_id = id or self.new_id(type_name)
        if not ID_RE.match(node_id) or node_id in RESERVED_IDS:
            raise GraphError(msg("{node_id} is not a valid node id: use letters, digits and _, not starting with a "
                                 "digit, and not a reserved name", node_id=quote(node_id)))
        if node_id in self.nodes:
            raise GraphError(msg("a node with id '{node_id}' already exists", node_id=node_id))
        node = Node(node_id, type_name, dict(params or {}), tuple(position) if position is not None else None)
        self.nodes[node_id] = node
        self._emit("node_added", id=node_id)
        return node

    def remove_node(self, node_id: str) -> tuple[Node, list[Edge]]:
        """Remove a node and its edges; returns both so that an undo can put them back."""
        node = self.node(node_id)
        removed = [e for e in self.edges if node_id in (e.source, e.target)]
        for edge in removed:
            self.disconnect(edge)
        del self.nodes[node_id]
        self._emit("node_removed", id=node_id)
        return node, removed

    def restore_node(self, node: Node, index: int | None = None) -> None:
        """Put back a node removed earlier (undo), at its old place in the node order."""
        if node.id in self.nodes:
            raise GraphError(msg("a node with id '{node_id}' already exists", node_id=node.id))
        items = list(self.nodes.items())
        items.insert(len(items) if index is None else index, (node.id, node))
        self.nodes = dict(items)
        self._emit("node_added", id=node.id)

    def index_of(self, node_id: str) -> int:
        return list(self.nodes).index(node_id)

    def node(self, node_id: str) -> Node:
        try:
            return self.nodes[node_id]
        except KeyError:
            raise GraphError(msg("there is no node '{node_id}'", node_id=node_id)) from None

    def set_params(self, node_id: str, params: dict) -> None:
        self.node(node_id).params = dict(params)
        self._emit("params_changed", id=node_id)

    def set_param(self, node_id: str, name: str, value: Any) -> None:
        params = dict(self.node(node_id).params)
        if value is None and name in params and not self.node(node_id).spec.param(name).nullable:
            del params[name]
        else:
            params[name] = value
        self.set_params(node_id, params)

    def set_position(self, node_id: str, position: tuple[float, float]) -> None:
        self.node(node_id).position = (float(position[0]), float(position[1]))
        self._emit("node_moved", id=node_id)

    def set_meta(self, key: str, value: Any) -> None:
        """Change ``name``, ``description``, ``training`` or ``expected``."""
        if key not in ("name", "description", "training", "expected"):
            raise KeyError(key)
        setattr(self, key, copy.deepcopy(value))
        self._emit("meta_changed", key=key)

    # edges --------------------------------------------------------------------------------------------
    def inputs_of(self, node_id: str) -> list[Edge]:
        """A node's incoming edges, sorted by port (for all nodes at once: :meth:`inputs_by_node`)."""
        return sorted((e for e in self.edges if e.target == node_id), key=lambda e: e.port)

    def outputs_of(self, node_id: str) -> list[Edge]:
        return [e for e in self.edges if e.source == node_id]

    def free_port(self, node_id: str) -> int | None:
        """The lowest free input port of a node, or None when all are taken."""
        spec = self.node(node_id).spec
        taken = {e.port for e in self.inputs_of(node_id)}
        port = 0
        while port in taken:
            port += 1
        if spec.max_inputs is not None and port >= spec.max_inputs:
            return None
        return port

    def can_connect(self, source: str, target: str, port: int | None = None) -> str | None:
        """None when the edge may be added, else the reason in plain words."""
        if source not in self.nodes or target not in self.nodes:
            return msg("both ends must be nodes of this design")
        if source == target:
            return msg("a layer cannot feed itself")
        spec = self.nodes[target].spec
        if spec.max_inputs == 0:
            return msg("{target} is an {type}: nothing can feed into it", target=target, type=spec.type)
        if any(e.source == source and e.target == target for e in self.edges):
            return msg("{source} is already connected to {target}", source=source, target=target)
        if self._reaches(target, source):
            return msg("connecting {source} to {target} would make a cycle: {target} already feeds {source}",
                       source=source, target=target)
        if port is None:
            if self.free_port(target) is None:
                return msg("{target} ({type}) takes one input and already has one; disconnect it first", target=target,
                           type=spec.type)
        else:
            if port < 0 or (spec.max_inputs is not None and port >= spec.max_inputs):
                return msg("{target} ({type}) has no input port {port}", target=target, type=spec.type, port=port)
            if any(e.target == target and e.port == port for e in self.edges):
                return msg("input {port} of {target} is already taken; disconnect it first", port=port, target=target)
        return None

    def connect(self, source: str, target: str, port: int | None = None) -> Edge:
        reason = self.can_connect(source, target, port)
        if reason:
            raise GraphError(msg("cannot connect {source} to {target}: {reason}", source=source, target=target,
                                 reason=reason))
        edge = Edge(source, target, self.free_port(target) if port is None else port)
        self.edges.append(edge)
        self._emit("edge_added", edge=edge)
        return edge

    def add_edge(self, edge: Edge, index: int | None = None) -> None:
        """Add an edge as is (at ``index`` in the edge order), e.g. when loading or undoing; only checks that the
        nodes exist."""
        self.node(edge.source), self.node(edge.target)
        self.edges.insert(len(self.edges) if index is None else index, edge)
        self._emit("edge_added", edge=edge)

    def disconnect(self, edge: Edge) -> None:
        try:
            self.edges.remove(edge)
        except ValueError:
            raise GraphError(msg("there is no edge from {source} to {target}", source=edge.source,
                                 target=edge.target)) from None
        self._emit("edge_removed", edge=edge)

    def _reaches(self, start: str, goal: str) -> bool:
        succ = self.successors()
        stack, seen = [start], set()
        while stack:
            n = stack.pop()
            if n == goal:
                return True
            if n in seen:
                continue
            seen.add(n)
            stack.extend(succ.get(n, ()))
        return False

    # structure (each linear in the size of the design: the editor checks on every edit) ----------------------
    def successors(self) -> dict[str, list[str]]:
        """Each node's targets, in edge order."""
        succ: dict[str, list[str]] = {n: [] for n in self.nodes}
        for e in self.edges:
            succ[e.source].append(e.target)
        return succ

    def inputs_by_node(self) -> dict[str, list[Edge]]:
        """Each node's incoming edges sorted by port: :meth:`inputs_of` for every node at once."""
        ins: dict[str, list[Edge]] = {n: [] for n in self.nodes}
        for e in self.edges:
            ins[e.target].append(e)
        for edges in ins.values():
            edges.sort(key=lambda e: e.port)
        return ins

    def topological_order(self, without=()) -> list[str]:
        """Node ids, each after all that feed it; stable (file order breaks ties). Raises GraphError on a cycle.
        ``without``: nodes left out, with their edges (the nodes of a cycle, to order the rest)."""
        left_out = set(without)
        nodes = [n for n in self.nodes if n not in left_out]
        kept = set(nodes)
        order = flow_order(nodes, [(e.source, e.target) for e in self.edges if e.source in kept and e.target in kept])
        if len(order) != len(nodes):
            done = set(order)
            raise GraphError(msg("the graph has a cycle through {nodes}",
                                 nodes=", ".join(n for n in nodes if n not in done)))
        return order

    def cycle_nodes(self) -> list[str]:
        """The nodes on or between cycles (in file order); empty for a graph that flows one way.

        Those are the nodes that neither the order from the sources (a cycle lies upstream or they are on one) nor
        the order from the sinks (a cycle lies downstream) can reach."""
        nodes = list(self.nodes)
        pairs = [(e.source, e.target) for e in self.edges]
        forward = set(flow_order(nodes, pairs))
        if len(forward) == len(nodes):
            return []
        backward = set(flow_order(nodes, [(t, s) for s, t in pairs]))
        return [n for n in nodes if n not in forward and n not in backward]

    def one_cycle(self, on: list[str] | None = None) -> list[str]:
        """One actual cycle, its nodes in order (the last feeds the first), or [] for a graph that flows one way.
        ``on``: :meth:`cycle_nodes`, when already known. Every one of those has a successor among them, so
        following the first one from the first node must come back to a node already passed."""
        alive = set(self.cycle_nodes() if on is None else on)
        if not alive:
            return []
        succ = self.successors()
        path: list[str] = []
        seen: dict[str, int] = {}
        node = next(n for n in self.nodes if n in alive)
        while node not in seen:
            seen[node] = len(path)
            path.append(node)
            node = next(t for t in succ[node] if t in alive)
        return path[seen[node]:]

    def input_nodes(self) -> list[str]:
        return [n.id for n in self.nodes.values() if n.type == "Input"]

    def output_nodes(self) -> list[str]:
        """Nodes that no edge leaves."""
        sources = {e.source for e in self.edges}
        return [n for n in self.nodes if n not in sources]

    # copying ------------------------------------------------------------------------------------------
    def to_dict(self) -> dict:
        """The design as the JSON file holds it (see DESIGN_FORMAT.md; ``design_io`` reads and writes the file)."""
        nodes = []
        for node in self.nodes.values():
            item: dict[str, Any] = {"id": node.id, "type": node.type}
            if node.params:
                item["params"] = copy.deepcopy(node.params)
            if node.position is not None:
                item["position"] = [round(float(node.position[0]), 2), round(float(node.position[1]), 2)]
            nodes.append(item)
        edges = []
        for e in self.edges:
            item = {"source": e.source, "target": e.target}
            if e.port:
                item["port"] = e.port
            edges.append(item)
        data = {"format": FORMAT, "version": VERSION, "name": self.name, "description": self.description,
                "nodes": nodes, "edges": edges, "training": copy.deepcopy(self.training)}
        if self.expected is not None:
            data["expected"] = copy.deepcopy(self.expected)
        return data

    def copy(self) -> "Design":
        """An independent design with the same content (no listeners), positions as a saved file holds them."""
        twin = Design(self.name, self.description)
        twin.replace_with(self)
        for node in twin.nodes.values():
            if node.position is not None:
                node.position = (round(float(node.position[0]), 2), round(float(node.position[1]), 2))
        return twin

    def replace_with(self, other: "Design") -> None:
        """Take over ``other``'s content (keeps listeners) and emit ``reset``."""
        self.name, self.description = other.name, other.description
        self.nodes = {k: copy.deepcopy(v) for k, v in other.nodes.items()}
        self.edges = list(other.edges)
        self.training = copy.deepcopy(other.training)
        self.expected = copy.deepcopy(other.expected)
        self._emit("reset")


def flow_order(nodes: Sequence[Hashable], edges: Iterable[tuple[Hashable, Hashable]]) -> list:
    """``nodes`` each after all that feed it along ``edges`` (source, target), ties broken by their place in
    ``nodes``, so the order (the compiled model's attribute order, the layout's layers) is the same on every run.
    On a cycle, only what can be ordered: the nodes on a cycle and those it feeds are left out.

    The one topological sort in netbuilder (graphlib's, which keeps giving ready nodes after its CycleError); the
    design's order, its cycle check and the auto-layout's layers all come from here."""
    sorter: TopologicalSorter = TopologicalSorter({n: () for n in nodes})
    for source, target in edges:
        sorter.add(target, source)
    try:
        sorter.prepare()
    except CycleError:
        pass  # the order stops where the cycle starts; the caller sees the missing nodes
    position = {n: i for i, n in enumerate(nodes)}
    ready = [position[n] for n in sorter.get_ready()]
    heapq.heapify(ready)
    order = []
    while ready:
        node = nodes[heapq.heappop(ready)]
        order.append(node)
        sorter.done(node)
        for n in sorter.get_ready():
            heapq.heappush(ready, position[n])
    return order
