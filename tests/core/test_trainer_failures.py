"""The trainer when things go wrong or need fitting: divergence, crashes, reshaping the data to the input, and
devices. Small data only (xor, hello, linear, moons, hand-made sets, MNIST limit 2000)."""
from __future__ import annotations

import math
import re

import numpy as np
import pytest
import torch

from netbuilder.core.design.design_io import design_from_dict
from netbuilder.core.errors import TrainingError
from netbuilder.core.training import Callback, TrainConfig, Trainer, resolve_device
from helpers import chain
from trainer_helpers import MOONS, Snapshots, make_trainer, mlp, small_set


# divergence and crashes --------------------------------------------------------------------------------------------
def test_divergence_stops_within_one_batch_with_finite_weights(tmp_path):
    # small batches: the loss overflows in the middle of epoch 2, after epoch 1 ended with good weights
    design = chain((1,), [("Linear", {"out_features": 1})], dataset={"name": "linear"}, loss="mse",
                   optimizer={"name": "sgd", "lr": 0.001}, epochs=20, batch_size=5)
    snaps = Snapshots()
    trainer = make_trainer(design, tmp_path, callbacks=[snaps])
    result = trainer.fit()
    assert result.stopped == "diverged"
    epoch, batch = map(int, re.search(r"at epoch (\d+), batch (\d+)", result.message).groups())
    assert (epoch, batch) == (2, 7)
    assert "The learning rate (0.001) is probably too high" in result.message
    assert result.message.endswith("The weights were put back to those at the end of epoch 1.")
    assert "values up to 99" in result.message and "normalise the inputs" in result.message
    # no batch ran after the bad one, and every reported loss before it was finite
    assert len(snaps.batch_losses) == (epoch - 1) * trainer.batches_per_epoch + batch - 1
    assert all(torch.isfinite(v) for v in snaps.batch_losses)
    assert all(torch.isfinite(p).all() for p in trainer.model.parameters())
    if epoch > 1:
        for k, v in trainer.model.state_dict().items():
            assert torch.equal(v, snaps.states[epoch - 1][k])
    assert len(result.history) == epoch - 1
    assert np.isfinite(trainer.predict([[1.0]])).all()


def test_deferred_divergence_check_as_on_cuda_names_the_same_batch(tmp_path):
    # on CUDA the loss is checked every few batches, without a sync per batch; exercise that path on the CPU
    # 50 batches per epoch: the loss overflows at epoch 4, batch 43, which the deferred check sees at batch 48
    design = chain((1,), [("Linear", {"out_features": 1})], dataset={"name": "linear"}, loss="mse",
                   optimizer={"name": "sgd", "lr": 0.0004}, epochs=30, batch_size=2)
    messages = []
    for eager in (True, False):
        trainer = make_trainer(design, tmp_path)
        trainer.check_every_batch = eager
        result = trainer.fit()
        assert result.stopped == "diverged"
        assert all(torch.isfinite(p).all() for p in trainer.model.parameters())
        messages.append(result.message)
    assert messages[0] == messages[1]
    assert "at epoch 4, batch 43" in messages[0] and "end of epoch 3" in messages[0]


def xor_trainer(callbacks=None, dataset=None, **overrides) -> Trainer:
    """The xor preset (1 batch per epoch; validation = the 4 training points)."""
    from netbuilder.core.design.design_io import load_design
    design = load_design("xor")
    return Trainer(design, TrainConfig.from_design(design, **overrides), device="cpu", callbacks=callbacks,
                   dataset=dataset)


def all_weights_finite(trainer) -> bool:
    return all(torch.isfinite(v).all() for v in trainer.model.state_dict().values())


@pytest.mark.parametrize("optimizer", ["sgd", "adam"])
@pytest.mark.parametrize("lr, problem", [
    (1e308, r"The weights became (NaN|infinite) during epoch 1 \(every batch's loss was finite\)"),  # overflow
    (1e30, "The validation loss became NaN with the weights at the end of epoch 1"),  # finite, but a NaN loss
])
def test_weights_that_overflow_at_the_end_of_an_epoch_are_not_kept(optimizer, lr, problem):
    trainer = xor_trainer(optimizer=optimizer, lr=lr, epochs=5)
    start = {k: v.clone() for k, v in trainer.model.state_dict().items()}
    result = trainer.fit()
    assert result.stopped == "diverged"
    assert re.match(problem, result.message)
    assert f"The learning rate ({lr:g}) is probably too high" in result.message
    assert result.message.endswith("The weights were put back to those at the start of the run.")
    assert result.history == []  # the bad epoch is not recorded
    assert all_weights_finite(trainer)
    assert all(torch.equal(v, start[k]) for k, v in trainer.model.state_dict().items())
    assert math.isfinite(result.test["test_loss"]) and math.isfinite(trainer.evaluate("test")["test_loss"])
    assert np.isfinite(trainer.predict([[0, 1]])).all()


