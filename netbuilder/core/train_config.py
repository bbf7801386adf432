"""Training settings: the design's ``training`` section, checked once, with every default filled in.

A bad value raises :class:`TrainingError` naming the field (``training.optimizer.lr: ...``), so the CLI and the
GUI can show the message as is.
"""
from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field
from typing import Any

from .choices import DEFAULT_LR, LOSSES, OPTIMIZERS, SCHEDULERS
from .errors import TrainingError

METRICS = ("accuracy", "precision", "recall", "f1", "confusion", "mae", "r2", "loss")
MONITORS = ("val_loss", "loss", "val_accuracy", "accuracy", "val_mae", "mae", "val_r2", "r2")
_TOP_KEYS = ("dataset", "loss", "optimizer", "epochs", "batch_size", "seed", "scheduler", "early_stopping",
             "metrics")
_OPT_KEYS = ("name", "lr", "momentum", "weight_decay")
_SCHED_KEYS = {"step": ("name", "step_size", "gamma"), "cosine": ("name", "eta_min"),
               "plateau": ("name", "patience", "factor", "monitor")}
_EARLY_KEYS = ("patience", "monitor", "min_delta")
#: upper bounds of the whole-number settings: torch seeds are 64-bit (and the trainer adds the run number to the
#: seed), and a batch or epoch count beyond these is a typo, not a plan
MAX_SEED = 2**63 - 1
MAX_BATCH_SIZE = 10_000_000
MAX_EPOCHS = 1_000_000
#: what each task measures per epoch, so what early stopping and the plateau scheduler can watch
TASK_MONITORS = {"classification": ("val_loss", "loss", "val_accuracy", "accuracy"),
                 "regression": ("val_loss", "loss", "val_mae", "mae", "val_r2", "r2")}


def _fail(where: str, message: str) -> TrainingError:
    return TrainingError(f"training.{where}: {message}")


def _number(value: Any, where: str, *, minimum: float | None = None, positive: bool = False,
            maximum: float | None = None) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _fail(where, f"must be a number, not {value!r}")
    if positive and value <= 0:
        raise _fail(where, f"must be greater than 0; it is {value}")
    if minimum is not None and value < minimum:
        raise _fail(where, f"must be at least {minimum:g}; it is {value}")
    if maximum is not None and value > maximum:
        raise _fail(where, f"must be at most {maximum:g}; it is {value}")
    return float(value)


