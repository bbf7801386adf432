"""Metrics against hand-computed values and numpy."""
from __future__ import annotations

import numpy as np
import pytest
import torch

from netbuilder.core.training.data import Problem
from netbuilder.core.training.metrics import (ClassificationMeter, RegressionMeter, TrainScores, confusion_matrix,
                                              mean_absolute_error, r2_score, scores_from_confusion,
                                              total_sum_of_squares)

Y_TRUE = torch.tensor([0, 0, 0, 1, 1, 2, 2, 2, 2, 1])
Y_PRED = torch.tensor([0, 1, 0, 1, 2, 2, 2, 0, 2, 1])


def test_confusion_rows_are_true_classes_columns_predictions():
    conf = confusion_matrix(Y_TRUE, Y_PRED, 3)
    assert conf.tolist() == [[2, 1, 0],
                             [0, 2, 1],
                             [1, 0, 3]]


def test_precision_recall_f1_by_hand():
    s = scores_from_confusion(confusion_matrix(Y_TRUE, Y_PRED, 3))
    assert s["accuracy"] == pytest.approx(7 / 10)
    # precision = diagonal / column sum; recall = diagonal / row sum
    assert s["precision"] == pytest.approx([2 / 3, 2 / 3, 3 / 4])
    assert s["recall"] == pytest.approx([2 / 3, 2 / 3, 3 / 4])
    assert s["f1"] == pytest.approx([2 / 3, 2 / 3, 3 / 4])
    s = scores_from_confusion([[5, 0], [5, 0]])  # class 1 never predicted: its precision and F1 are 0, not NaN
    assert s["precision"] == [0.5, 0.0] and s["recall"] == [1.0, 0.0]
    assert s["f1"] == pytest.approx([2 / 3, 0.0])
    assert s["confusion"] == [[5, 0], [5, 0]]


def test_uneven_precision_and_recall():
    conf = torch.tensor([[8, 2], [4, 6]])
    s = scores_from_confusion(conf)
    p1, r1 = 6 / 8, 6 / 10
    assert s["precision"] == pytest.approx([8 / 12, p1])
    assert s["recall"] == pytest.approx([8 / 10, r1])
    assert s["f1"][1] == pytest.approx(2 * p1 * r1 / (p1 + r1))


def test_meter_over_batches_equals_the_whole():
    meter = ClassificationMeter(3, torch.device("cpu"))
    for a, b in ((0, 4), (4, 9), (9, 10)):
        meter.update(Y_PRED[a:b], Y_TRUE[a:b])
    assert meter.result() == scores_from_confusion(confusion_matrix(Y_TRUE, Y_PRED, 3))


def test_mae_and_r2_against_numpy():
    rng = np.random.default_rng(0)
    y = rng.normal(size=(50, 2)) * [1, 10] + [0, 5]
    p = y + rng.normal(size=(50, 2))
    yt, pt = torch.tensor(y), torch.tensor(p)
    assert mean_absolute_error(pt, yt) == pytest.approx(np.abs(p - y).mean())
    r2_each = 1 - ((p - y) ** 2).sum(0) / ((y - y.mean(0)) ** 2).sum(0)
    assert r2_score(pt, yt) == pytest.approx(r2_each.mean())
    meter = RegressionMeter(total_sum_of_squares(yt))
    for a in range(0, 50, 16):
        meter.update(pt[a:a + 16], yt[a:a + 16])
    assert meter.result() == pytest.approx({"mae": np.abs(p - y).mean(), "r2": r2_each.mean()})


def test_r2_of_a_constant_target():
    y = torch.ones(5, 1)
    assert r2_score(y.clone(), y) == 1.0
    assert r2_score(y + 1, y) == 0.0


@pytest.mark.parametrize("budget", [1 << 30, 0])  # keep the outputs, or reduce each batch at once
def test_train_scores_both_ways(budget):
    problem = Problem("cross_entropy", "multiclass", 3)
    logits = torch.nn.functional.one_hot(Y_PRED, 3).float()
    scores = TrainScores(problem.kind, problem.threshold, Y_TRUE, Y_TRUE, 3, budget=budget)
    order = torch.tensor([3, 1, 4, 0, 9, 2, 6, 5, 8, 7])
    for part in order.split(4):
        scores.add(logits[part], part)
    assert scores.result(order, None) == {"accuracy": pytest.approx(0.7)}

    reg = Problem("mse", "regression", None)
    y = torch.arange(10, dtype=torch.float32).reshape(10, 1)
    out = y * 1.5
    scores = TrainScores(reg.kind, reg.threshold, None, y, 1, budget=budget)
    for part in order.split(4):
        scores.add(out[part], part)
    result = scores.result(order, total_sum_of_squares(y))
    assert result["mae"] == pytest.approx(np.abs(out.numpy() - y.numpy()).mean())
    assert result["r2"] == pytest.approx(r2_score(out, y))


def test_binary_labels_from_one_output():
    bce = Problem("bce", "binary", 2, threshold=0.0)  # logits
    mse = Problem("mse", "binary", 2, threshold=0.5)  # outputs
    out = torch.tensor([[-1.0], [0.2], [0.7]])
    assert bce.labels(out).tolist() == [0, 1, 1]
    assert mse.labels(out).tolist() == [0, 0, 1]
    assert bce.targets(torch.tensor([0, 1, 1]), (1,)).tolist() == [[0.0], [1.0], [1.0]]
