"""The Pretrained layer family: torchvision backbones as one node. Nothing here downloads: every weights file is
made from a randomly initialised torchvision model in tmp_path, and torch's cache is tmp_path (TORCH_HOME)."""
from __future__ import annotations

import hashlib
import json
import math

import pytest
import torch
import torchvision
from torch import nn
from torch.utils.flop_counter import FlopCounterMode

from netbuilder import cli
from netbuilder.core.design.design_io import design_from_dict
from netbuilder.core.design.shapes import infer_shapes
from netbuilder.core.design.summary import summarize
from netbuilder.core.errors import Cause, DataError, ShapeError
from netbuilder.core.layers import backbones, get_spec
from netbuilder.core.layers.backbones import imagenet_file
from netbuilder.core.layers.pretrained import BACKBONES
from helpers import chain
from trainer_helpers import make_trainer, small_set

SPEC = get_spec("Pretrained")
MODELS = sorted(BACKBONES)


def torchvision_backbone(model: str, device: str = "cpu") -> nn.Module:
    with torch.device(device):
        net = getattr(torchvision.models, model)(weights=None)
    setattr(net, BACKBONES[model].classifier, nn.Identity())
    return net


def weights_file(model: str, path, seed: int = 0):
    """A full torchvision model's state_dict (its classifier included), randomly initialised."""
    torch.manual_seed(seed)
    torch.save(getattr(torchvision.models, model)(weights=None).state_dict(), path)
    return path


@pytest.fixture
def torch_home(tmp_path, monkeypatch):
    monkeypatch.setenv("TORCH_HOME", str(tmp_path / "torch_home"))
    return tmp_path / "torch_home"


# the torch-free tables against torchvision ------------------------------------------------------------------

@pytest.mark.parametrize("model", MODELS)
def test_parameter_table_matches_torchvision_on_the_meta_device(model):
    net = torchvision_backbone(model, "meta")
    found = BACKBONES[model]
    assert found.total == sum(p.numel() for p in net.parameters())
    stems = {"resnet18": {"conv1": ("conv1", "bn1")}}.get(model, {})
    for stage in found.stages:
        modules = stems.get(stage.name, (stage.name,))
        assert stage.params == sum(p.numel() for m in modules for p in net.get_submodule(m).parameters()), stage
    for trainable in ("all", "none", found.stages[2].name):
        params = {"model": model, "weights": None, "trainable": trainable}
        with torch.device("meta"):
            module = SPEC.make([(3, 64, 64)], params)
        learning = sum(p.numel() for p in module.parameters() if p.requires_grad)
        assert SPEC.param_count([(3, 64, 64)], params) == learning
        assert SPEC.extra["frozen"]([(3, 64, 64)], SPEC.resolve(params)) == found.total - learning


@pytest.mark.parametrize("model", MODELS)
def test_output_shape_and_flops_match_torch(model):
    net = torchvision_backbone(model).eval()
    params = {"model": model, "weights": None}
    for h, w in ((64, 64), (96, 72)):
        out = SPEC.output_shape([(3, h, w)], params)
        with FlopCounterMode(display=False) as counter, torch.no_grad():
            y = net(torch.zeros(1, 3, h, w))
        assert (1, *out) == tuple(y.shape) == (1, BACKBONES[model].features)
        assert math.isclose(SPEC.flop_count([(3, h, w)], out, params), counter.get_total_flops(), rel_tol=0.05)


def test_shape_errors_are_one_plain_line():
    for shape, words in (((1, 64, 64), "needs a colour image [3, H, W]; it gets [1, 64, 64]"),
                         ((576,), "needs a colour image [3, H, W]; it gets [576]"),
                         ((3, 16, 40), "at least 32x32; it gets 16x40")):
        with pytest.raises(ShapeError, match=r"^Pretrained .*\.$") as exc:
            SPEC.output_shape([shape], {})
        assert words in str(exc.value) and "\n" not in str(exc.value)
    with pytest.raises(ShapeError, match=r"resnet18 has no stage 'features.3'; its stages are conv1, layer1"):
        SPEC.output_shape([(3, 64, 64)], {"model": "resnet18", "trainable": "features.3"})
    assert SPEC.check_params({"weights": ""}) == ["'weights' must be a word or a file's path, not ''"]
    assert SPEC.check_params({"weights": None, "trainable": "layer3", "model": "resnet18"}) == []


