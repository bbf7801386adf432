"""What the panels ask of a trained (or training) network, computed on the trainer's model and data and returned as
plain numpy / Python data, safe to hand to another thread. The GUI's worker runs these between batches while a run
goes on; between runs the session runs them directly (:meth:`TrainingSession.probe`). The hooks that look inside
are :mod:`netbuilder.core.training.probe`'s.

Kinds (``run_probe(trainer, kind, **options)``):

- ``sample``: one sample of a split, raw, with its label (``split``, ``index``);
- ``activations``: every node's output for one input (``split`` and ``index``, or raw ``rows``);
- ``health``: dead ReLU units and saturated sigmoid / tanh outputs on up to ``samples`` training samples, and each
  node's gradient norm from the last batch;
- ``grid``: for 2-D inputs, the network's output over a ``resolution`` x ``resolution`` grid covering the data,
  the training points, and the output of every hidden unit of layers with at most ``max_units`` units (the
  decision-boundary panel); for 1-D inputs, the output along a line;
- ``predictions``: a split's true classes, predicted classes and probabilities;
- ``examples``: the samples of one confusion-matrix cell (``split``, ``true``, ``pred``, ``limit``), raw, with
  their probabilities (the confusion matrix's gallery);
- ``explain``: one sample's attributions by ``method`` (``split`` and ``index``, or raw ``rows``; ``method``,
  ``node`` for Grad-CAM, ``target``: the class explained, None for the predicted one), of the raw sample's shape
  (:mod:`.explain`).
"""
from __future__ import annotations

import inspect
import math
from typing import TYPE_CHECKING

import numpy as np
import torch

from ..errors import TrainingError
from .probe import activations, gradient_norms, unit_health
from . import probe_kinds as pk
from .probe_kinds import KINDS  # the names, torch-free for the GUI's panel registry: one truth
from ..text import msg

if TYPE_CHECKING:  # pragma: no cover
    from .trainer import Trainer

#: Most samples a probe looks at (a predictions request on a bigger split is refused with this number).
MAX_SAMPLES = 100_000
MAX_RESOLUTION = 256


def _split(trainer: "Trainer", name: str):
    if name not in ("train", "val", "test"):
        raise TrainingError(msg("unknown split {name!r}; use train, val or test", name=name))
    split = trainer.splits.get(name)
    if split is None:
        raise TrainingError(msg("the dataset '{dataset_name}' has no {name} split", dataset_name=trainer.dataset.name,
                                name=name))
    return split


def _numpy(t: torch.Tensor) -> np.ndarray:
    t = t.detach().to("cpu")
    return (t.float() if t.is_floating_point() else t).numpy()


def probe_sample(trainer: "Trainer", split: str = "test", index: int = 0) -> dict:
    s = _split(trainer, split)
    if not 0 <= int(index) < len(s.x):
        raise TrainingError(msg("sample {index} is not in the {split} split ({n_x} samples)", index=index,
                                split=split, n_x=len(s.x)))
    label = None if s.labels is None or s.labels.dim() != 1 else int(s.labels[int(index)])
    return {"split": split, "index": int(index), "x": _numpy(s.x[int(index)]), "label": label}


def _one_input(trainer: "Trainer", split: str | None, index: int, rows):
    """(the preprocessed batch of one, the raw sample, its label or None): one raw input row when ``rows`` is
    given (what was drawn or typed), else sample ``index`` of ``split``."""
    if rows is not None:
        x = trainer.preprocessor.rows(rows)[:1]
        return x, np.asarray(rows, dtype=np.float32).reshape(-1, *trainer.preprocessor.sample_shape)[0], None
    sample = probe_sample(trainer, split, index)
    x = trainer.preprocessor(_split(trainer, split).x[sample["index"]:sample["index"] + 1])
    return x, sample["x"], sample["label"]


def probe_activations(trainer: "Trainer", split: str | None = "test", index: int = 0, rows=None) -> dict:
    """``{"outputs": {node id: array of the node's output for the one input}, "input": raw input, "label"}``."""
    x, raw, label = _one_input(trainer, split, index, rows)
    outs = activations(trainer.model, x)
    return {"outputs": {node_id: value[0].float().numpy() for node_id, value in outs.items()}, "input": raw,
            "label": label, "split": split if rows is None else None, "index": index if rows is None else None}


def probe_health(trainer: "Trainer", samples: int = 256) -> dict:
    train = trainer.splits["train"]
    count = min(len(train.x), max(1, int(samples)))
    # spread over the split (datasets can be ordered by class or by place: the first rows may all be alike)
    where = torch.linspace(0, len(train.x) - 1, count, device=train.x.device).round().long()
    x = trainer.preprocessor(train.x[where])
    return {"units": unit_health(trainer.model, x), "gradients": gradient_norms(trainer.model)}