def test_an_epoch_that_ends_with_bad_weights_goes_back_to_the_last_good_epoch():
    class Overflow(Snapshots):  # after epoch 2, a rate that makes the next step overflow the weights
        def on_train_epoch_end(self, trainer, epoch, metrics):
            super().on_train_epoch_end(trainer, epoch, metrics)
            if epoch == 2:
                trainer.optimizer.param_groups[0]["lr"] = 1e308

    snaps = Overflow()
    trainer = xor_trainer(callbacks=[snaps], optimizer="sgd", lr=0.1, epochs=10)
    result = trainer.fit()
    assert result.stopped == "diverged" and len(result.history) == 2
    assert re.match(r"The weights became (NaN|infinite) during epoch 3", result.message)
    assert result.message.endswith("The weights were put back to those at the end of epoch 2.")
    assert all(torch.equal(v, snaps.states[2][k]) for k, v in trainer.model.state_dict().items())
    assert math.isfinite(result.test["test_loss"])
    assert trainer.optimizer.param_groups[0]["lr"] == 0.1  # a fresh optimizer


def test_a_run_stopped_with_bad_weights_goes_back_to_the_last_good_epoch(tmp_path):
    class OverflowThenStop(Snapshots):
        def on_train_batch_end(self, trainer, epoch, batch, loss):
            super().on_train_batch_end(trainer, epoch, batch, loss)
            if (epoch, batch) == (2, 3):
                trainer.optimizer.param_groups[0]["lr"] = 1e308  # batch 4's step overflows the weights
            if (epoch, batch) == (2, 4):
                trainer.request_stop()

    snaps = OverflowThenStop()
    trainer = make_trainer(mlp(2, "Softmax", **dict(MOONS, optimizer={"name": "sgd", "lr": 0.1})), tmp_path,
                           callbacks=[snaps])
    result = trainer.fit()
    assert result.stopped == "diverged" and len(result.history) == 1
    assert re.match(r"The weights became (NaN|infinite) during epoch 2", result.message)
    assert result.message.endswith("The weights were put back to those at the end of epoch 1.")
    assert all(torch.equal(v, snaps.states[1][k]) for k, v in trainer.model.state_dict().items())


def test_without_a_validation_split_a_few_training_samples_check_the_weights():
    points = torch.tensor([[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]])
    data = small_set(points, torch.tensor([0, 1, 1, 0]))  # no validation split
    trainer = xor_trainer(dataset=data, optimizer="adam", lr=1e30, epochs=5)
    assert "val" not in trainer.splits
    result = trainer.fit()
    assert result.stopped == "diverged"
    assert result.message.startswith("The loss on the training samples became NaN with the weights at the end of "
                                     "epoch 1.")
    assert result.message.endswith("The weights were put back to those at the start of the run.")
    assert all_weights_finite(trainer) and math.isfinite(trainer.evaluate("test")["test_loss"])


def test_early_stopping_weights_are_kept_after_a_later_divergence():
    class Overflow(Callback):
        def on_train_epoch_end(self, trainer, epoch, metrics):
            if epoch == 3:
                trainer.optimizer.param_groups[0]["lr"] = 1e308

    trainer = xor_trainer(callbacks=[Overflow()], optimizer="sgd", lr=0.1, epochs=10)
    trainer.config.early_stopping = {"patience": 100, "monitor": "val_loss", "min_delta": 0.0}
    result = trainer.fit()
    assert result.stopped == "diverged" and result.best_epoch is not None and result.best_epoch <= 3
    assert "The weights were put back" not in result.message
    assert f"Kept the weights of epoch {result.best_epoch}" in result.message
    assert all_weights_finite(trainer) and math.isfinite(result.test["test_loss"])


def test_a_layer_crash_is_a_training_error_naming_the_node(tmp_path):
    exceptions = []

    class Watch(Callback):
        def on_exception(self, trainer, exc):
            exceptions.append(exc)

    trainer = make_trainer(mlp(2, "Softmax", **MOONS), tmp_path, callbacks=[Watch()])
    before = {k: v.clone() for k, v in trainer.model.state_dict().items()}
    calls = {"n": 0}
    real = trainer.model.n2.forward

    def flaky(x):
        calls["n"] += 1
        if calls["n"] > 5:
            raise RuntimeError("boom in the layer")
        return real(x)

    trainer.model.n2.forward = flaky
    with pytest.raises(TrainingError) as err:
        trainer.fit()
    assert "node 'n2' (Linear)" in str(err.value) and "boom in the layer" in str(err.value)
    assert "input shape [64, 16]" in str(err.value) and "epoch 1" in str(err.value)
    assert isinstance(exceptions[0], RuntimeError)
    assert all(torch.isfinite(p).all() for p in trainer.model.parameters())
    assert any(not torch.equal(v, before[k]) for k, v in trainer.model.state_dict().items())  # 5 good steps kept


