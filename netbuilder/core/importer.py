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
  the module's attributes of the same name (a few spelled otherwise are listed in ``_ATTRIBUTES``), and the choice
  is *checked*, not trusted: the spec must build a module with the same settings and weight shapes that, given the
  same weights and inputs, computes the same output. Parameters that a module does not reveal (``return_sequences``
  of a plain ``nn.LSTM``) are found by trying the spec's values against that check.
* Functions map through the same machinery: ``F.relu``/``torch.relu``/``x.relu()`` are the functional forms of the
  parameterless catalogue layer with the same name (found by name from the catalogue's torch.nn classes, arguments
  normalised with torch.fx's operator schemas), built as that module and checked like one. The graph-only steps
  ``a + b`` (Add), ``torch.cat`` (Concat) and ``x.view``/``x.reshape`` keeping the batch (Flatten or Reshape) are
  the rules written by hand.
* The design is validated, and its parameter count must equal the model's.
"""
from __future__ import annotations

import functools
import importlib.util
import inspect
import itertools
import math
import operator
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, List

import torch
import torch.fx as fx
import torch.nn.functional as F
from torch import nn
from torch.fx.operator_schemas import normalize_function

from .errors import DesignError, NetbuilderError, one_line, quote
from .graph import ID_RE, RESERVED_IDS, Design, Edge
from .layers import REGISTRY, LayerSpec, modules as helper_modules
from .layout import layered_layout
from .shapes import infer_shapes
from .validate import validate

BATCH = 2  # samples in the traced run (two, so that batch normalisation can train on it)
TRIES = 64  # most combinations of unrevealed parameters tried per layer

#: Spec parameters that a module keeps under another attribute (dotted path), written by hand.
_ATTRIBUTES = {
    ("MultiheadAttention", "bias"): "in_proj_bias",
    ("TransformerEncoderLayer", "nhead"): "self_attn.num_heads",
    ("TransformerEncoderLayer", "dim_feedforward"): "linear1.out_features",
    ("TransformerEncoderLayer", "dropout"): "dropout.p",
}
#: A function's argument that its module's constructor names otherwise (torch.unflatten's ``sizes``).
_RENAMED_ARGUMENTS = {"sizes": "unflattened_size"}
#: Module attributes that do not change what a layer computes, left out of the comparison.
_IGNORED_SETTINGS = {"training", "inplace"}
#: The graph-only steps, mapped by hand: (functions, Tensor method names).
_ADD = ({operator.add, torch.add}, {"add"})
_CAT = ({torch.cat, torch.concat, torch.concatenate}, set())
_RESHAPE = ({torch.reshape}, {"view", "reshape"})
_NO_OPS = {"contiguous"}  # Tensor methods that return the same values


def parse_shape(text: str, option: str = "--input-shape") -> list[int]:
    """``"1,28,28"`` -> ``[1, 28, 28]``; anything else raises a one-line NetbuilderError."""
    parts = [p.strip() for p in str(text).strip().strip("[]()").split(",")]
    try:
        shape = [int(p) for p in parts if p != ""]
    except ValueError:
        shape = []
    problem = REGISTRY["Input"].param("shape").check(shape) if shape else "no sizes"
    if problem:
        raise NetbuilderError(f"{option} {quote(str(text))}: give the shape of one sample, without the batch, as "
                              "whole numbers of at least 1 separated by commas, e.g. 1,28,28")
    return shape


def import_module(spec: str, input_shape: list[int], name: str | None = None) -> Design:
    """The design of ``ClassName()`` from ``FILE.py:ClassName`` for samples of shape ``input_shape`` (without the
    batch). RUNS ``FILE.py``. Raises a one-line NetbuilderError for a missing file or class, a class that needs
    constructor arguments, a forward() torch.fx cannot trace, or a step without a catalogue layer."""
    module_name, model, what = _load(spec)
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
        raise NetbuilderError(f"cannot import {what}: input shape {shape}: {problem}")
    return _Importer(model, shape, name or what, what).run()


# loading the file -----------------------------------------------------------------------------------------------
def _load(spec: str) -> tuple[str, nn.Module, str]:
    """Run FILE.py as a fresh module and build ClassName(): (module name in sys.modules, model, class name)."""
    file, sep, cls_name = str(spec).rpartition(":")
    if not sep or not file or not cls_name:
        raise NetbuilderError(f"{quote(str(spec))}: name the model as FILE.py:ClassName, e.g. model.py:MyNet")
    path = Path(file)
    if not path.is_file():
        raise NetbuilderError(f"{file}: no such file" + (" (it is a folder)" if path.is_dir() else ""))
    if not cls_name.isidentifier():
        raise NetbuilderError(f"{quote(cls_name)} is not a class name; name the model as FILE.py:ClassName")
    module_name = "_netbuilder_import_" + re.sub(r"\W", "_", path.stem) + f"_{abs(hash(str(path.resolve())))}"
    loader_spec = importlib.util.spec_from_file_location(module_name, path)
    if loader_spec is None or loader_spec.loader is None:
        raise NetbuilderError(f"{file}: cannot load it as Python source; give a .py file")
    module = importlib.util.module_from_spec(loader_spec)
    sys.modules[module_name] = module  # inspect.getsource finds the classes through it
    folder = str(path.resolve().parent)
    sys.path.insert(0, folder)  # as `python FILE.py` does: the file's own imports find its neighbours
    try:
        try:
            loader_spec.loader.exec_module(module)
        except BaseException as exc:  # the user's code: report anything it raises, even SystemExit
            if isinstance(exc, KeyboardInterrupt):
                raise
            raise NetbuilderError(f"{file}: running the file failed: {_exc_line(exc)}") from None
        cls = getattr(module, cls_name, None)
        if cls is None:
            found = sorted(n for n, v in vars(module).items()
                           if inspect.isclass(v) and issubclass(v, nn.Module) and v.__module__ == module_name)
            hint = f" (its nn.Module classes: {', '.join(found)})" if found else " (it defines no nn.Module class)"
            raise NetbuilderError(f"{file} has no class {quote(cls_name)}{hint}")
        if not (inspect.isclass(cls) and issubclass(cls, nn.Module)):
            raise NetbuilderError(f"{file}: {cls_name} is not an nn.Module class")
        try:
            signature = inspect.signature(cls)
        except (TypeError, ValueError):
            signature = None
        needed = [p.name for p in (signature.parameters.values() if signature else ())
                  if p.default is p.empty and p.kind not in (p.VAR_POSITIONAL, p.VAR_KEYWORD)]
        if needed:
            raise NetbuilderError(f"{cls_name} needs constructor arguments ({', '.join(needed)}), but import builds "
                                  f"it as {cls_name}(): give them default values, or import a subclass that "
                                  "passes them")
        try:
            model = cls()
        except BaseException as exc:
            if isinstance(exc, KeyboardInterrupt):
                raise
            raise NetbuilderError(f"creating {cls_name}() failed: {_exc_line(exc)}") from None
    except BaseException:
        sys.modules.pop(module_name, None)
        raise
    finally:
        if folder in sys.path:
            sys.path.remove(folder)
    return module_name, model, cls_name


def _exc_line(exc: BaseException, limit: int = 200) -> str:
    """``Type: message`` on one line; only the first paragraph (torch.fx appends "While executing ...")."""
    text = one_line(exc, limit, first_paragraph=True)
    return f"{type(exc).__name__}: {'(no message)' if text == type(exc).__name__ else text}"


# the catalogue, seen from torch -----------------------------------------------------------------------------------
@dataclass
class _Layer:
    spec: LayerSpec
    cls: type  # the class its constructor builds
    has_weights: bool  # whether the example module has parameters


@functools.lru_cache(maxsize=None)
def _catalogue() -> dict[type, list[_Layer]]:
    """Module class -> the specs whose constructor builds it (on each spec's first example input)."""
    out: dict[type, list[_Layer]] = {}
    for spec in REGISTRY.values():
        if spec.module is None:
            continue
        shapes = (spec.extra.get("example_inputs") or [[(8,)]])[0]
        params = {**spec.defaults(), **spec.extra.get("example_params", {})}
        example = spec.make(shapes, params)  # tiny; on the CPU (the meta device costs seconds to set up)
        layer = _Layer(spec, type(example), any(True for _ in example.parameters()))
        out.setdefault(type(example), []).append(layer)
    return out


def _torch_base(cls: type) -> type | None:
    """The torch.nn class that a netbuilder helper class extends (nn.LSTM for LSTM), if any."""
    for base in cls.__mro__[1:]:
        if base is not nn.Module and base.__module__.startswith("torch.nn"):
            return base
    return None


def _is_helper_copy(cls: type, helper: type) -> bool:
    """Whether ``cls`` is netbuilder's helper class ``helper`` as an exported file copies it: same name and the same
    source, for the class and each of its non-torch bases."""
    ours = [c for c in cls.__mro__ if not c.__module__.startswith(("torch", "builtins"))]
    theirs = [c for c in helper.__mro__ if not c.__module__.startswith(("torch", "builtins"))]
    if [c.__name__ for c in ours] != [c.__name__ for c in theirs]:
        return False
    try:
        return all(inspect.getsource(a) == inspect.getsource(b) for a, b in zip(ours, theirs))
    except (OSError, TypeError):
        return False


def _layers_for(module: nn.Module) -> tuple[list[_Layer], bool] | None:
    """The catalogue layers a module may be, and whether it is a plain torch.nn class that one of netbuilder's helper
    classes extends (then it may return a tuple that forward() indexes); None when it is none of them."""
    catalogue = _catalogue()
    cls = type(module)
    if cls in catalogue:
        return catalogue[cls], False
    helper = getattr(helper_modules, cls.__name__, None)
    if inspect.isclass(helper) and helper in catalogue and _is_helper_copy(cls, helper):
        return catalogue[helper], False
    for known, layers in catalogue.items():
        if known.__module__ == helper_modules.__name__ and _torch_base(known) is cls:
            return layers, True
    return None


@functools.lru_cache(maxsize=None)
def _functional_forms() -> tuple[dict[Any, type], dict[str, type]]:
    """The functional forms of the catalogue's parameterless torch.nn layers, found by name: ``torch.relu``,
    ``F.relu`` and ``Tensor.relu`` for ``nn.ReLU`` (names compared without case and underscores).
    Returns (function -> class, Tensor method name -> class)."""
    functions: dict[Any, type] = {}
    methods: dict[str, type] = {}
    for cls, layers in _catalogue().items():
        if not cls.__module__.startswith("torch.nn") or any(layer.has_weights for layer in layers):
            continue
        key = cls.__name__.lower()
        for namespace in (torch, F):
            for attr in dir(namespace):
                if not attr.startswith("_") and attr.replace("_", "").lower() == key:
                    functions.setdefault(getattr(namespace, attr), cls)
        for attr in dir(torch.Tensor):
            if not attr.startswith("_") and attr.replace("_", "").lower() == key and hasattr(torch, attr):
                methods[attr] = cls
    if nn.Upsample in _catalogue():
        functions[F.interpolate] = nn.Upsample  # by hand: the function behind nn.Upsample has another name
    return functions, methods


# reading and checking one layer -----------------------------------------------------------------------------------
class _NoMatch(Exception):
    """No catalogue spec reproduces a step; the message says why (for the first spec tried)."""


@dataclass
class _Step:
    """What one design node must reproduce."""

    where: str  # for messages, e.g. "layer 'conv' (nn.Conv2d)"
    original: nn.Module | None  # the module whose settings and weights the spec's module must match
    inputs: list[torch.Tensor]  # the values it gets in the traced run
    reference: Callable[[], Any]  # recomputes the original output (called under a fixed seed)
    output: torch.Tensor  # its output in the traced run

    @property
    def in_shapes(self) -> list[tuple[int, ...]]:
        return [tuple(t.shape[1:]) for t in self.inputs]


_MISSING = object()


def _attribute(module: nn.Module, path: str) -> Any:
    value: Any = module
    for part in path.split("."):
        value = getattr(value, part, _MISSING)
        if value is _MISSING:
            break
    return value


def _as_param(param, value) -> Any:
    """A module attribute as the value of spec parameter ``param``, or _MISSING when it cannot be one."""
    if value is _MISSING:
        return _MISSING
    kind = param.kind
    if kind == "bool":
        if value is None or isinstance(value, torch.Tensor):  # a bias kept as a tensor, or None without one
            return value is not None
        return value if isinstance(value, bool) else _MISSING
    if kind == "choice":
        return value if isinstance(value, str) and value in param.choices else _MISSING
    if kind == "int":
        return int(value) if isinstance(value, int) and not isinstance(value, bool) else _MISSING
    if kind == "float":
        ok = isinstance(value, (int, float)) and not isinstance(value, bool)
        return float(value) if ok else _MISSING
    if kind in ("size", "shape"):
        if isinstance(value, int) and not isinstance(value, bool):
            return value if kind == "size" else [value]
        if isinstance(value, (tuple, list)) and value and all(isinstance(v, int) and not isinstance(v, bool)
                                                               for v in value):
            if kind == "size" and len(set(value)) == 1:
                return int(value[0])
            return [int(v) for v in value]
    return _MISSING


def _options(param) -> list:
    """Values to try for a parameter the module does not reveal: the default first."""
    if param.kind == "bool":
        return [param.default, not param.default]
    if param.kind == "choice":
        return [param.default] + [c for c in param.choices if c != param.default]
    return [param.default]


def _settings(module: nn.Module) -> dict[str, Any]:
    """The plain settings a module keeps as attributes (in_features, kernel_size, eps, batch_first, ...)."""
    return {k: v for k, v in vars(module).items()
            if not k.startswith("_") and k not in _IGNORED_SETTINGS and _plain(v)}


def _plain(value) -> bool:
    if value is None or isinstance(value, (bool, int, float, str)):
        return True
    return isinstance(value, (tuple, list)) and all(_plain(v) for v in value)


def _same(a, b) -> bool:
    """Equal settings; ``2`` equals ``(2, 2)`` (torch keeps a size either way)."""
    if isinstance(a, (tuple, list)) and isinstance(b, (tuple, list)):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b))
    if isinstance(a, (tuple, list)) and isinstance(b, int) and not isinstance(b, bool):
        return len(a) > 0 and all(_same(x, b) for x in a)
    if isinstance(b, (tuple, list)):
        return _same(b, a)
    if isinstance(a, float) or isinstance(b, float):
        return isinstance(a, (int, float)) and isinstance(b, (int, float)) and float(a) == float(b)
    return type(a) is type(b) and a == b


