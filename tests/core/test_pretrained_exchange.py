"""The Pretrained family through netbuilder's exchanges: the exported script (run as a subprocess with netbuilder out
of reach, against netbuilder's trainer), ONNX export of a trained checkpoint, and `netbuilder import` of a module
holding a torchvision model. Nothing downloads: weights files are randomly initialised torchvision models saved in
tmp_path, and torch's cache is tmp_path (TORCH_HOME)."""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
import torch
import torchvision

from netbuilder import cli
from netbuilder.core.design.compiler import compile_design
from netbuilder.core.design.design_io import design_from_dict, load_design
from netbuilder.core.exchange.codegen import export_design, model_class_name
from netbuilder.core.exchange.importer import import_module
from netbuilder.core.layers import backbones
from netbuilder.core.layers.pretrained import BACKBONES
from netbuilder.core.training.trainer import Trainer
from helpers import chain, make_folder
from test_export_parity import assert_same_run

#: runs a script as `python script.py ARGS` would, with every import of netbuilder failing
NO_NETBUILDER = ("import runpy, sys; sys.modules['netbuilder'] = None; script = sys.argv[1]; "
                 "sys.argv = sys.argv[1:]; runpy.run_path(script, run_name='__main__')")


def weights_file(model: str, path, seed: int = 0):
    """A full torchvision model's state_dict (its classifier included), randomly initialised."""
    torch.manual_seed(seed)
    torch.save(getattr(torchvision.models, model)(weights=None).state_dict(), path)
    return path


@pytest.fixture(autouse=True)
def torch_home(tmp_path, monkeypatch):
    monkeypatch.setenv("TORCH_HOME", str(tmp_path / "torch_home"))
    return tmp_path / "torch_home"


def _design(weights, trainable="none", model="mobilenet_v3_small", **training):
    return chain((3, 32, 32), [("Pretrained", {"model": model, "weights": weights and str(weights),
                                               "trainable": trainable}),
                               ("Linear", {"out_features": 2})], **training)


# the exported script ----------------------------------------------------------------------------------------

def test_the_script_trains_a_backbone_design_like_netbuilder_without_netbuilder(tmp_path):
    """A stage on trains (the stages before it frozen, their batch norms in eval mode) from a weights file: the
    script, run with netbuilder out of reach, prints netbuilder's losses epoch by epoch."""
    path = weights_file("mobilenet_v3_small", tmp_path / "mobile.pth")
    folder = make_folder(tmp_path / "pets", per_class=8, size=(32, 32))
    design = design_from_dict(_design(path, "features.11", dataset={"name": "image_folder", "path": str(folder),
                                                                     "validation": 0.25},
                                      loss="cross_entropy", epochs=2, batch_size=8, seed=0,
                                      optimizer={"name": "adam", "lr": 0.01}))
    script = tmp_path / "head.py"
    script.write_text(export_design(design), encoding="utf-8")
    run = subprocess.run([sys.executable, "-c", NO_NETBUILDER, str(script), "--device", "cpu"], cwd=tmp_path,
                         capture_output=True, text=True, timeout=300, env={**os.environ, "PYTHONPATH": ""})
    assert run.returncode == 0, run.stderr
    result = Trainer(design, device="cpu", data_dir=tmp_path, download=False).fit()
    assert_same_run(run.stdout, None, result)
    assert len(result.history) == 2


def test_the_exported_model_is_netbuilders_model(tmp_path):
    """Same state_dict keys, frozen parameters and outputs; the backbone's code is copied, never imported."""
    path = weights_file("resnet18", tmp_path / "resnet.pth")
    design = design_from_dict(_design(path, "layer3", model="resnet18"))
    source = export_design(design, training=False)
    assert not re.search(r"^\s*(import|from) netbuilder", source, re.MULTILINE)
    assert re.search(r'Pretrained\(\s*BACKBONES\["resnet18"\],\s*weights=', source)
    assert "class Pretrained(nn.Module):" in source
    module = {}
    exec(compile(source, "exported.py", "exec"), module)
    torch.manual_seed(0)
    ours = compile_design(design, loss=None).eval()
    theirs = module[model_class_name(design, training=False)]().eval()
    assert list(ours.state_dict()) == list(theirs.state_dict())
    assert [n for n, p in ours.named_parameters() if p.requires_grad] == \
        [n for n, p in theirs.named_parameters() if p.requires_grad]
    theirs.load_state_dict(ours.state_dict())
    x = torch.rand(2, 3, 32, 32)
    with torch.no_grad():
        assert torch.equal(ours(x), theirs(x))


