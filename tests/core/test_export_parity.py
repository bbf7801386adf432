"""One truth for training behaviour (issue 10): the exported script and netbuilder train alike.

Every preset is trained under a range of settings that, together, take every choice the training settings offer
(each optimizer, scheduler, loss, early-stopping monitor, validation split and normalisation), once by the
exported script's ``main()`` and once by netbuilder's Trainer, and the two must print the same metrics, epoch by
epoch, stop for the same reason with the same message, and give the same test scores.
"""
from __future__ import annotations

import importlib.util
import itertools
import json
import re
from pathlib import Path

import pytest

from netbuilder.core.exchange.codegen import export_design
from netbuilder.core.design.design_io import design_from_dict
from netbuilder.core.errors import NetbuilderError
from netbuilder.core.training.trainer import Trainer

REPO = Path(__file__).resolve().parents[2]
PRESETS = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((REPO / "presets").glob("*.json"))}
REGRESSION = {"hello_neuron", "linear_regression"}
SINGLE_OUTPUT = {"xor", "simple_sigmoid"}  # one output for two classes
_counter = itertools.count()


def variants(name: str) -> list[dict]:
    """Settings that, over the presets, take every value each choice has."""
    reg = name in REGRESSION
    score, error = ("r2", "mae") if reg else ("accuracy", "loss")
    return [
        {},  # the preset as it ships
        {"optimizer": {"name": "sgd", "lr": 0.01, "momentum": 0.9}, "scheduler": {"name": "step", "step_size": 1,
                                                                                  "gamma": 0.5},
         "early_stopping": {"patience": 1, "monitor": f"val_{error}"}, "loss": "l1" if reg else "mse"},
        {"optimizer": {"name": "rmsprop", "lr": 0.002, "weight_decay": 0.001},
         "scheduler": {"name": "plateau", "patience": 0, "factor": 0.5, "monitor": f"val_{score}"},
         "early_stopping": {"patience": 2, "monitor": score, "min_delta": 0.001},
         "loss": "mse" if reg else ("l1" if name in SINGLE_OUTPUT else "bce"),
         "dataset": {"validation": 0.2, "normalize": True}},
        {"optimizer": {"name": "adamw", "lr": 0.003, "weight_decay": 0.01}, "scheduler": "cosine",
         "early_stopping": {"patience": 1, "monitor": error}, "loss": "l1" if reg else "cross_entropy",
         "dataset": {"validation": 0, "normalize": False}},
    ]


def design_for(name: str, extra: dict, epochs: int = 3):
    data = json.loads(json.dumps(PRESETS[name]))
    training = data["training"]
    dataset = {**training["dataset"], **extra.get("dataset", {})}
    if dataset["name"] == "mnist":
        dataset["limit"] = 500
    training.update({k: v for k, v in extra.items() if k != "dataset"}, dataset=dataset, epochs=epochs)
    if training.get("loss") == "cross_entropy" and name in SINGLE_OUTPUT:
        training["loss"] = "bce"  # one output: cross_entropy needs one per class
    return design_from_dict(data)


def load_script(source: str, tmp_path: Path):
    path = tmp_path / f"parity_{next(_counter)}.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


NUMBER = r"(-?\d+\.\d+|nan|inf)"


def printed_epochs(text: str) -> list[dict]:
    out = []
    for line in text.splitlines():
        match = re.match(r"epoch (\d+)/\d+: (.*) \([\d.]+ s\)$", line)
        if match:
            values = dict(re.findall(rf"(\w+) {NUMBER}", match.group(2)))
            out.append({"epoch": int(match.group(1)), **{k: float(v) for k, v in values.items()}})
    return out


def run_both(design, tmp_path, data_dir, capsys):
    module = load_script(export_design(design), tmp_path)
    stopped = None
    try:
        module.main(["--data-dir", str(data_dir)])
    except SystemExit as exc:  # the script's divergence stop
        stopped = str(exc.code)
    printed = capsys.readouterr().out
    trainer = Trainer(design, device="cpu", data_dir=data_dir, download=False)
    result = trainer.fit()
    return printed, stopped, result


@pytest.mark.parametrize("name, number", [(n, i) for n in PRESETS for i in range(4)])
def test_exported_script_trains_like_netbuilder(name, number, tmp_path, data_dir, capsys):
    design = design_for(name, variants(name)[number])
    assert_same_run(*run_both(design, tmp_path, data_dir, capsys))


