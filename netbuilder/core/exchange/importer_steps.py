"""The function steps of a traced model, for :mod:`netbuilder.core.exchange.importer`: ``a + b`` (Add), ``torch.cat``
(Concat), ``x.view``/``x.reshape`` keeping the batch (Flatten or Reshape), and the functional forms of the
catalogue's parameterless layers (``F.relu``, ``torch.flatten``, ``x.softmax``), each built as its module and checked
like one. A mixin of the importer, so that the module steps and the function steps each fit in one file.
"""
from __future__ import annotations

import inspect
import operator
from typing import Any, List

import torch
import torch.fx as fx
from torch import nn
from torch.fx.operator_schemas import normalize_function

from .importer_match import BATCH, NoMatch, Step, catalogue, exc_line, fit, functional_forms
from ..layers import modules as helper_modules
from ..text import msg

#: A function's argument that its module's constructor names otherwise (torch.unflatten's ``sizes``).
_RENAMED_ARGUMENTS = {"sizes": "unflattened_size"}
#: The graph-only steps, mapped by hand: (functions, Tensor method names).
_ADD = ({operator.add, torch.add}, {"add"})
_CAT = ({torch.cat, torch.concat, torch.concatenate}, set())
_RESHAPE = ({torch.reshape}, {"view", "reshape"})
_NO_OPS = {"contiguous"}  # Tensor methods that return the same values


