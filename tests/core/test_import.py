"""netbuilder import: a PyTorch nn.Module, traced with torch.fx, becomes a design. Exported designs come back the same,
hand-written models map to catalogue layers, and everything else is refused with one line naming the culprit."""
from __future__ import annotations

import textwrap
import warnings
from pathlib import Path

import pytest
import torch
import torch.nn as nn
import torch.nn.functional as F

from netbuilder.cli import main
from netbuilder.core.exchange.codegen import export_design, model_class_name
from netbuilder.core.design.compiler import compile_design, folded_activation
from netbuilder.core.design.design_io import design_from_dict, load_design
from netbuilder.core.errors import NetbuilderError
from netbuilder.core.exchange.importer import import_model, import_module, parse_shape
from netbuilder.core.layers import REGISTRY
from netbuilder.core.design.shapes import infer_shapes
from netbuilder.core.design.validate import validate

REPO = Path(__file__).resolve().parents[2]
PRESETS = sorted((REPO / "presets").glob("*.json"))


def _input_shape(design) -> list[int]:
    return list(design.nodes[design.input_nodes()[0]].params["shape"])


def _nodes(design, rename=None) -> dict:
    """id -> (type, every parameter resolved with its default): the params that define each layer."""
    rename = rename or {}
    return {rename.get(n.id, n.id): (n.type, n.spec.resolve(n.params)) for n in design.nodes.values()}


def _edges(design, rename=None) -> set:
    rename = rename or {}
    return {(rename.get(e.source, e.source), rename.get(e.target, e.target), e.port) for e in design.edges}


def _same_outputs(design, model: nn.Module, shape) -> None:
    """The imported design, compiled and given the model's weights (its state_dict keys are the node ids), computes
    what the model computes."""
    net = compile_design(design, loss=None)
    net.load_state_dict(model.state_dict())
    net.eval(), model.eval()
    x = torch.randn(3, *shape, generator=torch.Generator().manual_seed(1))
    with torch.no_grad():
        assert torch.allclose(net(x), model(x), atol=1e-5)


def _write(tmp_path: Path, source: str, name: str = "model.py") -> Path:
    path = tmp_path / name
    path.write_text("import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n\n\n"
                    + textwrap.dedent(source), encoding="utf-8")
    return path