# weights: a file, torch's cache, refusals ---------------------------------------------------------------------

@pytest.mark.parametrize("model", MODELS)
def test_a_weights_file_loads_through_the_same_path(model, tmp_path):
    path = weights_file(model, tmp_path / f"{model}.pth")
    saved = torch.load(path, weights_only=True)
    module = SPEC.make([(3, 64, 64)], {"model": model, "weights": str(path), "trainable": "all"})
    state = module.backbone.state_dict()
    assert state.keys() == {k for k in saved if not k.startswith(("fc.", "classifier."))}
    assert all(torch.equal(state[k], saved[k]) for k in state)
    reference = torchvision_backbone(model)
    reference.load_state_dict(state)
    module.eval(), reference.eval()
    x = torch.randn(2, 3, 64, 64)
    with torch.no_grad():
        assert torch.allclose(module(x), reference(x), atol=1e-5)
    assert module(x).shape == (2, BACKBONES[model].features)


def test_imagenet_weights_come_from_torch_home(torch_home):
    params = {"model": "resnet18", "weights": "imagenet"}
    target = imagenet_file(BACKBONES["resnet18"])
    assert target.parent == torch_home / "hub" / "checkpoints" and target.name.startswith("resnet18-")
    with pytest.raises(DataError) as exc:
        SPEC.make([(3, 64, 64)], params)
    message = str(exc.value)
    assert "`netbuilder weights fetch resnet18`" in message and str(target) in message and "\n" not in message
    assert exc.value.cause == Cause.DATA_MISSING
    target.parent.mkdir(parents=True)
    weights_file("resnet18", target, seed=3)
    module = SPEC.make([(3, 64, 64)], params)
    assert torch.equal(module.backbone.conv1.weight, torch.load(target, weights_only=True)["conv1.weight"])


def test_bad_files_are_refused_in_one_line(tmp_path):
    junk = tmp_path / "junk.pth"
    junk.write_bytes(b"not a torch file at all")
    tensor = tmp_path / "tensor.pth"
    torch.save(torch.zeros(3), tensor)
    other = weights_file("resnet18", tmp_path / "resnet18.pth")
    state = torch.load(other, weights_only=True)
    state["conv1.weight"] = torch.zeros(8, 3, 7, 7)
    torch.save(state, tmp_path / "wrong_shape.pth")
    cases = {junk: "cannot be read as a state_dict", tensor: "does not hold a state_dict",
             other: "does not fit mobilenet_v3_small: it lacks the weight",
             tmp_path / "wrong_shape.pth": "its 'conv1.weight' has shape [8, 3, 7, 7], resnet18's [64, 3, 7, 7]",
             tmp_path / "missing.pth": "is not there"}
    for path, words in cases.items():
        model = "resnet18" if path.name == "wrong_shape.pth" else "mobilenet_v3_small"
        with pytest.raises(DataError) as exc:
            SPEC.make([(3, 64, 64)], {"model": model, "weights": str(path)})
        message = str(exc.value)
        assert message.startswith(f"Pretrained {model}: the weights file ") and words in message, message
        assert "\n" not in message and len(message) < 400


# in a design: summary, training, export --------------------------------------------------------------------

def _head_design(path, **training):
    return chain((3, 64, 64), [("Pretrained", {"model": "mobilenet_v3_small", "weights": str(path),
                                               "trainable": "none"}),
                               ("Linear", {"out_features": 2})], **training)


def test_a_frozen_backbone_trains_only_its_head(tmp_path):
    path = weights_file("mobilenet_v3_small", tmp_path / "mobile.pth")
    design = _head_design(path, dataset={"name": "tiny"}, loss="cross_entropy", epochs=1, batch_size=8,
                          optimizer={"name": "adam", "lr": 0.01}, seed=0)
    gen = torch.Generator().manual_seed(0)
    x, y = torch.rand(16, 3, 64, 64, generator=gen), torch.randint(0, 2, (16,), generator=gen)
    trainer = make_trainer(design, tmp_path, dataset=small_set(x, y))
    before = {k: v.clone() for k, v in trainer.model.state_dict().items()}
    result = trainer.fit()
    assert result.stopped != "error" and len(result.history) == 1, result
    after = trainer.model.state_dict()
    changed = {k for k in before if not torch.equal(before[k], after[k])}
    assert changed == {"n1.weight", "n1.bias"}  # frozen batch norms keep their statistics too
    assert all(not p.requires_grad for p in trainer.model.n0.parameters())


