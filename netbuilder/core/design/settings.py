"""The schema of a design's ``training`` section: every setting's place, type, bounds, default, help and choices,
in one table that imports neither torch nor Qt.

Everything that checks, shows or parses a training setting reads it from here, so that they cannot disagree:
:class:`~netbuilder.core.design.train_config.TrainConfig`'s checks, the training panel's and the inspector's fields
(``gui/panels/training_fields.py``), ``MainWindow.set_training_options``, ``netbuilder train``'s options
(:meth:`Setting.argument_type`) and the exported script's ``--epochs`` (:func:`whole_number` is copied into the
script by source). The dataset's ``limit`` and ``validation`` take their bounds from the dataset catalog, whose
loader checks them without this package; the number rules themselves are :mod:`netbuilder.core.numbers`'. A plain
frozen-dataclass table, not pydantic: the editor imports it before torch to draw its form, and launch time counts.
"""
from __future__ import annotations

import argparse
from dataclasses import asdict, dataclass
from typing import Any

from ..datasets.catalog import COMMON_BOUNDS
from ..numbers import Bounds, number_problem, whole_problem
from .choices import DATASET_NAMES, LOSSES, METRICS, MONITORS, OPTIMIZERS, SCHEDULERS
from ..text import msg

#: the optimizers that take a momentum; any other refuses a momentum other than 0
WITH_MOMENTUM = ("sgd", "rmsprop")


class SettingError(ValueError):
    """A value a setting does not take: ``path`` (``optimizer.lr``, ``metrics[1]``) and the reason, in words."""

    def __init__(self, path: str, message: str):
        super().__init__(message)
        self.path, self.message = path, message


def whole_number(low: int, high: int):
    """An argparse ``type`` for a whole number in [low, high], so that a command line is refused with the words
    the design's file gets (the exported script's ``--epochs`` uses it, copied by source)."""
    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be a whole number, not {text!r}") from None
        problem = whole_problem(value, low, high)
        if problem:
            raise argparse.ArgumentTypeError(problem)
        return value
    return parse


def real_number(low: float | None = None, high: float | None = None, above: bool = False):
    """An argparse ``type`` for a finite number in [low, high] (above ``low`` with ``above``): the counterpart of
    :func:`whole_number` for a setting such as the learning rate, refused with the words the design's file gets."""
    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"must be a number, not {text!r}") from None
        problem = number_problem(value, low, high, above)
        if problem:
            raise argparse.ArgumentTypeError(problem)
        return value
    return parse


@dataclass(frozen=True)
class Setting:
    """One training setting. ``path`` is where it lives in the training section (``optimizer.lr``); ``key`` the
    flat name the panel, ``set_training_options`` and the command line use (None: edited in the file only);
    ``kind`` is ``int``, ``float``, ``choice`` or ``names`` (a list of choices); ``above`` makes ``low``
    exclusive; ``default`` may be a dict by optimizer name; ``only`` names the scheduler a setting belongs to;
    ``override``: ``TrainConfig.from_dict`` takes it as a command-line style override (``netbuilder train
    --epochs``)."""

    path: str
    kind: str
    help: str
    key: str | None = None
    title: str | None = None
    default: Any = None
    low: float | None = None
    high: float | None = None
    above: bool = False
    choices: tuple = ()
    only: tuple = ()
    override: bool = False

    @property
    def label(self) -> str:
        """How a message names it: its title and, when they differ, its path (``learning rate (optimizer.lr)``)."""
        title = self.title or self.path
        return title if title == self.path else msg("{title} ({path})", title=title, path=self.path)

    def default_for(self, optimizer: str | None = None) -> Any:
        """The default, which for the learning rate and the weight decay depends on the optimizer (None or an
        unknown name: the default optimizer's)."""
        if isinstance(self.default, dict):
            return self.default.get(optimizer, self.default[DEFAULT_OPTIMIZER])
        return list(self.default) if isinstance(self.default, tuple) else self.default

    @property
    def bounds(self) -> Bounds:
        """What a number setting may be (its kind and range), as :mod:`netbuilder.core.numbers` checks it."""
        return Bounds(self.kind, self.low, self.high, self.above)

    def argument_type(self):
        """An argparse ``type`` that refuses, as the command line is parsed, what this number setting does not
        take (``netbuilder train --lr 0``), in the words the design's file gets."""
        if self.kind == "int":
            return whole_number(self.low, self.high)
        return real_number(self.low, self.high, self.above)

    def parse(self, value: Any) -> Any:
        """``value`` as this setting holds it (an int, a float, a name, a list of names), or a SettingError."""
        if self.kind == "names":
            if not isinstance(value, list):
                raise SettingError(self.path, msg("must be a list of names, not {value!r}", value=value))
            for i, item in enumerate(value):
                if item not in self.choices:
                    raise SettingError(f"{self.path}[{i}]", msg("{item!r} is not one of {choices}", item=item,
                                                                choices=', '.join(self.choices)))
            return list(value)
        if self.kind == "augment":
            return augment_steps(value, self.path)
        if self.kind == "choice":
            if value not in self.choices:
                raise SettingError(self.path, msg("{value!r} is not one of {choices}", value=value,
                                                  choices=', '.join(self.choices)))
            return value
        problem = self.bounds.problem(value)
        if problem:
            raise SettingError(self.path, problem)
        return self.bounds.cast(value)


