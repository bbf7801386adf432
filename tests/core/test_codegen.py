"""The code export: a standalone script whose model equals the compiled one (keys, outputs, even initial weights)."""
from __future__ import annotations

import ast
import importlib.util
import itertools
import json
import py_compile
import subprocess
import sys
from pathlib import Path

import pytest
import torch

from netbuilder.core.exchange.codegen import class_name, export_design, model_class_name
from netbuilder.core.design.compiler import compile_design
from netbuilder.core.datasets import is_streamed
from netbuilder.core.design.design_io import design_from_dict, load_design
from netbuilder.core.design.shapes import infer_shapes
from netbuilder.core.design.train_config import TrainConfig
from netbuilder.core.training.trainer import Trainer

REPO = Path(__file__).resolve().parents[2]
PRESETS = sorted((REPO / "presets").glob("*.json"))
ALLOWED_IMPORTS = {"__future__", "argparse", "contextlib", "csv", "inspect", "math", "os", "pathlib", "re", "sys",
                   "time", "numpy", "torch", "torchvision", "PIL",
                   "tqdm"}  # optional (issue 20): imported where the progress bar is made, none without it
_counter = itertools.count()


def chain(name, input_shape, layers, training=None, description=""):
    """A design dict of ``layers`` one after another: each is (id, type, params). Without ``training`` the
    design names no dataset and exports as the model alone."""
    nodes = [{"id": "x", "type": "Input", "params": {"shape": list(input_shape)}}]
    nodes += [{"id": i, "type": t, "params": p} for i, t, p in layers]
    edges = [{"source": a["id"], "target": b["id"]} for a, b in zip(nodes, nodes[1:])]
    return {"name": name, "description": description, "nodes": nodes, "edges": edges,
            "training": training or {"loss": "cross_entropy"}}


def graph(name, input_shape, nodes, edges, loss="cross_entropy"):
    """A design dict from (id, type, params) nodes and (source, target[, port]) edges, with no dataset."""
    return {"name": name, "nodes": [{"id": "x", "type": "Input", "params": {"shape": list(input_shape)}}]
            + [{"id": i, "type": t, "params": p} for i, t, p in nodes],
            "edges": [dict(zip(("source", "target", "port"), e)) for e in edges],
            "training": {"loss": loss}}


MLP = chain("MNIST MLP", [1, 28, 28], [
    ("flatten", "Flatten", {}), ("hidden", "Linear", {"out_features": 32}), ("relu", "ReLU", {}),
    ("drop", "Dropout", {"p": 0.2}), ("logits", "Linear", {"out_features": 10}), ("probs", "Softmax", {})],
    {"dataset": {"name": "mnist", "validation": 0.05}, "loss": "cross_entropy", "epochs": 2})

CNN = chain("small cnn", [3, 32, 32], [
    ("conv1", "Conv2d", {"out_channels": 8, "kernel_size": 3, "padding": 1}), ("bn1", "BatchNorm2d", {}),
    ("relu1", "ReLU", {}), ("pool1", "MaxPool2d", {"kernel_size": 2}),
    ("conv2", "Conv2d", {"out_channels": 6, "kernel_size": [3, 2], "stride": 2, "bias": False}),
    ("pool2", "AvgPool2d", {"kernel_size": 2, "stride": 1}), ("drop", "Dropout2d", {"p": 0.1}),
    ("flat", "Flatten", {}), ("bn", "BatchNorm1d", {}), ("fc", "Linear", {"out_features": 4}),
    ("act", "LeakyReLU", {"negative_slope": 0.2}), ("out", "Linear", {"out_features": 10})],
    {"dataset": {"name": "cifar10"}, "optimizer": {"name": "sgd", "lr": 0.1, "momentum": 0.9},
     "scheduler": {"name": "step", "step_size": 2}})

