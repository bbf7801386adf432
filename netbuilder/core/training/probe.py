"""Looking inside a compiled network: one mechanism, forward hooks on its submodules (named by node id).

:class:`NetModule` has one forward walk (``compiler.NetModule._run``); everything that needs to see a layer's
input or output uses the hooks here on the real forward pass, so no second walk of the graph can drift from it:

- :func:`activations`: every node's output for some inputs (the activation panels, ``MainWindow.activations``);
- :func:`locate_failure`: the node that raised during a forward pass, with its input shapes (training's error
  messages);
- :func:`unit_health`: per activation node, the share of dead ReLU units or of saturated sigmoid / tanh outputs
  (the canvas's health colouring and the learners' warnings);
- :func:`gradient_norms`: each node's gradient norm after a backward pass (no hooks needed: gradients live on
  the parameters).

Hooks are removed when a probe ends, also when the forward pass raises. Probing never changes the model's
training/eval mode or its weights, and runs without autograd.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterable, Iterator

import torch
from torch import nn

#: Outputs beyond these are "saturated": the unit's gradient is nearly zero there.
SATURATION = {nn.Sigmoid: (0.01, 0.99), nn.Tanh: (-0.99, 0.99)}
#: Activations whose units can die (output 0 for every input).
DYING = (nn.ReLU, nn.ReLU6)


def node_modules(model, nodes: Iterable[str] | None = None) -> dict[str, nn.Module]:
    """The submodules of ``model`` by node id, in network order (all of them, or those of ``nodes``)."""
    wanted = None if nodes is None else set(nodes)
    return {node_id: model._modules[node_id] for node_id, _ in model.order if wanted is None or node_id in wanted}


@contextmanager
def hooked(modules: dict[str, nn.Module], *, before: Callable | None = None,
           after: Callable | None = None) -> Iterator[None]:
    """Call ``before(node_id, inputs)`` as each module starts and ``after(node_id, inputs, output)`` as it ends,
    while the ``with`` block runs; the hooks are gone afterwards, whatever happens."""
    handles = []
    try:
        for node_id, module in modules.items():
            if before is not None:
                handles.append(module.register_forward_pre_hook(lambda _m, inputs, _id=node_id: before(_id, inputs)))
            if after is not None:
                handles.append(module.register_forward_hook(
                    lambda _m, inputs, output, _id=node_id: after(_id, inputs, output)))
        yield
    finally:
        for handle in handles:
            handle.remove()


@contextmanager
def _observing(model) -> Iterator[None]:
    """Eval mode (no Dropout, BatchNorm's running statistics used and left alone) and no autograd; the mode the
    model was in comes back afterwards."""
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            yield
    finally:
        model.train(was_training)


def activations(model, x: torch.Tensor, nodes: Iterable[str] | None = None, *,
                to_cpu: bool = True) -> dict[str, torch.Tensor]:
    """Each node's output for the inputs ``x`` (a batch), in network order, starting with the input node's (``x``
    itself). ``nodes``: only these (the input node is always included). Detached copies, on the CPU unless
    ``to_cpu`` is False."""
    out: dict[str, torch.Tensor] = {model.input_id: x.detach().cpu() if to_cpu else x.detach()}

    def keep(node_id, _inputs, output):
        out[node_id] = output.detach().cpu() if to_cpu else output.detach().clone()

    with _observing(model), hooked(node_modules(model, nodes), after=keep):
        model(x)
    return out


def locate_failure(model, x: torch.Tensor) -> tuple[str, str, list, BaseException] | None:
    """Run one batch; when a node raises, ``(node id, module type, input shapes, exception)``; None when the batch
    goes through."""
    started: list[tuple[str, list]] = []

    def enter(node_id, inputs):
        started.append((node_id, [tuple(t.shape) for t in inputs if isinstance(t, torch.Tensor)]))

    def leave(node_id, _inputs, _output):
        started.pop()

    try:
        with _observing(model), hooked(node_modules(model), before=enter, after=leave):
            model(x)
    except Exception as exc:  # noqa: BLE001 (any failure is what we are looking for)
        if not started:
            return None
        node_id, shapes = started[-1]  # the innermost node that began and never finished
        return node_id, type(model._modules[node_id]).__name__, shapes, exc
    return None


def _unit_axes(output: torch.Tensor) -> tuple[int, ...]:
    """The axes reduced to find a unit's activity: the batch, and for feature maps [N, C, ...] the positions, so
    that a unit is a feature (dense) or a channel (convolutions)."""
    return (0,) + tuple(range(2, output.dim()))


def unit_health(model, x: torch.Tensor) -> dict[str, dict]:
    """For each ReLU node: ``{"kind": "dead", "share": fraction of units that output 0 for every input in x,
    "units": n}``; for each Sigmoid / Tanh node: ``{"kind": "saturated", "share": fraction of outputs in the flat
    tails, "units": n}``. Other nodes are left out."""
    modules = {k: m for k, m in node_modules(model).items()
               if isinstance(m, DYING) or type(m) in SATURATION}
    health: dict[str, dict] = {}

    def measure(node_id, _inputs, output):
        module = modules[node_id]
        units = int(output.shape[1]) if output.dim() > 1 else 1
        if isinstance(module, DYING):
            alive = (output > 0).any(dim=_unit_axes(output)) if output.dim() > 1 else (output > 0).any()
            share = 1.0 - float(alive.float().mean())
            health[node_id] = {"kind": "dead", "share": share, "units": units}
        else:
            low, high = SATURATION[type(module)]
            share = float(((output <= low) | (output >= high)).float().mean()) if output.numel() else 0.0
            health[node_id] = {"kind": "saturated", "share": share, "units": units}

    if modules:
        with _observing(model), hooked(modules, after=measure):
            model(x)
    return {node_id: health[node_id] for node_id in modules if node_id in health}


def gradient_norms(model) -> dict[str, float]:
    """Each node's gradient norm (all its parameters' gradients together) after a backward pass; nodes without
    parameters or gradients are left out. One host read for all nodes."""
    names, norms = [], []
    for node_id, module in node_modules(model).items():
        grads = [p.grad for p in module.parameters() if p.grad is not None]
        if grads:
            names.append(node_id)
            norms.append(torch.linalg.vector_norm(torch.stack([torch.linalg.vector_norm(g) for g in grads])))
    if not norms:
        return {}
    return dict(zip(names, torch.stack(norms).double().cpu().tolist()))