# data fit: shapes, tasks --------------------------------------------------------------------------------------------
@pytest.mark.parametrize("sample, input_shape, mean, std", [
    ((3, 4, 4), (3, 4, 4), [0.49, 0.48, 0.45], [0.25, 0.24, 0.26]),  # per channel of an image
    ((3, 4, 4), (48,), 0.5, 0.25),                                  # one number, reshaped to the Input
    ((5,), (5,), [1.0, 2.0, 3.0, 4.0, 5.0], [1.0, 0.5, 2.0, 1.0, 4.0]),  # per feature of 1-D samples
])
def test_preprocessing_matches_the_formula(sample, input_shape, mean, std):
    from netbuilder.core.training.data import Preprocessor
    x = torch.randint(0, 256, (6, *sample), dtype=torch.uint8)
    prep = Preprocessor({"scale": 1 / 255, "mean": mean, "std": std}, sample, input_shape)
    view = (-1,) + (1,) * (len(sample) - 1)
    m, s = torch.tensor(mean).reshape(view), torch.tensor(std).reshape(view)
    expected = ((x.float() * (1 / 255) - m) / s).reshape(6, *input_shape)
    for raw in (x, x.float()):
        assert torch.allclose(prep(raw), expected, atol=1e-5) and prep(raw).dtype == torch.float32
    with pytest.raises(TrainingError, match="has 2 values but a sample's first dimension has"):
        Preprocessor({"scale": 1.0, "mean": [0.0, 1.0], "std": 1.0}, (3, 4, 4), (3, 4, 4))


def test_a_sample_shape_that_does_not_fit_the_input_is_a_clear_error(tmp_path):
    data = small_set(torch.zeros(8, 3, 2), torch.zeros(8))
    with pytest.raises(TrainingError, match=r"samples of shape \[3, 2\] \(6 values\).*Input 'x' expects \[2\]"
                                            r".*Set the Input shape to \[3, 2\]"):
        make_trainer(mlp(2, "Softmax", **MOONS), tmp_path, dataset=data)


@pytest.mark.parametrize("design, message", [
    (mlp(3, "Softmax", **MOONS), r"gives 3 value\(s\) but the dataset 'moons' has 2 classes"),
    (mlp(1, None, input_shape=(1,), **dict(MOONS, dataset={"name": "hello"})), "cross_entropy is a loss for "
                                                                                "classes.*Use mse or l1"),
    (mlp(2, None, input_shape=(1,), **dict(MOONS, dataset={"name": "hello"}, loss="mse")),
     r"1 target value\(s\) per sample, but the output 'n2' gives 2"),
])
def test_loss_dataset_and_output_must_fit(design, message, tmp_path):
    with pytest.raises(TrainingError, match=message):
        make_trainer(design, tmp_path)


def test_mnist_is_reshaped_to_an_lstm_input(data_dir):
    design = chain((28, 28), [("LSTM", {"hidden_size": 16}), ("Linear", {"out_features": 10}),
                              ("Softmax", None)],
                   dataset={"name": "mnist", "limit": 2000}, loss="cross_entropy",
                   optimizer={"name": "adam", "lr": 0.01}, epochs=3, batch_size=50)
    d = design_from_dict(design)
    trainer = Trainer(d, TrainConfig.from_design(d), device="cpu", data_dir=data_dir)
    trainer.splits.pop("test")  # keep the run short: no pass over the 10000 test images
    result = trainer.fit()
    assert trainer.dataset.x_train.dtype == torch.uint8  # preprocessed per batch, not stored as floats
    assert result.history[-1]["loss"] < result.history[0]["loss"] and result.history[-1]["val_accuracy"] > 0.3
    rows = trainer.dataset.x_train[:3].reshape(3, 784).numpy()  # flat pixel rows, raw 0..255
    probs = trainer.predict(rows)
    assert probs.shape == (3, 10) and np.allclose(probs.sum(1), 1, atol=1e-5)


def test_predict_and_evaluate_agree_with_numpy(tmp_path):
    trainer = make_trainer(mlp(2, "Softmax", **MOONS), tmp_path)
    trainer.fit()
    test = trainer.evaluate("test")
    x, y = trainer.dataset.x_test.numpy(), trainer.dataset.y_test.numpy()
    pred = trainer.predict(x).argmax(1)
    assert test["test_accuracy"] == pytest.approx((pred == y).mean())
    conf = np.zeros((2, 2), int)
    np.add.at(conf, (y, pred), 1)
    assert test["test_confusion"] == conf.tolist()
    assert set(trainer.evaluate("val")) >= {"val_loss", "val_accuracy", "val_f1"}
    with pytest.raises(TrainingError, match="no val split"):
        make_trainer(mlp(2, "Softmax", **dict(MOONS, dataset={"name": "moons", "validation": 0})),
                     tmp_path).evaluate("val")


