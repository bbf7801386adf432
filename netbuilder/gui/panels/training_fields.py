"""The design's training settings as the training panel and the inspector edit them: values, checks, changes.

Nothing here defines a setting: names, bounds, defaults, choices and help all come from the torch-free schema
:mod:`netbuilder.core.design.settings`, which TrainConfig checks files against, so a field accepts exactly what a run
accepts. What is left is how a form shows a setting: "not set" as an empty choice, a sample limit of 0 as "all",
the inspector's parameter tree.
"""
from __future__ import annotations

import copy
from typing import Any

from ...core.datasets.catalog import COMMON_KEYS as COMMON_DATASET_KEYS  # options every dataset takes
from ...core.design.settings import DEFAULT_OPTIMIZER, EDITABLE, WITH_MOMENTUM, Setting, SettingError, momentum_problem
from ...core.text import msg
from ..common.i18n import tr, tr_text
from .fields import CommitTextParameter, float_step_opts

#: the flat names of the settings a form edits (``settingChanged``, ``set_training_options``)
TRAINING_KEYS = tuple(EDITABLE)
#: the settings the inspector shows: all but the sample limit and the scheduler, which only the panel shows, and
#: the augmentation list, which the Augment panel edits (``augment.py``)
INSPECTOR_KEYS = tuple(key for key in EDITABLE if key not in ("limit", "scheduler", "augment"))
#: the most a Qt spin box holds; a sample limit beyond it means "all" anyway
QT_SPIN_MAX = 2**31 - 1
ALL_SAMPLES = 0  # the sample-limit box's "all"

_AUTO = ""  # the list entry meaning "not set"

HELP = {
    "name": msg("The design's name, shown in the title bar and the exported code."),
    "description": msg("What this network is for, in a sentence or two. Ctrl+Enter or leaving the field applies it."),
    **{key: setting.help for key, setting in EDITABLE.items()},
}


#: how a run ended, as the progress line says it
_ENDED = {"completed": msg("completed"), "early_stopping": msg("early stopping"), "stopped": msg("stopped"),
          "diverged": msg("diverged"), "failed": msg("failed")}


def _clock(seconds: float | None) -> str:
    if seconds is None:
        return "?"
    seconds = int(round(seconds))
    h, rest = divmod(seconds, 3600)
    return f"{h}:{rest // 60:02d}:{rest % 60:02d}" if h else f"{rest // 60}:{rest % 60:02d}"


def ended_text(ended: str) -> str:
    """How a run ended (its status, ``early_stopping``), in words."""
    return tr_text(_ENDED.get(ended)) or ended.replace("_", " ")


def progress_line(info: dict, ended: str | None = None) -> str:
    """The training panel's progress line: epoch, batch, rate, times; how the run ended instead of a time left."""
    clock = _clock(info.get("seconds_left"))
    left = ended_text(ended) if ended else (tr("{clock} left  (paused)", clock=clock) if info.get("paused")
                                            else tr("{clock} left", clock=clock))
    return tr("epoch {epoch}/{epochs} · batch {batch:,}/{batches:,} · lr {lr:.3g} · {speed:,.0f} samples/s · "
              "{elapsed} elapsed · {left}", epoch=info["epoch"], epochs=info["first_epoch"] + info["epochs"],
              batch=info["batch"], batches=info["batches_per_epoch"], lr=info["lr"],
              speed=info["samples_per_second"], elapsed=_clock(info["elapsed"]), left=left)


def setting_default(key: str, optimizer: str | None = None) -> Any:
    """The schema's default for a flat key (the learning rate's and the weight decay's depend on the optimizer)."""
    return EDITABLE[key].default_for(optimizer)


def box_range(key: str) -> tuple:
    """What a field lets one type: the schema's bounds (an excluded bound, the learning rate's 0, is refused by
    :func:`check_training_value`, not by the box); the sample limit also takes 0, "all", up to what Qt holds."""
    setting = EDITABLE[key]
    if key == "limit":
        return ALL_SAMPLES, min(setting.high or QT_SPIN_MAX, QT_SPIN_MAX)
    return setting.low, setting.high


#: the scheduler's choices in words (the other choices are names: datasets, optimizers, losses)
_CHOICE_WORDS = {"step": msg("step"), "cosine": msg("cosine"), "plateau": msg("plateau")}


def choices_of(key: str) -> list[tuple[str, str]]:
    """(text, value) of a choice field; the optional ones (loss, scheduler) start with their "not set" entry."""
    names = [(tr_text(_CHOICE_WORDS[n]) if n in _CHOICE_WORDS else n, n) for n in EDITABLE[key].choices]
    return {"loss": [(tr("automatic"), _AUTO)], "scheduler": [(tr("none"), _AUTO)]}.get(key, []) + names


def optimizer_of(training: dict) -> dict:
    opt = training.get("optimizer", {"name": DEFAULT_OPTIMIZER})
    if isinstance(opt, str):
        return {"name": opt}
    return dict(opt) if isinstance(opt, dict) and opt else {"name": DEFAULT_OPTIMIZER}


def dataset_of(training: dict) -> dict:
    ds = training.get("dataset") or {}
    if isinstance(ds, str):
        return {"name": ds}
    return dict(ds) if isinstance(ds, dict) else {}


def _scheduler_of(training: dict) -> dict:
    scheduler = training.get("scheduler")
    return scheduler if isinstance(scheduler, dict) else {"name": scheduler}


def _stored(training: dict, setting: Setting) -> Any:
    section, _, leaf = setting.path.rpartition(".")
    holders = {"": lambda t: t, "dataset": dataset_of, "optimizer": optimizer_of, "scheduler": _scheduler_of}
    return holders[section](training).get(leaf)