def _show(value) -> str:
    return repr(tuple(value) if isinstance(value, list) else value)


def _compare_modules(original: nn.Module, rebuilt: nn.Module, spec: LayerSpec) -> str | None:
    """Why ``rebuilt`` differs from ``original`` in settings or weights (names, shapes); None when it does not."""
    for sub_name, sub in rebuilt.named_modules():
        try:
            counterpart = original.get_submodule(sub_name) if sub_name else original
        except AttributeError:
            return f"it has no submodule {sub_name!r} as netbuilder's {spec.type} has"
        mine = vars(counterpart)
        for attr, value in _settings(sub).items():
            if attr in mine and not _same(mine[attr], value):
                label = f"{sub_name}.{attr}" if sub_name else attr
                return (f"it has {label}={_show(mine[attr])}, and netbuilder's {spec.type} cannot (it would have "
                        f"{label}={_show(value)})")
    ours, theirs = original.state_dict(), rebuilt.state_dict()
    if set(ours) != set(theirs):
        missing, extra = sorted(set(ours) - set(theirs)), sorted(set(theirs) - set(ours))
        if missing:
            return f"it holds {', '.join(missing[:3])}, which netbuilder's {spec.type} does not have"
        return f"it lacks {', '.join(extra[:3])}, which netbuilder's {spec.type} has"
    for key, value in ours.items():
        if tuple(value.shape) != tuple(theirs[key].shape):
            return (f"its {key} has shape {list(value.shape)} where netbuilder's {spec.type} has "
                    f"{list(theirs[key].shape)}")
    return None



