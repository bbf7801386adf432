import pytest
import torch

from netbuilder.core.design.compiler import compile_design, folded_activation
from netbuilder.core.design.design_io import design_from_dict, load_design
from netbuilder.core.errors import DesignError
from netbuilder.core.design.presets import preset_names
from netbuilder.core.training.probe import activations
from netbuilder.core.design.shapes import infer_shapes
from netbuilder.core.design.summary import summarize


def test_xor_shapes_params_flops(xor_dict):
    report = infer_shapes(design_from_dict(xor_dict))
    assert {k: (v.shape, v.params) for k, v in report.nodes.items()} == {
        "x": ((2,), 0), "hidden": ((4,), 12), "act": ((4,), 0), "out": ((1,), 5), "prob": ((1,), 0)}
    assert report.total_params == 17
    assert report.flops == 2 * 2 * 4 + 4 + 2 * 4 * 1 + 1
    assert report.activation_bytes == 4 * (4 + 4 + 1 + 1)


@pytest.mark.parametrize("name", preset_names())
def test_presets_compile_and_inferred_shapes_match_real_forward(name):
    design = load_design(name)
    report = infer_shapes(design)
    torch.manual_seed(0)
    model = compile_design(design).eval()
    x = torch.rand(3, *report.nodes[model.input_id].shape)
    outs = activations(model, x)
    assert list(outs) == [model.input_id] + [node_id for node_id, _ in model.order]
    for node_id, tensor in outs.items():
        assert tuple(tensor.shape[1:]) == report.nodes[node_id].shape, node_id
    assert sum(p.numel() for p in model.parameters() if p.requires_grad) == report.total_params
    assert sum(p.numel() for p in model.parameters()) == report.total_params + sum(
        info.frozen for info in report.nodes.values())  # a frozen backbone's weights are counted apart
    assert summarize(design)["total_params"] == report.total_params


def test_state_dict_keys_are_node_ids(xor_dict):
    model = compile_design(design_from_dict(xor_dict))
    assert list(model.state_dict()) == ["hidden.weight", "hidden.bias", "out.weight", "out.bias"]


def test_compilation_is_deterministic_under_a_seed(xor_dict):
    design = design_from_dict(xor_dict)
    torch.manual_seed(3)
    a = compile_design(design).state_dict()
    torch.manual_seed(3)
    b = compile_design(design).state_dict()
    assert all(torch.equal(a[k], b[k]) for k in a)


def test_softmax_with_cross_entropy_trains_on_logits():
    design = load_design("mnist_mlp")
    assert folded_activation(design, "cross_entropy") == "probs"
    assert folded_activation(design, "mse") is None
    model = compile_design(design)
    x = torch.rand(5, 1, 28, 28)
    logits, probs = model.forward_logits(x), model(x)
    assert torch.allclose(torch.softmax(logits, 1), probs, atol=1e-6)
    assert torch.allclose(probs.sum(1), torch.ones(5))


def test_sigmoid_with_bce_trains_on_logits(xor_dict):
    model = compile_design(design_from_dict(xor_dict))
    x = torch.rand(4, 2)
    assert model.logits_id == "out"
    assert torch.allclose(torch.sigmoid(model.forward_logits(x)), model(x))


def test_branches_and_merges_compile():
    design = design_from_dict({
        "nodes": [{"id": "x", "type": "Input", "params": {"shape": [6]}},
                  {"id": "a", "type": "Linear", "params": {"out_features": 3}},
                  {"id": "b", "type": "Linear", "params": {"out_features": 5}},
                  {"id": "cat", "type": "Concat"},
                  {"id": "res", "type": "Linear", "params": {"out_features": 8}},
                  {"id": "add", "type": "Add"}],
        "edges": [{"source": "x", "target": "a"}, {"source": "x", "target": "b"},
                  {"source": "a", "target": "cat"}, {"source": "b", "target": "cat", "port": 1},
                  {"source": "cat", "target": "add"}, {"source": "x", "target": "res"},
                  {"source": "res", "target": "add", "port": 1}]})
    model = compile_design(design)
    x = torch.rand(2, 6)
    expected = torch.cat([model.a(x), model.b(x)], 1) + model.res(x)
    assert torch.allclose(model(x), expected)


def test_invalid_design_does_not_compile():
    design = design_from_dict({"name": "Bad", "nodes": [{"id": "x", "type": "Input"},
                                                        {"id": "c", "type": "Conv2d"}],
                               "edges": [{"source": "x", "target": "c"}]})
    with pytest.raises(DesignError, match="Bad: node 'c': Conv2d needs an input of shape"):
        compile_design(design)
