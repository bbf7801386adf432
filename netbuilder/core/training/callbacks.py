"""Observers of a training run, Lightning style: the loop calls them; they never drive it, except by
``trainer.request_stop()``. They run in the thread that called ``fit()``; a GUI callback hands plain copies to
its own thread (see ARCHITECTURE.md, threading contract)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # pragma: no cover
    import torch

    from .trainer import FitResult, Trainer


class Callback:
    """All hooks are no-ops; override the ones you need.

    ``on_train_batch_end`` gets the batch loss as a 0-dim tensor still on the training device: reading it
    (``loss.item()``) waits for the device, so a callback that plots should read it a few times a second, not on
    every batch. The trainer skips the call entirely for callbacks that do not override the hook.
    """

    def on_fit_start(self, trainer: "Trainer") -> None:
        pass

    def on_train_batch_end(self, trainer: "Trainer", epoch: int, batch: int, loss: "torch.Tensor") -> None:
        pass

    def on_validation_end(self, trainer: "Trainer", epoch: int, scores: dict) -> None:
        """After the validation pass of ``epoch`` (before ``on_train_epoch_end``), with every score it computed:
        ``loss`` and, for a classifier, ``accuracy``, per-class ``precision``/``recall``/``f1`` and ``confusion``
        (rows: true class, columns: predicted); for regression ``mae`` and ``r2``. Not called without a
        validation split."""

    def on_train_epoch_end(self, trainer: "Trainer", epoch: int, metrics: dict) -> None:
        pass

    def on_pause(self, trainer: "Trainer") -> None:
        """The run is about to wait, paused, between two batches (also before each Step's batch): the moment to
        show everything trained so far."""

    def on_wait(self, trainer: "Trainer") -> None:
        """Called again and again while the paused run waits (at least every 0.1 s, and at once after
        ``trainer.wake()``), in the training thread with the model free: a GUI worker serves its requests here."""

    def on_exception(self, trainer: "Trainer", exc: BaseException) -> None:
        pass

    def on_fit_end(self, trainer: "Trainer", result: "FitResult") -> None:
        pass


def overriding(callbacks: list[Callback], hook: str) -> list[Any]:
    """The bound ``hook`` of each callback that overrides it, so the hot loop calls no no-ops."""
    base = getattr(Callback, hook)
    return [getattr(cb, hook) for cb in callbacks if getattr(type(cb), hook, base) is not base]


class History(Callback):
    """Keeps every epoch's metrics (the trainer's result has them too; handy for a caller that stops early)."""

    def __init__(self) -> None:
        self.epochs: list[dict] = []

    def on_train_epoch_end(self, trainer, epoch, metrics):
        self.epochs.append(dict(metrics))
