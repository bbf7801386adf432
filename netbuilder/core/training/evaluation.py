"""Evaluation and prediction in large batches under ``torch.inference_mode``, plus the small helpers the loop
needs to keep weights safe (snapshots) and to explain a crash (which node failed)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Sequence

import torch

from ..datasets.images import chunks_of
from .probe import locate_failure
from .data import Preprocessor, Problem
from .recipe import all_finite, clone_state, has_nan, target_labels, total_sum_of_squares
from .loop import evaluate, headline, probe_loss
from ..text import msg

__all__ = ["Split", "Evaluator", "predict_rows", "clone_state", "all_finite", "has_nan", "describe_failure"]

if TYPE_CHECKING:  # pragma: no cover
    from .trainer import Trainer


@dataclass
class Split:
    """One split on the device: raw inputs, class labels (classification) and the loss targets."""

    x: torch.Tensor
    labels: torch.Tensor | None
    target: torch.Tensor
    sst: torch.Tensor | None = None

    @classmethod
    def make(cls, x: torch.Tensor, y: torch.Tensor, problem: Problem, output_shape: Sequence[int]) -> "Split":
        target = problem.targets(y, output_shape)
        if problem.classification:
            return cls(x, target_labels(target, problem.kind), target)
        return cls(x, None, target, total_sum_of_squares(target))


class Evaluator:
    def __init__(self, model, preprocessor: Preprocessor, problem: Problem, batch_size: int):
        self.model, self.preprocessor, self.problem, self.batch_size = model, preprocessor, problem, batch_size

    def run(self, split: Split, full: bool = True, cache=None, name: str | None = None) -> dict:
        """loss and accuracy (classification; with ``full``: precision, recall, f1, confusion) or loss, mae, r2:
        the one evaluation pass (:func:`.loop.evaluate`), batch by batch from the split's raw samples. ``cache``:
        a :class:`.features_cache.FeatureCache` that keeps or reads a frozen backbone's features of the split
        named ``name``."""
        model, prep, problem = self.model, self.preprocessor, self.problem
        chunks = (prep(x) for x in chunks_of(split.x, self.batch_size))  # read under the pass's inference mode
        scores = model.forward_logits
        if cache is not None:
            chunks, scores = cache.eval_source(name, split.x, chunks, self.batch_size)
        result = evaluate(model, scores, chunks, split.target, problem.loss_fn(), problem.kind,
                          problem.threshold, problem.num_classes, split.sst)
        if cache is not None:
            cache.finished(name, split.x, True)
        return result if full or not problem.classification else headline(result)

    def probe_loss(self, split: Split, samples: int = 256) -> float:
        """The loss over the first ``samples`` samples of ``split`` in eval mode (:func:`.loop.probe_loss`)."""
        model, prep = self.model, self.preprocessor
        return probe_loss(model, lambda x: model.forward_logits(prep(x)), split.x, split.target,
                          self.problem.loss_fn(), samples)

    def predict(self, rows):
        return predict_rows(self.model, self.preprocessor, rows, self.batch_size)

    def outputs(self, x: torch.Tensor) -> torch.Tensor:
        """``forward()`` (probabilities for a classifier) on raw samples of a split, in eval mode, in batches."""
        model, was_training = self.model, self.model.training
        model.eval()
        try:
            with torch.inference_mode():
                outs = [model(self.preprocessor(part)) for part in chunks_of(x, self.batch_size)]
        finally:
            model.train(was_training)
        return torch.cat(outs) if outs else torch.empty(0)


def predict_rows(model, preprocessor: Preprocessor, rows, batch_size: int = 4096):
    """``model.forward`` on preprocessed rows, in eval mode, as a numpy array."""
    x = preprocessor.rows(rows)
    was_training = model.training
    model.eval()
    try:
        with torch.inference_mode():
            outs = [model(x[s:s + batch_size]) for s in range(0, len(x), batch_size)]
    finally:
        model.train(was_training)
    return torch.cat(outs).cpu().numpy()


def _fmt(shape) -> str:
    return "[" + ", ".join(str(int(d)) for d in shape) + "]"


def describe_failure(trainer: "Trainer", exc: BaseException, epoch: int) -> str:
    """A plain-words message for an unexpected error during training, naming the node when one is to blame."""
    where = msg("during epoch {epoch}", epoch=epoch) if epoch else msg("at the start of training")
    if isinstance(exc, torch.OutOfMemoryError):
        return msg("Training ran out of memory {where} on {device} (batch size {batch_size}). Lower the batch size or "
                   "make the layers smaller.", where=where, device=trainer.device,
                   batch_size=trainer.config.batch_size)
    found = None
    try:
        train = trainer.splits["train"]
        sample = train.x[: min(len(train.x), trainer.config.batch_size)]
        found = locate_failure(trainer.model, trainer.preprocessor(sample))
    except Exception:  # noqa: BLE001 (the original error is what matters)
        found = None
    if found is not None:
        node_id, _, shapes, node_exc = found
        node = trainer.design.nodes.get(node_id)
        kind = node.type if node is not None else "layer"
        ins = ", ".join(_fmt(s) for s in shapes)
        return msg("Training failed {where} in node '{node_id}' ({kind}) with input shape {shapes}: {error}: "
                   "{message}", where=where, node_id=node_id, kind=kind, shapes=ins, error=type(node_exc).__name__,
                   message=str(node_exc))
    return msg("Training failed {where}: {error}: {message}", where=where, error=type(exc).__name__, message=str(exc))
