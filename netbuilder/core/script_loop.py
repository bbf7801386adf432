"""The exported script's training loop, kept here as real Python (imported by the tests, read by linters) and
copied by source into every exported training script.

It trains with the recipe's functions (:mod:`netbuilder.core.recipe`), the ones netbuilder's Trainer calls, in
the Trainer's order: seeds, batch order, loss on the scores, step, running metrics, validation, divergence stop,
scheduler, early stopping. So a script's run follows a run in netbuilder epoch by epoch; a test compares the two
on every preset. The Trainer keeps its own loop for what only the window needs (pause, step, slow motion, live
callbacks). Under torchrun each process trains on its shard of every batch through DistributedDataParallel.
"""
from __future__ import annotations

import sys
import time

import torch
from torch import nn

from .recipe import (EarlyStopping, agree, all_finite, all_sum, batch_order, clone_state, current_lr,
                     divergence_message, epoch_end_problem, loss_problem, make_optimizer, make_scheduler,
                     predicted_labels, r2_from_sums, regression_sums, restored_note, shard, shard_weight,
                     step_scheduler, sync_buffers, target_labels, total_sum_of_squares)

CUDA_CHECK_EVERY = 16  # on CUDA the loss is checked every 16 batches: a check per batch would wait for the GPU


class Progress:
    """A bar within each epoch when the output is a terminal (redrawn at most four times a second); nothing when
    the output goes to a file or a pipe, where the line per epoch is enough."""

    def __init__(self, enabled=True, stream=None, every=0.25):
        self.stream = stream or sys.stderr
        self.on = enabled and hasattr(self.stream, "isatty") and self.stream.isatty()
        self.every, self.last, self.drawn = every, 0.0, False

    def show(self, epoch, epochs, done, total):
        now = time.monotonic()
        if not self.on or (now - self.last < self.every and done < total):
            return
        self.last, self.drawn = now, True
        filled = 30 * done // max(1, total)
        self.stream.write(f"\repoch {epoch}/{epochs} [{'#' * filled}{'.' * (30 - filled)}] {done}/{total} batches")
        self.stream.flush()

    def clear(self):
        if self.drawn:
            self.stream.write("\r" + " " * 79 + "\r")
            self.stream.flush()
            self.drawn = False


@torch.no_grad()
def evaluate(forward, split, loss_fn, kind, threshold, batch_size):
    """Mean loss and accuracy (classification) or mae and r2 (regression) over ``split`` = (x, target), in eval
    mode (no dropout, batch norm's running statistics)."""
    x, target = split
    was_training = forward.training
    forward.eval()
    loss_sum = torch.zeros((), dtype=torch.float64, device=target.device)
    correct, abs_sum, sse = 0, 0.0, 0.0
    labels = target_labels(target, kind)
    for start in range(0, len(x), batch_size):
        out = forward(x[start:start + batch_size])
        part = target[start:start + batch_size]
        loss_sum += loss_fn(out, part).double() * len(part)
        if labels is not None:
            correct += (predicted_labels(out, kind, threshold) == labels[start:start + batch_size]).sum()
        else:
            a, s = regression_sums(out, part)
            abs_sum, sse = abs_sum + a, sse + s
    forward.train(was_training)
    n = len(x)
    if labels is not None:
        return {"loss": float(loss_sum) / n, "accuracy": float(correct) / n}
    return {"loss": float(loss_sum) / n, "mae": float(abs_sum) / (n * len(sse)),
            "r2": r2_from_sums(sse, total_sum_of_squares(target))}


def probe_loss(forward, x, target, loss_fn, samples=256):
    """The loss over the first few training samples in eval mode: the divergence check without validation."""
    was_training = forward.training
    forward.eval()
    with torch.no_grad():
        value = float(loss_fn(forward(x[:samples]), target[:samples]))
    forward.train(was_training)
    return value