def assert_same_run(printed, stopped, result):
    epochs = printed_epochs(printed)
    assert len(epochs) == len(result.history), printed
    for ours, theirs in zip(epochs, result.history):
        compared = [k for k in ours if k != "epoch"]
        assert set(compared) == {k for k in theirs if k not in ("epoch", "seconds", "lr")}, (ours, theirs)
        for key in compared:
            assert ours[key] == pytest.approx(theirs[key], abs=1.5e-4), (ours["epoch"], key, printed)
    assert stopped is None and result.stopped in ("completed", "early_stopping")
    if result.message:  # early stopping: what it did, in the same words
        assert result.message in printed
    if result.test:
        metric = "accuracy" if "test_accuracy" in result.test else "mae"
        line = re.search(rf"test loss {NUMBER}, test {metric} {NUMBER}", printed)
        assert float(line.group(1)) == pytest.approx(result.test["test_loss"], abs=1.5e-4)
        assert float(line.group(2)) == pytest.approx(result.test[f"test_{metric}"], abs=1.5e-4)


@pytest.mark.parametrize("dataset", ["circles", "csv", "image_folder"])
def test_the_other_datasets_train_alike_too(dataset, tmp_path, data_dir, capsys):
    """The datasets no preset uses: generated circles, a CSV file, a folder of images."""
    from helpers import make_folder

    data = json.loads(json.dumps(PRESETS["simple_sigmoid"]))
    spec = {"name": "circles", "validation": 0.2, "normalize": True}
    if dataset == "csv":
        path = tmp_path / "points.csv"
        rows = [f"{i % 7 * 0.3},{(i * 13) % 11 * 0.2},{int((i % 7) > 3)}" for i in range(120)]
        path.write_text("a,b,y\n" + "\n".join(rows) + "\n", encoding="utf-8")
        spec = {"name": "csv", "path": str(path), "target": "y", "validation": 0.25}
    elif dataset == "image_folder":
        spec = {"name": "image_folder", "path": str(make_folder(tmp_path / "pets")), "validation": 0.25,
                "normalize": True}
        data["nodes"][0]["params"]["shape"] = [3, 6, 6]
        first = [e for e in data["edges"] if e["source"] == data["nodes"][0]["id"]][0]
        data["nodes"].append({"id": "flat", "type": "Flatten"})
        data["edges"] += [{"source": data["nodes"][0]["id"], "target": "flat"},
                          {"source": "flat", "target": first["target"]}]
        data["edges"].remove(first)
    data["training"].update(dataset=spec, epochs=4, batch_size=8)
    assert_same_run(*run_both(design_from_dict(data), tmp_path, data_dir, capsys))


def test_the_variants_take_every_choice():
    """The matrix above covers each value of each training choice, so a choice the two treat differently fails
    a test (this guards the matrix itself as the choices grow)."""
    from netbuilder.core.design.choices import LOSSES, MONITORS, OPTIMIZERS, SCHEDULERS
    from netbuilder.core.design.train_config import TrainConfig

    seen: dict[str, set] = {"loss": set(), "optimizer": set(), "scheduler": set(), "monitor": set(),
                            "validation": set(), "normalize": set()}
    for name in PRESETS:
        for extra in variants(name):
            config = TrainConfig.from_design(design_for(name, extra))
            seen["loss"].add(config.loss)
            seen["optimizer"].add(config.optimizer["name"])
            seen["scheduler"].add(config.scheduler["name"] if config.scheduler else None)
            if config.early_stopping:
                seen["monitor"].add(config.early_stopping["monitor"])
            if config.scheduler and config.scheduler["name"] == "plateau":
                seen["monitor"].add(config.scheduler["monitor"])
            seen["validation"].add(config.dataset.get("validation"))
            seen["normalize"].add(config.dataset.get("normalize"))
    assert seen["loss"] == set(LOSSES)
    assert seen["optimizer"] == set(OPTIMIZERS)
    assert seen["scheduler"] == {None, *SCHEDULERS}
    assert seen["monitor"] == set(MONITORS)
    assert {None, 0, 0.2} <= seen["validation"] and seen["normalize"] == {None, True, False}


@pytest.mark.parametrize("early", [None, {"patience": 100, "monitor": "loss"}])
def test_divergence_stops_both_with_the_same_message(early, tmp_path, data_dir, capsys):
    """A learning rate far too high: both stop at the same batch with the same words and keep the same weights
    (the last good epoch's, or early stopping's best)."""
    design = design_for("linear_regression", {"optimizer": {"name": "sgd", "lr": 1.5},
                                              "dataset": {"normalize": True}, "early_stopping": early}, epochs=90)
    printed, stopped, result = run_both(design, tmp_path, data_dir, capsys)
    assert result.stopped == "diverged" and len(result.history) >= 1
    assert stopped == f"error: {result.message}"
    assert ("Kept the weights of epoch" in result.message) == (early is not None)
    assert len(printed_epochs(printed)) == len(result.history)


