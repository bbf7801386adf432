"""The learning-rate range test (Leslie Smith's, as fastai's ``lr_find`` runs it): train about 100 batches while
the learning rate grows exponentially from 1e-7 to 10, one rate per batch, and watch the loss. It falls while
the rate is useful, flattens, then blows up; a good rate lies on the falling part.

It runs through the one training loop (:meth:`Trainer.fit`, hence :func:`.loop.train_epoch`): a callback reads
each batch's loss and sets the next rate with :meth:`Trainer.set_lr`, which the loop applies before the next
batch. It trains on the trainer's own model, so everything the run changes is put back afterwards, also when it
fails: the weights (and their gradients and train/eval modes), the optimizer and scheduler (the test uses a fresh
optimizer of the same kind, then the old objects come back untouched), the history, the settings, the
batch-order generator, torch's random state, the augmentation's draws, the features cache and the run controls.

What the test changes for itself: no scheduler, no early stopping, no validation or test pass (the train split's
batch losses are all it reads), no slow motion; the augmentation stays as the design says, drawn afresh.
"""
from __future__ import annotations

import copy
import math
from dataclasses import dataclass

import torch

from .callbacks import Callback

LR_START, LR_END, LR_STEPS = 1e-7, 10.0, 100
#: the weight of the past in the debiased moving average of the batch losses (what the plot shows and the rule reads).
#: fastai's 0.98 averages about 50 batches, half the test: its lowest point lags the loss by several times 10
#: (measured on mnist_mlp with Adam: up to 1.4e-2 suggested); 0.95 smooths the noise of small batches and lags less
SMOOTHING = 0.95
#: the test ends when the smoothed loss exceeds this many times the lowest smoothed loss so far (fastai's rule)
EXPLODES = 4.0
#: fewer recorded batches than this and there is no suggestion: the curve is too short to say
MIN_POINTS = 10


@dataclass
class LRFinding:
    """The range test's curve and verdict. ``lrs``: the rate each recorded batch trained with; ``losses``: the
    smoothed loss after it (what the plot shows); ``raw``: each batch's own loss; ``suggestion``: the suggested
    rate (:func:`suggest`), None when the curve is too short to say; ``stopped``: ``exploded`` (the loss blew up
    or became non-finite), ``end`` (every rate tried) or ``stopped`` (a stop was asked for)."""

    lrs: list[float]
    losses: list[float]
    raw: list[float]
    suggestion: float | None
    stopped: str

    def to_dict(self) -> dict:
        """Plain data (the CLI's ``--json``)."""
        return {"suggestion": self.suggestion, "lrs": list(self.lrs), "losses": list(self.losses),
                "raw": list(self.raw), "stopped": self.stopped}


def rates(start: float = LR_START, end: float = LR_END, steps: int = LR_STEPS) -> list[float]:
    """``steps`` rates from ``start`` to ``end``, evenly spaced on a log scale (each the last times a constant)."""
    if not (0 < start < end) or not math.isfinite(end):
        raise ValueError(f"the range test needs 0 < start < end, not {start} and {end}")
    if steps < 2:
        raise ValueError(f"the range test needs at least 2 steps, not {steps}")
    ratio = math.log(end / start) / (steps - 1)
    return [start * math.exp(ratio * i) for i in range(steps)]


def smoothed(values, beta: float = SMOOTHING) -> list[float]:
    """The debiased exponential moving average of ``values`` (each point the average of all before it, the
    recent ones weighing most; debiased so that the first points are not pulled towards 0)."""
    average, out = 0.0, []
    for i, value in enumerate(values, 1):
        average = beta * average + (1 - beta) * value
        out.append(average / (1 - beta ** i))
    return out


