"""Design -> torch.nn.Module.

Submodules are named by node id, so ``state_dict`` keys read ``hidden.weight``. The forward pass walks the
nodes in topological order (a plain loop over the modules when they form a chain); building is deterministic under
a seed (modules are created in that order).
"""
from __future__ import annotations

import torch
from torch import nn

from ..errors import DesignError
from .graph import Design
from .memory import check_weights_fit
from ..system import free_ram
from .shapes import infer_shapes
from .validate import validate
from ..text import msg

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
        self._plans: dict[str, tuple[bool, list]] = {}
        folded = folded_activation(design, loss)
        self.folded_id = folded  # the node skipped by forward_logits, or None
        self.logits_id = design.inputs_of(folded)[0].source if folded else self.output_id

    def _plan(self, stop: str) -> tuple[bool, list]:
        """How to compute node ``stop``: ``(True, [node ids])`` when the nodes it needs form a chain from the input
        (each module fed by the one before: no dictionary of values needed), else ``(False, [(node id, sources)])``
        in topological order, limited to the nodes ``stop`` depends on. Plans are plain data (they deep-copy and
        pickle with the module) and are made once per stop."""
        plan = self._plans.get(stop)
        if plan is None:
            needed, frontier = {stop}, [stop]
            sources_of = dict(self.order)
            while frontier:
                for source in sources_of.get(frontier.pop(), ()):
                    if source not in needed:
                        needed.add(source)
                        frontier.append(source)
            steps = [(node_id, sources) for node_id, sources in self.order if node_id in needed]
            previous, chain = self.input_id, True
            for node_id, sources in steps:
                chain = chain and sources == (previous,)
                previous = node_id
            plan = (True, [node_id for node_id, _ in steps]) if chain else (False, steps)
            self._plans[stop] = plan
        return plan

    def _run(self, x: torch.Tensor, stop: str, start: str | None = None) -> torch.Tensor:
        """The output of node ``stop`` when node ``start`` (the Input when None) gives ``x``: the one forward walk
        of the graph (activations and failures are observed with hooks on the submodules, see
        :mod:`netbuilder.core.training.probe`). Every node ``stop`` needs must follow ``start``."""
        start = self.input_id if start is None else start
        if stop == start:
            return x
        chain, steps = self._plan(stop)
        modules = self._modules
        if chain:
            for node_id in (steps if start == self.input_id else steps[steps.index(start) + 1:]):
                x = modules[node_id](x)
            return x
        values = {start: x}
        for node_id, sources in steps:
            if node_id not in values:
                values[node_id] = modules[node_id](*[values[s] for s in sources])
        return values[stop]

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self._run(x, self.output_id)

    def run_from(self, node_id: str, value: torch.Tensor, stop: str | None = None) -> torch.Tensor:
        """The output of node ``stop`` (the logits' node when None) when node ``node_id`` gives ``value``: the
        rest of the network after a frozen backbone whose features were computed before
        (:mod:`netbuilder.core.training.features_cache`). Every node ``stop`` needs must follow ``node_id``, none
        the Input."""
        return self._run(value, self.logits_id if stop is None else stop, start=node_id)

    def forward_logits(self, x: torch.Tensor) -> torch.Tensor:
        return self._run(x, self.logits_id)


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
            if first.node_id:
                raise DesignError(msg("{design}: node '{node_id}': {problem}", design=design.name,
                                      node_id=first.node_id, problem=first.message))
            raise DesignError(msg("{design}: {problem}", design=design.name, problem=first.message))
    check_weights_fit(infer_shapes(design), free_ram(), design.name)  # before a single weight is allocated
    if loss is None:
        loss = design.training.get("loss")
    return NetModule(design, loss)