RESIDUAL = graph("Residual block", [4, 8, 8], [
    ("conv_a", "Conv2d", {"out_channels": 4, "kernel_size": 3, "padding": 1}), ("bn_a", "BatchNorm2d", {}),
    ("relu_a", "ReLU", {}), ("conv_b", "Conv2d", {"out_channels": 4, "kernel_size": 3, "padding": 1}),
    ("skip", "Add", {}), ("relu", "ReLU", {}), ("gap", "AdaptiveAvgPool2d", {"output_size": 1}),
    ("flat", "Flatten", {}), ("out", "Linear", {"out_features": 1}), ("prob", "Sigmoid", {})],
    [("x", "conv_a"), ("conv_a", "bn_a"), ("bn_a", "relu_a"), ("relu_a", "conv_b"), ("conv_b", "skip"),
     ("x", "skip", 1), ("skip", "relu"), ("relu", "gap"), ("gap", "flat"), ("flat", "out"), ("out", "prob")],
    loss="bce")

BRANCHES = graph("two branches", [6], [
    ("a", "Linear", {"out_features": 3}), ("b", "Linear", {"out_features": 5}), ("b_act", "Tanh", {}),
    ("cat", "Concat", {}), ("res", "Linear", {"out_features": 8}), ("add", "Add", {}),
    ("gelu", "GELU", {"approximate": "tanh"}), ("out", "Linear", {"out_features": 2})],
    [("x", "a"), ("x", "b"), ("b", "b_act"), ("b_act", "cat"), ("a", "cat", 1), ("cat", "add"),
     ("x", "res"), ("res", "add", 1), ("add", "gelu"), ("gelu", "out")], loss="mse")

RECURRENT = chain("Recurrent stack", [7, 5], [
    ("lstm", "LSTM", {"hidden_size": 6, "num_layers": 2, "bidirectional": True, "return_sequences": True}),
    ("gru", "GRU", {"hidden_size": 4, "return_sequences": True}),
    ("rnn", "RNN", {"hidden_size": 3, "nonlinearity": "relu"}),
    ("out", "Linear", {"out_features": 2}), ("logp", "LogSoftmax", {})])

ATTENTION = chain("attention", [6, 8], [
    ("attn", "MultiheadAttention", {"num_heads": 2}), ("norm", "LayerNorm", {}),
    ("enc", "TransformerEncoderLayer", {"nhead": 2, "dim_feedforward": 16, "dropout": 0.0}),
    ("flat", "Flatten", {}), ("out", "Linear", {"out_features": 3}), ("probs", "Softmax", {"dim": 1})])

TOKENS = chain("tokens", [9], [
    ("embed", "Embedding", {"num_embeddings": 20, "embedding_dim": 6}), ("conv", "Conv1d", {"out_channels": 4}),
    ("pool", "MaxPool1d", {"kernel_size": 2}), ("silu", "SiLU", {}), ("flat", "Flatten", {}),
    ("unflat", "Unflatten", {"dim": 1, "unflattened_size": [2, 2, 2]}),
    ("up", "Upsample", {"scale_factor": 2.0}), ("tconv", "ConvTranspose2d", {"out_channels": 2}),
    ("reshape", "Reshape", {"shape": [-1]}), ("elu", "ELU", {}), ("out", "Linear", {"out_features": 2})])

DESIGNS = {"mlp": MLP, "cnn": CNN, "residual": RESIDUAL, "branches": BRANCHES, "recurrent": RECURRENT,
           "attention": ATTENTION, "tokens": TOKENS}


