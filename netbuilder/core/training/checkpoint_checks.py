"""What a checkpoint file must hold before netbuilder trusts it: the one place its contents are checked.

The zip itself is checked before ``torch.load`` by :mod:`netbuilder.core.files.safe_zip`, the one rule for every zip
(``stored_only``, ``within_file``: entries stored as ``torch.save`` writes them, so no entry can ask for more memory
than the file's own size). :func:`check_tensors` runs on what ``torch.load`` gave back, before any tensor is used:
no tensor claims more values than its storage holds (a stride-0 view of one number can claim billions). The other
checks read the plain parts (problem, preprocessing, history, dataset, test scores, settings) so that every number is
a bounded real number and every name one netbuilder writes; they raise :class:`Damaged` saying which field is
wrong, which the loader reports as damage.
"""
from __future__ import annotations

import math
from typing import Any

import torch

from ..design.choices import LOSSES
from ..errors import TrainingError, quote
from ..files.plain_json import check_plain
from ..design.train_config import TrainConfig, check_monitors
from .data import PROBLEM_KINDS
from ..text import msg

TASKS = ("classification", "regression")
#: the largest magnitude of a number read from a checkpoint (float32's range: every number ends up in float32)
MAX_MAGNITUDE = float(torch.finfo(torch.float32).max)
#: the largest whole number (epochs, batches, classes, dimensions) read from a checkpoint
MAX_WHOLE = 2**53


class Damaged(ValueError):
    """What is wrong with a checkpoint's contents, said in words (the loader prefixes the file)."""


