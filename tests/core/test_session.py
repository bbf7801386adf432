"""The training session: a copy of the design trained run after run, run records, train again, resetting and
restoring weights. Control requests are in test_session_control.py, failures and checkpoints in
test_session_failures.py. Generated data only (moons, linear, hello); CPU, one thread, a few small epochs."""
from __future__ import annotations

import copy
import dataclasses

import numpy as np
import pytest
import torch

from netbuilder.core.design.design_io import design_from_dict, design_to_dict
from netbuilder.core.errors import TrainingError
from netbuilder.core.training import TrainConfig, load_checkpoint
from netbuilder.core.session import TrainingSession, describe
from netbuilder.core.session.runs import flat_settings, network_of
from helpers import chain
from session_helpers import MOONS, PER_EPOCH, Batches, FitStart, expected_x, make_session, moons_dict, same_state


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
    monkeypatch.setattr("netbuilder.core.session.session.run_probe", lambda *a, **k: asked.append(a) or {})
    record = make_session(wide, tmp_path).run()
    assert record.status == "completed" and record.boundary is None and asked == []


def test_a_boundary_that_cannot_be_drawn_never_fails_the_run(tmp_path, monkeypatch):
    def boom(*_args, **_kwargs):
        raise IndexError("a bug in the probe")

    monkeypatch.setattr("netbuilder.core.session.session.run_probe", boom)
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


# found in review ---------------------------------------------------------------------------------------------------
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
