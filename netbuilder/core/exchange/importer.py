"""PyTorch ``nn.Module`` -> design: trace the model with torch.fx and map each step to a catalogue layer.

:func:`import_module` loads ``FILE.py:ClassName``. **It runs the file** (as ``python FILE.py`` would, except for
its ``if __name__ == "__main__":`` part) and then builds ``ClassName()``: only import files you trust.
:func:`import_model` takes a model object directly.

How a model becomes a design:

* ``torch.fx.symbolic_trace`` records ``forward()`` as a graph of steps. Modules of the catalogue (torch.nn's
  layers, netbuilder's helper classes, and copies of those helpers in exported files) are kept whole; the code of
  any other module is traced through, so its steps are mapped one by one.
* The traced graph runs once on a random batch (``torch.fx.Interpreter``), which gives every step's inputs and
  output and so their shapes.
* Which catalogue layer a step is comes from the catalogue itself: each spec's ``constructor`` names the class it
  builds (``Linear`` builds ``nn.Linear``), so the module class picks the spec. The spec's parameters are read from
  the module's attributes of the same name (a few spelled otherwise are listed in ``importer_match._ATTRIBUTES``),
  and the choice is *checked*, not trusted: the spec must build a module with the same settings and weight shapes
  that, given the same weights and inputs, computes the same output. Parameters that a module does not reveal (``return_sequences``
  of a plain ``nn.LSTM``) are found by trying the spec's values against that check.
* Functions map through the same machinery: ``F.relu``/``torch.relu``/``x.relu()`` are the functional forms of the
  parameterless catalogue layer with the same name (found by name from the catalogue's torch.nn classes, arguments
  normalised with torch.fx's operator schemas), built as that module and checked like one. The graph-only steps
  ``a + b`` (Add), ``torch.cat`` (Concat) and ``x.view``/``x.reshape`` keeping the batch (Flatten or Reshape) are
  the rules written by hand.
* A torchvision model of a backbone netbuilder knows (``resnet18``, ...) is one ``Pretrained`` node, recognised by
  its class (:mod:`.importer_backbone`).
* The design is validated, and its parameter count must equal the model's.

This module traces, runs and maps the steps and builds the design; :mod:`.importer_load` runs the file,
:mod:`.importer_match` finds and checks the catalogue layer of one step, :mod:`.importer_steps` maps the function
steps, :mod:`.importer_backbone` the backbones, :mod:`.importer_names` gives node ids and the words of messages.
"""
from __future__ import annotations

import inspect
import operator
import sys
from dataclasses import dataclass, field
from typing import Any

import torch
import torch.fx as fx
from torch import nn

from ..errors import DesignError, NetbuilderError, quote
from ..design.graph import Design, Edge
from .importer_load import check_input_fits, load_file
from .importer_match import BATCH, NoMatch, Step, exc_line, fit, layers_for
from .importer_names import class_label, function_name, index_text, unique_id
from .importer_backbone import BackboneSteps, backbone_of
from .importer_steps import FunctionSteps
from ..layers import REGISTRY, LayerSpec
from ..design.layout import layered_layout
from ..design.shapes import infer_shapes
from ..design.validate import validate
from ..text import msg


def parse_shape(text: str, option: str = "--input-shape") -> list[int]:
    """``"1,28,28"`` -> ``[1, 28, 28]``; anything else raises a one-line NetbuilderError."""
    parts = [p.strip() for p in str(text).strip().strip("[]()").split(",")]
    try:
        shape = [int(p) for p in parts if p != ""]
    except ValueError:
        shape = []
    problem = REGISTRY["Input"].param("shape").check(shape) if shape else "no sizes"
    if problem:
        raise NetbuilderError(msg("{option} {text}: give the shape of one sample, without the batch, as whole "
                                  "numbers of at least 1 separated by commas, e.g. 1,28,28", option=option,
                                  text=quote(str(text))))
    return shape


