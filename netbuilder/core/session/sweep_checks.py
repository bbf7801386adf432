"""What a sweep checks before it trains (:mod:`.sweep`): that some trial of it can work at all, and which trials a
shared study may hold (a study remembers the design it trained). Imports neither torch nor Optuna.
"""
from __future__ import annotations

import hashlib
import itertools
import json

from ..datasets.catalog import known_task
from ..design.train_config import TASK_MONITORS, TrainConfig
from ..errors import one_line
from .sweep_params import SweepError, apply_params
from ..text import msg


def fingerprint(base: dict) -> str:
    """What makes two sweeps' trials comparable: the network and the training settings (epochs, limit...)."""
    nodes = [(n["id"], n["type"], n.get("params") or {}) for n in base.get("nodes", ())]
    text = json.dumps([nodes, base.get("edges", []), base.get("training", {})], sort_keys=True, default=str)
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def preflight(base: dict, params, metric: str | None) -> None:
    """Refuse a sweep no trial of which can work, before any training: a metric the task does not measure, or
    settings refused in every combination of the choices, the ends of whole ranges and the middle of others
    (momentum for Adam)."""
    task = known_task((base.get("training") or {}).get("dataset"))
    if metric and task is not None and metric not in TASK_MONITORS.get(task[0], (metric,)):
        raise SweepError(msg("--metric {metric}: a {task} design measures {task_monitors}", metric=metric,
                             task=task[0], task_monitors=', '.join(TASK_MONITORS[task[0]])))
    ends = [p.choices if p.kind == "choice" else (p.low, p.high) if p.kind == "int"  # a float range: its middle
            else ((p.low * p.high) ** 0.5 if p.log else (p.low + p.high) / 2,) for p in params]
    problem = None
    for values in itertools.islice(itertools.product(*ends), 64):
        try:
            design = apply_params(base, {p.name: (int(v) if p.kind == "int" else v) for p, v in zip(params, values)})
            TrainConfig.from_design(design)
            return
        except Exception as exc:  # noqa: BLE001 (the schema's and the config's refusals: the trial would fail)
            problem = problem or (exc.args[0] if exc.args and one_line(exc) == exc.args[0] else one_line(exc))
    raise SweepError(msg("no trial of this sweep can train: {problem}", problem=problem))
