"""Checkpoints: round trip, safe loading, atomic writing, clear errors."""
from __future__ import annotations

import os

import numpy as np
import pytest
import torch

from netbuilder.core.datasets import Dataset
from netbuilder.core.design.design_io import design_from_dict
from netbuilder.core.errors import NetbuilderError, TrainingError
from netbuilder.core.training import Checkpoint, TrainConfig, Trainer, load_checkpoint, save_checkpoint

MOONS = {"dataset": {"name": "moons"}, "loss": "cross_entropy", "optimizer": {"name": "adam", "lr": 0.02},
         "epochs": 2, "batch_size": 64, "seed": 0}


def design(training, shape=(2,), out=2, final="Softmax"):
    nodes = [{"id": "x", "type": "Input", "params": {"shape": list(shape)}},
             {"id": "flat", "type": "Flatten"},
             {"id": "hidden", "type": "Linear", "params": {"out_features": 8}},
             {"id": "act", "type": "ReLU"},
             {"id": "out", "type": "Linear", "params": {"out_features": out}}]
    if final:
        nodes.append({"id": "final", "type": final})
    edges = [{"source": a["id"], "target": b["id"]} for a, b in zip(nodes, nodes[1:])]
    return design_from_dict({"name": "ckpt test", "nodes": nodes, "edges": edges, "training": training})


@pytest.fixture
def trained(tmp_path):
    d = design(MOONS)
    trainer = Trainer(d, TrainConfig.from_design(d), device="cpu", data_dir=tmp_path)
    return trainer, trainer.fit()


def test_round_trip_gives_the_same_predictions(trained, tmp_path):
    trainer, result = trained
    path = tmp_path / "moons.pt"
    save_checkpoint(path, trainer, result)
    ckpt = load_checkpoint(path)
    assert isinstance(ckpt, Checkpoint)
    rows = trainer.dataset.x_test[:20].numpy()
    assert np.array_equal(ckpt.predict(rows), trainer.predict(rows))
    assert ckpt.design.to_dict() == trainer.design.to_dict()
    assert ckpt.config == trainer.config.to_dict()
    assert ckpt.history == result.history and ckpt.test == result.test
    assert ckpt.task == "classification" and ckpt.class_names == ["upper", "lower"]
    assert ckpt.preprocess == {"scale": 1.0, "mean": 0.0, "std": 1.0}
    assert ckpt.predict_classes(rows[:3]) == [ckpt.class_names[i] for i in trainer.predict(rows[:3]).argmax(1)]
    assert not ckpt.model.training


def test_loading_uses_weights_only(trained, tmp_path, monkeypatch):
    trainer, result = trained
    path = tmp_path / "m.pt"
    save_checkpoint(path, trainer, result)
    calls = []
    real = torch.load

    def spy(*args, **kwargs):
        calls.append(kwargs.get("weights_only"))
        return real(*args, **kwargs)

    monkeypatch.setattr(torch, "load", spy)
    load_checkpoint(path)
    assert calls == [True]


def test_atomic_write_leaves_no_temporary_file(trained, tmp_path, monkeypatch):
    trainer, result = trained
    path = tmp_path / "m.pt"
    save_checkpoint(path, trainer, result)
    save_checkpoint(path, trainer, result)  # overwrite in place
    assert sorted(os.listdir(tmp_path)) == ["m.pt"]
    before = path.read_bytes()

    def broken_fsync(fd):
        raise OSError("disk full")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        save_checkpoint(path, trainer, result)
    assert sorted(os.listdir(tmp_path)) == ["m.pt"] and path.read_bytes() == before  # old file intact


def test_preprocessing_and_reshape_travel_with_the_checkpoint(tmp_path):
    # uint8 "images" [1, 2, 2] scaled and normalised, fed to an Input of shape [4]
    g = torch.Generator().manual_seed(0)
    x = torch.randint(0, 256, (64, 1, 2, 2), dtype=torch.uint8, generator=g)
    y = (x.reshape(64, 4).float().mean(1) > 127).long()
    data = Dataset(name="pix", task="classification", input_shape=(1, 2, 2), num_classes=2, class_names=None,
                   x_train=x, y_train=y, x_val=None, y_val=None, x_test=x, y_test=y,
                   preprocess={"scale": 1 / 255, "mean": [0.5], "std": [0.25]})
    d = design({**MOONS, "dataset": {"name": "pix"}}, shape=(4,))
    trainer = Trainer(d, TrainConfig.from_design(d), device="cpu", dataset=data)
    trainer.fit()
    save_checkpoint(tmp_path / "pix.pt", trainer)
    ckpt = load_checkpoint(tmp_path / "pix.pt")
    raw = x[:5].numpy()
    expected = trainer.model(((x[:5].float() / 255 - 0.5) / 0.25).reshape(5, 4)).detach().numpy()
    assert np.allclose(ckpt.predict(raw), expected, atol=1e-6)
    assert np.allclose(ckpt.predict(raw.reshape(5, 4)), expected, atol=1e-6)  # flat rows work too
    assert ckpt.predict_classes(raw) == expected.argmax(1).tolist()  # no class names: indices


