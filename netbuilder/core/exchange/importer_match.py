"""Which catalogue layer a traced step is, for :mod:`netbuilder.core.exchange.importer`: the catalogue seen from torch
(module class -> the specs that build it; the functional forms of its parameterless layers) and the check that a
spec with parameters reproduces a step (settings, weight shapes, the same output from the same weights and inputs).
Kept apart from the tracing so that each can be read alone; nothing here knows about torch.fx's graph.
"""
from __future__ import annotations

import functools
import inspect
import itertools
from dataclasses import dataclass
from typing import Any, Callable

import torch
import torch.nn.functional as F
from torch import nn

from ..errors import NetbuilderError, one_line
from ..layers import REGISTRY, LayerSpec, modules as helper_modules
from ..text import msg

BATCH = 2  # samples in the traced run (two, so that batch normalisation can train on it)
TRIES = 64  # most combinations of unrevealed parameters tried per layer

#: Spec parameters that a module keeps under another attribute (dotted path), written by hand.
_ATTRIBUTES = {
    ("MultiheadAttention", "bias"): "in_proj_bias",
    ("TransformerEncoderLayer", "nhead"): "self_attn.num_heads",
    ("TransformerEncoderLayer", "dim_feedforward"): "linear1.out_features",
    ("TransformerEncoderLayer", "dropout"): "dropout.p",
}
#: Module attributes that do not change what a layer computes, left out of the comparison.
_IGNORED_SETTINGS = {"training", "inplace"}


def exc_line(exc: BaseException, limit: int = 200) -> str:
    """``Type: message`` on one line; only the first paragraph (torch.fx appends "While executing ...")."""
    text = one_line(exc, limit, first_paragraph=True)
    return f"{type(exc).__name__}: {'(no message)' if text == type(exc).__name__ else text}"


# the catalogue, seen from torch -----------------------------------------------------------------------------------
@dataclass
class Layer:
    spec: LayerSpec
    cls: type  # the class its constructor builds
    has_weights: bool  # whether the example module has parameters


@functools.lru_cache(maxsize=None)
def catalogue() -> dict[type, list[Layer]]:
    """Module class -> the specs whose constructor builds it (on each spec's first example input)."""
    out: dict[type, list[Layer]] = {}
    for spec in REGISTRY.values():
        if spec.module is None:
            continue
        if spec.type == "Pretrained":  # recognised by its torchvision class: importer_backbone
            continue
        shapes = (spec.extra.get("example_inputs") or [[(8,)]])[0]
        params = {**spec.defaults(), **spec.extra.get("example_params", {})}
        example = spec.make(shapes, params)  # tiny; on the CPU (the meta device costs seconds to set up)
        layer = Layer(spec, type(example), any(True for _ in example.parameters()))
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


def layers_for(module: nn.Module) -> tuple[list[Layer], bool] | None:
    """The catalogue layers a module may be, and whether it is a plain torch.nn class that one of netbuilder's helper
    classes extends (then it may return a tuple that forward() indexes); None when it is none of them."""
    by_class = catalogue()
    cls = type(module)
    if cls in by_class:
        return by_class[cls], False
    helper = getattr(helper_modules, cls.__name__, None)
    if inspect.isclass(helper) and helper in by_class and _is_helper_copy(cls, helper):
        return by_class[helper], False
    for known, layers in by_class.items():
        if known.__module__ == helper_modules.__name__ and _torch_base(known) is cls:
            return layers, True
    return None


@functools.lru_cache(maxsize=None)
def functional_forms() -> tuple[dict[Any, type], dict[str, type]]:
    """The functional forms of the catalogue's parameterless torch.nn layers, found by name: ``torch.relu``,
    ``F.relu`` and ``Tensor.relu`` for ``nn.ReLU`` (names compared without case and underscores).
    Returns (function -> class, Tensor method name -> class)."""
    functions: dict[Any, type] = {}
    methods: dict[str, type] = {}
    for cls, layers in catalogue().items():
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
    if nn.Upsample in catalogue():
        functions[F.interpolate] = nn.Upsample  # by hand: the function behind nn.Upsample has another name
    return functions, methods


# reading and checking one layer -----------------------------------------------------------------------------------
class NoMatch(Exception):
    """No catalogue spec reproduces a step; the message says why (for the first spec tried)."""


