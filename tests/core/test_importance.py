"""Which setting mattered: the settings that vary between runs (training settings and layer parameters), the
metric that judges them, the best run, and Optuna's importance ranking a setting that drives the metric above
one that does not."""
from __future__ import annotations

import math
import random

from netbuilder.core.session.importance import (best_run, metric_value, run_metric, run_settings, setting_importance,
                                                setting_kind)
from netbuilder.core.session.runs import RunRecord


def design(units: int) -> dict:
    return {"nodes": [{"id": "x", "type": "Input", "params": {"shape": [2]}},
                      {"id": "hidden", "type": "Linear", "params": {"out_features": units}},
                      {"id": "out", "type": "Linear", "params": {"out_features": 1}}],
            "edges": [{"source": "x", "target": "hidden"}, {"source": "hidden", "target": "out"}]}


def record(number, *, lr, batch_size, units=8, optimizer="adam", final=None, status="completed") -> RunRecord:
    settings = {"optimizer": {"name": optimizer, "lr": lr}, "batch_size": batch_size, "epochs": 5,
                "metrics": ["accuracy"], "device": "cpu" if number % 2 else "cuda"}
    history = [{"epoch": 1, **(final or {})}] if final is not None else []
    return RunRecord(number=number, status=status, message="", settings=settings, changed={}, device="cpu",
                     design=design(units), history=history)


def sweep(seed=0) -> list[RunRecord]:
    """12 runs, every learning rate (4) with every batch size (3), the units balanced across both: the validation
    loss falls with the log of the learning rate (plus a little noise); the batch size and the units play no part.
    (A balanced design: with a few random draws, a setting that plays no part can by chance sit with the best.)"""
    rng = random.Random(seed)
    out = []
    for i, (lr, batch_size) in enumerate((lr, b) for lr in (1e-4, 1e-3, 1e-2, 1e-1) for b in (16, 64, 256)):
        loss = 0.2 * -math.log10(lr) + 0.02 * rng.random()
        out.append(record(i + 1, lr=lr, batch_size=batch_size, units=(4, 16, 64)[(i + i // 3) % 3],
                          final={"loss": loss * 0.9, "val_loss": loss, "val_accuracy": 1 - loss}))
    return out


def test_the_setting_that_drives_the_metric_ranks_first():
    for seed in range(4):
        records = sweep(seed)
        importance = setting_importance(records)
        assert set(importance) == {"optimizer.lr", "batch_size", "hidden.out_features"}
        assert max(importance, key=importance.get) == "optimizer.lr", (seed, importance)
        assert importance["optimizer.lr"] > 0.5
        assert abs(sum(importance.values()) - 1) < 1e-6
        assert list(importance) == sorted(importance, key=importance.get, reverse=True)  # highest first


def test_the_metric_and_the_best_run():
    records = sweep()
    assert run_metric(records) == ("val_loss", "minimize")
    best = best_run(records)
    assert best.settings["optimizer"]["lr"] == max(r.settings["optimizer"]["lr"] for r in records)
    assert best_run(records, "val_accuracy") is best  # maximised: the same run here
    no_validation = [record(1, lr=0.1, batch_size=4, final={"loss": 0.3, "accuracy": 0.9}),
                     record(2, lr=0.01, batch_size=4, final={"loss": 0.5, "accuracy": 0.8})]
    assert run_metric(no_validation) == ("loss", "minimize")
    assert best_run(no_validation).number == 1


def test_what_varies_and_how_it_compares():
    records = [record(1, lr=0.1, batch_size=32, units=8, optimizer="adam", final={"loss": 1.0}),
               record(2, lr=0.001, batch_size=64, units=16, optimizer="sgd", final={"loss": 0.5})]
    varying = run_settings(records)
    # the device and the metrics list are never compared; the epochs are the same; the output layer too
    assert list(varying) == ["optimizer.name", "optimizer.lr", "batch_size", "hidden.out_features"]
    assert varying["hidden.out_features"] == [8, 16]
    assert setting_kind("optimizer.lr", varying["optimizer.lr"]) == "log"
    assert setting_kind("batch_size", [32, 64]) == "int"
    assert setting_kind("drop.p", [0.1, 0.5]) == "float"
    assert setting_kind("optimizer.name", ["adam", "sgd"]) == "choice"
    assert setting_kind("flag", [True, False]) == "choice"
    assert set(setting_importance(records)) == set(varying)


def test_too_few_runs_or_nothing_to_explain():
    assert setting_importance([]) == {}
    one = [record(1, lr=0.1, batch_size=4, final={"val_loss": 0.3})]
    assert setting_importance(one) == {} and run_settings(one) == {}
    failed = record(2, lr=0.01, batch_size=8, final={"val_loss": 0.2}, status="failed")
    assert metric_value(failed, "val_loss") is None
    assert setting_importance(one + [failed]) == {}  # one usable run
    diverged = record(3, lr=10.0, batch_size=8, final={"val_loss": float("nan")}, status="diverged")
    assert metric_value(diverged, "val_loss") is None
    same = [record(1, lr=0.1, batch_size=4, final={"val_loss": 0.3}),
            record(2, lr=0.01, batch_size=4, final={"val_loss": 0.3})]
    assert setting_importance(same) == {}  # the metric does not move: nothing to explain
    assert best_run([failed]) is None


def test_a_run_that_did_not_finish_has_no_final_value_for_importance_or_best():
    """One rule for the runs view and the sweep: a run stopped by a person or pruned by a sweep, or a diverged
    one, is no result, however good its last epoch looked; early stopping's run is judged at its kept epoch."""
    runs = sweep()
    pruned = record(20, lr=1e-4, batch_size=16, final={"loss": 0.0, "val_loss": 0.0}, status="stopped")
    pruned.sweep_state, pruned.message = "pruned", "Pruned by the sweep at epoch 2: behind the median"
    diverged = record(21, lr=1e-4, batch_size=64, final={"loss": 0.0, "val_loss": 0.0}, status="diverged")
    assert metric_value(pruned, "val_loss") is None and metric_value(diverged, "val_loss") is None
    assert best_run(runs + [pruned, diverged]) is best_run(runs)
    assert setting_importance(runs + [pruned, diverged]) == setting_importance(runs)
    kept = record(22, lr=0.1, batch_size=16, status="early_stopping")
    kept.history = [{"epoch": 1, "val_loss": 0.1}, {"epoch": 2, "val_loss": 0.5}]
    kept.best_epoch = 1
    assert metric_value(kept, "val_loss") == 0.1
