"""What the model sees and what the loss compares it with.

:class:`Preprocessor` turns a batch of raw samples (uint8 pixels, float features) into the model's input: scaled,
normalised and reshaped to the design's Input shape, on the fly, per batch, on the device.
:class:`Problem` ties the loss to the dataset: the training targets (computed once per split), the loss
function, and how an output becomes a class label.
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import numpy as np
import torch

from ..design import output_fit
from ..design.choices import LOSSES
from ..errors import TrainingError
from .recipe import LOSS_FUNCTIONS, make_targets, predicted_labels, prepare, scale_shift
from ..text import msg


def _shape(shape: Sequence[int]) -> str:
    return "[" + ", ".join(str(int(d)) for d in shape) + "]"


def check_sample_shape(sample_shape: Sequence[int], input_shape: Sequence[int], dataset_name: str,
                       input_id: str) -> None:
    """The dataset's samples must have as many values as the design's Input (a reshape does the rest)."""
    if math.prod(sample_shape) != math.prod(input_shape):
        raise TrainingError(
            msg("{dataset_name} gives samples of shape {shape} ({size} values), but the design's Input "
                "'{input_id}' expects {expected} ({expected_size} values). Set the Input shape to {shape}.",
                dataset_name=dataset_name, shape=_shape(sample_shape), size=math.prod(sample_shape),
                input_id=input_id, expected=_shape(input_shape), expected_size=math.prod(input_shape)))


class Preprocessor:
    """``(x.float() * scale - mean) / std`` folded into ``x * a + b`` (``a``, ``b`` broadcast per channel or per
    feature), then a reshape from the dataset's sample shape to the design's Input shape when the sizes match."""

    def __init__(self, preprocess: dict | None, sample_shape: Sequence[int], input_shape: Sequence[int],
                 device: torch.device | str = "cpu", dataset_name: str = "the dataset", input_id: str = "Input"):
        pre = dict(preprocess or {})
        self.preprocess = {"scale": pre.get("scale", 1.0), "mean": pre.get("mean", 0.0), "std": pre.get("std", 1.0)}
        self.sample_shape = tuple(int(d) for d in sample_shape)
        self.input_shape = tuple(int(d) for d in input_shape)
        self.device = torch.device(device)
        check_sample_shape(self.sample_shape, self.input_shape, dataset_name, input_id)
        self.reshape = self.sample_shape != self.input_shape
        try:
            scale = float(self.preprocess["scale"])
            mean, std = self._per_channel("mean"), self._per_channel("std")
        except (TypeError, ValueError, OverflowError):
            raise TrainingError(msg("{dataset_name}: the preprocessing scale, mean and std must be numbers (or "
                                    "lists of numbers, one per channel)", dataset_name=dataset_name)) from None
        if 0 in (std if isinstance(std, list) else [std]):
            raise TrainingError(msg("{dataset_name}: the preprocessing std must not be 0", dataset_name=dataset_name))
        self.a, self.b = scale_shift(scale, mean, std, len(self.sample_shape))
        if not all(bool(torch.isfinite(torch.as_tensor(v, dtype=torch.float32)).all()) for v in (self.a, self.b)):
            raise TrainingError(msg("{dataset_name}: the preprocessing scale, mean and std give values beyond "
                                    "float32's range; use a smaller scale or mean, or a larger std",
                                    dataset_name=dataset_name))
        if isinstance(self.a, torch.Tensor):
            self.a, self.b = self.a.to(self.device), self.b.to(self.device)
        elif (self.a, self.b) != (1.0, 0.0):  # made once: prepare() adds it in the same kernel
            self.b = torch.tensor(self.b, dtype=torch.float32, device=self.device)

    def _per_channel(self, key: str) -> float | list[float]:
        value = self.preprocess[key]
        if isinstance(value, (list, tuple)) or (isinstance(value, torch.Tensor) and value.numel() > 1):
            value = [float(v) for v in (value.tolist() if isinstance(value, torch.Tensor) else value)]
            if len(value) == 1:
                return value[0]
            first = self.sample_shape[0] if self.sample_shape else 1
            if len(value) != first:
                raise TrainingError(msg("the preprocessing {key} has {n_value} values but a sample's first "
                                        "dimension has {first} (shape {shape})", key=key, n_value=len(value),
                                        first=first, shape=_shape(self.sample_shape)))
            return value
        return float(value)

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        """A batch ``[B, *sample_shape]`` of raw values -> float32 ``[B, *input_shape]`` on the device (a batch of
        images streamed from disk arrives on the CPU)."""
        if x.device != self.device:
            x = x.to(self.device, non_blocking=True)
        return prepare(x, self.a, self.b, self.input_shape)

    def rows(self, rows) -> torch.Tensor:
        """User rows (nested lists, numpy, a tensor; one sample or several) -> a preprocessed batch on the device.

        A row is one sample: a flat list of the sample's values, or nested like the dataset's samples or the
        design's Input. Anything else (a row of the wrong width, a string, null, a value that is not finite)
        raises a :class:`TrainingError` naming the row, 1-based."""
        size = math.prod(self.sample_shape)
        array = _rows_array(rows, size, {self.sample_shape, self.input_shape, (size,)}, self._width_note())
        return self(torch.from_numpy(array).reshape(array.shape[0], *self.sample_shape).to(self.device))

    def _width_note(self) -> str:
        size = math.prod(self.input_shape)
        return msg("the design's Input takes {size} ({shape})", size=size, shape=_shape(self.input_shape))

    def input_range(self, x: torch.Tensor, chunk: int = 8192) -> float:
        """The largest absolute value the model sees over ``x`` (for the divergence message)."""
        from ..datasets.images import chunks_of
        top = 0.0
        for part in chunks_of(x, chunk):
            top = max(top, float(self(part).abs().max()))
        return top


def _fits_float(value: int) -> bool:
    try:
        float(value)
    except OverflowError:
        return False
    return True


def _plural(n: int) -> str:
    return msg("{n} value", n=n) if n == 1 else msg("{n} values", n=n)


def _leaf_problem(value) -> str | None:
    """Why ``value`` cannot be an input value, or None when it is a number."""
    if value is None:
        return msg("null; input values must be numbers, not null")
    if isinstance(value, (bool, np.bool_)):
        return msg("{value}; input values must be numbers, not true or false", value=str(bool(value)).lower())
    if isinstance(value, (int, float, np.integer, np.floating)):
        return None
    return msg("a non-number ({value!r})", value=value)


def _flatten_row(row, number: int, out: list) -> None:
    """Append ``row``'s values (any nesting) to ``out``; a non-number raises naming the row."""
    if isinstance(row, (list, tuple)):
        if all(type(v) is float or type(v) is int for v in row):  # the common case, without a call per value
            out.extend(row)
            return
        for v in row:
            _flatten_row(v, number, out)
        return
    if isinstance(row, np.ndarray):
        _flatten_row(row.tolist(), number, out)
        return
    why = _leaf_problem(row)
    if why is not None:
        raise TrainingError(msg("input row {number} holds {why}", number=number, why=why))
    out.append(row)


