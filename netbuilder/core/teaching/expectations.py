"""What a run is expected to reach, and whether it did: the one rule for presets (their ``expected``) and lesson
steps (their ``expect``). Qt-free.

An expectation is an object with any of these keys, all of which must hold:

- ``"predict": {"input": rows, "output": rows, "tolerance": t}``: the network's outputs for ``input`` are each
  within ``t`` of ``output``;
- ``"status": "completed" | "stopped" | "early_stopping" | "diverged" | "failed"``: how the run ended;
- a metric as the core names it (``loss``, ``accuracy``, ``val_loss``, ``val_accuracy``, ``mae``, ``r2``,
  ``test_accuracy``, ...) with a number: at least that for scores (accuracy, R^2), at most that for errors (losses,
  MAE); or ``{"at_least": x}`` / ``{"at_most": x}`` to say which. A lesson's run also has ``best_val_loss``,
  ``best_val_accuracy`` and ``val_loss_rise`` (how far the last validation loss is above the run's lowest:
  overfitting), from :meth:`RunRecord.trend <netbuilder.core.session.runs.RunRecord.trend>`.
"""
from __future__ import annotations

import math
from typing import Any, Callable

from ..errors import NetbuilderError
from ..design.train_config import higher_is_better
from ..text import msg

STATUSES = ("completed", "stopped", "early_stopping", "diverged", "failed")


class ExpectationError(NetbuilderError):
    """An expectation that is not well formed (the message names the field)."""


def validate(expected: Any, where: str = "expect") -> None:
    """Raise ExpectationError naming ``where`` and the field when ``expected`` is not a valid expectation."""
    if not isinstance(expected, dict) or not expected:
        raise ExpectationError(msg("{where} must be an object with at least one key (predict, status or a metric)",
                                   where=where))
    for key, value in expected.items():
        if key == "predict":
            if not isinstance(value, dict) or not {"input", "output"} <= set(value):
                raise ExpectationError(msg("{where}.predict must be an object with 'input' and 'output' rows",
                                           where=where))
            for part in ("input", "output"):
                rows = value[part]
                if not isinstance(rows, list) or not rows or not all(
                        isinstance(r, list) and r and all(_number(v) for v in r) for r in rows):
                    raise ExpectationError(msg("{where}.predict.{part} must be a list of rows of numbers", where=where,
                                               part=part))
            if len(value["input"]) != len(value["output"]):
                raise ExpectationError(msg("{where}.predict has {n_input} input rows and {n_output} output rows; "
                                           "they must match", where=where, n_input=len(value['input']),
                                           n_output=len(value['output'])))
            if not _number(value.get("tolerance", 0.1)) or value.get("tolerance", 0.1) < 0:
                raise ExpectationError(msg("{where}.predict.tolerance must be a number of at least 0", where=where))
        elif key == "status":
            if value not in STATUSES:
                raise ExpectationError(msg("{where}.status must be one of {choices}, not {value!r}", where=where,
                                           choices=", ".join(STATUSES), value=value))
        elif isinstance(value, dict):
            if len(value) != 1 or next(iter(value)) not in ("at_least", "at_most") or not _number(
                    next(iter(value.values()))):
                raise ExpectationError(msg("{where}.{key} must be a number, or {{\"at_least\": x}} or "
                                           "{{\"at_most\": x}}", where=where, key=key))
        elif not _number(value):
            raise ExpectationError(msg("{where}.{key} must be a number (the value to reach), not {value!r}",
                                       where=where, key=key, value=value))


def _number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def check(expected: dict, outcome: dict, predict: Callable[[list], list] | None = None) -> tuple[bool, str]:
    """Whether ``outcome`` (the window's ``training_finished`` dict: ``status``, final metrics, ``test``) meets
    ``expected``; ``predict(rows)`` gives the network's outputs for a ``predict`` expectation. Returns (met, one
    line saying what was found)."""
    validate(expected)
    found, met = [], True
    metrics = {**outcome, **(outcome.get("test") or {})}
    for key, value in expected.items():
        if key == "predict":
            tolerance = float(value.get("tolerance", 0.1))
            got = predict(value["input"]) if predict is not None else None
            if got is None:
                met = False
                found.append(msg("no predictions"))
                continue
            worst = max(abs(float(g) - float(w)) for grow, wrow in zip(got, value["output"])
                        for g, w in zip(grow, wrow))
            ok = worst <= tolerance
            met &= ok
            shown = ", ".join(f"{r} -> {[round(float(v), 3) for v in g]}" for r, g in zip(value["input"], got))
            found.append(msg("predicts {rows} (within {tolerance:g})", rows=shown, tolerance=tolerance) if ok else
                         msg("predicts {rows} (off by more than {tolerance:g})", rows=shown, tolerance=tolerance))
        elif key == "status":
            ok = outcome.get("status") == value
            met &= ok
            found.append(msg("the run {status}", status=outcome.get("status", msg("did not run"))))
        else:
            have = metrics.get(key)
            if isinstance(value, dict):
                (how, target), = value.items()
            else:
                how, target = ("at_least" if higher_is_better(key) else "at_most"), value
            ok = isinstance(have, (int, float)) and math.isfinite(have) and (
                have >= target if how == "at_least" else have <= target)
            met &= ok
            sign = "≥" if how == "at_least" else "≤"
            found.append(msg("{metric} {value:.4g} (wanted {sign} {target:g})", metric=key, value=have, sign=sign,
                             target=target) if isinstance(have, (int, float)) else msg("no {metric}", metric=key))
    said = found[0] if found else ""
    for more in found[1:]:  # "a; b; c", each part translatable
        said = msg("{found}; {more}", found=said, more=more)
    return bool(met), said
