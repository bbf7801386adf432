"""The training session: a copy of the design trained run after run, run records, curves, control requests made
from other threads, restoring and resetting weights, failures that never raise, checkpoints with curves, and the
device list. Generated data only (moons, linear, hello); CPU, one thread, a few small epochs."""
from __future__ import annotations

import copy
import dataclasses
import re
import threading
import time
import types

import numpy as np
import pytest
import torch

from netbuilder.core.datasets import load_dataset
from netbuilder.core.design_io import design_from_dict, design_to_dict
from netbuilder.core.errors import DataError, TrainingError
from netbuilder.core.training import (Callback, TrainConfig, Trainer, TrainingSession, describe, load_checkpoint,
                                      save_checkpoint)
from netbuilder.core.training.device import available_devices
from netbuilder.core.training.runs import CurveRecorder, flat_settings, network_of, settings_diff
from helpers import chain


# designs and helpers ---------------------------------------------------------------------------------------------


#: moons without a validation split: 1000 training samples, 10 batches of 100 per epoch
MOONS = dict(dataset={"name": "moons", "validation": 0}, loss="cross_entropy",
             optimizer={"name": "adam", "lr": 0.02}, epochs=2, batch_size=100, seed=0)
PER_EPOCH = 10
ROWS = [[0.0, 0.0], [1.0, -0.5], [-1.0, 0.5], [2.0, 0.25]]


def moons_dict(**training) -> dict:
    """Input [2] -> Linear 16 (n0) -> Tanh (n1) -> Linear 2 (n2) -> Softmax (n3)."""
    return chain((2,), [("Linear", {"out_features": 16}), ("Tanh", None), ("Linear", {"out_features": 2}),
                        ("Softmax", None)], **{**MOONS, **training})


def make_session(design, tmp_path, config=None, **kwargs) -> TrainingSession:
    if isinstance(design, dict):
        design = design_from_dict(design)
    kwargs = {"device": "cpu", "num_threads": 1, "data_dir": tmp_path, **kwargs}
    return TrainingSession(design, config, **kwargs)


def same_state(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)


def expected_x(first_epoch: int, epochs: int, per_epoch: int = PER_EPOCH) -> np.ndarray:
    """The curve's x values of ``epochs`` whole epochs from ``first_epoch``, computed as the recorder does."""
    return np.array([e - 1 + b / per_epoch for e in range(first_epoch, first_epoch + epochs)
                     for b in range(1, per_epoch + 1)])


class Batches(Callback):
    """Counts batches; ``ran`` is released once per batch so that another thread can wait for them."""

    def __init__(self) -> None:
        self.seen: list[tuple[int, int]] = []
        self.ran = threading.Semaphore(0)

    def on_train_batch_end(self, trainer, epoch, batch, loss):
        self.seen.append((epoch, batch))
        self.ran.release()


class FitStart(Callback):
    def __init__(self) -> None:
        self.states: list[dict] = []

    def on_fit_start(self, trainer):
        self.states.append({k: v.detach().clone() for k, v in trainer.model.state_dict().items()})


class Worker:
    """``session.run()`` in a thread; ``finish()`` makes sure it ends (stop, resume) and joins it."""

    def __init__(self, session: TrainingSession, **kwargs) -> None:
        self.session, self.out, self.errors = session, [], []

        def target():
            try:
                self.out.append(session.run(**kwargs))
            except BaseException as exc:  # noqa: BLE001 (run() must never raise: the test checks this list)
                self.errors.append(exc)

        self.thread = threading.Thread(target=target, daemon=True)
        self.thread.start()

    def wait_until(self, condition, what: str, timeout: float = 30.0) -> None:
        event = threading.Event()
        for _ in range(int(timeout / 0.01)):
            if condition():
                return
            event.wait(0.01)
        raise AssertionError(f"timed out waiting until {what}")

    def join(self, timeout: float = 60.0):
        self.thread.join(timeout)
        assert not self.thread.is_alive(), "the run did not end"
        assert self.errors == []
        return self.out[0]

    def finish(self) -> None:
        if self.thread.is_alive():
            self.session.request_stop()
            self.session.resume()
            self.thread.join(60)
        assert not self.thread.is_alive()


# 1. the session trains a copy --------------------------------------------------------------------------------------
def test_the_session_trains_a_copy_of_the_design_and_settings(tmp_path):
    design = design_from_dict(moons_dict())
    config = TrainConfig.from_design(design)
    session = make_session(design, tmp_path, config)
    original = design_to_dict(design)

    design.set_params("n0", {"out_features": 3})
    design.set_meta("name", "edited")
    design.set_meta("training", {**MOONS, "epochs": 7, "optimizer": {"name": "sgd", "lr": 0.5}})
    design.set_position("n1", (500.0, 500.0))
    config.optimizer["lr"] = 0.9
    config.epochs = 9

    assert session.design is not design
    assert design_to_dict(session.design) == original
    assert session.design.node("n0").params == {"out_features": 16}
    assert session.design.name == "test" and session.design.training["epochs"] == 2
    assert session.config.optimizer["lr"] == 0.02 and session.config.epochs == 2
    assert not session.same_network(design)

    record = session.run()
    assert record.status == "completed", record.message
    assert record.state["n0.weight"].shape == (16, 2) and len(record.history) == 2
    assert record.design == original
    assert record.settings["optimizer"]["lr"] == 0.02

    path = tmp_path / "copy.pt"
    session.save_checkpoint(path)
    ckpt = load_checkpoint(path)
    assert ckpt.design.name == "test"
    assert ckpt.design.node("n0").params == {"out_features": 16}
    assert ckpt.design.training == original["training"]
    assert network_of(ckpt.design) == network_of(original) != network_of(design)
    assert ckpt.config["optimizer"]["lr"] == 0.02 and ckpt.config["epochs"] == 2


def test_a_design_dict_is_copied_too(tmp_path):
    data = moons_dict()
    session = TrainingSession(data, device="cpu", num_threads=1, data_dir=tmp_path)
    data["nodes"][1]["params"]["out_features"] = 5
    data["training"]["epochs"] = 11
    assert session.design.node("n0").params == {"out_features": 16}
    assert session.config.epochs == 2