def _outputs_match(step: _Step, rebuilt: nn.Module, spec: LayerSpec) -> str | None:
    """Whether ``rebuilt`` computes what the step computed, in training mode under the same seed (so that dropout
    draws the same mask); None when it does. The original module's modes and buffers are put back afterwards."""
    original = step.original
    modes = {m: m.training for m in original.modules()} if original is not None else {}
    saved = {k: b.clone() for k, b in original.named_buffers()} if original is not None else {}
    try:
        with torch.no_grad(), torch.random.fork_rng(devices=[]):
            if original is not None:
                original.train()
            rebuilt.train()
            torch.manual_seed(0)
            expected = step.reference()
            torch.manual_seed(0)
            got = rebuilt(*step.inputs)
    except Exception as exc:  # noqa: BLE001 - any failure means "not the same layer"
        return f"netbuilder's {spec.type} fails on its input ({_exc_line(exc)})"
    finally:
        for m, mode in modes.items():
            m.training = mode
        if saved:
            with torch.no_grad():
                for k, b in original.named_buffers():
                    b.copy_(saved[k])
    if not isinstance(expected, torch.Tensor) or not isinstance(got, torch.Tensor):
        return f"it does not give one tensor as netbuilder's {spec.type} does"
    if expected.shape != got.shape:
        return f"netbuilder's {spec.type} gives shape {list(got.shape)} instead of {list(expected.shape)}"
    if not torch.allclose(got.double(), expected.double(), rtol=1e-4, atol=1e-5, equal_nan=True):
        return f"netbuilder's {spec.type} computes other values from the same weights and inputs"
    return None


