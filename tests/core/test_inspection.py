"""What the panels ask of a session: samples, activations, health, the decision-boundary grid, predictions by class.
Generated data only (moons, hello), CPU, one thread."""
from __future__ import annotations

import numpy as np
import pytest
import torch

from netbuilder.core.design.design_io import design_from_dict
from netbuilder.core.errors import TrainingError
from netbuilder.core.session import TrainingSession
from netbuilder.core.training.inspection import KINDS, run_probe
from helpers import chain


def moons_dict(**training) -> dict:
    """Input [2] -> Linear 16 (n0) -> Tanh (n1) -> Linear 2 (n2) -> Softmax (n3), 2 epochs of moons."""
    return chain((2,), [("Linear", {"out_features": 16}), ("Tanh", None), ("Linear", {"out_features": 2}),
                        ("Softmax", None)],
                 **{"dataset": {"name": "moons", "validation": 0}, "loss": "cross_entropy",
                    "optimizer": {"name": "adam", "lr": 0.02}, "epochs": 2, "batch_size": 100, "seed": 0,
                    **training})


@pytest.fixture
def moons(tmp_path):
    session = TrainingSession(design_from_dict(moons_dict(dataset={"name": "moons", "validation": 0.2})),
                              device="cpu", num_threads=1, data_dir=tmp_path)
    assert session.run().status == "completed"
    return session


def test_probing_before_anything_is_trained_says_so(tmp_path):
    session = TrainingSession(design_from_dict(moons_dict()), device="cpu", num_threads=1, data_dir=tmp_path)
    with pytest.raises(TrainingError, match="press Train first"):
        session.probe("health")
    assert session.probe("sample", prepare=True, split="train", index=0)["index"] == 0  # a worker may prepare


def test_sample_and_activations_of_a_split_sample(moons):
    trainer = moons.trainer
    sample = moons.probe("sample", split="val", index=3)
    np.testing.assert_allclose(sample["x"], trainer.splits["val"].x[3].numpy())
    assert sample["label"] == int(trainer.splits["val"].labels[3])
    got = moons.probe("activations", split="val", index=3)
    assert list(got["outputs"]) == ["x", "n0", "n1", "n2", "n3"] and got["label"] == sample["label"]
    with torch.no_grad():
        expected = trainer.model(trainer.preprocessor(trainer.splits["val"].x[3:4]))[0].numpy()
    np.testing.assert_allclose(got["outputs"]["n3"], expected, rtol=1e-6)
    assert got["outputs"]["n0"].shape == (16,)
    rows = moons.probe("activations", rows=[[0.5, -0.25]])
    np.testing.assert_allclose(rows["outputs"]["n3"], moons.predict([[0.5, -0.25]])[0], rtol=1e-6)
    with pytest.raises(TrainingError, match="not in the val split"):
        moons.probe("sample", split="val", index=10_000)
    with pytest.raises(TrainingError, match="no test split|unknown split"):
        moons.probe("sample", split="nope")


def test_health_after_training(moons):
    health = moons.probe("health")
    assert health["units"]["n1"]["kind"] == "saturated" and 0 <= health["units"]["n1"]["share"] <= 1
    assert set(health["gradients"]) == {"n0", "n2"} and all(v > 0 for v in health["gradients"].values())


def test_grid_covers_the_data_with_the_outputs_and_small_layers_units(moons):
    grid = moons.probe("grid", resolution=32, max_units=16)
    xs, ys = grid["axes"]
    points = grid["points"]
    assert xs.min() < points[:, 0].min() and xs.max() > points[:, 0].max()
    assert ys.min() < points[:, 1].min() and ys.max() > points[:, 1].max()
    assert grid["output"].shape == (32, 32, 2)
    np.testing.assert_allclose(grid["output"].sum(-1), 1.0, rtol=1e-5)  # softmax probabilities
    # the cell at row i, column j is the network's output at (xs[j], ys[i])
    np.testing.assert_allclose(grid["output"][5, 20], moons.predict([[xs[20], ys[5]]])[0], rtol=1e-4, atol=1e-6)
    assert set(grid["units"]) == {"n0", "n1", "n2"} and grid["units"]["n1"].shape == (32, 32, 16)
    assert set(moons.probe("grid", resolution=8)["units"]) == {"n2"}  # 8 units at most by default
    assert len(grid["labels"]) == len(points) and grid["targets"] is None


def test_grid_on_a_line_for_one_input(tmp_path):
    design = chain((1,), [("Linear", {"out_features": 1})], dataset={"name": "hello"}, loss="mse",
                   optimizer={"name": "sgd", "lr": 0.01}, epochs=2, batch_size=8, seed=0)
    session = TrainingSession(design_from_dict(design), device="cpu", num_threads=1, data_dir=tmp_path)
    session.run()
    grid = session.probe("grid", resolution=50)
    assert grid["output"].shape == (50, 1) and len(grid["axes"]) == 1
    assert grid["labels"] is None and len(grid["targets"]) == len(grid["points"])


def test_predictions_agree_with_the_confusion_matrix(moons):
    got = moons.probe("predictions", split="val")
    scores = moons.trainer.evaluate("val")
    confusion = np.zeros((2, 2), dtype=np.int64)
    np.add.at(confusion, (got["true"], got["pred"]), 1)
    np.testing.assert_array_equal(confusion, np.asarray(scores["val_confusion"]))
    assert got["probs"].shape == (len(got["true"]), 2)
    np.testing.assert_array_equal(got["probs"].argmax(1), got["pred"])


def test_unknown_probes_and_options_are_refused_in_words(moons):
    with pytest.raises(TrainingError, match="unknown probe 'weights'"):
        moons.probe("weights")
    with pytest.raises(TrainingError, match="probe 'grid'"):
        run_probe(moons.trainer, "grid", colour="red")
    assert set(KINDS) == {"sample", "activations", "health", "grid", "predictions", "examples", "explain"}


def test_examples_of_a_confusion_cell(moons):
    got = moons.probe("predictions", split="val")
    wrong = np.flatnonzero(got["true"] != got["pred"])
    t, p = (int(got["true"][wrong[0]]), int(got["pred"][wrong[0]])) if len(wrong) else (0, 0)
    cell = moons.probe("examples", split="val", true=t, pred=p, limit=3)
    assert cell["count"] == int(((got["true"] == t) & (got["pred"] == p)).sum())
    assert len(cell["examples"]) == min(3, cell["count"])
    for example in cell["examples"]:
        i = example["index"]
        assert got["true"][i] == t and got["pred"][i] == p
        np.testing.assert_allclose(example["x"], moons.trainer.splits["val"].x[i].numpy())
        np.testing.assert_allclose(example["probs"], got["probs"][i])
