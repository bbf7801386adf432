"""The one epoch loop: what netbuilder's Trainer runs and what every exported script copies by source.

Lightning splits its fit loop (epochs, early stopping, which weights to keep) from its epoch loop (the batches);
so does netbuilder. The two fit loops serve different masters (:meth:`Trainer.fit`: callbacks, pause, continued
runs; the script's :func:`~netbuilder.core.training.script_loop.train`: a line per epoch), but both run the epoch here:
the batch order and the torchrun shards, the one training step (the only ``backward()`` and ``optimizer.step()``
in netbuilder), the divergence checks, the running metrics, the evaluation pass and the probe of the weights.
Plain torch and netbuilder's recipe only, so that a script needs no netbuilder.

Divergence: on CPU the loss is checked before every step (``torch.isfinite`` on a CPU tensor: no device to wait
for), so a NaN/inf loss stops the run at the batch where it appears and no step is taken with it. On CUDA that
check would sync every batch, so the losses are summed on the device and the sum is checked every
``CUDA_CHECK_EVERY`` batches: the run stops at most that many batches late, and the message still names the
first bad batch. Several processes check together once per epoch, from the summed losses, so that all stop alike.

Hooks (a ``control`` with ``interrupted`` and ``pause_point``, and ``after_batch``: see :func:`train_epoch`) let
the Trainer stop, pause, change the learning rate, slow down and call its callbacks between batches, and the
script draw its progress bar. They are read once per epoch; a loop without them runs no per-batch check for them.
"""
from __future__ import annotations

import math
import time

import torch

from .recipe import (agree, all_finite, all_sum, batch_order, clone_state, epoch_end_problem, predicted_labels,
                     restored_note, shard, shard_weight, step_scheduler, sync_buffers, target_labels,
                     total_sum_of_squares)
from .metrics import ClassificationMeter, LossMeter, RegressionMeter, TrainScores
from ..text import msg

CUDA_CHECK_EVERY = 16  # on CUDA the loss is checked every 16 batches: a check per batch would wait for the GPU
AUGMENT_VALUES = 1 << 18  # augmentation: up to this many input values (1 MB of float32) augmented in one call
HEADLINE = ("loss", "accuracy", "mae", "r2")  # the scores an epoch's metrics carry (``val_loss``, ...)


class Diverged(Exception):
    """A non-finite loss at ``epoch``, ``batch`` (1-based); ``value`` says whether NaN or infinite."""

    def __init__(self, epoch, batch, value):
        super().__init__(f"non-finite loss at epoch {epoch}, batch {batch}")
        self.epoch, self.batch, self.value = epoch, batch, value


def epoch_batches(n, batch_size, generator, device, rank=0, world=1):
    """This epoch's batches of sample numbers for this process (one shuffle, cut into batches, each shared among
    the processes under torchrun) and the size of each whole batch."""
    _, batches = batch_order(n, batch_size, generator, device)
    whole = [len(b) for b in batches]
    if world > 1:
        batches = [shard(b, rank, world) for b in batches]
    return batches, whole


