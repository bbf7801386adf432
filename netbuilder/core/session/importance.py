"""Which setting mattered: the settings that differ between runs, the metric that judges them, the best run, and
each setting's importance (how much of the metric's spread it explains) by Optuna's default importance evaluator
on an in-memory study made from the runs.

The runs are :class:`~netbuilder.core.session.runs.RunRecord` objects (a window's runs, a sweep's trials); a
setting is a flattened training setting (``optimizer.lr``, ``batch_size``) or a layer parameter
(``hidden.out_features``, ``drop.p``) of a layer every run's network has. This module imports neither torch nor
optuna when it loads: optuna comes with the first :func:`setting_importance`.
"""
from __future__ import annotations

import math
import warnings
from typing import Any

#: the settings never compared: the metrics shown are not a choice, the device does not change the result
HIDDEN = ("metrics", "device")
#: the final metric that judges runs: the first of these any run has, and which way is better
METRICS = (("val_loss", "minimize"), ("loss", "minimize"), ("val_mae", "minimize"), ("mae", "minimize"),
           ("val_accuracy", "maximize"), ("accuracy", "maximize"))
#: the settings whose numbers are compared on a log scale (when all are positive)
LOG_SETTINGS = ("lr", "weight_decay")
#: the importance's best group holds about this many runs (Optuna's default, the best 10%, is one run of ten)
BEST_GROUP = 3


def run_metric(records) -> tuple[str, str]:
    """The final metric to judge these runs by and its direction: ``("val_loss", "minimize")`` when any run has a
    validation loss, else the training loss, ... (:data:`METRICS`)."""
    for name, direction in METRICS:
        if any(name in r.final for r in records):
            return name, direction
    return "loss", "minimize"


def metric_value(record, metric: str) -> float | None:
    """The run's final ``metric``, or None when it has none (a failed run) or it is not finite."""
    if record.status == "failed":
        return None
    value = record.final.get(metric)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    return float(value)


def _flat(settings: dict, prefix: str = "") -> dict[str, Any]:
    from .runs import flat_settings  # torch comes with runs.py: only once there are runs to compare
    return flat_settings(settings, prefix)


def _layer_params(design: dict) -> dict[str, tuple[str, dict]]:
    return {n["id"]: (n["type"], dict(n.get("params") or {})) for n in design.get("nodes", [])}


def run_settings(records) -> dict[str, list]:
    """Each setting that is not the same in every run -> its value in each run (None where a run lacks it), in a
    stable order: the training settings first, then the layer parameters (``NODE.PARAM``) of the layers that every
    run's network has with the same type."""
    records = list(records)
    if len(records) < 2:
        return {}
    flats = [_flat(r.settings) for r in records]
    names: list[str] = []
    for flat in flats:
        names += [k for k in flat if k not in names and k.split(".")[0] not in HIDDEN]
    out = {k: [f.get(k) for f in flats] for k in names}
    layers = [_layer_params(r.design or {}) for r in records]
    for node_id, (kind, params) in layers[0].items():
        if not all(node_id in other and other[node_id][0] == kind for other in layers[1:]):
            continue
        keys = list(params) + [k for other in layers[1:] for k in other[node_id][1] if k not in params]
        for key in dict.fromkeys(keys):
            name = f"{node_id}.{key}"
            if name not in out:
                out[name] = [other[node_id][1].get(key) for other in layers]
    return {k: v for k, v in out.items() if len({repr(x) for x in v}) > 1}


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def setting_kind(name: str, values) -> str:
    """How a setting's values compare: ``"log"`` (the learning rate, weight decay: positive numbers on a log
    scale), ``"float"``, ``"int"`` or ``"choice"`` (words, switches, or a mix)."""
    if not values or not all(_number(v) for v in values):
        return "choice"
    if name.split(".")[-1] in LOG_SETTINGS and all(v > 0 for v in values):
        return "log"
    return "int" if all(isinstance(v, int) for v in values) else "float"


def choice_text(value) -> str:
    """A setting's value as a choice's label."""
    if isinstance(value, float):
        return f"{value:.4g}"
    return "none" if value is None else str(value)


def best_run(records, metric: str | None = None):
    """The run with the best final ``metric`` (:func:`run_metric`'s when None), or None when none has one."""
    records = list(records)
    name, direction = (metric, _direction(metric)) if metric else run_metric(records)
    scored = [(metric_value(r, name), r) for r in records]
    scored = [(v, r) for v, r in scored if v is not None]
    if not scored:
        return None
    pick = min if direction == "minimize" else max
    return pick(scored, key=lambda pair: pair[0])[1]


def _direction(metric: str) -> str:
    return dict(METRICS).get(metric, "maximize" if "accuracy" in metric else "minimize")


def evaluator(count: int):
    """Optuna's default importance evaluator (PED-ANOVA) for ``count`` results: its best group the best
    :data:`BEST_GROUP` or so (Optuna's default, the best 10%, is a single run of ten: its ranking then says more
    about chance than about the settings)."""
    from optuna.importance import PedAnovaImportanceEvaluator
    return PedAnovaImportanceEvaluator(target_quantile=max(0.1, min(0.5, BEST_GROUP / max(count, 1))))


def setting_importance(records, metric: str | None = None) -> dict[str, float]:
    """Each varying setting -> its share (0..1, summing to 1) of the final metric's spread, from Optuna's default
    importance evaluator (PED-ANOVA: how differently a setting's values are spread in the best runs than in all)
    on an in-memory study with one trial per run that has the metric. The best group holds about
    :data:`BEST_GROUP` runs (Optuna's 10% would be one run of a few). Highest first; ``{}`` when fewer than 2 runs
    have the metric, nothing varies, or the metric is the same in every run."""
    records = list(records)
    name, direction = (metric, _direction(metric)) if metric else run_metric(records)
    usable = [r for r in records if metric_value(r, name) is not None]
    varying = run_settings(usable)
    values = [metric_value(r, name) for r in usable]
    if len(usable) < 2 or not varying or max(values) == min(values):
        return {}
    import optuna
    from optuna.distributions import CategoricalDistribution, FloatDistribution, IntDistribution

    distributions, columns = {}, {}
    for key, seen in varying.items():
        kind = setting_kind(key, seen)
        if kind == "choice":
            texts = [choice_text(v) for v in seen]
            distributions[key] = CategoricalDistribution(sorted(set(texts)))
            columns[key] = texts
        elif kind == "int":
            distributions[key] = IntDistribution(min(seen), max(seen))
            columns[key] = seen
        else:
            distributions[key] = FloatDistribution(float(min(seen)), float(max(seen)), log=kind == "log")
            columns[key] = [float(v) for v in seen]
    verbosity = optuna.logging.get_verbosity()
    optuna.logging.set_verbosity(optuna.logging.WARNING)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # the evaluator is marked experimental
            study = optuna.create_study(direction=direction)
            for i, value in enumerate(values):
                params = {k: column[i] for k, column in columns.items()}
                study.add_trial(optuna.trial.create_trial(params=params, distributions=distributions, value=value))
            found = optuna.importance.get_param_importances(study, evaluator=evaluator(len(values)))
    finally:
        optuna.logging.set_verbosity(verbosity)
    return {k: float(v) for k, v in sorted(found.items(), key=lambda kv: -kv[1])}
