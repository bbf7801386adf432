"""The trainer: settings, monitors, losses, optimizers, schedulers, early stopping, seeds and control flags.
Divergence, crashes, reshaping and devices are in test_trainer_failures.py. Small data only (xor, hello, linear,
moons, hand-made sets)."""
from __future__ import annotations

import math
import threading

import numpy as np
import pytest
import torch

from netbuilder.core.errors import TrainingError
from netbuilder.core.training import Callback, FitResult, TrainConfig
from helpers import chain
from trainer_helpers import MOONS, Snapshots, make_trainer, mlp, small_set


# settings --------------------------------------------------------------------------------------------------
def test_config_defaults_and_overrides():
    design = mlp(2, "Softmax", **MOONS)
    cfg = TrainConfig.from_design(design, epochs=7, lr=0.5, batch_size=None, limit=100, validation=0.2)
    assert (cfg.epochs, cfg.batch_size, cfg.lr, cfg.optimizer["name"]) == (7, 64, 0.5, "adam")
    assert cfg.dataset == {"name": "moons", "limit": 100, "validation": 0.2}
    sgd = TrainConfig.from_design(design, optimizer="sgd")
    assert sgd.optimizer == {"name": "sgd", "lr": 0.01, "momentum": 0.0, "weight_decay": 0.0}
    assert TrainConfig.from_dict({"dataset": "xor"}).to_dict()["optimizer"]["name"] == "adam"
    assert design["training"]["epochs"] == 3  # the design itself is not changed


@pytest.mark.parametrize("change, message", [
    ({"optimizer": {"name": "adamx"}}, "training.optimizer.name: 'adamx' is not one of sgd, adam, adamw, rmsprop"),
    ({"optimizer": {"name": "adam", "lr": -1}}, "training.optimizer.lr: must be greater than 0"),
    ({"optimizer": {"name": "adam", "momentum": 0.9}}, "training.optimizer.momentum: adam has no momentum"),
    ({"optimizer": {"name": "sgd", "betas": 1}}, "training.optimizer.betas: unknown setting"),
    ({"loss": "hinge"}, "training.loss: 'hinge' is not one of mse, l1, cross_entropy, bce"),
    ({"epochs": 0}, "training.epochs: must be at least 1"),
    ({"batch_size": "big"}, "training.batch_size: must be a whole number"),
    ({"scheduler": {"name": "linear"}}, "training.scheduler.name: 'linear' is not one of step, cosine, plateau"),
    ({"scheduler": {"name": "step", "gamma": 0}}, "training.scheduler.gamma: must be greater than 0"),
    ({"early_stopping": {"monitor": "val_f1"}}, "training.early_stopping.monitor: 'val_f1' is not one of"),
    ({"metrics": ["accuracy", "auc"]}, "training.metrics[1]: 'auc' is not one of"),
    ({"epoch": 3}, "training.epoch: unknown setting"),
    ({"dataset": None}, "training.dataset: missing"),
    # bounds: a seed torch cannot take, batch and epoch counts that can only be typos
    ({"seed": 99999999999999999999999}, "training.seed: must be at most 9,223,372,036,854,775,807"),
    ({"seed": 2**63}, "training.seed: must be at most"),
    ({"seed": -1}, "training.seed: must be at least 0"),
    ({"batch_size": 10_000_001}, "training.batch_size: must be at most 10,000,000"),
    ({"epochs": 1_000_001}, "training.epochs: must be at most 1,000,000"),
    ({"epochs": 1e300}, "training.epochs: must be at most 1,000,000"),
])
def test_config_rejects_bad_values_naming_the_field(change, message):
    training = {**MOONS, **change}
    with pytest.raises(TrainingError) as err:
        TrainConfig.from_dict(training)
    assert message in str(err.value)


