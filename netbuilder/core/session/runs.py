"""What a training session keeps of its runs: the per-batch loss curve (:class:`CurveRecorder`), one
:class:`RunRecord` per run, the plain-words account of how a run ended (:func:`describe`), and the helpers that
tell whether two designs are the same network and which settings changed. Qt-free."""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch

from ..design.design_io import design_to_dict
from ..errors import Cause
from ..design.graph import Design
from ..training.callbacks import Callback
from ..text import msg

#: what a finished run's ``status`` can be (the GUI's ``training_finished`` contract)
STATUSES = ("completed", "stopped", "early_stopping", "diverged", "failed")
_EPOCH_KEYS = ("epoch", "seconds", "lr", "partial", "batches")


def network_of(design: Design | dict) -> dict:
    """What makes two designs the same network (weights of one fit the other): nodes, parameters and edges, without
    positions, name, description or training settings."""
    data = design_to_dict(design) if isinstance(design, Design) else design
    nodes = sorted((n["id"], n["type"], repr(sorted((n.get("params") or {}).items()))) for n in data["nodes"])
    edges = sorted((e["source"], e["target"], e.get("port", 0)) for e in data["edges"])
    return {"nodes": nodes, "edges": edges}


def flat_settings(settings: dict, prefix: str = "") -> dict[str, Any]:
    """``{"optimizer": {"lr": 0.1}}`` -> ``{"optimizer.lr": 0.1}``, for showing which settings differ."""
    out: dict[str, Any] = {}
    for key, value in settings.items():
        if isinstance(value, dict):
            out.update(flat_settings(value, f"{prefix}{key}."))
        else:
            out[f"{prefix}{key}"] = value
    return out


def settings_diff(before: dict | None, after: dict) -> dict[str, Any]:
    """The flattened settings of ``after`` that differ from ``before`` (all of them when ``before`` is None)."""
    new = flat_settings(after)
    if before is None:
        return new
    old = flat_settings(before)
    return {k: v for k, v in new.items() if old.get(k, object()) != v}


class CurveRecorder(Callback):
    """The training loss of every batch as points on the epoch axis (batch ``b`` of ``n`` in epoch ``e`` sits at
    ``e - 1 + b / n``). The hot loop only keeps a reference to each loss tensor; :meth:`drain` reads what
    accumulated in one transfer, so on CUDA the device is waited for only as often as someone drains."""

    def __init__(self) -> None:
        self._pending: list[tuple[float, torch.Tensor]] = []
        self._x: list[np.ndarray] = []
        self._loss: list[np.ndarray] = []
        self._per_epoch = 1

    def on_fit_start(self, trainer) -> None:
        self._per_epoch = max(1, trainer.batches_per_epoch)

    def on_train_batch_end(self, trainer, epoch, batch, loss) -> None:
        self._pending.append((epoch - 1 + batch / self._per_epoch, loss))

    def drain(self) -> tuple[np.ndarray, np.ndarray]:
        """The points recorded since the last drain, as float64 arrays (x, loss)."""
        if not self._pending:
            return np.empty(0), np.empty(0)
        pending, self._pending = self._pending, []
        x = np.fromiter((p[0] for p in pending), dtype=np.float64, count=len(pending))
        loss = torch.stack([p[1] for p in pending]).double().cpu().numpy()
        self._x.append(x)
        self._loss.append(loss)
        return x, loss

    def points(self) -> tuple[np.ndarray, np.ndarray]:
        """Every point drained so far (the whole session's curve)."""
        self.drain()
        if not self._x:
            return np.empty(0), np.empty(0)
        return np.concatenate(self._x), np.concatenate(self._loss)

    def delivered(self) -> tuple[np.ndarray, np.ndarray]:
        """Every point drained so far, without draining: what a reader in another thread than the training one
        (the GUI's advice, during a run) may take; the points since the last drain come with the next one."""
        n = min(len(self._x), len(self._loss))  # the training thread may be between its two appends
        xs, losses = self._x[:n], self._loss[:n]
        if not xs:
            return np.empty(0), np.empty(0)
        return np.concatenate(xs), np.concatenate(losses)

    def load(self, x, loss) -> None:
        """Start from a saved curve (a checkpoint's)."""
        self._pending = []
        self._x = [np.asarray(x, dtype=np.float64)]
        self._loss = [np.asarray(loss, dtype=np.float64)]

    def truncate(self, last_epoch: float) -> None:
        """Keep the points of epochs up to ``last_epoch`` (after weights were put back to that epoch)."""
        x, loss = self.points()
        keep = x <= last_epoch + 1e-9
        self.load(x[keep], loss[keep])


