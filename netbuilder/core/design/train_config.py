"""Training settings: the design's ``training`` section, checked once against the schema in
:mod:`netbuilder.core.design.settings` (bounds, defaults, choices), with every default filled in.

A bad value raises :class:`TrainingError` naming the field (``training.optimizer.lr: ...``), so the CLI and the
GUI can show the message as is.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from ..errors import TrainingError
from .settings import (SECTIONS, SETTING, SETTINGS, SettingError, augment_problem, keys_of, momentum_problem,
                       optimizer_defaults)
from ..text import msg

#: what each task measures per epoch, so what early stopping and the plateau scheduler can watch
TASK_MONITORS = {"classification": ("val_loss", "loss", "val_accuracy", "accuracy"),
                 "regression": ("val_loss", "loss", "val_mae", "mae", "val_r2", "r2")}
#: the command-line style overrides ``from_dict`` takes (each the flat key of a setting)
OVERRIDES = tuple(s.key for s in SETTINGS if s.override)


def _fail(where: str, message: str) -> TrainingError:
    return TrainingError(msg("training.{where}: {problem}", where=where, problem=message))


def _value(path: str, value: Any) -> Any:
    """``value`` checked by the schema's setting at ``path``, or a TrainingError naming the field."""
    try:
        return SETTING[path].parse(value)
    except SettingError as exc:
        raise _fail(exc.path, exc.message) from None


def _default(path: str, optimizer: str | None = None) -> Any:
    return SETTING[path].default_for(optimizer)


def check_lr(value: Any) -> float:
    """A learning rate as a float, or a TrainingError saying why not: the one rule for the file, the panel, the
    inspector and a rate changed during a run."""
    return _value("optimizer.lr", value)


#: the longest slow-motion delay after a batch, in seconds (teaching tools pace at about 0.2-0.25 s)
MAX_DELAY = 1.0


def check_delay(seconds: Any) -> float:
    """A slow-motion delay (seconds after each batch) as a float, or a TrainingError saying why not: the one rule
    for the session and the training panel's slider."""
    try:
        value = float(seconds)
    except (TypeError, ValueError):
        raise TrainingError(msg("the slow-motion delay must be a number of seconds, not {seconds!r}",
                                seconds=seconds)) from None
    if not 0.0 <= value <= MAX_DELAY:
        raise TrainingError(msg("the slow-motion delay must be between 0 and {limit:g} s, not {value:g}",
                                limit=MAX_DELAY, value=value))
    return value


def higher_is_better(monitor: str) -> bool:
    """True for the scores (accuracy, R^2), False for the errors (losses, MAE)."""
    return monitor.endswith(("accuracy", "r2"))


def check_monitors(config: "TrainConfig", task: str, dataset_name: str = msg("the dataset")) -> None:
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
            kind = msg("a classification") if task == "classification" else msg("a regression")
            raise _fail(where, msg("{monitor!r} is not measured on {dataset_name} ({kind} dataset); use one of "
                                   "{offered}", monitor=monitor, dataset_name=dataset_name, kind=kind,
                                   offered=', '.join(offered)))


def check_augment(config: "TrainConfig", input_shape) -> None:
    """Raise a TrainingError naming the field when the augmentation list cannot apply to the design's Input (it
    works on images, ``[channels, height, width]``). Torch-free; the Trainer and the script export call it."""
    problem = augment_problem(config.augment, input_shape)
    if problem:
        raise _fail("augment", problem)


def _object(value: Any, where: str, keys: tuple[str, ...]) -> dict:
    if not isinstance(value, dict):
        raise _fail(where, msg("must be an object, not {value!r}", value=value))
    unknown = sorted(set(value) - set(keys))
    if unknown:
        raise _fail(f"{where}.{unknown[0]}", msg("unknown setting (known: {keys})", keys=', '.join(keys)))
    return dict(value)


def _section(value: Any, where: str, scheduler: str | None = None) -> dict:
    """A ``scheduler`` (of kind ``scheduler``) or ``early_stopping`` object, each setting checked, defaults in."""
    keys = keys_of(where, scheduler)
    out = _object(value, where, keys)
    for key in keys:
        if key != "name":
            out[key] = _value(f"{where}.{key}", out.get(key, _default(f"{where}.{key}")))
    return out