@dataclass
class Step:
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
            return msg("it has no submodule {sub_name!r} as netbuilder's {type} has", sub_name=sub_name, type=spec.type)
        mine = vars(counterpart)
        for attr, value in _settings(sub).items():
            if attr in mine and not _same(mine[attr], value):
                label = f"{sub_name}.{attr}" if sub_name else attr
                return msg("it has {label}={theirs}, and netbuilder's {type} cannot (it would have {label}={ours})",
                           label=label, theirs=_show(mine[attr]), type=spec.type, ours=_show(value))
    ours, theirs = original.state_dict(), rebuilt.state_dict()
    if set(ours) != set(theirs):
        missing, extra = sorted(set(ours) - set(theirs)), sorted(set(theirs) - set(ours))
        if missing:
            return msg("it holds {names}, which netbuilder's {type} does not have", names=', '.join(missing[:3]),
                       type=spec.type)
        return msg("it lacks {names}, which netbuilder's {type} has", names=', '.join(extra[:3]), type=spec.type)
    for key, value in ours.items():
        if tuple(value.shape) != tuple(theirs[key].shape):
            return msg("its {key} has shape {theirs} where netbuilder's {type} has {ours}", key=key,
                       theirs=list(value.shape), type=spec.type, ours=list(theirs[key].shape))
    return None



def _outputs_match(step: Step, rebuilt: nn.Module, spec: LayerSpec) -> str | None:
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
        return msg("netbuilder's {type} fails on its input ({exc})", type=spec.type, exc=exc_line(exc))
    finally:
        for m, mode in modes.items():
            m.training = mode
        if saved:
            with torch.no_grad():
                for k, b in original.named_buffers():
                    b.copy_(saved[k])
    if not isinstance(expected, torch.Tensor) or not isinstance(got, torch.Tensor):
        return msg("it does not give one tensor as netbuilder's {type} does", type=spec.type)
    if expected.shape != got.shape:
        return msg("netbuilder's {type} gives shape {got} instead of {expected}", type=spec.type,
                   got=list(got.shape), expected=list(expected.shape))
    if not torch.allclose(got.double(), expected.double(), rtol=1e-4, atol=1e-5, equal_nan=True):
        return msg("netbuilder's {type} computes other values from the same weights and inputs", type=spec.type)
    return None


def _check(spec: LayerSpec, params: dict, step: Step) -> str | None:
    """None when ``spec`` with ``params`` reproduces the step: valid parameters, the same output shape, the same
    settings and weight shapes, and the same output from the same weights and inputs; else why not."""
    problems = spec.check_params(params)
    if problems:
        return problems[0]
    try:
        shape = spec.output_shape(step.in_shapes, params)
    except Exception as exc:  # noqa: BLE001 - a ShapeError, or a spec that cannot take these inputs at all
        if isinstance(exc, NetbuilderError):
            return exc.args[0] if len(exc.args) == 1 else str(exc)
        return exc_line(exc)
    if tuple(shape) != tuple(step.output.shape[1:]):
        return msg("netbuilder's {type} would give shape {shape}, not {expected}", type=spec.type, shape=list(shape),
                   expected=list(step.output.shape[1:]))
    try:
        rebuilt = spec.make(step.in_shapes, params)
    except Exception as exc:  # noqa: BLE001
        return msg("netbuilder's {type} cannot be built with {params} ({exc})", type=spec.type, params=params,
                   exc=exc_line(exc))
    if step.original is not None:
        reason = _compare_modules(step.original, rebuilt, spec)
        if reason:
            return reason
        rebuilt.load_state_dict(step.original.state_dict())
    return _outputs_match(step, rebuilt, spec)


def fit(layers: list[Layer], step: Step) -> tuple[LayerSpec, dict]:
    """The spec and parameters that reproduce ``step`` (parameters equal to their default left out); raises
    NoMatch with the first reason why not."""
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
    raise NoMatch(first_reason or msg("no layer of the catalogue builds it"))


def _simplify(spec: LayerSpec, params: dict, step: Step) -> dict:
    """Put back each parameter's default where that reproduces the step as well (a pool's stride equal to its
    kernel size is the default None), then leave the defaults out."""
    for p in spec.params:
        if params[p.name] != p.default:
            trial = {**params, p.name: p.default}
            if _check(spec, trial, step) is None:
                params = trial
    return {p.name: params[p.name] for p in spec.params if params[p.name] != p.default}
