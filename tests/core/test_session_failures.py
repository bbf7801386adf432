"""The training session's failures (which never raise), divergence, checkpoints with curves, the device list and
the run records' helpers (network_of, settings_diff, the curve recorder). Generated data only; CPU, one thread."""
from __future__ import annotations

import copy
import re
import types

import numpy as np
import pytest
import torch

from netbuilder.core.datasets import load_dataset
from netbuilder.core.design.design_io import design_from_dict, design_to_dict
from netbuilder.core.errors import DataError, TrainingError
from netbuilder.core.training import TrainConfig, load_checkpoint, save_checkpoint
from netbuilder.core.session import TrainingSession, describe
from netbuilder.core.training.device import available_devices
from netbuilder.core.session.runs import CurveRecorder, network_of, settings_diff
from helpers import chain
from session_helpers import MOONS, PER_EPOCH, ROWS, FitStart, expected_x, make_session, moons_dict, same_state


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


# found in review ---------------------------------------------------------------------------------------------------
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
