import pytest

from netbuilder.core.design.design_io import design_from_dict
from netbuilder.core.design.graph import Design, Edge
from netbuilder.core.design.validate import validate


def errors(design):
    return [(d.node_id, d.message) for d in validate(design, check_training=False) if d.severity == "error"]


def mlp(*widths, shape=(4,)):
    d = Design()
    prev = d.add_node("Input", {"shape": list(shape)}, id="x").id
    for i, w in enumerate(widths):
        n = d.add_node("Linear", {"out_features": w}, id=f"fc{i}").id
        d.connect(prev, n)
        prev = n
    return d


def test_valid_design_has_no_diagnostics(xor_dict):
    assert validate(design_from_dict(xor_dict)) == []


def test_empty_and_missing_input():
    assert "empty" in errors(Design())[0][1]
    d = Design()
    a = d.add_node("Linear").id
    b = d.add_node("ReLU").id
    d.connect(a, b)
    msgs = errors(d)
    assert any("no Input" in m for _, m in msgs)
    assert (a, "This Linear has no input. Connect a layer's output to it.") in msgs


def test_two_inputs_two_outputs_unconnected():
    d = mlp(8, 2)
    d.add_node("Input", {"shape": [3]}, id="x2")
    d.add_node("Linear", id="lonely")
    d.connect("x2", "lonely")
    d.add_node("ReLU", id="island")
    msgs = dict(errors(d))
    assert "Only one Input" in msgs["x2"]
    assert "exactly one" in msgs["lonely"] and "exactly one" in msgs["fc1"]
    assert msgs["island"] == "This ReLU is not connected. Connect it, or delete it."


def test_cycle_is_named():
    d = mlp(8, 8)
    d.add_edge(Edge("fc1", "fc0", 1))
    msgs = errors(d)
    assert any(n == "fc0" and "cycle" in m for n, m in msgs)


def test_merge_missing_input():
    d = mlp(8)
    d.add_node("Add", id="sum")
    d.connect("fc0", "sum")
    assert ("sum", "Add needs at least 2 inputs; it has 1. Connect another branch to it.") in errors(d)


def test_shape_mismatch_messages():
    d = mlp(8, 4)
    d.add_node("Add", id="sum")
    d.connect("fc0", "sum")
    d.connect("fc1", "sum")
    msgs = dict(errors(d))
    assert msgs["sum"].startswith("Add needs equal shapes; it gets [8] and [4].")


def test_conv_on_vector_explains_what_to_do():
    d = mlp(shape=(2,))
    d.add_node("Conv2d", {"out_channels": 4, "kernel_size": 3}, id="conv")
    d.connect("x", "conv")
    (node, msg), = errors(d)
    assert node == "conv"
    assert msg == ("Conv2d needs an input of shape [C, H, W]; it gets [2]. "
                   "Put it after an image Input or a Reshape.")


def test_parameter_out_of_range_is_reported_not_raised():
    d = mlp(8)
    d.nodes["fc0"].params["out_features"] = -3
    assert ("fc0", "Linear: 'out_features' must be at least 1; it is -3.") in errors(d)


def test_errors_downstream_of_a_shape_error_are_not_repeated():
    d = mlp(shape=(2,))
    d.add_node("Conv2d", id="conv")
    d.connect("x", "conv")
    prev = "conv"
    for i in range(3):
        n = d.add_node("Linear", id=f"after{i}").id
        d.connect(prev, n)
        prev = n
    assert [n for n, _ in errors(d)] == ["conv"]


def test_loss_mismatch_is_a_warning(xor_dict):
    xor_dict["training"]["loss"] = "cross_entropy"
    xor_dict["nodes"][3]["params"]["out_features"] = 2  # one score per class, as cross_entropy needs
    diags = validate(design_from_dict(xor_dict))
    assert [d.severity for d in diags] == ["warning"] and "Sigmoid" in diags[0].message


def test_one_output_with_cross_entropy_is_an_error_not_a_warning(xor_dict):
    xor_dict["training"]["loss"] = "cross_entropy"  # the trainer refuses it: cross_entropy needs 2 scores here
    diags = validate(design_from_dict(xor_dict))
    assert [(d.node_id, d.severity) for d in diags] == [("prob", "error")] and "bce" in diags[0].message


def test_a_long_chain_is_valid_and_every_shape_is_known():
    d = mlp(*([16] * 49))
    assert len(d.nodes) == 50 and errors(d) == []
    # the timing of this check lives in benchmarks/bench_validation.py


@pytest.mark.parametrize("change, message", [
    (lambda t: t.update(bogus=1), "training.bogus"),
    (lambda t: t["optimizer"].update(lr="fast"), "training.optimizer.lr"),
    (lambda t: t.update(optimizer="lbfgs"), "lbfgs"),
    (lambda t: t.update(epochs="ten"), "training.epochs"),
])
def test_training_settings_are_checked_unless_asked_not_to(xor_dict, change, message):
    change(xor_dict["training"])
    design = design_from_dict(xor_dict)
    (diag,) = [d for d in validate(design) if d.severity == "error"]
    assert diag.node_id is None and diag.message.startswith("Training settings: ") and message in diag.message
    assert validate(design, check_training=False) == []


def test_a_missing_dataset_is_said_in_plain_words(xor_dict):
    xor_dict["training"].pop("dataset")
    design = design_from_dict(xor_dict)
    assert [(d.node_id, d.severity, d.message) for d in validate(design)] == [
        (None, "error", "Choose a dataset in the training settings (nothing to train on yet).")]
    assert validate(design, check_training=False) == []
    xor_dict["training"]["epochs"] = "ten"  # other trouble is still reported, as before
    messages = [d.message for d in validate(design_from_dict(xor_dict))]
    assert messages[0].startswith("Choose a dataset") and len(messages) == 2
    assert messages[1].startswith("Training settings: training.epochs")


def test_a_new_design_speaks_plainly():
    design = Design()
    steps = [lambda: design.add_node("Input", {"shape": [4]}, id="x"),
             lambda: design.connect("x", design.add_node("Linear", {"out_features": 2}, id="fc").id)]
    for step in [None, *steps]:  # empty, then an Input, then an Input and a Linear
        if step is not None:
            step()
        diags = validate(design)
        assert diags and all("{" not in d.message and '"' not in d.message for d in diags), diags
    assert [d.message for d in diags] == ["Choose a dataset in the training settings (nothing to train on yet)."]


def test_an_edge_into_a_missing_port_is_named():
    d = mlp(8, 4)
    d.disconnect(d.inputs_of("fc1")[0])
    d.add_edge(Edge("fc0", "fc1", 5))
    assert ("fc1", "Linear has no input port 5; connect to its port 0 instead.") in errors(d)


def test_a_monitor_the_dataset_does_not_measure_is_reported(xor_dict):
    xor_dict["training"]["early_stopping"] = {"patience": 3, "monitor": "val_r2"}
    (diag,) = [d for d in validate(design_from_dict(xor_dict)) if d.severity == "error"]
    assert "early_stopping.monitor" in diag.message and "'val_r2'" in diag.message
    xor_dict["training"]["early_stopping"]["monitor"] = "val_accuracy"
    assert validate(design_from_dict(xor_dict)) == []


def test_every_named_dataset_has_a_task():
    from netbuilder.core.datasets.catalog import DATASET_NAMES, DATASET_TASKS
    assert set(DATASET_TASKS) == set(DATASET_NAMES) - {"csv"}
