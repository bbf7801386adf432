"""Metrics computed on the device, batch by batch, and read once at the end (no host sync per batch).

Conventions: the confusion matrix has one row per true class and one column per predicted class. Precision,
recall and F1 are per class (lists), 0 where undefined (a class never predicted or never present), as
scikit-learn's ``zero_division=0``. R^2 is ``1 - SSE/SST`` per output, averaged over the outputs (scikit-learn's
``uniform_average``); with a constant target it is 1.0 for a perfect fit, else 0.0.
"""
from __future__ import annotations

import torch

from .recipe import predicted_labels, r2_from_sums, regression_sums, total_sum_of_squares

__all__ = ["confusion_matrix", "scores_from_confusion", "r2_from_sums", "mean_absolute_error", "r2_score",
           "total_sum_of_squares", "LossMeter", "ClassificationMeter", "RegressionMeter", "TrainScores"]


def confusion_matrix(y_true: torch.Tensor, y_pred: torch.Tensor, num_classes: int) -> torch.Tensor:
    """``[C, C]`` int64 counts on the inputs' device; ``[i, j]`` = samples of class i predicted as j."""
    flat = y_true.reshape(-1).long() * num_classes + y_pred.reshape(-1).long()
    return torch.bincount(flat, minlength=num_classes * num_classes).reshape(num_classes, num_classes)


def scores_from_confusion(confusion) -> dict:
    """accuracy (float), precision / recall / f1 (per-class lists) and the confusion matrix (list of lists)."""
    conf = torch.as_tensor(confusion).detach().to("cpu", torch.float64)
    total = float(conf.sum())
    diag = conf.diagonal()
    predicted, actual = conf.sum(0), conf.sum(1)
    precision = torch.where(predicted > 0, diag / predicted.clamp(min=1), torch.zeros_like(diag))
    recall = torch.where(actual > 0, diag / actual.clamp(min=1), torch.zeros_like(diag))
    denom = precision + recall
    f1 = torch.where(denom > 0, 2 * precision * recall / denom.clamp(min=1e-300), torch.zeros_like(diag))
    return {
        "accuracy": float(diag.sum()) / total if total else 0.0,
        "precision": precision.tolist(),
        "recall": recall.tolist(),
        "f1": f1.tolist(),
        "confusion": conf.long().tolist(),
    }


def mean_absolute_error(pred: torch.Tensor, target: torch.Tensor) -> float:
    return float((pred.double() - target.double()).abs().mean())


def r2_score(pred: torch.Tensor, target: torch.Tensor) -> float:
    target = target.double().reshape(target.shape[0], -1)
    pred = pred.double().reshape(target.shape)
    sse = ((pred - target) ** 2).sum(0)
    sst = ((target - target.mean(0)) ** 2).sum(0)
    return r2_from_sums(sse, sst)


class LossMeter:
    """Sum of ``batch mean loss * batch size`` on the device; ``mean()`` reads it once."""

    def __init__(self, device: torch.device):
        self.total = torch.zeros((), dtype=torch.float64, device=device)
        self.count = 0

    def update(self, loss: torch.Tensor, n: int) -> None:
        self.total.add_(loss.detach(), alpha=n)
        self.count += n

    def mean(self) -> float:
        return float(self.total) / self.count if self.count else float("nan")


class ClassificationMeter:
    """Confusion matrix accumulated on the device."""

    def __init__(self, num_classes: int, device: torch.device):
        self.num_classes = num_classes
        self.confusion = torch.zeros(num_classes, num_classes, dtype=torch.int64, device=device)

    def update(self, pred_labels: torch.Tensor, labels: torch.Tensor) -> None:
        self.confusion += confusion_matrix(labels, pred_labels, self.num_classes)

    def result(self) -> dict:
        return scores_from_confusion(self.confusion)


