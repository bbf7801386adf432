"""The layer catalogue: every registered type is checked against real PyTorch.

The tests are parametrised over ``REGISTRY``, so a newly registered layer type is covered as soon as it declares
``extra["example_inputs"]`` (and ``extra["example_params"]`` where its defaults need a particular input).
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import torch
from torch import nn

from netbuilder.core.errors import ShapeError
from netbuilder.core.design.graph import Design
from netbuilder.core.layers import CATEGORIES, REGISTRY, get_spec, modules
from netbuilder.core.layers.base import PARAM_KINDS
from netbuilder.core.design.shapes import infer_shapes

BATCH = 3
ACTIVATIONS = ("ReLU", "LeakyReLU", "ELU", "GELU", "SiLU", "Sigmoid", "Tanh", "Identity", "Softmax", "LogSoftmax")
REQUIRED = (
    "Input", "Add", "Concat", "Flatten", "Unflatten", "Reshape", "Linear", "Dropout", "Embedding",
    "Conv1d", "Conv2d", "ConvTranspose2d", "Upsample", "MaxPool1d", "MaxPool2d", "AvgPool2d", "AdaptiveAvgPool2d",
    "Dropout2d", "BatchNorm1d", "BatchNorm2d", "LayerNorm", "RNN", "LSTM", "GRU", "MultiheadAttention",
    "TransformerEncoderLayer", *ACTIVATIONS,
)
BUILDABLE = sorted(t for t, s in REGISTRY.items() if s.module is not None)

#: Non-default parameter sets, on top of each spec's own examples: (type, input shapes, params).
VARIANTS = [
    ("Linear", [(4, 6)], {"out_features": 3, "bias": False}),
    ("Conv1d", [(3, 11)], {"out_channels": 4, "kernel_size": 5, "stride": 2, "padding": 2, "dilation": 1}),
    ("Conv1d", [(2, 12)], {"out_channels": 2, "kernel_size": [3], "dilation": 3, "bias": False}),
    ("Conv2d", [(2, 9, 10)], {"out_channels": 5, "kernel_size": [3, 5], "stride": [2, 1], "padding": [1, 2],
                              "dilation": 2}),
    ("Conv2d", [(1, 6, 6)], {"out_channels": 3, "kernel_size": 6, "bias": False}),
    ("ConvTranspose2d", [(3, 4, 5)], {"out_channels": 2, "kernel_size": 3, "stride": 2, "padding": 1,
                                      "output_padding": 1}),
    ("ConvTranspose2d", [(2, 3, 3)], {"out_channels": 4, "kernel_size": [2, 3], "stride": 1, "bias": False}),
    ("Upsample", [(2, 5, 7)], {"scale_factor": 1.5, "mode": "bilinear"}),
    ("Upsample", [(2, 5)], {"scale_factor": 3}),
    ("Upsample", [(1, 9, 9)], {"scale_factor": 0.5}),
    ("MaxPool1d", [(2, 11)], {"kernel_size": 3, "stride": 2, "padding": 1}),
    ("MaxPool2d", [(3, 7, 7)], {"kernel_size": 3, "stride": 1, "padding": 1}),
    ("MaxPool2d", [(3, 7, 9)], {"kernel_size": [2, 3], "stride": [2, 3]}),
    ("AvgPool2d", [(2, 6, 7)], {"kernel_size": [2, 3], "stride": 1, "padding": [1, 0]}),
    ("AdaptiveAvgPool2d", [(2, 9, 8)], {"output_size": [2, 3]}),
    ("AdaptiveAvgPool2d", [(2, 3, 3)], {"output_size": 5}),
    ("BatchNorm1d", [(6,)], {"affine": False}),
    ("BatchNorm2d", [(3, 4, 4)], {"affine": False, "eps": 1e-3, "momentum": 0.01}),
    ("LayerNorm", [(4, 7)], {"elementwise_affine": False}),
    ("Embedding", [(9,)], {"num_embeddings": 5, "embedding_dim": 3}),
    ("RNN", [(5, 3)], {"hidden_size": 4, "num_layers": 3, "nonlinearity": "relu", "bias": False}),
    ("RNN", [(5, 3)], {"hidden_size": 4, "bidirectional": True, "return_sequences": True}),
    ("LSTM", [(6, 4)], {"hidden_size": 5, "num_layers": 2, "bidirectional": True, "dropout": 0.2}),
    ("LSTM", [(6, 4)], {"hidden_size": 5, "return_sequences": True, "bias": False}),
    ("GRU", [(4, 2)], {"hidden_size": 3, "num_layers": 2, "bidirectional": True, "return_sequences": True}),
    ("GRU", [(4, 2)], {"hidden_size": 3, "bidirectional": True}),
    ("MultiheadAttention", [(4, 6)], {"num_heads": 3, "bias": False, "dropout": 0.1}),
    ("TransformerEncoderLayer", [(3, 6)], {"nhead": 2, "dim_feedforward": 16, "activation": "gelu",
                                           "norm_first": True}),
]


def _examples():
    cases = []
    for type_name, spec in sorted(REGISTRY.items()):
        if spec.module is None:
            continue
        for i, in_shapes in enumerate(spec.extra.get("example_inputs", [])):
            cases.append(pytest.param(type_name, in_shapes, spec.extra.get("example_params", {}),
                                      id=f"{type_name}-{i}"))
    return cases


def _random_input(spec, shape, params, generator):
    full = spec.resolve(params)
    if "num_embeddings" in full:  # token numbers, passed along the graph as floats
        return torch.randint(0, full["num_embeddings"], (BATCH, *shape), generator=generator).float()
    return torch.randn((BATCH, *shape), generator=generator)


def _run(type_name, in_shapes, params):
    """Check the spec's shape, parameter count and constructor against a real module; return the module."""
    spec = get_spec(type_name)
    assert spec.check_params(params) == []
    out_shape = spec.output_shape(in_shapes, params)
    name, kwargs = spec.constructor(in_shapes, params)
    assert json.loads(json.dumps(kwargs)) == kwargs, f"{type_name}: constructor kwargs must be plain JSON values"
    if name.startswith("nn."):
        assert isinstance(getattr(nn, name[3:]), type)
    elif name != "Pretrained":  # built by torchvision (core/layers/backbones.py), not a helper class
        assert issubclass(getattr(modules, name), nn.Module)
    torch.manual_seed(0)
    module = spec.make(in_shapes, params)
    gen = torch.Generator().manual_seed(1)
    xs = [_random_input(spec, s, params, gen) for s in in_shapes]
    with torch.no_grad():
        y = module(*xs)
    assert isinstance(y, torch.Tensor), f"{type_name} must return one tensor"
    assert tuple(y.shape) == (BATCH, *out_shape), f"{type_name}{in_shapes}: rule says {out_shape}, torch {y.shape}"
    trainable = sum(p.numel() for p in module.parameters() if p.requires_grad)
    assert spec.param_count(in_shapes, params) == trainable
    flops = spec.flop_count(in_shapes, out_shape, params)
    assert isinstance(flops, int) and flops >= 0
    return module


