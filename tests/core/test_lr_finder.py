"""The learning-rate range test (issue 22): its suggestion on mnist_mlp with Adam and on linear_regression with SGD,
and a trainer (or a session) exactly as it was afterwards, also after a stop or a failure."""
from __future__ import annotations

import copy
import math

import pytest
import torch

from netbuilder.core.design.design_io import load_design
from netbuilder.core.errors import TrainingError
from netbuilder.core.training import Callback, TrainConfig, Trainer
from netbuilder.core.training.lr_finder import (LR_END, LR_START, LR_STEPS, MIN_POINTS, LRFinding,
                                                centred_median, find_learning_rate, rates, smoothed, suggest)
from helpers import chain
from session_helpers import make_session, moons_dict, same_state


def trainer_for(name: str, tmp_path, **overrides) -> Trainer:
    design = load_design(name)
    return Trainer(design, TrainConfig.from_design(design, **overrides), device="cpu", data_dir=tmp_path)


def moons_trainer(tmp_path) -> Trainer:
    """Moons through a Dropout (torch's random numbers matter), with a validation split, a cosine schedule and
    early stopping: all that the test sets aside."""
    design = chain((2,), [("Linear", {"out_features": 16}), ("Tanh", None), ("Dropout", {"p": 0.2}),
                          ("Linear", {"out_features": 2}), ("Softmax", None)],
                   dataset={"name": "moons", "validation": 0.2}, loss="cross_entropy",
                   optimizer={"name": "adam", "lr": 0.02}, epochs=2, batch_size=50, seed=3,
                   scheduler={"name": "cosine"}, early_stopping={"patience": 5})
    return Trainer(design, device="cpu", data_dir=tmp_path)


def picture(trainer: Trainer) -> dict:
    """Everything of a trainer the test may change, as copies to compare."""
    return {"state": {k: v.clone() for k, v in trainer.model.state_dict().items()},
            "grads": [None if p.grad is None else p.grad.clone() for p in trainer.model.parameters()],
            "modes": [m.training for m in trainer.model.modules()],
            "optimizer": trainer.optimizer, "optimizer_state": copy.deepcopy(trainer.optimizer.state_dict()),
            "scheduler": trainer.scheduler,
            "scheduler_state": copy.deepcopy(trainer.scheduler.state_dict()) if trainer.scheduler else None,
            "history": copy.deepcopy(trainer.history), "history_list": trainer.history,
            "config": trainer.config, "config_dict": trainer.config.to_dict(),
            "generator": trainer._generator.get_state(), "rng": torch.get_rng_state(),
            "splits": dict(trainer.splits), "callbacks": list(trainer.callbacks), "features": trainer._features,
            "augment": trainer._augment, "last_validation": copy.deepcopy(trainer.last_validation),
            "evaluate_on_stop": trainer.evaluate_on_stop, "delay": trainer.delay}


def assert_as_before(trainer: Trainer, before: dict) -> None:
    now = picture(trainer)
    assert same_state(now["state"], before["state"])
    assert len(now["grads"]) == len(before["grads"])
    for a, b in zip(now["grads"], before["grads"]):
        assert (a is None and b is None) or torch.equal(a, b)
    assert now["modes"] == before["modes"]
    assert now["optimizer"] is before["optimizer"] and now["scheduler"] is before["scheduler"]
    assert_same_tree(now["optimizer_state"], before["optimizer_state"])
    assert now["scheduler_state"] == before["scheduler_state"]
    assert now["history"] == before["history"] and now["history_list"] is before["history_list"]
    assert now["config"] is before["config"] and now["config_dict"] == before["config_dict"]
    assert torch.equal(now["generator"], before["generator"]) and torch.equal(now["rng"], before["rng"])
    for key in ("splits", "callbacks", "last_validation", "evaluate_on_stop", "delay"):
        assert now[key] == before[key], key
    assert now["features"] is before["features"] and now["augment"] is before["augment"]


