"""The exported script's fit loop, kept here as real Python (imported by the tests, read by linters) and copied by
source into every exported training script.

Its epochs run in the one epoch loop the Trainer runs too (:mod:`netbuilder.core.training.loop`), and around them
it does what :meth:`Trainer.fit` does, in the same order, with the recipe's functions
(:mod:`netbuilder.core.training.recipe`): seeds, optimizer, validation, divergence stop, scheduler, early stopping. So a
script's run follows a run in netbuilder epoch by epoch; a test compares the two on every preset. Only what the
window needs (callbacks, pause, step, slow motion, continued runs) stays in the Trainer. Under torchrun each
process trains on its shard of every batch through DistributedDataParallel.
"""
from __future__ import annotations

import math
import sys
import time

import torch
from torch import nn

from .recipe import (EarlyStopping, clone_state, current_lr, divergence_message, loss_problem, make_optimizer,
                     make_scheduler, target_labels, total_sum_of_squares)
from .loop import (Diverged, end_of_run, epoch_batches, epoch_metrics, evaluate, finish_epoch, keep_epoch, probe_loss,
                   train_epoch, weights_problem)
from .metrics import TrainScores


def progress_bar(epoch, epochs, batches, show=True):
    """A tqdm bar within the epoch on stderr when it is a terminal, else None: into a file or a pipe the line per
    epoch is enough. tqdm is optional: without it the script runs the same, with no bar."""
    if not show or not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=batches, file=sys.stderr, leave=False, mininterval=0.25, ascii=".#",
                bar_format=f"epoch {epoch}/{epochs} [{{bar:30}}] {{n_fmt}}/{{total_fmt}} batches")


def scores_of(model, split, loss_fn, settings):
    """The one evaluation pass (:func:`~netbuilder.core.training.loop.evaluate`) of ``model``'s scores over
    ``split`` = (x, target), x ready for the model, in batches of the settings' eval_batch_size."""
    x, target = split
    size = settings["eval_batch_size"]
    chunks = (x[start:start + size] for start in range(0, len(x), size))
    return evaluate(model, model, chunks, target, loss_fn, settings["kind"], settings["threshold"],
                    settings["num_classes"])


def train(model, forward, data, settings, epochs, device, rank=0, world=1, log=print):
    """Train ``model`` (its scores are ``forward(x)``; under torchrun ``forward`` is DistributedDataParallel's
    wrapper) on ``data`` = (train, val) pairs of (x, target) prepared for the model. ``settings``: loss_fn, kind,
    threshold, num_classes, output_shape, optimizer, scheduler, early_stopping, batch_size, eval_batch_size,
    seed, and augment (a function of a training batch, or None: see :mod:`netbuilder.core.training.augment`).
    Returns (history, stopped, message): stopped is completed, early_stopping or diverged, and the model
    holds the weights to keep."""
    (x, target), val = data
    loss_fn, kind, threshold = settings["loss_fn"], settings["kind"], settings["threshold"]
    labels = target_labels(target, kind)
    optimizer, _ = make_optimizer(settings["optimizer"], model.parameters())
    scheduler = make_scheduler(settings["scheduler"], optimizer, epochs)
    early = EarlyStopping(settings["early_stopping"]) if settings["early_stopping"] else None
    order = torch.Generator(device=device).manual_seed(settings["seed"])  # the order of the batches
    torch.manual_seed(settings["seed"] + 1)  # dropout masks and the like
    eager = device.type == "cpu" and world == 1  # check each batch's loss before its step (no device to wait for)
    sst = total_sum_of_squares(target) if labels is None else None
    per_sample = math.prod(settings["output_shape"])
    # evaluation needs no gradient exchange between processes: the scores without DistributedDataParallel
    plain = forward.module if isinstance(forward, nn.parallel.DistributedDataParallel) else forward
    if device.type == "cuda":
        torch.backends.cudnn.benchmark = True  # fixed batch shapes: cuDNN picks its fastest kernels once
    history, stopped, problem, message = [], "completed", None, ""
    good_state, good_epoch = clone_state(model), 0
    epoch = 0
    for epoch in range(1, epochs + 1):
        started = time.perf_counter()
        lr = current_lr(optimizer)
        batches, whole = epoch_batches(len(x), settings["batch_size"], order, device, rank, world)
        scores = TrainScores(kind, threshold, labels, target, per_sample)
        bar = progress_bar(epoch, epochs, len(batches), rank == 0)
        try:
            losses = train_epoch(epoch, model, forward, optimizer, loss_fn, batches, whole,
                                 lambda idx: x.index_select(0, idx), target, scores, rank, world, eager,
                                 after_batch=[lambda *_: bar.update()] if bar is not None else (),
                                 augment=settings.get("augment"))
            metrics = epoch_metrics(epoch, losses, batches, whole, scores, sst, rank, world)
        except Diverged as d:
            problem = loss_problem(d.value, d.epoch, d.batch)
        finally:
            if bar is not None:
                bar.refresh()  # the last batches drawn before the bar goes
                bar.close()
        if problem is None:
            validation = (lambda: scores_of(plain, val, loss_fn, settings)) if val is not None else (lambda: None)
            metrics = finish_epoch(model, metrics, validation, started, lr, device)
            problem = weights_problem(model, epoch, metrics, lambda: probe_loss(plain, plain, x, target, loss_fn))
        if problem is not None:  # this epoch is not recorded: its weights are not kept
            model.load_state_dict(good_state)
            regression = labels is None
            top_target = float(target.abs().max()) if regression else 0.0
            message = divergence_message(problem, settings["optimizer"]["lr"], float(x.abs().max()), regression,
                                         top_target)
            stopped = "diverged"
            break
        history.append(metrics)
        shown = ", ".join(f"{k} {v:.4f}" for k, v in metrics.items() if k not in ("epoch", "seconds", "lr"))
        log(f"epoch {epoch}/{epochs}: {shown} ({metrics['seconds']:.1f} s)")
        good_state, stop = keep_epoch(model, epoch, metrics, scheduler, settings["scheduler"], early)
        good_epoch = epoch
        if stop:
            stopped = "early_stopping"
            break
    return history, stopped, end_of_run(model, early, stopped, message, epoch, good_epoch)
