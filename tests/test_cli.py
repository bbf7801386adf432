"""The CLI contract: commands, JSON output, and one-line errors with status 2."""
import json
import subprocess
import sys

import pytest

from netbuilder.cli import main
from netbuilder.core.design.presets import preset_names, preset_path


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_presets_lists_every_preset(capsys):
    code, out, _ = run(capsys, "presets")
    lines = out.strip().splitlines()
    assert code == 0 and [l.split()[0] for l in lines] == preset_names()
    assert all(len(l.split(None, 1)) == 2 for l in lines)


def test_summary_json(capsys):
    code, out, _ = run(capsys, "summary", "xor", "--json")
    data = json.loads(out)
    assert code == 0
    assert set(data) >= {"layers", "total_params", "flops"}
    assert data["layers"][1] == {"id": "hidden", "type": "Linear", "output_shape": [8], "params": 24,
                                 "frozen_params": 0}
    assert data["total_params"] == sum(l["params"] for l in data["layers"]) == 33 and data["frozen_params"] == 0


def test_summary_text(capsys):
    code, out, _ = run(capsys, "summary", "mnist_mlp")
    assert code == 0
    assert "hidden" in out and "[128]" in out and "100,480" in out and "total params: 101,770" in out


def test_train_json_then_predict(capsys, tmp_path):
    ckpt = tmp_path / "xor.ckpt"
    code, out, err = run(capsys, "train", "xor", "--epochs", "300", "--seed", "1", "--json", "--save", str(ckpt))
    events = [json.loads(line) for line in out.strip().splitlines()]
    assert code == 0, err
    epochs = [e for e in events if e["event"] == "epoch"]
    assert len(epochs) == 300 and epochs[0]["epoch"] == 1
    assert {"loss", "seconds", "accuracy"} <= set(epochs[0])
    done = events[-1]
    assert done["event"] == "done" and done["stopped"] == "completed"
    assert done["test_accuracy"] == 1.0 and "test_loss" in done
    assert done["test_is_train"] is True  # xor's test split is its four training points
    code, out, err = run(capsys, "predict", str(ckpt), "--input", "[[0, 0], [0, 1], [1, 0], [1, 1]]")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 4 and all(len(r) == 1 for r in rows)
    assert [round(r[0]) for r in rows] == [0, 1, 1, 0]


def test_train_text_output(capsys):
    code, out, _ = run(capsys, "train", "hello_neuron", "--epochs", "3")
    assert code == 0
    assert "epoch 1/3" in out and "epoch 3/3" in out


def epoch_lines(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("epoch ")]


def test_train_text_prints_about_twenty_epoch_lines(capsys):
    code, out, err = run(capsys, "train", "xor")  # the preset trains 500 epochs
    lines = epoch_lines(out)
    assert code == 0, err
    assert len(lines) <= 22, lines
    assert lines[0].startswith("epoch 1/500 ") and lines[-1].startswith("epoch 500/500 ")
    assert [int(l.split()[1].split("/")[0]) for l in lines] == [1] + list(range(25, 501, 25))
    assert "\r" not in out and err == ""  # no progress bar when stderr is not a terminal
    code, out, _ = run(capsys, "train", "xor", "--epochs", "5")
    assert [l.split()[1] for l in epoch_lines(out)] == [f"{e}/5" for e in range(1, 6)]


def test_train_text_prints_the_last_epoch_of_a_run_stopped_early(capsys):
    from netbuilder.core.design.design_io import load_design
    from netbuilder.core.training import Callback, Trainer
    from netbuilder.reporting import TextReporter

    class StopAt37(Callback):
        def on_train_epoch_end(self, trainer, epoch, metrics):
            if epoch == 37:
                trainer.request_stop()

    reporter = TextReporter("xor")
    result = Trainer(load_design("xor"), callbacks=[reporter, StopAt37()]).fit()
    reporter.done(result, None)
    out = capsys.readouterr().out
    assert result.stopped == "stopped"
    assert [l.split()[1] for l in epoch_lines(out)] == ["1/500", "25/500", "37/500"]
    assert out.index("epoch 37/500") < out.index("stopped early by request")


def test_train_text_progress_bar_on_a_terminal(capsys, monkeypatch):
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    code, out, err = run(capsys, "train", "xor", "--epochs", "300")
    assert code == 0 and len(epoch_lines(out)) == 21 and "\r" not in out
    bars = [part for part in err.split("\r") if part.strip()]
    assert bars and all(b.startswith("  [") and "epoch " in b and "/300" in b for b in bars), bars
    assert err.endswith("\r")  # the bar is cleared before each printed line and at the end


def test_train_text_says_when_scores_come_from_the_training_points(capsys):
    code, out, _ = run(capsys, "train", "xor", "--epochs", "5")
    assert code == 0 and "test:" not in out
    assert "scores on the training points (this dataset has no separate test set): loss " in out
    assert "accuracy " in out.split("scores on the training points")[1]
    assert "val_ scores are measured on the training points" in out
    code, out, _ = run(capsys, "train", "simple_sigmoid", "--epochs", "1")  # moons: a separate test set
    assert code == 0 and "test: test_loss " in out and "training points" not in out
    code, out, _ = run(capsys, "train", "simple_sigmoid", "--epochs", "1", "--json")
    assert json.loads(out.strip().splitlines()[-1])["test_is_train"] is False


def test_export_writes_python(capsys, tmp_path):
    target = tmp_path / "model.py"
    code, out, _ = run(capsys, "export", "mnist_mlp", "--to", str(target))
    assert code == 0 and target.exists()
    compile(target.read_text(), str(target), "exec")


