"""The "Your own pictures" preset and lesson: the image folder bundled with netbuilder (made by
tools/make_own_pictures.py), named portably as ``bundled:own_pictures``, and a frozen MobileNet whose "imagenet"
weights are, in the suite, the randomly initialised stand-in that tests/conftest.py puts in torch's cache."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from netbuilder.core.datasets import load_dataset
from netbuilder.core.datasets.bundled import bundled_names, resolve, resources_dir
from netbuilder.core.design.design_io import design_from_dict, load_design
from netbuilder.core.design.presets import preset_path
from netbuilder.core.design.summary import summarize
from netbuilder.core.errors import Cause, DataError
from netbuilder.core.exchange.codegen import export_design
from netbuilder.core.layers.backbones import imagenet_file
from netbuilder.core.layers.pretrained import BACKBONES
from netbuilder.core.teaching.lessons import load_lesson
from netbuilder.core.training import TrainConfig, Trainer
from helpers import chain

REPO = Path(__file__).resolve().parents[2]
CLASSES = ["circles", "squares", "triangles"]
SPEC = {"name": "image_folder", "path": "bundled:own_pictures"}


def generator():
    spec = importlib.util.spec_from_file_location("make_own_pictures", REPO / "tools" / "make_own_pictures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# the bundled folder ---------------------------------------------------------------------------------------------
def test_the_bundled_folder_is_what_its_generator_draws():
    folder = Path(resolve("bundled:own_pictures"))
    assert folder == resources_dir() / "images" / "own_pictures"
    files = sorted(folder.glob("*/*"))
    assert sorted({f.parent.name for f in files}) == CLASSES and len(files) == 90
    assert sum(f.stat().st_size for f in files) < 300_000  # small enough to ship in the wheel
    make = generator()
    for path in files:
        with Image.open(path) as img:
            assert (img.mode, img.size, path.suffix) == ("RGB", (64, 64), ".png")
            drawn = make.draw(path.parent.name, int(path.stem))
            assert np.array_equal(np.asarray(img), np.asarray(drawn)), path


def test_the_generator_writes_the_same_folder_elsewhere(tmp_path):
    written = generator().write(tmp_path)
    assert len(written) == 90 and sorted(p.relative_to(tmp_path).as_posix() for p in written)[0] == \
        "circles/000.png"


def test_a_bundled_name_resolves_from_any_working_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    data = load_dataset(SPEC, data_dir=tmp_path, input_shape=(3, 32, 32), seed=0)
    assert data.class_names == CLASSES
    assert len(data.x_train) == 90 and tuple(data.x_train.shape[1:]) == (3, 32, 32)
    assert "bundled:own_pictures" in bundled_names()
    assert resolve("pictures/mine") == "pictures/mine" and resolve(None) is None  # other paths: as they are


@pytest.mark.parametrize("raw", ["bundled:no_such_folder", "bundled:", "bundled:../lessons", "bundled:images/x"])
def test_a_bundled_name_that_is_not_there_is_one_line(raw, tmp_path):
    with pytest.raises(DataError) as err:
        load_dataset({"name": "image_folder", "path": raw}, data_dir=tmp_path, input_shape=(3, 32, 32))
    message = str(err.value)
    assert "\n" not in message and "bundled:own_pictures" in message and "your own folder" in message
    assert err.value.cause is Cause.DATA_MISSING


def test_the_exported_script_reads_the_bundled_folder_where_it_is(tmp_path):
    design = design_from_dict(chain((3, 16, 16), [("Flatten", None), ("Linear", {"out_features": 3})],
                                    dataset=SPEC, loss="cross_entropy", epochs=1))
    source = export_design(design)
    assert repr(resolve("bundled:own_pictures")).strip("'") in source and "bundled:" not in source


# the preset -----------------------------------------------------------------------------------------------------
def test_the_preset_is_a_frozen_backbone_and_a_linear_head():
    design = load_design("your_own_pictures")
    nodes = list(design.nodes.values())
    assert [n.type for n in nodes] == ["Input", "Pretrained", "Linear", "Softmax"]
    assert nodes[1].params == {"model": "mobilenet_v3_small", "weights": "imagenet", "trainable": "none"}
    assert nodes[2].params["out_features"] == len(CLASSES)
    assert design.training["dataset"]["path"] == "bundled:own_pictures" and design.expected
    summary = summarize(design)
    assert summary["frozen_params"] == BACKBONES["mobilenet_v3_small"].total
    assert summary["total_params"] == 576 * 3 + 3 and summary["flops"] > 50e6 and summary["data_error"] is None
    text = json.loads(preset_path("your_own_pictures").read_text(encoding="utf-8"))["description"]
    assert "netbuilder weights fetch mobilenet_v3_small" in text and "File > Collect Images" in text


def test_imagenet_weights_come_from_the_stand_in_in_torchs_cache(_imagenet_stand_in):
    path = imagenet_file(BACKBONES["mobilenet_v3_small"])
    assert path.parent == _imagenet_stand_in / "hub" / "checkpoints"
    model = Trainer(load_design("your_own_pictures"), TrainConfig(epochs=1, dataset=dict(SPEC, limit=8)),
                    device="cpu").model
    stand_in = torch.load(path, weights_only=True)
    assert all(torch.equal(value, stand_in[key]) for key, value in model.backbone.backbone.state_dict().items())
    assert not any(p.requires_grad for p in model.backbone.parameters())


def test_without_the_weights_training_says_how_to_fetch_them(tmp_path, monkeypatch):
    monkeypatch.setenv("TORCH_HOME", str(tmp_path / "empty"))
    design = load_design("your_own_pictures")
    with pytest.raises(DataError) as err:
        Trainer(design, TrainConfig.from_design(design), device="cpu")
    message = str(err.value)
    assert "\n" not in message and "netbuilder weights fetch mobilenet_v3_small" in message
    assert str(tmp_path / "empty") in message


# the lesson -----------------------------------------------------------------------------------------------------
def test_the_lesson_opens_the_preset_trains_it_and_sends_the_class_to_its_own_pictures():
    lesson = load_lesson("your_own_pictures")
    assert lesson.design == "your_own_pictures"
    kinds = [step.kind for step in lesson.steps]
    assert kinds[0] == "open" and "train" in kinds
    train = lesson.steps[kinds.index("train")]
    assert train.expect == load_design("your_own_pictures").expected
    shown = [step.action["show"] for step in lesson.steps if step.kind == "show"]
    assert shown.index("summaryPanel") < shown.index("confusionMatrixPanel")
    assert kinds.index("train") < [s.action.get("show") for s in lesson.steps].index("confusionMatrixPanel")
    words = " ".join(step.text for step in lesson.steps)
    assert "File > Collect Images" in words and "frozen" in words and "sub-folder per class" in words