def test_a_checkpoint_opens_where_the_backbone_file_is_not(tmp_path):
    from netbuilder.core.training import load_checkpoint, save_checkpoint

    path = weights_file("mobilenet_v3_small", tmp_path / "mobile.pth")
    design = _head_design(path, dataset={"name": "tiny"}, loss="cross_entropy", epochs=1, batch_size=8, seed=0)
    x, y = torch.rand(8, 3, 64, 64), torch.randint(0, 2, (8,))
    trainer = make_trainer(design, tmp_path, dataset=small_set(x, y))
    save_checkpoint(tmp_path / "head.ckpt", trainer)
    path.unlink()  # another computer: the checkpoint holds every weight
    model = load_checkpoint(tmp_path / "head.ckpt").model
    trainer.model.eval()
    with torch.no_grad():
        assert torch.allclose(model(x), trainer.model(x), atol=1e-5)
    with pytest.raises(DataError, match="is not there"):  # building it anew does need the file
        SPEC.make([(3, 64, 64)], {"weights": str(path)})


def test_a_stage_name_freezes_the_stages_before_it(tmp_path):
    params = {"model": "resnet18", "weights": None, "trainable": "layer3"}
    module = SPEC.make([(3, 64, 64)], params).train()
    learning = {n.split(".")[0] for n, p in module.backbone.named_parameters() if p.requires_grad}
    assert learning == {"layer3", "layer4"}
    assert not module.backbone.bn1.training and not module.backbone.layer2[0].bn1.training
    assert module.backbone.layer3[0].bn1.training
    assert SPEC.short_label(params) == "Pretrained resnet18 from layer3"


def test_the_summary_shows_trainable_and_frozen_apart(tmp_path, capsys):
    table = summarize(design_from_dict(_head_design(tmp_path / "unread.pth")))
    frozen = BACKBONES["mobilenet_v3_small"].total
    assert table["total_params"] == 576 * 2 + 2 and table["frozen_params"] == frozen
    layer = next(r for r in table["layers"] if r["type"] == "Pretrained")
    assert layer["output_shape"] == [576] and layer["params"] == 0 and layer["frozen_params"] == frozen
    assert infer_shapes(design_from_dict(_head_design(tmp_path / "unread.pth"))).flops > 10 ** 6
    assert table["memory"]["parameter_bytes"] == 4 * (frozen + 576 * 2 + 2)  # frozen weights are held too
    (tmp_path / "head.json").write_text(json.dumps(_head_design(tmp_path / "unread.pth")), encoding="utf-8")
    assert cli.main(["summary", str(tmp_path / "head.json")]) == 0
    assert f"total params: 1,154 (+ {frozen:,} frozen)" in capsys.readouterr().out


# netbuilder weights fetch ------------------------------------------------------------------------------------

def test_fetch_parses_its_model_and_refuses_an_unknown_one(capsys):
    assert cli.main(["weights", "fetch", "alexnet"]) == 2
    assert "no backbone 'alexnet'; netbuilder knows resnet18, mobilenet_v3_small" in capsys.readouterr().err
    assert cli.main(["weights"]) == 2
    assert "required" in capsys.readouterr().err
    assert cli.build_parser().parse_args(["weights", "fetch", "resnet18"]).model == "resnet18"


def test_fetch_offline_is_one_line_naming_the_file(torch_home, monkeypatch, capsys, tmp_path):
    monkeypatch.delenv(backbones.OFFLINE_ENV)
    monkeypatch.setattr(backbones, "weights_url", lambda found: (tmp_path / "gone" / "w-0a1b.pth").as_uri())
    assert cli.main(["weights", "fetch", "efficientnet_b0"]) == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "could not be downloaded from file://" in err and "No such file" in err
    assert str(imagenet_file(BACKBONES["efficientnet_b0"])) in err and str(torch_home) in err
    assert not imagenet_file(BACKBONES["efficientnet_b0"]).exists()
    monkeypatch.setenv(backbones.OFFLINE_ENV, "1")
    assert cli.main(["weights", "fetch", "efficientnet_b0"]) == 2
    assert "downloads are off (NETBUILDER_OFFLINE is set)" in capsys.readouterr().err


