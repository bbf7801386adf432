"""The output's size against the dataset (issue 18, point 11): a problem on the output node before training, by
the same rule (``core.output_fit``) the trainer refuses the run with, in the same words."""
from __future__ import annotations

import pytest

from netbuilder.core.datasets import load_dataset
from netbuilder.core.design.design_io import design_from_dict, load_design
from netbuilder.core.errors import TrainingError
from netbuilder.core.teaching.lessons import lesson_names, load_lesson
from netbuilder.core.design.output_fit import known_task
from netbuilder.core.design.presets import preset_names
from netbuilder.core.training import TrainConfig, Trainer
from netbuilder.core.design.validate import validate
from helpers import chain


def mlp(out, final=None, loss="cross_entropy", dataset=None, input_shape=(2,)):
    layers = [("Linear", {"out_features": 8}), ("ReLU", None), ("Linear", {"out_features": out})]
    layers += [(final, None)] if final else []
    training = {"dataset": dataset or {"name": "spirals"}, "optimizer": {"name": "adam", "lr": 0.01}, "epochs": 1}
    if loss is not None:
        training["loss"] = loss
    return design_from_dict(chain(input_shape, layers, **training))


def trainer_refusal(design, tmp_path) -> str:
    with pytest.raises(TrainingError) as caught:
        Trainer(design, TrainConfig.from_design(design), device="cpu", data_dir=tmp_path)
    return str(caught.value)


def on_node(design) -> list[tuple[str | None, str, str]]:
    return [(d.node_id, d.severity, d.message) for d in validate(design)]


def test_a_16_unit_output_for_2_classes_is_an_error_on_the_output_in_the_trainers_words(tmp_path):
    design = mlp(16, "Softmax")
    found = on_node(design)
    assert len(found) == 1
    node, severity, message = found[0]
    assert (node, severity) == ("n3", "error")  # the Softmax: the design's output
    assert "gives 16 value(s) but the dataset 'spirals' has 2 classes" in message
    assert "set the last Linear's out_features to 2" in message
    assert message == trainer_refusal(design, tmp_path)  # one rule, one message


@pytest.mark.parametrize("loss", ["mse", "bce"])
def test_other_losses_say_how_many_outputs_fit(loss, tmp_path):
    design = mlp(5, "Sigmoid", loss=loss)
    [(node, severity, message)] = on_node(design)
    assert (node, severity) == ("n3", "error")
    assert "out_features to 2 (or to 1" in message
    assert message == trainer_refusal(design, tmp_path)


def test_three_spiral_arms_need_three_outputs(tmp_path):
    design = mlp(2, "Softmax", dataset={"name": "spirals", "classes": 3})
    [(node, _, message)] = on_node(design)
    assert node == "n3" and "has 3 classes" in message and "out_features to 3" in message
    assert message == trainer_refusal(design, tmp_path)
    assert on_node(mlp(3, "Softmax", dataset={"name": "spirals", "classes": 3})) == []


def test_a_regression_output_must_give_one_value_per_target(tmp_path):
    design = mlp(3, None, loss="mse", dataset={"name": "hello"}, input_shape=(1,))
    [(node, severity, message)] = on_node(design)
    assert (node, severity) == ("n2", "error")
    assert "1 target value(s) per sample, but the output 'n2' gives 3" in message and "size to 1" in message
    assert message == trainer_refusal(design, tmp_path)
    assert on_node(mlp(1, None, loss="mse", dataset={"name": "hello"}, input_shape=(1,))) == []


@pytest.mark.parametrize("loss", ["bce", None, "mse"])
def test_one_output_with_a_sigmoid_is_a_valid_binary_classifier(loss, tmp_path):
    design = mlp(1, "Sigmoid", loss=loss, dataset={"name": "moons"})
    assert on_node(design) == []
    trainer = Trainer(design, TrainConfig.from_design(design), device="cpu", data_dir=tmp_path)
    assert trainer.problem.kind == "binary"  # the trainer takes what the problems list passed


def test_one_output_with_cross_entropy_is_refused_with_the_bce_hint():
    [(node, _, message)] = on_node(mlp(1, None, loss="cross_entropy", dataset={"name": "xor"}))
    assert node == "n2" and "use the bce loss" in message


def test_an_image_output_for_a_classifier_asks_for_a_flatten():
    design = design_from_dict(chain((1, 28, 28), [("Conv2d", {"out_channels": 4, "kernel_size": 3})],
                                    dataset={"name": "mnist"}, loss="cross_entropy"))
    [(node, _, message)] = on_node(design)
    assert node == "n0" and "Add a Flatten and a Linear with out_features=10" in message


def test_a_loss_for_the_wrong_task_is_a_training_settings_problem():
    [(node, _, message)] = on_node(mlp(1, None, loss="cross_entropy", dataset={"name": "hello"},
                                       input_shape=(1,)))
    assert node is None and message.startswith("Training settings: cross_entropy is a loss for classes")


def test_without_a_dataset_or_checking_training_nothing_is_said_about_the_output():
    design = mlp(16, "Softmax")
    assert validate(design, check_training=False) == []
    design.training["dataset"] = {"name": "csv", "path": "missing.csv", "target": "y"}  # known once it is read
    assert [d for d in validate(design) if d.node_id == "n3"] == []


@pytest.mark.parametrize("spec", [{"name": "xor"}, {"name": "moons"}, {"name": "circles"}, {"name": "spirals"},
                                  {"name": "spirals", "classes": 3}, {"name": "hello"}, {"name": "linear"}])
def test_what_the_editor_knows_of_a_dataset_is_what_loading_it_gives(spec, tmp_path):
    ds = load_dataset(spec, data_dir=tmp_path)
    assert known_task(spec) == (ds.task, ds.num_classes)
    if ds.task == "regression":
        assert ds.y_train.reshape(len(ds.y_train), -1).shape[1] == 1  # one target value per sample


def test_the_editor_knows_every_vision_set_and_mnist_loads_as_it_says(data_dir):
    from netbuilder.core.datasets.catalog import CATALOG
    SOURCES = {name: e.torchvision for name, e in CATALOG.items() if e.torchvision}
    for name in SOURCES:
        known = known_task({"name": name})
        assert known is not None and known[0] == "classification" and known[1] >= 2, name
    ds = load_dataset({"name": "mnist", "limit": 100}, data_dir=data_dir, download=False)
    assert known_task({"name": "mnist"}) == (ds.task, ds.num_classes)


def test_unknown_or_refused_datasets_are_left_to_the_loader():
    for spec in ({"name": "csv"}, {"name": "image_folder"}, {"name": "spirals", "classes": 7}, None, {}):
        assert known_task(spec) is None


@pytest.mark.parametrize("name", preset_names())
def test_every_preset_validates_clean(name):
    assert on_node(load_design(name)) == []


def lesson_designs(lesson):
    own = lesson.design
    yield "design", load_design(own) if isinstance(own, str) else design_from_dict(own)
    for i, step in enumerate(lesson.steps):
        opened = (step.action or {}).get("open")
        if isinstance(opened, dict):
            yield f"step {i + 1}", design_from_dict(opened)
        elif isinstance(opened, str) and opened != "lesson":
            yield f"step {i + 1}", load_design(opened)


@pytest.mark.parametrize("name", lesson_names())
def test_every_lesson_design_validates_clean(name):
    seen = list(lesson_designs(load_lesson(name)))
    assert seen
    for where, design in seen:
        assert on_node(design) == [], f"{name}, {where}"