def import_source(source: str, tmp_path: Path):
    path = tmp_path / f"exported_{next(_counter)}.py"
    path.write_text(source, encoding="utf-8")
    py_compile.compile(str(path), doraise=True)
    spec = importlib.util.spec_from_file_location(path.stem, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def sample_input(design, n=5):
    shape = infer_shapes(design).nodes[design.input_nodes()[0]].shape
    first = design.nodes[design.outputs_of(design.input_nodes()[0])[0].target]
    if first.type == "Embedding":
        return torch.randint(0, first.params["num_embeddings"], (n, *shape)).float()
    return torch.randn(n, *shape)


def randomise(model):
    """Non-default values everywhere, batch-norm running statistics included, so eval mode tests them too."""
    with torch.no_grad():
        for name, t in model.state_dict().items():
            if t.is_floating_point():
                t.copy_(torch.rand_like(t) + 0.5 if "running_var" in name else torch.randn_like(t) * 0.5)


def check_equivalent(data: dict, tmp_path: Path):
    design = design_from_dict(data)
    module = import_source(export_design(design), tmp_path)
    cls = getattr(module, model_class_name(design))
    torch.manual_seed(7)
    compiled = compile_design(design)
    torch.manual_seed(7)
    exported = cls()
    a, b = compiled.state_dict(), exported.state_dict()
    assert list(a) == list(b)
    assert all(torch.equal(a[k], b[k]) for k in a), "same seed, same initial weights"
    randomise(compiled)
    exported.load_state_dict(compiled.state_dict(), strict=True)
    compiled.eval(), exported.eval()
    x = sample_input(design)
    with torch.no_grad():
        assert torch.allclose(compiled(x), exported(x), atol=1e-6)
        if compiled.folded_id:
            assert torch.allclose(compiled.forward_logits(x), exported.forward_logits(x), atol=1e-6)
        else:
            assert not hasattr(exported, "forward_logits")
    return module, design


@pytest.mark.parametrize("name", DESIGNS)
def test_exported_model_equals_compiled(name, tmp_path):
    check_equivalent(DESIGNS[name], tmp_path)


def test_only_used_helpers_are_copied_and_nothing_from_netbuilder(tmp_path):
    source = export_design(design_from_dict(MLP))
    assert "class Add" not in source and "class Concat" not in source
    source = export_design(design_from_dict(BRANCHES))
    assert "class Add(nn.Module)" in source and "class Concat(nn.Module)" in source
    assert "class Reshape" not in source and "class LSTM" not in source
    for data in DESIGNS.values():
        tree = ast.parse(export_design(design_from_dict(data)))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module]
            else:
                continue
            assert all(n.split(".")[0] in ALLOWED_IMPORTS for n in names), names


def test_forward_is_straight_line_code_named_after_nodes():
    source = export_design(design_from_dict(RESIDUAL))
    assert "        self.conv_a = nn.Conv2d(" in source
    assert "        self.skip = Add()\n" in source
    assert "        conv_a = self.conv_a(x)\n" in source
    assert "        skip = self.skip(conv_b, x)\n" in source
    assert "        return self.prob(self.forward_logits(x))\n" in source
    assert "        return out\n" in source
    assert "def main" not in source and "load_data" not in source  # no dataset: the model alone
    mlp = export_design(design_from_dict(MLP))
    assert "self.hidden = nn.Linear(in_features=784, out_features=32, bias=True)" in mlp
    assert "class MNISTMLP(nn.Module):" in mlp


@pytest.mark.parametrize("name, expected", [
    ("XOR", "XOR"), ("mnist mlp", "MnistMlp"), ("my net: v2 (final)!", "MyNetV2Final"),
    ("3 layers", "Net3Layers"), ("", "Net"), ("!!! ???", "Net"), ("none", "NoneNet"), ("main", "Main"),
    ("f", "FNet"), ("EPOCHS", "EPOCHSNet"),
    ("Réseau à deux", "ReseauADeux"),
])
def test_class_names_are_identifiers(name, expected):
    assert class_name(name) == expected
    assert expected.isidentifier()


def test_odd_names_and_ids_still_give_working_code(tmp_path):
    data = chain('An "odd" design: ü, \\ and """quotes"""', [3], [
        ("lambda", "Linear", {"out_features": 2}), ("x_", "Tanh", {}), ("Add", "Linear", {"out_features": 2}),
        ("cat", "Concat", {})])
    data["nodes"][-1:] = [{"id": "cat", "type": "Concat"}]
    data["edges"][-1:] = [{"source": "Add", "target": "cat"}, {"source": "x_", "target": "cat", "port": 1}]
    data["description"] = 'Ends with a backslash \\ and has """triple quotes""".\n\nSecond paragraph.'
    module, design = check_equivalent(data, tmp_path)
    assert model_class_name(design) == "AnOddDesignUAndQuotes"
    assert model_class_name(design_from_dict(dict(data, name="add"))) == "Add"  # no Add helper in this file
    named = dict(BRANCHES, name="add")
    assert model_class_name(design_from_dict(named)) == "AddNet"  # Add is a helper class in the same file
    check_equivalent(named, tmp_path)