#: imports an exported script with netbuilder out of reach, serves its ImageNet weights from a file:// URL, runs main
SERVED = ("import importlib.util, sys; sys.modules['netbuilder'] = None; path, url = sys.argv[1:3]; "
          "spec = importlib.util.spec_from_file_location('exported', path); "
          "script = sys.modules['exported'] = importlib.util.module_from_spec(spec); spec.loader.exec_module(script); "
          "script.weights_url = lambda found: url; script.main(sys.argv[3:])")


def test_imagenet_weights_are_downloaded_into_torch_home_by_the_script(tmp_path, torch_home, monkeypatch):
    """weights "imagenet": the script's run() downloads them into torch's cache first (netbuilder's fetch, copied;
    here from a file:// URL whose name carries the file's SHA-256 digits, as torchvision's do), then trains as
    netbuilder does from the same cache."""
    import hashlib

    source = weights_file("mobilenet_v3_small", tmp_path / "served.pth")
    served = source.rename(tmp_path / f"mobilenet-{hashlib.sha256(source.read_bytes()).hexdigest()[:8]}.pth")
    folder = make_folder(tmp_path / "pets", per_class=8, size=(32, 32))
    design = design_from_dict(_design("imagenet", "features.12", loss="cross_entropy", epochs=1, batch_size=8,
                                      dataset={"name": "image_folder", "path": str(folder), "validation": 0.25}))
    script = tmp_path / "head.py"
    script.write_text(export_design(design), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "NETBUILDER_OFFLINE"}
    run = subprocess.run([sys.executable, "-c", SERVED, str(script), served.as_uri(), "--device", "cpu"],
                         cwd=tmp_path, capture_output=True, text=True, timeout=300,
                         env={**env, "PYTHONPATH": "", "TORCH_HOME": str(torch_home)})
    assert run.returncode == 0, run.stderr
    assert served.name in run.stderr  # the download's progress bar (tqdm, where it is installed)
    cached = torch_home / "hub" / "checkpoints" / served.name
    assert cached.read_bytes() == served.read_bytes()
    monkeypatch.setattr(backbones, "weights_url", lambda found: served.as_uri())  # the same name in the cache
    result = Trainer(design, device="cpu", data_dir=tmp_path, download=False).fit()  # offline: it reads the cache
    assert_same_run(run.stdout, None, result)


# ONNX ------------------------------------------------------------------------------------------------------

def test_a_trained_backbone_checkpoint_exports_to_onnx(tmp_path, capsys):
    pytest.importorskip("onnx")
    ort = pytest.importorskip("onnxruntime")
    from netbuilder.core.training import load_checkpoint, save_checkpoint
    from trainer_helpers import make_trainer, small_set

    path = weights_file("mobilenet_v3_small", tmp_path / "mobile.pth")
    design = _design(path, "features.12", dataset={"name": "tiny"}, loss="cross_entropy", epochs=1, batch_size=8,
                     seed=0)
    gen = torch.Generator().manual_seed(0)
    x, y = torch.rand(16, 3, 32, 32, generator=gen), torch.randint(0, 2, (16,), generator=gen)
    trainer = make_trainer(design, tmp_path, dataset=small_set(x, y))
    assert trainer.fit().stopped == "completed"
    save_checkpoint(tmp_path / "head.ckpt", trainer)
    path.unlink()  # the checkpoint holds every weight
    assert cli.main(["export", str(tmp_path / "head.ckpt"), "--to", str(tmp_path / "head.onnx")]) == 0
    assert "head.onnx" in capsys.readouterr().out
    model = load_checkpoint(tmp_path / "head.ckpt").model.eval()
    session = ort.InferenceSession(str(tmp_path / "head.onnx"), providers=["CPUExecutionProvider"])
    with torch.no_grad():
        expected = model(x).numpy()
    got = session.run(["output"], {"input": x.numpy()})[0]
    assert got.shape == expected.shape == (16, 2)
    assert abs(got - expected).max() < 1e-4


# netbuilder import ------------------------------------------------------------------------------------------

HEAD_MODEL = """
import torch.nn as nn
import torchvision


class Head(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = torchvision.models.{model}(weights=None)
        self.features.{classifier} = nn.Identity()
        for name, p in self.features.named_parameters():
            p.requires_grad = {learns}
        self.head = nn.Linear({width}, 3)

    def forward(self, x):
        return self.head(self.features(x))
"""
#: model -> what learns (a stage on, nothing, everything) and the trainable that says it
IMPORTS = {"resnet18": ('name.startswith(("layer3", "layer4"))', "layer3"),
           "mobilenet_v3_small": ("False", "none"),
           "efficientnet_b0": ("True", "all")}


