"""What a dataset asks of the design's output, as one rule: the trainer (``training.data.Problem``), the exported
script (``codegen_data``) and the editor's problems list (``validate``) all call it, so a design the problems list
passes is one the trainer accepts, in the same words. Imports neither torch nor Qt (the editor checks as you edit).
"""
from __future__ import annotations

import math
from typing import Sequence

from ..datasets.catalog import known_task
from ..errors import Cause, TrainingError
from ..layers.base import fmt_shape
from ..text import msg


class OutputMismatch(TrainingError):
    """The output's size or shape does not fit the dataset (shown on the output node)."""

    default_cause = Cause.SHAPE


def _shape(shape: Sequence[int]) -> str:
    return fmt_shape([int(d) for d in shape])


def decide(loss: str | None, task: str, num_classes: int | None, output_shape: Sequence[int],
           dataset_name: str = msg("the dataset"),
           output_id: str = msg("the output")) -> tuple[str, str, int | None, float]:
    """Check that the loss, the dataset and the design's output fit together; ``loss`` None picks one. Returns
    (loss, kind, classes, threshold), kind being ``multiclass`` (cross_entropy, one score per class), ``binary``
    (one output for two classes), ``onehot`` (one output per class with bce/mse/l1) or ``regression``. Raises
    OutputMismatch when the output does not fit, TrainingError when the loss does not fit the task."""
    out = tuple(int(d) for d in output_shape)
    width = out[0] if len(out) == 1 else None
    if task == "classification":
        classes = int(num_classes or 0)
        if loss is None:
            loss = "bce" if (width == 1 and classes == 2) else "cross_entropy"
        if width is None:
            raise OutputMismatch(
                msg("The output '{output_id}' has shape {shape}, but a classifier needs one value per class "
                    "({shape2}). Add a Flatten and a Linear with out_features={classes} at the end.",
                    output_id=output_id, shape=_shape(out), shape2=_shape([classes]), classes=classes))
        if loss == "cross_entropy":
            if width != classes:
                hint = msg(" For two classes and one output use the bce loss.") if width == 1 and classes == 2 else ""
                raise OutputMismatch(msg("The output '{output_id}' gives {width} value(s) but {dataset_name} has "
                                         "{classes} classes; cross_entropy needs one value per class: set the last "
                                         "Linear's out_features to {classes}.{hint}", output_id=output_id, width=width,
                                         dataset_name=dataset_name, classes=classes, hint=hint))
            return loss, "multiclass", classes, 0.0
        if width == 1 and classes == 2:
            return loss, "binary", classes, 0.0 if loss == "bce" else 0.5
        if width == classes:
            return loss, "onehot", classes, 0.0
        either = msg(" (or to 1: two classes can share one output)") if classes == 2 else ""
        raise OutputMismatch(msg("The output '{output_id}' gives {width} value(s) but {dataset_name} has {classes} "
                                 "classes; {loss} needs one output for two classes or one output per class: set the "
                                 "last Linear's out_features to {classes}{either}.", output_id=output_id, width=width,
                                 dataset_name=dataset_name, classes=classes, loss=loss, either=either))
    if task != "regression":
        raise TrainingError(msg("{dataset_name}: unknown task {task!r}", dataset_name=dataset_name, task=task))
    if loss is None:
        loss = "mse"
    if loss not in ("mse", "l1"):
        raise TrainingError(msg("{loss} is a loss for classes, but {dataset_name} is a regression dataset (numbers "
                                "to predict). Use mse or l1.", loss=loss, dataset_name=dataset_name))
    return loss, "regression", None, 0.0


def check_target_width(kind: str, per_sample: int, output_shape: Sequence[int], dataset_name: str,
                       output_id: str) -> None:
    """A regression's output must give as many values as each sample has targets."""
    if kind == "regression" and per_sample != math.prod(output_shape):
        raise OutputMismatch(msg("{dataset_name} has {per_sample} target value(s) per sample, but the output "
                                 "'{output_id}' gives {values} ({shape}). Set the last layer's size to {per_sample}.",
                                 dataset_name=dataset_name, per_sample=per_sample, output_id=output_id,
                                 values=math.prod(output_shape), shape=_shape(output_shape)))


def check_output(loss: str | None, spec: dict | None, output_shape: Sequence[int], output_id: str) -> None:
    """The whole rule for a design's output and a named dataset, before any data is loaded (nothing to check for
    a person's own files: the trainer checks those once it has read them)."""
    known = known_task(spec)
    if known is None:
        return
    task, classes = known
    name = msg("the dataset '{name}'", name=spec["name"])
    kind = decide(loss, task, classes, output_shape, name, output_id)[1]
    check_target_width(kind, 1, output_shape, name, output_id)  # netbuilder's regression sets: one target each