def test_a_layer_named_module_is_not_mistaken_for_the_model(tmp_path, data_dir, capsys):
    """The script evaluates the model itself, not an attribute that happens to be called ``module``."""
    data = json.loads(json.dumps(PRESETS["hello_neuron"]))
    renamed = {n["id"]: "module" for n in data["nodes"] if n["type"] == "Linear"}
    for node in data["nodes"]:
        node["id"] = renamed.get(node["id"], node["id"])
    for edge in data["edges"]:
        edge["source"], edge["target"] = (renamed.get(edge[k], edge[k]) for k in ("source", "target"))
    data["training"]["epochs"] = 3
    printed, stopped, result = run_both(design_from_dict(data), tmp_path, data_dir, capsys)
    for ours, theirs in zip(printed_epochs(printed), result.history, strict=True):
        assert ours["val_loss"] == pytest.approx(theirs["val_loss"], abs=1.5e-4)


def test_the_exporter_refuses_what_the_trainer_refuses(data_dir):
    """A regression design whose early stopping watches val_accuracy: netbuilder refuses to train it, and the
    export refuses it with the trainer's own words (it used to watch the loss instead, silently)."""
    design = design_for("linear_regression", {"early_stopping": {"patience": 2, "monitor": "val_accuracy"}})
    with pytest.raises(NetbuilderError) as trained:
        Trainer(design, device="cpu", data_dir=data_dir)
    with pytest.raises(NetbuilderError) as exported:
        export_design(design)
    assert str(trained.value) in str(exported.value)
    assert "val_accuracy" in str(trained.value)


# the script as a new user meets it ------------------------------------------------------------------------------
def test_missing_data_is_one_line_and_leaves_nothing_behind(tmp_path):
    """No MNIST where the script looks: one line saying where it looked and what to do, no traceback, no empty
    folder left (it used to try a download into ./data and print torchvision's 15-line traceback)."""
    import os
    import subprocess
    import sys

    script = tmp_path / "mnist_mlp.py"
    script.write_text(export_design(design_for("mnist_mlp", {})), encoding="utf-8")
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {**os.environ, "NETBUILDER_DATA_DIR": str(empty)}
    for args, advice in (([], "leave both unset to let torchvision download it into"),
                         (["--data-dir", str(empty)], "pass --data-dir or set NETBUILDER_DATA_DIR")):
        done = subprocess.run([sys.executable, str(script), *args], capture_output=True, text=True, env=env,
                              cwd=tmp_path, timeout=120)
        assert done.returncode == 1 and done.stdout == ""
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"error: MNIST not found in {empty}"), done.stderr
        assert advice in lines[0]
        assert list(empty.iterdir()) == [] and not (tmp_path / "data").exists()