@dataclass
class TrainConfig:
    """What to train on and how. ``loss`` None means: chosen from the dataset and the output when training starts
    (cross_entropy for several classes, bce for one output on two classes, mse for regression)."""

    dataset: dict = field(default_factory=dict)
    loss: str | None = None
    optimizer: dict = field(default_factory=lambda: optimizer_defaults(_default("optimizer.name")))
    epochs: int = _default("epochs")
    batch_size: int = _default("batch_size")
    seed: int = _default("seed")
    scheduler: dict | None = None
    early_stopping: dict | None = None
    metrics: list = field(default_factory=lambda: _default("metrics"))
    #: the augmentation steps applied to each training batch (:mod:`netbuilder.core.training.augment`)
    augment: list = field(default_factory=lambda: _default("augment"))

    # construction --------------------------------------------------------------------------------------
    @classmethod
    def from_dict(cls, training: dict | None, **overrides: Any) -> "TrainConfig":
        """Check a design's ``training`` dict; ``overrides`` (epochs, batch_size, lr, optimizer, seed, limit,
        validation) replace what it says; None values are ignored."""
        data = copy.deepcopy(training or {})
        if not isinstance(data, dict):
            raise TrainingError(msg("training: must be an object, not {data!r}", data=data))
        unknown = sorted(set(data) - set(SECTIONS))
        if unknown:
            raise _fail(unknown[0], msg("unknown setting (known: {keys})", keys=", ".join(SECTIONS)))
        overrides = {k: v for k, v in overrides.items() if v is not None}
        bad = sorted(set(overrides) - set(OVERRIDES))
        if bad:
            raise TypeError(f"TrainConfig.from_design got unknown override(s) {', '.join(bad)}")
        for key in ("epochs", "batch_size", "seed"):
            if key in overrides:
                data[key] = overrides[key]
        opt = data.get("optimizer", {"name": _default("optimizer.name")})
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
            raise _fail("dataset", msg("missing; choose a dataset in the training settings (for example mnist)"))
        if not isinstance(ds, dict) or not isinstance(ds.get("name"), str) or not ds["name"]:
            raise _fail("dataset", msg("must be an object with a 'name', not {ds!r}", ds=ds))
        for key in ("limit", "validation"):
            if ds.get(key) is not None:
                ds[key] = _value(f"dataset.{key}", ds[key])

        loss = data.get("loss")
        if loss is not None:
            _value("loss", loss)

        opt = _object(data.get("optimizer", {}), "optimizer", keys_of("optimizer"))
        name = _value("optimizer.name", opt.get("name", _default("optimizer.name")))
        optimizer = {key: _value(f"optimizer.{key}", opt.get(key, default))
                     for key, default in optimizer_defaults(name).items()}
        problem = momentum_problem(name, optimizer["momentum"])
        if problem:
            raise _fail("optimizer.momentum", problem)

        epochs, batch_size, seed = (_value(key, data.get(key, _default(key))) for key in ("epochs", "batch_size",
                                                                                         "seed"))
        scheduler = data.get("scheduler")
        if isinstance(scheduler, str):
            scheduler = {"name": scheduler}
        if scheduler is not None:
            if not isinstance(scheduler, dict):
                raise _fail("scheduler", msg("must be an object with a 'name', not {scheduler!r}", scheduler=scheduler))
            sname = _value("scheduler.name", scheduler.get("name"))
            scheduler = _section(scheduler, "scheduler", sname)

        early = data.get("early_stopping")
        if early is not None:
            early = _section(early, "early_stopping")

        metrics = _value("metrics", data.get("metrics", _default("metrics")))
        augment = _value("augment", data.get("augment", _default("augment")))
        return cls(dataset=ds, loss=loss, optimizer=optimizer, epochs=epochs, batch_size=batch_size, seed=seed,
                   scheduler=scheduler, early_stopping=early, metrics=list(metrics), augment=augment)

    # output -----------------------------------------------------------------------------------------------
    def to_dict(self) -> dict:
        """The settings as a design's ``training`` section (plain data, for checkpoints and saving)."""
        out = {"dataset": copy.deepcopy(self.dataset), "optimizer": dict(self.optimizer), "epochs": self.epochs,
               "batch_size": self.batch_size, "seed": self.seed, "metrics": list(self.metrics),
               "augment": copy.deepcopy(self.augment)}
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
