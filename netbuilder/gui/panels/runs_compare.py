"""The parallel-coordinates plot's pure rules (no Qt): one axis per setting that varies between the runs and one
for the final metric, each run's place on each axis (0 at the bottom, 1 at the top: numbers from their smallest
to their largest, the learning rate on a log scale, choices evenly spaced), the texts at an axis's ends, which
runs a set of axis ranges keeps, and what "use the settings of a run" changes in a design. Settings go by the
settings schema's words (``learning rate``, ``batch size``) and a layer's size or dropout by the layer's name
(``hidden1 units``), as the Sweep dialog says them."""
from __future__ import annotations

import copy
import math
from dataclasses import dataclass, field

from ...core.design.settings import SETTING
from ...core.session.importance import choice_text, metric_value, run_metric, run_settings, setting_kind
from ...core.session.sweep_params import DROPOUTS, UNITS
from ...core.text import msg

#: a metric whose largest value is this many times its smallest is drawn on a log scale
LOG_METRIC = 30
#: how the metrics read under their axis
#: a numeric setting with at most this many values labels each; with more, only its ends
FEW = 6
METRIC_LABELS = {"val_loss": msg("val loss"), "loss": msg("loss"), "val_accuracy": msg("val accuracy"),
                 "accuracy": msg("accuracy"), "val_mae": msg("val MAE"), "mae": msg("MAE")}
#: how a run ended (its status), in words
_STATES = {"completed": msg("completed"), "early_stopping": msg("early stopping"), "stopped": msg("stopped"),
           "diverged": msg("diverged"), "failed": msg("failed"), "pruned": msg("pruned")}


@dataclass
class Axis:
    """One vertical axis: ``name`` (the setting's flattened name, or the metric's), ``label`` (under it), ``kind``
    (``log``, ``float``, ``int``, ``choice``), the span ``low``..``high`` of its numbers (a log axis: of their
    logarithms), ``choices`` (a choice axis's labels, bottom to top) and ``positions``, each run's place (0..1,
    None where a run has no value)."""

    name: str
    label: str
    kind: str
    low: float = 0.0
    high: float = 1.0
    choices: list[str] = field(default_factory=list)
    positions: list[float | None] = field(default_factory=list)
    values: list = field(default_factory=list)
    metric: bool = False

    def ends(self) -> tuple[str, str]:
        """The texts at the bottom and the top of the axis."""
        if self.kind == "choice":
            return (self.choices[0], self.choices[-1]) if self.choices else ("", "")
        if self.kind == "log":
            return f"{10 ** self.low:.3g}", f"{10 ** self.high:.3g}"
        if self.kind == "int":
            return f"{int(self.low)}", f"{int(self.high)}"
        return f"{self.low:.4g}", f"{self.high:.4g}"

    def ticks(self) -> list[tuple[float, str]]:
        """The labelled places (bottom to top): each choice; each value of a setting with at most
        :data:`FEW` values (batch sizes, units); else the ends."""
        if self.kind == "choice":
            return [(_spread(i, len(self.choices)), text) for i, text in enumerate(self.choices)]
        if self.metric or len({v for v in self.values if v is not None}) > FEW:
            return [(0.0, self.ends()[0]), (1.0, self.ends()[1])] if self.positions else []
        pairs = {p: v for p, v in zip(self.positions, self.values) if p is not None}
        return [(p, f"{pairs[p]:.3g}" if isinstance(pairs[p], float) else str(pairs[p])) for p in sorted(pairs)]

    def value_at(self, position: float):
        """The number (or, on a choice axis, the nearest choice) at a place 0..1 on the axis."""
        if self.kind == "choice":
            if not self.choices:
                return None
            return self.choices[min(range(len(self.choices)), key=lambda i: abs(_spread(i, len(self.choices))
                                                                                 - position))]
        number = self.low + position * (self.high - self.low)
        return 10 ** number if self.kind == "log" else number


def setting_label(name: str, design: dict | None = None) -> str:
    """How a setting reads (a flattened training setting, or a parameter ``NODE.PARAM`` of a layer of ``design``):
    the settings schema's title (``optimizer.lr``: ``learning rate``); a layer's size as ``NODE units``, its
    dropout as ``NODE dropout`` (the Sweep dialog's words); else the name."""
    setting = SETTING.get(name)
    if setting is not None:
        return setting.title or setting.key or setting.path
    node_id, dot, param = name.rpartition(".")
    kind = {n["id"]: n["type"] for n in (design or {}).get("nodes", ())}.get(node_id)
    if not dot or kind is None:
        return name
    if UNITS.get(kind) == param:
        return msg("{node} units", node=node_id)
    if param == "dropout" or (param == "p" and kind in DROPOUTS):
        return msg("{node} dropout", node=node_id)
    return f"{node_id} {param}"


