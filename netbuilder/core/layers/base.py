"""The layer spec: everything netbuilder knows about one layer type, in one place.

Specs never import torch at module level: the GUI lists, explains and shape-checks layers
before torch has loaded. Only ``LayerSpec.make`` imports torch.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from ..errors import ShapeError, quote
from ..text import msg

Shape = tuple[int, ...]

CATEGORIES = (
    msg("Input/Output"), msg("Dense"), msg("Convolution"), msg("Pooling"), msg("Normalisation"),
    msg("Recurrent"), msg("Attention"), msg("Activation"), msg("Merge"), msg("Reshape"),
)

#: Parameter kinds: int, float, bool, choice, size (an int or a list of ints), shape (a list of ints), text (a
#: word or a file's path, such as a Pretrained layer's weights).
PARAM_KINDS = ("int", "float", "bool", "choice", "size", "shape", "text")
MAX_TEXT = 4096  # the longest text parameter (a path)


#: the most values one sample's shape may describe (2^40, 4 TB of float32): beyond it sizes overflow torch's integers
MAX_SAMPLE_VALUES = 2 ** 40


@dataclass(frozen=True)
class Param:
    """One parameter of a layer, as PyTorch names it."""

    name: str
    kind: str
    default: Any
    help: str
    min: float | None = None
    max: float | None = None
    choices: tuple = ()
    nullable: bool = False  # None is allowed (e.g. a pool's stride: None means "same as kernel_size")

    def check(self, value: Any) -> str | None:
        """Return None when ``value`` is acceptable, else a plain-words reason."""
        if value is None:
            return None if self.nullable else msg("'{name}' needs a value", name=self.name)
        if self.kind == "bool":
            return None if isinstance(value, bool) else msg("'{name}' must be true or false, not {value}",
                                                            name=self.name, value=quote(value))
        if self.kind == "text":
            if not isinstance(value, str) or not value.strip() or len(value) > MAX_TEXT or "\0" in value:
                return msg("'{name}' must be a word or a file's path, not {value}", name=self.name, value=quote(value))
            return None
        if self.kind == "choice":
            if value in self.choices:
                return None
            return msg("'{name}' must be one of {choices}; it is {value}", name=self.name,
                       choices=', '.join(map(str, self.choices)), value=quote(value))
        if self.kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                return msg("'{name}' must be a whole number, not {value}", name=self.name, value=quote(value))
            return self._range(value)
        if self.kind == "float":
            if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
                return msg("'{name}' must be a number, not {value}", name=self.name, value=quote(value))
            return self._range(value)
        if self.kind in ("size", "shape"):
            items = [value] if (self.kind == "size" and isinstance(value, int)) else value
            if isinstance(value, bool) or not isinstance(items, (list, tuple)) or not items:
                return msg("'{name}' must be a whole number or a list of whole numbers, not {value}", name=self.name,
                           value=quote(value))
            for item in items:
                if isinstance(item, bool) or not isinstance(item, int):
                    return msg("'{name}' must hold whole numbers only, not {item}", name=self.name, item=quote(item))
                reason = self._range(item)
                if reason:
                    return reason
            if self.kind == "shape" and math.prod(items) > MAX_SAMPLE_VALUES:
                return (msg("'{name}' {items} describes {count:.3g} values per sample, more than any computer holds "
                            "(at most {limit:.3g})", name=self.name, items=quote(list(items)),
                            count=math.prod(items), limit=MAX_SAMPLE_VALUES))
            return None
        raise ValueError(f"unknown parameter kind {self.kind}")

    def _range(self, value: float) -> str | None:
        if self.min is not None and value < self.min:
            return msg("'{name}' must be at least {min:g}; it is {value}", name=self.name, min=self.min, value=value)
        if self.max is not None and value > self.max:
            return msg("'{name}' must be at most {max:g}; it is {value}", name=self.name, max=self.max, value=value)
        return None


@dataclass(frozen=True)
class LayerSpec:
    """A layer type.

    ``shape`` maps the input shapes (one per input, without the batch dimension) and the parameters to the
    output shape, raising :class:`ShapeError` with a message a learner can act on. ``count`` gives the number of
    trainable parameters. ``module`` says how to build it, as ``(class name, constructor kwargs)``: ``"nn.Linear"``
    for a torch.nn class, or a bare name for a helper class in :mod:`netbuilder.core.layers.modules`. The compiler
    builds from it and the code exporter writes it out, so the two cannot drift apart.
    ``flops`` estimates floating-point operations per sample (multiply-add = 2); by default one per output element.
    """

    type: str
    category: str
    explanation: str
    params: tuple[Param, ...] = ()
    shape: Callable[[Sequence[Shape], dict], Shape] = None  # type: ignore[assignment]
    module: Callable[[Sequence[Shape], dict], tuple[str, dict]] | None = None
    count: Callable[[Sequence[Shape], dict], int] = lambda shapes, p: 0
    flops: Callable[[Sequence[Shape], Shape, dict], int] | None = None
    min_inputs: int = 1
    max_inputs: int | None = 1  # None: any number
    key_params: tuple[str, ...] = ()
    label: Callable[[dict], str] | None = None
    extra: dict = field(default_factory=dict)

    def param(self, name: str) -> Param:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)

    def defaults(self) -> dict:
        return {p.name: p.default for p in self.params}

    def resolve(self, params: dict | None) -> dict:
        """The full parameter dict: defaults overridden by ``params``."""
        full = self.defaults()
        full.update(params or {})
        return full

    def check_params(self, params: dict | None) -> list[str]:
        """Plain-words problems with ``params`` (unknown names, wrong types, out of range)."""
        problems = []
        known = {p.name for p in self.params}
        for name in (params or {}):
            if name not in known:
                problems.append(msg("{type} has no parameter {name}; it takes {names}", type=self.type,
                                    name=quote(name), names=", ".join(sorted(known))) if known
                                else msg("{type} has no parameter {name}; it takes no parameters", type=self.type,
                                         name=quote(name)))
        full = self.resolve(params)
        for p in self.params:
            reason = p.check(full[p.name])
            if reason:
                problems.append(reason)
        return problems

    def output_shape(self, in_shapes: Sequence[Shape], params: dict) -> Shape:
        return tuple(int(d) for d in self.shape(list(in_shapes), self.resolve(params)))

    def param_count(self, in_shapes: Sequence[Shape], params: dict) -> int:
        return int(self.count(list(in_shapes), self.resolve(params)))

    def flop_count(self, in_shapes: Sequence[Shape], out_shape: Shape, params: dict) -> int:
        if self.flops is None:
            return numel(out_shape)
        return int(self.flops(list(in_shapes), out_shape, self.resolve(params)))

    def constructor(self, in_shapes: Sequence[Shape], params: dict) -> tuple[str, dict]:
        """``(class name, kwargs)`` of this layer's module, e.g. ``("nn.Linear", {"in_features": 2, ...})``."""
        if self.module is None:
            raise ValueError(f"{self.type} has no module")
        return self.module(list(in_shapes), self.resolve(params))

    def make(self, in_shapes: Sequence[Shape], params: dict):
        """The ``torch.nn.Module`` for this layer (imports torch)."""
        name, kwargs = self.constructor(in_shapes, params)
        if name.startswith("nn."):
            from torch import nn
            cls = getattr(nn, name[3:])
        else:
            from . import modules
            cls = getattr(modules, name)
        return cls(**kwargs)

    def short_label(self, params: dict | None) -> str:
        """What a canvas node shows, e.g. ``Linear 128`` or ``Conv2d 32@3x3``."""
        full = self.resolve(params)
        if self.label is not None:
            return self.label(full)
        values = [_fmt(full[k]) for k in self.key_params]
        return " ".join([self.type, *values])