def test_update_settings_copies_name_and_training_of_the_same_network_only(tmp_path):
    design = design_from_dict(moons_dict())
    session = make_session(design, tmp_path)
    session.run()
    renamed = design.copy()
    renamed.set_meta("name", "renamed")
    renamed.set_meta("description", "new words")
    renamed.set_position("n0", (42.0, 7.0))
    session.update_settings(session.config, design=renamed)
    renamed.set_meta("name", "renamed again")  # copied, not shared
    assert session.design.name == "renamed" and session.design.description == "new words"
    session.save_checkpoint(tmp_path / "renamed.pt")
    assert load_checkpoint(tmp_path / "renamed.pt").design.name == "renamed"

    other = design.copy()
    other.set_params("n2", {"out_features": 3})
    with pytest.raises(TrainingError, match="network changed"):
        session.update_settings(session.config, design=other)
    assert session.design.node("n2").params == {"out_features": 2}


# 2. the run record -----------------------------------------------------------------------------------------------
def test_run_returns_a_complete_record(tmp_path):
    session = make_session(moons_dict(), tmp_path)
    assert not session.prepared and session.runs == []
    record = session.run()
    assert session.prepared and session.runs == [record]
    assert record.number == 1 and record.label == "Run 1"
    assert record.status == "completed" and record.message == ""
    assert record.device == "cpu" and record.settings["device"] == "cpu"
    assert [m["epoch"] for m in record.history] == [1, 2]
    assert record.full_history == record.history == session.history
    assert record.history is not session.history and record.history[0] is not session.history[0]

    assert len(record.batch_x) == len(record.batch_loss) == 2 * PER_EPOCH == 2 * session.trainer.batches_per_epoch
    assert record.batch_x[0] == 0.1 and record.batch_x[-1] == 2.0
    np.testing.assert_array_equal(record.batch_x, expected_x(1, 2))
    assert np.isfinite(record.batch_loss).all()
    # every batch holds 100 samples, so an epoch's loss is the mean of its batch losses
    for i, metrics in enumerate(record.history):
        assert metrics["loss"] == pytest.approx(record.batch_loss[i * PER_EPOCH:(i + 1) * PER_EPOCH].mean(),
                                                rel=1e-6)

    weights = session.trainer.model.state_dict()
    assert record.state.keys() == weights.keys()
    for key, value in record.state.items():
        assert value.device.type == "cpu" and torch.equal(value, weights[key])
        assert value.data_ptr() != weights[key].data_ptr()  # a copy, not the live weights

    out = record.outcome()
    assert out["status"] == "completed" and out["run"] == 1 and out["epochs"] == 2
    assert out["loss"] == record.history[-1]["loss"] and out["accuracy"] == record.history[-1]["accuracy"]
    assert 0.0 <= out["accuracy"] <= 1.0
    assert "error" not in out and "epoch" not in out and "seconds" in out
    assert out["test"] == record.test and "test_accuracy" in record.test and "test_confusion" in record.test
    assert record.final == {k: v for k, v in record.history[-1].items()
                            if k not in ("epoch", "seconds", "lr", "partial", "batches")}
    assert describe(record).startswith("Completed: 2 epochs in ")
    assert "accuracy" in describe(record)


def test_a_record_keeps_its_decision_boundary_for_two_inputs_only(tmp_path, monkeypatch):
    session = make_session(moons_dict(epochs=1), tmp_path)
    record = session.run()
    grid = record.boundary  # the network's output over the plane at the run's end (the runs view's thumbnail)
    assert grid["output"].shape == (48, 48, 2) and [len(a) for a in grid["axes"]] == [48, 48]
    assert grid["task"] == "classification" and grid["units"] == {}  # no hidden-unit maps kept
    assert grid["points"].shape == (300, 2) and grid["labels"].shape == (300,)
    np.testing.assert_allclose(grid["output"].sum(-1), 1.0, atol=1e-5)  # softmax probabilities
    # the output of the weights the run ended with, as the panel's own probe computes it
    np.testing.assert_allclose(grid["output"], session.probe("grid", resolution=48)["output"], atol=1e-6)

    # more than 2 features (an MNIST-like table): no boundary, and the probe is not even asked
    rows = ["a,b,c,d,kind"] + [f"{i % 3},{i % 5},{i % 7},{i % 2},{'yes' if i % 2 else 'no'}" for i in range(40)]
    (tmp_path / "wide.csv").write_text("\n".join(rows) + "\n")
    wide = chain((4,), [("Linear", {"out_features": 2}), ("Softmax", None)],
                 **{**MOONS, "dataset": {"name": "csv", "path": str(tmp_path / "wide.csv"), "target": "kind"}})
    asked = []
    monkeypatch.setattr("netbuilder.core.training.session.run_probe", lambda *a, **k: asked.append(a) or {})
    record = make_session(wide, tmp_path).run()
    assert record.status == "completed" and record.boundary is None and asked == []


def test_a_boundary_that_cannot_be_drawn_never_fails_the_run(tmp_path, monkeypatch):
    def boom(*_args, **_kwargs):
        raise IndexError("a bug in the probe")

    monkeypatch.setattr("netbuilder.core.training.session.run_probe", boom)
    record = make_session(moons_dict(epochs=1), tmp_path).run()
    assert record.status == "completed" and record.boundary is None and record.state is not None


def test_a_records_weights_do_not_change_when_training_goes_on(tmp_path):
    session = make_session(moons_dict(), tmp_path)
    first = session.run()
    kept = {k: v.clone() for k, v in first.state.items()}
    second = session.run()
    assert same_state(first.state, kept)
    assert not same_state(second.state, first.state)


# 3. train again continues -----------------------------------------------------------------------------------------
def test_train_again_continues_and_records_what_changed(tmp_path):
    session = make_session(moons_dict(), tmp_path)
    first = session.run()
    assert first.changed == flat_settings(first.settings)
    assert first.changed["optimizer.lr"] == 0.02 and first.changed["device"] == "cpu"

    session.update_settings(TrainConfig.from_dict({**MOONS, "optimizer": {"name": "adam", "lr": 0.05}}))
    second = session.run()
    assert second.status == "completed" and second.number == 2
    assert second.changed == {"optimizer.lr": 0.05}
    assert session.trainer.optimizer.param_groups[0]["lr"] == 0.05
    assert [m["epoch"] for m in second.history] == [3, 4]
    assert [m["epoch"] for m in second.full_history] == [1, 2, 3, 4]
    assert second.full_history[:2] == first.full_history
    np.testing.assert_array_equal(second.batch_x, expected_x(3, 2))
    assert second.outcome()["epochs"] == 4

    third = session.run()
    assert third.changed == {}
    assert [m["epoch"] for m in third.history] == [5, 6]
    x, loss = session.curves.points()
    np.testing.assert_array_equal(x, expected_x(1, 6))
    np.testing.assert_array_equal(loss, np.concatenate([first.batch_loss, second.batch_loss, third.batch_loss]))