SETTINGS: tuple[Setting, ...] = (
    Setting("dataset.name", "choice", msg("What the network learns from."), key="dataset", title=msg("dataset"),
            choices=DATASET_NAMES),
    # the dataset's common options: their kind and bounds are the catalog's (the loader checks them there)
    Setting("dataset.validation", help=msg("Fraction of the training samples held back to check progress (0 to "
                                           "0.9). Empty: the default."),
            key="validation", title=msg("validation fraction"), override=True,
            **asdict(COMMON_BOUNDS["validation"])),
    Setting("dataset.limit", help=msg("Train on only the first N training samples (empty or 0: all of them). Quick "
                                      "runs and overfitting demonstrations."),
            key="limit", title=msg("samples"), override=True,
            **asdict(COMMON_BOUNDS["limit"])),
    Setting("loss", "choice", msg("How wrong a prediction is: mse or l1 for numbers, cross_entropy for classes, bce "
                                  "for yes/no. automatic: chosen from the dataset."), key="loss", choices=LOSSES),
    Setting("optimizer.name", "choice", msg("How the weights move downhill: sgd is the plain rule, adam adapts the "
                                            "step per weight."),
            key="optimizer", title=msg("optimizer"), default="adam", choices=OPTIMIZERS,
            override=True),
    Setting("optimizer.lr", "float", msg("Learning rate: the size of each step. Too big diverges, too small crawls."),
            key="lr", title=msg("learning rate"), low=0.0, above=True, override=True,
            # torch's own default per optimizer, used when the design gives none
            default={"sgd": 0.01, "adam": 1e-3, "adamw": 1e-3, "rmsprop": 1e-2}),
    Setting("optimizer.momentum", "float", msg("sgd and rmsprop only: keep part of the previous step, like a "
                                               "rolling ball (0 to 1)."),
            key="momentum", title=msg("momentum"), default=0.0, low=0.0, high=1.0),
    Setting("optimizer.weight_decay", "float", msg("Pulls every weight a little towards zero at each step, against "
                                                   "overfitting."),
            key="weight_decay", title=msg("weight decay"), low=0.0,
            default={"sgd": 0.0, "adam": 0.0, "adamw": 0.01, "rmsprop": 0.0}),  # torch's own, as the lr's
    # bounds: torch seeds are 64-bit (and the trainer adds the run number to the seed); a batch or epoch count
    # beyond these is a typo, not a plan
    Setting("epochs", "int", msg("How many times the network sees the whole training set."), key="epochs", default=10,
            low=1, high=1_000_000, override=True, title=msg("epochs")),
    Setting("batch_size", "int", msg("How many samples are averaged for one step."), key="batch_size",
            title=msg("batch size"), default=32, low=1, high=10_000_000, override=True),
    Setting("seed", "int", msg("Starting point of the random numbers: the same seed gives the same run."), key="seed",
            default=0, low=0, high=2**63 - 1, override=True, title=msg("seed")),
    Setting("scheduler.name", "choice", msg("How the learning rate changes from epoch to epoch: step (divide by 10 "
                                            "every 10 epochs), cosine (glide down to 0), plateau (divide when "
                                            "progress stalls). none: constant."),
            key="scheduler", title=msg("scheduler"), choices=SCHEDULERS),
    Setting("scheduler.step_size", "int", msg("step: epochs between two cuts of the rate."), default=10, low=1,
            only=("step",)),
    Setting("scheduler.gamma", "float", msg("step: what each cut multiplies the rate by."), default=0.1, low=0.0,
            above=True, only=("step",)),
    Setting("scheduler.eta_min", "float", msg("cosine: the rate at the last epoch."), default=0.0, low=0.0,
            only=("cosine",)),
    Setting("scheduler.patience", "int", msg("plateau: epochs without progress before a cut."), default=5, low=0,
            only=("plateau",)),
    Setting("scheduler.factor", "float", msg("plateau: what each cut multiplies the rate by."), default=0.1, low=0.0,
            high=0.999999, above=True, only=("plateau",)),
    Setting("scheduler.monitor", "choice", msg("plateau: the metric that must improve."), default="val_loss",
            choices=MONITORS, only=("plateau",)),
    Setting("early_stopping.patience", "int", msg("Epochs without progress before the run stops."), default=5, low=0),
    Setting("early_stopping.monitor", "choice", msg("The metric that must improve."), default="val_loss",
            choices=MONITORS),
    Setting("early_stopping.min_delta", "float", msg("The least change that counts as progress."), default=0.0,
            low=0.0),
    Setting("metrics", "names", msg("What to measure after each epoch."), default=("accuracy",), choices=METRICS),
    Setting("augment", "augment", msg("Random changes to each training batch of images (never to validation or "
                                      "test): a list of {\"type\": flip, rotation, crop, color or noise, and its "
                                      "parameters}."), key="augment",
            title=msg("augmentation"), default=()),  # edited on the Augment panel, not the training panel's form
)
#: each setting by its path
SETTING = {s.path: s for s in SETTINGS}
#: the settings the panel, the inspector and ``set_training_options`` edit, by their flat key
EDITABLE = {s.key: s for s in SETTINGS if s.key}
#: what a person may set on the training panel (``MainWindow.set_training_options``, a lesson's "set" step): the
#: editable settings and the machine's device (not the design's)
OPTIONS = (*EDITABLE, "device")
DEFAULT_OPTIMIZER = SETTING["optimizer.name"].default
#: the keys a design's training section may hold
SECTIONS = tuple(dict.fromkeys(s.path.split(".")[0] for s in SETTINGS))