def augmented_inputs(batches, inputs, augment, values=AUGMENT_VALUES):
    """The training batches' inputs, augmented, one after the other: several batches' samples are augmented in one
    call (as many whole batches as fit in ``values`` input values, at least one), then cut back into batches. Each
    sample still gets its own draws, once an epoch; what this saves is the calls: augmenting one small batch is
    dozens of tiny tensor operations whose cost is their count, not their size (MNIST batches of 32: the
    augmentation took twice as long inside the epoch as alone, and about 12% of it, before this; see
    benchmarks/bench_augment.py). The draws follow the chunks, which follow the batches: the same seed and batch
    size, the same augmented batches, in netbuilder and in the exported script."""
    start = 0
    while start < len(batches):
        first = inputs(batches[start])
        stop = min(len(batches), start + max(1, values // max(first.numel(), 1)))
        if stop == start + 1:
            yield augment(first)
        else:
            rest = inputs(torch.cat(batches[start + 1:stop]))
            yield from augment(torch.cat([first, rest])).split([len(b) for b in batches[start:stop]])
        start = stop


def train_epoch(epoch, model, forward, optimizer, loss_fn, batches, whole, inputs, target, scores, rank=0,
                world=1, eager=False, control=None, after_batch=(), augment=None):
    """One pass over ``batches`` (from :func:`epoch_batches`); returns the loss of each batch trained, as 0-dim
    tensors still on the device (fewer than the batches when the hooks ended the epoch early). ``forward``: the
    model's scores (DistributedDataParallel's wrapper under torchrun); ``inputs(idx)``: the model's input for a
    batch; ``scores``: the :class:`TrainScores` that keep the outputs; ``eager``: check each loss before its step
    (CPU). The hooks: ``control.interrupted()`` True when ``control.pause_point()`` must run before the next
    batch, which waits while paused and returns True to end the epoch there; ``after_batch``: callables (epoch,
    batch, loss) after each step; ``augment``: a function of a training batch ready for the model (random flips,
    crops...: :mod:`.augment`), None for none. Raises :class:`Diverged` on a non-finite loss."""
    params = [p for group in optimizer.param_groups for p in group["params"]]
    interrupted = control.interrupted if control is not None else None  # resolved once: nothing per batch without
    after = list(after_batch)
    if augment is not None:  # the training batches only; resolved once: nothing per batch without it
        feed = augmented_inputs(batches, inputs, augment)

        def inputs(idx):
            return next(feed)
    losses = []
    append, keep = losses.append, scores.add
    running = None if eager or world > 1 else torch.zeros((), device=target.device)
    model.train()
    for b, idx in enumerate(batches, 1):
        if interrupted is not None and interrupted() and control.pause_point():
            break
        out = forward(inputs(idx))
        loss = loss_fn(out, target.index_select(0, idx))
        if eager and not torch.isfinite(loss):
            raise Diverged(epoch, b, float(loss.detach()))
        for p in params:  # zero_grad(set_to_none=True) without its per-call overhead
            p.grad = None
        # several processes: an uneven share counts by its size (see recipe.shard_weight)
        (loss if world == 1 else loss * shard_weight(len(idx), whole[b - 1], world)).backward()
        optimizer.step()
        d = loss.detach()
        append(d)
        keep(out, idx)
        if running is not None:
            running += d
            if b % CUDA_CHECK_EVERY == 0 and not torch.isfinite(running):
                values = torch.stack(losses)
                bad = int((~torch.isfinite(values)).nonzero()[0])
                raise Diverged(epoch, bad + 1, float(values[bad]))
        for hook in after:
            hook(epoch, b, d)
    return losses


def epoch_metrics(epoch, losses, batches, whole, scores, sst, rank=0, world=1):
    """``epoch``, its mean ``loss`` and running scores (accuracy, or mae and r2) from what :func:`train_epoch`
    kept, read from the device once. Under torchrun summed over the processes, so every process gets the same
    numbers and the same verdict; a batch smaller than the world, trained whole by every process, is counted by
    rank 0 only. ``sst``: the training split's (None for a stopped epoch: the part trained). Raises
    :class:`Diverged` when a batch's loss was not finite."""
    n = len(losses)
    stacked = torch.stack(losses).double()
    sizes = torch.tensor([len(b) for b in batches[:n]], dtype=torch.float64, device=stacked.device)
    weights = None
    if world > 1:
        weights = torch.tensor([1.0 if rank == 0 or w >= world else 0.0 for w in whole[:n]], dtype=torch.float64,
                               device=stacked.device)
    counted = sizes if weights is None else sizes * weights
    weighted = all_sum(stacked * counted)
    finite = torch.isfinite(weighted)
    if not bool(finite.all()):
        bad = int((~finite).nonzero()[0])
        raise Diverged(epoch, bad + 1, float(weighted[bad]))
    order = torch.cat(list(batches[:n]))
    totals = all_sum(torch.cat([counted.sum().reshape(1), scores.sums(order, weights, sizes.long())]))
    seen = float(totals[0])
    regression = scores.labels is None
    if sst is None and regression:
        sst = total_sum_of_squares(scores.target.index_select(0, order))
    metrics = {"epoch": epoch, "loss": float(weighted.sum()) / seen}
    metrics.update(TrainScores.scores(totals[1:], seen, not regression, sst))
    return metrics


def finish_epoch(model, metrics, validation, started, lr, device):
    """An epoch's metrics completed after its batches: every process validates rank 0's model (under torchrun
    each updated batch norm's statistics on its own shard), ``validation()`` gives the validation scores (None
    without a pass), then the epoch's ``seconds`` (since ``started``) and the ``lr`` it used; under torchrun rank
    0's numbers for all, so that every process takes the same decisions from them."""
    sync_buffers(model)
    scores = validation()
    if scores is not None:
        metrics.update(headline(scores, "val_"))
    metrics["seconds"] = time.perf_counter() - started
    metrics["lr"] = lr
    return agree(metrics, device)


def evaluate(model, scores, chunks, target, loss_fn, kind, threshold, num_classes, sst=None):
    """One evaluation pass in eval mode (no dropout; batch norm's running statistics), without autograd:
    ``chunks`` are the split's inputs in order, ready for ``scores`` (the model's scores for a batch). Returns
    ``loss`` and, for a classifier, ``accuracy``, ``precision``, ``recall``, ``f1`` and ``confusion``, for regression
    ``mae`` and ``r2`` (``sst``: the split's, computed when not given)."""
    labels = target_labels(target, kind)
    losses = LossMeter(target.device)
    if labels is not None:
        meter = ClassificationMeter(num_classes, target.device)
    else:
        meter = RegressionMeter(total_sum_of_squares(target) if sst is None else sst)
    was_training = model.training
    model.eval()
    end = 0
    try:
        with torch.inference_mode():
            for x in chunks:
                start, end = end, end + len(x)
                out = scores(x)
                part = target[start:end]
                losses.update(loss_fn(out, part), end - start)
                if labels is not None:
                    meter.update(predicted_labels(out, kind, threshold), labels[start:end])
                else:
                    meter.update(out, part)
    finally:
        model.train(was_training)
    return {"loss": losses.mean(), **meter.result()}


def headline(scores, prefix=""):
    """The scores an epoch's metrics carry (loss, accuracy, mae, r2), keys prefixed (``val_``)."""
    return {prefix + k: v for k, v in scores.items() if k in HEADLINE}


def probe_loss(model, scores, x, target, loss_fn, samples=256):
    """The loss over the first ``samples`` samples in eval mode: the end-of-epoch check of the weights for a run
    without a validation split. ``scores``: the model's scores for raw samples ``x``."""
    was_training = model.training
    model.eval()
    try:
        with torch.inference_mode():
            return float(loss_fn(scores(x[:samples]), target[:samples]))
    finally:
        model.train(was_training)


def weights_problem(model, epoch, metrics, probe, partial=False):
    """None when the weights after ``epoch`` are finite and give a finite loss (the validation loss in
    ``metrics``, else ``probe()``: :func:`probe_loss` on a few training samples), else what went wrong (the start
    of the divergence message). A loss can be finite while the step it drives makes the weights overflow, so an
    epoch becomes the weights to go back to only once it passes this."""
    if "val_loss" in metrics:
        value, source = metrics["val_loss"], msg("validation loss")
    elif all_finite(model):
        value, source = probe(), msg("loss on the training samples")
    else:
        value, source = math.nan, ""
    return epoch_end_problem(model, epoch, value, source, partial)


# between epochs and at the end: the fit loops' shared steps ---------------------------------------------------
def keep_epoch(model, epoch, metrics, scheduler, schedule, early):
    """After an epoch that passed :func:`weights_problem`: its weights become the ones to go back to on
    divergence, the scheduler steps (``schedule``: its settings) and early stopping looks. Returns (the weights
    to go back to, True when early stopping ends the run)."""
    good_state = clone_state(model)
    step_scheduler(scheduler, schedule or {}, metrics)
    return good_state, early is not None and early.update(epoch, metrics, model)


def end_of_run(model, early, stopped, message, last_epoch, good_epoch):
    """The run's closing words, once the weights to keep are in ``model``: with early stopping its best epoch's
    weights (put back here) and what it did; after a divergence (``message``) the epoch whose weights were put
    back."""
    if early is not None and early.best_state is not None:
        model.load_state_dict(early.best_state)
        summary = early.summary(stopped == "early_stopping", last_epoch)
        return msg("{message} {summary}", message=message, summary=summary) if message else summary
    return msg("{message}{note}", message=message, note=restored_note(good_epoch)) if stopped == "diverged" \
        else message