def _rows_array(rows, size: int, single_shapes: set, width_note: str) -> np.ndarray:
    """``rows`` -> a float32 array ``[N, size]``, checked: numbers only, ``size`` values per row, all finite."""
    if isinstance(rows, torch.Tensor):
        rows = rows.detach().cpu().numpy()
    if isinstance(rows, np.ndarray) and rows.dtype.kind in "iuf":  # numbers already: no per-value work
        source = rows
        if tuple(rows.shape) in single_shapes:
            source = rows.reshape(1, size)  # a single sample
        elif rows.ndim == 0:
            raise TrainingError(msg("expected a list of input rows, not the single number {item!r}",
                                    item=rows.item()))
        elif rows.ndim == 1 and size > 1:
            raise TrainingError(msg("the input is one row of {plural}; {width_note}", plural=_plural(rows.size),
                                    width_note=width_note))
        elif len(rows) == 0:
            raise TrainingError(msg("expected at least one input row"))
        elif rows[0].size != size:
            raise TrainingError(msg("each input row has {plural}; {width_note}", plural=_plural(rows[0].size),
                                    width_note=width_note))
        source = source.reshape(len(source), size)
    else:
        if isinstance(rows, np.ndarray):  # strings, objects, booleans: checked value by value
            rows = rows.tolist()
        if not isinstance(rows, (list, tuple)):
            what = "the single number " if _leaf_problem(rows) is None else ""
            raise TrainingError(msg("expected a list of input rows, not {what}{value}", what=what,
                                    value='null' if rows is None else repr(rows)))
        if not rows:
            raise TrainingError(msg("expected at least one input row"))
        try:
            single = tuple(np.shape(rows)) in single_shapes
        except ValueError:  # ragged: rows of different widths
            single = False
        if single or (size > 1 and not any(isinstance(r, (list, tuple, np.ndarray)) for r in rows)):
            samples = [rows]  # one sample, flat or nested like the sample
        else:
            samples = rows
        values: list = []
        for number, row in enumerate(samples, 1):
            before = len(values)
            _flatten_row(row, number, values)
            got = len(values) - before
            if got != size:
                if len(samples) == 1 and samples[0] is rows:
                    raise TrainingError(msg("the input is one row of {plural}; {width_note}", plural=_plural(got),
                                            width_note=width_note))
                raise TrainingError(msg("input row {number} has {plural}; {width_note}", number=number,
                                        plural=_plural(got), width_note=width_note))
        try:
            source = np.asarray(values, dtype=np.float64).reshape(len(samples), size)
        except OverflowError:  # a whole number beyond float64
            at = next(i for i, v in enumerate(values) if isinstance(v, int) and not _fits_float(v))
            raise TrainingError(msg("input row {at} holds a number too large to use (value {column}); input values "
                                    "must be finite numbers", at=at // size + 1, column=at % size + 1)) from None
    with np.errstate(over="ignore", invalid="ignore"):
        array = source.astype(np.float32)
    finite = np.isfinite(array)
    if not finite.all():
        row, col = (int(i) for i in np.argwhere(~finite)[0])
        value = source[row, col].item()
        beyond = ", too large for float32" if math.isfinite(value) else ""
        raise TrainingError(msg("input row {row} holds {value!r} (value {col}{beyond}); input values must be "
                                "finite numbers", row=row + 1, value=value, col=col + 1, beyond=beyond))
    return array


PROBLEM_KINDS = ("multiclass", "binary", "onehot", "regression")


@dataclass
class Problem:
    """kind: ``multiclass`` (cross_entropy, integer labels), ``binary`` (one output for two classes),
    ``onehot`` (one output per class with bce/mse/l1) or ``regression``."""

    loss: str
    kind: str
    num_classes: int | None
    threshold: float = 0.0  # binary: logit > 0 for bce, output > 0.5 for mse/l1

    @property
    def classification(self) -> bool:
        return self.kind != "regression"

    @classmethod
    def decide(cls, loss: str | None, task: str, num_classes: int | None, output_shape: Sequence[int],
               dataset_name: str = "the dataset", output_id: str = "the output") -> "Problem":
        """Check that the loss, the dataset and the design's output fit together (``output_fit.decide``, the rule
        the editor's problems list uses too); ``loss`` None picks one."""
        return cls(*output_fit.decide(loss, task, num_classes, output_shape, dataset_name, output_id))

    def check_targets(self, y: torch.Tensor, output_shape: Sequence[int], dataset_name: str, output_id: str) -> None:
        self.check_target_width(math.prod(y.shape[1:]) if y.ndim > 1 else 1, output_shape, dataset_name, output_id)

    def check_target_width(self, per_sample: int, output_shape: Sequence[int], dataset_name: str,
                           output_id: str) -> None:
        """A regression's output must give as many values as each sample has targets."""
        output_fit.check_target_width(self.kind, per_sample, output_shape, dataset_name, output_id)

    def targets(self, y: torch.Tensor, output_shape: Sequence[int]) -> torch.Tensor:
        """A whole split's labels or values -> what the loss compares the output with (done once, not per batch)."""
        return make_targets(y, self.kind, self.num_classes, output_shape)

    def loss_fn(self):
        if self.loss not in LOSS_FUNCTIONS:
            raise TrainingError(msg("training.loss: {loss!r} is not one of {losses}", loss=self.loss,
                                    losses=', '.join(LOSSES)))
        return LOSS_FUNCTIONS[self.loss]

    def labels(self, out: torch.Tensor) -> torch.Tensor:
        """Model output (logits for folded losses) -> predicted class per sample."""
        return predicted_labels(out, self.kind, self.threshold)