def usable(path: str, value: Any, optimizer: str | None = None) -> Any:
    """``value`` as the setting at ``path`` holds it when it is valid, else the setting's default: for an estimate
    or a form that shows something sensible while validation reports the problem."""
    try:
        return SETTING[path].parse(value)
    except SettingError:
        return SETTING[path].default_for(optimizer)


def keys_of(section: str, scheduler: str | None = None) -> tuple[str, ...]:
    """The keys a section object (``optimizer``, ``scheduler`` of one kind, ``early_stopping``) may hold."""
    return tuple(s.path.split(".", 1)[1] for s in SETTINGS if s.path.startswith(section + ".")
                 and (not s.only or scheduler in s.only))


def optimizer_defaults(name: str) -> dict:
    """The full ``optimizer`` object ``name`` trains with when the design says nothing else."""
    return {"name": name, **{key: SETTING[f"optimizer.{key}"].default_for(name) for key in keys_of("optimizer")
                             if key != "name"}}


def momentum_problem(optimizer: str, momentum: Any) -> str | None:
    """None unless a momentum other than 0 is set for an optimizer that has none."""
    if momentum and optimizer not in WITH_MOMENTUM:
        return f"{optimizer} has no momentum setting (only {' and '.join(WITH_MOMENTUM)} do)"
    return None