def import_module(spec: str, input_shape: list[int], name: str | None = None) -> Design:
    """The design of ``ClassName()`` from ``FILE.py:ClassName`` for samples of shape ``input_shape`` (without the
    batch). RUNS ``FILE.py``. Raises a one-line NetbuilderError for a missing file or class, a class that needs
    constructor arguments, a forward() torch.fx cannot trace, or a step without a catalogue layer."""
    module_name, model, what = load_file(spec)
    try:
        return import_model(model, input_shape, name=name or what, what=what)
    finally:
        sys.modules.pop(module_name, None)


def import_model(model: nn.Module, input_shape: list[int], name: str | None = None,
                 what: str | None = None) -> Design:
    """The design of the model object ``model`` for samples of shape ``input_shape`` (without the batch);
    ``what`` names it in messages (default: its class name)."""
    what = what or type(model).__name__
    shape = [int(d) for d in input_shape]
    problem = REGISTRY["Input"].param("shape").check(shape)
    if problem:
        raise NetbuilderError(msg("cannot import {what}: input shape {shape}: {problem}", what=what, shape=shape,
                                  problem=problem))
    return _Importer(model, shape, name or what, what).run()


# the traced graph -> the design -------------------------------------------------------------------------------------
class _Recorder(fx.Interpreter):
    """Runs the traced graph and keeps every step's value (``env``) and the step it is at (``current``)."""

    def __init__(self, gm: fx.GraphModule):
        super().__init__(gm, garbage_collect_values=False)
        self.extra_traceback = False  # the step is named by `current`; torch's extra report costs seconds
        self.current: fx.Node | None = None

    def run_node(self, n: fx.Node) -> Any:
        self.current = n
        return super().run_node(n)


class _Tracer(fx.Tracer):
    """Keeps the catalogue's modules (and netbuilder's helper classes copied into exported files) whole."""

    def is_leaf_module(self, m: nn.Module, module_qualified_name: str) -> bool:
        return (backbone_of(m) is not None or layers_for(m) is not None
                or super().is_leaf_module(m, module_qualified_name))


@dataclass
class _Pending:
    """A tuple a module returned (an ``nn.LSTM``'s ``(output, (h_n, c_n))``), and the indexing applied to it so far."""

    leaf: fx.Node
    chain: list[fx.Node] = field(default_factory=list)


@dataclass
class _Record:
    """One node of the design to be."""

    base: str  # what its id is made from (the module's qualified name, or the traced step's name)
    type: str
    params: dict
    inputs: list[int]  # indices of the records feeding it, in port order


