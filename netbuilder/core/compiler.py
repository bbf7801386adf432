"""Design -> torch.nn.Module.

Submodules are named by node id, so ``state_dict`` keys read ``hidden.weight``. The forward pass walks the
nodes in topological order; building is deterministic under a seed (modules are created in that order).
"""
from __future__ import annotations

import torch
from torch import nn

from .errors import DesignError
from .graph import Design
from .shapes import infer_shapes
from .validate import validate

#: Final activations that the loss folds in: the model trains on what feeds them.
FOLDED_ACTIVATIONS = {"cross_entropy": ("Softmax", "LogSoftmax"), "bce": ("Sigmoid",)}


class NetModule(nn.Module):
    """A compiled design. ``forward`` gives the design's output (probabilities for a classifier);
    ``forward_logits`` stops before a final activation that the loss folds in (see :func:`folded_activation`)."""

    def __init__(self, design: Design, loss: str | None = None):
        super().__init__()
        report = infer_shapes(design)
        self.order: list[tuple[str, tuple[str, ...]]] = []
        self.input_id = design.input_nodes()[0]
        self.input_shape = tuple(report.nodes[self.input_id].shape)
        self.output_id = design.output_nodes()[0]
        self.output_shape = tuple(report.nodes[self.output_id].shape)
        for node_id in report.order:
            node = design.nodes[node_id]
            if node.type == "Input":
                continue
            sources = tuple(e.source for e in design.inputs_of(node_id))
            self.add_module(node_id, node.spec.make(report.nodes[node_id].in_shapes, node.params))
            self.order.append((node_id, sources))
        folded = folded_activation(design, loss)
        self.folded_id = folded  # the node skipped by forward_logits, or None
        self.logits_id = design.inputs_of(folded)[0].source if folded else self.output_id

    def _run(self, x: torch.Tensor, stop: str) -> torch.Tensor:
        values = {self.input_id: x}
        if stop == self.input_id:
            return x
        for node_id, sources in self.order:
            out = getattr(self, node_id)(*[values[s] for s in sources])
            if node_id == stop:
                return out
            values[node_id] = out
        raise RuntimeError(f"node {stop} was not reached")

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self._run(x, self.output_id)

    def forward_logits(self, x: torch.Tensor) -> torch.Tensor:
        return self._run(x, self.logits_id)

    def forward_all(self, x: torch.Tensor) -> dict[str, torch.Tensor]:
        """Every node's output, for the activation panels."""
        values = {self.input_id: x}
        for node_id, sources in self.order:
            values[node_id] = getattr(self, node_id)(*[values[s] for s in sources])
        return values


def folded_activation(design: Design, loss: str | None) -> str | None:
    """The id of the final Softmax/Sigmoid that ``loss`` folds in, if any."""
    outputs = design.output_nodes()
    if loss not in FOLDED_ACTIVATIONS or len(outputs) != 1:
        return None
    node = design.nodes[outputs[0]]
    if node.type not in FOLDED_ACTIVATIONS[loss] or not design.inputs_of(node.id):
        return None
    if node.type in ("Softmax", "LogSoftmax") and node.params.get("dim", -1) not in (-1, 1):
        return None
    return node.id


def compile_design(design: Design, loss: str | None = None, check: bool = True) -> NetModule:
    """Compile a valid design; raises DesignError with the first problem otherwise."""
    if check:
        errors = [d for d in validate(design, check_training=False) if d.severity == "error"]
        if errors:
            first = errors[0]
            where = f"node '{first.node_id}': " if first.node_id else ""
            raise DesignError(f"{design.name}: {where}{first.message}")
    if loss is None:
        loss = design.training.get("loss")
    return NetModule(design, loss)