def train(model, forward, data, settings, epochs, device, rank=0, world=1, log=print):
    """Train ``model`` (its scores are ``forward(x)``; under torchrun ``forward`` is DistributedDataParallel's
    wrapper) on ``data`` = (train, val) pairs of (x, target) prepared for the model. ``settings``: loss_fn, kind,
    threshold, optimizer, scheduler, early_stopping, batch_size, seed, lr. Returns (history, stopped, message):
    stopped is completed, early_stopping or diverged, and the model holds the weights to keep."""
    (x, target), val = data
    loss_fn, kind, threshold = settings["loss_fn"], settings["kind"], settings["threshold"]
    labels = target_labels(target, kind)
    optimizer, _ = make_optimizer(settings["optimizer"], model.parameters())
    scheduler = make_scheduler(settings["scheduler"], optimizer, epochs)
    early = EarlyStopping(settings["early_stopping"]) if settings["early_stopping"] else None
    order = torch.Generator(device=device).manual_seed(settings["seed"])  # the order of the batches
    torch.manual_seed(settings["seed"] + 1)  # dropout masks and the like
    eager = device.type == "cpu" and world == 1  # check each batch's loss before its step (no device to wait for)
    every = CUDA_CHECK_EVERY if world == 1 else None  # several processes decide together, once per epoch
    sst = total_sum_of_squares(target) if labels is None else None
    progress = Progress(enabled=rank == 0)
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
        forward.train()
        _, batches = batch_order(len(x), settings["batch_size"], order, device)
        losses, sizes, sums = [], [], None
        running = torch.zeros((), device=device)
        for b, batch in enumerate(batches, 1):
            idx = shard(batch, rank, world)
            # a batch smaller than the world is trained whole by every process, and counted by rank 0 only
            counted = rank == 0 or len(batch) >= world
            out = forward(x.index_select(0, idx))
            loss = loss_fn(out, target.index_select(0, idx))
            if eager and not torch.isfinite(loss):
                problem = loss_problem(float(loss), epoch, b)
                break
            for p in model.parameters():
                p.grad = None
            (loss if world == 1 else loss * shard_weight(len(idx), len(batch), world)).backward()
            optimizer.step()
            losses.append(loss.detach())
            sizes.append(len(idx) if counted else 0)
            if labels is not None:
                part = (predicted_labels(out.detach(), kind, threshold) == labels.index_select(0, idx)).sum()
                part = part if counted else part * 0
                sums = part.double().reshape(1) if sums is None else sums + part
            else:
                a, s = regression_sums(out, target.index_select(0, idx))
                row = torch.cat([a.reshape(1), s])
                row = row if counted else row * 0
                sums = row if sums is None else sums + row
            if every is not None and not eager:
                running += loss.detach()
                if b % every == 0 and not torch.isfinite(running):
                    break
            progress.show(epoch, epochs, b, len(batches))
        progress.clear()
        if problem is None and losses:
            # each batch's loss times its size, summed over the processes: all decide alike
            weighted = all_sum(torch.stack(losses).double() * torch.tensor(sizes, dtype=torch.float64, device=device))
            bad = (~torch.isfinite(weighted)).nonzero()
            if len(bad):
                problem = loss_problem(float(weighted[int(bad[0])]), epoch, int(bad[0]) + 1)
        if problem is None:
            sync_buffers(model)  # several processes: every one validates rank 0's model
            counts = torch.tensor([sum(sizes)], dtype=torch.float64, device=device)
            totals = torch.cat([weighted.sum().reshape(1), all_sum(counts), all_sum(sums)])
            seen = float(totals[1])
            metrics = {"epoch": epoch, "loss": float(totals[0]) / seen}
            if labels is not None:
                metrics["accuracy"] = float(totals[2]) / seen
            else:
                metrics["mae"] = float(totals[2]) / (seen * (len(totals) - 3))
                metrics["r2"] = r2_from_sums(totals[3:], sst)
            if val is not None:
                metrics.update({"val_" + k: v for k, v in evaluate(plain, val, loss_fn, kind, threshold,
                                                                            settings["eval_batch_size"]).items()})
            metrics["seconds"] = time.perf_counter() - started
            metrics["lr"] = lr
            metrics = agree(metrics, device)  # several processes: the same numbers, so the same decisions
            if "val_loss" in metrics:
                value, source = metrics["val_loss"], "validation loss"
            elif all_finite(model):
                value, source = probe_loss(plain, x, target, loss_fn), "loss on the training samples"
            else:
                value, source = float("nan"), ""
            problem = epoch_end_problem(model, epoch, value, source)
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
        good_state, good_epoch = clone_state(model), epoch
        step_scheduler(scheduler, settings["scheduler"] or {}, metrics)
        if early is not None and early.update(epoch, metrics, model):
            stopped = "early_stopping"
            break
    message = message if stopped == "diverged" else ""
    if early is not None and early.best_state is not None:
        model.load_state_dict(early.best_state)
        return history, stopped, (message + " " if message else "") + early.summary(stopped == "early_stopping",
                                                                                    epoch)
    if stopped == "diverged":
        message += restored_note(good_epoch)
    return history, stopped, message

