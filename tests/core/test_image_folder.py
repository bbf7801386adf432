"""A person's own images (issue 9): torchvision's ImageFolder layout, resized to the design's Input, preloaded as
uint8 when they fit and streamed from disk with a DataLoader when they do not (the choice automatic and said),
and every unreadable or misfit image named in one line."""
from __future__ import annotations

import threading

import numpy as np
import pytest
import torch
from PIL import Image

from netbuilder.core import system
from netbuilder.core.datasets import StreamedImages, is_streamed, load_dataset
from netbuilder.core.datasets import images as image_data
from netbuilder.core.design.design_io import design_from_dict
from netbuilder.core.errors import DataError, NetbuilderError
from netbuilder.core.design.summary import summarize
from netbuilder.core.training import Trainer
from helpers import chain, make_folder, wait_until

EPOCHS = 12  # enough for one Linear layer to tell the dark class from the bright one


def spec(root, **extra) -> dict:
    return {"name": "image_folder", "path": str(root), **extra}


def design(root, shape=(3, 8, 8), epochs=3, **extra) -> dict:
    return chain(shape, [("Flatten", None), ("Linear", {"out_features": 2})], dataset=spec(root, **extra),
                 loss="cross_entropy", optimizer={"name": "adam", "lr": 0.05}, epochs=epochs, batch_size=8, seed=0)


@pytest.fixture
def pets(tmp_path):
    return make_folder(tmp_path / "pets")


def one_line(exc) -> str:
    message = str(exc)
    assert message and "\n" not in message and "Traceback" not in message, message
    return message


# loading -----------------------------------------------------------------------------------------------------------
def test_images_are_resized_to_the_input_and_preloaded_as_uint8(pets):
    ds = load_dataset(spec(pets), data_dir=pets.parent, input_shape=[3, 8, 8], seed=0)
    assert ds.class_names == ["cats", "dogs"] and ds.num_classes == 2 and ds.task == "classification"
    assert isinstance(ds.x_train, torch.Tensor) and ds.x_train.dtype == torch.uint8
    assert tuple(ds.x_train.shape) == (24, 3, 8, 8) and ds.input_shape == (3, 8, 8)
    assert ds.y_train.tolist() == [0] * 12 + [1] * 12  # torchvision's order: classes sorted, files sorted
    dark, bright = ds.x_train[ds.y_train == 0].float().mean(), ds.x_train[ds.y_train == 1].float().mean()
    assert 30 < dark < 70 and 180 < bright < 220  # the pixels of each class, resized, not a blank
    expected = image_data.read_image(str(pets / "cats" / "0000.png"), image_data.Layout(3, (8, 8)))
    assert torch.equal(ds.x_train[0], expected)
    assert "24 images of 3x8x8" in ds.description and "preloaded" in ds.description


def test_the_input_decides_grey_or_colour_and_the_spec_may_say_the_size(pets):
    grey = load_dataset(spec(pets), data_dir=pets.parent, input_shape=[1, 6, 5])
    assert tuple(grey.x_train.shape) == (24, 1, 6, 5)
    flat = load_dataset(spec(pets, size=[4, 4], channels=3), data_dir=pets.parent, input_shape=[48])
    assert tuple(flat.x_train.shape) == (24, 3, 4, 4)  # the preprocessor reshapes to [48], as for MNIST in an MLP
    relative = load_dataset({"name": "image_folder", "path": "pets"}, data_dir=pets.parent, input_shape=[1, 4, 4])
    assert len(relative.x_train) == 24  # a relative path is looked for in the data folder too


def test_a_set_too_big_for_memory_is_streamed_and_trains_exactly_as_preloaded(pets, monkeypatch):
    preloaded = Trainer(design(pets, epochs=EPOCHS), device="cpu", data_dir=pets.parent)
    assert not is_streamed(preloaded.dataset.x_train)
    kept = preloaded.fit()
    monkeypatch.setattr(system, "free_ram", lambda: 24 * 192)  # the 24 images would take all of it
    streamed = Trainer(design(pets, epochs=EPOCHS), device="cpu", data_dir=pets.parent)
    x = streamed.dataset.x_train
    assert isinstance(x, StreamedImages) and len(x) == 24 and tuple(x.shape) == (24, 3, 8, 8)
    assert "streamed from disk" in streamed.dataset.description
    result = streamed.fit()
    assert result.stopped == "completed" and kept.stopped == "completed"
    assert [h["loss"] for h in result.history] == [h["loss"] for h in kept.history]  # the same pixels, same order
    assert result.history[-1]["accuracy"] == 1.0
    assert torch.equal(x[3], preloaded.dataset.x_train[3]) and torch.equal(x[2:5], preloaded.dataset.x_train[2:5])
    dogs = preloaded.dataset.y_train == 1  # a mask, as the panels pick samples
    assert torch.equal(x[dogs], preloaded.dataset.x_train[dogs]) and len(x[dogs]) == 12