# the catalogue -----------------------------------------------------------------------------------------------

def test_catalogue_has_every_required_type():
    assert len(REGISTRY) >= 30
    missing = [t for t in REQUIRED if t not in REGISTRY]
    assert not missing


@pytest.mark.parametrize("type_name", sorted(REGISTRY))
def test_spec_is_described(type_name):
    spec = REGISTRY[type_name]
    assert spec.type == type_name
    assert spec.category in CATEGORIES
    assert 20 <= len(spec.explanation) <= 400 and spec.explanation.rstrip().endswith(".")
    for p in spec.params:
        assert p.kind in PARAM_KINDS
        assert p.help.strip(), f"{type_name}.{p.name} has no help text"
        assert p.kind != "choice" or p.default in p.choices
    assert all(k in spec.defaults() for k in spec.key_params)
    assert spec.check_params(spec.defaults()) == []
    assert spec.check_params(None) == []
    assert spec.short_label(None).startswith(type_name)


@pytest.mark.parametrize("type_name", BUILDABLE)
def test_spec_has_examples(type_name):
    spec = REGISTRY[type_name]
    examples = spec.extra.get("example_inputs")
    assert examples, f"{type_name} needs extra['example_inputs'] for the catalogue tests"
    for in_shapes in examples:
        assert spec.min_inputs <= len(in_shapes) and (spec.max_inputs is None or len(in_shapes) <= spec.max_inputs)
    assert spec.check_params(spec.extra.get("example_params", {})) == []


def test_input_spec():
    spec = get_spec("Input")
    assert spec.module is None and spec.max_inputs == 0
    assert spec.output_shape([], {"shape": [1, 28, 28]}) == (1, 28, 28)
    assert spec.param_count([], {}) == 0


# shapes and parameter counts against torch ----------------------------------------------------------------

@pytest.mark.parametrize(("type_name", "in_shapes", "params"), _examples())
def test_example_matches_torch(type_name, in_shapes, params):
    _run(type_name, in_shapes, params)


@pytest.mark.parametrize(("type_name", "in_shapes", "params"), VARIANTS,
                         ids=[f"{t}-{i}" for i, (t, _, _) in enumerate(VARIANTS)])
def test_variant_matches_torch(type_name, in_shapes, params):
    _run(type_name, in_shapes, params)