def assert_same_tree(a, b) -> None:
    if isinstance(a, dict):
        assert a.keys() == b.keys()
        for key in a:
            assert_same_tree(a[key], b[key])
    elif isinstance(a, (list, tuple)):
        assert len(a) == len(b)
        for x, y in zip(a, b):
            assert_same_tree(x, y)
    elif isinstance(a, torch.Tensor):
        assert torch.equal(a, b)
    else:
        assert a == b


def test_mnist_mlp_with_adam_suggests_a_rate_between_3e_4_and_1e_2(data_dir):
    trainer = trainer_for("mnist_mlp", data_dir, limit=3200, optimizer="adam")
    finding = find_learning_rate(trainer)
    assert 3e-4 <= finding.suggestion <= 1e-2, finding.suggestion
    assert finding.stopped in ("exploded", "end") and len(finding.lrs) >= 50
    assert finding.lrs == rates()[:len(finding.lrs)]  # one rate per batch, across the epochs' batches
    assert len(finding.losses) == len(finding.raw) == len(finding.lrs)


def loss_grows(lr: float, tmp_path) -> bool:
    """Whether plain training at ``lr`` diverges: the trainer says so, or the loss ends above where it began."""
    trainer = trainer_for("linear_regression", tmp_path, optimizer="sgd", lr=lr, epochs=30)
    result = trainer.fit()
    return result.stopped == "diverged" or result.history[-1]["loss"] > result.history[0]["loss"]


def test_linear_regression_with_sgd_suggests_a_rate_below_the_one_that_diverges(tmp_path):
    finding = find_learning_rate(trainer_for("linear_regression", tmp_path, optimizer="sgd"))
    grid = [0.01 * 1.5 ** k for k in range(25)]  # 0.01 to about 170
    diverges = next(lr for lr in grid if loss_grows(lr, tmp_path))
    assert not loss_grows(finding.suggestion, tmp_path)
    assert finding.suggestion < diverges, (finding.suggestion, diverges)
    assert finding.stopped == "exploded" and finding.suggestion < finding.lrs[-1]  # where the test saw it blow up


def test_the_trainer_is_exactly_as_before_and_trains_on_as_if_nothing_happened(tmp_path):
    trainer, twin = moons_trainer(tmp_path), moons_trainer(tmp_path)
    trainer.fit()
    twin.fit()
    before = picture(trainer)
    seen = []

    class Rates(Callback):  # the rate each batch trained with, as the loop had it
        def on_train_batch_end(self, trainer, epoch, batch, loss):
            seen.append(trainer.progress()["lr"])
    finding = find_learning_rate(trainer, callbacks=[Rates()])
    assert trainer.batches_per_epoch < len(finding.lrs) and seen[:len(finding.lrs)] == finding.lrs
    assert_as_before(trainer, before)
    later, expected = trainer.fit(), twin.fit()  # the same next run, number for number
    strip = lambda history: [{k: v for k, v in m.items() if k != "seconds"} for m in history]  # noqa: E731
    assert strip(later.history) == strip(expected.history)
    assert same_state(trainer.model.state_dict(), twin.model.state_dict())


def test_an_augmented_run_goes_on_with_the_same_draws(data_dir):
    """The augmentation's generator is the run's: the test draws from a new one, so the next run is the same."""
    def mnist():
        design = load_design("mnist_mlp")
        design.training["augment"] = ["noise", "rotation"]
        return Trainer(design, TrainConfig.from_design(design, limit=300, epochs=1), device="cpu",
                       data_dir=data_dir)
    trainer, twin = mnist(), mnist()
    trainer.fit()
    twin.fit()
    augment = trainer._augment
    finding = find_learning_rate(trainer)
    assert finding.lrs and trainer._augment is augment
    assert trainer.fit().history[-1]["loss"] == twin.fit().history[-1]["loss"]
    assert same_state(trainer.model.state_dict(), twin.model.state_dict())


def test_a_frozen_backbones_kept_features_stay_the_runs(tmp_path):
    """your_own_pictures: a frozen Pretrained backbone (conftest's stand-in weights) whose features the first run
    kept; the test reads them (head only) and the same cache, weights and history are there after it."""
    trainer = trainer_for("your_own_pictures", tmp_path, epochs=1)
    trainer.fit()
    before = picture(trainer)
    assert before["features"] is not None
    finding = find_learning_rate(trainer)
    assert len(finding.lrs) >= MIN_POINTS
    assert_as_before(trainer, before)