def test_more_epochs_and_a_new_batch_size_apply_to_the_next_run(tmp_path):
    session = make_session(moons_dict(), tmp_path)
    session.run()
    session.update_settings(TrainConfig.from_dict({**MOONS, "epochs": 1, "batch_size": 250}))
    record = session.run()
    assert record.changed == {"epochs": 1, "batch_size": 250}
    assert [m["epoch"] for m in record.history] == [3]
    np.testing.assert_array_equal(record.batch_x, expected_x(3, 1, per_epoch=4))


# 4. reset weights ------------------------------------------------------------------------------------------------
def test_reset_weights_gives_back_the_initial_weights(tmp_path):
    fresh = make_session(moons_dict(), tmp_path)
    assert fresh.state_snapshot() == {}  # nothing built yet
    fresh.prepare()
    initial = fresh.state_snapshot()
    assert initial

    session = make_session(moons_dict(), tmp_path)
    first = session.run()
    assert not same_state(session.state_snapshot(), initial)
    session.reset_weights()
    assert same_state(session.state_snapshot(), initial)
    assert session.history == [] and session.trainer.history == []
    assert len(session.curves.points()[0]) == 0
    assert session.runs == [first]  # earlier runs stay

    # and training from there is the same as training a fresh session
    again = session.run()
    reference = fresh.run()
    assert [m["epoch"] for m in again.history] == [1, 2]
    assert [m["loss"] for m in again.history] == [m["loss"] for m in reference.history]
    assert same_state(again.state, reference.state)
    np.testing.assert_array_equal(again.batch_x, expected_x(1, 2))


def test_reset_weights_before_prepare_drops_a_restored_state(tmp_path):
    trained = make_session(moons_dict(), tmp_path)
    record = trained.run()
    session = make_session(moons_dict(), tmp_path)
    session.restore_run(record)
    assert same_state(session.state_snapshot(), record.state) and len(session.history) == 2
    session.reset_weights()
    assert session.state_snapshot() == {} and session.history == []
    fresh = make_session(moons_dict(), tmp_path)
    fresh.prepare()
    session.prepare()
    assert same_state(session.state_snapshot(), fresh.state_snapshot())


# 5. restore a run ------------------------------------------------------------------------------------------------
def test_restore_run_puts_back_weights_history_and_curve(tmp_path):
    session = make_session(moons_dict(), tmp_path)
    first = session.run()
    second = session.run()
    assert not same_state(first.state, second.state)
    session.restore_run(first)
    assert same_state(session.state_snapshot(), first.state)
    assert len(session.history) == len(first.full_history) == 2
    assert session.history == first.full_history
    x, loss = session.curves.points()
    np.testing.assert_array_equal(x, first.batch_x)
    np.testing.assert_array_equal(loss, first.batch_loss)

    third = session.run()  # continues from run 1's end
    assert [m["epoch"] for m in third.history] == [3, 4]
    np.testing.assert_array_equal(third.batch_x, expected_x(3, 2))
    assert [m["epoch"] for m in third.full_history] == [1, 2, 3, 4]
    assert third.full_history[:2] == first.full_history

    session.restore_run(second)  # forwards again
    assert same_state(session.state_snapshot(), second.state)


def test_restore_run_into_a_session_not_yet_prepared(tmp_path):
    trained = make_session(moons_dict(), tmp_path)
    record = trained.run()
    session = make_session(moons_dict(), tmp_path)
    session.restore_run(record)
    assert not session.prepared
    starts = FitStart()
    again = session.run([starts])
    assert same_state(starts.states[0], record.state)
    assert [m["epoch"] for m in again.history] == [3, 4]


def test_restore_run_refuses_another_network_or_a_run_without_weights(tmp_path):
    session = make_session(moons_dict(), tmp_path)
    record = session.run()
    before = session.state_snapshot()
    changed = copy.deepcopy(record.design)
    next(n for n in changed["nodes"] if n["id"] == "n0")["params"]["out_features"] = 8
    with pytest.raises(TrainingError, match="different network"):
        session.restore_run(dataclasses.replace(record, design=changed))
    rewired = copy.deepcopy(record.design)
    rewired["edges"] = [e for e in rewired["edges"] if e["target"] != "n3"] + [{"source": "n2", "target": "n3",
                                                                               "port": 1}]
    with pytest.raises(TrainingError, match="different network"):
        session.restore_run(dataclasses.replace(record, design=rewired))
    with pytest.raises(TrainingError, match="nothing to restore"):
        session.restore_run(dataclasses.replace(record, state=None, status="failed"))
    assert same_state(session.state_snapshot(), before) and len(session.history) == 2
    # moving or renaming nodes is not another network
    moved = copy.deepcopy(record.design)
    moved["nodes"][1]["position"] = [999, 999]
    moved["name"] = "another name"
    session.restore_run(dataclasses.replace(record, design=moved))


# 6. validation scores ---------------------------------------------------------------------------------------------
class Validations(Callback):
    def __init__(self) -> None:
        self.calls: list[tuple[int, dict, dict | None]] = []
        self.order: list[str] = []

    def on_validation_end(self, trainer, epoch, scores):
        self.calls.append((epoch, scores, trainer.last_validation))
        self.order.append(f"val{epoch}")

    def on_train_epoch_end(self, trainer, epoch, metrics):
        self.order.append(f"epoch{epoch}")


def test_on_validation_end_gets_the_full_scores_of_a_classifier(tmp_path):
    design = moons_dict(dataset={"name": "moons", "validation": 0.2})
    session = make_session(design, tmp_path)
    hook = Validations()
    record = session.run([hook])
    assert record.status == "completed", record.message
    val_size = len(session.trainer.splits["val"].x)
    assert val_size == 200
    assert [c[0] for c in hook.calls] == [1, 2]
    assert hook.order == ["val1", "epoch1", "val2", "epoch2"]
    for (epoch, scores, last), metrics in zip(hook.calls, record.history):
        assert scores["epoch"] == epoch
        confusion = np.array(scores["confusion"])
        assert confusion.shape == (2, 2) and confusion.sum() == val_size
        assert all(len(scores[k]) == 2 for k in ("precision", "recall", "f1"))
        assert scores["accuracy"] == pytest.approx(np.trace(confusion) / val_size)
        # recall of class c: the diagonal over the row (rows are the true classes)
        np.testing.assert_allclose(scores["recall"], np.diag(confusion) / confusion.sum(axis=1))
        assert metrics["val_loss"] == scores["loss"] and metrics["val_accuracy"] == scores["accuracy"]
        assert last == {k: v for k, v in scores.items() if k != "epoch"}
    assert session.trainer.last_validation == {k: v for k, v in hook.calls[-1][1].items() if k != "epoch"}


