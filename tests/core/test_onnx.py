"""ONNX export of a trained model: every preset runs in onnxruntime as in PyTorch (dynamic batch), the CLI writes it
or says why not, and a failure says what to do in one line and leaves no file behind."""
from __future__ import annotations

import json
import os
import sys

import numpy as np
import pytest
import torch

from netbuilder.cli import main
from netbuilder.core.exchange import onnx_export
from netbuilder.core.design.design_io import load_design
from netbuilder.core.errors import NetbuilderError
from netbuilder.core.exchange.onnx_export import export_onnx
from netbuilder.core.design.presets import preset_names
from netbuilder.core.training import TrainConfig, Trainer, load_checkpoint, save_checkpoint

onnx = pytest.importorskip("onnx")
ort = pytest.importorskip("onnxruntime")

BATCH = 7  # neither the batch the exporter captures with nor the one it checks with


def make_checkpoint(name: str, path, data_dir) -> str:
    """A checkpoint of preset ``name`` with random weights (no training: MNIST would take minutes): the trainer
    is built on 64 samples, its weights and batch-norm statistics scrambled, then saved as ``train --save`` does."""
    design = load_design(name)
    config = TrainConfig.from_design(design)
    config.dataset = dict(config.dataset, limit=64)
    trainer = Trainer(design, config, device="cpu", data_dir=data_dir)
    torch.manual_seed(1)
    with torch.no_grad():
        for key, value in trainer.model.state_dict().items():
            if not value.is_floating_point():
                continue
            if key.endswith("running_var"):
                value.copy_(torch.rand_like(value) + 0.5)
            else:
                value.add_(0.2 * torch.randn_like(value))
    save_checkpoint(path, trainer)
    return str(path)


def run_onnx(path, x: np.ndarray) -> np.ndarray:
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    return session.run(["output"], {"input": x})[0]


def metadata(path) -> dict:
    return {p.key: json.loads(p.value) for p in onnx.load(str(path)).metadata_props}


@pytest.fixture(scope="module")
def xor_checkpoint(tmp_path_factory, data_dir) -> str:
    return make_checkpoint("xor", tmp_path_factory.mktemp("xor") / "xor.pt", data_dir)


def test_every_preset_is_covered():
    assert len(preset_names()) == 10


@pytest.mark.parametrize("name", preset_names())
def test_every_preset_runs_in_onnxruntime_as_in_pytorch(name, tmp_path, data_dir):
    ckpt = make_checkpoint(name, tmp_path / f"{name}.pt", data_dir)
    target = tmp_path / f"{name}.onnx"
    assert export_onnx(ckpt, target) == target
    assert sorted(os.listdir(tmp_path)) == sorted([f"{name}.pt", f"{name}.onnx"])  # no temporary file left

    model = load_checkpoint(ckpt).model
    x = torch.randn(BATCH, *model.input_shape, generator=torch.Generator().manual_seed(7))
    with torch.inference_mode():
        expected = model(x).numpy()
    got = run_onnx(target, x.numpy())
    assert got.shape == expected.shape == (BATCH, *model.output_shape)
    np.testing.assert_allclose(got, expected, rtol=0, atol=1e-4)
    assert not np.allclose(expected, expected[:1], atol=1e-6), "the outputs should depend on the input"

    proto = onnx.load(str(target))
    (given,), (out,) = proto.graph.input, proto.graph.output
    assert given.name == "input" and out.name == "output"
    dims = given.type.tensor_type.shape.dim
    assert dims[0].dim_param and not dims[0].HasField("dim_value")  # a named, dynamic batch
    assert [d.dim_value for d in dims[1:]] == list(model.input_shape)
    meta = metadata(target)
    assert meta["netbuilder.design"] == load_design(name).name
    assert meta["netbuilder.input_shape"] == list(model.input_shape)
    assert meta["netbuilder.exporter"] == "dynamo"
    if name.startswith("mnist"):
        assert meta["netbuilder.class_names"] is None or len(meta["netbuilder.class_names"]) == 10
        assert set(meta["netbuilder.preprocess"]) >= {"scale", "mean", "std"}
        assert meta["netbuilder.task"] == "classification"


def test_cli_writes_onnx(capsys, tmp_path, xor_checkpoint):
    target = tmp_path / "m.onnx"
    code = main(["export", xor_checkpoint, "--to", str(target)])
    out, err = capsys.readouterr()
    assert code == 0 and out.strip() == f"wrote {target}" and err == ""
    x = np.array([[0, 0], [0, 1], [1, 0], [1, 1], [0.5, 0.5]], dtype=np.float32)
    with torch.inference_mode():
        expected = load_checkpoint(xor_checkpoint).model(torch.from_numpy(x)).numpy()
    np.testing.assert_allclose(run_onnx(target, x), expected, rtol=0, atol=1e-4)