def test_a_stop_ends_the_test_early_without_a_suggestion(tmp_path):
    trainer = moons_trainer(tmp_path)
    trainer.model.eval()  # the modes come back too (a run trains in train mode)
    before = picture(trainer)

    class StopAtThree(Callback):
        def on_train_batch_end(self, trainer, epoch, batch, loss):
            if batch == 3:
                trainer.request_stop()
    finding = find_learning_rate(trainer, callbacks=[StopAtThree()])
    assert finding.stopped == "stopped" and len(finding.lrs) == 3 and finding.suggestion is None
    assert_as_before(trainer, before)
    assert not trainer.stop_requested


def test_a_failure_in_the_test_restores_the_trainer_too(tmp_path):
    trainer = moons_trainer(tmp_path)
    trainer.fit()
    before = picture(trainer)

    class Breaks(Callback):
        def on_train_batch_end(self, trainer, epoch, batch, loss):
            if batch == 5:
                raise RuntimeError("a bug in a callback")
    with pytest.raises(TrainingError, match="a bug in a callback"):
        find_learning_rate(trainer, callbacks=[Breaks()])
    assert_as_before(trainer, before)


def test_the_session_finds_a_rate_and_keeps_its_weights_history_curve_and_timeline(tmp_path):
    session = make_session(moons_dict(), tmp_path)
    session.run()
    state, history, curve = session.state_snapshot(), copy.deepcopy(session.history), session.curves.points()
    snapshots, runs = len(session.timeline), len(session.runs)
    session.request_stop()  # pressed after the run ended: forgotten, as a new run forgets it
    session.pause()
    finding = session.find_learning_rate()
    assert isinstance(finding, LRFinding) and finding.suggestion is not None and finding.stopped == "exploded"
    assert same_state(session.state_snapshot(), state) and session.history == history
    assert all((a == b).all() for a, b in zip(session.curves.points(), curve))
    assert len(session.timeline) == snapshots and len(session.runs) == runs
    fresh = make_session(moons_dict(), tmp_path)  # not prepared yet: it loads its data first
    assert fresh.find_learning_rate().lrs[:5] == rates()[:5] and not fresh.history


def test_the_rates_the_smoothing_and_the_rule():
    lrs = rates()
    assert len(lrs) == LR_STEPS and lrs[0] == LR_START and math.isclose(lrs[-1], LR_END)
    assert all(math.isclose(b / a, lrs[1] / lrs[0]) for a, b in zip(lrs, lrs[1:]))
    assert smoothed([2.0, 2.0, 2.0]) == pytest.approx([2.0, 2.0, 2.0])  # debiased: no pull towards 0
    falling = [10.0 - i for i in range(MIN_POINTS)] + [100.0]
    assert suggest(lrs[:len(falling)], falling) == pytest.approx(lrs[MIN_POINTS - 1] / 10)
    assert suggest(lrs[:MIN_POINTS - 1], falling[:MIN_POINTS - 1]) is None  # too short to say
    assert suggest(lrs[:MIN_POINTS], [1.0 + i for i in range(MIN_POINTS)]) is None  # never fell
    assert centred_median([5.0, 1.0, 2.0, 90.0, 3.0, 4.0, 1e6], half=1) == [3.0, 2.0, 2.0, 3.0, 4.0, 4.0, 500002.0]
    assert centred_median([1.0, 1.0, 9.0, 1.0, 1.0]) == [1.0] * 5  # one wild batch moves nothing
    flat = [1.0] * 5 + [0.5, 0.1, 1e-5, 1e-6, 1e-7, 1e-8, 1e-9]  # learnt, then flat at about 0 (XOR)
    assert suggest(lrs[:len(flat)], flat) == pytest.approx(lrs[7] / 10)
    with pytest.raises(ValueError):
        rates(1.0, 0.1)