def test_on_validation_end_is_not_called_without_a_validation_split(tmp_path):
    session = make_session(moons_dict(), tmp_path)  # validation 0
    hook = Validations()
    record = session.run([hook])
    assert record.status == "completed"
    assert hook.calls == [] and hook.order == ["epoch1", "epoch2"]
    assert session.trainer.last_validation is None
    assert "val_loss" not in record.history[-1]


# 7. set_lr during a run -------------------------------------------------------------------------------------------
class LrAt(Callback):
    """Asks for ``lr`` after batch ``at`` of epoch 1 (through ``setter``) and notes the rate of every batch."""

    def __init__(self, setter, at: int = 3, lr: float = 0.5) -> None:
        self.setter, self.at, self.lr = setter, at, lr
        self.rates: list[float] = []

    def on_train_batch_end(self, trainer, epoch, batch, loss):
        self.rates.append(trainer.optimizer.param_groups[0]["lr"])
        if (epoch, batch) == (1, self.at):
            self.setter(trainer)(self.lr)


@pytest.mark.parametrize("through", ["session", "trainer"])
def test_set_lr_during_a_run_applies_from_the_next_batch(through, tmp_path):
    session = make_session(moons_dict(), tmp_path)
    watch = LrAt(lambda trainer: session.set_lr if through == "session" else trainer.set_lr)
    record = session.run([watch])
    assert record.status == "completed"
    assert watch.rates[:3] == [0.02] * 3
    assert watch.rates[3:] == [0.5] * (2 * PER_EPOCH - 3)
    assert session.trainer.config.optimizer["lr"] == 0.5
    assert record.history[1]["lr"] == 0.5
    if through == "session":
        assert session.config.optimizer["lr"] == 0.5 and record.settings["optimizer"]["lr"] == 0.5


def test_set_lr_between_runs_applies_to_the_next_run(tmp_path):
    session = make_session(moons_dict(), tmp_path)
    session.set_lr(0.3)  # before anything is built
    watch = LrAt(lambda trainer: lambda lr: None)
    first = session.run([watch])
    assert watch.rates == [0.3] * (2 * PER_EPOCH)
    assert first.settings["optimizer"]["lr"] == 0.3 and [m["lr"] for m in first.history] == [0.3, 0.3]

    session.set_lr(0.01)  # between runs, trainer built
    watch = LrAt(lambda trainer: lambda lr: None)
    second = session.run([watch])
    assert watch.rates == [0.01] * (2 * PER_EPOCH)
    assert second.changed == {"optimizer.lr": 0.01}
    # each epoch's "lr" is the rate used in that epoch
    assert [m["lr"] for m in second.history] == [0.01, 0.01]


@pytest.mark.parametrize("bad", [0, 0.0, -1, float("nan"), float("inf")])
def test_invalid_learning_rates_are_refused(bad, tmp_path):
    session = make_session(moons_dict(), tmp_path)
    with pytest.raises(TrainingError, match="optimizer.lr: must be (greater than 0|a number)"):
        session.set_lr(bad)
    session.prepare()
    with pytest.raises(TrainingError, match="optimizer.lr: must be (greater than 0|a number)"):
        session.set_lr(bad)
    with pytest.raises(TrainingError, match="optimizer.lr: must be (greater than 0|a number)"):
        session.trainer.set_lr(bad)
    assert session.config.optimizer["lr"] == 0.02
    assert session.trainer.optimizer.param_groups[0]["lr"] == 0.02
    record = session.run()
    assert record.status == "completed" and record.settings["optimizer"]["lr"] == 0.02


# 8. quick stop ---------------------------------------------------------------------------------------------------
class StopAt(Callback):
    def __init__(self, stop, epoch: int = 2, batch: int = 3) -> None:
        self.stop, self.at = stop, (epoch, batch)
        self.seen = 0

    def on_train_batch_end(self, trainer, epoch, batch, loss):
        self.seen += 1
        if (epoch, batch) == self.at:
            self.stop(trainer)


def test_a_stop_in_the_session_ends_the_run_at_once_without_evaluation(tmp_path):
    design = moons_dict(dataset={"name": "moons", "validation": 0.2}, batch_size=80)
    session = make_session(design, tmp_path)
    stopper = StopAt(lambda trainer: session.request_stop())
    record = session.run([stopper])
    assert record.status == "stopped"
    assert stopper.seen == 10 + 3  # no batch after the stop
    assert [m["epoch"] for m in record.history] == [1, 2]
    last = record.history[-1]
    assert last["partial"] is True and last["batches"] == 3
    assert "val_loss" not in last and "val_accuracy" not in last
    assert "val_loss" in record.history[0]
    assert record.test == {}
    out = record.outcome()
    assert out["status"] == "stopped" and "test" not in out and "error" in out
    assert describe(record).startswith("Stopped by you during epoch 2 (after batch 3)")
    assert len(record.batch_x) == 13 and record.batch_x[-1] == 1 + 3 / 10
    assert all(torch.isfinite(v).all() for v in record.state.values())

    session.clear_requests()
    again = session.run()
    assert again.status == "completed" and [m["epoch"] for m in again.history] == [3, 4]


def test_a_plain_trainer_still_evaluates_after_a_stop(tmp_path):
    design = design_from_dict(moons_dict(dataset={"name": "moons", "validation": 0.2}, batch_size=80))
    trainer = Trainer(design, TrainConfig.from_design(design), device="cpu", data_dir=tmp_path, num_threads=1,
                      callbacks=[StopAt(lambda trainer: trainer.request_stop())])
    assert trainer.evaluate_on_stop is True
    result = trainer.fit()
    assert result.stopped == "stopped"
    assert result.history[-1]["partial"] is True and "val_loss" in result.history[-1]
    assert "test_accuracy" in result.test