def test_preload_can_be_forced_either_way_and_limit_and_validation_split_a_streamed_set(pets):
    forced = load_dataset(spec(pets, preload=True), data_dir=pets.parent, input_shape=[1, 4, 4])
    assert isinstance(forced.x_train, torch.Tensor) and "preload is true" in forced.description
    ds = load_dataset(spec(pets, preload=False, validation=0.25), data_dir=pets.parent, input_shape=[1, 4, 4],
                      limit=20, seed=1)
    whole = load_dataset(spec(pets, preload=True, validation=0.25), data_dir=pets.parent, input_shape=[1, 4, 4],
                         limit=20, seed=1)
    assert is_streamed(ds.x_train) and is_streamed(ds.x_val) and (len(ds.x_train), len(ds.x_val)) == (15, 5)
    assert torch.equal(ds.x_val[0:5], whole.x_val) and torch.equal(ds.y_val, whole.y_val)
    assert not ds.same_as_train("val")


def test_many_images_stream_through_worker_processes(tmp_path, monkeypatch):
    """More images than one chunk: the DataLoader decodes them in worker processes (on a machine with 2 cores or
    more), in the epoch's order, and leaves no thread behind; normalize reads them all through it too."""
    root = make_folder(tmp_path / "many", per_class=200, size=(6, 6), mode="L")
    monkeypatch.setattr(image_data, "_workers", lambda: 2)
    workers, real = [], image_data._loader
    monkeypatch.setattr(image_data, "_loader", lambda *a, **k: (lambda dl: workers.append(dl.num_workers) or dl)(
        real(*a, **k)))
    before = set(threading.enumerate())
    ds = load_dataset(spec(root, preload=False, normalize=True, validation=0.2), data_dir=tmp_path,
                      input_shape=[1, 6, 6])
    whole = load_dataset(spec(root, preload=True, normalize=True, validation=0.2), data_dir=tmp_path,
                         input_shape=[1, 6, 6])
    assert is_streamed(ds.x_train) and (len(ds.x_train), len(ds.x_val)) == (320, 80)
    assert ds.preprocess["mean"] == pytest.approx(whole.preprocess["mean"])
    assert ds.preprocess["std"] == pytest.approx(whole.preprocess["std"])
    order = torch.randperm(len(ds.x_train), generator=torch.Generator().manual_seed(3)).split(64)
    got = list(ds.x_train.batches(order))
    assert [len(b) for b in got] == [len(b) for b in order]
    assert all(torch.equal(g, whole.x_train[b]) for g, b in zip(got, order))
    assert 2 in workers  # the streamed training set went through worker processes
    # the workers' queues end their feeder threads as they close: given a moment, none is left
    wait_until(lambda: not set(threading.enumerate()) - before, 5)
    assert set(threading.enumerate()) - before == set()


# what the summary says -----------------------------------------------------------------------------------------
def test_the_summary_says_how_many_images_and_whether_they_are_preloaded_or_streamed(pets, monkeypatch):
    line = summarize(design_from_dict(design(pets)))["data"]
    assert line.startswith("data: pets, 2 classes; 24 images of 3x8x8 as uint8") and "preloaded" in line
    monkeypatch.setattr(system, "free_ram", lambda: 1000)
    assert "streamed from disk" in summarize(design_from_dict(design(pets)))["data"]
    assert summarize(design_from_dict(design(pets / "missing")))["data"].startswith("data: image folder ")
    assert summarize(design_from_dict(chain((2,), [("Linear", {"out_features": 1})])))["data"] is None