@pytest.mark.parametrize("args, message", [
    (["summary", "nope"], "nope: no such file or preset"),
    (["train", "xor", "--device", "cuda:0"], "CUDA"),
    (["train", "xor", "--epochs", "many"], "--epochs"),
    (["train", "xor", "--optimizer", "adamx"], "--optimizer"),
    (["frobnicate"], "frobnicate"),
    (["predict", "missing.ckpt", "--input", "[[1]]"], "missing.ckpt"),
    (["predict", "missing.ckpt", "--input", "[[1"], "not valid JSON"),
])
def test_user_errors_exit_2_with_one_line(capsys, args, message, monkeypatch):
    import torch
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    code, out, err = run(capsys, *args)
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("error: ") and message in err, err


def test_broken_and_invalid_designs(capsys, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{")
    code, _, err = run(capsys, "train", str(broken))
    assert code == 2 and err.startswith(f"error: {broken}: not valid JSON")
    invalid = tmp_path / "invalid.json"
    invalid.write_text(json.dumps({"name": "Bad", "nodes": [{"id": "x", "type": "Input"},
                                                            {"id": "conv", "type": "Conv2d"}],
                                   "edges": [{"source": "x", "target": "conv"}]}))
    for command in ("summary", "train", "export"):
        extra = ["--to", str(tmp_path / "o.py")] if command == "export" else []
        code, _, err = run(capsys, command, str(invalid), *extra)
        assert code == 2 and err.startswith("error: Bad: node 'conv': Conv2d needs an input of shape"), err


def test_missing_data_is_one_line(capsys, tmp_path):
    code, _, err = run(capsys, "train", "mnist_mlp", "--data-dir", str(tmp_path), "--epochs", "1")
    assert code == 2 and err.count("\n") == 1 and str(tmp_path) in err


def test_subprocess_has_no_traceback_and_module_entry_point(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "netbuilder", "summary", str(tmp_path / "x.json")],
                          capture_output=True, text=True)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert proc.stderr.strip() == f"error: {tmp_path / 'x.json'}: no such file"
    proc = subprocess.run([sys.executable, "-m", "netbuilder", "presets"], capture_output=True, text=True)
    assert proc.returncode == 0 and "xor" in proc.stdout


def test_gui_without_a_display_is_one_line(monkeypatch, capsys):
    for var in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    code, _, err = run(capsys)
    assert code == 2 and err.startswith("error: no display") and err.count("\n") == 1


def test_unwritable_outputs_are_refused_before_work(capsys, tmp_path):
    code, _, err = run(capsys, "train", "xor", "--save", str(tmp_path / "nodir" / "x.ckpt"))
    assert code == 2 and "--save" in err and "does not exist" in err
    code, _, err = run(capsys, "export", "xor", "--to", str(tmp_path))
    assert code == 2 and "that is a folder" in err
    code, _, err = run(capsys, "export", "xor", "--to", "/proc/m.py")
    assert code == 2 and err.startswith("error: ") and err.count("\n") == 1


@pytest.fixture(scope="module")
def xor_checkpoint(tmp_path_factory):
    path = tmp_path_factory.mktemp("ckpt") / "xor.nbckpt"
    assert main(["train", "xor", "--epochs", "5", "--save", str(path)]) == 0
    return path


@pytest.mark.parametrize("make_input, words", [
    (lambda d: "[" * 5000 + "1" + "]" * 5000, "the JSON is nested too deeply"),
    (lambda d: d.joinpath("deep.json").write_text("[" * 5000 + "]" * 5000) and str(d / "deep.json"),
     "deep.json: the JSON is nested too deeply"),
    (lambda d: d.joinpath("latin.json").write_bytes(b"\xff\xfe[[1, 0]]") and str(d / "latin.json"),
     "latin.json: the file is not UTF-8 text"),
    (lambda d: "x" * 5000, "--input: not valid JSON"),
    (lambda d: "[[1, 2]]" + "9" * 5000, "--input: not valid JSON"),
    (lambda d: "[[" + "9" * 5001 + ", 0]]", "a number has 5,001 digits"),
])
def test_predict_refuses_bad_input_in_one_line(capsys, tmp_path, xor_checkpoint, make_input, words):
    code = main(["predict", str(xor_checkpoint), "--input", make_input(tmp_path)])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and err.startswith("error: ") and words in err and err.count("\n") == 1, err


def test_predict_prints_json_even_when_the_weights_are_nan(capsys, tmp_path, xor_checkpoint):
    import torch
    data = torch.load(xor_checkpoint, weights_only=True)
    data["state_dict"] = {k: torch.full_like(v, float("nan")) for k, v in data["state_dict"].items()}
    broken = tmp_path / "nan.nbckpt"
    torch.save(data, broken)
    code, out, err = run(capsys, "predict", str(broken), "--input", "[[0, 1], [1, 1]]")
    assert code == 0 and json.loads(out) == [[None], [None]]  # valid JSON: NaN is not
    assert "2 output values not finite" in err and "printed as null" in err


def test_a_diverging_run_prints_strict_json(capsys, tmp_path):
    """Every line of --json output is JSON a strict parser reads: a NaN loss prints as null."""
    design = json.loads((preset_path("linear_regression")).read_text())
    design["training"]["dataset"] = {"name": "linear"}  # raw inputs: plain SGD blows up
    path = tmp_path / "raw.json"
    path.write_text(json.dumps(design))
    code, out, err = run(capsys, "train", str(path), "--json")
    assert code == 2 and "learning rate" in err

    def refuse(name):
        raise ValueError(f"{name} in the output")
    events = [json.loads(line, parse_constant=refuse) for line in out.strip().splitlines()]
    assert events and events[-1]["event"] == "done"
    from netbuilder.reporting import plain
    assert plain({"loss": float("nan"), "x": [float("inf"), 0.1234567]}) == {"loss": None, "x": [None, 0.123457]}