@pytest.mark.parametrize("name, expected", [("path", "PathNet"), ("logits", "LogitsNet"), ("train", "Train"),
                                            ("early stopping", "EarlyStoppingNet")])
def test_the_class_never_shadows_the_copied_training_code(name, expected, tmp_path, data_dir):
    """The script imports Path and copies netbuilder's training code (Logits, EarlyStopping, ...): a design named
    like one of them gets a class of another name, and the script still finds its data and trains."""
    data = json.loads((REPO / "presets" / "mnist_mlp.json").read_text(encoding="utf-8"))
    data["name"] = name
    data["training"].update(epochs=1, dataset={"name": "mnist", "limit": 200, "validation": 0.1})
    design = design_from_dict(data)
    assert model_class_name(design) == expected
    module = import_source(export_design(design), tmp_path)
    assert isinstance(getattr(module, expected), type) and issubclass(getattr(module, expected), torch.nn.Module)
    model = module.main(["--data-dir", str(data_dir)])
    assert type(model).__name__ == expected


@pytest.mark.parametrize("path", PRESETS, ids=lambda p: p.stem)
def test_presets_export_and_match_the_compiled_model(path, tmp_path):
    design = load_design(path)
    module = import_source(export_design(design), tmp_path)
    exported = getattr(module, model_class_name(design))()
    compiled = compile_design(design)
    assert list(exported.state_dict()) == list(compiled.state_dict())
    exported.load_state_dict(compiled.state_dict(), strict=True)
    compiled.eval(), exported.eval()
    x = sample_input(design, 2)
    with torch.no_grad():
        assert torch.allclose(compiled(x), exported(x), atol=1e-6)


def test_there_are_presets():
    assert PRESETS, "presets/*.json is empty"