class _Importer(FunctionSteps, BackboneSteps):
    def __init__(self, model: nn.Module, shape: list[int], name: str, what: str):
        self.model, self.shape, self.name, self.what = model, shape, name, what
        self.records: list[_Record] = []
        self.value: dict[fx.Node, Any] = {}  # record index, _Pending, or None for a plain value (a size)
        self.used: dict[nn.Module, str] = {}  # modules with weights already in the design -> qualified name
        self.materialised: dict[fx.Node, int] = {}
        self.output: int | None = None

    def fail(self, message: str) -> NetbuilderError:
        return NetbuilderError(msg("cannot import {what}: {message}", what=self.what, message=message))

    def run(self) -> Design:
        self.graph_module = self._trace()
        self.env = self._run_once()
        for node in self.graph_module.graph.nodes:
            self._map(node)
        design = self._design()
        self._check_design(design)
        return design

    # tracing and the one run --------------------------------------------------------------------------------
    def _trace(self) -> fx.GraphModule:
        try:
            graph = _Tracer().trace(self.model)
        except Exception as exc:  # noqa: BLE001 - whatever the user's forward() does under tracing
            raise self.fail(msg("torch.fx cannot trace its forward() ({exc}); forward() must run the same steps "
                                "for every input: no if, for or while on tensor values, no .item() or .tolist(); "
                                "make such steps fixed or leave them out", exc=exc_line(exc))) from None
        gm = fx.GraphModule(self.model, graph, type(self.model).__name__)
        gm.graph.eliminate_dead_code()  # e.g. the c_n of `out, (h_n, c_n) = self.lstm(x)` when unused
        return gm

    def _run_once(self) -> dict[fx.Node, Any]:
        """Every step's value for a random batch (in eval mode: no dropout), kept for the checks."""
        check_input_fits(self.shape, self.what)
        modes = {m: m.training for m in self.model.modules()}
        generator = torch.Generator().manual_seed(0)
        # random samples, then token numbers (for a model that embeds them), the second made only when needed
        makers = (lambda: torch.randn(BATCH, *self.shape, generator=generator),
                  lambda: torch.zeros(BATCH, *self.shape, dtype=torch.long))
        first_error = None
        try:
            for make in makers:
                try:
                    x = make()
                except (MemoryError, RuntimeError) as exc:  # a process limit the memory check does not know of
                    raise self.fail(msg("cannot allocate the traced run's input, {batch} samples of shape {shape} "
                                        "({exc}): give a smaller input shape (--input-shape), the size of one real "
                                        "sample", batch=BATCH, shape=self.shape, exc=exc_line(exc))) from None
                interpreter = _Recorder(self.graph_module)
                try:
                    with torch.no_grad():
                        self.model.eval()
                        interpreter.run(x)
                    return interpreter.env
                except Exception as exc:  # noqa: BLE001 - the user's model failing on the input
                    first_error = first_error or (exc, interpreter.current)
        finally:
            for m, mode in modes.items():
                m.training = mode
        exc, node = first_error
        where = msg(" in {label}", label=self._label(node)) if node is not None and node.op != "call_module" else (
            msg(" in layer '{target}'", target=node.target) if node is not None else "")
        raise self.fail(msg("running it on an input of shape {shape} failed{where} ({exc}); check the input shape: "
                            "one sample, without the batch", shape=self.shape, where=where, exc=exc_line(exc)))

    # one traced step ----------------------------------------------------------------------------------------
    def _map(self, node: fx.Node) -> None:
        if node.op == "placeholder":
            if not self.records:
                base = str(node.target).lstrip("*")  # forward()'s argument name (node.name avoids builtins)
                self.records.append(_Record(base, "Input", {"shape": list(self.shape)}, []))
                self.value[node] = 0
            elif node.users:
                raise self.fail(msg("forward() takes a second input ({node_name!r}); a netbuilder design has one "
                                    "Input", node_name=node.name))
            return
        if node.op == "output":
            result = node.args[0]
            if not isinstance(result, fx.Node) or not self._holds_tensor(result):
                raise self.fail(msg("forward() returns {name}, not one tensor; a netbuilder design has one output",
                                    name=type(self.env[node]).__name__))
            self.output = self._use(result, node)
            return
        value = self.env[node]
        if node.op == "get_attr" and self._holds_tensor(node):
            raise self._weights_error(node)
        if node.op == "call_function" and node.target is operator.getitem \
                and isinstance(self.value.get(node.args[0]), _Pending):
            pending = self.value[node.args[0]]
            self.value[node] = _Pending(pending.leaf, pending.chain + [node])
            return
        if not self._holds_tensor(node):
            self.value[node] = None  # a size or another plain value: an argument, not a layer
            return
        if node.op == "call_module":
            self._module_step(node, value)
        else:
            self._function_step(node)

    def _holds_tensor(self, node_or_value) -> bool:
        value = self.env[node_or_value] if isinstance(node_or_value, fx.Node) else node_or_value
        if isinstance(value, torch.Tensor):
            return True
        if isinstance(value, (tuple, list)):
            return any(self._holds_tensor(v) for v in value)
        return False

    def _concrete(self, arg):
        return fx.node.map_arg(arg, lambda n: self.env[n])

    def _use(self, node: fx.Node, consumer: fx.Node) -> int:
        """The record that computes ``node``'s tensor (materialising an indexed tuple)."""
        value = self.value.get(node)
        if isinstance(value, int):
            return value
        if isinstance(value, _Pending):
            return self._materialise(node, value, consumer)
        raise self.fail(msg("{label} uses {node_name!r}, which is not a layer's output", label=self._label(consumer),
                            node_name=node.name))

    def _add(self, node: fx.Node, base: str, spec: LayerSpec, params: dict, inputs: list[int],
             module: nn.Module | None = None, qualname: str | None = None) -> int:
        if module is not None and any(True for _ in module.parameters()):
            if module in self.used:
                raise self.fail(msg("layer '{qualname}' is used more than once in forward() (shared weights); "
                                    "netbuilder gives every layer its own weights: make one module per use",
                                    qualname=qualname))
            self.used[module] = qualname or base
        self.records.append(_Record(base, spec.type, params, inputs))
        self.value[node] = len(self.records) - 1
        return len(self.records) - 1

    def _module_step(self, node: fx.Node, value) -> None:
        module = self.model.get_submodule(node.target)
        if backbone_of(module) is not None:  # a torchvision backbone: importer_backbone
            return self._backbone_step(node, module)
        where = msg("layer '{target}' ({kind})", target=node.target, kind=class_label(module))
        found = layers_for(module)
        if found is None:
            raise self.fail(msg("layer '{target}' is a {class_label}, and netbuilder's catalogue has no such "
                                "layer; replace it with catalogue layers, or leave it out", target=node.target,
                                class_label=class_label(module)))
        layers, plain_torch = found
        if not isinstance(value, torch.Tensor):
            if plain_torch:
                self.value[node] = _Pending(node)  # resolved where forward() indexes it
                return
            raise self.fail(msg("{where} returns {name}, not one tensor", where=where, name=type(value).__name__))
        bad = [a for a in node.args if not (isinstance(a, fx.Node) and isinstance(self.env[a], torch.Tensor))]
        if bad or node.kwargs:
            raise self.fail(msg("{where} is called with other arguments than layer outputs; netbuilder's {type} "
                                "takes only its input tensors", where=where, type=layers[0].spec.type))
        inputs = [self._use(a, node) for a in node.args]
        values = [self.env[a] for a in node.args]
        step = Step(where, module, values, lambda: module(*values), value)
        try:
            spec, params = fit(layers, step)
        except NoMatch as exc:
            raise self.fail(msg("{where}: {exc}", where=where, exc=exc.args[0])) from None
        self._add(node, node.target, spec, params, inputs, module, node.target)

    def _materialise(self, node: fx.Node, pending: _Pending, consumer: fx.Node) -> int:
        """The layer for a tensor indexed out of a module's tuple: ``out[:, -1]``, ``h_n[-1]``, ``attn(x, x, x)[0]``."""
        if node in self.materialised:
            return self.materialised[node]
        leaf = pending.leaf
        module = self.model.get_submodule(leaf.target)
        layers, _ = layers_for(module)
        where = msg("layer '{target}' ({kind})", target=leaf.target, kind=class_label(module))
        expr = leaf.target + "(...)" + "".join(index_text(self._concrete(g.args[1])) for g in pending.chain)
        value = self.env[node]
        if not pending.chain:
            raise self.fail(msg("{where} returns a tuple, and {label} uses it whole; take the tensor you need out "
                                "of it (e.g. out, _ = self.{target}(x))", where=where, label=self._label(consumer),
                                target=leaf.target))
        if not isinstance(value, torch.Tensor):
            raise self.fail(msg("{where} is used as {expr}, which is not one tensor", where=where, expr=expr))
        sources = list(dict.fromkeys(n for n in leaf.all_input_nodes if self._holds_tensor(n)))
        if len(sources) != 1:
            raise self.fail(msg("{where} gets {n_sources} different tensors ({names}); netbuilder's {type} takes "
                                "one input", where=where, n_sources=len(sources),
                                names=', '.join(n.name for n in sources), type=layers[0].spec.type))
        args, kwargs = self._concrete(leaf.args), self._concrete(leaf.kwargs)
        chain = [self._concrete(g.args[1]) for g in pending.chain]

        def reference():
            out = module(*args, **kwargs)
            for index in chain:
                out = out[index]
            return out

        step = Step(where, module, [self.env[sources[0]]], reference, value)
        try:
            spec, params = fit(layers, step)
        except NoMatch as exc:
            raise self.fail(msg("{where} is used as {expr} (node '{node_name}'), which netbuilder's {type} cannot "
                                "reproduce: {exc}", where=where, expr=expr, node_name=node.name,
                                type=layers[0].spec.type, exc=exc.args[0])) from None
        for other, index in self.materialised.items():  # the same layer output reached two ways (out[:, -1], h[-1])
            record = self.records[index]
            if record.base == leaf.target and record.params == params and torch.equal(self.env[other], value):
                self.materialised[node] = index
                return index
        inputs = [self._use(sources[0], leaf)]
        index = self._add(node, leaf.target, spec, params, inputs, module, leaf.target)
        self.materialised[node] = index
        return index

    # labels and weights ---------------------------------------------------------------------------------------
    def _label(self, node: fx.Node) -> str:
        if node.op == "output":
            return msg("forward()'s return")
        if node.op == "call_method":
            text = msg("method .{method}() (node '{node}')", method=node.target, node=node.name)
        elif node.op == "call_function" and node.target is operator.getitem:
            text = msg("indexing [...] (node '{node}')", node=node.name)
        elif node.op == "call_function":
            text = msg("function {function} (node '{node}')", function=function_name(node.target), node=node.name)
        else:
            text = msg("node '{node}'", node=node.name)
        stack = node.meta.get("nn_module_stack") or {}
        if stack:
            qualname, cls = list(stack.values())[-1]
            if qualname:
                text = msg("{text} in '{qualname}' ({kind})", text=text, qualname=qualname,
                           kind=class_label(cls) if inspect.isclass(cls) else cls)
        return text

    def _weights_error(self, node: fx.Node) -> NetbuilderError:
        owner = node.target.rpartition(".")[0]
        kind = "parameter" if node.target in dict(self.model.named_parameters()) else "tensor"
        if owner:
            module = self.model.get_submodule(owner)
            return self.fail(msg("layer '{owner}' is a {class_label} that uses its own {kind} '{target}' in "
                                 "forward(), and netbuilder's catalogue has no such layer; build it from catalogue "
                                 "layers, or leave it out", owner=owner, class_label=class_label(module), kind=kind,
                                 target=node.target))
        return self.fail(msg("forward() uses the {kind} '{target}' directly; netbuilder imports only layers of its "
                             "catalogue (put the weights in a catalogue layer)", kind=kind, target=node.target))

    # the design ---------------------------------------------------------------------------------------------
    def _design(self) -> Design:
        taken: set[str] = set()
        ids = [""] * len(self.records)
        for i in list(range(1, len(self.records))) + [0]:  # layers keep their names first; the input adapts
            ids[i] = unique_id(self.records[i].base, taken)
        design = Design(self.name, f"Imported from the PyTorch model {self.what} by netbuilder import.")
        for i, record in enumerate(self.records):
            design.add_node(record.type, record.params, id=ids[i])
        for i, record in enumerate(self.records):
            for port, source in enumerate(record.inputs):
                design.add_edge(Edge(ids[source], ids[i], port))
        for node_id, position in layered_layout(design).items():
            design.nodes[node_id].position = position
        self.ids = ids
        return design

    def _check_design(self, design: Design) -> None:
        errors = [d for d in validate(design, check_training=False) if d.severity == "error"]
        if errors:
            where = msg("node '{node_id}': ", node_id=errors[0].node_id) if errors[0].node_id else ""
            raise DesignError(msg("cannot import {what}: the design it makes is not valid: {where}{message}",
                                  what=self.what, where=where, message=errors[0].message))
        outputs = design.output_nodes()
        if self.output is None or outputs != [self.ids[self.output]]:
            raise DesignError(msg("cannot import {what}: forward() returns {ids!r} but the design ends in {outputs}",
                                  what=self.what, ids=self.ids[self.output or 0], outputs=', '.join(outputs)))
        ours = sum(n.params + n.frozen for n in infer_shapes(design).nodes.values())  # frozen ones count too
        theirs = sum(p.numel() for p in self.model.parameters())
        if ours != theirs:
            used = set(self.used.values())
            unused = sorted({name.rpartition(".")[0] or name for name, _ in self.model.named_parameters()
                             if not any(name.startswith(u + ".") for u in used)})
            hint = msg("; forward() does not use {names}", names=', '.join(repr(u) for u in unused[:4])) \
                if unused else ""
            raise DesignError(msg("cannot import {what}: it has {theirs:,} parameters but the imported design has "
                                  "{ours:,}{hint}", what=self.what, theirs=theirs, ours=ours, hint=hint))
