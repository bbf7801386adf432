"""The CLI contract: commands, JSON output, and one-line errors with status 2."""
import json
import subprocess
import sys

import pytest

from netbuilder.cli import main
from netbuilder.core.presets import preset_names


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
    assert data["layers"][1] == {"id": "hidden", "type": "Linear", "output_shape": [8], "params": 24}
    assert data["total_params"] == sum(l["params"] for l in data["layers"]) == 33


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
    code, out, err = run(capsys, "predict", str(ckpt), "--input", "[[0, 0], [0, 1], [1, 0], [1, 1]]")
    rows = json.loads(out)
    assert code == 0 and len(rows) == 4 and all(len(r) == 1 for r in rows)
    assert [round(r[0]) for r in rows] == [0, 1, 1, 0]


def test_train_text_output(capsys):
    code, out, _ = run(capsys, "train", "hello_neuron", "--epochs", "3")
    assert code == 0
    assert "epoch 1/3" in out and "epoch 3/3" in out and "test:" in out


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


def test_gui_with_a_broken_design_fails_before_opening(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    code, _, err = run(capsys, "gui", str(tmp_path / "nope.json"))
    assert code == 2 and "no such file" in err


def test_unwritable_outputs_are_refused_before_work(capsys, tmp_path):
    code, _, err = run(capsys, "train", "xor", "--save", str(tmp_path / "nodir" / "x.ckpt"))
    assert code == 2 and "--save" in err and "does not exist" in err
    code, _, err = run(capsys, "export", "xor", "--to", str(tmp_path))
    assert code == 2 and "that is a folder" in err
    code, _, err = run(capsys, "export", "xor", "--to", "/proc/m.py")
    assert code == 2 and err.startswith("error: ") and err.count("\n") == 1
