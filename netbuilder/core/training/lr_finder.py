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
import time
from dataclasses import dataclass
from typing import Callable

import torch

from .callbacks import Callback

LR_START, LR_END, LR_STEPS = 1e-7, 10.0, 100
#: the weight of the past in the running (debiased exponential) average of the batch losses that decides, as the
#: test goes, whether the loss exploded. It lags: over a curve that falls steeply it sits ~1.5 decades of rate
#: behind the loss, so neither the plot nor the rule reads it (see :data:`HALF_WINDOW`)
SMOOTHING = 0.95
#: the curve the plot shows and the rule reads: each batch's loss replaced by the median of the batches within
#: this many of it on either side (7 in all). Centred, so it does not lag; a median, so neither a noisy batch nor
#: the blow-up at the end drags its neighbours (a forward-and-backward average spreads a sharp fall both ways)
HALF_WINDOW = 3
#: a loss below this fraction of where the curve began counts as learnt: the network fits the batches (XOR's
#: four points reach 0 at a rate near 1 and stay there), the rule takes the first rate that got there
LEARNT = 1e-4
#: the test ends when the smoothed loss exceeds this many times the lowest smoothed loss so far (fastai's rule)
EXPLODES = 4.0
#: fewer recorded batches than this and there is no suggestion: the curve is too short to say
MIN_POINTS = 10


@dataclass
class LRFinding:
    """The range test's curve and verdict. ``lrs``: the rate each recorded batch trained with; ``losses``: the
    centred running median of the batch losses (:func:`centred_median`: what the plot shows and the rule reads);
    ``raw``: each batch's own loss; ``suggestion``: the suggested rate (:func:`suggest`), None when the curve is
    too short to say; ``stopped``: ``exploded`` (the loss blew up or became non-finite), ``end`` (every rate
    tried) or ``stopped`` (a stop was asked for)."""

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


def centred_median(values, half: int = HALF_WINDOW) -> list[float]:
    """Each value replaced by the median of those within ``half`` places of it on either side (fewer at the
    ends): a smoothing that does not lag (the lowest point stays where the loss was lowest)."""
    values = list(values)
    out = []
    for i in range(len(values)):
        window = sorted(values[max(0, i - half):i + half + 1])
        middle = len(window) // 2
        out.append(window[middle] if len(window) % 2 else (window[middle - 1] + window[middle]) / 2)
    return out


def suggest(lrs, losses) -> float | None:
    """The suggested rate from the curve ``losses`` (:func:`centred_median` of the batch losses): the rate at its
    lowest point, divided by 10 (fastai's ``minimum`` rule, from Leslie Smith's advice to train an order of
    magnitude below where the loss stops falling); where the loss fell below :data:`LEARNT` of where it began,
    the first rate that got there (a curve flat at 0 has its lowest point anywhere on the flat).

    The curve is the batch losses' centred median, not their running average: the average (0.95, as fastai's
    0.98) lags a steep fall by a decade or more, and a tenth of where IT was lowest trained XOR at 1 (loss
    stuck at 0.69) and spirals at 0.00071 (57% test accuracy). Measured on the bundled designs (the numbers in
    the README's Experiments): xor/Adam 0.061-0.13 (it trains at 0.05-0.19, not at 0.33), spirals/Adam
    0.0015-0.0045, mnist_mlp 5.9e-4-8.5e-4 with Adam and 0.017-0.02 with SGD, linear_regression/SGD 0.042,
    hello_neuron/SGD 0.02-0.024 (seed 1: 0.0038, too slow for its 500 epochs: its loss was almost 0 at 0.038
    already), simple_sigmoid/Adam 0.074-0.83 (seeds 0-2). The first tenth of the curve is
    not searched (fastai skips it too): its points rest on few batches. None when fewer than
    :data:`MIN_POINTS` points were recorded, or when the loss never fell below the average of that first tenth
    (a network trained already, or one that cannot learn: nothing to say)."""
    n = len(losses)
    if n < MIN_POINTS or len(lrs) != n:
        return None
    skip = max(1, n // 10)
    start = sum(losses[:skip]) / skip
    low = min(losses[skip:])
    if not low < start:
        return None
    first = next(i for i in range(skip, n) if losses[i] <= max(low, LEARNT * start))
    return float(lrs[first]) / 10


class RangeTest(Callback):
    """The callback that runs the test inside :meth:`Trainer.fit`: after each batch it records the rate and the
    loss, then either asks for the next rate or ends the run (every rate tried, or the loss exploded)."""

    def __init__(self, lr_list: list[float], beta: float = SMOOTHING, explodes: float = EXPLODES):
        self.lr_list, self.beta, self.explodes = list(lr_list), beta, explodes
        self.lrs: list[float] = []
        self.raw: list[float] = []
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


class Progress(Callback):
    """A callback for the test's run that calls ``report(done, LR_STEPS)`` after each batch (the most batches the
    test takes), at most ``hz`` times a second, the first and the last always (a window's progress line)."""

    def __init__(self, report: Callable[[int, int], None], hz: float):
        self.report, self.interval, self.done, self.sent = report, 1.0 / hz, 0, -math.inf

    def on_train_batch_end(self, trainer, epoch, batch, loss):
        self.done += 1
        now = time.perf_counter()
        if self.done == 1 or self.done >= LR_STEPS or now - self.sent >= self.interval:
            self.sent = now
            self.report(self.done, LR_STEPS)


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
    curve = centred_median(test.raw)
    return LRFinding(lrs=test.lrs, losses=curve, raw=test.raw, suggestion=suggest(test.lrs, curve), stopped=stopped)


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
