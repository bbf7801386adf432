"""The design's own settings as the inspector edits them when no layer is selected: name, description, training.

The names and defaults come from ``netbuilder.core.choices``, which imports no torch: the GUI must not load torch
just to show a form.
"""
from __future__ import annotations

import copy
import math
from typing import Any

from ...core.choices import DATASET_NAMES, DEFAULT_LR, LOSSES, OPTIMIZERS, SCHEDULERS
from ...core.errors import TrainingError
from ...core.train_config import MAX_BATCH_SIZE, MAX_EPOCHS, MAX_SEED, check_lr
from .fields import CommitTextParameter, float_step_opts

WITH_MOMENTUM = ("sgd", "rmsprop")
DEFAULTS = {"epochs": 10, "batch_size": 32, "seed": 0}
#: Dataset options that every dataset takes (others, such as a CSV's path, belong to one dataset).
COMMON_DATASET_KEYS = ("name", "validation", "limit", "normalize")
TRAINING_KEYS = ("dataset", "validation", "limit", "loss", "optimizer", "lr", "momentum", "weight_decay", "epochs",
                 "batch_size", "seed", "scheduler")
#: the core's bounds (train_config); a sample limit beyond a Qt spin box's 2**31 - 1 means "all" anyway
LIMITS = {"epochs": (1, MAX_EPOCHS), "batch_size": (1, MAX_BATCH_SIZE), "seed": (0, MAX_SEED),
          "limit": (1, 2**31 - 1)}
#: what a learning-rate box lets one type; whether the value may be used is check_lr's call (greater than 0)
LR_BOUNDS = (0.0, None)

_AUTO = ""  # the list entry meaning "not set"

HELP = {
    "name": "The design's name, shown in the title bar and the exported code.",
    "description": "What this network is for, in a sentence or two. Ctrl+Enter or leaving the field applies it.",
    "dataset": "What the network learns from.",
    "validation": "Fraction of the training samples held back to check progress (0 to 0.9). Empty: the default.",
    "loss": "How wrong a prediction is: mse or l1 for numbers, cross_entropy for classes, bce for yes/no. "
            "automatic: chosen from the dataset.",
    "optimizer": "How the weights move downhill: sgd is the plain rule, adam adapts the step per weight.",
    "lr": "Learning rate: the size of each step. Too big diverges, too small crawls.",
    "momentum": "sgd and rmsprop only: keep part of the previous step, like a rolling ball (0 to 1).",
    "weight_decay": "Pulls every weight a little towards zero at each step, against overfitting.",
    "epochs": "How many times the network sees the whole training set.",
    "batch_size": "How many samples are averaged for one step.",
    "seed": "Starting point of the random numbers: the same seed gives the same run.",
    "limit": "Train on only the first N training samples (empty or 0: all of them). Quick runs and overfitting "
             "demonstrations.",
    "scheduler": "How the learning rate changes from epoch to epoch: step (divide by 10 every 10 epochs), cosine "
                 "(glide down to 0), plateau (divide when progress stalls). none: constant.",
}


def optimizer_of(training: dict) -> dict:
    opt = training.get("optimizer", {"name": "adam"})
    if isinstance(opt, str):
        return {"name": opt}
    return dict(opt) if isinstance(opt, dict) and opt else {"name": "adam"}


def dataset_of(training: dict) -> dict:
    ds = training.get("dataset") or {}
    if isinstance(ds, str):
        return {"name": ds}
    return dict(ds) if isinstance(ds, dict) else {}


def current_values(training: dict) -> dict[str, Any]:
    """Every editable training value, defaults filled in (what the trainer would use). A value the form cannot
    show (a file may hold anything) shows as its default; live validation reports the real problem."""
    opt, ds = optimizer_of(training), dataset_of(training)
    name = opt.get("name", "adam")
    name = name if name in OPTIMIZERS else "adam"
    validation = ds.get("validation")
    values = {
        "dataset": ds.get("name", _AUTO) or _AUTO,
        "validation": validation,
        "loss": training.get("loss") or _AUTO,
        "optimizer": name,
        "lr": opt.get("lr", DEFAULT_LR.get(name, 1e-3)),
        "momentum": opt.get("momentum", 0.0),
        "weight_decay": opt.get("weight_decay", 0.01 if name == "adamw" else 0.0),
        **{k: training.get(k, v) for k, v in DEFAULTS.items()},
    }
    fallback = {"dataset": _AUTO, "validation": None, "loss": _AUTO, "lr": DEFAULT_LR.get(name, 1e-3),
                "momentum": 0.0, "weight_decay": 0.0, **DEFAULTS}
    for key, default in fallback.items():
        if values[key] != default and key != "dataset" and check_training_value({}, key, values[key]):
            values[key] = default
    if not isinstance(values["dataset"], str):
        values["dataset"] = _AUTO
    values["validation"] = "" if values["validation"] is None else f"{values['validation']:g}"
    return values