def test_command_line_overrides_are_bounded_too():
    for key, value in (("seed", 10**23), ("batch_size", 10**9), ("epochs", 10**7)):
        with pytest.raises(TrainingError, match=f"training.{key}: must be at most"):
            TrainConfig.from_dict(MOONS, **{key: value})
    top = TrainConfig.from_dict(MOONS, seed=2**63 - 1, batch_size=10_000_000, epochs=1_000_000)
    assert (top.seed, top.batch_size, top.epochs) == (2**63 - 1, 10_000_000, 1_000_000)


def test_the_largest_seed_trains(tmp_path):
    result = make_trainer(mlp(2, "Softmax", **dict(MOONS, epochs=2)), tmp_path, seed=2**63 - 1).fit()
    assert result.stopped == "completed" and len(result.history) == 2


# monitors ----------------------------------------------------------------------------------------------------------
HELLO = dict(MOONS, dataset={"name": "hello"}, loss="mse", batch_size=5)


@pytest.mark.parametrize("design, field, message", [
    (mlp(1, None, input_shape=(1,), **dict(HELLO, early_stopping={"patience": 2, "monitor": "val_accuracy"})),
     "early_stopping.monitor", "'val_accuracy' is not measured on the dataset 'hello' (a regression dataset); "
                               "use one of val_loss, loss, val_mae, mae, val_r2, r2"),
    (mlp(2, "Softmax", **dict(MOONS, dataset={"name": "xor"}, early_stopping={"patience": 2, "monitor": "val_r2"})),
     "early_stopping.monitor", "'val_r2' is not measured on the dataset 'xor' (a classification dataset); "
                               "use one of val_loss, loss, val_accuracy, accuracy"),
    (mlp(2, "Softmax", **dict(MOONS, scheduler={"name": "plateau", "monitor": "mae"})),
     "scheduler.monitor", "'mae' is not measured on the dataset 'moons' (a classification dataset)"),
    (mlp(1, None, input_shape=(1,), **dict(HELLO, scheduler={"name": "plateau", "monitor": "accuracy"})),
     "scheduler.monitor", "'accuracy' is not measured on the dataset 'hello'"),
])
def test_a_monitor_the_task_does_not_measure_is_refused_before_training(design, field, message, tmp_path):
    with pytest.raises(TrainingError) as err:
        make_trainer(design, tmp_path)
    assert str(err.value).startswith(f"training.{field}: {message}")


@pytest.mark.parametrize("training, monitor, mode", [
    (dict(MOONS, epochs=4), "val_accuracy", "max"),
    (dict(MOONS, epochs=4), "accuracy", "max"),
    (dict(MOONS, epochs=4), "val_loss", "min"),
    (dict(HELLO, epochs=4), "val_r2", "max"),
    (dict(HELLO, epochs=4), "val_mae", "min"),
    (dict(MOONS, epochs=4, dataset={"name": "moons", "validation": 0}), "val_accuracy", "max"),  # no val: accuracy
])
def test_the_plateau_scheduler_watches_exactly_its_metric_in_its_direction(training, monitor, mode, tmp_path):
    design = (mlp(1, None, input_shape=(1,), **training) if training["dataset"]["name"] == "hello"
              else mlp(2, "Softmax", **training))
    design["training"]["scheduler"] = {"name": "plateau", "monitor": monitor, "patience": 0, "factor": 0.5}
    trainer = make_trainer(design, tmp_path)
    assert trainer.scheduler.mode == mode
    seen = []
    real = trainer.scheduler.step
    trainer.scheduler.step = lambda value: (seen.append(value), real(value))
    result = trainer.fit()
    key = monitor if monitor in result.history[0] else monitor.removeprefix("val_")
    assert seen == [h[key] for h in result.history]


def test_early_stopping_on_accuracy_keeps_the_most_accurate_epoch(tmp_path):
    training = dict(MOONS, epochs=6, optimizer={"name": "sgd", "lr": 0.05},
                    early_stopping={"patience": 10, "monitor": "val_accuracy"})
    result = make_trainer(mlp(2, "Softmax", **training), tmp_path).fit()
    best = max(h["val_accuracy"] for h in result.history)
    assert result.history[result.best_epoch - 1]["val_accuracy"] == best
    assert f"best val_accuracy: {best:.4g}" in result.message