PROBES = [(4,), (4, 8), (2, 6, 6), (1, 2, 3, 4)]


@pytest.mark.parametrize("type_name", BUILDABLE)
def test_rule_accepts_only_what_torch_runs(type_name):
    """On inputs of any rank the rule either raises ShapeError or gives the shape torch gives."""
    spec = REGISTRY[type_name]
    params = spec.extra.get("example_params", {})
    for shape in PROBES:
        in_shapes = [shape] * max(spec.min_inputs, 1)
        try:
            out = spec.output_shape(in_shapes, params)
        except ShapeError as exc:
            assert str(exc)[0].isupper() and str(exc).endswith("."), str(exc)
            continue
        if all(d > 0 for d in out):
            _run(type_name, in_shapes, params)


def test_recurrent_last_step_joins_both_directions():
    module = _run("LSTM", [(6, 4)], {"hidden_size": 5, "bidirectional": True})
    x = torch.randn(2, 6, 4)
    with torch.no_grad():
        last = module(x)
        module.return_sequences = True
        every = module(x)
    assert torch.allclose(last[:, :5], every[:, -1, :5])  # forward direction: after the last step
    assert torch.allclose(last[:, 5:], every[:, 0, 5:])  # backward direction: after reading back to step 0


def test_helper_modules_keep_torch_state_dict_keys():
    lstm = get_spec("LSTM").make([(7, 4)], {"hidden_size": 8})
    assert {"weight_ih_l0", "weight_hh_l0", "bias_ih_l0", "bias_hh_l0"} == set(lstm.state_dict())
    assert set(get_spec("Embedding").make([(7,)], {}).state_dict()) == {"weight"}
    attention = get_spec("MultiheadAttention").make([(5, 8)], {})
    assert {"in_proj_weight", "out_proj.weight"} <= set(attention.state_dict())


def test_text_model_compiles_with_readable_keys():
    from netbuilder.core.design.compiler import NetModule

    design = Design("text")
    design.add_node("Input", {"shape": [7]}, id="tokens")
    design.add_node("Embedding", {"num_embeddings": 20, "embedding_dim": 8}, id="embed")
    design.add_node("LSTM", {"hidden_size": 6}, id="lstm")
    design.add_node("Linear", {"out_features": 2}, id="out")
    for a, b in (("tokens", "embed"), ("embed", "lstm"), ("lstm", "out")):
        design.connect(a, b)
    model = NetModule(design)
    assert {"embed.weight", "lstm.weight_ih_l0", "out.weight"} <= set(model.state_dict())
    assert model(torch.randint(0, 20, (3, 7)).float()).shape == (3, 2)
    report = infer_shapes(design)
    assert report.total_params == sum(p.numel() for p in model.parameters())


# shape errors in plain words ---------------------------------------------------------------------------------

def test_conv2d_on_a_vector():
    with pytest.raises(ShapeError) as exc:
        get_spec("Conv2d").output_shape([(2,)], {})
    assert str(exc.value) == ("Conv2d needs an input of shape [C, H, W]; it gets [2]. "
                              "Put it after an image Input or a Reshape.")


def test_add_of_unequal_shapes():
    with pytest.raises(ShapeError, match=r"^Add needs equal shapes; it gets \[8\] and \[4\]\."):
        get_spec("Add").output_shape([(8,), (4,)], {})


def test_attention_heads_must_divide_the_features():
    with pytest.raises(ShapeError) as exc:
        get_spec("MultiheadAttention").output_shape([(5, 6)], {"num_heads": 4})
    message = str(exc.value)
    assert "6 input features" in message and "divisible by num_heads" in message and "1, 2, 3, 6" in message
    with pytest.raises(ShapeError, match="divisible by nhead"):
        get_spec("TransformerEncoderLayer").output_shape([(5, 6)], {"nhead": 4})


@pytest.mark.parametrize(("type_name", "in_shape", "params", "words"), [
    ("Conv2d", (1, 3, 3), {"kernel_size": 5}, "5x5 kernel does not fit its input of size 3x3"),
    ("Conv1d", (1, 4), {"kernel_size": 3, "dilation": 2}, "5 dilated kernel does not fit"),
    ("MaxPool2d", (2, 1, 8), {"kernel_size": 2}, "2x2 window does not fit its input of size 1x8"),
    ("MaxPool2d", (2, 8, 8), {"kernel_size": 2, "padding": 2}, "padding can be at most half its kernel size"),
    ("ConvTranspose2d", (2, 3, 3), {"stride": 2, "output_padding": 2}, "must be smaller than its stride"),
    ("Conv2d", (1, 8, 8), {"kernel_size": [3, 3, 3]}, "one number or 2 numbers"),
    ("Upsample", (2, 8), {"mode": "bilinear"}, "Use mode nearest"),
    ("LSTM", (784,), {}, "needs an input of shape [T, F]"),
    ("Embedding", (1, 28, 28), {}, "needs an input of shape [T]"),
    ("BatchNorm2d", (16,), {}, "use BatchNorm1d after Linear layers"),
    ("Dropout2d", (16,), {}, "use Dropout after Linear layers"),
])
def test_shape_errors_name_the_problem(type_name, in_shape, params, words):
    with pytest.raises(ShapeError) as exc:
        get_spec(type_name).output_shape([in_shape], params)
    assert words in str(exc.value)
    assert str(exc.value).startswith(type_name)