def test_the_script_finds_data_as_netbuilder_does(tmp_path, monkeypatch):
    """--data-dir, else $NETBUILDER_DATA_DIR, else netbuilder's own cache folder (the one place either downloads
    into unasked): the script copies netbuilder's resolve_data_dir, so the two answer alike."""
    from netbuilder.core.datasets.base import resolve_data_dir

    module = load_script(export_design(design_for("mnist_mlp", {})), tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.delenv("NETBUILDER_DATA_DIR", raising=False)
    for argument in ("mine", None):
        assert module.resolve_data_dir(argument) == resolve_data_dir(argument)
    assert module.resolve_data_dir(None) == (tmp_path / "cache" / "netbuilder" / "data", False)
    monkeypatch.setenv("NETBUILDER_DATA_DIR", str(tmp_path / "env"))
    assert module.resolve_data_dir(None) == (tmp_path / "env", True) == resolve_data_dir(None)


class _Terminal:
    def __init__(self, tty: bool):
        self.tty, self.text = tty, ""

    def isatty(self):
        return self.tty

    def write(self, text):
        self.text += text

    def flush(self):
        pass


@pytest.mark.parametrize("tty", [True, False])
def test_a_progress_bar_within_epochs_only_on_a_terminal(tmp_path, data_dir, tty, monkeypatch, capsys):
    """On a terminal the script draws a bar within each epoch (to stderr, cleared before the epoch's line); into a
    file or a pipe it prints the line per epoch only."""
    terminal = _Terminal(tty)
    module = load_script(export_design(design_for("mnist_mlp", {}, epochs=1)), tmp_path)
    monkeypatch.setattr(module.sys, "stderr", terminal)
    module.main(["--data-dir", str(data_dir)])
    printed = capsys.readouterr().out
    assert len(printed_epochs(printed)) == 1
    if tty:
        assert "\repoch 1/1 [" in terminal.text and "batches" in terminal.text
        assert f"{-(-475 // 32)}/{-(-475 // 32)} batches" in terminal.text  # the last draw: the whole epoch
        assert terminal.text.endswith("\r")  # cleared
    else:
        assert terminal.text == ""


def test_a_broken_csv_is_refused_in_netbuilder_words(tmp_path):
    """The script reads CSV files with netbuilder's own reader: a good file gives the same tensors, and a cell
    that is not a number is named by row and column in netbuilder's one line."""
    import torch

    from netbuilder.core.datasets import load_dataset

    good = tmp_path / "good.csv"
    good.write_text("a,b,y\n" + "".join(f"{i},{i * 0.5},{i % 2}\n" for i in range(30)), encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text("a,b,y\n1,2,0\n3,four,1\n", encoding="utf-8")

    def script(path):
        data = json.loads(json.dumps(PRESETS["spirals"]))
        data["training"]["dataset"] = {"name": "csv", "path": str(path), "target": "y"}
        data["training"]["epochs"] = 1
        return load_script(export_design(design_from_dict(data)), tmp_path)

    (x, y), val, test = script(good).load_data(None)
    ours = load_dataset({"name": "csv", "path": str(good), "target": "y"})
    assert torch.equal(x, ours.x_train) and torch.equal(y, ours.y_train) and val is None and test is None
    with pytest.raises(NetbuilderError) as netbuilder_says:
        load_dataset({"name": "csv", "path": str(bad), "target": "y"})
    with pytest.raises(SystemExit) as script_says:
        script(bad).main([])
    assert str(script_says.value.code) == f"error: {netbuilder_says.value}"
    assert "row 2" in str(netbuilder_says.value) and "'four'" in str(netbuilder_says.value)


@pytest.mark.parametrize("change", ["no weights", "wrong width", "wrong input", "regression loss"])
def test_the_exporter_refuses_each_thing_the_trainer_refuses(change, data_dir):
    data = json.loads(json.dumps(PRESETS["spirals"]))
    if change == "no weights":
        data["nodes"] = [n for n in data["nodes"] if n["type"] == "Input"] + [{"id": "act", "type": "Softmax"}]
        data["edges"] = [{"source": data["nodes"][0]["id"], "target": "act"}]
    elif change == "wrong width":
        last = [n for n in data["nodes"] if n["type"] == "Linear"][-1]
        last["params"]["out_features"] = 5
    elif change == "wrong input":
        data["training"]["dataset"] = {"name": "mnist"}
    else:
        data["training"]["loss"] = "mse"
        data["training"]["dataset"] = {"name": "linear"}
        data["training"]["early_stopping"] = {"patience": 2, "monitor": "accuracy"}
    design = design_from_dict(data)
    with pytest.raises(NetbuilderError) as trained:
        Trainer(design, device="cpu", data_dir=data_dir, download=False)
    with pytest.raises(NetbuilderError) as exported:
        export_design(design)
    assert str(trained.value).removeprefix(f"{design.name}: ") in str(exported.value)


def test_an_unreadable_image_is_refused_in_netbuilder_words(tmp_path):
    """The script reads a person's images with netbuilder's own functions: a broken file is named in the same line."""
    from helpers import make_folder

    from netbuilder.core.datasets import load_dataset

    folder = make_folder(tmp_path / "pets")
    broken = next((folder / "cat").iterdir()) if (folder / "cat").is_dir() else next(folder.rglob("*.png"))
    broken.write_bytes(b"not an image")
    data = json.loads(json.dumps(PRESETS["mnist_mlp"]))
    data["nodes"][0]["params"]["shape"] = [1, 28, 28]
    data["training"]["dataset"] = {"name": "image_folder", "path": str(folder)}
    [n for n in data["nodes"] if n["type"] == "Linear"][-1]["params"]["out_features"] = 2
    with pytest.raises(NetbuilderError) as netbuilder_says:
        load_dataset(data["training"]["dataset"], input_shape=[1, 28, 28])
    module = load_script(export_design(design_from_dict(data)), tmp_path)
    with pytest.raises(SystemExit) as script_says:
        module.main([])
    assert str(script_says.value.code) == f"error: {netbuilder_says.value}"
    assert str(broken) in str(netbuilder_says.value)