# losses, optimizers, schedulers ------------------------------------------------------------------------------
@pytest.mark.parametrize("design, metric", [
    (mlp(2, "Softmax", **MOONS), "accuracy"),
    (mlp(1, "Sigmoid", **{**MOONS, "loss": "bce"}), "accuracy"),
    (mlp(2, None, **{**MOONS, "loss": "bce"}), "accuracy"),       # one output per class, one-hot targets
    (mlp(1, None, **{**MOONS, "loss": "mse"}), "accuracy"),       # mse on two classes: output > 0.5 is class 1
    (mlp(1, None, input_shape=(1,), **dict(MOONS, dataset={"name": "hello"}, loss="mse", batch_size=5,
                                           epochs=60)), "mae"),
    (mlp(1, None, input_shape=(1,), **dict(MOONS, dataset={"name": "hello"}, loss="l1", batch_size=5,
                                           epochs=60)), "mae"),
])
def test_each_loss_trains(design, metric, tmp_path):
    result = make_trainer(design, tmp_path).fit()
    first, last = result.history[0], result.history[-1]
    assert result.stopped == "completed"
    assert last["loss"] < first["loss"]
    assert metric in last and f"val_{metric}" in last
    if metric == "accuracy":
        assert last["accuracy"] > 0.75
        assert np.array(result.test["test_confusion"]).shape == (2, 2)
    else:
        assert {"r2", "val_r2"} <= set(last) and {"test_mae", "test_r2"} <= set(result.test)


@pytest.mark.parametrize("name, impl", [("sgd", "fused"), ("adam", "fused"), ("adamw", "fused"),
                                        ("rmsprop", "foreach")])
def test_each_optimizer_reduces_the_loss(name, impl, tmp_path):
    opt = {"name": name, "lr": 0.05 if name == "sgd" else 0.01, **({"momentum": 0.9} if name == "sgd" else {})}
    trainer = make_trainer(mlp(2, "Softmax", **dict(MOONS, optimizer=opt, epochs=4)), tmp_path)
    result = trainer.fit()
    assert result.history[-1]["loss"] < 0.8 * result.history[0]["loss"]
    assert trainer.optimizer_impl == impl  # fused where torch has it for the CPU, else foreach
    assert type(trainer.optimizer).__name__.lower() == name


@pytest.mark.parametrize("scheduler, expected", [
    ({"name": "step", "step_size": 2, "gamma": 0.5}, [0.1, 0.1, 0.05, 0.05, 0.025]),
    ({"name": "cosine"}, [0.1 * (1 + math.cos(math.pi * k / 5)) / 2 for k in range(5)]),
])
def test_schedulers_set_the_learning_rate_per_epoch(scheduler, expected, tmp_path):
    training = dict(MOONS, optimizer={"name": "sgd", "lr": 0.1}, epochs=5, scheduler=scheduler)
    result = make_trainer(mlp(2, "Softmax", **training), tmp_path).fit()
    assert [h["lr"] for h in result.history] == pytest.approx(expected)


def test_plateau_scheduler_lowers_the_rate_when_the_loss_stalls(tmp_path):
    # a learning rate too small to move the loss: epoch 1 sets the best, each later epoch is a plateau and
    # (patience 0) halves the rate for the epoch after it
    training = dict(MOONS, optimizer={"name": "sgd", "lr": 1e-6}, epochs=4,
                    scheduler={"name": "plateau", "patience": 0, "factor": 0.5})
    result = make_trainer(mlp(2, "Softmax", **training), tmp_path).fit()
    assert [h["lr"] for h in result.history] == pytest.approx([1e-6, 1e-6, 5e-7, 2.5e-7])