def design_parameters(design) -> list:
    """ParameterTree children for the design view: a "design" group and a "training" group."""
    values = current_values(design.training)
    datasets = {n: n for n in DATASET_NAMES}
    if values["dataset"] not in datasets:
        datasets = {"(not set)" if not values["dataset"] else values["dataset"]: values["dataset"], **datasets}
    optimizer = values["optimizer"]
    training = [
        dict(name="dataset", type="list", limits=datasets, value=values["dataset"]),
        dict(name="validation", title="validation fraction", type="str", value=values["validation"]),
        dict(name="loss", type="list", limits={"automatic": _AUTO, **{n: n for n in LOSSES}}, value=values["loss"]),
        dict(name="optimizer", type="list", limits=list(OPTIMIZERS), value=optimizer),
        dict(name="lr", title="learning rate (lr)", type="float", limits=LR_BOUNDS, value=values["lr"],
             **float_step_opts(DEFAULT_LR.get(optimizer, 1e-3))),
        dict(name="momentum", type="float", limits=(0.0, 1.0), value=values["momentum"],
             enabled=optimizer in WITH_MOMENTUM, **float_step_opts(0.9)),
        dict(name="weight_decay", title="weight decay", type="float", limits=(0.0, 1.0),
             value=values["weight_decay"], **{**float_step_opts(1e-4), "minStep": 1e-5}),
        dict(name="epochs", type="int", limits=LIMITS["epochs"], value=values["epochs"]),
        dict(name="batch_size", title="batch size", type="int", limits=LIMITS["batch_size"],
             value=values["batch_size"]),
        dict(name="seed", type="int", limits=LIMITS["seed"], value=values["seed"]),
    ]
    for field in training:
        field.update(tip=HELP[field["name"]], default=None)  # no reset button: there is no one right value
    meta = [dict(name="name", type="str", value=design.name, tip=HELP["name"], default=None),
            CommitTextParameter(name="description", type="text", value=design.description, tip=HELP["description"],
                                default=None)]
    return [dict(name="design", title="Design", type="group", children=meta),
            dict(name="training", title="Training", type="group", children=training)]


def check_training_value(training: dict, key: str, value: Any) -> str | None:
    """None when ``value`` may be stored under ``key``, else the reason in plain words."""
    if key not in TRAINING_KEYS:
        return f"there is no training setting '{key}'; the settings are {', '.join(TRAINING_KEYS)}"
    if key == "dataset":
        return None if value in DATASET_NAMES else f"the dataset must be one of {', '.join(DATASET_NAMES)}"
    if key == "loss":
        return None if value in (None, _AUTO, *LOSSES) else f"the loss must be one of {', '.join(LOSSES)}"
    if key == "optimizer":
        return None if value in OPTIMIZERS else f"the optimizer must be one of {', '.join(OPTIMIZERS)}"
    if key == "scheduler":
        ok = value in (None, _AUTO, *SCHEDULERS)
        return None if ok else f"the scheduler must be none or one of {', '.join(SCHEDULERS)}"
    if key == "limit" and value in (None, 0):
        return None
    if key in LIMITS:
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{key} must be a whole number, not {value!r}"
        low, high = LIMITS[key]
        if value < low:
            return f"{key} must be at least {low}; it is {value}"
        return None if value <= high else f"{key} must be at most {high:,}; it is {value:,}"
    if key == "validation" and value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return f"{key} must be a number, not {value!r}"
    if key == "lr":
        try:
            check_lr(value)
        except TrainingError as exc:
            return f"the learning rate {str(exc).split(': ', 1)[1]}"
    limits = {"validation": (0.0, 0.9), "momentum": (0.0, 1.0), "weight_decay": (0.0, None)}
    low, high = limits.get(key, (None, None))
    if low is not None and value < low:
        return f"{key} must be at least {low:g}; it is {value}"
    if high is not None and value > high:
        return f"{key} must be at most {high:g}; it is {value}"
    if key == "momentum" and value and optimizer_of(training).get("name", "adam") not in WITH_MOMENTUM:
        return f"{optimizer_of(training).get('name', 'adam')} has no momentum; only sgd and rmsprop have one"
    return None


def with_training_value(training: dict, key: str, value: Any) -> dict:
    """A copy of ``training`` with one setting changed (assumes ``check_training_value`` passed)."""
    new = copy.deepcopy(training)
    if key in ("dataset", "validation", "limit"):
        ds = dataset_of(new)
        if key == "dataset":
            ds = {k: v for k, v in ds.items() if k in COMMON_DATASET_KEYS or value == ds.get("name")}
            ds["name"] = value
        elif value is None or (key == "limit" and value == 0):
            ds.pop(key, None)
        else:
            ds[key] = float(value) if key == "validation" else int(value)
        new["dataset"] = ds
    elif key == "scheduler":
        if value in (None, _AUTO):
            new.pop("scheduler", None)
        elif (new.get("scheduler") or {}).get("name") != value:
            new["scheduler"] = {"name": value}
    elif key in ("optimizer", "lr", "momentum", "weight_decay"):
        opt = optimizer_of(new)
        if key == "optimizer":
            opt["name"] = value
            if value not in WITH_MOMENTUM:
                opt.pop("momentum", None)
        else:
            opt[key] = float(value)
        new["optimizer"] = opt
    elif key == "loss":
        if value in (None, _AUTO):
            new.pop("loss", None)
        else:
            new["loss"] = value
    else:
        new[key] = value
    return new