def _check(spec: LayerSpec, params: dict, step: _Step) -> str | None:
    """None when ``spec`` with ``params`` reproduces the step: valid parameters, the same output shape, the same
    settings and weight shapes, and the same output from the same weights and inputs; else why not."""
    problems = spec.check_params(params)
    if problems:
        return problems[0]
    try:
        shape = spec.output_shape(step.in_shapes, params)
    except Exception as exc:  # noqa: BLE001 - a ShapeError, or a spec that cannot take these inputs at all
        return str(exc) if isinstance(exc, NetbuilderError) else _exc_line(exc)
    if tuple(shape) != tuple(step.output.shape[1:]):
        return f"netbuilder's {spec.type} would give shape {list(shape)}, not {list(step.output.shape[1:])}"
    try:
        rebuilt = spec.make(step.in_shapes, params)
    except Exception as exc:  # noqa: BLE001
        return f"netbuilder's {spec.type} cannot be built with {params} ({_exc_line(exc)})"
    if step.original is not None:
        reason = _compare_modules(step.original, rebuilt, spec)
        if reason:
            return reason
        rebuilt.load_state_dict(step.original.state_dict())
    return _outputs_match(step, rebuilt, spec)


def _fit(layers: list[_Layer], step: _Step) -> tuple[LayerSpec, dict]:
    """The spec and parameters that reproduce ``step`` (parameters equal to their default left out); raises
    _NoMatch with the first reason why not."""
    first_reason = None
    for layer in layers:
        spec = layer.spec
        known: dict[str, Any] = {}
        unknown: dict[str, list] = {}
        for p in spec.params:
            value = _MISSING
            if step.original is not None:
                value = _as_param(p, _attribute(step.original, _ATTRIBUTES.get((spec.type, p.name), p.name)))
            if value is _MISSING:
                unknown[p.name] = _options(p)
            else:
                known[p.name] = value
        for combo in itertools.islice(itertools.product(*unknown.values()), TRIES):
            chosen = dict(zip(unknown, combo))
            params = {p.name: known[p.name] if p.name in known else chosen[p.name] for p in spec.params}
            reason = _check(spec, params, step)
            if reason is None:
                return spec, _simplify(spec, params, step)
            first_reason = first_reason or reason
    raise _NoMatch(first_reason or "no layer of the catalogue builds it")