def run_state(record) -> str:
    """How a run ended, in words: its status (``completed``, ``early stopping``, ``stopped``), or ``pruned`` for a
    sweep's trial the sweep pruned (its status is ``stopped``: :attr:`RunRecord.sweep_state` tells them apart)."""
    if getattr(record, "sweep_state", None) == "pruned":
        return _STATES["pruned"]
    return _STATES.get(record.status) or record.status.replace("_", " ")


def metric_label(metric: str) -> str:
    """How a metric reads (``val_loss``: ``val loss``)."""
    return METRIC_LABELS.get(metric, metric.replace("_", " "))


def _spread(i: int, n: int) -> float:
    return 0.5 if n <= 1 else i / (n - 1)


def _sort_key(text: str):
    try:
        return (0, float(text), text)
    except ValueError:
        return (1, 0.0, text)


def _axis(name: str, label: str, values: list, kind: str, metric: bool = False) -> Axis:
    axis = Axis(name, label, kind, values=list(values), metric=metric)
    if kind == "choice":
        texts = [choice_text(v) for v in values]
        axis.choices = sorted(set(texts), key=_sort_key)
        axis.positions = [_spread(axis.choices.index(t), len(axis.choices)) for t in texts]
        return axis
    numbers = [None if v is None else (math.log10(v) if kind == "log" else float(v)) for v in values]
    present = [x for x in numbers if x is not None]
    if not present:
        axis.positions = [None] * len(values)
        return axis
    axis.low, axis.high = min(present), max(present)
    span = axis.high - axis.low
    axis.positions = [None if x is None else (0.5 if span == 0 else (x - axis.low) / span) for x in numbers]
    return axis


def axes_of(records) -> list[Axis]:
    """One axis per setting that varies between ``records`` (in :func:`run_settings`'s order), then the final
    metric's (:func:`run_metric`); none when fewer than 2 runs."""
    records = list(records)
    if len(records) < 2:
        return []
    out = []
    for name, values in run_settings(records).items():
        out.append(_axis(name, setting_label(name, records[0].design), values, setting_kind(name, values)))
    metric, direction = run_metric(records)
    values = [metric_value(r, metric) for r in records]
    present = [v for v in values if v is not None]
    log = bool(present) and min(present) > 0 and max(present) >= LOG_METRIC * min(present)  # losses near 0 apart
    words = metric_label(metric)
    if direction == "minimize":
        label = msg("{metric}\n(log, lower is better)", metric=words) if log else msg("{metric}\n(lower is better)",
                                                                                      metric=words)
    else:
        label = msg("{metric}\n(log, higher is better)", metric=words) if log else msg("{metric}\n(higher is better)",
                                                                                       metric=words)
    out.append(_axis(metric, label, values, "log" if log else "float", metric=True))
    return out


def kept(axes: list[Axis], ranges: dict[str, tuple[float, float]], index: int) -> bool:
    """Whether run ``index`` lies within every axis range (``name -> (low, high)`` in places 0..1); a run with no
    value on a filtered axis does not."""
    for axis in axes:
        if axis.name not in ranges:
            continue
        low, high = sorted(ranges[axis.name])
        place = axis.positions[index]
        if place is None or not low - 1e-9 <= place <= high + 1e-9:
            return False
    return True


def settings_to_use(design: dict, run_design: dict) -> tuple[dict | None, dict[str, dict]]:
    """What "use the settings of this run" changes in ``design`` (both plain design dicts): the run's training
    section (None when it is the design's already), and, when the run's network has the same layers (ids and
    types) and connections as the design, the parameters of each layer whose parameters differ
    (``node id -> the run's params``): a sweep's units or dropout. A run of another network gives its training
    settings only."""
    training = copy.deepcopy(run_design.get("training"))
    if training is None or training == design.get("training"):
        training = None
    mine = {n["id"]: n for n in design.get("nodes", [])}
    theirs = {n["id"]: n for n in run_design.get("nodes", [])}

    def edges(d: dict) -> set:
        return {(e["source"], e["target"], e.get("port", 0)) for e in d.get("edges", [])}

    same_shape = (mine.keys() == theirs.keys() and all(mine[k]["type"] == theirs[k]["type"] for k in mine)
                  and edges(design) == edges(run_design))
    params = {}
    if same_shape:
        for node_id, node in theirs.items():
            if (node.get("params") or {}) != (mine[node_id].get("params") or {}):
                params[node_id] = copy.deepcopy(node.get("params") or {})
    return training, params