def probe_grid(trainer: "Trainer", resolution: int = 64, max_units: int = 8, points: int = 1000) -> dict:
    """The output over the plane of the first two input features (2-D inputs) or along the line (1-D inputs),
    in raw input units, with up to ``points`` training points."""
    dims = math.prod(trainer.preprocessor.sample_shape)
    if dims not in (1, 2):
        raise TrainingError(msg("a decision boundary needs 1 or 2 input features; this dataset has {dims}", dims=dims))
    resolution = max(2, min(MAX_RESOLUTION, int(resolution)))
    train = trainer.splits["train"]
    raw = train.x.reshape(len(train.x), dims).double()
    lo, hi = raw.min(0).values, raw.max(0).values
    pad = (hi - lo).clamp(min=1e-6) * 0.1
    lo, hi = lo - pad, hi + pad
    axes = [torch.linspace(float(lo[d]), float(hi[d]), resolution, dtype=torch.float64) for d in range(dims)]
    if dims == 2:
        gy, gx = torch.meshgrid(axes[1], axes[0], indexing="ij")  # rows: y, columns: x (an image's layout)
        grid = torch.stack([gx.reshape(-1), gy.reshape(-1)], dim=1)
    else:
        grid = axes[0].reshape(-1, 1)
    x = trainer.preprocessor(grid.to(train.x.device, torch.float32).reshape(-1, *trainer.preprocessor.sample_shape))
    model = trainer.model
    wanted = [node_id for node_id, _ in model.order]
    outs = activations(model, x, nodes=wanted)
    shape = (resolution, resolution) if dims == 2 else (resolution,)
    units = {}
    for node_id, value in outs.items():
        if node_id in (model.input_id, model.output_id) or value.dim() != 2 or value.shape[1] > max_units:
            continue
        units[node_id] = value.float().numpy().reshape(*shape, value.shape[1])
    output = outs[model.output_id].float().numpy().reshape(*shape, -1)
    take = min(len(raw), max(0, int(points)))
    labels = train.labels[:take] if train.labels is not None and train.labels.dim() == 1 else None
    targets = None if labels is not None else train.target[:take].reshape(take, -1)[:, 0]
    return {"axes": [a.numpy() for a in axes], "output": output, "units": units,
            "points": raw[:take].numpy(), "labels": None if labels is None else _numpy(labels),
            "targets": None if targets is None else _numpy(targets), "task": trainer.dataset.task,
            "output_id": model.output_id}


def probe_predictions(trainer: "Trainer", split: str = "val") -> dict:
    s = _split(trainer, split)
    if len(s.x) > MAX_SAMPLES:
        raise TrainingError(msg("the {split} split has {n_x:,} samples; at most {max_samples:,} are shown",
                                split=split, n_x=len(s.x), max_samples=MAX_SAMPLES))
    if s.labels is None or s.labels.dim() != 1:
        raise TrainingError(msg("predictions by class need a classification dataset with one class per sample"))
    probs = trainer.evaluator.outputs(s.x)
    if probs.shape[1] == 1:  # one yes/no output: the probability of class 1
        probs = torch.cat([1 - probs, probs], dim=1)
    return {"split": split, "true": _numpy(s.labels).astype(np.int64), "pred": _numpy(probs.argmax(1)),
            "probs": _numpy(probs)}


def probe_examples(trainer: "Trainer", split: str = "val", true: int = 0, pred: int = 0, limit: int = 48) -> dict:
    """The samples of ``split`` whose true class is ``true`` and predicted class ``pred`` (a confusion-matrix
    cell): up to ``limit`` of them, raw, with their predicted probabilities, and how many there are in all."""
    got = probe_predictions(trainer, split)
    where = np.flatnonzero((got["true"] == int(true)) & (got["pred"] == int(pred)))
    x = _split(trainer, split).x
    chosen = where[:max(0, int(limit))]
    examples = [{"index": int(i), "x": _numpy(x[int(i)]), "probs": got["probs"][i]} for i in chosen]
    return {"split": split, "true": int(true), "pred": int(pred), "count": int(len(where)), "examples": examples}


def probe_explain(trainer: "Trainer", split: str | None = "test", index: int = 0, method: str = "saliency",
                  node: str | None = None, target: int | None = None, rows=None) -> dict:
    """``{"attributions": array of the raw sample's shape, "input": raw sample, "label", "target": the class
    explained, "method", "node": the convolution Grad-CAM looked at (else None), "convs": the convolutions it may
    look at, "features": a table's column names (else None), "outputs": the output's columns}``, on the
    preprocessed input: sample ``index`` of
    ``split``, or one raw input row (``rows``)."""
    from .explain import ExplainError, GRADCAM, conv_modules, default_conv, explain, explained_class
    x, raw, label = _one_input(trainer, split, index, rows)
    convs = conv_modules(trainer.model)
    if method == GRADCAM and node is None:
        node = default_conv(trainer.model, convs)
    options = {"node": node} if method == GRADCAM else {}
    try:
        target = explained_class(trainer.model, x, target)
        attributions = explain(trainer.model, x, target, method, convs=convs, **options)
    except ExplainError as exc:
        raise TrainingError(exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)) from None
    return {"split": split if rows is None else None, "index": int(index) if rows is None else None,
            "method": method, "node": node, "target": target, "convs": list(convs),
            "features": getattr(trainer.dataset, "feature_names", None),
            "outputs": math.prod(getattr(trainer.model, "output_shape", ()) or (1,)),
            "attributions": attributions.reshape(raw.shape), "input": raw, "label": label}


_PROBES = {pk.SAMPLE: probe_sample, pk.ACTIVATIONS: probe_activations, pk.HEALTH: probe_health, pk.GRID: probe_grid,
           pk.PREDICTIONS: probe_predictions, pk.EXAMPLES: probe_examples, pk.EXPLAIN: probe_explain}


def run_probe(trainer: "Trainer", kind: str, **options) -> dict:
    """The probe ``kind`` (one of :data:`KINDS`) with its ``options``; TrainingError for what cannot be answered."""
    probe = _PROBES.get(kind)
    if probe is None:
        raise TrainingError(msg("unknown probe {kind!r}; one of {kinds}", kind=kind, kinds=', '.join(KINDS)))
    try:
        inspect.signature(probe).bind(trainer, **options)
    except TypeError as exc:
        raise TrainingError(msg("probe {kind!r}: {exc}", kind=kind, exc=exc)) from None
    return probe(trainer, **options)