def _simplify(spec: LayerSpec, params: dict, step: _Step) -> dict:
    """Put back each parameter's default where that reproduces the step as well (a pool's stride equal to its
    kernel size is the default None), then leave the defaults out."""
    for p in spec.params:
        if params[p.name] != p.default:
            trial = {**params, p.name: p.default}
            if _check(spec, trial, step) is None:
                params = trial
    return {p.name: params[p.name] for p in spec.params if params[p.name] != p.default}


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
        return _layers_for(m) is not None or super().is_leaf_module(m, module_qualified_name)


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


class _Importer:
    def __init__(self, model: nn.Module, shape: list[int], name: str, what: str):
        self.model, self.shape, self.name, self.what = model, shape, name, what
        self.records: list[_Record] = []
        self.value: dict[fx.Node, Any] = {}  # record index, _Pending, or None for a plain value (a size)
        self.used: dict[nn.Module, str] = {}  # modules with weights already in the design -> qualified name
        self.materialised: dict[fx.Node, int] = {}
        self.output: int | None = None

    def fail(self, message: str) -> NetbuilderError:
        return NetbuilderError(f"cannot import {self.what}: {message}")

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
            raise self.fail(f"torch.fx cannot trace its forward() ({_exc_line(exc)}); forward() must run the same "
                            "steps for every input: no if, for or while on tensor values, no .item() or .tolist(); "
                            "make such steps fixed or leave them out") from None
        gm = fx.GraphModule(self.model, graph, type(self.model).__name__)
        gm.graph.eliminate_dead_code()  # e.g. the c_n of `out, (h_n, c_n) = self.lstm(x)` when unused
        return gm

    def _check_input_fits(self) -> None:
        """The traced run's input (float32, then int64 token numbers, for BATCH samples of the shape) is checked by
        the core's memory check before it is allocated: --input-shape 10000,10000,1000 would ask for 800 GB."""
        from . import memory
        from .errors import TrainingError
        from .summary import human_bytes
        values = BATCH * math.prod(self.shape)
        needed = memory.MemoryEstimate(parameters=0, parameter_bytes=0, gradient_bytes=0, optimizer_bytes=0,
                                       activation_bytes=0, input_bytes=values * (4 + 8), batch_size=BATCH,
                                       optimizer="sgd")
        try:
            memory.check_fits(needed, memory.free_ram(), "this computer", self.what)
        except TrainingError:
            raise self.fail(f"the traced run's input, {BATCH} samples of shape {self.shape}, needs about "
                            f"{human_bytes(needed.total)}, more than this computer has free: give a smaller "
                            "input shape (--input-shape), the size of one real sample") from None

    def _run_once(self) -> dict[fx.Node, Any]:
        """Every step's value for a random batch (in eval mode: no dropout), kept for the checks."""
        self._check_input_fits()
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
                    raise self.fail(f"cannot allocate the traced run's input, {BATCH} samples of shape "
                                    f"{self.shape} ({_exc_line(exc)}): give a smaller input shape (--input-shape), "
                                    "the size of one real sample") from None
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
        where = f" in {self._label(node)}" if node is not None and node.op != "call_module" else (
            f" in layer '{node.target}'" if node is not None else "")
        raise self.fail(f"running it on an input of shape {self.shape} failed{where} ({_exc_line(exc)}); check the "
                        "input shape: one sample, without the batch")

    # one traced step ----------------------------------------------------------------------------------------
    def _map(self, node: fx.Node) -> None:
        if node.op == "placeholder":
            if not self.records:
                base = str(node.target).lstrip("*")  # forward()'s argument name (node.name avoids builtins)
                self.records.append(_Record(base, "Input", {"shape": list(self.shape)}, []))
                self.value[node] = 0
            elif node.users:
                raise self.fail(f"forward() takes a second input ({node.name!r}); a netbuilder design has one Input")
            return
        if node.op == "output":
            result = node.args[0]
            if not isinstance(result, fx.Node) or not self._holds_tensor(result):
                raise self.fail(f"forward() returns {type(self.env[node]).__name__}, not one tensor; a netbuilder "
                                "design has one output")
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
        raise self.fail(f"{self._label(consumer)} uses {node.name!r}, which is not a layer's output")

    def _add(self, node: fx.Node, base: str, spec: LayerSpec, params: dict, inputs: list[int],
             module: nn.Module | None = None, qualname: str | None = None) -> int:
        if module is not None and any(True for _ in module.parameters()):
            if module in self.used:
                raise self.fail(f"layer '{qualname}' is used more than once in forward() (shared weights); netbuilder "
                                "gives every layer its own weights: make one module per use")
            self.used[module] = qualname or base
        self.records.append(_Record(base, spec.type, params, inputs))
        self.value[node] = len(self.records) - 1
        return len(self.records) - 1

    def _module_step(self, node: fx.Node, value) -> None:
        module = self.model.get_submodule(node.target)
        where = f"layer '{node.target}' ({_class_label(module)})"
        found = _layers_for(module)
        if found is None:
            raise self.fail(f"layer '{node.target}' is a {_class_label(module)}, and netbuilder's catalogue has no "
                            "such layer; replace it with catalogue layers, or leave it out")
        layers, plain_torch = found
        if not isinstance(value, torch.Tensor):
            if plain_torch:
                self.value[node] = _Pending(node)  # resolved where forward() indexes it
                return
            raise self.fail(f"{where} returns {type(value).__name__}, not one tensor")
        bad = [a for a in node.args if not (isinstance(a, fx.Node) and isinstance(self.env[a], torch.Tensor))]
        if bad or node.kwargs:
            raise self.fail(f"{where} is called with other arguments than layer outputs; netbuilder's "
                            f"{layers[0].spec.type} takes only its input tensors")
        inputs = [self._use(a, node) for a in node.args]
        values = [self.env[a] for a in node.args]
        step = _Step(where, module, values, lambda: module(*values), value)
        try:
            spec, params = _fit(layers, step)
        except _NoMatch as exc:
            raise self.fail(f"{where}: {exc}") from None
        self._add(node, node.target, spec, params, inputs, module, node.target)

    def _materialise(self, node: fx.Node, pending: _Pending, consumer: fx.Node) -> int:
        """The layer for a tensor indexed out of a module's tuple: ``out[:, -1]``, ``h_n[-1]``, ``attn(x, x, x)[0]``."""
        if node in self.materialised:
            return self.materialised[node]
        leaf = pending.leaf
        module = self.model.get_submodule(leaf.target)
        layers, _ = _layers_for(module)
        where = f"layer '{leaf.target}' ({_class_label(module)})"
        expr = leaf.target + "(...)" + "".join(_index_text(self._concrete(g.args[1])) for g in pending.chain)
        value = self.env[node]
        if not pending.chain:
            raise self.fail(f"{where} returns a tuple, and {self._label(consumer)} uses it whole; take the tensor "
                            f"you need out of it (e.g. out, _ = self.{leaf.target}(x))")
        if not isinstance(value, torch.Tensor):
            raise self.fail(f"{where} is used as {expr}, which is not one tensor")
        sources = list(dict.fromkeys(n for n in leaf.all_input_nodes if self._holds_tensor(n)))
        if len(sources) != 1:
            raise self.fail(f"{where} gets {len(sources)} different tensors ({', '.join(n.name for n in sources)}); "
                            f"netbuilder's {layers[0].spec.type} takes one input")
        args, kwargs = self._concrete(leaf.args), self._concrete(leaf.kwargs)
        chain = [self._concrete(g.args[1]) for g in pending.chain]

        def reference():
            out = module(*args, **kwargs)
            for index in chain:
                out = out[index]
            return out

        step = _Step(where, module, [self.env[sources[0]]], reference, value)
        try:
            spec, params = _fit(layers, step)
        except _NoMatch as exc:
            raise self.fail(f"{where} is used as {expr} (node '{node.name}'), which netbuilder's "
                            f"{layers[0].spec.type} cannot reproduce: {exc}") from None
        for other, index in self.materialised.items():  # the same layer output reached two ways (out[:, -1], h[-1])
            record = self.records[index]
            if record.base == leaf.target and record.params == params and torch.equal(self.env[other], value):
                self.materialised[node] = index
                return index
        inputs = [self._use(sources[0], leaf)]
        index = self._add(node, leaf.target, spec, params, inputs, module, leaf.target)
        self.materialised[node] = index
        return index

    # functions and methods ----------------------------------------------------------------------------------
    def _label(self, node: fx.Node) -> str:
        if node.op == "output":
            return "forward()'s return"
        if node.op == "call_method":
            text = f"method .{node.target}() (node '{node.name}')"
        elif node.op == "call_function" and node.target is operator.getitem:
            text = f"indexing [...] (node '{node.name}')"
        elif node.op == "call_function":
            text = f"function {_function_name(node.target)} (node '{node.name}')"
        else:
            text = f"node '{node.name}'"
        stack = node.meta.get("nn_module_stack") or {}
        if stack:
            qualname, cls = list(stack.values())[-1]
            if qualname:
                text += f" in '{qualname}' ({_class_label(cls) if inspect.isclass(cls) else cls})"
        return text

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
        functions, methods = _functional_forms()
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
            raise self.fail(f"{self._label(node)} has no layer type in netbuilder's catalogue; build forward() from "
                            "catalogue layers (see the editor's palette), or leave it out")

    def _graph_step(self, node: fx.Node, type_name: str) -> None:
        """``a + b`` -> Add; ``torch.cat([a, b], dim)`` -> Concat."""
        if node.target is operator.add:
            tensors, extra = list(node.args), {}
        else:
            arguments = self._arguments(node)
            if arguments is None:
                raise self.fail(f"{self._label(node)}: cannot read its arguments")
            if type_name == "Add":
                tensors = [arguments.pop("input", None), arguments.pop("other", None)]
                if arguments.pop("alpha", 1) != 1:
                    raise self.fail(f"{self._label(node)} scales what it adds (alpha); netbuilder's Add only sums")
            else:
                tensors = list(arguments.pop("tensors", None) or ())
            extra = arguments
        if len(tensors) < 2 or not all(isinstance(t, fx.Node) and isinstance(self.env[t], torch.Tensor)
                                       for t in tensors):
            what = "adds a constant" if type_name == "Add" else "joins fewer than two layer outputs"
            raise self.fail(f"{self._label(node)} {what}; netbuilder's {type_name} joins two or more layer outputs")
        if extra.get("out") is not None:
            raise self.fail(f"{self._label(node)} writes into out=; netbuilder's {type_name} cannot")
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
            raise self.fail(f"{self._label(node)} does not keep the batch as its first size; netbuilder reshapes "
                            "each sample: write x.view(x.size(0), ...) or x.reshape(-1, ...)")
        source = node.args[0]
        if not isinstance(self.env[source], torch.Tensor):
            raise self.fail(f"{self._label(node)} reshapes no layer output")
        target = list(value.shape[1:])
        module = nn.Flatten() if len(target) == 1 else helper_modules.Reshape(target)
        self._function_layer(node, module, [source])

    def _functional_step(self, node: fx.Node, cls: type) -> None:
        """``F.relu(x)``, ``torch.flatten(x, 1)``, ``x.softmax(1)``: the module ``cls`` built from the arguments."""
        arguments = self._arguments(node)
        if not arguments:
            raise self.fail(f"{self._label(node)}: cannot read its arguments")
        target = getattr(torch, node.target) if node.op == "call_method" else node.target
        first, source = next(iter(arguments.items()))
        arguments.pop(first)
        if not (isinstance(source, fx.Node) and isinstance(self.env[source], torch.Tensor)):
            raise self.fail(f"{self._label(node)} is not applied to a layer output")
        accepted = inspect.signature(cls).parameters
        kwargs = {}
        for name, arg in arguments.items():
            value = self._concrete(arg)
            if isinstance(arg, fx.Node) and isinstance(value, torch.Tensor):
                raise self.fail(f"{self._label(node)} takes a second tensor ({name}={arg.name}); netbuilder's "
                                f"{cls.__name__} takes its input only")
            renamed = _RENAMED_ARGUMENTS.get(name, name)
            if renamed in accepted:
                kwargs[renamed] = None if isinstance(value, (list, tuple)) and not value else value  # [] = default
            elif not (value is None or name.startswith("_") or _same_default(target, name, value)):
                raise self.fail(f"{self._label(node)} has {name}={value!r}, which nn.{cls.__name__} (netbuilder's "
                                "layer) cannot take")
        try:
            module = cls(**kwargs)
        except Exception as exc:  # noqa: BLE001
            raise self.fail(f"{self._label(node)}: its arguments do not make an nn.{cls.__name__} "
                            f"({_exc_line(exc)})") from None
        self._function_layer(node, module, [source])

    def _function_layer(self, node: fx.Node, module: nn.Module, sources: list[fx.Node]) -> None:
        """The design node for a function step, checked as the module ``module`` it is equivalent to."""
        layers = _catalogue().get(type(module))
        where = self._label(node)
        if not layers:
            raise self.fail(f"{where} has no layer type in netbuilder's catalogue")
        inputs = [self._use(s, node) for s in sources]
        step = _Step(where, module, [self.env[s] for s in sources], self._rerun(node), self.env[node])
        try:
            spec, params = _fit(layers, step)
        except _NoMatch as exc:
            raise self.fail(f"{where}: {exc}") from None
        self._add(node, node.name, spec, params, inputs)

    def _weights_error(self, node: fx.Node) -> NetbuilderError:
        owner = node.target.rpartition(".")[0]
        kind = "parameter" if node.target in dict(self.model.named_parameters()) else "tensor"
        if owner:
            module = self.model.get_submodule(owner)
            return self.fail(f"layer '{owner}' is a {_class_label(module)} that uses its own {kind} "
                             f"'{node.target}' in forward(), and netbuilder's catalogue has no such layer; build it "
                             "from catalogue layers, or leave it out")
        return self.fail(f"forward() uses the {kind} '{node.target}' directly; netbuilder imports only layers of "
                         "its catalogue (put the weights in a catalogue layer)")

    # the design ---------------------------------------------------------------------------------------------
    def _design(self) -> Design:
        taken: set[str] = set()
        ids = [""] * len(self.records)
        for i in list(range(1, len(self.records))) + [0]:  # layers keep their names first; the input adapts
            ids[i] = _unique_id(self.records[i].base, taken)
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
            where = f"node '{errors[0].node_id}': " if errors[0].node_id else ""
            raise DesignError(f"cannot import {self.what}: the design it makes is not valid: {where}"
                              f"{errors[0].message}")
        outputs = design.output_nodes()
        if self.output is None or outputs != [self.ids[self.output]]:
            raise DesignError(f"cannot import {self.what}: forward() returns {self.ids[self.output or 0]!r} but the "
                              f"design ends in {', '.join(outputs)}")
        ours = infer_shapes(design).total_params
        theirs = sum(p.numel() for p in self.model.parameters())
        if ours != theirs:
            used = set(self.used.values())
            unused = sorted({name.rpartition(".")[0] or name for name, _ in self.model.named_parameters()
                             if not any(name.startswith(u + ".") for u in used)})
            hint = f"; forward() does not use {', '.join(repr(u) for u in unused[:4])}" if unused else ""
            raise DesignError(f"cannot import {self.what}: it has {theirs:,} parameters but the imported design has "
                              f"{ours:,}{hint}")


