"""One person's training session on one network: the seam between the editor and the trainer.

A :class:`TrainingSession` is built from a *copy* of the design and of the settings, so that edits made on the
canvas afterwards never end up saved next to weights they did not produce (ARCHITECTURE.md, threading contract).
The dataset is loaded and the model compiled by :meth:`TrainingSession.prepare`, which the GUI calls in its worker
thread. Each :meth:`run` continues from the current weights and becomes a :class:`RunRecord` in ``runs``: the
settings, the epoch metrics, the per-batch loss curve and the final weights (CPU copies), which the runs list and
the comparison view read. Nothing here imports Qt.
"""
from __future__ import annotations

import copy
import time
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch

from ..design_io import design_from_dict, design_to_dict
from ..errors import NetbuilderError, TrainingError
from ..graph import Design
from ..train_config import TrainConfig, check_lr
from .callbacks import Callback
from .trainer import FitResult, Trainer

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

    def load(self, x, loss) -> None:
        """Start from a saved curve (a checkpoint's)."""
        self._pending = []
        self._x = [np.asarray(x, dtype=np.float64)]
        self._loss = [np.asarray(loss, dtype=np.float64)]

    def truncate(self, last_epoch: int) -> None:
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

    @property
    def final(self) -> dict:
        """The last epoch's metrics as the core names them (``loss``, ``accuracy``, ``val_loss``, ...)."""
        if not self.history:
            return {}
        return {k: v for k, v in self.history[-1].items() if k not in _EPOCH_KEYS}

    @property
    def label(self) -> str:
        return f"Run {self.number}"

    def outcome(self) -> dict:
        """The dict the GUI's ``training_finished`` signal carries: ``status``, the final metrics, ``test`` when
        evaluated, ``error`` when the run did not complete, plus ``message``, ``epochs``, ``seconds``, ``run``."""
        out: dict[str, Any] = {"status": self.status, **self.final, "message": self.message, "run": self.number,
                               "epochs": len(self.full_history), "seconds": self.seconds}
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
        parts = [f"loss {last['loss']:.4g}"]
        if "accuracy" in last:
            parts.append(f"accuracy {100 * last['accuracy']:.1f}%")
        if "mae" in last:
            parts.append(f"mean absolute error {last['mae']:.4g}")
        if "val_loss" in last:
            parts.append(f"validation loss {last['val_loss']:.4g}")
        if "val_accuracy" in last:
            parts.append(f"validation accuracy {100 * last['val_accuracy']:.1f}%")
        scores = " Last epoch: " + ", ".join(parts) + "."
    epochs = len(record.history)
    took = f"{epochs} epoch{'s' * (epochs != 1)} in {record.seconds:.1f} s"
    if record.status == "completed":
        return f"Completed: {took}.{scores}"
    if record.status == "stopped":
        where = ""
        if last is not None and last.get("partial"):
            where = f" during epoch {last['epoch']} (after batch {last['batches']})"
        elif last is not None:
            where = f" after epoch {last['epoch']}"
        kept = (record.message if record.best_epoch is not None
                else "The weights are those of the last batch trained.")
        return (f"Stopped by you{where}. {kept} Press Train to go on from them or Reset weights to start "
                f"over.{scores}")
    if record.status == "early_stopping":
        return f"Early stopping: {record.message}{scores}"
    if record.status == "diverged":
        return f"Diverged: {record.message}"
    return f"Failed: {record.message}"