def test_too_large_kernel_is_a_node_error_not_a_crash():
    design = Design()
    design.add_node("Input", {"shape": [1, 3, 3]}, id="x")
    design.add_node("Conv2d", {"kernel_size": 5}, id="conv")
    design.add_node("Flatten", id="flat")
    design.connect("x", "conv")
    design.connect("conv", "flat")
    report = infer_shapes(design)
    assert report.nodes["conv"].shape is None
    assert "does not fit" in report.errors["conv"]
    assert list(report.errors) == ["conv"]  # the node after it is not blamed


# parameters ------------------------------------------------------------------------------------------------

_WRONG = {"int": [2.5, "3", True], "float": ["x", float("nan"), False], "bool": [1, "true"],
          "choice": ["no-such-choice"], "size": ["3", 2.5, [], [1, "a"]], "shape": [4, "x", [1.5]],
          "text": [3, True, "", " ", ["a"]]}


@pytest.mark.parametrize(("type_name", "param"),
                         [(t, p.name) for t, s in sorted(REGISTRY.items()) for p in s.params])
def test_wrong_types_are_refused_with_a_reason(type_name, param):
    spec = REGISTRY[type_name]
    p = spec.param(param)
    for value in _WRONG[p.kind]:
        problems = spec.check_params({param: value})
        assert len(problems) == 1 and f"'{param}'" in problems[0], (value, problems)
    for bound, step in ((p.min, -1), (p.max, 1)):
        if bound is not None and p.kind in ("int", "float", "size"):
            bad = bound + step if p.kind != "float" else bound + step * 0.5
            problems = spec.check_params({param: int(bad) if p.kind != "float" else bad})
            assert problems and ("at least" in problems[0] or "at most" in problems[0])


def test_out_of_range_messages():
    conv = get_spec("Conv2d")
    assert conv.check_params({"out_channels": 0}) == ["'out_channels' must be at least 1; it is 0"]
    assert conv.check_params({"kernel_size": [3, 0]}) == ["'kernel_size' must be at least 1; it is 0"]
    assert conv.check_params({"stride": None}) == ["'stride' needs a value"]
    assert get_spec("MaxPool2d").check_params({"stride": None}) == []
    assert get_spec("Dropout").check_params({"p": 1.5}) == ["'p' must be at most 1; it is 1.5"]
    assert get_spec("LSTM").check_params({"bidirectional": "yes"}) == [
        "'bidirectional' must be true or false, not 'yes'"]
    assert get_spec("Upsample").check_params({"mode": "bicubic"}) == [
        "'mode' must be one of nearest, bilinear; it is 'bicubic'"]
    assert get_spec("Linear").check_params({"in_features": 3})[0].startswith("Linear has no parameter 'in_features'")


# labels ------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("type_name", "params", "label"), [
    ("Linear", {"out_features": 128}, "Linear 128"),
    ("Conv2d", {"out_channels": 32, "kernel_size": 3}, "Conv2d 32@3x3"),
    ("Conv2d", {"out_channels": 8, "kernel_size": [3, 5]}, "Conv2d 8@3x5"),
    ("Conv1d", {"out_channels": 8, "kernel_size": 5}, "Conv1d 8@5"),
    ("ConvTranspose2d", {"out_channels": 4}, "ConvTranspose2d 4@2x2"),
    ("MaxPool2d", {}, "MaxPool2d 2x2"),
    ("MaxPool1d", {"kernel_size": 3}, "MaxPool1d 3"),
    ("AdaptiveAvgPool2d", {}, "AdaptiveAvgPool2d 1x1"),
    ("LSTM", {"hidden_size": 64, "bidirectional": True}, "LSTM 64 bi"),
    ("Upsample", {}, "Upsample x2"),
])
def test_labels(type_name, params, label):
    assert get_spec(type_name).short_label(params) == label


# the catalogue loads without torch ---------------------------------------------------------------------------

def test_catalogue_does_not_import_torch():
    code = "import netbuilder.core.layers, sys; assert 'torch' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, cwd=Path(__file__).resolve().parents[2])