def test_callbacks_see_every_hook_and_threads_are_restored(tmp_path):
    snaps = Snapshots()
    threads = torch.get_num_threads()
    trainer = make_trainer(mlp(2, "Softmax", **dict(MOONS, epochs=2)), tmp_path, callbacks=[snaps])
    result = trainer.fit()
    assert snaps.events == ["start", "epoch 1", "epoch 2", "completed"]
    assert len(snaps.batch_losses) == 2 * trainer.batches_per_epoch
    assert torch.get_num_threads() == threads
    assert trainer.threads_for_run() == threads
    h = result.history[0]
    assert {"epoch", "loss", "seconds", "lr", "accuracy", "val_loss", "val_accuracy"} <= set(h)
    assert set(result.test) == {"test_loss", "test_accuracy", "test_precision", "test_recall", "test_f1",
                                "test_confusion"}


def test_one_forward_walk_a_loop_for_chains_a_graph_walk_otherwise():
    from netbuilder.core.design.compiler import compile_design
    x = torch.randn(5, 2)
    chain_model = compile_design(design_from_dict(mlp(3, "Softmax", **MOONS)))
    chain, steps = chain_model._plan(chain_model.logits_id)
    assert chain and steps == [node_id for node_id, _ in chain_model.order][:-1]  # the folded Softmax left out
    by_hand = x
    for node_id in steps:
        by_hand = getattr(chain_model, node_id)(by_hand)
    assert torch.equal(chain_model.forward_logits(x), by_hand)
    assert torch.allclose(chain_model(x), torch.softmax(by_hand, dim=-1))
    branched = design_from_dict({
        "nodes": [{"id": "x", "type": "Input", "params": {"shape": [2]}},
                  {"id": "a", "type": "Linear", "params": {"out_features": 2}},
                  {"id": "sum", "type": "Add"}],
        "edges": [{"source": "x", "target": "a"}, {"source": "a", "target": "sum"},
                  {"source": "x", "target": "sum", "port": 1}], "training": MOONS})
    model = compile_design(branched)
    chain, steps = model._plan(model.output_id)
    assert not chain and [node_id for node_id, _ in steps] == ["a", "sum"]
    assert torch.allclose(model(x), model.a(x) + x)
    import copy  # plans are data: a copy runs its own modules, not the original's
    twin = copy.deepcopy(model)
    with torch.no_grad():
        twin.a.weight.zero_()
        twin.a.bias.zero_()
    assert torch.allclose(twin(x), x) and not torch.allclose(model(x), x)


# devices -------------------------------------------------------------------------------------------------------------
def test_resolve_device(monkeypatch):
    assert resolve_device("cpu") == torch.device("cpu")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert resolve_device("auto") == torch.device("cpu")
    with pytest.raises(TrainingError, match=r"CUDA was requested but this machine has no CUDA device \(torch "
                                            r"reports none\)\. Use --device cpu or auto\."):
        resolve_device("cuda")
    with pytest.raises(TrainingError, match="no CUDA device"):
        resolve_device("cuda:1")
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 2)
    assert resolve_device("auto") == torch.device("cuda")
    assert resolve_device("CUDA:1") == torch.device("cuda", 1)
    with pytest.raises(TrainingError, match=r"cuda:2 does not exist: this machine has 2 CUDA devices "
                                            r"\(cuda:0 to cuda:1\)"):
        resolve_device("cuda:2")
    for bad in ("gpu", "cuda:x", "tpu", ""):
        with pytest.raises(TrainingError, match="use auto, cpu, cuda, or cuda:N"):
            resolve_device(bad)


def test_the_deferred_check_path_reads_the_device_once_every_few_batches(tmp_path, monkeypatch):
    """The CUDA path (check_every_batch False) must not sync per batch: no .item(), float() or bool() per step."""
    from netbuilder.core.training.loop import CUDA_CHECK_EVERY
    trainer = make_trainer(mlp(2, "Softmax", **dict(MOONS, epochs=1)), tmp_path, batch_size=8)
    trainer.check_every_batch = False
    reads = []
    for name in ("item", "__float__", "__bool__"):
        original = getattr(torch.Tensor, name)
        monkeypatch.setattr(torch.Tensor, name, lambda self, _o=original, _n=name: reads.append(_n) or _o(self))
    batches = trainer.batches_per_epoch
    trainer._train_epoch(1)  # the loop alone, without the end-of-epoch evaluation
    assert batches >= 100
    assert len(reads) <= batches // CUDA_CHECK_EVERY + 10, (batches, len(reads))
