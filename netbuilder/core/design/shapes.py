"""Shape inference without data: every node's output shape, parameter count, FLOPs and activation memory.

Pure formulas from the layer specs (no torch), so the editor can check a design on every edit before torch has
even loaded. The catalogue tests check each formula against a real forward pass and PyTorch's parameter count.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import GraphError, ShapeError, message
from .graph import Design
from ..layers.base import Shape, fmt_shape, numel
from ..text import msg

BYTES_PER_VALUE = 4  # float32


@dataclass
class NodeInfo:
    id: str
    type: str
    shape: Shape | None = None
    in_shapes: list[Shape] = field(default_factory=list)
    params: int = 0  # trainable
    frozen: int = 0  # parameters that do not learn (a frozen Pretrained backbone's)
    flops: int = 0
    error: str | None = None


@dataclass
class ShapeReport:
    nodes: dict[str, NodeInfo]
    order: list[str]
    cycle: bool = False

    @property
    def total_params(self) -> int:
        return sum(n.params for n in self.nodes.values())

    @property
    def total_frozen(self) -> int:
        return sum(n.frozen for n in self.nodes.values())

    @property
    def flops(self) -> int:
        return sum(n.flops for n in self.nodes.values())

    @property
    def activation_bytes(self) -> int:
        """Memory for one sample's layer outputs (float32), as kept for the backward pass."""
        return sum(numel(n.shape) * BYTES_PER_VALUE for n in self.nodes.values()
                   if n.shape is not None and n.type != "Input")

    @property
    def errors(self) -> dict[str, str]:
        return {k: v.error for k, v in self.nodes.items() if v.error}


def infer_shapes(design: Design) -> ShapeReport:
    """Infer what can be inferred; a node whose inputs are unknown or misfit gets ``shape None``.

    A node with a shape problem carries ``error`` (its own problem, in plain words). Nodes downstream of it get
    no shape and no error of their own, so the problems list names the cause once.
    """
    try:
        order = design.topological_order()
        cycle = False
    except GraphError:
        order = design.topological_order(without=design.cycle_nodes())  # the rest; what a cycle feeds gets no shape
        cycle = True
    report = ShapeReport({}, order, cycle)
    inputs = design.inputs_by_node()
    for node_id in order:
        node = design.nodes[node_id]
        spec = node.spec
        info = NodeInfo(node_id, node.type)
        report.nodes[node_id] = info
        edges = inputs[node_id]
        if spec.check_params(node.params):
            continue  # validation reports parameter problems
        if spec.max_inputs == 0:
            in_shapes: list[Shape] = []
        else:
            if len(edges) < spec.min_inputs or any(report.nodes.get(e.source) is None
                                                   or report.nodes[e.source].shape is None for e in edges):
                continue
            in_shapes = [report.nodes[e.source].shape for e in edges]  # type: ignore[misc]
        info.in_shapes = in_shapes
        try:
            info.shape = spec.output_shape(in_shapes, node.params)
            if any(d <= 0 for d in info.shape):
                raise ShapeError(msg("{type} would output shape {shape}, which has an empty dimension: its input is "
                                     "too small for its kernel, stride or padding.", type=node.type,
                                     shape=fmt_shape(info.shape)))
            info.params = spec.param_count(in_shapes, node.params)
            if "frozen" in spec.extra:
                info.frozen = int(spec.extra["frozen"](in_shapes, spec.resolve(node.params)))
            info.flops = spec.flop_count(in_shapes, info.shape, node.params)
        except ShapeError as exc:
            info.shape, info.error = None, message(exc)
        except (TypeError, ValueError, IndexError, ZeroDivisionError) as exc:
            info.shape, info.error = None, msg("{type} cannot take this input: {problem}", type=node.type,
                                               problem=message(exc))
    for node_id in design.nodes:
        report.nodes.setdefault(node_id, NodeInfo(node_id, design.nodes[node_id].type))
    return report