# 9. requests made before the trainer exists --------------------------------------------------------------------------
def test_a_pause_asked_for_before_the_run_is_not_lost(tmp_path):
    session = make_session(moons_dict(epochs=1), tmp_path)
    batches = Batches()
    session.pause()
    worker = Worker(session, callbacks=[batches])
    try:
        worker.wait_until(lambda: session.trainer is not None and session.trainer.paused, "the trainer is paused")
        assert not batches.ran.acquire(timeout=0.3)  # paused before its first batch
        assert batches.seen == []
        session.step_once()  # one batch, then paused again
        assert batches.ran.acquire(timeout=30)
        assert not batches.ran.acquire(timeout=0.2)
        assert batches.seen == [(1, 1)] and session.trainer.paused
        session.resume()
        record = worker.join()
    finally:
        worker.finish()
    assert record.status == "completed"
    assert len(batches.seen) == PER_EPOCH and len(record.batch_x) == PER_EPOCH
    assert not session.trainer.paused
    assert session.trainer.paused_seconds > 0


def test_a_stop_asked_for_before_the_run_stops_it_before_training(tmp_path):
    session = make_session(moons_dict(), tmp_path)
    session.request_stop()
    batches = Batches()
    record = session.run([batches])
    assert record.status == "stopped" and batches.seen == []
    assert record.history == [] and session.history == []
    assert record.message == "Stopped before training began."
    assert describe(record).startswith("Stopped by you.")
    assert record.state is not None  # the model was built; its weights are the initial ones
    fresh = make_session(moons_dict(), tmp_path)
    fresh.prepare()
    assert same_state(record.state, fresh.state_snapshot())

    # asked for again with the trainer built
    session.request_stop()
    assert session.run([batches]).status == "stopped" and batches.seen == []
    session.clear_requests()
    again = session.run([batches])
    assert again.status == "completed" and len(batches.seen) == 2 * PER_EPOCH


@pytest.mark.parametrize("prepared", [False, True])
def test_clear_requests_forgets_a_stop_and_a_pause(prepared, tmp_path):
    session = make_session(moons_dict(epochs=1), tmp_path)
    if prepared:
        session.prepare()
    session.pause()
    session.request_stop()
    session.clear_requests()
    if prepared:
        assert not session.trainer.paused and not session.trainer.stop_requested
    worker = Worker(session)  # in a thread: a pause that was not forgotten would wait for ever
    try:
        record = worker.join()
    finally:
        worker.finish()
    assert record.status == "completed" and len(record.history) == 1


# 10. Step from idle -------------------------------------------------------------------------------------------------
def test_start_paused_trains_one_batch_then_waits(tmp_path):
    session = make_session(moons_dict(), tmp_path)
    batches = Batches()
    worker = Worker(session, callbacks=[batches], start_paused=True)
    try:
        assert batches.ran.acquire(timeout=30)
        assert not batches.ran.acquire(timeout=0.3)  # then paused
        assert batches.seen == [(1, 1)]
        assert session.trainer.paused
        session.request_stop()
        record = worker.join()
    finally:
        worker.finish()
    assert batches.seen == [(1, 1)]
    assert record.status == "stopped"
    np.testing.assert_array_equal(record.batch_x, [0.1])
    assert len(record.batch_loss) == 1
    assert len(record.history) == 1 and record.history[0]["partial"] is True and record.history[0]["batches"] == 1
    assert not session.trainer.paused

    session.clear_requests()
    again = session.run([batches])  # the next run is not paused
    assert again.status == "completed" and [m["epoch"] for m in again.history] == [2, 3]


# 11. failures never raise ---------------------------------------------------------------------------------------------
def test_a_layer_that_fails_gives_a_failed_record_naming_the_node(tmp_path, monkeypatch):
    session = make_session(moons_dict(), tmp_path)
    good = session.run()
    kept = {k: v.clone() for k, v in good.state.items()}

    def boom(self, x):
        raise RuntimeError("boom")

    monkeypatch.setattr(torch.nn.Tanh, "forward", boom)
    record = session.run()  # must not raise
    assert record.status == "failed"
    assert "node 'n1' (Tanh)" in record.message and "RuntimeError: boom" in record.message
    assert "epoch 3" in record.message
    assert record.outcome()["error"] == record.message and record.outcome()["status"] == "failed"
    assert describe(record) == f"Failed: {record.message}"
    assert record.history == [] and len(record.full_history) == 2
    assert session.runs == [good, record]
    # the weights of the completed run are intact, in its record and in the session
    assert same_state(good.state, kept)
    assert same_state(session.state_snapshot(), kept)
    assert len(session.history) == 2

    monkeypatch.undo()
    session.clear_requests()
    after = session.run()
    assert after.status == "completed" and [m["epoch"] for m in after.history] == [3, 4]


def test_a_missing_dataset_gives_a_failed_record_with_the_loaders_message(tmp_path):
    spec = {"name": "csv", "path": str(tmp_path / "nope.csv"), "target": "y"}
    with pytest.raises(DataError) as err:
        load_dataset(spec, data_dir=tmp_path)
    session = make_session(moons_dict(dataset=spec), tmp_path)
    record = session.run()
    assert record.status == "failed" and record.message == str(err.value)
    assert "nope.csv" in record.message and "not found" in record.message
    assert record.state is None and not session.prepared
    assert record.outcome()["error"] == record.message
    assert describe(record).startswith("Failed: ")
    assert session.runs == [record]


def test_a_dataset_that_goes_missing_later_keeps_the_earlier_weights(tmp_path):
    session = make_session(moons_dict(), tmp_path)
    good = session.run()
    missing = TrainConfig.from_dict({**MOONS, "dataset": {"name": "csv", "path": str(tmp_path / "nope.csv"),
                                                           "target": "y"}})
    session.update_settings(missing)
    failed = session.run()
    assert failed.status == "failed" and "nope.csv" in failed.message
    assert same_state(session.state_snapshot(), good.state) and len(session.history) == 2
    session.update_settings(TrainConfig.from_dict(MOONS))
    starts = FitStart()
    after = session.run([starts])
    assert after.status == "completed" and [m["epoch"] for m in after.history] == [3, 4]
    assert same_state(starts.states[0], good.state)


