"""Which setting mattered: the settings that differ between runs, the metric that judges them, the best run, and
each setting's importance (how much of the metric's spread it explains) by Optuna's default importance evaluator
on an in-memory study made from the runs.

The one rule, for the window's runs view and the sweep (its CLI table, its best trial, its importance): a run's
final value is :func:`run_value` (the best epoch's when early stopping kept its weights, else the last whole
epoch's; none for a run that did not finish: stopped, pruned by a sweep, diverged, failed); which way is better is
:func:`metric_direction`; the importance is :func:`importance_of` over the runs that have a value.

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
           ("val_accuracy", "maximize"), ("accuracy", "maximize"), ("val_r2", "maximize"), ("r2", "maximize"))
#: the run statuses that give a final value: runs that finished (all their epochs, or early stopping's end)
FINISHED = ("completed", "early_stopping")
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


def metric_direction(metric: str) -> str:
    """``minimize`` for a loss or an error (``loss``, ``val_mae``), ``maximize`` for a score (``val_accuracy``,
    ``r2``)."""
    base = metric[4:] if metric.startswith("val_") else metric
    return "maximize" if base in ("accuracy", "r2") or "accuracy" in base else "minimize"


def run_value(record, metric: str | None = None) -> tuple[str, float | None]:
    """(the metric's name, the run's final value of it): the value at the best epoch when early stopping kept its
    weights, else at the last whole epoch. The name is ``metric``, else ``val_loss`` when the run has it, else
    ``loss``. The value is None for a run that did not finish (:data:`FINISHED`: a run stopped by a person or
    pruned by a sweep, a diverged or failed one), lacks the metric, or has no finite value of it."""
    epochs = [m for m in record.history if not m.get("partial")]
    if record.best_epoch is not None:
        epochs = [m for m in epochs if m.get("epoch") == record.best_epoch] or epochs
    last = epochs[-1] if epochs else {}
    name = metric or ("val_loss" if "val_loss" in last else "loss")
    value = last.get(name)
    if record.status not in FINISHED or not _number(value):
        return name, None
    return name, float(value)


def metric_value(record, metric: str) -> float | None:
    """The run's final ``metric`` (:func:`run_value`'s), None when it has none."""
    return run_value(record, metric)[1]


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
    name, direction = (metric, metric_direction(metric)) if metric else run_metric(records)
    scored = [(metric_value(r, name), r) for r in records]
    scored = [(v, r) for v, r in scored if v is not None]
    if not scored:
        return None
    pick = min if direction == "minimize" else max
    return pick(scored, key=lambda pair: pair[0])[1]


def evaluator(count: int):
    """Optuna's default importance evaluator (PED-ANOVA) for ``count`` results: its best group the best
    :data:`BEST_GROUP` or so (Optuna's default, the best 10%, is a single run of ten: its ranking then says more
    about chance than about the settings)."""
    from optuna.importance import PedAnovaImportanceEvaluator
    return PedAnovaImportanceEvaluator(target_quantile=max(0.1, min(0.5, BEST_GROUP / max(count, 1))))


def setting_importance(records, metric: str | None = None) -> dict[str, float]:
    """Each varying setting -> its share (0..1, summing to 1) of the final metric's spread (:func:`importance_of`)
    over the runs with a final value (:func:`run_value`). Highest first; ``{}`` when fewer than 2 runs have the
    metric, nothing varies, or the metric is the same in every run."""
    records = list(records)
    name, direction = (metric, metric_direction(metric)) if metric else run_metric(records)
    usable = [r for r in records if metric_value(r, name) is not None]
    return importance_of(run_settings(usable), [metric_value(r, name) for r in usable], direction)


def importance_of(columns: dict[str, list], values: list[float], direction: str) -> dict[str, float]:
    """Each setting of ``columns`` (name -> its value in each result) -> its share (0..1, summing to 1) of the
    spread of ``values`` (one per result, ``direction`` the better way), from Optuna's default importance
    evaluator (PED-ANOVA: how differently a setting's values are spread in the best results than in all) on an
    in-memory study with one trial per result, its best group :func:`evaluator`'s. Settings whose values never
    differ are left out. Highest first; ``{}`` with fewer than 2 results, nothing varying, or equal values."""
    columns = {k: list(v) for k, v in columns.items() if len({repr(x) for x in v}) > 1}
    if len(values) < 2 or not columns or max(values) == min(values):
        return {}
    import optuna
    from optuna.distributions import CategoricalDistribution, FloatDistribution, IntDistribution

    distributions = {}
    for key, seen in columns.items():
        kind = setting_kind(key, seen)
        if kind == "choice":
            columns[key] = [choice_text(v) for v in seen]
            distributions[key] = CategoricalDistribution(sorted(set(columns[key])))
        elif kind == "int":
            distributions[key] = IntDistribution(min(seen), max(seen))
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
    except Exception:  # noqa: BLE001 (the evaluator refuses what it cannot weigh: no importance, same runs)
        return {}
    finally:
        optuna.logging.set_verbosity(verbosity)
    return {k: float(v) for k, v in sorted(found.items(), key=lambda kv: -kv[1])}