def test_regression_checkpoint(tmp_path):
    d = design({"dataset": {"name": "hello"}, "loss": "mse", "optimizer": {"name": "adam", "lr": 0.05},
                "epochs": 50, "batch_size": 5}, shape=(1,), out=1, final=None)
    trainer = Trainer(d, TrainConfig.from_design(d), device="cpu", data_dir=tmp_path)
    trainer.fit()
    save_checkpoint(tmp_path / "h.pt", trainer)
    ckpt = load_checkpoint(tmp_path / "h.pt")
    assert ckpt.task == "regression" and ckpt.problem.loss == "mse"
    assert np.array_equal(ckpt.predict([[3.0], [4.0]]), trainer.predict([[3.0], [4.0]]))
    with pytest.raises(TrainingError, match="predicts numbers, not classes"):
        ckpt.predict_classes([[3.0]])


def test_broken_and_foreign_files_are_clear_errors(trained, tmp_path):
    trainer, result = trained
    missing = tmp_path / "nope.pt"
    with pytest.raises(TrainingError, match=f"{missing}: no such checkpoint file"):
        load_checkpoint(missing)
    text = tmp_path / "notes.pt"
    text.write_text("hello, not a checkpoint")
    with pytest.raises(TrainingError, match=f"{text}: not a readable netbuilder checkpoint"):
        load_checkpoint(text)
    good = tmp_path / "good.pt"
    save_checkpoint(good, trainer, result)
    truncated = tmp_path / "truncated.pt"
    truncated.write_bytes(good.read_bytes()[: len(good.read_bytes()) // 2])
    with pytest.raises(TrainingError, match=f"{truncated}: not a readable netbuilder checkpoint"):
        load_checkpoint(truncated)
    foreign = tmp_path / "foreign.pt"
    torch.save({"weight": torch.zeros(3)}, foreign)
    with pytest.raises(TrainingError, match=f"{foreign}: not a netbuilder checkpoint"):
        load_checkpoint(foreign)
    pickled = tmp_path / "pickled.pt"
    torch.save({"format": "netbuilder-checkpoint", "obj": Checkpoint}, pickled)  # needs full unpickling
    with pytest.raises(TrainingError, match=f"{pickled}: not a readable netbuilder checkpoint"):
        load_checkpoint(pickled)
    payload = torch.load(good, weights_only=True)
    payload["state_dict"].pop("out.weight")
    damaged = tmp_path / "damaged.pt"
    torch.save(payload, damaged)
    with pytest.raises(TrainingError, match=f"{damaged}: the checkpoint is damaged or incomplete"):
        load_checkpoint(damaged)
    payload = torch.load(good, weights_only=True)
    payload["version"] = 99
    newer = tmp_path / "newer.pt"
    torch.save(payload, newer)
    with pytest.raises(TrainingError, match="newer than this netbuilder"):
        load_checkpoint(newer)


# rows for predict -------------------------------------------------------------------------------------------------
BAD_ROWS = [
    ([["a", "b"]], "input row 1 holds a non-number ('a')"),
    ([[0, 1], [1]], "input row 2 has 1 value; the design's Input takes 2 ([2])"),
    ([[0, 1], [1, 0, 1]], "input row 2 has 3 values; the design's Input takes 2 ([2])"),
    ([[None, 1]], "input row 1 holds null; input values must be numbers, not null"),
    ([[0, 1], [1, None]], "input row 2 holds null"),
    ([[True, 1]], "input row 1 holds true; input values must be numbers, not true or false"),
    ([[{"x": 1}, 1]], "input row 1 holds a non-number ({'x': 1})"),
    ([[float("nan"), 1]], "input row 1 holds nan (value 1); input values must be finite numbers"),
    ([[1, float("-inf")]], "input row 1 holds -inf (value 2); input values must be finite numbers"),
    ([[1e300, 1]], "input row 1 holds 1e+300 (value 1, too large for float32)"),
    ([[10**400, 1]], "input row 1 holds a number too large to use (value 1)"),
    ([0, 1, 2], "the input is one row of 3 values; the design's Input takes 2 ([2])"),
    ([], "expected at least one input row"),
    (5, "expected a list of input rows, not the single number 5"),
    ("ab", "expected a list of input rows, not 'ab'"),
    (np.zeros((3, 5)), "each input row has 5 values; the design's Input takes 2 ([2])"),
    (np.array([["a", "b"]]), "input row 1 holds a non-number ('a')"),
    (torch.tensor([[0.0, float("inf")]]), "input row 1 holds inf (value 2)"),
]


@pytest.mark.parametrize("rows, message", BAD_ROWS)
def test_rows_predict_cannot_read_are_plain_errors(trained, tmp_path, rows, message):
    trainer, result = trained
    save_checkpoint(tmp_path / "m.pt", trainer, result)
    ckpt = load_checkpoint(tmp_path / "m.pt")
    for predict in (ckpt.predict, ckpt.predict_classes, trainer.predict):
        with pytest.raises(NetbuilderError) as err:
            predict(rows)
        assert isinstance(err.value, TrainingError) and message in str(err.value)


def test_every_accepted_row_form_gives_the_same_prediction(trained):
    trainer, _ = trained
    rows = [[0.5, -0.25], [1.0, 0.0]]
    expected = trainer.predict(np.array(rows, dtype=np.float32))
    for form in (rows, [tuple(r) for r in rows], np.array(rows), torch.tensor(rows), [[0.5, -0.25], [1, 0]],
                 [[np.float64(0.5), -0.25], [np.int64(1), 0]], [np.array(r) for r in rows]):
        assert np.array_equal(trainer.predict(form), expected)
    assert np.array_equal(trainer.predict([0.5, -0.25]), expected[:1])  # one sample, not in a list
    assert np.array_equal(trainer.predict([[[0.5, -0.25]], [[1.0, 0.0]]]), expected)  # rows nested deeper


def test_regression_rows_of_one_value(tmp_path):
    d = design({"dataset": {"name": "hello"}, "loss": "mse", "epochs": 1, "batch_size": 5}, shape=(1,), out=1,
               final=None)
    trainer = Trainer(d, TrainConfig.from_design(d), device="cpu", data_dir=tmp_path)
    assert trainer.predict([3.0, 4.0]).shape == (2, 1)  # a list of numbers: one row each
    with pytest.raises(TrainingError, match=r"input row 2 has 2 values; the design's Input takes 1 \(\[1\]\)"):
        trainer.predict([[3.0], [4.0, 5.0]])
    with pytest.raises(TrainingError, match=r"input row 2 holds a non-number \('x'\)"):
        trainer.predict([3.0, "x"])


def test_cli_predict_reports_bad_rows_in_one_line(trained, tmp_path, capsys):
    from netbuilder.cli import main
    trainer, result = trained
    path = tmp_path / "m.pt"
    save_checkpoint(path, trainer, result)
    for text, message in (('[["a","b"]]', "input row 1 holds a non-number ('a')"),
                          ("[[0,1],[1]]", "input row 2 has 1 value; the design's Input takes 2 ([2])"),
                          ("[[null, 1]]", "input row 1 holds null; input values must be numbers, not null")):
        assert main(["predict", str(path), "--input", text]) == 2
        out, err = capsys.readouterr()
        assert out == "" and err == f"error: {message}\n"


def test_a_run_whose_test_loss_is_infinite_saves_a_checkpoint_that_loads(trained, tmp_path):
    """save_checkpoint stores a test score that is not a finite number as null, which the loader reads as unknown
    (the loader refuses inf and NaN elsewhere)."""
    trainer, result = trained
    result.test["test_loss"] = float("inf")
    result.test["test_f1"] = [float("nan"), 0.5]
    path = tmp_path / "inf.nbckpt"
    save_checkpoint(path, trainer, result)
    ckpt = load_checkpoint(path)
    assert ckpt.test["test_loss"] is None and ckpt.test["test_f1"] == [None, 0.5]
    assert ckpt.test["test_accuracy"] == result.test["test_accuracy"]