class TrainingSession:
    """Train one copy of a design, run after run.

    ``device``: ``auto``, ``cpu``, ``cuda`` or ``cuda:N``; ``num_threads``: CPU threads for training (the GUI
    passes cores - 1). Call :meth:`prepare` and :meth:`run` in the thread that trains; the control methods
    (``request_stop``, ``pause``, ``resume``, ``step_once``, ``set_lr``) from any thread.
    """

    def __init__(self, design: Design | dict, config: TrainConfig | None = None, *, device: str = "auto",
                 data_dir=None, num_threads: int | None = None, download: bool | None = None):
        data = design_to_dict(design) if isinstance(design, Design) else copy.deepcopy(design)
        self.design = design_from_dict(data)
        self.config = copy.deepcopy(config) if config is not None else TrainConfig.from_design(self.design)
        self.device = device
        self.data_dir, self.num_threads, self.download = data_dir, num_threads, download
        self.trainer: Trainer | None = None
        self.curves = CurveRecorder()
        self.runs: list[RunRecord] = []
        self.last_result: FitResult | None = None
        self.checkpoint = None
        self._state: dict | None = None  # weights to load once prepared (a checkpoint's, a restored run's)
        self._history: list[dict] = []  # history to carry into a trainer built later
        self._stop_requested = self._pause_requested = False
        self._steps_requested = 0

    @classmethod
    def from_checkpoint(cls, checkpoint, **kwargs) -> "TrainingSession":
        """A session holding a loaded :class:`Checkpoint`'s design, settings, weights, history and curve: it can
        predict at once, and trains on from those weights once its dataset is loaded."""
        session = cls(checkpoint.design, TrainConfig.from_dict(checkpoint.config), **kwargs)
        session.checkpoint = checkpoint
        session._state = {k: v.detach().clone() for k, v in checkpoint.model.state_dict().items()}
        session._history = [dict(m) for m in checkpoint.history]
        curves = checkpoint.curves or {}
        if len(curves.get("batch_x", ())):
            session.curves.load(curves["batch_x"], curves["batch_loss"])
        return session

    # state --------------------------------------------------------------------------------------------------
    @property
    def history(self) -> list[dict]:
        """Every epoch trained in this session so far (the checkpoint's first, when opened from one)."""
        return self.trainer.history if self.trainer is not None else self._history

    @property
    def prepared(self) -> bool:
        return self.trainer is not None

    def same_network(self, design: Design | dict) -> bool:
        return network_of(design) == network_of(self.design)

    # building (the training thread) ----------------------------------------------------------------------
    def prepare(self) -> Trainer:
        """Load the dataset and compile the model (once; again after a change of dataset, loss or device, keeping
        the weights). Raises NetbuilderError saying what is wrong."""
        if self.trainer is None:
            trainer = Trainer(self.design, copy.deepcopy(self.config), device=self.device, data_dir=self.data_dir,
                              download=self.download, num_threads=self.num_threads)
            trainer.evaluate_on_stop = False
            if self._state is not None:
                trainer.model.load_state_dict(self._state)
            trainer.history = [dict(m) for m in self._history]
            if trainer.config.optimizer["lr"] != self.config.optimizer["lr"]:  # changed while the data loaded
                trainer.set_lr(self.config.optimizer["lr"])
            self.trainer, self._state = trainer, None
        return self.trainer

    def update_settings(self, config: TrainConfig, device: str | None = None, design: Design | None = None) -> None:
        """Use new settings from the next run on (between runs). The weights stay; a new dataset, loss or device
        means building the trainer again, which :meth:`prepare` does. ``design``: the same network with a new
        name, description or training section, copied so that checkpoints carry them."""
        if design is not None:
            if not self.same_network(design):
                raise TrainingError("the network changed: start a new session for it")
            for key in ("name", "description", "training"):
                self.design.set_meta(key, copy.deepcopy(getattr(design, key)))
        device = self.device if device is None else device
        trainer = self.trainer
        old = trainer.config if trainer is not None else self.config  # what the model really trains with
        self.config = copy.deepcopy(config)
        if trainer is None:
            self.device = device
            return
        if device != self.device or old.dataset != config.dataset or old.loss != config.loss:
            self._state = {k: v.detach().to("cpu").clone() for k, v in trainer.model.state_dict().items()}
            self._history, self.trainer, self.device = list(trainer.history), None, device
            return
        trainer.config = copy.deepcopy(config)
        if old.optimizer != config.optimizer or old.scheduler != config.scheduler or old.epochs != config.epochs:
            trainer._new_optimizer()

    # a run (the training thread) --------------------------------------------------------------------------
    def run(self, callbacks: list[Callback] | tuple = (), *, start_paused: bool = False) -> RunRecord:
        """Train ``config.epochs`` more epochs from the current weights. Never raises for a failure of the run
        itself (missing data, a layer that fails, out of memory): the record says ``failed`` and why, and the
        weights of earlier runs stay as they were."""
        started = time.perf_counter()
        first_epoch = len(self.history)
        trainer = None
        self.curves.drain()
        before = len(self.curves.points()[0])
        status, message, result = "failed", "", None
        try:
            trainer = self.prepare()
            if self._stop_requested:
                status, message = "stopped", "Stopped before training began."
            else:
                trainer.callbacks = [self.curves, *callbacks]
                if start_paused or self._pause_requested:
                    trainer.pause()
                for _ in range(int(start_paused) + self._steps_requested):
                    trainer.step_once()
                result = trainer.fit()
                status, message = result.stopped, result.message
        except NetbuilderError as exc:
            message = str(exc)
        except (Exception, torch.OutOfMemoryError) as exc:  # noqa: BLE001 (a run's crash must not end the app)
            message = f"{type(exc).__name__}: {exc}"
        self.last_result = result
        diverged_x = None
        if result is not None and result.diverged_at is not None:
            epoch, batch = result.diverged_at
            per_epoch = max(1, trainer.batches_per_epoch)
            diverged_x = epoch - 1 + (batch / per_epoch if batch is not None else 1.0)
        history = self.history
        x, loss = self.curves.points()
        record = RunRecord(
            number=len(self.runs) + 1, status=status, message=message, settings=self.settings(),
            changed=settings_diff(self.runs[-1].settings if self.runs else None, self.settings()),
            device=str(trainer.device) if trainer is not None else str(self.device),
            design=design_to_dict(self.design), history=[dict(m) for m in history[first_epoch:]],
            full_history=[dict(m) for m in history], batch_x=x[before:], batch_loss=loss[before:],
            test=dict(result.test) if result is not None else {}, seconds=time.perf_counter() - started,
            best_epoch=result.best_epoch if result is not None else None,
            state=self.state_snapshot() if trainer is not None else None, diverged_x=diverged_x,
            validation=copy.deepcopy(trainer.last_validation or {}) if trainer is not None else {})
        self.runs.append(record)
        if diverged_x is not None:  # the record shows where it blew up; the weights went back, so does the curve
            self.curves.truncate(len(trainer.history))
        return record

    def evaluate(self, split: str = "test") -> dict:
        """Scores of a split with the current weights (prepares first when needed)."""
        return self.prepare().evaluate(split)

    # control (any thread) -------------------------------------------------------------------------------
    # Each request is noted before the trainer is looked at: a trainer that the training thread creates meanwhile
    # either sees the note (run() reads it after prepare()) or is found here.
    def clear_requests(self) -> None:
        """Forget stop and pause requests left from before (call before starting a run)."""
        self._stop_requested = self._pause_requested = False
        self._steps_requested = 0
        if self.trainer is not None:
            self.trainer.clear_requests()

    def request_stop(self) -> None:
        self._stop_requested = True
        if self.trainer is not None:
            self.trainer.request_stop()

    def pause(self) -> None:
        self._pause_requested = True
        if self.trainer is not None:
            self.trainer.pause()

    def resume(self) -> None:
        self._pause_requested = False
        if self.trainer is not None:
            self.trainer.resume()

    def step_once(self) -> None:
        """One batch more while paused (each call counts, also before the data has loaded)."""
        if self.trainer is None:
            self._steps_requested += 1
        else:
            self.trainer.step_once()

    @property
    def waiting(self) -> bool:
        """True while a paused run waits between batches (its model is not in use), or no run exists."""
        return self.trainer is None or self.trainer.waiting.is_set()

    def set_lr(self, lr: float) -> None:
        """The learning rate from the next batch on (during a run), or for the next run."""
        self.config.optimizer["lr"] = check_lr(lr)
        if self.trainer is not None:
            self.trainer.set_lr(lr)

    # weights (between runs, or in the training thread) --------------------------------------------------
    def state_snapshot(self) -> dict[str, torch.Tensor]:
        """Detached CPU copies of the weights and buffers (a checkpoint's own when nothing is prepared yet)."""
        if self.trainer is not None:
            return {k: v.detach().to("cpu", copy=True) for k, v in self.trainer.model.state_dict().items()}
        if self._state is not None:
            return {k: v.clone() for k, v in self._state.items()}
        return {}

    def weights_snapshot(self) -> dict[str, np.ndarray]:
        """The weights as numpy arrays keyed like the ``state_dict`` (``<node id>.weight``), for the panels."""
        return {k: v.float().numpy() if v.is_floating_point() else v.numpy()
                for k, v in self.state_snapshot().items()}

    def reset_weights(self) -> None:
        """Start over: fresh weights from the seed, no history, an empty curve. Earlier runs stay in ``runs``."""
        self.curves = CurveRecorder()
        self._state, self._history, self.last_result = None, [], None
        if self.trainer is not None:
            self.trainer.reset_weights()

    def restore_run(self, record: RunRecord) -> None:
        """Put back the weights (and epoch count, and curve) a run ended with. Refused, with the reason, when the
        run trained another network than this session's."""
        if record.state is None:
            raise TrainingError(f"{record.label} ended before it had weights ({record.status}); nothing to restore")
        if network_of(record.design) != network_of(self.design):
            raise TrainingError(f"{record.label} trained a different network (layers or connections changed "
                                "since); its weights do not fit this one")
        if self.trainer is not None:
            self.trainer.model.load_state_dict(record.state)
            self.trainer.history = [dict(m) for m in record.full_history]
            self.trainer._new_optimizer()
        else:
            self._state = {k: v.clone() for k, v in record.state.items()}
            self._history = [dict(m) for m in record.full_history]
        self.curves.truncate(len(record.full_history))
        self.last_result = None  # its test scores were those of other weights

    def settings(self) -> dict:
        """The settings of the next run (or of the one going on), with the device, as plain data."""
        config = self.trainer.config if self.trainer is not None else self.config
        return {**config.to_dict(), "device": str(self.trainer.device if self.trainer else self.device)}

    # using the model ----------------------------------------------------------------------------------------
    def predict(self, rows):
        """``forward()`` outputs (probabilities for a classifier) for raw input rows, as a numpy array. Between
        runs only: it uses the model the trainer holds."""
        if self.trainer is not None:
            return self.trainer.predict(rows)
        if self.checkpoint is not None and self._state is not None:
            self.checkpoint.model.load_state_dict(self._state)
            return self.checkpoint.predict(rows)
        raise TrainingError("nothing has been trained yet: press Train first")

    def save_checkpoint(self, path) -> None:
        """The core's checkpoint format: design, weights, settings, history and the loss curve."""
        from .checkpoint import save_checkpoint
        if self.trainer is None:
            raise TrainingError("nothing has been trained in this session yet: train first, then save")
        x, loss = self.curves.points()
        save_checkpoint(path, self.trainer, self.last_result, curves={"batch_x": x, "batch_loss": loss})