def test_cuda_without_cuda_gives_a_failed_record(tmp_path, monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    session = make_session(moons_dict(), tmp_path, device="cuda")
    record = session.run()
    assert record.status == "failed" and "CUDA" in record.message
    assert record.device == "cuda" and record.state is None
    assert record.outcome()["error"] == record.message

    # a session that trained on the CPU keeps its weights when the switch to CUDA fails
    session = make_session(moons_dict(), tmp_path)
    good = session.run()
    session.update_settings(session.config, device="cuda")
    failed = session.run()
    assert failed.status == "failed" and "CUDA" in failed.message and failed.settings["device"] == "cuda"
    assert failed.changed == {"device": "cuda"}
    assert same_state(good.state, session.state_snapshot()) and len(session.history) == 2
    session.update_settings(session.config, device="cpu")
    after = session.run()
    assert after.status == "completed" and [m["epoch"] for m in after.history] == [3, 4]


def test_a_monitor_the_dataset_does_not_measure_is_a_clear_failure_after_update_settings(tmp_path):
    # a fresh session refuses it before training, naming the field
    bad = {**MOONS, "early_stopping": {"patience": 1, "monitor": "val_r2"}}
    fresh = make_session(moons_dict(**bad), tmp_path).run()
    assert fresh.status == "failed" and fresh.message.startswith("training.early_stopping.monitor:")
    # the same settings given to a session whose trainer is built must be refused just as clearly
    session = make_session(moons_dict(), tmp_path)
    good = session.run()
    session.update_settings(TrainConfig.from_dict(bad))
    record = session.run()
    assert record.status == "failed"
    assert "training.early_stopping.monitor" in record.message, record.message
    assert len(session.history) == 2, "an epoch was trained with settings that cannot work"
    assert same_state(session.state_snapshot(), good.state)


# 12. divergence ----------------------------------------------------------------------------------------------------
def test_divergence_gives_a_diverged_record_with_finite_weights(tmp_path):
    design = chain((1,), [("Linear", {"out_features": 1})], dataset={"name": "linear"}, loss="mse",
                   optimizer={"name": "sgd", "lr": 1e6}, epochs=3, batch_size=10, seed=0)
    fresh = make_session(design, tmp_path)
    fresh.prepare()
    initial = fresh.state_snapshot()
    session = make_session(design, tmp_path)
    record = session.run()
    assert record.status == "diverged"
    assert isinstance(record.diverged_x, float)
    epoch, batch = map(int, re.search(r"at epoch (\d+), batch (\d+)", record.message).groups())
    assert record.diverged_x == epoch - 1 + batch / 10
    assert 0 < record.diverged_x <= 3
    assert len(record.batch_x) == 10 * (epoch - 1) + batch - 1  # no point for the bad batch or after it
    assert np.isfinite(record.batch_loss).all()
    if len(record.batch_x):
        assert record.batch_x[-1] < record.diverged_x
    assert all(torch.isfinite(v).all() for v in record.state.values())
    assert all(torch.isfinite(v).all() for v in session.state_snapshot().values())
    if epoch == 1:
        assert same_state(record.state, initial)  # put back to the start of the run
    assert describe(record).startswith("Diverged: ")
    assert "learning rate" in describe(record)
    assert record.outcome()["error"] == record.message
    assert np.isfinite(session.predict([[1.0], [50.0]])).all()


def test_divergence_at_the_end_of_an_epoch_sits_at_that_epochs_end(tmp_path):
    # one batch per epoch: weights can overflow while every loss read was finite
    design = chain((1,), [("Linear", {"out_features": 1})], dataset={"name": "hello"}, loss="mse",
                   optimizer={"name": "sgd", "lr": 1e6}, epochs=20, batch_size=5, seed=0)
    session = make_session(design, tmp_path)
    record = session.run()
    assert record.status == "diverged"
    epoch, batch = session.last_result.diverged_at
    assert batch is None and "with the weights at the end of epoch" in record.message
    assert record.diverged_x == float(epoch) and 0 < epoch <= 20
    assert len(record.history) == epoch - 1  # the bad epoch is not recorded
    np.testing.assert_array_equal(record.batch_x, np.arange(1.0, epoch + 1))  # its batch's loss was finite
    assert all(torch.isfinite(v).all() for v in record.state.values())
    assert describe(record).startswith("Diverged: ")


# 13. checkpoints ---------------------------------------------------------------------------------------------------
def test_a_checkpoint_carries_the_curve_and_reopens_as_a_session(tmp_path):
    session = make_session(moons_dict(), tmp_path)
    with pytest.raises(TrainingError, match="train first"):
        session.save_checkpoint(tmp_path / "early.pt")
    session.run()
    path = tmp_path / "session.pt"
    session.save_checkpoint(path)
    ckpt = load_checkpoint(path)
    x, loss = session.curves.points()
    assert len(x) == 2 * PER_EPOCH
    np.testing.assert_array_equal(ckpt.curves["batch_x"], x)
    np.testing.assert_array_equal(ckpt.curves["batch_loss"], loss)
    assert ckpt.history == session.history

    reopened = TrainingSession.from_checkpoint(ckpt, device="cpu", num_threads=1, data_dir=tmp_path)
    assert not reopened.prepared and reopened.checkpoint is ckpt
    np.testing.assert_allclose(reopened.predict(ROWS), session.predict(ROWS), rtol=1e-6, atol=1e-7)
    assert not reopened.prepared  # predicting loads no dataset
    assert reopened.history == session.history
    assert same_state(reopened.state_snapshot(), session.state_snapshot())
    rx, rloss = reopened.curves.points()
    np.testing.assert_array_equal(rx, x)
    np.testing.assert_array_equal(rloss, loss)
    assert reopened.same_network(session.design) and reopened.config.to_dict() == session.config.to_dict()

    starts = FitStart()
    record = reopened.run([starts])
    assert record.status == "completed" and reopened.prepared
    assert same_state(starts.states[0], session.state_snapshot())
    assert [m["epoch"] for m in record.history] == [3, 4]
    assert record.full_history[:2] == ckpt.history
    np.testing.assert_array_equal(record.batch_x, expected_x(3, 2))
    np.testing.assert_array_equal(reopened.curves.points()[0], expected_x(1, 4))


def test_a_checkpoint_without_curves_opens_with_an_empty_curve(tmp_path):
    session = make_session(moons_dict(), tmp_path)
    session.run()
    path = tmp_path / "plain.pt"
    save_checkpoint(path, session.trainer, session.last_result)
    ckpt = load_checkpoint(path)
    assert ckpt.curves == {}
    reopened = TrainingSession.from_checkpoint(ckpt, device="cpu", num_threads=1, data_dir=tmp_path)
    assert len(reopened.curves.points()[0]) == 0
    assert reopened.history == session.history
    record = reopened.run()
    assert record.status == "completed"
    np.testing.assert_array_equal(record.batch_x, expected_x(3, 2))


def test_a_checkpoint_with_a_damaged_curve_is_refused(tmp_path):
    session = make_session(moons_dict(epochs=1), tmp_path)
    session.run()
    path = tmp_path / "damaged.pt"
    save_checkpoint(path, session.trainer, session.last_result, curves={"batch_x": [0.1, 0.2, 0.3],
                                                                        "batch_loss": [1.0, 0.5]})
    with pytest.raises(TrainingError, match="damaged"):
        load_checkpoint(path)


# 14. devices -------------------------------------------------------------------------------------------------------
def test_available_devices_without_cuda(monkeypatch):
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    for build, why in ((None, "CPU-only"), ("12.1", "no CUDA device")):
        monkeypatch.setattr(torch.version, "cuda", build)
        devices = available_devices()
        assert [d["spec"] for d in devices] == ["auto", "cpu", "cuda"]
        auto, cpu, cuda = devices
        assert auto["enabled"] and cpu["enabled"] and "CPU" in auto["label"]
        assert cuda["enabled"] is False and cuda["reason"] and why in cuda["reason"]
        assert all(set(d) == {"spec", "label", "enabled", "reason"} for d in devices)


def test_available_devices_lists_every_gpu(monkeypatch):
    names = {0: "Fake GPU Alpha", 1: "Fake GPU Beta"}
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "device_count", lambda: 2)
    monkeypatch.setattr(torch.cuda, "get_device_properties",
                        lambda i: types.SimpleNamespace(name=names[i], total_memory=(8 + 16 * i) * 2**30))
    devices = available_devices()
    assert [d["spec"] for d in devices] == ["auto", "cpu", "cuda:0", "cuda:1"]
    assert "CUDA" in devices[0]["label"]
    assert all(d["enabled"] for d in devices)
    assert "Fake GPU Alpha" in devices[2]["label"] and "8 GB" in devices[2]["label"]
    assert "Fake GPU Beta" in devices[3]["label"] and "24 GB" in devices[3]["label"]