def _unset(setting: Setting, value: Any) -> bool:
    """Whether ``value`` means "not set" for an optional setting (validation, limit, loss, scheduler)."""
    if setting.default is not None or setting.key == "dataset":
        return False
    if value is None:
        return True
    return value == _AUTO if setting.kind == "choice" else setting.key == "limit" and value == ALL_SAMPLES


def current_values(training: dict, keys: tuple[str, ...] = INSPECTOR_KEYS) -> dict[str, Any]:
    """Every editable training value, defaults filled in (what the trainer would use). A value the form cannot
    show (a file may hold anything) shows as its default; live validation reports the real problem."""
    name = optimizer_of(training).get("name", DEFAULT_OPTIMIZER)
    name = name if name in EDITABLE["optimizer"].choices else DEFAULT_OPTIMIZER
    values = {}
    for key in keys:
        setting = EDITABLE[key]
        value = name if key == "optimizer" else _stored(training, setting)
        # a name the lists do not offer stays, for the form to show as unknown
        if value is None or (key not in ("dataset", "scheduler") and check_training_value(training, key, value)):
            value = setting.default_for(name)
        values[key] = value
    if "dataset" in values and not isinstance(values["dataset"], str):
        values["dataset"] = _AUTO
    for key in ("loss", "scheduler"):
        if key in values and values[key] is None:
            values[key] = _AUTO
    if "limit" in values and values["limit"] is None:
        values["limit"] = ALL_SAMPLES
    if "validation" in values:
        values["validation"] = "" if values["validation"] is None else f"{values['validation']:g}"
    return values


def design_parameters(design) -> list:
    """ParameterTree children for the design view: a "design" group and a "training" group."""
    values = current_values(design.training)
    datasets = dict(choices_of("dataset"))
    if values["dataset"] not in datasets:
        datasets = {tr("(not set)") if not values["dataset"] else values["dataset"]: values["dataset"], **datasets}
    optimizer = values["optimizer"]
    kinds = {"choice": "list", "int": "int", "float": "float"}
    steps = {"lr": float_step_opts(setting_default("lr", optimizer)), "momentum": float_step_opts(0.9),
             "weight_decay": {**float_step_opts(1e-4), "minStep": 1e-5}}
    training = []
    for key in INSPECTOR_KEYS:
        setting = EDITABLE[key]
        field = dict(name=key, title=tr_text(setting.title or key), type=kinds[setting.kind], value=values[key],
                     tip=tr_text(HELP[key]), default=None)  # no reset button: there is no one right value
        if key == "validation":
            field["type"] = "str"  # empty: the dataset's default fraction
        elif setting.kind == "choice":
            field["limits"] = datasets if key == "dataset" else dict(choices_of(key))
        else:
            field.update(limits=box_range(key), **steps.get(key, {}))
        training.append(field)
    training[INSPECTOR_KEYS.index("momentum")]["enabled"] = optimizer in WITH_MOMENTUM
    meta = [dict(name="name", title=tr("name"), type="str", value=design.name, tip=tr_text(HELP["name"]), default=None),
            CommitTextParameter(name="description", title=tr("description"), type="text", value=design.description,
                                tip=tr_text(HELP["description"]), default=None)]
    return [dict(name="design", title=tr("Design"), type="group", children=meta),
            dict(name="training", title=tr("Training"), type="group", children=training)]


def check_training_value(training: dict, key: str, value: Any) -> str | None:
    """None when ``value`` may be stored under ``key``, else the reason in plain words, naming the field as the
    schema does (``learning rate (optimizer.lr): must be greater than 0; it is 0``)."""
    setting = EDITABLE.get(key)
    if setting is None:
        return msg("there is no training setting '{key}'; the settings are {names}", key=key,
                   names=", ".join(TRAINING_KEYS))
    if _unset(setting, value):
        return None
    try:
        setting.parse(value)
    except SettingError as exc:  # a part of a list names itself (``augment[0].p``)
        return msg("{field}: {problem}", field=setting.label if exc.path == setting.path else exc.path,
                   problem=exc.message)
    name = optimizer_of(training).get("name", DEFAULT_OPTIMIZER)
    problem = momentum_problem(name, value) if key == "momentum" else None
    return msg("{field}: {problem}", field=setting.label, problem=problem) if problem else None


def with_training_value(training: dict, key: str, value: Any) -> dict:
    """A copy of ``training`` with one setting changed (assumes ``check_training_value`` passed), stored where
    the schema's path says."""
    new = copy.deepcopy(training)
    setting = EDITABLE[key]
    unset = _unset(setting, value)
    value = None if unset else setting.parse(value)
    section, _, leaf = setting.path.rpartition(".")
    if section == "dataset":
        ds = dataset_of(new)
        if leaf == "name":  # another dataset: its own options go, the common ones stay
            ds = {k: v for k, v in ds.items() if k in COMMON_DATASET_KEYS or value == ds.get("name")}
            ds["name"] = value
        elif unset:
            ds.pop(leaf, None)
        else:
            ds[leaf] = value
        new["dataset"] = ds
    elif section == "scheduler":  # only its name is edited here; another kind starts from its defaults
        if unset:
            new.pop("scheduler", None)
        elif _scheduler_of(new).get("name") != value:
            new["scheduler"] = {"name": value}
    elif section == "optimizer":
        opt = optimizer_of(new)
        opt[leaf] = value
        if leaf == "name" and value not in WITH_MOMENTUM:
            opt.pop("momentum", None)
        new["optimizer"] = opt
    elif unset:
        new.pop(leaf, None)
    else:
        new[leaf] = value
    return new
