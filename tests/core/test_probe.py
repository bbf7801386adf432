"""Looking inside a compiled network with hooks: activations, the node that fails, unit health, gradient norms."""
from __future__ import annotations

import pytest
import torch

from netbuilder.core.design.compiler import compile_design
from netbuilder.core.design.design_io import design_from_dict, load_design
from netbuilder.core.training.probe import (activations, gradient_norms, hooked, locate_failure, node_modules,
                                            unit_health)


def design(layers, input_shape=(4,), extra_edges=()):
    nodes = [{"id": "x", "type": "Input", "params": {"shape": list(input_shape)}}]
    for node_id, kind, params in layers:
        nodes.append({"id": node_id, "type": kind, **({"params": params} if params else {})})
    edges = [{"source": a["id"], "target": b["id"]} for a, b in zip(nodes, nodes[1:])] + list(extra_edges)
    return design_from_dict({"name": "probe", "nodes": nodes, "edges": edges,
                             "training": {"dataset": {"name": "xor"}, "loss": "mse"}})


def no_hooks(model) -> bool:
    return all(not m._forward_hooks and not m._forward_pre_hooks for m in model.modules())


@pytest.fixture
def mlp():
    torch.manual_seed(0)
    return compile_design(design([("h", "Linear", {"out_features": 6}), ("relu", "ReLU", None),
                                  ("out", "Linear", {"out_features": 3}), ("p", "Sigmoid", None)]))


def test_activations_are_each_nodes_output_in_network_order(mlp):
    mlp.train()
    x = torch.randn(5, 4)
    outs = activations(mlp, x)
    assert list(outs) == ["x", "h", "relu", "out", "p"]
    with torch.no_grad():
        h = mlp.h(x)
        expected = {"x": x, "h": h, "relu": torch.relu(h), "out": mlp.out(torch.relu(h))}
        expected["p"] = torch.sigmoid(expected["out"])
    for node_id, value in expected.items():
        assert torch.allclose(outs[node_id], value), node_id
        assert not outs[node_id].requires_grad
    assert mlp.training and no_hooks(mlp)  # the mode comes back, the hooks are gone
    only = activations(mlp, x, nodes=["relu"])
    assert list(only) == ["x", "relu"]


def test_activations_on_a_graph_with_a_branch():
    model = compile_design(design([("a", "Linear", {"out_features": 4}), ("sum", "Add", None)],
                                  extra_edges=[{"source": "x", "target": "sum", "port": 1}]))
    x = torch.randn(2, 4)
    outs = activations(model, x)
    with torch.no_grad():
        assert torch.allclose(outs["sum"], model.a(x) + x)


def test_activations_of_every_preset_match_the_inferred_shapes():
    from netbuilder.core.design.presets import preset_names
    from netbuilder.core.design.shapes import infer_shapes
    for name in preset_names():
        d = load_design(name)
        model = compile_design(d)
        report = infer_shapes(d)
        outs = activations(model, torch.rand(2, *model.input_shape))
        assert set(outs) == set(report.nodes), name
        for node_id, value in outs.items():
            assert tuple(value.shape[1:]) == tuple(report.nodes[node_id].shape), (name, node_id)


def test_locate_failure_names_the_node_that_raised_and_its_input_shapes(mlp, monkeypatch):
    x = torch.randn(3, 4)
    assert locate_failure(mlp, x) is None

    def broken(self, t):
        raise RuntimeError("this layer broke")
    monkeypatch.setattr(torch.nn.ReLU, "forward", broken)
    node_id, kind, shapes, exc = locate_failure(mlp, x)
    assert (node_id, kind, shapes, str(exc)) == ("relu", "ReLU", [(3, 6)], "this layer broke")
    assert no_hooks(mlp)  # removed although the forward pass raised


def test_hooks_are_removed_when_the_block_raises(mlp):
    seen = []
    with pytest.raises(ValueError):
        with hooked(node_modules(mlp), after=lambda node_id, _i, _o: seen.append(node_id)):
            mlp(torch.randn(1, 4))
            raise ValueError("stop")
    assert seen == ["h", "relu", "out", "p"] and no_hooks(mlp)


def test_dead_relu_share_on_all_negative_biases():
    torch.manual_seed(0)
    model = compile_design(design([("h", "Linear", {"out_features": 8}), ("relu", "ReLU", None),
                                   ("h2", "Linear", {"out_features": 4}), ("relu2", "ReLU", None)],
                                  input_shape=(3,)))
    x = torch.rand(64, 3)  # inputs in [0, 1)
    with torch.no_grad():
        model.h.weight.abs_()
        model.h.weight.clamp_(max=0.5)
        model.h.bias.fill_(-10.0)  # every pre-activation is below 0: every unit of relu is dead
        model.h.bias[:2] = 10.0  # ... but these two
    health = unit_health(model, x)
    assert health["relu"] == {"kind": "dead", "share": pytest.approx(6 / 8), "units": 8}
    assert set(health) == {"relu", "relu2"}
    with torch.no_grad():
        model.h.bias.fill_(-10.0)
    assert unit_health(model, x)["relu"]["share"] == 1.0
    assert unit_health(model, x)["relu2"]["share"] == pytest.approx(
        float((model.h2.bias <= 0).float().mean()))  # relu2 sees only zeros: alive exactly where its bias is > 0


def test_dead_channels_of_a_convolution_and_saturated_tanh():
    torch.manual_seed(0)
    model = compile_design(design([("c", "Conv2d", {"out_channels": 4, "kernel_size": 3}), ("relu", "ReLU", None),
                                   ("f", "Flatten", None), ("l", "Linear", {"out_features": 5}),
                                   ("t", "Tanh", None)], input_shape=(1, 6, 6)))
    x = torch.rand(8, 1, 6, 6)
    with torch.no_grad():
        model.c.bias[:] = torch.tensor([-100.0, -100.0, -100.0, 100.0])
        model.l.weight.mul_(1000.0)
    health = unit_health(model, x)
    assert health["relu"]["share"] == pytest.approx(0.75) and health["relu"]["units"] == 4
    assert health["t"]["kind"] == "saturated" and health["t"]["share"] > 0.9


def test_gradient_norms_per_node(mlp):
    assert gradient_norms(mlp) == {}
    loss = mlp(torch.randn(4, 4)).sum()
    loss.backward()
    norms = gradient_norms(mlp)
    assert set(norms) == {"h", "out"}
    by_hand = torch.sqrt(mlp.h.weight.grad.pow(2).sum() + mlp.h.bias.grad.pow(2).sum())
    assert norms["h"] == pytest.approx(float(by_hand), rel=1e-6)