# 15. network_of and settings_diff ---------------------------------------------------------------------------------
def test_network_of_ignores_layout_name_and_training_only():
    base = design_from_dict(moons_dict())
    cosmetic = base.copy()
    cosmetic.set_position("n0", (123.0, 456.0))
    cosmetic.set_meta("name", "other")
    cosmetic.set_meta("description", "other words")
    cosmetic.set_meta("training", {**MOONS, "epochs": 50})
    assert network_of(cosmetic) == network_of(base) == network_of(design_to_dict(base))

    params = base.copy()
    params.set_params("n0", {"out_features": 17})
    assert network_of(params) != network_of(base)

    edges = design_to_dict(base)
    edges["edges"] = edges["edges"][:-1]  # n3 no longer connected
    assert network_of(edges) != network_of(base)

    kinds = design_to_dict(base)
    next(n for n in kinds["nodes"] if n["id"] == "n1")["type"] = "ReLU"
    assert network_of(kinds) != network_of(base)


def test_settings_diff_flattens_and_keeps_what_differs():
    before = {"optimizer": {"name": "adam", "lr": 0.1}, "epochs": 2, "dataset": {"name": "moons"}, "device": "cpu"}
    assert settings_diff(None, before) == {"optimizer.name": "adam", "optimizer.lr": 0.1, "epochs": 2,
                                           "dataset.name": "moons", "device": "cpu"}
    after = copy.deepcopy(before)
    after["optimizer"]["lr"] = 0.2
    after["dataset"]["validation"] = 0.1
    assert settings_diff(before, after) == {"optimizer.lr": 0.2, "dataset.validation": 0.1}
    assert settings_diff(before, copy.deepcopy(before)) == {}
    assert settings_diff({"a": {"b": {"c": 1}}}, {"a": {"b": {"c": 2}}}) == {"a.b.c": 2}


def test_the_curve_recorder_drains_accumulates_and_truncates():
    rec = CurveRecorder()
    assert [len(a) for a in rec.drain()] == [0, 0] and [len(a) for a in rec.points()] == [0, 0]
    rec.on_fit_start(types.SimpleNamespace(batches_per_epoch=4))
    for epoch in (1, 2):
        for batch in range(1, 5):
            rec.on_train_batch_end(None, epoch, batch, torch.tensor(float(10 * epoch + batch)))
        if epoch == 1:
            x, loss = rec.drain()
            np.testing.assert_array_equal(x, [0.25, 0.5, 0.75, 1.0])
            np.testing.assert_array_equal(loss, [11, 12, 13, 14])
            assert loss.dtype == np.float64
    x, loss = rec.points()
    np.testing.assert_array_equal(x, [0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 1.75, 2.0])
    np.testing.assert_array_equal(loss, [11, 12, 13, 14, 21, 22, 23, 24])
    assert [len(a) for a in rec.drain()] == [0, 0]  # points() drained them
    rec.truncate(1)
    np.testing.assert_array_equal(rec.points()[0], [0.25, 0.5, 0.75, 1.0])
    rec.load([0.5, 1.0], [3.0, 2.0])
    np.testing.assert_array_equal(rec.points()[1], [3.0, 2.0])


# 16. another thread -----------------------------------------------------------------------------------------------
def test_prepare_and_run_work_from_other_threads(tmp_path):
    session = make_session(moons_dict(), tmp_path)
    threads_before = torch.get_num_threads()
    results: dict = {}
    errors: list = []

    def in_thread(name, call):
        def target():
            try:
                results[name] = call()
            except BaseException as exc:  # noqa: BLE001
                errors.append(exc)
        thread = threading.Thread(target=target, daemon=True)
        thread.start()
        thread.join(60)
        assert not thread.is_alive()

    in_thread("prepare", session.prepare)
    assert errors == [] and results["prepare"] is session.trainer
    in_thread("run", session.run)
    assert errors == []
    first = results["run"]
    assert first.status == "completed" and [m["epoch"] for m in first.history] == [1, 2]
    in_thread("again", session.run)  # yet another thread
    assert errors == [] and results["again"].status == "completed"
    assert [m["epoch"] for m in results["again"].history] == [3, 4]
    second = session.run()  # and back in this one
    assert second.status == "completed" and len(session.runs) == 3
    assert torch.get_num_threads() == threads_before

    fresh = make_session(moons_dict(), tmp_path)
    in_thread("fresh", fresh.run)  # prepared and run in a thread it was not created in
    assert errors == [] and results["fresh"].status == "completed"
    assert same_state(results["fresh"].state, first.state)


