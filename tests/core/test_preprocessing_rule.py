"""One rule for a pretrained backbone's preprocessing (core/design/preprocessing.py), read by all who say or do it:
the loader, its description, the summary's data line and the exported script; and the rules beside it that a
review found held twice (bundled names, a Pretrained node's defaults, a CSV's feature names)."""
from __future__ import annotations

import json

import pytest
import torch
import torchvision
from PIL import Image

from netbuilder.core.datasets import load_dataset
from netbuilder.core.datasets.bundled import bundled_names, resolve
from netbuilder.core.design.design_io import design_from_dict
from netbuilder.core.design.presets import preset_path
from netbuilder.core.design.preprocessing import image_preprocessing, imagenet_statistics, pretrained_node
from netbuilder.core.design.summary import data_line
from netbuilder.core.errors import Cause, DataError
from netbuilder.core.exchange.codegen import _imagenet, export_design
from netbuilder.core.layers.pretrained import IMAGENET_MEAN, IMAGENET_STD
from helpers import chain

NORMALISED = "normalised with ImageNet's mean and std"


def _pictures(root, mode):
    for c, colour in enumerate(((200, 30, 30), (30, 30, 200))):
        (root / f"class{c}").mkdir(parents=True)
        for i in range(4):
            Image.new("RGB", (40 + i, 36), colour).convert(mode).save(root / f"class{c}" / f"{i}.png")
    return root


def _design(tmp_path, channels: int) -> dict:
    """Input [channels, 64, 64] (a grey one made 3 channels by a Conv2d), a Pretrained backbone with a weights
    file, a Linear head, on an image folder of that many channels."""
    weights = tmp_path / "mobile.pth"
    torch.save(torchvision.models.mobilenet_v3_small(weights=None).state_dict(), weights)
    folder = _pictures(tmp_path / f"pictures{channels}", "L" if channels == 1 else "RGB")
    to_colour = [("Conv2d", {"out_channels": 3, "kernel_size": 3, "padding": 1})] if channels == 1 else []
    return chain((channels, 64, 64), [*to_colour,
                                      ("Pretrained", {"model": "mobilenet_v3_small", "weights": str(weights),
                                                      "trainable": "none"}),
                                      ("Linear", {"out_features": 2})],
                 dataset={"name": "image_folder", "path": str(folder)}, loss="cross_entropy", epochs=1)


@pytest.mark.parametrize("channels", [1, 3])
def test_the_description_the_loader_and_the_script_agree(tmp_path, channels):
    design = design_from_dict(_design(tmp_path, channels))
    prep = image_preprocessing(design)
    colour = channels == 3
    assert imagenet_statistics(design) is colour and (prep["mean"] is not None) is colour
    ds = load_dataset(design.training["dataset"], input_shape=[channels, 64, 64], preprocessing=prep)
    line = data_line(design)
    source = export_design(design)
    for words in (ds.description, line):  # the resize and crop apply either way
        assert "resized and centre-cropped as mobilenet_v3_small's ImageNet weights expect" in words
        assert (NORMALISED in words) is colour, words
    if colour:
        assert ds.preprocess == {"scale": 1 / 255, "mean": list(IMAGENET_MEAN), "std": list(IMAGENET_STD)}
        assert f"mean, std = {list(IMAGENET_MEAN)!r}, {list(IMAGENET_STD)!r}" in source
    else:
        assert (ds.preprocess["mean"], ds.preprocess["std"]) == (0.0, 1.0)
        assert "mean, std = 0.0, 1.0" in source and repr(IMAGENET_MEAN[0]) not in source


def test_only_a_pixel_dataset_takes_imagenets_statistics():
    layers = [("Pretrained", {"weights": "imagenet"}), ("Linear", {"out_features": 2})]
    for dataset, pixels in (({"name": "cifar10"}, True), ({"name": "moons"}, False), (None, True)):
        design = design_from_dict(chain((3, 32, 32), layers, **({"dataset": dataset} if dataset else {})))
        assert imagenet_statistics(design) is pixels, dataset
        assert (image_preprocessing(design)["std"] == list(IMAGENET_STD)) is pixels


def test_the_first_backbone_is_the_first_in_the_flow_not_in_the_file():
    """The file lists resnet18 first, but it comes after a Conv2d that is listed after mobilenet_v3_small."""
    nodes = [{"id": "x", "type": "Input", "params": {"shape": [3, 64, 64]}},
             {"id": "late", "type": "Pretrained", "params": {"model": "resnet18"}},
             {"id": "early", "type": "Pretrained", "params": {"model": "mobilenet_v3_small"}},
             {"id": "conv", "type": "Conv2d", "params": {"out_channels": 3, "kernel_size": 1}}]
    edges = [("x", "conv"), ("conv", "late"), ("x", "early")]
    design = design_from_dict({"name": "two", "nodes": nodes, "edges": [{"source": s, "target": t} for s, t in edges]})
    assert pretrained_node(design).id == "early"
    assert image_preprocessing(design)["model"] == "mobilenet_v3_small"


def test_a_pretrained_nodes_defaults_are_its_specs():
    """A node that leaves model and weights out has the spec's defaults (mobilenet_v3_small, imagenet)."""
    design = design_from_dict(chain((3, 32, 32), [("Pretrained", None), ("Linear", {"out_features": 2})]))
    assert image_preprocessing(design)["model"] == "mobilenet_v3_small"
    assert _imagenet(design) == ["mobilenet_v3_small"]


def test_the_script_says_how_it_names_a_bundled_folder():
    design = design_from_dict(chain((3, 16, 16), [("Flatten", None), ("Linear", {"out_features": 3})],
                                    dataset={"name": "image_folder", "path": "bundled:own_pictures"},
                                    loss="cross_entropy", epochs=1))
    source = export_design(design)
    assert "# a folder bundled with netbuilder: written as the path where this installation keeps it" in source
    assert "as the design names them" not in source.split("# your folders:")[0]


@pytest.mark.parametrize("raw", ["bundled:.", "bundled: .", "bundled:..", "bundled:own_pictures/..",
                                 "bundled:own_pictures/circles"])
def test_only_a_listed_bundled_name_resolves(raw, tmp_path):
    with pytest.raises(DataError) as err:
        resolve(raw)
    assert err.value.cause is Cause.DATA_MISSING and "\n" not in str(err.value)
    assert all(resolve(name).endswith(name.split(":")[1]) for name in bundled_names())


def test_a_csvs_feature_names_come_from_its_one_reading(tmp_path):
    path = tmp_path / "table.csv"
    path.write_text("\ufeffa,label,b\n1,0,2\n3,1,4\n", encoding="utf-8")
    ds = load_dataset({"name": "csv", "path": str(path), "target": "label", "validation": 0}, data_dir=tmp_path)
    assert ds.feature_names == ["a", "b"]
    listed = load_dataset({"name": "csv", "path": str(path), "target": "label", "features": ["b"], "validation": 0},
                          data_dir=tmp_path)
    assert listed.feature_names == ["b"] and listed.x_train[:, 0].tolist() == [2.0, 4.0]


def test_the_presets_description_speaks_to_a_learner():
    text = json.loads(preset_path("your_own_pictures").read_text(encoding="utf-8"))["description"].lower()
    assert "netbuilder weights fetch mobilenet_v3_small" in text and "imagenet" in text
    assert not any(word in text for word in ("test suite", "stand-in", "randomly initialised"))