@pytest.mark.parametrize("source", ["xor", "file"])
def test_cli_refuses_a_design_for_onnx(capsys, tmp_path, source):
    if source == "file":
        source = str(tmp_path / "design.json")
        (tmp_path / "design.json").write_text(json.dumps(load_design("xor").to_dict()))
    code = main(["export", source, "--to", str(tmp_path / "m.onnx")])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1
    assert "ONNX needs trained weights" in err and f"netbuilder train {source} --save model.pt" in err
    assert not (tmp_path / "m.onnx").exists()


def test_cli_says_what_a_missing_checkpoint_is(capsys, tmp_path):
    code = main(["export", str(tmp_path / "none.pt"), "--to", str(tmp_path / "m.onnx")])
    _, err = capsys.readouterr()
    assert code == 2 and err.startswith("error: ") and "no such checkpoint" in err and len(err.splitlines()) == 1


@pytest.mark.parametrize("package", ["onnx", "onnxscript", "onnxruntime"])
def test_a_missing_package_says_what_to_install(monkeypatch, capsys, tmp_path, xor_checkpoint, package):
    monkeypatch.setitem(sys.modules, package, None)  # `import onnx` now raises ImportError
    target = tmp_path / "m.onnx"
    with pytest.raises(NetbuilderError) as info:
        export_onnx(xor_checkpoint, target)
    message = str(info.value)
    assert "\n" not in message and package in message and "pip install 'netbuilder[onnx]'" in message
    code = main(["export", xor_checkpoint, "--to", str(target)])
    _, err = capsys.readouterr()
    assert code == 2 and err == f"error: {message}\n"
    assert os.listdir(tmp_path) == []


def test_an_exporter_failure_is_one_line_and_leaves_the_old_file(monkeypatch, capsys, tmp_path, xor_checkpoint):
    target = tmp_path / "m.onnx"
    target.write_bytes(b"the previous file")
    # a layer whose control flow depends on the data: torch.export refuses it (a real failure, with a page of
    # advice and graph dumps); the TorchScript exporter is made to fail too
    monkeypatch.setattr(torch.nn.ReLU, "forward", lambda self, x: x if x.sum() > 0 else -x)
    real = torch.onnx.export

    def dynamo_only(*args, dynamo=True, **kwargs):
        if not dynamo:
            raise RuntimeError("not this one\nTraceback (most recent call last): ...")
        return real(*args, dynamo=True, **kwargs)

    monkeypatch.setattr(torch.onnx, "export", dynamo_only)
    code = main(["export", xor_checkpoint, "--to", str(target)])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and len(err.splitlines()) == 1
    assert err.startswith("error: cannot export 'XOR' to ONNX: Could not guard on data-dependent expression")
    assert os.listdir(tmp_path) == ["m.onnx"] and target.read_bytes() == b"the previous file"


def test_a_model_that_onnxruntime_gets_wrong_is_not_written(monkeypatch, tmp_path, xor_checkpoint):
    class Off(ort.InferenceSession):
        def run(self, *args, **kwargs):
            return [y + 0.01 for y in super().run(*args, **kwargs)]

    monkeypatch.setattr(ort, "InferenceSession", Off)
    with pytest.raises(NetbuilderError, match=r"^cannot export 'XOR' to ONNX: the exported model's outputs differ "
                                              r"from PyTorch's by up to 0\.01$"):
        export_onnx(xor_checkpoint, tmp_path / "m.onnx")
    assert os.listdir(tmp_path) == []


def test_the_torchscript_exporter_takes_over_when_dynamo_fails(monkeypatch, tmp_path, xor_checkpoint):
    real = torch.onnx.export
    calls = []

    def no_dynamo(*args, dynamo=True, **kwargs):
        calls.append(dynamo)
        if dynamo:
            raise RuntimeError("cannot capture this model")
        return real(*args, dynamo=False, **kwargs)

    monkeypatch.setattr(torch.onnx, "export", no_dynamo)
    ckpt = load_checkpoint(xor_checkpoint)
    before = {k: v.clone() for k, v in ckpt.model.state_dict().items()}
    target = onnx_export.export_checkpoint(ckpt, tmp_path / "m.onnx")  # from a loaded checkpoint, this time
    assert calls == [True, False] and metadata(target)["netbuilder.exporter"] == "torchscript"
    x = np.random.default_rng(0).random((BATCH, 2), dtype=np.float32)
    with torch.inference_mode():
        expected = ckpt.model(torch.from_numpy(x)).numpy()
    np.testing.assert_allclose(run_onnx(target, x), expected, rtol=0, atol=1e-4)
    after = ckpt.model.state_dict()  # the exporters worked on a copy
    assert not ckpt.model.training and all(torch.equal(before[k], after[k]) for k in before)