class RegressionMeter:
    """Absolute and squared errors accumulated on the device; ``sst`` is the whole split's, so that R^2 is
    exactly the split's R^2 however it is batched."""

    def __init__(self, sst: torch.Tensor):
        self.sst = sst
        self.abs_sum = torch.zeros((), dtype=torch.float64, device=sst.device)
        self.sse = torch.zeros_like(sst)
        self.count = 0

    def update(self, pred: torch.Tensor, target: torch.Tensor) -> None:
        abs_sum, sse = regression_sums(pred, target)
        self.abs_sum += abs_sum
        self.sse += sse
        self.count += target.numel()

    def result(self) -> dict:
        return {"mae": float(self.abs_sum) / self.count if self.count else float("nan"),
                "r2": r2_from_sums(self.sse, self.sst)}


class TrainScores:
    """Train-split metrics from the outputs the training steps compute anyway (running metrics, as Keras reports
    them: the weights change during the epoch).

    The hot loop only keeps a detached reference to each batch's output (no kernel, no sync); the epoch's
    accuracy or MAE/R^2 is then computed in one vectorised pass. When keeping every output would take more than
    ``budget`` bytes, each batch is reduced right away instead (a few small kernels per batch).
    """

    def __init__(self, kind: str, threshold: float, labels: torch.Tensor | None, target: torch.Tensor,
                 per_sample: int, budget: int = 256 << 20):
        self.kind, self.threshold, self.labels, self.target = kind, threshold, labels, target
        self.keep = len(target) * per_sample * 4 <= budget
        self.parts: list[torch.Tensor] = []
        self.add = self._keep if self.keep else self._reduce

    def _keep(self, out: torch.Tensor, idx: torch.Tensor) -> None:
        self.parts.append(out.detach())

    def _reduce(self, out: torch.Tensor, idx: torch.Tensor) -> None:
        out = out.detach()
        if self.labels is not None:
            self.parts.append((predicted_labels(out, self.kind, self.threshold) == self.labels.index_select(0, idx))
                              .sum().reshape(1))
        else:
            abs_sum, sse = regression_sums(out, self.target.index_select(0, idx))
            self.parts.append(torch.cat([abs_sum.reshape(1), sse]))

    def sums(self, order: torch.Tensor, weights: torch.Tensor | None = None,
             sizes: torch.Tensor | None = None) -> torch.Tensor:
        """``order``: the sample indices trained on, in batch order. float64 sums that add up over processes:
        ``[correct]`` for a classifier, ``[abs_sum, *sse per output]`` for regression. ``weights``: 1 or 0 per
        batch (0: a batch another process counts), with the batches' ``sizes``."""
        if self.keep:
            out = torch.cat(self.parts)
            w = None if weights is None else torch.repeat_interleave(weights, sizes)
            if self.labels is not None:
                hits = (predicted_labels(out, self.kind, self.threshold) == self.labels.index_select(0, order)).double()
                return (hits if w is None else hits * w).sum().reshape(1)
            target = self.target.index_select(0, order)
            if w is not None:  # the samples of the batches another process counts: no error
                w = w.to(out.dtype).reshape(-1, *(1,) * (out.dim() - 1))
                out, target = out * w, target * w
            abs_sum, sse = regression_sums(out, target)
            return torch.cat([abs_sum.reshape(1), sse])
        parts = self.parts if weights is None else [p * w for p, w in zip(self.parts, weights)]
        if self.labels is not None:
            return torch.cat(parts).sum().double().reshape(1)
        return torch.stack(parts).sum(0)

    @staticmethod
    def scores(sums: torch.Tensor, seen: int, classification: bool, sst: torch.Tensor) -> dict:
        """accuracy, or mae and r2, from :meth:`sums` (of one process or added over several)."""
        if classification:
            return {"accuracy": float(sums[0]) / seen}
        sse = sums[1:]
        return {"mae": float(sums[0]) / (seen * len(sse)), "r2": r2_from_sums(sse, sst)}

    def result(self, order: torch.Tensor, sst: torch.Tensor | None) -> dict:
        """``order``: the sample indices trained on, in batch order; ``sst``: the split's, or None for a part."""
        if not self.parts:
            return {}
        if sst is None and self.labels is None:
            sst = total_sum_of_squares(self.target.index_select(0, order))
        return self.scores(self.sums(order), len(order), self.labels is not None, sst)