class FunctionSteps:
    """The importer's handling of call_function and call_method steps (it provides ``env``, ``value``,
    ``fail``, ``_label``, ``_use``, ``_concrete`` and ``_add``)."""

    def _rerun(self, node: fx.Node):
        """Recompute a function step from the recorded values of its arguments."""
        args, kwargs = self._concrete(node.args), self._concrete(node.kwargs)
        if node.op == "call_method":
            return lambda: getattr(args[0], node.target)(*args[1:], **kwargs)
        return lambda: node.target(*args, **kwargs)

    def _arguments(self, node: fx.Node) -> dict[str, Any] | None:
        """The call's arguments by name (fx Nodes where it passes step outputs), from torch.fx's operator
        schemas; None when torch does not know the function's signature."""
        target = getattr(torch, node.target, None) if node.op == "call_method" else node.target
        if target is None:
            return None

        def kind(arg):
            if isinstance(arg, fx.Node):
                value = self.env[arg]
                return torch.Tensor if isinstance(value, torch.Tensor) else type(value)
            if isinstance(arg, (list, tuple)) and arg and all(kind(a) is torch.Tensor for a in arg):
                return List[torch.Tensor]
            return type(arg)

        try:
            found = normalize_function(target, tuple(node.args), dict(node.kwargs),
                                       arg_types=tuple(kind(a) for a in node.args),
                                       kwarg_types={k: kind(v) for k, v in node.kwargs.items()},
                                       normalize_to_only_use_kwargs=True)
        except Exception:  # noqa: BLE001 - an ambiguous or unknown schema
            return None
        return dict(found.kwargs) if found is not None else None

    def _function_step(self, node: fx.Node) -> None:
        target, is_method = node.target, node.op == "call_method"
        functions, methods = functional_forms()
        if is_method and target in _NO_OPS:
            self.value[node] = self._use(node.args[0], node)
        elif _is(node, _ADD):
            self._graph_step(node, "Add")
        elif _is(node, _CAT):
            self._graph_step(node, "Concat")
        elif _is(node, _RESHAPE):
            self._reshape_step(node)
        elif _is(node, (set(functions), set(methods))):
            self._functional_step(node, methods[target] if is_method else functions[target])
        else:
            raise self.fail(msg("{label} has no layer type in netbuilder's catalogue; build forward() from "
                                "catalogue layers (see the editor's palette), or leave it out",
                                label=self._label(node)))

    def _graph_step(self, node: fx.Node, type_name: str) -> None:
        """``a + b`` -> Add; ``torch.cat([a, b], dim)`` -> Concat."""
        if node.target is operator.add:
            tensors, extra = list(node.args), {}
        else:
            arguments = self._arguments(node)
            if arguments is None:
                raise self.fail(msg("{label}: cannot read its arguments", label=self._label(node)))
            if type_name == "Add":
                tensors = [arguments.pop("input", None), arguments.pop("other", None)]
                if arguments.pop("alpha", 1) != 1:
                    raise self.fail(msg("{label} scales what it adds (alpha); netbuilder's Add only sums",
                                        label=self._label(node)))
            else:
                tensors = list(arguments.pop("tensors", None) or ())
            extra = arguments
        if len(tensors) < 2 or not all(isinstance(t, fx.Node) and isinstance(self.env[t], torch.Tensor)
                                       for t in tensors):
            what = msg("adds a constant") if type_name == "Add" else msg("joins fewer than two layer outputs")
            raise self.fail(msg("{label} {what}; netbuilder's {type_name} joins two or more layer outputs",
                                label=self._label(node), what=what, type_name=type_name))
        if extra.get("out") is not None:
            raise self.fail(msg("{label} writes into out=; netbuilder's {type_name} cannot", label=self._label(node),
                                type_name=type_name))
        module = helper_modules.Add() if type_name == "Add" else helper_modules.Concat(dim=self._concrete(extra["dim"]))
        self._function_layer(node, module, tensors)

    def _reshape_step(self, node: fx.Node) -> None:
        """``x.view(x.size(0), -1)`` -> Flatten; ``x.reshape(-1, 1, 28, 28)`` -> Reshape([1, 28, 28])."""
        sizes = list(node.args[1:]) if node.op == "call_method" else [node.args[1] if len(node.args) > 1
                                                                      else node.kwargs.get("shape")]
        sizes += list(node.kwargs.get("shape", ())) if node.op == "call_method" else []
        if len(sizes) == 1 and isinstance(sizes[0], (tuple, list)):
            sizes = list(sizes[0])
        value = self.env[node]
        first = sizes[0] if sizes else None
        keeps_batch = isinstance(first, fx.Node) and self.env[first] == BATCH or first == -1
        if not keeps_batch or value.shape[0] != BATCH:
            raise self.fail(msg("{label} does not keep the batch as its first size; netbuilder reshapes each "
                                "sample: write x.view(x.size(0), ...) or x.reshape(-1, ...)", label=self._label(node)))
        source = node.args[0]
        if not isinstance(self.env[source], torch.Tensor):
            raise self.fail(msg("{label} reshapes no layer output", label=self._label(node)))
        target = list(value.shape[1:])
        module = nn.Flatten() if len(target) == 1 else helper_modules.Reshape(target)
        self._function_layer(node, module, [source])

    def _functional_step(self, node: fx.Node, cls: type) -> None:
        """``F.relu(x)``, ``torch.flatten(x, 1)``, ``x.softmax(1)``: the module ``cls`` built from the arguments."""
        arguments = self._arguments(node)
        if not arguments:
            raise self.fail(msg("{label}: cannot read its arguments", label=self._label(node)))
        target = getattr(torch, node.target) if node.op == "call_method" else node.target
        first, source = next(iter(arguments.items()))
        arguments.pop(first)
        if not (isinstance(source, fx.Node) and isinstance(self.env[source], torch.Tensor)):
            raise self.fail(msg("{label} is not applied to a layer output", label=self._label(node)))
        accepted = inspect.signature(cls).parameters
        kwargs = {}
        for name, arg in arguments.items():
            value = self._concrete(arg)
            if isinstance(arg, fx.Node) and isinstance(value, torch.Tensor):
                raise self.fail(msg("{label} takes a second tensor ({name}={arg_name}); netbuilder's {layer} takes "
                                    "its input only", label=self._label(node), name=name, arg_name=arg.name,
                                    layer=cls.__name__))
            renamed = _RENAMED_ARGUMENTS.get(name, name)
            if renamed in accepted:
                kwargs[renamed] = None if isinstance(value, (list, tuple)) and not value else value  # [] = default
            elif not (value is None or name.startswith("_") or _same_default(target, name, value)):
                raise self.fail(msg("{label} has {name}={value!r}, which nn.{layer} (netbuilder's layer) cannot "
                                    "take", label=self._label(node), name=name, value=value, layer=cls.__name__))
        try:
            module = cls(**kwargs)
        except Exception as exc:  # noqa: BLE001
            raise self.fail(msg("{label}: its arguments do not make an nn.{name} ({exc})", label=self._label(node),
                                name=cls.__name__, exc=exc_line(exc))) from None
        self._function_layer(node, module, [source])

    def _function_layer(self, node: fx.Node, module: nn.Module, sources: list[fx.Node]) -> None:
        """The design node for a function step, checked as the module ``module`` it is equivalent to."""
        layers = catalogue().get(type(module))
        where = self._label(node)
        if not layers:
            raise self.fail(msg("{where} has no layer type in netbuilder's catalogue", where=where))
        inputs = [self._use(s, node) for s in sources]
        step = Step(where, module, [self.env[s] for s in sources], self._rerun(node), self.env[node])
        try:
            spec, params = fit(layers, step)
        except NoMatch as exc:
            raise self.fail(msg("{where}: {exc}", where=where, exc=exc.args[0])) from None
        self._add(node, node.name, spec, params, inputs)


def _is(node: fx.Node, forms: tuple[set, set]) -> bool:
    """Whether a call_function/call_method node calls one of ``forms`` (functions, Tensor method names)."""
    functions, methods = forms
    if node.op == "call_method":
        return node.target in methods
    try:
        return node.target in functions
    except TypeError:  # an unhashable callable
        return False


def _same_default(target, name: str, value) -> bool:
    """Whether ``value`` is the default of ``target``'s argument ``name`` (which its module has no place for)."""
    try:
        parameter = inspect.signature(target).parameters.get(name)
    except (TypeError, ValueError):
        return False
    return parameter is not None and parameter.default is not parameter.empty and parameter.default == value