def test_early_stopping_stops_and_restores_the_best_weights(tmp_path):
    # validation labels are the opposite of the training labels: val_loss gets worse as training goes on
    x = torch.randn(64, 2, generator=torch.Generator().manual_seed(0))
    y = (x[:, 0] > 0).long()
    data = small_set(x, y, x_val=x, y_val=1 - y)
    training = dict(MOONS, dataset={"name": "tiny"}, epochs=50, batch_size=16,
                    early_stopping={"patience": 2, "monitor": "val_loss"})
    snaps = Snapshots()
    trainer = make_trainer(mlp(2, "Softmax", **training), tmp_path, callbacks=[snaps], dataset=data)
    result = trainer.fit()
    assert result.stopped == "early_stopping"
    assert result.best_epoch == 1 and len(result.history) == 3
    assert "Kept the weights of epoch 1" in result.message
    for k, v in trainer.model.state_dict().items():
        assert torch.equal(v, snaps.states[1][k])
    assert snaps.events == ["start", "epoch 1", "epoch 2", "epoch 3", "early_stopping"]


def test_same_seed_same_history_and_another_seed_differs(tmp_path):
    layers = [("Linear", {"out_features": 16}), ("ReLU", None), ("Dropout", {"p": 0.3}),
              ("Linear", {"out_features": 2}), ("Softmax", None)]
    design = chain((2,), layers, **MOONS)

    def run(seed):
        result = make_trainer(design, tmp_path, seed=seed).fit()
        return [{k: v for k, v in h.items() if k != "seconds"} for h in result.history], result.test

    assert run(0) == run(0)
    assert run(0)[0] != run(1)[0]


# control flags -------------------------------------------------------------------------------------------------
def test_request_stop_from_a_callback_ends_after_that_batch(tmp_path):
    class StopAt(Callback):
        def on_train_batch_end(self, trainer, epoch, batch, loss):
            assert loss.ndim == 0 and loss.device.type == "cpu"
            if (epoch, batch) == (2, 3):
                trainer.request_stop()

    trainer = make_trainer(mlp(2, "Softmax", **MOONS), tmp_path, callbacks=[StopAt()])
    result = trainer.fit()
    assert result.stopped == "stopped"
    assert [h["epoch"] for h in result.history] == [1, 2]
    assert result.history[-1]["partial"] is True and result.history[-1]["batches"] == 3
    assert "test_accuracy" in result.test
    again = trainer.fit()  # the flag is cleared: training continues where it stopped
    assert again.stopped == "completed" and again.history[-1]["epoch"] == 5
    trainer.request_stop()  # before fit: no batch runs, no epoch is recorded
    last = trainer.fit()
    assert last.stopped == "stopped" and len(last.history) == 5


def test_pause_step_once_and_resume_from_another_thread(tmp_path):
    seen = []
    ran = threading.Semaphore(0)

    class Count(Callback):
        def on_train_batch_end(self, trainer, epoch, batch, loss):
            seen.append((epoch, batch))
            ran.release()

    trainer = make_trainer(mlp(2, "Softmax", **dict(MOONS, epochs=1)), tmp_path, callbacks=[Count()])
    out: list[FitResult] = []
    trainer.pause()
    worker = threading.Thread(target=lambda: out.append(trainer.fit()), daemon=True)
    worker.start()
    try:
        assert not ran.acquire(timeout=0.3)  # paused before the first batch
        for n in range(1, 4):
            trainer.step_once()
            assert ran.acquire(timeout=10)
            assert not ran.acquire(timeout=0.2)  # exactly one batch, then paused again
            assert len(seen) == n and trainer.paused
        trainer.resume()
        worker.join(timeout=30)
    finally:
        trainer.request_stop()
        trainer.resume()
        worker.join(timeout=30)
    assert not worker.is_alive()
    assert out[0].stopped == "completed" and len(seen) == trainer.batches_per_epoch
    assert not trainer.paused