@dataclass
class RunRecord:
    """One run of a session, kept in memory for the runs list, the comparison view and restoring its weights.

    ``history`` holds the epochs of this run; ``full_history`` every epoch of the session up to its end (what
    the trainer's history was), so that restoring the run restores the epoch count too. ``state`` holds CPU
    copies of the weights at its end (None when it failed before a model existed)."""

    number: int
    status: str
    message: str
    settings: dict
    changed: dict
    device: str
    design: dict
    history: list[dict] = field(default_factory=list)
    full_history: list[dict] = field(default_factory=list)
    batch_x: np.ndarray = field(default_factory=lambda: np.empty(0))
    batch_loss: np.ndarray = field(default_factory=lambda: np.empty(0))
    test: dict = field(default_factory=dict)
    seconds: float = 0.0
    best_epoch: int | None = None
    state: dict | None = None
    #: the last validation pass's full scores (a classifier's confusion matrix, precision, recall, f1)
    validation: dict = field(default_factory=dict)
    #: where on the epoch axis the loss or the weights stopped being finite (a diverged run)
    diverged_x: float | None = None
    #: for 1 or 2 inputs, the network's output over the plane (or line) at the run's end: the ``grid`` probe at a
    #: small resolution, for the runs view's side-by-side boundaries; None otherwise
    boundary: dict | None = None
    #: why a ``failed`` run failed (a :class:`~netbuilder.core.errors.Cause`: what to try next follows from it)
    cause: Cause | None = None
    #: a sweep trial's ending in the sweep's words (``complete``, ``pruned``, ``stopped``, ``failed``, ``diverged``;
    #: a pruned trial's status is ``stopped``, its message says where the sweep pruned it); None: not a sweep's run
    sweep_state: str | None = None
    #: whose run it is when a teacher opened a class's work (the student's name), and its number in their work
    owner: str | None = None
    own_number: int | None = None

    @property
    def final(self) -> dict:
        """The last epoch's metrics as the core names them (``loss``, ``accuracy``, ``val_loss``, ...)."""
        if not self.history:
            return {}
        return {k: v for k, v in self.history[-1].items() if k not in _EPOCH_KEYS}

    @property
    def label(self) -> str:
        if self.owner is not None:
            return msg("{owner}: Run {number}", owner=self.owner, number=self.own_number or self.number)
        return msg("Run {number}", number=self.number)

    def trend(self) -> dict:
        """How the validation scores moved during this run: ``best_val_loss`` (lowest), ``best_val_accuracy`` (highest)
        and ``val_loss_rise``, how far the last validation loss is above the run's lowest (0 when it ended at its
        lowest; overfitting shows as a rise). Empty without validation."""
        losses = [e["val_loss"] for e in self.history if isinstance(e.get("val_loss"), (int, float))
                  and math.isfinite(e["val_loss"])]
        out = {}
        if losses:
            out["best_val_loss"] = min(losses)
            out["val_loss_rise"] = losses[-1] - min(losses)
        scores = [e["val_accuracy"] for e in self.history if isinstance(e.get("val_accuracy"), (int, float))]
        if scores:
            out["best_val_accuracy"] = max(scores)
        return out

    def outcome(self) -> dict:
        """The dict the GUI's ``training_finished`` signal carries: ``status``, the final metrics, ``test`` when
        evaluated, ``error`` when the run did not complete, plus ``message``, ``epochs``, ``seconds``, ``run``."""
        out: dict[str, Any] = {"status": self.status, **self.final, **self.trend(), "message": self.message,
                               "run": self.number, "epochs": len(self.full_history), "seconds": self.seconds}
        if self.test:
            out["test"] = dict(self.test)
        if self.status != "completed":
            out["error"] = self.message
        return out


def describe(record: RunRecord) -> str:
    """How and why a run ended, in plain words, for the training panel."""
    last = record.history[-1] if record.history else None
    scores = ""
    if last is not None:
        parts = [msg("loss {loss:.4g}", loss=last['loss'])]
        if "accuracy" in last:
            parts.append(msg("accuracy {accuracy:.1f}%", accuracy=100 * last['accuracy']))
        if "mae" in last:
            parts.append(msg("mean absolute error {mae:.4g}", mae=last['mae']))
        if "val_loss" in last:
            parts.append(msg("validation loss {loss:.4g}", loss=last['val_loss']))
        if "val_accuracy" in last:
            parts.append(msg("validation accuracy {accuracy:.1f}%", accuracy=100 * last['val_accuracy']))
        listed = parts[0]
        for part in parts[1:]:  # one message per pair, so that each part stays translatable
            listed = msg("{first}, {then}", first=listed, then=part)
        scores = msg(" Last epoch: {scores}.", scores=listed)
    epochs = len(record.history)
    took = msg("{epochs} epoch in {seconds:.1f} s", epochs=epochs, seconds=record.seconds) if epochs == 1 else \
        msg("{epochs} epochs in {seconds:.1f} s", epochs=epochs, seconds=record.seconds)
    if record.status == "completed":
        return msg("Completed: {took}.{scores}", took=took, scores=scores)
    if record.status == "stopped":
        where = ""
        if last is not None and last.get("partial"):
            where = msg(" during epoch {epoch} (after batch {batches})", epoch=last['epoch'], batches=last['batches'])
        elif last is not None:
            where = msg(" after epoch {epoch}", epoch=last['epoch'])
        kept = (record.message if record.best_epoch is not None
                else msg("The weights are those of the last batch trained."))
        return msg("Stopped by you{where}. {kept} Press Train to go on from them or Reset weights to start "
                   "over.{scores}", where=where, kept=kept, scores=scores)
    if record.status == "early_stopping":
        return msg("Early stopping: {message}{scores}", message=record.message, scores=scores)
    if record.status == "diverged":
        return msg("Diverged: {message}", message=record.message)
    return msg("Failed: {message}", message=record.message)