def _cli_error(capsys, tmp_path, model: str, shape: str = "4") -> str:
    """Run `netbuilder import` expecting the one-line error; returns the message."""
    target = tmp_path / "out.json"
    assert main(["import", model, "--input-shape", shape, "--to", str(target)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("error: ") and captured.err.count("\n") == 1, captured.err
    assert not target.exists()
    return captured.err


# round trips ------------------------------------------------------------------------------------------------------
def test_the_presets_are_all_here():
    names = {p.stem for p in PRESETS}
    assert {"hello_neuron", "linear_regression", "mnist_cnn", "mnist_lstm", "mnist_mlp", "mnist_resnet",
            "simple_sigmoid", "spirals", "xor"} <= names


@pytest.mark.parametrize("preset", PRESETS, ids=lambda p: p.stem)
def test_every_preset_comes_back_from_its_exported_code(preset, tmp_path, capsys):
    design = load_design(preset)
    source = export_design(design, training=False)
    path = tmp_path / f"{preset.stem}.py"
    path.write_text(source, encoding="utf-8")
    cls = model_class_name(design)
    shape = _input_shape(design)
    target = tmp_path / "back.json"

    assert main(["import", f"{path}:{cls}", "--input-shape", ",".join(map(str, shape)), "--to", str(target)]) == 0
    back = load_design(target)
    total = infer_shapes(design).total_params
    layers = len(design.nodes) - 1
    assert capsys.readouterr().out == f"wrote {target} ({layers} layers, {total:,} parameters)\n"

    # layers keep their ids (the exported attribute names); the input comes back as forward()'s argument
    rename = {design.input_nodes()[0]: back.input_nodes()[0]}
    assert _nodes(back) == _nodes(design, rename)
    assert _edges(back) == _edges(design, rename)
    assert infer_shapes(back).total_params == total
    assert back.output_nodes() == design.output_nodes()
    assert all(node.position is not None for node in back.nodes.values())
    assert not [d for d in validate(back, check_training=False) if d.severity == "error"]

    folded = folded_activation(design, design.training.get("loss"))
    if folded:  # forward() calls forward_logits(): the trace still follows it to the final activation
        assert "def forward_logits(self, x):" in source
        assert back.nodes[folded].type == design.nodes[folded].type

    module = {}
    exec(compile(source, str(path), "exec"), module)  # the exported class computes what the imported design does
    _same_outputs(back, module[cls](), shape)


def _catalogue_cases():
    """Every single-input catalogue layer on each of its example inputs, with its defaults and with each bool
    flipped, each choice changed and each bounded float moved: all of it must come back from the export."""
    cases = []
    for spec in REGISTRY.values():
        if spec.module is None or spec.min_inputs > 1:  # Input; Add and Concat are covered by the presets and below
            continue
        base = dict(spec.extra.get("example_params", {}))
        changed = dict(base)
        for p in spec.params:
            if p.kind == "bool":
                changed[p.name] = not p.default
            elif p.kind == "choice":
                changed[p.name] = next(c for c in p.choices if c != p.default)
            elif p.kind == "float" and p.max is not None:
                changed[p.name] = round((p.default + p.max) / 2, 3)
        for shapes in spec.extra["example_inputs"]:
            for params in (base, changed):
                cases.append((spec.type, list(shapes[0]), params))
    return cases


@pytest.mark.parametrize("type_name", sorted({c[0] for c in _catalogue_cases()}))
def test_every_catalogue_layer_comes_back_with_its_parameters(type_name, tmp_path):
    spec = REGISTRY[type_name]
    tried = 0
    for i, (_, shape, params) in enumerate(c for c in _catalogue_cases() if c[0] == type_name):
        design = design_from_dict({
            "name": f"One {type_name}",
            "nodes": [{"id": "x", "type": "Input", "params": {"shape": shape}},
                      {"id": "layer", "type": type_name, "params": params}],
            "edges": [{"source": "x", "target": "layer"}]})
        if [d for d in validate(design, check_training=False) if d.severity == "error"]:
            continue  # e.g. bilinear Upsample on a sequence: not a design at all
        path = tmp_path / f"one_{i}.py"
        path.write_text(export_design(design, training=False), encoding="utf-8")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # torch warns about dropout in a one-layer LSTM
            back = import_module(f"{path}:{model_class_name(design)}", shape)
        node = back.nodes["layer"]
        assert node.type == type_name
        expected, got = spec.resolve(params), spec.resolve(node.params)
        if type_name == "Reshape":  # the module keeps the shape with its -1 worked out: compare what it makes
            expected["shape"] = list(infer_shapes(design).nodes["layer"].shape)
        assert got == expected, (shape, params)
        assert infer_shapes(back).total_params == infer_shapes(design).total_params
        tried += 1
    assert tried >= 2


# hand-written models ----------------------------------------------------------------------------------------------
RESIDUAL = """
class Residual(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(6, 12)
        self.act = nn.ReLU()
        self.fc2 = nn.Linear(12, 6)
        self.head = nn.Linear(6, 3)

    def forward(self, x):
        y = self.fc2(self.act(self.fc1(x)))
        return self.head(x + y)
"""


def test_a_residual_module_imports_with_an_add_of_two_inputs(tmp_path):
    path = _write(tmp_path, RESIDUAL)
    design = import_module(f"{path}:Residual", [6])
    assert [(n.id, n.type) for n in design.nodes.values()] == [
        ("x", "Input"), ("fc1", "Linear"), ("act", "ReLU"), ("fc2", "Linear"), ("add", "Add"), ("head", "Linear")]
    assert design.nodes["fc1"].params == {"out_features": 12}
    assert design.nodes["fc2"].params == {"out_features": 6}
    assert design.nodes["head"].params == {"out_features": 3}
    assert {(e.source, e.port) for e in design.inputs_of("add")} == {("x", 0), ("fc2", 1)}
    assert design.name == "Residual"

    namespace = {}  # the class, built afresh
    exec(compile(path.read_text(), str(path), "exec"), namespace)
    model = namespace["Residual"]()
    net = compile_design(design)
    count = sum(p.numel() for p in model.parameters())
    assert sum(p.numel() for p in net.parameters()) == count == infer_shapes(design).total_params
    _same_outputs(design, model, [6])


class Functional(nn.Module):
    """Functions and Tensor methods instead of modules."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(1, 4, 3, padding=1)
        self.side = nn.Conv2d(1, 2, 1)
        self.fc = nn.Linear(6 * 7 * 7, 10)

    def forward(self, x):
        a = F.max_pool2d(F.relu(self.conv(x)), 2)
        b = F.avg_pool2d(torch.tanh(self.side(x)), kernel_size=2)
        y = torch.cat([a, b], dim=1)
        y = F.dropout(y, 0.25, training=self.training)
        y = y.view(y.size(0), -1)
        return self.fc(y).softmax(dim=1)


def test_functions_and_methods_map_to_catalogue_layers():
    model = Functional()
    design = import_model(model, [1, 14, 14])
    got = {n.id: (n.type, n.params) for n in design.nodes.values()}
    assert got == {
        "x": ("Input", {"shape": [1, 14, 14]}),
        "conv": ("Conv2d", {"out_channels": 4, "padding": 1}), "relu": ("ReLU", {}), "max_pool2d": ("MaxPool2d", {}),
        "side": ("Conv2d", {"out_channels": 2, "kernel_size": 1}), "tanh": ("Tanh", {}),
        "avg_pool2d": ("AvgPool2d", {}), "cat": ("Concat", {}), "dropout": ("Dropout", {"p": 0.25}),
        "view": ("Flatten", {}), "fc": ("Linear", {"out_features": 10}), "softmax": ("Softmax", {"dim": 1}),
    }
    assert [e.source for e in design.inputs_of("cat")] == ["max_pool2d", "avg_pool2d"]
    _same_outputs(design, model, [1, 14, 14])


class LastHidden(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 7, num_layers=2, batch_first=True)
        self.fc = nn.Linear(7, 2)

    def forward(self, x):
        out, (h, c) = self.lstm(x)
        return self.fc(h[-1])


class LastStep(nn.Module):
    def __init__(self):
        super().__init__()
        self.gru = nn.GRU(5, 7, batch_first=True)
        self.fc = nn.Linear(7, 2)

    def forward(self, x):
        out, _ = self.gru(x)
        return self.fc(out[:, -1, :])


class EveryStep(nn.Module):
    def __init__(self):
        super().__init__()
        self.lstm = nn.LSTM(5, 4, batch_first=True, bidirectional=True)
        self.flat = nn.Flatten()

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.flat(out)


@pytest.mark.parametrize("cls, layer, params", [
    (LastHidden, "lstm", {"hidden_size": 7, "num_layers": 2}),
    (LastStep, "gru", {"hidden_size": 7}),
    (EveryStep, "lstm", {"hidden_size": 4, "bidirectional": True, "return_sequences": True}),
])
def test_plain_recurrent_layers_map_by_how_forward_indexes_their_tuple(cls, layer, params):
    model = cls()
    design = import_model(model, [6, 5])
    assert design.nodes[layer].params == params
    assert design.nodes[layer].type == type(getattr(model, layer)).__name__
    assert infer_shapes(design).total_params == sum(p.numel() for p in model.parameters())
    _same_outputs(design, model, [6, 5])


def test_a_layer_used_twice_without_weights_becomes_two_nodes():
    class Twice(nn.Module):
        def __init__(self):
            super().__init__()
            self.fc1, self.fc2, self.act = nn.Linear(3, 4), nn.Linear(4, 2), nn.ReLU()

        def forward(self, x):
            return self.act(self.fc2(self.act(self.fc1(x))))

    design = import_model(Twice(), [3])
    assert [(n.id, n.type) for n in design.nodes.values()] == [
        ("x", "Input"), ("fc1", "Linear"), ("act", "ReLU"), ("fc2", "Linear"), ("act_2", "ReLU")]


def test_ids_come_from_qualified_names(tmp_path, capsys):
    path = _write(tmp_path, """
        class Stack(nn.Sequential):
            def __init__(self):
                super().__init__(nn.Linear(3, 4), nn.Sequential(nn.Tanh(), nn.Linear(4, 2)))
        """)
    target = tmp_path / "stack.json"
    assert main(["import", f"{path}:Stack", "--input-shape", "3", "--to", str(target), "--name", "My stack"]) == 0
    assert capsys.readouterr().out == f"wrote {target} (3 layers, 26 parameters)\n"
    design = load_design(target)
    assert design.name == "My stack"
    assert [(n.id, n.type) for n in design.nodes.values()] == [
        ("input", "Input"), ("layer_0", "Linear"), ("layer_1_0", "Tanh"), ("layer_1_1", "Linear")]


# errors: one line naming what to change ---------------------------------------------------------------------------
def test_an_unsupported_module_is_named(tmp_path, capsys):
    path = _write(tmp_path, """
        class Block(nn.Module):
            def __init__(self):
                super().__init__()
                self.attn = nn.PReLU()

            def forward(self, x):
                return self.attn(x)

        class MyNet(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = nn.Linear(4, 4)
                self.block = Block()

            def forward(self, x):
                return self.block(self.fc(x))
        """)
    err = _cli_error(capsys, tmp_path, f"{path}:MyNet")
    assert "cannot import MyNet: layer 'block.attn' is a nn.PReLU" in err
    assert "catalogue has no such layer" in err


def test_a_custom_module_with_its_own_parameter_is_named(tmp_path, capsys):
    path = _write(tmp_path, """
        class Scale(nn.Module):
            def __init__(self):
                super().__init__()
                self.gain = nn.Parameter(torch.ones(4))

            def forward(self, x):
                return x * self.gain

        class MyNet(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = nn.Linear(4, 4)
                self.scale = Scale()

            def forward(self, x):
                return self.scale(self.fc(x))
        """)
    err = _cli_error(capsys, tmp_path, f"{path}:MyNet")
    assert "layer 'scale' is a Scale that uses its own parameter 'scale.gain'" in err


def test_a_plain_lstm_that_is_not_batch_first_is_refused():
    class SeqFirst(nn.Module):
        def __init__(self):
            super().__init__()
            self.lstm = nn.LSTM(5, 7)

        def forward(self, x):
            return self.lstm(x)[0][:, -1]

    with pytest.raises(NetbuilderError, match=r"layer 'lstm' \(nn.LSTM\) .* has batch_first=False"):
        import_model(SeqFirst(), [6, 5])


@pytest.mark.parametrize("layer, forward, expected, shape", [
    ("nn.Linear(4, 4)", "return self.fc(self.fc(x))", "layer 'fc' is used more than once", "4"),
    ("nn.Linear(4, 4)", "return self.fc(x) + 1", "adds a constant", "4"),
    ("nn.Linear(4, 4)", "return self.fc(x).view(2, -1)", "does not keep the batch", "4"),
    ("nn.Linear(4, 4)", "return (self.fc(x), x)", "returns tuple, not one tensor", "4"),
    ("nn.Linear(4, 4)", 'return torch.einsum("bi,bi->bi", self.fc(x), x)',
     "function torch.einsum (node 'einsum') has no layer type in netbuilder's catalogue", "4"),
    ("nn.Conv2d(4, 4, 3, groups=2)", "return self.fc(x)", "layer 'fc' (nn.Conv2d): it has groups=2", "4,8,8"),
    ("nn.Linear(4, 4)", "return self.fc(x) if x.sum() > 0 else x", "torch.fx cannot trace its forward()", "4"),
])
def test_steps_without_a_design_equivalent_are_refused(layer, forward, expected, shape, tmp_path, capsys):
    path = _write(tmp_path, f"""
        class MyNet(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = {layer}

            def forward(self, x):
                {forward}
        """)
    assert expected in _cli_error(capsys, tmp_path, f"{path}:MyNet", shape)


def test_unused_parameters_make_the_counts_differ(tmp_path, capsys):
    path = _write(tmp_path, """
        class MyNet(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = nn.Linear(4, 4)
                self.spare = nn.Linear(4, 100)

            def forward(self, x):
                return self.fc(x)
        """)
    err = _cli_error(capsys, tmp_path, f"{path}:MyNet")
    assert "it has 520 parameters but the imported design has 20; forward() does not use 'spare'" in err


def test_file_class_and_constructor_problems(tmp_path, capsys):
    path = _write(tmp_path, """
        class NeedsArgs(nn.Module):
            def __init__(self, hidden, depth=2):
                super().__init__()
                self.fc = nn.Linear(4, hidden)

            def forward(self, x):
                return self.fc(x)

        class Broken(nn.Module):
            def __init__(self):
                super().__init__()
                raise ValueError("no weights here")

        NOT_A_MODEL = 3
        """)
    missing = tmp_path / "missing.py"
    assert f"error: {missing}: no such file" in _cli_error(capsys, tmp_path, f"{missing}:MyNet")
    err = _cli_error(capsys, tmp_path, f"{path}:Nope")
    assert "has no class 'Nope' (its nn.Module classes: Broken, NeedsArgs)" in err
    err = _cli_error(capsys, tmp_path, f"{path}:NeedsArgs")
    assert "NeedsArgs needs constructor arguments (hidden)" in err and "give them default values" in err
    assert "creating Broken() failed: ValueError: no weights here" in _cli_error(capsys, tmp_path, f"{path}:Broken")
    assert "NOT_A_MODEL is not an nn.Module class" in _cli_error(capsys, tmp_path, f"{path}:NOT_A_MODEL")
    assert "name the model as FILE.py:ClassName" in _cli_error(capsys, tmp_path, str(path))


def test_a_file_that_fails_to_run_is_reported(tmp_path, capsys):
    path = tmp_path / "bad.py"
    path.write_text("import torch\nraise RuntimeError('broken on purpose')\n", encoding="utf-8")
    err = _cli_error(capsys, tmp_path, f"{path}:MyNet")
    assert "running the file failed: RuntimeError: broken on purpose" in err


def test_a_wrong_input_shape_says_where_it_failed(tmp_path, capsys):
    path = _write(tmp_path, RESIDUAL)
    err = _cli_error(capsys, tmp_path, f"{path}:Residual", "7")
    assert "running it on an input of shape [7] failed in layer 'fc1'" in err and "check the input shape" in err


@pytest.mark.parametrize("text", ["1,x", "", "0,3", "2.5", "-1"])
def test_a_bad_input_shape_is_one_line(text, tmp_path, capsys):
    path = _write(tmp_path, RESIDUAL)
    err = _cli_error(capsys, tmp_path, f"{path}:Residual", text)
    assert "--input-shape" in err and "e.g. 1,28,28" in err
    with pytest.raises(NetbuilderError):
        parse_shape(text)


def test_parse_shape_reads_commas():
    assert parse_shape("1,28,28") == [1, 28, 28]
    assert parse_shape(" 28, 28 ") == [28, 28]
    assert parse_shape("[3]") == [3]