def _fmt(value: Any) -> str:
    if isinstance(value, (list, tuple)):
        return "x".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def numel(shape: Sequence[int]) -> int:
    return int(math.prod(shape)) if shape else 1


def fmt_shape(shape: Sequence[int]) -> str:
    return "[" + ", ".join(str(d) for d in shape) + "]"


def pair(value: Any, n: int = 2) -> tuple[int, ...]:
    """``3`` -> ``(3, 3)``; ``[3, 5]`` -> ``(3, 5)``."""
    if isinstance(value, int):
        return (value,) * n
    value = tuple(value)
    if len(value) == 1:
        return value * n
    if len(value) != n:
        raise ShapeError(msg("expected {n} numbers, got {value}", n=n, value=list(value)))
    return value


def need_rank(type_name: str, shape: Shape, ranks: Sequence[int], what: str, hint: str) -> None:
    """Raise a learner-friendly ShapeError when ``shape`` does not have one of ``ranks`` dimensions."""
    if len(shape) not in ranks:
        raise ShapeError(f"{type_name} needs an input of shape {what}; it gets {fmt_shape(shape)}. {hint}")


def single(shapes: Sequence[Shape]) -> Shape:
    return shapes[0]


def same_shape(shapes: Sequence[Shape], params: dict) -> Shape:
    return shapes[0]


def conv_out(size: int, kernel: int, stride: int, padding: int, dilation: int = 1) -> int:
    return (size + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1