# the first use downloads, with a progress bar ------------------------------------------------------------------

def _served(tmp_path, model, monkeypatch, damaged=False):
    """A randomly initialised model's weights behind a file:// URL whose name carries its SHA-256's first digits
    (as torchvision's names do), or other digits (``damaged``)."""
    source = weights_file(model, tmp_path / "served.pth")
    digits = "0000beef" if damaged else hashlib.sha256(source.read_bytes()).hexdigest()[:8]
    served = source.rename(tmp_path / f"{model}-{digits}.pth")
    monkeypatch.setattr(backbones, "weights_url", lambda found: served.as_uri())
    monkeypatch.delenv(backbones.OFFLINE_ENV)
    return served


def test_the_first_use_downloads_into_torch_home_with_progress(torch_home, tmp_path, monkeypatch):
    served = _served(tmp_path, "mobilenet_v3_small", monkeypatch)
    reports = []
    with backbones.download_progress(lambda done, total, name: reports.append((done, total, name))):
        module = SPEC.make([(3, 64, 64)], {"model": "mobilenet_v3_small", "weights": "imagenet"})
    target = torch_home / "hub" / "checkpoints" / served.name
    assert target.read_bytes() == served.read_bytes() and list(target.parent.iterdir()) == [target]
    size = served.stat().st_size
    assert reports[0] == (0, size, served.name) and reports[-1] == (size, size, served.name)  # 100%
    assert [d for d, _, _ in reports] == sorted(d for d, _, _ in reports)
    saved = torch.load(served, weights_only=True)
    assert torch.equal(module.backbone.features[0][0].weight, saved["features.0.0.weight"])
    reports.clear()
    with backbones.download_progress(lambda *a: reports.append(a)):  # cached now: no second download
        SPEC.make([(3, 64, 64)], {"model": "mobilenet_v3_small", "weights": "imagenet"})
    assert reports == []


def test_a_damaged_download_is_refused_and_nothing_stays(torch_home, tmp_path, monkeypatch):
    _served(tmp_path, "resnet18", monkeypatch, damaged=True)
    with pytest.raises(DataError) as exc:
        SPEC.make([(3, 64, 64)], {"model": "resnet18", "weights": "imagenet"})
    message = str(exc.value)
    assert "its SHA-256 does not start with 0000beef" in message and "netbuilder weights fetch resnet18" in message
    assert "\n" not in message
    assert not any((torch_home / "hub" / "checkpoints").iterdir())


def test_fetch_downloads_with_a_bar_on_stderr(torch_home, tmp_path, monkeypatch, capsys):
    served = _served(tmp_path, "mobilenet_v3_small", monkeypatch)
    assert cli.main(["weights", "fetch", "mobilenet_v3_small"]) == 0
    out, err = capsys.readouterr()
    assert str(torch_home / "hub" / "checkpoints" / served.name) in out
    assert "100%" in err and served.name in err


def test_netbuilder_train_downloads_on_first_use_with_a_bar_on_stderr(torch_home, tmp_path, monkeypatch, capsys):
    from helpers import make_folder

    served = _served(tmp_path, "mobilenet_v3_small", monkeypatch)
    design = chain((3, 32, 32), [("Pretrained", {"model": "mobilenet_v3_small", "weights": "imagenet"}),
                                 ("Linear", {"out_features": 2})],
                   dataset={"name": "image_folder", "path": str(make_folder(tmp_path / "pets", per_class=3))},
                   loss="cross_entropy", epochs=1, batch_size=4, seed=0)
    (tmp_path / "head.json").write_text(json.dumps(design), encoding="utf-8")
    assert cli.main(["train", str(tmp_path / "head.json"), "--device", "cpu"]) == 0
    err = capsys.readouterr().err
    assert served.name in err and "100%" in err
    assert (torch_home / "hub" / "checkpoints" / served.name).is_file()


def test_offline_the_build_names_the_file_and_the_command(torch_home):
    with pytest.raises(DataError) as exc:
        SPEC.make([(3, 64, 64)], {"model": "efficientnet_b0", "weights": "imagenet"})
    message = str(exc.value)
    assert "downloads are off (NETBUILDER_OFFLINE is set)" in message
    assert "`netbuilder weights fetch efficientnet_b0`" in message and str(torch_home) in message