@pytest.mark.parametrize("model", MODELS := sorted(BACKBONES))
def test_a_torchvision_model_in_a_module_imports_as_one_pretrained_node(model, tmp_path, capsys):
    learns, trainable = IMPORTS[model]
    found = BACKBONES[model]
    path = tmp_path / "head.py"
    path.write_text(HEAD_MODEL.format(model=model, classifier=found.classifier, learns=learns,
                                      width=found.features), encoding="utf-8")
    target = tmp_path / "head.json"
    assert cli.main(["import", f"{path}:Head", "--input-shape", "3,32,32", "--to", str(target)]) == 0
    assert "wrote" in capsys.readouterr().out
    design = load_design(target)
    assert [(n.id, n.type) for n in design.nodes.values()] == [("x", "Input"), ("features", "Pretrained"),
                                                                ("head", "Linear")]
    params = design.nodes["features"].spec.resolve(design.nodes["features"].params)
    assert params == {"model": model, "weights": None, "trainable": trainable}
    assert design.nodes["head"].params == {"out_features": 3}

    module = {}  # the module's weights are the design's: under the node's id, with backbone. inside Pretrained
    exec(compile(path.read_text(), str(path), "exec"), module)
    torch.manual_seed(1)
    original = module["Head"]().eval()
    net = compile_design(design, loss=None).eval()
    net.load_state_dict({k.replace("features.", "features.backbone.", 1): v
                         for k, v in original.state_dict().items()})
    x = torch.rand(2, 3, 32, 32)
    with torch.no_grad():
        assert torch.allclose(net(x), original(x), atol=1e-5)
    assert sum(p.numel() for p in net.parameters() if p.requires_grad) == \
        sum(p.numel() for p in original.parameters() if p.requires_grad)


def test_an_exported_backbone_design_imports_back_the_same(tmp_path):
    """The script's Pretrained (copied) is the node again, its weights file named as the design named it."""
    design = design_from_dict(_design(weights_file("mobilenet_v3_small", tmp_path / "mobile.pth"), "features.9"))
    path = tmp_path / "exported.py"
    path.write_text(export_design(design, training=False), encoding="utf-8")
    back = import_module(f"{path}:{model_class_name(design, training=False)}", [3, 32, 32])
    assert [(n.id, n.type, n.spec.resolve(n.params)) for n in back.nodes.values()][1:] == \
        [(n.id, n.type, n.spec.resolve(n.params)) for n in design.nodes.values()][1:]


def test_a_whole_torchvision_model_imports_as_the_node_and_its_classifiers_layers(tmp_path):
    """The whole model used as a feature extractor (ImageNet's 1000 scores): its classifier's layers follow."""
    path = tmp_path / "whole.py"
    path.write_text(HEAD_MODEL.format(model="efficientnet_b0", classifier="classifier", learns="False", width=1000)
                    .replace("        self.features.classifier = nn.Identity()\n", ""), encoding="utf-8")
    design = import_module(f"{path}:Head", [3, 32, 32])
    assert [(n.id, n.type, n.params) for n in design.nodes.values()][1:] == [
        ("features", "Pretrained", {"model": "efficientnet_b0", "weights": None}),
        ("features_classifier_0", "Dropout", {"p": 0.2}),
        ("features_classifier_1", "Linear", {"out_features": 1000}), ("head", "Linear", {"out_features": 3})]
    module = {}
    exec(compile(path.read_text(), str(path), "exec"), module)
    original = module["Head"]().eval()
    net = compile_design(design, loss=None).eval()
    net.load_state_dict({re.sub(r"^features\.(?!classifier)", "features.backbone.", k)
                         .replace("features.classifier.", "features_classifier_"): v
                         for k, v in original.state_dict().items()})
    x = torch.rand(2, 3, 32, 32)
    with torch.no_grad():
        assert torch.allclose(net(x), original(x), atol=1e-5)


def test_a_model_netbuilder_does_not_know_is_refused_in_one_line(tmp_path, capsys):
    """mobilenet_v3_large is a MobileNetV3 but not mobilenet_v3_small: it is traced through as any module, to the
    importer's usual message; a stage half frozen is not a Pretrained node either."""
    path = tmp_path / "other.py"
    path.write_text(HEAD_MODEL.format(model="mobilenet_v3_large", classifier="classifier", learns="True", width=960)
                    + HEAD_MODEL.format(model="resnet18", classifier="fc", learns='"bn" in name', width=512)
                    .replace("class Head", "class Half"), encoding="utf-8")
    for name, words in (("Head", "layer 'features.features.0.2' is a nn.Hardswish, and netbuilder's catalogue has "
                                 "no such layer"),
                        ("Half", "layer 'features' (ResNet): its stage conv1 freezes some parameters and trains "
                                 "others")):
        target = tmp_path / f"{name}.json"
        assert cli.main(["import", f"{path}:{name}", "--input-shape", "3,32,32", "--to", str(target)]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"error: cannot import {name}: ") and err.count("\n") == 1, err
        assert words in err, err
        assert not target.exists()