def suggest(lrs, losses) -> float | None:
    """The suggested rate: the rate at the lowest smoothed loss, divided by 10 (fastai's ``minimum`` rule, from
    Leslie Smith's advice to train an order of magnitude below where the loss stops falling). Measured on the
    bundled designs it beats the two other well-known rules: fastai's "valley" (the middle of the longest
    falling stretch) lands far too low on a smooth full-batch curve that falls from the very first rate
    (6e-4 on linear_regression, whose best rate is about 0.5, and below 3e-4 for mnist_mlp with Adam in about a
    third of the seeds tried), and the steepest descent depends on the noise of two neighbouring points. This
    rule gave 1.2e-3 to 2.6e-3 for mnist_mlp with Adam (seeds 0-3, 1000 to 10000 samples) and 0.57 for
    linear_regression with SGD, which diverges above 1. The first tenth of the curve is not searched (fastai
    skips it too): its smoothed values rest on a few batches each, and one lucky first batch would otherwise be
    the minimum. None when fewer than :data:`MIN_POINTS` points were recorded, or when the loss never fell below
    the average of that first tenth (a network trained already, or one that cannot learn: nothing to say)."""
    n = len(losses)
    if n < MIN_POINTS or len(lrs) != n:
        return None
    skip = max(1, n // 10)
    lowest = min(range(skip, n), key=losses.__getitem__)
    if not losses[lowest] < sum(losses[:skip]) / skip:
        return None
    return float(lrs[lowest]) / 10


class RangeTest(Callback):
    """The callback that runs the test inside :meth:`Trainer.fit`: after each batch it records the rate and the
    loss, then either asks for the next rate or ends the run (every rate tried, or the loss exploded)."""

    def __init__(self, lr_list: list[float], beta: float = SMOOTHING, explodes: float = EXPLODES):
        self.lr_list, self.beta, self.explodes = list(lr_list), beta, explodes
        self.lrs: list[float] = []
        self.raw: list[float] = []
        self.losses: list[float] = []
        self.stopped: str | None = None  # "end" or "exploded" once the test ended itself
        self._average, self._best = 0.0, math.inf

    def on_train_batch_end(self, trainer, epoch, batch, loss):
        if self.stopped is not None:  # ended already: a batch the loop trained before it looked
            return
        value = float(loss)  # one host read a batch: a hundred batches, so the wait does not matter
        i = len(self.raw)
        average = self.beta * self._average + (1 - self.beta) * value
        smooth = average / (1 - self.beta ** (i + 1))
        if not math.isfinite(smooth):  # kept out of the curve: a plot and JSON want numbers
            self._end(trainer, "exploded")
            return
        self._average = average
        self.lrs.append(self.lr_list[i])
        self.raw.append(value)
        self.losses.append(smooth)
        self._best = min(self._best, smooth)
        if smooth > self.explodes * self._best:
            self._end(trainer, "exploded")
        elif i + 1 >= len(self.lr_list):
            self._end(trainer, "end")
        else:
            trainer.set_lr(self.lr_list[i + 1])

    def _end(self, trainer, why: str) -> None:
        self.stopped = why
        trainer.request_stop()


def find_learning_rate(trainer, *, start: float = LR_START, end: float = LR_END, steps: int = LR_STEPS,
                       callbacks=()) -> LRFinding:
    """Run the range test on ``trainer``'s model and put the trainer back exactly as it was (see the module's
    docstring). ``callbacks``: more Trainer callbacks for the test's run (a GUI worker's relay: it reads each
    batch's loss in ``on_train_batch_end`` and the rate with ``trainer.progress()``); a stop asked for with
    ``trainer.request_stop()`` ends the test early (``stopped`` "stopped"). Call it between runs, in the thread
    that owns the model. Raises what :meth:`Trainer.fit` raises (the trainer restored first)."""
    lr_list = rates(start, end, steps)
    test = RangeTest(lr_list)
    saved = _Saved(trainer)
    try:
        config = copy.deepcopy(trainer.config)
        config.epochs = max(1, math.ceil(steps / max(1, trainer.batches_per_epoch)))
        config.early_stopping, config.scheduler = None, None
        config.optimizer["lr"] = lr_list[0]
        trainer.config = config
        trainer.new_optimizer()  # a fresh one of the same kind at the first rate; the old one is kept aside
        trainer._pending_lr = None
        trainer.history = list(trainer.history)
        trainer.splits = {k: v for k, v in trainer.splits.items() if k == "train"}  # no validation, no test
        trainer._augment = trainer._augment_steps = None  # fit() makes the same steps anew, their draws afresh
        trainer.callbacks = [test, *callbacks]
        trainer.evaluate_on_stop = False
        trainer.delay = 0.0
        result = trainer.fit()
    finally:
        saved.restore(trainer)
    stopped = test.stopped or ("exploded" if result.stopped == "diverged" else "stopped")
    return LRFinding(lrs=test.lrs, losses=test.losses, raw=test.raw, suggestion=suggest(test.lrs, test.losses),
                     stopped=stopped)


class _Saved:
    """Everything of a trainer that a run changes, kept aside (copies where the run writes in place, the objects
    themselves where it replaces them) and put back by :meth:`restore`."""

    def __init__(self, trainer):
        model = trainer.model
        self.state = {k: v.detach().clone() for k, v in model.state_dict().items()}
        self.grads = [None if p.grad is None else p.grad.detach().clone() for p in model.parameters()]
        self.modes = [m.training for m in model.modules()]
        self.generator = trainer._generator.get_state()
        self.cpu_rng = torch.get_rng_state()
        device = trainer.device
        self.cuda_rng = torch.cuda.get_rng_state(device) if device.type == "cuda" else None
        self.attributes = {name: getattr(trainer, name) for name in (
            "config", "optimizer", "optimizer_impl", "scheduler", "history", "last_validation", "splits", "_features",
            "_augment", "_augment_steps", "callbacks", "evaluate_on_stop", "delay", "paused_seconds", "_pending_lr")}

    def restore(self, trainer) -> None:
        model = trainer.model
        with torch.no_grad():
            model.load_state_dict(self.state)
            for p, grad in zip(model.parameters(), self.grads):
                p.grad = grad
        for m, mode in zip(model.modules(), self.modes):
            m.training = mode
        trainer._generator.set_state(self.generator)
        torch.set_rng_state(self.cpu_rng)
        if self.cuda_rng is not None:
            torch.cuda.set_rng_state(self.cuda_rng, trainer.device)
        for name, value in self.attributes.items():
            setattr(trainer, name, value)