# found in review ---------------------------------------------------------------------------------------------------
def test_a_rate_set_while_the_data_loads_is_the_one_trained_with_now_and_later(tmp_path):
    session = make_session(moons_dict(epochs=1), tmp_path)
    session.set_lr(0.5)  # no trainer yet: the data is still loading
    first = session.run()
    assert session.trainer.optimizer.param_groups[0]["lr"] == 0.5 and first.history[0]["lr"] == 0.5
    session.update_settings(TrainConfig.from_dict(moons_dict(epochs=1, optimizer={"name": "adam", "lr": 0.5})[
        "training"]))
    second = session.run()
    assert second.history[0]["lr"] == 0.5 and first.settings["optimizer"]["lr"] == 0.5


def test_a_rate_set_between_runs_survives_a_reset(tmp_path):
    session = make_session(moons_dict(epochs=1), tmp_path)
    session.run()
    session.set_lr(0.3)
    session.reset_weights()
    record = session.run()
    assert record.history[0]["lr"] == 0.3


def test_every_step_press_trains_one_batch(tmp_path):
    import threading
    session = make_session(moons_dict(epochs=1), tmp_path)
    session.prepare()
    session.pause()
    for _ in range(3):
        session.step_once()  # before the run starts too: each press counts
    seen = []

    class Count(Callback):
        def on_train_batch_end(self, trainer, epoch, batch, loss):
            seen.append(batch)
    worker = threading.Thread(target=session.run, args=([Count()],))
    worker.start()
    deadline = time.monotonic() + 30
    while not session.trainer.waiting.is_set() and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)
    assert seen == [1, 2, 3]
    for _ in range(2):
        session.step_once()
    deadline = time.monotonic() + 30
    while len(seen) < 5 and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.2)
    assert seen == [1, 2, 3, 4, 5]
    session.request_stop()
    worker.join(30)
    assert not worker.is_alive() and session.runs[-1].status == "stopped"


def test_a_stop_with_early_stopping_says_which_weights_were_kept(tmp_path):
    session = make_session(moons_dict(epochs=30, early_stopping={"patience": 50, "monitor": "loss"}), tmp_path)

    class StopAt(Callback):
        def on_train_epoch_end(self, trainer, epoch, metrics):
            if epoch == 4:
                trainer.request_stop()
    record = session.run([StopAt()])
    assert record.status == "stopped" and record.best_epoch is not None
    text = describe(record)
    assert f"Kept the weights of epoch {record.best_epoch}" in text and "last batch trained" not in text


def test_a_checkpoint_after_reset_or_restore_carries_no_old_test_scores(tmp_path):
    session = make_session(moons_dict(epochs=2), tmp_path)
    session.run()
    assert session.last_result.test
    session.reset_weights()
    session.save_checkpoint(tmp_path / "reset.ckpt")
    assert load_checkpoint(tmp_path / "reset.ckpt").test == {}
    session.run()
    session.run()
    session.restore_run(session.runs[0])
    session.save_checkpoint(tmp_path / "restored.ckpt")
    assert load_checkpoint(tmp_path / "restored.ckpt").test == {}


def test_after_a_divergence_the_curve_goes_on_from_the_weights_kept(tmp_path):
    design = chain((1,), [("Linear", {"out_features": 1})], dataset={"name": "linear"}, loss="mse",
                   optimizer={"name": "sgd", "lr": 1e6}, epochs=3, batch_size=10, seed=0)
    session = make_session(design, tmp_path)
    diverged = session.run()
    assert diverged.status == "diverged" and len(diverged.batch_x) > 0  # the record shows where it blew up
    session.update_settings(TrainConfig.from_dict({**design["training"], "optimizer": {"name": "sgd", "lr": 1e-3}}))
    session.run()
    x, _ = session.curves.points()
    assert np.all(np.diff(x) > 0)  # never back over the epoch that diverged


def slow_session(tmp_path, delay: float) -> TrainingSession:
    design = design_from_dict(chain((2,), [("Linear", {"out_features": 4}), ("ReLU", None),
                                           ("Linear", {"out_features": 2}), ("Softmax", None)],
                                    dataset={"name": "xor", "validation": 0}, loss="cross_entropy",
                                    optimizer={"name": "adam", "lr": 0.01}, epochs=2, batch_size=100, seed=0))
    s = TrainingSession(design, device="cpu", num_threads=1, data_dir=tmp_path)
    s.set_delay(delay)
    return s


def test_slow_motion_waits_after_each_batch(tmp_path):
    """The gap between one batch's end and the next one's is at least the delay (a busy machine only makes the
    gaps longer, so this holds however loaded the machine is); at delay 0 nothing waits."""
    class Clock(Callback):
        def __init__(self):
            self.ends = []

        def on_train_batch_end(self, trainer, epoch, batch, loss):
            self.ends.append(time.perf_counter())

    slow = slow_session(tmp_path, 0.1)
    clock = Clock()
    assert slow.run([clock]).status == "completed"
    gaps = np.diff(clock.ends)
    assert len(gaps) >= 1 and gaps.min() >= 0.1 * 0.95, gaps
    assert slow.trainer.delay == 0.1
    fast = slow_session(tmp_path, 0.0)
    clock = Clock()
    assert fast.run([clock]).status == "completed" and fast.trainer.delay == 0


def test_a_stop_cuts_a_slow_motion_wait_short_and_bad_delays_are_refused(tmp_path):
    s = slow_session(tmp_path, 1.0)
    s.config.epochs = 100
    result = {}
    runner = threading.Thread(target=lambda: result.update(record=s.run()))
    runner.start()
    while s.trainer is None or not s.curves.points()[0].size:  # the first batch is done: waiting now
        time.sleep(0.01)
    asked = time.perf_counter()
    s.request_stop()
    runner.join(5)
    assert not runner.is_alive() and time.perf_counter() - asked < 0.5
    assert result["record"].status == "stopped"
    for bad in (-0.1, 1.5, "fast", None):
        with pytest.raises(TrainingError, match="slow-motion delay"):
            s.set_delay(bad)
    assert s.delay == 1.0


def test_a_run_lets_go_of_its_callbacks(tmp_path):
    """The session keeps its trainer (for probes, the next run) but not the callbacks the caller passed for one run:
    kept, a window's worker (and through it the run's data and weights) stayed alive after every run (bench_soak)."""
    import gc
    import weakref

    session = make_session(moons_dict(epochs=1), tmp_path)
    callback = Batches()
    gone = weakref.ref(callback)
    record = session.run([callback])
    assert record.status == "completed" and callback.seen  # it was called
    assert callback not in session.trainer.callbacks
    del callback
    gc.collect()
    assert gone() is None