def test_the_summary_does_not_list_the_folder_again_until_it_changes(pets, monkeypatch):
    calls = []
    real = image_data.scan_folder
    monkeypatch.setattr(image_data, "scan_folder", lambda *a: calls.append(a) or real(*a))
    d = design_from_dict(design(pets))
    first = summarize(d)["data"]
    assert summarize(d)["data"] == first and len(calls) == 1
    make_folder(pets, per_class=13)  # one more image in each class folder
    assert "26 images" in summarize(d)["data"] and len(calls) == 2


# bad input -----------------------------------------------------------------------------------------------------------
def test_an_unreadable_image_is_named_whether_preloaded_or_streamed(pets):
    bad = pets / "dogs" / "0005.png"
    bad.write_bytes(b"this is not a picture")
    with pytest.raises(DataError) as caught:
        load_dataset(spec(pets), data_dir=pets.parent, input_shape=[3, 8, 8])
    message = one_line(caught.value)
    assert str(bad) in message and "cannot be read" in message
    trainer = Trainer(design(pets, preload=False), device="cpu", data_dir=pets.parent)  # nothing read yet
    with pytest.raises(DataError) as caught:
        trainer.fit()  # the batch holding it: the run ends with the file's name (the window's session says so)
    assert str(bad) in one_line(caught.value)


def test_an_image_of_another_size_is_named_when_resizing_is_off(pets):
    ok = load_dataset(spec(pets, resize=False), data_dir=pets.parent, input_shape=[3, 12, 16])
    assert tuple(ok.x_train.shape) == (24, 3, 12, 16)
    Image.fromarray(np.zeros((20, 10, 3), np.uint8)).save(pets / "cats" / "0003.png")
    with pytest.raises(DataError) as caught:
        load_dataset(spec(pets, resize=False), data_dir=pets.parent, input_shape=[3, 12, 16])
    message = one_line(caught.value)
    assert str(pets / "cats" / "0003.png") in message and "is 20x10" in message and "12x16" in message


@pytest.mark.parametrize("setup, extra, shape, pattern", [
    (lambda root: None, {}, [3, 8, 8], r"image folder .*missing.* not found"),
    (lambda root: root.mkdir(), {}, [3, 8, 8], r"has no class folders"),
    (lambda root: make_folder(root, classes={"only": 90}), {}, [3, 8, 8], r"1 class folder \(only\)"),
    (lambda root: (make_folder(root), (root / "birds").mkdir()), {}, [3, 8, 8], r"birds"),
    (make_folder, {}, [192], r"needs the image size: give the Input the shape \[channels, height, width\]"),
    (make_folder, {}, [2, 8, 8], r"1 channel \(grey\) or 3 \(colour\), not 2"),
    (make_folder, {"size": [0, 5]}, [3, 8, 8], r"size must be \[height, width\]"),
    (make_folder, {"resize": "yes"}, [3, 8, 8], r"resize must be true or false"),
    (make_folder, {"preload": "maybe"}, [3, 8, 8], r"preload must be \"auto\", true or false"),
    (make_folder, {"test_path": "elsewhere"}, [3, 8, 8], r"image folder elsewhere not found"),
    (make_folder, {"colour": 1}, [3, 8, 8], r"unknown option 'colour'"),
])
def test_bad_folders_and_settings_get_one_clear_line(tmp_path, setup, extra, shape, pattern):
    root = tmp_path / "missing"
    setup(root)
    with pytest.raises(NetbuilderError, match=pattern) as caught:
        load_dataset(spec(root, **extra), data_dir=tmp_path, input_shape=shape)
    one_line(caught.value)


def test_a_test_folder_must_have_the_training_classes(tmp_path, pets):
    other = make_folder(tmp_path / "other", classes={"cats": 50, "foxes": 120})
    with pytest.raises(DataError, match=r"test folder .* has the classes cats, foxes but the training folder has "
                                        r"cats, dogs"):
        load_dataset(spec(pets, test_path=str(other)), data_dir=tmp_path, input_shape=[3, 8, 8])
    same = make_folder(tmp_path / "test", per_class=3, seed=5)
    ds = load_dataset(spec(pets, test_path=str(same)), data_dir=tmp_path, input_shape=[3, 8, 8])
    assert tuple(ds.x_test.shape) == (6, 3, 8, 8) and ds.y_test.tolist() == [0, 0, 0, 1, 1, 1]
