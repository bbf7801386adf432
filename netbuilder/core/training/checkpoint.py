"""A trained model in one file: the design, the weights, the training settings, the preprocessing, the metric
history and what the dataset looked like, so that ``predict`` works without the dataset.

Everything is stored as plain containers and tensors so that loading uses ``torch.load(weights_only=True)``:
opening a checkpoint never runs code from it. Writing is atomic (a temporary file renamed over the target).
"""
from __future__ import annotations

import io
import math
import os
import pickle
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch

from ..files import safe_zip
from ..design.compiler import NetModule, compile_design
from ..layers.backbones import weights_given
from ..files.atomic import write_atomic
from ..design.design_io import design_from_dict, design_to_dict
from ..errors import NetbuilderError, TrainingError, one_line, quote
from ..design.graph import Design
from ..design.shapes import infer_shapes
from .checkpoint_checks import (Damaged, check_config, check_dataset, check_history, check_preprocess,
                                check_problem, check_tensors, check_test)
from .data import Preprocessor, Problem
from .evaluation import predict_rows
from ..text import msg

if TYPE_CHECKING:  # pragma: no cover
    from .trainer import FitResult, Trainer

FORMAT = "netbuilder-checkpoint"
VERSION = 1


def _plain(value: Any) -> Any:
    """Python scalars, lists and dicts only (tensors and numpy values become numbers or lists)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, torch.Tensor):
        return value.tolist()
    if hasattr(value, "tolist"):  # numpy arrays and scalars
        return value.tolist()
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _scores(value: Any) -> Any:
    """Test scores as the loader reads them: a score that is not a finite number (an infinite test loss) is
    stored as null, which the loader reads as unknown."""
    if isinstance(value, dict):
        return {k: _scores(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_scores(v) for v in value]
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def save_checkpoint(path: str | os.PathLike, trainer: "Trainer", result: "FitResult | None" = None,
                    curves: dict | None = None) -> None:
    """Write ``trainer``'s model and everything needed to use it again to ``path`` (atomically). ``curves``
    (optional): the per-batch loss curve, ``{"batch_x": [...], "batch_loss": [...]}``, so that opening the file
    shows the curves again."""
    write_checkpoint(path, checkpoint_payload(trainer, result, curves))


def write_checkpoint(path: str | os.PathLike, payload: dict) -> None:
    """Serialise a :func:`checkpoint_payload` and write it atomically: the slow half of saving (up to a second for
    64 MB of weights), which touches no model, so that a window does it in a thread of its own."""
    buffer = io.BytesIO()
    torch.save(payload, buffer)
    write_atomic(path, buffer.getvalue())


def checkpoint_payload(trainer: "Trainer", result: "FitResult | None" = None, curves: dict | None = None) -> dict:
    """What :func:`save_checkpoint` writes, as plain data and CPU copies of the weights: taken in the thread that
    owns the model, it can be serialised anywhere while the model trains on."""
    ds = trainer.dataset
    problem = trainer.problem
    payload = {
        "format": FORMAT,
        "version": VERSION,
        "design": design_to_dict(trainer.design),
        "state_dict": {k: v.detach().to("cpu").clone() for k, v in trainer.model.state_dict().items()},
        "config": _plain(trainer.config.to_dict()),
        "problem": {"loss": problem.loss, "kind": problem.kind, "num_classes": problem.num_classes,
                    "threshold": problem.threshold},
        "preprocess": _plain(ds.preprocess),
        "history": _plain(trainer.history),
        "test": _scores(_plain(result.test)) if result is not None else {},
        "stopped": result.stopped if result is not None else None,
        "dataset": {"name": ds.name, "task": ds.task, "input_shape": [int(d) for d in ds.x_train.shape[1:]],
                    "num_classes": ds.num_classes,
                    "class_names": list(ds.class_names) if ds.class_names is not None else None},
        "torch_version": str(torch.__version__),
    }
    if curves is not None:
        payload["curves"] = {"batch_x": torch.as_tensor(curves["batch_x"], dtype=torch.float64).reshape(-1),
                             "batch_loss": torch.as_tensor(curves["batch_loss"], dtype=torch.float64).reshape(-1)}
    return payload


@dataclass
class Checkpoint:
    """A loaded checkpoint. ``model`` holds the trained weights, in eval mode, on the CPU."""

    path: str
    design: Design
    model: NetModule
    config: dict
    preprocess: dict
    history: list[dict]
    task: str
    class_names: list[str] | None
    input_shape: tuple[int, ...]
    problem: Problem
    dataset: dict = field(default_factory=dict)
    test: dict = field(default_factory=dict)
    #: the per-batch loss curve (numpy arrays ``batch_x``, ``batch_loss``), empty for files saved without one
    curves: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._preprocessor = _preprocessor(self.preprocess, self.input_shape, self.model, self.dataset)

    def predict(self, rows):
        """``forward()`` outputs (probabilities for a classifier) for raw rows, as a numpy array. Rows that cannot
        be read (wrong width, not numbers, not finite) raise a TrainingError naming the row."""
        return predict_rows(self.model, self._preprocessor, rows)

    def predict_classes(self, rows) -> list:
        """The predicted class of each row: its name when the dataset named its classes, else its index."""
        if self.task != "classification":
            raise TrainingError(msg("{path}: a regression model predicts numbers, not classes; use predict()",
                                    path=self.path))
        x = self._preprocessor.rows(rows)
        with torch.inference_mode():
            self.model.eval()
            labels = self.problem.labels(self.model.forward_logits(x)).tolist()
        return [self.class_names[i] for i in labels] if self.class_names else labels


def _curves(value) -> dict:
    """The saved loss curve as numpy arrays; anything malformed raises Damaged (reported as damage). The
    tensors were checked to hold no more values than the file does (check_tensors)."""
    if not value:
        return {}
    if not isinstance(value, dict) or not all(isinstance(value.get(k), torch.Tensor)
                                              for k in ("batch_x", "batch_loss")):
        raise Damaged(msg("curves is not the two tensors batch_x and batch_loss"))
    x, loss = (value[k].double().reshape(-1).numpy() for k in ("batch_x", "batch_loss"))
    if x.shape != loss.shape:
        raise Damaged(msg("the saved loss curve has a different number of x values and losses"))
    return {"batch_x": x, "batch_loss": loss}


def _preprocessor(preprocess: dict, input_shape: tuple[int, ...], model: NetModule, dataset: dict) -> Preprocessor:
    """The checkpoint's preprocessing, checked by the Preprocessor's own rules (float32's range, the sample shape
    against the design's Input); ``model`` may be the meta-device build, which holds no weights."""
    return Preprocessor(preprocess, input_shape, model.input_shape, "cpu",
                        msg("The dataset '{name}'", name=dataset.get('name', '?')), model.input_id)


def _values_held(state: dict) -> int:
    """How many values the tensors of ``state`` hold, each storage counted once (a thousand views of one storage
    hold what that storage holds, not a thousand times it)."""
    storages: dict[int, int] = {}
    for tensor in state.values():
        storage = tensor.untyped_storage()
        storages.setdefault(storage.data_ptr(), storage.nbytes() // max(tensor.element_size(), 1))
    return sum(storages.values())


def _names(names) -> str:
    names = sorted(names)
    if len(names) > 1:
        return msg("{name} and {more:,} more", name=quote(names[0], 60), more=len(names) - 1)
    return quote(names[0], 60)


def _weights(design: Design, state: Any, loss: str) -> NetModule:
    """The file's weights must be exactly those of the design before the model is built (a small file cannot
    make netbuilder allocate a large model): as many values as the design's weights, each storage counted once,
    and the names and shapes of the compiled module's parameters and buffers, found by building it on torch's
    meta device (shapes only, nothing allocated). Returns that meta-device module."""
    if not isinstance(state, dict) or not all(isinstance(k, str) and isinstance(v, torch.Tensor)
                                              for k, v in state.items()):
        raise Damaged(msg("state_dict is not a set of named tensors"))
    held = _values_held(state)
    wanted = infer_shapes(design).total_params
    if wanted > held:
        raise Damaged(msg("the design has {wanted:,} weights but the file holds {held:,} values", wanted=wanted,
                          held=held))
    with torch.device("meta"):
        meta = compile_design(design, loss)
    expected = {name: tuple(t.shape) for name, t in meta.state_dict().items()}
    missing, unexpected = expected.keys() - state.keys(), state.keys() - expected.keys()
    if missing:
        raise Damaged(msg("the design's weight {names} is not in the file", names=_names(missing)))
    if unexpected:
        raise Damaged(msg("the file holds the weight {names}, which the design does not have",
                          names=_names(unexpected)))
    for name, shape in expected.items():
        if tuple(state[name].shape) != shape:
            raise Damaged(msg("the weight {name} has shape {shape} in the file but {shape2} in the design",
                              name=quote(name, 60), shape=list(state[name].shape), shape2=list(shape)))
    return meta


def read_torch_file(path, kind: str, name: str, damaged: str):
    """The plain data and tensors of a file netbuilder wrote with ``torch.save`` (a checkpoint, a student's work
    file), read without running code from it: the zip checked first (entries stored, declaring what they store, no
    more than the file together), then ``torch.load(weights_only=True)``. Anything else raises a TrainingError of
    one line: ``"<path>: no such <kind> file"``, ``"<path>: not a readable <name> (<damaged>)"``, or why torch
    refused it."""
    where = str(path)
    if not Path(path).is_file():
        raise TrainingError(msg("{where}: no such {kind} file", where=where, kind=kind))
    if not zipfile.is_zipfile(path):
        raise TrainingError(msg("{where}: not a readable {name} ({damaged})", where=where, name=name, damaged=damaged))
    safe_zip.check_zip_file(path, TrainingError, limit=None, stored_only=True, within_file=True)
    try:
        return torch.load(path, map_location="cpu", weights_only=True)
    except (pickle.UnpicklingError, RuntimeError, EOFError, ValueError, zipfile.BadZipFile, OSError,
            AttributeError, ImportError, IndexError, KeyError, TypeError) as exc:
        text = str(exc).strip()
        if "Weights only load failed" in text:
            why = ("it holds Python objects besides plain data and tensors, and netbuilder never unpickles those: "
                   "loading them could run code from the file")
        else:
            why = f"torch.load failed: {text.splitlines()[0][:200] if text else type(exc).__name__}"
        raise TrainingError(msg("{where}: not a readable {name} ({why})", where=where, name=name, why=why)) from None


def load_checkpoint(path: str | os.PathLike, curves: bool = True) -> Checkpoint:
    """Read a checkpoint written by :func:`save_checkpoint`; anything else raises a TrainingError naming the file.
    The whole file is checked (sizes before anything is allocated, then every part, the settings by the trainer's
    rules) before a Checkpoint is returned. ``curves``: False skips the loss curve (predict and export)."""
    where = str(path)
    data = read_torch_file(path, "checkpoint", "netbuilder checkpoint", "not a file written by torch.save: the file "
                           "is damaged, truncated, or something else")
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise TrainingError(msg("{where}: not a netbuilder checkpoint (a PyTorch file, but without netbuilder's "
                                "design and settings; train with netbuilder to make one)", where=where))
    version = data.get("version")
    if not isinstance(version, int) or version < 1:
        raise TrainingError(msg("{where}: unknown checkpoint version {version!r}", where=where, version=version))
    if version > VERSION:
        raise TrainingError(msg("{where}: checkpoint version {version} is newer than this netbuilder understands "
                                "({known}); update netbuilder to open it", where=where, version=version,
                                known=VERSION))
    try:
        check_tensors(data)
        design = design_from_dict(data["design"], where=f"{where} (design)")
        loss, kind, classes, threshold = check_problem(data["problem"])
        problem = Problem(loss, kind, classes, threshold)
        meta = check_dataset(data["dataset"], kind, classes)
        config = check_config(data.get("config"), meta["task"])
        history, test = check_history(data.get("history")), check_test(data.get("test"))
        preprocess = check_preprocess(data.get("preprocess"))
        shapes_only = _weights(design, data["state_dict"], problem.loss)
        _preprocessor(preprocess, tuple(meta["input_shape"]), shapes_only, meta)  # its range, before any weight
        curve = _curves(data.get("curves")) if curves else {}
        with weights_given():  # every weight comes from the file: a Pretrained layer's own file is not read
            model = compile_design(design, problem.loss)
        model.load_state_dict(data["state_dict"])
        model.eval()
        return Checkpoint(
            path=where, design=design, model=model, config=config, preprocess=preprocess, history=history,
            task=meta["task"], class_names=meta.get("class_names"), input_shape=tuple(meta["input_shape"]),
            problem=problem, dataset=meta, test=test, curves=curve)
    except NetbuilderError as exc:
        raise TrainingError(msg("{where}: the checkpoint cannot be used: {exc}", where=where,
                                exc=exc.args[0] if len(exc.args) == 1 else str(exc))) from None
    except (KeyError, TypeError, ValueError, RuntimeError, OverflowError) as exc:
        why = f"{type(exc).__name__}: {one_line(exc)}"
        if isinstance(exc, Damaged):
            why = exc.args[0] if exc.args and one_line(exc) == exc.args[0] else one_line(exc)
        raise TrainingError(msg("{where}: the checkpoint is damaged or incomplete ({why}); save it again from "
                                "netbuilder", where=where, why=why)) from None