def _whole(value: Any, where: str, minimum: int = 1, maximum: int | None = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        else:
            raise _fail(where, f"must be a whole number, not {value!r}")
    if value < minimum:
        raise _fail(where, f"must be at least {minimum}; it is {value}")
    if maximum is not None and value > maximum:
        raise _fail(where, f"must be at most {maximum:,}; it is {value:,}")
    return value


def check_lr(value: Any) -> float:
    """A learning rate as a float, or a TrainingError saying why not: the one rule for the file, the panel, the
    inspector and a rate changed during a run."""
    return _number(value, "optimizer.lr", positive=True)


#: the longest slow-motion delay after a batch, in seconds (teaching tools pace at about 0.2-0.25 s)
MAX_DELAY = 1.0


def check_delay(seconds: Any) -> float:
    """A slow-motion delay (seconds after each batch) as a float, or a TrainingError saying why not: the one rule
    for the session and the training panel's slider."""
    try:
        value = float(seconds)
    except (TypeError, ValueError):
        raise TrainingError(f"the slow-motion delay must be a number of seconds, not {seconds!r}") from None
    if not 0.0 <= value <= MAX_DELAY:
        raise TrainingError(f"the slow-motion delay must be between 0 and {MAX_DELAY:g} s, not {value:g}")
    return value


def higher_is_better(monitor: str) -> bool:
    """True for the scores (accuracy, R^2), False for the errors (losses, MAE)."""
    return monitor.endswith(("accuracy", "r2"))


def check_monitors(config: "TrainConfig", task: str, dataset_name: str = "the dataset") -> None:
    """Raise a TrainingError naming the field when early stopping or the plateau scheduler watches a metric that
    ``task`` (``classification`` or ``regression``) does not measure. Torch-free, so live validation can call
    it; the Trainer calls it before any training."""
    offered = TASK_MONITORS.get(task)
    if offered is None:
        return
    watched = []
    if config.early_stopping:
        watched.append(("early_stopping.monitor", config.early_stopping.get("monitor", "val_loss")))
    if config.scheduler and config.scheduler.get("name") == "plateau":
        watched.append(("scheduler.monitor", config.scheduler.get("monitor", "val_loss")))
    for where, monitor in watched:
        if monitor not in offered:
            kind = "a classification" if task == "classification" else "a regression"
            raise _fail(where, f"{monitor!r} is not measured on {dataset_name} ({kind} dataset); use one of "
                               f"{', '.join(offered)}")


def _choice(value: Any, where: str, choices: tuple[str, ...]) -> str:
    if value not in choices:
        raise _fail(where, f"{value!r} is not one of {', '.join(choices)}")
    return value


def _object(value: Any, where: str, keys: tuple[str, ...]) -> dict:
    if not isinstance(value, dict):
        raise _fail(where, f"must be an object, not {value!r}")
    unknown = sorted(set(value) - set(keys))
    if unknown:
        raise _fail(f"{where}.{unknown[0]}", f"unknown setting (known: {', '.join(keys)})")
    return dict(value)


@dataclass
class TrainConfig:
    """What to train on and how. ``loss`` None means: chosen from the dataset and the output when training starts
    (cross_entropy for several classes, bce for one output on two classes, mse for regression)."""

    dataset: dict = field(default_factory=dict)
    loss: str | None = None
    optimizer: dict = field(default_factory=lambda: {"name": "adam", "lr": 1e-3, "momentum": 0.0,
                                                     "weight_decay": 0.0})
    epochs: int = 10
    batch_size: int = 32
    seed: int = 0
    scheduler: dict | None = None
    early_stopping: dict | None = None
    metrics: list = field(default_factory=lambda: ["accuracy"])

    # construction --------------------------------------------------------------------------------------
    @classmethod
    def from_dict(cls, training: dict | None, **overrides: Any) -> "TrainConfig":
        """Check a design's ``training`` dict; ``overrides`` (epochs, batch_size, lr, optimizer, seed, limit,
        validation) replace what it says; None values are ignored."""
        data = copy.deepcopy(training or {})
        if not isinstance(data, dict):
            raise TrainingError(f"training: must be an object, not {data!r}")
        unknown = sorted(set(data) - set(_TOP_KEYS))
        if unknown:
            raise _fail(unknown[0], f"unknown setting (known: {', '.join(_TOP_KEYS)})")
        overrides = {k: v for k, v in overrides.items() if v is not None}
        bad = sorted(set(overrides) - {"epochs", "batch_size", "lr", "optimizer", "seed", "limit", "validation"})
        if bad:
            raise TypeError(f"TrainConfig.from_design got unknown override(s) {', '.join(bad)}")
        for key in ("epochs", "batch_size", "seed"):
            if key in overrides:
                data[key] = overrides[key]
        opt = data.get("optimizer", {"name": "adam"})
        if isinstance(opt, str):
            opt = {"name": opt}
        if isinstance(opt, dict):
            opt = dict(opt)
            if "optimizer" in overrides and overrides["optimizer"] != opt.get("name"):
                # another optimizer: the old one's lr and momentum need not suit it
                opt = {"name": overrides["optimizer"], **({"weight_decay": opt["weight_decay"]}
                                                          if "weight_decay" in opt else {})}
            if "lr" in overrides:
                opt["lr"] = overrides["lr"]
        data["optimizer"] = opt
        ds = data.get("dataset")
        if isinstance(ds, str):
            ds = {"name": ds}
        if isinstance(ds, dict):
            ds = dict(ds)
            for key in ("limit", "validation"):
                if key in overrides:
                    ds[key] = overrides[key]
        data["dataset"] = ds
        return cls._checked(data)

    @classmethod
    def from_design(cls, design, **overrides: Any) -> "TrainConfig":
        """From a :class:`Design` (or a design dict) plus command-line style overrides."""
        training = design.get("training", {}) if isinstance(design, dict) else design.training
        return cls.from_dict(training, **overrides)

    @classmethod
    def _checked(cls, data: dict) -> "TrainConfig":
        ds = data.get("dataset")
        if ds is None:
            raise _fail("dataset", "missing; choose a dataset in the training settings (for example mnist)")
        if not isinstance(ds, dict) or not isinstance(ds.get("name"), str) or not ds["name"]:
            raise _fail("dataset", f"must be an object with a 'name', not {ds!r}")
        if "limit" in ds and ds["limit"] is not None:
            ds["limit"] = _whole(ds["limit"], "dataset.limit")
        if "validation" in ds and ds["validation"] is not None:
            ds["validation"] = _number(ds["validation"], "dataset.validation", minimum=0.0, maximum=0.9)

        loss = data.get("loss")
        if loss is not None:
            _choice(loss, "loss", LOSSES)

        opt = _object(data.get("optimizer", {}), "optimizer", _OPT_KEYS)
        name = _choice(opt.get("name", "adam"), "optimizer.name", OPTIMIZERS)
        optimizer = {
            "name": name,
            "lr": check_lr(opt.get("lr", DEFAULT_LR[name])),
            "momentum": _number(opt.get("momentum", 0.0), "optimizer.momentum", minimum=0.0, maximum=1.0),
            "weight_decay": _number(opt.get("weight_decay", 0.01 if name == "adamw" else 0.0),
                                    "optimizer.weight_decay", minimum=0.0),
        }
        if optimizer["momentum"] and name not in ("sgd", "rmsprop"):
            raise _fail("optimizer.momentum", f"{name} has no momentum setting (only sgd and rmsprop do)")

        epochs = _whole(data.get("epochs", 10), "epochs", maximum=MAX_EPOCHS)
        batch_size = _whole(data.get("batch_size", 32), "batch_size", maximum=MAX_BATCH_SIZE)
        seed = _whole(data.get("seed", 0), "seed", minimum=0, maximum=MAX_SEED)

        scheduler = data.get("scheduler")
        if isinstance(scheduler, str):
            scheduler = {"name": scheduler}
        if scheduler is not None:
            if not isinstance(scheduler, dict):
                raise _fail("scheduler", f"must be an object with a 'name', not {scheduler!r}")
            sname = _choice(scheduler.get("name"), "scheduler.name", SCHEDULERS)
            scheduler = _object(scheduler, "scheduler", _SCHED_KEYS[sname])
            if sname == "step":
                scheduler["step_size"] = _whole(scheduler.get("step_size", 10), "scheduler.step_size")
                scheduler["gamma"] = _number(scheduler.get("gamma", 0.1), "scheduler.gamma", positive=True)
            elif sname == "cosine":
                scheduler["eta_min"] = _number(scheduler.get("eta_min", 0.0), "scheduler.eta_min", minimum=0.0)
            else:
                scheduler["patience"] = _whole(scheduler.get("patience", 5), "scheduler.patience", minimum=0)
                scheduler["factor"] = _number(scheduler.get("factor", 0.1), "scheduler.factor", positive=True,
                                              maximum=0.999999)
                scheduler["monitor"] = _choice(scheduler.get("monitor", "val_loss"), "scheduler.monitor",
                                               MONITORS)

        early = data.get("early_stopping")
        if early is not None:
            early = _object(early, "early_stopping", _EARLY_KEYS)
            early["patience"] = _whole(early.get("patience", 5), "early_stopping.patience", minimum=0)
            early["monitor"] = _choice(early.get("monitor", "val_loss"), "early_stopping.monitor", MONITORS)
            early["min_delta"] = _number(early.get("min_delta", 0.0), "early_stopping.min_delta", minimum=0.0)

        metrics = data.get("metrics", ["accuracy"])
        if not isinstance(metrics, list):
            raise _fail("metrics", f"must be a list of names, not {metrics!r}")
        for i, m in enumerate(metrics):
            _choice(m, f"metrics[{i}]", METRICS)

        return cls(dataset=ds, loss=loss, optimizer=optimizer, epochs=epochs, batch_size=batch_size, seed=seed,
                   scheduler=scheduler, early_stopping=early, metrics=list(metrics))

    # output -----------------------------------------------------------------------------------------------
    def to_dict(self) -> dict:
        """The settings as a design's ``training`` section (plain data, for checkpoints and saving)."""
        out = {"dataset": copy.deepcopy(self.dataset), "optimizer": dict(self.optimizer), "epochs": self.epochs,
               "batch_size": self.batch_size, "seed": self.seed, "metrics": list(self.metrics)}
        if self.loss is not None:
            out["loss"] = self.loss
        if self.scheduler is not None:
            out["scheduler"] = dict(self.scheduler)
        if self.early_stopping is not None:
            out["early_stopping"] = dict(self.early_stopping)
        return out

    @property
    def lr(self) -> float:
        return self.optimizer["lr"]