def check_tensors(value: Any, where: str = "the file") -> int:
    """Raise Damaged when a tensor anywhere in ``value`` claims more values than its storage holds (a view
    that would be copied out to more memory than the file holds). Returns the number of values of all tensors."""
    if isinstance(value, torch.Tensor):
        if value.is_complex():  # torch loads them, and the model would take them with only a warning
            raise Damaged(msg("{where} holds {dtype} values; a netbuilder checkpoint holds real numbers only",
                              where=where, dtype=str(value.dtype).removeprefix('torch.')))
        held = value.untyped_storage().nbytes() - value.storage_offset() * value.element_size()
        if value.numel() * value.element_size() > max(held, 0):
            raise Damaged(msg("{where} claims {numel:,} values of shape {value_shape} but the file holds {held:,} "
                              "for it", where=where, numel=value.numel(), value_shape=list(value.shape),
                              held=max(held, 0) // max(value.element_size(), 1)))
        return value.numel()
    if isinstance(value, dict):
        return sum(check_tensors(v, f"{where}.{k}" if where != "the file" else str(k)) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return sum(check_tensors(v, f"{where}[{i}]") for i, v in enumerate(value))
    return 0


def shown(value: Any) -> str:
    """A value from the file for a one-line message, however big it is."""
    if isinstance(value, (list, tuple, dict)):
        return msg("a {type} of {count:,} items", type=type(value).__name__, count=len(value))
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**20:
        return msg("a huge number")
    return quote(value) if isinstance(value, (str, int, float, type(None))) else msg("a {type}",
                                                                                      type=type(value).__name__)


def real(value: Any, where: str) -> float:
    """A number read from a checkpoint as a float: a real number (not a bool) within float32's range."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise Damaged(msg("{where} is {shown}, not a number", where=where, shown=shown(value)))
    if isinstance(value, float) and not math.isfinite(value):
        raise Damaged(msg("{where} is {value}, not a finite number", where=where, value=value))
    if abs(value) > MAX_MAGNITUDE:
        raise Damaged(msg("{where} is too large (beyond float32's range, about 3.4e38)", where=where))
    return float(value)


def whole(value: Any, where: str, minimum: int = 0) -> int:
    """A whole number read from a checkpoint: an int (not a bool) from ``minimum`` to 2**53."""
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= MAX_WHOLE:
        raise Damaged(msg("{where} is {shown}, not a whole number from {minimum} to 2**53", where=where,
                          shown=shown(value), minimum=minimum))
    return value


def _numbers(value: Any, where: str, depth: int = 0) -> None:
    """A number, or (nested) lists of numbers, as the test scores are (confusion matrices, per-class scores); null
    is a score that was not a finite number (an infinite test loss), which save_checkpoint stores as unknown."""
    if value is None:
        return
    if isinstance(value, (list, tuple)) and depth < 3:
        for i, v in enumerate(value):
            _numbers(v, f"{where}[{i}]", depth + 1)
    else:
        real(value, where)


def check_problem(saved: Any) -> tuple[str, str, int | None, float]:
    """The saved loss, kind of problem, classes and threshold: a value netbuilder does not write is damage."""
    if not isinstance(saved, dict):
        raise Damaged(msg("problem is {shown}, not an object", shown=shown(saved)))
    loss, kind, classes = saved.get("loss"), saved.get("kind"), saved.get("num_classes")
    if loss not in LOSSES:
        raise Damaged(msg("problem.loss is {shown}, not one of {losses}", shown=shown(loss), losses=', '.join(LOSSES)))
    if kind not in PROBLEM_KINDS:
        raise Damaged(msg("problem.kind is {shown}, not one of {problem_kinds}", shown=shown(kind),
                          problem_kinds=', '.join(PROBLEM_KINDS)))
    if kind != "regression":
        classes = whole(classes, "problem.num_classes", minimum=2)
    return loss, kind, classes, real(saved.get("threshold", 0.0), "problem.threshold")


def check_preprocess(saved: Any) -> dict:
    """scale, mean and std: numbers, or lists of numbers (one per channel); std never 0."""
    if saved is None:
        return {}
    if not isinstance(saved, dict):
        raise Damaged(msg("preprocess is {shown}, not an object", shown=shown(saved)))
    out = {}
    for key in ("scale", "mean", "std"):
        if key not in saved:
            continue
        value = saved[key]
        if isinstance(value, (list, tuple)):
            if not value:
                raise Damaged(msg("preprocess.{key} is an empty list", key=key))
            out[key] = [real(v, f"preprocess.{key}[{i}]") for i, v in enumerate(value)]
        else:
            out[key] = real(value, f"preprocess.{key}")
    if 0.0 in (out["std"] if isinstance(out.get("std"), list) else [out.get("std", 1.0)]):
        raise Damaged(msg("preprocess.std holds 0; a standard deviation divides"))
    return out


def check_history(saved: Any) -> list[dict]:
    """One dict per epoch trained, in order (``epoch`` 1, 2, ...), of finite numbers (``partial``: a bool)."""
    if saved is None:
        return []
    if not isinstance(saved, list):
        raise Damaged(msg("history is {shown}, not a list of epochs", shown=shown(saved)))
    history = []
    for i, entry in enumerate(saved):
        where = f"history[{i}]"
        if not isinstance(entry, dict):
            raise Damaged(msg("{where} is {shown}, not an epoch's metrics", where=where, shown=shown(entry)))
        if whole(entry.get("epoch"), f"{where}.epoch", minimum=1) != i + 1:
            raise Damaged(msg("{where}.epoch is {entry}, not {i}", where=where, entry=entry['epoch'], i=i + 1))
        if "loss" not in entry:
            raise Damaged(msg("{where} has no loss", where=where))
        for key, v in entry.items():
            if not isinstance(key, str):
                raise Damaged(msg("{where} has the key {shown}, not a name", where=where, shown=shown(key)))
            if not (key == "partial" and isinstance(v, bool)):
                real(v, f"{where}.{key}")
        history.append(dict(entry))
    return history


def check_dataset(saved: Any, kind: str, classes: int | None) -> dict:
    """What the dataset looked like: its task (matching the problem), sample shape and class names."""
    if not isinstance(saved, dict):
        raise Damaged(msg("dataset is {shown}, not an object", shown=shown(saved)))
    task = saved.get("task")
    if task not in TASKS:
        raise Damaged(msg("dataset.task is {shown}, not one of {tasks}", shown=shown(task), tasks=', '.join(TASKS)))
    if (task == "regression") != (kind == "regression"):
        raise Damaged(msg("dataset.task is {task} but the problem is {kind}", task=task, kind=kind))
    shape = saved.get("input_shape")
    if not isinstance(shape, list) or not 1 <= len(shape) <= 8:
        raise Damaged(msg("dataset.input_shape is {shown}, not a list of 1 to 8 sizes", shown=shown(shape)))
    dims = [whole(d, f"dataset.input_shape[{i}]", minimum=1) for i, d in enumerate(shape)]
    if math.prod(dims) > MAX_WHOLE:
        raise Damaged(msg("dataset.input_shape {dims} holds more than 2**53 values", dims=dims))
    names = saved.get("class_names")
    if names is not None:
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise Damaged(msg("dataset.class_names is {shown}, not a list of names", shown=shown(names)))
        if task == "classification" and classes is not None and len(names) != classes:
            raise Damaged(msg("dataset.class_names has {n_names} names for {classes} classes", n_names=len(names),
                              classes=classes))
    if saved.get("num_classes") is not None:
        whole(saved["num_classes"], "dataset.num_classes", minimum=1)
    if not isinstance(saved.get("name", ""), str):
        raise Damaged(msg("dataset.name is {shown}, not a name", shown=shown(saved.get('name'))))
    return {**saved, "input_shape": dims}


def check_test(saved: Any) -> dict:
    """The test scores: names to numbers or (nested) lists of numbers; null for a score that is unknown."""
    if not saved:
        return {}
    if not isinstance(saved, dict):
        raise Damaged(msg("test is {shown}, not an object", shown=shown(saved)))
    for key, value in saved.items():
        if not isinstance(key, str):
            raise Damaged(msg("test has the key {shown}, not a name", shown=shown(key)))
        _numbers(value, f"test.{key}")
    return dict(saved)


def check_config(saved: Any, task: str) -> dict:
    """The training settings, by the rules the trainer uses (TrainConfig; TrainingError naming the field)."""
    config = TrainConfig.from_dict(saved)
    check_monitors(config, task)
    check_plain(saved, "training", TrainingError)  # no text that cannot be saved again (a lone surrogate)
    return dict(saved)
