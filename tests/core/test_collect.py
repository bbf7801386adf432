"""Collected pictures as an image folder (core/datasets/collect.py): the class-name rules, the folder rules, the
writing (class/0001.png, atomically), and the dataset a design then names, which the core loads."""
from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from netbuilder.core.datasets import collect
from netbuilder.core.datasets.loading import load_dataset


def png(shade: int, size=(12, 16)) -> bytes:
    out = io.BytesIO()
    Image.fromarray(np.full((*size, 3), shade, np.uint8)).save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize("name, words", [
    ("", "needs a name"), ("   ", "needs a name"), ("a/b", "'/'"), ("a\\b", "folder name"), (".hidden", "dot"),
    ("x" * 61, "at most 60"), ("CON", "device name"), ("nul.txt", "device name"), ("Cats", "already"),
    ("tab\there", "folder name"),
])
def test_a_bad_class_name_gets_one_line_that_says_what_to_do(name, words):
    problem = collect.class_name_problem(name, ["cats", "dogs"])
    assert problem is not None and words in problem and "\n" not in problem


@pytest.mark.parametrize("name", ["cats", "thumbs up", "class_2", "été", "a" * 60])
def test_good_class_names_pass(name):
    assert collect.class_name_problem(name, ["dogs"]) is None


def test_next_class_name_is_free():
    assert collect.next_class_name([]) == "class 1"
    assert collect.next_class_name(["class 1", "Class 2"]) == "class 3"


def test_default_folder_is_new_or_empty_under_netbuilder_images(tmp_path):
    first = collect.default_folder("My pets!", home=tmp_path)
    assert first == tmp_path / "netbuilder-images" / "My-pets"
    first.mkdir(parents=True)
    assert collect.default_folder("My pets!", home=tmp_path) == first  # empty: fine
    (first / "x.txt").write_text("mine")
    assert collect.default_folder("My pets!", home=tmp_path) == tmp_path / "netbuilder-images" / "My-pets-2"


def test_folder_problem_refuses_a_file_and_a_folder_with_files(tmp_path):
    (tmp_path / "f").write_text("x")
    assert "is a file" in collect.folder_problem(tmp_path / "f")
    assert "already holds files" in collect.folder_problem(tmp_path)
    assert collect.folder_problem(tmp_path / "new" / "deeper") is None
    assert "choose a folder" in collect.folder_problem("  ")


def test_collection_problem_needs_two_classes_with_pictures():
    assert "2 or more classes" in collect.collection_problem({"a": 3})
    assert "no pictures in b" in collect.collection_problem({"a": 3, "b": 0})
    assert collect.collection_problem({"a": 1, "b": 1}) is None


def test_writes_the_folder_and_the_core_loads_it_with_those_classes(tmp_path):
    folder = tmp_path / "out"
    counts = collect.write_image_folder(folder, {"dark": [30] * 4, "bright": [220] * 3}, png)
    assert counts == {"dark": 4, "bright": 3}
    assert sorted(p.name for p in (folder / "dark").iterdir()) == ["0001.png", "0002.png", "0003.png", "0004.png"]
    assert not list(folder.rglob(".*.tmp"))  # each file renamed into place, no temporary left
    spec = collect.dataset_spec({"name": "mnist", "limit": 100, "validation": 0.25}, folder)
    assert spec == {"name": "image_folder", "path": str(folder), "validation": 0.25}  # not the limit
    ds = load_dataset(spec, input_shape=(3, 8, 8))
    assert ds.class_names == ["bright", "dark"] and ds.num_classes == 2
    assert len(ds.x_train) + len(ds.x_val) == 7 and tuple(ds.x_train.shape[1:]) == (3, 8, 8)
    dark = ds.x_train[ds.y_train == 1]
    assert int(dark.max()) <= 40


def test_nothing_is_written_where_the_rules_say_no(tmp_path):
    (tmp_path / "mine.txt").write_text("keep me")
    with pytest.raises(ValueError, match="already holds files"):
        collect.write_image_folder(tmp_path, {"a": [1], "b": [2]}, png)
    with pytest.raises(ValueError, match="no pictures in b"):
        collect.write_image_folder(tmp_path / "new", {"a": [1], "b": []}, png)
    assert not (tmp_path / "new").exists() and sorted(p.name for p in tmp_path.iterdir()) == ["mine.txt"]


def test_dataset_spec_keeps_an_image_folders_own_options_but_not_its_test_folder(tmp_path):
    old = {"name": "image_folder", "path": "old", "test_path": "old_test", "size": [32, 32], "preload": True,
           "normalize": True}
    assert collect.dataset_spec(old, tmp_path) == {"name": "image_folder", "path": str(tmp_path), "normalize": True,
                                                   "size": [32, 32], "preload": True}
    assert collect.dataset_spec("xor", tmp_path) == {"name": "image_folder", "path": str(tmp_path)}
    assert collect.dataset_spec(None, tmp_path)["name"] == "image_folder"