# names ----------------------------------------------------------------------------------------------------------
def _unique_id(base: str, taken: set[str]) -> str:
    """A valid, unused node id from a module's qualified name (``block.0.conv`` -> ``block_0_conv``)."""
    text = re.sub(r"[^A-Za-z0-9_]", "_", base) or "layer"
    if text[0].isdigit():
        text = "layer_" + text
    if text in RESERVED_IDS:
        text += "_"
    node_id, i = text, 2
    while node_id in taken:
        node_id, i = f"{text}_{i}", i + 1
    assert ID_RE.match(node_id)
    taken.add(node_id)
    return node_id


def _class_label(obj) -> str:
    cls = obj if inspect.isclass(obj) else type(obj)
    return f"nn.{cls.__name__}" if cls.__module__.startswith("torch.nn") else cls.__name__


def _function_name(target) -> str:
    name = getattr(target, "__name__", None)
    for prefix, namespace in (("torch", torch), ("torch.nn.functional", F), ("operator", operator)):
        if name and getattr(namespace, name, None) is target:
            return f"{prefix}.{name}"
    try:
        return fx.node._get_qualified_name(target)
    except Exception:  # noqa: BLE001
        return repr(target)


def _index_text(index) -> str:
    def one(i):
        if isinstance(i, slice):
            parts = ["" if v is None else str(v) for v in (i.start, i.stop)]
            return ":".join(parts) + (f":{i.step}" if i.step is not None else "")
        return "..." if i is Ellipsis else str(i)
    return "[" + ", ".join(one(i) for i in (index if isinstance(index, tuple) else (index,))) + "]"


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
