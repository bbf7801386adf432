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
            raise Damaged(f"{where} holds {str(value.dtype).removeprefix('torch.')} values; a netbuilder checkpoint "
                          "holds real numbers only")
        held = value.untyped_storage().nbytes() - value.storage_offset() * value.element_size()
        if value.numel() * value.element_size() > max(held, 0):
            raise Damaged(f"{where} claims {value.numel():,} values of shape {list(value.shape)} but the file "
                          f"holds {max(held, 0) // max(value.element_size(), 1):,} for it")
        return value.numel()
    if isinstance(value, dict):
        return sum(check_tensors(v, f"{where}.{k}" if where != "the file" else str(k)) for k, v in value.items())
    if isinstance(value, (list, tuple)):
        return sum(check_tensors(v, f"{where}[{i}]") for i, v in enumerate(value))
    return 0


def shown(value: Any) -> str:
    """A value from the file for a one-line message, however big it is."""
    if isinstance(value, (list, tuple, dict)):
        return f"a {type(value).__name__} of {len(value):,} items"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**20:
        return "a huge number"
    return quote(value) if isinstance(value, (str, int, float, type(None))) else f"a {type(value).__name__}"


def real(value: Any, where: str) -> float:
    """A number read from a checkpoint as a float: a real number (not a bool) within float32's range."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise Damaged(f"{where} is {shown(value)}, not a number")
    if isinstance(value, float) and not math.isfinite(value):
        raise Damaged(f"{where} is {value}, not a finite number")
    if abs(value) > MAX_MAGNITUDE:
        raise Damaged(f"{where} is too large (beyond float32's range, about 3.4e38)")
    return float(value)


def whole(value: Any, where: str, minimum: int = 0) -> int:
    """A whole number read from a checkpoint: an int (not a bool) from ``minimum`` to 2**53."""
    if isinstance(value, bool) or not isinstance(value, int) or not minimum <= value <= MAX_WHOLE:
        raise Damaged(f"{where} is {shown(value)}, not a whole number from {minimum} to 2**53")
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
        raise Damaged(f"problem is {shown(saved)}, not an object")
    loss, kind, classes = saved.get("loss"), saved.get("kind"), saved.get("num_classes")
    if loss not in LOSSES:
        raise Damaged(f"problem.loss is {shown(loss)}, not one of {', '.join(LOSSES)}")
    if kind not in PROBLEM_KINDS:
        raise Damaged(f"problem.kind is {shown(kind)}, not one of {', '.join(PROBLEM_KINDS)}")
    if kind != "regression":
        classes = whole(classes, "problem.num_classes", minimum=2)
    return loss, kind, classes, real(saved.get("threshold", 0.0), "problem.threshold")


def check_preprocess(saved: Any) -> dict:
    """scale, mean and std: numbers, or lists of numbers (one per channel); std never 0."""
    if saved is None:
        return {}
    if not isinstance(saved, dict):
        raise Damaged(f"preprocess is {shown(saved)}, not an object")
    out = {}
    for key in ("scale", "mean", "std"):
        if key not in saved:
            continue
        value = saved[key]
        if isinstance(value, (list, tuple)):
            if not value:
                raise Damaged(f"preprocess.{key} is an empty list")
            out[key] = [real(v, f"preprocess.{key}[{i}]") for i, v in enumerate(value)]
        else:
            out[key] = real(value, f"preprocess.{key}")
    if 0.0 in (out["std"] if isinstance(out.get("std"), list) else [out.get("std", 1.0)]):
        raise Damaged("preprocess.std holds 0; a standard deviation divides")
    return out


def check_history(saved: Any) -> list[dict]:
    """One dict per epoch trained, in order (``epoch`` 1, 2, ...), of finite numbers (``partial``: a bool)."""
    if saved is None:
        return []
    if not isinstance(saved, list):
        raise Damaged(f"history is {shown(saved)}, not a list of epochs")
    history = []
    for i, entry in enumerate(saved):
        where = f"history[{i}]"
        if not isinstance(entry, dict):
            raise Damaged(f"{where} is {shown(entry)}, not an epoch's metrics")
        if whole(entry.get("epoch"), f"{where}.epoch", minimum=1) != i + 1:
            raise Damaged(f"{where}.epoch is {entry['epoch']}, not {i + 1}")
        if "loss" not in entry:
            raise Damaged(f"{where} has no loss")
        for key, v in entry.items():
            if not isinstance(key, str):
                raise Damaged(f"{where} has the key {shown(key)}, not a name")
            if not (key == "partial" and isinstance(v, bool)):
                real(v, f"{where}.{key}")
        history.append(dict(entry))
    return history


def check_dataset(saved: Any, kind: str, classes: int | None) -> dict:
    """What the dataset looked like: its task (matching the problem), sample shape and class names."""
    if not isinstance(saved, dict):
        raise Damaged(f"dataset is {shown(saved)}, not an object")
    task = saved.get("task")
    if task not in TASKS:
        raise Damaged(f"dataset.task is {shown(task)}, not one of {', '.join(TASKS)}")
    if (task == "regression") != (kind == "regression"):
        raise Damaged(f"dataset.task is {task} but the problem is {kind}")
    shape = saved.get("input_shape")
    if not isinstance(shape, list) or not 1 <= len(shape) <= 8:
        raise Damaged(f"dataset.input_shape is {shown(shape)}, not a list of 1 to 8 sizes")
    dims = [whole(d, f"dataset.input_shape[{i}]", minimum=1) for i, d in enumerate(shape)]
    if math.prod(dims) > MAX_WHOLE:
        raise Damaged(f"dataset.input_shape {dims} holds more than 2**53 values")
    names = saved.get("class_names")
    if names is not None:
        if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
            raise Damaged(f"dataset.class_names is {shown(names)}, not a list of names")
        if task == "classification" and classes is not None and len(names) != classes:
            raise Damaged(f"dataset.class_names has {len(names)} names for {classes} classes")
    if saved.get("num_classes") is not None:
        whole(saved["num_classes"], "dataset.num_classes", minimum=1)
    if not isinstance(saved.get("name", ""), str):
        raise Damaged(f"dataset.name is {shown(saved.get('name'))}, not a name")
    return {**saved, "input_shape": dims}


def check_test(saved: Any) -> dict:
    """The test scores: names to numbers or (nested) lists of numbers; null for a score that is unknown."""
    if not saved:
        return {}
    if not isinstance(saved, dict):
        raise Damaged(f"test is {shown(saved)}, not an object")
    for key, value in saved.items():
        if not isinstance(key, str):
            raise Damaged(f"test has the key {shown(key)}, not a name")
        _numbers(value, f"test.{key}")
    return dict(saved)


def check_config(saved: Any, task: str) -> dict:
    """The training settings, by the rules the trainer uses (TrainConfig; TrainingError naming the field)."""
    config = TrainConfig.from_dict(saved)
    check_monitors(config, task)
    check_plain(saved, "training", TrainingError)  # no text that cannot be saved again (a lone surrogate)
    return dict(saved)