# the augmentation list: each step's type and its parameters, checked like any setting ----------------------------
#: each augmentation's parameters (a Setting each: kind, bounds, default, help), by the step's type
AUGMENT_PARAMS: dict[str, tuple[Setting, ...]] = {
    "flip": (Setting("p", "float", msg("How likely each image is flipped."), default=0.5, low=0.0, high=1.0),
             Setting("direction", "choice", msg("horizontal (left-right) or vertical (upside down)."),
                     default="horizontal", choices=("horizontal", "vertical"))),
    "rotation": (Setting("degrees", "float", msg("Each image turns by a random angle in [-degrees, degrees]."),
                         default=15.0, low=0.0, high=180.0),),
    "crop": (Setting("scale", "float", msg("Random resized crop: each image keeps a random part of at least this "
                                           "fraction of its area, stretched back to full size."),
                     default=0.8, low=0.0, high=1.0,
                     above=True),),
    "color": tuple(Setting(name, "float", msg("Colour jitter: {name} multiplied by a random factor in [1 - {name}, "
                                              "1 + {name}].", name=name), default=0.2, low=0.0, high=1.0)
                   for name in ("brightness", "contrast", "saturation")),
    "noise": (Setting("std", "float", msg("Gaussian noise of this standard deviation, on pixels from 0 to 1."),
                      default=0.05, low=0.0, high=1.0),),
}


def augment_steps(value: Any, path: str = "augment") -> list[dict]:
    """An augmentation list as the trainer applies it: each step a dict with its ``type`` and every parameter
    (defaults filled in), or a SettingError naming the field (``augment[1].degrees``)."""
    if not isinstance(value, (list, tuple)):
        raise SettingError(path, msg("must be a list of steps such as {{\"type\": \"flip\"}}, not {value!r}",
                                     value=value))
    steps = []
    for i, step in enumerate(value):
        where = f"{path}[{i}]"
        if isinstance(step, str):
            step = {"type": step}
        if not isinstance(step, dict):
            raise SettingError(where, msg("must be an object with a 'type', not {step!r}", step=step))
        kind = step.get("type")
        if kind not in AUGMENT_PARAMS:
            raise SettingError(f"{where}.type", msg("{kind!r} is not one of {kinds}", kind=kind,
                                                    kinds=', '.join(AUGMENT_PARAMS)))
        params = {p.path: p for p in AUGMENT_PARAMS[kind]}
        unknown = sorted(set(step) - {"type", *params})
        if unknown:
            known = ", ".join(params) or "none"
            raise SettingError(f"{where}.{unknown[0]}", msg("unknown parameter of {kind} (known: {known})", kind=kind,
                                                            known=known))
        out = {"type": kind}
        for name, param in params.items():
            try:
                out[name] = param.parse(step.get(name, param.default))
            except SettingError as exc:
                raise SettingError(f"{where}.{name}", exc.message) from None
        steps.append(out)
    return steps


def augment_problem(steps: list, input_shape) -> str | None:
    """None when an augmentation list (checked) can be applied to the design's Input, else why not in one line:
    the steps work on images, ``[channels, height, width]``."""
    if not steps:
        return None
    shape = list(input_shape) if input_shape is not None else None
    if shape is None or len(shape) != 3:
        return (f"augmentation works on images ([channels, height, width]); the design's Input is {shape}: remove "
                "the augment list or train on images")
    if any(s["type"] == "color" for s in steps) and shape[0] not in (1, 3):
        return f"color jitter needs 1 or 3 channels; the design's Input has {shape[0]}"
    return None