def test_xor_script_trains_and_reports_test_accuracy(tmp_path):
    design = load_design(REPO / "presets" / "xor.json") if (REPO / "presets" / "xor.json").exists() \
        else design_from_dict(chain("XOR", [2], [("h", "Linear", {"out_features": 8}), ("a", "ReLU", {}),
                                                 ("o", "Linear", {"out_features": 1}), ("p", "Sigmoid", {})],
                                    {"dataset": {"name": "xor"}, "loss": "bce",
                                     "optimizer": {"name": "adam", "lr": 0.05}, "epochs": 500,
                                     "batch_size": 4, "seed": 0}))
    script = tmp_path / "xor_model.py"
    script.write_text(export_design(design), encoding="utf-8")
    run = subprocess.run([sys.executable, str(script), "--epochs", "300"], capture_output=True, text=True,
                         timeout=60, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "test accuracy" in run.stdout
    assert "epoch 300" in run.stdout
    accuracy = float(run.stdout.rsplit("test accuracy", 1)[1].split()[0].strip(":"))
    assert accuracy == 1.0


# the script: data and training as netbuilder does them --------------------------------------------------------
def mlp(name, dataset, inputs, outputs, loss, final=None, **training):
    layers = [("h", "Linear", {"out_features": 8}), ("a", "Tanh", {}), ("d", "Dropout", {"p": 0.1}),
              ("o", "Linear", {"out_features": outputs})] + ([("p", final, {})] if final else [])
    return chain(name, [inputs], layers, {"dataset": dataset, "loss": loss, "batch_size": 16, **training})


DATA_CASES = {
    "xor": mlp("xor", {"name": "xor"}, 2, 1, "bce", "Sigmoid"),
    "hello": mlp("hello", {"name": "hello"}, 1, 1, "mse"),
    "linear": mlp("linear", {"name": "linear", "normalize": True}, 1, 1, "l1", seed=3),
    "moons": mlp("moons", {"name": "moons"}, 2, 2, "cross_entropy", "Softmax"),
    "circles": mlp("circles", {"name": "circles", "validation": 0, "limit": 300}, 2, 1, "mse", "Sigmoid"),
    "spirals": mlp("spirals", {"name": "spirals", "classes": 3, "validation": 0.2, "normalize": True}, 2, 3,
                   "mse", seed=5),
    "csv_text": mlp("csv text", {"name": "csv", "path": "PATH", "target": "kind"}, 3, 3, None, "Softmax"),
    "csv_numbers": mlp("csv numbers", {"name": "csv", "path": "PATH", "target": "y", "features": ["b", "a"],
                                       "validation": 0.25}, 2, 1, "mse"),
}


def write_csv(tmp_path):
    path = tmp_path / "table.csv"
    rows = ["a,b,kind,y"] + [f"{i % 7},{i * 0.5},{['cat', 'dog', 'ant'][i % 3]},{i * 1.5 + 0.25}" for i in range(40)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def with_csv(data, tmp_path):
    data = json.loads(json.dumps(data))
    if data["training"]["dataset"].get("path") == "PATH":
        data["training"]["dataset"]["path"] = str(write_csv(tmp_path))
    return data


def check_data(design, module, data_dir=None):
    trainer = Trainer(design, device="cpu", data_dir=data_dir, download=False)
    exported = dict(zip(("train", "val", "test"), module.load_data(str(data_dir) if data_dir else None)))
    for name, pair in exported.items():
        if name not in trainer.splits:
            assert pair is None, name
            continue
        split = trainer.splits[name]
        x, y = pair
        assert x.dtype == torch.float32 and x.shape == (len(split.x), *trainer.model.input_shape), name
        raw = split.x[0:len(split.x)] if is_streamed(split.x) else split.x  # images on disk: decoded here
        assert torch.allclose(x, trainer.preprocessor(raw), atol=1e-6), name
        assert y.dtype == split.target.dtype and torch.equal(y, split.target), name
    return trainer


@pytest.mark.parametrize("name", DATA_CASES)
def test_load_data_gives_what_netbuilder_trains_on(name, tmp_path):
    design = design_from_dict(with_csv(DATA_CASES[name], tmp_path))
    module = import_source(export_design(design), tmp_path)
    check_data(design, module)


@pytest.mark.parametrize("normalize", [None, True, False])
def test_mnist_load_data_reads_the_data_dir(normalize, data_dir, tmp_path):
    data = json.loads(json.dumps(MLP))
    data["training"]["dataset"]["limit"] = 2000
    if normalize is not None:
        data["training"]["dataset"]["normalize"] = normalize
    design = design_from_dict(data)
    module = import_source(export_design(design), tmp_path)
    assert module.DATA_DIR is None  # a constant the user can edit (--data-dir overrides it); None finds it as
    # netbuilder does: $NETBUILDER_DATA_DIR, else the cache
    check_data(design, module, data_dir)


@pytest.mark.parametrize("name, extra", [
    ("moons", {"scheduler": {"name": "plateau", "patience": 1}, "early_stopping": {"patience": 2}}),
    ("spirals", {"optimizer": {"name": "sgd", "lr": 0.05, "momentum": 0.9}, "scheduler": "cosine"}),
    ("csv_numbers", {"optimizer": {"name": "rmsprop", "lr": 0.01}, "scheduler": {"name": "step", "step_size": 1},
                     "early_stopping": {"patience": 1, "monitor": "val_r2"}}),
])
def test_exported_main_trains_like_netbuilder(name, extra, tmp_path, capsys):
    data = with_csv(DATA_CASES[name], tmp_path)
    data["training"].update(extra, epochs=4)
    design = design_from_dict(data)
    module = import_source(export_design(design), tmp_path)
    model = module.main(["--epochs", "4"])
    printed = capsys.readouterr().out
    trainer = Trainer(design, device="cpu")
    result = trainer.fit()
    ours, theirs = model.state_dict(), trainer.model.state_dict()
    assert list(ours) == list(theirs)
    for key in ours:
        assert torch.allclose(ours[key], theirs[key], atol=1e-4), key
    epochs = [line for line in printed.splitlines() if line.startswith("epoch ")]
    assert len(epochs) == len(result.history)
    last = dict(item.rsplit(" ", 1) for item in epochs[-1].split(": ", 1)[1].split(", "))
    for key, value in result.history[-1].items():
        if key in last:
            assert float(last[key]) == pytest.approx(value, abs=2e-4), key
    if result.test:
        metric = "accuracy" if "test_accuracy" in result.test else "mae"
        assert f"test {metric} {result.test['test_' + metric]:.4f}" in printed


def test_export_refuses_settings_that_do_not_fit():
    data = mlp("bad", {"name": "moons"}, 2, 10, "cross_entropy")
    with pytest.raises(Exception, match="cannot export the training script: .*out_features to 2"):
        export_design(design_from_dict(data))
    source = export_design(design_from_dict(data), training=False)
    assert "def main" not in source and "class Bad(nn.Module)" in source
    data = mlp("bad", {"name": "mnist"}, 2, 10, "cross_entropy")
    with pytest.raises(Exception, match=r"Set the Input shape to \[1, 28, 28\]"):
        export_design(design_from_dict(data))


def test_generated_lines_fit_in_100_columns(tmp_path):
    import inspect

    from netbuilder.core import errors, numbers
    from netbuilder.core.training import recipe, script_loop
    from netbuilder.core.design import settings, train_config
    from netbuilder.core.datasets import base, images, listing, splits, tabular, toy, vision
    from netbuilder.core.layers import backbones, modules, pretrained
    from netbuilder.core.training import loop, metrics

    copied = {line for m in (modules, toy, recipe, script_loop, loop, metrics, settings, train_config, base, vision,
                             tabular, splits, errors, numbers, images, listing, pretrained, backbones)
              for line in inspect.getsource(m).splitlines()}  # copied by source: their lines are netbuilder's
    designs = [*DESIGNS.values(), *(with_csv(d, tmp_path) for d in DATA_CASES.values())]
    designs += [json.loads(p.read_text(encoding="utf-8")) for p in PRESETS]
    for data in designs:
        for line in export_design(design_from_dict(data)).splitlines():
            assert len(line) <= 100 or line in copied or line.startswith("    path = "), line


@pytest.mark.parametrize("extra, shape", [
    ({}, [3, 6, 6]),
    ({"normalize": True, "validation": 0.25, "limit": 20}, [1, 5, 7]),
    ({"size": [4, 4], "channels": 3, "preload": False, "test_path": "TEST"}, [48]),
])
def test_image_folder_load_data_reads_the_images_as_netbuilder_does(extra, shape, tmp_path):
    """A person's images, exported: the script lists, opens, converts and resizes them as netbuilder does (the same
    tensors, split and scaling), whether netbuilder preloads or streams them."""
    from helpers import make_folder

    make_folder(tmp_path / "pets")
    if extra.get("test_path") == "TEST":
        extra = {**extra, "test_path": str(make_folder(tmp_path / "pets_test", per_class=3, seed=4))}
    dataset = {"name": "image_folder", "path": str(tmp_path / "pets"), **extra}
    data = chain("pets", shape, [("f", "Flatten", {}), ("o", "Linear", {"out_features": 2})],
                 {"dataset": dataset, "loss": "cross_entropy", "batch_size": 8})
    design = design_from_dict(data)
    module = import_source(export_design(design), tmp_path)
    trainer = check_data(design, module)
    assert len(trainer.splits["train"].x) == (15 if "limit" in extra else 24)
    assert ("test" in trainer.splits) == ("test_path" in extra)
