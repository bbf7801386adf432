"""TensorBoard logging (netbuilder.core.training.tensorboard and ``netbuilder train --tensorboard``): the event
files written are read back with TensorBoard's own reader; the writer's thread is gone after every run."""
from __future__ import annotations

import sys
import threading

import pytest
from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

from netbuilder.cli import main
from netbuilder.core.design.design_io import load_design
from netbuilder.core.errors import NetbuilderError, TrainingError
from netbuilder.core.training import Callback, TrainConfig, Trainer
from netbuilder.core.training.tensorboard import TensorBoardLogger, run_folder_name, scalars

XOR_TAGS = {"loss/train", "loss/val", "accuracy/train", "accuracy/val", "lr"}


def read_scalars(run_dir) -> dict[str, list]:
    acc = EventAccumulator(str(run_dir), size_guidance={"scalars": 0})
    acc.Reload()
    return {tag: acc.Scalars(tag) for tag in acc.Tags()["scalars"]}


def f32(x: float) -> float:
    import numpy as np
    return float(np.float32(x))


def threads() -> set:
    return {t for t in threading.enumerate() if t.is_alive()}


def xor_trainer(logger, epochs=4, **settings) -> Trainer:
    design = load_design("xor")
    return Trainer(design, TrainConfig.from_dict({**design.training, **settings}, epochs=epochs), device="cpu",
                   callbacks=[logger])


def test_a_run_writes_one_value_per_epoch_equal_to_the_history_and_leaves_no_thread(tmp_path):
    before = threads()
    logger = TensorBoardLogger(tmp_path)
    trainer = xor_trainer(logger, epochs=5, scheduler={"name": "cosine"})  # the lr changes from epoch to epoch
    result = trainer.fit()
    assert threads() == before and logger.writer is None
    runs = list(tmp_path.iterdir())
    assert runs == [logger.run_dir] and logger.run_dir.name.startswith("XOR-")
    found = read_scalars(logger.run_dir)
    assert set(found) == XOR_TAGS
    history = result.history
    assert len(history) == 5 and len({m["lr"] for m in history}) > 1
    for tag, key in (("loss/train", "loss"), ("loss/val", "val_loss"), ("accuracy/train", "accuracy"),
                     ("accuracy/val", "val_accuracy"), ("lr", "lr")):
        events = found[tag]
        assert [e.step for e in events] == [1, 2, 3, 4, 5], tag
        assert [e.value for e in events] == [f32(m[key]) for m in history], tag


def test_each_fit_is_a_run_of_its_own_and_a_continued_one_goes_on_at_the_next_epoch(tmp_path):
    logger = TensorBoardLogger(tmp_path, name="my net/v2")
    trainer = xor_trainer(logger, epochs=2)
    trainer.fit()
    first = logger.run_dir
    trainer.fit()
    second = logger.run_dir
    assert first != second and sorted(tmp_path.iterdir()) == sorted([first, second])
    assert first.name.startswith("my_net_v2-") and second.name.startswith("my_net_v2-")
    assert [e.step for e in read_scalars(first)["loss/train"]] == [1, 2]
    assert [e.step for e in read_scalars(second)["loss/train"]] == [3, 4]


def test_a_taken_run_name_gets_the_next_number(tmp_path, monkeypatch):
    import netbuilder.core.training.tensorboard as tb
    monkeypatch.setattr(tb, "run_folder_name", lambda name, when=None: f"{name}-now")
    logger = TensorBoardLogger(tmp_path)
    trainer = xor_trainer(logger, epochs=1)
    names = []
    for _ in range(3):
        trainer.fit()
        names.append(logger.run_dir.name)
    assert names == ["XOR-now", "XOR-now-2", "XOR-now-3"]


def test_regression_writes_mae_and_r2():
    metrics = {"epoch": 3, "loss": 0.5, "mae": 0.4, "r2": 0.9, "val_loss": 0.6, "val_mae": 0.45, "val_r2": 0.8,
               "seconds": 0.01, "lr": 0.001, "partial": True, "batches": 2}
    assert scalars(metrics) == {"loss/train": 0.5, "mae/train": 0.4, "r2/train": 0.9, "loss/val": 0.6,
                                "mae/val": 0.45, "r2/val": 0.8, "lr": 0.001}


def test_run_folder_names_are_safe():
    assert run_folder_name("XOR", 0).startswith("XOR-19")
    assert run_folder_name("../../etc", 0).startswith("etc-")
    assert run_folder_name("", 0).startswith("run-")


def test_a_failing_run_closes_the_writer(tmp_path):
    class Boom(Callback):
        def on_train_epoch_end(self, trainer, epoch, metrics):
            if epoch == 2:
                raise RuntimeError("boom")

    before = threads()
    logger = TensorBoardLogger(tmp_path)
    design = load_design("xor")
    trainer = Trainer(design, TrainConfig.from_design(design, epochs=5), device="cpu", callbacks=[logger, Boom()])
    with pytest.raises(TrainingError):
        trainer.fit()
    assert logger.writer is None and threads() == before
    assert [e.step for e in read_scalars(logger.run_dir)["loss/train"]] == [1, 2]


def test_the_folder_must_be_a_folder(tmp_path):
    file = tmp_path / "a file"
    file.write_text("x")
    with pytest.raises(NetbuilderError, match="is a file; give a folder"):
        TensorBoardLogger(file)
    with pytest.raises(NetbuilderError, match="cannot create the TensorBoard folder"):
        TensorBoardLogger(file / "below")


def test_the_cli_writes_events(tmp_path, capsys):
    assert main(["train", "xor", "--epochs", "3", "--tensorboard", str(tmp_path)]) == 0
    (run,) = tmp_path.iterdir()
    found = read_scalars(run)
    assert set(found) == XOR_TAGS and all(len(v) == 3 for v in found.values())
    assert f"TensorBoard logs in {run}" in capsys.readouterr().out


def test_the_cli_json_output_stays_json(tmp_path, capsys):
    import json
    assert main(["train", "xor", "--epochs", "2", "--json", "--tensorboard", str(tmp_path / "new" / "runs")]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [json.loads(line)["event"] for line in lines] == ["epoch", "epoch", "done"]
    assert len(list((tmp_path / "new" / "runs").iterdir())) == 1


@pytest.mark.parametrize("hidden", [("tensorboard",), ("tensorboard", "torch.utils.tensorboard")])
def test_without_tensorboard_one_line_says_what_to_install(tmp_path, capsys, monkeypatch, hidden):
    for name in hidden:
        monkeypatch.setitem(sys.modules, name, None)
    with pytest.raises(NetbuilderError) as info:
        TensorBoardLogger(tmp_path)
    assert str(info.value) == ("--tensorboard needs the tensorboard package: pip install "
                               "'netbuilder[tensorboard]'")
    assert main(["train", "xor", "--epochs", "3", "--tensorboard", str(tmp_path / "logs")]) == 2
    out = capsys.readouterr()
    assert out.err == "error: --tensorboard needs the tensorboard package: pip install 'netbuilder[tensorboard]'\n"
    assert out.out == ""  # it failed before training began
    assert not (tmp_path / "logs").exists()
